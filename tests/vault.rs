//! The draft store: encryption, tampering, crashes and failing disks. The keychain tests need a
//! real Secret Service; `./dev test` runs them inside a private D-Bus session with gnome-keyring.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use family_voice::vault::{
    open_sealed, seal, DataKey, DraftBody, FileOps, Keychain, Listed, RealFiles, Vault, VaultError, HEADER_LEN,
};
use family_voice::Contribution;
use proptest::prelude::*;

fn key() -> DataKey {
    DataKey::from_bytes([7; 32])
}

fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output/vault").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn contribution(words: &str) -> Contribution {
    let mut c = Contribution::new("en-GB");
    c.answers.insert("prompt-strengths-family".into(), words.into());
    c
}

fn words(vault: &Vault, id: &str) -> String {
    let DraftBody::Parent(c) = vault.load(id).unwrap().body;
    c.answers["prompt-strengths-family"].clone()
}

#[test]
fn a_draft_round_trips_and_its_file_shows_no_family_text() {
    let dir = folder("round-trip");
    let vault = Vault::open(&dir, key()).unwrap();
    let draft = vault
        .create("Mum — initial conference", DraftBody::Parent(contribution("We read together every night.")))
        .unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("read together"));
        assert!(!String::from_utf8_lossy(&bytes).contains("Mum"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = dir.join(format!("{}.draft", draft.meta.id));
        assert_eq!(std::fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    }
}

#[test]
fn changing_any_byte_of_header_nonce_ciphertext_or_tag_is_an_error_not_a_panic() {
    let sealed = seal(&key(), b"{\"secret\": true}").unwrap();
    for i in 0..sealed.len() {
        let mut bad = sealed.clone();
        bad[i] ^= 0x01;
        let result = open_sealed(&key(), &bad);
        assert!(result.is_err(), "flipping byte {i} went unnoticed");
    }
    assert!(matches!(open_sealed(&key(), &sealed[..HEADER_LEN - 1]), Err(VaultError::Foreign)));
    assert!(matches!(open_sealed(&DataKey::from_bytes([8; 32]), &sealed), Err(VaultError::Damaged)));
    let mut newer = sealed.clone();
    newer[8] = 2;
    assert!(matches!(open_sealed(&key(), &newer), Err(VaultError::NewerVersion(2))));
}

#[test]
fn a_foreign_or_damaged_file_is_listed_as_unreadable_and_the_others_still_open() {
    let dir = folder("mixed");
    let vault = Vault::open(&dir, key()).unwrap();
    let good = vault.create("Dad", DraftBody::Parent(contribution("Good"))).unwrap();
    std::fs::write(dir.join("0123abcd.draft"), b"PK\x03\x04 a zip file, not a draft").unwrap();
    let damaged = vault.create("Gran", DraftBody::Parent(contribution("Damaged"))).unwrap();
    let path = dir.join(format!("{}.draft", damaged.meta.id));
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();

    let listed = vault.list().unwrap();
    assert_eq!(listed.len(), 3);
    assert!(listed.iter().any(|l| matches!(l, Listed::Ready(m) if m.id == good.meta.id)));
    assert!(listed
        .iter()
        .any(|l| matches!(l, Listed::Unreadable { id, error: VaultError::Foreign } if id == "0123abcd")));
    assert!(listed
        .iter()
        .any(|l| matches!(l, Listed::Unreadable { id, error: VaultError::Damaged } if *id == damaged.meta.id)));
    assert_eq!(words(&vault, &good.meta.id), "Good");
}

#[test]
fn delete_removes_the_draft_and_every_copy() {
    let dir = folder("delete");
    let vault = Vault::open(&dir, key()).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("One"))).unwrap();
    std::fs::write(dir.join(format!("{}.bak", draft.meta.id)), b"old").unwrap();
    std::fs::write(dir.join(format!("{}.new", draft.meta.id)), b"newer").unwrap();
    vault.delete(&draft.meta.id).unwrap();
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    assert!(matches!(vault.load(&draft.meta.id), Err(VaultError::NotFound)));
}

