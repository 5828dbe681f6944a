//! Family Voice's core: everything the app knows about preparing a family's contribution to a
//! Child Protection Conference, with no window and no network. The desktop shell and the
//! command-line renderer are thin callers of this library.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod calendar;
pub mod child;
pub mod contribution;
pub mod desktop_entry;
pub mod drafts;
pub mod error;
pub mod files;
pub mod font_note;
pub mod guide;
pub mod i18n;
pub mod meeting_ready;
pub mod notes;
pub mod outcome;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod prompts;
pub mod review;
pub mod settings;
pub mod speech;
pub mod summary;
pub mod system;
pub mod timeline_view;
pub mod vault;

pub use contribution::Contribution;
pub use error::{Explain, Problem};
pub use i18n::Localizer;
