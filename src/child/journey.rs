//! The child's journey, screen by screen, worded for their age: which screens a band gets and
//! what each says is decided here; the screens only show it.

use serde::{Deserialize, Serialize};

use super::model::ChildViews;
use crate::i18n::Localizer;

/// Age bands: the wording (and, for the youngest, one thing per screen) follows the band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// About 5 to 7.
    Young,
    /// 8 to 11.
    Middle,
    /// 12 and over.
    Older,
}

impl Band {
    /// The band an age suggests; the child (or their helper) can choose another.
    pub fn for_age(age: u8) -> Band {
        match age {
            0..=7 => Band::Young,
            8..=11 => Band::Middle,
            _ => Band::Older,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Band::Young => "young",
            Band::Middle => "middle",
            Band::Older => "older",
        }
    }

    /// Every band, youngest first.
    pub fn all() -> [Band; 3] {
        [Band::Young, Band::Middle, Band::Older]
    }
}

/// The three houses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HouseId {
    /// The house of good things.
    Good,
    /// The house of worries.
    Worries,
    /// The house of wishes and dreams.
    Wishes,
}

impl HouseId {
    /// The houses in the order the journey visits them.
    pub fn all() -> [HouseId; 3] {
        [HouseId::Good, HouseId::Worries, HouseId::Wishes]
    }

    /// The id used in message ids and the model ("good").
    pub fn key(self) -> &'static str {
        match self {
            HouseId::Good => "good",
            HouseId::Worries => "worries",
            HouseId::Wishes => "wishes",
        }
    }

    /// The house's usual name.
    pub fn name(self, loc: &Localizer) -> String {
        loc.msg(&format!("child-house-{}", self.key()))
    }
}

/// The picture symbol beside a house or question, for children who read little or not yet:
/// the youngest band gets one on every house and question, the others none. The name is the
/// file's stem under `ui/img/` ("house-good" for `img/house-good.svg`).
pub fn picture(band: Band, house_or_question: &str) -> Option<&'static str> {
    if band != Band::Young {
        return None;
    }
    Some(match house_or_question {
        "good" => "house-good",
        "worries" => "house-worries",
        "wishes" => "house-wishes",
        "people" => "question-people",
        "know" => "question-know",
        "happen" => "question-happen",
        _ => return None,
    })
}

/// The other questions, in order, each with its own screen.
pub const QUESTIONS: [&str; 3] = ["people", "know", "happen"];

/// One screen of the journey, in words.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Step {
    /// Who is using the app, their age and who is helping.
    Who,
    /// Part of the explanation of the meeting: all of it on one screen, or one paragraph per
    /// screen for the youngest.
    Explain {
        /// The heading.
        title: String,
        /// The paragraphs.
        paragraphs: Vec<String>,
    },
    /// A house: write and draw.
    House {
        /// Which house.
        house: HouseId,
        /// Its usual name.
        title: String,
        /// The question, worded for the band.
        prompt: String,
        /// Its picture symbol, if the band has them (see [`picture`]).
        picture: Option<&'static str>,
    },
    /// One of the other questions.
    Question {
        /// Its key in the model's answers.
        id: &'static str,
        /// The heading.
        title: String,
        /// The question, worded for the band.
        prompt: String,
        /// Its picture symbol, if the band has them (see [`picture`]).
        picture: Option<&'static str>,
    },
    /// Whether and how to take part.
    TakingPart,
    /// Choosing what the meeting may see, then making the page.
    Share,
}

/// The ages the journey is for: a conference is about anyone under 18 (a plan made at 17 can be
/// reviewed at 18), and a child much younger than 3 cannot take part in this way.
pub const AGES: std::ops::RangeInclusive<u8> = 3..=crate::contribution::MAX_CHILD_AGE;

/// The journey as the screens need it: the wording it uses and its screens.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Journey {
    /// The band the questions are worded for ([`ChildViews::band_to_use`]).
    pub band: Band,
    /// The youngest age the age box takes.
    pub youngest: u8,
    /// The oldest.
    pub oldest: u8,
    /// The screens, in order.
    pub steps: Vec<Step>,
}

/// The journey for a child's views as they stand: their chosen band, or the one their age
/// suggests.
pub fn journey(v: &ChildViews, loc: &Localizer) -> Journey {
    let band = v.band_to_use();
    Journey { band, youngest: *AGES.start(), oldest: *AGES.end(), steps: steps(band, loc) }
}

/// The journey for a band, screen by screen.
pub fn steps(band: Band, loc: &Localizer) -> Vec<Step> {
    let b = band.suffix();
    let mut steps = vec![Step::Who];
    let paragraphs: Vec<String> = (1..=5).map(|n| loc.msg(&format!("child-explain-{n}-{b}"))).collect();
    let title = loc.msg("child-explain-title");
    if band == Band::Young {
        steps.extend(paragraphs.into_iter().map(|p| Step::Explain { title: title.clone(), paragraphs: vec![p] }));
    } else {
        steps.push(Step::Explain { title, paragraphs });
    }
    for house in HouseId::all() {
        let prompt = loc.msg(&format!("child-house-{}-prompt-{b}", house.key()));
        steps.push(Step::House { house, title: house.name(loc), prompt, picture: picture(band, house.key()) });
    }
    for id in QUESTIONS {
        let title = loc.msg(&format!("child-{id}-title"));
        let prompt = loc.msg(&format!("child-{id}-prompt-{b}"));
        steps.push(Step::Question { id, title, prompt, picture: picture(band, id) });
    }
    steps.push(Step::TakingPart);
    steps.push(Step::Share);
    steps
}
