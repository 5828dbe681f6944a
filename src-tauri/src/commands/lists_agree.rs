//! The commands are named in four places that Tauri cannot check against each other: `COMMANDS`
//! in `build.rs` (which makes their permissions), the handler in `commands/mod.rs` (which routes
//! them), the window's capability (which grants them) and `ui/js/api.js` (which calls them). A
//! name missing from one of them is a command that silently cannot be called, or one granted
//! that nothing uses; this test reads all four and finds any difference.

use std::collections::BTreeSet;

/// The quoted names inside the `const COMMANDS` list of `build.rs`.
fn declared() -> BTreeSet<String> {
    let build = include_str!("../../build.rs");
    let list =
        build.split("const COMMANDS").nth(1).and_then(|rest| rest.split("];").next()).expect("build.rs has COMMANDS");
    list.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// The `module::command` paths inside `generate_handler![…]`.
fn routed() -> BTreeSet<String> {
    let handler = include_str!("mod.rs");
    let list = handler
        .split("generate_handler![")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("mod.rs has the handler");
    list.split(',')
        .filter_map(|path| path.trim().rsplit("::").next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The app's own `allow-…` permissions in the window's capability, as command names.
fn granted() -> BTreeSet<String> {
    let capability: serde_json::Value =
        serde_json::from_str(include_str!("../../capabilities/main.json")).expect("the capability is JSON");
    capability["permissions"]
        .as_array()
        .expect("the capability lists permissions")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

/// The commands `api.js` invokes: the first argument of each `invoke("…"`.
fn called() -> BTreeSet<String> {
    let api = include_str!("../../../ui/js/api.js");
    api.split("invoke(\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect()
}

#[test]
fn every_command_is_declared_routed_granted_and_called() {
    let declared = declared();
    assert!(declared.len() > 10, "build.rs's list was read: {declared:?}");
    for (what, names) in [
        ("routed in commands/mod.rs", routed()),
        ("granted in capabilities/main.json", granted()),
        ("called from ui/js/api.js", called()),
    ] {
        let missing: Vec<_> = declared.difference(&names).collect();
        let extra: Vec<_> = names.difference(&declared).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "declared in build.rs but not {what}: {missing:?}; {what} but not declared: {extra:?}"
        );
    }
}
