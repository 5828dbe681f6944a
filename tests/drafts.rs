//! The start screen's rules: unlock silently when the keychain can, ask for a passphrase when it
//! cannot, never make a new key while drafts exist, and say in words why a file does not open.

use family_voice::drafts::{self, Shelf};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::vault::{DraftBody, Keychain, Passphrase, Vault, VaultError};
use family_voice::Contribution;

use crate::vault::{folder, MemoryKeychain, UnreachableKeychain};

fn loc() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

fn labels(shelf: &Shelf) -> Vec<&str> {
    match shelf {
        Shelf::Open { drafts, .. } => drafts.iter().map(|d| d.label.as_str()).collect(),
        other => panic!("expected the open drafts, got {other:?}"),
    }
}

fn problem_code(shelf: &Shelf) -> Option<&'static str> {
    match shelf {
        Shelf::ChoosePassphrase { problem } | Shelf::Lost { problem } | Shelf::Failed { problem } => Some(problem.code),
        Shelf::Locked { problem, .. } => problem.as_ref().map(|p| p.code),
        Shelf::Open { .. } | Shelf::AskingKeychain { .. } => None,
    }
}

fn passphrase() -> Passphrase {
    Passphrase::new("blue kettle on the hill".into())
}

#[test]
fn the_first_start_files_a_key_in_the_keychain_and_the_next_unlocks_silently() {
    let dir = folder("drafts-first-start");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut vault, &keychain, &loc());
    assert_eq!(labels(&shelf), Vec::<&str>::new());
    drafts::start_parent(&mut vault, "Mum — initial conference", &loc()).unwrap();

    let mut again = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut again, &keychain, &loc());
    assert_eq!(labels(&shelf), ["Mum — initial conference"]);
    let Shelf::Open { drafts, has_passphrase, .. } = shelf else { unreachable!() };
    assert!(drafts[0].saved.starts_with("Last saved "), "{}", drafts[0].saved);
    assert!(!has_passphrase);
}

#[test]
fn a_draft_without_a_name_is_named_for_the_day_it_was_started() {
    let (mut vault, _keychain) = crate::vault::unlocked("drafts-default-label");
    let draft = drafts::start_parent(&mut vault, "  ", &loc()).unwrap();
    assert!(draft.meta.label.starts_with("My contribution, started "), "{}", draft.meta.label);
    let DraftBody::Parent(contribution) = draft.body else { panic!("a parent's draft") };
    assert_eq!(contribution, Contribution::new("en-GB"));
    assert_eq!(contribution.about.children.len(), 1, "the form starts with a row for one child");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert_eq!(drafts::default_label(&loc(), day), "My contribution, started Thursday 3 December 2026");
}

#[test]
fn without_a_keychain_the_first_start_asks_for_a_passphrase_and_writes_nothing() {
    let dir = folder("drafts-no-keychain");
    let mut vault = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut vault, &UnreachableKeychain, &loc());
    assert_eq!(problem_code(&shelf), Some("vault.keychain-unavailable"));
    assert!(matches!(shelf, Shelf::ChoosePassphrase { .. }));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "no key file, no draft");

    // Too short: asked again, with the reason.
    let shelf = drafts::use_passphrase(&mut vault, &Passphrase::new("short".into()), &loc());
    assert!(matches!(shelf, Shelf::ChoosePassphrase { .. }));
    assert_eq!(problem_code(&shelf), Some("vault.passphrase-too-short"));

    let shelf = drafts::use_passphrase(&mut vault, &passphrase(), &loc());
    assert_eq!(labels(&shelf), Vec::<&str>::new());
    drafts::start_parent(&mut vault, "Nan", &loc()).unwrap();

    // Next time: locked, only the passphrase opens it, a wrong one says so.
    let mut again = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut again, &UnreachableKeychain, &loc());
    assert!(matches!(shelf, Shelf::Locked { keychain: false, passphrase: true, problem: None }), "{shelf:?}");
    let shelf = drafts::use_passphrase(&mut again, &Passphrase::new("red kettle on the hill".into()), &loc());
    assert_eq!(problem_code(&shelf), Some("vault.wrong-passphrase"));
    assert_eq!(labels(&drafts::use_passphrase(&mut again, &passphrase(), &loc())), ["Nan"]);
}

