//! The drafts as the start screen shows them, and the rules for opening them: unlock silently
//! with the keychain when it can, ask for the passphrase when it must, and never make a new key
//! while drafts exist that the old one opens.
//!
//! The shell holds one [`Vault`] and calls these functions; the screens render the [`Shelf`].

use chrono::{DateTime, Local, NaiveDate, Utc};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::child::ChildViews;
use crate::error::{Explain, Problem};
use crate::i18n::Localizer;
use crate::vault::{
    Draft, DraftBody, DraftKind, FileNote, KeySetup, Keychain, ListedDraft, Passphrase, RecoveryCode, Vault, VaultError,
};
use crate::Contribution;

/// Minutes without a key press or a click before the app locks the drafts and clears the screen.
/// Long enough to think or make a cup of tea; short enough that a shared computer left alone
/// soon hides what was written.
pub const IDLE_LOCK_MINUTES: u32 = 10;

/// Milliseconds after the last change before an open draft saves itself: a pause in the typing.
/// Moving on, locking and closing the window save at once.
pub const AUTOSAVE_DELAY_MS: u32 = 700;

/// The longest, in milliseconds, a change waits for its save while the typing goes on, counted
/// from the first change not yet saved: a steady typist never pauses for [`AUTOSAVE_DELAY_MS`],
/// and would otherwise never be saved. A crash may cost the last two seconds of typing; the
/// save starts half a second sooner, for the save itself (two syncs and a read back) and a busy
/// computer's late timers. `tests/e2e/tests/crash.rs` measures what a kill loses.
pub const AUTOSAVE_MAX_WAIT_MS: u32 = 1500;

/// What the start screen shows.
#[derive(Debug, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Shelf {
    /// The drafts are open: the ones to choose from, and the files that do not open.
    #[serde(rename_all = "camelCase")]
    Open {
        /// The drafts, most recently saved first.
        drafts: Vec<DraftCard>,
        /// Files in the drafts folder that do not open, each with the reason in words.
        unreadable: Vec<Unreadable>,
        /// Whether a passphrase can also open the drafts (a spare way in).
        has_passphrase: bool,
        /// Whether the drafts open without asking on this computer account (the keychain holds
        /// the key), so "Lock" only closes them and the screens say who can open them again.
        opens_without_asking: bool,
        /// Something the family should know first, e.g. where "start again" put the old
        /// drafts.
        notice: Option<String>,
    },
    /// The very first start: the family chooses how the drafts will open, by a passphrase every
    /// time (recommended) or without asking on this computer account (the keychain).
    #[serde(rename_all = "camelCase")]
    FirstStart {
        /// Something the family should know first: where "start again" put the old drafts.
        notice: Option<String>,
    },
    /// The family chose a passphrase at the first start, or the keychain cannot be reached: they
    /// choose one now.
    ChoosePassphrase {
        /// Why a passphrase is being asked for, when it was not their choice (the keychain
        /// cannot be used), or why the last one typed was refused.
        problem: Option<Problem>,
    },
    /// The drafts are locked: unlock with the keychain ("Unlock" button), the passphrase, or
    /// both.
    Locked {
        /// Why the last try did not unlock, if there was one.
        problem: Option<Problem>,
        /// Whether the keychain holds the key (an "Unlock" button can work).
        keychain: bool,
        /// Whether a passphrase opens the drafts (show the passphrase box).
        passphrase: bool,
        /// Whether the recovery code opens them too ("I have forgotten my passphrase").
        recovery: bool,
    },
    /// A passphrase was just chosen, with the recovery code that opens the drafts if it is ever
    /// forgotten: shown this once, to write down or print. The drafts are open behind it.
    RecoveryCode {
        /// The code in groups of four, as the sheet prints it.
        code: String,
    },
    /// Drafts exist but nothing on this computer opens them. Only "start again" is left, and
    /// it sets them aside, never deletes them.
    Lost {
        /// What happened, and what starting again means.
        problem: Problem,
    },
    /// The computer's keychain is still being asked for the key (it may be showing its own
    /// password prompt): say so, and offer the passphrase where there is one.
    AskingKeychain {
        /// Whether a passphrase opens the drafts too.
        passphrase: bool,
    },
    /// The drafts folder itself could not be read or made.
    Failed {
        /// What went wrong.
        problem: Problem,
    },
}

/// A draft in the start screen's list.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftCard {
    /// Its id, to open, rename or delete it.
    pub id: String,
    /// The name the family gave it.
    pub label: String,
    /// Whose draft it is.
    pub kind: DraftKind,
    /// "Last saved Saturday 22 November 2026 at 2:05pm", in the screens' language.
    pub saved: String,
}

