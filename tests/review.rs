//! Interpreter review: what an interpreter sees of a language, their decisions and sign-off, the
//! files they hand back, and that a sign-off ends the "not yet checked" notice until a wording
//! changes.

use family_voice::i18n::{self, Isolation, Localizer, SOURCE_LOCALE};
use family_voice::pdf::{self, FontBook};
use family_voice::review::{
    self, Area, Catalog, Decision, Piece, Readers, Review, ReviewError, Reviewer, Status, Wording, WordingError,
};
use family_voice::Explain;

use crate::languages::assert_extracted;
use crate::support::{made_on, pdf_text, save};

fn locale(tag: &str) -> &'static i18n::Locale {
    i18n::locales().iter().find(|l| l.tag == tag).unwrap()
}

fn reviewer() -> Reviewer {
    Reviewer { name: "Nadia Rahman".into(), register_number: "NRPSI 12345".into(), date: Some(made_on()) }
}

fn needs_change(comment: &str, suggestion: &str) -> Decision {
    Decision::NeedsChange { comment: comment.into(), suggestion: suggestion.into() }
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("family-voice-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_catalog_has_every_english_wording_with_where_it_appears_and_who_reads_it() {
    let catalog = Catalog::of(locale("ur"));
    let mut expected = 0;
    for (file, text) in locale(SOURCE_LOCALE).files {
        let resource = fluent_syntax::parser::parse(*text).unwrap();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                expected += usize::from(m.value.is_some()) + m.attributes.len();
                assert!(catalog.item(m.id.name).is_some() || m.value.is_none(), "{file}: {}", m.id.name);
            }
        }
    }
    assert_eq!(catalog.items.len(), expected);
    assert!(catalog.item("interp-title").is_none(), "the review screen's own words are not reviewed");

    let hint = catalog.item("prompt-strengths-family.hint").unwrap();
    assert_eq!(hint.area, Area::Questions);
    assert_eq!(hint.readers, Readers::Parents);
    assert!(hint.note.contains("hint") || !hint.english.source.is_empty());
    let young = catalog.items.iter().find(|i| i.key.ends_with("-young")).unwrap();
    assert_eq!((young.area, young.readers), (Area::ChildJourney, Readers::ChildrenYoung));
    assert!(catalog.items.iter().any(|i| i.readers == Readers::ChildrenOlder));
    assert_eq!(catalog.item("summary-title").unwrap().readers, Readers::Meeting);
    assert_eq!(catalog.item("welcome-title").map(|i| i.section.as_str()), Some("Welcome screen"));

    let writer = catalog.item("summary-writer-with-relationship").unwrap();
    assert_eq!(writer.english.placeables, ["name", "relationship"]);
    assert_eq!(writer.english.source, "{ $name } ({ $relationship })");
    assert!(writer.note.contains("$relationship"), "the translator's note comes along");
    assert!(writer.translation.variants[0].pieces.contains(&Piece::Placeable("{ $name }".into())));
    assert!(catalog.file_notes.iter().any(|(file, note)| *file == "child.ftl" && note.contains("age bands")));
}

#[test]
fn every_plural_form_is_shown_with_a_sample_number_of_its_own() {
    let catalog = Catalog::of(locale("ar"));
    let item = catalog.item("timeline-reports-body").unwrap();
    // Arabic has six plural forms; the English has two.
    assert_eq!(item.english.variants.len(), 2);
    assert_eq!(item.translation.variants.len(), 6, "{:?}", item.translation.variants);
    assert!(item.translation.variants.iter().any(|v| v.label.contains("$count: few")));

    let arabic = Localizer::new("ar", Isolation::On).unwrap();
    let previews = review::previews(&item.translation.source, &arabic, Isolation::On);
    let labels: Vec<_> = previews.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["$count = 0", "$count = 1", "$count = 2", "$count = 3", "$count = 11", "$count = 100"]);
    assert!(previews.iter().all(|p| !p.text.contains("$count") && !p.text.is_empty()));
    // Dates and times read as the family would see them.
    let english = Localizer::new(SOURCE_LOCALE, Isolation::Off).unwrap();
    let date = review::previews(
        &catalog.item("timeline-when-on").map_or_else(
            || catalog.items.iter().find(|i| i.english.placeables == ["date"]).unwrap().english.source.clone(),
            |i| i.english.source.clone(),
        ),
        &english,
        Isolation::Off,
    );
    assert!(date[0].text.contains("Thursday 3 December 2026"), "{date:?}");
}

