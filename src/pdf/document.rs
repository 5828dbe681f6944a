//! The layout of the family's contribution: title, the practical details, each part with its
//! questions and answers, and a closing block to sign.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use printpdf::{FontId, PdfDocument};

use super::flow::{Block, Flow, Pages, Style, CONTENT_WIDTH, MARGIN_X};
use super::fonts::{FontBook, FontFile, Weighting};
use super::palette::{ACCENT, HAIRLINE, INK, MUTED};
use super::tags::Role;
use super::{deflate, tags, tidy};
use super::{PdfError, RenderedPdf};
use crate::contribution::Contribution;
use crate::i18n::{Direction, Isolation, Localizer, SOURCE_LOCALE};
use crate::summary::{self, Fact, Summary};

const TITLE: Style = Style { weight: Weighting::Bold, size: 19.0, leading: 1.3, color: ACCENT, lang: None };
const HEADING: Style = Style { weight: Weighting::Bold, size: 14.5, leading: 1.35, color: ACCENT, lang: None };
const QUESTION: Style = Style { weight: Weighting::Bold, size: 10.5, leading: 1.4, color: MUTED, lang: None };
const ANSWER: Style = Style { weight: Weighting::Regular, size: 11.5, leading: 1.45, color: INK, lang: None };
const NOT_ANSWERED: Style = Style { weight: Weighting::Regular, size: 10.5, leading: 1.4, color: MUTED, lang: None };
const LABEL: Style = Style { weight: Weighting::Bold, size: 10.5, leading: 1.45, color: MUTED, lang: None };
const ENGLISH: Style =
    Style { weight: Weighting::Regular, size: 9.0, leading: 1.35, color: MUTED, lang: Some(SOURCE_LOCALE) };
const ENGLISH_TITLE: Style =
    Style { weight: Weighting::Regular, size: 12.0, leading: 1.3, color: MUTED, lang: Some(SOURCE_LOCALE) };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED, lang: None };

/// Width of the label column in the practical details.
const LABEL_WIDTH: f32 = 150.0;

