//! The timeline of one family's conference, in their language: for the timeline screen, the PDF's
//! "What happens next" block and the calendar file. It sits above both the contribution and the
//! calendar, which know nothing of each other's words.

use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::calendar::timeline::{
    CHECK_LOCALLY_ID, HOLIDAY_SKIPPED_ID, INTRO_ID, ONLY_IF_PLAN_ID, TITLE_ID, WORKING_DAYS_ID,
};
use crate::calendar::{
    timeline, to_ics, EventText, Step, Timeline, TimelineError, MAX_CHAIR_MINUTES, MAX_NOTICE_DAYS, MIN_CHAIR_MINUTES,
};
use crate::contribution::Contribution;
use crate::i18n::Localizer;
use crate::outcome::HarmCategory;

/// The timeline as the screen shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineView {
    /// The heading.
    pub title: String,
    /// The words under the heading.
    pub intro: String,
    /// Each step, earliest first.
    pub steps: Vec<StepView>,
    /// Notes under the steps: how days are counted, holidays skipped, "check with your social worker".
    pub notes: Vec<String>,
    /// The council's notice of the reports that this timeline uses, which the family may change.
    pub notice: Notice,
    /// How long before the conference the Chair meets the family, which the family may change.
    pub chair_meeting: ChairMeeting,
    /// The categories of harm a plan may be under, for the family to tick after the conference.
    pub harm_categories: Vec<HarmCategoryChoice>,
}

/// One category of harm in words, and whether the family ticked it when they recorded the outcome.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HarmCategoryChoice {
    /// The category, as the outcome saves it (`neglect`) and the screen sends it back.
    pub category: HarmCategory,
    /// Its name.
    pub name: String,
    /// What it means, in plain words.
    pub hint: String,
    /// Whether the recorded outcome names it.
    pub chosen: bool,
}

/// Minutes before the conference that the Chair meets the family, and the range a family may set.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChairMeeting {
    /// Minutes before the conference.
    pub minutes: u32,
    /// The fewest a council gives ([`MIN_CHAIR_MINUTES`]).
    pub least: u32,
    /// The most a council gives ([`MAX_CHAIR_MINUTES`]).
    pub most: u32,
}

/// How many working days before this conference the reports come, and the most a family may set.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// Working days before the conference.
    pub days: u32,
    /// The fewest a family may set: none, the reports on the day itself.
    pub least: u32,
    /// The most a council gives ([`MAX_NOTICE_DAYS`]).
    pub most: u32,
}

/// One step in words.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    /// A stable name for the step (`core-group`), for tests and styling.
    pub slug: &'static str,
    /// What happens.
    pub title: String,
    /// When, in words.
    pub when: String,
    /// A sentence or two about it.
    pub body: String,
    /// Set when the step happens only if there is a Child Protection Plan.
    pub only_if_plan: Option<String>,
}

/// The timeline of the family's conference, or `None` until they give its date.
pub fn for_contribution(c: &Contribution) -> Result<Option<Timeline>, TimelineError> {
    let conference = &c.about.conference;
    let Some(date) = conference.date else { return Ok(None) };
    let worked_out = timeline(date, conference.time, c.conference_kind(), &c.timeline_settings)?;
    match &c.outcome {
        // Once the family has recorded what the conference decided, its dates replace the usual ones.
        Some(outcome) => crate::outcome::with_outcome(worked_out, outcome).map(Some),
        None => Ok(Some(worked_out)),
    }
}

/// Sets the council's notice of the reports for the family's conference (initial or review, as
/// the timeline shows it) from the number typed; refuses one that no council gives.
pub fn set_notice(c: &mut Contribution, typed: &str) -> Result<(), TimelineError> {
    let kind = c.conference_kind();
    c.timeline_settings.set_reports_days(kind, typed)
}

/// Sets how long before the conference the Chair meets the family, from the number of minutes
/// typed; refuses a time no council gives, with the reason.
pub fn set_chair_meeting(c: &mut Contribution, typed: &str) -> Result<(), TimelineError> {
    c.timeline_settings.set_chair_minutes(typed)
}

