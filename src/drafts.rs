//! The drafts as the start screen shows them, and the rules for opening them: unlock silently
//! with the keychain when it can, ask for the passphrase when it must, and never make a new key
//! while drafts exist that the old one opens.
//!
//! The shell holds one [`Vault`] and calls these functions; the screens render the [`Shelf`].

use chrono::{DateTime, Local, NaiveDate, Utc};
use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::child::ChildViews;
use crate::error::{Explain, Problem};
use crate::i18n::Localizer;
use crate::vault::{
    Draft, DraftBody, DraftKind, FileNote, KeySetup, Keychain, ListedDraft, Passphrase, Vault, VaultError,
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
        /// Something the family should know first, e.g. where "start again" put the old
        /// drafts.
        notice: Option<String>,
    },
    /// First start, and the keychain cannot be reached: the family chooses a passphrase.
    ChoosePassphrase {
        /// Why the keychain is not being used.
        problem: Problem,
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
        KeySetup::New => vault.set_up_with_keychain(keychain),
        // A damaged record of the key: the keychain may still hold the key, which the drafts
        // then prove, and the record is written again.
        KeySetup::Keychain { .. } | KeySetup::Damaged => vault.unlock_with_keychain(keychain),
        KeySetup::Passphrase => return locked(vault, None, loc),
        KeySetup::Lost => return Shelf::Lost { problem: Problem::explain(&VaultError::KeyMissing, loc) },
    };
    match (tried, setup) {
        (Ok(()), _) => shelf(vault, None, loc),
        (Err(e @ (VaultError::KeychainUnavailable | VaultError::NoKeychain)), KeySetup::New) => {
            Shelf::ChoosePassphrase { problem: Problem::explain(&e, loc) }
        }
        (Err(e @ (VaultError::KeyMissing | VaultError::KeyFileDamaged)), KeySetup::Keychain { passphrase: false }) => {
            Shelf::Lost { problem: Problem::explain(&e, loc) }
        }
        (Err(_), KeySetup::Damaged) => Shelf::Lost { problem: Problem::explain(&VaultError::KeyFileDamaged, loc) },
        (Err(e), _) => locked(vault, Some(e), loc),
    }
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

/// Unlocks with the passphrase, or sets one up on a first start without a keychain.
pub fn use_passphrase(vault: &mut Vault, passphrase: &Passphrase, loc: &Localizer) -> Shelf {
    let tried = match vault.key_setup() {
        Ok(KeySetup::New) => vault.set_up_with_passphrase(passphrase),
        Ok(_) => vault.unlock_with_passphrase(passphrase),
        Err(e) => Err(e),
    };
    match tried {
        Ok(()) => shelf(vault, None, loc),
        Err(e) if vault.key_setup().is_ok_and(|s| s == KeySetup::New) => {
            Shelf::ChoosePassphrase { problem: Problem::explain(&e, loc) }
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
    match (open(vault, keychain, loc), aside) {
        (Shelf::Open { drafts, unreadable, has_passphrase, .. }, Some(folder)) => {
            let mut args = FluentArgs::new();
            args.set("folder", folder.display().to_string());
            let notice = Some(loc.msg_with("drafts-set-aside-notice", &args));
            Shelf::Open { drafts, unreadable, has_passphrase, notice }
        }
        (shelf, _) => shelf,
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
    Shelf::Locked { problem, keychain, passphrase }
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
    let has_passphrase =
        matches!(vault.key_setup(), Ok(KeySetup::Keychain { passphrase: true } | KeySetup::Passphrase));
    Shelf::Open { drafts, unreadable, has_passphrase, notice }
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
