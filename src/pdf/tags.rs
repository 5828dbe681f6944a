//! The PDF's structure for screen readers and accessibility checks: what each line is (a
//! heading, a paragraph, an item of a list), in reading order, in which language, and the
//! bookmarks for the sections.
//!
//! The marks go into the page content while each line is drawn, because only then is it known
//! what the line is; a pass over the finished file would have to guess it back from positions
//! and sizes. The tree those marks belong to is written afterwards with lopdf, as printpdf has no structure tree: the
//! `/StructTreeRoot`, its `/ParentTree`, `/MarkInfo`, `/Lang`, `/Outlines` and the viewer's
//! preference to show the title rather than the file name.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

/// The standard structure types the PDFs use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The whole document.
    Document,
    /// A section, such as one part of the contribution.
    Sect,
    /// The document's title.
    H1,
    /// A section's heading.
    H2,
    /// A heading within a section (a question).
    H3,
    /// A paragraph.
    P,
    /// A list.
    L,
    /// An item of a list.
    LI,
    /// An item's label.
    Lbl,
    /// An item's body.
    LBody,
    /// Words in another language within a heading, paragraph or item.
    Span,
    /// A picture.
    Figure,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Span => "Span",
            Role::Figure => "Figure",
        }
    }

    /// Whether the element holds other elements rather than text: text placed in it gets a
    /// paragraph of its own.
    pub fn groups(self) -> bool {
        matches!(self, Role::Document | Role::Sect | Role::L | Role::LI)
    }
}

/// A piece of marked content: the page and its number there.
#[derive(Clone, Copy)]
struct Content {
    page: usize,
    mcid: i64,
}

enum Kid {
    Element(usize),
    Content(Content),
}

struct Element {
    role: Role,
    lang: Option<&'static str>,
    kids: Vec<Kid>,
}

/// The structure as it is drawn: elements open and close in reading order.
pub struct Tree {
    elements: Vec<Element>,
    open: Vec<usize>,
    /// How many marked pieces each page has so far.
    mcids: Vec<i64>,
    /// Each bookmark's title, page and height on the page.
    outline: Vec<(String, usize, f32)>,
}

impl Default for Tree {
    fn default() -> Self {
        Self {
            elements: vec![Element { role: Role::Document, lang: None, kids: Vec::new() }],
            open: vec![0],
            mcids: Vec::new(),
            outline: Vec::new(),
        }
    }
}

impl Tree {
    fn current(&self) -> &Element {
        &self.elements[*self.open.last().expect("the document stays open")]
    }

    /// The role of the innermost open element.
    pub fn role(&self) -> Role {
        self.current().role
    }

    /// The language of the innermost open element that has one.
    pub fn lang(&self) -> Option<&'static str> {
        self.open.iter().rev().find_map(|&i| self.elements[i].lang)
    }

    /// Opens an element inside the current one.
    pub fn open(&mut self, role: Role, lang: Option<&'static str>) {
        let index = self.elements.len();
        self.elements.push(Element { role, lang, kids: Vec::new() });
        let parent = *self.open.last().expect("the document stays open");
        self.elements[parent].kids.push(Kid::Element(index));
        self.open.push(index);
    }

    /// Closes the innermost element (never the document).
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// Marks the next piece of content on `page` as part of the current element: returns the
    /// tag and number its mark in the page's content takes.
    pub fn mark(&mut self, page: usize) -> (&'static str, i64) {
        if self.mcids.len() <= page {
            self.mcids.resize(page + 1, 0);
        }
        let mcid = self.mcids[page];
        self.mcids[page] += 1;
        let current = *self.open.last().expect("the document stays open");
        self.elements[current].kids.push(Kid::Content(Content { page, mcid }));
        (self.elements[current].role.name(), mcid)
    }

    /// Adds a bookmark to `page` at height `y`.
    pub fn bookmark(&mut self, title: &str, page: usize, y: f32) {
        self.outline.push((title.to_owned(), page, y));
    }
}