/// The family's timeline in words for the screen, or `None` until they give the date.
pub fn for_screen(c: &Contribution, loc: &Localizer) -> Result<Option<TimelineView>, TimelineError> {
    let notice =
        Notice { days: c.timeline_settings.reports_days(c.conference_kind()), least: 0, most: MAX_NOTICE_DAYS };
    let chair_meeting = ChairMeeting {
        minutes: c.timeline_settings.chair_meeting_minutes_before,
        least: MIN_CHAIR_MINUTES,
        most: MAX_CHAIR_MINUTES,
    };
    let chosen = c.outcome.as_ref().map(|o| o.categories.as_slice()).unwrap_or_default();
    let harm_categories = HarmCategory::ALL
        .into_iter()
        .map(|category| HarmCategoryChoice {
            category,
            name: loc.msg(category.message_id()),
            hint: loc.msg(category.hint_id()),
            chosen: chosen.contains(&category),
        })
        .collect();
    let mut shown = for_contribution(c)?.map(|t| view(&t, notice, chair_meeting, harm_categories, loc));
    if let Some(shown) = shown.as_mut().filter(|_| crate::outcome::gives_dates(c)) {
        shown.notes.insert(0, loc.msg(crate::outcome::DATES_GIVEN_ID));
    }
    Ok(shown)
}

/// Puts a timeline into words.
fn view(
    t: &Timeline,
    notice: Notice,
    chair_meeting: ChairMeeting,
    harm_categories: Vec<HarmCategoryChoice>,
    loc: &Localizer,
) -> TimelineView {
    let mut notes = vec![loc.msg(WORKING_DAYS_ID)];
    for (date, holiday) in t.skipped_holidays() {
        let mut args = FluentArgs::new();
        args.set("date", loc.long_date(date));
        args.set("holiday", loc.msg(holiday.message_id()));
        notes.push(loc.msg_with(HOLIDAY_SKIPPED_ID, &args));
    }
    notes.push(loc.msg(CHECK_LOCALLY_ID));
    TimelineView {
        title: loc.msg(TITLE_ID),
        intro: loc.msg(INTRO_ID),
        steps: t
            .steps
            .iter()
            .map(|step| StepView {
                slug: step.kind.slug(),
                title: loc.msg(step.kind.title_id()),
                when: when(step, loc),
                body: body(step, loc),
                only_if_plan: step.conditional.then(|| loc.msg(ONLY_IF_PLAN_ID)),
            })
            .collect(),
        notes,
        notice,
        chair_meeting,
        harm_categories,
    }
}

/// The timeline as an iCalendar file. Events carry no names unless `label` is given (the
/// family chose to add, say, their child's first name).
pub fn calendar_file(t: &Timeline, loc: &Localizer, label: Option<&str>, now: DateTime<Utc>) -> String {
    let text = |step: &Step| EventText { summary: loc.msg(step.kind.title_id()), description: body(step, loc) };
    to_ics(t, text, label, now)
}

/// The children's first names, for a family that wants them in their calendar's events.
pub fn private_label(c: &Contribution) -> Option<String> {
    let names: Vec<&str> = c.about.children.iter().map(|ch| ch.name.trim()).filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// A name to offer in the save dialog for the calendar file.
pub fn calendar_file_name(t: &Timeline) -> String {
    match t.steps.iter().find(|s| s.offset == crate::calendar::Offset::Same) {
        Some(conference) => format!("conference-dates-{}.ics", conference.date.format("%Y-%m-%d")),
        None => "conference-dates.ics".to_owned(),
    }
}

/// When a step happens, in words.
pub fn when(step: &Step, loc: &Localizer) -> String {
    let mut args = FluentArgs::new();
    args.set("date", loc.long_date(step.date));
    if let Some(time) = step.time {
        args.set("time", loc.time_of_day(time));
    }
    loc.msg_with(step.when_id(), &args)
}

fn body(step: &Step, loc: &Localizer) -> String {
    let mut args = FluentArgs::new();
    args.set("count", step.offset.count());
    loc.msg_with(step.kind.body_id(), &args)
}