/// A file in the drafts folder that does not open.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unreadable {
    /// The file's name without `.draft`.
    pub id: String,
    /// Which file it is, in words: its name, size and when it changed, so two can be told
    /// apart.
    pub file: String,
    /// The stable code of the reason (damaged, foreign, newer, not a file…).
    pub code: &'static str,
    /// Why, in words.
    pub message: String,
}

/// The start screen at launch, or after "Unlock": unlocks with the keychain if it can, sets up a
/// key on the very first start, and otherwise says what the family can do.
pub fn open(vault: &mut Vault, keychain: &dyn Keychain, loc: &Localizer) -> Shelf {
    if !vault.is_locked() {
        return shelf(vault, None, loc);
    }
    let setup = match vault.key_setup() {
        Ok(setup) => setup,
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let tried = match setup {
        KeySetup::New => return Shelf::FirstStart { notice: None },
        // A damaged record of the key: the keychain may still hold the key, which the drafts
        // then prove, and the record is written again.
        KeySetup::Keychain { .. } | KeySetup::Damaged => vault.unlock_with_keychain(keychain),
        KeySetup::Passphrase => return locked(vault, None, loc),
        KeySetup::Lost => return Shelf::Lost { problem: Problem::explain(&VaultError::KeyMissing, loc) },
    };
    match (tried, setup) {
        (Ok(()), _) => shelf(vault, None, loc),
        (Err(e @ (VaultError::KeyMissing | VaultError::KeyFileDamaged)), KeySetup::Keychain { passphrase: false }) => {
            Shelf::Lost { problem: Problem::explain(&e, loc) }
        }
        (Err(_), KeySetup::Damaged) => Shelf::Lost { problem: Problem::explain(&VaultError::KeyFileDamaged, loc) },
        (Err(e), _) => locked(vault, Some(e), loc),
    }
}

/// How the family chose, at the first start, to open their drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    /// A passphrase every time: the key is kept only wrapped by it, never in the keychain, which
    /// any program running as the same user can read.
    Passphrase,
    /// Without asking on this computer account: the key is kept in the keychain.
    Keychain,
}

/// The family's first-start choice. A passphrase leads to the screen that asks for one (nothing
/// is written until it is typed); the keychain sets up the key there at once, or, where the
/// keychain cannot be used, says why and asks for a passphrase instead.
pub fn choose_way(vault: &mut Vault, way: Way, keychain: &dyn Keychain, loc: &Localizer) -> Shelf {
    match vault.key_setup() {
        Ok(KeySetup::New) => {}
        Ok(_) => return open(vault, keychain, loc),
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    }
    match way {
        Way::Passphrase => Shelf::ChoosePassphrase { problem: None },
        Way::Keychain => match vault.set_up_with_keychain(keychain) {
            Ok(()) => shelf(vault, None, loc),
            Err(e @ (VaultError::KeychainUnavailable | VaultError::NoKeychain)) => {
                Shelf::ChoosePassphrase { problem: Some(Problem::explain(&e, loc)) }
            }
            Err(e) => Shelf::Failed { problem: Problem::explain(&e, loc) },
        },
    }
}

/// The first start's passphrase: a new key wrapped by it and by a new recovery code, which the
/// family is then shown.
fn set_up_with_recovery(vault: &mut Vault, passphrase: &Passphrase) -> Result<Shelf, VaultError> {
    let code = RecoveryCode::generate()?;
    vault.set_up_with_passphrase(passphrase, Some(&code))?;
    Ok(Shelf::RecoveryCode { code: code.grouped().to_string() })
}

/// Changes how the drafts open to "ask for my passphrase every time": `passphrase` wraps the key
/// (replacing any spare one), with a new recovery code, then the keychain forgets it. Needs the
/// drafts unlocked. No draft changes: they keep their one key. The recovery code is shown next.
pub fn ask_every_time(
    vault: &mut Vault,
    passphrase: &Passphrase,
    keychain: &dyn Keychain,
) -> Result<Shelf, VaultError> {
    let code = RecoveryCode::generate()?;
    vault.set_passphrase(passphrase, Some(&code))?;
    vault.stop_using_keychain(keychain)?;
    Ok(Shelf::RecoveryCode { code: code.grouped().to_string() })
}

