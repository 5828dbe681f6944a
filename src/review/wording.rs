//! A message's wording as an interpreter reads and edits it: the Fluent source of one pattern,
//! its placeables (`{ $name }`, which must survive any suggestion), and its variants (one per
//! plural form or other choice), each as text and locked placeables.

use fluent_syntax::ast::{
    Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement, Resource, VariantKey,
};
use serde::Serialize;

/// One pattern's wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Wording {
    /// The pattern as it is written in the Fluent file, without the `id =` before it and with
    /// its indentation taken off: what an interpreter edits to suggest a change.
    pub source: String,
    /// The variables it uses, sorted (`name`, not `$name`).
    pub placeables: Vec<String>,
    /// Each way the pattern can read: one, or one per variant of its choices.
    pub variants: Vec<Variant>,
}

/// One way a pattern reads, e.g. its "one" plural form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Variant {
    /// Which choice this is, e.g. `$count: one`; empty when the pattern has no choices.
    pub label: String,
    /// The text, with placeables kept apart so they can be shown locked.
    pub pieces: Vec<Piece>,
}

/// Text, or a placeable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "camelCase")]
pub enum Piece {
    /// Words as written.
    Text(String),
    /// A placeable as written in Fluent, e.g. `{ $name }`.
    Placeable(String),
}

impl Variant {
    /// The variant as plain text, placeables written as in Fluent (`{ $name }`): for paper.
    pub fn plain(&self) -> String {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Placeable(t) => t.as_str(),
            })
            .collect()
    }
}

impl Wording {
    /// Reads a pattern from a parsed Fluent file.
    pub fn of(pattern: &Pattern<&str>) -> Self {
        let owned = to_owned_pattern(pattern);
        Self {
            source: source_of(&owned),
            placeables: crate::i18n::variables(&owned).into_iter().collect(),
            variants: variants(&owned),
        }
    }

    /// Reads a suggested wording typed by an interpreter, as Fluent source. Refuses what Fluent
    /// cannot read (an unclosed `{`, say), leaves empty, or is too big to parse safely.
    pub fn parse(source: &str) -> Result<Self, WordingError> {
        let source = source.trim();
        if source.is_empty() {
            return Err(WordingError::Empty);
        }
        check_size(source)?;
        if !escapes_whole(source) {
            return Err(WordingError::NotFluent);
        }
        // The suggestion becomes the value of a message; indenting every line keeps a line that
        // starts with `[`, `*` or `.` part of the value, as in the locale files.
        let indented: String = source.lines().map(|line| format!("    {line}\n")).collect();
        let text = format!("suggestion =\n{indented}");
        let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|_| WordingError::NotFluent)?;
        match resource.body.as_slice() {
            [Entry::Message(Message { value: Some(value), attributes, .. })] if attributes.is_empty() => {
                Ok(Self::of(value))
            }
            _ => Err(WordingError::NotFluent),
        }
    }

    /// Whether every variant has some words (a blank plural form reads as nothing at all).
    pub fn has_words(&self) -> bool {
        self.variants.iter().all(|v| !v.plain().trim().is_empty())
    }
}

/// The longest suggestion read: the longest shipped wording is under 1 KiB.
pub const MAX_SUGGESTION_BYTES: usize = 16 * 1024;
/// The deepest brackets (`{` and `(`) a suggestion may open inside one another: shipped wordings
/// go three deep. Fluent's parser calls itself once per level, so a few thousand levels would
/// overflow the stack and end the app; this is checked before it ever parses.
pub const MAX_NESTING: usize = 16;

/// Refuses text too long, or with brackets nested too deep, for Fluent's parser to be given.
pub fn check_size(text: &str) -> Result<(), WordingError> {
    if text.len() > MAX_SUGGESTION_BYTES || !shallow(text) {
        return Err(WordingError::TooBig);
    }
    Ok(())
}

/// Whether no brackets in `text` go deeper than `MAX_NESTING`: what any Fluent text from
/// outside the app (a suggestion, an export) must be before it is parsed. Brackets are counted
/// wherever they are, even inside quotes: that only ever refuses more.
pub fn shallow(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' | '(' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return false;
                }
            }
            '}' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}

/// Whether every `\u` and `\U` in `text` is followed by its hex digits, or else by a character
/// of one byte. fluent-syntax 0.12 panics on a short escape whose digits run into a letter of
/// more than one byte (it cuts the text inside the letter to quote it in the error): found by
/// the fuzz target `suggestion`. Such text is refused as not Fluent before it is parsed; like
/// `shallow`, this looks everywhere, inside quotes or not, so it only ever refuses more.
pub fn escapes_whole(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().all(|(i, pair)| {
        let digits = match pair {
            [b'\\', b'u'] => 4,
            [b'\\', b'U'] => 6,
            _ => return true,
        };
        let after = &bytes[i + 2..];
        let hex = after.iter().take(digits).take_while(|b| b.is_ascii_hexdigit()).count();
        hex == digits || after.get(hex).is_none_or(u8::is_ascii)
    })
}

