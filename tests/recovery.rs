//! Nothing a family typed is lost at the edges of the draft store: a damaged record of the key
//! is repaired (and told apart from a missing one), a save a crash left whole becomes the
//! draft, "start again" sets aside rather than deletes, things that are not files are never
//! opened, one app holds the folder, and "delete everything" leaves nothing.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use family_voice::drafts::{self, Shelf};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::vault::{
    encode_draft, DataKey, DraftBody, Fetched, FolderLock, KeySetup, Keychain, ListedDraft, Vault, VaultError,
};

use crate::fakes::{contribution, file_names as names, folder, unlocked, words, MemoryKeychain};

fn loc() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

/// Every file under `dir`, as paths relative to it.
fn every_file(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(here) = stack.pop() {
        for entry in std::fs::read_dir(&here).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn with_every_copy_of_the_key_file_damaged_the_keychain_and_the_drafts_rebuild_it() {
    let (mut vault, keychain) = unlocked("rebuild-key-file");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("our words"))).unwrap();
    let dir = vault.folder().to_owned();
    let whole = std::fs::read(dir.join("vault.key")).unwrap();
    // The check damaged in both copies (same byte), then both cut short after the installation id.
    let mut bad_check = whole.clone();
    bad_check[60] ^= 0x10;
    for damage in [bad_check, whole[..30].to_vec()] {
        for copy in ["vault.key", "vault.key.copy"] {
            std::fs::write(dir.join(copy), &damage).unwrap();
        }
        let mut again = Vault::open(&dir).unwrap();
        let shelf = drafts::open(&mut again, &keychain, &loc());
        assert!(matches!(shelf, Shelf::Open { .. }), "{shelf:?}");
        assert_eq!(again.load(&draft.meta.id).unwrap(), draft);
        let rebuilt = std::fs::read(dir.join("vault.key")).unwrap();
        assert_eq!(std::fs::read(dir.join("vault.key.copy")).unwrap(), rebuilt);
        assert_eq!(rebuilt.len(), whole.len());
        assert_eq!(rebuilt[..26], whole[..26], "the same installation, so the same keychain entry");
    }
}

#[test]
fn a_damaged_record_of_the_key_is_told_apart_from_a_missing_one() {
    let (mut vault, keychain) = unlocked("damaged-not-missing");
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    for copy in ["vault.key", "vault.key.copy"] {
        std::fs::write(dir.join(copy), b"not a key file at all").unwrap();
    }
    let mut again = Vault::open(&dir).unwrap();
    assert_eq!(again.key_setup().unwrap(), KeySetup::Damaged);
    let shelf = drafts::open(&mut again, &keychain, &loc());
    match &shelf {
        Shelf::Lost { problem } => {
            assert_eq!(problem.code, "vault.key-file-damaged");
            assert!(problem.message.contains("damaged") && problem.message.contains("Nothing has been deleted"));
        }
        other => panic!("{other:?}"),
    }

    for copy in ["vault.key", "vault.key.copy"] {
        std::fs::remove_file(dir.join(copy)).unwrap();
    }
    match drafts::open(&mut again, &keychain, &loc()) {
        Shelf::Lost { problem } => assert_eq!(problem.code, "vault.key-missing"),
        other => panic!("{other:?}"),
    }
}

/// The key a memory keychain holds for the one installation it has seen.
fn key_of(keychain: &MemoryKeychain) -> DataKey {
    DataKey::from_bytes(keychain.only_key())
}

