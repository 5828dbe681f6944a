//! Conference dates: bank holidays, working days, the timeline and its calendar file.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use family_voice::calendar::{
    add_working_days, bank_holidays, easter_sunday, is_bank_holiday, is_working_day, timeline, to_ics, Bound,
    EventText, Holiday, Offset, Step, StepKind, Timeline, TimelineError, TimelineSettings,
};
use family_voice::contribution::ConferenceKind;
use family_voice::error::Explain;
use fluent_syntax::ast;
use icalendar::{CalendarDateTime, Component, DatePerhapsTime};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

fn t(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("a real time")
}

fn plan(date: NaiveDate, time: Option<NaiveTime>, kind: ConferenceKind) -> Timeline {
    timeline(date, time, kind, &TimelineSettings::default()).expect("a plannable date")
}

fn date_of(timeline: &Timeline, kind: StepKind) -> NaiveDate {
    timeline.step(kind).expect("the step is there").date
}

// ---- Bank holidays -------------------------------------------------------------------------

/// The bank holidays of England and Wales as GOV.UK published them.
const PUBLISHED: &[(i32, &[(u32, u32)])] = &[
    (2019, &[(1, 1), (4, 19), (4, 22), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
    (2020, &[(1, 1), (4, 10), (4, 13), (5, 8), (5, 25), (8, 31), (12, 25), (12, 28)]),
    (2021, &[(1, 1), (4, 2), (4, 5), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
    (2022, &[(1, 3), (4, 15), (4, 18), (5, 2), (6, 2), (6, 3), (8, 29), (9, 19), (12, 26), (12, 27)]),
    (2023, &[(1, 2), (4, 7), (4, 10), (5, 1), (5, 8), (5, 29), (8, 28), (12, 25), (12, 26)]),
    (2024, &[(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
    (2025, &[(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)]),
    (2026, &[(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)]),
    (2027, &[(1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
];

#[test]
fn bank_holidays_match_the_published_dates_for_2019_to_2027() {
    for &(year, published) in PUBLISHED {
        let expected: Vec<NaiveDate> = published.iter().map(|&(m, day)| d(year, m, day)).collect();
        let computed: Vec<NaiveDate> = bank_holidays(year).iter().map(|&(date, _)| date).collect();
        assert_eq!(computed, expected, "bank holidays in {year}");
    }
}

#[test]
fn every_bank_holiday_is_a_weekday_and_not_a_working_day() {
    for year in 1978..=2100 {
        for (date, holiday) in bank_holidays(year) {
            assert!(!is_working_day(date), "{date} ({holiday:?})");
            assert!(is_bank_holiday(date), "{date} ({holiday:?})");
            assert!(
                !matches!(date.format("%a").to_string().as_str(), "Sat" | "Sun"),
                "{date} ({holiday:?}) falls at a weekend"
            );
        }
    }
}

#[test]
fn saturday_christmas_moves_christmas_to_monday_and_boxing_day_to_tuesday() {
    assert_eq!(
        &bank_holidays(2021)[6..],
        &[(d(2021, 12, 27), Holiday::ChristmasDaySubstitute), (d(2021, 12, 28), Holiday::BoxingDaySubstitute),]
    );
}

#[test]
fn sunday_christmas_keeps_boxing_day_on_monday_and_moves_christmas_to_tuesday() {
    let christmas: Vec<_> =
        bank_holidays(2022).into_iter().filter(|(date, _)| date.format("%m").to_string() == "12").collect();
    assert_eq!(christmas, [(d(2022, 12, 26), Holiday::BoxingDay), (d(2022, 12, 27), Holiday::ChristmasDaySubstitute),]);
}

#[test]
fn friday_christmas_moves_only_boxing_day_to_monday() {
    assert_eq!(
        &bank_holidays(2026)[6..],
        &[(d(2026, 12, 25), Holiday::ChristmasDay), (d(2026, 12, 28), Holiday::BoxingDaySubstitute),]
    );
}

#[test]
fn weekend_new_years_day_moves_to_monday() {
    assert_eq!(bank_holidays(2022)[0], (d(2022, 1, 3), Holiday::NewYearsDaySubstitute));
    assert_eq!(bank_holidays(2023)[0], (d(2023, 1, 2), Holiday::NewYearsDaySubstitute));
    assert_eq!(bank_holidays(2025)[0], (d(2025, 1, 1), Holiday::NewYearsDay));
}

#[test]
fn one_off_holidays_replace_or_join_the_usual_ones() {
    let may_june_2012: Vec<_> =
        bank_holidays(2012).into_iter().filter(|&(date, _)| (d(2012, 5, 1)..=d(2012, 6, 30)).contains(&date)).collect();
    assert_eq!(
        may_june_2012,
        [
            (d(2012, 5, 7), Holiday::EarlyMay),
            (d(2012, 6, 4), Holiday::Spring),
            (d(2012, 6, 5), Holiday::DiamondJubilee),
        ]
    );
    assert!(!is_bank_holiday(d(2012, 5, 28)), "no late-May Monday in 2012");
    assert!(is_bank_holiday(d(2011, 4, 29)));
    assert!(is_bank_holiday(d(1999, 12, 31)));
    assert!(is_bank_holiday(d(2002, 6, 3)) && is_bank_holiday(d(2002, 6, 4)));
    assert!(!is_bank_holiday(d(2002, 5, 27)));
    assert!(!is_bank_holiday(d(2020, 5, 4)), "the 2020 early May holiday moved to VE Day");
    assert!(!is_bank_holiday(d(2022, 5, 30)), "the 2022 spring holiday moved to 2 June");
}

#[test]
fn easter_falls_on_the_published_sundays() {
    let published = [
        d(2000, 4, 23),
        d(2008, 3, 23),
        d(2011, 4, 24),
        d(2019, 4, 21),
        d(2024, 3, 31),
        d(2025, 4, 20),
        d(2027, 3, 28),
        d(2038, 4, 25),
        d(2285, 3, 22),
    ];
    for easter in published {
        assert_eq!(easter_sunday(easter.format("%Y").to_string().parse().unwrap()), Some(easter));
    }
}

#[test]
fn a_year_outside_the_calendar_has_no_holidays_rather_than_a_panic() {
    assert!(bank_holidays(i32::MAX).is_empty());
    assert!(bank_holidays(i32::MIN).is_empty());
}

// ---- Working days --------------------------------------------------------------------------

#[test]
fn one_working_day_after_a_friday_is_the_monday() {
    assert_eq!(add_working_days(d(2026, 6, 5), 1), Some(d(2026, 6, 8)));
}

#[test]
fn one_working_day_after_the_friday_before_a_bank_holiday_is_the_tuesday() {
    assert_eq!(add_working_days(d(2026, 5, 22), 1), Some(d(2026, 5, 26)));
}

#[test]
fn counting_from_a_weekend_starts_with_the_next_working_day() {
    assert_eq!(add_working_days(d(2026, 6, 6), 1), Some(d(2026, 6, 8)));
    assert_eq!(add_working_days(d(2026, 6, 7), -1), Some(d(2026, 6, 5)));
}

#[test]
fn zero_working_days_is_the_same_date_even_at_a_weekend() {
    assert_eq!(add_working_days(d(2026, 6, 6), 0), Some(d(2026, 6, 6)));
}

#[test]
fn working_days_skip_christmas_and_new_year() {
    // Thu 24 Dec 2026, then Fri 25 and Mon 28 are holidays, then Tue 29.
    assert_eq!(add_working_days(d(2026, 12, 24), 1), Some(d(2026, 12, 29)));
    assert_eq!(add_working_days(d(2026, 12, 31), 1), Some(d(2027, 1, 4)));
    assert_eq!(add_working_days(d(2027, 1, 4), -2), Some(d(2026, 12, 30)));
}

#[test]
fn is_working_day_excludes_weekends_and_bank_holidays() {
    assert!(is_working_day(d(2026, 6, 9)));
    assert!(!is_working_day(d(2026, 6, 6)));
    assert!(!is_working_day(d(2026, 12, 25)));
    assert!(!is_working_day(d(2026, 12, 28)));
}

/// Counts one day at a time, the obvious way, to check the year-skipping version against.
fn walk(date: NaiveDate, n: i64) -> NaiveDate {
    let mut day = date;
    let mut left = n.abs();
    while left > 0 {
        day = if n > 0 { day.succ_opt().unwrap() } else { day.pred_opt().unwrap() };
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[test]
fn long_counts_agree_with_counting_one_day_at_a_time() {
    let counts = [-700, -261, -45, -11, -5, -1, 1, 2, 10, 15, 60, 253, 262, 700];
    let mut start = d(2018, 1, 1);
    while start < d(2029, 1, 1) {
        for n in counts {
            assert_eq!(add_working_days(start, n), Some(walk(start, n)), "{start} {n:+}");
        }
        start = start + chrono::Days::new(37);
    }
}

#[test]
fn counting_a_million_working_days_forward_then_back_returns_to_the_start() {
    let friday = d(2026, 1, 2);
    let far = add_working_days(friday, 1_000_000).expect("within the calendar");
    assert!(is_working_day(far));
    assert_eq!(add_working_days(far, -1_000_000), Some(friday));
}

#[test]
fn counting_up_to_the_edges_of_the_calendar_never_panics() {
    for gap in 0..=30 {
        let near_end = NaiveDate::MAX - chrono::Days::new(gap);
        let near_start = NaiveDate::MIN + chrono::Days::new(gap);
        for n in [1, 2, 3, 5, 8, 13, 21, 400] {
            let forward = add_working_days(near_end, n);
            assert!(forward.is_none_or(|day| day > near_end && is_working_day(day)));
            let back = add_working_days(near_start, -n);
            assert!(back.is_none_or(|day| day < near_start && is_working_day(day)));
        }
        assert_eq!(add_working_days(near_end, 400), None);
    }
}

#[test]
fn a_count_past_the_end_of_the_calendar_is_none_and_returns_quickly() {
    assert_eq!(add_working_days(d(2026, 6, 9), i64::MAX), None);
    assert_eq!(add_working_days(d(2026, 6, 9), i64::MIN), None);
    assert_eq!(add_working_days(NaiveDate::MAX, 1), None);
}

// ---- Timeline ------------------------------------------------------------------------------

#[test]
fn initial_conference_steps_come_in_order_with_plan_steps_marked_conditional() {
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let kinds: Vec<(StepKind, bool)> = plan.steps.iter().map(|s| (s.kind, s.conditional)).collect();
    assert_eq!(
        kinds,
        [
            (StepKind::Reports, false),
            (StepKind::ChairMeeting, false),
            (StepKind::InitialConference, false),
            (StepKind::Decisions, false),
            (StepKind::CoreGroup, true),
            (StepKind::Minutes, false),
            (StepKind::FirstReview, true),
            (StepKind::LaterReviews, true),
        ]
    );
    assert!(plan.steps.windows(2).all(|w| (w[0].date, w[0].time) <= (w[1].date, w[1].time)));
}

#[test]
fn review_conference_has_no_first_core_group_and_a_next_review_in_six_months() {
    let plan = plan(d(2026, 6, 10), None, ConferenceKind::Review);
    let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            StepKind::Reports,
            StepKind::ChairMeeting,
            StepKind::ReviewConference,
            StepKind::Decisions,
            StepKind::Minutes,
            StepKind::NextReview,
            StepKind::LaterReviews,
        ]
    );
    assert_eq!(date_of(&plan, StepKind::NextReview), d(2026, 12, 10));
    assert_eq!(date_of(&plan, StepKind::LaterReviews), d(2027, 6, 10));
}

#[test]
fn initial_reports_are_due_two_working_days_before_and_review_reports_five() {
    let wednesday = d(2026, 6, 10);
    let initial = plan(wednesday, None, ConferenceKind::Initial);
    let review = plan(wednesday, None, ConferenceKind::Review);
    assert_eq!(date_of(&initial, StepKind::Reports), d(2026, 6, 8));
    assert_eq!(date_of(&review, StepKind::Reports), d(2026, 6, 3));
    assert_eq!(initial.steps[0].offset, Offset::WorkingDaysBefore(2));
    assert_eq!(review.steps[0].offset, Offset::WorkingDaysBefore(5));
    assert_eq!(initial.steps[0].bound, Bound::By);
}

#[test]
fn settings_change_the_number_of_days_and_minutes() {
    let settings = TimelineSettings {
        reports_days_before_initial: 3,
        reports_days_before_review: 10,
        chair_meeting_minutes_before: 45,
    };
    let wednesday = d(2026, 6, 10);
    let initial = timeline(wednesday, Some(t(10, 0)), ConferenceKind::Initial, &settings).unwrap();
    let review = timeline(wednesday, None, ConferenceKind::Review, &settings).unwrap();
    assert_eq!(date_of(&initial, StepKind::Reports), d(2026, 6, 5));
    // Ten working days back reaches Wednesday 27 May, before the spring bank holiday.
    assert_eq!(date_of(&review, StepKind::Reports), d(2026, 5, 27));
    let chair = initial.step(StepKind::ChairMeeting).unwrap();
    assert_eq!(chair.time, Some(t(9, 15)));
    assert_eq!(chair.offset, Offset::MinutesBefore(45));
}

#[test]
fn the_notice_a_family_sets_is_for_their_kind_of_conference_and_a_number_no_council_gives_is_refused() {
    use family_voice::i18n::{Isolation, Localizer};
    use family_voice::timeline_view::{for_screen, set_notice};
    let mut c = family_voice::Contribution::default();
    c.about.conference.date = Some(d(2026, 12, 3));

    // Not sure which conference it is: the initial conference's notice, as its timeline shows.
    set_notice(&mut c, "4").unwrap();
    c.about.conference.kind = Some(ConferenceKind::Review);
    set_notice(&mut c, " 10 ").unwrap();
    let settings = &c.timeline_settings;
    assert_eq!((settings.reports_days_before_initial, settings.reports_days_before_review), (4, 10));

    for typed in ["21", "-1", "2.5", "", "five"] {
        let refused = set_notice(&mut c, typed).unwrap_err();
        assert_eq!(refused.message_id(), "error-notice-days-range", "{typed:?}");
    }
    assert_eq!(c.timeline_settings.reports_days_before_review, 10, "a refused number changes nothing");

    // The screen shows the notice in use, the most a family may set, and the date it gives:
    // ten working days before Thursday 3 December 2026.
    let view = for_screen(&c, &Localizer::new("en-GB", Isolation::Off).unwrap()).unwrap().unwrap();
    assert_eq!((view.notice.days, view.notice.most), (10, 20));
    assert!(view.steps[0].when.contains("Thursday 19 November 2026"), "{}", view.steps[0].when);
}

#[test]
fn settings_missing_from_saved_json_take_their_defaults() {
    let settings: TimelineSettings = serde_json::from_str(r#"{ "reportsDaysBeforeReview": 7 }"#).unwrap();
    assert_eq!(settings.reports_days_before_review, 7);
    assert_eq!(settings.reports_days_before_initial, 2);
    assert_eq!(settings.chair_meeting_minutes_before, 30);
}

#[test]
fn chair_meets_parents_half_an_hour_before_a_timed_conference() {
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let chair = plan.step(StepKind::ChairMeeting).unwrap();
    assert_eq!((chair.date, chair.time, chair.bound), (d(2026, 6, 10), Some(t(9, 30)), Bound::Around));
    assert_eq!(chair.when_id(), "timeline-when-around-at");
    let conference = plan.step(StepKind::InitialConference).unwrap();
    assert_eq!((conference.time, conference.bound), (Some(t(10, 0)), Bound::On));
    assert_eq!(conference.when_id(), "timeline-when-on-at");
}

#[test]
fn without_a_conference_time_no_step_has_a_time() {
    let plan = plan(d(2026, 6, 10), None, ConferenceKind::Initial);
    assert!(plan.steps.iter().all(|s| s.time.is_none()));
    let chair = plan.step(StepKind::ChairMeeting).unwrap();
    assert_eq!(chair.date, d(2026, 6, 10));
    assert_eq!(chair.when_id(), "timeline-when-around");
}

#[test]
fn a_chair_meeting_before_midnight_falls_on_the_day_before() {
    let plan = plan(d(2026, 6, 10), Some(t(0, 15)), ConferenceKind::Initial);
    let chair = plan.step(StepKind::ChairMeeting).unwrap();
    assert_eq!((chair.date, chair.time), (d(2026, 6, 9), Some(t(23, 45))));
    assert_eq!(plan.steps[1].kind, StepKind::ChairMeeting, "still after the reports");
}

#[test]
fn conference_the_day_before_christmas_eve_counts_past_christmas_and_new_year() {
    let plan = plan(d(2026, 12, 23), Some(t(10, 0)), ConferenceKind::Initial);
    assert_eq!(date_of(&plan, StepKind::Reports), d(2026, 12, 21));
    assert_eq!(date_of(&plan, StepKind::Decisions), d(2026, 12, 24));
    assert_eq!(date_of(&plan, StepKind::CoreGroup), d(2027, 1, 11));
    assert_eq!(date_of(&plan, StepKind::Minutes), d(2027, 1, 18));
    assert_eq!(date_of(&plan, StepKind::FirstReview), d(2027, 3, 23));
    assert_eq!(
        plan.skipped_holidays(),
        [
            (d(2026, 12, 25), Holiday::ChristmasDay),
            (d(2026, 12, 28), Holiday::BoxingDaySubstitute),
            (d(2027, 1, 1), Holiday::NewYearsDay),
        ]
    );
}

#[test]
fn monday_conference_after_a_new_year_bank_holiday_weekend_reaches_back_into_december() {
    let monday = d(2027, 1, 4);
    let initial = plan(monday, None, ConferenceKind::Initial);
    let review = plan(monday, None, ConferenceKind::Review);
    assert_eq!(date_of(&initial, StepKind::Reports), d(2026, 12, 30));
    // Back past New Year's Day, the Boxing Day substitute and Christmas Day.
    assert_eq!(date_of(&review, StepKind::Reports), d(2026, 12, 23));
}

#[test]
fn friday_conference_before_a_bank_holiday_monday_shares_decisions_on_tuesday() {
    let plan = plan(d(2026, 5, 22), None, ConferenceKind::Initial);
    assert_eq!(date_of(&plan, StepKind::Decisions), d(2026, 5, 26));
    assert_eq!(plan.skipped_holidays()[0], (d(2026, 5, 25), Holiday::Spring));
}

#[test]
fn tuesday_after_easter_in_april_has_reports_due_the_wednesday_before_good_friday() {
    let plan = plan(d(2026, 4, 7), None, ConferenceKind::Initial);
    assert_eq!(date_of(&plan, StepKind::Reports), d(2026, 4, 1));
}

#[test]
fn tuesday_after_easter_in_march_has_reports_due_the_wednesday_before_good_friday() {
    let plan = plan(d(2024, 4, 2), None, ConferenceKind::Initial);
    assert_eq!(date_of(&plan, StepKind::Reports), d(2024, 3, 27));
}

#[test]
fn thursday_before_a_march_easter_shares_decisions_after_easter_monday() {
    let plan = plan(d(2027, 3, 25), None, ConferenceKind::Initial);
    assert_eq!(date_of(&plan, StepKind::Decisions), d(2027, 3, 30));
}

#[test]
fn first_review_three_months_after_30_november_is_the_end_of_february() {
    let leap = plan(d(2027, 11, 30), None, ConferenceKind::Initial);
    assert_eq!(date_of(&leap, StepKind::FirstReview), d(2028, 2, 29));
    let ordinary = plan(d(2026, 11, 30), None, ConferenceKind::Initial);
    assert_eq!(date_of(&ordinary, StepKind::FirstReview), d(2027, 2, 28));
}

#[test]
fn review_across_a_year_end_keeps_the_day_of_the_month_where_it_can() {
    let october = plan(d(2026, 10, 15), None, ConferenceKind::Review);
    assert_eq!(date_of(&october, StepKind::NextReview), d(2027, 4, 15));
    let august = plan(d(2027, 8, 31), None, ConferenceKind::Review);
    assert_eq!(date_of(&august, StepKind::NextReview), d(2028, 2, 29));
    assert_eq!(date_of(&august, StepKind::LaterReviews), d(2028, 8, 29));
}

#[test]
fn review_minutes_in_december_arrive_in_january() {
    let plan = plan(d(2026, 12, 14), None, ConferenceKind::Review);
    assert_eq!(date_of(&plan, StepKind::Minutes), d(2027, 1, 7));
}

#[test]
fn a_date_at_the_end_of_the_calendar_is_an_error_not_a_panic() {
    let error = timeline(NaiveDate::MAX, None, ConferenceKind::Initial, &TimelineSettings::default());
    assert_eq!(error, Err(TimelineError::OutOfRange(NaiveDate::MAX)));
    let error = error.unwrap_err();
    assert_eq!(error.code(), "calendar.date-out-of-range");
    assert_eq!(error.message_id(), "error-conference-date-out-of-range");
}

#[test]
fn timeline_serializes_for_the_ui_with_kebab_case_names() {
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let json = serde_json::to_value(&plan).unwrap();
    let chair = &json["steps"][1];
    assert_eq!(chair["kind"], "chair-meeting");
    assert_eq!(chair["date"], "2026-06-10");
    assert_eq!(chair["time"], "09:30:00");
    assert_eq!(chair["bound"], "around");
    assert_eq!(chair["offset"]["minutes-before"], 30);
    assert_eq!(json["steps"][0]["offset"]["working-days-before"], 2);
    assert_eq!(json["steps"][4]["conditional"], true);
}

// ---- Calendar file -------------------------------------------------------------------------

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 8, 5, 9).unwrap()
}

fn english(step: &Step) -> EventText {
    EventText {
        summary: format!("Step {}", step.kind.slug()),
        description: "Ask your social worker if you are not sure.".to_owned(),
    }
}

fn parse(ics: &str) -> icalendar::Calendar {
    ics.parse().expect("the calendar file parses")
}

fn physical_lines(ics: &str) -> Vec<&str> {
    let body = ics.strip_suffix("\r\n").expect("the file ends with CRLF");
    body.split("\r\n").collect()
}

#[test]
fn calendar_file_has_the_required_header_and_crlf_lines() {
    let plan = plan(d(2026, 6, 10), None, ConferenceKind::Initial);
    let ics = to_ics(&plan, english, None, now());
    let lines = physical_lines(&ics);
    assert_eq!(
        lines[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Family Voice//Conference timeline//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "no bare line feeds");
    assert!(!ics.replace("\r\n", "").contains('\r'), "no bare carriage returns");
    assert!(!ics.contains("VTIMEZONE"), "no time, so no time zone is needed");
    let begins = lines.iter().filter(|l| l.starts_with("BEGIN:")).count();
    let ends = lines.iter().filter(|l| l.starts_with("END:")).count();
    assert_eq!(begins, ends);
}

#[test]
fn calendar_file_has_one_all_day_event_per_step_on_its_date() {
    let plan = plan(d(2026, 12, 23), None, ConferenceKind::Initial);
    let calendar = parse(&to_ics(&plan, english, None, now()));
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), plan.steps.len());
    for (event, step) in events.iter().zip(&plan.steps) {
        assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(step.date)), "{:?}", step.kind);
        let next = step.date.succ_opt().unwrap();
        assert_eq!(event.get_end(), Some(DatePerhapsTime::Date(next)), "{:?}", step.kind);
        assert_eq!(event.get_summary(), Some(format!("Step {}", step.kind.slug()).as_str()));
        assert_eq!(event.get_timestamp(), Some(now()));
        assert_eq!(event.property_value("TRANSP"), Some("TRANSPARENT"));
    }
    assert_eq!(events[2].get_uid(), Some("initial-conference-20261223@family-voice.invalid"));
    let mut uids: Vec<_> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "every UID is different");
}

#[test]
fn timed_conference_is_in_uk_time_and_the_chair_meeting_ends_when_it_starts() {
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let ics = to_ics(&plan, english, None, now());
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
    let calendar = parse(&ics);
    let london = |hour, minute| {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
            date_time: d(2026, 6, 10).and_time(t(hour, minute)),
            tzid: "Europe/London".to_owned(),
        }))
    };
    let events: Vec<_> = calendar.events().collect();
    let chair = events[1];
    assert_eq!(chair.get_start(), london(9, 30));
    assert_eq!(chair.get_end(), london(10, 0));
    let conference = events[2];
    assert_eq!(conference.get_start(), london(10, 0));
    assert_eq!(conference.get_end(), None, "nobody knows when it will finish");
    assert_eq!(conference.property_value("TRANSP"), None);
}

#[test]
fn long_bengali_and_polish_summaries_fold_between_characters_and_read_back_whole() {
    let bengali = "শিশু সুরক্ষা সম্মেলনের আগে আপনি সামাজিক কর্মী ও অন্যদের লেখা রিপোর্টগুলি পাবেন, মন দিয়ে পড়ুন";
    let polish =
        "Pierwsze spotkanie grupy głównej; źródło: żółć, gęś, łódź — ćwiczenie ślęczące nad każdą pozycją planu";
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let text = |step: &Step| EventText {
        summary: if step.kind == StepKind::Reports { bengali } else { polish }.to_owned(),
        description: polish.repeat(3),
    };
    let ics = to_ics(&plan, text, None, now());
    let lines = physical_lines(&ics);
    assert!(lines.iter().all(|l| l.len() <= 75), "no line passes 75 octets");
    assert!(lines.iter().any(|l| l.starts_with(' ')), "long lines were folded");
    assert!(lines.iter().filter(|l| l.starts_with(' ')).all(|l| l.len() >= 2), "no empty continuation lines");
    let calendar = parse(&ics);
    let events: Vec<_> = calendar.events().collect();
    let escaped_polish = polish.replace(',', "\\,").replace(';', "\\;");
    assert!(ics.replace("\r\n ", "").contains(&format!("SUMMARY:{escaped_polish}\r\n")));
    assert_eq!(events[0].get_summary(), Some(bengali));
    assert_eq!(events[3].get_summary(), Some(polish));
    assert_eq!(events[3].get_description(), Some(polish.repeat(3).as_str()));
}

#[test]
fn commas_semicolons_backslashes_and_line_breaks_are_escaped() {
    let plan = plan(d(2026, 6, 10), None, ConferenceKind::Initial);
    let text = |_: &Step| EventText {
        summary: "Reports, notes; a \\ sign".to_owned(),
        description: "First line\r\nsecond line\nthird\u{7}".to_owned(),
    };
    let ics = to_ics(&plan, text, None, now());
    assert!(ics.contains("SUMMARY:Reports\\, notes\\; a \\\\ sign\r\n"));
    assert!(ics.contains("DESCRIPTION:First line\\nsecond line\\nthird\r\n"));
    let calendar = parse(&ics);
    let event = calendar.events().next().unwrap();
    assert_eq!(event.get_summary(), Some("Reports, notes; a \\ sign"));
    assert_eq!(event.get_description(), Some("First line\nsecond line\nthird"));
}

#[test]
fn calendar_file_names_nobody_unless_asked() {
    let plan = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Review);
    let private = to_ics(&plan, english, None, now());
    assert!(!private.contains("Amira"));
    let named = to_ics(&plan, english, Some("Amira"), now());
    let calendar = parse(&named);
    let summaries: Vec<_> = calendar.events().map(|e| e.get_summary().unwrap().to_owned()).collect();
    assert_eq!(summaries.len(), plan.steps.len());
    assert!(summaries.iter().all(|s| s.starts_with("Amira: Step ")), "{summaries:?}");
    assert!(!named.contains("UID:Amira") && !named.lines().any(|l| l.starts_with("UID:") && l.contains("Amira")));
}

// ---- Words ---------------------------------------------------------------------------------

const TIMELINE_FTL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-GB/timeline.ftl"));

fn messages() -> Vec<ast::Message<&'static str>> {
    let resource = fluent_syntax::parser::parse(TIMELINE_FTL).expect("timeline.ftl parses cleanly");
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            _ => None,
        })
        .collect()
}

