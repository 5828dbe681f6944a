//! Text in the PDF: picking a font for each character, shaping runs with rustybuzz, and breaking
//! paragraphs into lines at the places Unicode allows.
//!
//! printpdf draws glyph ids, not text, so everything a shaper does happens here. Lines are
//! broken in logical order; a line with right-to-left text (Arabic, Urdu, Hebrew…) is then put in
//! visual order with the Unicode bidirectional algorithm and each run shaped in its direction.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::linebreaks;

use super::fonts::FontFile;

/// Shapes text with one fallback chain of fonts.
pub struct Shaper<'a> {
    faces: Vec<rustybuzz::Face<'a>>,
    /// The line room each face needs ([`FontFile::line_room`]).
    rooms: Vec<f32>,
    /// The scripts each face is there to draw ([`super::fonts::scripts_of`]).
    scripts: Vec<&'static [super::fonts::Script]>,
    /// The font for each ASCII character, looked up once: most of what families type, and
    /// every space, is ASCII.
    ascii: [usize; 128],
    /// Words already shaped in this document, by font and direction, at any size: a long
    /// contribution uses the same few thousand words over and over, and its headings and
    /// questions the answers' words at other sizes.
    words: RefCell<WordCache>,
    /// Shaping plans by font, direction and script: building one (reading the font's feature
    /// lists) costs more than shaping a word.
    plans: RefCell<PlanCache>,
}

/// Shaping plans by (font, right to left, script).
type PlanCache = HashMap<(usize, bool, Option<rustybuzz::Script>), rustybuzz::ShapePlan>;

/// Shaped words by (font, right to left), then by their text.
type WordCache = HashMap<(usize, bool), HashMap<String, Vec<Unscaled>>>;

/// A glyph as shaping gives it, in the font's units, for any size.
#[derive(Clone, Copy, Debug)]
struct Unscaled {
    gid: u16,
    /// Byte offset of the glyph's cluster in the shaped text.
    cluster: usize,
    advance: i32,
    dx: i32,
    dy: i32,
    unsafe_to_break: bool,
    nominal: bool,
}

impl Unscaled {
    /// The glyph at a size (`scale` points per font unit), its cluster counted from `offset`.
    fn at(&self, face: usize, rtl: bool, scale: f32, offset: usize) -> Glyph {
        Glyph {
            face: face as u8,
            gid: self.gid,
            cluster: (self.cluster + offset) as u32,
            advance: self.advance as f32 * scale,
            dx: self.dx as f32 * scale,
            dy: self.dy as f32 * scale,
            rtl,
            unsafe_to_break: self.unsafe_to_break,
            nominal: self.nominal,
        }
    }
}

/// A shaped glyph, positioned relative to the start of its paragraph. A long paragraph holds one
/// for each character, so it is kept small: a chain has a dozen fonts, a paragraph is far short
/// of 4 GB.
#[derive(Clone, Copy, Debug)]
struct Glyph {
    face: u8,
    gid: u16,
    /// Byte offset of the glyph's cluster in the paragraph.
    cluster: u32,
    advance: f32,
    dx: f32,
    dy: f32,
    /// Shaped right to left.
    rtl: bool,
    /// Shaping may differ if the text is cut just before this glyph's cluster (HarfBuzz's
    /// flag), so a line starting or ending here must be shaped again.
    unsafe_to_break: bool,
    /// The font's own glyph for its cluster's one character (see [`GlyphText::Char`]).
    nominal: bool,
}

impl Glyph {
    /// Index of the font in the chain.
    fn face(&self) -> usize {
        usize::from(self.face)
    }

    /// Byte offset of the glyph's cluster in the paragraph.
    fn cluster(&self) -> usize {
        self.cluster as usize
    }
}

/// A glyph placed on a line.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// Index of the font in the chain.
    pub face: usize,
    /// Glyph id in that font.
    pub gid: u16,
    /// Distance from the line's start, in points.
    pub x: f32,
    /// Raise above the baseline, in points (marks that sit above or below).
    pub dy: f32,
    /// The text this glyph stands for, for copy and paste.
    pub text: GlyphText,
}

