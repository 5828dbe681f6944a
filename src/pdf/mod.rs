//! The printed contribution: an A4 PDF made with printpdf from the same words the check screen
//! shows, with the system's fonts subset and embedded.

mod child;
mod content;
mod deflate;
mod document;
pub mod flow;
mod font_index;
pub mod fonts;
mod notes;
mod palette;
mod recovery;
mod review;
pub mod tags;
pub mod text;
mod tidy;

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::contribution::Contribution;
use crate::error::Explain;
use crate::i18n::Localizer;
use crate::system::System;
use fluent_bundle::FluentArgs;

pub use fonts::{FontBook, Missing, Script, Unprintable};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// No usable font was found on this computer.
    #[error("no usable font was found on this computer")]
    NoFont,
    /// The text has characters that no installed font can draw, or that no font can print as
    /// meant (private-use characters), grouped by kind.
    #[error("some characters cannot be printed: {0:?}")]
    CannotPrint(Vec<Missing>),
    /// "My notes for the day" would take more than one page; the family shortens them rather
    /// than the app cutting any of their words.
    #[error("the notes take {pages} pages, not one")]
    TooLongForOnePage {
        /// How many pages the notes would take.
        pages: usize,
    },
}

impl Explain for PdfError {
    fn code(&self) -> &'static str {
        match self {
            PdfError::NoFont => "pdf.font-missing",
            PdfError::CannotPrint(_) => "pdf.cannot-print",
            PdfError::TooLongForOnePage { .. } => "pdf.notes-too-long",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            PdfError::NoFont => "error-pdf-font-missing",
            PdfError::CannotPrint(_) => "error-pdf-cannot-print",
            PdfError::TooLongForOnePage { .. } => "error-notes-too-long",
        }
    }

    fn args_in(&self, loc: &Localizer) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        if let PdfError::CannotPrint(missing) = self {
            args.set("what", what_cannot_print(missing, loc));
        }
        args
    }
}

/// Sentences naming each group of characters that cannot be printed and what to do about it
/// on this computer's system.
pub fn what_cannot_print(missing: &[Missing], loc: &Localizer) -> String {
    what_cannot_print_on(System::current(), missing, loc)
}

/// The same sentences as advice for `system`: a Debian package to install on Linux, the
/// system's own way to add fonts on Windows and macOS. Emoji have no font to add there
/// (macOS's are pictures, Windows' face is already in the chain), so they are to be taken out.
pub fn what_cannot_print_on(system: System, missing: &[Missing], loc: &Localizer) -> String {
    /// A group names at most this many characters; more are shown as "…".
    const SHOWN: usize = 5;
    let sentences: Vec<String> = missing
        .iter()
        .map(|group| {
            let mut chars: Vec<String> = group
                .chars
                .iter()
                .take(SHOWN)
                .map(|&c| match group.kind {
                    // Private-use and unknown characters look like nothing on most screens:
                    // their code is something a helper can look up.
                    Unprintable::PrivateUse | Unprintable::Other => format!("U+{:04X}", u32::from(c)),
                    _ => c.to_string(),
                })
                .collect();
            if group.chars.len() > SHOWN {
                chars.push("…".into());
            }
            let mut args = FluentArgs::new();
            args.set("chars", chars.join(" "));
            let id = match group.kind {
                Unprintable::Script(script) => {
                    args.set("script", loc.msg(script.message_id()));
                    match system {
                        System::Linux => {
                            args.set("package", script.package());
                            "unprintable-script"
                        }
                        System::Windows => "unprintable-script-windows",
                        System::MacOs => "unprintable-script-macos",
                    }
                }
                Unprintable::Emoji { installable: true } if system == System::Linux => {
                    args.set("package", fonts::EMOJI_PACKAGE);
                    "unprintable-emoji"
                }
                Unprintable::Emoji { .. } => "unprintable-emoji-newer",
                Unprintable::PrivateUse => "unprintable-private",
                Unprintable::Other => "unprintable-other",
            };
            loc.msg_with(id, &args)
        })
        .collect();
    sentences.join(" ")
}

/// What of `text` the PDF could not print on this computer, with the system's fonts (the
/// screens ask this while the family types). Empty when everything prints.
pub fn cannot_print(text: &str) -> Result<Vec<Missing>, PdfError> {
    Ok(system_fonts()?.unprintable(text))
}

/// The note the screens show under a text box while the family types: what of `text` the PDF
/// could not print on this computer and what to do, or `None` when all of it prints.
pub fn printable_note(text: &str, loc: &Localizer) -> Result<Option<String>, PdfError> {
    let missing = cannot_print(text)?;
    if missing.is_empty() {
        return Ok(None);
    }
    let mut args = FluentArgs::new();
    args.set("what", what_cannot_print(&missing, loc));
    Ok(Some(loc.msg_with("unprintable-note", &args)))
}

