//! Finding fonts on this computer. The PDF embeds (a subset of) the system's fonts rather than
//! shipping its own, and falls back along a chain so that any Latin-script letter has a glyph.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fontdb::{Database, Family, Query, Source, Stretch, Style, Weight};
use printpdf::font::AzulParsedFont;
use rust_fontconfig::FontBytes as SharedBytes;

use super::PdfError;

/// Font families tried in order: the first that has a character's glyph draws it. Latin first,
/// then the scripts families in London write most (Arabic and Urdu, Hebrew, Bengali, Hindi,
/// Panjabi, Gujarati), then wide fallbacks found on Linux, macOS and Windows.
const FAMILIES: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    // Urdu is written in Nastaliq; `FontBook::arranged_for("ur")` puts it before Naskh-style
    // Arabic. For other languages it only stands in if no Arabic face is installed.
    "Noto Nastaliq Urdu",
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

/// The Nastaliq face for Urdu.
const URDU_FAMILY: &str = "Noto Nastaliq Urdu";

/// A kind of writing (script) the PDF needs a font for, with what to install on Debian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// English, Polish, Turkish, Somali…
    Latin,
    /// Arabic, Urdu, Farsi.
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Bengali.
    Bengali,
    /// Hindi and others.
    Devanagari,
    /// Panjabi.
    Gurmukhi,
    /// Gujarati.
    Gujarati,
}

impl Script {
    /// The script of a letter, by Unicode block; `None` for digits, punctuation and symbols
    /// (any font draws those, or they fall back) and for scripts the app does not check.
    pub fn of(c: char) -> Option<Script> {
        Some(match u32::from(c) {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x980..=0x9FF => Script::Bengali,
            0x900..=0x97F => Script::Devanagari,
            0xA00..=0xA7F => Script::Gurmukhi,
            0xA80..=0xAFF => Script::Gujarati,
            _ => return None,
        })
    }

    /// The Fluent id of the script's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Script::Latin => "script-latin",
            Script::Arabic => "script-arabic",
            Script::Hebrew => "script-hebrew",
            Script::Bengali => "script-bengali",
            Script::Devanagari => "script-devanagari",
            Script::Gurmukhi => "script-gurmukhi",
            Script::Gujarati => "script-gujarati",
        }
    }

    /// The Debian package with a font for it. All are in Noto's core set.
    pub fn package(self) -> &'static str {
        "fonts-noto-core"
    }
}

/// How heavy the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// Body text.
    Regular,
    /// Headings.
    Bold,
}

/// One face of a font file, and where its bytes come from.
#[derive(Clone)]
pub struct FontFile {
    bytes: Arc<FontBytes>,
    /// The face's index in a collection, 0 for a single font.
    pub index: u32,
    /// The family name, for messages and tests.
    pub family: String,
    /// The font as printpdf reads it, parsed the first time a document embeds it: parsing
    /// costs more than shaping a page, and most documents use two or three of the chain's fonts.
    parsed: Arc<OnceLock<Option<printpdf::ParsedFont>>>,
}

/// A font file's bytes, read the first time a document needs them: a chain names a dozen
/// fonts, several megabytes, and a document draws with two or three. Shared by the faces of one
/// collection, and held in printpdf's own type so that the shaper and printpdf read one copy.
struct FontBytes {
    path: Option<PathBuf>,
    data: OnceLock<Option<Arc<SharedBytes>>>,
}

/// The files already named while a book is made, so each is read at most once.
#[derive(Default)]
pub(super) struct FilePool(Vec<Arc<FontBytes>>);

impl FilePool {
    fn file(&mut self, path: &Path) -> Arc<FontBytes> {
        if let Some(bytes) = self.0.iter().find(|b| b.path.as_deref() == Some(path)) {
            return bytes.clone();
        }
        let bytes = Arc::new(FontBytes { path: Some(path.to_owned()), data: OnceLock::new() });
        self.0.push(bytes.clone());
        bytes
    }
}

