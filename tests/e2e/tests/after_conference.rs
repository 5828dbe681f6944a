//! After the conference: a parent records what was decided and sees the timeline use the real
//! dates, then prepares the review conference's draft from the finished one and sees last time's
//! answer beside its question. The finished draft's file is not touched.

use family_voice_e2e::{output_dir, App, Folders};

#[tokio::test(flavor = "multi_thread")]
async fn the_outcome_moves_the_timeline_to_the_real_dates_and_the_review_draft_shows_last_times_answers() {
    let out = output_dir("after-conference");
    let folders = Folders::new(&out);
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;

    app.start_draft("Sam — first conference").await;
    app.wait_for("#f-writerName").await.send_keys("Sam").await.unwrap();
    app.set_value("#f-conference-date", "2026-12-03", "input").await;
    app.click("input[name='conference.kind'][value='initial']").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    let said = "We read together every night.";
    app.wait_for("form.prompts textarea").await.send_keys(said).await.unwrap();

    // The usual deadlines first: core group within 10 working days, review within 3 months.
    app.click("#nav-timeline").await;
    app.wait_for(".steps li[data-step='core-group']").await;
    assert!(app.text_of("li[data-step='core-group'] .when").await.contains("Thursday 17 December 2026"));
    assert!(app.text_of("li[data-step='first-review'] .when").await.contains("Wednesday 3 March 2027"));

    // A date before the conference is refused, with the reason.
    app.click("#outcome-plan-yes").await;
    app.click("#outcome-category-neglect").await;
    // Another change on the screen draws the timeline again; the tick not saved yet stays.
    app.set_value("#reports-days", "3", "change").await;
    app.wait_for_text("li[data-step='reports'] .when", "Monday 30 November 2026").await;
    app.wait_for("#outcome-category-neglect:checked").await;
    app.set_value("#outcome-review", "2026-11-20", "input").await;
    app.click("#outcome-save").await;
    app.wait_for_text("#outcome-problem", "must be after the conference").await;
    assert!(app.text_of("li[data-step='first-review'] .when").await.contains("Wednesday 3 March 2027"));

    // The real dates given at the conference.
    app.set_value("#outcome-core-group", "2026-12-10", "input").await;
    app.set_value("#outcome-review", "2027-02-18", "input").await;
    app.click("#outcome-save").await;
    app.wait_for_text("li[data-step='core-group'] .when", "Thursday 10 December 2026").await;
    assert_eq!(app.text_of("li[data-step='first-review'] .when").await, "Thursday 18 February 2027");
    let text = app.screen_text().await;
    assert!(text.contains("the ones you were given at the conference"), "{text}");
    assert!(!text.contains("Only if there is a Child Protection Plan"), "there is a plan now:\n{text}");
    assert_eq!(app.text_of("#outcome-problem").await, "");
    // The categories of harm are the core's list in words, and the one ticked stays ticked when
    // the timeline is drawn again with the new dates.
    app.wait_for("#outcome-category-neglect:checked").await;
    assert_eq!(app.text_of("label[for='outcome-category-physical'] .category-name").await, "Physical abuse");
    assert!(app.text_of("#outcome-category-neglect-hint").await.contains("food"));
    app.client
        .execute("document.querySelector(\"li[data-step='core-group']\").scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    app.screenshot("timeline-real-dates").await;
    app.client.execute("document.querySelector('.outcome').scrollIntoView({ block: 'start' });", vec![]).await.unwrap();
    app.screenshot("outcome-recorded").await;
    app.check_accessibility("the timeline with the outcome").await;

    // The guide's complaints section keeps the council's contact with the draft.
    let council = "Conference service, 01632 960000";
    app.click("#nav-guide").await;
    app.wait_for_screen("guide").await;
    app.wait_for("#guide-complain #guide-council").await.send_keys(council).await.unwrap();
    app.client
        .execute("document.getElementById('guide-complain').scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    app.screenshot("complaints-council-contact").await;
    app.check_accessibility("the guide with the council's contact").await;

    // Back to the drafts (the change saves first), and the finished draft's file as it is now.
    app.click("#nav-drafts").await;
    app.wait_for_screen("welcome").await;
    let drafts = folders.drafts().expect("the drafts folder");
    let before: Vec<(String, Vec<u8>)> = folders
        .draft_files()
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(drafts.join(&name)).unwrap();
            (name, bytes)
        })
        .collect();
    assert!(!before.is_empty());

    app.click("li.draft-card button.prepare-review[aria-label$=\"Sam — first conference\"]").await;
    app.wait_for_screen("about").await;
    assert_eq!(app.value_of("#f-writerName").await, "Sam", "the practical page is kept");
    assert_eq!(app.value_of("#f-conference-date").await, "2027-02-18", "on the review date recorded");
    app.click("#next").await;
    app.wait_for_screen("part").await;
    app.wait_for_text(".last-time", "Last time you said:").await;
    let last = app.text_of(".last-time").await;
    assert!(last.contains(said) && last.contains("What has changed since then?"), "{last}");
    assert_eq!(app.value_of("form.prompts textarea").await, "", "this time's answer starts empty");
    app.screenshot("last-time-you-said").await;
    app.check_accessibility("a review draft's part").await;

    // The same council: its contact comes too.
    app.click("#nav-guide").await;
    app.wait_for_screen("guide").await;
    assert_eq!(app.value_of("#guide-council").await, council);

    for (name, bytes) in &before {
        assert_eq!(&std::fs::read(drafts.join(name)).unwrap(), bytes, "{name} changed");
    }
    app.close().await;
}