#[test]
fn progress_counts_each_status_and_a_review_round_trips_through_its_file() {
    let catalog = Catalog::of(locale("ur"));
    let mut r = Review::new("ur");
    r.reviewer = reviewer();
    r.decide(&catalog, "app-name", Decision::Approved).unwrap();
    r.decide(&catalog, "prompt-strengths-family", Decision::Approved).unwrap();
    r.decide(&catalog, "summary-title", needs_change("Too formal.", "میرے خاندان کی بات")).unwrap();
    let p = r.progress(&catalog);
    assert_eq!((p.reviewed, p.approved, p.needs_change, p.changed), (3, 2, 1, 0));
    assert_eq!(p.total, catalog.items.len());

    let dir = temp_dir("round-trip");
    let path = dir.join("ur.json");
    r.save(&path).unwrap();
    let back = Review::load(&path, "ur").unwrap();
    assert_eq!(back, r);
    assert_eq!(back.progress(&catalog), p);
    assert_eq!(Review::load(&dir.join("missing.json"), "ur").unwrap(), Review::new("ur"));

    r.undecide("app-name");
    assert_eq!(r.progress(&catalog).approved, 1);
}

#[test]
fn a_changed_english_or_translation_reopens_its_wording() {
    let mut catalog = Catalog::of(locale("ur"));
    let mut r = Review::new("ur");
    r.decide(&catalog, "app-name", Decision::Approved).unwrap();
    r.decide(&catalog, "summary-title", needs_change("", "خاندان کی بات")).unwrap();
    let item = catalog.items.iter_mut().find(|i| i.key == "app-name").unwrap();
    item.english.source.push_str(" (new)");
    let item = catalog.items.iter_mut().find(|i| i.key == "summary-title").unwrap();
    item.translation.source.push_str(" ۔");
    assert_eq!(r.status(catalog.item("app-name").unwrap()), Status::Changed);
    assert_eq!(r.status(catalog.item("summary-title").unwrap()), Status::Changed);
    assert!(r.decision(catalog.item("app-name").unwrap()).is_none());
    let p = r.progress(&catalog);
    assert_eq!((p.reviewed, p.approved, p.changed), (0, 0, 2));
}

#[test]
fn a_suggestion_that_drops_or_renames_a_placeable_or_breaks_fluent_is_refused() {
    let catalog = Catalog::of(locale("ur"));
    let mut r = Review::new("ur");
    let key = "summary-writer-with-relationship";
    let refused =
        |r: &mut Review, suggestion: &str| r.decide(&catalog, key, needs_change("", suggestion)).expect_err(suggestion);
    match refused(&mut r, "{ $name }") {
        ReviewError::Wording(WordingError::Placeables { missing, unknown }) => {
            assert_eq!((missing, unknown), (vec!["relationship".to_owned()], vec![]));
        }
        other => panic!("{other:?}"),
    }
    let renamed = refused(&mut r, "{ $name } ({ $relation })");
    assert_eq!(renamed.code(), "review.suggestion-placeables");
    let english = Localizer::new(SOURCE_LOCALE, Isolation::On).unwrap();
    let message = family_voice::Problem::explain(&renamed, &english).message;
    assert!(message.contains("{ $relationship }"), "{message}");
    assert_eq!(refused(&mut r, "{ $name } ({ $relationship )").code(), "review.suggestion-not-fluent");
    assert_eq!(refused(&mut r, "   ").code(), "review.suggestion-empty");
    // Brackets thousands deep would overflow the parser's stack and end the app; far too long a
    // suggestion is refused before it is read. Both say why, in plain words.
    let deep =
        ["{".repeat(4096), "{ $name } ".to_owned() + &"{ ".repeat(65_536), "{ F(".repeat(20) + "{ $relationship }"];
    for deep in deep {
        let too_big = refused(&mut r, &deep);
        assert_eq!(too_big.code(), "review.suggestion-too-big", "{} bytes", deep.len());
        let message = family_voice::Problem::explain(&too_big, &english).message;
        assert!(message.contains("too long"), "{message}");
    }
    let long = format!("{{ $name }} ({{ $relationship }}) {}", "word ".repeat(4000));
    assert_eq!(refused(&mut r, &long).code(), "review.suggestion-too-big");
    assert!(r.verdicts.is_empty(), "a refused suggestion changes nothing");

    // A plural wording keeps its forms; an empty form is refused.
    let plural = "timeline-reports-body";
    let source = catalog.item(plural).unwrap().translation.source.clone();
    r.decide(&catalog, plural, needs_change("Smoother.", &source.replacen("رپورٹیں", "رپورٹس", 1))).unwrap();
    // A comment alone is a decision too.
    r.decide(&catalog, key, needs_change("Brackets read oddly.", "")).unwrap();
    assert_eq!(r.progress(&catalog).needs_change, 2);
}

