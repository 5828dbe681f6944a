//! Finding fonts on this computer. The PDF embeds (a subset of) the system's fonts rather than
//! shipping its own, and falls back along a chain so that any Latin-script letter has a glyph.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fontdb::{Database, Family, Query, Source, Stretch, Style, Weight};
use printpdf::font::AzulParsedFont;
use rust_fontconfig::FontBytes as SharedBytes;

use super::PdfError;

/// One family of the chain, and the scripts it is there to draw.
struct Member {
    family: &'static str,
    scripts: &'static [Script],
}

const fn member(family: &'static str, scripts: &'static [Script]) -> Member {
    Member { family, scripts }
}

use Script::{Arabic, Bengali, Cjk, Devanagari, Ethiopic, Gujarati, Gurmukhi, Hebrew, Korean, Latin, Tamil, Tibetan};

/// The font families tried, in order, on Linux (Noto, from Debian's fonts-noto-core), Windows 10
/// and 11, and macOS: whichever are installed make the chain. A letter of a script goes to the
/// first face here for that script that has it, so that a face with many scripts (Segoe UI has
/// Latin, Arabic and Hebrew) does not draw Urdu in place of its Nastaliq face; anything else
/// (digits, punctuation, symbols, other scripts) goes to the first face that has it.
const CHAIN: &[Member] = &[
    // Latin: Noto on Linux, then Windows' and macOS's own text faces.
    member("Noto Sans", &[Latin]),
    member("Segoe UI", &[Latin, Arabic, Hebrew]),
    member("Helvetica Neue", &[Latin]),
    // Arabic and Persian; Urdu is written in Nastaliq, and `FontBook::arranged_for("ur")` puts
    // those faces before the other Arabic ones (for other languages they only stand in).
    member("Noto Sans Arabic", &[Arabic]),
    member("Geeza Pro", &[Arabic]),
    member("Noto Nastaliq Urdu", &[Arabic]),
    member("Urdu Typesetting", &[Arabic]),
    member("Noto Sans Hebrew", &[Hebrew]),
    member("Arial Hebrew", &[Hebrew]),
    // The scripts of India written in London; Windows has one face for all of them.
    member("Noto Sans Bengali", &[Bengali]),
    member("Bangla Sangam MN", &[Bengali]),
    member("Noto Sans Devanagari", &[Devanagari]),
    member("Devanagari Sangam MN", &[Devanagari]),
    member("Noto Sans Gurmukhi", &[Gurmukhi]),
    member("Gurmukhi Sangam MN", &[Gurmukhi]),
    member("Noto Sans Gujarati", &[Gujarati]),
    member("Gujarati Sangam MN", &[Gujarati]),
    member("Noto Sans Tamil", &[Tamil]),
    member("Tamil Sangam MN", &[Tamil]),
    member("Nirmala UI", &[Bengali, Devanagari, Gurmukhi, Gujarati, Tamil]),
    // Other scripts a family may write in London (Tibetan only as a serif face in Noto).
    member("Noto Sans Ethiopic", &[Ethiopic]),
    member("Ebrima", &[Ethiopic]),
    member("Kefa", &[Ethiopic]),
    member("Noto Serif Tibetan", &[Tibetan]),
    member("Microsoft Himalaya", &[Tibetan]),
    member("Kailasa", &[Tibetan]),
    member("Noto Sans Sinhala", &[]),
    member("Sinhala Sangam MN", &[]),
    member("Noto Sans Thai", &[]),
    member("Leelawadee UI", &[]),
    member("Thonburi", &[]),
    member("Noto Sans Telugu", &[]),
    member("Noto Sans Kannada", &[]),
    member("Noto Sans Malayalam", &[]),
    member("Noto Sans Oriya", &[]),
    member("Noto Sans Armenian", &[]),
    member("Noto Sans Georgian", &[]),
    member("Noto Sans Khmer", &[]),
    member("Noto Sans Lao", &[]),
    member("Noto Sans Myanmar", &[]),
    // Chinese, Japanese and Korean: Noto's (fonts-noto-cjk) if installed, then the systems'.
    member("Noto Sans CJK SC", &[Cjk, Korean]),
    member("Microsoft YaHei", &[Cjk]),
    member("Yu Gothic", &[Cjk]),
    member("Malgun Gothic", &[Korean]),
    member("PingFang SC", &[Cjk]),
    member("Hiragino Sans", &[Cjk]),
    member("Apple SD Gothic Neo", &[Korean]),
    // Wide fallbacks.
    member("DejaVu Sans", &[Latin]),
    member("Liberation Sans", &[Latin]),
    member("Arial", &[Latin]),
    member("Helvetica", &[Latin]),
    // Symbols and emoji last, so that letters always come from a text face. Symbola and Segoe UI
    // Emoji draw emoji in black and white (a PDF font cannot be in colour the way an emoji font
    // is; macOS's Apple Color Emoji is pictures only, so it is not here).
    member("Noto Sans Symbols", &[]),
    member("Noto Sans Symbols2", &[]),
    member("Noto Sans Math", &[]),
    member(EMOJI_FAMILY, &[]),
    member("Segoe UI Emoji", &[]),
    member("Segoe UI Symbol", &[]),
    member("Apple Symbols", &[]),
];

