//! The child's journey: each age band gets its own wording; what the child keeps private never
//! reaches their page; their drawings survive the draft store exactly.

use base64::Engine;
use family_voice::child::{
    steps, Band, ChildHelper, ChildHelperKind, ChildViews, Drawing, HouseId, Shared, Step, TakingPart,
};
use family_voice::i18n::{self, Isolation, Localizer};
use family_voice::pdf::{self, FontBook};
use family_voice::vault::DraftBody;

use crate::support::{fixture, made_on, pdf_pages, pdf_text, save};

fn loc() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

fn drawing(name: &str, share: bool) -> Drawing {
    let png = std::fs::read(fixture(name)).unwrap();
    Drawing { png: format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(png)), share }
}

fn words(text: &str, share: bool) -> Shared {
    Shared { text: text.into(), share }
}

fn prompts(band: Band) -> Vec<String> {
    steps(band, &loc())
        .into_iter()
        .filter_map(|s| match s {
            Step::House { prompt, .. } | Step::Question { prompt, .. } => Some(prompt),
            _ => None,
        })
        .collect()
}

#[test]
fn the_youngest_get_a_picture_symbol_on_every_house_and_question_and_the_others_none() {
    let pictures = |band| -> Vec<Option<&'static str>> {
        steps(band, &loc())
            .into_iter()
            .filter_map(|s| match s {
                Step::House { picture, .. } | Step::Question { picture, .. } => Some(picture),
                _ => None,
            })
            .collect()
    };
    let young = pictures(Band::Young);
    assert_eq!(
        young,
        ["house-good", "house-worries", "house-wishes", "question-people", "question-know", "question-happen"]
            .map(Some)
            .to_vec(),
        "one symbol per house and question, in journey order"
    );
    // Each names a drawing the window ships.
    let img = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/img");
    for name in young.iter().flatten() {
        let svg = std::fs::read_to_string(img.join(format!("{name}.svg"))).unwrap_or_default();
        assert!(svg.starts_with("<svg"), "ui/img/{name}.svg is missing");
    }
    for band in [Band::Middle, Band::Older] {
        assert!(pictures(band).iter().all(Option::is_none), "no symbols for {band:?}");
    }
    // The JSON the screens read carries it by name.
    let json = serde_json::to_value(steps(Band::Young, &loc())).unwrap();
    assert!(json.as_array().unwrap().iter().any(|s| s["picture"] == "question-know"));
}

#[test]
fn each_age_band_gets_its_own_wording_and_the_youngest_one_thing_per_screen() {
    assert_eq!(Band::for_age(5), Band::Young);
    assert_eq!(Band::for_age(7), Band::Young);
    assert_eq!(Band::for_age(8), Band::Middle);
    assert_eq!(Band::for_age(11), Band::Middle);
    assert_eq!(Band::for_age(12), Band::Older);
    assert_eq!(Band::for_age(17), Band::Older);

    let explain = |band| steps(band, &loc()).iter().filter(|s| matches!(s, Step::Explain { .. })).count();
    assert_eq!(explain(Band::Young), 5, "one idea per screen for 5 to 7");
    assert_eq!(explain(Band::Middle), 1);
    assert_eq!(explain(Band::Older), 1);

    let (young, middle, older) = (prompts(Band::Young), prompts(Band::Middle), prompts(Band::Older));
    assert_eq!(young.len(), 6, "three houses and three questions");
    for i in 0..young.len() {
        assert!(young[i] != middle[i] && middle[i] != older[i] && young[i] != older[i], "prompt {i} differs by band");
    }
    assert_eq!(young[0], "What makes you happy?");
    // Every message a band uses exists in every language (no id shows through).
    for locale in i18n::locales() {
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        for band in Band::all() {
            for step in steps(band, &loc) {
                let text = format!("{step:?}");
                assert!(!text.contains("child-"), "{}: a message is missing in {text}", locale.tag);
            }
        }
    }
    // The youngest get the shortest words.
    let mean = |p: &[String]| p.iter().map(|s| s.split_whitespace().count()).sum::<usize>() / p.len();
    assert!(mean(&young) < mean(&older));
}

