//! After the conference: the dates the family was given replace the usual ones in the timeline
//! and the calendar file, an impossible date is refused, and a review conference's draft starts
//! from the last one without changing it.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use family_voice::contribution::ConferenceKind;
use family_voice::drafts;
use family_voice::i18n::{Isolation, Localizer};
use family_voice::outcome::{HarmCategory, Outcome, OutcomeError};
use family_voice::timeline_view::{calendar_file, for_contribution, for_screen};
use family_voice::vault::DraftBody;
use family_voice::Contribution;

use crate::fakes::{contribution, reopen, unlocked, ANSWER};

fn loc() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// An initial conference on Monday 2 March 2026.
fn held() -> Contribution {
    let mut c = contribution("We read together every night.");
    c.about.conference.date = Some(day(2026, 3, 2));
    c.about.conference.kind = Some(ConferenceKind::Initial);
    c
}

fn given() -> Outcome {
    Outcome {
        plan: Some(true),
        categories: vec![HarmCategory::Neglect],
        core_group: Some(day(2026, 3, 9)),
        review: Some(day(2026, 5, 20)),
        council_contact: String::new(),
    }
}

fn date_of(c: &Contribution, slug: &str) -> Option<NaiveDate> {
    for_contribution(c).unwrap().unwrap().steps.iter().find(|s| s.kind.slug() == slug).map(|s| s.date)
}

#[test]
fn the_core_group_and_review_dates_given_at_the_conference_replace_the_usual_ones() {
    let mut c = held();
    // Before: 10 working days and three months after the conference.
    assert_eq!(date_of(&c, "core-group"), Some(day(2026, 3, 16)));
    assert_eq!(date_of(&c, "first-review"), Some(day(2026, 6, 2)));

    c.record_outcome(given()).unwrap();
    assert_eq!(date_of(&c, "core-group"), Some(day(2026, 3, 9)));
    assert_eq!(date_of(&c, "first-review"), Some(day(2026, 5, 20)));
    // The review after is counted from the real one.
    assert_eq!(date_of(&c, "later-reviews"), Some(day(2026, 11, 20)));

    let view = for_screen(&c, &loc()).unwrap().unwrap();
    let core = view.steps.iter().find(|s| s.slug == "core-group").unwrap();
    assert_eq!(core.when, "Monday 9 March 2026");
    assert!(core.only_if_plan.is_none(), "with a plan, the core group is not 'only if' any more");
    assert!(view.notes[0].contains("given at the conference"), "{:?}", view.notes);
}

#[test]
fn the_timeline_lists_the_four_categories_of_harm_in_words_with_the_recorded_ones_ticked() {
    let mut c = held();
    let listed = |c: &Contribution| {
        let view = for_screen(c, &loc()).unwrap().unwrap();
        view.harm_categories.iter().map(|h| (h.category, h.name.clone(), h.chosen)).collect::<Vec<_>>()
    };
    let none_ticked = listed(&c);
    assert_eq!(
        none_ticked,
        [
            (HarmCategory::Physical, "Physical abuse".to_owned(), false),
            (HarmCategory::Emotional, "Emotional abuse".to_owned(), false),
            (HarmCategory::Sexual, "Sexual abuse".to_owned(), false),
            (HarmCategory::Neglect, "Neglect".to_owned(), false),
        ]
    );
    c.record_outcome(given()).unwrap();
    let ticked: Vec<_> = listed(&c).into_iter().filter(|(_, _, chosen)| *chosen).map(|(h, _, _)| h).collect();
    assert_eq!(ticked, [HarmCategory::Neglect]);

    // The screen sends back what it was given: each category as the outcome saves it, with its meaning.
    let view = for_screen(&c, &loc()).unwrap().unwrap();
    let json = serde_json::to_value(&view.harm_categories[3]).unwrap();
    assert_eq!(json["category"], "neglect");
    assert!(json["hint"].as_str().unwrap().contains("food"), "{json}");
    assert_eq!((view.notice.least, view.notice.most), (0, 20));
}

