//! A child of 7, with an advocate beside them, goes through their own journey: the youngest
//! wording with a picture symbol on every house and question, one idea per screen, a drawing made
//! with the pointer, pictures put on it by clicking and with the keyboard alone (no dragging), an
//! undo, words in two houses, one answer kept private, and their page with exactly what they
//! chose to share.

use family_voice_e2e::fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, MOUSE_BUTTON_LEFT,
};
use family_voice_e2e::fantoccini::Locator;
use family_voice_e2e::{output_dir, pdf_text, App};

const TAB: char = '\u{E004}';
const SHIFT: char = '\u{E008}';
const SPACE: char = '\u{E00D}';
const ENTER: char = '\u{E007}';
const LEFT: char = '\u{E012}';
const DOWN: char = '\u{E015}';

/// Presses keys one after another on whatever has the focus, as a child at a keyboard does.
async fn press(app: &App, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    for &key in keys {
        actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    app.client.perform_actions(actions).await.unwrap();
}

/// Presses Tab (or Shift+Tab) until the element matching `css` has the focus.
async fn tab_to(app: &App, css: &str, backwards: bool) {
    let is_focused = format!("return document.activeElement === document.querySelector({css:?});");
    for _ in 0..20 {
        if app.client.execute(&is_focused, vec![]).await.unwrap() == serde_json::Value::Bool(true) {
            return;
        }
        if backwards {
            let mut actions = KeyActions::new("keyboard".into());
            actions = actions
                .then(KeyAction::Down { value: SHIFT })
                .then(KeyAction::Down { value: TAB })
                .then(KeyAction::Up { value: TAB })
                .then(KeyAction::Up { value: SHIFT });
            app.client.perform_actions(actions).await.unwrap();
        } else {
            press(app, &[TAB]).await;
        }
    }
    panic!("{css} never had the focus");
}

/// Clicks once on the canvas, `dx`, `dy` CSS pixels from its centre: a press and a release in the
/// same place, no dragging. Gives back where that is on the 1200 × 840 drawing.
async fn click_canvas(app: &App, dx: f64, dy: f64) -> (f64, f64) {
    let canvas = app.wait_for("canvas.canvas").await;
    let click = MouseActions::new("pointer".into())
        .then(PointerAction::MoveToElement { element: canvas, duration: None, x: dx, y: dy })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(click).await.unwrap();
    let scale = canvas_scale(app).await;
    (600.0 + dx * scale, 420.0 + dy * scale)
}

/// Drawing pixels per CSS pixel of the canvas as shown.
async fn canvas_scale(app: &App) -> f64 {
    let width = app
        .client
        .execute("return document.querySelector('canvas.canvas').getBoundingClientRect().width;", vec![])
        .await
        .unwrap();
    1200.0 / width.as_f64().unwrap()
}

/// The colour at (x, y) of the drawing on the screen's canvas.
async fn canvas_pixel(app: &App, (x, y): (f64, f64)) -> [u8; 3] {
    let rgb = app
        .client
        .execute(
            "const d = document.querySelector('canvas.canvas').getContext('2d').getImageData(arguments[0], arguments[1], 1, 1).data; return [d[0], d[1], d[2]];",
            vec![x.round().into(), y.round().into()],
        )
        .await
        .unwrap();
    let rgb: Vec<u8> = serde_json::from_value(rgb).unwrap();
    [rgb[0], rgb[1], rgb[2]]
}

/// The colour at (x, y) of the 1200 × 840 drawing, in a binary PPM as `pdfimages` writes an
/// image it takes out of a PDF (the PDF may keep the drawing at a smaller size).
fn ppm_pixel(ppm: &[u8], (x, y): (f64, f64)) -> [u8; 3] {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&ppm[start..at]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P6", "a binary PPM");
    let width: usize = fields[1].parse().unwrap();
    let height: usize = fields[2].parse().unwrap();
    let (x, y) = ((x * width as f64 / 1200.0).round() as usize, (y * height as f64 / 840.0).round() as usize);
    let pixel = at + 1 + 3 * (y * width + x);
    [ppm[pixel], ppm[pixel + 1], ppm[pixel + 2]]
}

/// Whether two colours are the same but for a little smoothing at the edges.
fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 24)
}

const SUN: [u8; 3] = [0xf2, 0xb7, 0x05];
const HEART: [u8; 3] = [0xd2, 0x37, 0x2b];
const BLUE: [u8; 3] = [0x1f, 0x5f, 0xbf];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];

