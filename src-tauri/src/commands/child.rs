//! The child's journey: its screens for an age band, and their page as a PDF.

use family_voice::child::{self, Band, ChildViews, Step};
use family_voice::{pdf, Problem};
use tauri::{AppHandle, Runtime, State};

use super::contribution::today;
use super::pdf::save_pdf;
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
    let language = views.language.clone();
    save_pdf(&app, &session, "my-views.pdf".into(), &language, |loc| pdf::render_child(&views, loc, today())).await
}
