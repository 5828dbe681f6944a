//! A parent opens the guide from any screen (it says how to hide the screen quickly), and follows
//! a word on a part's screen to what it means.

use family_voice_e2e::{output_dir, App};

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_and_glossary_explain_the_words_a_part_uses() {
    let out = output_dir("guide");
    let mut app = App::launch(&[], out.clone()).await;

    // The welcome screen explains the first few words and links to the rest.
    app.wait_for_screen("welcome").await;
    app.click("details.words summary").await;
    assert!(app.text_of("dl.first-words").await.contains("Core group"));
    app.screenshot("welcome-words").await;
    app.check_accessibility("the welcome screen with its words open").await;

    app.click("#nav-guide").await;
    app.wait_for_screen("guide").await;
    let text = app.screen_text().await;
    for expected in [
        "What the Chair does",
        "How the meeting runs",
        "The core group",
        "If you are unhappy",
        // How to hide the screen, and why typing never does.
        "Keeping your drafts private",
        "the Shift key three times",
        "Section 47 enquiry",
        "Neglect",
    ] {
        assert!(text.contains(expected), "the guide lacks {expected:?}");
    }
    app.screenshot("guide").await;
    app.check_accessibility("the guide").await;
    app.click("#back").await;
    app.wait_for_screen("welcome").await;

    // To part 4, whose introduction mentions a Child Protection Plan.
    app.click("#start").await;
    app.wait_for_screen("about").await;
    app.click("#next").await;
    for _ in 1..4 {
        app.wait_for_screen("part").await;
        app.click("#next").await;
    }
    app.wait_for_text(".part-title", "What should happen next").await;
    app.client
        .find(family_voice_e2e::fantoccini::Locator::Css("textarea"))
        .await
        .unwrap()
        .send_keys("Keep going to the parenting group.")
        .await
        .unwrap();
    app.click(".term-links button").await;
    app.wait_for_screen("guide").await;
    assert_eq!(app.focused_id().await, "glossary-plan", "the link lands on the word's meaning");
    app.screenshot("glossary-plan").await;

    // Back returns to the part with what was typed.
    app.click("#back").await;
    app.wait_for_text(".part-title", "What should happen next").await;
    let kept = app.wait_for("textarea").await.prop("value").await.unwrap().unwrap();
    assert_eq!(kept, "Keep going to the parenting group.");
    app.close().await;
}
