//! What can go wrong with drafts, in words the family can act on.

use crate::error::Explain;

/// Why a draft could not be opened, saved or unlocked. No variant carries family text or paths.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The keychain could not be reached (no Secret Service, locked, or access refused).
    #[error("the keychain cannot be reached")]
    KeychainUnavailable,
    /// Drafts exist but the key that opens them is not in the keychain.
    #[error("drafts exist but their key is missing")]
    KeyMissing,
    /// The passphrase does not open the drafts.
    #[error("the passphrase does not open the drafts")]
    WrongPassphrase,
    /// The drafts are locked; unlock them first.
    #[error("the drafts are locked")]
    Locked,
    /// The file is not a Family Voice draft.
    #[error("not a Family Voice draft")]
    Foreign,
    /// A newer version of the app wrote this draft.
    #[error("written by a newer version (format {0})")]
    NewerVersion(u16),
    /// The file was changed or damaged after it was written, or another key wrote it.
    #[error("the draft is damaged or was written with another key")]
    Damaged,
    /// No draft has this id.
    #[error("no such draft")]
    NotFound,
    /// The disk is full.
    #[error("the disk is full")]
    DiskFull,
    /// The drafts folder cannot be written to.
    #[error("the drafts folder cannot be written to")]
    NotAllowed,
    /// Any other failure to read or write.
    #[error("a file could not be read or written ({0:?})")]
    Io(std::io::ErrorKind),
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull => VaultError::DiskFull,
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => VaultError::NotAllowed,
            std::io::ErrorKind::NotFound => VaultError::NotFound,
            kind => VaultError::Io(kind),
        }
    }
}

impl Explain for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::KeychainUnavailable => "vault.keychain-unavailable",
            VaultError::KeyMissing => "vault.key-missing",
            VaultError::WrongPassphrase => "vault.wrong-passphrase",
            VaultError::Locked => "vault.locked",
            VaultError::Foreign => "vault.foreign-file",
            VaultError::NewerVersion(_) => "vault.newer-version",
            VaultError::Damaged => "vault.damaged",
            VaultError::NotFound => "vault.not-found",
            VaultError::DiskFull => "vault.disk-full",
            VaultError::NotAllowed => "vault.not-allowed",
            VaultError::Io(_) => "vault.io",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            VaultError::KeychainUnavailable => "error-vault-keychain-unavailable",
            VaultError::KeyMissing => "error-vault-key-missing",
            VaultError::WrongPassphrase => "error-vault-wrong-passphrase",
            VaultError::Locked => "error-vault-locked",
            VaultError::Foreign => "error-vault-foreign-file",
            VaultError::NewerVersion(_) => "error-vault-newer-version",
            VaultError::Damaged => "error-vault-damaged",
            VaultError::NotFound => "error-vault-not-found",
            VaultError::DiskFull => "error-file-disk-full",
            VaultError::NotAllowed => "error-file-not-allowed",
            VaultError::Io(_) => "error-file-write-failed",
        }
    }
}
