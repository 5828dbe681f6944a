//! How the drafts' key is kept: a passphrase (however the keyboard composed it), the recovery
//! code, the keychain, and keys that went missing; and, with a real Secret Service, the
//! operating system's keychain (`./dev test` runs these with `--include-ignored` inside a private
//! D-Bus session with an unlocked gnome-keyring).

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use family_voice::vault::{
    DataKey, DraftBody, KeySetup, Keychain, OsKeychain, Passphrase, Vault, VaultError, KEY_LEN, MIN_PASSPHRASE_CHARS,
};

use crate::fakes::*;

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

/// The keychain tests share one Secret Service; the locked-keyring test locks it for all.
pub(crate) static SECRET_SERVICE: Mutex<()> = Mutex::new(());

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
    command.args([
        "--exact",
        "vault_keys::keychain_answer_child_not_a_test",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    command.env("FAMILY_VOICE_KEYCHAIN_CHILD", "1").envs(env.iter().copied());
    let out = command.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().find_map(|l| l.split_once("answer: ").map(|(_, a)| a.to_owned())).unwrap_or(text)
}

/// Asks the operating system's keychain once and prints the answer; only as the child of the
/// test below.
#[test]
#[ignore = "the keychain tests' child process; does nothing unless one starts it"]
fn keychain_answer_child_not_a_test() {
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
