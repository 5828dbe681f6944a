//! After the conference: what it decided, as the family records it, and how that changes the
//! timeline; and the next contribution, prepared from the last one.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{Bound, ConferenceKind, Step, StepKind, Timeline, TimelineError};
use crate::contribution::{Conference, Contribution, FORMAT_VERSION};
use crate::error::Explain;

/// What the conference decided, as the family wrote it down afterwards. Every part may be left
/// blank; the dates given replace the usual timescales in the timeline and calendar file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Outcome {
    /// Whether the child is to have a Child Protection Plan; `None` when the family is not sure.
    pub plan: Option<bool>,
    /// The categories of harm the plan is under (a plan may name more than one).
    pub categories: Vec<HarmCategory>,
    /// The day of the first core group meeting, as the family was told it.
    pub core_group: Option<NaiveDate>,
    /// The day of the next review conference, as the family was told it.
    pub review: Option<NaiveDate>,
    /// Who to contact at the council about a complaint, in the family's own words.
    pub council_contact: String,
}

/// The categories of harm a Child Protection Plan is made under in England.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HarmCategory {
    /// Physical abuse.
    Physical,
    /// Emotional abuse.
    Emotional,
    /// Sexual abuse.
    Sexual,
    /// Neglect.
    Neglect,
}

impl HarmCategory {
    /// Every category, in the order the screen lists them.
    pub const ALL: [HarmCategory; 4] =
        [HarmCategory::Physical, HarmCategory::Emotional, HarmCategory::Sexual, HarmCategory::Neglect];

    /// Fluent id of the category's name.
    pub fn message_id(self) -> &'static str {
        match self {
            HarmCategory::Physical => "outcome-category-physical",
            HarmCategory::Emotional => "outcome-category-emotional",
            HarmCategory::Sexual => "outcome-category-sexual",
            HarmCategory::Neglect => "outcome-category-neglect",
        }
    }

    /// Fluent id of a line saying what the category means, in plain words.
    pub fn hint_id(self) -> &'static str {
        match self {
            HarmCategory::Physical => "outcome-category-physical-hint",
            HarmCategory::Emotional => "outcome-category-emotional-hint",
            HarmCategory::Sexual => "outcome-category-sexual-hint",
            HarmCategory::Neglect => "outcome-category-neglect-hint",
        }
    }
}

/// Longest after the conference that a date given there may fall: a review comes within three
/// or six months, so a year is a slip in the date.
pub const MAX_OUTCOME_MONTHS: u32 = 12;

/// Why an outcome could not be recorded.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OutcomeError {
    /// The conference's own date is not known, so the dates after it cannot be checked.
    #[error("the conference date is not known yet")]
    NoConferenceDate,
    /// A date given at the conference is before it or more than [`MAX_OUTCOME_MONTHS`] after it.
    #[error("{0} is not a date after the conference that the meeting could have given")]
    ImpossibleDate(NaiveDate),
}

impl Explain for OutcomeError {
    fn code(&self) -> &'static str {
        match self {
            OutcomeError::NoConferenceDate => "outcome.no-conference-date",
            OutcomeError::ImpossibleDate(_) => "outcome.impossible-date",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            OutcomeError::NoConferenceDate => "error-outcome-no-conference-date",
            OutcomeError::ImpossibleDate(_) => "error-outcome-date-impossible",
        }
    }
}

impl Contribution {
    /// Records what the conference decided. A core group or review date must fall after the
    /// conference and within [`MAX_OUTCOME_MONTHS`] of it; anything else is refused and the
    /// contribution left as it was.
    pub fn record_outcome(&mut self, mut outcome: Outcome) -> Result<(), OutcomeError> {
        let given = [outcome.core_group, outcome.review];
        if given.iter().any(Option::is_some) {
            let held = self.about.conference.date.ok_or(OutcomeError::NoConferenceDate)?;
            let latest = held.checked_add_months(Months::new(MAX_OUTCOME_MONTHS));
            for date in given.into_iter().flatten() {
                if date <= held || latest.is_none_or(|latest| date > latest) {
                    return Err(OutcomeError::ImpossibleDate(date));
                }
            }
        }
        outcome.categories.sort();
        outcome.categories.dedup();
        self.outcome = Some(outcome);
        Ok(())
    }

