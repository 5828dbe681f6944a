//! How the meeting will happen: joining by phone, the checklist for a video or phone meeting,
//! and when the Chair meets the family before the conference.

use chrono::{NaiveDate, NaiveTime};
use family_voice::calendar::StepKind;
use family_voice::contribution::{MeetingFormat, FORMAT_VERSION};
use family_voice::i18n::{locales, Isolation, Localizer};
use family_voice::meeting_ready::{all_item_ids, checklist, item_ids};
use family_voice::timeline_view::{for_contribution, for_screen, set_chair_meeting};
use family_voice::{Contribution, Explain};

fn en() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

fn joining(format: Option<MeetingFormat>) -> Contribution {
    let mut c = Contribution::new("en-GB");
    c.about.conference.format = format;
    c
}

#[test]
fn joining_by_phone_and_the_ticks_round_trip_through_the_saved_json() {
    let mut c = joining(Some(MeetingFormat::Phone));
    c.ready_ticks.insert("headphones".into());
    c.ready_ticks.insert("number-tested".into());
    let json = c.to_json();
    assert!(json.contains(r#""format": "phone""#), "{json}");
    assert!(json.contains(&format!(r#""formatVersion": {FORMAT_VERSION}"#)), "{json}");
    assert_eq!(Contribution::from_json(&json).unwrap(), c);
}

#[test]
fn a_draft_saved_before_phone_and_the_checklist_still_opens() {
    // As version 1 wrote it: no ticks, a video call, no minutes for the Chair's meeting.
    let old = r#"{
        "formatVersion": 1,
        "language": "pl",
        "about": { "writerName": "Ala", "conference": { "date": "2026-12-03", "format": "video" } },
        "answers": {},
        "timelineSettings": { "reportsDaysBeforeInitial": 2, "reportsDaysBeforeReview": 5 }
    }"#;
    let c = Contribution::from_json(old).unwrap();
    assert_eq!(c.about.conference.format, Some(MeetingFormat::Video));
    assert!(c.ready_ticks.is_empty());
    assert_eq!(c.timeline_settings.chair_meeting_minutes_before, 30);
    // Nothing ticked, nothing written: a draft that never used the checklist saves as before.
    assert!(!c.to_json().contains("readyTicks"));
}

#[test]
fn video_and_a_mix_get_the_camera_and_link_items_and_phone_gets_the_number_instead() {
    let video = item_ids(&joining(Some(MeetingFormat::Video)));
    let mixed = item_ids(&joining(Some(MeetingFormat::Mixed)));
    let phone = item_ids(&joining(Some(MeetingFormat::Phone)));
    assert_eq!(video, mixed);
    for id in ["link-tested", "camera", "device-charged"] {
        assert!(video.contains(&id) && !phone.contains(&id), "{id}");
    }
    for id in ["number-tested", "phone-charged"] {
        assert!(phone.contains(&id) && !video.contains(&id), "{id}");
    }
    for shared in ["private-room", "headphones", "muted", "contribution-at-hand", "call-drops", "break", "interpreter"]
    {
        assert!(video.contains(&shared) && phone.contains(&shared), "{shared}");
    }
    // In a room together, or not sure yet: no checklist at all.
    assert!(checklist(&joining(Some(MeetingFormat::InPerson)), &en()).is_none());
    assert!(checklist(&joining(None), &en()).is_none());
}

#[test]
fn the_checklist_is_in_words_for_the_way_the_family_joins_and_shows_their_ticks() {
    let mut c = joining(Some(MeetingFormat::Phone));
    c.ready_ticks.insert("private-room".into());
    // A tick from when they chose video stays saved but is not shown on the phone list.
    c.ready_ticks.insert("camera".into());
    let list = checklist(&c, &en()).unwrap();
    assert_eq!(list.title, "Getting ready for a phone meeting");
    let ticked: Vec<_> = list.items.iter().filter(|i| i.ticked).map(|i| i.id).collect();
    assert_eq!(ticked, ["private-room"]);
    let texts: Vec<_> = list.items.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("the number to ring")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("video link") || t.contains("camera")), "{texts:?}");

    c.about.conference.format = Some(MeetingFormat::Video);
    let list = checklist(&c, &en()).unwrap();
    assert_eq!(list.title, "Getting ready for a video meeting");
    let ticked: Vec<_> = list.items.iter().filter(|i| i.ticked).map(|i| i.id).collect();
    assert_eq!(ticked, ["private-room", "camera"]);
}

#[test]
fn every_checklist_item_has_its_own_words_in_every_language() {
    for locale in locales() {
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        // The language's own file, not the English a missing message would fall back to.
        let guide = loc.file_messages("guide.ftl");
        for id in all_item_ids() {
            let text = guide.get(&format!("ready-{id}")).map(String::as_str).unwrap_or_default();
            assert!(!text.trim().is_empty(), "{} has no words for ready-{id}", locale.tag);
        }
    }
}

#[test]
fn the_chair_meeting_time_the_family_sets_moves_the_timeline_and_one_no_council_gives_is_refused() {
    let mut c = joining(Some(MeetingFormat::Video));
    c.about.conference.date = NaiveDate::from_ymd_opt(2026, 12, 3);
    c.about.conference.time = NaiveTime::from_hms_opt(10, 0, 0);
    let chair_at = |c: &Contribution| for_contribution(c).unwrap().unwrap().step(StepKind::ChairMeeting).unwrap().time;
    assert_eq!(chair_at(&c), NaiveTime::from_hms_opt(9, 30, 0), "the usual half an hour");

    set_chair_meeting(&mut c, " 15 ").unwrap();
    assert_eq!(chair_at(&c), NaiveTime::from_hms_opt(9, 45, 0));
    let view = for_screen(&c, &en()).unwrap().unwrap();
    assert_eq!((view.chair_meeting.minutes, view.chair_meeting.least, view.chair_meeting.most), (15, 5, 120));
    let chair = view.steps.iter().find(|s| s.slug == "chair-meeting").unwrap();
    assert!(chair.when.contains("9:45") || chair.when.contains("09:45"), "{}", chair.when);

    for typed in ["0", "4", "121", "600", "-10", "20.5", "", "half an hour"] {
        let refused = set_chair_meeting(&mut c, typed).unwrap_err();
        assert_eq!(refused.message_id(), "error-chair-minutes-range", "{typed:?}");
    }
    assert_eq!(c.timeline_settings.chair_meeting_minutes_before, 15, "a refused number changes nothing");
    assert_eq!(en().msg("error-chair-minutes-range"), "Please choose a number of minutes from 5 to 120.");

    // A saved file holding a time no council gives is pointed out on the practical page.
    c.timeline_settings.chair_meeting_minutes_before = 500;
    let problems = c.problems(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    assert!(problems.iter().any(|p| p.message_id == "error-chair-minutes-range"), "{problems:?}");
}
