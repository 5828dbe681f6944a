//! The draft store: every draft encrypted on disk with a key kept in the operating system's
//! keychain (or wrapped by a passphrase), saved so that a crash, a full disk or a bad file never
//! costs the family what they already wrote.
//!
//! One data key per installation, not per draft: the keychain then holds one secret, a lost
//! keychain entry is one thing to explain, and locking or unlocking is one step for all drafts.

mod error;
mod key;
mod sealed;
mod store;

pub use crate::files::{FileOps, RealFiles};
pub use error::VaultError;
pub use key::{DataKey, Keychain, KEYCHAIN_SERVICE};
pub use sealed::{open_sealed, seal, FORMAT_VERSION, HEADER_LEN, MAGIC};
pub use store::{Draft, DraftBody, DraftKind, DraftMeta, Listed, Vault};
