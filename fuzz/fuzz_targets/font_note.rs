//! Fuzzes the note of where the PDF's fonts are (`fonts.json` in the cache folder), which any
//! program of the same user may have written: read or refused, never a panic.
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none font_note`.
#![no_main]

use family_voice::font_note::FontNote;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = FontNote::parse(data);
});
