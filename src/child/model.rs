//! What a child or young person writes and draws, kept exactly as they made it, with their
//! choice, answer by answer and drawing by drawing, of what the meeting may see.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::journey::{Band, HouseId};

/// The version of this format; a draft from a newer app is refused, never half-read.
pub const FORMAT_VERSION: u32 = 1;

/// A child's own views.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChildViews {
    /// See [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The language of the questions.
    pub language: String,
    /// Which wording the questions use; `None` until chosen (or worked out from the age).
    pub band: Option<Band>,
    /// Their first name.
    pub name: String,
    /// Their age in years.
    pub age: Option<u8>,
    /// Who helped them, if anyone.
    pub helper: ChildHelper,
    /// The three houses, each with their words and drawing.
    pub houses: BTreeMap<HouseId, House>,
    /// Answers to the other questions, by question ("people", "know", "happen", "part").
    pub answers: BTreeMap<String, Shared>,
    /// Whether and how they want to take part in the meeting.
    pub taking_part: Option<TakingPart>,
}

impl ChildViews {
    /// The wording the questions use: the band the child (or their helper) chose, or else the
    /// one their age suggests, or the middle one when neither is known.
    pub fn band_to_use(&self) -> Band {
        self.band.or(self.age.map(Band::for_age)).unwrap_or(Band::Middle)
    }
}

/// Who helped the child.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChildHelper {
    /// Their role.
    pub kind: ChildHelperKind,
    /// Their name.
    pub name: String,
}

/// The role of the person helping.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChildHelperKind {
    /// Nobody helped.
    #[default]
    Nobody,
    /// An independent advocate.
    Advocate,
    /// A social worker.
    SocialWorker,
    /// Someone in their family.
    Family,
    /// A friend.
    Friend,
    /// An interpreter.
    Interpreter,
}

/// One house: its name (if the child renamed it), its picture, words and drawing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct House {
    /// The child's own name for it; empty for the usual name.
    pub name: String,
    /// The picture they chose for it.
    pub symbol: Option<Symbol>,
    /// What they wrote.
    pub words: Shared,
    /// What they drew.
    pub drawing: Option<Drawing>,
}

/// Words, and whether the meeting may see them. Private until the child says yes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Shared {
    /// Exactly as written.
    pub text: String,
    /// Whether it goes in the PDF.
    pub share: bool,
}

/// A drawing as a PNG image, and whether the meeting may see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Drawing {
    /// The PNG as a `data:image/png;base64,…` URL, as the canvas gives it.
    pub png: String,
    /// Whether it goes in the PDF.
    pub share: bool,
}

/// A picture for a house.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symbol {
    /// A sun.
    Sun,
    /// A star.
    Star,
    /// A heart.
    Heart,
    /// A cloud.
    Cloud,
    /// A rainbow.
    Rainbow,
    /// A tree.
    Tree,
}

/// How the child wants to take part in the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TakingPart {
    /// Go to all of it.
    All,
    /// Go to part of it.
    Some,
    /// Have an advocate speak for them.
    Advocate,
    /// Send their views.
    Views,
    /// Not take part, and say nothing: a choice to respect.
    None,
    /// Not decided.
    Unsure,
}

impl ChildViews {
    /// An empty journey in the given language.
    pub fn new(language: &str) -> Self {
        Self { format_version: FORMAT_VERSION, language: language.to_owned(), ..Self::default() }
    }

    /// Reads the JSON form (as saved inside a draft), checking the format version first, as
    /// [`crate::Contribution::from_json`] does.
    pub fn from_json(text: &str) -> Result<Self, crate::contribution::ContributionError> {
        let value = crate::contribution::checked_json(text, FORMAT_VERSION)?;
        serde_json::from_value(value).map_err(|e| crate::contribution::ContributionError::Invalid(e.to_string()))
    }

    /// The band chosen, or the one their age suggests, or the middle one.
    pub fn band(&self) -> Band {
        self.band.or_else(|| self.age.map(Band::for_age)).unwrap_or(Band::Middle)
    }
}

impl Drawing {
    /// The PNG's bytes, if the data URL holds a PNG.
    pub fn png_bytes(&self) -> Option<Vec<u8>> {
        use base64::Engine;
        let encoded = self.png.strip_prefix("data:image/png;base64,")?;
        base64::engine::general_purpose::STANDARD.decode(encoded).ok().filter(|b| b.starts_with(b"\x89PNG"))
    }
}
