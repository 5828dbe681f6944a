//! Fuzzes loading an interpreter's saved review: whatever the file holds, loading is a review or
//! an error, never a panic, a hang or a parser run out of stack.
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none review_file`.
#![no_main]

use family_voice::review::Review;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("family-voice-fuzz-review-{}.json", std::process::id()));
    if std::fs::write(&path, data).is_ok() {
        let _ = Review::load(&path, "fa");
    }
});
