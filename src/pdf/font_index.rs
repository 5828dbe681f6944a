//! A note, kept between runs, of where the fallback chain's fonts are on this computer.
//!
//! Finding them means opening every installed font to read its names, which takes longer than
//! laying out and writing a typical PDF. Like fontconfig's cache, the note is trusted only while
//! nothing in the font folders has changed: it carries a fingerprint of every folder's and every
//! chosen file's modification time and size, so installing or removing a font (which changes
//! its folder) makes the next run look again. It holds paths and family names, never anything
//! a family wrote.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use sha2::{Digest, Sha256};

use super::fonts::{FilePool, FontBook, FontFile};
use super::PdfError;
use crate::font_note::{FontNote, NoteEntry, FORMAT, MAX_NOTE_BYTES};

impl FontBook {
    /// The system's chains, read from the note at `path` if it is still true, else found
    /// afresh and noted there. A note that cannot be written is no loss: the fonts are found
    /// all the same, and looked for again next time.
    pub fn from_index(path: &Path) -> Result<FontBook, PdfError> {
        if let Some(book) = read_index(path) {
            return Ok(book);
        }
        let book = FontBook::from_system()?;
        if let Some(note) = index_for(&book) {
            if let Ok(json) = serde_json::to_vec(&note) {
                if let Some(folder) = path.parent() {
                    let _ = std::fs::create_dir_all(folder);
                }
                let _ = crate::files::write_atomically(path, &json);
            }
        }
        Ok(book)
    }
}

/// The book the note describes, if the note is readable and nothing has changed since.
fn read_index(path: &Path) -> Option<FontBook> {
    let bytes = crate::files::read_at_most(path, MAX_NOTE_BYTES).ok()?;
    let note = FontNote::parse(&bytes)?;
    let files = note.regular.iter().chain(&note.bold).map(|e| e.path.as_path());
    if note.fingerprint != fingerprint(files) {
        return None;
    }
    let mut pool = FilePool::default();
    let mut load = |entries: &[NoteEntry]| -> Vec<FontFile> {
        entries.iter().map(|e| FontFile::in_file(&mut pool, &e.path, e.index, e.family.clone())).collect()
    };
    let regular = load(&note.regular);
    let bold = load(&note.bold);
    Some(FontBook { regular, bold })
}

/// A note of where each font of the book came from, or `None` if one was not read from a file.
fn index_for(book: &FontBook) -> Option<FontNote> {
    let entries = |chain: &[FontFile]| -> Option<Vec<NoteEntry>> {
        chain
            .iter()
            .map(|f| Some(NoteEntry { family: f.family.clone(), path: f.path()?.to_owned(), index: f.index }))
            .collect()
    };
    let regular = entries(&book.regular)?;
    let bold = entries(&book.bold)?;
    let files = regular.iter().chain(&bold).map(|e| e.path.as_path());
    Some(FontNote { format: FORMAT, fingerprint: fingerprint(files), regular, bold })
}

/// A digest of the state of the font folders (every folder under them, with its modification
/// time) and of the chosen files (modification time and size). Anything installed, removed or
/// replaced changes it.
fn fingerprint<'a>(files: impl Iterator<Item = &'a Path>) -> String {
    let mut hash = Sha256::new();
    let mut stamp = |path: &Path| {
        hash.update(path.as_os_str().as_encoded_bytes());
        match std::fs::metadata(path) {
            Ok(meta) => {
                let modified = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok());
                hash.update(modified.map_or(0, |d| d.as_nanos()).to_le_bytes());
                hash.update(meta.len().to_le_bytes());
            }
            Err(_) => hash.update(b"missing"),
        }
    };
    let mut folders = Vec::new();
    for root in font_roots() {
        collect_folders(&root, &mut folders);
        // A root that does not exist yet is stamped too, so creating it counts as a change.
        stamp(&root);
    }
    folders.sort();
    for folder in &folders {
        stamp(folder);
    }
    for file in files {
        stamp(file);
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Every folder below `dir`, eight levels deep at most; links to folders are not followed.
fn collect_folders(dir: &Path, out: &mut Vec<PathBuf>) {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) && depth < 8 {
                let path = entry.path();
                walk(&path, depth + 1, out);
                out.push(path);
            }
        }
    }
    walk(dir, 0, out);
}

/// The folders fonts are installed in, as fontdb looks through them.
fn font_roots() -> Vec<PathBuf> {
    let home = std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).map(PathBuf::from);
    let mut roots: Vec<PathBuf> = Vec::new();
    if cfg!(windows) {
        let system = std::env::var_os("SYSTEMROOT").map_or_else(|| PathBuf::from("C:\\Windows"), PathBuf::from);
        roots.push(system.join("Fonts"));
        if let Some(home) = &home {
            roots.push(home.join("AppData\\Local\\Microsoft\\Windows\\Fonts"));
            roots.push(home.join("AppData\\Roaming\\Microsoft\\Windows\\Fonts"));
        }
    } else if cfg!(target_os = "macos") {
        roots.extend(["/Library/Fonts", "/System/Library/Fonts", "/Network/Library/Fonts"].map(PathBuf::from));
        if let Some(home) = &home {
            roots.push(home.join("Library/Fonts"));
        }
    } else {
        roots.extend(["/usr/share/fonts", "/usr/local/share/fonts"].map(PathBuf::from));
        if let Some(data) = std::env::var_os("XDG_DATA_HOME") {
            roots.push(PathBuf::from(data).join("fonts"));
        }
        if let Some(home) = &home {
            roots.push(home.join(".local/share/fonts"));
            roots.push(home.join(".fonts"));
        }
    }
    roots
}
