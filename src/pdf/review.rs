//! The interpreter's review on paper: English | translation | verdict | comment, every wording of
//! the language, with the reviewer's details and a line to sign. In English, with each
//! translation in its own script and direction.

use fluent_bundle::FluentArgs;
use printpdf::PdfDocument;

use super::document::{add_fonts, save};
use super::flow::{Block, Flow, Style, CONTENT_WIDTH, MARGIN_X};
use super::fonts::{FontBook, Weighting};
use super::palette::{ACCENT, HAIRLINE, INK, MUTED};
use super::tags::Role;
use super::{PdfError, RenderedPdf};
use crate::i18n::{self, Localizer};
use crate::review::{Catalog, Decision, Item, ProgressText, Review, Wording};

const TITLE: Style = Style { weight: Weighting::Bold, size: 18.0, leading: 1.3, color: ACCENT, lang: None };
const AREA: Style = Style { weight: Weighting::Bold, size: 13.5, leading: 1.35, color: ACCENT, lang: None };
const SECTION: Style = Style { weight: Weighting::Bold, size: 10.5, leading: 1.35, color: INK, lang: None };
const HEAD: Style = Style { weight: Weighting::Bold, size: 8.0, leading: 1.3, color: MUTED, lang: None };
const CELL: Style = Style { weight: Weighting::Regular, size: 8.5, leading: 1.35, color: INK, lang: None };
const KEY: Style = Style { weight: Weighting::Regular, size: 7.0, leading: 1.3, color: MUTED, lang: None };
const VERDICT: Style = Style { weight: Weighting::Bold, size: 8.5, leading: 1.35, color: INK, lang: None };
const FACT: Style = Style { weight: Weighting::Regular, size: 10.0, leading: 1.45, color: INK, lang: None };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED, lang: None };

/// The columns' widths, left to right, with a gap between: English, translation, verdict,
/// comment. The translation gets the most room: it is what is being checked.
const WIDTHS: [f32; 4] = [135.0, 160.0, 55.0, 102.0];
const GAP: f32 = 10.0;