/// Writes the structure tree, the bookmarks and the document's language into the file.
pub(super) fn write(pdf: &mut Document, tree: Tree, lang: &str) {
    let pages: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let Ok(catalog_id) = pdf.trailer.get(b"Root").and_then(Object::as_reference) else { return };
    let Tree { elements, outline, .. } = tree;

    // Elements with no content (an empty line, a section with nothing in it) are left out.
    let mut holds = vec![false; elements.len()];
    for i in (0..elements.len()).rev() {
        holds[i] = elements[i].kids.iter().any(|kid| match kid {
            Kid::Element(k) => holds[*k],
            Kid::Content(_) => true,
        });
    }
    let ids: Vec<Option<ObjectId>> = holds.iter().map(|&holds| holds.then(|| pdf.new_object_id())).collect();
    let root_id = pdf.new_object_id();
    let mut parents: Vec<Vec<Option<ObjectId>>> = vec![Vec::new(); pages.len()];
    let mut up = vec![root_id; elements.len()];
    for (i, element) in elements.iter().enumerate() {
        for kid in &element.kids {
            if let Kid::Element(k) = kid {
                up[*k] = ids[i].unwrap_or(root_id);
            }
        }
    }
    for (i, element) in elements.iter().enumerate() {
        let Some(id) = ids[i] else { continue };
        let first_page = element.kids.iter().find_map(|kid| match kid {
            Kid::Content(c) => Some(c.page),
            Kid::Element(_) => None,
        });
        let mut kids = Vec::new();
        for kid in &element.kids {
            match kid {
                Kid::Element(k) => kids.extend(ids[*k].map(Object::Reference)),
                Kid::Content(c) => {
                    let Some(&page) = pages.get(c.page) else { continue };
                    let slots = &mut parents[c.page];
                    if slots.len() <= c.mcid as usize {
                        slots.resize(c.mcid as usize + 1, None);
                    }
                    slots[c.mcid as usize] = Some(id);
                    kids.push(if Some(c.page) == first_page {
                        Object::Integer(c.mcid)
                    } else {
                        Object::Dictionary(Dictionary::from_iter([
                            ("Type", Object::Name(b"MCR".to_vec())),
                            ("Pg", Object::Reference(page)),
                            ("MCID", Object::Integer(c.mcid)),
                        ]))
                    });
                }
            }
        }
        let mut dict = Dictionary::from_iter([
            ("Type", Object::Name(b"StructElem".to_vec())),
            ("S", Object::Name(element.role.name().as_bytes().to_vec())),
            ("P", Object::Reference(up[i])),
            ("K", Object::Array(kids)),
        ]);
        if let Some(page) = first_page.and_then(|p| pages.get(p)) {
            dict.set("Pg", Object::Reference(*page));
        }
        if let Some(lang) = element.lang.filter(|l| *l != lang) {
            dict.set("Lang", text(lang));
        }
        pdf.objects.insert(id, Object::Dictionary(dict));
    }

    let mut nums = Vec::new();
    for (index, (page, slots)) in pages.iter().zip(parents).enumerate() {
        if let Ok(Object::Dictionary(dict)) = pdf.get_object_mut(*page) {
            dict.set("StructParents", Object::Integer(index as i64));
            // Tab order follows the structure.
            dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
        nums.push(Object::Integer(index as i64));
        nums.push(Object::Array(slots.into_iter().map(|s| s.map_or(Object::Null, Object::Reference)).collect()));
    }
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    let root = Dictionary::from_iter([
        ("Type", Object::Name(b"StructTreeRoot".to_vec())),
        ("K", Object::Array(ids[0].map(Object::Reference).into_iter().collect())),
        ("ParentTree", Object::Reference(parent_tree)),
        ("ParentTreeNextKey", Object::Integer(pages.len() as i64)),
    ]);
    pdf.objects.insert(root_id, Object::Dictionary(root));

    let outlines = write_outline(pdf, &outline, &pages);
    // Tagged PDF as described in PDF 1.7 (printpdf writes 1.3, before /MarkInfo and /Lang).
    pdf.version = "1.7".into();
    if let Ok(Object::Dictionary(catalog)) = pdf.get_object_mut(catalog_id) {
        catalog.set("StructTreeRoot", Object::Reference(root_id));
        catalog.set("MarkInfo", Dictionary::from_iter([("Marked", Object::Boolean(true))]));
        catalog.set("Lang", text(lang));
        catalog.set("ViewerPreferences", Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]));
        if let Some(outlines) = outlines {
            catalog.set("Outlines", Object::Reference(outlines));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
    }
}

/// The bookmarks, one level, each opening its page at the heading.
fn write_outline(pdf: &mut Document, outline: &[(String, usize, f32)], pages: &[ObjectId]) -> Option<ObjectId> {
    let marks: Vec<_> = outline.iter().filter(|(_, page, _)| *page < pages.len()).collect();
    if marks.is_empty() {
        return None;
    }
    let top = pdf.new_object_id();
    let ids: Vec<ObjectId> = marks.iter().map(|_| pdf.new_object_id()).collect();
    for (i, (title, page, y)) in marks.iter().enumerate() {
        let mut item = Dictionary::from_iter([
            ("Title", Object::String(super::flow::text_string(title), StringFormat::Literal)),
            ("Parent", Object::Reference(top)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(pages[*page]),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real(*y),
                    Object::Null,
                ]),
            ),
        ]);
        if i > 0 {
            item.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        pdf.objects.insert(ids[i], Object::Dictionary(item));
    }
    let root = Dictionary::from_iter([
        ("Type", Object::Name(b"Outlines".to_vec())),
        ("First", Object::Reference(ids[0])),
        ("Last", Object::Reference(*ids.last().expect("at least one"))),
        ("Count", Object::Integer(ids.len() as i64)),
    ]);
    pdf.objects.insert(top, Object::Dictionary(root));
    Some(top)
}

fn text(value: &str) -> Object {
    Object::String(value.as_bytes().to_vec(), StringFormat::Literal)
}
