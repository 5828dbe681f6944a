//! What the review screen shows, put together here so the shell only passes it on: every
//! wording with its previews, status and term hints, and the review's progress.

use std::path::Path;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::catalog::{Catalog, Item, Term};
use super::preview::{previews, Preview};
use super::state::{Decision, Progress, Review, ReviewError, Reviewer, SignOff, Status};
use super::wording::Wording;
use crate::i18n::{self, Direction, Isolation, Locale, Localizer, SOURCE_LOCALE};

/// A language an interpreter can review, for the start of a review.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    /// The tag.
    pub tag: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// The review saved for it so far, if any.
    pub reviewer: Reviewer,
    /// How far that review has got.
    pub progress: Progress,
}

/// The whole review screen.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewView {
    /// The language's tag, for `lang` on its text.
    pub tag: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// Its direction, for `dir` on its text.
    pub dir: Direction,
    /// "Reviewing اردو".
    pub title: String,
    /// Who is reviewing.
    pub reviewer: Reviewer,
    /// How far the review has got.
    pub progress: Progress,
    /// The same in words, and how many wordings changed since they were reviewed.
    pub progress_text: ProgressText,
    /// The sign-off, while it still covers every wording.
    pub signed_off: Option<SignOff>,
    /// The conference terms in this language.
    pub terms: Vec<Term>,
    /// Each file's note on its readers, by file name.
    pub file_notes: Vec<(&'static str, String)>,
    /// The wordings, in the order of the English files.
    pub items: Vec<ItemView>,
}

/// One wording on the review screen.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    /// The key decisions are made by.
    pub key: String,
    /// The file it is in.
    pub file: &'static str,
    /// The area's name, in English.
    pub area: String,
    /// The section heading in the English file.
    pub section: String,
    /// Who reads it, as a filter value (`children-young`).
    pub readers: super::catalog::Readers,
    /// Who reads it, in English words.
    pub readers_name: String,
    /// The translator's note.
    pub note: String,
    /// The English.
    pub english: Wording,
    /// The English filled in with samples.
    pub english_previews: Vec<Preview>,
    /// The translation.
    pub translation: Wording,
    /// The translation filled in with samples, one per form.
    pub previews: Vec<Preview>,
    /// Where it stands.
    pub status: Status,
    /// The decision, while it applies.
    pub decision: Option<Decision>,
    /// The suggested wording filled in with samples, when there is one.
    pub suggestion_previews: Vec<Preview>,
    /// One line for each term the English uses whose translation this wording does not seem
    /// to use.
    pub term_hints: Vec<String>,
}

/// A review's progress in words.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgressText {
    /// How many wordings have a decision that still applies, for a progress bar.
    pub done: usize,
    /// How many wordings there are.
    pub total: usize,
    /// "212 of 240 reviewed: 200 approved, 12 need a change".
    pub reviewed: String,
    /// How many wordings changed since they were reviewed, when any did.
    pub changed: Option<String>,
    /// Who signed off and when, while the sign-off covers every wording.
    pub signed_off: Option<String>,
}

impl ProgressText {
    /// The progress of `review` in words, for the screen.
    pub fn of(review: &Review, catalog: &Catalog) -> Self {
        Self::with(review, catalog, Isolation::On)
    }

    /// The same for paper: without the marks that keep a name's direction apart on screen,
    /// which a PDF would carry as invisible characters around each number in its text.
    pub fn for_print(review: &Review, catalog: &Catalog) -> Self {
        Self::with(review, catalog, Isolation::Off)
    }

    fn with(review: &Review, catalog: &Catalog, isolation: Isolation) -> Self {
        let english = Localizer::english(isolation);
        let progress = review.progress(catalog);
        let mut args = FluentArgs::new();
        args.set("reviewed", progress.reviewed);
        args.set("total", progress.total);
        args.set("approved", progress.approved);
        args.set("needsChange", progress.needs_change);
        let reviewed = english.msg_with("interp-progress", &args);
        let changed = (progress.changed > 0).then(|| {
            let mut args = FluentArgs::new();
            args.set("count", progress.changed);
            english.msg_with("interp-changed-since", &args)
        });
        let signed_off = review.signed_off.as_ref().filter(|_| review.covers(catalog)).map(|s| {
            let mut args = FluentArgs::new();
            args.set("name", s.reviewer.name.clone());
            args.set("number", s.reviewer.register_number.clone());
            args.set("date", s.reviewer.date.map(|d| english.long_date(d)).unwrap_or_default());
            english.msg_with("interp-signed-off", &args)
        });
        Self { done: progress.reviewed, total: progress.total, reviewed, changed, signed_off }
    }
}

