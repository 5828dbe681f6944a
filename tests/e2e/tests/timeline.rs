//! A parent enters the conference date and sees what happens when, changes the council's notice
//! for the reports, and saves the dates as a calendar file.

use family_voice_e2e::{output_dir, App};

#[tokio::test(flavor = "multi_thread")]
async fn the_timeline_follows_the_conference_date_and_exports_a_calendar_file() {
    let out = output_dir("timeline");
    let mut app = App::launch(&[("FAMILY_VOICE_E2E_SAVE_DIR", &out)], out.clone()).await;

    // Before a date is given, the timeline says where to add it.
    app.start_draft("").await;
    app.click("#nav-timeline").await;
    app.wait_for_screen("timeline").await;
    assert!(app.screen_text().await.contains("Add the date of your conference"));
    app.click("#add-date").await;

    app.wait_for_screen("about").await;
    app.wait_for("#f-children-0-name").await.send_keys("Amira").await.unwrap();
    app.set_value("#f-conference-date", "2026-12-03", "input").await;
    app.set_value("#f-conference-time", "10:30", "input").await;
    app.click("input[name='conference.kind'][value='initial']").await;

    app.click("#nav-timeline").await;
    app.wait_for(".steps li[data-step='reports']").await;
    let text = app.screen_text().await;
    for expected in [
        "You get the reports",
        "By Tuesday 1 December 2026 at the latest",
        "Thursday 3 December 2026 at about 10:00am",
        "Thursday 3 December 2026 at 10:30am",
        "By Friday 4 December 2026 at the latest",
        "By Thursday 17 December 2026 at the latest",
        "Only if there is a Child Protection Plan",
        "check with your social worker",
    ] {
        assert!(text.contains(expected), "the timeline lacks {expected:?}:\n{text}");
    }
    app.screenshot("timeline").await;
    app.check_accessibility("the timeline").await;

    // A number no council gives is refused, with the reason under the box; the date stays.
    app.set_value("#reports-days", "25", "change").await;
    app.wait_for_text("#reports-days-problem", "from 0 to 20").await;
    // Marked invalid for assistive technology, and the reason said aloud as it appears.
    assert_eq!(app.attribute_of("#reports-days", "aria-invalid").await, "true");
    assert_eq!(app.attribute_of("#reports-days-problem", "role").await, "alert");
    app.client
        .execute("document.getElementById('reports-days').scrollIntoView({ block: 'center' });", vec![])
        .await
        .unwrap();
    app.screenshot("notice-refused").await;
    app.check_accessibility("the timeline with a notice refused").await;
    assert!(app.text_of("li[data-step='reports'] .when").await.contains("Tuesday 1 December 2026"));

    // A council that sends reports 5 working days before: the date moves back.
    app.set_value("#reports-days", "5", "change").await;
    app.wait_for_text("li[data-step='reports'] .when", "By Thursday 26 November 2026 at the latest").await;
    assert_eq!(app.text_of("#reports-days-problem").await, "");
    assert_eq!(app.attribute_of("#reports-days", "aria-invalid").await, "", "valid again");

    // The calendar file, without names unless asked.
    app.click("#save-calendar").await;
    let ics_path = out.join("conference-dates-2026-12-03.ics");
    app.wait_for_text(".calendar .status", "conference-dates-2026-12-03.ics").await;
    let ics = std::fs::read_to_string(&ics_path).expect("the calendar file was saved");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;TZID=Europe/London:20261203T103000"), "{ics}");
    assert!(ics.contains("20261126"), "the reports deadline uses the family's setting: {ics}");
    assert!(!ics.contains("Amira"), "no names unless the family asks");
    app.click("#calendar-names").await;
    app.click("#save-calendar").await;
    let named = loop {
        let text = std::fs::read_to_string(&ics_path).unwrap();
        if text.contains("Amira") {
            break text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(named.contains("SUMMARY:Amira: The conference"), "{named}");
    app.screenshot("timeline-saved").await;

    app.click("#back").await;
    app.wait_for_screen("about").await;
    app.close().await;
}
