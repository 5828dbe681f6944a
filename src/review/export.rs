//! The file maintainers apply to `locales/`: every suggested wording as a Fluent message, with
//! the translator's note and the interpreter's comment above it.
//!
//! Fluent rather than JSON because it is the locale files' own language: the suggestions read
//! exactly as they will in `locales/<tag>/`, the same parser and lint check them, a diff shows
//! the change, and the interpreter's reasons ride along as comments. An attribute's suggestion
//! is a message with only that attribute, which Fluent allows.

use std::collections::BTreeMap;

use fluent_syntax::ast::{Attribute, Comment, Entry, Identifier, Message, Pattern, Resource};

use super::catalog::Catalog;
use super::state::{Decision, Review, Status};
use super::wording::{escapes_whole, shallow};

/// The export file's first lines, which `apply` checks to know which language it is for.
const LOCALE_LINE: &str = "Language: ";

/// The suggestions of a review as a Fluent file, grouped by the locale file they belong in.
pub fn suggestions(review: &Review, catalog: &Catalog) -> String {
    let mut body = Vec::new();
    let reviewer = &review.reviewer;
    let progress = review.progress(catalog);
    let mut header = vec![
        "Family Voice: wordings suggested by a qualified interpreter.".to_owned(),
        format!("{LOCALE_LINE}{}", catalog.tag),
        format!("Reviewer: {}, register number {}", reviewer.name.trim(), reviewer.register_number.trim()),
        format!("Date: {}", reviewer.date.map(|d| d.to_string()).unwrap_or_default()),
        format!("Messages version: {}", catalog.version()),
        format!(
            "Reviewed {} of {}: {} approved, {} need a change.",
            progress.reviewed, progress.total, progress.approved, progress.needs_change
        ),
        "Each message below replaces the one with the same id in locales/<tag>/<file>;".to_owned(),
        "apply them with: cargo run --bin family-voice-review -- apply <this file>".to_owned(),
    ];
    header.retain(|line| !line.is_empty());
    body.push(Entry::ResourceComment(Comment { content: header }));

    let mut file = "";
    for item in &catalog.items {
        if review.status(item) != Status::NeedsChange {
            continue;
        }
        let Some(Decision::NeedsChange { comment, suggestion }) = review.decision(item) else { continue };
        if suggestion.is_empty() {
            continue;
        }
        if item.file != file {
            file = item.file;
            body.push(Entry::GroupComment(Comment { content: vec![file.to_owned()] }));
        }
        let mut notes = Vec::new();
        if !item.note.is_empty() {
            notes.push(item.note.clone());
        }
        notes.push(format!("Was: {}", item.translation.source.replace('\n', " ")));
        if !comment.is_empty() {
            notes.push(format!("Interpreter: {}", comment.replace('\n', " ")));
        }
        // Checked when made and again when the review was read; one that still fails is left out
        // rather than ending the export.
        let Some(pattern) = parse_pattern(suggestion) else { continue };
        let (id, attribute) = match item.key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (item.key.as_str(), None),
        };
        let message = match attribute {
            None => Message {
                id: Identifier { name: id.to_owned() },
                value: Some(pattern),
                attributes: Vec::new(),
                comment: Some(Comment { content: notes }),
            },
            Some(attribute) => Message {
                id: Identifier { name: id.to_owned() },
                value: None,
                attributes: vec![Attribute { id: Identifier { name: attribute.to_owned() }, value: pattern }],
                comment: Some(Comment { content: notes }),
            },
        };
        body.push(Entry::Message(message));
    }
    fluent_syntax::serializer::serialize(&Resource { body })
}

/// Why an export could not be applied.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApplyError {
    /// The file is not valid Fluent.
    #[error("the export is not valid Fluent")]
    NotFluent,
    /// The file does not say which language it is for.
    #[error("the export does not name its language")]
    NoLanguage,
    /// A suggested message is not in any of the language's files.
    #[error("no locale file has the message {0}")]
    UnknownMessage(String),
}

