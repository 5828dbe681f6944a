//! `family-voice-pdf CONTRIBUTION.json -o OUT.pdf`: renders a saved contribution with the same
//! code the app uses, for scripts, benchmarks and checking output without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use family_voice::i18n::{Isolation, Localizer};
use family_voice::{files, pdf, Contribution, Explain};

/// The same allocator as the app, so that this command times what a family waits for.
#[global_allocator]
static ALLOCATOR: secmem_alloc::zeroizing_alloc::ZeroizeAlloc<mimalloc::MiMalloc> =
    secmem_alloc::zeroizing_alloc::ZeroizeAlloc::new(mimalloc::MiMalloc);

const USAGE: &str = "usage: family-voice-pdf CONTRIBUTION.json -o OUT.pdf";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("family-voice-pdf: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let (input, output) = parse_args(args)?;
    let text = std::fs::read_to_string(&input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let contribution = Contribution::from_json(&text).map_err(|e| format!("{}: {e}", input.display()))?;
    let loc = Localizer::new(&contribution.language, Isolation::Off)
        .or_else(|_| Localizer::new(family_voice::i18n::SOURCE_LOCALE, Isolation::Off))
        .map_err(|e| e.to_string())?;
    if let Some(cache) = cache_folder() {
        pdf::keep_font_index_at(cache.join("family-voice").join("fonts.json"));
    }
    let today = chrono::Local::now().date_naive();
    let rendered = pdf::render(&contribution, &loc, today).map_err(|e| format!("{e} ({})", e.code()))?;
    files::write_atomically(&output, &rendered.bytes).map_err(|e| format!("cannot write {}: {e}", output.display()))
}

/// The user's cache folder (XDG on Linux), where the note of the system's fonts is kept.
fn cache_folder() -> Option<PathBuf> {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if cfg!(windows) {
        var("LOCALAPPDATA")
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|home| home.join("Library/Caches"))
    } else {
        var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|home| home.join(".cache")))
    }
}

fn parse_args(args: Vec<String>) -> Result<(PathBuf, PathBuf), String> {
    let mut input = None;
    let mut output = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => output = Some(args.next().ok_or(USAGE)?),
            "-h" | "--help" => return Err(USAGE.into()),
            _ if input.is_none() => input = Some(arg),
            _ => return Err(USAGE.into()),
        }
    }
    match (input, output) {
        (Some(i), Some(o)) => Ok((i.into(), o.into())),
        _ => Err(USAGE.into()),
    }
}
