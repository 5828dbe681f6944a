//! Helpers shared by the test modules: fixtures, and reading PDFs back with poppler.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use family_voice::i18n::{Isolation, Localizer};
use family_voice::pdf::{self, FontBook, RenderedPdf};
use family_voice::Contribution;

/// The documented example contribution.
pub fn example() -> Contribution {
    Contribution::from_json(&std::fs::read_to_string(fixture("contribution.json")).unwrap()).unwrap()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn pdf_loc() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

pub fn made_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

pub fn render(c: &Contribution) -> RenderedPdf {
    thread_local! {
        static FONTS: FontBook = FontBook::from_system().expect("the test machine has fonts (fonts-noto-core)");
    }
    FONTS.with(|fonts| pdf::render_with(c, &pdf_loc(), made_on(), fonts).expect("the test machine has every font"))
}

/// Writes the PDF under target/test-output (so a person can look) and returns its path.
pub fn save(name: &str, rendered: &RenderedPdf) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, &rendered.bytes).unwrap();
    path
}

/// The PDF's text as poppler extracts it, with all runs of white space made one space.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    squash(&String::from_utf8(out.stdout).unwrap())
}

/// The Python that has the tests' pinned tools (pypdfium2, textstat): `./dev test` installs them in
/// a virtual environment and names its Python in `FAMILY_VOICE_PYTHON`; elsewhere the system's
/// `python3` must have them.
pub fn python() -> Command {
    Command::new(std::env::var_os("FAMILY_VOICE_PYTHON").unwrap_or_else(|| "python3".into()))
}

/// The PDF's text as pdfium extracts it (the engine of Chrome's and Edge's PDF viewer), through
/// pypdfium2. Pages are joined by a space; runs of white space become one.
pub fn pdfium_text(path: &Path) -> String {
    let script = "import sys, pypdfium2 as p\n\
                  d = p.PdfDocument(sys.argv[1])\n\
                  print(' '.join(d[i].get_textpage().get_text_range() for i in range(len(d))))";
    let out =
        python().arg("-c").arg(script).arg(path).output().expect("Python runs (./dev test installs pypdfium2 for it)");
    assert!(
        out.status.success(),
        "pypdfium2 failed (./dev test installs it): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    squash(&String::from_utf8(out.stdout).unwrap())
}

/// The PDF's text without the header and footer that every page repeats, so that text
/// flowing over a page break reads on without them.
pub fn body_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8(out.stdout).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.trim();
            !(l == "Confidential" || l == "Family contribution" || (l.starts_with("Page ") && l.contains(" of ")))
        })
        .collect();
    squash(&kept.join("\n"))
}

/// The page count poppler reads from the PDF.
pub fn pdf_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo (poppler-utils) is installed");
    assert!(out.status.success(), "pdfinfo failed: {}", String::from_utf8_lossy(&out.stderr));
    let info = String::from_utf8(out.stdout).unwrap();
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("pdfinfo prints Pages:");
    line["Pages:".len()..].trim().parse().unwrap()
}

pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
