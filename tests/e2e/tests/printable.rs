//! What the PDF could not print is said under the box while the family types, and goes when
//! the words are fixed: never a silent box on the page.

use std::time::Duration;

use family_voice_e2e::{output_dir, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_note_under_the_box_names_what_cannot_be_printed_until_it_is_taken_out() {
    let out = output_dir("printable");
    let mut app = App::launch(&[], out.clone()).await;
    app.start_draft("").await;

    // 🫠 is newer than the black-and-white emoji font; U+E000 is a private-use character.
    app.set_value("#f-accessNeeds", "A quiet room 🫠 \u{E000}", "input").await;
    app.wait_for_text("#f-accessNeeds-printable", "U+E000").await;
    let note = app.text_of("#f-accessNeeds-printable").await;
    assert!(note.contains("will not print") && note.contains("🫠") && note.contains("take them out"), "{note}");
    assert_eq!(app.attribute_of("#f-accessNeeds-printable", "role").await, "status");
    let described = app.attribute_of("#f-accessNeeds", "aria-describedby").await;
    assert!(described.split(' ').any(|id| id == "f-accessNeeds-printable"), "{described}");
    app.client.execute("document.getElementById('f-accessNeeds').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("note").await;

    app.set_value("#f-accessNeeds", "A quiet room", "input").await;
    for _ in 0..50 {
        if app.attribute_of("#f-accessNeeds-printable", "id").await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.attribute_of("#f-accessNeeds-printable", "id").await, "", "the note goes once the words print");
    assert_eq!(app.attribute_of("#f-accessNeeds", "aria-describedby").await, "f-accessNeeds-hint");
    app.close().await;
}
