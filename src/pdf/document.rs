//! The layout of the family's contribution: title, the practical details, each part with its
//! questions and answers, and a closing block to sign.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use printpdf::{FontId, Mm, PdfDocument, PdfPage, PdfSaveOptions, Pt};

use super::flow::{Flow, Style, CONTENT_WIDTH, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH};
use super::fonts::{FontBook, FontFile, Weighting};
use super::RenderedPdf;
use crate::contribution::Contribution;
use crate::i18n::Localizer;
use crate::summary::{self, Fact};

const INK: [f32; 3] = [0.08, 0.09, 0.11];
const MUTED: [f32; 3] = [0.33, 0.35, 0.38];
const ACCENT: [f32; 3] = [0.05, 0.33, 0.36];
const HAIRLINE: [f32; 3] = [0.72, 0.74, 0.76];

const TITLE: Style = Style { weight: Weighting::Bold, size: 19.0, leading: 1.3, color: ACCENT };
const HEADING: Style = Style { weight: Weighting::Bold, size: 14.5, leading: 1.35, color: ACCENT };
const QUESTION: Style = Style { weight: Weighting::Bold, size: 10.5, leading: 1.4, color: MUTED };
const ANSWER: Style = Style { weight: Weighting::Regular, size: 11.5, leading: 1.45, color: INK };
const NOT_ANSWERED: Style = Style { weight: Weighting::Regular, size: 10.5, leading: 1.4, color: MUTED };
const LABEL: Style = Style { weight: Weighting::Bold, size: 10.5, leading: 1.45, color: MUTED };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED };

/// Width of the label column in the practical details.
const LABEL_WIDTH: f32 = 150.0;

pub(super) fn contribution(c: &Contribution, loc: &Localizer, made_on: NaiveDate, fonts: &FontBook) -> RenderedPdf {
    let summary = summary::summarize(c, loc, made_on);
    let mut doc = PdfDocument::new(&summary.title);
    doc.metadata.info.producer = "Family Voice".into();
    doc.metadata.info.creator = "Family Voice".into();
    let regular_ids = add_fonts(&mut doc, &fonts.regular);
    let bold_ids = add_fonts(&mut doc, &fonts.bold);
    let mut flow = Flow::new(fonts, regular_ids, bold_ids);

    flow.paragraph(&summary.title, TITLE);
    flow.space(10.0);
    facts(&mut flow, &summary.about);
    if !summary.next.is_empty() {
        flow.space(14.0);
        section_heading(&mut flow, &summary.next_heading);
        facts(&mut flow, &summary.next);
    }

    for part in &summary.parts {
        flow.space(18.0);
        section_heading(&mut flow, &part.title);
        for item in &part.items {
            let question = flow.layout(&item.question, QUESTION, CONTENT_WIDTH);
            flow.ensure(question.height() + 30.0);
            flow.place(&question, MARGIN_X);
            flow.space(2.0);
            match &item.answer {
                Some(answer) => flow.paragraph(answer, ANSWER),
                None => flow.paragraph(&loc.msg("summary-not-answered"), NOT_ANSWERED),
            }
            flow.space(10.0);
        }
    }

    flow.space(18.0);
    flow.ensure(150.0);
    section_heading(&mut flow, &loc.msg("summary-closing-heading"));
    facts(&mut flow, &summary.closing);
    flow.space(30.0);
    signature_line(&mut flow, &loc.msg("summary-signature"), &loc.msg("summary-signed-date"));

    let title = loc.msg("summary-header-title");
    let confidential = loc.msg("summary-confidential");
    let pages = flow.finish(
        &confidential,
        &title,
        |page, pages| {
            let mut args = FluentArgs::new();
            args.set("page", page);
            args.set("pages", pages);
            loc.msg_with("summary-page-of", &args)
        },
        SMALL,
        HAIRLINE,
    );
    let count = pages.len();
    let pages =
        pages.into_iter().map(|ops| PdfPage::new(Mm::from(Pt(PAGE_WIDTH)), Mm::from(Pt(PAGE_HEIGHT)), ops)).collect();
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut warnings);
    RenderedPdf { bytes, pages: count }
}

/// A heading with a rule under it, kept with the start of what follows.
fn section_heading(flow: &mut Flow<'_>, text: &str) {
    let heading = flow.layout(text, HEADING, CONTENT_WIDTH);
    flow.ensure(heading.height() + 60.0);
    flow.place(&heading, MARGIN_X);
    flow.space(2.0);
    flow.rule(HAIRLINE, 0.6);
    flow.space(8.0);
}

fn facts(flow: &mut Flow<'_>, facts: &[Fact]) {
    for fact in facts {
        let label = flow.layout(&fact.label, LABEL, LABEL_WIDTH - 12.0);
        let value = flow.layout(&fact.value, ANSWER, CONTENT_WIDTH - LABEL_WIDTH);
        flow.row(&label, MARGIN_X, &value, MARGIN_X + LABEL_WIDTH);
        flow.space(4.0);
    }
}

fn signature_line(flow: &mut Flow<'_>, signature: &str, date: &str) {
    let sign_width = CONTENT_WIDTH * 0.58;
    let label = flow.layout(signature, LABEL, sign_width);
    let date_label = flow.layout(date, LABEL, CONTENT_WIDTH - sign_width - 24.0);
    flow.ensure(40.0);
    flow.write_on_line(MARGIN_X, sign_width, INK);
    flow.write_on_line(MARGIN_X + sign_width + 24.0, CONTENT_WIDTH - sign_width - 24.0, INK);
    flow.row(&label, MARGIN_X, &date_label, MARGIN_X + sign_width + 24.0);
}

fn add_fonts(doc: &mut PdfDocument, chain: &[FontFile]) -> Vec<FontId> {
    chain.iter().map(|f| doc.add_font(&f.parsed)).collect()
}
