use family_voice::i18n::{Isolation, Localizer};
use family_voice::prompts::{self, PartId};

#[test]
fn the_journey_has_six_parts_in_the_order_councils_use() {
    let ids: Vec<PartId> = prompts::parts().iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [PartId::Strengths, PartId::Worries, PartId::Support, PartId::NextSteps, PartId::Reports, PartId::Scale]
    );
}

#[test]
fn every_prompt_and_part_has_words_in_en_gb() {
    let loc = Localizer::new("en-GB", Isolation::On).unwrap();
    for part in prompts::parts() {
        for id in [part.id.title_id(), part.id.intro_id()] {
            assert_ne!(loc.msg(&id), id, "{id} has no message");
        }
        for id in part.prompts {
            assert_ne!(loc.msg(id), *id, "{id} has no message");
        }
    }
}

#[test]
fn prompt_ids_are_unique_across_the_journey() {
    let mut all: Vec<&str> = prompts::parts().iter().flat_map(|p| p.prompts.iter().copied()).collect();
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count);
}

#[test]
fn the_journey_view_numbers_parts_and_offers_the_scale_only_on_its_part() {
    let loc = Localizer::new("en-GB", Isolation::On).unwrap();
    let journey = prompts::journey(&loc);
    assert_eq!(journey[1].progress, "Part \u{2068}2\u{2069} of \u{2068}6\u{2069}");
    assert!(journey.iter().all(|p| p.scale.is_some() == (p.id == PartId::Scale)));
    let strengths = &journey[0];
    assert_eq!(strengths.prompts[0].label, "What are the strengths in your family?");
    assert!(strengths.prompts[0].hint.as_deref().unwrap().starts_with("For example"));
}
