//! Everything that can go wrong with the drafts, each with a stable code and a message the family
//! can act on. No variant carries family text, a label or a path: an error may cross to the UI,
//! reach a log or be shown to someone else on a shared computer.

use fluent_bundle::FluentArgs;

use crate::error::Explain;

/// Why the drafts could not be set up, unlocked, listed, opened, saved or deleted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The operating system's keychain could not be reached: no Secret Service, a locked
    /// keyring, or access refused. The family can use a passphrase instead.
    #[error("the keychain cannot be reached")]
    KeychainUnavailable,
    /// This computer has no keychain the app can use at all (on Linux, no Secret Service):
    /// not something unlocking can mend, so the family uses a passphrase.
    #[error("there is no keychain on this computer")]
    NoKeychain,
    /// Drafts exist but the key that opens them is not in the keychain (or not the right one,
    /// or the record of it is gone). Never answered by making a new key: that would orphan them.
    #[error("drafts exist but the key that opens them is missing")]
    KeyMissing,
    /// Every copy of the record of the key (the key file) is damaged, and nothing on this
    /// computer could rebuild it. Told apart from [`VaultError::KeyMissing`]: the key itself may
    /// still be in the keychain or behind a passphrase.
    #[error("the record of the drafts' key is damaged")]
    KeyFileDamaged,
    /// A passphrase was offered, but none was ever set for these drafts.
    #[error("no passphrase has been set for these drafts")]
    NoPassphrase,
    /// The passphrase does not open the drafts.
    #[error("the passphrase does not open the drafts")]
    WrongPassphrase,
    /// The recovery code typed is not one, or does not open the drafts.
    #[error("the recovery code does not open the drafts")]
    WrongRecoveryCode,
    /// A new passphrase is too short to protect the drafts.
    #[error("the passphrase is too short")]
    PassphraseTooShort {
        /// The fewest characters a passphrase may have.
        min: usize,
    },
    /// The drafts already have a key; setting up again would orphan them.
    #[error("the drafts already have a key")]
    AlreadySetUp,
    /// The drafts folder has no key yet: set one up first.
    #[error("the drafts have no key yet")]
    NotSetUp,
    /// The drafts are locked: unlock them first.
    #[error("the drafts are locked")]
    Locked,
    /// No draft has this id (or it was deleted).
    #[error("no such draft")]
    NotFound,
    /// A draft needs a name to be listed by.
    #[error("the draft needs a name")]
    LabelMissing,
    /// A file in the drafts folder is not a Family Voice draft. It is left alone.
    #[error("not a Family Voice draft")]
    Foreign,
    /// A newer version of the app wrote this draft; this one cannot read it without losing
    /// something. It is left alone.
    #[error("written by a newer version of Family Voice")]
    NewerVersion,
    /// The file was changed or damaged after it was written.
    #[error("the draft is damaged")]
    Damaged,
    /// The draft is larger than any the app writes.
    #[error("the draft is too large")]
    TooLarge,
    /// The disk is full.
    #[error("the disk is full")]
    DiskFull,
    /// The drafts folder cannot be written to (read-only, or permission refused).
    #[error("the drafts folder cannot be written to")]
    ReadOnly,
    /// Any other failure to read or write the drafts folder, including a save whose check of
    /// what reached the disk failed. Only the kind of failure is kept: an io error's text can
    /// name folders.
    #[error("the drafts folder could not be read or written ({0:?})")]
    Storage(std::io::ErrorKind),
    /// The operating system gave no randomness for a key or nonce.
    #[error("no secure randomness is available")]
    RandomUnavailable,
    /// Something in the drafts folder has a draft's name but is not a file (a folder, a link,
    /// a pipe). It is never opened.
    #[error("not a file")]
    NotAFile,
    /// Another copy of the app holds the drafts folder.
    #[error("the drafts are open in another copy of Family Voice")]
    InUse,
    /// "Start again" was asked for while something on this computer still opens the drafts.
    #[error("the drafts can still be opened")]
    DraftsStillOpen,
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match e.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => VaultError::DiskFull,
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => VaultError::ReadOnly,
            ErrorKind::FileTooLarge => VaultError::TooLarge,
            kind => VaultError::Storage(kind),
        }
    }
}

