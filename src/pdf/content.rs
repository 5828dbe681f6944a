//! A page's content stream, written as bytes while the page is drawn.
//!
//! printpdf takes a page as a list of its operations and writes them all out when the whole
//! document is saved. A long Urdu answer draws a glyph for nearly every letter, each held as an
//! operation until then: 2 MB a page, 300 MB for 150 pages. Here each line goes into its page's
//! bytes as it is drawn (a few bytes a glyph), and printpdf is given only what it needs to subset
//! and embed the fonts: one list of every glyph drawn, with the text each stands for.
//!
//! Glyph codes depend on the subset, which is known only once every page is drawn, so a page
//! is written with each font's own glyph ids, four hex digits each, and notes where they are;
//! [`Page::recode`] puts the subset's codes in their place, digit for digit.

use std::collections::HashMap;
use std::io::{Read, Write};

use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use flate2::Compression;

/// One page's content stream.
#[derive(Default)]
pub struct Page {
    /// The page's body, once it is finished, compressed: a long document's pages are kept until
    /// the fonts are subset, and as they are written they take 70 kB a page of Urdu.
    packed: Vec<u8>,
    /// How many bytes `packed` holds once inflated.
    packed_len: u32,
    /// What is written after them.
    bytes: Vec<u8>,
    /// Where each string of glyph codes sits in `bytes`.
    codes: Vec<Codes>,
    /// Whether a `TJ` array is open, and whether a string of glyph codes is open in it.
    array: bool,
    string: bool,
}

/// A string of glyph codes: `count` codes of four hex digits from byte `at` of the whole stream,
/// in font `font` (the document's number for it).
struct Codes {
    at: u32,
    count: u32,
    font: u16,
}

impl Page {
    /// The finished stream, with each glyph id replaced by its code in the subset font:
    /// `codes[font]` maps a font's glyph ids to its codes (an id missing there draws nothing).
    pub fn recode(self, codes: &[HashMap<u16, u16>]) -> Vec<u8> {
        let mut stream = Vec::with_capacity(self.packed_len as usize + self.bytes.len());
        // Inflating what this module deflated cannot fail; if it somehow did, the body is lost
        // rather than the file.
        let _ = ZlibDecoder::new(&self.packed[..]).read_to_end(&mut stream);
        stream.resize(self.packed_len as usize, b' ');
        stream.extend_from_slice(&self.bytes);
        for run in &self.codes {
            let Some(map) = codes.get(usize::from(run.font)) else { continue };
            for k in 0..run.count as usize {
                let at = run.at as usize + 4 * k;
                let Some(hex) = stream.get_mut(at..at + 4) else { continue };
                let gid = hex.iter().fold(0_u16, |n, &digit| n << 4 | u16::from(hex_value(digit)));
                let code = map.get(&gid).copied().unwrap_or(0);
                for (k, digit) in hex.iter_mut().enumerate() {
                    *digit = HEX[usize::from(code >> (12 - 4 * k) & 0xF)];
                }
            }
        }
        stream
    }

    /// Compresses the page's body, once it is finished (its header and footer are written
    /// later, after it), at zlib's quickest level: the file's own compression comes later.
    pub fn pack(&mut self) {
        if !self.packed.is_empty() {
            return;
        }
        let mut encoder = ZlibEncoder::new(Vec::with_capacity(self.bytes.len() / 8), Compression::fast());
        // Writing to memory cannot fail.
        let Ok(packed) = encoder.write_all(&self.bytes).and_then(|()| encoder.finish()) else { return };
        self.packed = packed;
        self.packed_len = self.bytes.len() as u32;
        self.bytes = Vec::with_capacity(HEADER_ROOM);
        self.codes.shrink_to_fit();
    }

    /// An operator and its end of line.
    pub fn op(&mut self, operator: &str) {
        self.bytes.extend_from_slice(operator.as_bytes());
        self.bytes.push(b'\n');
    }

