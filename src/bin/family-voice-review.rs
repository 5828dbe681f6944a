//! `family-voice-review apply SUGGESTIONS.ftl [--locales DIR]`: writes an interpreter's suggested
//! wordings (the file the review screen saves) into the language's files under `locales/`.
//! Only the suggested messages change; review the diff, run the tests, and commit.

use std::path::PathBuf;
use std::process::ExitCode;

use family_voice::{files, review};

const USAGE: &str = "usage: family-voice-review apply SUGGESTIONS.ftl [--locales DIR]";
/// The biggest export read: every wording of a language suggested anew fits in far less.
const MAX_EXPORT_BYTES: u64 = 16 * 1024 * 1024;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(changed) => {
            for file in changed {
                println!("{}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("family-voice-review: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Applies the file and returns the locale files it changed.
fn run(args: Vec<String>) -> Result<Vec<PathBuf>, String> {
    let mut args = args.into_iter();
    if args.next().as_deref() != Some("apply") {
        return Err(USAGE.into());
    }
    let mut export = None;
    let mut locales = PathBuf::from("locales");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--locales" => locales = args.next().ok_or(USAGE)?.into(),
            _ if export.is_none() => export = Some(PathBuf::from(arg)),
            _ => return Err(USAGE.into()),
        }
    }
    let export = export.ok_or(USAGE)?;
    let bytes = files::read_at_most(&export, MAX_EXPORT_BYTES).map_err(|e| match e.kind() {
        std::io::ErrorKind::FileTooLarge => format!("{} is too big to be an export of suggestions", export.display()),
        _ => format!("cannot read {}: {e}", export.display()),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{} is not text", export.display()))?;
    let tag = review::language_of(&text).map_err(|e| format!("{}: {e}", export.display()))?;
    let folder = locales.join(&tag);
    let mut current = Vec::new();
    for entry in std::fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "ftl") {
            let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else { continue };
            let file_text =
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            current.push((name, file_text));
        }
    }
    let changed = review::apply(&current, &text).map_err(|e| format!("{}: {e}", export.display()))?;
    let mut written = Vec::new();
    for (name, new_text) in changed {
        let path = folder.join(name);
        files::write_atomically(&path, new_text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