/// The faces that draw emoji.
const EMOJI_FAMILIES: &[&str] = &[EMOJI_FAMILY, "Segoe UI Emoji"];

/// The Nastaliq faces, for Urdu.
const NASTALIQ: &[&str] = &["Noto Nastaliq Urdu", "Urdu Typesetting"];

/// The black-and-white emoji face (Debian's fonts-symbola).
const EMOJI_FAMILY: &str = "Symbola";

/// The Debian package with [`EMOJI_FAMILY`].
pub const EMOJI_PACKAGE: &str = "fonts-symbola";

/// The scripts a family of the chain is there to draw (none for a family not in it).
pub fn scripts_of(family: &str) -> &'static [Script] {
    CHAIN.iter().find(|m| m.family == family).map_or(&[], |m| m.scripts)
}

/// The families of the chain found among `installed` (family names), in the chain's order,
/// arranged for the language `tag`: what a computer with those fonts uses.
pub fn chain_among(installed: &[&str], tag: &str) -> Vec<&'static str> {
    let found =
        CHAIN.iter().map(|m| m.family).filter(|f| installed.iter().any(|i| i.eq_ignore_ascii_case(f))).collect();
    arrange(found, |f| f, tag)
}

/// The family of `chain` that draws letters of `script`, if one is there for it.
pub fn family_for<'c>(chain: &[&'c str], script: Script) -> Option<&'c str> {
    chain.iter().copied().find(|f| scripts_of(f).contains(&script))
}

/// For Urdu, the Nastaliq faces go before the first other face for Arabic, since Urdu readers
/// expect Nastaliq and read Naskh as foreign.
fn arrange<T>(mut chain: Vec<T>, family: impl Fn(&T) -> &str, tag: &str) -> Vec<T> {
    if tag != "ur" {
        return chain;
    }
    let is_nastaliq = |item: &T| NASTALIQ.contains(&family(item));
    let mut nastaliq = Vec::new();
    let mut at = 0;
    while at < chain.len() {
        if is_nastaliq(&chain[at]) {
            nastaliq.push(chain.remove(at));
        } else {
            at += 1;
        }
    }
    let arabic = chain.iter().position(|item| scripts_of(family(item)).contains(&Arabic)).unwrap_or(chain.len());
    chain.splice(arabic..arabic, nastaliq);
    chain
}

/// Which face of a chain draws `c`: the first face for its script that has it, else the first
/// face that has it. `scripts` and `has` answer for each face by its place in the chain.
pub(super) fn pick<'s>(
    count: usize,
    scripts: impl Fn(usize) -> &'s [Script],
    has: impl Fn(usize, char) -> bool,
    c: char,
) -> Option<usize> {
    if let Some(script) = Script::of(c) {
        if let Some(at) = (0..count).find(|&i| scripts(i).contains(&script) && has(i, c)) {
            return Some(at);
        }
    }
    (0..count).find(|&i| has(i, c))
}

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
    /// Amharic, Tigrinya.
    Ethiopic,
    /// Tamil.
    Tamil,
    /// Tibetan.
    Tibetan,
    /// Chinese characters and Japanese kana.
    Cjk,
    /// Korean.
    Korean,
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
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Script::Ethiopic,
            0xB80..=0xBFF | 0x11FC0..=0x11FFF => Script::Tamil,
            0xF00..=0xFFF => Script::Tibetan,
            0x2E80..=0x2FDF
            | 0x3001..=0x303F
            | 0x3040..=0x30FF
            | 0x3100..=0x312F
            | 0x31A0..=0x31FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0x20000..=0x3FFFF => Script::Cjk,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Korean,
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
            Script::Ethiopic => "script-ethiopic",
            Script::Tamil => "script-tamil",
            Script::Tibetan => "script-tibetan",
            Script::Cjk => "script-cjk",
            Script::Korean => "script-korean",
        }
    }

    /// The Debian package with a font for it: Noto's core set, or its Chinese, Japanese and
    /// Korean set.
    pub fn package(self) -> &'static str {
        match self {
            Script::Cjk | Script::Korean => "fonts-noto-cjk",
            _ => "fonts-noto-core",
        }
    }
}

