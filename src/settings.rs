//! The one choice the app remembers between runs outside any draft: the language of the screens,
//! so the app opens in it before any draft is unlocked. Never family text, so plain JSON in the
//! app's configuration folder is enough.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::files::{self, FileError};

/// What the app remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// The language the family chose, as a shipped tag; `None` until they choose one.
    pub language: Option<String>,
}

/// The biggest settings file read: what the app writes is well under 1 KiB.
const MAX_SETTINGS_BYTES: u64 = 64 * 1024;

impl Settings {
    /// Reads the settings. A missing, unreadable or oversized file is the defaults: losing a
    /// preference must never stop the app opening, and a huge file must not fill the memory.
    pub fn load(path: &Path) -> Self {
        crate::files::read_at_most(path, MAX_SETTINGS_BYTES)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings in one piece.
    pub fn save(&self, path: &Path) -> Result<(), FileError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(FileError::from)?;
        }
        // A language tag and a few numbers: nothing here that JSON cannot hold.
        let json = serde_json::to_vec_pretty(self).expect("settings always serialize");
        files::write_atomically(path, &json)
    }
}
