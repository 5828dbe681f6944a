//! What the draft store's tests share: fresh folders, sample contributions, and fakes for what
//! the store stands on (keychains that remember, refuse or keep their keys in files, and a disk
//! that fails at a chosen step). Other areas' tests (drafts, the child's journey) use them too.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use family_voice::vault::{
    DataKey, Draft, DraftBody, DraftMeta, FileOps, Keychain, ListedDraft, RealFiles, Vault, VaultError, KEY_LEN,
};
use family_voice::Contribution;

pub const ANSWER: &str = "prompt-strengths-family";

/// A fresh, empty folder for one test, under cargo's scratch folder for integration tests.
pub fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vault").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

pub fn contribution(words: &str) -> Contribution {
    let mut c = Contribution::new("en-GB");
    c.answers.insert(ANSWER.into(), words.into());
    c
}

/// A child's views with words in the house of good things.
pub fn child_views(words: &str) -> family_voice::child::ChildViews {
    let mut v = family_voice::child::ChildViews::new("en-GB");
    let house = v.houses.entry(family_voice::child::HouseId::Good).or_default();
    house.words.text = words.to_owned();
    v
}

pub fn words(draft: &Draft) -> &str {
    match &draft.body {
        DraftBody::Parent(c) => &c.answers[ANSWER],
        DraftBody::Child(_) => panic!("expected a parent's draft"),
    }
}

pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

pub fn ready(listed: &[ListedDraft]) -> Vec<&DraftMeta> {
    listed
        .iter()
        .filter_map(|l| match l {
            ListedDraft::Ready(meta) => Some(meta),
            ListedDraft::Unreadable { .. } => None,
        })
        .collect()
}

pub fn unreadable(listed: &[ListedDraft]) -> Vec<(&str, &VaultError)> {
    listed
        .iter()
        .filter_map(|l| match l {
            ListedDraft::Ready(_) => None,
            ListedDraft::Unreadable { id, error, .. } => Some((id.as_str(), error)),
        })
        .collect()
}

pub fn random_hex() -> String {
    format!("{:016x}{:016x}", getrandom::u64().unwrap(), getrandom::u64().unwrap())
}

/// A keychain in memory, so the store's rules are tested without a Secret Service.
#[derive(Default)]
pub struct MemoryKeychain {
    pub keys: Mutex<HashMap<String, [u8; KEY_LEN]>>,
    /// A key handed out for any account (a fixture's key, or another installation's).
    pub any: Mutex<Option<[u8; KEY_LEN]>>,
}

impl MemoryKeychain {
    pub fn holding_any(key: [u8; KEY_LEN]) -> Self {
        Self { keys: Mutex::default(), any: Mutex::new(Some(key)) }
    }

    /// The one key filed.
    pub fn only_key(&self) -> [u8; KEY_LEN] {
        let keys = self.keys.lock().unwrap();
        assert_eq!(keys.len(), 1);
        *keys.values().next().unwrap()
    }

    /// How many keys are filed.
    pub fn keys_filed(&self) -> usize {
        self.keys.lock().unwrap().len()
    }

    pub fn clear(&self) {
        self.keys.lock().unwrap().clear();
        *self.any.lock().unwrap() = None;
    }
}

impl Keychain for MemoryKeychain {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        let filed = self.keys.lock().unwrap().get(account).copied();
        Ok(filed.or(*self.any.lock().unwrap()).map(DataKey::from_bytes))
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        self.keys.lock().unwrap().insert(account.to_owned(), *key.expose_secret());
        Ok(())
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        self.keys.lock().unwrap().remove(account);
        Ok(())
    }
}

/// A keychain that cannot be reached, like a locked keyring with nobody to unlock it.
pub struct UnreachableKeychain;

impl Keychain for UnreachableKeychain {
    fn load(&self, _: &str) -> Result<Option<DataKey>, VaultError> {
        Err(VaultError::KeychainUnavailable)
    }