/// What kind of characters a group that cannot be printed holds, which says what can be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unprintable {
    /// Writing in a script with no font here; a free one can be installed.
    Script(Script),
    /// Emoji or pictures. `installable` when the emoji face is not installed (installing it
    /// would print them); otherwise they are newer than it, and can only be taken out.
    Emoji {
        /// Whether installing [`EMOJI_PACKAGE`] would print them.
        installable: bool,
    },
    /// Private-use characters: they mean something only to the program or font that made them,
    /// so no font can print them as meant, even one that has a glyph at their place.
    PrivateUse,
    /// Anything else no font here draws.
    Other,
}

/// Characters of a text that the PDF cannot print, of one kind, each once, in the order they
/// first appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// What they are.
    pub kind: Unprintable,
    /// The characters.
    pub chars: Vec<char>,
}

impl Unprintable {
    fn of(c: char, emoji_face: bool) -> Unprintable {
        if is_private_use(c) {
            Unprintable::PrivateUse
        } else if let Some(script) = Script::of(c) {
            Unprintable::Script(script)
        } else if is_emoji(c) {
            Unprintable::Emoji { installable: !emoji_face }
        } else {
            Unprintable::Other
        }
    }
}

fn is_private_use(c: char) -> bool {
    matches!(u32::from(c), 0xE000..=0xF8FF | 0xF_0000..=0xF_FFFD | 0x10_0000..=0x10_FFFD)
}

/// Emoji and pictographs, by block: enough to tell the family "emoji" rather than a code.
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1_F000..=0x1_FAFF)
}

/// Whether the PDF leaves a character out rather than drawing it: skin-tone modifiers (the
/// black-and-white emoji face draws them as a square of a shade beside the emoji, so 👍🏽 prints
/// as 👍), and characters that are never seen (joiners, variation selectors, direction marks,
/// controls), which the shaper hides when a font has no glyph for them.
pub fn left_out(c: char) -> bool {
    c.is_control()
        || matches!(u32::from(c),
            0xAD | 0x34F | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F
            | 0xFE00..=0xFE0F | 0xFEFF | 0x1_F3FB..=0x1_F3FF | 0xE_0000..=0xE_0FFF)
}

