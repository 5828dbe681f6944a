//! "My notes for the day": the screen's words and notes, and printing them on one page.

use family_voice::i18n::Isolation;
use family_voice::notes::{self, NotesView};
use family_voice::{pdf, Contribution, Problem};
use tauri::{AppHandle, Runtime, State};

use super::contribution::today;
use super::explain;
use super::pdf::save_pdf;
use crate::session::Session;

/// The notes as the family left them (or made from their answers), with the screen's words.
#[tauri::command]
pub fn notes_view(session: State<'_, Session>, contribution: Contribution) -> NotesView {
    notes::view(&contribution, &session.localizer())
}

/// Asks where to save, then prints the notes in the contribution's language; notes that do not
/// fit on one page are refused with a message, and nothing is saved. `None` when the dialog
/// was closed.
#[tauri::command]
pub async fn make_notes_pdf<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    contribution: Contribution,
) -> Result<Option<String>, Problem> {
    let day = notes::for_day(&contribution);
    // Checked before the save dialog, so notes too long for one page are said on screen at once.
    let loc = session.in_language(&contribution.language, Isolation::Off);
    pdf::render_notes(&day, &loc, today()).map_err(|e| explain(&e, &session))?;
    let name = pdf::notes_file_name(&contribution);
    save_pdf(&app, &session, name, &contribution.language, |loc| pdf::render_notes(&day, loc, today())).await
}
