//! A parent who uses only the keyboard (Tab, Shift+Tab, the arrows, Enter and Space; never the
//! mouse) goes through the whole journey in the real window. On every screen each control is
//! reached, the focus always shows (a ring of 3:1 against what is behind it), is never hidden
//! under a bar that stays on screen, and never gets stuck. Then the same screens at 200% text
//! size and at 320 CSS px wide, where nothing may need scrolling sideways. A child of each age
//! band does the same through their own screens, at normal size and at 200% text: puts a
//! picture on the drawing, takes it back with Undo, and chooses to share the drawing.

use family_voice_e2e::fantoccini::actions::{InputSource, KeyAction, KeyActions};
use family_voice_e2e::fantoccini::key::Key;
use family_voice_e2e::{output_dir, App};

/// Presses keys on the keyboard, one after the other; `shift` holds Shift down meanwhile.
async fn press(app: &App, keys: &[Key], shift: bool) {
    let mut actions = KeyActions::new("keyboard".into());
    if shift {
        actions = actions.then(KeyAction::Down { value: Key::Shift.into() });
    }
    for &key in keys {
        actions = actions.then(KeyAction::Down { value: key.into() }).then(KeyAction::Up { value: key.into() });
    }
    if shift {
        actions = actions.then(KeyAction::Up { value: Key::Shift.into() });
    }
    app.client.perform_actions(actions).await.expect("the window takes the keys");
}

/// Types text on the keyboard into whatever has the focus.
async fn type_text(app: &App, text: &str) {
    let mut actions = KeyActions::new("keyboard".into());
    for c in text.chars() {
        actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
    }
    app.client.perform_actions(actions).await.expect("the window takes the keys");
}

/// Lists the controls a keyboard must reach on the screen as it is (a radio group counts once:
/// Tab goes to the group, the arrows move inside it), keeping them in the page for [`FOCUS`].
const CONTROLS: &str = r#"
const wanted = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="plaintext-only"], [contenteditable="true"]';
const shown = (e) => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
  && !e.closest('[hidden], [inert], details:not([open]) > :not(summary)');
const key = (e) => e.type === 'radio' ? `radio:${e.name}` : e;
const controls = [...new Set([...document.querySelectorAll(wanted)].filter(shown).map(key))];
window.__keyboard = { controls, seen: new Set() };
return controls.length;
"#;

