//! "My views for my meeting": the child's own page, in large friendly type, with only what they
//! chose to share. Anything kept private never reaches this file.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use printpdf::{PdfDocument, RawImage};

use super::document::{add_fonts, in_both, page_of, save};
use super::flow::{Flow, Style, CONTENT_WIDTH, MARGIN_X};
use super::fonts::{FontBook, Weighting};
use super::palette::{ACCENT, HAIRLINE, INK, MUTED};
use super::tags::Role;
use super::{PdfError, RenderedPdf};
use crate::child::{shareable, ChildHelperKind, ChildViews, Place};
use crate::i18n::{Direction, Isolation, Localizer, SOURCE_LOCALE};

const WARM: [f32; 3] = [0.72, 0.33, 0.2];

const TITLE: Style = Style { weight: Weighting::Bold, size: 26.0, leading: 1.25, color: WARM, lang: None };
const HEADING: Style = Style { weight: Weighting::Bold, size: 18.0, leading: 1.3, color: ACCENT, lang: None };
const WORDS: Style = Style { weight: Weighting::Regular, size: 15.0, leading: 1.5, color: INK, lang: None };
const LABEL: Style = Style { weight: Weighting::Bold, size: 12.0, leading: 1.45, color: MUTED, lang: None };
const ENGLISH: Style =
    Style { weight: Weighting::Regular, size: 11.0, leading: 1.35, color: MUTED, lang: Some(SOURCE_LOCALE) };
const SMALL: Style = Style { weight: Weighting::Regular, size: 9.0, leading: 1.3, color: MUTED, lang: None };

/// Drawings print this wide: about 14 cm, big enough to see every line the child drew.
const DRAWING_WIDTH: f32 = 400.0;

pub(super) fn child(
    v: &ChildViews,
    loc: &Localizer,
    made_on: NaiveDate,
    fonts: &FontBook,
) -> Result<RenderedPdf, PdfError> {
    let sections = shared_sections(v, loc);
    let details = facts(v, loc, made_on);
    // In a translated page, each detail has its English under it, like the parent's PDF.
    let english_facts: Vec<Option<String>> =
        match (loc.locale().tag != SOURCE_LOCALE).then(|| Localizer::english(Isolation::Off)) {
            Some(en) => {
                facts(v, &en, made_on).into_iter().map(|(label, value)| Some(format!("{label}: {value}"))).collect()
            }
            None => vec![None; details.len()],
        };
    let facts = details;
    // In any language but English, the English of each heading goes under it, as on the
    // parent's PDF, so everyone at the meeting can follow the child's page.
    let english_loc = (loc.locale().tag != SOURCE_LOCALE).then(|| Localizer::english(Isolation::Off));
    let english: Vec<Option<String>> = match &english_loc {
        Some(en) => shared_sections(v, en)
            .into_iter()
            .zip(&sections)
            .map(|(e, s)| (e.heading != s.heading).then_some(e.heading))
            .collect(),
        None => vec![None; sections.len()],
    };
    let mut text = loc.msg("child-pdf-title");
    for (label, value) in &facts {
        text.push_str(label);
        text.push_str(value);
    }
    for section in &sections {
        text.push_str(&section.heading);
        text.push_str(section.words.as_deref().unwrap_or_default());
    }
    for id in ["child-pdf-title", "summary-confidential", "summary-page-of"] {
        text.push_str(&loc.msg(id));
    }
    text.extend(english_facts.iter().flatten().map(String::as_str));
    text.push_str("0123456789");
    let fonts = &fonts.for_text(&text)?;

    let title = loc.msg("child-pdf-title");
    let mut doc = PdfDocument::new(&title);
    doc.metadata.info.producer = "Family Voice".into();
    let (regular_ids, bold_ids) = add_fonts(&mut doc, fonts)?;
    let rtl = loc.locale().direction == Direction::Rtl;
    let mut images = Vec::new();
    for section in &sections {
        if let Some(png) = &section.drawing {
            let mut warnings = Vec::new();
            // A drawing that does not decode is left out rather than stopping the whole page.
            if let Ok(image) = RawImage::decode_from_bytes(png, &mut warnings) {
                let size = (image.width, image.height);
                images.push(Some((doc.add_image(&image), size)));
                continue;
            }
        }
        images.push(None);
    }
    let mut flow = Flow::new(fonts, regular_ids, bold_ids, rtl);

    flow.open(Role::H1);
    flow.paragraph(&title, TITLE);
    if let Some(en) = &english_loc {
        flow.paragraph(&en.msg("child-pdf-title"), ENGLISH);
    }
    flow.close();
    flow.space(12.0);
    flow.open(Role::L);
    for ((label, value), in_english) in facts.iter().zip(&english_facts) {
        flow.open(Role::LI);
        flow.open(Role::LBody);
        flow.paragraph(&format!("{label}: {value}"), LABEL);
        if let Some(in_english) = in_english {
            flow.paragraph(in_english, ENGLISH);
        }
        flow.close();
        flow.close();
    }
    flow.close();
    if sections.is_empty() {
        flow.space(24.0);
        flow.paragraph(&loc.msg("child-pdf-nothing-shared"), WORDS);
    }
    for ((section, image), in_english) in sections.iter().zip(images).zip(english) {
        flow.space(22.0);
        let heading = flow.layout(&section.heading, HEADING, CONTENT_WIDTH);
        let in_english = in_english.map(|e| flow.layout(&e, ENGLISH, CONTENT_WIDTH));
        flow.ensure(heading.height() + 60.0);
        flow.open(Role::Sect);
        flow.bookmark(&section.heading);
        flow.open(Role::H2);
        flow.place(&heading, MARGIN_X);
        if let Some(in_english) = &in_english {
            flow.place(in_english, MARGIN_X);
        }
        flow.close();
        flow.space(4.0);
        flow.rule(HAIRLINE, 0.8);
        flow.space(8.0);
        if let Some((id, (w, h))) = image {
            flow.image(id, (w, h), DRAWING_WIDTH.min(CONTENT_WIDTH));
            flow.space(10.0);
        }
        if let Some(words) = &section.words {
            flow.paragraph(words, WORDS);
        }
        flow.close();
    }

    // Marked confidential, and "Page 1 of 2", in both languages, as the parent's PDF is.
    let english = english_loc.as_ref();
    let confidential = in_both(loc, english, "summary-confidential");
    let pages = flow.finish(&confidential, &title, |page, pages| page_of(loc, english, page, pages), SMALL, HAIRLINE);
    Ok(save(doc, pages, loc.locale().tag))
}

