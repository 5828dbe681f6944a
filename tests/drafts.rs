//! The start screen's rules: unlock silently when the keychain can, ask for a passphrase when it
//! cannot, never make a new key while drafts exist, and say in words why a file does not open.

use family_voice::drafts::{self, Shelf, Way};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::vault::{DraftBody, Keychain, Passphrase, Vault, VaultError};
use family_voice::Contribution;

use crate::fakes::{folder, MemoryKeychain, UnreachableKeychain};

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
        Shelf::Lost { problem } | Shelf::Failed { problem } => Some(problem.code),
        Shelf::Locked { problem, .. } | Shelf::ChoosePassphrase { problem } => problem.as_ref().map(|p| p.code),
        Shelf::Open { .. } | Shelf::AskingKeychain { .. } | Shelf::FirstStart { .. } | Shelf::RecoveryCode { .. } => {
            None
        }
    }
}

fn passphrase() -> Passphrase {
    Passphrase::new("blue kettle on the hill".into())
}

#[test]
fn the_first_start_asks_how_the_drafts_should_open_and_writes_nothing_until_the_family_chooses() {
    let dir = folder("drafts-first-choice");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    assert!(matches!(drafts::open(&mut vault, &keychain, &loc()), Shelf::FirstStart { notice: None }));
    // Choosing a passphrase only leads to the screen that asks for one.
    let shelf = drafts::choose_way(&mut vault, Way::Passphrase, &keychain, &loc());
    assert!(matches!(shelf, Shelf::ChoosePassphrase { problem: None }), "{shelf:?}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "no key file, no draft");
    assert_eq!(keychain.keys_filed(), 0);
    assert!(matches!(drafts::open(&mut vault, &keychain, &loc()), Shelf::FirstStart { .. }));
}

#[test]
fn asked_for_every_time_the_key_is_never_in_the_keychain_and_a_relaunch_asks_for_the_passphrase() {
    let dir = folder("drafts-every-time");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    drafts::choose_way(&mut vault, Way::Passphrase, &keychain, &loc());
    let shelf = drafts::use_passphrase(&mut vault, &passphrase(), &loc());
    assert!(matches!(&shelf, Shelf::RecoveryCode { code } if code.len() == 24), "{shelf:?}");
    let shelf = drafts::open(&mut vault, &keychain, &loc());
    let Shelf::Open { opens_without_asking, has_passphrase, .. } = shelf else { panic!("{shelf:?}") };
    assert!(!opens_without_asking && has_passphrase);
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    assert_eq!(keychain.keys_filed(), 0, "the keychain never saw the key");

    let shelf = drafts::lock(&mut vault, &loc());
    assert!(
        matches!(shelf, Shelf::Locked { keychain: false, passphrase: true, problem: None, recovery: true }),
        "{shelf:?}"
    );
    let mut again = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut again, &keychain, &loc());
    assert!(
        matches!(shelf, Shelf::Locked { keychain: false, passphrase: true, problem: None, recovery: true }),
        "{shelf:?}"
    );
    assert!(again.is_locked());
}

#[test]
fn the_way_the_drafts_open_can_change_both_ways_without_losing_a_draft() {
    let dir = folder("drafts-change-way");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    drafts::choose_way(&mut vault, Way::Keychain, &keychain, &loc());
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    drafts::start_parent(&mut vault, "Dad", &loc()).unwrap();

    let shelf = drafts::ask_every_time(&mut vault, &passphrase(), &keychain).unwrap();
    assert!(matches!(shelf, Shelf::RecoveryCode { .. }), "{shelf:?}");
    assert_eq!(keychain.keys_filed(), 0, "the keychain forgot the key");
    let mut again = Vault::open(&dir).unwrap();
    assert!(matches!(drafts::open(&mut again, &keychain, &loc()), Shelf::Locked { keychain: false, .. }));
    let shelf = drafts::use_passphrase(&mut again, &passphrase(), &loc());
    let mut names = labels(&shelf);
    names.sort();
    assert_eq!(names, ["Dad", "Mum"]);

    // Back again: a wrong passphrase changes nothing; the right one files the key.
    let wrong = Passphrase::new("red kettle on the hill".into());
    assert_eq!(drafts::open_without_asking(&mut again, &wrong, &keychain), Err(VaultError::WrongPassphrase));
    assert_eq!(keychain.keys_filed(), 0);
    drafts::open_without_asking(&mut again, &passphrase(), &keychain).unwrap();
    let mut third = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut third, &keychain, &loc());
    let Shelf::Open { opens_without_asking: true, drafts, .. } = shelf else { panic!("{shelf:?}") };
    assert_eq!(drafts.len(), 2);
}