#[test]
fn a_whole_newer_save_left_by_a_crash_becomes_the_draft() {
    let (mut vault, keychain) = unlocked("newer-temp");
    let mut draft = vault.create("Mum", DraftBody::Parent(contribution("older words"))).unwrap();
    let dir = vault.folder().to_owned();
    draft.body = DraftBody::Parent(contribution("newer words, typed just before the crash"));
    draft.meta.updated += chrono::Duration::seconds(5);
    let temp = dir.join(format!(".{}.draft.tmp", draft.meta.id));
    std::fs::write(&temp, encode_draft(&key_of(&keychain), &draft).unwrap()).unwrap();
    vault.lock();

    let mut again = Vault::open(&dir).unwrap();
    again.unlock_with_keychain(&keychain).unwrap();
    assert_eq!(words(&again.load(&draft.meta.id).unwrap()), "newer words, typed just before the crash");
    assert!(!temp.exists(), "the temp file became the draft");
    assert!(!dir.join("set-aside").exists(), "nothing needed setting aside");
}

#[test]
fn an_older_or_broken_leftover_save_is_set_aside_never_loaded_never_deleted() {
    let (mut vault, keychain) = unlocked("older-temp");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("the words that count"))).unwrap();
    let second = vault.create("Dad", DraftBody::Parent(contribution("dad's words"))).unwrap();
    let dir = vault.folder().to_owned();
    let mut older = draft.clone();
    older.body = DraftBody::Parent(contribution("an older version"));
    older.meta.updated -= chrono::Duration::seconds(60);
    let older_bytes = encode_draft(&key_of(&keychain), &older).unwrap();
    std::fs::write(dir.join(format!(".{}.draft.tmp", draft.meta.id)), &older_bytes).unwrap();
    let cut_short = &encode_draft(&key_of(&keychain), &second).unwrap()[..50];
    std::fs::write(dir.join(format!(".{}.draft.tmp", second.meta.id)), cut_short).unwrap();
    vault.lock();

    let mut again = Vault::open(&dir).unwrap();
    again.unlock_with_keychain(&keychain).unwrap();
    assert_eq!(words(&again.load(&draft.meta.id).unwrap()), "the words that count");
    assert_eq!(words(&again.load(&second.meta.id).unwrap()), "dad's words");
    let aside = dir.join("set-aside");
    let kept = every_file(&aside);
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(kept.iter().any(|f| f.ends_with(&format!(".{}.draft.tmp", draft.meta.id))));
    let kept_older = std::fs::read(aside.join(kept.iter().find(|f| f.contains(&draft.meta.id)).unwrap())).unwrap();
    assert_eq!(kept_older, older_bytes, "set aside byte for byte");
    assert!(!names(&dir).iter().any(|n| n.ends_with(".tmp")));
}

#[test]
fn start_again_is_refused_while_the_keychain_still_opens_the_drafts() {
    let (mut vault, keychain) = unlocked("start-again-refused");
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let before = every_file(&dir);
    assert_eq!(vault.start_again(Some(&keychain)), Err(VaultError::DraftsStillOpen), "unlocked");
    vault.lock();
    assert_eq!(vault.start_again(Some(&keychain)), Err(VaultError::DraftsStillOpen), "the keychain opens them");
    assert_eq!(every_file(&dir), before, "nothing moved");
    // Asked through the start screen, the drafts simply open.
    let shelf = drafts::start_again(&mut vault, &keychain, &loc());
    assert!(matches!(&shelf, Shelf::Open { drafts, .. } if drafts.len() == 1), "{shelf:?}");
}

#[test]
fn start_again_sets_the_drafts_and_their_key_aside_and_never_touches_the_keychain() {
    let (mut vault, keychain) = unlocked("start-again-aside");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words to keep"))).unwrap();
    let dir = vault.folder().to_owned();
    let key = keychain.only_key();
    let before = names(&dir);
    vault.lock();
    // The key leaves the keychain (another program, a new computer account…).
    keychain.clear();

    let shelf = drafts::start_again(&mut vault, &keychain, &loc());
    let Shelf::FirstStart { notice: Some(notice) } = &shelf else { panic!("{shelf:?}") };
    let aside = std::fs::read_dir(dir.join("set-aside")).unwrap().next().unwrap().unwrap().path();
    assert!(notice.contains(&aside.display().to_string()), "the screen says where: {notice}");
    assert!(notice.contains("not deleted"), "{notice}");
    assert_eq!(names(&aside), before, "the drafts and both key files, as they were");

    // Where they were put, they still open with their old key.
    let mut old = Vault::open(&aside).unwrap();
    old.unlock_with_keychain(&HoldingAny(key)).unwrap();
    assert_eq!(old.load(&draft.meta.id).unwrap(), draft);
}