/// What a placed glyph stands for in the text.
#[derive(Clone, Debug, PartialEq)]
pub enum GlyphText {
    /// The font's own glyph for this one character, as its character map gives it: most
    /// Latin, Greek and Cyrillic text, and digits and spaces in every script. A run of these
    /// can be written to the PDF as one string, where shaped glyphs go one by one.
    Char(char),
    /// The first glyph of a cluster that shaping changed (a ligature, a conjunct, a joined
    /// Arabic letter): the cluster's whole text.
    Cluster(String),
    /// A later glyph of a cluster; the first one carries the text.
    Rest,
}

impl GlyphText {
    /// The characters, as copy and paste would give them back glyph by glyph.
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Self::Char(c) => c.to_string().into(),
            Self::Cluster(text) => text.as_str().into(),
            Self::Rest => "".into(),
        }
    }

    /// The text of a glyph drawn right to left, in the order its letters stand on the page:
    /// readers take a line's characters from left to right and turn each right-to-left run
    /// around, so a ligature of several letters noted in reading order (لى in على) came back
    /// with its letters swapped (عىل) in both poppler and pdfium.
    fn in_order_drawn_right_to_left(self) -> Self {
        match self {
            Self::Cluster(text) if text.chars().nth(1).is_some() => Self::Cluster(text.chars().rev().collect()),
            other => other,
        }
    }

    /// The text of the glyph whose cluster starts `rest` (the text from there on).
    fn first(nominal: bool, rest: &str, cluster_len: usize) -> Self {
        match rest.chars().next() {
            Some(c) if nominal => Self::Char(c),
            _ => Self::Cluster(rest[..cluster_len].to_owned()),
        }
    }
}

/// One line of a paragraph, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The glyphs, in drawing order.
    pub glyphs: Vec<PlacedGlyph>,
    /// The width of the inked part (trailing spaces are not counted).
    pub width: f32,
    /// Whether the paragraph reads right to left, so the line sits against the right margin.
    pub rtl: bool,
    /// How the line's text reaches copy and paste (/ActualText): glyph by glyph, shaped scripts
    /// (conjuncts, reordered vowel signs, Arabic and Nastaliq joining) would come back scrambled.
    pub text: CopyText,
    /// How many times its style's line height the line takes: the most any of its fonts needs
    /// ([`FontFile::line_room`]).
    pub room: f32,
}

impl Default for Line {
    fn default() -> Self {
        Self { glyphs: Vec::new(), width: 0.0, rtl: false, text: CopyText::Line(String::new()), room: 1.0 }
    }
}

impl Line {
    /// The text a reader copies from the line: the line's own, or its clusters' in the order
    /// they are drawn.
    pub fn copy_text(&self) -> String {
        match &self.text {
            CopyText::Line(text) => text.clone(),
            CopyText::Bidi { .. } => self.glyphs.iter().map(|g| g.text.as_str()).collect(),
        }
    }
}

/// Where a line's text for copy and paste is written.
#[derive(Clone, Debug, PartialEq)]
pub enum CopyText {
    /// Once for the whole line, in logical order: left-to-right lines, which every reader takes
    /// as they are.
    Line(String),
    /// Lines with right-to-left text: where the font's map from glyph to text holds every
    /// glyph's own text, nothing, so readers put the line in reading order from the glyphs, as
    /// for any PDF; else once for the whole line, in the order the characters stand on the page
    /// (`visual`), which poppler turns back into reading order and pdfium, the viewer in Chrome
    /// and Edge, does not (it keeps each word's letters as given).
    Bidi {
        /// The line's characters left to right as drawn.
        visual: String,
    },
}

impl<'a> Shaper<'a> {
    /// A shaper over a fallback chain; fonts that cannot be read were already left out
    /// ([`super::FontBook::for_text`]).
    pub fn new(chain: &'a [FontFile]) -> Self {
        let mut faces = Vec::new();
        let mut rooms = Vec::new();
        let mut scripts = Vec::new();
        for f in chain {
            if let Some(face) = f.face() {
                faces.push(face);
                rooms.push(f.line_room());
                scripts.push(super::fonts::scripts_of(&f.family));
            }
        }
        let ascii = std::array::from_fn(|i| first_with(&faces, &scripts, char::from(i as u8)));
        Self { faces, rooms, scripts, ascii, words: RefCell::default(), plans: RefCell::default() }
    }