fn variables(message: &ast::Message<&str>) -> Vec<String> {
    message.value.as_ref().map(|value| family_voice::i18n::variables(value).into_iter().collect()).unwrap_or_default()
}

fn message<'a>(all: &'a [ast::Message<&'static str>], id: &str) -> &'a ast::Message<&'static str> {
    all.iter().find(|m| m.id.name == id).unwrap_or_else(|| panic!("timeline.ftl has no {id}"))
}

#[test]
fn every_step_has_a_title_and_a_body_that_uses_only_count() {
    let all = messages();
    for kind in StepKind::ALL {
        assert!(variables(message(&all, kind.title_id())).is_empty(), "{kind:?} title");
        let body = variables(message(&all, kind.body_id()));
        assert!(body.iter().all(|v| v == "count"), "{kind:?} body uses {body:?}");
    }
}

#[test]
fn every_when_line_the_timeline_can_choose_exists_with_date_and_time() {
    let all = messages();
    let timed = plan(d(2026, 6, 10), Some(t(10, 0)), ConferenceKind::Initial);
    let untimed = plan(d(2026, 6, 10), None, ConferenceKind::Initial);
    for step in timed.steps.iter().chain(&untimed.steps) {
        let vars = variables(message(&all, step.when_id()));
        let expected: &[&str] =
            if step.time.is_some() && step.bound != Bound::By { &["date", "time"] } else { &["date"] };
        assert_eq!(vars, expected, "{}", step.when_id());
    }
}

#[test]
fn every_holiday_and_screen_note_has_its_message() {
    let all = messages();
    for holiday in Holiday::ALL {
        assert!(variables(message(&all, holiday.message_id())).is_empty());
    }
    use family_voice::calendar::timeline::{
        CHECK_LOCALLY_ID, HOLIDAY_SKIPPED_ID, INTRO_ID, ONLY_IF_PLAN_ID, TITLE_ID, WORKING_DAYS_ID,
    };
    for id in [TITLE_ID, INTRO_ID, CHECK_LOCALLY_ID, WORKING_DAYS_ID, ONLY_IF_PLAN_ID] {
        assert!(variables(message(&all, id)).is_empty(), "{id}");
    }
    assert_eq!(variables(message(&all, HOLIDAY_SKIPPED_ID)), ["date", "holiday"]);
    message(&all, "error-conference-date-out-of-range");
}

#[test]
fn no_timeline_message_is_empty() {
    for message in messages() {
        let empty = message.value.as_ref().is_none_or(|v| v.elements.is_empty());
        assert!(!empty, "{} is empty", message.id.name);
    }
}
