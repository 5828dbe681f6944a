//! What a child can choose to share, in the journey's order. The share screen lists these and
//! the child's page prints the ones chosen, from this one list, so the screen never offers
//! something the page leaves out, or the page prints something the screen never asked about.

use serde::Serialize;

use super::journey::{HouseId, QUESTIONS};
use super::model::{ChildViews, Shared, TakingPart};
use crate::i18n::Localizer;

/// Where a thing to share lives in the child's views, so the screen can record the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "in")]
pub enum Place {
    /// A house's words (`drawing: false`) or its drawing.
    House {
        /// Which house.
        house: HouseId,
        /// Whether it is the drawing rather than the words.
        drawing: bool,
    },
    /// The answer to one of the other questions ("people", "know", "happen", "part").
    Answer {
        /// The question.
        id: &'static str,
    },
}

/// One thing the child made, with their choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Shareable {
    /// A stable name for the screen ("good-words", "good-drawing", "people").
    pub id: String,
    /// Where it is kept.
    pub place: Place,
    /// The heading it goes under: the house's own name, or the question's title.
    pub heading: String,
    /// The words, when it is words ("part" gives the way they chose to take part first).
    pub words: Option<String>,
    /// Whether the child said the meeting may see it.
    pub shared: bool,
}

/// Everything the child made that could be shared, with their choice of each, in the order the
/// journey asked for it: each house's words and drawing, then the other questions. Empty
/// answers are left out: there is nothing to choose about.
pub fn shareable(v: &ChildViews, loc: &Localizer) -> Vec<Shareable> {
    let mut out = Vec::new();
    for house in HouseId::all() {
        let Some(h) = v.houses.get(&house) else { continue };
        let heading = if h.name.trim().is_empty() { house.name(loc) } else { h.name.trim().to_owned() };
        if has_words(&h.words) {
            out.push(Shareable {
                id: format!("{}-words", house.key()),
                place: Place::House { house, drawing: false },
                heading: heading.clone(),
                words: Some(h.words.text.clone()),
                shared: h.words.share,
            });
        }
        if let Some(drawing) = &h.drawing {
            out.push(Shareable {
                id: format!("{}-drawing", house.key()),
                place: Place::House { house, drawing: true },
                heading,
                words: None,
                shared: drawing.share,
            });
        }
    }
    for id in QUESTIONS {
        if let Some(answer) = v.answers.get(id).filter(|a| has_words(a)) {
            out.push(Shareable {
                id: id.to_owned(),
                place: Place::Answer { id },
                heading: loc.msg(&format!("child-{id}-title")),
                words: Some(answer.text.clone()),
                shared: answer.share,
            });
        }
    }
    // Taking part: the way they chose, then anything they wrote about it.
    let part = v.answers.get("part");
    let chosen = v.taking_part.map(|t| loc.msg(taking_part_id(t)));
    let written = part.filter(|a| has_words(a)).map(|a| a.text.clone());
    let words: Vec<String> = chosen.into_iter().chain(written).collect();
    if !words.is_empty() {
        out.push(Shareable {
            id: "part".to_owned(),
            place: Place::Answer { id: "part" },
            heading: loc.msg("child-pdf-taking-part"),
            words: Some(words.join("\n")),
            shared: part.is_some_and(|a| a.share),
        });
    }
    out
}

fn has_words(answer: &Shared) -> bool {
    !answer.text.trim().is_empty()
}

/// The message for a way of taking part.
pub(crate) fn taking_part_id(t: TakingPart) -> &'static str {
    match t {
        TakingPart::All => "child-part-all",
        TakingPart::Some => "child-part-some",
        TakingPart::Advocate => "child-part-advocate",
        TakingPart::Views => "child-part-views",
        TakingPart::None => "child-part-none",
        TakingPart::Unsure => "child-part-unsure",
    }
}
