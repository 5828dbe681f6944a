//! `family-voice-pdf [--child] FILE.json -o OUT.pdf`: renders a saved contribution (or, with
//! `--child`, a child's views) with the same code the app uses, for scripts, benchmarks and
//! checking output without a window. It runs the contribution's own checks first and prints
//! each problem, as the window would show them, rather than print a page the app would not.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use family_voice::child::ChildViews;
use family_voice::i18n::{Isolation, Localizer};
use family_voice::{files, pdf, Contribution, Explain};

/// The same allocator as the app, so that this command times what a family waits for.
#[global_allocator]
static ALLOCATOR: secmem_alloc::zeroizing_alloc::ZeroizeAlloc<mimalloc::MiMalloc> =
    secmem_alloc::zeroizing_alloc::ZeroizeAlloc::new(mimalloc::MiMalloc);

const USAGE: &str = "usage: family-voice-pdf [--child] FILE.json -o OUT.pdf\n\
  Renders a saved contribution (or, with --child, a child's views) as the app's PDF.";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Stop::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(Stop::Failed(lines)) => {
            for line in lines {
                eprintln!("family-voice-pdf: {line}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Why the command stops without a PDF.
enum Stop {
    /// `--help`: the usage on standard output, and success.
    Help,
    /// What went wrong, a line for each problem.
    Failed(Vec<String>),
}

impl From<String> for Stop {
    fn from(line: String) -> Self {
        Stop::Failed(vec![line])
    }
}

/// What the command was asked to do.
struct Job {
    input: PathBuf,
    output: PathBuf,
    child: bool,
}

fn run(args: Vec<String>) -> Result<(), Stop> {
    let job = parse_args(args)?;
    if same_file(&job.input, &job.output) {
        return Err(format!("{} is the file it reads: choose another name for the PDF", job.output.display()).into());
    }
    let text = std::fs::read_to_string(&job.input).map_err(|e| format!("cannot read {}: {e}", job.input.display()))?;
    let failed = |e: family_voice::contribution::ContributionError| format!("{}: {e}", job.input.display());
    if let Some(cache) = cache_folder() {
        pdf::keep_font_index_at(cache.join("family-voice").join("fonts.json"));
    }
    let today = chrono::Local::now().date_naive();
    let rendered = if job.child {
        let views = ChildViews::from_json(&text).map_err(failed)?;
        pdf::render_child(&views, &localizer(&views.language)?, today)
    } else {
        let contribution = Contribution::from_json(&text).map_err(failed)?;
        let loc = localizer(&contribution.language)?;
        let problems = contribution.problems(today);
        if !problems.is_empty() {
            let en = localizer(family_voice::i18n::SOURCE_LOCALE)?;
            let lines = problems.iter().map(|p| format!("{}: {}", p.field, en.msg(p.message_id))).collect();
            return Err(Stop::Failed(lines));
        }
        pdf::render(&contribution, &loc, today)
    };
    // The message the window would show, in English for whoever runs the command.
    let rendered = rendered.map_err(|e| match localizer(family_voice::i18n::SOURCE_LOCALE) {
        Ok(en) => format!("{} ({})", family_voice::Problem::explain(&e, &en).message, e.code()),
        Err(_) => format!("{e} ({})", e.code()),
    })?;
    files::write_atomically(&job.output, &rendered.bytes)
        .map_err(|e| format!("cannot write {}: {e}", job.output.display()))?;
    Ok(())
}

/// The PDF's words in `tag`, or in English if the app does not ship it.
fn localizer(tag: &str) -> Result<Localizer, Stop> {
    Localizer::new(tag, Isolation::Off)
        .or_else(|_| Localizer::new(family_voice::i18n::SOURCE_LOCALE, Isolation::Off))
        .map_err(|e| Stop::from(e.to_string()))
}

/// Whether `output` names the file `input` is (by another path or link too), so writing the
/// PDF would destroy the contribution it was made from.
fn same_file(input: &Path, output: &Path) -> bool {
    match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(a), Ok(b)) => a == b || same_inode(&a, &b),
        _ => false,
    }
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
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

fn parse_args(args: Vec<String>) -> Result<Job, Stop> {
    let usage = || Stop::from(USAGE.lines().next().unwrap_or(USAGE).to_owned());
    let (mut input, mut output, mut child) = (None, None, false);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => output = Some(args.next().ok_or_else(usage)?),
            "-h" | "--help" => return Err(Stop::Help),
            "--child" => child = true,
            _ if input.is_none() => input = Some(arg),
            _ => return Err(usage()),
        }
    }
    match (input, output) {
        (Some(i), Some(o)) => Ok(Job { input: i.into(), output: o.into(), child }),
        _ => Err(usage()),
    }
}
