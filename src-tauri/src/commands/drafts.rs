//! The start screen and the open draft: unlock, list, start, open, save, rename, delete, lock.
//! Each command is async so a save or a keychain call never holds up the window.

use family_voice::child::ChildViews;
use family_voice::drafts::{self, Shelf, Strength, Way, AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, IDLE_LOCK_MINUTES};
use family_voice::vault::{Draft, DraftBody, DraftKind, Fetched, Passphrase, Vault, VaultError};
use family_voice::{Contribution, Problem};
use serde::Serialize;
use tauri::State;
use zeroize::Zeroizing;

use super::explain;
use crate::open_drafts::Drafts;
use crate::session::Session;

/// What the start screen needs: the drafts, or how to unlock them, when to lock by itself, and
/// when an open draft saves itself: after a pause in the typing, or at the latest a while after
/// the first change not yet saved.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Start {
    shelf: Shelf,
    /// A draft held at the lock because its latest change could not be saved, and still not
    /// saved: the screens open it again, and it saves itself once it can.
    reopen: Option<Opened>,
    idle_lock_seconds: u32,
    autosave_delay_ms: u32,
    autosave_max_wait_ms: u32,
}

/// A draft opened for the screens: its id, name and kind, and what it holds (a parent's
/// contribution or a child's views).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    id: String,
    label: String,
    kind: DraftKind,
    body: DraftBody,
}

/// The start screen, unlocking silently with the keychain where it can. The keychain is asked
/// before the drafts are held, as it may show its own password prompt for a long time: the
/// window meanwhile says so (`drafts_asking`), and a passphrase can be used instead.
#[tauri::command]
pub async fn drafts_start(session: State<'_, Session>, drafts: State<'_, Drafts>) -> Result<Start, Problem> {
    let accounts = drafts.state().vault.as_ref().map(Vault::keychain_accounts).unwrap_or_default();
    let fetched = Fetched::ask(drafts.keychain(), &accounts);
    with_vault(&session, &drafts, |vault| drafts::open(vault, &fetched, &session.localizer()))
}

/// The family's choice at the very first start: a passphrase every time, or without asking on
/// this computer account.
#[tauri::command]
pub async fn drafts_choose_way(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    way: Way,
) -> Result<Start, Problem> {
    with_vault(&session, &drafts, |vault| drafts::choose_way(vault, way, drafts.keychain(), &session.localizer()))
}

/// How hard the passphrase being chosen is to guess, for the hint under the box.
#[tauri::command]
pub async fn passphrase_strength(session: State<'_, Session>, passphrase: String) -> Result<Strength, Problem> {
    let passphrase = Zeroizing::new(passphrase);
    Ok(drafts::passphrase_strength(&passphrase, &session.localizer()))
}

/// From now on, ask for this passphrase every time: it wraps the key, with a new recovery code
/// (shown next), and the keychain forgets it.
#[tauri::command]
pub async fn drafts_ask_every_time(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    passphrase: String,
) -> Result<Start, Problem> {
    let passphrase = Passphrase::new(passphrase);
    let shelf = on_draft(&session, &drafts, |vault, _| drafts::ask_every_time(vault, &passphrase, drafts.keychain()))?;
    with_vault(&session, &drafts, |_| shelf)
}

/// "I have forgotten my passphrase": the code from the recovery sheet and a new passphrase.
#[tauri::command]
pub async fn drafts_recover(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    code: String,
    passphrase: String,
) -> Result<Start, Problem> {
    let code = Zeroizing::new(code);
    let passphrase = Passphrase::new(passphrase);
    with_vault(&session, &drafts, |vault| drafts::recover(vault, &code, &passphrase, &session.localizer()))
}

/// From now on, open without asking on this computer account, once the current passphrase is
/// typed. The start screen again.
#[tauri::command]
pub async fn drafts_open_without_asking(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    passphrase: String,
) -> Result<Start, Problem> {
    let passphrase = Passphrase::new(passphrase);
    on_draft(&session, &drafts, |vault, _| drafts::open_without_asking(vault, &passphrase, drafts.keychain()))?;
    drafts_start(session, drafts).await
}

/// What to show while `drafts_start` waits for the keychain.
#[tauri::command]
pub async fn drafts_asking(session: State<'_, Session>, drafts: State<'_, Drafts>) -> Result<Start, Problem> {
    with_vault(&session, &drafts, |vault| drafts::asking_keychain(vault))
}

