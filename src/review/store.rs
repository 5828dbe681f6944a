//! The interpreters' reviews on disk, one file per language. Every change loads the language's
//! file, makes the change and saves it again before answering, one change at a time, so nothing
//! an interpreter decided is lost if the app closes; the screen is only told what it now shows.

use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;

use super::catalog::Catalog;
use super::export::suggestions;
use super::state::{Decision, Review, ReviewError, Reviewer};
use super::view::{file, languages, reviewable, ItemView, LanguageView, ProgressText, ReviewView};
use crate::i18n::Locale;

/// The reviews kept in one folder.
#[derive(Debug)]
pub struct Store {
    folder: PathBuf,
    one_at_a_time: Mutex<()>,
}

/// A wording after a decision on it, and the review's progress.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Decided {
    /// The wording as the screen now shows it.
    pub item: ItemView,
    /// The review's progress in words.
    pub progress_text: ProgressText,
    /// Whether every wording is approved, so the review can be signed off.
    pub all_approved: bool,
}

impl Store {
    /// The reviews in `folder`, which is made when the first one is saved.
    pub fn new(folder: PathBuf) -> Self {
        Self { folder, one_at_a_time: Mutex::new(()) }
    }

    /// Every language that can be reviewed, with how far its review has got.
    pub fn languages(&self) -> Vec<LanguageView> {
        languages(&self.folder)
    }

    /// The review screen for a language.
    pub fn open(&self, tag: &str) -> Result<ReviewView, ReviewError> {
        let locale = locale(tag)?;
        ReviewView::of(&self.load(tag)?, locale)
    }

    /// A language's saved review, with the wordings it is of, for printing or export.
    pub fn load_with_catalog(&self, tag: &str) -> Result<(Review, Catalog), ReviewError> {
        let locale = locale(tag)?;
        Ok((self.load(tag)?, Catalog::of(locale)))
    }

    /// Records who is reviewing.
    pub fn set_reviewer(&self, tag: &str, reviewer: Reviewer) -> Result<(), ReviewError> {
        self.change(tag, |review, _| {
            review.reviewer = reviewer;
            Ok(())
        })
        .map(|_| ())
    }

    /// Records a decision on one wording.
    pub fn decide(&self, tag: &str, key: &str, decision: Decision) -> Result<Decided, ReviewError> {
        let (_, review) = self.change(tag, |review, catalog| review.decide(catalog, key, decision))?;
        decided(&review, tag, key)
    }

    /// Takes back the decision on one wording.
    pub fn undo(&self, tag: &str, key: &str) -> Result<Decided, ReviewError> {
        let (_, review) = self.change(tag, |review, _| {
            review.undecide(key);
            Ok(())
        })?;
        decided(&review, tag, key)
    }

    /// Signs the language off, once every wording is approved.
    pub fn sign_off(&self, tag: &str) -> Result<ProgressText, ReviewError> {
        self.change(tag, |review, catalog| {
            review.sign_off(catalog)?;
            Ok(ProgressText::of(review, catalog))
        })
        .map(|(text, _)| text)
    }

    /// The suggested wordings as a Fluent file, for the maintainers.
    pub fn suggestions(&self, tag: &str) -> Result<Vec<u8>, ReviewError> {
        let (review, catalog) = self.load_with_catalog(tag)?;
        Ok(suggestions(&review, &catalog).into_bytes())
    }

    fn load(&self, tag: &str) -> Result<Review, ReviewError> {
        Review::load(&file(&self.folder, tag), tag)
    }

    /// Loads a review, lets `change` work on it, and saves it if the change succeeded.
    fn change<T>(
        &self,
        tag: &str,
        change: impl FnOnce(&mut Review, &Catalog) -> Result<T, ReviewError>,
    ) -> Result<(T, Review), ReviewError> {
        let catalog = Catalog::of(locale(tag)?);
        let _one = self.one_at_a_time.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let path = file(&self.folder, tag);
        let mut review = Review::load(&path, tag)?;
        let out = change(&mut review, &catalog)?;
        review.save(&path)?;
        Ok((out, review))
    }
}

fn locale(tag: &str) -> Result<&'static Locale, ReviewError> {
    reviewable(tag).ok_or_else(|| ReviewError::UnknownLanguage(tag.to_owned()))
}

fn decided(review: &Review, tag: &str, key: &str) -> Result<Decided, ReviewError> {
    let locale = locale(tag)?;
    let catalog = Catalog::of(locale);
    let item = ReviewView::item(review, locale, key)?;
    let progress = review.progress(&catalog);
    Ok(Decided {
        item,
        progress_text: ProgressText::of(review, &catalog),
        all_approved: progress.approved == progress.total,
    })
}
