//! The drafts folder: one encrypted file per draft, the key file, and the rules that keep them
//! safe: nothing is readable without the key, a save never leaves neither version, and a
//! missing key is an error rather than a reason to make a new one.
//!
//! Files, all created owner-only (0600, in a 0700 folder on Unix):
//! - `<id>.draft`: the current version of a draft;
//! - `<id>.draft.bak`: the version before, kept only while a save is being proven;
//! - `.<id>.draft.tmp`: a save being written;
//! - `vault.key` (+ `.bak`, `.tmp` the same way): see `keyfile.rs`.
//!
//! A save writes the temp file and syncs it, moves the current file to the backup, renames the
//! temp file into place, syncs the folder, reads the new file back and decrypts it, and only
//! then removes the backup. A crash or failure at any step leaves the current file or the
//! backup holding the old version or the new one, and loading falls back to the backup.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;
use serde::Serialize;

use super::draft::{decode_draft, encode_draft, is_valid_id, new_id, Draft, DraftBody, DraftMeta};
use super::format::MAX_FILE_LEN;
use super::keychain::Keychain;
use super::keyfile::{KeyFile, KEY_FILE_NAME};
use super::secret::{DataKey, Passphrase};
use super::VaultError;
use crate::files::{FileOps, RealFiles};

const DRAFT_SUFFIX: &str = ".draft";
const BACKUP_SUFFIX: &str = ".bak";
const TEMP_SUFFIX: &str = ".tmp";
/// The key file is a few hundred bytes; anything much larger is not one.
const MAX_KEY_FILE_LEN: u64 = 4096;

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
    /// Drafts exist but the record of their key is gone or damaged: they cannot be opened.
    /// Only "start again" is left, and it must say what is lost.
    Lost,
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
        /// Why it does not open.
        error: VaultError,
    },
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

impl Vault {
    /// Opens the drafts folder (creating it, owner-only), locked. Pass a folder of its own,
    /// such as `<app data dir>/drafts`: the store tightens its permissions and `start_again`
    /// deletes every draft in it.
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
    /// app), not `Lost`: starting again would delete drafts that a newer app can open.
    pub fn key_setup(&self) -> Result<KeySetup, VaultError> {
        match self.read_key_file() {
            Ok(Some(file)) if file.in_keychain() => Ok(KeySetup::Keychain { passphrase: file.has_passphrase() }),
            Ok(Some(_)) => Ok(KeySetup::Passphrase),
            Ok(None) if self.has_draft_files()? => Ok(KeySetup::Lost),
            Ok(None) => Ok(KeySetup::New),
            Err(VaultError::Damaged) => Ok(KeySetup::Lost),
            Err(e) => Err(e),
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
        let file = KeyFile::new(&key, true, None)?;
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

    /// First start without a keychain: makes a new random key, wraps it with the passphrase,
    /// and unlocks. Refused like [`Vault::set_up_with_keychain`].
    pub fn set_up_with_passphrase(&mut self, passphrase: &Passphrase) -> Result<(), VaultError> {
        self.check_new()?;
        let key = DataKey::generate()?;
        let file = KeyFile::new(&key, false, Some(passphrase))?;
        if let Err(e) = self.write_key_file(&file) {
            if !self.key_file_landed(&file.account()) {
                return Err(e);
            }
        }
        self.key = Some(key);
        Ok(())
    }

    /// Unlocks with the key in the keychain, after proving it is the key of these drafts.
    pub fn unlock_with_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        let file = self.key_file_for_unlock()?;
        if !file.in_keychain() {
            return Err(VaultError::KeyMissing);
        }
        let key = keychain.load(&file.account())?.ok_or(VaultError::KeyMissing)?;
        file.verify(&key).map_err(|_| VaultError::KeyMissing)?;
        self.key = Some(key);
        Ok(())
    }

    /// Unlocks with the passphrase.
    pub fn unlock_with_passphrase(&mut self, passphrase: &Passphrase) -> Result<(), VaultError> {
        let file = self.key_file_for_unlock()?;
        self.key = Some(file.unwrap_key(passphrase)?);
        Ok(())
    }

    /// Sets (or changes) a passphrase that opens the drafts, as well as or instead of the
    /// keychain. Needs the drafts unlocked.
    pub fn set_passphrase(&mut self, passphrase: &Passphrase) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let file = self.read_key_file()?.ok_or(VaultError::KeyMissing)?;
        let updated = file.with_passphrase(key, passphrase)?;
        self.write_key_file(&updated)
    }

