//! The draft store, through its public API: round trips, every byte tampered with, failing
//! disks, killed processes, a canary that must never reach the disk in plain text, and the
//! keychain. The keychain tests need a real Secret Service: `./dev test` runs the suite with
//! `--include-ignored` inside a private D-Bus session with an unlocked gnome-keyring.

use std::collections::{BTreeSet, HashMap};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use chrono::Utc;
use family_voice::error::Explain;
use family_voice::i18n::{Isolation, Localizer};
use family_voice::vault::{
    decode_draft, encode_draft, seal_payload, DataKey, Draft, DraftBody, DraftKind, DraftMeta, FileOps, KeySetup,
    Keychain, ListedDraft, OsKeychain, Passphrase, RealFiles, Vault, VaultError, HEADER_LEN, KEY_LEN, MAGIC,
    MIN_PASSPHRASE_CHARS, TAG_LEN,
};
use family_voice::Contribution;
use proptest::prelude::*;

const ANSWER: &str = "prompt-strengths-family";

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
fn child_views(words: &str) -> family_voice::child::ChildViews {
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

fn ready(listed: &[ListedDraft]) -> Vec<&DraftMeta> {
    listed
        .iter()
        .filter_map(|l| match l {
            ListedDraft::Ready(meta) => Some(meta),
            ListedDraft::Unreadable { .. } => None,
        })
        .collect()
}

fn unreadable(listed: &[ListedDraft]) -> Vec<(&str, &VaultError)> {
    listed
        .iter()
        .filter_map(|l| match l {
            ListedDraft::Ready(_) => None,
            ListedDraft::Unreadable { id, error, .. } => Some((id.as_str(), error)),
        })
        .collect()
}

fn random_hex() -> String {
    format!("{:016x}{:016x}", getrandom::u64().unwrap(), getrandom::u64().unwrap())
}

/// A keychain in memory, so the store's rules are tested without a Secret Service.
#[derive(Default)]
pub struct MemoryKeychain {
    keys: Mutex<HashMap<String, [u8; KEY_LEN]>>,
    /// A key handed out for any account (a fixture's key, or another installation's).
    any: Mutex<Option<[u8; KEY_LEN]>>,
}

impl MemoryKeychain {
    fn holding_any(key: [u8; KEY_LEN]) -> Self {
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
struct FileKeychain {
    dir: PathBuf,
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
struct FailingFiles {
    kind: io::ErrorKind,
    calls: AtomicUsize,
    fail_at: AtomicUsize,
    log: Mutex<Vec<&'static str>>,
}

impl FailingFiles {
    fn new(kind: io::ErrorKind) -> Arc<Self> {
        Arc::new(Self { kind, calls: AtomicUsize::new(0), fail_at: AtomicUsize::new(0), log: Mutex::default() })
    }

    /// Counts calls from now on and fails call `n` (1-based).
    fn arm(&self, n: usize) {
        self.log.lock().unwrap().clear();
        self.calls.store(0, Ordering::SeqCst);
        self.fail_at.store(n, Ordering::SeqCst);
    }

    fn disarm(&self) {
        self.fail_at.store(0, Ordering::SeqCst);
    }

    /// The operations made since `arm`.
    fn log(&self) -> Vec<&'static str> {
        self.log.lock().unwrap().clone()
    }

    fn step(&self, op: &'static str) -> io::Result<()> {
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

fn expected_error(kind: io::ErrorKind) -> VaultError {
    match kind {
        io::ErrorKind::StorageFull => VaultError::DiskFull,
        io::ErrorKind::PermissionDenied => VaultError::ReadOnly,
        kind => VaultError::Storage(kind),
    }
}

#[test]
fn a_draft_round_trips_and_its_files_are_private_and_unreadable() {
    let (mut vault, keychain) = unlocked("round-trip");
    let mum = vault
        .create(
            "Mum — initial conference, 3 December",
            DraftBody::Parent(contribution("We read together every night.")),
        )
        .unwrap();
    let child = vault.create("My views — the child's own", DraftBody::Child(child_views("at nan's house"))).unwrap();
    assert_eq!(mum.meta.kind, DraftKind::Parent);
    assert_eq!(child.meta.kind, DraftKind::Child);

    let again = reopen(&vault, &keychain);
    assert_eq!(again.load(&mum.meta.id).unwrap(), mum);
    assert_eq!(again.load(&child.meta.id).unwrap(), child);
    let listed = again.list().unwrap();
    assert_eq!(ready(&listed), vec![&child.meta, &mum.meta], "most recently saved first");

    let dir = vault.folder();
    assert_eq!(file_names(dir).len(), 4, "two drafts and the key file's two copies: {:?}", file_names(dir));
    for name in file_names(dir) {
        let text = String::from_utf8_lossy(&std::fs::read(dir.join(&name)).unwrap()).into_owned();
        for secret in ["read together", "Mum", "nan's", "conference"] {
            assert!(!text.contains(secret), "{name} shows {secret:?}");
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(dir).unwrap().permissions().mode() & 0o777, 0o700);
        for name in file_names(dir) {
            assert_eq!(std::fs::metadata(dir.join(&name)).unwrap().permissions().mode() & 0o777, 0o600, "{name}");
        }
    }
}

#[test]
fn an_existing_open_folder_is_made_private() {
    let dir = folder("loose-folder");
    std::fs::create_dir_all(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        Vault::open(&dir).unwrap();
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    }
}

#[test]
fn saving_keeps_the_created_time_and_moves_the_updated_time() {
    let (mut vault, keychain) = unlocked("save");
    let mut draft = vault.create("Dad", DraftBody::Parent(contribution("first"))).unwrap();
    let created = draft.meta.created;
    draft.body = DraftBody::Parent(contribution("second"));
    vault.save(&mut draft).unwrap();
    let loaded = reopen(&vault, &keychain).load(&draft.meta.id).unwrap();
    assert_eq!(words(&loaded), "second");
    assert_eq!(loaded.meta.created, created);
    assert!(loaded.meta.updated >= created);
    assert_eq!(loaded, draft);
}

#[test]
fn renaming_a_draft_changes_its_name_and_nothing_else() {
    let (mut vault, _) = unlocked("rename");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let meta = vault.rename(&draft.meta.id, "  Mum — review conference  ").unwrap();
    assert_eq!(meta.label, "Mum — review conference");
    let loaded = vault.load(&draft.meta.id).unwrap();
    assert_eq!(loaded.meta.label, "Mum — review conference");
    assert_eq!((loaded.meta.created, &loaded.body), (draft.meta.created, &draft.body));
    assert_eq!(vault.rename(&draft.meta.id, "   "), Err(VaultError::LabelMissing));
    assert_eq!(vault.create(" ", DraftBody::Parent(contribution("x"))).unwrap_err(), VaultError::LabelMissing);
}

#[test]
fn deleting_a_draft_removes_it_its_backup_and_any_half_written_save() {
    let (mut vault, _) = unlocked("delete");
    let gone = vault.create("Gone", DraftBody::Parent(contribution("delete me"))).unwrap();
    let kept = vault.create("Kept", DraftBody::Parent(contribution("keep me"))).unwrap();
    let dir = vault.folder().to_owned();
    let current = dir.join(format!("{}.draft", gone.meta.id));
    // What a crash in the middle of a save leaves behind.
    std::fs::copy(&current, dir.join(format!("{}.draft.bak", gone.meta.id))).unwrap();
    std::fs::copy(&current, dir.join(format!(".{}.draft.tmp", gone.meta.id))).unwrap();

    vault.delete(&gone.meta.id).unwrap();
    assert!(file_names(&dir).iter().all(|n| !n.contains(&gone.meta.id)), "{:?}", file_names(&dir));
    assert_eq!(ready(&vault.list().unwrap()), vec![&kept.meta]);
    assert_eq!(vault.delete(&gone.meta.id), Err(VaultError::NotFound));
    // A late autosave of the deleted draft does not bring it back.
    let mut late = gone.clone();
    assert_eq!(vault.save(&mut late), Err(VaultError::NotFound));
    assert!(file_names(&dir).iter().all(|n| !n.contains(&gone.meta.id)));
    assert_eq!(vault.load(&kept.meta.id).unwrap(), kept);
}

#[test]
fn ids_that_are_not_the_apps_never_reach_a_path() {
    let (mut vault, _) = unlocked("ids");
    for id in
        ["../vault", "..", "", "ABCDEF0123456789ABCDEF0123456789", "vault.key", "0123456789abcdef0123456789abcde/"]
    {
        assert_eq!(vault.load(id), Err(VaultError::NotFound), "{id:?}");
        assert_eq!(vault.delete(id), Err(VaultError::NotFound), "{id:?}");
    }
    assert_eq!(file_names(vault.folder()), vec!["vault.key", "vault.key.copy"]);
}

#[test]
fn a_locked_vault_forgets_its_key_until_unlocked() {
    let (mut vault, keychain) = unlocked("lock");
    let mut draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    vault.lock();
    assert!(vault.is_locked());
    assert_eq!(vault.load(&draft.meta.id), Err(VaultError::Locked));
    assert_eq!(vault.list().unwrap_err(), VaultError::Locked);
    assert_eq!(vault.save(&mut draft), Err(VaultError::Locked));
    assert_eq!(vault.create("x", DraftBody::Parent(contribution("x"))).unwrap_err(), VaultError::Locked);
    assert_eq!(vault.rename(&draft.meta.id, "y"), Err(VaultError::Locked));
    assert_eq!(vault.delete(&draft.meta.id), Err(VaultError::Locked));
    vault.unlock_with_keychain(&keychain).unwrap();
    assert!(!vault.is_locked());
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn keys_and_passphrases_print_as_redacted() {
    let key = DataKey::from_bytes([0x41; KEY_LEN]);
    assert_eq!(format!("{key:?}"), "DataKey(<redacted>)");
    let passphrase = Passphrase::new("our secret family words".into());
    assert_eq!(format!("{passphrase:?}"), "Passphrase(<redacted>)");
    let (vault, _) = unlocked("debug");
    let shown = format!("{vault:?}");
    assert!(!shown.contains("debug") && !shown.contains('/'), "{shown}");
}

#[test]
fn every_vault_error_has_a_code_and_a_message_without_details() {
    let loc = Localizer::new("en-GB", Isolation::On).unwrap();
    let mut codes = BTreeSet::new();
    for error in VaultError::examples() {
        assert!(error.code().starts_with("vault."), "{}", error.code());
        assert!(codes.insert(error.code()), "{} is used twice", error.code());
        let text = loc.msg_with(error.message_id(), &error.args());
        assert_ne!(text, error.message_id(), "no en-GB message for {}", error.code());
        assert!(!text.contains('{') && !text.contains('$'), "{text}");
        assert!(!error.to_string().contains('/'), "{error}");
    }
    let too_short = loc.msg_with("error-vault-passphrase-too-short", &VaultError::PassphraseTooShort { min: 8 }.args());
    assert!(too_short.contains('8'), "{too_short}");
}

#[test]
fn changing_any_byte_of_a_draft_file_is_an_error_never_a_panic() {
    let (mut vault, keychain) = unlocked("tamper");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("We read together every night."))).unwrap();
    let path = vault.folder().join(format!("{}.draft", draft.meta.id));
    let bytes = std::fs::read(&path).unwrap();
    let key = DataKey::from_bytes(keychain.only_key());
    assert_eq!(decode_draft(&key, &bytes).unwrap(), draft);
    assert_eq!(&bytes[..MAGIC.len()], &MAGIC);

    for i in 0..bytes.len() {
        for bit in [0x01, 0x80] {
            let mut changed = bytes.clone();
            changed[i] ^= bit;
            let error = decode_draft(&key, &changed).unwrap_err();
            match i {
                0..8 => assert_eq!(error, VaultError::Foreign, "magic byte {i}"),
                8 | 9 => {
                    assert!(matches!(error, VaultError::NewerVersion | VaultError::Damaged), "version {i}: {error}")
                }
                _ if i < HEADER_LEN => assert_eq!(error, VaultError::Damaged, "nonce byte {i}"),
                _ if i < bytes.len() - TAG_LEN => assert_eq!(error, VaultError::Damaged, "ciphertext byte {i}"),
                _ => assert_eq!(error, VaultError::Damaged, "tag byte {i}"),
            }
        }
    }
    for len in 0..bytes.len() {
        assert!(decode_draft(&key, &bytes[..len]).is_err(), "cut to {len} bytes");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode_draft(&key, &longer), Err(VaultError::Damaged));
    assert_eq!(decode_draft(&DataKey::from_bytes([9; KEY_LEN]), &bytes), Err(VaultError::Damaged), "another key");

    // Through the store: one changed byte in each part, and the draft is reported, not opened.
    for i in [0, 8, HEADER_LEN - 1, HEADER_LEN + 3, bytes.len() - 1] {
        let mut changed = bytes.clone();
        changed[i] ^= 0x80;
        std::fs::write(&path, &changed).unwrap();
        assert!(vault.load(&draft.meta.id).is_err(), "byte {i}");
        assert_eq!(unreadable(&vault.list().unwrap()).len(), 1, "byte {i}");
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn a_draft_copied_under_another_id_does_not_open() {
    let (mut vault, _) = unlocked("copied");
    let a = vault.create("A", DraftBody::Parent(contribution("a"))).unwrap();
    let b = vault.create("B", DraftBody::Parent(contribution("b"))).unwrap();
    let dir = vault.folder().to_owned();
    std::fs::copy(dir.join(format!("{}.draft", a.meta.id)), dir.join(format!("{}.draft", b.meta.id))).unwrap();
    assert_eq!(vault.load(&b.meta.id), Err(VaultError::Damaged));
    assert_eq!(vault.load(&a.meta.id).unwrap(), a);
}

#[test]
fn a_flipped_bit_in_any_byte_of_either_key_file_copy_is_repaired_and_the_drafts_open() {
    let (mut vault, keychain) = unlocked("tamper-key");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let bytes = std::fs::read(dir.join("vault.key")).unwrap();
    assert_eq!(std::fs::read(dir.join("vault.key.copy")).unwrap(), bytes, "two copies of the same record");
    for copy in ["vault.key", "vault.key.copy"] {
        for i in 0..bytes.len() {
            for bit in [0x01, 0x80] {
                let mut changed = bytes.clone();
                changed[i] ^= bit;
                std::fs::write(dir.join(copy), &changed).unwrap();
                let mut again = Vault::open(&dir).unwrap();
                assert_eq!(again.key_setup().unwrap(), KeySetup::Keychain { passphrase: false }, "{copy} byte {i}");
                again.unlock_with_keychain(&keychain).unwrap_or_else(|e| panic!("{copy} byte {i}: {e}"));
                assert_eq!(again.load(&draft.meta.id).unwrap(), draft, "{copy} byte {i}");
                for name in ["vault.key", "vault.key.copy"] {
                    assert_eq!(std::fs::read(dir.join(name)).unwrap(), bytes, "{name} repaired after {copy} byte {i}");
                }
            }
        }
    }
}

#[test]
fn a_damaged_draft_is_reported_and_the_others_still_list_and_open() {
    let (mut vault, _) = unlocked("damaged");
    let first = vault.create("First", DraftBody::Parent(contribution("one"))).unwrap();
    let broken = vault.create("Broken", DraftBody::Parent(contribution("two"))).unwrap();
    let emptied = vault.create("Emptied", DraftBody::Parent(contribution("three"))).unwrap();
    let last = vault.create("Last", DraftBody::Parent(contribution("four"))).unwrap();
    let dir = vault.folder().to_owned();
    let path = dir.join(format!("{}.draft", broken.meta.id));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[HEADER_LEN + 5] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    std::fs::write(dir.join(format!("{}.draft", emptied.meta.id)), b"").unwrap();

    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&last.meta, &first.meta]);
    let mut expected =
        vec![(broken.meta.id.as_str(), &VaultError::Damaged), (emptied.meta.id.as_str(), &VaultError::Damaged)];
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(unreadable(&listed), expected, "unreadable files come last, by name");
    assert_eq!(vault.load(&first.meta.id).unwrap(), first);
    assert_eq!(vault.load(&last.meta.id).unwrap(), last);
}

#[test]
fn a_foreign_file_is_reported_left_alone_and_the_other_drafts_still_open() {
    let (mut vault, _) = unlocked("foreign");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let foreign_id = "0123456789abcdef0123456789abcdef";
    std::fs::write(dir.join("shopping.draft"), b"milk, bread").unwrap();
    std::fs::write(dir.join(format!("{foreign_id}.draft")), b"\x89PNG\r\n\x1a\n not a draft at all").unwrap();
    std::fs::write(dir.join("desktop.ini"), b"[.ShellClassInfo]").unwrap();
    let before: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();

    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&draft.meta]);
    assert_eq!(unreadable(&listed), vec![(foreign_id, &VaultError::Foreign), ("shopping", &VaultError::Foreign)]);
    assert_eq!(vault.load(foreign_id), Err(VaultError::Foreign));
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
    let after: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    assert_eq!(before, after, "nothing in the folder was changed");
}

#[test]
fn a_draft_from_a_newer_version_is_reported_and_left_untouched() {
    let (mut vault, keychain) = unlocked("newer");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let key = DataKey::from_bytes(keychain.only_key());

    // A newer file format.
    let mut newer_format = std::fs::read(dir.join(format!("{}.draft", draft.meta.id))).unwrap();
    newer_format[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&2u16.to_be_bytes());
    let format_id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    std::fs::write(dir.join(format!("{format_id}.draft")), &newer_format).unwrap();

    // A newer contribution inside the current format.
    let mut newer_model = draft.clone();
    newer_model.meta.id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".into();
    let mut future = contribution("words");
    future.format_version = 99;
    newer_model.body = DraftBody::Parent(future);
    std::fs::write(dir.join(format!("{}.draft", newer_model.meta.id)), encode_draft(&key, &newer_model).unwrap())
        .unwrap();

    // A kind of draft this version does not know.
    let kind_id = "cccccccccccccccccccccccccccccccc";
    let payload = serde_json::json!({
        "meta": { "id": kind_id, "label": "Gran", "kind": "grandparent",
                  "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T10:00:00Z" },
        "body": {}
    });
    let sealed = seal_payload(&key, &serde_json::to_vec(&payload).unwrap()).unwrap();
    std::fs::write(dir.join(format!("{kind_id}.draft")), sealed).unwrap();

    let before: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&draft.meta]);
    assert_eq!(
        unreadable(&listed),
        vec![
            (format_id, &VaultError::NewerVersion),
            ("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", &VaultError::NewerVersion),
            (kind_id, &VaultError::NewerVersion),
        ]
    );
    let after: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    assert_eq!(before, after, "nothing in the folder was changed");
}