/// A keychain that hands out one key for every account: the key of drafts set aside.
struct HoldingAny([u8; 32]);

impl Keychain for HoldingAny {
    fn load(&self, _: &str) -> Result<Option<DataKey>, VaultError> {
        Ok(Some(DataKey::from_bytes(self.0)))
    }
    fn store(&self, _: &str, _: &DataKey) -> Result<(), VaultError> {
        Ok(())
    }
    fn forget(&self, _: &str) -> Result<(), VaultError> {
        Ok(())
    }
}

#[test]
fn a_pipe_a_folder_and_a_link_named_like_drafts_are_reported_and_never_opened() {
    let (mut vault, _keychain) = unlocked("not-files");
    let real = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let [pipe, folder_id, link] = ["a", "b", "c"].map(|c| c.repeat(32));
    let status = std::process::Command::new("mkfifo").arg(dir.join(format!("{pipe}.draft"))).status().unwrap();
    assert!(status.success());
    std::fs::create_dir(dir.join(format!("{folder_id}.draft"))).unwrap();
    std::os::unix::fs::symlink(dir.join(format!("{}.draft", real.meta.id)), dir.join(format!("{link}.draft"))).unwrap();

    // A pipe that was opened would wait for ever: list on a thread, with a deadline.
    let (sent, received) = mpsc::channel();
    std::thread::spawn(move || sent.send(vault.list().map(|listed| (listed, vault))).unwrap());
    let (listed, vault) = received.recv_timeout(Duration::from_secs(20)).expect("listing never waits").unwrap();
    let mut refused: Vec<(String, VaultError)> = listed
        .into_iter()
        .filter_map(|l| match l {
            ListedDraft::Unreadable { id, error, .. } => Some((id, error)),
            ListedDraft::Ready(_) => None,
        })
        .collect();
    refused.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        refused,
        vec![
            (pipe.clone(), VaultError::NotAFile),
            (folder_id.clone(), VaultError::NotAFile),
            (link.clone(), VaultError::NotAFile)
        ]
    );
    assert_eq!(vault.load(&link), Err(VaultError::NotAFile), "a link is never followed");
    assert_eq!(vault.load(&real.meta.id).unwrap(), real);
}

#[test]
fn each_file_that_does_not_open_is_listed_with_its_name_size_and_date_and_its_own_reason() {
    let (mut vault, keychain) = unlocked("unreadable-facts");
    let damaged = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let path = dir.join(format!("{}.draft", damaged.meta.id));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[40] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    std::fs::write(dir.join(format!("{}.draft", "d".repeat(32))), vec![b'x'; 3000]).unwrap();
    std::fs::write(dir.join("notes.draft"), b"someone else's").unwrap();
    vault.lock();

    let shelf = drafts::open(&mut vault, &keychain, &loc());
    let Shelf::Open { unreadable, .. } = shelf else { panic!() };
    let lines: Vec<(&str, &str, &str)> =
        unreadable.iter().map(|u| (u.file.as_str(), u.code, u.message.as_str())).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    let of = |name: &str| {
        lines.iter().find(|(file, ..)| file.starts_with(name)).unwrap_or_else(|| panic!("{name}: {lines:?}"))
    };
    let (file, code, _) = of(&format!("{}.draft", damaged.meta.id));
    assert_eq!(*code, "vault.damaged");
    assert!(file.contains(&format!("{} KB", bytes.len().div_ceil(1024))) && file.contains("changed"), "{file}");
    let (file, code, _) = of(&format!("{}.draft", "d".repeat(32)));
    assert_eq!(*code, "vault.foreign-file");
    assert!(file.contains("3 KB"), "{file}");
    assert_eq!(of("notes.draft").1, "vault.foreign-file");
    let messages: std::collections::BTreeSet<&str> = lines.iter().map(|(file, ..)| *file).collect();
    assert_eq!(messages.len(), 3, "each line tells its file apart");
}

