//! The drafts while the app runs: the store in the app's data folder, and the one draft that is
//! open. Both sit behind one lock, so a save, a lock and a delete never interleave.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use family_voice::vault::{Draft, FolderLock, Keychain, OsKeychain, Vault, VaultError};

/// The drafts store and the open draft.
pub struct Drafts {
    keychain: Box<dyn Keychain>,
    state: Mutex<State>,
}

/// What the lock guards.
pub struct State {
    /// The store, or why its folder could not be opened (or is held by another copy of the app).
    pub vault: Result<Vault, VaultError>,
    /// The draft on screen; saves go to it. Cleared on lock, so a locked app holds no words.
    pub open: Option<Draft>,
    /// Whether the open draft's latest change failed to save (a full disk).
    pub unsaved: bool,
    /// A draft whose latest change could not be saved when the drafts locked: kept here, never
    /// in the page, until the next unlock saves it or opens it again.
    pub held: Option<Draft>,
    /// This process's hold on the drafts folder, for as long as the app runs.
    pub hold: Option<FolderLock>,
}

impl Drafts {
    /// The store in `folder`, held by this process and locked until the start screen opens it.
    pub fn new(folder: PathBuf) -> Self {
        let (vault, hold) = match FolderLock::take(&folder) {
            Ok(hold) => (Vault::open(folder), Some(hold)),
            Err(e) => (Err(e), None),
        };
        Self { keychain: keychain(), state: Mutex::new(State { vault, open: None, unsaved: false, held: None, hold }) }
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
/// test can walk the passphrase route through the real window, and
/// `FAMILY_VOICE_E2E_KEYCHAIN_DELAY_MS` makes every answer wait, as while the computer's own
/// password prompt is open.
#[cfg(feature = "e2e-hooks")]
fn keychain() -> Box<dyn Keychain> {
    use family_voice::vault::DataKey;

    struct Unreachable;
    impl Keychain for Unreachable {
        fn load(&self, _: &str) -> Result<Option<DataKey>, VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
        fn store(&self, _: &str, _: &DataKey) -> Result<(), VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
        fn forget(&self, _: &str) -> Result<(), VaultError> {
            Err(VaultError::KeychainUnavailable)
        }
    }

    struct Slow(OsKeychain, std::time::Duration);
    impl Keychain for Slow {
        fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
            std::thread::sleep(self.1);
            self.0.load(account)
        }
        fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
            self.0.store(account, key)
        }
        fn forget(&self, account: &str) -> Result<(), VaultError> {
            self.0.forget(account)
        }
    }

    if std::env::var_os("FAMILY_VOICE_E2E_NO_KEYCHAIN").is_some() {
        return Box::new(Unreachable);
    }
    match std::env::var("FAMILY_VOICE_E2E_KEYCHAIN_DELAY_MS").ok().and_then(|ms| ms.parse().ok()) {
        Some(ms) => Box::new(Slow(OsKeychain::new(), std::time::Duration::from_millis(ms))),
        None => Box::new(OsKeychain::new()),
    }
}
