//! The words of the screens, the languages to choose from, and the questions of each part.

use std::collections::BTreeMap;

use family_voice::i18n::{self, Direction};
use family_voice::prompts::{self, PartView};
use family_voice::Problem;
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
    /// Every shipped language, named in itself, for the chooser.
    languages: Vec<LanguageChoice>,
    /// Said beside the chooser while this language's wording is unchecked by an interpreter.
    translation_note: Option<String>,
}

/// One language in the chooser.
#[derive(Serialize)]
pub struct LanguageChoice {
    tag: &'static str,
    name: &'static str,
    dir: Direction,
}

#[tauri::command]
pub fn screen_text(session: State<'_, Session>) -> ScreenText {
    let screens = session.localizer();
    let locale = screens.locale();
    ScreenText {
        lang: locale.tag,
        dir: locale.direction,
        strings: screens.screen_words(),
        languages: i18n::locales()
            .iter()
            .map(|l| LanguageChoice { tag: l.tag, name: l.native_name, dir: l.direction })
            .collect(),
        translation_note: (!screens.is_checked()).then(|| screens.msg("summary-translation-note")),
    }
}

/// Changes the screens' language; the page then asks for its words and questions again.
#[tauri::command]
pub fn set_language(session: State<'_, Session>, tag: String) -> Result<ScreenText, Problem> {
    session.set_language(&tag).map_err(|_| Problem::unexpected(&session.localizer()))?;
    Ok(screen_text(session))
}

#[tauri::command]
pub fn journey(session: State<'_, Session>) -> Vec<PartView> {
    prompts::journey(&session.localizer())
}