fn example() -> ChildViews {
    let mut v = ChildViews::new("en-GB");
    v.name = "Amira".into();
    v.age = Some(7);
    v.helper = ChildHelper { kind: ChildHelperKind::Advocate, name: "Jo Baker".into() };
    let good = v.houses.entry(HouseId::Good).or_default();
    good.words = words("Playing football with my big brother", true);
    good.drawing = Some(drawing("drawing-sun.png", true));
    let worries = v.houses.entry(HouseId::Worries).or_default();
    worries.words = words("When the shouting starts at night", false);
    worries.drawing = Some(drawing("drawing-cloud.png", false));
    let wishes = v.houses.entry(HouseId::Wishes).or_default();
    wishes.name = "My dream castle".into();
    wishes.words = words("A puppy called Biscuit", true);
    v.answers.insert("know".into(), words("I love my mum", true));
    v.answers.insert("happen".into(), words("Secret wish about grandad", false));
    v.answers.insert("part".into(), words("", true));
    v.taking_part = Some(TakingPart::Advocate);
    v
}

fn image_count(path: &std::path::Path) -> usize {
    let out =
        std::process::Command::new("pdfimages").arg("-list").arg(path).output().expect("pdfimages (poppler-utils)");
    // Two header lines, then one line per image.
    String::from_utf8(out.stdout).unwrap().lines().skip(2).filter(|l| !l.trim().is_empty()).count()
}

#[test]
fn only_what_the_child_chose_to_share_reaches_their_page() {
    let fonts = FontBook::from_system().unwrap();
    let rendered = pdf::render_child_with(&example(), &loc(), made_on(), &fonts).unwrap();
    let path = save("child-views.pdf", &rendered);
    let text = pdf_text(&path);
    for shared in [
        "My views for my meeting",
        "Amira",
        "An advocate: Jo Baker",
        "The house of good things",
        "Playing football with my big brother",
        "My dream castle",
        "A puppy called Biscuit",
        "What I want the meeting to know",
        "I love my mum",
        "No, but I want an advocate to speak for me",
        // Marked as the parent's PDF is, in words a Chair reads the same way.
        "Confidential",
        &format!("Page 1 of {}", pdf_pages(&path)),
    ] {
        assert!(text.contains(shared), "{shared:?} is missing from:\n{text}");
    }
    for private in ["When the shouting starts", "The house of worries", "Secret wish", "What I would like to happen"] {
        assert!(!text.contains(private), "{private:?} was kept private but is in:\n{text}");
    }
    assert_eq!(image_count(&path), 1, "exactly the one shared drawing");
    let page = path.with_extension("");
    std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "50", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg(&page)
        .status()
        .unwrap();
}

#[test]
fn a_translated_childs_page_has_the_english_under_each_detail_and_is_marked_in_both_languages() {
    let fonts = FontBook::from_system().unwrap();
    let pl = Localizer::new("pl", Isolation::Off).unwrap();
    let rendered = pdf::render_child_with(&example(), &pl, made_on(), &fonts).unwrap();
    let path = save("child-views-pl.pdf", &rendered);
    let text = pdf_text(&path);
    let page_of = format!("Page 1 of {}", pdf_pages(&path));
    for english in ["My name: Amira", "Who helped me: An advocate: Jo Baker", "Confidential", &page_of] {
        assert!(text.contains(english), "{english:?} is missing from:\n{text}");
    }
    for polish in [pl.msg("child-pdf-name"), pl.msg("summary-confidential")] {
        assert!(text.contains(&polish), "{polish:?} is missing from:\n{text}");
    }
}

#[test]
fn the_childs_page_is_tagged_with_its_title_details_and_shared_parts_and_the_english_marked_as_english() {
    let fonts = FontBook::from_system().unwrap();
    let pl = Localizer::new("pl", Isolation::Off).unwrap();
    let rendered = pdf::render_child_with(&example(), &pl, made_on(), &fonts).unwrap();
    let s = crate::pdf::structure("child-tagged-pl.pdf", &rendered.bytes);
    let title = pl.msg("child-pdf-title");
    assert_eq!((s.lang.as_str(), s.title.as_str(), s.shows_title), ("pl", title.as_str(), true));
    assert_eq!(s.texts("H1"), [title]);
    // Name, age, date and who helped: a list, each with its English marked as English.
    assert_eq!(s.texts("LI").len(), 4);
    let details: Vec<&crate::pdf::Element> = s.elements.iter().filter(|e| e.role == "LBody").collect();
    assert_eq!(details[0].inner, ["My name: Amira"]);
    assert!(s.langs.iter().all(|l| l == "en-GB") && s.langs.len() >= 5, "{:?}", s.langs);
    // Only what was shared, each part a heading and a bookmark, in the journey's order.
    let headings = s.texts("H2");
    assert_eq!(s.outline, headings);
    assert!(headings.contains(&"My dream castle".to_owned()), "{headings:?}");
    assert!(s.texts("P").contains(&"Playing football with my big brother".to_owned()));
    assert_eq!(s.elements.iter().filter(|e| e.role == "Figure").count(), 1, "the one shared drawing");
    let all = s.all_text();
    assert!(!all.contains("Confidential") && !all.contains("Page 1 of"), "headers and footers are artefacts");
    assert!(!all.contains("shouting"));
}