#[test]
fn the_suggestions_file_is_fluent_and_applying_it_gives_the_suggested_wordings() {
    let catalog = Catalog::of(locale("ur"));
    let mut r = Review::new("ur");
    r.reviewer = reviewer();
    r.decide(&catalog, "app-name", Decision::Approved).unwrap();
    r.decide(&catalog, "summary-title", needs_change("Warmer, please.", "ہمارے خاندان کی بات")).unwrap();
    r.decide(&catalog, "prompt-strengths-family.hint", needs_change("", "مثال کے طور پر روزمرہ کی باتیں")).unwrap();
    let plural = catalog.item("timeline-reports-body").unwrap().translation.source.replacen("کم از کم", "کم سے کم", 1);
    r.decide(&catalog, "timeline-reports-body", needs_change("Plainer.", &plural)).unwrap();

    let export = review::suggestions(&r, &catalog);
    let parsed = fluent_syntax::parser::parse(export.as_str()).expect("the export parses as Fluent");
    let ids: Vec<_> = parsed
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    assert_eq!(ids, ["prompt-strengths-family", "summary-title", "timeline-reports-body"], "{export}");
    assert!(export.contains("# Interpreter: Warmer, please."));
    assert!(export.contains("NRPSI 12345"));
    assert_eq!(review::language_of(&export).unwrap(), "ur");

    let files: Vec<(String, String)> =
        locale("ur").files.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned())).collect();
    let changed = review::apply(&files, &export).unwrap();
    let names: Vec<_> = changed.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["prompts.ftl", "summary.ftl", "timeline.ftl"]);
    let mut applied = files.clone();
    for (name, text) in &changed {
        applied.iter_mut().find(|(n, _)| n == name).unwrap().1 = text.clone();
        let before = &files.iter().find(|(n, _)| n == name).unwrap().1;
        // Only the suggested message's lines change.
        let kept = before.lines().filter(|l| text.lines().any(|m| m == *l)).count();
        assert!(kept + 8 >= before.lines().count(), "{name} changed more than the suggestion");
    }
    let after = Catalog::of_files("ur", &applied);
    assert_eq!(after.item("summary-title").unwrap().translation.source, "ہمارے خاندان کی بات");
    assert_eq!(after.item("timeline-reports-body").unwrap().translation.source, plural);
    let hint = &after.item("prompt-strengths-family.hint").unwrap().translation.source;
    assert!(hint.contains("روزمرہ کی باتیں"), "{hint}");
    assert_eq!(
        after.item("prompt-strengths-family").unwrap().translation,
        catalog.item("prompt-strengths-family").unwrap().translation,
        "the question keeps its wording when only its hint changes"
    );
    assert_eq!(after.item("app-name").unwrap().translation, catalog.item("app-name").unwrap().translation);
}

/// Every wording of every language, suggested with a mark added at its end, comes back from the
/// suggestions file into the right message with nothing else of it changed. (The translation
/// sent back exactly as it is would be no suggestion at all.)
#[test]
fn every_message_of_every_language_can_be_found_and_written_back() {
    const MARK: &str = " ✓";
    for locale in i18n::locales().iter().filter(|l| l.tag != SOURCE_LOCALE) {
        let catalog = Catalog::of(locale);
        let mut r = Review::new(locale.tag);
        for item in &catalog.items {
            let marked = format!("{}{MARK}", item.translation.source);
            r.decide(&catalog, &item.key, needs_change("", &marked))
                .unwrap_or_else(|e| panic!("{}: {}: {e}", locale.tag, item.key));
        }
        let files: Vec<(String, String)> =
            locale.files.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned())).collect();
        let changed =
            review::apply(&files, &review::suggestions(&r, &catalog)).unwrap_or_else(|e| panic!("{}: {e}", locale.tag));
        let mut applied = files.clone();
        for (name, text) in changed {
            applied.iter_mut().find(|(n, _)| *n == name).unwrap().1 = text;
        }
        let after = Catalog::of_files(locale.tag, &applied);
        for (a, b) in after.items.iter().zip(&catalog.items) {
            assert_eq!(a.translation.source, format!("{}{MARK}", b.translation.source), "{}: {}", locale.tag, a.key);
        }
    }
}

