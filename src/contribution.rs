//! The family's contribution: what they told us about themselves and the conference, and their
//! answers. Versioned and serializable, so drafts and the command-line renderer read one format.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, TimelineSettings};
pub use crate::calendar::{ConferenceKind, MAX_NOTICE_DAYS};
use crate::error::Explain;
use crate::prompts::{self, SCALE_MAX};

/// The format this version of the app writes. Older formats are migrated on reading; newer
/// ones are refused with a message, never half-read. Version 2 added joining by phone, which
/// version 1 cannot read, and the ticks of the checklist for a video or phone meeting.
pub const FORMAT_VERSION: u32 = 2;

/// Everything one parent or carer prepares for the conference.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// Format version of this value; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The language the family chose for the questions (a BCP 47 tag).
    pub language: String,
    /// The practical page.
    #[serde(default)]
    pub about: About,
    /// Answers, keyed by the question's Fluent id. A question with no entry was not answered.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Where the family puts things now on the 0 to 10 scale, if they chose a number.
    #[serde(default)]
    pub scale: Option<u8>,
    /// How the family's council times things, for the timeline; the usual timescales unless the
    /// family changed them.
    #[serde(default)]
    pub timeline_settings: TimelineSettings,
    /// The items of the checklist for a video or phone meeting that the family has ticked, by
    /// id (see [`crate::meeting_ready`]); kept when the format changes, so nothing is lost.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub ready_ticks: BTreeSet<String>,
    /// What the conference decided, as the family recorded it afterwards; `None` until they do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<crate::outcome::Outcome>,
    /// The answers of the contribution this one was prepared from, keyed like `answers`, shown
    /// beside each question as "last time you said…". Empty for a first contribution.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub last_answers: BTreeMap<String, String>,
    /// "My notes for the day" as the family edited them; `None` until they do, when the notes
    /// are made from the answers (see [`crate::notes::for_day`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_notes: Option<crate::notes::DayNotes>,
}

/// The practical page: who is writing, about which children, for which conference.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct About {
    /// The name of the person writing.
    pub writer_name: String,
    /// How they are related to the children, in their own words ("mum", "grandad").
    pub relationship: String,
    /// The children the conference is about.
    pub children: Vec<Child>,
    /// When and how the conference happens.
    pub conference: Conference,
    /// The social worker's name.
    pub social_worker: String,
    /// Who helped the family prepare.
    pub helper: Helper,
    /// Whether an interpreter is needed at the conference, and for which language.
    pub interpreter: Interpreter,
    /// Anything that would help them take part, in their own words.
    pub access_needs: String,
}

/// A child the conference is about. Age or date of birth, whichever the family prefers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Child {
    /// First name.
    pub name: String,
    /// Age in years.
    pub age: Option<u8>,
    /// Date of birth.
    pub date_of_birth: Option<NaiveDate>,
}

/// When and how the conference takes place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Conference {
    /// The day.
    pub date: Option<NaiveDate>,
    /// The start time.
    pub time: Option<NaiveTime>,
    /// Initial or review; `None` when the family is not sure.
    pub kind: Option<ConferenceKind>,
    /// In person, by video or both; `None` when the family is not sure.
    pub format: Option<MeetingFormat>,
}

/// How people take part in the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingFormat {
    /// Everyone in one room.
    InPerson,
    /// Everyone on a video call.
    Video,
    /// Some in the room, some on video.
    Mixed,
    /// The family joins by phone.
    Phone,
}

/// Who helped the family prepare.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Helper {
    /// Their role.
    pub kind: HelperKind,
    /// Their name, if given.
    pub name: String,
}

/// The role of the person who helped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelperKind {
    /// Nobody helped.
    #[default]
    Nobody,
    /// A friend or relative.
    Supporter,
    /// An independent advocate.
    Advocate,
    /// A social worker.
    SocialWorker,
    /// An interpreter.
    Interpreter,
}

/// The family's need for an interpreter at the conference itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Interpreter {
    /// Whether one is needed.
    pub needed: bool,
    /// For which language, in the family's words.
    pub language: String,
}

/// Parses a saved file's JSON and checks its `formatVersion` before anything else, against the
/// newest this app reads (`newest`): a missing one, or one that is not a whole number from 1 up
/// ("2", 2.0, -1), is named as such, and a newer one is [`ContributionError::NewerVersion`].
/// Shared by the parent's contribution and the child's views.
pub fn checked_json(text: &str, newest: u32) -> Result<serde_json::Value, ContributionError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ContributionError::Invalid(e.to_string()))?;
    let found = match value.get("formatVersion") {
        None => return Err(ContributionError::Invalid("formatVersion is missing".into())),
        Some(version) => version.as_u64().filter(|&v| v >= 1).ok_or_else(|| {
            ContributionError::Invalid(format!("formatVersion {version} is not a version number (1, 2, …)"))
        })?,
    };
    if found > u64::from(newest) {
        return Err(ContributionError::NewerVersion { found: u32::try_from(found).unwrap_or(u32::MAX) });
    }
    Ok(value)
}