/// Where the focus is, and what is wrong with how it shows: the element (its id, or what it
/// says), whether it is one of [`CONTROLS`]' (and which, by number), and the problems found.
const FOCUS: &str = r#"
const el = document.activeElement;
const name = (e) => e.id || (e.name && `${e.name}=${e.value}`) || (e.textContent || '').trim().slice(0, 40) || e.tagName;
if (!el || el === document.body || el === document.documentElement) return ['(nothing)', -1, []];
const state = window.__keyboard;
const index = state.controls.indexOf(el.type === 'radio' ? `radio:${el.name}` : el);
const problems = [];
// The scale's numbers are drawn by the span after each hidden radio button: the ring is there.
const ring = el.matches('.scale-numbers input') ? el.nextElementSibling : el;
const style = getComputedStyle(ring);
const rgb = (css) => (css.match(/[\d.]+/g) || []).map(Number);
const behind = (node) => {
  for (let n = node; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
const luminance = (c) => {
  const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
// The ring is an outline and may have a halo (a box shadow spread round it): drawn around the
// element, over what is behind it; the one that stands out best is what a person sees.
const rings = [];
if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(rgb(style.outlineColor).slice(0, 3));
const halo = style.boxShadow.match(/^rgba?\(([^)]*)\)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/);
if (halo && parseFloat(halo[5]) >= 2) rings.push(halo[1].split(',').map(Number).slice(0, 3));
if (rings.length === 0) {
  problems.push(`no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`);
} else {
  const contrast = Math.max(...rings.map((c) => ratio(c, behind(ring.parentElement))));
  if (contrast < 3) problems.push(`focus ring contrast ${contrast.toFixed(2)}:1`);
}
const r = ring.getBoundingClientRect();
// Zoomed (the 320 px test), WebKit gives boxes in a mix of the page's and the window's pixels,
// so where the focus sits is checked at ordinary size and at 200% text only.
if (!document.documentElement.style.zoom) {
  const seen = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
  if (seen < Math.min(r.height, 80) - 1) problems.push(`only ${Math.max(seen, 0).toFixed(0)} px of ${r.height.toFixed(0)} in view`);
  if (r.right < 0 || r.left > innerWidth) problems.push('out of view sideways');
  // What is on top at the middle of its visible part must be the control itself (or its label):
  // anything else is a bar or a box drawn over it.
  const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
  const y = Math.min(Math.max((Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2, 1), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  const own = top && (top === el || el.contains(top) || ring.contains(top) || top.closest('label')?.control === el);
  if (!own) problems.push(`covered by ${top ? (top.className || top.tagName) : 'nothing'}`);
}
if (index >= 0) state.seen.add(index);
return [name(el), index, problems];
"#;

/// What the keyboard never reached of [`CONTROLS`]' list.
const MISSED: &str = r#"
const state = window.__keyboard;
const name = (e) => typeof e === 'string' ? e : (e.id || (e.textContent || '').trim().slice(0, 40) || e.tagName);
return state.controls.filter((_, i) => !state.seen.has(i)).map(name);
"#;

async fn focus(app: &App) -> (String, i64, Vec<String>) {
    serde_json::from_value(app.client.execute(FOCUS, vec![]).await.expect("the page answers")).unwrap()
}

/// Tabs through a whole screen from where its focus starts: every control is reached, each shows
/// its focus well, and Shift+Tab goes back the way Tab came. Fails with a list of what is wrong.
async fn walk(app: &App, screen: &str) {
    let count = app.client.execute(CONTROLS, vec![]).await.unwrap().as_u64().unwrap() as usize;
    assert!(count > 0, "{screen}: nothing to reach");
    let mut problems = Vec::new();
    let mut order: Vec<i64> = Vec::new();
    // Enough presses to go round once, past the window's own edge, and into the page again.
    for _ in 0..count * 2 + 6 {
        press(app, &[Key::Tab], false).await;
        let (name, index, wrong) = focus(app).await;
        for problem in wrong {
            problems.push(format!("{name}: {problem}"));
        }
        if index >= 0 && order.first() == Some(&index) && order.len() > 1 {
            break;
        }
        if index >= 0 {
            order.push(index);
        }
    }
    let missed: Vec<String> = serde_json::from_value(app.client.execute(MISSED, vec![]).await.unwrap()).unwrap();
    if !missed.is_empty() {
        problems.push(format!("never reached by Tab (kept out, or focus stuck before them): {missed:?}"));
    }
    // Back with Shift+Tab: the control before comes again.
    if order.len() >= 3 {
        let before = order[order.len() - 2];
        // The focus is on the first control again; go forward once more then back once.
        press(app, &[Key::Tab], false).await;
        let (_, second, _) = focus(app).await;
        press(app, &[Key::Tab], true).await;
        let (name, index, wrong) = focus(app).await;
        if index != order[0] {
            problems
                .push(format!("Shift+Tab from control {second} went to {name} ({index}), not back to {}", order[0]));
        }
        problems.extend(wrong.into_iter().map(|p| format!("{name} (Shift+Tab): {p}")));
        let _ = before;
    }
    assert!(problems.is_empty(), "{screen}, by keyboard alone:\n{}", problems.join("\n"));
}

/// How many presses of Tab should take the focus from where it is to the element `css` finds,
/// counted from the page (no element in it has a positive tabindex, so Tab follows the
/// document's order, and a radio group is one stop: its chosen button, or its first); 0 when it
/// cannot tell.
const TABS_TO: &str = r#"
const target = document.querySelector(arguments[0]);
const wanted = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="plaintext-only"], [contenteditable="true"]';
const shown = (e) => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
  && !e.closest('[hidden], [inert], details:not([open]) > :not(summary)');
const all = [...document.querySelectorAll(wanted)].filter(shown);
const group = (e) => all.filter((o) => o.type === 'radio' && o.name === e.name);
const stops = all.filter((e) => e.type !== 'radio' || e.checked || (!group(e).some((o) => o.checked) && group(e)[0] === e));
const from = document.activeElement;
const here = stops.includes(from)
  ? stops.indexOf(from)
  : stops.filter((s) => from.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_PRECEDING).length - 1;
const there = stops.indexOf(target);
return there > here ? there - here : 0;
"#;

/// Tabs forward until the element `css` finds has the focus (and fails after 80 presses). The
/// presses the page says it takes, all but the last, go in one go (one press and one look at
/// a time took a second to cross a screen of 20 controls); then one at a time, looking each time.
async fn tab_to(app: &App, css: &str) {
    let tabs = app.client.execute(TABS_TO, vec![css.into()]).await.unwrap().as_u64().unwrap_or(0) as usize;
    if tabs > 1 {
        press(app, &vec![Key::Tab; tabs - 1], false).await;
    }
    for _ in 0..80 {
        let there =
            app.client.execute("return document.activeElement.matches(arguments[0]);", vec![css.into()]).await.unwrap();
        if there.as_bool() == Some(true) {
            return;
        }
        press(app, &[Key::Tab], false).await;
    }
    panic!("Tab never reached {css}");
}

/// Whether anything on the page would need scrolling sideways, and what sticks out.
async fn sideways(app: &App) -> Vec<String> {
    let found = app
        .client
        .execute(
            "const root = document.scrollingElement; \
             if (root.scrollWidth <= root.clientWidth + 1) return []; \
             const edge = document.documentElement.getBoundingClientRect().right; \
             return [`page ${root.scrollWidth} px wide in ${root.clientWidth}`, \
               ...[...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > edge + 1) \
                 .slice(0, 8).map(e => e.id || e.className || e.tagName)];",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_parent_goes_through_the_whole_journey_with_the_keyboard_alone() {
    let out = output_dir("keyboard");
    let mut app = App::launch(&[("FAMILY_VOICE_E2E_SAVE_DIR", &out)], out.clone()).await;
    app.wait_for_screen("welcome").await;
    walk(&app, "the welcome screen").await;
    tab_to(&app, "#new-label").await;
    type_text(&app, "Keys only").await;
    tab_to(&app, "#start").await;
    press(&app, &[Key::Enter], false).await;

    app.wait_for_screen("about").await;
    walk(&app, "the practical page").await;
    tab_to(&app, "#f-writerName").await;
    type_text(&app, "Joanna").await;
    // A radio group: Tab reaches it, the arrows move along it, Space chooses.
    tab_to(&app, "input[name='conference.kind']").await;
    press(&app, &[Key::Space], false).await;
    press(&app, &[Key::Right], false).await;
    let (name, _, wrong) = focus(&app).await;
    assert!(wrong.is_empty(), "after an arrow key in a radio group, {name}: {wrong:?}");
    app.screenshot("radio-after-arrow").await;
    tab_to(&app, "#next").await;
    press(&app, &[Key::Enter], false).await;

    for number in 1..=6 {
        app.wait_for_text(".progress", &format!("Part {number} of 6")).await;
        walk(&app, &format!("part {number}")).await;
        if number == 1 {
            tab_to(&app, "form.prompts textarea").await;
            type_text(&app, "We read together every night.").await;
            let (name, _, wrong) = focus(&app).await;
            assert!(wrong.is_empty(), "a text box reached by Tab, {name}: {wrong:?}");
        }
        if number == 4 {
            // A word's link to the guide looks like a link: its ring is all that shows the focus.
            tab_to(&app, ".term-links button").await;
            app.screenshot("link-style-button").await;
        }
        if number == 6 {
            // Tab lands on the choice already made ("Not sure", at first); the arrows go round to the numbers.
            tab_to(&app, ".scale input[type='radio']").await;
            press(&app, &[Key::Left, Key::Left], false).await;
            let (name, _, wrong) = focus(&app).await;
            assert_eq!(name, "scale-9", "the arrows move along the scale");
            assert!(wrong.is_empty(), "on the scale after the arrows, {name}: {wrong:?}");
            app.screenshot("scale-after-arrows").await;
        }
        tab_to(&app, "#next").await;
        press(&app, &[Key::Enter], false).await;
    }

    app.wait_for_screen("check").await;
    walk(&app, "the check screen").await;
    app.screenshot("check").await;
    tab_to(&app, "#make-pdf").await;
    press(&app, &[Key::Enter], false).await;
    app.wait_for_screen("done").await;
    walk(&app, "the PDF made").await;
    assert!(out.read_dir().unwrap().flatten().any(|e| e.path().extension().is_some_and(|x| x == "pdf")));
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn at_twice_the_text_size_and_at_320_pixels_wide_nothing_scrolls_sideways_and_the_keys_still_work() {
    let out = output_dir("keyboard-zoom");
    let mut app = App::launch(&[], out.clone()).await;
    // 200% text: the page's root size, from which every size is set, doubled. 320 CSS px: the
    // window's width taken as 320 px by zooming the page (WCAG's reflow test: 1280 px at 400%;
    // the window itself may not be made narrower than 420).
    for (mode, setting) in [
        ("200% text", "document.documentElement.style.fontSize = '200%';"),
        ("320 px wide", "document.documentElement.style.zoom = String(innerWidth / 320);"),
    ] {
        app.wait_for_screen("welcome").await;
        app.client.execute(setting, vec![]).await.unwrap();
        let mut problems = Vec::new();
        let welcome = sideways(&app).await;
        if !welcome.is_empty() {
            problems.push(format!("the welcome screen: {welcome:?}"));
        }
        app.screenshot(&format!("{mode}-welcome")).await;
        walk(&app, &format!("the welcome screen at {mode}")).await;
        tab_to(&app, "#start").await;
        press(&app, &[Key::Enter], false).await;
        app.wait_for_screen("about").await;
        let about = sideways(&app).await;
        if !about.is_empty() {
            problems.push(format!("the practical page: {about:?}"));
        }
        app.screenshot(&format!("{mode}-about")).await;
        walk(&app, &format!("the practical page at {mode}")).await;
        for number in 1..=6 {
            tab_to(&app, "#next").await;
            press(&app, &[Key::Enter], false).await;
            app.wait_for_text(".progress", &format!("Part {number} of 6")).await;
        }
        let part = sideways(&app).await;
        if !part.is_empty() {
            problems.push(format!("part 6: {part:?}"));
        }
        app.screenshot(&format!("{mode}-part-6")).await;
        walk(&app, &format!("part 6 at {mode}")).await;
        tab_to(&app, "#next").await;
        press(&app, &[Key::Enter], false).await;
        app.wait_for_screen("check").await;
        let review = sideways(&app).await;
        if !review.is_empty() {
            problems.push(format!("the review: {review:?}"));
        }
        app.screenshot(&format!("{mode}-review")).await;
        tab_to(&app, "#nav-drafts").await;
        press(&app, &[Key::Enter], false).await;

        // The child's first screen, and the house with the drawing (a child of 7's seventh).
        app.wait_for_screen("welcome").await;
        tab_to(&app, "#start-child").await;
        press(&app, &[Key::Enter], false).await;
        app.wait_for_screen("child").await;
        walk(&app, &format!("the child's first screen at {mode}")).await;
        tab_to(&app, "#c-age").await;
        type_text(&app, "7").await;
        for _ in 0..6 {
            tab_to(&app, "#next").await;
            press(&app, &[Key::Enter], false).await;
            app.wait_for("main#screen[data-screen='child'] h1").await;
        }
        app.wait_for("canvas").await;
        let house = sideways(&app).await;
        if !house.is_empty() {
            problems.push(format!("the child's house with the drawing: {house:?}"));
        }
        app.screenshot(&format!("{mode}-child-house")).await;
        walk(&app, &format!("the child's house with the drawing at {mode}")).await;
        assert!(problems.is_empty(), "at {mode}, scrolling sideways:\n{}", problems.join("\n"));
        app.client
            .execute("const s = document.documentElement.style; s.fontSize = ''; s.zoom = '';", vec![])
            .await
            .unwrap();
        tab_to(&app, "#child-stop").await;
        press(&app, &[Key::Enter], false).await;
    }
    app.close().await;
}

/// The colour of one pixel of the child's drawing, in the drawing's own pixels (1200 × 840).
async fn drawing_pixel(app: &App, x: u32, y: u32) -> Vec<u8> {
    let found = app
        .client
        .execute(
            "return [...document.querySelector('canvas.canvas').getContext('2d') \
               .getImageData(arguments[0], arguments[1], 1, 1).data].slice(0, 3);",
            vec![x.into(), y.into()],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// Presses Enter on the child's Next button and waits for the next screen to be drawn (the
/// old screen's heading is marked first, so that the wait cannot end on it).
async fn next_child_screen(app: &App) {
    app.client.execute("document.querySelector('main#screen h1').dataset.left = '';", vec![]).await.unwrap();
    tab_to(app, "#next").await;
    press(app, &[Key::Enter], false).await;
    app.wait_for("main#screen[data-screen='child'] h1:not([data-left])").await;
}

/// What kind of screen of the child's journey shows (who, explain, house, question,
/// taking-part, share) and whether it has a picture symbol beside its heading.
async fn child_step(app: &App) -> (String, bool) {
    let found = app
        .client
        .execute(
            "const root = document.querySelector('main#screen'); \
             return [root.dataset.step, !!root.querySelector('img.child-picture')];",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// A child of `age` goes through all their screens from the start screen, with the keyboard
/// alone, a picture put on the drawing and taken back, and the drawing chosen to share. `band`
/// is the one the core must choose for that age; the youngest band has a picture symbol beside
/// each house and question, the others none. Each screen of the youngest at normal size is
/// walked by [`walk`]; otherwise the first screen of each kind (the others of a kind are the
/// same controls with other words), with nothing to scroll sideways at 200% text. The first
/// screen, where the age is typed, is the same for every band: it is walked with the youngest.
/// Returns the number of screens seen.
async fn child_journey(app: &mut App, age: &str, band: &str, size: &str) -> usize {
    let zoomed = size != "normal size";
    let every_screen = band == "young" && !zoomed;
    let at = format!("at {age}, {size}");
    let shot = if zoomed { "200pc" } else { "normal" };
    tab_to(app, "#start-child").await;
    press(app, &[Key::Enter], false).await;
    app.wait_for_screen("child").await;
    if band == "young" {
        walk(app, &format!("the child's first screen {at}")).await;
    }
    tab_to(app, "#c-name").await;
    type_text(app, "Amira").await;
    tab_to(app, "#c-age").await;
    type_text(app, age).await;
    app.wait_for(&format!("input[name='c-band'][value='{band}']:checked")).await;
    app.screenshot(&format!("{band}-{shot}-who")).await;
    let mut kinds = vec!["who".to_owned()];
    let mut screens = 1;
    let mut problems = Vec::new();
    loop {
        next_child_screen(app).await;
        screens += 1;
        let (kind, picture) = child_step(app).await;
        if kind == "share" {
            app.wait_for("#make-child-pdf").await;
        }
        let symbol_wanted = band == "young" && (kind == "house" || kind == "question");
        assert_eq!(picture, symbol_wanted, "{at}, screen {screens} ({kind}): a picture symbol or not");
        let first_of_kind = !kinds.contains(&kind);
        if every_screen || first_of_kind {
            walk(app, &format!("the child's screen {screens} ({kind}) {at}")).await;
            app.screenshot(&format!("{band}-{shot}-{screens:02}-{kind}")).await;
        }
        if zoomed && first_of_kind {
            let wide = sideways(app).await;
            if !wide.is_empty() {
                problems.push(format!("screen {screens} ({kind}): {wide:?}"));
            }
        }
        if kind == "house" && first_of_kind {
            draw_with_keys(app, &at).await;
            if every_screen {
                // What the house's own name hides opens from the keyboard, and is walked too.
                tab_to(app, "details.house-own summary").await;
                press(app, &[Key::Enter], false).await;
                app.wait_for("details.house-own[open] #c-house-name").await;
                walk(app, &format!("the child's first house with its own name open {at}")).await;
            }
        }
        if kind == "share" {
            // The drawing is offered, "no" chosen at first; the arrows choose "yes".
            let drawing = "fieldset.share-item:has(img.share-drawing)";
            tab_to(app, &format!("{drawing} input[value='no']")).await;
            press(app, &[Key::Up], false).await;
            app.wait_for(&format!("{drawing} input[value='yes']:checked")).await;
            let (name, _, wrong) = focus(app).await;
            assert!(wrong.is_empty(), "sharing the drawing {at}, {name}: {wrong:?}");
            app.screenshot(&format!("{band}-{shot}-share-chosen")).await;
            break;
        }
        kinds.push(kind);
        assert!(screens < 20, "{at}: no share screen after {screens} screens");
    }
    assert!(problems.is_empty(), "{at}, scrolling sideways:\n{}", problems.join("\n"));
    tab_to(app, "#child-stop").await;
    press(app, &[Key::Enter], false).await;
    app.wait_for_screen("welcome").await;
    screens
}

/// On the first house: a heart chosen with the keyboard, put on the drawing twice with the
/// arrows and Enter, then Space; Undo takes the second away and leaves the first.
async fn draw_with_keys(app: &mut App, at: &str) {
    tab_to(app, ".stamps button[data-stamp='heart']").await;
    press(app, &[Key::Enter], false).await;
    app.wait_for(".stamps button[data-stamp='heart'][aria-pressed='true']").await;
    tab_to(app, "canvas.canvas").await;
    // The cursor starts in the middle (600, 420); each arrow moves it 40.
    press(app, &[Key::Right, Key::Right, Key::Right, Key::Right, Key::Enter], false).await;
    press(app, &[Key::Down, Key::Down, Key::Down, Key::Down, Key::Space], false).await;
    let (name, _, wrong) = focus(app).await;
    assert!(wrong.is_empty(), "on the drawing {at}, {name}: {wrong:?}");
    app.screenshot("drawing-two-hearts").await;
    tab_to(app, ".tool-undo").await;
    let heart = [210, 55, 43];
    assert_eq!(drawing_pixel(app, 760, 420).await, heart, "{at}: the first heart is where the cursor was");
    assert_eq!(drawing_pixel(app, 760, 580).await, heart, "{at}: the second heart is where the cursor was");
    press(app, &[Key::Enter], false).await;
    assert_eq!(drawing_pixel(app, 760, 580).await, [255, 255, 255], "{at}: Undo takes the second heart away");
    assert_eq!(drawing_pixel(app, 760, 420).await, heart, "{at}: Undo leaves the first heart");
}

/// The ages the core puts in each band (`child::Band::for_age`): 3 to 7, 8 to 11, 12 and over.
const AGES: [(&str, &str); 3] = [("5", "young"), ("9", "middle"), ("14", "older")];

#[tokio::test(flavor = "multi_thread")]
async fn a_child_of_each_age_goes_through_all_their_screens_with_the_keyboard_alone() {
    let out = output_dir("keyboard-child");
    let mut app = App::launch(&[], out.clone()).await;
    app.wait_for_screen("welcome").await;
    for (age, band) in AGES {
        let screens = child_journey(&mut app, age, band, "normal size").await;
        let expected = if band == "young" { 14 } else { 10 };
        assert_eq!(screens, expected, "a child of {age} has {expected} screens");
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_child_of_each_age_goes_through_their_screens_with_the_keyboard_alone_at_twice_the_text_size() {
    let out = output_dir("keyboard-child-200");
    let mut app = App::launch(&[], out.clone()).await;
    app.wait_for_screen("welcome").await;
    app.client.execute("document.documentElement.style.fontSize = '200%';", vec![]).await.unwrap();
    for (age, band) in AGES {
        child_journey(&mut app, age, band, "200% text").await;
    }
    app.close().await;
}
