//! "My notes for the day" in the real window: made from the answers, one line edited, a
//! question added, printed on one page and read back; notes too long for a page are said on
//! screen and nothing is saved until they are shortened.

use family_voice_e2e::{output_dir, pdf_text, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_parent_edits_their_notes_for_the_day_and_prints_them_on_one_page() {
    let out = output_dir("notes");
    let pdf = out.join("notes-for-the-day-2026-12-03.pdf");
    let mut app = App::launch(&[("FAMILY_VOICE_E2E_SAVE_DIR", &out)], out.clone()).await;
    app.start_draft("").await;
    app.type_into("#f-writerName", "Joanna Kowalska").await;
    app.set_value("#f-conference-date", "2026-12-03", "input").await;
    app.click("#next").await;

    // Part 1: two answers about what is going well; part 2: a difficulty.
    app.wait_for("main#screen[data-screen='part'] .progress").await;
    app.type_into("#answer-prompt-strengths-family", "We laugh a lot together. We cook on Sundays.").await;
    app.type_into("#answer-prompt-strengths-parenting", "I get them to school on time.").await;
    app.click("#next").await;
    app.wait_for("#answer-prompt-worries-difficulties").await;
    app.type_into("#answer-prompt-worries-difficulties", "Money is tight since I lost my job. The flat is damp.").await;
    for _ in 2..=6 {
        app.click("#next").await;
    }
    app.wait_for_screen("check").await;
    app.click("#make-pdf").await;
    app.wait_for_screen("done").await;

    app.click("#open-notes").await;
    app.wait_for_screen("notes").await;
    let labels: Vec<String> = app
        .client
        .execute("return [...document.querySelectorAll('.notes-fields label')].map(l => l.textContent);", vec![])
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        labels,
        [
            "What is working well",
            "What I am worried about",
            "What needs to change",
            "What I want to say about the reports",
            "My questions for the Chair",
            "Who is coming with me"
        ]
    );
    assert_eq!(app.value_of("#notes-working-well").await, "We laugh a lot together.\nI get them to school on time.");
    assert_eq!(app.value_of("#notes-worries").await, "Money is tight since I lost my job.");
    app.check_accessibility("the notes for the day").await;
    app.screenshot("notes-from-the-answers").await;

    // One line edited, a question added.
    app.set_value("#notes-working-well", "We laugh a lot together.\nThey are never late for school.", "input").await;
    app.type_into("#notes-questions", "When will I get the plan?").await;

    // Far too much for one page: said on screen, nothing saved.
    let long: String = (1..=40).map(|i| format!("Worry number {i}, written out at some length.\n")).collect();
    app.set_value("#notes-worries", &long, "input").await;
    app.click("#print-notes").await;
    app.wait_for(".status.error").await;
    let status = app.text_of(".status").await;
    assert!(status.contains("too long for one page"), "{status}");
    assert!(!pdf.exists(), "nothing is saved while the notes do not fit");
    app.screenshot("notes-too-long").await;

    app.set_value("#notes-worries", "Money is tight since I lost my job.", "input").await;
    app.screenshot("notes").await;
    app.click("#print-notes").await;
    app.wait_for_screen("done").await;
    assert!(app.screen_text().await.contains("notes-for-the-day-2026-12-03.pdf"));

    // The edits stay with the draft: back on the notes, they are as the family left them.
    app.click("#open-notes").await;
    app.wait_for_screen("notes").await;
    assert_eq!(app.value_of("#notes-working-well").await, "We laugh a lot together.\nThey are never late for school.");
    app.close().await;

    let text = pdf_text(&pdf);
    let mut at = 0;
    for expected in [
        "My notes for the day",
        "What is working well",
        "We laugh a lot together.",
        "They are never late for school.",
        "What I am worried about",
        "Money is tight since I lost my job.",
        "What needs to change",
        "My questions for the Chair",
        "When will I get the plan?",
        "Who is coming with me",
        "Page 1 of 1",
    ] {
        let found = text[at..].find(expected).unwrap_or_else(|| panic!("{expected:?} after {at} in {text}"));
        at += found + expected.len();
    }
    assert!(!text.contains("I get them to school on time"), "the edited line replaced the old one: {text}");
    assert!(!text.contains("We cook on Sundays"), "only the first sentence of an answer: {text}");
}