    /// Files the key in the keychain (again), so the drafts unlock without the passphrase:
    /// after a passphrase-only start once the keychain works, or after its entry was lost.
    /// Needs the drafts unlocked.
    pub fn use_keychain(&mut self, keychain: &dyn Keychain) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let file = self.read_key_file()?.ok_or(VaultError::KeyMissing)?;
        store_and_check(keychain, &file.account(), key)?;
        if !file.in_keychain() {
            self.write_key_file(&file.with_keychain(key)?)?;
        }
        Ok(())
    }

    /// Deletes every draft, every backup and the key file, and removes the key from the
    /// keychain if one is given: the explicit way out when the key is lost. Afterwards the
    /// folder is [`KeySetup::New`] and locked. A keychain that cannot be reached is not an
    /// error here: the key left in it opens nothing.
    pub fn start_again(&mut self, keychain: Option<&dyn Keychain>) -> Result<(), VaultError> {
        self.key = None;
        let account = self.read_key_file().ok().flatten().map(|file| file.account());
        for name in self.names()? {
            let draft_file = name.ends_with(DRAFT_SUFFIX)
                || name.ends_with(&format!("{DRAFT_SUFFIX}{BACKUP_SUFFIX}"))
                || name.ends_with(&format!("{DRAFT_SUFFIX}{TEMP_SUFFIX}"));
            if draft_file {
                self.remove_if_present(&self.folder.join(&name))?;
            }
        }
        self.files.sync_dir(&self.folder)?;
        for name in family_of(KEY_FILE_NAME) {
            self.remove_if_present(&self.folder.join(name))?;
        }
        self.files.sync_dir(&self.folder)?;
        if let (Some(keychain), Some(account)) = (keychain, account) {
            let _ = keychain.forget(&account);
        }
        Ok(())
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
        let ids: BTreeSet<String> = self
            .names()?
            .into_iter()
            .filter(|name| !name.starts_with('.'))
            .filter_map(|name| {
                name.strip_suffix(DRAFT_SUFFIX).or_else(|| name.strip_suffix(backup.as_str())).map(str::to_owned)
            })
            .collect();
        let mut listed: Vec<ListedDraft> = ids
            .into_iter()
            .map(|id| {
                if !is_valid_id(&id) {
                    return ListedDraft::Unreadable { id, error: VaultError::Foreign };
                }
                match self.load(&id) {
                    Ok(draft) => ListedDraft::Ready(draft.meta),
                    Err(error) => ListedDraft::Unreadable { id, error },
                }
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
            KeySetup::Keychain { .. } | KeySetup::Passphrase => Err(VaultError::AlreadySetUp),
        }
    }

    /// Whether a key file write that reported a failure put the new file in place anyway (it
    /// failed after the rename, e.g. in the folder sync): then the set-up stands, and undoing
    /// it would leave a key file whose key is nowhere.
    fn key_file_landed(&self, account: &str) -> bool {
        matches!(self.read_key_file(), Ok(Some(file)) if file.account() == account)
    }

    fn key_file_for_unlock(&self) -> Result<KeyFile, VaultError> {
        match self.read_key_file() {
            Ok(Some(file)) => Ok(file),
            Ok(None) if self.has_draft_files()? => Err(VaultError::KeyMissing),
            Ok(None) => Err(VaultError::NotSetUp),
            Err(VaultError::Damaged) => Err(VaultError::KeyMissing),
            Err(e) => Err(e),
        }
    }

    fn read_key_file(&self) -> Result<Option<KeyFile>, VaultError> {
        let [current, backup, _] = family_of(KEY_FILE_NAME);
        match self.read_file(&current, MAX_KEY_FILE_LEN).and_then(|b| KeyFile::parse(&b)) {
            Ok(file) => Ok(Some(file)),
            Err(first) => match self.read_file(&backup, MAX_KEY_FILE_LEN).and_then(|b| KeyFile::parse(&b)) {
                Ok(file) => Ok(Some(file)),
                Err(VaultError::NotFound) if first == VaultError::NotFound => Ok(None),
                Err(second) if first == VaultError::NotFound => Err(second),
                Err(_) => Err(first),
            },
        }
    }

    fn write_key_file(&self, file: &KeyFile) -> Result<(), VaultError> {
        self.replace_durably(KEY_FILE_NAME, &file.to_bytes(), &|bytes| KeyFile::parse(bytes).map(|_| ()))
    }

    /// Whether any draft of the app's own (by its id-shaped name) is in the folder.
    fn has_draft_files(&self) -> Result<bool, VaultError> {
        let backup = format!("{DRAFT_SUFFIX}{BACKUP_SUFFIX}");
        Ok(self
            .names()?
            .iter()
            .any(|n| n.strip_suffix(DRAFT_SUFFIX).or_else(|| n.strip_suffix(backup.as_str())).is_some_and(is_valid_id)))
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

    /// Reads a file in the folder, refusing one longer than `limit`.
    fn read_file(&self, name: &str, limit: u64) -> Result<Vec<u8>, VaultError> {
        match self.files.read(&self.folder.join(name), limit) {
            Ok(bytes) if bytes.len() as u64 > limit => Err(VaultError::TooLarge),
            Ok(bytes) => Ok(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(VaultError::NotFound),
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
        // A temp file left by a crash holds a save older than this one.
        self.remove_if_present(&temp)?;
        let result = self.replace_steps(&target, &backup, &temp, bytes, check);
        if result.is_err() {
            let _ = self.files.remove(&temp);
        }
        result
    }

    fn replace_steps(
        &self,
        target: &Path,
        backup: &Path,
        temp: &Path,
        bytes: &[u8],
        check: &dyn Fn(&[u8]) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        self.files.write_new(temp, bytes)?;
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
        if written != bytes || check(&written).is_err() {
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

fn clean_label(label: &str) -> Result<String, VaultError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(VaultError::LabelMissing);
    }
    Ok(label.to_owned())
}