    /// How far a PDF viewer moves after drawing a glyph, in thousandths of the font size: the
    /// font's own advance, cut to a whole number the way printpdf writes it into the font's
    /// widths (`/W`), so that text laid out here and the viewer's arithmetic agree exactly.
    pub fn pdf_advance(&self, face: usize, gid: u16) -> f32 {
        let Some(font) = self.faces.get(face) else { return 0.0 };
        let advance = font.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid)).unwrap_or(0);
        (f32::from(advance) * 1000.0 / font.units_per_em() as f32).trunc()
    }

    /// Breaks one paragraph (no newlines) into lines no wider than `max_width` points.
    /// A word longer than a line is broken between its characters rather than clipped.
    pub fn lines(&self, text: &str, size: f32, max_width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        self.each_line(text, size, max_width, &mut |line| lines.push(line));
        lines
    }

    /// Breaks one paragraph as [`Self::lines`] does, handing each line on as it is made, so that
    /// a long paragraph's lines need not all exist at once (they were most of a long document's
    /// memory).
    pub fn each_line(&self, text: &str, size: f32, max_width: f32, emit: &mut dyn FnMut(Line)) {
        if text.is_empty() {
            emit(Line::default());
            return;
        }
        let bidi = may_hold_rtl(text).then(|| ParagraphBidiInfo::new(text, None));
        let levels = bidi.as_ref().map(|b| &b.levels[..]);
        let bidi = bidi.as_ref().filter(|b| b.has_rtl());
        // A long paragraph is shaped and broken a window at a time, so that its glyphs never
        // all exist at once (they were most of a long answer's memory). Lines are broken
        // greedily, each from where the last one ended, so a window gives the lines the whole
        // paragraph would, but for its last one, which the window's end may have cut short:
        // the next window starts there.
        let mut start = 0;
        while start < text.len() {
            let end = window_end(text, start);
            let window = &text[start..end];
            let glyphs = self.shape(window, size, levels.map(|l| &l[start..end]));
            let clusters = Clusters::new(window, &glyphs);
            let mut breaks = clusters.breaks(window, max_width);
            let again = if end < text.len() && breaks.len() > 1 { breaks.pop().map(|b| b.range.start) } else { None };
            match bidi {
                None => {
                    let mut next = 0;
                    for b in breaks {
                        emit(self.with_room(place(window, &glyphs, &clusters, b, &mut next)));
                    }
                }
                Some(bidi) => {
                    let rtl = bidi.paragraph_level.is_rtl();
                    let shaped = Shaped::new(&glyphs, start);
                    for b in breaks {
                        let range = start + b.range.start..start + b.range.end;
                        emit(self.with_room(self.place_bidi(bidi, &shaped, range, size, rtl)));
                    }
                }
            }
            start = again.map_or(end, |line| start + line);
        }
    }

    /// The line with the room its fonts need.
    fn with_room(&self, line: Line) -> Line {
        let room = line.glyphs.iter().map(|g| self.rooms[g.face]).fold(1.0, f32::max);
        Line { room, ..line }
    }

    /// Places a line that holds right-to-left text: its level runs in visual order, each split
    /// by font and shaped in its own direction.
    fn place_bidi(
        &self,
        bidi: &ParagraphBidiInfo<'_>,
        shaped: &Shaped<'_>,
        range: Range<usize>,
        size: f32,
        rtl: bool,
    ) -> Line {
        let text = bidi.text;
        let inked = trimmed_end(text, range.start, range.end);
        let mut placed = Vec::new();
        let mut x = 0.0;
        if inked > range.start {
            let (levels, runs) = bidi.visual_runs(range.start..inked);
            for run in runs {
                let level = levels[run.start];
                let mut pieces = self.font_runs(&text[run.clone()]);
                if level.is_rtl() {
                    pieces.reverse();
                }
                for (piece, face) in pieces {
                    let start = run.start + piece.start;
                    let piece_text = &text[start..run.start + piece.end];
                    let glyphs = shaped
                        .reuse(start..start + piece_text.len(), face, level.is_rtl())
                        .unwrap_or_else(|| self.shape_run(piece_text, face, level, size));
                    let mut starts: Vec<usize> = glyphs.iter().map(|g| g.cluster()).collect();
                    starts.sort_unstable();
                    starts.dedup();
                    let mut previous = None;
                    for g in glyphs {
                        let first = previous != Some(g.cluster());
                        previous = Some(g.cluster());
                        let text = if first {
                            let end = starts.iter().find(|&&s| s > g.cluster()).copied().unwrap_or(piece_text.len());
                            let own = GlyphText::first(g.nominal, &piece_text[g.cluster()..], end - g.cluster());
                            if level.is_rtl() {
                                own.in_order_drawn_right_to_left()
                            } else {
                                own
                            }
                        } else {
                            GlyphText::Rest
                        };
                        placed.push(PlacedGlyph { face, gid: g.gid, x: x + g.dx, dy: g.dy, text });
                        x += g.advance;
                    }
                }
            }
        }
        let visual =
            if inked > range.start { bidi.reorder_line(range.start..inked).into_owned() } else { String::new() };
        Line { glyphs: placed, width: x, rtl, text: CopyText::Bidi { visual }, room: 1.0 }
    }

    /// Shapes a whole paragraph for measuring, run by run (a run has one font and one bidi
    /// level; no levels means all left to right). Clusters are byte offsets in the paragraph.
    fn shape(&self, text: &str, size: f32, levels: Option<&[Level]>) -> Vec<Glyph> {
        // About a glyph a character, and an eighth more for marks and Nastaliq's dots: sized by
        // bytes, a long Urdu paragraph's list was twice what it held.
        let chars = text.chars().count();
        let mut out = Vec::with_capacity(chars + chars / 8);
        for (range, face) in self.font_runs(text) {
            let mut start = range.start;
            while start < range.end {
                let (level, end) = match levels {
                    Some(levels) => {
                        let level = levels[start];
                        (level, (start..range.end).find(|&i| levels[i] != level).unwrap_or(range.end))
                    }
                    None => (Level::ltr(), range.end),
                };
                self.shape_words(&text[start..end], face, level, size, start, &mut out);
                start = end;
            }
        }
        out
    }

    /// Shapes a run of one font and one direction word by word, each word with the spaces
    /// after it, and each distinct word once: the font's lookups act within words, so
    /// this gives the glyphs that shaping the whole run would. Glyphs come out in visual
    /// order, with clusters counted from `offset`.
    fn shape_words(&self, text: &str, face: usize, level: Level, size: f32, offset: usize, out: &mut Vec<Glyph>) {
        let bytes = text.as_bytes();
        let mut words = Vec::new();
        let mut start = 0;
        for i in 1..bytes.len() {
            if bytes[i - 1] == b' ' && bytes[i] != b' ' {
                words.push(start..i);
                start = i;
            }
        }
        words.push(start..bytes.len());
        if level.is_rtl() {
            words.reverse();
        }
        let rtl = level.is_rtl();
        let scale = self.scale(face, size);
        let mut cache = self.words.borrow_mut();
        let known = cache.entry((face, rtl)).or_default();
        for word in words {
            let piece = &text[word.clone()];
            let glyphs = match known.get(piece) {
                Some(glyphs) => glyphs,
                None => known.entry(piece.to_owned()).or_insert_with(|| self.shape_unscaled(piece, face, level)),
            };
            let at = offset + word.start;
            out.extend(glyphs.iter().map(|g| g.at(face, rtl, scale, at)));
        }
    }

    /// Shapes one run of one font and one direction; glyphs come out in visual order.
    fn shape_run(&self, text: &str, face: usize, level: Level, size: f32) -> Vec<Glyph> {
        let scale = self.scale(face, size);
        self.shape_unscaled(text, face, level).iter().map(|g| g.at(face, level.is_rtl(), scale, 0)).collect()
    }

    /// Points per font unit at a size.
    fn scale(&self, face: usize, size: f32) -> f32 {
        size / self.faces[face].units_per_em() as f32
    }

    /// Shapes one run of one font and one direction, in the font's units; glyphs come out in
    /// visual order.
    fn shape_unscaled(&self, text: &str, face: usize, level: Level) -> Vec<Unscaled> {
        let font = &self.faces[face];
        let direction =
            if level.is_rtl() { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(direction);
        // The script as `rustybuzz::shape` would take it: the first letter's, or none for
        // digits, spaces and punctuation alone.
        buffer.guess_segment_properties();
        let script = Some(buffer.script()).filter(|&s| s != rustybuzz::script::UNKNOWN);
        let mut plans = self.plans.borrow_mut();
        let plan = plans
            .entry((face, level.is_rtl(), script))
            .or_insert_with(|| rustybuzz::ShapePlan::new(font, direction, script, None, &[]));
        let shaped = rustybuzz::shape_with_plan(font, plan, buffer);
        let mut glyphs: Vec<Unscaled> = shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| Unscaled {
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                cluster: info.cluster as usize,
                advance: pos.x_advance,
                dx: pos.x_offset,
                dy: pos.y_offset,
                unsafe_to_break: info.unsafe_to_break(),
                nominal: false,
            })
            .collect();
        mark_nominal(font, text, level.is_rtl(), &mut glyphs);
        glyphs
    }

    /// Splits text into runs that one font can draw: each character goes to the first font
    /// that has it; spaces and combining marks stay with the character before them.
    fn font_runs(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        let mut runs: Vec<(Range<usize>, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let face = match runs.last() {
                Some((_, current)) if joins_previous(c) => *current,
                Some((_, current)) if super::fonts::is_danda(c) && self.faces[*current].glyph_index(c).is_some() => {
                    *current
                }
                _ if c.is_ascii() => self.ascii[c as usize],
                _ => first_with(&self.faces, &self.scripts, c),
            };
            match runs.last_mut() {
                Some((range, current)) if *current == face => range.end = end,
                _ => runs.push((i..end, face)),
            }
        }
        runs
    }
}