#[test]
fn a_forgotten_passphrase_is_replaced_with_the_recovery_code_and_every_draft_opens() {
    let dir = folder("drafts-recovery");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    drafts::choose_way(&mut vault, Way::Passphrase, &keychain, &loc());
    let Shelf::RecoveryCode { code } = drafts::use_passphrase(&mut vault, &passphrase(), &loc()) else { panic!() };
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    drafts::lock(&mut vault, &loc());

    let new = Passphrase::new("green ladders lean on the barn".into());
    // A wrong code, a short new passphrase: still locked, with the reason.
    let wrong = drafts::recover(&mut vault, "0000-0000-0000-0000-0000", &new, &loc());
    assert_eq!(problem_code(&wrong), Some("vault.wrong-recovery-code"));
    let Shelf::Locked { problem: Some(problem), .. } = &wrong else { panic!() };
    assert!(problem.message.contains("recovery sheet"), "{}", problem.message);
    let short = drafts::recover(&mut vault, &code, &Passphrase::new("short".into()), &loc());
    assert_eq!(problem_code(&short), Some("vault.passphrase-too-short"));
    assert!(vault.is_locked());

    // Copied out by hand: lower case, spaces for dashes.
    let typed = code.to_lowercase().replace('-', " ");
    assert_eq!(labels(&drafts::recover(&mut vault, &typed, &new, &loc())), ["Mum"]);
    drafts::lock(&mut vault, &loc());
    assert_eq!(
        problem_code(&drafts::use_passphrase(&mut vault, &passphrase(), &loc())),
        Some("vault.wrong-passphrase")
    );
    assert_eq!(labels(&drafts::use_passphrase(&mut vault, &new, &loc())), ["Mum"]);
    // The sheet still works after that.
    drafts::lock(&mut vault, &loc());
    assert_eq!(labels(&drafts::recover(&mut vault, &code, &passphrase(), &loc())), ["Mum"]);
}

#[test]
fn the_strength_hint_tells_an_easy_passphrase_from_a_hard_one_in_the_screens_language() {
    let easy = drafts::passphrase_strength("password1", &loc());
    assert_eq!(easy.level, 1);
    assert!(easy.message.starts_with("Easy to guess"), "{}", easy.message);
    let hard = drafts::passphrase_strength("purple otters juggle beside the quiet canal", &loc());
    assert_eq!(hard.level, 3);
    assert!(hard.message.starts_with("Hard to guess"), "{}", hard.message);
    assert_eq!(drafts::passphrase_strength("", &loc()).level, 0);
    let polish = drafts::passphrase_strength("password1", &Localizer::new("pl", Isolation::Off).unwrap());
    assert_ne!(polish.message, easy.message, "the hint is in the screens' language");
}

#[test]
fn a_change_that_cannot_be_saved_at_the_lock_is_held_and_saved_at_the_next_unlock() {
    let (mut vault, _keychain) = crate::fakes::unlocked("drafts-held");
    let mut draft = drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    let DraftBody::Parent(contribution) = &mut draft.body else { panic!() };
    contribution.about.writer_name = "Typed while the disk was full".into();
    let mut open = Some(draft);
    // Saved already: nothing is held.
    assert!(drafts::hold_if_unsaved(&mut Some(open.clone().unwrap()), false).is_none());
    let mut held = drafts::hold_if_unsaved(&mut open, true);
    assert!(open.is_none() && held.is_some());

    // Still no room: it comes back to be opened again.
    let back = drafts::save_held(&mut held, |_| Err(VaultError::DiskFull)).expect("opened again");
    assert!(held.is_none());
    let mut held = Some(back);
    assert!(drafts::save_held(&mut held, |draft| vault.save(draft)).is_none());
    let listed = vault.list().unwrap().into_iter().next().unwrap();
    let family_voice::vault::ListedDraft::Ready(meta) = listed else { panic!() };
    let DraftBody::Parent(saved) = vault.load(&meta.id).unwrap().body else { panic!() };
    assert_eq!(saved.about.writer_name, "Typed while the disk was full");
}

