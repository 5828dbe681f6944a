//! Pouring laid-out text onto A4 pages: where the next line goes, when a new page starts, and
//! the header and footer every page carries.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use printpdf::{
    Codepoint, FontId, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem, XObjectId,
};

use super::content::Page;
use super::fonts::{FontBook, Weighting};
use super::tags::{Role, Tree};
use super::text::{sanitize, CopyText, Line, Shaper};

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
    /// The document's fonts by their number.
    fonts: Vec<FontId>,
    pages: Vec<Page>,
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
    /// Each page's content.
    pages: Vec<Page>,
    /// The structure the pages' marks belong to.
    pub tags: Tree,
    /// The document's fonts by their number.
    fonts: Vec<FontId>,
    /// Every glyph drawn, by font number and glyph id, with the text it stands for.
    glyphs: HashMap<(u16, u16), String>,
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
        let mut fonts: Vec<(u16, FontId)> = numbers.into_iter().map(|(id, n)| (n, id.clone())).collect();
        fonts.sort_unstable_by_key(|(n, _)| *n);
        Self {
            regular: Rc::new(Shaper::new(&book.regular)),
            bold: Rc::new(Shaper::new(&book.bold)),
            regular_ids,
            bold_ids,
            regular_fonts,
            bold_fonts,
            fonts: fonts.into_iter().map(|(_, id)| id).collect(),
            pages: vec![Page::default()],
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
            self.page().pack();
            self.pages.push(Page::default());
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
        let y = self.y;
        self.tags.open(Role::Figure, None);
        let (tag, mcid) = self.tags.mark(self.pages.len() - 1);
        self.tags.close();
        let page = self.page();
        page.begin_marked(tag, mcid);
        // An image is drawn into the unit square: scaled to its size, then moved into place.
        page.op("q");
        for value in [width, 0.0, 0.0, height, x, y] {
            page.num(value);
        }
        page.op("cm");
        page.name(&id.0);
        page.op("Do");
        page.op("Q");
        page.end_marked();
    }

    /// Draws a horizontal rule across the content width at the current position.
    pub fn rule(&mut self, color: [f32; 3], thickness: f32) {
        let y = self.y;
        let page = self.page();
        page.begin_artifact(false);
        rule(page, MARGIN_X, PAGE_WIDTH - MARGIN_X, y, color, thickness);
        page.end_marked();
    }

    /// Draws a short line to write on, e.g. a signature line.
    pub fn write_on_line(&mut self, x: f32, width: f32, color: [f32; 3]) {
        let y = self.y;
        let page = self.page();
        page.begin_artifact(false);
        rule(page, x, x + width, y, color, 0.8);
        page.end_marked();
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
            ops.begin_artifact(true);
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
            ops.end_marked();
        }
        Pages { pages, tags: self.tags, fonts: self.fonts, glyphs: self.claims.into_inner() }
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

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a flow always has a page")
    }

    fn draw_line(&mut self, line: &Line, style: Style, x: f32, baseline: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let (tag, mcid) = self.tags.mark(self.pages.len() - 1);
        let mut ops = std::mem::take(self.page());
        let mut set = std::mem::take(&mut self.set);
        ops.begin_marked(tag, mcid);
        self.draw_line_into(&mut ops, &mut set, line, style, x, baseline);
        ops.end_marked();
        *self.page() = ops;
        self.set = set;
    }

    fn draw_line_into(&self, ops: &mut Page, set: &mut PageState, line: &Line, style: Style, x: f32, baseline: f32) {
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
            ops.begin_actual_text(&text_string(text));
        }
        ops.op("BT");
        if set.fill != Some(style.color) {
            set.fill = Some(style.color);
            style.color.into_iter().for_each(|c| ops.num(c));
            ops.op("rg");
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
        let mut pen = 0.0_f32;
        let mut start_x = 0.0_f32;
        for g in &line.glyphs {
            if run != Some(g.face) {
                ops.show();
                let font = (style.weight, g.face, style.size);
                if set.font != Some(font) {
                    set.font = Some(font);
                    ops.name(&ids[g.face].0);
                    ops.num(style.size);
                    ops.op("Tf");
                }
                // `Td` moves from where the last run started (the text section starts at the
                // page's origin), measured between the positions as written, so that rounding
                // never adds up along a line.
                let at = to_thousandth(x + g.x);
                match origin {
                    Some(previous) => [at - previous, 0.0].into_iter().for_each(|v| ops.num(v)),
                    None => [at, baseline].into_iter().for_each(|v| ops.num(v)),
                }
                ops.op("Td");
                origin = Some(at);
                run = Some(g.face);
                pen = 0.0;
                start_x = g.x;
            } else {
                let target = (g.x - start_x) * 1000.0 / style.size;
                let nudge = (pen - target).round();
                ops.nudge(nudge);
                pen -= nudge;
            }
            if g.dy != rise {
                // The pen carries over from one text-showing operation to the next.
                ops.show();
                rise = g.dy;
                ops.num(rise);
                ops.op("Ts");
            }
            ops.glyph(fonts[g.face], g.gid);
            pen += shaper.pdf_advance(g.face, g.gid);
        }
        ops.show();
        // The rise outlasts the text section: put it back for whatever is drawn next.
        if rise != 0.0 {
            ops.op("0 Ts");
        }
        ops.op("ET");
        if whole.is_some() {
            ops.end_marked();
        }
    }
}

