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
    app.check_accessibility("the welcome screen in Arabic (right to left)").await;
    app.start_draft("").await;
    app.type_into("#f-writerName", "فاطمة").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    let arabic = "نقرأ معا قصة كل ليلة قبل النوم";
    app.type_into("textarea", arabic).await;
    app.screenshot("arabic-part").await;
    app.check_accessibility("a part in Arabic (right to left)").await;

    // Bengali, on the same draft: the questions change language, the Arabic answer stays.
    app.switch_language("bn").await;
    assert_eq!(app.root_attribute("dir").await, "ltr");
    app.wait_for_screen("part").await;
    assert_eq!(app.wait_for("textarea").await.prop("value").await.unwrap().as_deref(), Some(arabic));
    let bengali = "আমরা প্রতি রাতে ঘুমানোর আগে একসাথে গল্প পড়ি।";
    app.type_into("form.prompts > .field:nth-child(2) textarea", bengali).await;
    app.screenshot("bengali-part").await;
    app.check_accessibility("a part in Bengali").await;
    for _ in 0..6 {
        app.click("#next").await;
    }
    app.wait_for_screen("check").await;
    app.click("#make-pdf").await;
    app.wait_for_screen("done").await;
    app.screenshot("bengali-done").await;
    app.check_accessibility("the PDF made, in Bengali").await;
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

/// Measures the words of `sample` in the screen's own font stack, in `face` alone, and in
/// `other` alone (to show the measure tells faces apart): the widths in pixels at 40 px, summed
/// over the words (a space may rightly come from the first face of the stack).
async fn widths(app: &App, sample: &str, face: &str, other: &str) -> [f64; 3] {
    let measured = app
        .client
        .execute(
            "const [sample, face, other] = arguments; \
             const probe = (style) => sample.split(' ').reduce((sum, word) => { \
               const s = document.createElement('span'); s.textContent = word; \
               s.style.cssText = 'position: absolute; white-space: nowrap; font-size: 40px;' + style; \
               document.querySelector('main#screen').append(s); const w = s.getBoundingClientRect().width; \
               s.remove(); return sum + w; }, 0); \
             return [probe(''), probe(`font-family: \"${face}\"`), probe(`font-family: \"${other}\"`)];",
            vec![sample.into(), face.into(), other.into()],
        )
        .await
        .unwrap();
    serde_json::from_value(measured).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_script_is_drawn_in_a_face_made_for_it() {
    let out = output_dir("languages-faces");
    let data = out.join("data");
    let config = out.join("config");
    let env = [("XDG_DATA_HOME", data.as_path()), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    // Urdu's ہ and ے once came from another font than the letters beside them, and did not join.
    let samples = [
        ("ur", "حصہ ہیں اور یہ بچے", "Noto Nastaliq Urdu"),
        ("ar", "نقرأ معا قصة كل ليلة", "Noto Sans Arabic"),
        ("fa", "پیش‌نویس‌های شما", "Noto Sans Arabic"),
        ("bn", "আমরা প্রতি রাতে গল্প পড়ি", "Noto Sans Bengali"),
        ("pa", "ਤੁਹਾਡੇ ਖਰੜੇ ਬੰਦ ਹਨ", "Noto Sans Gurmukhi"),
        ("gu", "તમારા ડ્રાફ્ટ લૉક છે", "Noto Sans Gujarati"),
    ];
    // A face each sample looks different in, to show the measure can tell: the Arabic script's
    // Kufi face, and the serif face of each Indic script.
    let other = |face: &str| match face {
        "Noto Sans Bengali" => "Noto Serif Bengali",
        "Noto Sans Gurmukhi" => "Noto Serif Gurmukhi",
        "Noto Sans Gujarati" => "Noto Serif Gujarati",
        _ => "Noto Kufi Arabic",
    };
    // Typed on an English screen, each script is still drawn whole in its own face (Urdu in the
    // Arabic face: Nastaliq is for Urdu screens).
    for (_, sample, face) in samples {
        let face = if face == "Noto Nastaliq Urdu" { "Noto Sans Arabic" } else { face };
        let [page, intended, different] = widths(&app, sample, face, other(face)).await;
        assert!((page - intended).abs() < 0.5, "{sample} on an English screen: {page} px, {face} {intended} px");
        assert!((intended - different).abs() > 1.0, "{sample}: the measure cannot tell {face} from {}", other(face));
    }
    for (tag, sample, face) in samples {
        app.switch_language(tag).await;
        app.wait_for_screen("welcome").await;
        let [page, intended, different] = widths(&app, sample, face, other(face)).await;
        assert!((page - intended).abs() < 0.5, "{tag}: {page} px, {face} {intended} px");
        assert!((intended - different).abs() > 1.0, "{tag}: the measure cannot tell {face} from {}", other(face));
        app.screenshot(&format!("{tag}-welcome")).await;
    }
    app.close().await;
}
