//! A wording as the family would see it: formatted by Fluent in its language with sample values,
//! once for each plural form (or other choice) it has, so an interpreter reads every form.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::i18n::{Isolation, Localizer};

/// The wording filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// Which sample this is, e.g. `$count = 2`; empty when there is only one.
    pub label: String,
    /// The text as the family would read it.
    pub text: String,
}

/// The sample a variable gets when nothing chooses by it.
enum Sample {
    Number(i64),
    Text(&'static str),
    Message(&'static str),
    Date,
    Time,
    LanguageName,
}

/// Plausible values for every variable the locale files use, read from the files' comments.
const SAMPLES: &[(&str, Sample)] = &[
    ("age", Sample::Number(9)),
    ("count", Sample::Number(3)),
    ("day", Sample::Number(3)),
    ("min", Sample::Number(12)),
    ("number", Sample::Number(2)),
    ("page", Sample::Number(1)),
    ("pages", Sample::Number(4)),
    ("score", Sample::Number(7)),
    ("total", Sample::Number(6)),
    ("date", Sample::Date),
    ("time", Sample::Time),
    ("language", Sample::LanguageName),
    ("name", Sample::Text("Sam")),
    ("relationship", Sample::Text("mum")),
    ("package", Sample::Text("fonts-noto-core")),
    ("year", Sample::Text("2026")),
    ("hour12", Sample::Text("10")),
    ("hour24", Sample::Text("10")),
    ("minute", Sample::Text("30")),
    ("role", Sample::Message("helper-advocate")),
    ("script", Sample::Message("script-bengali")),
    ("holiday", Sample::Message("holiday-spring")),
    ("weekday", Sample::Message("weekday-3")),
    ("month", Sample::Message("month-12")),
    ("period", Sample::Message("time-am")),
];

/// The wording (Fluent source, as in [`super::Wording::source`]) formatted in `loc`'s language:
/// one preview per choice of each variable it chooses by.
pub fn previews(source: &str, loc: &Localizer, isolation: Isolation) -> Vec<Preview> {
    let indented: String = source.lines().map(|line| format!("    {line}\n")).collect();
    let text = format!("preview =\n{indented}");
    let Ok(resource) = FluentResource::try_new(text.clone()) else { return Vec::new() };
    let langid: LanguageIdentifier = loc.locale().tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(isolation == Isolation::On);
    if bundle.add_resource(resource).is_err() {
        return Vec::new();
    }
    let Some(pattern) = bundle.get_message("preview").and_then(|m| m.value()) else { return Vec::new() };

    let choosers = choosers(&text, &langid);
    let mut combinations: Vec<Vec<(String, Chosen)>> = vec![Vec::new()];
    for (variable, choices) in &choosers {
        combinations = combinations
            .into_iter()
            .flat_map(|done| {
                choices.iter().map(move |choice| {
                    let mut next = done.clone();
                    next.push((variable.clone(), choice.clone()));
                    next
                })
            })
            .collect();
    }
    combinations
        .into_iter()
        .map(|chosen| {
            let mut args = FluentArgs::new();
            for (name, sample) in SAMPLES {
                args.set(*name, sample_value(sample, loc));
            }
            let mut label = Vec::new();
            for (variable, choice) in &chosen {
                match choice {
                    Chosen::Number(n) => {
                        args.set(variable.clone(), *n);
                        label.push(format!("${variable} = {n}"));
                    }
                    Chosen::Key(key) => {
                        args.set(variable.clone(), key.clone());
                        label.push(format!("${variable} = {key}"));
                    }
                }
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
            Preview { label: label.join(", "), text }
        })
        .collect()
}

#[derive(Clone, Debug)]
enum Chosen {
    Number(i64),
    Key(String),
}

/// For each variable a choice is made by, the values that show each of its variants: for plural
/// forms, the smallest whole number of each category the language has.
fn choosers(text: &str, langid: &LanguageIdentifier) -> BTreeMap<String, Vec<Chosen>> {
    let mut out: BTreeMap<String, Vec<Chosen>> = BTreeMap::new();
    let Ok(resource) = fluent_syntax::parser::parse(text) else { return out };
    let Some(Entry::Message(message)) = resource.body.first() else { return out };
    let Some(value) = &message.value else { return out };
    let mut selects = Vec::new();
    collect_selects(value, &mut selects);
    for (variable, keys) in selects {
        let plural = keys.iter().any(|k| ["zero", "one", "two", "few", "many", "other"].contains(&k.as_str()));
        let choices = out.entry(variable).or_default();
        if plural {
            for n in plural_samples(langid) {
                if !choices.iter().any(|c| matches!(c, Chosen::Number(m) if *m == n)) {
                    choices.push(Chosen::Number(n));
                }
            }
        }
        for key in keys {
            if let Ok(n) = key.parse::<i64>() {
                if !choices.iter().any(|c| matches!(c, Chosen::Number(m) if *m == n)) {
                    choices.push(Chosen::Number(n));
                }
            } else if !plural {
                choices.push(Chosen::Key(key));
            }
        }
    }
    out
}

fn collect_selects(pattern: &Pattern<&str>, out: &mut Vec<(String, Vec<String>)>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: Expression::Select { selector, variants } } = element {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => (*name).to_owned(),
                        VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                out.push((id.name.to_owned(), keys));
            }
            for v in variants {
                collect_selects(&v.value, out);
            }
        }
    }
}

/// The smallest whole number in each plural category of the language, in order.
fn plural_samples(langid: &LanguageIdentifier) -> Vec<i64> {
    // Plural rules are per language, not per region ("en", not "en-GB").
    let language: LanguageIdentifier = langid.language.as_str().parse().unwrap_or_default();
    let Ok(rules) = PluralRules::create(language, PluralRuleType::CARDINAL) else { return vec![1, 2] };
    let mut seen: Vec<PluralCategory> = Vec::new();
    let mut samples = Vec::new();
    for n in 0..=200i64 {
        if let Ok(category) = rules.select(n) {
            if !seen.contains(&category) {
                seen.push(category);
                samples.push(n);
            }
        }
    }
    samples
}

/// The date a preview shows: worked out when the app is built, so a date that does not exist
/// would stop the build rather than the screen.
const SAMPLE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 12, 3) {
    Some(date) => date,
    None => panic!("3 December 2026 is a date"),
};

/// The time of day a preview shows, checked when the app is built as the date is.
const SAMPLE_TIME: NaiveTime = match NaiveTime::from_hms_opt(10, 30, 0) {
    Some(time) => time,
    None => panic!("10:30 is a time of day"),
};

fn sample_value(sample: &Sample, loc: &Localizer) -> FluentValue<'static> {
    match sample {
        Sample::Number(n) => FluentValue::from(*n),
        Sample::Text(t) => FluentValue::from(*t),
        Sample::Message(id) => FluentValue::from(loc.msg(id)),
        Sample::Date => FluentValue::from(loc.long_date(SAMPLE_DATE)),
        Sample::Time => FluentValue::from(loc.time_of_day(SAMPLE_TIME)),
        Sample::LanguageName => FluentValue::from(loc.locale().native_name),
    }
}
