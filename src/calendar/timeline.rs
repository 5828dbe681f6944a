//! The conference timeline: what happens before and after a Child Protection Conference and
//! by when, worked out from the conference date with the usual timescales in England.
//!
//! The timescales follow Working Together to Safeguard Children and common local procedures.
//! Councils differ, which is why the screen always shows [`CHECK_LOCALLY_ID`] beside them.

use chrono::{Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::holidays::{bank_holidays_between, Holiday};
use super::working_days::add_working_days;
use crate::error::Explain;

/// Which conference this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConferenceKind {
    /// The first conference about the child.
    Initial,
    /// A later conference that looks at how the plan is going.
    Review,
}

/// Longest notice of the reports a council could give, in working days (four weeks).
pub const MAX_NOTICE_DAYS: u32 = 20;

/// Fewest minutes before the conference that a Chair meets the family: any less and there is no
/// time to talk before the professionals join.
pub const MIN_CHAIR_MINUTES: u32 = 5;
/// Most minutes before the conference that a Chair meets the family (two hours); councils
/// usually say 15 minutes to an hour.
pub const MAX_CHAIR_MINUTES: u32 = 120;

/// Fluent id of the timeline screen's heading.
pub const TITLE_ID: &str = "timeline-title";
/// Fluent id of the sentence under the heading.
pub const INTRO_ID: &str = "timeline-intro";
/// Fluent id of the note that councils differ and the social worker can say what applies.
pub const CHECK_LOCALLY_ID: &str = "timeline-check-with-social-worker";
/// Fluent id of the note saying which days count as working days.
pub const WORKING_DAYS_ID: &str = "timeline-working-days";
/// Fluent id of the note about one bank holiday skipped in the counting; it takes `$date` and
/// `$holiday`, the holiday's own message.
pub const HOLIDAY_SKIPPED_ID: &str = "timeline-holiday-skipped";
/// Fluent id of the label on a step that happens only if there is a Child Protection Plan.
pub const ONLY_IF_PLAN_ID: &str = "timeline-only-if-plan";

/// Working days a first core group meets within, after an initial conference.
const CORE_GROUP_WORKING_DAYS: u32 = 10;
/// Working days the decisions and outline plan are shared within.
const DECISIONS_WORKING_DAYS: u32 = 1;
/// Working days the written record reaches the family within.
const MINUTES_WORKING_DAYS: u32 = 15;
/// Months from an initial conference to the first review.
const FIRST_REVIEW_MONTHS: u32 = 3;
/// Months from one review to the next.
const LATER_REVIEW_MONTHS: u32 = 6;

/// The timescales a council may set differently; the defaults are the most common ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TimelineSettings {
    /// Working days before an initial conference that the family should have the reports.
    pub reports_days_before_initial: u32,
    /// Working days before a review conference that the family should have the reports.
    pub reports_days_before_review: u32,
    /// Minutes before the conference that the chair usually meets the parents.
    pub chair_meeting_minutes_before: u32,
}

impl TimelineSettings {
    /// Whether both notices are ones a council could give (a settings file may hold anything).
    pub fn is_within_limits(&self) -> bool {
        self.reports_days_before_initial <= MAX_NOTICE_DAYS && self.reports_days_before_review <= MAX_NOTICE_DAYS
    }

    /// Working days before a conference of this kind that the family should have the reports.
    pub fn reports_days(&self, kind: ConferenceKind) -> u32 {
        match kind {
            ConferenceKind::Initial => self.reports_days_before_initial,
            ConferenceKind::Review => self.reports_days_before_review,
        }
    }

    /// Sets the reports' notice for conferences of this kind, as the family's council gives it:
    /// a whole number of working days, as typed. Refuses anything else, or more than
    /// [`MAX_NOTICE_DAYS`], leaving the setting as it was.
    pub fn set_reports_days(&mut self, kind: ConferenceKind, typed: &str) -> Result<(), TimelineError> {
        let days = typed.trim().parse::<u32>().ok().filter(|&d| d <= MAX_NOTICE_DAYS);
        let days = days.ok_or_else(|| TimelineError::NoticeOutOfRange(typed.to_owned()))?;
        match kind {
            ConferenceKind::Initial => self.reports_days_before_initial = days,
            ConferenceKind::Review => self.reports_days_before_review = days,
        }
        Ok(())
    }

