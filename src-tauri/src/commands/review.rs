//! The interpreters' review: each command asks the core's review store, which loads, changes and
//! saves the language's file, and passes on what the screen now shows.

use family_voice::i18n::{Isolation, Localizer};
use family_voice::review::{
    self, Decided, Decision, LanguageView, ProgressText, ReviewError, ReviewView, Reviewer, Store,
};
use family_voice::{files, pdf, Problem};
use tauri::{AppHandle, Runtime, State};

use super::save::choose_path;
use crate::session::Session;

/// The review's words are English, whatever the screens' language.
fn english() -> Localizer {
    Localizer::english(Isolation::On)
}

fn explain(error: ReviewError) -> Problem {
    Problem::explain(&error, &english())
}

#[tauri::command]
pub fn review_languages(store: State<'_, Store>) -> Vec<LanguageView> {
    store.languages()
}

#[tauri::command]
pub async fn review_open(store: State<'_, Store>, tag: String) -> Result<ReviewView, Problem> {
    store.open(&tag).map_err(explain)
}

#[tauri::command]
pub async fn review_set_reviewer(store: State<'_, Store>, tag: String, reviewer: Reviewer) -> Result<(), Problem> {
    store.set_reviewer(&tag, reviewer).map_err(explain)
}

/// A decision can start or end a sign-off, and with it the "not yet checked" notice: the
/// session's screens are refreshed after each.
#[tauri::command]
pub async fn review_decide(
    session: State<'_, Session>,
    store: State<'_, Store>,
    tag: String,
    key: String,
    decision: Decision,
) -> Result<Decided, Problem> {
    let decided = store.decide(&tag, &key, decision).map_err(explain);
    session.refresh();
    decided
}

#[tauri::command]
pub async fn review_undo(
    session: State<'_, Session>,
    store: State<'_, Store>,
    tag: String,
    key: String,
) -> Result<Decided, Problem> {
    let decided = store.undo(&tag, &key).map_err(explain);
    session.refresh();
    decided
}

#[tauri::command]
pub async fn review_sign_off(
    session: State<'_, Session>,
    store: State<'_, Store>,
    tag: String,
) -> Result<ProgressText, Problem> {
    let text = store.sign_off(&tag).map_err(explain);
    session.refresh();
    text
}

/// Saves the review on paper, for sign-off. Returns "Saved as …", or `None` if the dialog was
/// closed.
#[tauri::command]
pub async fn review_export_pdf<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, Store>,
    tag: String,
) -> Result<Option<String>, Problem> {
    let (review, catalog) = store.load_with_catalog(&tag).map_err(explain)?;
    export(&app, &tag, ("PDF", "pdf"), || {
        pdf::render_review(&review, &catalog)
            .map(|rendered| rendered.bytes)
            .map_err(|e| Problem::explain(&e, &english()))
    })
    .await
}

/// Saves the suggested wordings as a Fluent file for the maintainers.
#[tauri::command]
pub async fn review_export_suggestions<R: Runtime>(
    app: AppHandle<R>,
    store: State<'_, Store>,
    tag: String,
) -> Result<Option<String>, Problem> {
    let bytes = store.suggestions(&tag).map_err(explain)?;
    export(&app, &tag, ("Fluent", "ftl"), || Ok(bytes)).await
}

/// Asks where to save `translation-review-<tag>.<extension>`, then makes the file and writes it
/// in one piece.
async fn export<R: Runtime>(
    app: &AppHandle<R>,
    tag: &str,
    (filter, extension): (&str, &str),
    make: impl FnOnce() -> Result<Vec<u8>, Problem>,
) -> Result<Option<String>, Problem> {
    let Some(path) = choose_path(app, format!("translation-review-{tag}.{extension}"), filter, extension).await else {
        return Ok(None);
    };
    files::write_atomically(&path, &make()?).map_err(|e| Problem::explain(&e, &english()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Some(review::saved_as(&name)))
}
