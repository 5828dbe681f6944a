//! What the shell remembers while the app is open: the language of the screens (and where that
//! choice is kept), and where the last PDF went (so "Open my PDF" can only open that file, never
//! a path the page names).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use family_voice::i18n::{self, I18nError, Isolation, Localizer};
use family_voice::settings::Settings;

/// The app's state while it runs.
pub struct Session {
    screens: RwLock<Arc<Localizer>>,
    settings_path: PathBuf,
    /// The PDF saved last, if any.
    pub last_pdf: Mutex<Option<PathBuf>>,
}

impl Session {
    /// Opens in the language chosen last, or else the operating system's, negotiated against
    /// the languages the app ships.
    pub fn new(settings_path: PathBuf) -> Self {
        let chosen = Settings::load(&settings_path).language;
        let tag = match chosen.and_then(|tag| Localizer::new(&tag, Isolation::On).ok()) {
            Some(loc) => loc.locale().tag,
            None => i18n::negotiate(&sys_locale::get_locales().collect::<Vec<_>>()).tag,
        };
        let screens = Localizer::new(tag, Isolation::On).expect("a negotiated language ships");
        Self { screens: RwLock::new(Arc::new(screens)), settings_path, last_pdf: Mutex::new(None) }
    }

    /// Formats the screens' words.
    pub fn screens(&self) -> Arc<Localizer> {
        self.screens.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Changes the screens' language and remembers it for next time. Remembering is best
    /// effort: if the settings file cannot be written, the app simply opens in the computer's
    /// language next time, which is no reason to refuse the change now.
    pub fn set_language(&self, tag: &str) -> Result<(), I18nError> {
        let screens = Localizer::new(tag, Isolation::On)?;
        let settings = Settings { language: Some(screens.locale().tag.to_owned()) };
        *self.screens.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(screens);
        let _ = settings.save(&self.settings_path);
        Ok(())
    }

    /// Formats words for files (PDF, calendar) in the screens' language: without the invisible
    /// isolation marks, which a PDF or a phone's calendar would show as boxes.
    pub fn for_files(&self) -> Localizer {
        Localizer::new(self.screens().locale().tag, Isolation::Off).expect("the screens' language ships")
    }
}
