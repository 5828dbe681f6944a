//! Pouring laid-out text onto A4 pages: where the next line goes, when a new page starts, and
//! the header and footer every page carries.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use printpdf::{
    Codepoint, Color, DictItem, FontId, Line as PdfLine, LinePoint, Op, PdfFontHandle, Point, Pt, Rgb, TextItem,
    XObjectId, XObjectTransform,
};

use super::fonts::{FontBook, Weighting};
use super::tags::{self, Role, Tree};
use super::text::{sanitize, CopyText, GlyphText, Line, PlacedGlyph, Shaper};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin (20 mm).
pub const MARGIN_X: f32 = 56.7;
const BODY_TOP: f32 = PAGE_HEIGHT - 78.0;
const BODY_BOTTOM: f32 = 70.0;

/// The width text may take between the margins.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

/// How a piece of text looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Regular or bold.
    pub weight: Weighting,
    /// Size in points.
    pub size: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
    /// Fill colour, 0.0–1.0 per channel.
    pub color: [f32; 3],
    /// The text's language where it is not the document's, such as the English under each line
    /// of a translated page, for screen readers to switch voice.
    pub lang: Option<&'static str>,
}

impl Style {
    fn line_height(&self) -> f32 {
        self.size * self.leading
    }
}

/// Lines of one piece of text, laid out but not yet placed.
pub struct Block {
    style: Style,
    lines: Vec<Line>,
    /// The column width it was laid out for; right-to-left lines align to its far edge.
    width: f32,
}

impl Block {
    /// The height the block takes.
    pub fn height(&self) -> f32 {
        self.lines.iter().map(|line| self.style.line_height() * line.room).sum()
    }
}

/// The pages being written, top to bottom.
pub struct Flow<'a> {
    /// Shared so that a paragraph can be broken into lines while they are placed.
    regular: Rc<Shaper<'a>>,
    bold: Rc<Shaper<'a>>,
    regular_ids: Vec<FontId>,
    bold_ids: Vec<FontId>,
    /// Each font of each chain as a small number, one per distinct font of the document (a
    /// face in both chains has one), so that the claims below are keyed without copying ids.
    regular_fonts: Vec<u16>,
    bold_fonts: Vec<u16>,
    pages: Vec<Vec<Op>>,
    /// The fill colour and font the current page has set.
    set: PageState,
    y: f32,
    /// Whether the document reads right to left: every line then sits against the right edge of
    /// its column, the English ones under the questions too, so each column has one edge.
    rtl: bool,
    /// Each font's glyphs' text in its map, as first drawn (`register_glyph_texts`), by the
    /// font's number and the glyph.
    claims: RefCell<HashMap<(u16, u16), String>>,
    /// What each line drawn so far is, for the structure tree.
    tags: Tree,
}

/// The pages' content and their structure, ready to be saved.
pub struct Pages {
    /// Each page's operations.
    pub ops: Vec<Vec<Op>>,
    /// The structure the pages' marks belong to.
    pub tags: Tree,
}

impl<'a> Flow<'a> {
    /// Starts the first page. `regular_ids` and `bold_ids` are the document's ids for the fonts
    /// of each chain, in chain order.
    pub fn new(book: &'a FontBook, regular_ids: Vec<FontId>, bold_ids: Vec<FontId>, rtl: bool) -> Self {
        let mut numbers: HashMap<&FontId, u16> = HashMap::new();
        let mut number = |id| {
            let next = numbers.len() as u16;
            *numbers.entry(id).or_insert(next)
        };
        let regular_fonts = regular_ids.iter().map(&mut number).collect();
        let bold_fonts = bold_ids.iter().map(&mut number).collect();
        Self {
            regular: Rc::new(Shaper::new(&book.regular)),
            bold: Rc::new(Shaper::new(&book.bold)),
            regular_ids,
            bold_ids,
            regular_fonts,
            bold_fonts,
            pages: vec![Vec::new()],
            set: PageState::default(),
            y: BODY_TOP,
            rtl,
            claims: RefCell::default(),
            tags: Tree::default(),
        }
    }

    /// Starts an element of the structure (a section, a heading, a list); what is placed until
    /// the matching [`Flow::close`] belongs to it.
    pub fn open(&mut self, role: Role) {
        self.tags.open(role, None);
    }

    /// Ends the element last opened.
    pub fn close(&mut self) {
        self.tags.close();
    }

