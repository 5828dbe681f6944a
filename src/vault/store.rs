//! The drafts folder: one encrypted file per draft, the key files, and the rules that keep them
//! safe: nothing is readable without the key, a save never leaves neither version, a damaged
//! record of the key is repaired from its copy or from the keychain, and nothing that might
//! still open is ever deleted except by the family's explicit "delete everything".
//!
//! Files, all created owner-only (0600, in a 0700 folder on Unix):
//! - `<id>.draft`: the current version of a draft;
//! - `<id>.draft.bak`: the version before, kept only while a save is being proven;
//! - `.<id>.draft.tmp`: a save being written;
//! - `vault.key` and `vault.key.copy` (+ `.bak`, `.tmp` the same way): see `keyfile.rs`;
//! - `set-aside/<when>/`: files moved out of the way (a save a crash left that is older than the
//!   draft or not whole, and every file "start again" replaced), never deleted;
//! - `.lock`: held by the one app that uses the folder (see [`FolderLock`]).
//!
//! A save writes the temp file and syncs it, moves the current file to the backup, renames the
//! temp file into place, syncs the folder, reads the new file back and decrypts it, and only
//! then removes the backup. A crash or failure at any step leaves the current file or the
//! backup holding the old version or the new one, and loading falls back to the backup. A temp
//! file that a crash left complete, and newer than the draft, becomes the draft at the next
//! unlock.

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::draft::{decode_draft, encode_draft, is_valid_id, new_id, Draft, DraftBody, DraftMeta};
use super::format::MAX_FILE_LEN;
use super::keychain::Keychain;
use super::keyfile::{KeyFile, ID_LEN, KEY_COPY_NAME, KEY_FILE_NAME};
use super::secret::{DataKey, Passphrase, RecoveryCode};
use super::VaultError;
use crate::files::{FileFacts, FileOps, RealFiles};

const DRAFT_SUFFIX: &str = ".draft";
const BACKUP_SUFFIX: &str = ".bak";
const TEMP_SUFFIX: &str = ".tmp";
/// The key file is a few hundred bytes; anything much larger is not one.
const MAX_KEY_FILE_LEN: u64 = 4096;
/// Where files the app will not use but must not delete are kept, inside the drafts folder.
pub const SET_ASIDE_FOLDER: &str = "set-aside";
const LOCK_FILE: &str = ".lock";

/// How the drafts in a folder are opened: what the start screen asks before it can list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum KeySetup {
    /// No key and no drafts: the first start. Set up with the keychain, or a passphrase if the
    /// keychain cannot be reached.
    New,
    /// The keychain holds the key; unlock silently. `passphrase` says whether a passphrase
    /// can open the drafts too (when the keychain cannot).
    Keychain {
        /// Whether a passphrase was set as well.
        passphrase: bool,
    },
    /// Only the passphrase opens the drafts.
    Passphrase,
    /// Drafts exist but there is no record of their key: they cannot be opened here.
    Lost,
    /// Every copy of the record of the key is damaged. The keychain may still hold the key
    /// (the drafts then prove it, and the record is rebuilt); never a reason to start again
    /// silently.
    Damaged,
}

/// What is known of a file that does not open, so a family (or whoever helps them) can tell
/// one from another: its name, size and when it last changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileNote {
    /// The file's name in the drafts folder.
    pub name: String,
    /// Its size in bytes (0 for something that is not a file).
    pub size: u64,
    /// When it last changed, if the system says.
    pub modified: Option<DateTime<Utc>>,
}

/// A draft as the start screen lists it: readable, or the reason it is not. One bad file
/// never stops the others being listed.
#[derive(Debug)]
pub enum ListedDraft {
    /// A draft that opens.
    Ready(DraftMeta),
    /// A file in the folder that does not open.
    Unreadable {
        /// The file's name without `.draft`: the draft's id, or the name of a foreign file.
        id: String,
        /// Which file, how large, and when it changed.
        file: FileNote,
        /// Why it does not open.
        error: VaultError,
    },
}

/// The drafts folder held by one process: while a [`FolderLock`] is alive, another one on the
/// same folder (in this process or any other) is refused with [`VaultError::InUse`], so two
/// copies of the app never write the same drafts or make two keys at a first start.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Takes the folder (creating it, owner-only), or says another app holds it.
    pub fn take(folder: impl AsRef<Path>) -> Result<Self, VaultError> {
        let folder = folder.as_ref();
        RealFiles.create_dir(folder)?;
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(folder.join(LOCK_FILE))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(VaultError::InUse),
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }
}