/// "I have forgotten my passphrase": the code from the recovery sheet opens the drafts, and the
/// new passphrase replaces the forgotten one (the code stays as it is, so the sheet still
/// works). The new passphrase is checked first, so a short one never leaves the drafts open.
pub fn recover(vault: &mut Vault, typed_code: &str, new_passphrase: &Passphrase, loc: &Localizer) -> Shelf {
    let tried = new_passphrase
        .check_strength()
        .and_then(|()| RecoveryCode::parse(typed_code))
        .and_then(|code| vault.unlock_with_recovery(&code))
        .and_then(|()| vault.set_passphrase(new_passphrase, None).inspect_err(|_| vault.lock()));
    match tried {
        Ok(()) => shelf(vault, None, loc),
        Err(e) => locked(vault, Some(e), loc),
    }
}

/// Changes how the drafts open to "without asking on this computer account", once the current
/// passphrase is proved (a wrong one changes nothing). The passphrase still opens them too.
pub fn open_without_asking(vault: &mut Vault, current: &Passphrase, keychain: &dyn Keychain) -> Result<(), VaultError> {
    vault.unlock_with_passphrase(current)?;
    vault.use_keychain(keychain)
}

/// The most characters of a passphrase the strength hint weighs.
pub const STRENGTH_CHARS: usize = 64;

/// How hard a passphrase being chosen is to guess, for the hint under the box.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Strength {
    /// 0 (nothing typed), 1 (easy to guess), 2 (fair) or 3 (hard to guess).
    pub level: u8,
    /// What that means, and what would make it harder, in words; empty for nothing typed.
    pub message: String,
}

/// The strength hint for a passphrase as it is typed, estimated by zxcvbn on the text the
/// unlock will compare (NFC). zxcvbn's scores 0 and 1 are both "easy", 3 and 4 both "hard": a
/// family needs to know whether to add words, not a five-point scale. Only a hint: the one
/// rule that refuses a passphrase is its length ([`crate::vault::MIN_PASSPHRASE_CHARS`]).
/// zxcvbn's work grows fast with length, so only the first [`STRENGTH_CHARS`] characters are
/// weighed: a passphrase that long is hard to guess already.
pub fn passphrase_strength(text: &str, loc: &Localizer) -> Strength {
    use unicode_normalization::UnicodeNormalization;
    if text.is_empty() {
        return Strength { level: 0, message: String::new() };
    }
    let text: String = text.nfc().take(STRENGTH_CHARS).collect();
    let level = match u8::from(zxcvbn::zxcvbn(&text, &["family", "voice", "conference"]).score()) {
        0 | 1 => 1,
        2 => 2,
        _ => 3,
    };
    let id = match level {
        1 => "passphrase-strength-easy",
        2 => "passphrase-strength-fair",
        _ => "passphrase-strength-hard",
    };
    Strength { level, message: loc.msg(id) }
}

/// What to show while the keychain is being asked for the key: it can take as long as the
/// computer's own password prompt stays open.
pub fn asking_keychain(vault: &Vault) -> Shelf {
    let passphrase = matches!(vault.key_setup(), Ok(KeySetup::Keychain { passphrase: true } | KeySetup::Passphrase));
    Shelf::AskingKeychain { passphrase }
}

/// Locks the drafts (the key leaves memory) and says how to unlock them.
pub fn lock(vault: &mut Vault, loc: &Localizer) -> Shelf {
    vault.lock();
    locked(vault, None, loc)
}

/// What locking does with the open draft: drops it, or, when its latest change could not be
/// saved (a full disk), returns it to be held in memory until the next unlock. Never left in
/// the page: the screen locks either way.
pub fn hold_if_unsaved(open: &mut Option<Draft>, unsaved: bool) -> Option<Draft> {
    let draft = open.take();
    if unsaved {
        draft
    } else {
        None
    }
}

/// After an unlock, saves a draft held at the lock. Returns it while it still cannot be saved,
/// for the screens to open again (it then saves itself once it can); `None` once it is safe on
/// disk, or if nothing was held.
pub fn save_held(held: &mut Option<Draft>, save: impl FnOnce(&mut Draft) -> Result<(), VaultError>) -> Option<Draft> {
    let mut draft = held.take()?;
    match save(&mut draft) {
        Ok(()) => None,
        Err(_) => Some(draft),
    }
}

/// Unlocks with the passphrase, or sets one up on a first start without a keychain.
pub fn use_passphrase(vault: &mut Vault, passphrase: &Passphrase, loc: &Localizer) -> Shelf {
    let tried = match vault.key_setup() {
        Ok(KeySetup::New) => {
            return match set_up_with_recovery(vault, passphrase) {
                Ok(shelf) => shelf,
                Err(e) => Shelf::ChoosePassphrase { problem: Some(Problem::explain(&e, loc)) },
            }
        }
        Ok(_) => vault.unlock_with_passphrase(passphrase),
        Err(e) => Err(e),
    };
    match tried {
        Ok(()) => shelf(vault, None, loc),
        Err(e) if vault.key_setup().is_ok_and(|s| s == KeySetup::New) => {
            Shelf::ChoosePassphrase { problem: Some(Problem::explain(&e, loc)) }
        }
        Err(e) => locked(vault, Some(e), loc),
    }
}