#[test]
fn the_first_start_files_a_key_in_the_keychain_when_chosen_and_the_next_unlocks_silently() {
    let dir = folder("drafts-first-start");
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    let shelf = drafts::choose_way(&mut vault, Way::Keychain, &keychain, &loc());
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
    let (mut vault, _keychain) = crate::fakes::unlocked("drafts-default-label");
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
    let shelf = drafts::choose_way(&mut vault, Way::Keychain, &UnreachableKeychain, &loc());
    assert_eq!(problem_code(&shelf), Some("vault.keychain-unavailable"));
    assert!(matches!(shelf, Shelf::ChoosePassphrase { .. }));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "no key file, no draft");

    // Too short: asked again, with the reason.
    let shelf = drafts::use_passphrase(&mut vault, &Passphrase::new("short".into()), &loc());
    assert!(matches!(shelf, Shelf::ChoosePassphrase { .. }));
    assert_eq!(problem_code(&shelf), Some("vault.passphrase-too-short"));

    let shelf = drafts::use_passphrase(&mut vault, &passphrase(), &loc());
    assert!(matches!(shelf, Shelf::RecoveryCode { .. }), "{shelf:?}");
    drafts::start_parent(&mut vault, "Nan", &loc()).unwrap();

    // Next time: locked, only the passphrase opens it, a wrong one says so.
    let mut again = Vault::open(&dir).unwrap();
    let shelf = drafts::open(&mut again, &UnreachableKeychain, &loc());
    assert!(
        matches!(shelf, Shelf::Locked { keychain: false, passphrase: true, problem: None, recovery: true }),
        "{shelf:?}"
    );
    let shelf = drafts::use_passphrase(&mut again, &Passphrase::new("red kettle on the hill".into()), &loc());
    assert_eq!(problem_code(&shelf), Some("vault.wrong-passphrase"));
    assert_eq!(labels(&drafts::use_passphrase(&mut again, &passphrase(), &loc())), ["Nan"]);
}

#[test]
fn a_keychain_that_is_out_of_reach_for_existing_drafts_means_try_again_not_a_new_key() {
    let (mut vault, _keychain) = crate::fakes::unlocked("drafts-keychain-later");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    let mut again = Vault::open(vault.folder()).unwrap();
    let shelf = drafts::open(&mut again, &UnreachableKeychain, &loc());
    let Shelf::Locked { problem: Some(problem), keychain: true, passphrase: false, .. } = &shelf else {
        panic!("expected locked, got {shelf:?}")
    };
    assert_eq!(problem.message_id, "drafts-keychain-unavailable-retry");
    assert!(problem.message.contains("Try again"), "{}", problem.message);
    assert!(again.is_locked());
}

#[test]
fn drafts_whose_key_is_gone_are_lost_until_the_family_chooses_to_start_again() {
    let (mut vault, keychain) = crate::fakes::unlocked("drafts-lost");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    keychain.clear();

    let mut again = Vault::open(vault.folder()).unwrap();
    let shelf = drafts::open(&mut again, &keychain, &loc());
    assert!(matches!(shelf, Shelf::Lost { .. }), "{shelf:?}");
    assert_eq!(problem_code(&shelf), Some("vault.key-missing"));
    // Opening again never quietly makes a new key.
    assert!(matches!(drafts::open(&mut again, &keychain, &loc()), Shelf::Lost { .. }));

    // A fresh start: the family chooses again how the new drafts open.
    let shelf = drafts::start_again(&mut again, &keychain, &loc());
    assert!(matches!(shelf, Shelf::FirstStart { notice: Some(_) }), "{shelf:?}");
}

#[test]
fn with_a_spare_passphrase_a_missing_keychain_key_can_still_be_opened() {
    let (mut vault, keychain) = crate::fakes::unlocked("drafts-spare");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    vault.set_passphrase(&passphrase(), None).unwrap();
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
    let (mut vault, keychain) = crate::fakes::unlocked("drafts-lock");
    let shelf = drafts::lock(&mut vault, &loc());
    assert!(
        matches!(shelf, Shelf::Locked { keychain: true, passphrase: false, problem: None, recovery: false }),
        "{shelf:?}"
    );
    assert!(vault.is_locked());
    assert_eq!(vault.list().unwrap_err(), VaultError::Locked);
    assert!(matches!(drafts::open(&mut vault, &keychain as &dyn Keychain, &loc()), Shelf::Open { .. }));
}

#[test]
fn a_file_that_does_not_open_is_listed_in_words_beside_the_drafts_that_do() {
    let (mut vault, keychain) = crate::fakes::unlocked("drafts-unreadable");
    drafts::start_parent(&mut vault, "Mum", &loc()).unwrap();
    std::fs::write(vault.folder().join("holiday-photo.draft"), b"not a draft").unwrap();
    let Shelf::Open { drafts, unreadable, .. } = drafts::open(&mut vault, &keychain, &loc()) else { panic!() };
    assert_eq!(drafts.len(), 1);
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].message.contains("not a Family Voice draft"), "{}", unreadable[0].message);
}