#[test]
fn a_sign_off_needs_every_wording_approved_and_lapses_when_one_changes() {
    let mut catalog = Catalog::of(locale("fa"));
    let mut r = Review::new("fa");
    assert_eq!(r.sign_off(&catalog).unwrap_err().code(), "review.reviewer-incomplete");
    r.reviewer = reviewer();
    for item in catalog.items.iter().skip(1) {
        r.decide(&catalog, &item.key, Decision::Approved).unwrap();
    }
    match r.sign_off(&catalog) {
        Err(ReviewError::NotAllApproved(1)) => {}
        other => panic!("{other:?}"),
    }
    let first = catalog.items[0].key.clone();
    r.decide(&catalog, &first, Decision::Approved).unwrap();
    let signed = r.sign_off(&catalog).unwrap().clone();
    assert_eq!(signed.messages, catalog.version());
    assert_eq!(signed.reviewer, reviewer());
    assert!(r.covers(&catalog));

    let loc = Localizer::new("fa", Isolation::Off).unwrap();
    assert!(!loc.is_checked());
    assert!(loc.signed_off(r.covers(&catalog)).is_checked());

    catalog.items[5].translation.source.push('!');
    assert!(!r.covers(&catalog), "a changed wording brings the notice back");
    assert_ne!(catalog.version(), signed.messages);
}

#[test]
fn a_signed_off_language_prints_no_unchecked_note() {
    let fonts = FontBook::from_system().unwrap();
    let mut c = family_voice::Contribution::new("fa");
    c.answers.insert("prompt-strengths-family".into(), "ما با هم شام می‌خوریم.".into());
    // The note is printed in Farsi, then in English.
    let note = Localizer::new(SOURCE_LOCALE, Isolation::Off).unwrap().msg("summary-translation-note");
    for (signed, name) in [(false, "review-fa-unchecked.pdf"), (true, "review-fa-checked.pdf")] {
        let loc = Localizer::new("fa", Isolation::Off).unwrap().signed_off(signed);
        let text = pdf_text(&save(name, &pdf::render_with(&c, &loc, made_on(), &fonts).unwrap()));
        assert_eq!(text.contains("qualified interpreter"), !signed, "{name}: {note}");
    }
}

