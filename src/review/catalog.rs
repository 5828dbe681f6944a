//! Everything an interpreter reviews in one language: each message (and each attribute, which
//! shows on its own, like a question's hint) with its English, its translation, where it appears,
//! who reads it and the translator's note; and the conference terms that must read the same
//! everywhere.

use fluent_syntax::ast::{self, Entry};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::wording::Wording;
use crate::i18n::{self, Locale};

/// One wording to review.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// The message id, with `.attribute` for an attribute: `prompt-strengths.hint`.
    pub key: String,
    /// The Fluent file it is in.
    pub file: &'static str,
    /// Where in the app it appears: its file's area.
    pub area: Area,
    /// The section heading (`##`) above it in the English file, if any.
    pub section: String,
    /// Who reads it.
    pub readers: Readers,
    /// The translator's note: the comment above the message in the English file.
    pub note: String,
    /// The English.
    pub english: Wording,
    /// The translation as it ships.
    pub translation: Wording,
}

/// The part of the app a file's words belong to, in the order a family meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// ui.ftl: the screens, from the welcome to the finished PDF.
    Screens,
    /// prompts.ftl: the questions of the practical page and each part.
    Questions,
    /// child.ftl: the child's own journey.
    ChildJourney,
    /// summary.ftl: the checked answers and the printed PDF.
    Pdf,
    /// guide.ftl: the guide to the conference and its words.
    Guide,
    /// timeline.ftl: what happens when.
    Timeline,
    /// vault.ftl: keeping drafts safe.
    Drafts,
    /// errors.ftl: when something goes wrong.
    Errors,
    /// dates.ftl: dates and times in words.
    Dates,
}

impl Area {
    fn of(file: &str) -> Self {
        match file {
            "ui.ftl" => Self::Screens,
            "prompts.ftl" => Self::Questions,
            "child.ftl" => Self::ChildJourney,
            "summary.ftl" => Self::Pdf,
            "guide.ftl" => Self::Guide,
            "timeline.ftl" => Self::Timeline,
            "vault.ftl" => Self::Drafts,
            "errors.ftl" => Self::Errors,
            _ => Self::Dates,
        }
    }

    /// The id of the area's name in `review.ftl`.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Screens => "interp-area-screens",
            Self::Questions => "interp-area-questions",
            Self::ChildJourney => "interp-area-child-journey",
            Self::Pdf => "interp-area-pdf",
            Self::Guide => "interp-area-guide",
            Self::Timeline => "interp-area-timeline",
            Self::Drafts => "interp-area-drafts",
            Self::Errors => "interp-area-errors",
            Self::Dates => "interp-area-dates",
        }
    }
}

/// Who reads a message: the register an interpreter checks it against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readers {
    /// Parents and carers.
    Parents,
    /// Children of every age, with an advocate beside them.
    Children,
    /// Children of about 5 to 7.
    ChildrenYoung,
    /// Children of 8 to 11.
    ChildrenMiddle,
    /// Young people of 12 and over.
    ChildrenOlder,
    /// The family, then the Chair and the professionals at the conference (the PDF).
    Meeting,
}

impl Readers {
    fn of(file: &str, id: &str) -> Self {
        match file {
            "child.ftl" if id.ends_with("-young") => Self::ChildrenYoung,
            "child.ftl" if id.ends_with("-middle") => Self::ChildrenMiddle,
            "child.ftl" if id.ends_with("-older") => Self::ChildrenOlder,
            "child.ftl" => Self::Children,
            "summary.ftl" => Self::Meeting,
            _ => Self::Parents,
        }
    }

    /// The id of the readers' description in `review.ftl`.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Parents => "interp-readers-parents",
            Self::Children => "interp-readers-children",
            Self::ChildrenYoung => "interp-readers-children-young",
            Self::ChildrenMiddle => "interp-readers-children-middle",
            Self::ChildrenOlder => "interp-readers-children-older",
            Self::Meeting => "interp-readers-meeting",
        }
    }
}

/// A conference word that must be translated the same way wherever it appears.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// The glossary entry it comes from, e.g. `glossary-chair-name`.
    pub id: String,
    /// The English term, e.g. "Chair".
    pub english: String,
    /// This language's term, as its glossary gives it (without the English in brackets).
    pub translation: String,
}

/// Everything to review in one language.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// The language's tag.
    pub tag: String,
    /// Each file's opening note (who reads it and how to write for them), by file name.
    pub file_notes: Vec<(&'static str, String)>,
    /// The wordings, in the order of the English files.
    pub items: Vec<Item>,
    /// The conference terms, from the glossary.
    pub terms: Vec<Term>,
}

