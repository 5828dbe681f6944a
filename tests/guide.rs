use family_voice::guide::{self, guide_view, terms_in};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::prompts::{self, PartId};

fn loc() -> Localizer {
    Localizer::new("en-GB", Isolation::On).unwrap()
}

#[test]
fn every_guide_section_paragraph_and_term_has_words() {
    let loc = loc();
    let view = guide_view(&loc);
    for section in &view.sections {
        assert!(!section.title.starts_with("guide-"), "{} has no title", section.id);
        assert!(section.paragraphs.iter().all(|p| !p.starts_with("guide-")), "{} lacks a paragraph", section.id);
    }
    for term in &view.glossary {
        assert!(
            !term.name.starts_with("glossary-") && !term.meaning.starts_with("glossary-"),
            "{} lacks words",
            term.id
        );
    }
}

#[test]
fn the_glossary_explains_every_word_the_conference_uses() {
    let wanted = [
        "chair",
        "coordinator",
        "core-group",
        "plan",
        "child-in-need",
        "significant-harm",
        "physical-abuse",
        "emotional-abuse",
        "sexual-abuse",
        "neglect",
        "advocate",
        "interpreter",
        "review-conference",
        "strategy-discussion",
        "section-47",
    ];
    for id in wanted {
        assert!(guide::glossary().contains(&id), "{id} is not in the glossary");
    }
}

#[test]
fn the_guide_covers_who_comes_the_chair_the_meeting_the_core_group_what_follows_and_complaints() {
    let ids: Vec<&str> = guide::sections().iter().map(|s| s.id).collect();
    for id in ["who", "chair", "meeting", "decide", "core-group", "after", "complain"] {
        assert!(ids.contains(&id), "no {id} section");
    }
}

#[test]
fn terms_are_found_in_text_whatever_their_case() {
    let loc = loc();
    let found: Vec<&str> = terms_in("Ask the chair whether a Child Protection Plan or a core group is next.", &loc)
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(found, ["chair", "core-group", "plan"]);
    assert!(terms_in("We had a lovely day at the park.", &loc).is_empty());
    assert!(terms_in("We use a wheelchair.", &loc).is_empty(), "a term only counts at the start of a word");
}

#[test]
fn parts_that_use_glossary_words_link_to_them() {
    let loc = loc();
    let journey = prompts::journey(&loc);
    let next_steps = journey.iter().find(|p| p.id == PartId::NextSteps).unwrap();
    assert!(next_steps.terms.iter().any(|t| t.id == "plan"));
    let strengths = journey.iter().find(|p| p.id == PartId::Strengths).unwrap();
    assert!(strengths.terms.is_empty());
}
