//! The child's journey: its screens for an age band, and their page as a PDF.

use family_voice::child::{self, ChildViews, Journey, Shareable};
use family_voice::{pdf, Problem};
use tauri::{AppHandle, Runtime, State};

use super::contribution::today;
use super::pdf::save_pdf;
use crate::session::Session;

/// The journey for the child's views as they stand (the band, the ages, the screens), in the
/// screens' language.
#[tauri::command]
pub fn child_steps(session: State<'_, Session>, views: ChildViews) -> Journey {
    child::journey(&views, &session.localizer())
}

/// What the child could share, with their choice of each, for the share screen.
#[tauri::command]
pub fn child_shareable(session: State<'_, Session>, views: ChildViews) -> Vec<Shareable> {
    child::shareable(&views, &session.localizer())
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
