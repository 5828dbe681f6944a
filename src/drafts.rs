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
use crate::vault::{Draft, DraftBody, DraftKind, KeySetup, Keychain, ListedDraft, Passphrase, Vault, VaultError};
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
    /// it deletes them.
    Lost {
        /// What happened, and what starting again means.
        problem: Problem,
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
    /// Why, in words.
    pub message: String,
}

/// The start screen at launch, or after "Unlock": unlocks with the keychain if it can, sets up a
/// key on the very first start, and otherwise says what the family can do.
pub fn open(vault: &mut Vault, keychain: &dyn Keychain, loc: &Localizer) -> Shelf {
    if !vault.is_locked() {
        return shelf(vault, loc);
    }
    let setup = match vault.key_setup() {
        Ok(setup) => setup,
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let tried = match setup {
        KeySetup::New => vault.set_up_with_keychain(keychain),
        KeySetup::Keychain { .. } => vault.unlock_with_keychain(keychain),
        KeySetup::Passphrase => return locked(vault, None, loc),
        KeySetup::Lost => return Shelf::Lost { problem: Problem::explain(&VaultError::KeyMissing, loc) },
    };
    match (tried, setup) {
        (Ok(()), _) => shelf(vault, loc),
        (Err(e @ VaultError::KeychainUnavailable), KeySetup::New) => {
            Shelf::ChoosePassphrase { problem: Problem::explain(&e, loc) }
        }
        (Err(VaultError::KeyMissing), KeySetup::Keychain { passphrase: false }) => {
            Shelf::Lost { problem: Problem::explain(&VaultError::KeyMissing, loc) }
        }
        (Err(e), _) => locked(vault, Some(e), loc),
    }
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
        Ok(()) => shelf(vault, loc),
        Err(e) if vault.key_setup().is_ok_and(|s| s == KeySetup::New) => {
            Shelf::ChoosePassphrase { problem: Problem::explain(&e, loc) }
        }
        Err(e) => locked(vault, Some(e), loc),
    }
}

/// Deletes every draft and the key, then starts afresh: the family's explicit choice when
/// nothing on this computer opens their drafts any more.
pub fn start_again(vault: &mut Vault, keychain: &dyn Keychain, loc: &Localizer) -> Shelf {
    if let Err(e) = vault.start_again(Some(keychain)) {
        return Shelf::Failed { problem: Problem::explain(&e, loc) };
    }
    open(vault, keychain, loc)
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
        Ok(KeySetup::New) => (true, false),
        Err(e) => return Shelf::Failed { problem: Problem::explain(&e, loc) },
    };
    let problem = problem.map(|e| match e {
        // Without a passphrase there is no other way in: say to try again, not to use one.
        VaultError::KeychainUnavailable if !passphrase => Problem {
            code: e.code(),
            message_id: "drafts-keychain-unavailable-retry",
            message: loc.msg("drafts-keychain-unavailable-retry"),
        },
        e => Problem::explain(&e, loc),
    });
    Shelf::Locked { problem, keychain, passphrase }
}

/// The open drafts as the start screen lists them.
fn shelf(vault: &Vault, loc: &Localizer) -> Shelf {
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
            ListedDraft::Unreadable { id, error } => {
                unreadable.push(Unreadable { id, message: Problem::explain(&error, loc).message })
            }
        }
    }
    let has_passphrase =
        matches!(vault.key_setup(), Ok(KeySetup::Keychain { passphrase: true } | KeySetup::Passphrase));
    Shelf::Open { drafts, unreadable, has_passphrase }
}

/// "Last saved <date> at <time>", in the computer's time zone.
pub fn saved_at(loc: &Localizer, when: DateTime<Utc>) -> String {
    let local = when.with_timezone(&Local);
    let mut args = FluentArgs::new();
    args.set("date", loc.long_date(local.date_naive()));
    args.set("time", loc.time_of_day(local.time()));
    loc.msg_with("drafts-saved-at", &args)
}