impl FontFile {
    /// A face of the font file at `path`, read when first needed.
    pub(super) fn in_file(pool: &mut FilePool, path: &Path, index: u32, family: String) -> Self {
        FontFile { bytes: pool.file(path), index, family, parsed: Arc::default() }
    }

    /// A face of a font already in memory.
    fn in_memory(data: Vec<u8>, index: u32, family: String) -> Self {
        let bytes = FontBytes { path: None, data: OnceLock::from(Some(shared(data))) };
        FontFile { bytes: Arc::new(bytes), index, family, parsed: Arc::default() }
    }

    /// The whole file's bytes, or `None` if it can no longer be read.
    pub fn data(&self) -> Option<&[u8]> {
        self.shared().map(|bytes| bytes.as_slice())
    }

    fn shared(&self) -> Option<&Arc<SharedBytes>> {
        let bytes = &self.bytes;
        bytes.data.get_or_init(|| std::fs::read(bytes.path.as_ref()?).ok().map(shared)).as_ref()
    }

    /// The face as the shaper reads it, or `None` if it cannot be read.
    pub fn face(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(self.data()?, self.index)
    }

    /// How many times the usual line height a line set in this font takes. Nastaliq climbs and
    /// falls far further than other scripts (its words step down to the baseline, their dots
    /// and marks stacked above and below), so its lines get 1.6 times the room: less, and one
    /// line's dots touch the next line's letters.
    pub fn line_room(&self) -> f32 {
        if self.family == URDU_FAMILY {
            1.6
        } else {
            1.0
        }
    }

    /// Whether both are the same face of the same file.
    pub(super) fn same_face(&self, other: &FontFile) -> bool {
        Arc::ptr_eq(&self.bytes, &other.bytes) && self.index == other.index
    }

    /// The file it was read from, if it came from one.
    pub(super) fn path(&self) -> Option<&Path> {
        self.bytes.path.as_deref()
    }

    /// The font as printpdf reads it, or `None` if printpdf cannot read it. It shares the bytes
    /// the shaper reads rather than copying them, and does not load the outline tables up front
    /// (the subset is cut from the file's bytes, and nothing here draws an outline): each
    /// megabyte a process touches for the first time cost about a third of a millisecond
    /// (BENCHMARKS.md).
    pub fn parsed(&self) -> Option<&printpdf::ParsedFont> {
        self.parsed
            .get_or_init(|| {
                let face =
                    AzulParsedFont::from_bytes_shared(self.shared()?.clone(), self.index as usize, &mut Vec::new())?;
                Some(printpdf::ParsedFont::from_azul(face))
            })
            .as_ref()
    }
}

/// A font's bytes as both the shaper and printpdf read them.
fn shared(data: Vec<u8>) -> Arc<SharedBytes> {
    Arc::new(SharedBytes::Owned(data.into()))
}

