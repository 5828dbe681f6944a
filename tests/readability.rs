//! Easy to read: the English prompts pass a reading-age check (Flesch–Kincaid grade, from
//! textstat, which `./dev test` installs). A child of 5 to 7 reads at about grade 2, of 8 to 11
//! about grade 4, of 12 and over about grade 6; a parent's prompts aim at grade 7.
//!
//! The grade of a whole band's text is the check. A single sentence's grade swings with one long
//! word, so a sentence of six words or more fails only when it is more than two grades over its
//! band. The conference's own words (Chair, advocate, Child Protection Plan…) count as one short
//! word: a child is taught them, and the text explains each.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::Stdio;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::support::python;

/// The words the conference uses, which the prompts must keep and explain.
const TERMS: [&str; 12] = [
    "child protection conference",
    "Child Protection Plan",
    "Child in Need plan",
    "social workers",
    "social worker",
    "advocates",
    "advocate",
    "interpreters",
    "interpreter",
    "conference",
    "core group",
    "significant harm",
];

/// Highest grade for each band's text, and how far over it one sentence may go.
const LIMITS: [(&str, f64); 4] = [("young", 2.0), ("middle", 4.0), ("older", 6.0), ("parent", 7.0)];
const ONE_SENTENCE_MARGIN: f64 = 2.0;
const SHORTEST_SENTENCE_CHECKED: usize = 6;

/// A message's words as a reader sees them: a variable reads as "it", a choice as its default.
fn words(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                if let Some(default) = variants.iter().find(|v| v.default) {
                    words(&default.value, out);
                }
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                out.push_str(value)
            }
            PatternElement::Placeable { .. } => out.push_str("it"),
        }
    }
}

/// Every message of an English Fluent file, with the band that reads it.
fn messages(file: &str, band_of: impl Fn(&str) -> Vec<&'static str>) -> Vec<(String, &'static str, String)> {
    let text = std::fs::read_to_string(format!("{}/locales/en-GB/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("the English text parses");
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let Some(value) = &message.value else { continue };
            let mut said = String::new();
            words(value, &mut said);
            for band in band_of(message.id.name) {
                out.push((message.id.name.to_owned(), band, said.clone()));
            }
        }
    }
    out
}

/// The child's messages by the band named at the end of their id; the rest every band reads.
fn child_band(id: &str) -> Vec<&'static str> {
    match LIMITS.iter().find(|(band, _)| id.ends_with(&format!("-{band}"))) {
        Some((band, _)) => vec![*band],
        None => vec!["young", "middle", "older"],
    }
}

fn with_terms_as_one_word(text: &str) -> String {
    let mut out = text.to_owned();
    for term in TERMS {
        // Case-blind, as a sentence may begin with one.
        while let Some(at) = out.to_lowercase().find(&term.to_lowercase()) {
            out.replace_range(at..at + term.len(), "term");
        }
    }
    out
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '?' | '!' | ':' | ';') && chars.peek().is_none_or(|next| next.is_whitespace()) {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// Flesch–Kincaid grades of each text, from textstat.
fn grades(texts: &[String]) -> Vec<f64> {
    let script = "import json, sys, textstat\n\
                  print(json.dumps([textstat.flesch_kincaid_grade(t) for t in json.load(sys.stdin)]))";
    let mut child = python()
        .arg("-c")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("Python runs (./dev test installs textstat for it)");
    child.stdin.take().unwrap().write_all(serde_json::to_string(texts).unwrap().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "textstat failed (./dev test installs it)");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_prompts_read_at_the_age_they_are_written_for() {
    let mut all = messages("child.ftl", child_band);
    all.extend(messages("prompts.ftl", |_| vec!["parent"]));

    let mut passages: BTreeMap<&str, String> = BTreeMap::new();
    let mut checked: Vec<(String, &str, String)> = Vec::new();
    for (id, band, text) in &all {
        let plain = with_terms_as_one_word(text);
        for sentence in sentences(&plain) {
            if sentence.split_whitespace().count() >= SHORTEST_SENTENCE_CHECKED {
                checked.push((id.clone(), band, sentence.clone()));
            }
            // A label without a full stop still ends a sentence in the band's text.
            let passage = passages.entry(band).or_default();
            passage.push_str(&sentence);
            passage.push_str(if sentence.ends_with(['.', '?', '!']) { " " } else { ". " });
        }
    }
    let limit = |band: &str| LIMITS.iter().find(|(b, _)| *b == band).unwrap().1;

    let texts: Vec<String> = passages.values().cloned().chain(checked.iter().map(|(_, _, s)| s.clone())).collect();
    let graded = grades(&texts);
    let (of_bands, of_sentences) = graded.split_at(passages.len());
    let mut problems = Vec::new();
    for ((band, _), grade) in passages.iter().zip(of_bands) {
        println!("{band}: grade {grade:.1} (at most {})", limit(band));
        if *grade > limit(band) {
            problems.push(format!("the {band} text as a whole reads at grade {grade:.1}, over {}", limit(band)));
        }
    }
    for ((id, band, sentence), grade) in checked.iter().zip(of_sentences) {
        if *grade > limit(band) + ONE_SENTENCE_MARGIN {
            problems.push(format!("{id} ({band}, grade {grade:.1}): {sentence}"));
        }
    }
    assert_eq!(passages.len(), LIMITS.len(), "every band has text");
    assert!(problems.is_empty(), "hard to read for its readers:\n{}", problems.join("\n"));
}

#[test]
fn the_grade_check_tells_easy_words_from_hard_ones() {
    let graded = grades(&[
        "The cat sat on the mat. It was warm.".to_owned(),
        "Notwithstanding considerable organisational complexity, professionals deliberated interminably.".to_owned(),
    ]);
    assert!(graded[0] <= LIMITS[0].1, "{graded:?}");
    assert!(graded[1] > LIMITS[3].1 + ONE_SENTENCE_MARGIN, "{graded:?}");
}

#[test]
fn the_conference_words_count_as_one_and_sentences_split_where_they_end() {
    assert_eq!(with_terms_as_one_word("Social workers and the Child Protection Plan."), "term and the term.");
    assert_eq!(sentences("One. Two? Three: four 1.5 five"), ["One.", "Two?", "Three:", "four 1.5 five"]);
}