impl Catalog {
    /// The catalog of a shipped language other than English.
    pub fn of(locale: &Locale) -> Self {
        let files: Vec<(String, String)> =
            locale.files.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned())).collect();
        Self::of_files(locale.tag, &files)
    }

    /// The catalog of a language's files as given (`(file name, text)`), e.g. with an
    /// interpreter's suggestions applied; a message a file lacks reads as its English.
    pub fn of_files(tag: &str, files: &[(String, String)]) -> Self {
        let source = i18n::source();
        let mut items = Vec::new();
        let mut file_notes = Vec::new();
        for (file, english_text) in source.files {
            let translated_text = files.iter().find(|(name, _)| name == file).map_or("", |(_, text)| text.as_str());
            let english = fluent_syntax::parser::parse(*english_text).unwrap_or_else(|(partial, _)| partial);
            let translated = fluent_syntax::parser::parse(translated_text).unwrap_or_else(|(partial, _)| partial);
            let mut section = String::new();
            let mut note_of_file = None;
            for entry in &english.body {
                match entry {
                    Entry::GroupComment(comment) => section = comment.content.join(" "),
                    Entry::Comment(comment) | Entry::ResourceComment(comment) if note_of_file.is_none() => {
                        note_of_file = Some(comment.content.join(" "));
                    }
                    Entry::Message(message) => {
                        let theirs = find_message(&translated, message.id.name);
                        let note = message.comment.as_ref().map(|c| c.content.join(" ")).unwrap_or_default();
                        let mut push =
                            |key: String, english: &ast::Pattern<&str>, theirs: Option<&ast::Pattern<&str>>| {
                                items.push(Item {
                                    key,
                                    file,
                                    area: Area::of(file),
                                    section: section.clone(),
                                    readers: Readers::of(file, message.id.name),
                                    note: note.clone(),
                                    english: Wording::of(english),
                                    translation: theirs.map_or_else(|| Wording::of(english), Wording::of),
                                });
                            };
                        if let Some(value) = &message.value {
                            push(message.id.name.to_owned(), value, theirs.and_then(|m| m.value.as_ref()));
                        }
                        for attribute in &message.attributes {
                            let their_attribute = theirs
                                .and_then(|m| m.attributes.iter().find(|a| a.id.name == attribute.id.name))
                                .map(|a| &a.value);
                            push(
                                format!("{}.{}", message.id.name, attribute.id.name),
                                &attribute.value,
                                their_attribute,
                            );
                        }
                    }
                    _ => {}
                }
            }
            file_notes.push((*file, note_of_file.unwrap_or_default()));
        }
        let terms = terms(&items);
        Self { tag: tag.to_owned(), file_notes, items, terms }
    }

    /// The item with this key.
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// A fingerprint of every wording, English and translated: "which version of the messages"
    /// a sign-off covered, short enough to print.
    pub fn version(&self) -> String {
        let mut hash = Sha256::new();
        for item in &self.items {
            for part in [item.key.as_str(), &item.english.source, &item.translation.source] {
                hash.update(part.as_bytes());
                hash.update([0]);
            }
        }
        hash.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
    }

    /// The terms whose translation an item's translation does not use, although its English
    /// uses the term: a hint to look again, since a word can be inflected or rightly rephrased.
    pub fn terms_missing_in(&self, item: &Item) -> Vec<&Term> {
        let english = all_text(&item.english).to_lowercase();
        let translated = all_text(&item.translation).to_lowercase();
        self.terms
            .iter()
            .filter(|term| item.key != term.id && contains_term(&english, &term.english.to_lowercase()))
            .filter(|term| !uses_translation(&translated, &term.translation.to_lowercase()))
            .collect()
    }
}

fn find_message<'a>(resource: &'a ast::Resource<&'a str>, id: &str) -> Option<&'a ast::Message<&'a str>> {
    resource.body.iter().find_map(|e| match e {
        Entry::Message(m) if m.id.name == id => Some(m),
        _ => None,
    })
}

/// The glossary's names are the conference's terms: each is translated once there, with the
/// English after it in brackets, and should read the same wherever else it is used.
fn terms(items: &[Item]) -> Vec<Term> {
    items
        .iter()
        .filter(|i| i.file == "guide.ftl" && i.key.starts_with("glossary-") && i.key.ends_with("-name"))
        .map(|i| {
            let english = i.english.source.trim();
            let english = english.strip_prefix("The ").unwrap_or(english);
            let translation = i.translation.source.trim();
            // "Plan ochrony dziecka (Child Protection Plan)": the bracket repeats the English.
            let translation = match translation.rfind(" (") {
                Some(at) if translation.ends_with(')') => &translation[..at],
                _ => translation,
            };
            Term { id: i.key.clone(), english: english.to_owned(), translation: translation.trim().to_owned() }
        })
        .collect()
}

fn all_text(wording: &Wording) -> String {
    wording.variants.iter().map(|v| v.plain()).collect::<Vec<_>>().join("\n")
}

/// Whether English text uses a term as a whole word or phrase.
fn contains_term(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a translation uses a term's translation, allowing for endings: each word of the term
/// must appear, its last two letters free when it is five letters or longer (Polish
/// "przewodniczący" / "przewodniczącego", Turkish "Başkanı" / "Başkanının").
fn uses_translation(text: &str, term: &str) -> bool {
    term.split_whitespace().all(|word| {
        let letters: Vec<char> = word.chars().collect();
        let stem: String =
            if letters.len() >= 5 { letters[..letters.len() - 2].iter().collect() } else { word.to_owned() };
        text.contains(&stem)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_found_with_another_ending() {
        assert!(uses_translation("spotkanie prowadzi przewodniczącego", "przewodniczący"));
        assert!(!uses_translation("spotkanie prowadzi ktoś", "przewodniczący"));
        assert!(contains_term("the chair's meeting", "chair"));
        assert!(!contains_term("a wheelchair", "chair"));
    }
}
