//! Where the data key lives when no passphrase is asked for: the operating system's keychain,
//! through the `keyring` crate. macOS Keychain, Windows Credential Manager, and on Linux the
//! Secret Service (GNOME Keyring, KWallet) over D-Bus in pure Rust (zbus). Never the Linux
//! kernel keyring alone: it is wiped at reboot, which would make every draft unreadable.
//!
//! Behind a trait so the store's rules (never overwrite a key, a missing key is an error) can
//! be tested without a keychain, and the real one tested against a real Secret Service.

use zeroize::Zeroize;

use super::secret::{DataKey, KEY_LEN};
use super::VaultError;

/// The keychain service name the app files its keys under.
pub const KEYCHAIN_SERVICE: &str = "Family Voice";

/// A store of secrets, one per account name.
pub trait Keychain: Send + Sync {
    /// The key filed under `account`, or `None` if there is none.
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError>;
    /// Files `key` under `account`.
    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError>;
    /// Removes the key filed under `account`; no key there is not an error.
    fn forget(&self, account: &str) -> Result<(), VaultError>;
}

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

/// The keychain's answers for some accounts, fetched once ahead: the shell asks the operating
/// system's keychain, which may put up its own password prompt for as long as the family takes,
/// without holding the drafts, so a passphrase can still be typed meanwhile. Accounts not
/// fetched, and every store or forget, go to the real keychain.
pub struct Fetched<'a> {
    answers: Vec<(String, Result<Option<DataKey>, VaultError>)>,
    keychain: &'a dyn Keychain,
}

impl<'a> Fetched<'a> {
    /// Asks `keychain` for each account now.
    pub fn ask(keychain: &'a dyn Keychain, accounts: &[String]) -> Self {
        let answers = accounts.iter().map(|account| (account.clone(), keychain.load(account))).collect();
        Self { answers, keychain }
    }
}

impl Keychain for Fetched<'_> {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        match self.answers.iter().find(|(known, _)| known == account) {
            Some((_, Ok(Some(key)))) => Ok(DataKey::from_slice(key.expose_secret())),
            Some((_, Ok(None))) => Ok(None),
            Some((_, Err(e))) => Err(e.clone()),
            None => self.keychain.load(account),
        }
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        self.keychain.store(account, key)
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        self.keychain.forget(account)
    }
}