#[test]
fn a_locked_vault_opens_nothing_until_unlocked() {
    let dir = folder("lock");
    let mut vault = Vault::open(&dir, key()).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("Kept"))).unwrap();
    vault.lock();
    assert!(matches!(vault.load(&draft.meta.id), Err(VaultError::Locked)));
    assert!(matches!(vault.save(&draft), Err(VaultError::Locked)));
    vault.unlock(key());
    assert_eq!(words(&vault, &draft.meta.id), "Kept");
    assert_eq!(format!("{:?}", key()), "DataKey(<redacted>)");
}

#[test]
fn ids_that_could_name_other_files_are_refused() {
    let dir = folder("ids");
    let vault = Vault::open(&dir, key()).unwrap();
    for id in ["", "../escape", "a/b", "x.draft", &"a".repeat(65)] {
        assert!(matches!(vault.load(id), Err(VaultError::NotFound)), "{id:?}");
        assert!(matches!(vault.delete(id), Err(VaultError::NotFound)), "{id:?}");
    }
}

/// Real file operations, except that operation number `fail_at` fails as a full disk would.
struct FailAt {
    count: Arc<AtomicUsize>,
    fail_at: usize,
}

impl FailAt {
    fn tick(&self) -> std::io::Result<()> {
        if self.count.fetch_add(1, Ordering::SeqCst) == self.fail_at {
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        } else {
            Ok(())
        }
    }
}

impl FileOps for FailAt {
    fn write_new(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.tick()?;
        RealFiles.write_new(path, bytes)
    }
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        self.tick()?;
        RealFiles.rename(from, to)
    }
    fn sync_folder(&self, folder: &Path) -> std::io::Result<()> {
        self.tick()?;
        RealFiles.sync_folder(folder)
    }
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.tick()?;
        RealFiles.read(path)
    }
    fn remove(&self, path: &Path) -> std::io::Result<()> {
        self.tick()?;
        RealFiles.remove(path)
    }
    fn list(&self, folder: &Path) -> std::io::Result<Vec<PathBuf>> {
        RealFiles.list(folder)
    }
}

#[test]
fn when_any_step_of_a_save_fails_the_previous_version_still_opens() {
    let mut failed_somewhere = 0;
    for fail_at in 0..12 {
        let dir = folder(&format!("fail-{fail_at}"));
        let vault = Vault::open(&dir, key()).unwrap();
        let mut draft = vault.create("Mum", DraftBody::Parent(contribution("old words"))).unwrap();
        draft.body = DraftBody::Parent(contribution("new words"));
        let count = Arc::new(AtomicUsize::new(0));
        let failing = Vault::with_files(&dir, key(), Box::new(FailAt { count: count.clone(), fail_at })).unwrap();
        let result = failing.save(&draft);
        if result.is_err() {
            failed_somewhere += 1;
            assert!(matches!(result, Err(VaultError::DiskFull)), "step {fail_at}: {result:?}");
        }
        let now = words(&vault, &draft.meta.id);
        assert!(now == "old words" || now == "new words", "step {fail_at}: {now:?}");
        if result.is_ok() {
            assert_eq!(now, "new words", "a save that succeeded is what opens");
        }
    }
    assert!(failed_somewhere >= 6, "every step of a save was made to fail");
}

#[test]
fn a_crash_between_the_steps_of_a_save_is_recovered_on_opening() {
    let dir = folder("crash-steps");
    let vault = Vault::open(&dir, key()).unwrap();
    let draft = vault.create("Mum", DraftBody::Parent(contribution("old words"))).unwrap();
    let id = &draft.meta.id;
    // As if the app died after moving the current file aside and before renaming the new one in.
    std::fs::rename(dir.join(format!("{id}.draft")), dir.join(format!("{id}.bak"))).unwrap();
    assert_eq!(words(&vault, id), "old words");
    let mut newer = draft.clone();
    newer.body = DraftBody::Parent(contribution("new words"));
    let scratch = Vault::open(&folder("crash-scratch"), key()).unwrap();
    scratch.save(&newer).unwrap();
    std::fs::copy(folder_file("crash-scratch", id), dir.join(format!("{id}.new"))).unwrap();
    assert_eq!(words(&vault, id), "new words", "a complete .new is newer than the backup");
}

