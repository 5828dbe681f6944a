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

#[test]
fn help_is_on_standard_output_and_succeeds() {
    let output = cli().arg("--help").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("usage: family-voice-pdf") && stdout.contains("--child"), "{stdout}");
    assert!(output.stderr.is_empty());
}

#[test]
fn the_pdf_never_overwrites_the_contribution_it_reads() {
    let input = scratch("overwrite.json");
    std::fs::copy(fixture("contribution.json"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let link = scratch("overwrite-link.json");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&input, &link).unwrap();
    for output in [&input, &link] {
        let out = cli().arg(&input).arg("-o").arg(output).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("is the file it reads"), "{stderr}");
    }
    assert_eq!(std::fs::read(&input).unwrap(), before, "the contribution is untouched");
}

#[test]
fn a_contribution_the_app_would_question_is_reported_problem_by_problem_and_not_printed() {
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("contribution.json")).unwrap()).unwrap();
    value["scale"] = 11.into();
    value["answers"]["prompt-not-a-question"] = "words".into();
    let input = scratch("questioned.json");
    std::fs::write(&input, value.to_string()).unwrap();
    let pdf = scratch("questioned.pdf");
    let _ = std::fs::remove_file(&pdf);
    let out = cli().arg(&input).arg("-o").arg(&pdf).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains("scale: ") && stderr.contains("answers.prompt-not-a-question: "), "{stderr}");
    assert!(!pdf.exists(), "no page the app would not print");
}

#[test]
fn a_format_version_that_is_not_a_whole_number_is_named_as_such() {
    for version in ["\"2\"", "2.0", "-1", "0"] {
        let input = scratch("odd-version.json");
        std::fs::write(&input, format!(r#"{{"formatVersion": {version}, "language": "en-GB"}}"#)).unwrap();
        let out = cli().arg(&input).arg("-o").arg(scratch("odd-version.pdf")).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{version}: {stderr}");
        assert!(stderr.contains(&format!("formatVersion {version} is not a version number")), "{version}: {stderr}");
    }
}

#[test]
fn with_child_it_prints_a_childs_views() {
    let mut views = family_voice::child::ChildViews::new("en-GB");
    views.name = "Amira".into();
    let input = scratch("views.json");
    std::fs::write(&input, serde_json::to_string(&views).unwrap()).unwrap();
    let pdf = scratch("views.pdf");
    let out = cli().arg("--child").arg(&input).arg("-o").arg(&pdf).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = pdf_text(&pdf);
    assert!(text.contains("My views for my meeting") && text.contains("Amira"), "{text}");
}

#[test]
fn text_that_cannot_be_printed_is_refused_with_a_message_and_a_failing_exit() {
    let mut c =
        family_voice::Contribution::from_json(&std::fs::read_to_string(fixture("contribution.json")).unwrap()).unwrap();
    c.answers.insert("prompt-strengths-family".into(), "We are fine \u{E000}\u{E001}".into());
    let input = scratch("private-use.json");
    std::fs::write(&input, c.to_json()).unwrap();
    let out = scratch("private-use.pdf");
    let _ = std::fs::remove_file(&out);
    let output = cli().arg(&input).arg("-o").arg(&out).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot be printed") && stderr.contains("U+E000 U+E001"), "{stderr}");
    assert!(stderr.contains("(pdf.cannot-print)"), "{stderr}");
    assert!(!out.exists(), "no PDF of boxes is written");
}