    /// Whether the Chair's meeting is a time before the conference that a council could set.
    pub fn chair_minutes_within_limits(&self) -> bool {
        (MIN_CHAIR_MINUTES..=MAX_CHAIR_MINUTES).contains(&self.chair_meeting_minutes_before)
    }

    /// Sets how long before the conference the Chair meets the family, as their council says: a
    /// whole number of minutes, as typed, from [`MIN_CHAIR_MINUTES`] to [`MAX_CHAIR_MINUTES`].
    /// Refuses anything else, leaving the setting as it was.
    pub fn set_chair_minutes(&mut self, typed: &str) -> Result<(), TimelineError> {
        let minutes = typed.trim().parse::<u32>().ok().filter(|m| (MIN_CHAIR_MINUTES..=MAX_CHAIR_MINUTES).contains(m));
        self.chair_meeting_minutes_before =
            minutes.ok_or_else(|| TimelineError::ChairMinutesOutOfRange(typed.to_owned()))?;
        Ok(())
    }
}

impl Default for TimelineSettings {
    fn default() -> Self {
        Self { reports_days_before_initial: 2, reports_days_before_review: 5, chair_meeting_minutes_before: 30 }
    }
}

/// What happens at a step of the timeline; each has its own title and body in Fluent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StepKind {
    /// The family receives the reports written for the conference.
    Reports,
    /// The chair meets the parents just before the conference.
    ChairMeeting,
    /// The initial child protection conference itself.
    InitialConference,
    /// A review child protection conference itself.
    ReviewConference,
    /// The family is told the decisions and given the outline plan.
    Decisions,
    /// The first core group meeting, if a plan was made.
    CoreGroup,
    /// The written record (minutes) reaches the family.
    Minutes,
    /// The first review conference after an initial conference, if a plan was made.
    FirstReview,
    /// The next review after a review conference, if the plan continues.
    NextReview,
    /// Reviews keep coming at most six months apart while the plan lasts.
    LaterReviews,
}

impl StepKind {
    /// Every kind, so a test can check each has its messages.
    pub const ALL: [StepKind; 10] = [
        StepKind::Reports,
        StepKind::ChairMeeting,
        StepKind::InitialConference,
        StepKind::ReviewConference,
        StepKind::Decisions,
        StepKind::CoreGroup,
        StepKind::Minutes,
        StepKind::FirstReview,
        StepKind::NextReview,
        StepKind::LaterReviews,
    ];

    /// The stable name used in message ids and calendar UIDs, e.g. `chair-meeting`.
    pub fn slug(self) -> &'static str {
        match self {
            StepKind::Reports => "reports",
            StepKind::ChairMeeting => "chair-meeting",
            StepKind::InitialConference => "initial-conference",
            StepKind::ReviewConference => "review-conference",
            StepKind::Decisions => "decisions",
            StepKind::CoreGroup => "core-group",
            StepKind::Minutes => "minutes",
            StepKind::FirstReview => "first-review",
            StepKind::NextReview => "next-review",
            StepKind::LaterReviews => "later-reviews",
        }
    }

    /// Fluent id of the step's short title, e.g. `timeline-reports-title`.
    pub fn title_id(self) -> &'static str {
        match self {
            StepKind::Reports => "timeline-reports-title",
            StepKind::ChairMeeting => "timeline-chair-meeting-title",
            StepKind::InitialConference => "timeline-initial-conference-title",
            StepKind::ReviewConference => "timeline-review-conference-title",
            StepKind::Decisions => "timeline-decisions-title",
            StepKind::CoreGroup => "timeline-core-group-title",
            StepKind::Minutes => "timeline-minutes-title",
            StepKind::FirstReview => "timeline-first-review-title",
            StepKind::NextReview => "timeline-next-review-title",
            StepKind::LaterReviews => "timeline-later-reviews-title",
        }
    }

    /// Fluent id of the step's explanation; it takes `$count`, the number in the step's
    /// [`Offset`], so the words always match the rule the date came from.
    pub fn body_id(self) -> &'static str {
        match self {
            StepKind::Reports => "timeline-reports-body",
            StepKind::ChairMeeting => "timeline-chair-meeting-body",
            StepKind::InitialConference => "timeline-initial-conference-body",
            StepKind::ReviewConference => "timeline-review-conference-body",
            StepKind::Decisions => "timeline-decisions-body",
            StepKind::CoreGroup => "timeline-core-group-body",
            StepKind::Minutes => "timeline-minutes-body",
            StepKind::FirstReview => "timeline-first-review-body",
            StepKind::NextReview => "timeline-next-review-body",
            StepKind::LaterReviews => "timeline-later-reviews-body",
        }
    }
}

