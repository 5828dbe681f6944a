use chrono::NaiveDate;
use family_voice::contribution::{Child, ContributionError, FORMAT_VERSION};
use family_voice::Contribution;
use proptest::prelude::*;

use crate::support::example;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn the_example_file_reads_and_round_trips_through_json() {
    let c = example();
    assert_eq!(c.about.children[0].name, "Zoë");
    assert_eq!(c.scale, Some(6));
    assert_eq!(Contribution::from_json(&c.to_json()).unwrap(), c);
}

#[test]
fn a_file_from_a_newer_version_is_refused_not_half_read() {
    let text = format!(r#"{{"formatVersion": {}, "language": "en-GB", "futureField": 1}}"#, FORMAT_VERSION + 1);
    assert!(
        matches!(Contribution::from_json(&text), Err(ContributionError::NewerVersion { found }) if found == FORMAT_VERSION + 1)
    );
}

#[test]
fn text_that_is_not_a_contribution_is_invalid() {
    for text in [
        "",
        "{",
        "[]",
        r#"{"language": "en-GB"}"#,
        r#"{"formatVersion": "one"}"#,
        r#"{"formatVersion": 1, "scale": "high"}"#,
    ] {
        assert!(matches!(Contribution::from_json(text), Err(ContributionError::Invalid(_))), "{text:?} was accepted");
    }
}

#[test]
fn an_empty_contribution_has_no_problems_because_every_field_may_be_blank() {
    assert!(Contribution::new("en-GB").problems(today()).is_empty());
    assert!(example().problems(today()).is_empty());
}

#[test]
fn problems_point_at_the_field_and_explain_in_a_message() {
    let mut c = Contribution::new("en-GB");
    c.about.children = vec![
        Child { name: String::new(), age: Some(4), date_of_birth: None },
        Child { name: "Ali".into(), age: Some(30), date_of_birth: NaiveDate::from_ymd_opt(2027, 1, 1) },
    ];
    c.about.interpreter.needed = true;
    c.scale = Some(11);
    c.answers.insert("prompt-made-up".into(), "text".into());
    let found: Vec<(String, &str)> = c.problems(today()).into_iter().map(|p| (p.field, p.message_id)).collect();
    assert_eq!(
        found,
        [
            ("children.0.name".to_owned(), "error-child-name-missing"),
            ("children.1.age".to_owned(), "error-child-age-range"),
            ("children.1.dateOfBirth".to_owned(), "error-child-born-future"),
            ("interpreter.language".to_owned(), "error-interpreter-language-missing"),
            ("scale".to_owned(), "error-scale-range"),
            ("answers.prompt-made-up".to_owned(), "error-unknown-question"),
        ]
    );
}

#[test]
fn an_answer_of_only_spaces_counts_as_not_answered() {
    let mut c = Contribution::new("en-GB");
    c.answers.insert("prompt-worries-change".into(), "  \n\t ".into());
    assert_eq!(c.answer("prompt-worries-change"), None);
}

proptest! {
    #[test]
    fn any_answers_round_trip_exactly_as_typed(answers in proptest::collection::btree_map("prompt-[a-z-]{1,20}", any::<String>(), 0..8), scale in proptest::option::of(0u8..=10), name in any::<String>()) {
        let mut c = Contribution::new("en-GB");
        c.answers = answers;
        c.scale = scale;
        c.about.writer_name = name;
        prop_assert_eq!(Contribution::from_json(&c.to_json()).unwrap(), c);
    }
}

#[test]
fn a_council_notice_beyond_four_weeks_or_an_impossible_date_is_flagged() {
    let mut c = Contribution::new("en-GB");
    c.timeline_settings.reports_days_before_review = 21;
    c.about.conference.date = Some(NaiveDate::MAX);
    let found: Vec<&str> = c.problems(today()).into_iter().map(|p| p.message_id).collect();
    assert_eq!(found, ["error-conference-date-out-of-range", "error-notice-days-range"]);
}