/// A paragraph's shaped glyphs, found by the text they came from, so that a line can reuse
/// them rather than shape its words a second time (Nastaliq shaping costs more than the rest
/// of a page).
struct Shaped<'g> {
    glyphs: &'g [Glyph],
    /// Indices into `glyphs`, ordered by cluster (a paragraph has far fewer than 4 billion).
    by_cluster: Vec<u32>,
    /// Where in the paragraph the shaped text starts: glyphs count their clusters from there.
    offset: usize,
}

impl<'g> Shaped<'g> {
    fn new(glyphs: &'g [Glyph], offset: usize) -> Self {
        let mut by_cluster: Vec<u32> = (0..glyphs.len() as u32).collect();
        by_cluster.sort_by_key(|&i| glyphs[i as usize].cluster());
        Self { glyphs, by_cluster, offset }
    }

    /// The glyphs of `range` (byte offsets in the paragraph) in visual order, with clusters
    /// counted from its start, if the paragraph was shaped there with this font and direction
    /// and shaping allows cutting the text at both ends; `None` means shape it again.
    fn reuse(&self, range: Range<usize>, face: usize, rtl: bool) -> Option<Vec<Glyph>> {
        let range = range.start.checked_sub(self.offset)?..range.end.checked_sub(self.offset)?;
        let glyph = |k: usize| &self.glyphs[self.by_cluster[k] as usize];
        let a = self.by_cluster.partition_point(|&i| self.glyphs[i as usize].cluster() < range.start);
        let b = self.by_cluster.partition_point(|&i| self.glyphs[i as usize].cluster() < range.end);
        if a == b || glyph(a).cluster() != range.start || glyph(a).unsafe_to_break {
            return None;
        }
        if b < self.by_cluster.len() && glyph(b).unsafe_to_break {
            return None;
        }
        let members = &self.by_cluster[a..b];
        let (lo, hi) = (*members.iter().min()?, *members.iter().max()?);
        let run = &self.glyphs[lo as usize..=hi as usize];
        if run.len() != members.len() || run.iter().any(|g| g.face() != face || g.rtl != rtl) {
            return None;
        }
        Some(run.iter().map(|g| Glyph { cluster: (g.cluster() - range.start) as u32, ..*g }).collect())
    }
}