/// Why a contribution could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ContributionError {
    /// The text is not JSON of the contribution's shape.
    #[error("not a Family Voice contribution: {0}")]
    Invalid(String),
    /// A newer version of the app wrote it; reading it could lose what it added.
    #[error("written by a newer version of Family Voice (format {found}, this app reads up to {FORMAT_VERSION})")]
    NewerVersion {
        /// The version found in the file.
        found: u32,
    },
}

impl Explain for ContributionError {
    fn code(&self) -> &'static str {
        match self {
            ContributionError::Invalid(_) => "contribution.invalid",
            ContributionError::NewerVersion { .. } => "contribution.newer-version",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            ContributionError::Invalid(_) => "error-contribution-invalid",
            ContributionError::NewerVersion { .. } => "error-contribution-newer-version",
        }
    }
}

impl Contribution {
    /// The kind of conference the timeline is for. A family not sure which it is gets the initial
    /// conference's timeline, the more common case.
    pub fn conference_kind(&self) -> ConferenceKind {
        self.about.conference.kind.unwrap_or(ConferenceKind::Initial)
    }

    /// An empty contribution in the given language, with one blank row for a child: every family
    /// writing one has at least one child, and the form starts with a place to name them.
    pub fn new(language: &str) -> Self {
        let about = About { children: vec![Child::default()], ..About::default() };
        Self { format_version: FORMAT_VERSION, language: language.to_owned(), about, ..Self::default() }
    }

    /// Reads the JSON form, checking the format version before anything else.
    pub fn from_json(text: &str) -> Result<Self, ContributionError> {
        let value = checked_json(text, FORMAT_VERSION)?;
        serde_json::from_value(value).map_err(|e| ContributionError::Invalid(e.to_string()))
    }

    /// The JSON form, pretty-printed so a person can read a saved file.
    pub fn to_json(&self) -> String {
        // Strings, numbers, dates and maps keyed by strings: nothing here that JSON cannot hold.
        serde_json::to_string_pretty(self).expect("a contribution always serializes")
    }

    /// The answer to a question, if it has one with something other than spaces in it.
    pub fn answer(&self, prompt_id: &str) -> Option<&str> {
        self.answers.get(prompt_id).map(String::as_str).filter(|a| !a.trim().is_empty())
    }

    /// Everything on the contribution that needs the family to look again, in page order.
    /// An empty list means it is fine to go on; every field may be left blank.
    pub fn problems(&self, today: NaiveDate) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        for (i, child) in self.about.children.iter().enumerate() {
            let has_details = child.age.is_some() || child.date_of_birth.is_some();
            if has_details && child.name.trim().is_empty() {
                found.push(FieldProblem::new(format!("children.{i}.name"), "error-child-name-missing"));
            }
            if child.age.is_some_and(|age| age > MAX_CHILD_AGE) {
                found.push(FieldProblem::new(format!("children.{i}.age"), "error-child-age-range"));
            }
            if child.date_of_birth.is_some_and(|born| born > today) {
                found.push(FieldProblem::new(format!("children.{i}.dateOfBirth"), "error-child-born-future"));
            }
        }
        if self.about.interpreter.needed && self.about.interpreter.language.trim().is_empty() {
            found.push(FieldProblem::new("interpreter.language", "error-interpreter-language-missing"));
        }
        let conference = &self.about.conference;
        if conference.date.is_some_and(|date| {
            calendar::timeline(date, conference.time, self.conference_kind(), &self.timeline_settings).is_err()
        }) {
            found.push(FieldProblem::new("conference.date", "error-conference-date-out-of-range"));
        }
        if !self.timeline_settings.is_within_limits() {
            found.push(FieldProblem::new("timelineSettings", "error-notice-days-range"));
        }
        if !self.timeline_settings.chair_minutes_within_limits() {
            found.push(FieldProblem::new("timelineSettings.chairMeetingMinutesBefore", "error-chair-minutes-range"));
        }
        if self.scale.is_some_and(|s| s > SCALE_MAX) {
            found.push(FieldProblem::new("scale", "error-scale-range"));
        }
        if let Some(key) = self.answers.keys().find(|k| !prompts::is_prompt(k)) {
            found.push(FieldProblem::new(format!("answers.{key}"), "error-unknown-question"));
        }
        found
    }
}

/// Oldest age a conference is held about: a child is anyone under 18, and a plan made at 17
/// can still be reviewed at 18.
pub const MAX_CHILD_AGE: u8 = 18;

/// A field the family should look at again, and the message that says why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldProblem {
    /// The field's path in the contribution's JSON form below `about` (`children.0.age`).
    pub field: String,
    /// The Fluent id of the message.
    pub message_id: &'static str,
}

impl FieldProblem {
    fn new(field: impl Into<String>, message_id: &'static str) -> Self {
        Self { field: field.into(), message_id }
    }
}

impl Contribution {
    /// The questions' language named in itself, or its tag if the app does not ship it.
    pub fn language_name(&self) -> String {
        crate::i18n::locales()
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(&self.language))
            .map_or_else(|| self.language.clone(), |l| l.native_name.to_owned())
    }
}
