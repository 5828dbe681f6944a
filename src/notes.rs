//! "My notes for the day": one page the family holds at the conference, with what they most
//! want to say under the headings the Chair uses, in the Chair's order, then the points from
//! the reports they want to answer, their questions for the Chair and who is coming with them.
//! The notes start from the family's contribution and are theirs to edit before printing; what
//! they edit is kept with the draft.

use serde::{Deserialize, Serialize};

use crate::contribution::{Contribution, HelperKind};
use crate::i18n::Localizer;

/// One heading of the notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotesSection {
    /// What is working well.
    WorkingWell,
    /// What the family is worried about.
    Worries,
    /// What needs to change.
    Change,
    /// Points from the professionals' reports the family wants to answer.
    Reports,
    /// Questions the family wants to ask the Chair.
    Questions,
    /// Who is coming to the conference with the family.
    Coming,
}

/// The sections in the order the page prints them: the Chair's three headings first, in the
/// order the Chair asks them.
pub const SECTIONS: [NotesSection; 6] = [
    NotesSection::WorkingWell,
    NotesSection::Worries,
    NotesSection::Change,
    NotesSection::Reports,
    NotesSection::Questions,
    NotesSection::Coming,
];

impl NotesSection {
    /// Fluent id of the heading (also printed in English under a translated one).
    pub fn title_id(self) -> &'static str {
        match self {
            NotesSection::WorkingWell => "notes-working-well",
            NotesSection::Worries => "notes-worries",
            NotesSection::Change => "notes-change",
            NotesSection::Reports => "notes-reports",
            NotesSection::Questions => "notes-questions",
            NotesSection::Coming => "notes-coming",
        }
    }

    /// The answers whose first sentence starts this section, in order.
    fn sources(self) -> &'static [&'static str] {
        match self {
            NotesSection::WorkingWell => {
                &["prompt-strengths-family", "prompt-strengths-parenting", "prompt-strengths-known"]
            }
            NotesSection::Worries => &["prompt-worries-difficulties"],
            NotesSection::Change => &["prompt-worries-change", "prompt-next-steps-after", "prompt-support-needed"],
            NotesSection::Reports => &["prompt-reports-disagree", "prompt-reports-wrong"],
            NotesSection::Questions | NotesSection::Coming => &[],
        }
    }
}

/// The family's notes: each section's text, one point a line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DayNotes {
    /// What is working well.
    pub working_well: String,
    /// What they are worried about.
    pub worries: String,
    /// What needs to change.
    pub change: String,
    /// Points from the reports to answer.
    pub reports: String,
    /// Questions for the Chair.
    pub questions: String,
    /// Who is coming with them.
    pub coming: String,
}

impl DayNotes {
    /// The text of one section.
    pub fn get(&self, section: NotesSection) -> &str {
        match section {
            NotesSection::WorkingWell => &self.working_well,
            NotesSection::Worries => &self.worries,
            NotesSection::Change => &self.change,
            NotesSection::Reports => &self.reports,
            NotesSection::Questions => &self.questions,
            NotesSection::Coming => &self.coming,
        }
    }

    fn get_mut(&mut self, section: NotesSection) -> &mut String {
        match section {
            NotesSection::WorkingWell => &mut self.working_well,
            NotesSection::Worries => &mut self.worries,
            NotesSection::Change => &mut self.change,
            NotesSection::Reports => &mut self.reports,
            NotesSection::Questions => &mut self.questions,
            NotesSection::Coming => &mut self.coming,
        }
    }

    /// The points of one section: its non-empty lines, trimmed.
    pub fn points(&self, section: NotesSection) -> Vec<&str> {
        self.get(section).lines().map(str::trim).filter(|l| !l.is_empty()).collect()
    }
}

/// The notes as the family last left them, or, if they have not edited them yet, the notes
/// made from their contribution.
pub fn for_day(c: &Contribution) -> DayNotes {
    c.day_notes.clone().unwrap_or_else(|| from_contribution(c))
}

/// Notes made afresh from the contribution: under each heading, the first sentence of each
/// answer that belongs there; the questions start empty; the person who helped prepare (a
/// friend, relative or advocate), if named, as someone who may be coming.
pub fn from_contribution(c: &Contribution) -> DayNotes {
    let mut notes = DayNotes::default();
    for section in SECTIONS {
        let lines: Vec<&str> =
            section.sources().iter().filter_map(|id| c.answer(id)).filter_map(first_sentence).collect();
        *notes.get_mut(section) = lines.join("\n");
    }
    let helper = &c.about.helper;
    if matches!(helper.kind, HelperKind::Supporter | HelperKind::Advocate) && !helper.name.trim().is_empty() {
        notes.coming = helper.name.trim().to_owned();
    }
    notes
}

/// The first sentence of an answer's first line with words in it: the note, not the whole
/// answer, since the page is for reading at a glance.
fn first_sentence(answer: &str) -> Option<&str> {
    let line = answer.lines().map(str::trim).find(|l| !l.is_empty())?;
    // Full stops of the scripts the app speaks: Latin, Arabic and Urdu, Devanagari-style dandas.
    const ENDS: [char; 7] = ['.', '!', '?', '؟', '۔', '।', '॥'];
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if ENDS.contains(&c) {
            match chars.peek() {
                None => return Some(line),
                Some((_, next)) if next.is_whitespace() => return Some(&line[..i + c.len_utf8()]),
                _ => {}
            }
        }
    }
    Some(line)
}

/// One section as the notes screen shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    /// Which section; also the field's name in [`DayNotes`] when saved.
    pub id: NotesSection,
    /// The heading, in the family's language.
    pub title: String,
    /// The text, one point a line.
    pub text: String,
}

/// The notes screen's words and the notes to edit.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NotesView {
    /// "My notes for the day".
    pub title: String,
    /// What the notes are for and how to edit them.
    pub intro: String,
    /// The print button.
    pub print: String,
    /// Each section with its heading, in print order.
    pub sections: Vec<SectionView>,
}

/// The notes screen, in the screens' language.
pub fn view(c: &Contribution, loc: &Localizer) -> NotesView {
    let notes = for_day(c);
    NotesView {
        title: loc.msg("notes-title"),
        intro: loc.msg("notes-intro"),
        print: loc.msg("notes-print"),
        sections: SECTIONS
            .iter()
            .map(|&id| SectionView { id, title: loc.msg(id.title_id()), text: notes.get(id).to_owned() })
            .collect(),
    }
}
