//! Fuzzes the draft loader (decrypt, then deserialize): whatever bytes are in the drafts
//! folder, loading is an error or a draft, never a panic or a hang.
//!
//! An input whose first byte is odd is sealed under the fuzz key first (the rest of it as the
//! payload), so the fuzzer also reaches the JSON and the version checks behind the tag; any
//! other input is read as a whole file (magic, version, nonce, ciphertext, tag).
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none draft_loader` (or `fuzz/run`).
#![no_main]

use family_voice::vault::{decode_draft, seal_payload, DataKey};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let key = DataKey::from_bytes([0x42; 32]);
    match data.split_first() {
        Some((selector, payload)) if selector & 1 == 1 => {
            if let Ok(file) = seal_payload(&key, payload) {
                let _ = decode_draft(&key, &file);
            }
        }
        _ => {
            let _ = decode_draft(&key, data);
        }
    }
});