#[test]
fn a_review_file_that_is_not_a_review_or_is_too_new_is_refused() {
    let dir = temp_dir("bad-files");
    let path = dir.join("ur.json");
    std::fs::write(&path, b"\x00not json").unwrap();
    assert_eq!(Review::load(&path, "ur").unwrap_err().code(), "review.unreadable");
    std::fs::write(&path, br#"{"format": 99, "locale": "ur"}"#).unwrap();
    assert_eq!(Review::load(&path, "ur").unwrap_err().code(), "review.too-new");
    let mut other = Review::new("ar");
    other.reviewer = reviewer();
    other.save(&path).unwrap();
    assert_eq!(Review::load(&path, "ur").unwrap_err().code(), "review.unreadable", "another language's review");

    // A saved suggestion is read as if it were typed again: one edited by hand into brackets
    // thousands deep makes the file unreadable, and is never given to Fluent's parser.
    let catalog = Catalog::of(locale("ur"));
    let mut saved = Review::new("ur");
    saved.reviewer = reviewer();
    saved.decide(&catalog, "summary-writer-with-relationship", needs_change("Odd.", "")).unwrap();
    saved.save(&path).unwrap();
    assert!(Review::load(&path, "ur").is_ok(), "the review as saved opens");
    let json = std::fs::read_to_string(&path).unwrap();
    let deep = "{".repeat(100_000);
    let edited = json.replacen(r#""suggestion": """#, &format!(r#""suggestion": "{deep}""#), 1);
    assert!(edited.contains(&deep), "the test put the deep suggestion in: {json}");
    std::fs::write(&path, edited).unwrap();
    assert_eq!(Review::load(&path, "ur").unwrap_err().code(), "review.unreadable");
    // And a file far bigger than any review is refused without being read whole.
    std::fs::write(&path, vec![b' '; 17 * 1024 * 1024]).unwrap();
    assert_eq!(Review::load(&path, "ur").unwrap_err().code(), "review.unreadable");
}

#[test]
fn the_review_pdf_is_tagged_in_english_with_each_translation_marked_in_its_language() {
    let mut catalog = Catalog::of(locale("ur"));
    // Ten wordings of each area: poppler takes seconds to read the whole review's structure.
    let mut seen = Vec::new();
    catalog.items.retain(|item| {
        seen.push(item.area);
        seen.iter().filter(|&&area| area == item.area).count() <= 10
    });
    let mut r = Review::new("ur");
    r.reviewer = reviewer();
    let rendered = pdf::render_review_with(&r, &catalog, &FontBook::from_system().unwrap()).unwrap();
    let s = crate::pdf::structure("review-tagged-ur.pdf", &rendered.bytes);
    assert_eq!(s.lang, SOURCE_LOCALE);
    assert!(s.shows_title && s.title.starts_with("Translation review"), "{}", s.title);
    // poppler gives right-to-left words here in the order they are drawn, so only the start.
    assert!(s.texts("H1")[0].starts_with("Translation review: "));
    let headings = s.texts("H2");
    assert_eq!(headings[0], "Terms that must read the same everywhere");
    // A bookmark for each area of the app, in the order of the headings.
    assert!(s.outline.len() >= 2 && crate::pdf::in_order(&headings, &s.outline), "{:?}", s.outline);
    let paragraphs = s.texts("P");
    assert!(paragraphs.contains(&"Reviewer: Nadia Rahman".to_owned()));
    assert!(paragraphs.contains(&"Chair".to_owned()));
    // Every translation and term in Urdu, and nothing else in another language.
    assert!(s.langs.iter().all(|l| l == "ur"), "{:?}", s.langs);
    assert!(s.langs.len() >= catalog.items.len() + catalog.terms.len(), "{} of {}", s.langs.len(), catalog.items.len());
    assert!(!s.all_text().contains("Page 1 of"), "footers are artefacts");
}

#[test]
fn the_review_pdf_has_the_english_the_translation_and_the_verdicts() {
    let fonts = FontBook::from_system().unwrap();
    // Urdu (Nastaliq, right to left), Arabic (right to left) and Bengali (conjuncts, vowel signs).
    for (tag, rtl) in [("ur", true), ("ar", true), ("bn", false)] {
        let catalog = Catalog::of(locale(tag));
        let mut r = Review::new(tag);
        r.reviewer = reviewer();
        r.decide(&catalog, "summary-title", Decision::Approved).unwrap();
        let suggestion = catalog.item("app-name").unwrap().translation.source.clone() + " !";
        r.decide(&catalog, "app-name", needs_change("Add a full stop.", &suggestion)).unwrap();
        let rendered = pdf::render_review_with(&r, &catalog, &fonts).unwrap();
        let path = save(&format!("review-{tag}.pdf"), &rendered);
        let text = pdf_text(&path);
        let what = format!("review PDF {tag}");
        for expected in [
            "Translation review",
            "Reviewer: Nadia Rahman",
            "Register number: NRPSI 12345",
            "Approved",
            "Needs a change",
            "Add a full stop.",
            "Not reviewed yet",
            "I have checked every wording above",
            "Signature",
        ] {
            assert!(text.contains(expected), "{what}: {expected:?} missing");
        }
        let item = catalog.item("summary-title").unwrap();
        assert_extracted(&text, &item.english.source, false, &what);
        assert_extracted(&text, &item.translation.source, rtl, &what);
        let guide = catalog.item("glossary-chair-meaning").unwrap();
        assert_extracted(&text, &guide.translation.source, rtl, &what);
        assert!(rendered.pages > 10, "{what}: every wording is printed ({} pages)", rendered.pages);
        // No invisible direction marks in the text a reader copies (once around each number).
        if let Some(at) = text.find(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']) {
            let start = text[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
            let around: String = text[start..].chars().take(60).collect();
            panic!("{what}: an isolation mark in {around:?}");
        }
        assert!(text.contains("2 of "), "{what}: the progress line is there");
    }
}

#[test]
fn the_apply_command_writes_the_suggestions_into_a_copy_of_the_locales() {
    let locales = temp_dir("apply-cli");
    std::fs::create_dir_all(locales.join("ur")).unwrap();
    for (name, text) in locale("ur").files {
        std::fs::write(locales.join("ur").join(name), text).unwrap();
    }
    let catalog = Catalog::of(locale("ur"));
    let mut r = Review::new("ur");
    r.reviewer = reviewer();
    r.decide(&catalog, "summary-title", needs_change("Warmer.", "ہمارے خاندان کی بات")).unwrap();
    let export = locales.join("translation-review-ur.ftl");
    std::fs::write(&export, review::suggestions(&r, &catalog)).unwrap();

    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_family-voice-review")).args(args).output().unwrap()
    };
    let out = run(&["apply".as_ref(), export.as_os_str(), "--locales".as_ref(), locales.as_os_str()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("summary.ftl"));
    let summary = std::fs::read_to_string(locales.join("ur/summary.ftl")).unwrap();
    assert!(summary.contains("summary-title = ہمارے خاندان کی بات\n"), "{summary}");

    // A file that is not an export gets one line and a failing exit.
    let bad = locales.join("not-an-export.ftl");
    std::fs::write(&bad, "hello = there\n").unwrap();
    let out = run(&["apply".as_ref(), bad.as_os_str(), "--locales".as_ref(), locales.as_os_str()]);
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}

#[test]
fn an_export_with_brackets_thousands_deep_is_refused_before_it_is_parsed() {
    let export = format!("# locale: ur\nsummary-writer-with-relationship = {}\n", "{ ".repeat(100_000));
    assert!(matches!(review::language_of(&export), Err(review::ApplyError::NotFluent)));
    assert!(matches!(review::apply(&[], &export), Err(review::ApplyError::NotFluent)));
}

#[test]
fn a_short_escape_before_a_letter_of_several_bytes_is_refused_not_a_crash() {
    // Found by the fuzz target `suggestion`: fluent-syntax cut the text inside the "ی" to quote
    // the bad escape, and panicked.
    for text in ["{\"\\uی\"}", "ک {\"r.]\\uی KKK\"}", "{\"\\U12ی\"}", "{\"\\u12\"}"] {
        assert_eq!(Wording::parse(text), Err(WordingError::NotFluent), "{text}");
        let export = format!("# Locale: ur\nsuggestion =\n    {text}\n");
        assert!(review::language_of(&export).is_err(), "{text}");
    }
    // A whole escape, and a backslash before anything else, are still read as Fluent is.
    assert!(Wording::parse("{\"\\u0041\"} apples").is_ok());
}

#[test]
fn the_store_saves_each_decision_before_answering_and_says_when_all_are_approved() {
    let folder = temp_dir("store");
    let store = review::Store::new(folder.clone());
    let catalog = Catalog::of(locale("ur"));
    store.set_reviewer("ur", reviewer()).unwrap();
    let (first, rest) = catalog.items.split_first().unwrap();
    let decided = store.decide("ur", &first.key, Decision::Approved).unwrap();
    assert_eq!(decided.item.key, first.key);
    assert!(!decided.all_approved);
    // On disk at once: a new store over the same folder reads the decision.
    let again = review::Store::new(folder.clone());
    assert_eq!(again.open("ur").unwrap().progress.approved, 1);
    assert_eq!(again.open("ur").unwrap().reviewer.name, "Nadia Rahman");

    for item in rest {
        store.decide("ur", &item.key, Decision::Approved).unwrap();
    }
    let undone = store.undo("ur", &first.key).unwrap();
    assert!(!undone.all_approved, "one taken back");
    let last = store.decide("ur", &first.key, Decision::Approved).unwrap();
    assert!(last.all_approved);
    let signed = store.sign_off("ur").unwrap();
    assert!(signed.signed_off.is_some());
    assert!(String::from_utf8(store.suggestions("ur").unwrap()).unwrap().contains("Nadia Rahman"));
}

#[test]
fn the_translation_sent_back_unchanged_is_no_suggestion_and_an_unknown_language_is_refused() {
    let store = review::Store::new(temp_dir("unchanged"));
    let item = &Catalog::of(locale("fa")).items[0];
    let unchanged = format!("  {}  ", item.translation.source);
    store.decide("fa", &item.key, needs_change("Too formal for a parent.", &unchanged)).unwrap();
    let view = store.open("fa").unwrap();
    let saved = view.items.iter().find(|i| i.key == item.key).unwrap();
    assert!(
        matches!(&saved.decision, Some(Decision::NeedsChange { suggestion, comment }) if suggestion.is_empty() && comment == "Too formal for a parent."),
        "only the comment is kept: {:?}",
        saved.decision
    );
    // With no comment either, there is nothing to record.
    assert!(matches!(
        store.decide("fa", &item.key, needs_change(" ", &unchanged)),
        Err(ReviewError::Wording(WordingError::Empty))
    ));
    assert!(matches!(store.open("xx"), Err(ReviewError::UnknownLanguage(tag)) if tag == "xx"));
    assert!(matches!(store.open(SOURCE_LOCALE), Err(ReviewError::UnknownLanguage(_))));
}
