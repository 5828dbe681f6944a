//! The command-line renderer, run as a real process.

use std::process::Command;

use crate::support::{fixture, pdf_text};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_family-voice-pdf"))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output/cli");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn the_cli_renders_the_example_contribution() {
    let out = scratch("example.pdf");
    let status = cli().arg(fixture("contribution.json")).arg("-o").arg(&out).status().unwrap();
    assert!(status.success());
    assert!(pdf_text(&out).contains("Grandma Łucja helps every Sunday"));
}

#[test]
fn bad_input_gets_one_line_and_a_failing_exit_never_a_panic() {
    let newer = scratch("newer.json");
    std::fs::write(&newer, r#"{"formatVersion": 99, "language": "en-GB"}"#).unwrap();
    let garbage = scratch("garbage.json");
    std::fs::write(&garbage, [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    let not_json = scratch("not.json");
    std::fs::write(&not_json, "this is not json").unwrap();
    let out = scratch("never.pdf");
    let cases: Vec<(Vec<std::ffi::OsString>, &str)> = vec![
        (vec![newer.into(), "-o".into(), out.clone().into()], "newer version"),
        (vec![garbage.into(), "-o".into(), out.clone().into()], "cannot read"),
        (vec![not_json.into(), "-o".into(), out.clone().into()], "not a Family Voice contribution"),
        (vec![scratch("missing.json").into(), "-o".into(), out.clone().into()], "cannot read"),
        (vec![fixture("contribution.json").into()], "usage"),
        (vec![fixture("contribution.json").into(), "-o".into(), "/nonexistent-folder/x.pdf".into()], "cannot write"),
    ];
    for (args, expected) in cases {
        let output = cli().args(&args).output().unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    assert!(!out.exists());
}