/// Why a suggested wording cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WordingError {
    /// Nothing was written.
    #[error("the suggestion is empty")]
    Empty,
    /// Fluent cannot read it: usually a `{` or `}` too many or too few.
    #[error("the suggestion is not valid Fluent")]
    NotFluent,
    /// Longer than `MAX_SUGGESTION_BYTES`, or brackets deeper than `MAX_NESTING`.
    #[error("the suggestion is too long or too deeply nested to check")]
    TooBig,
    /// It leaves out placeables the wording needs, or names ones that do not exist.
    #[error("the suggestion changes the placeables: missing {missing:?}, unknown {unknown:?}")]
    Placeables {
        /// Placeables of the current wording that the suggestion lacks.
        missing: Vec<String>,
        /// Placeables in the suggestion that the current wording does not have.
        unknown: Vec<String>,
    },
}

/// Every way the pattern reads: a choice multiplies the variants of what comes before it.
fn variants(pattern: &Pattern<String>) -> Vec<Variant> {
    let mut out = vec![Variant { label: String::new(), pieces: Vec::new() }];
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                for v in &mut out {
                    push_text(&mut v.pieces, value);
                }
            }
            PatternElement::Placeable { expression: Expression::Select { selector, variants: choices } } => {
                let selector = inline_source(selector);
                let mut next = Vec::new();
                for v in &out {
                    for choice in choices {
                        let key = match &choice.key {
                            VariantKey::Identifier { name } => name.clone(),
                            VariantKey::NumberLiteral { value } => value.clone(),
                        };
                        let key = if choice.default { format!("{key} (default)") } else { key };
                        for inner in variants(&choice.value) {
                            let mut label = v.label.clone();
                            if !label.is_empty() {
                                label.push_str(", ");
                            }
                            label.push_str(&format!("{selector}: {key}"));
                            if !inner.label.is_empty() {
                                label.push_str(&format!(", {}", inner.label));
                            }
                            let mut pieces = v.pieces.clone();
                            for piece in inner.pieces {
                                match piece {
                                    Piece::Text(t) => push_text(&mut pieces, &t),
                                    placeable => pieces.push(placeable),
                                }
                            }
                            next.push(Variant { label, pieces });
                        }
                    }
                }
                out = next;
            }
            PatternElement::Placeable { expression: Expression::Inline(inline) } => {
                let piece = match inline {
                    // A quoted literal (`{ "" }`, `{ "[" }`) is text that Fluent needs escaped.
                    InlineExpression::StringLiteral { value } => Piece::Text(value.clone()),
                    other => Piece::Placeable(format!("{{ {} }}", inline_source(other))),
                };
                for v in &mut out {
                    match &piece {
                        Piece::Text(t) => push_text(&mut v.pieces, t),
                        p => v.pieces.push(p.clone()),
                    }
                }
            }
        }
    }
    for v in &mut out {
        trim_pieces(&mut v.pieces);
    }
    out
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        pieces.push(Piece::Text(text.to_owned()));
    }
}

/// Takes off the white space Fluent's layout leaves at a variant's ends.
fn trim_pieces(pieces: &mut Vec<Piece>) {
    if let Some(Piece::Text(first)) = pieces.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        *last = last.trim_end().to_owned();
    }
    pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
}

/// An inline expression as Fluent writes it, e.g. `$count` or `NUMBER($n)`.
fn inline_source(inline: &InlineExpression<String>) -> String {
    let source = source_of(&Pattern {
        elements: vec![PatternElement::Placeable { expression: Expression::Inline(inline.clone()) }],
    });
    source.trim().trim_start_matches('{').trim_end_matches('}').trim().to_owned()
}

/// A pattern as Fluent source, through fluent-syntax's own serializer.
fn source_of(pattern: &Pattern<String>) -> String {
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name: "x".to_owned() },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let body = text.strip_prefix("x =").unwrap_or(&text);
    match body.strip_prefix(' ') {
        // On one line: `x = words`.
        Some(line) => line.trim_end().to_owned(),
        // On lines of their own, each indented by four spaces.
        None => body
            .trim_start_matches('\n')
            .trim_end()
            .lines()
            .map(|line| line.strip_prefix("    ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// An owned copy of a pattern, so wordings outlive the file text they were parsed from.
fn to_owned_pattern(pattern: &Pattern<&str>) -> Pattern<String> {
    // fluent-syntax's AST is generic over its string type; going through the serializer and
    // parser again is the one conversion it offers, and it keeps exactly the same meaning.
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let parsed = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    match parsed.body.into_iter().next() {
        Some(Entry::Message(Message { value: Some(value), .. })) => value,
        _ => Pattern { elements: Vec::new() },
    }
}

/// Checks a suggestion keeps exactly the placeables of the wording it replaces: a dropped one
/// loses words the family or the app fills in; a renamed one is shown as an error by Fluent.
pub fn check_placeables(current: &Wording, suggested: &Wording) -> Result<(), WordingError> {
    let missing: Vec<String> =
        current.placeables.iter().filter(|p| !suggested.placeables.contains(p)).cloned().collect();
    let unknown: Vec<String> =
        suggested.placeables.iter().filter(|p| !current.placeables.contains(p)).cloned().collect();
    if missing.is_empty() && unknown.is_empty() {
        Ok(())
    } else {
        Err(WordingError::Placeables { missing, unknown })
    }
}