pub(super) fn contribution(
    c: &Contribution,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    let summary = summary::summarize(c, loc, made_on);
    // In any language but English, the English wording follows each question, heading and
    // label in smaller, muted type, so the Chair knows exactly what was asked.
    let english_loc = (loc.locale().tag != SOURCE_LOCALE).then(|| Localizer::english(Isolation::Off));
    let english = english_loc.as_ref().map(|en| summary::summarize(c, en, made_on));
    let en = |pick: &dyn Fn(&Summary) -> &str| english.as_ref().map(|e| pick(e).to_owned());
    let both = |id: &str| in_both(loc, english_loc.as_ref(), id);

    let mut text = all_text(&summary, english.as_ref());
    for id in ["summary-header-title", "summary-confidential", "summary-page-of", "summary-translation-note"] {
        text.push_str(&loc.msg(id));
    }
    text.push_str("0123456789");
    let fonts = &fonts.for_text(&text)?;
    // A long answer's copy, not needed while the pages are laid out.
    drop(text);

    let rtl = loc.locale().direction == Direction::Rtl;
    let mut doc = PdfDocument::new(&summary.title);
    doc.metadata.info.producer = "Family Voice".into();
    doc.metadata.info.creator = "Family Voice".into();
    let (regular_ids, bold_ids) = add_fonts(&mut doc, fonts)?;
    let mut flow = Flow::new(fonts, regular_ids, bold_ids, rtl);

    flow.open(Role::H1);
    flow.paragraph(&summary.title, TITLE);
    if let Some(title) = en(&|e| &e.title) {
        flow.paragraph(&title, ENGLISH_TITLE);
    }
    flow.close();
    flow.space(10.0);
    facts(&mut flow, &summary.about, english.as_ref().map(|e| e.about.as_slice()), rtl);
    if !summary.next.is_empty() {
        flow.space(14.0);
        flow.open(Role::Sect);
        section_heading(&mut flow, &summary.next_heading, en(&|e| &e.next_heading).as_deref());
        facts(&mut flow, &summary.next, english.as_ref().map(|e| e.next.as_slice()), rtl);
        flow.close();
    }

    for (index, part) in summary.parts.iter().enumerate() {
        let english_part = english.as_ref().map(|e| &e.parts[index]);
        flow.space(18.0);
        flow.open(Role::Sect);
        section_heading(&mut flow, &part.title, english_part.map(|p| p.title.as_str()));
        for (k, item) in part.items.iter().enumerate() {
            let question = flow.layout(&item.question, QUESTION, CONTENT_WIDTH);
            // The English on its own line, so it keeps its own direction in right-to-left pages.
            let in_english = english_part.map(|p| flow.layout(&p.items[k].question, ENGLISH, CONTENT_WIDTH));
            flow.ensure(question.height() + in_english.as_ref().map_or(0.0, Block::height) + 30.0);
            flow.open(Role::H3);
            flow.place(&question, MARGIN_X);
            if let Some(in_english) = &in_english {
                flow.place(in_english, MARGIN_X);
            }
            flow.close();
            flow.space(2.0);
            match &item.answer {
                Some(answer) => flow.paragraph(answer, ANSWER),
                None => flow.paragraph(&loc.msg("summary-not-answered"), NOT_ANSWERED),
            }
            flow.space(10.0);
        }
        flow.close();
    }

    flow.space(18.0);
    flow.ensure(150.0);
    let closing_english = english_loc.as_ref().map(|en| en.msg("summary-closing-heading"));
    flow.open(Role::Sect);
    section_heading(&mut flow, &loc.msg("summary-closing-heading"), closing_english.as_deref());
    facts(&mut flow, &summary.closing, english.as_ref().map(|e| e.closing.as_slice()), rtl);
    flow.space(30.0);
    signature_line(&mut flow, &both("summary-signature"), &both("summary-signed-date"), rtl);
    flow.close();
    if !loc.is_checked() {
        flow.space(24.0);
        // Two paragraphs laid out as the one with a line break was, so the English is marked as
        // English.
        flow.paragraph(&loc.msg("summary-translation-note"), SMALL);
        if let Some(en) = &english_loc {
            flow.paragraph(&en.msg("summary-translation-note"), Style { lang: ENGLISH.lang, ..SMALL });
        }
    }

    let title = both("summary-header-title");
    let confidential = both("summary-confidential");
    let pages = flow.finish(
        &confidential,
        &title,
        |page, pages| page_of(loc, english_loc.as_ref(), page, pages),
        SMALL,
        HAIRLINE,
    );
    Ok(save(doc, pages, loc.locale().tag))
}

/// A message in the page's language, then in English where the page is in another one, as
/// every PDF's header says it: "Poufne · Confidential".
pub(super) fn in_both(loc: &Localizer, english: Option<&Localizer>, id: &str) -> String {
    match english {
        Some(en) => format!("{} · {}", loc.msg(id), en.msg(id)),
        None => loc.msg(id),
    }
}

/// "Page 2 of 3" in the page's language, then in English where the page is in another one.
pub(super) fn page_of(loc: &Localizer, english: Option<&Localizer>, page: usize, pages: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("page", page);
    args.set("pages", pages);
    let id = "summary-page-of";
    match english {
        Some(en) => format!("{} · {}", loc.msg_with(id, &args), en.msg_with(id, &args)),
        None => loc.msg_with(id, &args),
    }
}

/// Puts the pages into the document and writes its bytes. `lang` is the document's language, for
/// its structure.
pub(super) fn save(doc: PdfDocument, pages: Pages, lang: &str) -> RenderedPdf {
    let (mut pdf, structure, count) = pages.into_document(doc);
    tidy::tidy(&mut pdf, chrono::Local::now().fixed_offset());
    tags::write(&mut pdf, structure, lang);
    deflate::compress_streams(&mut pdf);
    let mut bytes = Vec::new();
    // Writing to memory cannot fail.
    let _ = pdf.save_modern(&mut bytes);
    RenderedPdf { bytes, pages: count }
}

