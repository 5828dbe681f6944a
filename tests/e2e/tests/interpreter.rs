//! An interpreter reviews Urdu in the real window: approves one wording, suggests a change to
//! another (a suggestion that drops a placeholder is refused first), saves the review as a PDF
//! and as a Fluent file, and comes back later to find it all still there.

use family_voice_e2e::{output_dir, pdf_text, App};

/// The card of one wording on the review screen.
fn card(key: &str) -> String {
    format!(".ir-item[data-key=\"{key}\"]")
}

/// What axe leaves out of the review: every group after the first five and every card after the
/// first of its group, except what holds an open suggestion box. Every card comes from one
/// template, so these say as much as all 500 cards, in about a tenth of the time.
const LATER_CARDS: &str = ".ir-group:nth-of-type(n+6):not(:has(.ir-change:not([hidden]))), \
     .ir-group > .ir-item:nth-of-type(n+2):not(:has(.ir-change:not([hidden])))";

/// Opens the review from the start screen and chooses a language.
async fn open_review(app: &App, tag: &str) {
    app.click("#open-review").await;
    app.wait_for_screen("interpreter-start").await;
    app.set_value("#ir-language", tag, "change").await;
}

/// Replaces what is in a suggestion box, as typing over it would.
async fn write_suggestion(app: &App, css: &str, text: &str) {
    app.wait_for(css).await;
    app.client
        .execute(
            "const box = document.querySelector(arguments[0]); box.textContent = arguments[1]; \
             box.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![css.into(), text.into()],
        )
        .await
        .expect("the suggestion box exists");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_interpreter_reviews_urdu_and_exports_the_pdf_and_the_suggestions() {
    let out = output_dir("interpreter");
    let data = out.join("data");
    let config = out.join("config");
    let env = [("FAMILY_VOICE_E2E_SAVE_DIR", out.as_path()), ("XDG_DATA_HOME", &data), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    open_review(&app, "ur").await;
    app.type_into("#ir-name", "Nadia Rahman").await;
    app.type_into("#ir-number", "NRPSI 12345").await;
    app.set_value("#ir-date", "2026-11-22", "change").await;
    app.screenshot("start").await;
    app.check_accessibility("the interpreter's start screen").await;
    app.click("#ir-begin").await;
    app.wait_for_screen("interpreter").await;
    app.wait_for_text(".ir-title", "اردو").await;
    app.wait_for_text(".ir-progress-text", "0 of ").await;
    // The review screen is English and left to right even though the wordings are Urdu.
    let dir = app.client.execute("return document.querySelector('.interpreter').dir;", vec![]).await.unwrap();
    assert_eq!(dir.as_str(), Some("ltr"));
    let translation_dir = app
        .client
        .execute(
            &format!("return document.querySelector('{} .ir-translation .ir-wording').dir;", card("app-name")),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(translation_dir.as_str(), Some("rtl"));
    app.screenshot("review-top").await;
    app.check_accessibility_except("the interpreter review of Urdu", LATER_CARDS).await;
    // Every id on the review screen is its own (a label once shared its id with another box's).
    let repeated = app
        .client
        .execute(
            "const ids = [...document.querySelectorAll('[id]')].map(e => e.id); \
             return ids.filter((id, i) => ids.indexOf(id) !== i);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(repeated, serde_json::json!([]), "ids used twice");
    // Scrolled to the end, then Shift+Tab back up the list: each control the keyboard reaches
    // sits clear of the filter bar that stays at the top (WCAG 2.4.11).
    app.client.execute("window.scrollTo(0, document.body.scrollHeight);", vec![]).await.unwrap();
    let hidden = app
        .client
        .execute(
            "const bar = document.querySelector('.ir-toolbar').getBoundingClientRect(); \
             const under = []; \
             for (const b of [...document.querySelectorAll('#screen .ir-approve')].slice(-12).reverse()) { \
               b.focus(); \
               const r = b.getBoundingClientRect(); \
               if (r.top < bar.bottom) under.push(b.closest('[data-key]')?.dataset.key); \
             } \
             return under;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(hidden, serde_json::json!([]), "focused under the sticky bar");
    app.client.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();

    // Approve the word on the Back button.
    app.click(&format!("{} .ir-approve", card("nav-back"))).await;
    app.wait_for_text(&format!("{} .ir-status", card("nav-back")), "Approved").await;
    app.wait_for_text(".ir-progress-text", "1 of ").await;

    // Suggest a change to a wording with placeholders: dropping one is refused, with a reason.
    let writer = card("summary-writer-with-relationship");
    app.click(&format!("{writer} .ir-suggest")).await;
    app.type_into(&format!("{writer} .ir-comment"), "The brackets read oddly in Urdu.").await;
    // The suggestion box holds the translation with its placeholders locked; removing one
    // (here, writing the wording afresh with only one of them) is refused.
    let placeables = app
        .client
        .execute(
            &format!("return [...document.querySelectorAll('{writer} .ir-suggestion mark.placeable')].map(m => m.textContent + m.contentEditable);"),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(placeables, serde_json::json!(["{ $name }false", "{ $relationship }false"]));
    app.client
        .execute(
            &format!("document.querySelector('{writer} .ir-suggestion').scrollIntoView({{block: 'center'}});"),
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("suggestion-box").await;
    write_suggestion(&app, &format!("{writer} .ir-suggestion"), "{ $name }").await;
    app.click(&format!("{writer} .ir-save")).await;
    app.wait_for_text(&format!("{writer} .error-message"), "{ $relationship }").await;
    app.screenshot("placeholder-refused").await;
    app.check_accessibility_except("the interpreter review with a suggestion refused", LATER_CARDS).await;
    // 8 KB of brackets inside one another (4 KB once overflowed the parser's stack and closed
    // the app) is refused with the reason, and the review carries on below.
    let deep = format!("{{ $name }} {{ $relationship }} {}", "{ ".repeat(4 * 1024));
    write_suggestion(&app, &format!("{writer} .ir-suggestion"), &deep).await;
    app.click(&format!("{writer} .ir-save")).await;
    app.wait_for_text(&format!("{writer} .error-message"), "too long").await;
    let suggestion = "{ $name }، { $relationship }";
    write_suggestion(&app, &format!("{writer} .ir-suggestion"), suggestion).await;
    // The long suggestion scrolled the page; bring the box back as a person would.
    app.client
        .execute(&format!("document.querySelector('{writer} .ir-save').scrollIntoView({{block: 'center'}});"), vec![])
        .await
        .unwrap();
    app.click(&format!("{writer} .ir-save")).await;
    app.wait_for_text(&format!("{writer} .ir-status"), "Needs a change").await;
    app.wait_for_text(".ir-progress-text", "2 of ").await;
    app.wait_for_text(&format!("{writer} .ir-decision-comment"), "The brackets read oddly").await;
    app.screenshot("suggested").await;

    // A wording with plural forms is previewed once per form Urdu has (one, other), and the
    // terms are listed with their Urdu.
    let plural = card("timeline-reports-body");
    app.client
        .execute(&format!("document.querySelector('{plural}').scrollIntoView({{block: 'start'}});"), vec![])
        .await
        .unwrap();
    let forms = app
        .client
        .execute(&format!("return document.querySelectorAll('{plural} .ir-previews dt').length;"), vec![])
        .await
        .unwrap();
    assert_eq!(forms.as_u64(), Some(2));
    app.screenshot("plural").await;
    app.client
        .execute("document.querySelector('.ir-terms').open = true; window.scrollTo(0, 0);", vec![])
        .await
        .unwrap();
    app.wait_for_text(".ir-terms tbody", "Child Protection Plan").await;
    app.screenshot("terms").await;
    app.check_accessibility_except("the interpreter review with its terms open", LATER_CARDS).await;

    // Only what needs a change.
    app.set_value("#ir-filter-status", "needs-change", "change").await;
    let shown = app
        .client
        .execute("return [...document.querySelectorAll('.ir-item')].filter(c => !c.hidden).length;", vec![])
        .await
        .unwrap();
    assert_eq!(shown.as_u64(), Some(1));
    app.screenshot("filtered").await;
    app.set_value("#ir-filter-status", "all", "change").await;

    // Export both files.
    app.click("#ir-export-pdf").await;
    app.wait_for_text(".ir-saved", "translation-review-ur.pdf").await;
    app.click("#ir-export-fluent").await;
    app.wait_for_text(".ir-saved", "translation-review-ur.ftl").await;
    // Signing off needs every wording approved.
    let disabled = app.client.execute("return document.querySelector('#ir-sign-off').disabled;", vec![]).await.unwrap();
    assert_eq!(disabled.as_bool(), Some(true));

    let text = pdf_text(&out.join("translation-review-ur.pdf"));
    for expected in [
        "Translation review",
        "Nadia Rahman",
        "NRPSI 12345",
        "Approved",
        "Needs a change",
        "The brackets read oddly in Urdu.",
    ] {
        assert!(text.contains(expected), "the review PDF lacks {expected:?}");
    }
    let _ = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "2"])
        .arg(out.join("translation-review-ur.pdf"))
        .arg(out.join("review-pdf"))
        .status();
    let fluent = std::fs::read_to_string(out.join("translation-review-ur.ftl")).unwrap();
    assert!(fluent.contains(&format!("summary-writer-with-relationship = {suggestion}")), "{fluent}");
    assert!(fluent.contains("# Interpreter: The brackets read oddly in Urdu."), "{fluent}");
    assert!(!fluent.contains("nav-back ="), "an approved wording is not a suggestion: {fluent}");
    assert!(fluent.contains("NRPSI 12345"));
    app.close().await;

    // Later: the review is still there.
    let app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    open_review(&app, "ur").await;
    let name = app.wait_for("#ir-name").await.prop("value").await.unwrap();
    assert_eq!(name.as_deref(), Some("Nadia Rahman"));
    app.click("#ir-begin").await;
    app.wait_for_screen("interpreter").await;
    app.wait_for_text(".ir-progress-text", "2 of ").await;
    app.wait_for_text(&format!("{} .ir-status", card("nav-back")), "Approved").await;
    app.close().await;
}

/// Once every Farsi wording is approved and the interpreter records the language as reviewed,
/// the "not yet checked" note leaves the language chooser for Farsi.
#[tokio::test(flavor = "multi_thread")]
async fn signing_off_a_language_ends_its_not_yet_checked_note() {
    let out = output_dir("interpreter-sign-off");
    let data = out.join("data");
    let config = out.join("config");
    let env = [("FAMILY_VOICE_E2E_SAVE_DIR", out.as_path()), ("XDG_DATA_HOME", &data), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    app.switch_language("fa").await;
    let note = app.text_of("#translation-note").await;
    // Inside a landmark (a complementary one), so a screen reader's landmark list reaches it.
    assert_eq!(
        app.client.execute("return document.querySelector('#translation-note').closest('aside, header, main, nav, footer, [role]')?.tagName ?? '';", vec![]).await.unwrap(),
        serde_json::json!("ASIDE")
    );
    assert!(!note.trim().is_empty());

    open_review(&app, "fa").await;
    app.type_into("#ir-name", "Dariush Karimi").await;
    app.type_into("#ir-number", "NRPSI 67890").await;
    app.click("#ir-begin").await;
    app.wait_for_screen("interpreter").await;
    app.wait_for_text(".ir-progress-text", "0 of ").await;
    assert_eq!(
        app.client.execute("return document.querySelector('#ir-sign-off').disabled;", vec![]).await.unwrap().as_bool(),
        Some(true)
    );
    // Approving 499 wordings one click at a time is the interpreter's afternoon, not the test's:
    // the page approves each through the same command its Approve buttons call. Each approval
    // is saved to disk before the next, so they go in batches that each end well inside
    // WebDriver's script timeout, even on a busy machine.
    let keys = app
        .client
        .execute("return [...document.querySelectorAll('.ir-item')].map(card => card.dataset.key);", vec![])
        .await
        .unwrap();
    let keys = keys.as_array().expect("a list of keys").clone();
    for batch in keys.chunks(40) {
        let outcome = app
            .client
            .execute_async(
                "const [keys, done] = arguments;
                 (async () => {
                   for (const key of keys) {
                     await window.__TAURI__.core.invoke('review_decide', { tag: 'fa', key, decision: { decision: 'approved' } });
                   }
                   return 'approved';
                 })().then(done, (e) => done(String(e)));",
                vec![batch.to_vec().into()],
            )
            .await
            .unwrap();
        assert_eq!(outcome.as_str(), Some("approved"), "{outcome:?}");
    }
    let approved = keys.len();
    assert!(approved > 400, "only {approved} wordings to approve");
    // The screen is opened again to show what was saved.
    app.click("#ir-done").await;
    app.wait_for_screen("interpreter-start").await;
    app.set_value("#ir-language", "fa", "change").await;
    app.click("#ir-begin").await;
    app.wait_for_screen("interpreter").await;
    app.wait_for_text(".ir-progress-text", "approved, 0 need a change").await;
    app.click("#ir-sign-off").await;
    app.wait_for_text(".ir-signed-off-text", "Dariush Karimi").await;
    app.screenshot("signed-off").await;
    app.check_accessibility_except("the interpreter review signed off", LATER_CARDS).await;
    let hidden =
        app.client.execute("return document.querySelector('#translation-note').hidden;", vec![]).await.unwrap();
    assert_eq!(hidden.as_bool(), Some(true), "the note is gone for Farsi");
    app.close().await;

    // It stays gone after a relaunch.
    let app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    let hidden =
        app.client.execute("return document.querySelector('#translation-note').hidden;", vec![]).await.unwrap();
    assert_eq!(hidden.as_bool(), Some(true));
    app.close().await;
}

/// Bengali on the review screen: each wording in its own language, conjuncts and all, beside the
/// English, and a plural wording previewed in each of its forms.
#[tokio::test(flavor = "multi_thread")]
async fn the_review_screen_shows_bengali_beside_the_english() {
    let out = output_dir("interpreter-bengali");
    let data = out.join("data");
    let config = out.join("config");
    let env = [("FAMILY_VOICE_E2E_SAVE_DIR", out.as_path()), ("XDG_DATA_HOME", &data), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    open_review(&app, "bn").await;
    app.click("#ir-begin").await;
    app.wait_for_screen("interpreter").await;
    app.wait_for_text(".ir-title", "বাংলা").await;
    let welcome = card("welcome-title");
    let lang = app
        .client
        .execute(&format!("return document.querySelector('{welcome} .ir-translation .ir-wording').lang;"), vec![])
        .await
        .unwrap();
    assert_eq!(lang.as_str(), Some("bn"));
    app.client.execute(&format!("document.querySelector('{welcome}').scrollIntoView();"), vec![]).await.unwrap();
    app.screenshot("welcome-title").await;
    let plural = card("timeline-reports-body");
    app.client.execute(&format!("document.querySelector('{plural}').scrollIntoView();"), vec![]).await.unwrap();
    let forms = app
        .client
        .execute(&format!("return document.querySelectorAll('{plural} .ir-previews dt').length;"), vec![])
        .await
        .unwrap();
    assert_eq!(forms.as_u64(), Some(2), "Bengali has two plural forms");
    app.screenshot("plural").await;
    app.close().await;
}