    /// Adds a bookmark, named `title`, to where the next line will go.
    pub fn bookmark(&mut self, title: &str) {
        let (page, y) = (self.pages.len() - 1, self.y);
        self.tags.bookmark(title, page, y);
    }

    /// Opens the element text in `style` goes into: a paragraph of its own when the current
    /// element holds only other elements, words in another language inside a heading or
    /// paragraph. Returns whether one was opened, for [`Flow::end_text`].
    fn begin_text(&mut self, style: Style) -> bool {
        let other_lang = style.lang.filter(|l| self.tags.lang() != Some(*l));
        if self.tags.role().groups() {
            self.tags.open(Role::P, other_lang);
            true
        } else if other_lang.is_some() {
            self.tags.open(Role::Span, other_lang);
            true
        } else {
            false
        }
    }

    fn end_text(&mut self, opened: bool) {
        if opened {
            self.tags.close();
        }
    }

    /// Lays out text in a column of the given width; newlines start new paragraphs.
    pub fn layout(&self, text: &str, style: Style, width: f32) -> Block {
        let mut lines = Vec::new();
        break_lines(self.shaper(style.weight), text, style, width, &mut |line| lines.push(line));
        Block { style, lines, width }
    }

    /// Writes text across the full width, moving to a new page between lines when needed. Each
    /// line is placed as soon as it is broken, so a long answer's lines never all exist at once.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        let opened = self.begin_text(style);
        let shaper = Rc::clone(self.shaper(style.weight));
        break_lines(&shaper, text, style, CONTENT_WIDTH, &mut |line| {
            self.place_line(&line, style, CONTENT_WIDTH, MARGIN_X);
        });
        self.end_text(opened);
    }

    /// Places a laid-out block at a horizontal position, breaking across pages between lines.
    pub fn place(&mut self, block: &Block, x: f32) {
        let opened = self.begin_text(block.style);
        for line in &block.lines {
            self.place_line(line, block.style, block.width, x);
        }
        self.end_text(opened);
    }

    /// Places the next line of a column `width` wide starting at `x`, on a new page if it does
    /// not fit on this one.
    fn place_line(&mut self, line: &Line, style: Style, width: f32, x: f32) {
        let lh = style.line_height() * line.room;
        self.ensure(lh);
        self.y -= lh;
        let baseline = self.y + (lh - style.size) / 2.0 + style.size * 0.22;
        let start = if line.rtl || self.rtl { x + width - line.width } else { x };
        self.draw_line(line, style, start, baseline);
    }

    /// Places a label (one block, or several stacked) and its value side by side, starting
    /// together; a long value may run on to the next page. In an item of a list, the label is
    /// the item's label and the value its body.
    pub fn row(&mut self, label: &[Block], label_x: f32, value: &Block, value_x: f32) {
        let label_height: f32 = label.iter().map(Block::height).sum();
        self.ensure(label_height.max(value.height()).min(BODY_TOP - BODY_BOTTOM));
        let (top, page) = (self.y, self.pages.len());
        let item = self.tags.role() == Role::LI;
        if item {
            self.open(Role::Lbl);
        }
        for block in label {
            self.place(block, label_x);
        }
        if item {
            self.close();
            self.open(Role::LBody);
        }
        let label_bottom = self.y;
        self.y = top;
        self.place(value, value_x);
        if item {
            self.close();
        }
        if self.pages.len() == page {
            self.y = self.y.min(label_bottom);
        }
    }

    /// Places blocks side by side as one row of a table, each at its own horizontal position,
    /// starting together. A row that fits on a page is never split; one taller than a page
    /// (rare: a whole paragraph in a narrow column) has its cells one after another instead.
    pub fn columns(&mut self, cells: &[(&Block, f32)]) {
        let height = cells.iter().map(|(block, _)| block.height()).fold(0.0, f32::max);
        if height > BODY_TOP - BODY_BOTTOM {
            for (block, x) in cells {
                self.place(block, *x);
            }
            return;
        }
        self.ensure(height);
        let top = self.y;
        let mut bottom = top;
        for (block, x) in cells {
            self.y = top;
            self.place(block, *x);
            bottom = bottom.min(self.y);
        }
        self.y = bottom;
    }

    /// Leaves vertical space, unless at the top of a page.
    pub fn space(&mut self, pt: f32) {
        if self.y < BODY_TOP {
            self.y = (self.y - pt).max(BODY_BOTTOM);
        }
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < BODY_BOTTOM && self.y < BODY_TOP {
            self.pages.push(Vec::new());
            self.set = PageState::default();
            self.y = BODY_TOP;
        }
    }

    /// Places an image (already added to the document) `width` points wide, keeping its shape,
    /// starting a new page if it does not fit. It sits where reading starts: left, or right in RTL.
    pub fn image(&mut self, id: XObjectId, pixels: (usize, usize), width: f32) {
        let (w, h) = (pixels.0.max(1) as f32, pixels.1.max(1) as f32);
        let height = width * h / w;
        self.ensure(height);
        self.y -= height;
        let x = if self.rtl { PAGE_WIDTH - MARGIN_X - width } else { MARGIN_X };
        // printpdf sizes an image by its dots per inch: this many make it `width` points wide.
        let dpi = w * 72.0 / width;
        let transform = XObjectTransform {
            translate_x: Some(Pt(x)),
            translate_y: Some(Pt(self.y)),
            dpi: Some(dpi),
            ..Default::default()
        };
        self.tags.open(Role::Figure, None);
        let mark = self.tags.mark(self.pages.len() - 1);
        self.tags.close();
        let page = self.page();
        page.push(mark);
        page.push(Op::UseXobject { id, transform });
        page.push(Op::EndMarkedContent);
    }

    /// Draws a horizontal rule across the content width at the current position.
    pub fn rule(&mut self, color: [f32; 3], thickness: f32) {
        let y = self.y;
        let page = self.page();
        page.push(tags::artifact(false));
        rule(page, MARGIN_X, PAGE_WIDTH - MARGIN_X, y, color, thickness);
        page.push(Op::EndMarkedContent);
    }

    /// Draws a short line to write on, e.g. a signature line.
    pub fn write_on_line(&mut self, x: f32, width: f32, color: [f32; 3]) {
        let y = self.y;
        let page = self.page();
        page.push(tags::artifact(false));
        rule(page, x, x + width, y, color, 0.8);
        page.push(Op::EndMarkedContent);
    }

    /// Finishes the document: adds the header and footer to every page now that the page count
    /// is known. `footer` is given the page number and the count. The header and footer are
    /// marked as the page's furniture, which screen readers skip.
    pub fn finish(
        mut self,
        header_left: &str,
        header_right: &str,
        footer: impl Fn(usize, usize) -> String,
        style: Style,
        rule_color: [f32; 3],
    ) -> Pages {
        let count = self.pages.len();
        let left = self.layout(header_left, Style { weight: Weighting::Bold, ..style }, CONTENT_WIDTH);
        let right = self.layout(header_right, style, CONTENT_WIDTH);
        let mut pages = std::mem::take(&mut self.pages);
        for (i, ops) in pages.iter_mut().enumerate() {
            let foot = self.layout(&footer(i + 1, count), style, CONTENT_WIDTH);
            // Drawn after the page's body, whatever colour and font it ended with.
            let set = &mut PageState::default();
            let top = PAGE_HEIGHT - 40.0;
            ops.push(tags::artifact(true));
            // The header's first item sits where reading starts: left, or right in RTL.
            let (start, end) = (left.lines.first(), right.lines.first());
            if let Some(line) = start {
                let x = if self.rtl { PAGE_WIDTH - MARGIN_X - line.width } else { MARGIN_X };
                self.draw_line_into(ops, set, line, left.style, x, top);
            }
            if let Some(line) = end {
                let x = if self.rtl { MARGIN_X } else { PAGE_WIDTH - MARGIN_X - line.width };
                self.draw_line_into(ops, set, line, style, x, top);
            }
            rule(ops, MARGIN_X, PAGE_WIDTH - MARGIN_X, top - 8.0, rule_color, 0.6);
            if let Some(line) = foot.lines.first() {
                self.draw_line_into(ops, set, line, style, (PAGE_WIDTH - line.width) / 2.0, 36.0);
            }
            ops.push(Op::EndMarkedContent);
        }
        Pages { ops: pages, tags: self.tags }
    }

    /// Notes the text each glyph of the line stands for in its font's map from glyph to text
    /// (ToUnicode), and says whether every glyph's text there is its own. The map holds one
    /// text per glyph, for the whole document: the first one a glyph is drawn with. Nastaliq and
    /// Arabic joining draw different letters with the same glyph, and a cluster's later glyphs
    /// stand for nothing, so a glyph drawn again for other text keeps its first text in the
    /// map, and its line then needs an /ActualText.
    fn register_glyph_texts(&self, line: &Line, fonts: &[u16]) -> bool {
        let mut claims = self.claims.borrow_mut();
        let mut faithful = true;
        for g in &line.glyphs {
            let own = g.text.as_str();
            let claimed = claims.entry((fonts[g.face], g.gid)).or_insert_with(|| own.to_string());
            // A glyph that stands for nothing (a cluster's later glyph) says nothing in the map,
            // and pdfium then gives its raw code as text ("9"): its line needs /ActualText too.
            faithful &= *claimed == own && !own.is_empty();
        }
        faithful
    }

    fn shaper(&self, weight: Weighting) -> &Rc<Shaper<'a>> {
        match weight {
            Weighting::Regular => &self.regular,
            Weighting::Bold => &self.bold,
        }
    }

    fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a flow always has a page")
    }

    fn draw_line(&mut self, line: &Line, style: Style, x: f32, baseline: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let mark = self.tags.mark(self.pages.len() - 1);
        let mut ops = std::mem::take(self.page());
        let mut set = std::mem::take(&mut self.set);
        ops.push(mark);
        self.draw_line_into(&mut ops, &mut set, line, style, x, baseline);
        ops.push(Op::EndMarkedContent);
        *self.page() = ops;
        self.set = set;
    }

    fn draw_line_into(&self, ops: &mut Vec<Op>, set: &mut PageState, line: &Line, style: Style, x: f32, baseline: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let (ids, fonts) = match style.weight {
            Weighting::Regular => (&self.regular_ids, &self.regular_fonts),
            Weighting::Bold => (&self.bold_ids, &self.bold_fonts),
        };
        // The line's text rides along as /ActualText, which PDF readers copy and extract in place
        // of the glyphs, unless the glyphs say it themselves (`CopyText`).
        let faithful = self.register_glyph_texts(line, fonts);
        let whole = match &line.text {
            CopyText::Line(text) => Some(text),
            CopyText::Bidi { visual } => (!faithful).then_some(visual),
        };
        if let Some(text) = whole {
            ops.push(actual_text(text));
        }
        ops.push(Op::StartTextSection);
        if set.fill != Some(style.color) {
            set.fill = Some(style.color);
            ops.push(Op::SetFillColor { col: rgb(style.color) });
        }
        let shaper = self.shaper(style.weight);
        // Glyphs go out in runs that share a font: one position for the run, then each glyph
        // with the small nudge (in thousandths of the font size) that takes the viewer's pen
        // from the font's own advance to where shaping put the next one. With no kerning the
        // nudge is zero and nothing is written, which keeps pages small. Marks and Nastaliq's
        // stepped letters sit above or below the baseline: the text rise (`Ts`) moves them
        // without placing each glyph anew.
        let mut run: Option<usize> = None;
        let mut origin: Option<f32> = None;
        let mut rise = 0.0_f32;
        let mut pending = Run::default();
        let mut pen = 0.0_f32;
        let mut start_x = 0.0_f32;
        let claims = self.claims.borrow();
        for g in &line.glyphs {
            let cid = &claims[&(fonts[g.face], g.gid)];
            if run != Some(g.face) {
                pending.flush(ops);
                let font = (style.weight, g.face, style.size);
                if set.font != Some(font) {
                    set.font = Some(font);
                    ops.push(Op::SetFont { font: PdfFontHandle::External(ids[g.face].clone()), size: Pt(style.size) });
                }
                // `Td` moves from where the last run started (the text section starts at the
                // page's origin). printpdf writes it as it is, where an absolute `Tm` would be
                // re-measured glyph by glyph in case it could merge runs.
                let (dx, dy) = match origin {
                    Some(previous) => (x + g.x - previous, 0.0),
                    None => (x + g.x, baseline),
                };
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(dx), y: Pt(dy) } });
                origin = Some(x + g.x);
                run = Some(g.face);
                pen = 0.0;
                start_x = g.x;
            } else {
                let target = (g.x - start_x) * 1000.0 / style.size;
                let nudge = (pen - target).round();
                pending.nudge(nudge);
                pen -= nudge;
            }
            if g.dy != rise {
                // The pen carries over from one text-showing operation to the next.
                pending.flush(ops);
                rise = g.dy;
                ops.push(Op::SetLineOffset { multiplier: rise });
            }
            pending.push(g, cid);
            pen += shaper.pdf_advance(g.face, g.gid);
        }
        pending.flush(ops);
        // The rise outlasts the text section: put it back for whatever is drawn next.
        if rise != 0.0 {
            ops.push(Op::SetLineOffset { multiplier: 0.0 });
        }
        ops.push(Op::EndTextSection);
        if whole.is_some() {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// The fill colour and font a page's content has set so far. Both outlast a text section, so a
/// line in the same style as the one before it sets neither again: a long answer's lines are
/// thousands of operations fewer for printpdf to write.
#[derive(Default)]
struct PageState {
    fill: Option<[f32; 3]>,
    /// Weight, index in its chain and size.
    font: Option<(Weighting, usize, f32)>,
}

/// Breaks text into lines for a column of the given width, in reading order, handing each on as
/// it is made; newlines start new paragraphs.
fn break_lines(shaper: &Shaper<'_>, text: &str, style: Style, width: f32, emit: &mut dyn FnMut(Line)) {
    for paragraph in sanitize(text).split('\n') {
        shaper.each_line(paragraph, style.size, width, emit);
    }
}

/// The glyphs of a run not yet written, as printpdf's text items. Characters the font draws as
/// they are go out as text, a string for many of them (printpdf writes each glyph id as a PDF
/// object of its own, which was half the time of a long contribution); shaped glyphs go out as
/// glyph ids carrying the text they stand for.
#[derive(Default)]
struct Run {
    items: Vec<TextItem>,
}

impl Run {
    /// Adds a glyph whose text in the font's map is `cid`: a character the font draws as it is
    /// goes out as that character, where the map agrees.
    fn push(&mut self, g: &PlacedGlyph, cid: &str) {
        let as_char = matches!(g.text, GlyphText::Char(c) if cid.chars().eq(std::iter::once(c)));
        match (&g.text, self.items.last_mut()) {
            (GlyphText::Char(c), Some(TextItem::Text(text))) if as_char => text.push(*c),
            (GlyphText::Char(c), _) if as_char => self.items.push(TextItem::Text(c.to_string())),
            (_, last) => {
                let glyph = Codepoint { gid: g.gid, offset: 0.0, cid: Some(cid.to_owned()) };
                match last {
                    Some(TextItem::GlyphIds(glyphs)) => glyphs.push(glyph),
                    _ => self.items.push(TextItem::GlyphIds(vec![glyph])),
                }
            }
        }
    }

    /// Moves the pen back by `nudge` thousandths of the font size after the last glyph.
    fn nudge(&mut self, nudge: f32) {
        if nudge == 0.0 {
            return;
        }
        match self.items.last_mut() {
            Some(TextItem::GlyphIds(glyphs)) => {
                if let Some(last) = glyphs.last_mut() {
                    last.offset = nudge;
                }
            }
            Some(_) => self.items.push(TextItem::Offset(nudge)),
            None => {}
        }
    }

    /// Writes the run as one text-showing operation.
    fn flush(&mut self, ops: &mut Vec<Op>) {
        if !self.items.is_empty() {
            ops.push(Op::ShowText { items: std::mem::take(&mut self.items) });
        }
    }
}

/// Opens a span whose text, for copy and paste, is `text`.
fn actual_text(text: &str) -> Op {
    let properties =
        BTreeMap::from([("ActualText".to_owned(), DictItem::String { data: text_string(text), literal: true })]);
    Op::BeginMarkedContentWithProperties { tag: "Span".into(), properties: DictItem::Dict { map: properties } }
}

/// A PDF text string: ASCII as it is (PDFDocEncoding agrees with ASCII, and family text has no
/// control characters), anything else as UTF-16 with its byte order mark. Written as a literal
/// string, which lopdf copies as it is, where a hex string is formatted byte by byte.
pub(super) fn text_string(text: &str) -> Vec<u8> {
    if text.is_ascii() {
        return text.as_bytes().to_vec();
    }
    [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
}

fn rgb([r, g, b]: [f32; 3]) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

fn rule(ops: &mut Vec<Op>, x1: f32, x2: f32, y: f32, color: [f32; 3], thickness: f32) {
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetOutlineColor { col: rgb(color) });
    ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
    ops.push(Op::DrawLine {
        line: PdfLine {
            points: vec![
                LinePoint { p: Point { x: Pt(x1), y: Pt(y) }, bezier: false },
                LinePoint { p: Point { x: Pt(x2), y: Pt(y) }, bezier: false },
            ],
            is_closed: false,
        },
    });
    ops.push(Op::RestoreGraphicsState);
}
