//! The operating system's keychain, through the `keyring` crate: macOS Keychain, Windows
//! Credential Manager, and on Linux the Secret Service (GNOME Keyring, KWallet) over D-Bus in
//! pure Rust (zbus). Never the Linux kernel keyring alone: it is wiped at reboot, which would
//! make every draft unreadable.

use zeroize::Zeroize;

use super::keychain::{Keychain, KEYCHAIN_SERVICE};
use super::secret::{DataKey, KEY_LEN};
use super::VaultError;

/// The operating system's keychain.
#[derive(Clone, Debug)]
pub struct OsKeychain {
    service: String,
}

impl OsKeychain {
    /// The app's own entries, under [`KEYCHAIN_SERVICE`].
    pub fn new() -> Self {
        Self::with_service(KEYCHAIN_SERVICE)
    }

    /// Entries under another service name, so tests never touch the app's.
    pub fn with_service(service: &str) -> Self {
        Self { service: service.to_owned() }
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry, VaultError> {
        keyring::Entry::new(&self.service, account).map_err(unavailable)
    }
}

impl Default for OsKeychain {
    fn default() -> Self {
        Self::new()
    }
}

impl Keychain for OsKeychain {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        match self.entry(account)?.get_secret() {
            Ok(mut secret) => {
                let key = DataKey::from_slice(&secret);
                secret.zeroize();
                // Something other than a key under our name: not ours to use, and not a reason
                // to write a new one over it.
                key.map(Some).ok_or(VaultError::KeyMissing)
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        let secret: &[u8; KEY_LEN] = key.expose_secret();
        self.entry(account)?.set_secret(secret).map_err(unavailable)
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

/// A keychain that is there but locked or refused access is told apart from none at all,
/// because the family can mend the first by unlocking it and only a passphrase helps with the
/// second. On Linux "none at all" is two answers of the Secret Service client: no session bus
/// (`Unavailable`, tested in `tests/vault.rs`), or a Secret Service with no keyring (`NoResult`,
/// seen by hand); a locked gnome-keyring answers `IsLocked` when storing and no entry, or
/// `Locked`, when reading (tested). The error's text is dropped: it can name the account.
fn unavailable(e: keyring::Error) -> VaultError {
    let none_here = match &e {
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            matches!(format!("{inner:?}").as_str(), "Unavailable" | "NoResult")
        }
        _ => false,
    };
    if none_here {
        VaultError::NoKeychain
    } else {
        VaultError::KeychainUnavailable
    }
}