impl Explain for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::KeychainUnavailable => "vault.keychain-unavailable",
            VaultError::KeyMissing => "vault.key-missing",
            VaultError::NoPassphrase => "vault.no-passphrase",
            VaultError::WrongPassphrase => "vault.wrong-passphrase",
            VaultError::WrongRecoveryCode => "vault.wrong-recovery-code",
            VaultError::PassphraseTooShort { .. } => "vault.passphrase-too-short",
            VaultError::AlreadySetUp => "vault.already-set-up",
            VaultError::NotSetUp => "vault.not-set-up",
            VaultError::Locked => "vault.locked",
            VaultError::NotFound => "vault.not-found",
            VaultError::LabelMissing => "vault.label-missing",
            VaultError::Foreign => "vault.foreign-file",
            VaultError::NewerVersion => "vault.newer-version",
            VaultError::Damaged => "vault.damaged",
            VaultError::TooLarge => "vault.too-large",
            VaultError::DiskFull => "vault.disk-full",
            VaultError::ReadOnly => "vault.read-only",
            VaultError::Storage(_) => "vault.storage-failed",
            VaultError::RandomUnavailable => "vault.random-unavailable",
            VaultError::NoKeychain => "vault.no-keychain",
            VaultError::DraftsStillOpen => "vault.drafts-still-open",
            VaultError::InUse => "vault.in-use",
            VaultError::NotAFile => "vault.not-a-file",
            VaultError::KeyFileDamaged => "vault.key-file-damaged",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            VaultError::KeychainUnavailable => "error-vault-keychain-unavailable",
            VaultError::KeyMissing => "error-vault-key-missing",
            VaultError::NoPassphrase => "error-vault-no-passphrase",
            VaultError::WrongPassphrase => "error-vault-wrong-passphrase",
            VaultError::WrongRecoveryCode => "error-vault-wrong-recovery-code",
            VaultError::PassphraseTooShort { .. } => "error-vault-passphrase-too-short",
            VaultError::AlreadySetUp => "error-vault-already-set-up",
            VaultError::NotSetUp => "error-vault-not-set-up",
            VaultError::Locked => "error-vault-locked",
            VaultError::NotFound => "error-vault-not-found",
            VaultError::LabelMissing => "error-vault-label-missing",
            VaultError::Foreign => "error-vault-foreign-file",
            VaultError::NewerVersion => "error-vault-newer-version",
            VaultError::Damaged => "error-vault-damaged",
            VaultError::TooLarge => "error-vault-too-large",
            VaultError::DiskFull => "error-vault-disk-full",
            VaultError::ReadOnly => "error-vault-read-only",
            VaultError::Storage(_) => "error-vault-storage-failed",
            VaultError::RandomUnavailable => "error-vault-random-unavailable",
            VaultError::NoKeychain => "error-vault-no-keychain",
            VaultError::DraftsStillOpen => "error-vault-drafts-still-open",
            VaultError::InUse => "error-vault-in-use",
            VaultError::NotAFile => "error-vault-not-a-file",
            VaultError::KeyFileDamaged => "error-vault-key-file-damaged",
        }
    }

    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        if let VaultError::PassphraseTooShort { min } = self {
            args.set("min", *min);
        }
        args
    }
}

impl VaultError {
    /// One of each variant, for tests that check every error has a message. A new variant
    /// that is not added here fails the `match` below at compile time.
    pub fn examples() -> Vec<VaultError> {
        let all = vec![
            VaultError::KeychainUnavailable,
            VaultError::KeyMissing,
            VaultError::NoPassphrase,
            VaultError::WrongPassphrase,
            VaultError::WrongRecoveryCode,
            VaultError::PassphraseTooShort { min: super::MIN_PASSPHRASE_CHARS },
            VaultError::AlreadySetUp,
            VaultError::NotSetUp,
            VaultError::Locked,
            VaultError::NotFound,
            VaultError::LabelMissing,
            VaultError::Foreign,
            VaultError::NewerVersion,
            VaultError::Damaged,
            VaultError::TooLarge,
            VaultError::DiskFull,
            VaultError::ReadOnly,
            VaultError::Storage(std::io::ErrorKind::Other),
            VaultError::RandomUnavailable,
            VaultError::NoKeychain,
            VaultError::KeyFileDamaged,
            VaultError::NotAFile,
            VaultError::InUse,
            VaultError::DraftsStillOpen,
        ];
        for e in &all {
            match e {
                VaultError::KeychainUnavailable
                | VaultError::KeyMissing
                | VaultError::NoPassphrase
                | VaultError::WrongPassphrase
                | VaultError::WrongRecoveryCode
                | VaultError::PassphraseTooShort { .. }
                | VaultError::AlreadySetUp
                | VaultError::NotSetUp
                | VaultError::Locked
                | VaultError::NotFound
                | VaultError::LabelMissing
                | VaultError::Foreign
                | VaultError::NewerVersion
                | VaultError::Damaged
                | VaultError::TooLarge
                | VaultError::DiskFull
                | VaultError::ReadOnly
                | VaultError::Storage(_)
                | VaultError::RandomUnavailable
                | VaultError::NoKeychain
                | VaultError::KeyFileDamaged
                | VaultError::NotAFile
                | VaultError::InUse
                | VaultError::DraftsStillOpen => {}
            }
        }
        all
    }
}