/// How firmly a step's date is fixed, which decides how the screen words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Bound {
    /// It happens on this date: the conference.
    On,
    /// It usually happens about then, e.g. the chair's meeting just before the conference.
    Around,
    /// A deadline: it should happen by this date at the latest, and may come sooner.
    By,
}

/// How a step's date follows from the conference, so the words can give the same number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Offset {
    /// The conference itself.
    Same,
    /// Minutes before the conference starts.
    MinutesBefore(u32),
    /// Working days before the conference (the conference day is not counted).
    WorkingDaysBefore(u32),
    /// Working days after the conference (the conference day is not counted).
    WorkingDaysAfter(u32),
    /// Calendar months after the conference, or after the previous review for
    /// [`StepKind::LaterReviews`].
    MonthsAfter(u32),
}

impl Offset {
    /// The number passed to the step's body as `$count` (0 for the conference itself).
    pub fn count(self) -> u32 {
        match self {
            Offset::Same => 0,
            Offset::MinutesBefore(n)
            | Offset::WorkingDaysBefore(n)
            | Offset::WorkingDaysAfter(n)
            | Offset::MonthsAfter(n) => n,
        }
    }
}

/// One thing that happens, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Step {
    /// What happens.
    pub kind: StepKind,
    /// The day it happens, or the deadline for it.
    pub date: NaiveDate,
    /// The time of day, when the conference time is known and the step has one.
    pub time: Option<NaiveTime>,
    /// Whether `date` is the day itself, roughly the day, or a deadline.
    pub bound: Bound,
    /// The rule that gave `date`.
    pub offset: Offset,
    /// True when it happens only if a Child Protection Plan is made or kept.
    pub conditional: bool,
}

impl Step {
    /// Fluent id of the line saying when, chosen by [`Bound`] and whether there is a time.
    /// Each takes `$date` (the date in words) and, where it has one, `$time`.
    pub fn when_id(&self) -> &'static str {
        match (self.bound, self.time.is_some()) {
            (Bound::On, false) => "timeline-when-on",
            (Bound::On, true) => "timeline-when-on-at",
            (Bound::Around, false) => "timeline-when-around",
            (Bound::Around, true) => "timeline-when-around-at",
            (Bound::By, _) => "timeline-when-by",
        }
    }

    /// The step's date and time together, when it has a time.
    pub fn date_time(&self) -> Option<NaiveDateTime> {
        self.time.map(|t| self.date.and_time(t))
    }
}

/// Every step around one conference, in the order they happen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Timeline {
    /// The steps, earliest first.
    pub steps: Vec<Step>,
}

impl Timeline {
    /// The step of this kind, if the timeline has one.
    pub fn step(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind == kind)
    }

    /// The bank holidays passed over while counting working days, so the screen can say why a
    /// date is later (or earlier) than the family might expect.
    pub fn skipped_holidays(&self) -> Vec<(NaiveDate, Holiday)> {
        let counted = self
            .steps
            .iter()
            .filter(|s| matches!(s.offset, Offset::WorkingDaysBefore(_) | Offset::WorkingDaysAfter(_)));
        let first = counted.clone().map(|s| s.date).min();
        let last = counted.map(|s| s.date).max();
        match (first, last) {
            (Some(first), Some(last)) => bank_holidays_between(first, last),
            _ => Vec::new(),
        }
    }
}

/// Why a timeline could not be worked out.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimelineError {
    /// A step would fall outside the dates the calendar can hold, so the conference date has a
    /// slip in it, such as a year with too many digits.
    #[error("the conference date {0} is too far in the past or future to plan around")]
    OutOfRange(NaiveDate),
    /// A council's notice of the reports that is not a whole number of working days up to
    /// [`MAX_NOTICE_DAYS`], as typed.
    #[error("{0:?} is not a number of working days from 0 to {MAX_NOTICE_DAYS}")]
    NoticeOutOfRange(String),
    /// A time for the Chair's meeting before the conference that is not a whole number of
    /// minutes from [`MIN_CHAIR_MINUTES`] to [`MAX_CHAIR_MINUTES`], as typed.
    #[error("{0:?} is not a number of minutes from {MIN_CHAIR_MINUTES} to {MAX_CHAIR_MINUTES}")]
    ChairMinutesOutOfRange(String),
}

