//! The locale lint: every shipped Fluent file parses, and every language has exactly the source
//! language's messages, attributes and variables, with nothing left empty.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use family_voice::i18n::{self, Isolation, Localizer, SOURCE_LOCALE};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

/// For each message id: its attribute names and the variables it uses anywhere.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn shape(text: &str, what: &str) -> Shape {
    let resource =
        fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{what} does not parse: {errors:?}"));
    let mut out = Shape::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    assert!(!is_empty(value), "{what}: {} is empty", m.id.name);
                    vars.extend(i18n::variables(value));
                } else {
                    panic!("{what}: {} has no value", m.id.name);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    assert!(!is_empty(&a.value), "{what}: {}.{} is empty", m.id.name, a.id.name);
                    vars.extend(i18n::variables(&a.value));
                    attrs.insert(a.id.name.to_owned());
                }
                assert!(out.insert(m.id.name.to_owned(), (attrs, vars)).is_none(), "{what}: {} twice", m.id.name);
            }
            Entry::Junk { content } => panic!("{what} has text Fluent cannot read: {content}"),
            _ => {}
        }
    }
    out
}

fn is_empty(p: &Pattern<&str>) -> bool {
    p.elements.iter().all(|e| matches!(e, PatternElement::TextElement { value } if value.trim().is_empty()))
}

fn locale_shape(tag: &str) -> Shape {
    let locale = i18n::locales().iter().find(|l| l.tag == tag).unwrap();
    let mut all = Shape::new();
    for (file, text) in locale.files {
        for (id, s) in shape(text, &format!("{tag}/{file}")) {
            assert!(all.insert(id.clone(), s).is_none(), "{tag}: {id} is in two files");
        }
    }
    all
}

#[test]
fn every_fluent_file_on_disk_ships_in_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap();
        let tag = dir.file_name().into_string().unwrap();
        let locale = i18n::locales().iter().find(|l| l.tag == tag).unwrap_or_else(|| panic!("{tag} is not shipped"));
        for file in std::fs::read_dir(dir.path()).unwrap() {
            let name = file.unwrap().file_name().into_string().unwrap();
            let shipped = locale
                .shipped_files()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("{tag}/{name} is not shipped"));
            assert_eq!(shipped.1, std::fs::read_to_string(root.join(&tag).join(&name)).unwrap());
        }
    }
}

#[test]
fn every_locale_has_exactly_the_source_messages_attributes_and_variables() {
    let source = locale_shape(SOURCE_LOCALE);
    assert!(source.len() > 100, "the source language has its messages");
    for locale in i18n::locales() {
        let shape = locale_shape(locale.tag);
        let missing: Vec<_> = source.keys().filter(|k| !shape.contains_key(*k)).collect();
        let extra: Vec<_> = shape.keys().filter(|k| !source.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", locale.tag);
        for (id, (attrs, vars)) in &source {
            let (their_attrs, their_vars) = &shape[id];
            assert_eq!(their_attrs, attrs, "{}: {id} has other attributes than {SOURCE_LOCALE}", locale.tag);
            // A time of day may use the 24-hour clock (`$hour24`) where that is usual, and leave
            // out the 12-hour clock's variables: `Localizer::time_of_day` passes all four.
            let same = if id == "time-of-day" {
                their_vars.iter().all(|v| ["hour12", "hour24", "minute", "period"].contains(&v.as_str()))
            } else {
                their_vars == vars
            };
            assert!(same, "{}: {id} uses {their_vars:?}, {SOURCE_LOCALE} uses {vars:?}", locale.tag);
        }
    }
}

#[test]
fn english_is_built_in_whole_so_its_localizer_needs_no_error() {
    // Localizer::english leaves out what does not parse and lets a repeated id override the
    // first; here every English message must come out as its own words, from the file it is in.
    let english = Localizer::english(Isolation::Off);
    assert_eq!(english.locale().tag, SOURCE_LOCALE);
    let mut seen = BTreeSet::new();
    for (file, text) in i18n::source().shipped_files() {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            assert!(seen.insert(m.id.name), "{file}: {} is a second message of that name", m.id.name);
            assert_ne!(english.msg(m.id.name), m.id.name, "{file}: {} is missing", m.id.name);
        }
    }
}

