//! An interpreter's review of one language: who they are, their verdict on each wording, and,
//! once every wording is approved, their sign-off. It holds no family data, so it is plain JSON
//! in the app's configuration folder, kept between sessions.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::catalog::{Catalog, Item};
use super::wording::{check_placeables, Wording, WordingError};
use crate::files::{self, FileError};

/// The biggest review file read: every shipped wording with a suggestion of the longest kind
/// fits many times over.
const MAX_REVIEW_BYTES: u64 = 16 * 1024 * 1024;

/// The review file's format; a newer one is refused rather than misread.
pub const FORMAT: u32 = 1;

/// Who reviewed, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reviewer {
    /// Their name.
    pub name: String,
    /// Their register number, e.g. on the NRPSI register.
    pub register_number: String,
    /// The day of the review.
    pub date: Option<NaiveDate>,
}

/// What the interpreter decided about one wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "kebab-case")]
pub enum Decision {
    /// The translation is right as it is.
    Approved,
    /// The translation should change.
    NeedsChange {
        /// Why, in the interpreter's words.
        comment: String,
        /// The wording they suggest, as Fluent source; empty if they only commented.
        suggestion: String,
    },
}

/// A decision, with the wordings it was made on: if either changes later, the decision no
/// longer applies and the wording needs looking at again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// The English source the interpreter read.
    pub english: String,
    /// The translation the interpreter read.
    pub translation: String,
    /// What they decided.
    #[serde(flatten)]
    pub decision: Decision,
}

/// Where a wording stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not looked at yet.
    NotReviewed,
    /// Looked at before, but the English or the translation has changed since.
    Changed,
    /// Approved as it is.
    Approved,
    /// Needs a change.
    NeedsChange,
}

/// The record that a qualified interpreter checked every wording of a language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignOff {
    /// Who signed off, and when.
    pub reviewer: Reviewer,
    /// Which version of the messages they approved ([`Catalog::version`]).
    pub messages: String,
    /// The app version they reviewed.
    pub app_version: String,
}

/// How far a review has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Wordings with a decision that still applies.
    pub reviewed: usize,
    /// Of those, approved.
    pub approved: usize,
    /// Of those, needing a change.
    pub needs_change: usize,
    /// Wordings decided on before and changed since.
    pub changed: usize,
    /// All the wordings.
    pub total: usize,
}

/// One language's review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    /// The file's format.
    pub format: u32,
    /// The language's tag.
    pub locale: String,
    /// Who is reviewing.
    pub reviewer: Reviewer,
    /// Decisions, by item key.
    pub verdicts: BTreeMap<String, Verdict>,
    /// The sign-off, once recorded.
    pub signed_off: Option<SignOff>,
}