/// Where the pictures went on the drawing, and the colour each should leave there; the house,
/// taken back with Undo, leaves white where its door was.
struct Placed {
    checks: Vec<(&'static str, (f64, f64), [u8; 3])>,
}

impl Placed {
    fn check(&self, what: &str, pixel: impl Fn((f64, f64)) -> [u8; 3]) {
        for (name, at, colour) in &self.checks {
            let got = pixel(*at);
            assert!(near(got, *colour), "{what}: the {name} at {at:?} is {got:?}, not {colour:?}");
        }
    }
}

/// Puts pictures on the drawing without dragging: a sun and a heart by clicking, a house and a
/// person with the keyboard alone (Tab to the picture, Space, Tab to the drawing, arrows, Enter
/// or Space), and Undo takes away the newest (the house).
async fn stamps(app: &mut App) -> Placed {
    app.click(".stamps button[data-stamp='sun']").await;
    let sun = click_canvas(app, -250.0, -110.0).await;
    app.click(".stamps button[data-stamp='heart']").await;
    let heart = click_canvas(app, 250.0, -110.0).await;
    app.wait_for_text("#save-status", "Saved").await;

    // The keyboard's cursor starts where the last click was; each arrow moves it 40 pixels.
    tab_to(app, ".stamps button[data-stamp='house']", true).await;
    press(app, &[SPACE]).await;
    assert_eq!(app.attribute_of(".stamps button[data-stamp='house']", "aria-pressed").await, "true");
    tab_to(app, "canvas.canvas", false).await;
    press(app, &[DOWN; 6]).await;
    app.screenshot("stamp-cursor").await;
    press(app, &[ENTER]).await;
    let house = (heart.0, heart.1 + 240.0);
    // Low on the door, clear of the cursor drawn over the house.
    let door = (house.0, house.1 + 36.0 * 1.7);
    // Tab on to Undo (the cursor, and its faint preview of the picture, go with the focus).
    tab_to(app, ".tool-undo", false).await;
    let got = canvas_pixel(app, door).await;
    app.screenshot("stamp-placed").await;
    assert!(near(got, BLUE), "the house went where the cursor was: {got:?} at {door:?}");
    press(app, &[ENTER]).await;
    assert!(near(canvas_pixel(app, door).await, WHITE), "Undo took the house away");

    tab_to(app, ".stamps button[data-stamp='person']", true).await;
    press(app, &[SPACE]).await;
    tab_to(app, "canvas.canvas", false).await;
    press(app, &[DOWN, DOWN, LEFT, LEFT, LEFT, LEFT, SPACE]).await;
    let person = (house.0 - 160.0, house.1 + 80.0);
    app.wait_for_text("#save-status", "Saved").await;
    Placed {
        checks: vec![("sun", sun, SUN), ("heart", heart, HEART), ("person", person, BLUE), ("house", door, WHITE)],
    }
}

/// For the youngest, the screen shows the picture symbol the core names for it, beside the words.
async fn symbol(app: &mut App, name: &str) {
    let css = format!("img.child-picture[data-picture='{name}']");
    app.wait_for(&css).await;
    let shown = app
        .client
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; const i = document.querySelector({css:?}); \
                 const answer = () => done([i.naturalWidth > 0, i.alt, i.getAttribute('aria-hidden')]); \
                 i.decode().then(answer, answer);"
            ),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(shown, serde_json::json!([true, "", "true"]), "{name}: drawn, and silent beside its words");
    app.screenshot(&format!("symbol-{name}")).await;
}

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
    app.check_accessibility("the child's first screen (who is here)").await;
    next(&app).await;

    // One idea per screen for the youngest.
    app.wait_for_text("main#screen", "Some grown-ups are having a meeting about you.").await;
    app.screenshot("explain-young").await;
    app.check_accessibility("the explanation for a child of 7").await;
    for _ in 0..5 {
        next(&app).await;
    }

    // The house of good things: words and a drawing.
    app.wait_for_text("main#screen", "What makes you happy?").await;
    symbol(&mut app, "house-good").await;
    app.type_into("#c-words", "Playing footbal with my big bruther").await;
    scribble(&app).await;
    app.wait_for_text("#save-status", "Saved").await;
    let placed = stamps(&mut app).await;
    app.screenshot("house-good").await;
    app.check_accessibility("the house of good things for a child of 7, with a drawing").await;
    next(&app).await;

    // The house of worries: words the child will keep private.
    app.wait_for_text("main#screen", "Is anything making you sad or scared?").await;
    symbol(&mut app, "house-worries").await;
    app.type_into("#c-words", "When the shouting starts at night").await;
    next(&app).await;
    app.wait_for_text("main#screen", "magic wand").await;
    symbol(&mut app, "house-wishes").await;
    next(&app).await;
    app.wait_for_text("main#screen", "Who is special to you?").await;
    symbol(&mut app, "question-people").await;
    next(&app).await;
    app.wait_for_text("main#screen", "What do you want the grown-ups to know?").await;
    symbol(&mut app, "question-know").await;
    app.type_into("#c-answer", "I love my mum").await;
    next(&app).await;
    symbol(&mut app, "question-happen").await;
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
    app.check_accessibility("choosing what to share").await;
    app.click("#make-child-pdf").await;
    app.wait_for_text("main#screen .status", "Your page is ready").await;
    app.check_accessibility("the child's page made").await;

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
    // The page holds the drawing as it was saved, pictures and all: the sun, the heart and the
    // person where they were put, and no house where Undo took it away.
    let taken = std::process::Command::new("pdfimages").arg(&pdf).arg(out.join("drawing")).status().unwrap();
    assert!(taken.success());
    let ppm = std::fs::read(out.join("drawing-000.ppm")).unwrap();
    placed.check("in the PDF", |at| ppm_pixel(&ppm, at));

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
    // The saved drawing comes back with its pictures (it is drawn once its image has loaded).
    let mut saved = Vec::new();
    for _ in 0..50 {
        saved.clear();
        for (_, at, _) in &placed.checks {
            saved.push((*at, canvas_pixel(&app, *at).await));
        }
        if saved.iter().any(|(_, colour)| *colour != WHITE) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    placed.check("in the saved draft", |at| saved.iter().find(|(p, _)| *p == at).unwrap().1);
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
        app.check_accessibility(&format!("the explanation for a child of {age}")).await;
        next(&app).await;
        app.wait_for_text("main#screen", house).await;
        let pictures = app.client.find_all(Locator::Css("img.child-picture")).await.unwrap();
        assert!(pictures.is_empty(), "picture symbols are for the youngest only");
        app.screenshot(&format!("house-{age}")).await;
        app.check_accessibility(&format!("the first house for a child of {age}")).await;
        app.click("#child-stop").await;
    }
    app.close().await;
}