/// Dandas (। ॥) end sentences in Bengali, Hindi and Panjabi alike: each script's font has them,
/// and the one drawing the words around them should draw them too.
pub(super) fn is_danda(c: char) -> bool {
    matches!(c, '\u{0964}' | '\u{0965}')
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
        if NASTALIQ.contains(&self.family.as_str()) {
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

    /// The chains arranged for a language: for Urdu, the Nastaliq faces go before the other
    /// Arabic ones, since Urdu readers expect Nastaliq and read Naskh as foreign.
    pub fn arranged_for(&self, tag: &str) -> FontBook {
        let arrange = |chain: &[FontFile]| arrange(chain.to_vec(), |f: &FontFile| f.family.as_str(), tag);
        FontBook { regular: arrange(&self.regular), bold: arrange(&self.bold) }
    }

    /// The chains trimmed to the fonts that draw something in `text` (all a document will
    /// print), each character being drawn by the first font that has it, as the shaper does.
    /// Refuses text that no font here can draw, naming it, so that the family is told what to
    /// install or take out rather than handed a page of boxes.
    pub fn for_text(&self, text: &str) -> Result<FontBook, PdfError> {
        let (regular, missing) = used(&self.regular, text);
        if !missing.is_empty() {
            return Err(PdfError::CannotPrint(missing));
        }
        if regular.is_empty() {
            return Err(PdfError::NoFont);
        }
        let (bold, _) = used(&self.bold, text);
        let bold = if bold.is_empty() { regular.clone() } else { bold };
        Ok(FontBook { regular, bold })
    }

    /// The characters of `text` that no font of the chain can print, grouped by kind in the
    /// order each kind first appears; empty when all of it prints. What the PDF refuses, and
    /// what the screens warn of while the family types.
    pub fn unprintable(&self, text: &str) -> Vec<Missing> {
        used(&self.regular, text).1
    }

    /// The chain for a weight.
    pub fn chain(&self, weight: Weighting) -> &[FontFile] {
        match weight {
            Weighting::Regular => &self.regular,
            Weighting::Bold => &self.bold,
        }
    }
}

/// The fonts of `chain` that draw something in `text`, and what none of them can print.
fn used(chain: &[FontFile], text: &str) -> (Vec<FontFile>, Vec<Missing>) {
    // Faces are read as the text needs them: English never opens the Arabic font.
    let faces: Vec<OnceLock<Option<rustybuzz::Face<'_>>>> = chain.iter().map(|_| OnceLock::new()).collect();
    let face = |i: usize| faces[i].get_or_init(|| chain[i].face()).as_ref();
    let has = |i: usize, c: char| face(i).is_some_and(|f| f.glyph_index(c).is_some());
    let mut needed = vec![false; chain.len()];
    if let Some(first) = (0..chain.len()).find(|&i| face(i).is_some()) {
        needed[first] = true;
    }
    let emoji_face = chain.iter().any(|f| EMOJI_FAMILIES.contains(&f.family.as_str()));
    let scripts = |i: usize| scripts_of(&chain[i].family);
    let mut missing: Vec<Missing> = Vec::new();
    let mut dandas = Vec::new();
    for c in distinct_chars(text) {
        if left_out(c) {
            continue;
        }
        if is_danda(c) {
            dandas.push(c);
            continue;
        }
        let found = if is_private_use(c) { None } else { pick(chain.len(), scripts, has, c) };
        match found {
            Some(at) => needed[at] = true,
            None => add_missing(&mut missing, Unprintable::of(c, emoji_face), c),
        }
    }
    // A danda is drawn by a font already drawing the text's words where one has it (the
    // shaper keeps it in its words' font), so Panjabi does not bring in the Bengali font.
    // A danda with no font at all is named with the words it ends, when they are missing too.
    let words_missing = missing
        .iter()
        .any(|m| matches!(m.kind, Unprintable::Script(Script::Bengali | Script::Devanagari | Script::Gurmukhi)));
    for c in dandas {
        if !(0..chain.len()).any(|i| needed[i] && has(i, c)) {
            if words_missing && !(0..chain.len()).any(|i| has(i, c)) {
                continue;
            }
            match (0..chain.len()).find(|&i| has(i, c)) {
                Some(at) => needed[at] = true,
                None => add_missing(&mut missing, Unprintable::of(c, emoji_face), c),
            }
        }
    }
    let kept = chain.iter().zip(needed).filter(|(_, keep)| *keep).map(|(f, _)| f.clone()).collect();
    (kept, missing)
}

fn add_missing(missing: &mut Vec<Missing>, kind: Unprintable, c: char) {
    match missing.iter_mut().find(|m| m.kind == kind) {
        Some(group) => group.chars.push(c),
        None => missing.push(Missing { kind, chars: vec![c] }),
    }
}

fn chain(db: &Database, weight: Weight, pool: &mut FilePool) -> Vec<FontFile> {
    let mut found: Vec<FontFile> = Vec::new();
    for family in CHAIN.iter().map(|m| m.family) {
        let query = Query { families: &[Family::Name(family)], weight, stretch: Stretch::Normal, style: Style::Normal };
        let Some(id) = db.query(&query) else { continue };
        let Some(face) = db.face(id) else { continue };
        // A query falls back to the nearest family; keep only the family asked for.
        if !face.families.iter().any(|(name, _)| name.eq_ignore_ascii_case(family)) {
            continue;
        }
        let family = family.to_owned();
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
