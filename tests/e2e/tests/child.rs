//! A child of 7, with an advocate beside them, goes through their own journey: the youngest
//! wording, one idea per screen, a drawing made with the pointer, words in two houses, one
//! answer kept private, and their page with exactly what they chose to share.

use family_voice_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use family_voice_e2e::{output_dir, pdf_text, App};

async fn next(app: &App) {
    app.click("#next").await;
}

/// Draws a zig-zag across the canvas with the pointer, as a child would with a mouse.
async fn scribble(app: &App) {
    let canvas = app.wait_for("canvas.canvas").await;
    app.client
        .execute("arguments[0].scrollIntoView({ block: 'center' });", vec![serde_json::to_value(&canvas).unwrap()])
        .await
        .unwrap();
    let mut stroke = MouseActions::new("pointer".into()).then(PointerAction::MoveToElement {
        element: canvas.clone(),
        duration: None,
        x: -150.0,
        y: -60.0,
    });
    stroke = stroke.then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
    for (x, y) in [(-80.0, 60.0), (0.0, -60.0), (80.0, 60.0), (150.0, -60.0)] {
        stroke = stroke.then(PointerAction::MoveToElement {
            element: canvas.clone(),
            duration: Some(std::time::Duration::from_millis(80)),
            x,
            y,
        });
    }
    stroke = stroke.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(stroke).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_child_of_seven_with_an_advocate_draws_writes_keeps_one_thing_private_and_makes_their_page() {
    let out = output_dir("child");
    let (data, config) = (out.join("data"), out.join("config"));
    let env = [("FAMILY_VOICE_E2E_SAVE_DIR", out.as_path()), ("XDG_DATA_HOME", &data), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("welcome").await;
    app.type_into("#new-label", "Amira's views").await;
    app.click("#start-child").await;

    // Who is here: the age picks the youngest wording.
    app.wait_for_screen("child").await;
    app.type_into("#c-name", "Amira").await;
    app.set_value("#c-age", "7", "input").await;
    app.click("input[name='c-helper'][value='advocate']").await;
    app.type_into("#c-helper-name", "Jo Baker").await;
    let young = app.wait_for("input[name='c-band'][value='young']").await;
    assert_eq!(young.prop("checked").await.unwrap().as_deref(), Some("true"));
    app.screenshot("who").await;
    next(&app).await;

    // One idea per screen for the youngest.
    app.wait_for_text("main#screen", "Some grown-ups are having a meeting about you.").await;
    app.screenshot("explain-young").await;
    for _ in 0..5 {
        next(&app).await;
    }

    // The house of good things: words and a drawing.
    app.wait_for_text("main#screen", "What makes you happy?").await;
    app.type_into("#c-words", "Playing footbal with my big bruther").await;
    scribble(&app).await;
    app.wait_for_text("#save-status", "Saved").await;
    app.screenshot("house-good").await;
    next(&app).await;

    // The house of worries: words the child will keep private.
    app.wait_for_text("main#screen", "Is anything making you sad or scared?").await;
    app.type_into("#c-words", "When the shouting starts at night").await;
    next(&app).await;
    app.wait_for_text("main#screen", "magic wand").await;
    next(&app).await;
    app.wait_for_text("main#screen", "Who is special to you?").await;
    next(&app).await;
    app.wait_for_text("main#screen", "What do you want the grown-ups to know?").await;
    app.type_into("#c-answer", "I love my mum").await;
    next(&app).await;
    next(&app).await;
    app.click("input[name='c-part'][value='advocate']").await;
    next(&app).await;

    // Choosing what to share: the worry stays private.
    app.wait_for_text("main#screen", "What can the meeting see?").await;
    for (item, choice) in
        [("good-words", "yes"), ("good-drawing", "yes"), ("worries-words", "no"), ("know", "yes"), ("part", "yes")]
    {
        app.click(&format!("fieldset[data-item='{item}'] input[value='{choice}']")).await;
    }
    // The drawing shows as the child drew it (the page may show its own data: images).
    let loaded = app
        .client
        .execute(
            "const img = document.querySelector('img.share-drawing'); return img.complete && img.naturalWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(loaded.as_u64(), Some(1200), "the drawing is shown at its full size");
    app.screenshot("share").await;
    app.click("#make-child-pdf").await;
    app.wait_for_text("main#screen .status", "Your page is ready").await;

    let pdf = out.join("my-views.pdf");
    let text = pdf_text(&pdf);
    for shared in [
        "My views for my meeting",
        "Amira",
        "An advocate: Jo Baker",
        "Playing footbal with my big bruther",
        "I love my mum",
    ] {
        assert!(text.contains(shared), "{shared:?} is missing from: {text}");
    }
    assert!(!text.contains("shouting"), "the private worry reached the page: {text}");
    let images = std::process::Command::new("pdfimages").arg("-list").arg(&pdf).output().unwrap();
    let images = String::from_utf8(images.stdout).unwrap();
    assert_eq!(
        images.lines().skip(2).filter(|l| !l.trim().is_empty()).count(),
        1,
        "exactly the shared drawing: {images}"
    );
    let _ = std::process::Command::new("pdftoppm").args(["-png", "-r", "50"]).arg(&pdf).arg(out.join("page")).status();

    // "I want to stop now" saves and goes back to the start, where the draft is listed.
    app.click("#child-stop").await;
    app.wait_for_text("ul.draft-list", "Amira's views").await;
    app.close().await;

    // Next time, the words and the drawing are there as the child left them.
    let app = App::launch(&env, out.clone()).await;
    app.click("li.draft-card button.open").await;
    app.wait_for_screen("child").await;
    assert_eq!(app.wait_for("#c-name").await.prop("value").await.unwrap().as_deref(), Some("Amira"));
    for _ in 0..6 {
        next(&app).await;
    }
    app.wait_for_text("main#screen", "What makes you happy?").await;
    assert_eq!(
        app.wait_for("#c-words").await.prop("value").await.unwrap().as_deref(),
        Some("Playing footbal with my big bruther"),
        "spelling kept exactly as the child wrote it"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn older_children_get_their_own_wording_on_fewer_screens() {
    let out = output_dir("child-bands");
    let (data, config) = (out.join("data"), out.join("config"));
    let env = [("XDG_DATA_HOME", data.as_path()), ("XDG_CONFIG_HOME", &config)];
    let mut app = App::launch(&env, out.clone()).await;
    for (age, explain, house) in [
        ("9", "It is called a child protection conference.", "Who and what makes you happy?"),
        ("14", "whether you need a Child Protection Plan", "What is going well for you"),
    ] {
        app.wait_for_screen("welcome").await;
        app.click("#start-child").await;
        app.wait_for_screen("child").await;
        app.set_value("#c-age", age, "input").await;
        next(&app).await;
        // All of the explanation on one screen, then straight to the first house.
        app.wait_for_text("main#screen", explain).await;
        app.screenshot(&format!("explain-{age}")).await;
        next(&app).await;
        app.wait_for_text("main#screen", house).await;
        app.screenshot(&format!("house-{age}")).await;
        app.click("#child-stop").await;
    }
    app.close().await;
}
