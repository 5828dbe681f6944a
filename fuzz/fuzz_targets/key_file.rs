//! Fuzzes reading the record of the drafts' key (`vault.key`): whatever bytes are there, the
//! folder opens and says how its drafts are opened (or why not), never a panic or a hang.
//!
//! Run from the repository root: `cargo fuzz run --sanitizer none key_file`.
#![no_main]

use family_voice::vault::Vault;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let folder = std::env::temp_dir().join(format!("family-voice-fuzz-key-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&folder);
    if std::fs::write(folder.join("vault.key"), data).is_err() {
        return;
    }
    if let Ok(vault) = Vault::open(&folder) {
        let _ = vault.key_setup();
        let _ = vault.keychain_accounts();
    }
});