/// Marks the glyphs of one shaped run (one direction, visual order) that are the font's own
/// glyph for their cluster, and their cluster is one character drawn with no other glyph.
fn mark_nominal(font: &rustybuzz::Face<'_>, text: &str, rtl: bool, glyphs: &mut [Unscaled]) {
    for i in 0..glyphs.len() {
        let g = glyphs[i];
        let before = i.checked_sub(1).map(|k| glyphs[k].cluster);
        let after = glyphs.get(i + 1).map(|n| n.cluster);
        if before == Some(g.cluster) || after == Some(g.cluster) {
            continue;
        }
        let Some(c) = text[g.cluster..].chars().next() else { continue };
        // The next cluster in the text is the glyph after it, or (right to left) before it.
        let next = if rtl { before } else { after };
        let one_char = next.unwrap_or(text.len()) == g.cluster + c.len_utf8();
        glyphs[i].nominal = one_char && font.glyph_index(c) == Some(rustybuzz::ttf_parser::GlyphId(g.gid));
    }
}

/// The font that draws a character (the first for its script that has it, else the first that
/// has it: [`super::fonts::pick`]), or the first font if none has it.
fn first_with(faces: &[rustybuzz::Face<'_>], scripts: &[&[super::fonts::Script]], c: char) -> usize {
    super::fonts::pick(faces.len(), |i| scripts[i], |i, c| faces[i].glyph_index(c).is_some(), c).unwrap_or(0)
}

/// Bytes of a paragraph shaped at once: a few pages, far more than any line.
const WINDOW: usize = 16 * 1024;

/// Where the window of a paragraph starting at `start` ends: [`WINDOW`] bytes on, just after the
/// next space, or at the paragraph's end.
fn window_end(text: &str, start: usize) -> usize {
    let mut end = start + WINDOW;
    if end >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    match text[end..].find(' ') {
        Some(space) if space < WINDOW => end + space + 1,
        _ => end,
    }
}

/// Whether text could hold right-to-left characters or bidi controls: every one of them comes
/// from Hebrew (U+0590) onwards, so Latin, Greek and Cyrillic text can skip the bidi algorithm.
fn may_hold_rtl(text: &str) -> bool {
    text.chars().any(|c| c >= '\u{0590}')
}

/// Characters drawn with whatever font the character before them uses.
fn joins_previous(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}' | '\u{200D}')
}

