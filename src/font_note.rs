//! The note of where the PDF's fonts are on this computer (`fonts.json` in the cache folder;
//! `pdf::font_index` makes and trusts it). Only its format is here, outside the PDF code, so that
//! reading one, a file any program of the same user may have written, is fuzzed (`fuzz/`) without
//! building the PDF code. It holds paths and family names, never anything a family wrote.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Bumped when the note's layout or meaning changes (2: the chain names more faces); an
/// older note is simply made again.
pub const FORMAT: u32 = 2;

/// The biggest note read: a note on every font of a well-stocked computer is under 1 MiB.
pub const MAX_NOTE_BYTES: u64 = 8 * 1024 * 1024;

/// The most fonts a note may name: the chains have a dozen or so each.
pub const MAX_ENTRIES: usize = 128;

/// The note: which file holds each font of the two chains, and a fingerprint of the font folders
/// as they were when it was written.
#[derive(Debug, Serialize, Deserialize)]
pub struct FontNote {
    /// [`FORMAT`].
    pub format: u32,
    /// A digest of the font folders and files; the note is true while it still matches.
    pub fingerprint: String,
    /// The regular chain, in order.
    pub regular: Vec<NoteEntry>,
    /// The bold chain, in order.
    pub bold: Vec<NoteEntry>,
}

/// One font of a chain.
#[derive(Debug, Serialize, Deserialize)]
pub struct NoteEntry {
    /// Its family name.
    pub family: String,
    /// The file it is in.
    pub path: PathBuf,
    /// Its index in that file (a collection holds several).
    pub index: u32,
}

impl FontNote {
    /// Reads a note: `None` for anything but a note of this format naming between one and
    /// [`MAX_ENTRIES`] fonts, never a panic.
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        if bytes.len() as u64 > MAX_NOTE_BYTES {
            return None;
        }
        let note: Self = serde_json::from_slice(bytes).ok()?;
        let count = note.regular.len() + note.bold.len();
        (note.format == FORMAT && !note.regular.is_empty() && count <= MAX_ENTRIES).then_some(note)
    }
}