/// A finished PDF.
#[derive(Debug)]
pub struct RenderedPdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
}

/// Makes the family's PDF with the fonts installed on this computer.
///
/// `loc` should be made with [`crate::i18n::Isolation::Off`]: the PDF has no use for bidi
/// isolation marks. `made_on` is printed as the day it was made.
pub fn render(c: &Contribution, loc: &Localizer, made_on: NaiveDate) -> Result<RenderedPdf, PdfError> {
    render_with(c, loc, made_on, system_fonts()?)
}

/// Where the note of the system's fonts is kept between runs, if the caller gave a place.
static FONT_INDEX: OnceLock<PathBuf> = OnceLock::new();

/// Keeps a note of where the system's fonts are in `path` (a cache folder's file), so that
/// later runs read the fonts they need without searching every installed font. Call once, at
/// start; a second call is ignored.
pub fn keep_font_index_at(path: PathBuf) {
    let _ = FONT_INDEX.set(path);
}

/// The system's fonts, found once: finding them takes twice as long as rendering a typical PDF.
/// A failure is not kept, so fonts installed after the family saw the message are found next time.
fn system_fonts() -> Result<&'static FontBook, PdfError> {
    static FONTS: OnceLock<FontBook> = OnceLock::new();
    if let Some(fonts) = FONTS.get() {
        return Ok(fonts);
    }
    let found = match FONT_INDEX.get() {
        Some(index) => FontBook::from_index(index)?,
        None => FontBook::from_system()?,
    };
    Ok(FONTS.get_or_init(|| found))
}

/// Makes the family's PDF with fonts already found (tests and benchmarks reuse one book).
/// Refuses, naming what to install, if the text has writing that no font here can draw.
pub fn render_with(
    c: &Contribution,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    document::contribution(c, loc, made_on, &fonts.arranged_for(loc.locale().tag))
}

/// Makes a child's page, "My views for my meeting", with only what they chose to share.
pub fn render_child(
    v: &crate::child::ChildViews,
    loc: &Localizer,
    made_on: NaiveDate,
) -> Result<RenderedPdf, PdfError> {
    render_child_with(v, loc, made_on, system_fonts()?)
}

/// Makes a child's page with fonts already found.
pub fn render_child_with(
    v: &crate::child::ChildViews,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    child::child(v, loc, made_on, &fonts.arranged_for(loc.locale().tag))
}

/// Makes the recovery sheet for a code just shown to the family (in groups of four).
pub fn render_recovery(code: &str, loc: &Localizer, made_on: NaiveDate) -> Result<RenderedPdf, PdfError> {
    render_recovery_with(code, loc, made_on, system_fonts()?)
}

/// Makes the recovery sheet with fonts already found.
pub fn render_recovery_with(
    code: &str,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    recovery::recovery(code, loc, made_on, &fonts.arranged_for(loc.locale().tag))
}

/// Makes "My notes for the day", one page, or [`PdfError::TooLongForOnePage`] if the notes do
/// not fit (nothing is cut).
pub fn render_notes(
    notes: &crate::notes::DayNotes,
    loc: &Localizer,
    made_on: NaiveDate,
) -> Result<RenderedPdf, PdfError> {
    render_notes_with(notes, loc, made_on, system_fonts()?)
}

/// Makes the notes for the day with fonts already found.
pub fn render_notes_with(
    notes: &crate::notes::DayNotes,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    notes::notes(notes, loc, made_on, &fonts.arranged_for(loc.locale().tag))
}

/// A file name for the notes, with the conference date if known and no names.
pub fn notes_file_name(c: &Contribution) -> String {
    match c.about.conference.date {
        Some(date) => format!("notes-for-the-day-{}.pdf", date.format("%Y-%m-%d")),
        None => "notes-for-the-day.pdf".to_owned(),
    }
}

/// Prints an interpreter's review of a language, for sign-off on paper.
pub fn render_review(
    review: &crate::review::Review,
    catalog: &crate::review::Catalog,
) -> Result<RenderedPdf, PdfError> {
    render_review_with(review, catalog, system_fonts()?)
}

/// Prints an interpreter's review with fonts already found.
pub fn render_review_with(
    review: &crate::review::Review,
    catalog: &crate::review::Catalog,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    let en = Localizer::english(crate::i18n::Isolation::Off);
    review::review(review, catalog, &en, &fonts.arranged_for(&catalog.tag))
}

/// A file name to offer in the save dialog: the conference date if known, and no names, since
/// file lists are often seen by others.
pub fn file_name(c: &Contribution) -> String {
    match c.about.conference.date {
        Some(date) => format!("family-contribution-{}.pdf", date.format("%Y-%m-%d")),
        None => "family-contribution.pdf".to_owned(),
    }
}