#[test]
fn a_payload_that_is_not_a_draft_is_damaged_not_a_panic() {
    let key = DataKey::from_bytes([5; KEY_LEN]);
    for payload in
        [&b""[..], b"null", b"{}", b"[1,2]", b"{\"meta\":{}}", &[0xff, 0xfe, 0x00], b"{\"meta\":1,\"body\":2}"]
    {
        let sealed = seal_payload(&key, payload).unwrap();
        assert_eq!(decode_draft(&key, &sealed), Err(VaultError::Damaged), "{:?}", String::from_utf8_lossy(payload));
    }
}

/// The key the fixture was written with, and the passphrase that also opens it.
const FIXTURE_PASSPHRASE: &str = "correct horse battery staple";
const FIXTURE_LABEL: &str = "Mum — initial conference, 3 December";
const FIXTURE_WORDS: &str = "We read together every night, and Sam helps me cook on Sundays.";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault")
}

fn fixture_key() -> [u8; KEY_LEN] {
    let hex = std::fs::read_to_string(fixture_dir().join("data-key.hex")).unwrap();
    let hex = hex.trim();
    let mut key = [0u8; KEY_LEN];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap();
    }
    key
}

/// A copy of the fixture folder to work on (opening a folder tightens its permissions).
fn fixture_copy(name: &str) -> PathBuf {
    let dir = folder(name);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "data-key.hex" {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    dir
}

#[test]
fn a_draft_saved_in_format_1_still_opens() {
    let dir = fixture_copy("fixture-v1");
    let keychain = MemoryKeychain::holding_any(fixture_key());
    let mut vault = Vault::open(&dir).unwrap();
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Keychain { passphrase: true });
    vault.unlock_with_keychain(&keychain).unwrap();
    let listed = vault.list().unwrap();
    assert_eq!(unreadable(&listed), vec![]);
    let metas = ready(&listed);
    assert_eq!(metas.len(), 1);
    assert_eq!(metas[0].label, FIXTURE_LABEL);
    assert_eq!(metas[0].kind, DraftKind::Parent);
    let draft = vault.load(&metas[0].id).unwrap();
    assert_eq!(words(&draft), FIXTURE_WORDS);
    let DraftBody::Parent(contribution) = &draft.body else { panic!("a parent's draft") };
    assert_eq!(contribution.about.writer_name, "Jo");

    let file = std::fs::read(dir.join(format!("{}.draft", draft.meta.id))).unwrap();
    assert_eq!(&file[MAGIC.len()..MAGIC.len() + 2], &[0, 1], "the fixture is format 1");
    assert_eq!(decode_draft(&DataKey::from_bytes(fixture_key()), &file).unwrap(), draft);

    let mut by_passphrase = Vault::open(fixture_copy("fixture-v1-passphrase")).unwrap();
    by_passphrase.unlock_with_passphrase(&Passphrase::new(FIXTURE_PASSPHRASE.into())).unwrap();
    assert_eq!(by_passphrase.load(&draft.meta.id).unwrap(), draft);
}