    /// A number operand, to a thousandth of a point (far finer than any printer's dot).
    pub fn num(&mut self, value: f32) {
        let thousandths = (f64::from(value) * 1000.0).round() as i64;
        let (whole, part) = (thousandths.unsigned_abs() / 1000, thousandths.unsigned_abs() % 1000);
        let sign = if thousandths < 0 { "-" } else { "" };
        let _ = if part == 0 {
            write!(self.bytes, "{sign}{whole} ")
        } else {
            let digits = format!("{part:03}");
            write!(self.bytes, "{sign}{whole}.{} ", digits.trim_end_matches('0'))
        };
    }

    /// A name operand, such as a font's resource name.
    pub fn name(&mut self, name: &str) {
        self.bytes.push(b'/');
        for &byte in name.as_bytes() {
            if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
                let _ = write!(self.bytes, "#{byte:02X}");
            } else {
                self.bytes.push(byte);
            }
        }
        self.bytes.push(b' ');
    }

    /// A literal string operand (every byte as it is, the delimiters and line ends escaped).
    pub fn string(&mut self, bytes: &[u8]) {
        self.bytes.push(b'(');
        for &byte in bytes {
            match byte {
                b'(' | b')' | b'\\' => self.bytes.extend_from_slice(&[b'\\', byte]),
                b'\r' => self.bytes.extend_from_slice(b"\\r"),
                b'\n' => self.bytes.extend_from_slice(b"\\n"),
                _ => self.bytes.push(byte),
            }
        }
        self.bytes.extend_from_slice(b") ");
    }

    /// Opens marked content tagged `tag` for the structure tree (`/P <</MCID 3>> BDC`).
    pub fn begin_marked(&mut self, tag: &str, mcid: i64) {
        self.name(tag);
        let _ = writeln!(self.bytes, "<</MCID {mcid}>> BDC");
    }

    /// Opens a span whose text, for copy and paste, is `text` (a PDF text string's bytes).
    pub fn begin_actual_text(&mut self, text: &[u8]) {
        self.bytes.extend_from_slice(b"/Span <</ActualText ");
        self.string(text);
        self.bytes.extend_from_slice(b">> BDC\n");
    }

    /// Opens a piece that is not part of the text: a page's header and footer (`pagination`)
    /// or a rule.
    pub fn begin_artifact(&mut self, pagination: bool) {
        let kind = if pagination { "Pagination" } else { "Layout" };
        let _ = writeln!(self.bytes, "/Artifact <</Type /{kind}>> BDC");
    }

    /// Closes the marked content last opened.
    pub fn end_marked(&mut self) {
        self.op("EMC");
    }

    /// Adds one glyph to the text being shown, opening a `TJ` array and a string as needed.
    pub fn glyph(&mut self, font: u16, gid: u16) {
        if !self.array {
            self.bytes.push(b'[');
            self.array = true;
        }
        if !self.string {
            self.bytes.push(b'<');
            self.string = true;
            self.codes.push(Codes { at: self.packed_len + self.bytes.len() as u32, count: 0, font });
        }
        self.bytes.extend((0..4).map(|k| HEX[usize::from(gid >> (12 - 4 * k) & 0xF)]));
        if let Some(run) = self.codes.last_mut() {
            run.count += 1;
        }
    }

    /// Moves the pen back by `thousandths` of the font size before the next glyph.
    pub fn nudge(&mut self, thousandths: f32) {
        if thousandths == 0.0 || !self.array {
            return;
        }
        self.close_string();
        self.num(thousandths);
    }

    /// Ends the text being shown, if any (`TJ`).
    pub fn show(&mut self) {
        if !self.array {
            return;
        }
        self.close_string();
        if self.bytes.last() == Some(&b' ') {
            self.bytes.pop();
        }
        self.bytes.extend_from_slice(b"] TJ\n");
        self.array = false;
    }

    fn close_string(&mut self) {
        if self.string {
            self.bytes.extend_from_slice(b"> ");
            self.string = false;
        }
    }
}

/// Bytes a page's header and footer take, about.
const HEADER_ROOM: usize = 2048;

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'A'..=b'F' => digit - b'A' + 10,
        _ => 0,
    }
}