/// The drafts folder, with the data key in memory while unlocked.
///
/// One `Vault` per folder per process: the shell keeps it behind a mutex; mutating calls take
/// `&mut self` so two saves of one draft can never interleave.
pub struct Vault {
    folder: PathBuf,
    files: Arc<dyn FileOps>,
    key: Option<DataKey>,
}

impl std::fmt::Debug for Vault {
    /// No folder: its path can carry the family's user name.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("locked", &self.key.is_none()).finish_non_exhaustive()
    }
}

/// What the key files in the folder hold: every copy that reads (first copy first), the
/// installation ids of copies too damaged to read, and whether any key file is there at all.
#[derive(Default)]
struct KeyRecords {
    files: Vec<KeyFile>,
    salvaged: Vec<[u8; ID_LEN]>,
    present: bool,
    newer: bool,
}

impl KeyRecords {
    /// Every installation id, once each, readable copies first: the keychain accounts to ask.
    fn install_ids(&self) -> Vec<[u8; ID_LEN]> {
        let mut ids = Vec::new();
        for id in self.files.iter().map(KeyFile::install_id).chain(self.salvaged.iter().copied()) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

impl Vault {
    /// Opens the drafts folder (creating it, owner-only), locked. Pass a folder of its own,
    /// such as `<app data dir>/drafts`: the store tightens its permissions, and "delete
    /// everything" removes it whole. The app holds a [`FolderLock`] on it first.
    pub fn open(folder: impl AsRef<Path>) -> Result<Self, VaultError> {
        Self::open_with(folder, Arc::new(RealFiles))
    }

    /// Like [`Vault::open`], with the file operations given (tests make them fail).
    pub fn open_with(folder: impl AsRef<Path>, files: Arc<dyn FileOps>) -> Result<Self, VaultError> {
        let folder = folder.as_ref().to_owned();
        files.create_dir(&folder)?;
        Ok(Self { folder, files, key: None })
    }

    /// The folder the drafts are in.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// How these drafts are opened. A key file from a newer version is an error (update the
    /// app), not `Lost`: starting again would set aside drafts that a newer app can open.
    pub fn key_setup(&self) -> Result<KeySetup, VaultError> {
        let records = self.key_records()?;
        if records.files.is_empty() {
            if records.newer {
                return Err(VaultError::NewerVersion);
            }
            if records.present {
                return Ok(KeySetup::Damaged);
            }
            return Ok(if self.has_draft_files()? { KeySetup::Lost } else { KeySetup::New });
        }
        let passphrase = records.files.iter().any(KeyFile::has_passphrase);
        if records.files.iter().any(KeyFile::in_keychain) {
            Ok(KeySetup::Keychain { passphrase })
        } else {
            Ok(KeySetup::Passphrase)
        }
    }

    /// The keychain accounts that may hold these drafts' key, to ask ahead (see
    /// [`super::Fetched`]); none while unlocked, or where no key file says the keychain is used.
    pub fn keychain_accounts(&self) -> Vec<String> {
        match self.key_records() {
            Ok(records)
                if self.key.is_none()
                    && (records.files.is_empty() || records.files.iter().any(KeyFile::in_keychain)) =>
            {
                records.install_ids().iter().map(KeyFile::account_of).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Whether the key is out of memory.
    pub fn is_locked(&self) -> bool {
        self.key.is_none()
    }

    /// Forgets the key (wiping it from memory). Every draft call fails with
    /// [`VaultError::Locked`] until an unlock.
    pub fn lock(&mut self) {
        self.key = None;
    }

    /// First start: makes a new random key, files it in the keychain, and unlocks. Refused if
    /// the folder already has a key, or has drafts whose key is lost: a new key must never
    /// silently replace one that opens existing drafts.
    pub fn set_up_with_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        self.check_new()?;
        let key = DataKey::generate()?;
        let file = KeyFile::new(&key, true, None, None)?;
        let account = file.account();
        store_and_check(keychain, &account, &key)?;
        if let Err(e) = self.write_key_file(&file) {
            if !self.key_file_landed(&account) {
                let _ = keychain.forget(&account);
                return Err(e);
            }
        }
        self.key = Some(key);
        Ok(())
    }

    /// First start asking for a passphrase every time: makes a new random key, wraps it with the
    /// passphrase (and the recovery code, if given), and unlocks. The keychain never sees it.
    /// Refused like [`Vault::set_up_with_keychain`].
    pub fn set_up_with_passphrase(
        &mut self,
        passphrase: &Passphrase,
        recovery: Option<&RecoveryCode>,
    ) -> Result<(), VaultError> {
        self.check_new()?;
        let key = DataKey::generate()?;
        let file = KeyFile::new(&key, false, Some(passphrase), recovery)?;
        if let Err(e) = self.write_key_file(&file) {
            if !self.key_file_landed(&file.account()) {
                return Err(e);
            }
        }
        self.key = Some(key);
        Ok(())
    }

    /// Unlocks with the key in the keychain, after proving it is the key of these drafts: by
    /// a copy of the key file's check, or, when every copy is damaged, by opening a draft. A
    /// damaged copy is then written again from the good one.
    pub fn unlock_with_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        let records = self.records_for_unlock()?;
        let (key, file) = self.keychain_key(&records, keychain)?;
        self.accept(key, &records, file);
        Ok(())
    }

    /// Unlocks with the passphrase, trying each readable copy of the key file.
    pub fn unlock_with_passphrase(&mut self, passphrase: &Passphrase) -> Result<(), VaultError> {
        self.unlock_with_wrap(VaultError::NoPassphrase, KeyFile::has_passphrase, |file| file.unwrap_key(passphrase))
    }

    /// Unlocks with a wrap of the key (the passphrase's or the recovery code's), trying each
    /// readable copy of the key file that has one; `none` when no copy has.
    fn unlock_with_wrap(
        &mut self,
        none: VaultError,
        has: impl Fn(&KeyFile) -> bool,
        unwrap: impl Fn(&KeyFile) -> Result<DataKey, VaultError>,
    ) -> Result<(), VaultError> {
        let records = self.records_for_unlock()?;
        let mut outcome = Err(none);
        for file in records.files.iter().filter(|f| has(f)) {
            match unwrap(file) {
                Ok(key) => {
                    // The wrap's tag already proved the secret and the installation; a check
                    // that fails was itself damaged, and is sealed again.
                    let file = if file.verify(&key).is_ok() { file.clone() } else { file.resealed(&key)? };
                    self.accept(key, &records, file);
                    return Ok(());
                }
                Err(e) => outcome = Err(e),
            }
        }
        outcome
    }

    /// Sets (or changes) a passphrase that opens the drafts, as well as or instead of the
    /// keychain, with a new recovery code if one is given (else any old one stays). Needs the
    /// drafts unlocked.
    pub fn set_passphrase(
        &mut self,
        passphrase: &Passphrase,
        recovery: Option<&RecoveryCode>,
    ) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let file = self.current_key_file(key)?;
        let updated = file.with_passphrase(key, passphrase, recovery)?;
        self.write_key_file(&updated)
    }

    /// Unlocks with the recovery code from the sheet, for a family that forgot the passphrase
    /// (who then choose a new one with [`Vault::set_passphrase`]).
    pub fn unlock_with_recovery(&mut self, code: &RecoveryCode) -> Result<(), VaultError> {
        self.unlock_with_wrap(VaultError::WrongRecoveryCode, KeyFile::has_recovery, |file| file.unwrap_recovery(code))
    }

    /// Whether a recovery code can open these drafts (the locked screen then offers it).
    pub fn has_recovery(&self) -> bool {
        self.key_records().is_ok_and(|records| records.files.iter().any(KeyFile::has_recovery))
    }

    /// Files the key in the keychain (again), so the drafts unlock without the passphrase:
    /// after a passphrase-only start once the keychain works, or after its entry was lost.
    /// Needs the drafts unlocked.
    pub fn use_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let file = self.current_key_file(key)?;
        store_and_check(keychain, &file.account(), key)?;
        if !file.in_keychain() {
            self.write_key_file(&file.with_keychain(key)?)?;
        }
        Ok(())
    }

    /// Stops keeping the key in the keychain, so that only the passphrase opens the drafts: the
    /// family's choice on a computer that others use, as any program running as the same user
    /// can read the keychain. Needs the drafts unlocked and a passphrase set (else
    /// [`VaultError::NoPassphrase`], and nothing changes). The key file is written first, then
    /// the entry forgotten: if forgetting fails, the drafts already need the passphrase, and the
    /// error says the keychain may still hold a copy.
    pub fn stop_using_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let file = self.current_key_file(key)?;
        if !file.has_passphrase() {
            return Err(VaultError::NoPassphrase);
        }
        if file.in_keychain() {
            self.write_key_file(&file.without_keychain(key)?)?;
        }
        keychain.forget(&file.account())
    }