/// Writes the format fixture. Run by hand, once per new format version, into a new folder
/// beside the old one (old fixtures stay: they prove the migration).
#[test]
#[ignore = "writes tests/fixtures/vault when FAMILY_VOICE_WRITE_VAULT_FIXTURE is set"]
fn write_the_format_fixture() {
    if std::env::var_os("FAMILY_VOICE_WRITE_VAULT_FIXTURE").is_none() {
        return;
    }
    let dir = fixture_dir();
    let _ = std::fs::remove_dir_all(&dir);
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    vault.set_passphrase(&Passphrase::new(FIXTURE_PASSPHRASE.into()), None).unwrap();
    let mut c = contribution(FIXTURE_WORDS);
    c.about.writer_name = "Jo".into();
    vault.create(FIXTURE_LABEL, DraftBody::Parent(c)).unwrap();
    let hex: String = keychain.only_key().iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(dir.join("data-key.hex"), format!("{hex}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        for name in file_names(&dir) {
            std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
}

#[test]
fn a_recovery_code_makes_the_key_file_version_two_and_opens_the_drafts_beside_the_passphrase() {
    use family_voice::vault::RecoveryCode;
    let dir = folder("recovery-code");
    let mut vault = Vault::open(&dir).unwrap();
    let passphrase = Passphrase::new("our family's own words".into());
    let code = RecoveryCode::generate().unwrap();
    vault.set_up_with_passphrase(&passphrase, Some(&code)).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let bytes = std::fs::read(dir.join("vault.key")).unwrap();
    assert_eq!(bytes[8..10], [0, 2], "version 2: an older app says to update, never misreads it");
    assert_eq!(bytes.len(), 267);
    assert!(vault.has_recovery());
    vault.lock();

    // The code does not stand in for the passphrase, nor the passphrase for the code.
    let as_passphrase = Passphrase::new(code.grouped().to_string());
    assert_eq!(vault.unlock_with_passphrase(&as_passphrase), Err(VaultError::WrongPassphrase));
    let other = RecoveryCode::generate().unwrap();
    assert_eq!(vault.unlock_with_recovery(&other), Err(VaultError::WrongRecoveryCode));
    vault.unlock_with_recovery(&code).unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);

    // A new passphrase keeps the code; both still open the drafts after a restart.
    let new = Passphrase::new("a new sentence we chose".into());
    vault.set_passphrase(&new, None).unwrap();
    let mut again = Vault::open(&dir).unwrap();
    again.unlock_with_passphrase(&new).unwrap();
    let mut third = Vault::open(&dir).unwrap();
    third.unlock_with_recovery(&code).unwrap();
    assert_eq!(third.load(&draft.meta.id).unwrap(), draft);

    // Without a passphrase (the keychain only) there is no recovery code, and no version 2.
    let (plain, _keychain) = unlocked("recovery-none");
    assert!(!plain.has_recovery());
    assert_eq!(std::fs::read(plain.folder().join("vault.key")).unwrap()[8..10], [0, 1]);
}

#[test]
fn a_passphrase_opens_the_drafts_and_a_wrong_one_does_not() {
    let dir = folder("passphrase");
    let mut vault = Vault::open(&dir).unwrap();
    assert_eq!(
        vault.set_up_with_passphrase(&Passphrase::new("short".into()), None),
        Err(VaultError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS })
    );
    assert_eq!(vault.key_setup().unwrap(), KeySetup::New, "nothing was written");
    let passphrase = Passphrase::new("our family's own words".into());
    vault.set_up_with_passphrase(&passphrase, None).unwrap();
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Passphrase);
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    vault.lock();

    let keychain = MemoryKeychain::default();
    assert_eq!(vault.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    assert_eq!(
        vault.unlock_with_passphrase(&Passphrase::new("Our family's own words".into())),
        Err(VaultError::WrongPassphrase)
    );
    assert!(vault.is_locked());
    vault.unlock_with_passphrase(&passphrase).unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);

    // Once the keychain works, it can hold the key too; if its entry is lost later, the
    // passphrase still opens the drafts.
    vault.use_keychain(&keychain).unwrap();
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Keychain { passphrase: true });
    assert_eq!(reopen(&vault, &keychain).load(&draft.meta.id).unwrap(), draft);
    keychain.clear();
    let mut again = Vault::open(&dir).unwrap();
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    again.unlock_with_passphrase(&passphrase).unwrap();
    assert_eq!(again.load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn a_passphrase_opens_the_drafts_however_the_keyboard_composed_its_letters() {
    // The same words, typed on keyboards that send their letters composed or in pieces: Urdu's
    // "آ" (one code point, or alef and madda), Bengali's "ো" (one, or two vowel signs) and "é".
    let in_pieces = "\u{627}\u{653}\u{645} \u{998}\u{9c7}\u{9be}\u{9b0} Ame\u{301}lie";
    let composed = "\u{622}\u{645} \u{998}\u{9cb}\u{9b0} Am\u{e9}lie";
    assert_ne!(in_pieces, composed);
    let dir = folder("passphrase-composed");
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_passphrase(&Passphrase::new(in_pieces.into()), None).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    for typed in [composed, in_pieces] {
        vault.lock();
        vault.unlock_with_passphrase(&Passphrase::new(typed.into())).unwrap();
        assert_eq!(vault.load(&draft.meta.id).unwrap(), draft, "{typed:?}");
    }
    vault.lock();
    let other = "\u{622}\u{645} \u{998}\u{9cb}\u{9b0} Amelie";
    assert_eq!(vault.unlock_with_passphrase(&Passphrase::new(other.into())), Err(VaultError::WrongPassphrase));
}

#[test]
fn a_family_can_stop_the_keychain_opening_the_drafts_once_a_passphrase_is_set() {
    let dir = folder("stop-keychain");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    // Without a passphrase the keychain is the only way in: refused, nothing changes.
    assert_eq!(vault.stop_using_keychain(&keychain), Err(VaultError::NoPassphrase));
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Keychain { passphrase: false });
    assert_eq!(keychain.keys_filed(), 1);

    let passphrase = Passphrase::new("the blue door on our street".into());
    vault.set_passphrase(&passphrase, None).unwrap();
    vault.stop_using_keychain(&keychain).unwrap();
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Passphrase);
    assert_eq!(keychain.keys_filed(), 0, "the keychain no longer holds the key");

    // Next start: the keychain opens nothing (its entry is gone), the passphrase opens the draft.
    let mut again = Vault::open(&dir).unwrap();
    assert!(again.keychain_accounts().is_empty(), "the keychain is not even asked");
    assert!(again.unlock_with_keychain(&keychain).is_err());
    assert!(again.is_locked());
    again.unlock_with_passphrase(&passphrase).unwrap();
    assert_eq!(again.load(&draft.meta.id).unwrap(), draft);
    // And it can be undone: the keychain holds the key again.
    again.use_keychain(&keychain).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::Keychain { passphrase: true });
    assert_eq!(reopen(&again, &keychain).load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn an_unreachable_keychain_at_first_start_writes_nothing_and_a_passphrase_works_instead() {
    let dir = folder("unreachable");
    let mut vault = Vault::open(&dir).unwrap();
    assert_eq!(vault.set_up_with_keychain(&UnreachableKeychain), Err(VaultError::KeychainUnavailable));
    assert_eq!(vault.key_setup().unwrap(), KeySetup::New);
    assert!(file_names(&dir).is_empty());
    vault.set_up_with_passphrase(&Passphrase::new("a sentence we will remember".into()), None).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
    assert_eq!(vault.use_keychain(&UnreachableKeychain), Err(VaultError::KeychainUnavailable));
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Passphrase);
}