/// "Delete everything from this computer", once the family has typed the word that confirms
/// it: every draft, key, review, setting and cache of the app; then the app closes.
#[tauri::command]
pub async fn erase_everything<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    typed: String,
) -> Result<(), Problem> {
    let folders = crate::app_folders(&app);
    {
        let mut guard = drafts.state();
        let state = &mut *guard;
        state.open = None;
        state.held = None;
        let vault = state.vault.as_mut().map_err(|e| explain(e, &session))?;
        drafts::erase_everything(vault, drafts.keychain(), &folders, &typed, &session.localizer())?;
        state.hold = None;
    }
    app.exit(0);
    Ok(())
}

/// Locks the drafts and closes the open one: idle, hidden, or the family asked. A draft whose
/// latest change could not be saved is held in memory until the next unlock.
#[tauri::command]
pub async fn drafts_lock(session: State<'_, Session>, drafts: State<'_, Drafts>) -> Result<Start, Problem> {
    {
        let mut state = drafts.state();
        let unsaved = std::mem::take(&mut state.unsaved);
        if let Some(draft) = drafts::hold_if_unsaved(&mut state.open, unsaved) {
            state.held = Some(draft);
        }
    }
    with_vault(&session, &drafts, |vault| drafts::lock(vault, &session.localizer()))
}

/// Unlocks with the passphrase, or chooses one when the keychain cannot be used.
#[tauri::command]
pub async fn drafts_passphrase(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    passphrase: String,
) -> Result<Start, Problem> {
    let passphrase = Passphrase::new(passphrase);
    with_vault(&session, &drafts, |vault| drafts::use_passphrase(vault, &passphrase, &session.localizer()))
}

/// Adds (or changes) a spare passphrase that opens the drafts if the keychain ever cannot.
#[tauri::command]
pub async fn drafts_spare_passphrase(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    passphrase: String,
) -> Result<(), Problem> {
    let passphrase = Passphrase::new(passphrase);
    on_draft(&session, &drafts, |vault, _| vault.set_passphrase(&passphrase, None))
}

/// Deletes every draft and the lost key, and starts afresh. Only offered when nothing opens them.
#[tauri::command]
pub async fn drafts_start_again(session: State<'_, Session>, drafts: State<'_, Drafts>) -> Result<Start, Problem> {
    with_vault(&session, &drafts, |vault| drafts::start_again(vault, drafts.keychain(), &session.localizer()))
}

/// Starts a parent's draft and opens it.
#[tauri::command]
pub async fn draft_new(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    label: String,
) -> Result<Opened, Problem> {
    let loc = session.localizer();
    on_draft(&session, &drafts, |vault, open| Ok(open_draft(open, drafts::start_parent(vault, &label, &loc)?)))
}

/// Starts a child's own draft and opens it.
#[tauri::command]
pub async fn draft_new_child(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    label: String,
) -> Result<Opened, Problem> {
    let loc = session.localizer();
    on_draft(&session, &drafts, |vault, open| Ok(open_draft(open, drafts::start_child(vault, &label, &loc)?)))
}

/// Starts a draft for the review conference from the parent's draft `id`, which is only read,
/// and opens the new one.
#[tauri::command]
pub async fn draft_prepare_review(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    id: String,
) -> Result<Opened, Problem> {
    let loc = session.localizer();
    on_draft(&session, &drafts, |vault, open| Ok(open_draft(open, drafts::prepare_review(vault, &id, &loc)?)))
}

/// Opens a draft from the list.
#[tauri::command]
pub async fn draft_open(session: State<'_, Session>, drafts: State<'_, Drafts>, id: String) -> Result<Opened, Problem> {
    on_draft(&session, &drafts, |vault, open| Ok(open_draft(open, vault.load(&id)?)))
}

/// Saves the open draft with what the screens hold now (autosave).
#[tauri::command]
pub async fn draft_save(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    contribution: Contribution,
) -> Result<(), Problem> {
    save_open(&session, &drafts, DraftBody::Parent(contribution))
}

/// Saves the open child's draft with what the screens hold now (autosave).
#[tauri::command]
pub async fn draft_save_child(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    views: ChildViews,
) -> Result<(), Problem> {
    save_open(&session, &drafts, DraftBody::Child(views))
}

/// Gives a draft a new name; the start screen again.
#[tauri::command]
pub async fn draft_rename(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    id: String,
    label: String,
) -> Result<Start, Problem> {
    on_draft(&session, &drafts, |vault, _| vault.rename(&id, &label).map(drop))?;
    drafts_start(session, drafts).await
}

/// Deletes a draft and every backup of it; the start screen again.
#[tauri::command]
pub async fn draft_delete(
    session: State<'_, Session>,
    drafts: State<'_, Drafts>,
    id: String,
) -> Result<Start, Problem> {
    on_draft(&session, &drafts, |vault, _| vault.delete(&id))?;
    drafts_start(session, drafts).await
}

