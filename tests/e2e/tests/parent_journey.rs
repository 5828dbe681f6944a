//! A parent goes through the whole journey in the real app window, as a new user would, and
//! makes their PDF.

use family_voice_e2e::fantoccini::key::Key;
use family_voice_e2e::fantoccini::Locator;
use family_voice_e2e::{output_dir, pdf_text, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_parent_prepares_their_contribution_and_makes_a_pdf() {
    let out = output_dir("parent-journey");
    let pdf = out.join("family-contribution-2026-12-03.pdf");
    let mut app = App::launch(&[("FAMILY_VOICE_E2E_SAVE_DIR", &out)], out.clone()).await;

    // Welcome: plain words about the conference; Start works from the keyboard.
    app.wait_for_screen("welcome").await;
    let welcome = app.screen_text().await;
    assert!(welcome.contains("Child Protection Plan"), "{welcome}");
    assert!(welcome.contains("It is not a court"), "{welcome}");
    assert_eq!(app.client.title().await.unwrap(), "Family Voice");
    // Built as it ships, the strict CSP applies: no eval, no inline script.
    let eval = app
        .client
        .execute("try { new Function('return 1')(); return 'allowed'; } catch (e) { return 'blocked'; }", vec![])
        .await
        .unwrap();
    assert_eq!(eval.as_str(), Some("blocked"), "the CSP forbids eval");
    app.screenshot("welcome").await;
    app.check_accessibility("the welcome screen").await;
    let start = app.wait_for("#start").await;
    start.send_keys(&Key::Enter.to_string()).await.unwrap();

    // The practical page, with one mistake to see the error summary.
    app.wait_for_screen("about").await;
    app.type_into("#f-writerName", "Joanna Kowalska").await;
    app.type_into("#f-relationship", "mum").await;
    app.type_into("#f-children-0-name", "Zoë").await;
    app.type_into("#f-children-0-age", "30").await;
    app.click("#add-child").await;
    app.type_into("#f-children-1-name", "Tomasz").await;
    app.set_value("#f-children-1-dateOfBirth", "2019-03-14", "input").await;
    app.set_value("#f-conference-date", "2026-12-03", "input").await;
    app.set_value("#f-conference-time", "10:30", "input").await;
    app.click("input[name='conference.kind'][value='initial']").await;
    app.click("input[name='conference.format'][value='video']").await;
    app.type_into("#f-socialWorker", "Sam Okafor").await;
    app.click("input[name='helper.kind'][value='advocate']").await;
    app.type_into("#f-helper-name", "Ayşe Demir").await;
    app.click("input[name='interpreter.needed'][value='yes']").await;
    app.type_into("#f-interpreter-language", "Polish").await;
    app.type_into("#f-accessNeeds", "A quiet room to wait in.").await;
    app.screenshot("about-filled").await;
    app.check_accessibility("the practical page, filled in").await;
    app.click("#next").await;

    let summary = app.wait_for(".error-summary:not([hidden])").await;
    assert!(summary.text().await.unwrap().contains("Please write an age from 0 to 18."));
    app.screenshot("about-error").await;
    app.check_accessibility("the practical page with its error summary").await;
    let age = app.wait_for("#f-children-0-age").await;
    age.clear().await.unwrap();
    age.send_keys("7").await.unwrap();
    assert_eq!(fields_that_may_remember(&app).await, Vec::<String>::new(), "the practical page");
    app.click("#next").await;

    // Six parts, one per screen, each with a progress line and a Back.
    let mut typed = Vec::new();
    for number in 1..=6 {
        app.wait_for("main#screen[data-screen='part'] .progress").await;
        assert_eq!(app.text_of(".progress").await, format!("Part {number} of 6"));
        app.wait_for("#back").await;
        if number == 6 {
            app.click("label[for='scale-6']").await;
            // Along the scale with the arrow keys, the choice with focus keeps a ring that
            // stands out from the page (WCAG's 3:1), then back to 6.
            let right = family_voice_e2e::fantoccini::key::Key::Right;
            app.client.active_element().await.unwrap().send_keys(&right.to_string()).await.unwrap();
            assert_eq!(focus_ring(&app).await, ("scale-7".to_owned(), true));
            app.screenshot("scale-focus").await;
            let left = family_voice_e2e::fantoccini::key::Key::Left;
            app.client.active_element().await.unwrap().send_keys(&left.to_string()).await.unwrap();
            assert_eq!(focus_ring(&app).await, ("scale-6".to_owned(), true));
        }
        let boxes = app.client.find_all(Locator::Css("form.prompts textarea")).await.unwrap();
        assert!(!boxes.is_empty());
        assert_eq!(fields_that_may_remember(&app).await, Vec::<String>::new(), "part {number}");
        // Part 4 is left blank on purpose: every question may be.
        if number != 4 {
            for (i, field) in boxes.iter().enumerate() {
                let answer = format!("Part {number} answer {} — Łódź, ça va, naïve.", i + 1);
                field.click().await.unwrap();
                field.send_keys(&answer).await.unwrap();
                typed.push(answer);
            }
        }
        app.screenshot(&format!("part-{number}")).await;
        app.check_accessibility(&format!("part {number}, answered")).await;
        app.click("#next").await;
    }

    // Review: everything written, with a way back to each part.
    app.wait_for_screen("check").await;
    let check = app.screen_text().await;
    for answer in &typed {
        assert!(check.contains(answer), "the check screen lacks {answer:?}");
    }
    assert!(check.contains("Not answered"));
    assert!(check.contains("6 out of 10"));
    assert!(check.contains("Yes, for Polish"));
    assert!(check.contains("What happens next"), "the check screen shows the timeline once the date is known");
    let changes = app.client.find_all(Locator::Css(".check-part button")).await.unwrap();
    assert_eq!(changes.len(), 8, "a Change button for the practical page and each part, and the timeline's");
    app.screenshot("check").await;
    app.check_accessibility("the check screen").await;

    // Back to part 2 and forward again keeps what was typed.
    changes[3].click().await.unwrap();
    let kept = app.wait_for("form.prompts textarea").await.prop("value").await.unwrap().unwrap();
    assert_eq!(kept, typed[3]);
    for _ in 2..=6 {
        app.click("#next").await;
    }
    app.wait_for_screen("check").await;

    app.click("#make-pdf").await;
    app.wait_for_screen("done").await;
    assert!(app.screen_text().await.contains("family-contribution-2026-12-03.pdf"));
    app.screenshot("done").await;
    app.check_accessibility("the PDF made").await;
    app.close().await;

    let text = pdf_text(&pdf);
    for expected in [
        "Family contribution to the Child Protection Conference",
        "Joanna Kowalska (mum)",
        "Zoë, aged 7 years",
        "Tomasz, born Thursday 14 March 2019",
        "Thursday 3 December 2026 at 10:30am",
        "On a video call",
        "An advocate: Ayşe Demir",
        "Yes, for Polish",
        "6 out of 10",
        "What happens next",
        "The first core group meeting",
    ] {
        assert!(text.contains(expected), "the PDF lacks {expected:?}: {text}");
    }
    for answer in &typed {
        assert!(text.contains(answer), "the PDF lacks {answer:?}");
    }
}

/// The fields on screen the webview may offer to fill in from, or remember for, other pages:
/// every field where a family types must say `autocomplete="off"` (passphrases say they are
/// passwords). Returns each such field's id or name.
async fn fields_that_may_remember(app: &App) -> Vec<String> {
    let found = app
        .client
        .execute(
            "return [...document.querySelectorAll('input, textarea')] \
               .filter(f => !['radio', 'checkbox', 'password'].includes(f.type) && f.autocomplete !== 'off' \
                 && f.getAttribute('autocomplete') !== 'off') \
               .map(f => f.id || f.name || f.outerHTML);",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// The id of the element with focus, and whether its focus ring (on the number it stands for,
/// for the scale's hidden radio buttons) is a solid line at least 2 px wide whose colour has a
/// contrast of 3:1 or more with the page behind it.
async fn focus_ring(app: &App) -> (String, bool) {
    let found = app
        .client
        .execute(
            "const el = document.activeElement; \
             const ring = el.matches('.scale-numbers input') ? el.nextElementSibling : el; \
             const style = getComputedStyle(ring); \
             return [el.id, style.outlineStyle, parseFloat(style.outlineWidth), style.outlineColor, \
                     getComputedStyle(document.body).backgroundColor];",
            vec![],
        )
        .await
        .unwrap();
    let (id, style, width, ring, page): (String, String, f64, String, String) = serde_json::from_value(found).unwrap();
    let contrast = contrast(&ring, &page);
    (id, style == "solid" && width >= 2.0 && contrast >= 3.0)
}

/// WCAG's contrast ratio of two CSS `rgb(r, g, b)` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |css: &str| {
        let channels: Vec<f64> = css
            .trim_start_matches("rgba(")
            .trim_start_matches("rgb(")
            .trim_end_matches(')')
            .split(',')
            .take(3)
            .map(|c| c.trim().parse::<f64>().unwrap() / 255.0)
            .map(|c| if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
            .collect();
        0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
