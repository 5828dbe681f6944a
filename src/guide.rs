//! The guide to the conference and the glossary: which sections and terms there are, in which
//! order, and which glossary words a piece of text uses. The words live in `guide.ftl`.

use serde::Serialize;

use crate::i18n::Localizer;

/// A section of the guide: its id (`guide-<id>-title`) and how many paragraphs it has
/// (`guide-<id>-1` …).
#[derive(Debug)]
pub struct Section {
    /// The stem of its Fluent ids.
    pub id: &'static str,
    /// Its number of paragraphs.
    pub paragraphs: usize,
}

static SECTIONS: &[Section] = &[
    Section { id: "who", paragraphs: 4 },
    Section { id: "chair", paragraphs: 3 },
    Section { id: "meeting", paragraphs: 4 },
    Section { id: "video", paragraphs: 4 },
    Section { id: "decide", paragraphs: 4 },
    Section { id: "core-group", paragraphs: 2 },
    Section { id: "after", paragraphs: 3 },
    Section { id: "rights", paragraphs: 4 },
    Section { id: "complain", paragraphs: 2 },
    Section { id: "private", paragraphs: 3 },
];

/// Glossary terms, in reading order; each has `glossary-<id>-name` and `glossary-<id>-meaning`.
static GLOSSARY: &[&str] = &[
    "chair",
    "coordinator",
    "core-group",
    "plan",
    "child-in-need",
    "significant-harm",
    "physical-abuse",
    "emotional-abuse",
    "sexual-abuse",
    "neglect",
    "advocate",
    "interpreter",
    "review-conference",
    "strategy-discussion",
    "section-47",
];

/// The terms the welcome screen explains before anything else.
static FIRST_WORDS: &[&str] = &["chair", "plan", "child-in-need", "core-group", "significant-harm"];

/// The guide's sections, in reading order.
pub fn sections() -> &'static [Section] {
    SECTIONS
}

/// The glossary's term ids, in reading order.
pub fn glossary() -> &'static [&'static str] {
    GLOSSARY
}

/// The guide as the screen shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideView {
    /// The heading.
    pub title: String,
    /// The words under it.
    pub intro: String,
    /// Each section.
    pub sections: Vec<SectionView>,
    /// The glossary's heading.
    pub glossary_title: String,
    /// Every term.
    pub glossary: Vec<TermView>,
    /// The few terms the welcome screen explains before anything else.
    pub first_words: Vec<TermView>,
}

/// A section in words.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    /// The stem of its ids.
    pub id: &'static str,
    /// Its heading.
    pub title: String,
    /// Its paragraphs.
    pub paragraphs: Vec<String>,
}

/// A glossary term in words.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TermView {
    /// The term's id, for links to it.
    pub id: &'static str,
    /// The term.
    pub name: String,
    /// What it means.
    pub meaning: String,
}

/// The whole guide in one language.
pub fn guide_view(loc: &Localizer) -> GuideView {
    GuideView {
        title: loc.msg("guide-title"),
        intro: loc.msg("guide-intro"),
        sections: SECTIONS
            .iter()
            .map(|s| SectionView {
                id: s.id,
                title: loc.msg(&format!("guide-{}-title", s.id)),
                paragraphs: (1..=s.paragraphs).map(|n| loc.msg(&format!("guide-{}-{n}", s.id))).collect(),
            })
            .collect(),
        glossary_title: loc.msg("glossary-title"),
        glossary: GLOSSARY.iter().map(|id| term(id, loc)).collect(),
        first_words: FIRST_WORDS.iter().map(|id| term(id, loc)).collect(),
    }
}

fn term(id: &'static str, loc: &Localizer) -> TermView {
    TermView { id, name: loc.msg(&format!("glossary-{id}-name")), meaning: loc.msg(&format!("glossary-{id}-meaning")) }
}

/// The glossary terms a text mentions, in glossary order, matched by their name in this
/// language at the start of a word and without regard to case ("The Chair" matches "the
/// chair's", not "wheelchair").
pub fn terms_in(text: &str, loc: &Localizer) -> Vec<TermView> {
    let text = text.to_lowercase();
    GLOSSARY
        .iter()
        .map(|id| term(id, loc))
        .filter(|t| {
            let name = t.name.to_lowercase();
            let bare = name.strip_prefix("the ").unwrap_or(&name);
            // Only where the term starts a word: "wheelchair" does not mention the Chair.
            text.match_indices(bare).any(|(at, _)| !text[..at].chars().next_back().is_some_and(char::is_alphanumeric))
        })
        .collect()
}
