//! Where the data key lives when no passphrase is asked for: a keychain, behind a trait so the
//! store's rules (never overwrite a key, a missing key is an error) can be tested without one,
//! and the operating system's ([`super::OsKeychain`]) tested against a real Secret Service.

use super::secret::DataKey;
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