/// The language an export is for.
pub fn language_of(export: &str) -> Result<String, ApplyError> {
    parse_export(export)?
        .body
        .iter()
        .find_map(|e| match e {
            Entry::ResourceComment(c) => {
                c.content.iter().find_map(|line| line.strip_prefix(LOCALE_LINE).map(|t| t.trim().to_owned()))
            }
            _ => None,
        })
        .ok_or(ApplyError::NoLanguage)
}

/// Applies an export to a language's files (`(file name, text)`), returning the files it
/// changes with their new text. Only the suggested messages change: each is written back as
/// fluent-syntax writes it, in its place, and the rest of the file is left byte for byte.
pub fn apply(files: &[(String, String)], export: &str) -> Result<Vec<(String, String)>, ApplyError> {
    let resource = parse_export(export)?;
    let mut changed: BTreeMap<String, String> = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(suggested) = entry else { continue };
        let name = suggested.id.name;
        let (file, text) = files
            .iter()
            .find(|(file, text)| {
                let text = changed.get(file).unwrap_or(text);
                find(text, name).is_some()
            })
            .ok_or_else(|| ApplyError::UnknownMessage(name.to_owned()))?;
        let text = changed.get(file).cloned().unwrap_or_else(|| text.clone());
        let (start, end, mut current) = find(&text, name).ok_or_else(|| ApplyError::UnknownMessage(name.to_owned()))?;
        if let Some(value) = suggested.value {
            current.value = Some(value);
        }
        for attribute in suggested.attributes {
            match current.attributes.iter_mut().find(|a| a.id.name == attribute.id.name) {
                Some(existing) => existing.value = attribute.value,
                None => current.attributes.push(attribute),
            }
        }
        let rewritten = serialize_message(&current);
        changed.insert(file.clone(), format!("{}{}{}", &text[..start], rewritten, &text[end..]));
    }
    Ok(changed.into_iter().collect())
}

/// Parses an export, refusing one whose brackets nest too deep for the parser (see
/// `wording::shallow`): exports come from outside the app.
fn parse_export(export: &str) -> Result<Resource<&str>, ApplyError> {
    if !shallow(export) || !escapes_whole(export) {
        return Err(ApplyError::NotFluent);
    }
    fluent_syntax::parser::parse(export).map_err(|_| ApplyError::NotFluent)
}

/// Where a message is in a file's text (from its id to its last line, without its comment) and
/// what it says. In Fluent every line of a message after the first is indented, so the message
/// ends before the next line that starts at the margin; blank lines at its end are not its own.
fn find<'a>(text: &'a str, id: &str) -> Option<(usize, usize, Message<&'a str>)> {
    let mut offset = 0;
    let mut start = None;
    let mut end = text.len();
    for line in text.split_inclusive('\n') {
        match start {
            None => {
                let rest = line.strip_prefix(id).map(str::trim_start);
                if rest.is_some_and(|r| r.starts_with('=')) {
                    start = Some(offset);
                }
            }
            Some(_) if line.starts_with(|c: char| !c.is_whitespace()) => {
                end = offset;
                break;
            }
            Some(_) => {}
        }
        offset += line.len();
    }
    let start = start?;
    let end = start + text[start..end].trim_end().len() + 1;
    let end = end.min(text.len());
    let resource = fluent_syntax::parser::parse(&text[start..end]).ok()?;
    match resource.body.into_iter().next() {
        Some(Entry::Message(m)) if m.id.name == id => Some((start, end, m)),
        _ => None,
    }
}

fn serialize_message<'s, S: fluent_syntax::parser::Slice<'s>>(message: &Message<S>) -> String
where
    Message<S>: Clone,
{
    let mut bare = message.clone();
    bare.comment = None;
    fluent_syntax::serializer::serialize(&Resource { body: vec![Entry::Message(bare)] })
}

fn parse_pattern(source: &str) -> Option<Pattern<String>> {
    let indented: String = source.lines().map(|line| format!("    {line}\n")).collect();
    let resource = fluent_syntax::parser::parse(format!("x =\n{indented}")).ok()?;
    match resource.body.into_iter().next() {
        Some(Entry::Message(Message { value: Some(value), .. })) => Some(value),
        _ => None,
    }
}