impl Explain for TimelineError {
    fn code(&self) -> &'static str {
        match self {
            TimelineError::OutOfRange(_) => "calendar.date-out-of-range",
            TimelineError::NoticeOutOfRange(_) => "calendar.notice-out-of-range",
            TimelineError::ChairMinutesOutOfRange(_) => "calendar.chair-minutes-out-of-range",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            TimelineError::OutOfRange(_) => "error-conference-date-out-of-range",
            TimelineError::NoticeOutOfRange(_) => "error-notice-days-range",
            TimelineError::ChairMinutesOutOfRange(_) => "error-chair-minutes-range",
        }
    }
}

/// Works out the timeline for a conference on `date`, at `time` if known.
///
/// The first core group step appears only after an initial conference: after a review, the
/// core group is already meeting. Deadlines that fall on a weekend are left as they are,
/// because "within three months" is what the family is told.
pub fn timeline(
    date: NaiveDate,
    time: Option<NaiveTime>,
    kind: ConferenceKind,
    settings: &TimelineSettings,
) -> Result<Timeline, TimelineError> {
    let out_of_range = || TimelineError::OutOfRange(date);
    let working = |days: u32, sign: i64| add_working_days(date, sign * i64::from(days)).ok_or_else(out_of_range);
    let months = |from: NaiveDate, n: u32| from.checked_add_months(Months::new(n)).ok_or_else(out_of_range);
    let step = |kind, date, bound, offset, conditional| Step { kind, date, time: None, bound, offset, conditional };

    let reports_days = settings.reports_days(kind);
    let conference_kind = match kind {
        ConferenceKind::Initial => StepKind::InitialConference,
        ConferenceKind::Review => StepKind::ReviewConference,
    };
    let mut steps = vec![step(
        StepKind::Reports,
        working(reports_days, -1)?,
        Bound::By,
        Offset::WorkingDaysBefore(reports_days),
        false,
    )];

    let minutes = settings.chair_meeting_minutes_before;
    let chair_at = match time {
        Some(t) => {
            Some(date.and_time(t).checked_sub_signed(TimeDelta::minutes(i64::from(minutes))).ok_or_else(out_of_range)?)
        }
        None => None,
    };
    steps.push(Step {
        time: chair_at.map(|at| at.time()),
        ..step(
            StepKind::ChairMeeting,
            chair_at.map_or(date, |at| at.date()),
            Bound::Around,
            Offset::MinutesBefore(minutes),
            false,
        )
    });
    steps.push(Step { time, ..step(conference_kind, date, Bound::On, Offset::Same, false) });

    steps.push(step(
        StepKind::Decisions,
        working(DECISIONS_WORKING_DAYS, 1)?,
        Bound::By,
        Offset::WorkingDaysAfter(DECISIONS_WORKING_DAYS),
        false,
    ));
    if kind == ConferenceKind::Initial {
        steps.push(step(
            StepKind::CoreGroup,
            working(CORE_GROUP_WORKING_DAYS, 1)?,
            Bound::By,
            Offset::WorkingDaysAfter(CORE_GROUP_WORKING_DAYS),
            true,
        ));
    }
    steps.push(step(
        StepKind::Minutes,
        working(MINUTES_WORKING_DAYS, 1)?,
        Bound::By,
        Offset::WorkingDaysAfter(MINUTES_WORKING_DAYS),
        false,
    ));

    let (review_kind, review_months) = match kind {
        ConferenceKind::Initial => (StepKind::FirstReview, FIRST_REVIEW_MONTHS),
        ConferenceKind::Review => (StepKind::NextReview, LATER_REVIEW_MONTHS),
    };
    let review = months(date, review_months)?;
    steps.push(step(review_kind, review, Bound::By, Offset::MonthsAfter(review_months), true));
    // The review after that is due six months after it at the latest, however early it is held.
    steps.push(step(
        StepKind::LaterReviews,
        months(review, LATER_REVIEW_MONTHS)?,
        Bound::By,
        Offset::MonthsAfter(LATER_REVIEW_MONTHS),
        true,
    ));

    steps.sort_by_key(|s| (s.date, s.time));
    Ok(Timeline { steps })
}
