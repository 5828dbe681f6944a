//! The guide to the conference and its glossary.

use family_voice::guide::{self, GuideView};
use tauri::State;

use crate::session::Session;

#[tauri::command]
pub fn guide(session: State<'_, Session>) -> GuideView {
    guide::guide_view(&session.localizer())
}
