//! Fuzzes reading the settings file: whatever it holds, the app gets settings (the defaults if
//! need be), never a panic.
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none settings`.
#![no_main]

use family_voice::settings::Settings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("family-voice-fuzz-settings-{}.json", std::process::id()));
    if std::fs::write(&path, data).is_ok() {
        let _ = Settings::load(&path);
    }
});
