//! A parent says the conference is by video, ticks two things on the checklist for getting
//! ready, and finds them still ticked after the app is closed and opened again; then says it is
//! by phone and sees the phone's items instead of the camera and link; the guide shows the same
//! checklist under its section on video and phone meetings; and the Chair's meeting time is
//! changed on the timeline, a time no council gives being refused with the reason.

use family_voice_e2e::{output_dir, App, Folders};

#[tokio::test(flavor = "multi_thread")]
async fn the_checklist_follows_the_way_the_family_joins_and_its_ticks_survive_a_relaunch() {
    let out = output_dir("meeting-ready");
    let folders = Folders::new(&out);
    let label = "Ready for the call";

    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.start_draft(label).await;
    // In a room together: nothing to get ready for a call.
    app.click("input[name='conference.format'][value='in-person']").await;
    let hidden = app.client.execute("return document.getElementById('about-ready').hidden;", vec![]).await.unwrap();
    assert_eq!(hidden, serde_json::Value::Bool(true), "no checklist for a meeting in a room");

    app.click("input[name='conference.format'][value='video']").await;
    app.wait_for("#ready-private-room").await;
    app.wait_for_text("#about-ready h2", "Getting ready for a video meeting").await;
    let video = app.text_of("#about-ready").await;
    assert!(video.contains("Try the video link from your invitation the day before"), "{video}");
    assert!(video.contains("ask your social worker for a phone number to ring if the call drops"), "{video}");
    app.click("#ready-private-room").await;
    app.click("#ready-headphones").await;
    app.wait_for_text("#save-status", "Saved").await;
    app.client
        .execute("document.getElementById('about-ready').scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    app.screenshot("video-checklist").await;
    app.check_accessibility("the practical page with the video checklist").await;
    app.close().await;

    // Opened again: the two ticks are there, the others are not.
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.open_draft(label).await;
    app.wait_for("#ready-private-room").await;
    let ticked = |id: &'static str| {
        let app = &app;
        async move { app.wait_for(&format!("#ready-{id}")).await.prop("checked").await.unwrap().as_deref() == Some("true") }
    };
    assert!(ticked("private-room").await, "a tick was lost on relaunch");
    assert!(ticked("headphones").await, "a tick was lost on relaunch");
    assert!(!ticked("link-tested").await, "an item never ticked is ticked");

    // By phone: the phone's own wording, and no camera or video link.
    app.click("input[name='conference.format'][value='phone']").await;
    app.wait_for_text("#about-ready h2", "Getting ready for a phone meeting").await;
    let phone = app.text_of("#about-ready").await;
    assert!(phone.contains("check you have the number to ring and any code from your invitation"), "{phone}");
    assert!(phone.contains("Charge your phone the day before"), "{phone}");
    assert!(!phone.contains("video link") && !phone.contains("camera"), "{phone}");
    assert!(ticked("private-room").await, "ticks made for video carry over to the same item by phone");
    app.client
        .execute("document.getElementById('about-ready').scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    app.screenshot("phone-checklist").await;

    // The guide shows the same checklist under its section on video and phone meetings.
    app.click("#nav-guide").await;
    app.wait_for_screen("guide").await;
    app.wait_for_text("#guide-video h2", "Meetings by video or phone").await;
    app.wait_for_text("#guide-ready h2", "Getting ready for a phone meeting").await;
    let in_guide = app.wait_for("#guide-ready-headphones").await.prop("checked").await.unwrap();
    assert_eq!(in_guide.as_deref(), Some("true"));
    app.client
        .execute("document.getElementById('guide-video').scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    app.screenshot("guide-checklist").await;
    app.click("#back").await;

    // The Chair's meeting: 15 minutes before a 10:00 conference is 9:45; 3 minutes is refused.
    app.wait_for_screen("about").await;
    app.set_value("#f-conference-date", "2026-12-03", "input").await;
    app.set_value("#f-conference-time", "10:00", "input").await;
    app.click("#nav-timeline").await;
    app.wait_for(".steps li[data-step='chair-meeting']").await;
    assert_eq!(app.value_of("#chair-minutes").await, "30");
    app.set_value("#chair-minutes", "15", "change").await;
    app.wait_for_text("li[data-step='chair-meeting'] .when", "9:45").await;
    app.set_value("#chair-minutes", "3", "change").await;
    app.wait_for_text("#chair-minutes-problem", "from 5 to 120").await;
    assert_eq!(app.attribute_of("#chair-minutes", "aria-invalid").await, "true");
    assert!(
        app.text_of("li[data-step='chair-meeting'] .when").await.contains("9:45"),
        "a refused time changes nothing"
    );
    app.client
        .execute("document.getElementById('chair-minutes').scrollIntoView({ block: 'center' });", vec![])
        .await
        .unwrap();
    app.screenshot("chair-minutes-refused").await;
    app.close().await;
}