/// Saves what the screens hold into the open draft.
fn save_open(session: &Session, drafts: &Drafts, body: DraftBody) -> Result<(), Problem> {
    let mut guard = drafts.state();
    let state = &mut *guard;
    let vault = state.vault.as_mut().map_err(|e| explain(e, session))?;
    let draft = state.open.as_mut().ok_or_else(|| explain(&VaultError::Locked, session))?;
    draft.body = body;
    let saved = save(vault, draft);
    state.unsaved = saved.is_err();
    saved.map_err(|e| explain(&e, session))
}

/// Saves a draft, as a full disk would refuse it in end-to-end tests.
fn save(vault: &mut Vault, draft: &mut Draft) -> Result<(), VaultError> {
    disk_full_for_tests()?;
    vault.save(draft)
}

/// In end-to-end test builds, a file at `FAMILY_VOICE_E2E_DISK_FULL` makes saving a draft fail
/// as a full disk does, until the test removes it, so the window's answer to a failed save can
/// be driven.
#[cfg(feature = "e2e-hooks")]
fn disk_full_for_tests() -> Result<(), VaultError> {
    match std::env::var_os("FAMILY_VOICE_E2E_DISK_FULL") {
        Some(marker) if std::path::Path::new(&marker).exists() => Err(VaultError::DiskFull),
        _ => Ok(()),
    }
}

#[cfg(not(feature = "e2e-hooks"))]
fn disk_full_for_tests() -> Result<(), VaultError> {
    Ok(())
}

/// Runs one step on the store and the open draft, explaining any error in the screens' words.
fn on_draft<T>(
    session: &Session,
    drafts: &Drafts,
    step: impl FnOnce(&mut Vault, &mut Option<Draft>) -> Result<T, VaultError>,
) -> Result<T, Problem> {
    let mut guard = drafts.state();
    let state = &mut *guard;
    let vault = state.vault.as_mut().map_err(|e| explain(e, session))?;
    step(vault, &mut state.open).map_err(|e| explain(&e, session))
}

/// Runs a start-screen step on the store, or reports why its folder cannot be used.
fn with_vault(session: &Session, drafts: &Drafts, step: impl FnOnce(&mut Vault) -> Shelf) -> Result<Start, Problem> {
    let mut guard = drafts.state();
    let state = &mut *guard;
    let (shelf, reopen) = match state.vault.as_mut() {
        Ok(vault) => {
            let shelf = step(vault);
            // Any start screen closes the open draft; one held at the lock comes back at the
            // first unlock, saved, or opened again while it still cannot be.
            state.open = None;
            state.unsaved = false;
            let reopen = match shelf {
                Shelf::Open { .. } => drafts::save_held(&mut state.held, |draft| save(vault, draft)),
                _ => None,
            };
            state.unsaved = reopen.is_some();
            (shelf, reopen.map(|draft| open_draft(&mut state.open, draft)))
        }
        Err(e) => (Shelf::Failed { problem: explain(e, session) }, None),
    };
    let (autosave_delay_ms, autosave_max_wait_ms) = autosave_ms();
    Ok(Start { shelf, reopen, idle_lock_seconds: idle_lock_seconds(), autosave_delay_ms, autosave_max_wait_ms })
}

/// Keeps the draft as the open one (saves go to it) and hands the screens a copy.
fn open_draft(open: &mut Option<Draft>, draft: Draft) -> Opened {
    let opened = Opened {
        id: draft.meta.id.clone(),
        label: draft.meta.label.clone(),
        kind: draft.meta.kind,
        body: draft.body.clone(),
    };
    *open = Some(draft);
    opened
}

/// The idle time before the drafts lock. End-to-end test builds may shorten it with
/// `FAMILY_VOICE_E2E_IDLE_SECONDS`, so a test need not wait ten minutes.
fn idle_lock_seconds() -> u32 {
    set_by_test("FAMILY_VOICE_E2E_IDLE_SECONDS").unwrap_or(IDLE_LOCK_MINUTES * 60)
}

/// How long after a change a draft saves itself: the pause in the typing, and the longest wait
/// while the typing goes on. End-to-end test builds may set both with
/// `FAMILY_VOICE_E2E_AUTOSAVE_MS`, so a test can hold off every save the draft makes by itself
/// and tell a save made on closing from them.
fn autosave_ms() -> (u32, u32) {
    match set_by_test("FAMILY_VOICE_E2E_AUTOSAVE_MS") {
        Some(ms) => (ms, ms),
        None => (AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS),
    }
}

/// In end-to-end test builds, the number an environment variable gives; never in the app.
fn set_by_test(variable: &str) -> Option<u32> {
    if cfg!(feature = "e2e-hooks") {
        std::env::var(variable).ok().and_then(|s| s.parse().ok())
    } else {
        None
    }
}
