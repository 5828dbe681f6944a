//! Conference dates: bank holidays in England and Wales, working days, the timeline of what
//! happens before and after a Child Protection Conference, and that timeline as a calendar file.
//!
//! Everything here is worked out from the conference's date, time and kind and the council's
//! notice of the reports; `timeline_view` puts a family's timeline into words. The UI shows the
//! results and never counts days itself.

pub mod holidays;
pub mod ics;
pub mod timeline;
pub mod working_days;

pub use holidays::{bank_holidays, bank_holidays_between, easter_sunday, is_bank_holiday, Holiday};
pub use ics::{to_ics, EventText};
pub use timeline::{
    timeline, Bound, ConferenceKind, Offset, Step, StepKind, Timeline, TimelineError, TimelineSettings,
    MAX_CHAIR_MINUTES, MAX_NOTICE_DAYS, MIN_CHAIR_MINUTES,
};
pub use working_days::{add_working_days, is_working_day};
