//! The child's journey: its screens for an age band, and their page as a PDF.

use family_voice::child::{self, Band, ChildViews, Step};
use family_voice::i18n::{Isolation, Localizer, SOURCE_LOCALE};
use family_voice::{files, pdf, Problem};
use tauri::{AppHandle, Runtime, State};

use super::contribution::today;
use super::explain;
use super::save::choose_path;
use crate::session::Session;

/// The journey's screens for a band, in the screens' language.
#[tauri::command]
pub fn child_steps(session: State<'_, Session>, band: Band) -> Vec<Step> {
    child::steps(band, &session.screens())
}

/// Asks where to save, then makes the child's page with only what they chose to share.
/// `None` when the dialog was closed.
#[tauri::command]
pub async fn make_child_pdf<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    views: ChildViews,
) -> Result<Option<String>, Problem> {
    let Some(path) = choose_path(&app, "my-views.pdf".into(), "PDF", "pdf").await else {
        return Ok(None);
    };
    let loc = Localizer::new(&views.language, Isolation::Off)
        .or_else(|_| Localizer::new(SOURCE_LOCALE, Isolation::Off))
        .expect("the source language ships");
    let rendered = pdf::render_child(&views, &loc, today()).map_err(|e| explain(&e, &session))?;
    files::write_atomically(&path, &rendered.bytes).map_err(|e| explain(&e, &session))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    *session.last_pdf.lock().expect("the session lock is never poisoned") = Some(path);
    Ok(Some(name))
}
