//! The child's own journey: a separate draft from the parent's, worded for their age, with
//! the three houses (good things, worries, wishes), their words and drawings kept as theirs,
//! and their own choice of what the meeting sees.

mod journey;
mod model;
mod share;

pub use journey::{journey, picture, steps, Band, HouseId, Journey, Step, AGES, QUESTIONS};
pub use model::{ChildHelper, ChildHelperKind, ChildViews, Drawing, House, Shared, Symbol, TakingPart, FORMAT_VERSION};
pub use share::{shareable, Place, Shareable};