#[test]
fn a_child_who_shares_nothing_gets_a_page_that_says_so_kindly() {
    let mut v = example();
    for house in v.houses.values_mut() {
        house.words.share = false;
        if let Some(d) = house.drawing.as_mut() {
            d.share = false;
        }
    }
    for answer in v.answers.values_mut() {
        answer.share = false;
    }
    let rendered = pdf::render_child_with(&v, &loc(), made_on(), &FontBook::from_system().unwrap()).unwrap();
    let path = save("child-private.pdf", &rendered);
    let text = pdf_text(&path);
    assert!(text.contains("I chose to keep my views private this time."), "{text}");
    assert!(!text.contains("football") && !text.contains("Biscuit"), "{text}");
    assert_eq!(image_count(&path), 0);
}

#[test]
fn drawings_and_words_come_back_from_the_draft_store_exactly() {
    let (mut vault, keychain) = crate::fakes::unlocked("child-round-trip");
    let v = example();
    let draft = vault.create("My views", DraftBody::Child(v.clone())).unwrap();
    let again = crate::fakes::reopen(&vault, &keychain).load(&draft.meta.id).unwrap();
    assert_eq!(again.body, DraftBody::Child(v));
}

#[test]
fn the_share_screen_and_the_page_use_one_list_in_the_journeys_order() {
    let v = example();
    let items = family_voice::child::shareable(&v, &loc());
    let listed: Vec<(&str, bool)> = items.iter().map(|i| (i.id.as_str(), i.shared)).collect();
    assert_eq!(
        listed,
        [
            ("good-words", true),
            ("good-drawing", true),
            ("worries-words", false),
            ("worries-drawing", false),
            ("wishes-words", true),
            ("know", true),
            ("happen", false),
            ("part", true),
        ],
        "every house's words and drawing, then the questions with words, then taking part"
    );
    assert_eq!(items[4].heading, "My dream castle", "a house the child renamed keeps their name");
    assert_eq!(items[0].heading, items[1].heading, "a house's words and drawing go under one heading");
    assert_eq!(items[7].words.as_deref(), Some("No, but I want an advocate to speak for me"));
    assert_eq!(items[1].place, family_voice::child::Place::House { house: HouseId::Good, drawing: true });

    // The page prints exactly the shared ones, under the same headings.
    let fonts = FontBook::from_system().unwrap();
    let text = pdf_text(&save("child-one-list.pdf", &pdf::render_child_with(&v, &loc(), made_on(), &fonts).unwrap()));
    for item in &items {
        if let Some(words) = &item.words {
            assert_eq!(text.contains(words.lines().last().unwrap()), item.shared, "{}: {text}", item.id);
        }
    }
}

#[test]
fn the_band_is_the_one_chosen_else_the_one_the_age_suggests_and_the_ages_come_from_the_core() {
    let mut v = ChildViews::new("en-GB");
    assert_eq!(v.band_to_use(), Band::Middle, "neither known");
    for (age, band) in [(5, Band::Young), (7, Band::Young), (8, Band::Middle), (11, Band::Middle), (12, Band::Older)] {
        v.age = Some(age);
        assert_eq!(v.band_to_use(), band, "age {age}");
        assert_eq!(family_voice::child::journey(&v, &loc()).band, band);
    }
    v.band = Some(Band::Young);
    assert_eq!(v.band_to_use(), Band::Young, "a 12-year-old who chose the simplest words keeps them");
    let journey = family_voice::child::journey(&v, &loc());
    assert_eq!((journey.youngest, journey.oldest), (3, family_voice::contribution::MAX_CHILD_AGE));
    assert_eq!(journey.steps.len(), steps(Band::Young, &loc()).len());
}