impl std::fmt::Debug for FontFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FontFile({} #{})", self.family, self.index)
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
        let mut pool = FilePool::default();
        let regular = chain(db, Weight::NORMAL, &mut pool);
        let bold = chain(db, Weight::BOLD, &mut pool);
        if regular.is_empty() {
            return Err(PdfError::NoFont);
        }
        let bold = if bold.is_empty() { regular.clone() } else { bold };
        Ok(Self { regular, bold })
    }

    /// The chains arranged for a language: for Urdu, the Nastaliq face goes before the Arabic
    /// one, since Urdu readers expect Nastaliq and read Naskh as foreign.
    pub fn arranged_for(&self, tag: &str) -> FontBook {
        let arrange = |chain: &[FontFile]| {
            let mut chain = chain.to_vec();
            if tag == "ur" {
                if let Some(at) = chain.iter().position(|f| f.family == URDU_FAMILY) {
                    let nastaliq = chain.remove(at);
                    let arabic = chain.iter().position(|f| f.family.contains("Arabic")).unwrap_or(chain.len());
                    chain.insert(arabic, nastaliq);
                }
            }
            chain
        };
        FontBook { regular: arrange(&self.regular), bold: arrange(&self.bold) }
    }

    /// The chains trimmed to the fonts that draw something in `text` (all a document will
    /// print), each character being drawn by the first font that has it, as the shaper does.
    /// Refuses text with a kind of writing no font here can draw, so that the family is told
    /// what to install rather than handed a page of boxes.
    pub fn for_text(&self, text: &str) -> Result<FontBook, PdfError> {
        let chars = distinct_chars(text);
        let used = |chain: &[FontFile]| -> (Vec<FontFile>, Option<Script>) {
            // Faces are read as the text needs them: English never opens the Arabic font.
            let faces: Vec<OnceLock<Option<rustybuzz::Face<'_>>>> = chain.iter().map(|_| OnceLock::new()).collect();
            let face = |i: usize| faces[i].get_or_init(|| chain[i].face()).as_ref();
            let mut needed = vec![false; chain.len()];
            if let Some(first) = (0..chain.len()).find(|&i| face(i).is_some()) {
                needed[first] = true;
            }
            let mut missing = None;
            for &c in &chars {
                match (0..chain.len()).find(|&i| face(i).is_some_and(|f| f.glyph_index(c).is_some())) {
                    Some(at) => needed[at] = true,
                    None => missing = missing.or_else(|| Script::of(c)),
                }
            }
            let kept = chain.iter().zip(needed).filter(|(_, keep)| *keep).map(|(f, _)| f.clone()).collect();
            (kept, missing)
        };
        let (regular, missing) = used(&self.regular);
        if let Some(script) = missing {
            return Err(PdfError::ScriptFontMissing(script));
        }
        if regular.is_empty() {
            return Err(PdfError::NoFont);
        }
        let (bold, _) = used(&self.bold);
        let bold = if bold.is_empty() { regular.clone() } else { bold };
        Ok(FontBook { regular, bold })
    }

    /// The chain for a weight.
    pub fn chain(&self, weight: Weighting) -> &[FontFile] {
        match weight {
            Weighting::Regular => &self.regular,
            Weighting::Bold => &self.bold,
        }
    }
}

fn chain(db: &Database, weight: Weight, pool: &mut FilePool) -> Vec<FontFile> {
    let mut found: Vec<FontFile> = Vec::new();
    for family in FAMILIES {
        let query = Query { families: &[Family::Name(family)], weight, stretch: Stretch::Normal, style: Style::Normal };
        let Some(id) = db.query(&query) else { continue };
        let Some(face) = db.face(id) else { continue };
        // A query falls back to the nearest family; keep only the family asked for.
        if !face.families.iter().any(|(name, _)| name.eq_ignore_ascii_case(family)) {
            continue;
        }
        let family = (*family).to_owned();
        found.push(match &face.source {
            Source::File(path) | Source::SharedFile(path, _) => FontFile::in_file(pool, path, face.index, family),
            Source::Binary(_) => {
                let Some(data) = db.with_face_data(id, |data, _| data.to_vec()) else { continue };
                FontFile::in_memory(data, face.index, family)
            }
        });
    }
    found
}

/// Each character of `text` once (spaces left out), in no particular order: a long
/// contribution has hundreds of thousands of characters but only a few dozen different ones.
fn distinct_chars(text: &str) -> Vec<char> {
    let mut seen = vec![0u64; 0x1_0000 / 64];
    let mut chars = Vec::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let code = u32::from(c) as usize;
        if code < 0x1_0000 {
            let (word, bit) = (code / 64, 1u64 << (code % 64));
            if seen[word] & bit != 0 {
                continue;
            }
            seen[word] |= bit;
        } else if chars.contains(&c) {
            continue;
        }
        chars.push(c);
    }
    chars
}
