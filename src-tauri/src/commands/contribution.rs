//! Checking the family's answers and putting them into words for the check screen.

use family_voice::meeting_ready::{self, Checklist};
use family_voice::summary::{self, Summary};
use family_voice::Contribution;
use serde::Serialize;
use tauri::State;

use crate::session::Session;

/// A field to look at again, with the message to show beside it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShownProblem {
    field: String,
    message: String,
}

#[tauri::command]
pub fn check_contribution(session: State<'_, Session>, contribution: Contribution) -> Vec<ShownProblem> {
    contribution
        .problems(today())
        .into_iter()
        .map(|p| ShownProblem { message: session.localizer().msg(p.message_id), field: p.field })
        .collect()
}

#[tauri::command]
pub fn summary(session: State<'_, Session>, contribution: Contribution) -> Summary {
    summary::summarize(&contribution, &session.localizer(), today())
}

/// The checklist for a video or phone meeting, with the family's ticks; `None` when the meeting
/// is in person or they are not sure yet.
#[tauri::command]
pub fn meeting_checklist(session: State<'_, Session>, contribution: Contribution) -> Option<Checklist> {
    meeting_ready::checklist(&contribution, &session.localizer())
}

pub(super) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