/// Why a review could not be read, changed or signed off.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReviewError {
    /// The file is not a review this app can read.
    #[error("the review file cannot be read")]
    Unreadable,
    /// The file was written by a newer Family Voice.
    #[error("the review file is from a newer version")]
    TooNew,
    /// No wording has this key.
    #[error("no wording is called {0}")]
    UnknownItem(String),
    /// No language with this tag can be reviewed.
    #[error("no language to review is called {0}")]
    UnknownLanguage(String),
    /// The suggested wording cannot be used.
    #[error(transparent)]
    Wording(#[from] WordingError),
    /// A sign-off needs every wording approved.
    #[error("{0} wordings are not approved yet")]
    NotAllApproved(usize),
    /// A sign-off needs the reviewer's name, register number and date.
    #[error("the reviewer's details are not complete")]
    ReviewerIncomplete,
    /// Reading or writing the file failed.
    #[error(transparent)]
    File(#[from] FileError),
    /// The language's words could not be loaded to show beside the English.
    #[error(transparent)]
    Language(#[from] crate::i18n::I18nError),
}

impl Review {
    /// A review not started yet.
    pub fn new(tag: &str) -> Self {
        Self {
            format: FORMAT,
            locale: tag.to_owned(),
            reviewer: Reviewer::default(),
            verdicts: BTreeMap::new(),
            signed_off: None,
        }
    }

    /// Reads a saved review; a missing file is a review not started yet. A file too big to be a
    /// review, or holding a suggestion that would not be accepted if typed (too big to parse
    /// safely, say), is unreadable: it is never parsed as Fluent.
    pub fn load(path: &Path, tag: &str) -> Result<Self, ReviewError> {
        let bytes = match files::read_at_most(path, MAX_REVIEW_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => return Err(ReviewError::Unreadable),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::new(tag)),
            Err(e) => return Err(FileError::from(e).into()),
        };
        let format = serde_json::from_slice::<serde_json::Value>(&bytes)
            .map_err(|_| ReviewError::Unreadable)?
            .get("format")
            .and_then(serde_json::Value::as_u64)
            .ok_or(ReviewError::Unreadable)?;
        if format > u64::from(FORMAT) {
            return Err(ReviewError::TooNew);
        }
        let review: Self = serde_json::from_slice(&bytes).map_err(|_| ReviewError::Unreadable)?;
        if review.locale != tag {
            return Err(ReviewError::Unreadable);
        }
        let suggestions = review.verdicts.values().filter_map(|v| match &v.decision {
            Decision::NeedsChange { suggestion, .. } if !suggestion.is_empty() => Some(suggestion),
            _ => None,
        });
        for suggestion in suggestions {
            Wording::parse(suggestion).map_err(|_| ReviewError::Unreadable)?;
        }
        Ok(review)
    }

    /// Writes the review in one piece.
    pub fn save(&self, path: &Path) -> Result<(), ReviewError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(FileError::from)?;
        }
        // Strings, dates and maps keyed by strings: nothing here that JSON cannot hold.
        let json = serde_json::to_vec_pretty(self).expect("a review always serializes");
        files::write_atomically(path, &json)?;
        Ok(())
    }

    /// Where a wording stands now.
    pub fn status(&self, item: &Item) -> Status {
        match self.verdicts.get(&item.key) {
            None => Status::NotReviewed,
            Some(v) if v.english != item.english.source || v.translation != item.translation.source => Status::Changed,
            Some(Verdict { decision: Decision::Approved, .. }) => Status::Approved,
            Some(Verdict { decision: Decision::NeedsChange { .. }, .. }) => Status::NeedsChange,
        }
    }

    /// The decision on a wording, if it still applies.
    pub fn decision(&self, item: &Item) -> Option<&Decision> {
        match self.status(item) {
            Status::Approved | Status::NeedsChange => self.verdicts.get(&item.key).map(|v| &v.decision),
            Status::NotReviewed | Status::Changed => None,
        }
    }

    /// Counts the wordings by where they stand.
    pub fn progress(&self, catalog: &Catalog) -> Progress {
        let mut p = Progress { total: catalog.items.len(), ..Progress::default() };
        for item in &catalog.items {
            match self.status(item) {
                Status::Approved => p.approved += 1,
                Status::NeedsChange => p.needs_change += 1,
                Status::Changed => p.changed += 1,
                Status::NotReviewed => {}
            }
        }
        p.reviewed = p.approved + p.needs_change;
        p
    }

    /// Records a decision on the wording as it is now. A suggested wording must be valid Fluent
    /// and keep exactly the translation's placeables; a refused one changes nothing.
    pub fn decide(&mut self, catalog: &Catalog, key: &str, decision: Decision) -> Result<(), ReviewError> {
        let item = catalog.item(key).ok_or_else(|| ReviewError::UnknownItem(key.to_owned()))?;
        let decision = match decision {
            // The translation as it stands, sent back unchanged, is no suggestion.
            Decision::NeedsChange { comment, suggestion }
                if !suggestion.trim().is_empty() && suggestion.trim() != item.translation.source.trim() =>
            {
                let suggested = Wording::parse(&suggestion)?;
                check_placeables(&item.translation, &suggested)?;
                if !suggested.has_words() {
                    return Err(WordingError::Empty.into());
                }
                Decision::NeedsChange { comment: comment.trim().to_owned(), suggestion: suggested.source }
            }
            Decision::NeedsChange { comment, .. } if comment.trim().is_empty() => {
                return Err(WordingError::Empty.into());
            }
            Decision::NeedsChange { comment, .. } => {
                Decision::NeedsChange { comment: comment.trim().to_owned(), suggestion: String::new() }
            }
            Decision::Approved => Decision::Approved,
        };
        self.verdicts.insert(
            key.to_owned(),
            Verdict { english: item.english.source.clone(), translation: item.translation.source.clone(), decision },
        );
        // A sign-off covers the wordings as they were approved; any new decision reopens it.
        self.signed_off = None;
        Ok(())
    }

    /// Takes back the decision on a wording.
    pub fn undecide(&mut self, key: &str) {
        if self.verdicts.remove(key).is_some() {
            self.signed_off = None;
        }
    }

    /// Records that every wording is approved, by this reviewer, for this version of the
    /// messages.
    pub fn sign_off(&mut self, catalog: &Catalog) -> Result<&SignOff, ReviewError> {
        let r = &self.reviewer;
        if r.name.trim().is_empty() || r.register_number.trim().is_empty() || r.date.is_none() {
            return Err(ReviewError::ReviewerIncomplete);
        }
        let progress = self.progress(catalog);
        if progress.approved < progress.total {
            return Err(ReviewError::NotAllApproved(progress.total - progress.approved));
        }
        let sign_off = SignOff {
            reviewer: self.reviewer.clone(),
            messages: catalog.version(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
        };
        Ok(self.signed_off.insert(sign_off))
    }

    /// Whether the sign-off still covers every wording: it was recorded, and nothing has changed
    /// since. When a wording changes, the "not yet checked" notice comes back.
    pub fn covers(&self, catalog: &Catalog) -> bool {
        self.signed_off.is_some() && catalog.items.iter().all(|item| self.status(item) == Status::Approved)
    }
}