/// Every word the PDF will print, to check there is a font for each.
fn all_text(summary: &Summary, english: Option<&Summary>) -> String {
    let mut text = String::new();
    for s in std::iter::once(summary).chain(english) {
        text.push_str(&s.title);
        for fact in s.about.iter().chain(&s.next).chain(&s.closing) {
            text.push_str(&fact.label);
            text.push_str(&fact.value);
        }
        for part in &s.parts {
            text.push_str(&part.title);
            for item in &part.items {
                text.push_str(&item.question);
                text.push_str(item.answer.as_deref().unwrap_or_default());
            }
        }
    }
    text
}

/// A heading with a rule under it (and its English under it), kept with the start of what
/// follows.
fn section_heading(flow: &mut Flow<'_>, text: &str, english: Option<&str>) {
    let heading = flow.layout(text, HEADING, CONTENT_WIDTH);
    let english = english.map(|e| flow.layout(e, ENGLISH, CONTENT_WIDTH));
    flow.ensure(heading.height() + english.as_ref().map_or(0.0, Block::height) + 60.0);
    flow.bookmark(text);
    flow.open(Role::H2);
    flow.place(&heading, MARGIN_X);
    if let Some(english) = &english {
        flow.place(english, MARGIN_X);
    }
    flow.close();
    flow.space(2.0);
    flow.rule(HAIRLINE, 0.6);
    flow.space(8.0);
}

/// Labelled details in two columns: labels where reading starts (left, or right in RTL), each
/// with its English under it when there is one.
fn facts(flow: &mut Flow<'_>, facts: &[Fact], english: Option<&[Fact]>, rtl: bool) {
    let label_width = LABEL_WIDTH - 12.0;
    let value_width = CONTENT_WIDTH - LABEL_WIDTH;
    let (label_x, value_x) =
        if rtl { (MARGIN_X + CONTENT_WIDTH - label_width, MARGIN_X) } else { (MARGIN_X, MARGIN_X + LABEL_WIDTH) };
    flow.open(Role::L);
    for (i, fact) in facts.iter().enumerate() {
        flow.open(Role::LI);
        let mut label = vec![flow.layout(&fact.label, LABEL, label_width)];
        if let Some(en) = english.and_then(|e| e.get(i)) {
            label.push(flow.layout(&en.label, ENGLISH, label_width));
        }
        let value = flow.layout(&fact.value, ANSWER, value_width);
        flow.row(&label, label_x, &value, value_x);
        flow.close();
        flow.space(4.0);
    }
    flow.close();
}

fn signature_line(flow: &mut Flow<'_>, signature: &str, date: &str, rtl: bool) {
    let sign_width = CONTENT_WIDTH * 0.58;
    let date_width = CONTENT_WIDTH - sign_width - 24.0;
    let (sign_x, date_x) =
        if rtl { (MARGIN_X + date_width + 24.0, MARGIN_X) } else { (MARGIN_X, MARGIN_X + sign_width + 24.0) };
    let label = flow.layout(signature, LABEL, sign_width);
    let date_label = flow.layout(date, LABEL, date_width);
    flow.ensure(40.0);
    flow.write_on_line(sign_x, sign_width, INK);
    flow.write_on_line(date_x, date_width, INK);
    flow.row(&[label], sign_x, &date_label, date_x);
}

/// Embeds the fonts of the regular and the bold chain, each file once: where no bold face can be
/// found (Nastaliq, on Debian) both chains hold the same font, and embedding it twice would
/// double its subset, the largest part of an Urdu PDF. Returns each chain's ids, in chain order.
/// A font printpdf cannot read is a font this computer does not have, as far as the PDF is
/// concerned.
pub(super) fn add_fonts(doc: &mut PdfDocument, fonts: &FontBook) -> Result<(Vec<FontId>, Vec<FontId>), PdfError> {
    let mut add = |f: &FontFile| f.parsed().map(|parsed| doc.add_font(parsed)).ok_or(PdfError::NoFont);
    let regular = fonts.regular.iter().map(&mut add).collect::<Result<Vec<_>, _>>()?;
    let bold = fonts
        .bold
        .iter()
        .map(|f| match fonts.regular.iter().position(|r| r.same_face(f)) {
            Some(i) => Ok(regular[i].clone()),
            None => add(f),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((regular, bold))
}
