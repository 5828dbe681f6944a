//! Reading the app's own words aloud. The core says which voice reads the screens' language
//! and which words a button reads; this runs the engine and hands the page the sound.

use std::path::PathBuf;
use std::sync::OnceLock;

use family_voice::speech::{self, Engine, InstalledVoice, SpeechError, System};
use family_voice::Problem;
use serde::Serialize;
use tauri::State;

use super::explain;
use crate::session::Session;

/// The speech engine, its voices (asked once) and the folder the sound is kept in.
pub struct Speech {
    engine: Option<Box<dyn Engine + Send + Sync>>,
    voices: OnceLock<Vec<InstalledVoice>>,
    folder: PathBuf,
}

impl Speech {
    /// The system's engine, if its program is there (espeak-ng on Linux, `say` on macOS, SAPI
    /// on Windows); sound kept in `folder`.
    pub fn new(folder: PathBuf) -> Self {
        let engine = speech::engine_for(System::current());
        Self { engine, voices: OnceLock::new(), folder }
    }

    fn voice(&self, tag: &str) -> Option<(&dyn Engine, String)> {
        let engine: &dyn Engine = self.engine.as_deref()?;
        let voices = self.voices.get_or_init(|| engine.voices());
        speech::voice_for(System::current(), tag, voices).map(|voice| (engine, voice))
    }
}

/// Whether the screens' language can be read aloud, or the note to show instead of the buttons.
#[derive(Serialize)]
pub struct ReadAloudSupport {
    available: bool,
    note: Option<String>,
}

#[tauri::command]
pub fn read_aloud_support(session: State<'_, Session>, speech: State<'_, Speech>) -> ReadAloudSupport {
    let screens = session.localizer();
    let available = speech.voice(screens.locale().tag).is_some();
    ReadAloudSupport { available, note: (!available).then(|| screens.msg("read-aloud-no-voice")) }
}

/// The sound of the wording `key` names, as WAV bytes.
#[tauri::command]
pub async fn read_aloud(
    session: State<'_, Session>,
    speech: State<'_, Speech>,
    key: String,
) -> Result<tauri::ipc::Response, Problem> {
    let screens = session.localizer();
    let text = speech::words(&key, &screens).ok_or_else(|| explain(&SpeechError::UnknownKey, &session))?;
    let (engine, voice) = speech.voice(screens.locale().tag).ok_or_else(|| explain(&SpeechError::NoVoice, &session))?;
    let bytes = speech::sound(engine, &voice, &text, &speech.folder).map_err(|e| explain(&e, &session))?;
    Ok(tauri::ipc::Response::new(bytes))
}