    fn store(&self, _: &str, _: &DataKey) -> Result<(), VaultError> {
        Err(VaultError::KeychainUnavailable)
    }

    fn forget(&self, _: &str) -> Result<(), VaultError> {
        Err(VaultError::KeychainUnavailable)
    }
}

/// Keys in files, so a child process can unlock the same drafts.
pub struct FileKeychain {
    pub dir: PathBuf,
}

impl Keychain for FileKeychain {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        match std::fs::read(self.dir.join(account)) {
            Ok(bytes) => Ok(Some(DataKey::from_bytes(bytes.try_into().unwrap()))),
            Err(_) => Ok(None),
        }
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        std::fs::create_dir_all(&self.dir).unwrap();
        std::fs::write(self.dir.join(account), key.expose_secret()).unwrap();
        Ok(())
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        let _ = std::fs::remove_file(self.dir.join(account));
        Ok(())
    }
}

/// An unlocked vault over a new folder, its key in a memory keychain.
pub fn unlocked(name: &str) -> (Vault, MemoryKeychain) {
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(folder(name)).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    (vault, keychain)
}

/// A second, independent vault on the same folder: what the app sees after a restart.
pub fn reopen(vault: &Vault, keychain: &dyn Keychain) -> Vault {
    let mut again = Vault::open(vault.folder()).unwrap();
    again.unlock_with_keychain(keychain).unwrap();
    again
}

/// Real file operations, except that call number `fail_at` fails with `kind`. A failing
/// `write_new` first writes half its bytes, like a write cut short.
pub struct FailingFiles {
    pub kind: io::ErrorKind,
    pub calls: AtomicUsize,
    pub fail_at: AtomicUsize,
    pub log: Mutex<Vec<&'static str>>,
}

impl FailingFiles {
    pub fn new(kind: io::ErrorKind) -> Arc<Self> {
        Arc::new(Self { kind, calls: AtomicUsize::new(0), fail_at: AtomicUsize::new(0), log: Mutex::default() })
    }

    /// Counts calls from now on and fails call `n` (1-based).
    pub fn arm(&self, n: usize) {
        self.log.lock().unwrap().clear();
        self.calls.store(0, Ordering::SeqCst);
        self.fail_at.store(n, Ordering::SeqCst);
    }

    pub fn disarm(&self) {
        self.fail_at.store(0, Ordering::SeqCst);
    }

    /// The operations made since `arm`.
    pub fn log(&self) -> Vec<&'static str> {
        self.log.lock().unwrap().clone()
    }

    pub fn step(&self, op: &'static str) -> io::Result<()> {
        self.log.lock().unwrap().push(op);
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if n == self.fail_at.load(Ordering::SeqCst) {
            Err(io::Error::from(self.kind))
        } else {
            Ok(())
        }
    }
}

impl FileOps for FailingFiles {
    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        self.step("create_dir")?;
        RealFiles.create_dir(dir)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<std::ffi::OsString>> {
        self.step("list")?;
        RealFiles.list(dir)
    }

    fn read(&self, path: &Path, limit: u64) -> io::Result<Vec<u8>> {
        self.step("read")?;
        RealFiles.read(path, limit)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.step("write_new") {
            RealFiles.write_new(path, &bytes[..bytes.len() / 2])?;
            return Err(e);
        }
        RealFiles.write_new(path, bytes)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step("rename")?;
        RealFiles.rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        self.step("remove")?;
        RealFiles.remove(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.step("sync_dir")?;
        RealFiles.sync_dir(dir)
    }

    fn exists(&self, path: &Path) -> io::Result<bool> {
        self.step("exists")?;
        RealFiles.exists(path)
    }
}

pub fn expected_error(kind: io::ErrorKind) -> VaultError {
    match kind {
        io::ErrorKind::StorageFull => VaultError::DiskFull,
        io::ErrorKind::PermissionDenied => VaultError::ReadOnly,
        kind => VaultError::Storage(kind),
    }
}