#[test]
fn a_second_hold_on_the_drafts_folder_is_refused_until_the_first_lets_go() {
    let dir = folder("held");
    let first = FolderLock::take(&dir).unwrap();
    assert_eq!(FolderLock::take(&dir).unwrap_err(), VaultError::InUse);
    // Another process is refused the same way: flock is per open file, not per process.
    let held_by_other = std::process::Command::new("flock")
        .args(["--nonblock", "--exclusive"])
        .arg(dir.join(".lock"))
        .arg("true")
        .status()
        .unwrap();
    assert!(!held_by_other.success(), "another process cannot take the folder");
    drop(first);
    let again = FolderLock::take(&dir).unwrap();
    drop(again);
}

#[test]
fn delete_everything_needs_the_word_then_forgets_the_key_and_leaves_no_file() {
    let (mut vault, keychain) = unlocked("erase");
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let root = vault.folder().parent().unwrap().to_owned();
    let settings = root.join("config");
    std::fs::create_dir_all(settings.join("reviews")).unwrap();
    std::fs::write(settings.join("settings.json"), b"{}").unwrap();
    let before = every_file(&root);

    let refused =
        drafts::erase_everything(&mut vault, &keychain, std::slice::from_ref(&settings), "delet", &loc()).unwrap_err();
    assert_eq!(refused.code, "erase.not-confirmed");
    assert_eq!(every_file(&root), before, "nothing was removed");
    assert_eq!(keychain.keys_filed(), 1);

    drafts::erase_everything(&mut vault, &keychain, std::slice::from_ref(&settings), "  Delete ", &loc()).unwrap();
    assert!(!vault.folder().exists());
    assert!(!settings.exists());
    assert_eq!(keychain.keys_filed(), 0, "the keychain entry is gone too");
}

#[test]
fn the_keychain_is_asked_once_ahead_and_its_answers_open_the_drafts() {
    let (mut vault, keychain) = unlocked("fetched");
    vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    vault.lock();
    let accounts = vault.keychain_accounts();
    assert_eq!(accounts.len(), 1);
    let fetched = Fetched::ask(&keychain, &accounts);
    keychain.clear();
    let shelf = drafts::open(&mut vault, &fetched, &loc());
    assert!(matches!(&shelf, Shelf::Open { drafts, .. } if drafts.len() == 1), "{shelf:?}");
}

#[test]
fn the_word_that_confirms_delete_everything_matches_however_the_keyboard_types_it() {
    let in_ = |tag: &str| Localizer::new(tag, Isolation::Off).unwrap();
    assert!(drafts::erase_confirmed(" Delete ", &in_("en-GB")));
    assert!(!drafts::erase_confirmed("delet", &in_("en-GB")));
    assert!(!drafts::erase_confirmed("", &in_("en-GB")));
    let word = |tag: &str| in_(tag).msg("erase-confirm-word");
    // Romanian with a comma below, a cedilla, or no mark at all.
    let romanian = word("ro");
    for typed in [romanian.clone(), romanian.replace('ș', "ş"), romanian.replace('ș', "s")] {
        assert!(drafts::erase_confirmed(&typed, &in_("ro")), "{typed}");
    }
    // Urdu typed on an Arabic keyboard: ي for ی.
    let urdu = word("ur");
    assert!(drafts::erase_confirmed(&urdu.replace('\u{06CC}', "\u{064A}"), &in_("ur")), "{urdu}");
    // Every language's word confirms itself.
    for tag in ["ar", "bn", "es", "fa", "gu", "lt", "pa", "pl", "pt", "so", "sq", "tr"] {
        assert!(drafts::erase_confirmed(&word(tag), &in_(tag)), "{tag}");
    }
}
