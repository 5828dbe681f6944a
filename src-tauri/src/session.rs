//! What the shell remembers while the app is open: the language of the screens (and where that
//! choice is kept), where interpreters' reviews are kept (a language an interpreter signed off
//! loses its "not yet checked" notice), and where the last PDF went (so "Open my PDF" can only
//! open that file, never a path the page names).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use family_voice::i18n::{self, I18nError, Isolation, Localizer};
use family_voice::review;
use family_voice::settings::Settings;

/// The app's state while it runs.
pub struct Session {
    screens: RwLock<Arc<Localizer>>,
    settings_path: PathBuf,
    /// Where interpreters' reviews are kept, one file per language.
    pub reviews: PathBuf,
    /// The PDF saved last, if any.
    pub last_pdf: Mutex<Option<PathBuf>>,
}

impl Session {
    /// Opens in the language chosen last, or else the operating system's, negotiated against
    /// the languages the app ships.
    pub fn new(settings_path: PathBuf, reviews: PathBuf) -> Self {
        let chosen = Settings::load(&settings_path).language;
        let tag = match chosen.and_then(|tag| Localizer::new(&tag, Isolation::On).ok()) {
            Some(loc) => loc.locale().tag,
            None => i18n::negotiate(&sys_locale::get_locales().collect::<Vec<_>>()).tag,
        };
        let screens = Localizer::new(tag, Isolation::On)
            .unwrap_or_else(|_| Localizer::english(Isolation::On))
            .signed_off(review::is_signed_off(&reviews, tag));
        Self { screens: RwLock::new(Arc::new(screens)), settings_path, reviews, last_pdf: Mutex::new(None) }
    }

    /// A localizer for `tag` (English if the app does not ship it), knowing whether an
    /// interpreter's sign-off covers it.
    pub fn in_language(&self, tag: &str, isolation: Isolation) -> Localizer {
        let loc = Localizer::new(tag, isolation).unwrap_or_else(|_| Localizer::english(isolation));
        let signed_off = review::is_signed_off(&self.reviews, loc.locale().tag);
        loc.signed_off(signed_off)
    }

    /// Reloads the screens' language, e.g. after a sign-off changed whether it is checked.
    pub fn refresh(&self) {
        let tag = self.localizer().locale().tag;
        *self.screens.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(self.in_language(tag, Isolation::On));
    }

    /// The screens' language, to put its words together.
    pub fn localizer(&self) -> Arc<Localizer> {
        self.screens.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Changes the screens' language and remembers it for next time. Remembering is best
    /// effort: if the settings file cannot be written, the app simply opens in the computer's
    /// language next time, which is no reason to refuse the change now.
    pub fn set_language(&self, tag: &str) -> Result<(), I18nError> {
        let screens = Localizer::new(tag, Isolation::On)?;
        let screens = self.in_language(screens.locale().tag, Isolation::On);
        let settings = Settings { language: Some(screens.locale().tag.to_owned()) };
        *self.screens.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(screens);
        let _ = settings.save(&self.settings_path);
        Ok(())
    }

    /// Formats words for files (PDF, calendar) in the screens' language: without the invisible
    /// isolation marks, which a PDF or a phone's calendar would show as boxes.
    pub fn for_files(&self) -> Localizer {
        self.in_language(self.localizer().locale().tag, Isolation::Off)
    }
}