#[test]
fn static_screen_words_have_no_variables_because_the_ui_shows_them_as_they_are() {
    for (id, (_, vars)) in shape(i18n::locales()[0].files[0].1, "ui.ftl") {
        assert!(vars.is_empty(), "ui.ftl {id} uses {vars:?}");
    }
}

#[test]
fn every_message_id_the_ui_names_exists() {
    let ui = Localizer::english(Isolation::On).screen_words();
    let mut named = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in ["data-l10n-id=\"", "t(\""] {
                let mut pieces = text.split(marker);
                let mut before = pieces.next().unwrap_or_default();
                for piece in pieces {
                    // `t("…")` is the call; `visit("…")` and `closest("…")` are not.
                    let is_call = marker.starts_with("data")
                        || !before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
                    if is_call {
                        named.insert(piece.split('"').next().unwrap().to_owned());
                    }
                    before = piece;
                }
            }
        }
    }
    assert!(named.len() > 20, "the scan found the UI's ids");
    let unknown: Vec<_> = named.iter().filter(|id| !ui.contains_key(*id)).collect();
    assert!(unknown.is_empty(), "the UI names ids that the screens' words lack: {unknown:?}");
}

#[test]
fn dates_and_times_read_in_words() {
    let loc = Localizer::new(SOURCE_LOCALE, Isolation::Off).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert_eq!(loc.long_date(date), "Thursday 3 December 2026");
    assert_eq!(loc.time_of_day(chrono::NaiveTime::from_hms_opt(14, 5, 0).unwrap()), "2:05pm");
    assert_eq!(loc.time_of_day(chrono::NaiveTime::from_hms_opt(0, 30, 0).unwrap()), "12:30am");
}

/// Every `{ $n -> … }` that chooses by plural category has a variant for each category the
/// language's whole numbers fall into (Polish "few" and "many", Arabic "zero" to "many"…).
#[test]
fn plural_choices_cover_every_category_the_language_needs() {
    use fluent_syntax::ast::VariantKey;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    for locale in i18n::locales() {
        // The plural rules are per language, not per region ("en", not "en-GB").
        let langid: unic_langid::LanguageIdentifier = locale.tag.split('-').next().unwrap().parse().unwrap();
        let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).unwrap();
        let needed: BTreeSet<&str> = (0..=1000u32)
            .map(|n| match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            })
            .collect();
        for (file, text) in locale.files {
            let resource = fluent_syntax::parser::parse(*text).unwrap();
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(value) = &m.value else { continue };
                let mut selects = Vec::new();
                collect_selects(value, &mut selects);
                for keys in selects {
                    let plural =
                        keys.iter().any(|k| ["zero", "one", "two", "few", "many", "other"].contains(&k.as_str()));
                    if !plural {
                        continue;
                    }
                    let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(**c)).collect();
                    assert!(
                        missing.is_empty(),
                        "{}/{file}: {} lacks plural variants {missing:?}",
                        locale.tag,
                        m.id.name
                    );
                }
            }
        }
        fn collect_selects(p: &Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
            for e in &p.elements {
                if let PatternElement::Placeable { expression: Expression::Select { variants, .. } } = e {
                    out.push(
                        variants
                            .iter()
                            .map(|v| match &v.key {
                                VariantKey::Identifier { name } => (*name).to_owned(),
                                VariantKey::NumberLiteral { value } => (*value).to_owned(),
                            })
                            .collect(),
                    );
                    for v in variants {
                        collect_selects(&v.value, out);
                    }
                }
            }
        }
    }
}

#[test]
fn the_operating_systems_language_picks_the_nearest_shipped_one() {
    assert_eq!(i18n::negotiate(&["en-US"]).tag, "en-GB");
    assert_eq!(i18n::negotiate(&["tlh-KX"]).tag, SOURCE_LOCALE, "an unknown language falls back to en-GB");
    assert_eq!(i18n::negotiate::<&str>(&[]).tag, SOURCE_LOCALE);
    for locale in i18n::locales() {
        let region = format!("{}-GB", locale.tag.split('-').next().unwrap());
        assert_eq!(i18n::negotiate(&[region.as_str(), "en-GB"]).tag, locale.tag, "{region}");
    }
}
