//! Languages and messages: every word the app shows or prints comes from the Fluent files under
//! `locales/`, embedded in the binary so the app works from any folder and with no network.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// The language every other locale is checked against, and the fallback for a missing message.
pub const SOURCE_LOCALE: &str = SOURCE.tag;

/// Which way a script is written; the UI sets `dir` from it and the PDF lays out lines by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (Latin, Bengali, Gurmukhi…).
    Ltr,
    /// Right to left (Arabic, Urdu, Farsi).
    Rtl,
}

/// A language the app ships, with its Fluent files.
#[derive(Debug)]
pub struct Locale {
    /// The BCP 47 tag, also the folder name under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, as a speaker would look for it in a list.
    pub native_name: &'static str,
    /// The direction of its script.
    pub direction: Direction,
    /// Whether a qualified interpreter has checked its wording. Until then the chooser and the
    /// PDF say so (`summary-translation-note`).
    pub reviewed: bool,
    /// `(file name, file text)` for each Fluent file.
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! locale_files {
    ($tag:literal) => {
        &[
            ("ui.ftl", include_str!(concat!("../locales/", $tag, "/ui.ftl"))),
            ("prompts.ftl", include_str!(concat!("../locales/", $tag, "/prompts.ftl"))),
            ("summary.ftl", include_str!(concat!("../locales/", $tag, "/summary.ftl"))),
            ("errors.ftl", include_str!(concat!("../locales/", $tag, "/errors.ftl"))),
            ("dates.ftl", include_str!(concat!("../locales/", $tag, "/dates.ftl"))),
            ("timeline.ftl", include_str!(concat!("../locales/", $tag, "/timeline.ftl"))),
            ("guide.ftl", include_str!(concat!("../locales/", $tag, "/guide.ftl"))),
            ("vault.ftl", include_str!(concat!("../locales/", $tag, "/vault.ftl"))),
            ("child.ftl", include_str!(concat!("../locales/", $tag, "/child.ftl"))),
        ]
    };
}

macro_rules! locales {
    ($source:expr; $($tag:literal, $name:literal, $direction:ident, $reviewed:literal;)+) => {
        &[$source, $(Locale {
            tag: $tag,
            native_name: $name,
            direction: Direction::$direction,
            reviewed: $reviewed,
            files: locale_files!($tag),
        }),+]
    };
}

/// The source language, English, written out once so that it needs no looking up.
const SOURCE: Locale = Locale {
    tag: "en-GB",
    native_name: "English (UK)",
    direction: Direction::Ltr,
    reviewed: true,
    files: locale_files!("en-GB"),
};

/// The source language first, then the languages families in England speak most at home, as
/// the issue lists them. Each is named in itself, as a speaker would look for it.
static LOCALES: &[Locale] = locales![
    SOURCE;
    "pl", "Polski", Ltr, false;
    "ro", "Română", Ltr, false;
    "pa", "ਪੰਜਾਬੀ", Ltr, false;
    "ur", "اردو", Rtl, false;
    "bn", "বাংলা", Ltr, false;
    "tr", "Türkçe", Ltr, false;
    "pt", "Português", Ltr, false;
    "es", "Español", Ltr, false;
    "lt", "Lietuvių", Ltr, false;
    "gu", "ગુજરાતી", Ltr, false;
    "so", "Soomaali", Ltr, false;
    "ar", "العربية", Rtl, false;
    "sq", "Shqip", Ltr, false;
    "fa", "فارسی", Rtl, false;
];

/// Files only the source language has: the interpreters' review screen, which is always in
/// English because it is where translations are checked against English (a review screen in the
/// translation being checked would be circular).
static SOURCE_ONLY_FILES: &[(&str, &str)] = &[("review.ftl", include_str!("../locales/en-GB/review.ftl"))];

/// Every language the app ships, the source language first.
pub fn locales() -> &'static [Locale] {
    LOCALES
}

/// The source language, English.
pub fn source() -> &'static Locale {
    &SOURCE
}

impl Locale {
    /// Every Fluent file this language ships: its translated files, and for the source language
    /// also the files only it has.
    pub fn shipped_files(&self) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        let source_only = if self.tag == SOURCE_LOCALE { SOURCE_ONLY_FILES } else { &[] };
        self.files.iter().chain(source_only)
    }
}

