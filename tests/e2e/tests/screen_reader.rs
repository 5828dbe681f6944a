//! What a screen reader such as Orca is told about the real window: the accessibility tree that
//! WebKit puts on the AT-SPI bus, read by `tests/e2e/atspi/tree.py` (the system's Python with
//! Debian's Atspi bindings) on the welcome screen, a part of the parent's journey, the child's
//! three houses and the locked screen. Each tree is printed, so a failure can be read.

use std::path::Path;
use std::process::Command;

use family_voice_e2e::{output_dir, workspace, App, Folders};
use serde_json::Value;

const PASSPHRASE: &str = "seven herons nap on the towpath";

/// One node of the tree as the script reports it.
struct Node {
    depth: usize,
    role: String,
    name: String,
    states: Vec<String>,
    level: Option<String>,
    /// The ARIA role the page gave it, such as a landmark's kind ("main").
    aria: String,
    description: String,
}

/// The app's tree as a screen reader gets it once the screen whose first heading is `title`
/// has reached it (WebKit passes a new screen to the bus a moment after the page shows it),
/// printed so that a failure can be read.
async fn tree(app: &App, title: &str) -> Vec<Node> {
    tree_once(app, title, |_| true).await
}

/// As [`tree`], waiting also until `ready` holds of the tree (a change of state reaches the bus
/// a moment after the page makes it).
async fn tree_once(app: &App, title: &str, ready: impl Fn(&[Node]) -> bool) -> Vec<Node> {
    let mut nodes = read_tree(app);
    for _ in 0..50 {
        if nodes.iter().any(|n| n.role == "heading" && n.name == title) && ready(&nodes) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        nodes = read_tree(app);
    }
    println!("--- The accessibility tree: {title} ---");
    for node in &nodes {
        let level = node.level.as_deref().map(|l| format!(" level {l}")).unwrap_or_default();
        let aria = if node.role == "landmark" { format!(" ({})", node.aria) } else { String::new() };
        let description =
            if node.description.is_empty() { String::new() } else { format!(" (described: {:?})", node.description) };
        let wanted = [
            "focusable",
            "focused",
            "editable",
            "multi-line",
            "required",
            "invalid-entry",
            "checked",
            "pressed",
            "expandable",
            "expanded",
        ];
        let states: Vec<&str> = node.states.iter().map(String::as_str).filter(|s| wanted.contains(s)).collect();
        println!(
            "{}{}{aria} {:?}{level}{description} [{}]",
            "  ".repeat(node.depth),
            node.role,
            node.name,
            states.join(" ")
        );
    }
    nodes
}

/// The app's tree as the script reads it now.
fn read_tree(app: &App) -> Vec<Node> {
    let script = workspace().join("tests/e2e/atspi/tree.py");
    // The system's Python, which has Debian's gi and Atspi; a virtual environment may not.
    let out = Command::new("/usr/bin/python3")
        .arg(&script)
        .arg(app.pid().to_string())
        .output()
        .expect("python3 runs (./dev test installs python3-gi and gir1.2-atspi-2.0)");
    assert!(out.status.success(), "the tree could not be read: {}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("the script prints JSON");
    let text = |node: &Value, key: &str| node[key].as_str().unwrap_or_default().to_owned();
    json.as_array()
        .expect("a list of nodes")
        .iter()
        .map(|node| Node {
            depth: node["depth"].as_u64().unwrap_or_default() as usize,
            role: text(node, "role"),
            name: text(node, "name"),
            states: node["states"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            level: node["level"].as_str().map(str::to_owned),
            aria: text(node, "xml-roles"),
            description: text(node, "description"),
        })
        .collect()
}

/// The nodes with this role and name, failing with the tree's nodes of that role if none.
fn find<'a>(nodes: &'a [Node], role: &str, name: &str) -> Vec<&'a Node> {
    let found: Vec<&Node> = nodes.iter().filter(|n| n.role == role && n.name == name).collect();
    let of_role: Vec<&str> = nodes.iter().filter(|n| n.role == role).map(|n| n.name.as_str()).collect();
    assert!(!found.is_empty(), "no {role} named {name:?}; those with that role are named {of_role:?}");
    found
}

/// The landmarks a screen reader lists to jump between: the top bar and the screen itself.
fn landmarks(nodes: &[Node]) {
    for kind in ["banner", "main"] {
        assert!(nodes.iter().any(|n| n.role == "landmark" && n.aria == kind), "no {kind} landmark");
    }
}

/// A heading with this name at this level.
fn heading(nodes: &[Node], name: &str, level: &str) {
    let levels: Vec<_> = find(nodes, "heading", name).iter().map(|n| n.level.clone()).collect();
    assert!(levels.contains(&Some(level.to_owned())), "the heading {name:?} is at level {levels:?}, not {level}");
}

/// A control a person can Tab to, with this role and name.
fn control<'a>(nodes: &'a [Node], role: &str, name: &str) -> &'a Node {
    let found = find(nodes, role, name);
    found
        .into_iter()
        .find(|n| n.states.iter().any(|s| s == "focusable"))
        .unwrap_or_else(|| panic!("the {role} {name:?} cannot be reached"))
}

/// A button that shows or hides what follows it (a `<details>`' summary), with whether that is
/// shown now: Orca reads it as "button, collapsed" or "button, expanded".
fn disclosure(nodes: &[Node], name: &str, open: bool) {
    let node = control(nodes, "push button", name);
    let has = |state: &str| node.states.iter().any(|s| s == state);
    assert!(has("expandable"), "the button {name:?} does not say that it opens: {:?}", node.states);
    assert_eq!(has("expanded"), open, "the button {name:?} says the wrong thing about being open: {:?}", node.states);
}