    /// The way out when nothing on this computer opens the drafts: every file of theirs (the
    /// drafts, their backups and the key files) is moved to a dated folder under
    /// [`SET_ASIDE_FOLDER`], where a passphrase remembered later, or a keychain that comes
    /// back, can still open them; the folder is then [`KeySetup::New`]. Refused with
    /// [`VaultError::DraftsStillOpen`] while the drafts are unlocked or the keychain holds a key
    /// that opens them. Never deletes a file, and never touches the keychain. Returns where
    /// the files went, if there were any.
    pub fn start_again(&mut self, keychain: Option<&dyn Keychain>) -> Result<Option<PathBuf>, VaultError> {
        if self.key.is_some() {
            return Err(VaultError::DraftsStillOpen);
        }
        if let Some(keychain) = keychain {
            let records = self.key_records()?;
            if self.keychain_key(&records, keychain).is_ok() {
                return Err(VaultError::DraftsStillOpen);
            }
        }
        let names: Vec<String> = self.names()?.into_iter().filter(|name| is_drafts_file(name)).collect();
        self.set_aside(&names)
    }

    /// "Delete everything from this computer": forgets the key in the keychain (for this
    /// installation and any set aside), then removes the whole drafts folder, set-aside files
    /// included. Refused, with nothing deleted, if the keychain cannot be reached while it holds,
    /// or may hold, this installation's key, so no key is ever left behind without the family
    /// knowing. A computer with no keychain at all has nothing in one to forget.
    pub fn erase_everything(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        self.key = None;
        let records = self.key_records()?;
        let passphrase_only = |id: &[u8; ID_LEN]| {
            records.files.iter().filter(|f| f.install_id() == *id).all(|f| !f.in_keychain())
                && !records.salvaged.contains(id)
        };
        for id in records.install_ids() {
            match keychain.forget(&KeyFile::account_of(&id)) {
                Ok(()) | Err(VaultError::NoKeychain) => {}
                Err(_) if passphrase_only(&id) => {}
                Err(e) => return Err(e),
            }
        }
        for id in self.set_aside_install_ids() {
            let _ = keychain.forget(&KeyFile::account_of(&id));
        }
        match self.files.remove_tree(&self.folder) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    /// Starts a new draft and saves it.
    pub fn create(&mut self, label: &str, body: DraftBody) -> Result<Draft, VaultError> {
        self.key()?;
        let label = clean_label(label)?;
        let now = Utc::now();
        let meta = DraftMeta { id: new_id()?, label, kind: body.kind(), created: now, updated: now };
        let draft = Draft { meta, body };
        self.write_draft(&draft)?;
        Ok(draft)
    }

    /// Every draft in the folder, most recently saved first, then the files that do not open.
    pub fn list(&self) -> Result<Vec<ListedDraft>, VaultError> {
        self.key()?;
        let backup = format!("{DRAFT_SUFFIX}{BACKUP_SUFFIX}");
        let names = self.names()?;
        let ids: BTreeSet<String> = names
            .iter()
            .filter(|name| !name.starts_with('.'))
            .filter_map(|name| {
                name.strip_suffix(DRAFT_SUFFIX).or_else(|| name.strip_suffix(backup.as_str())).map(str::to_owned)
            })
            .collect();
        let mut listed: Vec<ListedDraft> = ids
            .into_iter()
            .map(|id| {
                let error = if is_valid_id(&id) {
                    match self.load(&id) {
                        Ok(draft) => return ListedDraft::Ready(draft.meta),
                        Err(error) => error,
                    }
                } else {
                    VaultError::Foreign
                };
                let name = if names.contains(&draft_name(&id)) {
                    draft_name(&id)
                } else {
                    format!("{}{BACKUP_SUFFIX}", draft_name(&id))
                };
                ListedDraft::Unreadable { file: self.note(&name), id, error }
            })
            .collect();
        listed.sort_by(|a, b| match (a, b) {
            (ListedDraft::Ready(a), ListedDraft::Ready(b)) => b.updated.cmp(&a.updated),
            (ListedDraft::Ready(_), ListedDraft::Unreadable { .. }) => std::cmp::Ordering::Less,
            (ListedDraft::Unreadable { .. }, ListedDraft::Ready(_)) => std::cmp::Ordering::Greater,
            (ListedDraft::Unreadable { id: a, .. }, ListedDraft::Unreadable { id: b, .. }) => a.cmp(b),
        });
        Ok(listed)
    }

    /// Opens a draft: the current file, or the backup a crash or failed save left.
    pub fn load(&self, id: &str) -> Result<Draft, VaultError> {
        let key = self.key()?;
        if !is_valid_id(id) {
            return Err(VaultError::NotFound);
        }
        let current = self.read_draft_file(key, id, &draft_name(id));
        match current {
            Ok(draft) => Ok(draft),
            Err(first) => match self.read_draft_file(key, id, &format!("{}{BACKUP_SUFFIX}", draft_name(id))) {
                Ok(draft) => Ok(draft),
                Err(second) if first == VaultError::NotFound => Err(second),
                Err(_) => Err(first),
            },
        }
    }

    /// Saves a draft durably and stamps its `updated` time. On any error the version saved
    /// before still opens. A draft that was deleted is not brought back by a late autosave.
    pub fn save(&mut self, draft: &mut Draft) -> Result<(), VaultError> {
        self.key()?;
        let id = draft.meta.id.clone();
        if !is_valid_id(&id) {
            return Err(VaultError::NotFound);
        }
        let name = draft_name(&id);
        let exists = self.files.exists(&self.folder.join(&name))?
            || self.files.exists(&self.folder.join(format!("{name}{BACKUP_SUFFIX}")))?;
        if !exists {
            return Err(VaultError::NotFound);
        }
        draft.meta.label = clean_label(&draft.meta.label)?;
        draft.meta.kind = draft.body.kind();
        draft.meta.updated = Utc::now();
        self.write_draft(draft)
    }

    /// Gives a draft a new name.
    pub fn rename(&mut self, id: &str, label: &str) -> Result<DraftMeta, VaultError> {
        let mut draft = self.load(id)?;
        draft.meta.label = clean_label(label)?;
        self.save(&mut draft)?;
        Ok(draft.meta)
    }

    /// Deletes a draft with its backup and any half-written save: nothing of it stays in the
    /// folder.
    pub fn delete(&mut self, id: &str) -> Result<(), VaultError> {
        self.key()?;
        if !is_valid_id(id) {
            return Err(VaultError::NotFound);
        }
        let mut found = false;
        for name in family_of(&draft_name(id)) {
            found |= self.remove_if_present(&self.folder.join(name))?;
        }
        self.files.sync_dir(&self.folder)?;
        if found {
            Ok(())
        } else {
            Err(VaultError::NotFound)
        }
    }

    fn key(&self) -> Result<&DataKey, VaultError> {
        self.key.as_ref().ok_or(VaultError::Locked)
    }

    fn check_new(&self) -> Result<(), VaultError> {
        match self.key_setup()? {
            KeySetup::New => Ok(()),
            KeySetup::Lost => Err(VaultError::KeyMissing),
            KeySetup::Damaged => Err(VaultError::KeyFileDamaged),
            KeySetup::Keychain { .. } | KeySetup::Passphrase => Err(VaultError::AlreadySetUp),
        }
    }

    /// Whether a key file write that reported a failure put the new file in place anyway (it
    /// failed after the rename, e.g. in the folder sync): then the set-up stands, and undoing
    /// it would leave a key file whose key is nowhere.
    fn key_file_landed(&self, account: &str) -> bool {
        self.key_records().is_ok_and(|records| records.files.first().is_some_and(|file| file.account() == account))
    }

    /// The key records, or why there is nothing to unlock.
    fn records_for_unlock(&self) -> Result<KeyRecords, VaultError> {
        let records = self.key_records()?;
        if records.files.is_empty() && records.salvaged.is_empty() {
            if records.newer {
                return Err(VaultError::NewerVersion);
            }
            if records.present {
                return Err(VaultError::KeyFileDamaged);
            }
            return Err(if self.has_draft_files()? { VaultError::KeyMissing } else { VaultError::NotSetUp });
        }
        Ok(records)
    }

    /// The key the keychain holds for these drafts, proven, with the key file to keep: asks
    /// for every installation id the key files name (a damaged copy can name a wrong one). A
    /// copy the key verifies is kept as it is; only when none does is the key proven by opening
    /// a draft, and the record sealed again.
    fn keychain_key(&self, records: &KeyRecords, keychain: &dyn Keychain) -> Result<(DataKey, KeyFile), VaultError> {
        if !records.files.is_empty() && !records.files.iter().any(KeyFile::in_keychain) {
            return Err(VaultError::KeyMissing);
        }
        let mut outcome =
            Err(if records.files.is_empty() { VaultError::KeyFileDamaged } else { VaultError::KeyMissing });
        for id in records.install_ids() {
            let key = match keychain.load(&KeyFile::account_of(&id)) {
                Ok(Some(key)) => key,
                Ok(None) => continue,
                Err(e) => {
                    outcome = Err(e);
                    continue;
                }
            };
            let mut copies = records.files.iter().filter(|file| file.install_id() == id);
            if let Some(file) = copies.clone().find(|file| file.verify(&key).is_ok()) {
                return Ok((key, file.clone()));
            }
            let first = copies.next();
            if self.opens_a_draft(&key)? || (first.is_none() && !self.has_draft_files()?) {
                let file = match first {
                    Some(file) => file.with_keychain(&key)?,
                    None => KeyFile::rebuilt(id, &key)?,
                };
                return Ok((key, file));
            }
        }
        outcome
    }

    /// Takes a proven key: the record of it is written again wherever a copy differs (a
    /// damaged or missing copy), and a save a crash left whole and newer becomes the draft.
    /// Both are best effort: the drafts open either way, and the next unlock tries again.
    fn accept(&mut self, key: DataKey, records: &KeyRecords, file: KeyFile) {
        let bytes = file.to_bytes();
        let whole = records.salvaged.is_empty()
            && [KEY_FILE_NAME, KEY_COPY_NAME]
                .iter()
                .all(|name| self.read_file(name, MAX_KEY_FILE_LEN).is_ok_and(|b| b == bytes));
        if !whole {
            let _ = self.write_key_file(&file);
        }
        self.key = Some(key);
        let _ = self.recover_saves();
    }

    /// The readable key file that the key in memory proves.
    fn current_key_file(&self, key: &DataKey) -> Result<KeyFile, VaultError> {
        let records = self.key_records()?;
        match records.files.iter().find(|file| file.verify(key).is_ok()) {
            Some(file) => Ok(file.clone()),
            None => Err(VaultError::KeyFileDamaged),
        }
    }

    /// Reads every copy of the key file, the first copy first.
    fn key_records(&self) -> Result<KeyRecords, VaultError> {
        let mut records = KeyRecords::default();
        for base in [KEY_FILE_NAME, KEY_COPY_NAME] {
            for name in [base.to_owned(), format!("{base}{BACKUP_SUFFIX}")] {
                let bytes = match self.read_file(&name, MAX_KEY_FILE_LEN) {
                    Ok(bytes) => bytes,
                    Err(VaultError::NotFound) => continue,
                    Err(VaultError::TooLarge | VaultError::NotAFile) => {
                        records.present = true;
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                records.present = true;
                match KeyFile::parse(&bytes) {
                    Ok(file) => {
                        if !records.files.iter().any(|known| known.to_bytes() == bytes) {
                            records.files.push(file);
                        }
                    }
                    Err(VaultError::NewerVersion) => records.newer = true,
                    Err(_) => {
                        if let Some(id) = KeyFile::salvage_install_id(&bytes) {
                            if !records.salvaged.contains(&id) {
                                records.salvaged.push(id);
                            }
                        }
                    }
                }
            }
        }
        Ok(records)
    }

    /// Writes both copies of the key file, the first copy first, so that after a crash between
    /// the two the first is never older than the second.
    fn write_key_file(&self, file: &KeyFile) -> Result<(), VaultError> {
        let bytes = file.to_bytes();
        for name in [KEY_FILE_NAME, KEY_COPY_NAME] {
            self.replace_durably(name, &bytes, &|written| KeyFile::parse(written).map(|_| ()))?;
        }
        Ok(())
    }

    /// The installation ids of key files set aside by "start again", so that "delete
    /// everything" forgets their keys too.
    fn set_aside_install_ids(&self) -> Vec<[u8; ID_LEN]> {
        let root = self.folder.join(SET_ASIDE_FOLDER);
        let mut ids = Vec::new();
        for when in self.files.list(&root).unwrap_or_default() {
            for name in [KEY_FILE_NAME, KEY_COPY_NAME] {
                let path = root.join(&when).join(name);
                if let Ok(bytes) = self.files.read(&path, MAX_KEY_FILE_LEN) {
                    if let Some(id) = KeyFile::salvage_install_id(&bytes).filter(|id| !ids.contains(id)) {
                        ids.push(id);
                    }
                }
            }
        }
        ids
    }

    /// Whether any draft file in the folder opens with `key`.
    fn opens_a_draft(&self, key: &DataKey) -> Result<bool, VaultError> {
        let backup = format!("{DRAFT_SUFFIX}{BACKUP_SUFFIX}");
        for name in self.names()? {
            let id = name.strip_suffix(DRAFT_SUFFIX).or_else(|| name.strip_suffix(backup.as_str()));
            if let Some(id) = id.filter(|id| is_valid_id(id)) {
                if self.read_draft_file(key, id, &name).is_ok() {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// Whether any draft of the app's own (by its id-shaped name) is in the folder.
    fn has_draft_files(&self) -> Result<bool, VaultError> {
        let backup = format!("{DRAFT_SUFFIX}{BACKUP_SUFFIX}");
        Ok(self
            .names()?
            .iter()
            .any(|n| n.strip_suffix(DRAFT_SUFFIX).or_else(|| n.strip_suffix(backup.as_str())).is_some_and(is_valid_id)))
    }

    /// Saves a crash left behind (`.<id>.draft.tmp`): one that opens with the key and is newer
    /// than its draft becomes the draft; any other is set aside, never loaded, never deleted.
    fn recover_saves(&self) -> Result<(), VaultError> {
        let key = self.key()?;
        let mut leftovers = Vec::new();
        for name in self.names()? {
            let Some(id) = name.strip_prefix('.').and_then(|n| n.strip_suffix(&format!("{DRAFT_SUFFIX}{TEMP_SUFFIX}")))
            else {
                continue;
            };
            if !is_valid_id(id) {
                continue;
            }
            let newer = match self.read_draft_file(key, id, &name) {
                Ok(saved) => self.load(id).map_or(true, |current| saved.meta.updated > current.meta.updated),
                Err(_) => false,
            };
            if newer {
                let [target, backup, temp] = family_of(&draft_name(id)).map(|n| self.folder.join(n));
                self.install(&target, &backup, &temp, &|written| {
                    decode_draft(key, written)
                        .and_then(|d| if d.meta.id == id { Ok(()) } else { Err(VaultError::Damaged) })
                })?;
            } else {
                leftovers.push(name);
            }
        }
        self.set_aside(&leftovers).map(drop)
    }

    /// Moves files of the folder into a new dated folder under [`SET_ASIDE_FOLDER`].
    fn set_aside(&self, names: &[String]) -> Result<Option<PathBuf>, VaultError> {
        if names.is_empty() {
            return Ok(None);
        }
        let root = self.folder.join(SET_ASIDE_FOLDER);
        let stamp = Utc::now().format("%Y-%m-%d-%H%M%S").to_string();
        let mut place = root.join(&stamp);
        let mut n = 2;
        while self.files.exists(&place)? {
            place = root.join(format!("{stamp}-{n}"));
            n += 1;
        }
        self.files.create_dir(&place)?;
        for name in names {
            self.files.rename(&self.folder.join(name), &place.join(name))?;
        }
        self.files.sync_dir(&place)?;
        self.files.sync_dir(&self.folder)?;
        Ok(Some(place))
    }

    /// Name, size and time of a file in the folder, for the list of files that do not open.
    fn note(&self, name: &str) -> FileNote {
        let facts =
            self.files.facts(&self.folder.join(name)).unwrap_or(FileFacts { is_file: false, size: 0, modified: None });
        FileNote { name: name.to_owned(), size: facts.size, modified: facts.modified.map(DateTime::<Utc>::from) }
    }

    fn read_draft_file(&self, key: &DataKey, id: &str, name: &str) -> Result<Draft, VaultError> {
        let bytes = self.read_file(name, MAX_FILE_LEN)?;
        let draft = decode_draft(key, &bytes)?;
        // The id inside is authenticated: a file copied or renamed to another id is refused, so
        // saving one draft can never overwrite another.
        if draft.meta.id != id {
            return Err(VaultError::Damaged);
        }
        Ok(draft)
    }

    fn write_draft(&self, draft: &Draft) -> Result<(), VaultError> {
        let key = self.key()?;
        let bytes = encode_draft(key, draft)?;
        let id = &draft.meta.id;
        self.replace_durably(&draft_name(id), &bytes, &|written| decode_draft(key, written).map(|_| ()))
    }

    /// Reads a regular file in the folder, refusing one longer than `limit`. Anything else
    /// with the name (a folder, a link, a pipe that would wait for ever) is never opened.
    fn read_file(&self, name: &str, limit: u64) -> Result<Vec<u8>, VaultError> {
        let path = self.folder.join(name);
        match self.files.facts(&path) {
            Ok(facts) if !facts.is_file => return Err(VaultError::NotAFile),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(VaultError::NotFound),
            _ => {}
        }
        match self.files.read(&path, limit) {
            Ok(bytes) if bytes.len() as u64 > limit => Err(VaultError::TooLarge),
            Ok(bytes) => Ok(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(VaultError::NotFound),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => Err(VaultError::NotAFile),
            Err(e) => Err(e.into()),
        }
    }

    /// The save protocol (see the module docs). `check` proves the bytes read back are usable.
    fn replace_durably(
        &self,
        name: &str,
        bytes: &[u8],
        check: &dyn Fn(&[u8]) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        let [target, backup, temp] = family_of(name).map(|n| self.folder.join(n));
        // A temp file left by a crash was recovered or set aside at unlock; one still here holds
        // a save older than this one.
        self.remove_if_present(&temp)?;
        let result = self.files.write_new(&temp, bytes).map_err(VaultError::from).and_then(|()| {
            self.install(&target, &backup, &temp, &|written| {
                if written != bytes {
                    return Err(VaultError::Storage(std::io::ErrorKind::InvalidData));
                }
                check(written)
            })
        });
        if result.is_err() {
            let _ = self.files.remove(&temp);
        }
        result
    }

    /// Puts a complete temp file in place of the target, keeping the target as the backup
    /// until the new file is read back and proven by `check`.
    fn install(
        &self,
        target: &Path,
        backup: &Path,
        temp: &Path,
        check: &dyn Fn(&[u8]) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        let had_current = self.files.exists(target)?;
        if had_current {
            self.files.rename(target, backup)?;
        }
        if let Err(e) = self.files.rename(temp, target) {
            if had_current {
                // Put the old version back under its own name; loading finds the backup anyway
                // if this fails too.
                let _ = self.files.rename(backup, target);
            }
            return Err(e.into());
        }
        self.files.sync_dir(&self.folder)?;
        let written = self.files.read(target, MAX_FILE_LEN)?;
        if check(&written).is_err() {
            return Err(VaultError::Storage(std::io::ErrorKind::InvalidData));
        }
        if self.remove_if_present(backup)? {
            self.files.sync_dir(&self.folder)?;
        }
        Ok(())
    }

    /// Removes a file; `true` if it was there.
    fn remove_if_present(&self, path: &Path) -> Result<bool, VaultError> {
        match self.files.remove(path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The UTF-8 names in the folder; others are not the app's.
    fn names(&self) -> Result<Vec<String>, VaultError> {
        Ok(self.files.list(&self.folder)?.into_iter().filter_map(|n| n.into_string().ok()).collect())
    }
}

/// Files the key and reads it back, so no draft is ever encrypted under a key the keychain
/// did not really keep.
fn store_and_check(keychain: &dyn Keychain, account: &str, key: &DataKey) -> Result<(), VaultError> {
    keychain.store(account, key)?;
    match keychain.load(account) {
        Ok(Some(stored)) if stored.expose_secret() == key.expose_secret() => Ok(()),
        Ok(_) => Err(VaultError::KeychainUnavailable),
        Err(e) => Err(e),
    }
}

fn draft_name(id: &str) -> String {
    format!("{id}{DRAFT_SUFFIX}")
}

/// A file's name, its backup's and its temp file's.
fn family_of(name: &str) -> [String; 3] {
    [name.to_owned(), format!("{name}{BACKUP_SUFFIX}"), format!(".{name}{TEMP_SUFFIX}")]
}

/// Whether a name in the folder is one of the drafts' own files: a draft, its backup or temp
/// file, or a copy of the key file. Anything else there is not the app's to move.
fn is_drafts_file(name: &str) -> bool {
    let [draft, backup, temp] = family_of(DRAFT_SUFFIX);
    let keys = [KEY_FILE_NAME, KEY_COPY_NAME].map(family_of);
    name.ends_with(&draft)
        || name.ends_with(&backup)
        || name.ends_with(&temp[1..])
        || keys.iter().flatten().any(|k| k == name)
}

fn clean_label(label: &str) -> Result<String, VaultError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(VaultError::LabelMissing);
    }
    Ok(label.to_owned())
}
