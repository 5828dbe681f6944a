//! What the shell remembers while the app is open: the language of the screens and where the
//! last PDF went (so "Open my PDF" can only open that file, never a path the page names).

use std::path::PathBuf;
use std::sync::Mutex;

use family_voice::i18n::{Isolation, Localizer, SOURCE_LOCALE};

/// The app's state while it runs.
pub struct Session {
    /// Formats the screens' words.
    pub screens: Localizer,
    /// The PDF saved last, if any.
    pub last_pdf: Mutex<Option<PathBuf>>,
}

impl Session {
    /// Formats words for files (PDF, calendar) in the screens' language: without the invisible
    /// isolation marks, which a PDF or a phone's calendar would show as boxes.
    pub fn for_files(&self) -> Localizer {
        Localizer::new(self.screens.locale().tag, Isolation::Off).expect("the screens' language ships")
    }
}

impl Default for Session {
    fn default() -> Self {
        Self {
            screens: Localizer::new(SOURCE_LOCALE, Isolation::On).expect("the source language ships"),
            last_pdf: Mutex::new(None),
        }
    }
}
