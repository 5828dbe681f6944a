//! The interpreters' review: each command loads the language's review from its file, asks the
//! core to change or show it, and saves it again, so nothing is lost if the app closes.

use std::sync::Mutex;

use family_voice::i18n::{Isolation, Locale, Localizer, SOURCE_LOCALE};
use family_voice::review::{
    self, Catalog, Decision, ItemView, LanguageView, ProgressText, Review, ReviewError, ReviewView, Reviewer,
};
use family_voice::{files, pdf, Problem};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::save::choose_path;
use crate::session::Session;

/// One change to a review file at a time.
#[derive(Default)]
pub struct Reviews(Mutex<()>);

/// The review's words are English, whatever the screens' language.
fn english() -> Localizer {
    Localizer::new(SOURCE_LOCALE, Isolation::On).expect("the source language ships")
}

fn explain(error: &ReviewError) -> Problem {
    Problem::explain(error, &english())
}

fn locale(tag: &str) -> Result<&'static Locale, Problem> {
    review::reviewable(tag).ok_or_else(|| Problem::unexpected(&english()))
}

/// Loads a review, lets `change` work on it, and saves it if the change succeeded.
fn change<T>(
    session: &Session,
    reviews: &Reviews,
    tag: &str,
    change: impl FnOnce(&mut Review, &Catalog) -> Result<T, ReviewError>,
) -> Result<(T, Review), Problem> {
    let locale = locale(tag)?;
    let _one = reviews.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let path = review::file(&session.reviews, tag);
    let mut r = Review::load(&path, tag).map_err(|e| explain(&e))?;
    let catalog = Catalog::of(locale);
    let out = change(&mut r, &catalog).map_err(|e| explain(&e))?;
    r.save(&path).map_err(|e| explain(&e))?;
    // A decision can start or end a sign-off, and with it the "not yet checked" notice.
    session.refresh();
    Ok((out, r))
}

#[tauri::command]
pub fn review_languages(session: State<'_, Session>) -> Vec<LanguageView> {
    review::languages(&session.reviews)
}

#[tauri::command]
pub async fn review_open(session: State<'_, Session>, tag: String) -> Result<ReviewView, Problem> {
    let locale = locale(&tag)?;
    let r = Review::load(&review::file(&session.reviews, &tag), &tag).map_err(|e| explain(&e))?;
    Ok(ReviewView::of(&r, locale))
}

#[tauri::command]
pub async fn review_set_reviewer(
    session: State<'_, Session>,
    reviews: State<'_, Reviews>,
    tag: String,
    reviewer: Reviewer,
) -> Result<(), Problem> {
    change(&session, &reviews, &tag, |r, _| {
        r.reviewer = reviewer;
        Ok(())
    })
    .map(|_| ())
}

/// A wording after a decision, and the review's progress.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Decided {
    item: ItemView,
    progress_text: ProgressText,
    all_approved: bool,
}

fn decided(r: &Review, tag: &str, key: &str) -> Result<Decided, Problem> {
    let locale = locale(tag)?;
    let catalog = Catalog::of(locale);
    let item = ReviewView::item(r, locale, key).ok_or_else(|| Problem::unexpected(&english()))?;
    let progress = r.progress(&catalog);
    Ok(Decided {
        item,
        progress_text: ProgressText::of(r, &catalog),
        all_approved: progress.approved == progress.total,
    })
}

#[tauri::command]
pub async fn review_decide(
    session: State<'_, Session>,
    reviews: State<'_, Reviews>,
    tag: String,
    key: String,
    decision: Decision,
) -> Result<Decided, Problem> {
    let ((), r) = change(&session, &reviews, &tag, |r, catalog| r.decide(catalog, &key, decision))?;
    decided(&r, &tag, &key)
}

#[tauri::command]
pub async fn review_undo(
    session: State<'_, Session>,
    reviews: State<'_, Reviews>,
    tag: String,
    key: String,
) -> Result<Decided, Problem> {
    let ((), r) = change(&session, &reviews, &tag, |r, _| {
        r.undecide(&key);
        Ok(())
    })?;
    decided(&r, &tag, &key)
}

#[tauri::command]
pub async fn review_sign_off(
    session: State<'_, Session>,
    reviews: State<'_, Reviews>,
    tag: String,
) -> Result<ProgressText, Problem> {
    let (text, _) = change(&session, &reviews, &tag, |r, catalog| {
        r.sign_off(catalog)?;
        Ok(ProgressText::of(r, catalog))
    })?;
    Ok(text)
}

/// Saves the review on paper, for sign-off. Returns "Saved as …", or `None` if the dialog was
/// closed.
#[tauri::command]
pub async fn review_export_pdf<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    tag: String,
) -> Result<Option<String>, Problem> {
    export(&app, &session, &tag, ("PDF", "pdf"), |r, catalog| {
        pdf::render_review(r, catalog).map(|rendered| rendered.bytes).map_err(|e| Problem::explain(&e, &english()))
    })
    .await
}

/// Saves the suggested wordings as a Fluent file for the maintainers.
#[tauri::command]
pub async fn review_export_suggestions<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    tag: String,
) -> Result<Option<String>, Problem> {
    export(&app, &session, &tag, ("Fluent", "ftl"), |r, catalog| Ok(review::suggestions(r, catalog).into_bytes())).await
}

/// Asks where to save `translation-review-<tag>.<extension>`, makes the file from the saved
/// review and writes it in one piece.
async fn export<R: Runtime>(
    app: &AppHandle<R>,
    session: &Session,
    tag: &str,
    (filter, extension): (&str, &str),
    make: impl FnOnce(&Review, &Catalog) -> Result<Vec<u8>, Problem>,
) -> Result<Option<String>, Problem> {
    let locale = locale(tag)?;
    let r = Review::load(&review::file(&session.reviews, tag), tag).map_err(|e| explain(&e))?;
    let Some(path) = choose_path(app, format!("translation-review-{tag}.{extension}"), filter, extension).await else {
        return Ok(None);
    };
    let bytes = make(&r, &Catalog::of(locale))?;
    files::write_atomically(&path, &bytes).map_err(|e| Problem::explain(&e, &english()))?;
    Ok(Some(saved_as(&path)))
}

fn saved_as(path: &std::path::Path) -> String {
    review::saved_as(&path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
}
