//! The drafts folder: one sealed file per draft, saved so that a crash at any moment leaves the
//! old version or the new one readable, never neither.
//!
//! A save writes `<id>.new` and makes it durable, moves the current `<id>.draft` aside to
//! `<id>.bak`, renames `<id>.new` into place, and only removes the backup once the new file has
//! been read back and decrypted. Loading tries `<id>.draft`, then `<id>.new`, then `<id>.bak`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::key::DataKey;
use super::sealed::{open_sealed, seal};
use super::VaultError;
use crate::contribution::Contribution;
use crate::files::{FileOps, RealFiles};

const CURRENT: &str = "draft";
const NEW: &str = "new";
const BACKUP: &str = "bak";

/// Whose draft it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftKind {
    /// A parent's or carer's contribution.
    Parent,
}

/// What the start screen lists about a draft. Encrypted with the draft: a label such as
/// "Mum — initial conference, 3 December" is itself private.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftMeta {
    /// The draft's id, also its file name.
    pub id: String,
    /// The name the family gave it.
    pub label: String,
    /// Whose draft it is.
    pub kind: DraftKind,
    /// When it was started.
    pub created: DateTime<Utc>,
    /// When it was last saved.
    pub updated: DateTime<Utc>,
}

/// What a draft holds. Tagged, so the child's journey can add its own variant beside the
/// parent's without a new file format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum DraftBody {
    /// A parent's or carer's contribution.
    Parent(Contribution),
}

/// One draft: what is listed about it, and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// What is listed about it.
    pub meta: DraftMeta,
    /// What it holds.
    pub body: DraftBody,
}

/// A draft file as the start screen sees it: readable, or the reason it is not. One bad file
/// never stops the others being listed.
#[derive(Debug)]
pub enum Listed {
    /// A draft that opens.
    Ready(DraftMeta),
    /// A file in the folder that does not open, by its id.
    Unreadable {
        /// The id (file name without extension).
        id: String,
        /// Why.
        error: VaultError,
    },
}

/// The drafts folder, unlocked with the data key, or locked.
pub struct Vault {
    folder: PathBuf,
    key: Option<DataKey>,
    files: Box<dyn FileOps>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("locked", &self.key.is_none()).finish()
    }
}

impl Vault {
    /// Opens (and creates, owner-only) the drafts folder, unlocked with `key`.
    pub fn open(folder: &Path, key: DataKey) -> Result<Self, VaultError> {
        Self::with_files(folder, key, Box::new(RealFiles))
    }