/// The end of `start..end` without the spaces a line may end with.
fn trimmed_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Shaped clusters and their widths, so a line's width is a subtraction.
struct Clusters {
    /// Byte offset where each cluster starts, ascending, then the text's length.
    starts: Vec<usize>,
    /// `sums[i]` is the width of clusters `0..i`.
    sums: Vec<f32>,
}

impl Clusters {
    fn new(text: &str, glyphs: &[Glyph]) -> Self {
        // One more for the text's end, so that pushing it does not double a long paragraph's list.
        let mut starts: Vec<usize> = Vec::with_capacity(glyphs.len() + 1);
        starts.extend(glyphs.iter().map(|g| g.cluster()));
        starts.sort_unstable();
        starts.dedup();
        let mut widths = vec![0.0f32; starts.len()];
        // Glyphs come in cluster order, forwards or (right to left) backwards, so each one's
        // cluster is nearly always the last one's or its neighbour: no search needed.
        let mut i = 0;
        for g in glyphs {
            if starts[i] != g.cluster() {
                i = match (starts.get(i + 1), i.checked_sub(1)) {
                    (Some(&next), _) if next == g.cluster() => i + 1,
                    (_, Some(before)) if starts[before] == g.cluster() => before,
                    _ => starts.partition_point(|&s| s < g.cluster()),
                };
            }
            widths[i] += g.advance;
        }
        let mut sums = Vec::with_capacity(widths.len() + 1);
        let mut total = 0.0;
        sums.push(total);
        for w in widths {
            total += w;
            sums.push(total);
        }
        starts.push(text.len());
        Self { starts, sums }
    }