/// The fill colour and font a page's content has set so far. Both outlast a text section, so a
/// line in the same style as the one before it sets neither again: a long answer's lines are
/// thousands of operators shorter.
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

/// A PDF text string: ASCII as it is (PDFDocEncoding agrees with ASCII, and family text has no
/// control characters), anything else as UTF-16 with its byte order mark. Written as a literal
/// string, which lopdf copies as it is, where a hex string is formatted byte by byte.
pub(super) fn text_string(text: &str) -> Vec<u8> {
    if text.is_ascii() {
        return text.as_bytes().to_vec();
    }
    [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
}

/// A position as the content stream writes it.
fn to_thousandth(value: f32) -> f32 {
    (value * 1000.0).round() / 1000.0
}

fn rule(page: &mut Page, x1: f32, x2: f32, y: f32, color: [f32; 3], thickness: f32) {
    page.op("q");
    color.into_iter().for_each(|c| page.num(c));
    page.op("RG");
    page.num(thickness);
    page.op("w");
    [x1, y].into_iter().for_each(|v| page.num(v));
    page.op("m");
    [x2, y].into_iter().for_each(|v| page.num(v));
    page.op("l");
    page.op("S");
    page.op("Q");
}

impl Pages {
    /// Makes the document's file structure with printpdf, which subsets and embeds the fonts,
    /// and puts each page's content in it, with the glyph codes of the subsets. Returns the
    /// document, its structure and its page count.
    pub(super) fn into_document(self, mut doc: PdfDocument) -> (lopdf::Document, Tree, usize) {
        let Pages { pages, tags, fonts, glyphs } = self;
        let count = pages.len();
        // printpdf learns which glyphs to keep, and the text each stands for, from one list of
        // them all, given to it as the first page's content; the subset's code for each glyph
        // is read back from what it makes of that list.
        let mut drawn: Vec<(&(u16, u16), &String)> = glyphs.iter().collect();
        drawn.sort_unstable_by_key(|(key, _)| **key);
        let mut list = Vec::new();
        let mut order: Vec<(u16, Vec<u16>)> = Vec::new();
        for (&(font, gid), text) in drawn {
            if order.last().map(|(f, _)| *f) != Some(font) {
                order.push((font, Vec::new()));
                list.push(Op::SetFont {
                    font: PdfFontHandle::External(fonts[usize::from(font)].clone()),
                    size: Pt(10.0),
                });
                list.push(Op::ShowText { items: vec![TextItem::GlyphIds(Vec::new())] });
            }
            if let Some(Op::ShowText { items }) = list.last_mut() {
                if let Some(TextItem::GlyphIds(ids)) = items.last_mut() {
                    ids.push(Codepoint { gid, offset: 0.0, cid: Some(text.clone()) });
                }
            }
            if let Some((_, gids)) = order.last_mut() {
                gids.push(gid);
            }
        }
        list.insert(0, Op::StartTextSection);
        list.push(Op::EndTextSection);
        let size = (Mm::from(Pt(PAGE_WIDTH)), Mm::from(Pt(PAGE_HEIGHT)));
        let mut blank: Vec<PdfPage> = (0..count).map(|_| PdfPage::new(size.0, size.1, Vec::new())).collect();
        if let Some(first) = blank.first_mut() {
            first.ops = list;
        }
        let mut warnings = Vec::new();
        let mut pdf = doc.with_pages(blank).to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
        let page_ids: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
        let codes = page_ids.first().map(|&first| subset_codes(&pdf, first, &fonts, &order)).unwrap_or_default();
        for (page, id) in pages.into_iter().zip(&page_ids) {
            let bytes = page.recode(&codes);
            let contents =
                pdf.get_dictionary(*id).and_then(|page| page.get(b"Contents")).and_then(lopdf::Object::as_reference);
            if let Ok(lopdf::Object::Stream(stream)) = contents.and_then(|id| pdf.get_object_mut(id)) {
                // Compressed at once, so that only one page's content is ever whole in memory.
                stream.set_content(bytes);
                super::deflate::compress(stream);
            }
        }
        (pdf, tags, count)
    }
}

/// Each font's code for each glyph, by font number: read from the list of glyphs on page `first`
/// as printpdf wrote it, a `Tf` for each font and a `TJ` of its glyphs in the order of `order`.
fn subset_codes(
    pdf: &lopdf::Document,
    first: lopdf::ObjectId,
    fonts: &[FontId],
    order: &[(u16, Vec<u16>)],
) -> Vec<HashMap<u16, u16>> {
    let mut codes = vec![HashMap::new(); fonts.len()];
    let content = pdf.get_page_content(first);
    let Ok(content) = lopdf::content::Content::decode(&content) else { return codes };
    let mut font = None;
    for operation in &content.operations {
        match operation.operator.as_str() {
            "Tf" => {
                let name = operation.operands.first().and_then(|n| n.as_name().ok());
                font = name.and_then(|n| fonts.iter().position(|f| f.0.as_bytes() == n));
            }
            "TJ" => {
                let Some(number) = font else { continue };
                let Some((_, gids)) = order.iter().find(|(f, _)| usize::from(*f) == number) else { continue };
                let Some(Ok(items)) = operation.operands.first().map(lopdf::Object::as_array) else { continue };
                let strings = items.iter().filter_map(|item| item.as_str().ok());
                for (&gid, code) in gids.iter().zip(strings) {
                    if let [high, low] = code {
                        codes[number].insert(gid, u16::from_be_bytes([*high, *low]));
                    }
                }
            }
            _ => {}
        }
    }
    codes
}
