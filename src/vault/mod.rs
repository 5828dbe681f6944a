//! The draft store: every draft encrypted at rest with a key the family never has to handle,
//! saved so that a crash, a full disk or a stray file never costs what they already wrote.
//!
//! - `format`: a draft file's bytes (header + XChaCha20-Poly1305), versioned, with migration.
//! - `draft`: what a draft holds (parent's contribution or child's journey) and its JSON payload.
//! - `secret`: the data key and passphrase newtypes (wiped, never printed, never serialized).
//! - `keyfile`: the key file in the folder (which key, proof of it, the passphrase wrap).
//! - `keychain`: where the key lives without a passphrase; `os_keychain`: the operating
//!   system's, through `keyring`.
//! - `store`: [`Vault`], which ties them together.
//!
//! One random 256-bit data key per installation, not per draft. The keychain then holds one
//! secret; "the key is missing" is one thing to explain, not one per draft; locking and
//! unlocking are one step for every draft; and the passphrase wraps one key. Per-draft keys
//! would make deleting a draft also destroy its key, but that only helps if the key lives
//! somewhere other than beside the file, i.e. one keychain entry (and, on macOS, possibly one
//! prompt) per draft. Nothing but the family's explicit "delete everything" destroys the key:
//! "start again" sets the old drafts and their key files aside, and a damaged key file is
//! repaired from its copy or from the keychain.
//!
//! Typical use by the shell:
//! ```no_run
//! use family_voice::vault::{DraftBody, KeySetup, OsKeychain, Vault};
//! # fn main() -> Result<(), family_voice::vault::VaultError> {
//! let mut vault = Vault::open("/path/to/app-data/drafts")?;
//! let keychain = OsKeychain::new();
//! match vault.key_setup()? {
//!     KeySetup::New => vault.set_up_with_keychain(&keychain)?, // or a passphrase if unavailable
//!     KeySetup::Keychain { .. } => vault.unlock_with_keychain(&keychain)?,
//!     KeySetup::Passphrase | KeySetup::Lost | KeySetup::Damaged => unimplemented!("ask the family"),
//! }
//! let mut draft =
//!     vault.create("Mum — initial conference", DraftBody::Parent(family_voice::Contribution::new("en-GB")))?;
//! vault.save(&mut draft)?;
//! vault.lock();
//! # Ok(())
//! # }
//! ```

mod draft;
mod error;
mod format;
mod keychain;
mod keyfile;
#[cfg(feature = "os-keychain")]
mod os_keychain;
mod secret;
mod store;

pub use crate::files::{FileFacts, FileOps, RealFiles};
pub use draft::{decode_draft, encode_draft, is_valid_id, seal_payload, Draft, DraftBody, DraftKind, DraftMeta};
pub use error::VaultError;
pub use format::{FORMAT_VERSION, HEADER_LEN, MAGIC, MAX_FILE_LEN, NONCE_LEN, TAG_LEN};
pub use keychain::{Fetched, Keychain, KEYCHAIN_SERVICE};
#[cfg(feature = "os-keychain")]
pub use os_keychain::OsKeychain;
pub use secret::{DataKey, Passphrase, RecoveryCode, KEY_LEN, MIN_PASSPHRASE_CHARS, RECOVERY_CODE_LEN};
pub use store::{FileNote, FolderLock, KeySetup, ListedDraft, Vault, SET_ASIDE_FOLDER};
