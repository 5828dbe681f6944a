//! "My notes for the day": one A4 page in large type, in the family's language with the English
//! of each heading under it, holding what the family edited on the notes screen. Notes that do
//! not fit on one page are refused, never cut: the family shortens them on the screen.

use chrono::NaiveDate;
use printpdf::PdfDocument;

use super::document::{add_fonts, in_both, page_of, save};
use super::flow::{Block, Flow, Style, CONTENT_WIDTH, MARGIN_X};
use super::fonts::{FontBook, Weighting};
use super::palette::{ACCENT, HAIRLINE, INK, MUTED};
use super::tags::Role;
use super::{PdfError, RenderedPdf};
use crate::i18n::{Direction, Isolation, Localizer, SOURCE_LOCALE};
use crate::notes::{DayNotes, SECTIONS};

const TITLE: Style = Style { weight: Weighting::Bold, size: 22.0, leading: 1.3, color: ACCENT, lang: None };
const ENGLISH_TITLE: Style =
    Style { weight: Weighting::Regular, size: 13.0, leading: 1.3, color: MUTED, lang: Some(SOURCE_LOCALE) };
const HEADING: Style = Style { weight: Weighting::Bold, size: 17.0, leading: 1.3, color: ACCENT, lang: None };
const ENGLISH_HEADING: Style =
    Style { weight: Weighting::Regular, size: 11.0, leading: 1.3, color: MUTED, lang: Some(SOURCE_LOCALE) };
/// Large enough to read at a glance, under stress, at arm's length.
const POINT: Style = Style { weight: Weighting::Regular, size: 15.0, leading: 1.4, color: INK, lang: None };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED, lang: None };

/// Lays out the notes; more than one page is [`PdfError::TooLongForOnePage`].
pub(super) fn notes(
    notes: &DayNotes,
    loc: &Localizer,
    _made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    let english = (loc.locale().tag != SOURCE_LOCALE).then(|| Localizer::english(Isolation::Off));
    let en = english.as_ref();
    let title = loc.msg("notes-title");

    let mut all = String::from("•0123456789");
    for id in ["notes-title", "summary-confidential", "summary-page-of"]
        .into_iter()
        .chain(SECTIONS.iter().map(|s| s.title_id()))
    {
        all.push_str(&loc.msg(id));
        all.extend(en.map(|e| e.msg(id)));
    }
    for section in SECTIONS {
        all.push_str(notes.get(section));
    }
    let fonts = &fonts.for_text(&all)?;

    let rtl = loc.locale().direction == Direction::Rtl;
    let mut doc = PdfDocument::new(&title);
    doc.metadata.info.producer = "Family Voice".into();
    doc.metadata.info.creator = "Family Voice".into();
    let (regular_ids, bold_ids) = add_fonts(&mut doc, fonts)?;
    let mut flow = Flow::new(fonts, regular_ids, bold_ids, rtl);

    flow.open(Role::H1);
    flow.paragraph(&title, TITLE);
    if let Some(en) = en {
        flow.paragraph(&en.msg("notes-title"), ENGLISH_TITLE);
    }
    flow.close();

    for section in SECTIONS {
        flow.space(12.0);
        flow.open(Role::Sect);
        let heading = flow.layout(&loc.msg(section.title_id()), HEADING, CONTENT_WIDTH);
        let in_english = en.map(|e| flow.layout(&e.msg(section.title_id()), ENGLISH_HEADING, CONTENT_WIDTH));
        flow.ensure(heading.height() + in_english.as_ref().map_or(0.0, Block::height) + 40.0);
        flow.open(Role::H2);
        flow.place(&heading, MARGIN_X);
        if let Some(in_english) = &in_english {
            flow.place(in_english, MARGIN_X);
        }
        flow.close();
        flow.space(2.0);
        flow.rule(HAIRLINE, 0.6);
        flow.space(4.0);
        let points = notes.points(section);
        if points.is_empty() {
            // Room to write by hand.
            flow.space(26.0);
            flow.rule(HAIRLINE, 0.6);
        } else {
            flow.open(Role::L);
            for point in points {
                flow.open(Role::LI);
                flow.paragraph(&format!("• {point}"), POINT);
                flow.close();
                flow.space(2.0);
            }
            flow.close();
        }
        flow.close();
    }

    let pages = flow.finish(
        &in_both(loc, en, "summary-confidential"),
        &in_both(loc, en, "notes-title"),
        |page, pages| page_of(loc, en, page, pages),
        SMALL,
        HAIRLINE,
    );
    let rendered = save(doc, pages, loc.locale().tag);
    if rendered.pages > 1 {
        return Err(PdfError::TooLongForOnePage { pages: rendered.pages });
    }
    Ok(rendered)
}
