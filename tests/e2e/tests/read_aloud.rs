//! A parent hears a question read aloud in English and stops it; on a Somali screen, which no
//! voice on the computer speaks, the note says so and no button shows.

use std::path::Path;

use family_voice_e2e::{output_dir, App, Folders};

const BUTTON: &str = "button.read-aloud[data-read-aloud=\"prompt-strengths-family\"]";

/// The WAV files the app keeps in its cache folder.
fn sounds(cache: &Path) -> Vec<Vec<u8>> {
    let folder = cache.join("uk.familyvoice.desktop/speech");
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "wav"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_question_is_read_aloud_and_stopped_and_somali_shows_the_note() {
    let out = output_dir("read-aloud");
    let folders = Folders::new(&out);
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.start_draft("").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;

    // A button beside each question, labelled in the family's language.
    app.wait_for(&format!("{BUTTON}:not([hidden])")).await;
    assert_eq!(app.text_of(BUTTON).await.trim(), "Read aloud");
    assert!(app.text_of(".read-aloud-note").await.is_empty());
    let buttons = app
        .client
        .execute("return document.querySelectorAll('button.read-aloud:not([hidden])').length;", vec![])
        .await
        .unwrap();
    assert_eq!(buttons.as_u64(), Some(3), "one button for each of the part's three questions");
    app.screenshot("part-read-aloud").await;
    app.check_accessibility("a part with its read-aloud buttons").await;

    // Reading: the sound is made and kept, the page plays it (the CSP lets it), and the button
    // becomes Stop.
    assert!(sounds(&folders.cache).is_empty());
    app.click(BUTTON).await;
    app.wait_for(&format!("{BUTTON}[data-state=\"playing\"]")).await;
    assert_eq!(app.text_of(BUTTON).await.trim(), "Stop");
    for _ in 0..200 {
        if !sounds(&folders.cache).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let made = sounds(&folders.cache);
    assert_eq!(made.len(), 1, "one sound, for the one question");
    let seconds = family_voice::speech::wav_seconds(&made[0]).expect("a WAV with sound in it");
    assert!(seconds > 2.0 && seconds < 60.0, "{seconds} s for a question and its hint");
    app.screenshot("part-reading").await;

    let sound = app
        .client
        .execute("const a = document.querySelector('audio.read-aloud-sound'); return a ? !a.paused : null;", vec![])
        .await
        .unwrap();
    assert_eq!(sound.as_bool(), Some(true), "the page plays the sound");

    // Stop stops it at once: the click's own handler pauses and removes the sound (looked at in
    // the same script as the click, before anything else can run), and it stays stopped.
    let after_click = app
        .client
        .execute(
            "const b = document.querySelector(arguments[0]); b.click(); \
             return [b.dataset.state, document.querySelectorAll('audio').length];",
            vec![BUTTON.into()],
        )
        .await
        .unwrap();
    assert_eq!(after_click, serde_json::json!(["idle", 0]), "Stop stops the sound in its own click");
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(app.attribute_of(BUTTON, "data-state").await, "idle");
    assert_eq!(app.text_of(BUTTON).await.trim(), "Read aloud");
    let sounds_left = app.client.execute("return document.querySelectorAll('audio').length;", vec![]).await.unwrap();
    assert_eq!(sounds_left.as_u64(), Some(0), "nothing is left playing");

    // Somali: no voice, so the note instead of the buttons.
    app.switch_language("so").await;
    app.wait_for(".read-aloud-note:not([hidden])").await;
    assert_eq!(app.text_of(".read-aloud-note").await, "Kombiyuutarkan ma laha cod u akhriyi kara luqaddan si kor ah.");
    let shown = app
        .client
        .execute("return document.querySelectorAll('button.read-aloud:not([hidden])').length;", vec![])
        .await
        .unwrap();
    assert_eq!(shown.as_u64(), Some(0), "no button where no voice can read");
    app.screenshot("part-somali-note").await;
    app.close().await;
}