/// A shipped language other than English.
pub fn reviewable(tag: &str) -> Option<&'static Locale> {
    i18n::locales().iter().find(|l| l.tag == tag && l.tag != SOURCE_LOCALE)
}

/// The languages an interpreter can review, with what is saved of each review in `folder`.
pub fn languages(folder: &Path) -> Vec<LanguageView> {
    i18n::locales()
        .iter()
        .filter(|l| l.tag != SOURCE_LOCALE)
        .map(|locale| {
            let review =
                Review::load(&file(folder, locale.tag), locale.tag).unwrap_or_else(|_| Review::new(locale.tag));
            LanguageView {
                tag: locale.tag,
                name: locale.native_name,
                progress: review.progress(&Catalog::of(locale)),
                reviewer: review.reviewer,
            }
        })
        .collect()
}

/// Where a language's review is kept in `folder`.
pub fn file(folder: &Path, tag: &str) -> std::path::PathBuf {
    folder.join(format!("{tag}.json"))
}

/// Whether an interpreter's sign-off kept in `folder` still covers every wording of a language.
pub fn is_signed_off(folder: &Path, tag: &str) -> bool {
    let Some(locale) = reviewable(tag) else { return false };
    // Most languages have no sign-off: say so without reading every wording.
    Review::load(&file(folder, tag), tag)
        .is_ok_and(|review| review.signed_off.is_some() && review.covers(&Catalog::of(locale)))
}

impl ReviewView {
    /// The screen for a review of a shipped language.
    pub fn of(review: &Review, locale: &'static Locale) -> Result<Self, ReviewError> {
        let catalog = Catalog::of(locale);
        let english = Localizer::english(Isolation::On);
        let theirs = Localizer::new(locale.tag, Isolation::On)?;
        let items = catalog.items.iter().map(|item| item_view(item, &catalog, review, &english, &theirs)).collect();
        let mut args = FluentArgs::new();
        args.set("language", locale.native_name);
        Ok(Self {
            tag: locale.tag,
            name: locale.native_name,
            dir: locale.direction,
            title: english.msg_with("interp-title", &args),
            reviewer: review.reviewer.clone(),
            progress: review.progress(&catalog),
            progress_text: ProgressText::of(review, &catalog),
            signed_off: review.covers(&catalog).then(|| review.signed_off.clone()).flatten(),
            terms: catalog.terms.clone(),
            file_notes: catalog.file_notes.clone(),
            items,
        })
    }

    /// One wording's view after a decision on it.
    pub fn item(review: &Review, locale: &'static Locale, key: &str) -> Result<ItemView, ReviewError> {
        let catalog = Catalog::of(locale);
        let item = catalog.item(key).ok_or_else(|| ReviewError::UnknownItem(key.to_owned()))?;
        let english = Localizer::english(Isolation::On);
        let theirs = Localizer::new(locale.tag, Isolation::On)?;
        Ok(item_view(item, &catalog, review, &english, &theirs))
    }
}

fn item_view(item: &Item, catalog: &Catalog, review: &Review, english: &Localizer, theirs: &Localizer) -> ItemView {
    let decision = review.decision(item).cloned();
    let suggestion_previews = match &decision {
        Some(Decision::NeedsChange { suggestion, .. }) if !suggestion.is_empty() => {
            previews(suggestion, theirs, Isolation::On)
        }
        _ => Vec::new(),
    };
    ItemView {
        key: item.key.clone(),
        file: item.file,
        area: english.msg(item.area.message_id()),
        section: item.section.clone(),
        readers: item.readers,
        readers_name: english.msg(item.readers.message_id()),
        note: item.note.clone(),
        english: item.english.clone(),
        english_previews: previews(&item.english.source, english, Isolation::On),
        translation: item.translation.clone(),
        previews: previews(&item.translation.source, theirs, Isolation::On),
        status: review.status(item),
        decision,
        suggestion_previews,
        term_hints: catalog
            .terms_missing_in(item)
            .into_iter()
            .map(|term| {
                let mut args = FluentArgs::new();
                args.set("english", term.english.clone());
                args.set("translation", term.translation.clone());
                english.msg_with("interp-term-missing", &args)
            })
            .collect(),
    }
}

impl Status {
    /// The id of the status's name in `review.ftl`.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::NotReviewed => "interp-status-not-reviewed",
            Status::Changed => "interp-status-changed",
            Status::Approved => "interp-status-approved",
            Status::NeedsChange => "interp-status-needs-change",
        }
    }
}

/// "Saved as …", for a file the review screen wrote.
pub fn saved_as(file_name: &str) -> String {
    let english = Localizer::english(Isolation::On);
    let mut args = FluentArgs::new();
    args.set("file", file_name.to_owned());
    english.msg_with("interp-saved-file", &args)
}
