//! The contribution put into words in the family's language: the check screen shows it and the
//! PDF prints it, so both always say the same thing.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::contribution::{Child, Conference, ConferenceKind, Contribution, HelperKind, MeetingFormat};
use crate::i18n::Localizer;
use crate::prompts::{self, PartId};
use crate::timeline_view;

/// The contribution as the family will hand it over.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The document's title.
    pub title: String,
    /// The heading over the practical details.
    pub about_heading: String,
    /// The practical details the family gave; blank ones are left out.
    pub about: Vec<Fact>,
    /// The heading over what happens next.
    pub next_heading: String,
    /// What happens next and when, once the conference date is known: each step's title and
    /// when it happens.
    pub next: Vec<Fact>,
    /// Every part, with every question.
    pub parts: Vec<SummaryPart>,
    /// Who wrote it, who helped and when it was made.
    pub closing: Vec<Fact>,
}

/// A labelled detail. The value may have several lines.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    /// What it is.
    pub label: String,
    /// What the family said.
    pub value: String,
}

/// One part and its answers.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryPart {
    /// Which part.
    pub id: PartId,
    /// The part's heading.
    pub title: String,
    /// Its questions, answered or not.
    pub items: Vec<SummaryItem>,
}

/// A question and the family's answer, exactly as they wrote it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryItem {
    /// The question.
    pub question: String,
    /// The answer, or `None` if they left it blank.
    pub answer: Option<String>,
}

/// Puts a contribution into words. `made_on` is the day the family prints it.
pub fn summarize(c: &Contribution, loc: &Localizer, made_on: NaiveDate) -> Summary {
    Summary {
        title: loc.msg("summary-title"),
        about_heading: loc.msg("summary-about-heading"),
        about: about_facts(c, loc),
        next_heading: loc.msg("summary-next-heading"),
        next: next_steps(c, loc),
        parts: prompts::parts()
            .iter()
            .map(|part| {
                let mut items = Vec::new();
                if part.id == PartId::Scale {
                    items.push(SummaryItem {
                        question: loc.msg("scale-question"),
                        answer: c.scale.map(|score| {
                            let mut args = FluentArgs::new();
                            args.set("score", score);
                            loc.msg_with("summary-scale-answer", &args)
                        }),
                    });
                }
                items.extend(
                    part.prompts
                        .iter()
                        .map(|id| SummaryItem { question: loc.msg(id), answer: c.answer(id).map(str::to_owned) }),
                );
                SummaryPart { id: part.id, title: loc.msg(&part.id.title_id()), items }
            })
            .collect(),
        closing: closing_facts(c, loc, made_on),
    }
}

fn about_facts(c: &Contribution, loc: &Localizer) -> Vec<Fact> {
    let a = &c.about;
    let mut facts = Vec::new();
    let mut add = |label: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            facts.push(Fact { label: loc.msg(label), value });
        }
    };
    add("summary-written-by", writer(c, loc));
    add("summary-children", children(&a.children, loc));
    add("summary-conference", conference(&a.conference, loc));
    add("summary-social-worker", Some(a.social_worker.trim().to_owned()));
    add("summary-helped-by", helper(c, loc));
    add("summary-language", Some(c.language_name()));
    add(
        "summary-interpreter",
        Some(if a.interpreter.needed {
            let mut args = FluentArgs::new();
            args.set("language", a.interpreter.language.trim().to_owned());
            loc.msg_with("summary-interpreter-yes", &args)
        } else {
            loc.msg("summary-interpreter-no")
        }),
    );
    add("summary-access-needs", Some(a.access_needs.trim().to_owned()));
    facts
}

fn next_steps(c: &Contribution, loc: &Localizer) -> Vec<Fact> {
    let Ok(Some(timeline)) = timeline_view::for_contribution(c) else { return Vec::new() };
    timeline
        .steps
        .iter()
        .map(|step| {
            let mut value = timeline_view::when(step, loc);
            if step.conditional {
                value = format!("{value}\n{}", loc.msg(crate::calendar::timeline::ONLY_IF_PLAN_ID));
            }
            Fact { label: loc.msg(step.kind.title_id()), value }
        })
        .collect()
}

fn closing_facts(c: &Contribution, loc: &Localizer, made_on: NaiveDate) -> Vec<Fact> {
    let mut facts = Vec::new();
    if let Some(writer) = writer(c, loc) {
        facts.push(Fact { label: loc.msg("summary-written-by"), value: writer });
    }
    facts.push(Fact {
        label: loc.msg("summary-helped-by"),
        value: helper(c, loc).unwrap_or_else(|| loc.msg("helper-nobody")),
    });
    facts.push(Fact { label: loc.msg("summary-made-on"), value: loc.long_date(made_on) });
    facts
}

fn writer(c: &Contribution, loc: &Localizer) -> Option<String> {
    let name = c.about.writer_name.trim();
    let relationship = c.about.relationship.trim();
    let mut args = FluentArgs::new();
    args.set("name", name.to_owned());
    args.set("relationship", relationship.to_owned());
    match (name.is_empty(), relationship.is_empty()) {
        (true, true) => None,
        (false, true) => Some(name.to_owned()),
        (true, false) => Some(relationship.to_owned()),
        (false, false) => Some(loc.msg_with("summary-writer-with-relationship", &args)),
    }
}

fn children(children: &[Child], loc: &Localizer) -> Option<String> {
    let lines: Vec<String> = children
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| {
            let mut args = FluentArgs::new();
            args.set("name", c.name.trim().to_owned());
            match (c.age, c.date_of_birth) {
                (_, Some(born)) => {
                    args.set("date", loc.long_date(born));
                    loc.msg_with("summary-child-born", &args)
                }
                (Some(age), None) => {
                    args.set("age", age);
                    loc.msg_with("summary-child-aged", &args)
                }
                (None, None) => c.name.trim().to_owned(),
            }
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The conference in words: its kind, its day and time, how it happens.
pub fn conference(conf: &Conference, loc: &Localizer) -> Option<String> {
    let mut lines = Vec::new();
    if let Some(kind) = conf.kind {
        lines.push(loc.msg(match kind {
            ConferenceKind::Initial => "conference-kind-initial",
            ConferenceKind::Review => "conference-kind-review",
        }));
    }
    if let Some(date) = conf.date {
        let mut args = FluentArgs::new();
        args.set("date", loc.long_date(date));
        lines.push(match conf.time {
            Some(time) => {
                args.set("time", loc.time_of_day(time));
                loc.msg_with("summary-date-at-time", &args)
            }
            None => loc.long_date(date),
        });
    }
    if let Some(format) = conf.format {
        lines.push(loc.msg(match format {
            MeetingFormat::InPerson => "meeting-format-in-person",
            MeetingFormat::Video => "meeting-format-video",
            MeetingFormat::Mixed => "meeting-format-mixed",
            MeetingFormat::Phone => "meeting-format-phone",
        }));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn helper(c: &Contribution, loc: &Localizer) -> Option<String> {
    let h = &c.about.helper;
    let role = match h.kind {
        HelperKind::Nobody => return None,
        HelperKind::Supporter => "helper-supporter",
        HelperKind::Advocate => "helper-advocate",
        HelperKind::SocialWorker => "helper-social-worker",
        HelperKind::Interpreter => "helper-interpreter",
    };
    if h.name.trim().is_empty() {
        return Some(loc.msg(role));
    }
    let mut args = FluentArgs::new();
    args.set("role", loc.msg(role));
    args.set("name", h.name.trim().to_owned());
    Some(loc.msg_with("summary-helper-with-name", &args))
}