#[test]
fn drafts_whose_key_is_missing_are_never_given_a_new_key_silently() {
    let (mut vault, keychain) = unlocked("key-missing");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let files_before = file_names(&dir);
    keychain.clear();

    let mut again = Vault::open(&dir).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::Keychain { passphrase: false });
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    assert_eq!(again.set_up_with_keychain(&keychain), Err(VaultError::AlreadySetUp));
    assert_eq!(again.unlock_with_passphrase(&Passphrase::new("anything at all".into())), Err(VaultError::NoPassphrase));
    // Another installation's key in the keychain is not these drafts' key either.
    *keychain.any.lock().unwrap() = Some([0x5a; KEY_LEN]);
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    assert!(keychain.keys.lock().unwrap().is_empty(), "no key was written");
    assert_eq!(file_names(&dir), files_before, "the drafts are untouched");

    // The explicit way out: every draft and the key files are set aside, never deleted; a new
    // key is made only then.
    let aside = again.start_again(Some(&keychain)).unwrap().expect("the old files were set aside");
    assert_eq!(again.key_setup().unwrap(), KeySetup::New);
    assert_eq!(file_names(&dir), vec!["set-aside".to_owned()]);
    assert_eq!(file_names(&aside), files_before, "{aside:?}");
    keychain.clear();
    again.set_up_with_keychain(&keychain).unwrap();
    assert!(again.list().unwrap().is_empty());
    assert_eq!(again.load(&draft.meta.id), Err(VaultError::NotFound));
}

