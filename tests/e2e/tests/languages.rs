//! A family switches the app to Arabic and to Bengali: the whole window turns (direction and
//! language), nothing typed is lost, and the PDF carries their language with the English.

use family_voice_e2e::{output_dir, pdf_text, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_family_writes_in_arabic_and_in_bengali_and_prints_with_the_english() {
    let out = output_dir("languages");
    let data = out.join("data");
    let config = out.join("config");
    let env = [("FAMILY_VOICE_E2E_SAVE_DIR", out.as_path()), ("XDG_DATA_HOME", &data), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;

    // Arabic: the whole window turns right to left, and the unchecked-translation note shows.
    app.switch_language("ar").await;
    assert_eq!(app.root_attribute("dir").await, "rtl");
    app.wait_for_screen("welcome").await;
    assert!(!app.text_of("#translation-note").await.is_empty());
    app.screenshot("arabic-welcome").await;
    app.start_draft("").await;
    app.type_into("#f-writerName", "فاطمة").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    let arabic = "نقرأ معا قصة كل ليلة قبل النوم";
    app.type_into("textarea", arabic).await;
    app.screenshot("arabic-part").await;

    // Bengali, on the same draft: the questions change language, the Arabic answer stays.
    app.switch_language("bn").await;
    assert_eq!(app.root_attribute("dir").await, "ltr");
    app.wait_for_screen("part").await;
    assert_eq!(app.wait_for("textarea").await.prop("value").await.unwrap().as_deref(), Some(arabic));
    let bengali = "আমরা প্রতি রাতে ঘুমানোর আগে একসাথে গল্প পড়ি।";
    app.type_into("form.prompts > .field:nth-child(2) textarea", bengali).await;
    app.screenshot("bengali-part").await;
    for _ in 0..6 {
        app.click("#next").await;
    }
    app.wait_for_screen("review").await;
    app.click("#make-pdf").await;
    app.wait_for_screen("done").await;
    app.screenshot("bengali-done").await;
    let pdf = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .expect("the PDF was saved");
    let text = pdf_text(&pdf);
    assert!(text.contains(bengali), "{text}");
    for word in arabic.split_whitespace() {
        assert!(text.contains(word), "the Arabic word {word} is missing: {text}");
    }
    assert!(text.contains("What are the strengths in your family?"), "the English question is there: {text}");
    let _ =
        std::process::Command::new("pdftoppm").args(["-png", "-r", "60"]).arg(&pdf).arg(out.join("pdf-page")).status();
    app.close().await;
}
