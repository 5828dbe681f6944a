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

impl Default for Session {
    fn default() -> Self {
        Self {
            screens: Localizer::new(SOURCE_LOCALE, Isolation::On).expect("the source language ships"),
            last_pdf: Mutex::new(None),
        }
    }
}