#[test]
fn drafts_whose_key_file_is_gone_are_lost_not_new() {
    let (mut vault, keychain) = unlocked("key-file-gone");
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    std::fs::remove_file(dir.join("vault.key")).unwrap();
    std::fs::remove_file(dir.join("vault.key.copy")).unwrap();

    let mut again = Vault::open(&dir).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::Lost);
    assert_eq!(again.set_up_with_keychain(&keychain), Err(VaultError::KeyMissing));
    assert_eq!(
        again.set_up_with_passphrase(&Passphrase::new("a long passphrase".into()), None),
        Err(VaultError::KeyMissing)
    );
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    again.start_again(None).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::New);
    assert_eq!(file_names(&dir), vec!["set-aside".to_owned()]);
}

#[test]
fn a_save_that_fails_at_any_step_leaves_the_previous_version_readable() {
    for kind in [io::ErrorKind::Other, io::ErrorKind::StorageFull, io::ErrorKind::PermissionDenied] {
        let mut n = 1;
        loop {
            let files = FailingFiles::new(kind);
            let keychain = MemoryKeychain::default();
            let mut vault = Vault::open_with(folder(&format!("faults-{kind:?}")), files.clone()).unwrap();
            vault.set_up_with_keychain(&keychain).unwrap();
            let mut draft = vault.create("Dad", DraftBody::Parent(contribution("old words"))).unwrap();
            let id = draft.meta.id.clone();
            draft.body = DraftBody::Parent(contribution("new words"));

            files.arm(n);
            let result = vault.save(&mut draft);
            files.disarm();
            let log = files.log();
            let loaded = reopen(&vault, &keychain).load(&id).unwrap_or_else(|e| panic!("{kind:?} step {n}: {e}"));
            if n > log.len() {
                assert_eq!(result, Ok(()));
                assert_eq!(words(&loaded), "new words");
                assert!(n > 8, "a save has more steps than {}: {log:?}", n - 1);
                break;
            }
            assert_eq!(result, Err(expected_error(kind)), "{kind:?} failing step {n} ({})", log[n - 1]);
            let committed = log[..n - 1].iter().filter(|op| **op == "rename").count() >= 2;
            if committed {
                assert!(["old words", "new words"].contains(&words(&loaded)), "{kind:?} step {n}");
            } else {
                assert_eq!(words(&loaded), "old words", "{kind:?} step {n} ({})", log[n - 1]);
            }
            // The next save goes through and leaves no backup or half-written file behind.
            vault.save(&mut draft).unwrap();
            assert_eq!(words(&reopen(&vault, &keychain).load(&id).unwrap()), "new words");
            assert_eq!(
                file_names(vault.folder()),
                vec![format!("{id}.draft"), "vault.key".to_owned(), "vault.key.copy".to_owned()]
            );
            n += 1;
        }
    }
}