#[test]
fn a_keychain_that_is_out_of_reach_for_existing_drafts_means_try_again_not_a_new_key() {
    let (mut vault, _keychain) = crate::vault::unlocked("drafts-keychain-later");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    let mut again = Vault::open(vault.folder()).unwrap();
    let shelf = drafts::open(&mut again, &UnreachableKeychain, &loc());
    let Shelf::Locked { problem: Some(problem), keychain: true, passphrase: false } = &shelf else {
        panic!("expected locked, got {shelf:?}")
    };
    assert_eq!(problem.message_id, "drafts-keychain-unavailable-retry");
    assert!(problem.message.contains("Try again"), "{}", problem.message);
    assert!(again.is_locked());
}

#[test]
fn drafts_whose_key_is_gone_are_lost_until_the_family_chooses_to_start_again() {
    let (mut vault, keychain) = crate::vault::unlocked("drafts-lost");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    keychain.clear();

    let mut again = Vault::open(vault.folder()).unwrap();
    let shelf = drafts::open(&mut again, &keychain, &loc());
    assert!(matches!(shelf, Shelf::Lost { .. }), "{shelf:?}");
    assert_eq!(problem_code(&shelf), Some("vault.key-missing"));
    // Opening again never quietly makes a new key.
    assert!(matches!(drafts::open(&mut again, &keychain, &loc()), Shelf::Lost { .. }));

    let shelf = drafts::start_again(&mut again, &keychain, &loc());
    assert_eq!(labels(&shelf), Vec::<&str>::new());
}

#[test]
fn with_a_spare_passphrase_a_missing_keychain_key_can_still_be_opened() {
    let (mut vault, keychain) = crate::vault::unlocked("drafts-spare");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    vault.set_passphrase(&passphrase()).unwrap();
    let Shelf::Open { has_passphrase, .. } = drafts::open(&mut vault, &keychain, &loc()) else { panic!() };
    assert!(has_passphrase);
    keychain.clear();

    let mut again = Vault::open(vault.folder()).unwrap();
    let shelf = drafts::open(&mut again, &keychain, &loc());
    assert!(matches!(shelf, Shelf::Locked { passphrase: true, .. }), "{shelf:?}");
    assert_eq!(problem_code(&shelf), Some("vault.key-missing"));
    assert_eq!(labels(&drafts::use_passphrase(&mut again, &passphrase(), &loc())), ["Mum"]);
}

#[test]
fn locking_forgets_the_key_and_says_how_to_unlock() {
    let (mut vault, keychain) = crate::vault::unlocked("drafts-lock");
    let shelf = drafts::lock(&mut vault, &loc());
    assert!(matches!(shelf, Shelf::Locked { keychain: true, passphrase: false, problem: None }), "{shelf:?}");
    assert!(vault.is_locked());
    assert_eq!(vault.list().unwrap_err(), VaultError::Locked);
    assert!(matches!(drafts::open(&mut vault, &keychain as &dyn Keychain, &loc()), Shelf::Open { .. }));
}

#[test]
fn a_file_that_does_not_open_is_listed_in_words_beside_the_drafts_that_do() {
    let (mut vault, keychain) = crate::vault::unlocked("drafts-unreadable");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    std::fs::write(vault.folder().join("holiday-photo.draft"), b"not a draft").unwrap();
    let Shelf::Open { drafts, unreadable, .. } = drafts::open(&mut vault, &keychain, &loc()) else { panic!() };
    assert_eq!(drafts.len(), 1);
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].message.contains("not a Family Voice draft"), "{}", unreadable[0].message);
}