    /// Like [`Vault::open`], with the file operations given (tests inject failures).
    pub fn with_files(folder: &Path, key: DataKey, files: Box<dyn FileOps>) -> Result<Self, VaultError> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(folder)?;
        Ok(Self { folder: folder.to_owned(), key: Some(key), files })
    }

    /// Whether the folder holds any draft file, so that a missing key can be told apart from a
    /// first start (a new key then would orphan every draft).
    pub fn has_drafts(folder: &Path) -> bool {
        std::fs::read_dir(folder)
            .map(|entries| entries.flatten().any(|e| e.path().extension().is_some_and(|x| x == CURRENT)))
            .unwrap_or(false)
    }

    /// Drops the key from memory (wiping it); every call after this fails with
    /// [`VaultError::Locked`] until [`Vault::unlock`].
    pub fn lock(&mut self) {
        self.key = None;
    }

    /// Gives the key back.
    pub fn unlock(&mut self, key: DataKey) {
        self.key = Some(key);
    }

    /// Whether the key is in memory.
    pub fn is_locked(&self) -> bool {
        self.key.is_none()
    }

    /// Starts a new draft and saves it.
    pub fn create(&self, label: &str, body: DraftBody) -> Result<Draft, VaultError> {
        let mut id_bytes = [0u8; 8];
        getrandom::fill(&mut id_bytes).map_err(|_| VaultError::Io(std::io::ErrorKind::Other))?;
        let id: String = id_bytes.iter().map(|b| format!("{b:02x}")).collect();
        let now = Utc::now();
        let kind = match body {
            DraftBody::Parent(_) => DraftKind::Parent,
        };
        let draft = Draft { meta: DraftMeta { id, label: label.to_owned(), kind, created: now, updated: now }, body };
        self.save(&draft)?;
        Ok(draft)
    }

    /// Every draft in the folder, newest first, with the files that do not open listed too.
    pub fn list(&self) -> Result<Vec<Listed>, VaultError> {
        let mut ids: Vec<String> = self
            .files
            .list(&self.folder)?
            .into_iter()
            .filter_map(|p| {
                let ext = p.extension()?.to_str()?;
                [CURRENT, NEW, BACKUP].contains(&ext).then(|| p.file_stem()?.to_str().map(str::to_owned))?
            })
            .collect();
        ids.sort();
        ids.dedup();
        let mut listed: Vec<Listed> = ids
            .into_iter()
            .map(|id| match self.load(&id) {
                Ok(draft) => Listed::Ready(draft.meta),
                Err(error) => Listed::Unreadable { id, error },
            })
            .collect();
        listed.sort_by_key(|l| match l {
            Listed::Ready(meta) => std::cmp::Reverse(Some(meta.updated)),
            Listed::Unreadable { .. } => std::cmp::Reverse(None),
        });
        Ok(listed)
    }

    /// Opens a draft: the current file, or else the newer or older copy a crash left.
    pub fn load(&self, id: &str) -> Result<Draft, VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        check_id(id)?;
        let mut first_error = None;
        for ext in [CURRENT, NEW, BACKUP] {
            let bytes = match self.files.read(&self.path(id, ext)) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    first_error.get_or_insert(VaultError::from(e));
                    continue;
                }
            };
            match open_sealed(key, &bytes).and_then(|plain| decode(&plain)) {
                Ok(draft) => return Ok(draft),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        Err(first_error.unwrap_or(VaultError::NotFound))
    }

    /// Saves a draft durably; on any error the version saved before still opens.
    pub fn save(&self, draft: &Draft) -> Result<(), VaultError> {
        let key = self.key.as_ref().ok_or(VaultError::Locked)?;
        let id = &draft.meta.id;
        check_id(id)?;
        let plain = serde_json::to_vec(draft).map_err(|_| VaultError::Io(std::io::ErrorKind::InvalidData))?;
        let sealed = seal(key, &plain)?;
        let (current, new, backup) = (self.path(id, CURRENT), self.path(id, NEW), self.path(id, BACKUP));
        // A `.new` left by a crash is older than what we are about to write.
        self.files.remove(&new)?;
        self.files.write_new(&new, &sealed)?;
        match self.files.rename(&current, &backup) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        self.files.rename(&new, &current)?;
        self.files.sync_folder(&self.folder)?;
        let written = self.files.read(&current)?;
        open_sealed(key, &written).and_then(|plain| decode(&plain))?;
        self.files.remove(&backup)?;
        self.files.sync_folder(&self.folder)?;
        Ok(())
    }

    /// Renames a draft (its label; the file keeps its id).
    pub fn rename(&self, id: &str, label: &str) -> Result<Draft, VaultError> {
        let mut draft = self.load(id)?;
        draft.meta.label = label.to_owned();
        draft.meta.updated = Utc::now();
        self.save(&draft)?;
        Ok(draft)
    }

    /// Deletes a draft and every copy of it.
    pub fn delete(&self, id: &str) -> Result<(), VaultError> {
        check_id(id)?;
        for ext in [CURRENT, NEW, BACKUP] {
            self.files.remove(&self.path(id, ext))?;
        }
        self.files.sync_folder(&self.folder)?;
        Ok(())
    }

    fn path(&self, id: &str, ext: &str) -> PathBuf {
        self.folder.join(format!("{id}.{ext}"))
    }
}

/// Ids are made here as hex; anything else (a path, a dot) is refused before it reaches a path.
fn check_id(id: &str) -> Result<(), VaultError> {
    if !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        Ok(())
    } else {
        Err(VaultError::NotFound)
    }
}

fn decode(plain: &[u8]) -> Result<Draft, VaultError> {
    let value: serde_json::Value = serde_json::from_slice(plain).map_err(|_| VaultError::Damaged)?;
    let newer = value
        .pointer("/body/value/formatVersion")
        .and_then(serde_json::Value::as_u64)
        .is_some_and(|v| v > u64::from(crate::contribution::FORMAT_VERSION));
    if newer {
        return Err(VaultError::NewerVersion(crate::vault::FORMAT_VERSION + 1));
    }
    serde_json::from_value(value).map_err(|_| VaultError::Damaged)
}
