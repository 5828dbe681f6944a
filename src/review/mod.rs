//! Interpreter review: a qualified interpreter checks a language's wordings against the English,
//! approves each or suggests a change, and signs the language off. Their work leaves the app as
//! a printable side-by-side PDF and a Fluent file of suggestions that maintainers apply.
//!
//! The review screen and its files are in English, the language every translation is checked
//! against (`locales/en-GB/review.ftl` has no translations).

mod catalog;
mod export;
mod preview;
mod state;
mod store;
mod view;
mod wording;

pub use catalog::{Area, Catalog, Item, Readers, Term};
pub use export::{apply, language_of, suggestions, ApplyError};
pub use preview::{previews, Preview};
pub use state::{Decision, Progress, Review, ReviewError, Reviewer, SignOff, Status, Verdict, FORMAT};
pub use store::{Decided, Store};
pub use view::{
    file, is_signed_off, languages, reviewable, saved_as, ItemView, LanguageView, ProgressText, ReviewView,
};
pub use wording::{check_placeables, Piece, Variant, Wording, WordingError};

use crate::error::Explain;

impl Explain for ReviewError {
    fn code(&self) -> &'static str {
        match self {
            Self::Unreadable => "review.unreadable",
            Self::TooNew => "review.too-new",
            Self::UnknownItem(_) => "review.unknown-item",
            Self::UnknownLanguage(_) => "review.unknown-language",
            Self::Wording(WordingError::Empty) => "review.suggestion-empty",
            Self::Wording(WordingError::NotFluent) => "review.suggestion-not-fluent",
            Self::Wording(WordingError::TooBig) => "review.suggestion-too-big",
            Self::Wording(WordingError::Placeables { .. }) => "review.suggestion-placeables",
            Self::NotAllApproved(_) => "review.not-all-approved",
            Self::ReviewerIncomplete => "review.reviewer-incomplete",
            Self::File(e) => e.code(),
            Self::Language(_) => "review.language-broken",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            Self::Unreadable => "interp-error-unreadable",
            Self::TooNew => "interp-error-too-new",
            Self::UnknownItem(_) | Self::UnknownLanguage(_) | Self::Language(_) => "error-unexpected",
            Self::Wording(WordingError::Empty) => "interp-error-suggestion-empty",
            Self::Wording(WordingError::NotFluent) => "interp-error-suggestion-not-fluent",
            Self::Wording(WordingError::TooBig) => "interp-error-suggestion-too-big",
            Self::Wording(WordingError::Placeables { missing, .. }) if !missing.is_empty() => {
                "interp-error-placeable-missing"
            }
            Self::Wording(WordingError::Placeables { .. }) => "interp-error-placeable-unknown",
            Self::NotAllApproved(_) => "interp-error-not-all-approved",
            Self::ReviewerIncomplete => "interp-error-reviewer-incomplete",
            Self::File(e) => e.message_id(),
        }
    }

    fn args(&self) -> fluent_bundle::FluentArgs<'static> {
        let mut args = fluent_bundle::FluentArgs::new();
        match self {
            Self::Wording(WordingError::Placeables { missing, unknown }) => {
                let names = |list: &[String]| list.iter().map(|p| format!("{{ ${p} }}")).collect::<Vec<_>>().join(", ");
                args.set("missing", names(missing));
                args.set("unknown", names(unknown));
            }
            Self::NotAllApproved(count) => args.set("count", *count),
            _ => {}
        }
        args
    }
}
