//! The words of the screens and the questions of each part.

use std::collections::BTreeMap;

use family_voice::i18n::Direction;
use family_voice::prompts::{self, PartView};
use serde::Serialize;
use tauri::State;

use crate::session::Session;

/// What the page needs to show its static words in the right language and direction.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScreenText {
    lang: &'static str,
    dir: Direction,
    strings: BTreeMap<String, String>,
}

#[tauri::command]
pub fn screen_text(session: State<'_, Session>) -> ScreenText {
    let locale = session.screens.locale();
    ScreenText { lang: locale.tag, dir: locale.direction, strings: session.screens.file_messages("ui.ftl") }
}

#[tauri::command]
pub fn journey(session: State<'_, Session>) -> Vec<PartView> {
    prompts::journey(&session.screens)
}