#[test]
fn a_new_draft_that_fails_to_save_is_all_there_or_not_there() {
    let mut n = 1;
    loop {
        let files = FailingFiles::new(io::ErrorKind::StorageFull);
        let keychain = MemoryKeychain::default();
        let mut vault = Vault::open_with(folder("faults-create"), files.clone()).unwrap();
        vault.set_up_with_keychain(&keychain).unwrap();
        files.arm(n);
        let result = vault.create("Mum", DraftBody::Parent(contribution("words")));
        files.disarm();
        let steps = files.log().len();
        let listed = reopen(&vault, &keychain).list().unwrap();
        assert_eq!(unreadable(&listed), vec![], "step {n}");
        match result {
            Ok(draft) => {
                assert_eq!(ready(&listed), vec![&draft.meta]);
                assert!(n > steps);
                break;
            }
            Err(e) => {
                assert_eq!(e, VaultError::DiskFull);
                assert!(ready(&listed).len() <= 1, "step {n}");
            }
        }
        n += 1;
    }
}

#[test]
fn a_set_up_that_fails_at_any_step_leaves_a_first_start_or_a_working_key() {
    let mut n = 1;
    loop {
        let files = FailingFiles::new(io::ErrorKind::Other);
        let keychain = MemoryKeychain::default();
        let dir = folder("faults-set-up");
        let mut vault = Vault::open_with(&dir, files.clone()).unwrap();
        files.arm(n);
        let result = vault.set_up_with_keychain(&keychain);
        files.disarm();
        let steps = files.log().len();
        let mut again = Vault::open(&dir).unwrap();
        match result {
            Ok(()) => {
                again.unlock_with_keychain(&keychain).unwrap_or_else(|e| panic!("step {n}: {e}"));
                assert!(!vault.is_locked());
                if n > steps {
                    break;
                }
            }
            Err(_) => {
                assert_eq!(again.key_setup().unwrap(), KeySetup::New, "step {n}");
                assert!(vault.is_locked());
            }
        }
        n += 1;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_contributions_round_trip_through_the_file_format(
        c in any_contribution(),
        label in "\\PC{1,60}",
    ) {
        let key = DataKey::from_bytes([3; KEY_LEN]);
        let now = Utc::now();
        let meta = DraftMeta { id: "0123456789abcdef0123456789abcdef".into(), label, kind: DraftKind::Parent, created: now, updated: now };
        let draft = Draft { meta, body: DraftBody::Parent(c) };
        let bytes = encode_draft(&key, &draft).unwrap();
        prop_assert_eq!(decode_draft(&key, &bytes).unwrap(), draft);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn random_contributions_round_trip_through_the_store(c in any_contribution(), label in "[A-Za-z][A-Za-z0-9]{0,30}") {
        let (mut vault, keychain) = unlocked("proptest");
        let mut draft = vault.create(&label, DraftBody::Parent(Contribution::new("en-GB"))).unwrap();
        draft.body = DraftBody::Parent(c);
        vault.save(&mut draft).unwrap();
        prop_assert_eq!(reopen(&vault, &keychain).load(&draft.meta.id).unwrap(), draft);
    }
}

fn any_contribution() -> impl Strategy<Value = Contribution> {
    (
        prop::sample::select(vec!["en-GB", "ar", "bn", "ur", "pl", "pa"]),
        any::<String>(),
        any::<String>(),
        prop::collection::btree_map("prompt-[a-z-]{1,30}", any::<String>(), 0..8),
        prop::option::of(0u8..=10),
        any::<bool>(),
    )
        .prop_map(|(language, writer, access, answers, scale, interpreter)| {
            let mut c = Contribution::new(language);
            c.about.writer_name = writer;
            c.about.access_needs = access;
            c.about.interpreter.needed = interpreter;
            c.answers = answers;
            c.scale = scale;
            c
        })
}

/// Looks for each needle in every file under `dir` (not following links), skipping files
/// older than `since` and files too large to be a leak of a small draft.
fn search(dir: &Path, since: Option<SystemTime>, needles: &[Vec<u8>], hits: &mut Vec<PathBuf>, searched: &mut usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        if meta.is_dir() {
            search(&path, since, needles, hits, searched);
            continue;
        }
        let recent = since.is_none_or(|since| meta.modified().is_ok_and(|m| m >= since));
        if !meta.is_file() || !recent || meta.len() > 64 * 1024 * 1024 {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else { continue };
        *searched += 1;
        if needles.iter().any(|needle| bytes.windows(needle.len()).any(|w| w == needle.as_slice())) {
            hits.push(path);
        }
    }
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

#[test]
fn a_canary_sentence_never_reaches_the_disk_in_plain_text() {
    let started = SystemTime::now() - Duration::from_secs(2);
    let token = random_hex();
    let canary = format!("The canary {token} sings at nan's house");
    let files = FailingFiles::new(io::ErrorKind::Other);
    let keychain = MemoryKeychain::default();
    let dir = folder("canary");
    let mut vault = Vault::open_with(&dir, files.clone()).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    vault.set_passphrase(&Passphrase::new(format!("passphrase {token}")), None).unwrap();

    let mut draft = vault.create(&format!("Mum — {canary}"), DraftBody::Parent(contribution(&canary))).unwrap();
    for i in 0..5 {
        draft.body = DraftBody::Parent(contribution(&format!("{canary} ({i})")));
        vault.save(&mut draft).unwrap();
    }
    // Failed saves, which leave temp files and backups behind.
    for step in [3, 5, 7, 9] {
        files.arm(step);
        let _ = vault.save(&mut draft);
        files.disarm();
    }
    vault.rename(&draft.meta.id, &format!("{canary} renamed")).unwrap();
    let child = vault.create("My views", DraftBody::Child(child_views(&canary))).unwrap();
    vault.list().unwrap();
    vault.load(&child.meta.id).unwrap();
    vault.lock();
    vault.unlock_with_passphrase(&Passphrase::new(format!("passphrase {token}"))).unwrap();
    vault.delete(&child.meta.id).unwrap();

    let needles: Vec<Vec<u8>> = vec![token.as_bytes().to_vec(), utf16(&token, true), utf16(&token, false)];
    let (mut hits, mut searched) = (Vec::new(), 0);
    search(&dir, None, &needles, &mut hits, &mut searched);
    assert!(searched >= 2, "the drafts folder was searched");
    search(&std::env::temp_dir(), Some(started), &needles, &mut hits, &mut searched);
    assert!(hits.is_empty(), "the canary is readable in {hits:?}");
}

const CRASH_DIR: &str = "FAMILY_VOICE_CRASH_DIR";
const CRASH_COUNTER: &str = "prompt-crash-counter";

fn crash_contribution(n: u64) -> Contribution {
    // Long enough that a save takes a while, and a different length each time.
    let mut c = contribution(&"Every morning we walk to school together. ".repeat(500 + (n % 97) as usize));
    c.answers.insert(CRASH_COUNTER.into(), n.to_string());
    c
}

fn crash_counter(draft: &Draft) -> u64 {
    match &draft.body {
        DraftBody::Parent(c) => c.answers[CRASH_COUNTER].parse().unwrap(),
        DraftBody::Child(_) => panic!("expected a parent's draft"),
    }
}

#[test]
fn a_draft_killed_mid_save_opens_as_the_old_or_the_new_version() {
    let runs: usize = std::env::var("FAMILY_VOICE_CRASH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    let root = folder("crash");
    let keychain = FileKeychain { dir: root.join("keys") };
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    let id = vault.create("Crash", DraftBody::Parent(crash_contribution(0))).unwrap().meta.id;
    drop(vault);

    // How long the child takes to start and to save, so the kills can be spread over its saves.
    let (first_save, per_save) = {
        let (mut child, lines) = spawn_crash_child(&root);
        let spawned = Instant::now();
        let mut seen = Vec::new();
        for line in lines.lines() {
            if saved_number(&line.unwrap()).is_some() {
                seen.push(spawned.elapsed());
                if seen.len() == 4 {
                    break;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        (seen[0], (seen[3] - seen[0]) / 3)
    };
    let window = first_save + per_save * 6;

    let started = Instant::now();
    let (mut last, mut during_saves) = (crash_counter(&reopen_crash(&root, &keychain).load(&id).unwrap()), 0);
    for run in 0..runs {
        let (mut child, mut stdout) = spawn_crash_child(&root);
        let delay = first_save / 2 + window.mul_f64((getrandom::u32().unwrap() % 10_000) as f64 / 10_000.0);
        std::thread::sleep(delay);
        child.kill().unwrap();
        child.wait().unwrap();
        let mut out = String::new();
        stdout.read_to_string(&mut out).unwrap();
        let confirmed = out.lines().filter_map(saved_number).next_back();

        let vault = reopen_crash(&root, &keychain);
        let listed = vault.list().unwrap();
        assert_eq!(unreadable(&listed), vec![], "run {run}");
        assert_eq!(ready(&listed).len(), 1, "run {run}");
        let found = crash_counter(&vault.load(&id).unwrap_or_else(|e| panic!("run {run}: {e}")));
        let floor = confirmed.unwrap_or(last);
        assert!(found == floor || found == floor + 1, "run {run}: found version {found}, last confirmed {floor}");
        during_saves += usize::from(confirmed.is_some());
        last = found;
    }
    eprintln!(
        "crash test: {runs} kills in {:.1} s ({first_save:?} to the first save, {per_save:?} a save), \
         {during_saves} after at least one save in that run; {last} saves kept",
        started.elapsed().as_secs_f64()
    );
    assert!(during_saves * 2 >= runs, "most kills should land while the child is saving ({during_saves} of {runs})");
}

fn spawn_crash_child(root: &Path) -> (std::process::Child, io::BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "vault::crash_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CRASH_DIR, root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = io::BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

fn reopen_crash(root: &Path, keychain: &dyn Keychain) -> Vault {
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.unlock_with_keychain(keychain).unwrap();
    vault
}

/// The version a child reported saved; the test harness may print its own words before it.
fn saved_number(line: &str) -> Option<u64> {
    line.rsplit_once("saved ").and_then(|(_, n)| n.trim().parse().ok())
}

/// The child process of the crash test: saves one draft over and over until it is killed.
#[test]
#[ignore = "the crash test's child process; does nothing unless that test starts it"]
fn crash_child() {
    let Some(root) = std::env::var_os(CRASH_DIR).map(PathBuf::from) else { return };
    let keychain = FileKeychain { dir: root.join("keys") };
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.unlock_with_keychain(&keychain).unwrap();
    let id = ready(&vault.list().unwrap())[0].id.clone();
    let mut draft = vault.load(&id).unwrap();
    let mut n = crash_counter(&draft);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut out = io::stdout();
    while Instant::now() < deadline {
        n += 1;
        draft.body = DraftBody::Parent(crash_contribution(n));
        vault.save(&mut draft).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

/// The keychain tests share one Secret Service; the locked-keyring test locks it for all.
static SECRET_SERVICE: Mutex<()> = Mutex::new(());

fn test_keychain() -> OsKeychain {
    OsKeychain::with_service("Family Voice tests")
}

/// Remembers the accounts a keychain was asked to store, so a test can remove the entry.
struct Recording<'a> {
    inner: &'a dyn Keychain,
    accounts: Mutex<Vec<String>>,
}

impl Keychain for Recording<'_> {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        self.inner.load(account)
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        self.accounts.lock().unwrap().push(account.to_owned());
        self.inner.store(account, key)
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        self.inner.forget(account)
    }
}

#[test]
#[ignore = "needs a Secret Service; ./dev test runs them inside dbus-run-session with gnome-keyring"]
fn the_os_keychain_keeps_the_key_across_restarts() {
    let _one_at_a_time = SECRET_SERVICE.lock().unwrap_or_else(PoisonError::into_inner);
    let keychain = test_keychain();
    let recording = Recording { inner: &keychain, accounts: Mutex::default() };
    let mut vault = Vault::open(folder("os-keychain")).unwrap();
    vault.set_up_with_keychain(&recording).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    vault.lock();
    let mut again = Vault::open(vault.folder()).unwrap();
    again.unlock_with_keychain(&keychain).unwrap();
    assert_eq!(again.load(&draft.meta.id).unwrap(), draft);

    again.lock();
    assert_eq!(again.start_again(Some(&keychain)), Err(VaultError::DraftsStillOpen), "the keychain still opens them");
    let account = recording.accounts.lock().unwrap()[0].clone();
    assert!(keychain.load(&account).unwrap().is_some(), "starting again never touches the keychain");
    again.erase_everything(&keychain).unwrap();
    assert!(keychain.load(&account).unwrap().is_none(), "deleting everything forgets the key");
}

#[test]
#[ignore = "needs a Secret Service; ./dev test runs them inside dbus-run-session with gnome-keyring"]
fn a_key_missing_from_the_os_keychain_is_an_error_not_a_new_key() {
    let _one_at_a_time = SECRET_SERVICE.lock().unwrap_or_else(PoisonError::into_inner);
    let keychain = test_keychain();
    let recording = Recording { inner: &keychain, accounts: Mutex::default() };
    let mut vault = Vault::open(folder("os-keychain-missing")).unwrap();
    vault.set_up_with_keychain(&recording).unwrap();
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let account = recording.accounts.lock().unwrap()[0].clone();
    keychain.forget(&account).unwrap();

    let mut again = Vault::open(vault.folder()).unwrap();
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeyMissing));
    assert_eq!(again.set_up_with_keychain(&keychain), Err(VaultError::AlreadySetUp));
    assert!(keychain.load(&account).unwrap().is_none(), "no new key was filed");
    again.start_again(Some(&keychain)).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::New);
}

/// The keychain's answer in a child process started with `env`.
fn keychain_answer_in(env: &[(&str, &str)]) -> String {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["--exact", "vault::keychain_answer_child", "--ignored", "--nocapture", "--test-threads=1"]);
    command.env("FAMILY_VOICE_KEYCHAIN_CHILD", "1").envs(env.iter().copied());
    let out = command.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().find_map(|l| l.split_once("answer: ").map(|(_, a)| a.to_owned())).unwrap_or(text)
}

/// Asks the operating system's keychain once and prints the answer; only as the child of the
/// test below.
#[test]
#[ignore = "the keychain tests' child process; does nothing unless one starts it"]
fn keychain_answer_child() {
    if std::env::var_os("FAMILY_VOICE_KEYCHAIN_CHILD").is_some() {
        println!("answer: {:?}", test_keychain().load("probe").map(|k| k.is_some()));
    }
}

/// The locked keyring is the test above; here, a computer with no session bus at all.
#[test]
fn a_computer_with_no_keyring_at_all_is_told_apart_from_a_locked_one() {
    // No session bus at all.
    let no_bus = keychain_answer_in(&[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")]);
    assert_eq!(no_bus, "Err(NoKeychain)");
}

const LOGIN: &str = "/org/freedesktop/secrets/collection/login";

/// Calls the Secret Service with `dbus-send` (Debian package dbus), as a person could.
fn dbus_send(path: &str, method: &str, args: &[&str]) -> String {
    let output = Command::new("dbus-send")
        .args(["--session", "--print-reply=literal", "--dest=org.freedesktop.secrets", path, method])
        .args(args)
        .output()
        .expect("dbus-send is installed");
    assert!(output.status.success(), "{method}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn keyring_locked() -> bool {
    let args = ["string:org.freedesktop.Secret.Collection", "string:Locked"];
    dbus_send(LOGIN, "org.freedesktop.DBus.Properties.Get", &args).contains("true")
}

/// Unlocks the login keyring again when dropped: a fresh daemon replaces the locked one and
/// unlocks with the password `./dev test` gave it.
struct Relock;

impl Drop for Relock {
    fn drop(&mut self) {
        let password = std::env::var("FAMILY_VOICE_KEYRING_PASSWORD").unwrap_or_else(|_| "family-voice-test".into());
        let mut daemon = Command::new("gnome-keyring-daemon")
            .args(["--replace", "--unlock", "--components=secrets"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        daemon.stdin.take().unwrap().write_all(password.as_bytes()).unwrap();
        daemon.wait().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while keyring_locked() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
#[ignore = "needs a Secret Service; ./dev test runs them inside dbus-run-session with gnome-keyring"]
fn a_locked_keyring_is_reported_as_unavailable_and_a_passphrase_is_offered() {
    let _one_at_a_time = SECRET_SERVICE.lock().unwrap_or_else(PoisonError::into_inner);
    let keychain = test_keychain();
    let mut vault = Vault::open(folder("os-keychain-locked")).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();

    let relock = Relock;
    dbus_send("/org/freedesktop/secrets", "org.freedesktop.Secret.Service.Lock", &[&format!("array:objpath:{LOGIN}")]);
    assert!(keyring_locked(), "the keyring is locked for this test");
    let mut again = Vault::open(vault.folder()).unwrap();
    assert_eq!(again.unlock_with_keychain(&keychain), Err(VaultError::KeychainUnavailable));
    let mut fresh = Vault::open(folder("os-keychain-locked-new")).unwrap();
    assert_eq!(fresh.set_up_with_keychain(&keychain), Err(VaultError::KeychainUnavailable));
    assert_eq!(fresh.key_setup().unwrap(), KeySetup::New, "nothing was written");
    fresh.set_up_with_passphrase(&Passphrase::new("a sentence we will remember".into()), None).unwrap();
    drop(relock);

    again.unlock_with_keychain(&keychain).unwrap();
    assert_eq!(again.load(&draft.meta.id).unwrap(), draft);
    again.erase_everything(&keychain).unwrap();
}