/// The shipped language that best matches what the person asked for, in order of preference
/// (the operating system's languages, e.g. `["pl-PL", "en-GB"]`), falling back to en-GB.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static Locale {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.as_ref().parse().ok()).collect();
    // Every shipped tag parses (the locale tests say so); none is dropped here.
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|l| l.tag.parse().ok()).collect();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    chosen.first().and_then(|tag| LOCALES.iter().find(|l| l.tag == tag.to_string())).unwrap_or(&SOURCE)
}

/// Why a language could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    /// The app does not ship this language.
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    /// A shipped Fluent file does not parse; the locale lint test exists to stop this landing.
    #[error("the {tag} file {file} has Fluent errors")]
    BrokenFile {
        /// The language tag.
        tag: String,
        /// The file that failed.
        file: String,
    },
}

/// Whether placeables are wrapped in Unicode isolation marks (U+2068…U+2069).
///
/// The webview handles them and needs them for mixed-direction text; the PDF shapes its own
/// text and prints them as nothing at best, so it turns them off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isolation {
    /// For text shown in the UI.
    On,
    /// For text printed in the PDF.
    Off,
}

/// Formats messages in one language, falling back to en-GB for any message a locale lacks.
pub struct Localizer {
    locale: &'static Locale,
    /// The language's own messages; none for English, whose messages are `english`.
    own: Option<FluentBundle<FluentResource>>,
    /// English, for the source language itself and for any message a translation lacks.
    english: &'static FluentBundle<FluentResource>,
    /// Whether an interpreter signed off this language on this computer (see `review`).
    signed_off: bool,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.locale.tag).finish()
    }
}

impl Localizer {
    /// The source language, English, which every translation is checked against and falls back
    /// to. It cannot fail: its messages are read once from the files built into the app.
    pub fn english(isolation: Isolation) -> Self {
        Self { locale: &SOURCE, own: None, english: english_messages(isolation), signed_off: false }
    }

    /// Loads a shipped language by its tag.
    pub fn new(tag: &str, isolation: Isolation) -> Result<Self, I18nError> {
        let locale = find(tag).ok_or_else(|| I18nError::UnknownLanguage(tag.to_owned()))?;
        if locale.tag == SOURCE_LOCALE {
            return Ok(Self::english(isolation));
        }
        let own = Some(bundle(locale, isolation)?);
        Ok(Self { locale, own, english: english_messages(isolation), signed_off: false })
    }

    /// The language's own messages first, then English.
    fn bundles(&self) -> impl Iterator<Item = &FluentBundle<FluentResource>> {
        self.own.iter().chain(std::iter::once(self.english))
    }

    /// The same localizer, told whether a qualified interpreter's sign-off recorded on this
    /// computer still covers every message of its language (`review::Review::covers`).
    pub fn signed_off(mut self, signed_off: bool) -> Self {
        self.signed_off = signed_off;
        self
    }

    /// The language in use.
    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    /// Whether a qualified interpreter has checked this language's wording: when it shipped
    /// reviewed, or when a sign-off recorded here still covers every message. Until then the
    /// chooser and the PDF say the translation is unchecked.
    pub fn is_checked(&self) -> bool {
        self.locale.reviewed || self.signed_off
    }