#[test]
fn the_calendar_file_uses_the_dates_given_at_the_conference() {
    let mut c = held();
    c.record_outcome(given()).unwrap();
    let t = for_contribution(&c).unwrap().unwrap();
    let ics = calendar_file(&t, &loc(), None, Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap());
    assert!(ics.contains("UID:core-group-20260309@family-voice.invalid"), "{ics}");
    assert!(ics.contains("UID:first-review-20260520@family-voice.invalid"), "{ics}");
    assert!(!ics.contains("20260316"), "the usual core group date is gone: {ics}");
}

#[test]
fn without_a_plan_the_steps_that_need_one_leave_the_timeline() {
    let mut c = held();
    c.record_outcome(Outcome { plan: Some(false), ..Outcome::default() }).unwrap();
    let t = for_contribution(&c).unwrap().unwrap();
    assert!(t.steps.iter().all(|s| !s.conditional), "{t:?}");
    assert_eq!(date_of(&c, "core-group"), None);
    assert_eq!(date_of(&c, "first-review"), None);
    assert!(date_of(&c, "minutes").is_some());
}

#[test]
fn a_date_before_the_conference_or_a_year_after_is_refused_and_nothing_changes() {
    let mut c = held();
    let before = c.clone();
    let too_soon = Outcome { review: Some(day(2026, 2, 27)), ..given() };
    assert_eq!(c.record_outcome(too_soon), Err(OutcomeError::ImpossibleDate(day(2026, 2, 27))));
    let slip = Outcome { core_group: Some(day(2062, 3, 9)), ..given() };
    assert_eq!(c.record_outcome(slip), Err(OutcomeError::ImpossibleDate(day(2062, 3, 9))));
    assert_eq!(c, before);

    let mut no_date = Contribution::new("en-GB");
    assert_eq!(no_date.record_outcome(given()), Err(OutcomeError::NoConferenceDate));
}

#[test]
fn a_draft_saved_before_outcomes_existed_still_opens_and_is_written_the_same() {
    let c = held();
    let json = c.to_json();
    assert!(!json.contains("outcome") && !json.contains("lastAnswers"), "{json}");
    assert_eq!(Contribution::from_json(&json).unwrap(), c);
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn a_review_draft_starts_from_the_last_one_and_leaves_it_byte_for_byte_as_it_was() {
    let (mut vault, keychain) = unlocked("outcome-review-draft");
    let mut old = held();
    old.about.writer_name = "Sam".into();
    old.about.social_worker = "Priya".into();
    old.scale = Some(6);
    old.record_outcome(Outcome { council_contact: "Conference service, 01632 960000".into(), ..given() }).unwrap();
    let first = vault.create("Sam — first conference", DraftBody::Parent(old.clone())).unwrap();
    let before = files(vault.folder());

    let review = drafts::prepare_review(&mut vault, &first.meta.id, &loc()).unwrap();

    let after = files(vault.folder());
    for (name, bytes) in &before {
        assert_eq!(after.get(name), Some(bytes), "{name} changed");
    }
    assert_ne!(review.meta.id, first.meta.id);
    assert!(review.meta.label.contains("Sam — first conference"), "{}", review.meta.label);
    let again = reopen(&vault, &keychain);
    let DraftBody::Parent(new) = again.load(&review.meta.id).unwrap().body else { panic!("a parent's draft") };
    assert_eq!(new.about.writer_name, "Sam");
    assert_eq!(new.about.social_worker, "Priya");
    assert_eq!(new.about.conference.kind, Some(ConferenceKind::Review));
    assert_eq!(new.about.conference.date, Some(day(2026, 5, 20)), "the review date the family recorded");
    assert!(new.answers.is_empty() && new.scale.is_none());
    let kept_outcome = new.outcome.as_ref().expect("the council's contact is kept");
    assert_eq!(kept_outcome.council_contact, "Conference service, 01632 960000");
    assert!(kept_outcome.plan.is_none() && kept_outcome.review.is_none(), "nothing decided yet");
    assert_eq!(new.last_answers.get(ANSWER).map(String::as_str), Some("We read together every night."));
    let DraftBody::Parent(kept) = again.load(&first.meta.id).unwrap().body else { panic!("a parent's draft") };
    assert_eq!(kept, old);
}