    /// A new contribution for the review conference that follows this one: the practical page
    /// kept (the conference now a review, on the review date the family recorded if they did),
    /// the answers moved to [`Contribution::last_answers`] so each shows beside its question,
    /// the council's timescales and its contact for a complaint kept. This contribution is not changed.
    pub fn for_review(&self) -> Contribution {
        let mut about = self.about.clone();
        let review_date = self.outcome.as_ref().and_then(|o| o.review);
        about.conference =
            Conference { date: review_date, time: None, kind: Some(ConferenceKind::Review), ..about.conference };
        let last_answers =
            self.answers.iter().filter(|(_, a)| !a.trim().is_empty()).map(|(k, a)| (k.clone(), a.clone())).collect();
        Contribution {
            format_version: FORMAT_VERSION,
            language: self.language.clone(),
            about,
            timeline_settings: self.timeline_settings.clone(),
            // The council is the same one: its contact for a complaint is kept, nothing else decided.
            outcome: self
                .outcome
                .as_ref()
                .filter(|o| !o.council_contact.trim().is_empty())
                .map(|o| Outcome { council_contact: o.council_contact.clone(), ..Outcome::default() }),
            last_answers,
            ..Contribution::default()
        }
    }
}

/// Fluent id of the note saying the timeline uses the dates the family was given at the conference.
pub const DATES_GIVEN_ID: &str = "timeline-outcome-dates";

/// Months from one review to the next, as the timeline counts them.
const LATER_REVIEW_MONTHS: u32 = 6;

/// Whether the family recorded a core group or review date, which the timeline then uses.
pub fn gives_dates(c: &Contribution) -> bool {
    c.outcome.as_ref().is_some_and(|o| o.core_group.is_some() || o.review.is_some())
}

/// Puts what the conference decided into a worked-out timeline: with no plan, the steps that
/// happen only with one go; with a plan, they are no longer "only if"; a core group or review
/// date given at the conference replaces the usual deadline, and the review after it is counted
/// from the real review.
pub fn with_outcome(mut t: Timeline, outcome: &Outcome) -> Result<Timeline, TimelineError> {
    match outcome.plan {
        Some(false) => t.steps.retain(|s| !s.conditional),
        Some(true) => t.steps.iter_mut().for_each(|s| s.conditional = false),
        None => {}
    }
    let given = |step: &mut Step, date| {
        step.date = date;
        step.time = None;
        step.bound = Bound::On;
    };
    if let Some(date) = outcome.core_group {
        if let Some(step) = t.steps.iter_mut().find(|s| s.kind == StepKind::CoreGroup) {
            given(step, date);
        } else if outcome.plan != Some(false) {
            // After a review the timeline has no first core group, but the family may note the next one.
            if let Some(mut step) = t.steps.iter().find(|s| s.kind == StepKind::Decisions).cloned() {
                step.kind = StepKind::CoreGroup;
                step.conditional = outcome.plan.is_none();
                given(&mut step, date);
                t.steps.push(step);
            }
        }
    }
    if let Some(date) = outcome.review {
        let is_review = |s: &Step| matches!(s.kind, StepKind::FirstReview | StepKind::NextReview);
        if let Some(step) = t.steps.iter_mut().find(|s| is_review(s)) {
            given(step, date);
            let after =
                date.checked_add_months(Months::new(LATER_REVIEW_MONTHS)).ok_or(TimelineError::OutOfRange(date))?;
            if let Some(later) = t.steps.iter_mut().find(|s| s.kind == StepKind::LaterReviews) {
                later.date = after;
            }
        }
    }
    t.steps.sort_by_key(|s| (s.date, s.time));
    Ok(t)
}
