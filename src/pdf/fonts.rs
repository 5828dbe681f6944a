//! Finding fonts on this computer. The PDF embeds (a subset of) the system's fonts rather than
//! shipping its own, and falls back along a chain so that any Latin-script letter has a glyph.

use std::sync::Arc;

use fontdb::{Database, Family, Query, Stretch, Style, Weight};

use super::PdfError;

/// Font families tried in order: the first that has a character's glyph draws it. Latin first,
/// then the scripts families in London write most (Arabic and Urdu, Hebrew, Bengali, Hindi,
/// Panjabi, Gujarati), then wide fallbacks found on Linux, macOS and Windows.
const FAMILIES: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Bengali",
    "Noto Sans Devanagari",
    "Noto Sans Gurmukhi",
    "Noto Sans Gujarati",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
    "Segoe UI",
    "Helvetica",
];

/// How heavy the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// Body text.
    Regular,
    /// Headings.
    Bold,
}

/// A font file's bytes and which face inside it.
#[derive(Clone)]
pub struct FontFile {
    /// The whole file (shared: several weights may come from one collection).
    pub data: Arc<Vec<u8>>,
    /// The face's index in a collection, 0 for a single font.
    pub index: u32,
    /// The family name, for messages and tests.
    pub family: String,
    /// The font as printpdf reads it, parsed once.
    pub parsed: Arc<printpdf::ParsedFont>,
}

impl std::fmt::Debug for FontFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FontFile({}, {} bytes)", self.family, self.data.len())
    }
}

/// The fallback chains for each weight, found once per document.
#[derive(Debug)]
pub struct FontBook {
    /// Fallback chain for body text, best first.
    pub regular: Vec<FontFile>,
    /// Fallback chain for headings, best first.
    pub bold: Vec<FontFile>,
}

impl FontBook {
    /// Looks the chains up among the fonts installed on this computer.
    pub fn from_system() -> Result<Self, PdfError> {
        let mut db = Database::new();
        db.load_system_fonts();
        Self::from_database(&db)
    }

    /// Looks the chains up in a given font database (tests use a folder of their own).
    pub fn from_database(db: &Database) -> Result<Self, PdfError> {
        let regular = chain(db, Weight::NORMAL);
        let bold = chain(db, Weight::BOLD);
        if regular.is_empty() {
            return Err(PdfError::NoFont);
        }
        let bold = if bold.is_empty() { regular.clone() } else { bold };
        Ok(Self { regular, bold })
    }

    /// The chain for a weight.
    pub fn chain(&self, weight: Weighting) -> &[FontFile] {
        match weight {
            Weighting::Regular => &self.regular,
            Weighting::Bold => &self.bold,
        }
    }
}

fn chain(db: &Database, weight: Weight) -> Vec<FontFile> {
    let mut found: Vec<FontFile> = Vec::new();
    for family in FAMILIES {
        let query = Query { families: &[Family::Name(family)], weight, stretch: Stretch::Normal, style: Style::Normal };
        let Some(id) = db.query(&query) else { continue };
        let Some(face) = db.face(id) else { continue };
        // A query falls back to the nearest family; keep only the family asked for.
        if !face.families.iter().any(|(name, _)| name.eq_ignore_ascii_case(family)) {
            continue;
        }
        let loaded = db.with_face_data(id, |data, index| (data.to_vec(), index));
        if let Some((data, index)) = loaded {
            // Both readers must accept the font: rustybuzz shapes with it, printpdf embeds it.
            let parsed = printpdf::ParsedFont::from_bytes(&data, index as usize, &mut Vec::new());
            if let (Some(parsed), Some(_)) = (parsed, rustybuzz::Face::from_slice(&data, index)) {
                let family = (*family).to_owned();
                found.push(FontFile { data: Arc::new(data), index, family, parsed: Arc::new(parsed) });
            }
        }
    }
    found
}