/// Lays out the review. `en` formats the review's own words (English, no isolation marks).
pub(super) fn review(
    review: &Review,
    catalog: &Catalog,
    en: &Localizer,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    // A catalog is of a shipped language; were it not, its tag stands in for the language's name.
    let shipped = i18n::locales().iter().find(|l| l.tag == catalog.tag.as_str());
    let language = shipped.map_or(catalog.tag.as_str(), |l| l.native_name);
    let rows: Vec<Row> = catalog.items.iter().map(|item| Row::of(item, review, en)).collect();
    let mut all: String = rows.iter().flat_map(|r| [r.english.as_str(), &r.translation, &r.comment]).collect();
    all.extend(catalog.terms.iter().flat_map(|t| [t.english.as_str(), &t.translation]));
    all.push_str(&format!("{} {}", review.reviewer.name, review.reviewer.register_number));
    all.push_str(language);
    let fonts = &fonts.for_text(&all)?;

    let mut args = FluentArgs::new();
    args.set("language", format!("{language} ({})", catalog.tag));
    let title = en.msg_with("interp-pdf-title", &args);
    let mut doc = PdfDocument::new(&title);
    doc.metadata.info.producer = "Family Voice".into();
    let (regular_ids, bold_ids) = add_fonts(&mut doc, fonts)?;
    let mut flow = Flow::new(fonts, regular_ids, bold_ids, false);
    // The translations are in the language under review, for a screen reader to read them so.
    let translated = Style { lang: shipped.map(|l| l.tag), ..CELL };

    flow.open(Role::H1);
    flow.paragraph(&title, TITLE);
    flow.close();
    flow.space(6.0);
    let reviewer = &review.reviewer;
    let date = reviewer.date.map(|d| en.long_date(d)).unwrap_or_default();
    for (id, name, value) in [
        ("interp-pdf-reviewer", "name", reviewer.name.trim().to_owned()),
        ("interp-pdf-number", "number", reviewer.register_number.trim().to_owned()),
        ("interp-pdf-date", "date", date.clone()),
        ("interp-pdf-version", "version", catalog.version()),
    ] {
        let mut args = FluentArgs::new();
        args.set(name, value);
        flow.paragraph(&en.msg_with(id, &args), FACT);
    }
    flow.paragraph(&ProgressText::for_print(review, catalog).reviewed, FACT);

    flow.space(12.0);
    flow.open(Role::H2);
    flow.paragraph(&en.msg("interp-terms-title"), AREA);
    flow.close();
    flow.space(4.0);
    for term in &catalog.terms {
        let english = flow.layout(&term.english, CELL, 150.0);
        let translation = flow.layout(&term.translation, translated, 180.0);
        flow.columns(&[(&english, MARGIN_X), (&translation, MARGIN_X + 160.0)]);
    }

    let xs = column_starts();
    let mut place = (None, String::new());
    for (item, row) in catalog.items.iter().zip(&rows) {
        if place.0 != Some(item.area) {
            flow.space(14.0);
            flow.ensure(90.0);
            flow.bookmark(&en.msg(item.area.message_id()));
            flow.open(Role::H2);
            flow.paragraph(&en.msg(item.area.message_id()), AREA);
            flow.close();
            place = (Some(item.area), String::new());
        }
        if place.1 != item.section {
            if !item.section.is_empty() {
                flow.space(6.0);
                flow.ensure(60.0);
                flow.open(Role::H3);
                flow.paragraph(&item.section, SECTION);
                flow.close();
            }
            let heads: Vec<_> = ["interp-english", "interp-translation", "interp-pdf-verdict", "interp-pdf-comment"]
                .iter()
                .zip(WIDTHS)
                .map(|(id, width)| flow.layout(&en.msg(id), HEAD, width))
                .collect();
            flow.space(2.0);
            flow.columns(&heads.iter().zip(xs).collect::<Vec<_>>());
            flow.rule(HAIRLINE, 0.5);
            place.1 = item.section.clone();
        }
        flow.space(3.0);
        let key = flow.layout(&item.key, KEY, WIDTHS[0]);
        let cells = [
            flow.layout(&row.english, CELL, WIDTHS[0]),
            flow.layout(&row.translation, translated, WIDTHS[1]),
            flow.layout(&row.verdict, VERDICT, WIDTHS[2]),
            flow.layout(&row.comment, CELL, WIDTHS[3]),
        ];
        // The id stays with its row.
        flow.ensure(key.height() + cells.iter().map(Block::height).fold(0.0, f32::max));
        flow.place(&key, xs[0]);
        flow.columns(&cells.iter().zip(xs).collect::<Vec<_>>());
        flow.space(3.0);
        flow.rule(HAIRLINE, 0.3);
    }

    flow.space(20.0);
    flow.ensure(140.0);
    flow.paragraph(&en.msg("interp-pdf-declaration"), FACT);
    flow.space(30.0);
    let label_width = 80.0;
    for (id, value) in [("interp-pdf-signature", String::new()), ("interp-pdf-signed-date", date)] {
        let label = flow.layout(&en.msg(id), FACT, label_width);
        let written = flow.layout(&value, FACT, CONTENT_WIDTH - label_width);
        flow.columns(&[(&label, MARGIN_X), (&written, MARGIN_X + label_width + 10.0)]);
        flow.write_on_line(MARGIN_X + label_width, 260.0, MUTED);
        flow.space(24.0);
    }

    let header = en.msg("interp-pdf-header");
    let pages = flow.finish(
        &header,
        &format!("{language} ({})", catalog.tag),
        |page, pages| {
            let mut args = FluentArgs::new();
            args.set("page", page);
            args.set("pages", pages);
            en.msg_with("interp-pdf-page-of", &args)
        },
        SMALL,
        HAIRLINE,
    );
    Ok(save(doc, pages, crate::i18n::SOURCE_LOCALE))
}

fn column_starts() -> [f32; 4] {
    let mut xs = [MARGIN_X; 4];
    for i in 1..4 {
        xs[i] = xs[i - 1] + WIDTHS[i - 1] + GAP;
    }
    xs
}

/// One wording's row as text.
struct Row {
    english: String,
    translation: String,
    verdict: String,
    comment: String,
}

impl Row {
    fn of(item: &Item, review: &Review, en: &Localizer) -> Self {
        let status = review.status(item);
        let verdict = en.msg(status.message_id());
        let comment = match review.decision(item) {
            Some(Decision::NeedsChange { comment, suggestion }) => {
                let mut parts = vec![comment.clone()];
                if let Ok(suggested) = Wording::parse(suggestion) {
                    parts.push(format!("{}:", en.msg("interp-your-suggestion")));
                    parts.push(on_paper(&suggested));
                }
                parts.retain(|p| !p.trim().is_empty());
                parts.join("\n")
            }
            _ => String::new(),
        };
        Self { english: on_paper(&item.english), translation: on_paper(&item.translation), verdict, comment }
    }
}

/// A wording on paper: each form on its own line, after its label when there are several.
fn on_paper(wording: &Wording) -> String {
    wording
        .variants
        .iter()
        .map(|v| if v.label.is_empty() { v.plain() } else { format!("[{}]\n{}", v.label, v.plain()) })
        .collect::<Vec<_>>()
        .join("\n")
}
