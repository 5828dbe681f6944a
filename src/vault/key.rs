//! The data key and where it lives: the operating system's keychain (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows — never the kernel keyring alone, which is
//! wiped at reboot).

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::VaultError;

/// The keychain service name the key is filed under.
pub const KEYCHAIN_SERVICE: &str = "Family Voice";
const KEYCHAIN_USER: &str = "drafts-data-key";

/// The 256-bit key that encrypts every draft. Wiped from memory when dropped; prints as
/// `<redacted>` and cannot be serialized, so it cannot reach a log or the UI by accident.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

impl DataKey {
    /// A new random key.
    pub fn generate() -> Result<Self, VaultError> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|_| VaultError::Io(std::io::ErrorKind::Other))?;
        Ok(Self(key))
    }

    /// A key from its bytes (a test's fixture, or a key unwrapped from a passphrase file).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The key's bytes, for the cipher.
    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// The data key's entry in the operating system's keychain.
pub struct Keychain {
    entry: keyring::Entry,
}

impl Keychain {
    /// The entry for this installation's drafts. `account` lets tests use an entry of their own.
    pub fn new(account: Option<&str>) -> Result<Self, VaultError> {
        let entry = keyring::Entry::new(KEYCHAIN_SERVICE, account.unwrap_or(KEYCHAIN_USER)).map_err(unavailable)?;
        Ok(Self { entry })
    }

    /// The stored key, or `None` if the keychain has none.
    pub fn load(&self) -> Result<Option<DataKey>, VaultError> {
        match self.entry.get_secret() {
            Ok(mut secret) => {
                let key = <[u8; 32]>::try_from(secret.as_slice()).map(DataKey).map_err(|_| VaultError::KeyMissing);
                secret.zeroize();
                key.map(Some)
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Stores a key.
    pub fn store(&self, key: &DataKey) -> Result<(), VaultError> {
        self.entry.set_secret(key.bytes()).map_err(unavailable)
    }

    /// Removes the stored key (when the family chooses to start again).
    pub fn forget(&self) -> Result<(), VaultError> {
        match self.entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(_: keyring::Error) -> VaultError {
    VaultError::KeychainUnavailable
}