fn folder_file(name: &str, id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output/vault").join(name).join(format!("{id}.draft"))
}

#[test]
fn a_canary_sentence_is_found_nowhere_on_disk_in_utf8_or_utf16() {
    let mut canary = [0u8; 12];
    getrandom_fill(&mut canary);
    let canary: String = format!("canary {}", canary.iter().map(|b| format!("{b:02x}")).collect::<String>());
    let started = std::time::SystemTime::now() - std::time::Duration::from_secs(1);
    let dir = folder("canary");
    let vault = Vault::open(&dir, key()).unwrap();
    let mut draft = vault.create("Mum", DraftBody::Parent(contribution(&canary))).unwrap();
    draft.meta.label = canary.clone();
    vault.save(&draft).unwrap();
    let utf16: Vec<u8> = canary.encode_utf16().flat_map(u16::to_le_bytes).collect();
    // Only a file written since the test began can hold the canary.
    let written = |file: &Path| std::fs::metadata(file).and_then(|m| m.modified()).is_ok_and(|t| t >= started);
    for place in [dir.clone(), std::env::temp_dir()] {
        for file in walk(&place).into_iter().filter(|f| written(f)) {
            let Ok(bytes) = std::fs::read(&file) else { continue };
            assert!(!contains(&bytes, canary.as_bytes()), "{} holds the canary", file.display());
            assert!(!contains(&bytes, &utf16), "{} holds the canary in UTF-16", file.display());
        }
    }
}

fn getrandom_fill(bytes: &mut [u8]) {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (nanos >> ((i % 16) * 8)) as u8 ^ (i as u8).wrapping_mul(37);
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => stack.push(path),
                Ok(t) if t.is_file() => out.push(path),
                _ => {}
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    #[test]
    fn any_contribution_round_trips_through_the_vault(answer in any::<String>(), name in any::<String>(), scale in proptest::option::of(0u8..=10)) {
        let dir = folder("proptest");
        let vault = Vault::open(&dir, key()).unwrap();
        let mut c = contribution(&answer);
        c.about.writer_name = name;
        c.scale = scale;
        let draft = vault.create("Mum", DraftBody::Parent(c)).unwrap();
        prop_assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
    }
}

#[test]
#[ignore = "needs a Secret Service; ./dev test runs it inside dbus-run-session with gnome-keyring"]
fn the_key_lives_in_the_real_keychain_and_a_locked_keychain_is_reported_as_unavailable() {
    let keychain = Keychain::new(Some("test-key-survives")).unwrap();
    keychain.forget().unwrap();
    assert!(keychain.load().unwrap().is_none());
    let key = DataKey::generate().unwrap();
    keychain.store(&key).unwrap();
    let dir = folder("keychain");
    let draft =
        Vault::open(&dir, key).unwrap().create("Mum", DraftBody::Parent(contribution("In the keychain"))).unwrap();
    let again = Keychain::new(Some("test-key-survives")).unwrap().load().unwrap().expect("the key was kept");
    assert_eq!(words(&Vault::open(&dir, again).unwrap(), &draft.meta.id), "In the keychain");
    keychain.forget().unwrap();
    assert!(Vault::has_drafts(&dir), "drafts without their key: the app must explain, never make a new key");

    // The same keychain, locked: reported as unavailable, never as "no key" (which would lead
    // to a new key orphaning the drafts). One test, so nothing else uses the keyring meanwhile.
    let lock = std::process::Command::new("dbus-send")
        .args(["--session", "--dest=org.freedesktop.secrets", "--type=method_call", "--print-reply"])
        .args([
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock",
            "array:objpath:/org/freedesktop/secrets/collection/login",
        ])
        .status()
        .expect("dbus-send runs");
    assert!(lock.success(), "the test keyring could be locked");
    let result = Keychain::new(Some("test-locked")).and_then(|k| k.store(&DataKey::generate().unwrap()));
    let unlock = std::process::Command::new("bash")
        .args([
            "-c",
            "echo -n family-voice-test | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null",
        ])
        .status();
    assert!(matches!(result, Err(VaultError::KeychainUnavailable)), "{result:?}");
    assert!(unlock.is_ok());
}