/// Whether the tree has a button with this name that says it is open.
fn is_expanded(nodes: &[Node], name: &str) -> bool {
    nodes.iter().any(|n| n.role == "push button" && n.name == name && n.states.iter().any(|s| s == "expanded"))
}

/// A text box a person can type in, named by its label.
fn text_box<'a>(nodes: &'a [Node], role: &str, name: &str) -> &'a Node {
    let node = control(nodes, role, name);
    assert!(node.states.iter().any(|s| s == "editable"), "the {role} {name:?} cannot be typed in");
    node
}

#[tokio::test(flavor = "multi_thread")]
async fn a_screen_reader_hears_each_screen_s_headings_controls_and_labels() {
    let out = output_dir("screen-reader");
    let folders = Folders::new(&out);
    // GTK joins the accessibility bus (which the session bus starts on demand) unless told not
    // to: a desktop or CI that sets NO_AT_BRIDGE=1 for speed would leave the tree empty.
    let env = folders.env(&[("NO_AT_BRIDGE", Path::new("0"))]);
    let mut app = App::launch_at_first_start(&env, out.clone()).await;

    // Drafts that ask for the passphrase, so that the locked screen has its field.
    app.wait_for_screen("first-start").await;
    app.click("#first-passphrase").await;
    app.wait_for_screen("choose-passphrase").await;
    app.type_into("#new-passphrase", PASSPHRASE).await;
    app.type_into("#new-again", PASSPHRASE).await;
    app.click("#choose-save").await;
    app.wait_for_screen("recovery-code").await;
    app.click("#recovery-done").await;

    // The welcome screen: its title, the field that names a new draft, and the ways in.
    app.wait_for_screen("welcome").await;
    app.screenshot("welcome").await;
    let nodes = tree(&app, "Getting ready for your child protection conference").await;
    landmarks(&nodes);
    heading(&nodes, "Getting ready for your child protection conference", "1");
    text_box(&nodes, "entry", "What shall we call it?");
    control(&nodes, "push button", "Start");
    control(&nodes, "push button", "Start a child's own views");
    control(&nodes, "push button", "Lock");
    // What a <details> hides is behind a button that says whether it is open (WebKit gives a
    // bare <summary> no role at all, so Orca read only its words).
    disclosure(&nodes, "Words you might hear", false);
    app.check_accessibility("the welcome screen, as the screen reader test finds it").await;
    app.click("details.words summary").await;
    let title = "Getting ready for your child protection conference";
    let nodes = tree_once(&app, title, |nodes| is_expanded(nodes, "Words you might hear")).await;
    disclosure(&nodes, "Words you might hear", true);
    app.check_accessibility("the welcome screen with its words shown").await;

    // The child's houses (a child of 9): each house's name as the heading, the question read
    // aloud on request, a named box to write in and a named drawing area.
    app.click("#start-child").await;
    app.wait_for_screen("child").await;
    app.set_value("#c-age", "9", "input").await;
    app.click("#next").await;
    app.wait_for_text("main#screen", "It is called a child protection conference.").await;
    app.click("#next").await;
    for (house, prompt) in [
        ("The house of good things", "What are the good things in your life?"),
        ("The house of worries", "Is anything worrying you"),
        ("The house of wishes and dreams", "What are your wishes and dreams?"),
    ] {
        app.wait_for_text("h1.child-title", house).await;
        app.wait_for_text("main#screen", prompt).await;
        app.wait_for("button.read-aloud:not([hidden])").await;
        app.screenshot(&format!("house-{}", house.rsplit(' ').next().unwrap())).await;
        let nodes = tree(&app, house).await;
        heading(&nodes, house, "1");
        text_box(&nodes, "entry", "Write here, if you like");
        let reader = control(&nodes, "push button", "Read aloud");
        assert!(reader.description.starts_with(prompt), "Read aloud says what it reads: {:?}", reader.description);
        control(&nodes, "embedded", "Your drawing");
        // The colours and the pictures are each a named group, so that "Black" is heard as a
        // colour to draw with.
        find(&nodes, "panel", "Draw here, if you like");
        find(&nodes, "panel", "Or put a picture on your drawing");
        disclosure(&nodes, "You can give this house a different name", false);
        app.check_accessibility(&format!("{house}, as the screen reader test finds it")).await;
        app.click("#next").await;
    }
    app.click("#child-stop").await;

    // A part of the parent's journey: the part's heading, each question's box named by the
    // question, and the button that reads it aloud, described by the question it reads.
    app.start_draft("").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    app.wait_for("button.read-aloud:not([hidden])").await;
    app.screenshot("part").await;
    let nodes = tree(&app, "What is going well").await;
    heading(&nodes, "What is going well", "1");
    text_box(&nodes, "entry", "What are the strengths in your family?");
    let readers: Vec<&Node> = find(&nodes, "push button", "Read aloud");
    assert_eq!(readers.len(), 3, "one Read aloud for each of the part's three questions");
    assert!(
        readers.iter().any(|n| n.description == "What are the strengths in your family?"),
        "each Read aloud is described by its question"
    );
    app.check_accessibility("part 1, as the screen reader test finds it").await;

    // Locked: the passphrase field is named by its label.
    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    app.wait_for("#unlock-passphrase").await;
    app.screenshot("locked").await;
    let nodes = tree(&app, "Your drafts are locked").await;
    heading(&nodes, "Your drafts are locked", "1");
    text_box(&nodes, "password text", "Passphrase");
    control(&nodes, "push button", "Unlock with my passphrase");
    disclosure(&nodes, "I have forgotten my passphrase", false);
    app.check_accessibility("the locked screen, as the screen reader test finds it").await;
    app.close().await;
}
