//! Making the PDF where the family chooses, and opening it in their PDF viewer.

use std::sync::PoisonError;

use family_voice::i18n::{Isolation, Localizer};
use family_voice::pdf::{PdfError, RenderedPdf};
use family_voice::{files, pdf, Contribution, Explain, Problem};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use super::contribution::today;
use super::explain;
use super::save::choose_path;
use crate::session::Session;

/// Asks where to save, renders and saves. `None` when the family closed the dialog.
#[tauri::command]
pub async fn make_pdf<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    contribution: Contribution,
) -> Result<Option<String>, Problem> {
    let name = pdf::file_name(&contribution);
    save_pdf(&app, &session, name, &contribution.language, |loc| pdf::render(&contribution, loc, today())).await
}

/// What of a text box's words the PDF could not print here, and what to do, for the note under
/// the box; `None` when all of it prints.
#[tauri::command]
pub async fn printable_note(session: State<'_, Session>, text: String) -> Result<Option<String>, Problem> {
    let text = zeroize::Zeroizing::new(text);
    pdf::printable_note(&text, &session.localizer()).map_err(|e| explain(&e, &session))
}

/// Asks where to save the recovery sheet for the code on screen, and saves it in the screens'
/// language. `None` when the family closed the dialog.
#[tauri::command]
pub async fn save_recovery_sheet<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    code: String,
) -> Result<Option<String>, Problem> {
    let code = zeroize::Zeroizing::new(code);
    let language = session.localizer().locale().tag;
    let name = "family-voice-recovery-sheet.pdf".to_owned();
    save_pdf(&app, &session, name, language, |loc| pdf::render_recovery(&code, loc, today())).await
}

/// Asks where to save a PDF, renders it in `language` (falling back to English), writes it in
/// one piece and remembers it for "Open my PDF". Returns the file's name, or `None` if the
/// dialog was closed.
pub(super) async fn save_pdf<R: Runtime>(
    app: &AppHandle<R>,
    session: &Session,
    suggested: String,
    language: &str,
    render: impl FnOnce(&Localizer) -> Result<RenderedPdf, PdfError>,
) -> Result<Option<String>, Problem> {
    let Some(path) = choose_path(app, suggested, "PDF", "pdf").await else {
        return Ok(None);
    };
    let loc = session.in_language(language, Isolation::Off);
    let rendered = render(&loc).map_err(|e| explain(&e, session))?;
    files::write_atomically(&path, &rendered.bytes).map_err(|e| explain(&e, session))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // A lock poisoned by a panic elsewhere still holds a path, or none: as good as ever.
    *session.last_pdf.lock().unwrap_or_else(PoisonError::into_inner) = Some(path);
    Ok(Some(name))
}

/// Opens the PDF saved last in the system's viewer.
#[tauri::command]
pub fn open_pdf<R: Runtime>(app: AppHandle<R>, session: State<'_, Session>) -> Result<(), Problem> {
    let last = session.last_pdf.lock().unwrap_or_else(PoisonError::into_inner).clone();
    if let Some(path) = last {
        app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(|_| explain(&OpenFailed, &session))?;
    }
    Ok(())
}

/// The system could not open the saved PDF (no viewer installed, or it refused).
#[derive(Debug, thiserror::Error)]
#[error("the PDF viewer could not be opened")]
struct OpenFailed;

impl Explain for OpenFailed {
    fn code(&self) -> &'static str {
        "pdf.open-failed"
    }

    fn message_id(&self) -> &'static str {
        "error-pdf-open-failed"
    }
}