    /// The index of the cluster boundary at or after byte offset `at`.
    fn index_at_or_after(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s < at).min(self.starts.len() - 1)
    }

    /// [`Self::index_at_or_after`] when every boundary before index `from` lies before `at`: a
    /// walk on from there, as lines are broken front to back.
    fn index_on_from(&self, from: usize, at: usize) -> usize {
        let mut i = from;
        while i + 1 < self.starts.len() && self.starts[i] < at {
            i += 1;
        }
        i
    }

    /// [`Self::index_at_or_after`] when boundary `from` lies at or after `at`: a walk back from
    /// there.
    fn index_back_from(&self, from: usize, at: usize) -> usize {
        let mut i = from;
        while i > 0 && self.starts[i - 1] >= at {
            i -= 1;
        }
        i
    }

    /// Where a paragraph's lines end: at the last place Unicode allows a break that still fits,
    /// or inside a word longer than a line. Break opportunities come in order, so every lookup
    /// walks on from the last one: searching the whole of a long paragraph's clusters for each
    /// one missed the processor's cache, and took a fifth of a long document's time.
    fn breaks(&self, text: &str, max_width: f32) -> Vec<Break> {
        // Boundary indices are positions in `starts`; `measure` gives a line's inked width.
        let measure = |start: usize, end: usize| {
            let inked = trimmed_end(text, self.starts[start], self.starts[end]);
            self.sums[self.index_back_from(end, inked)] - self.sums[start]
        };
        let mut breaks = Vec::new();
        let mut start = 0;
        let mut end = 0;
        let mut fitted: Option<(usize, f32)> = None;
        let mut opportunities = linebreaks(text).map(|(at, _)| at).peekable();
        while let Some(&at) = opportunities.peek() {
            end = self.index_on_from(end, at);
            if self.starts[end] <= self.starts[start] {
                opportunities.next();
                continue;
            }
            let width = measure(start, end);
            if width <= max_width {
                fitted = Some((end, width));
                opportunities.next();
            } else if let Some((fit, width)) = fitted.take() {
                breaks.push(Break { range: self.starts[start]..self.starts[fit], width });
                start = fit;
            } else {
                let cut = self.longest_fit(start, self.starts[end], max_width);
                breaks.push(Break { range: self.starts[start]..self.starts[cut], width: measure(start, cut) });
                start = cut;
            }
        }
        if self.starts[start] < text.len() {
            let last = self.starts.len() - 1;
            breaks.push(Break { range: self.starts[start]..text.len(), width: measure(start, last) });
        }
        breaks
    }

    /// The furthest cluster boundary after boundary `start` (and not past byte offset `end`)
    /// that fits, taking at least one cluster so that the layout always moves on.
    fn longest_fit(&self, start: usize, end: usize, max_width: f32) -> usize {
        let mut b = start + 1;
        while b + 1 < self.starts.len() && self.starts[b + 1] <= end && self.sums[b + 1] - self.sums[start] <= max_width
        {
            b += 1;
        }
        b.min(self.starts.len() - 1)
    }
}

/// One line of a paragraph: its text (spaces it ends with included) and the width of its inked
/// part.
struct Break {
    range: Range<usize>,
    width: f32,
}

/// Places the glyphs of one left-to-right line, measured from the line's start. `next` is the
/// index of the first glyph not yet placed: lines come in order, and so do their glyphs.
fn place(text: &str, glyphs: &[Glyph], clusters: &Clusters, line: Break, next: &mut usize) -> Line {
    let range = line.range;
    let inked = trimmed_end(text, range.start, range.end);
    let first = *next + glyphs[*next..].iter().take_while(|g| g.cluster() < range.start).count();
    let glyphs = &glyphs[first..];
    // Sized once: a long paragraph's lines hold most of the document's memory, and growing
    // them step by step touched twice as much of it.
    let count = glyphs.iter().take_while(|g| g.cluster() < inked).count();
    let mut x = 0.0;
    let mut placed = Vec::with_capacity(count);
    let mut previous_cluster = None;
    let mut taken = 0;
    for (k, g) in glyphs.iter().enumerate().take_while(|(_, g)| g.cluster() < range.end) {
        let starts_cluster = previous_cluster != Some(g.cluster());
        previous_cluster = Some(g.cluster());
        let text = if starts_cluster {
            // Left-to-right glyphs are in cluster order: the cluster ends where the next begins.
            let following = glyphs[k..].iter().map(|n| n.cluster()).find(|&c| c != g.cluster());
            let end = match following {
                Some(next) if next > g.cluster() => next,
                Some(_) => clusters.starts[clusters.index_at_or_after(g.cluster() + 1)],
                None => text.len(),
            };
            GlyphText::first(g.nominal, &text[g.cluster()..], end - g.cluster())
        } else {
            GlyphText::Rest
        };
        if g.cluster() < inked {
            placed.push(PlacedGlyph { face: g.face(), gid: g.gid, x: x + g.dx, dy: g.dy, text });
        }
        x += g.advance;
        taken = k + 1;
    }
    *next = first + taken;
    Line {
        glyphs: placed,
        width: line.width,
        rtl: false,
        text: CopyText::Line(text[range.start..inked].to_owned()),
        room: 1.0,
    }
}

/// Makes family text safe to lay out: one kind of line break, tabs as spaces, and no control
/// characters, which have no glyph and could confuse a PDF reader.
pub fn sanitize(text: &str) -> String {
    let unified = text.replace("\r\n", "\n");
    unified
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            // Skin-tone modifiers: the black-and-white emoji face would draw a shaded square.
            '\u{1F3FB}'..='\u{1F3FF}' => None,
            c => Some(c),
        })
        .collect()
}
