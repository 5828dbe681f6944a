//! The recovery sheet: one page, in the family's language, with the code that opens their
//! drafts if the passphrase is forgotten, what to do with it, and how to keep it. It names no
//! one and says nothing of what the drafts hold, as it is meant to be kept away from the
//! computer, where others may see it.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use printpdf::PdfDocument;

use super::document::{add_fonts, save};
use super::flow::{Flow, Style};
use super::fonts::{FontBook, Weighting};
use super::palette::{ACCENT, HAIRLINE, INK, MUTED};
use super::tags::Role;
use super::{PdfError, RenderedPdf};
use crate::i18n::{Direction, Localizer};

const TITLE: Style = Style { weight: Weighting::Bold, size: 20.0, leading: 1.3, color: ACCENT, lang: None };
const CODE: Style = Style { weight: Weighting::Bold, size: 26.0, leading: 1.4, color: INK, lang: None };
const BODY: Style = Style { weight: Weighting::Regular, size: 12.0, leading: 1.5, color: INK, lang: None };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED, lang: None };

/// The paragraphs under the code, in order.
const PARAGRAPHS: [&str; 3] = ["recovery-pdf-what", "recovery-pdf-how", "recovery-pdf-keep"];

/// Lays out the sheet for `code` (in groups of four, as the screen showed it).
pub(super) fn recovery(
    code: &str,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    let title = loc.msg("recovery-pdf-title");
    let mut args = FluentArgs::new();
    args.set("date", loc.long_date(made_on));
    let made = loc.msg_with("recovery-pdf-made", &args);
    let paragraphs: Vec<String> = PARAGRAPHS.iter().map(|id| loc.msg(id)).collect();
    let mut all = format!("{title}{made}{code}{}", loc.msg("app-name"));
    all.extend(paragraphs.iter().map(String::as_str));
    let fonts = &fonts.for_text(&all)?;

    let mut doc = PdfDocument::new(&title);
    doc.metadata.info.producer = "Family Voice".into();
    let (regular_ids, bold_ids) = add_fonts(&mut doc, fonts)?;
    let mut flow = Flow::new(fonts, regular_ids, bold_ids, loc.locale().direction == Direction::Rtl);
    flow.open(Role::H1);
    flow.paragraph(&title, TITLE);
    flow.close();
    flow.space(18.0);
    flow.rule(HAIRLINE, 0.8);
    flow.space(10.0);
    flow.paragraph(code, CODE);
    flow.space(10.0);
    flow.rule(HAIRLINE, 0.8);
    flow.space(18.0);
    for paragraph in &paragraphs {
        flow.paragraph(paragraph, BODY);
        flow.space(8.0);
    }
    flow.space(6.0);
    flow.paragraph(&made, SMALL);
    let pages = flow.finish(&loc.msg("app-name"), "", |_, _| String::new(), SMALL, HAIRLINE);
    Ok(save(doc, pages, loc.locale().tag))
}
