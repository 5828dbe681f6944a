//! Fuzzes the Fluent an interpreter writes: a suggested wording, and a whole file of suggestions
//! handed back to the maintainers. Each is read or refused, never a panic or a stack overflow.
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none suggestion`.
#![no_main]

use family_voice::review::{self, Wording};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Wording::parse(text);
    let _ = review::language_of(text);
    let _ = review::apply(&[("ui.ftl".to_owned(), "nav-back = Back\nnav-next = Next\n".to_owned())], text);
});
