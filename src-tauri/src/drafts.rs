//! The drafts while the app runs: the store in the app's data folder, and the one draft that is
//! open. Both sit behind one lock, so a save, a lock and a delete never interleave.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use family_voice::vault::{Draft, Keychain, OsKeychain, Vault, VaultError};

/// The drafts store and the open draft.
pub struct Drafts {
    keychain: Box<dyn Keychain>,
    state: Mutex<State>,
}

/// What the lock guards.
pub struct State {
    /// The store, or why its folder could not be opened.
    pub vault: Result<Vault, VaultError>,
    /// The draft on screen; saves go to it. Cleared on lock, so a locked app holds no words.
    pub open: Option<Draft>,
}

impl Drafts {
    /// The store in `folder`, locked until the start screen opens it.
    pub fn new(folder: PathBuf) -> Self {
        Self { keychain: keychain(), state: Mutex::new(State { vault: Vault::open(folder), open: None }) }
    }

    /// The operating system's keychain.
    pub fn keychain(&self) -> &dyn Keychain {
        self.keychain.as_ref()
    }

    /// The store and the open draft, for one command.
    pub fn state(&self) -> MutexGuard<'_, State> {
        // A panic while saving leaves the files as the store's rules say; carry on with them.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(not(feature = "e2e-hooks"))]
fn keychain() -> Box<dyn Keychain> {
    Box::new(OsKeychain::new())
}

/// In end-to-end test builds, `FAMILY_VOICE_E2E_NO_KEYCHAIN` makes the keychain unreachable, so a
/// test can walk the passphrase route through the real window.
#[cfg(feature = "e2e-hooks")]
fn keychain() -> Box<dyn Keychain> {
    struct Unreachable;
    impl Keychain for Unreachable {
        fn load(&self, _: &str) -> Result<Option<family_voice::vault::DataKey>, VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
        fn store(&self, _: &str, _: &family_voice::vault::DataKey) -> Result<(), VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
        fn forget(&self, _: &str) -> Result<(), VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
    }
    if std::env::var_os("FAMILY_VOICE_E2E_NO_KEYCHAIN").is_some() {
        Box::new(Unreachable)
    } else {
        Box::new(OsKeychain::new())
    }
}