/// Sets the old drafts and their key aside and starts afresh: the family's explicit choice
/// when nothing on this computer opens their drafts any more. If something does open them
/// after all (the keychain came back), they simply open. The list then says where the old
/// drafts were put, and that they can still be opened there.
pub fn start_again(vault: &mut Vault, keychain: &dyn Keychain, loc: &Localizer) -> Shelf {
    let aside = match vault.start_again(Some(keychain)) {
        Ok(aside) => aside,
        Err(VaultError::DraftsStillOpen) => return open(vault, keychain, loc),
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let notice = aside.map(|folder| {
        let mut args = FluentArgs::new();
        args.set("folder", folder.display().to_string());
        loc.msg_with("drafts-set-aside-notice", &args)
    });
    match open(vault, keychain, loc) {
        Shelf::FirstStart { .. } => Shelf::FirstStart { notice },
        shelf => shelf,
    }
}

/// Starts a parent's draft in the screens' language. An empty name becomes "My contribution,
/// started <today>", so the family is never stopped before they begin.
pub fn start_parent(vault: &mut Vault, label: &str, loc: &Localizer) -> Result<Draft, VaultError> {
    let label = if label.trim().is_empty() { default_label(loc, Local::now().date_naive()) } else { label.to_owned() };
    vault.create(&label, DraftBody::Parent(Contribution::new(loc.locale().tag)))
}

/// Starts a child's own draft in the screens' language; an empty name becomes "My views,
/// started <today>".
pub fn start_child(vault: &mut Vault, label: &str, loc: &Localizer) -> Result<Draft, VaultError> {
    let label = if label.trim().is_empty() {
        let mut args = FluentArgs::new();
        args.set("date", loc.long_date(Local::now().date_naive()));
        loc.msg_with("child-default-label", &args)
    } else {
        label.to_owned()
    };
    vault.create(&label, DraftBody::Child(ChildViews::new(loc.locale().tag)))
}

/// Starts a new parent's draft for the review conference from the draft `from_id`: the practical
/// page kept, each last answer shown beside its question, the conference a review (see
/// [`Contribution::for_review`]). It is named after the old one. The old draft is only read,
/// never saved, so its file stays exactly as it was.
pub fn prepare_review(vault: &mut Vault, from_id: &str, loc: &Localizer) -> Result<Draft, VaultError> {
    let old = vault.load(from_id)?;
    // Only a parent's draft has a review conference to prepare for; a child's is not offered it.
    let DraftBody::Parent(contribution) = &old.body else { return Err(VaultError::NotFound) };
    let mut args = FluentArgs::new();
    args.set("label", old.meta.label.clone());
    let label = loc.msg_with("drafts-review-label", &args);
    vault.create(&label, DraftBody::Parent(contribution.for_review()))
}

/// The name a draft gets when the family does not give one.
pub fn default_label(loc: &Localizer, today: NaiveDate) -> String {
    let mut args = FluentArgs::new();
    args.set("date", loc.long_date(today));
    loc.msg_with("drafts-default-label", &args)
}

/// Locked, with the ways in that these drafts have.
fn locked(vault: &Vault, problem: Option<VaultError>, loc: &Localizer) -> Shelf {
    let (keychain, passphrase) = match vault.key_setup() {
        Ok(KeySetup::Keychain { passphrase }) => (true, passphrase),
        Ok(KeySetup::Passphrase) => (false, true),
        Ok(KeySetup::Lost) => return Shelf::Lost { problem: Problem::explain(&VaultError::KeyMissing, loc) },
        Ok(KeySetup::Damaged) => return Shelf::Lost { problem: Problem::explain(&VaultError::KeyFileDamaged, loc) },
        Ok(KeySetup::New) => (true, false),
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let problem = problem.map(|e| match e {
        // Without a passphrase there is no other way in: say to try again, not to use one.
        VaultError::KeychainUnavailable | VaultError::NoKeychain if !passphrase => Problem {
            code: e.code(),
            message_id: "drafts-keychain-unavailable-retry",
            message: loc.msg("drafts-keychain-unavailable-retry"),
        },
        e => Problem::explain(&e, loc),
    });
    Shelf::Locked { problem, keychain, passphrase, recovery: passphrase && vault.has_recovery() }
}

/// The open drafts as the start screen lists them.
fn shelf(vault: &Vault, notice: Option<String>, loc: &Localizer) -> Shelf {
    let listed = match vault.list() {
        Ok(listed) => listed,
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let (mut drafts, mut unreadable) = (Vec::new(), Vec::new());
    for item in listed {
        match item {
            ListedDraft::Ready(meta) => drafts.push(DraftCard {
                saved: saved_at(loc, meta.updated),
                id: meta.id,
                label: meta.label,
                kind: meta.kind,
            }),
            ListedDraft::Unreadable { id, file, error } => unreadable.push(Unreadable {
                id,
                file: file_in_words(loc, &file),
                code: error.code(),
                message: Problem::explain(&error, loc).message,
            }),
        }
    }
    let setup = vault.key_setup();
    let has_passphrase = matches!(setup, Ok(KeySetup::Keychain { passphrase: true } | KeySetup::Passphrase));
    let opens_without_asking = matches!(setup, Ok(KeySetup::Keychain { .. }));
    Shelf::Open { drafts, unreadable, has_passphrase, opens_without_asking, notice }
}

/// "3f2a….draft, 12 KB, changed Sunday 22 November 2026 at 2:05pm": enough to tell one file
/// that does not open from another, and to find it in the folder.
fn file_in_words(loc: &Localizer, file: &FileNote) -> String {
    let mut args = FluentArgs::new();
    args.set("name", file.name.clone());
    args.set("kilobytes", file.size.div_ceil(1024));
    match file.modified {
        Some(when) => {
            let local = when.with_timezone(&Local);
            args.set("date", loc.long_date(local.date_naive()));
            args.set("time", loc.time_of_day(local.time()));
            loc.msg_with("drafts-unreadable-file", &args)
        }
        None => loc.msg_with("drafts-unreadable-file-undated", &args),
    }
}

/// "Last saved <date> at <time>", in the computer's time zone.
pub fn saved_at(loc: &Localizer, when: DateTime<Utc>) -> String {
    let local = when.with_timezone(&Local);
    let mut args = FluentArgs::new();
    args.set("date", loc.long_date(local.date_naive()));
    args.set("time", loc.time_of_day(local.time()));
    loc.msg_with("drafts-saved-at", &args)
}

/// Whether what the family typed is the word the "delete everything" box asks for (in the
/// screens' language), compared as a person reads it: see [`as_read`].
pub fn erase_confirmed(typed: &str, loc: &Localizer) -> bool {
    let typed = as_read(typed);
    !typed.is_empty() && typed == as_read(&loc.msg("erase-confirm-word"))
}

/// A word as a person reads it, whatever their keyboard typed: spaces around it, case, accents
/// and other marks (Romanian ș or ş, Polish ń typed as n) are dropped, and the Arabic letters
/// that Persian and Urdu keyboards type as their own forms (ي ی, ك ک) are made one.
fn as_read(word: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    word.trim()
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{064A}' | '\u{0649}' => '\u{06CC}',
            '\u{0643}' => '\u{06A9}',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// "Delete everything from this computer": once confirmed, forgets the key in the keychain and
/// removes the drafts folder, then every other folder the app wrote in (`folders`: settings,
/// reviews, caches, the window's own storage). Nothing is removed unless the word was typed.
pub fn erase_everything(
    vault: &mut Vault,
    keychain: &dyn Keychain,
    folders: &[std::path::PathBuf],
    typed: &str,
    loc: &Localizer,
) -> Result<(), Problem> {
    if !erase_confirmed(typed, loc) {
        return Err(Problem {
            code: "erase.not-confirmed",
            message_id: "erase-not-confirmed",
            message: loc.msg("erase-not-confirmed"),
        });
    }
    vault.erase_everything(keychain).map_err(|e| Problem::explain(&e, loc))?;
    for folder in folders {
        remove_folder_being_written(folder).map_err(|_| Problem {
            code: "erase.incomplete",
            message_id: "erase-incomplete",
            message: loc.msg("erase-incomplete"),
        })?;
    }
    Ok(())
}

/// Removes a folder that another process may still be writing in: the window's own processes
/// keep adding files (the graphics driver's shader cache, as it draws the last screen), so
/// removing can fail with "not empty" until they notice the folder has gone. Tried again for up
/// to two seconds; a folder that is already gone is no error.
fn remove_folder_being_written(folder: &std::path::Path) -> std::io::Result<()> {
    let mut tries = 0;
    loop {
        match std::fs::remove_dir_all(folder) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::DirectoryNotEmpty && tries < 20 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            done => return done,
        }
    }
}