    /// A message with no arguments.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// A message with arguments.
    pub fn msg_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, None, Some(args))
    }

    /// An attribute of a message (`.hint`), if the message has it.
    pub fn attr(&self, id: &str, attribute: &str) -> Option<String> {
        self.bundles().find_map(|b| {
            let pattern = b.get_message(id)?.get_attribute(attribute)?.value();
            let mut errors = Vec::new();
            Some(b.format_pattern(pattern, None, &mut errors).into_owned())
        })
    }

    /// Every message of one Fluent file, formatted without arguments: the static words of the
    /// screens, sent to the UI in one piece.
    pub fn file_messages(&self, file: &str) -> BTreeMap<String, String> {
        message_ids(self.locale, file)
            .into_iter()
            .map(|id| {
                let text = self.msg(&id);
                (id, text)
            })
            .collect()
    }

    /// Every static word the screens show, in one piece for the page: the family's screens and
    /// the child's journey in this language, and the interpreters' review screen in English
    /// whatever the family chose (the review is checked against English).
    pub fn screen_words(&self) -> BTreeMap<String, String> {
        let mut words = self.file_messages("ui.ftl");
        words.extend(self.file_messages("child.ftl"));
        words.extend(Localizer::english(Isolation::On).file_messages("review.ftl"));
        words
    }

    /// A date in words, e.g. "Wednesday 3 December 2026".
    pub fn long_date(&self, date: NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("weekday", self.msg(&format!("weekday-{}", date.weekday().number_from_monday())));
        args.set("day", date.day());
        args.set("month", self.msg(&format!("month-{}", date.month())));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.msg_with("date-long", &args)
    }

    /// A time of day as people in this language say it, e.g. "10:30am".
    pub fn time_of_day(&self, time: NaiveTime) -> String {
        let (pm, hour12) = time.hour12();
        let mut args = FluentArgs::new();
        args.set("hour12", hour12.to_string());
        args.set("hour24", format!("{:02}", time.hour()));
        args.set("minute", format!("{:02}", time.minute()));
        args.set("period", self.msg(if pm { "time-pm" } else { "time-am" }));
        self.msg_with("time-of-day", &args)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        for b in self.bundles() {
            let Some(message) = b.get_message(id) else { continue };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        // A missing id is a bug the locale tests catch; showing the id beats showing nothing.
        id.to_owned()
    }
}

fn find(tag: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// English's messages, read once from the files built into the app and shared by every localizer.
fn english_messages(isolation: Isolation) -> &'static FluentBundle<FluentResource> {
    static ISOLATED: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| read_english(Isolation::On));
    static PLAIN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| read_english(Isolation::Off));
    match isolation {
        Isolation::On => &ISOLATED,
        Isolation::Off => &PLAIN,
    }
}

/// English from its built-in files, which cannot fail: a message that did not parse would be
/// left out and shown as its id, and a locale test proves every English message reads whole.
fn read_english(isolation: Isolation) -> FluentBundle<FluentResource> {
    // A constant tag that parses, so the default (no language) is never taken.
    let mut bundle = FluentBundle::new_concurrent(vec![SOURCE.tag.parse().unwrap_or_default()]);
    bundle.set_use_isolating(isolation == Isolation::On);
    for (_, text) in SOURCE.shipped_files() {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn bundle(locale: &Locale, isolation: Isolation) -> Result<FluentBundle<FluentResource>, I18nError> {
    let langid: LanguageIdentifier = locale.tag.parse().map_err(|_| I18nError::UnknownLanguage(locale.tag.into()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolation == Isolation::On);
    for (file, text) in locale.shipped_files() {
        let broken = || I18nError::BrokenFile { tag: locale.tag.into(), file: (*file).into() };
        let resource = FluentResource::try_new((*text).to_owned()).map_err(|_| broken())?;
        bundle.add_resource(resource).map_err(|_| broken())?;
    }
    Ok(bundle)
}

fn message_ids(locale: &Locale, file: &str) -> Vec<String> {
    let Some((_, text)) = locale.shipped_files().find(|(name, _)| *name == file) else {
        return Vec::new();
    };
    let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The variables a Fluent pattern uses anywhere in it: in a choice's selector and every
/// variant, inside nested placeables and as a function's arguments (`NUMBER($count)`). One walk
/// for the interpreters' check of a suggestion and for the tests of the locales.
pub fn variables<S: AsRef<str>>(pattern: &ast::Pattern<S>) -> std::collections::BTreeSet<String> {
    fn in_expression<S: AsRef<str>>(expression: &ast::Expression<S>, out: &mut std::collections::BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(inline) => in_inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                in_inline(selector, out);
                for variant in variants {
                    out.extend(variables(&variant.value));
                }
            }
        }
    }
    fn in_inline<S: AsRef<str>>(inline: &ast::InlineExpression<S>, out: &mut std::collections::BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.as_ref().to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    in_inline(argument, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => in_expression(expression, out),
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            in_expression(expression, &mut out);
        }
    }
    out
}