/// A part of the page: a heading, and the shared drawing and words under it.
struct Section {
    heading: String,
    drawing: Option<Vec<u8>>,
    words: Option<String>,
}

/// Only what the child chose to share, in the journey's order (`child::shareable`, the list the
/// share screen asked about), a house's words and drawing under its one heading. Nothing else
/// is ever read.
fn shared_sections(v: &ChildViews, loc: &Localizer) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut last_house = None;
    for item in shareable(v, loc).into_iter().filter(|item| item.shared) {
        let (house, drawing) = match item.place {
            Place::House { house, drawing: true } => {
                (Some(house), v.houses.get(&house).and_then(|h| h.drawing.as_ref()).and_then(|d| d.png_bytes()))
            }
            Place::House { house, drawing: false } => (Some(house), None),
            Place::Answer { .. } => (None, None),
        };
        match sections.last_mut() {
            Some(section) if house.is_some() && house == last_house => {
                section.drawing = section.drawing.take().or(drawing);
                section.words = section.words.take().or(item.words);
            }
            _ => sections.push(Section { heading: item.heading, drawing, words: item.words }),
        }
        last_house = house;
    }
    sections.retain(|s| s.drawing.is_some() || s.words.is_some());
    sections
}

fn facts(v: &ChildViews, loc: &Localizer, made_on: NaiveDate) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if !v.name.trim().is_empty() {
        facts.push((loc.msg("child-pdf-name"), v.name.trim().to_owned()));
    }
    if let Some(age) = v.age {
        facts.push((loc.msg("child-pdf-age"), age.to_string()));
    }
    facts.push((loc.msg("child-pdf-date"), loc.long_date(made_on)));
    let role = loc.msg(helper_id(v.helper.kind));
    let helped = if v.helper.kind != ChildHelperKind::Nobody && !v.helper.name.trim().is_empty() {
        let mut args = FluentArgs::new();
        args.set("role", role);
        args.set("name", v.helper.name.trim().to_owned());
        loc.msg_with("child-pdf-helper-with-name", &args)
    } else {
        role
    };
    facts.push((loc.msg("child-pdf-helped"), helped));
    facts
}

fn helper_id(kind: ChildHelperKind) -> &'static str {
    match kind {
        ChildHelperKind::Nobody => "child-pdf-helper-nobody",
        ChildHelperKind::Advocate => "child-pdf-helper-advocate",
        ChildHelperKind::SocialWorker => "child-pdf-helper-social-worker",
        ChildHelperKind::Family => "child-pdf-helper-family",
        ChildHelperKind::Friend => "child-pdf-helper-friend",
        ChildHelperKind::Interpreter => "child-pdf-helper-interpreter",
    }
}
