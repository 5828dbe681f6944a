//! A family's drafts in the real window: what they type saves itself and is there after the app
//! is closed and opened again, even when closed straight after typing; it can be locked, renamed
//! and deleted; it never reaches the disk in plain text; a save that fails keeps the draft open
//! until it can save; and without a keychain a passphrase keeps it locked instead.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use family_voice_e2e::{output_dir, utf16, App, Folders};

/// Every file under `dir` (changed since `since`, if given) that holds any of `needles`.
fn search(dir: &Path, since: Option<SystemTime>, needles: &[Vec<u8>], hits: &mut Vec<PathBuf>, searched: &mut usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            search(&path, since, needles, hits, searched);
        } else if meta.is_file() && since.is_none_or(|t| meta.modified().is_ok_and(|m| m >= t)) {
            let Ok(bytes) = std::fs::read(&path) else { continue };
            *searched += 1;
            if needles.iter().any(|n| bytes.windows(n.len()).any(|w| w == n.as_slice())) {
                hits.push(path);
            }
        }
    }
}

/// A sentence nobody else would write, different every run.
fn canary() -> String {
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos();
    format!("Kestrel canary {:x}{:x} sings at dawn", nanos, std::process::id())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_saves_itself_survives_a_relaunch_and_is_gone_once_deleted() {
    let out = output_dir("drafts");
    let folders = Folders::new(&out);
    let started = SystemTime::now();
    let canary = canary();
    let label = "Mum — initial conference, 3 December";

    // First run: a new draft, a few answers, and the status says they are saved.
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.wait_for_screen("welcome").await;
    assert!(app.screen_text().await.contains("There are no drafts on this computer yet."));
    app.start_draft(label).await;
    app.type_into("#f-writerName", "Joanna").await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    app.type_into("textarea", &canary).await;
    app.wait_for_text("#save-status", "Saved").await;
    app.screenshot("saved").await;
    app.close().await;

    // Nothing typed is on the disk in plain text: not in the drafts, the webview's folders,
    // the home folder or temp.
    assert_eq!(folders.draft_files().iter().filter(|n| n.ends_with(".draft")).count(), 1);
    let needles = vec![canary.as_bytes().to_vec(), utf16(&canary, true), utf16(&canary, false)];
    let (mut hits, mut searched) = (Vec::new(), 0);
    search(&out, None, &needles, &mut hits, &mut searched);
    if let Some(home) = std::env::var_os("HOME") {
        search(Path::new(&home), Some(started), &needles, &mut hits, &mut searched);
    }
    search(&std::env::temp_dir(), Some(started), &needles, &mut hits, &mut searched);
    assert!(searched > 1, "the folders were searched");
    assert!(hits.is_empty(), "the canary is readable in {hits:?}");

    // Second run: the draft is listed, and what was typed is there.
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.wait_for_text("main#screen", "Last saved").await;
    app.screenshot("listed").await;
    app.open_draft(label).await;
    assert_eq!(app.value_of("#f-writerName").await, "Joanna");
    app.click("#next").await;
    app.wait_for_screen("part").await;
    assert_eq!(app.value_of("textarea").await, canary);

    // Locking clears the screen; unlocking (the keychain, silently) brings back the list.
    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    let locked = app.screen_text().await;
    assert!(locked.contains("Your drafts are locked"), "{locked}");
    assert!(!locked.contains("Joanna") && !locked.contains("Kestrel"), "{locked}");
    // With the key in the keychain, the screen says honestly who can open them again.
    assert!(locked.contains("anyone who can use this account can open them again"), "{locked}");
    assert!(!locked.contains("Nobody can read them"), "{locked}");
    app.screenshot("locked").await;
    app.check_accessibility("the locked screen").await;

    // An interpreter can check a translation from the locked screen, and coming back finds the
    // drafts still locked: the keychain is not asked.
    app.click("#open-review").await;
    app.wait_for_screen("interpreter-start").await;
    app.click("#ir-back").await;
    app.wait_for_screen("locked").await;
    app.click("#unlock").await;
    app.wait_for_screen("welcome").await;

    // Rename, then delete after saying yes once.
    app.click("li.draft-card button.rename").await;
    let rename = app.wait_for("li.draft-card .rename-input").await;
    rename.clear().await.unwrap();
    rename.send_keys("Mum — review conference").await.unwrap();
    app.click("li.draft-card .rename-save").await;
    app.wait_for_text("ul.draft-list", "Mum — review conference").await;
    app.click("li.draft-card button.delete").await;
    app.wait_for_text("li.draft-card .delete-confirm", "gone for good").await;
    app.screenshot("delete-confirm").await;
    app.check_accessibility("the list of drafts, asking before a delete").await;
    app.click("li.draft-card .delete-yes").await;
    app.wait_for_text("main#screen", "There are no drafts on this computer yet.").await;
    app.close().await;
    assert_eq!(folders.draft_files(), Vec::<String>::new(), "no draft, backup or temp file is left");

    // Third run: still gone.
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    app.wait_for_screen("welcome").await;
    assert!(app.screen_text().await.contains("There are no drafts on this computer yet."));
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_keychain_a_passphrase_keeps_the_drafts_locked() {
    let out = output_dir("drafts-passphrase");
    let folders = Folders::new(&out);
    let no_keychain = out.join("no-keychain");
    let env = folders.env(&[("FAMILY_VOICE_E2E_NO_KEYCHAIN", &no_keychain)]);

    // First start: the app says why, and asks for a passphrase instead of writing plain text.
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("choose-passphrase").await;
    assert!(app.screen_text().await.contains("password store is locked or did not answer"));
    app.type_into("#new-passphrase", "short").await;
    app.type_into("#new-again", "short").await;
    app.click("#choose-save").await;
    app.wait_for_text(".choose-form .error-message", "at least 8 characters").await;
    app.type_into("#new-passphrase", "blue kettle on the hill").await;
    app.type_into("#new-again", "blue kettle on the hil").await;
    app.click("#choose-save").await;
    app.wait_for_text(".choose-form .error-message", "not the same").await;
    app.screenshot("choose").await;
    app.check_accessibility("choosing a passphrase, refused").await;
    app.wait_for("#new-passphrase").await.clear().await.unwrap();
    app.type_into("#new-passphrase", "blue kettle on the hill").await;
    app.type_into("#new-again", "blue kettle on the hill").await;
    app.click("#choose-save").await;
    // The recovery code, shown once.
    app.wait_for_screen("recovery-code").await;
    app.click("#recovery-done").await;

    app.start_draft("My own views").await;
    app.type_into("#f-writerName", "Sam").await;
    app.wait_for_text("#save-status", "Saved").await;
    app.close().await;

    // Next time: locked, with only the passphrase as a way in; a wrong one is refused kindly.
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("locked").await;
    assert!(app.wait_for("#unlock").await.is_displayed().await.is_ok_and(|shown| !shown));
    // Only the passphrase opens them: here nobody can read them until it is typed.
    app.wait_for_text("main#screen .lead", "Nobody can read them").await;
    app.type_into("#unlock-passphrase", "red kettle").await;
    app.click("#passphrase-unlock").await;
    app.wait_for_text("main#screen .problem", "does not open your drafts").await;
    app.screenshot("wrong-passphrase").await;
    app.check_accessibility("the locked screen, a wrong passphrase refused").await;
    app.type_into("#unlock-passphrase", "blue kettle on the hill").await;
    app.click("#passphrase-unlock").await;
    app.open_draft("My own views").await;
    assert_eq!(app.value_of("#f-writerName").await, "Sam");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_left_alone_locks_itself_and_clears_the_screen() {
    let out = output_dir("drafts-idle");
    let folders = Folders::new(&out);
    let env = folders.env(&[("FAMILY_VOICE_E2E_IDLE_SECONDS", Path::new("3"))]);
    let mut app = App::launch(&env, out.clone()).await;
    app.start_draft("Dad").await;
    app.type_into("#f-writerName", "Marek").await;
    app.wait_for_text("#save-status", "Saved").await;

    // Nobody touches it: the words leave the screen, and the keychain unlocks it again.
    app.wait_for_screen("locked").await;
    assert!(!app.screen_text().await.contains("Marek"));
    app.screenshot("idle-locked").await;
    app.click("#unlock").await;
    app.open_draft("Dad").await;
    assert_eq!(app.value_of("#f-writerName").await, "Marek");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn quick_hide_blanks_the_window_at_once_and_needs_an_unlock_to_come_back() {
    let out = output_dir("quick-hide");
    let folders = Folders::new(&out);
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.start_draft("Mum").await;
    app.type_into("#f-writerName", "Joanna").await;

    // Escape twice: in the same frame as the second press, the words are gone and the cover is up.
    let same_frame = app
        .client
        .execute(
            "const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); \
             press(); press(); \
             return [document.getElementById('screen').textContent, document.getElementById('cover').hidden];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(same_frame, serde_json::json!(["", false]));
    app.wait_for_screen("locked").await;
    assert!(app.wait_for("#cover").await.is_displayed().await.unwrap());
    app.screenshot("hidden").await;
    app.check_accessibility("the cover after a quick hide").await;
    app.click("#uncover").await;
    assert!(app.screen_text().await.contains("Your drafts are locked"));
    app.click("#unlock").await;
    app.open_draft("Mum").await;
    assert_eq!(app.value_of("#f-writerName").await, "Joanna");

    // Shift three times, pressed and released on the real keyboard, does the same.
    use family_voice_e2e::fantoccini::actions::{InputSource, KeyAction, KeyActions};
    app.click("#f-writerName").await;
    let mut keys = KeyActions::new("keyboard".into());
    for _ in 0..3 {
        keys = keys.then(KeyAction::Down { value: '\u{E008}' }).then(KeyAction::Up { value: '\u{E008}' });
    }
    app.client.perform_actions(keys).await.unwrap();
    app.wait_for_screen("locked").await;
    assert!(app.wait_for("#cover").await.is_displayed().await.unwrap());

    // While the cover is up, Tab and Shift+Tab stay on it: nothing behind it can be reached.
    for _ in 0..4 {
        for chord in [vec!['\u{E004}'], vec!['\u{E008}', '\u{E004}']] {
            let mut keys = KeyActions::new("keyboard".into());
            for &key in &chord {
                keys = keys.then(KeyAction::Down { value: key });
            }
            for &key in chord.iter().rev() {
                keys = keys.then(KeyAction::Up { value: key });
            }
            app.client.perform_actions(keys).await.unwrap();
            assert_eq!(app.focused_id().await, "uncover", "focus stays on the cover");
        }
    }
    app.close().await;
}

/// Escape twice on the real keyboard, on the screen shown now: the window is blank at once and the
/// drafts lock; "Continue" shows the locked screen, and Unlock leads back to the list.
async fn quick_exit_from(app: &App, screen: &str) {
    use family_voice_e2e::fantoccini::actions::{InputSource, KeyAction, KeyActions};
    app.wait_for_screen(screen).await;
    let mut keys = KeyActions::new("keyboard".into());
    for _ in 0..2 {
        keys = keys.then(KeyAction::Down { value: '\u{E00C}' }).then(KeyAction::Up { value: '\u{E00C}' });
    }
    app.client.perform_actions(keys).await.unwrap();
    assert!(app.wait_for("#cover").await.is_displayed().await.unwrap(), "hidden from the {screen} screen");
    app.wait_for_screen("locked").await;
    app.click("#uncover").await;
    app.click("#unlock").await;
    app.wait_for_screen("welcome").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_quick_exit_works_on_every_screen() {
    let out = output_dir("quick-hide-everywhere");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    quick_exit_from(&app, "welcome").await;
    app.start_draft("Mum").await;
    quick_exit_from(&app, "about").await;
    for (screen, button) in [("part", "#next"), ("timeline", "#nav-timeline"), ("guide", "#nav-guide")] {
        app.open_draft("Mum").await;
        app.click(button).await;
        quick_exit_from(&app, screen).await;
    }
    app.click("#start-child").await;
    quick_exit_from(&app, "child").await;
    // The locked screen, and the interpreter's screens reached from it.
    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    app.click("#open-review").await;
    quick_exit_from(&app, "interpreter-start").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn ordinary_typing_and_shift_tab_never_hide_the_screen() {
    use family_voice_e2e::fantoccini::actions::{InputSource, KeyAction, KeyActions};
    use std::time::Duration;
    let out = output_dir("quick-hide-typing");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    app.start_draft("Mum").await;

    // Typed one key at a time at 150–300 ms a key, as a parent types; capitals use Shift.
    let field = app.wait_for("#f-writerName").await;
    field.click().await.unwrap();
    for (i, key) in "I Am OK, OK NHS, I Am OK".chars().enumerate() {
        field.send_keys(&key.to_string()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(150 + (i as u64 * 37) % 150)).await;
    }
    // Shift+Tab three times, going back through the fields.
    for _ in 0..3 {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: '\u{E008}' })
            .then(KeyAction::Down { value: '\u{E004}' })
            .then(KeyAction::Up { value: '\u{E004}' })
            .then(KeyAction::Up { value: '\u{E008}' });
        app.client.perform_actions(keys).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(!app.wait_for("#cover").await.is_displayed().await.unwrap(), "the screen was never hidden");
    assert_eq!(app.value_of("#f-writerName").await, "I Am OK, OK NHS, I Am OK");
    app.wait_for_screen("about").await;
    app.close().await;
}

/// Starts a new draft and goes on to its first part, where the first answer box is.
async fn start_at_first_part(app: &App, label: &str) {
    app.start_draft(label).await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
}

/// The first answer of the draft with this name, opened from the start screen.
async fn first_answer(app: &App, label: &str) -> String {
    app.open_draft(label).await;
    app.click("#next").await;
    app.wait_for_screen("part").await;
    app.value_of("textarea").await
}

#[tokio::test(flavor = "multi_thread")]
async fn closing_the_window_first_saves_what_was_just_typed() {
    let out = output_dir("drafts-close");
    let folders = Folders::new(&out);
    // The save that follows a pause in the typing waits ten minutes here, so only closing saves.
    let env = folders.env(&[("FAMILY_VOICE_E2E_AUTOSAVE_MS", Path::new("600000"))]);
    let label = "Dad — review conference";
    let app = App::launch(&env, out.clone()).await;
    start_at_first_part(&app, label).await;
    let canary = canary();
    app.type_into("textarea", &canary).await;
    assert_eq!(app.text_of("#save-status").await, "Saving…");
    app.close_until(async |app| !app.window_is_open()).await;
    drop(app);

    let app = App::launch(&env, out.clone()).await;
    assert_eq!(first_answer(&app, label).await, canary);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn while_a_save_fails_lock_and_hide_still_lock_and_the_change_comes_back_after_unlocking() {
    let out = output_dir("drafts-disk-full");
    let folders = Folders::new(&out);
    let full = out.join("disk-full");
    let env = folders.env(&[("FAMILY_VOICE_E2E_DISK_FULL", &full)]);
    let label = "Mum — initial conference";
    let mut app = App::launch(&env, out.clone()).await;
    start_at_first_part(&app, label).await;

    // The disk fills up: typing goes on, and the top of the screen says what happened.
    std::fs::write(&full, "").unwrap();
    let canary = canary();
    app.type_into("textarea", &canary).await;
    app.wait_for_text("#save-status", "disk is full").await;
    app.screenshot("disk-full").await;

    // Lock still locks: the change that could not be saved leaves the page (the core holds it).
    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    assert!(!app.page_holds(&canary).await, "the unsaved words left the page");
    app.screenshot("locked-with-change-held").await;
    // Unlocking brings the draft back as it was, still saying why it is not saved.
    app.click("#unlock").await;
    app.wait_for_screen("part").await;
    assert_eq!(app.value_of("textarea").await, canary);
    app.wait_for_text("#save-status", "disk is full").await;

    // My drafts would lose it: the draft stays open, and says why.
    app.click("#nav-drafts").await;
    app.wait_for_text("#save-status", "this draft stays open").await;
    assert_eq!(app.value_of("textarea").await, canary);
    // Hide blanks and locks; Continue shows the locked screen, never the draft.
    app.click("#nav-hide").await;
    assert!(app.wait_for("#cover").await.is_displayed().await.unwrap());
    app.click("#uncover").await;
    app.wait_for_screen("locked").await;
    assert!(!app.page_holds(&canary).await, "the unsaved words left the page");
    app.click("#unlock").await;
    app.wait_for_screen("part").await;
    assert_eq!(app.value_of("textarea").await, canary);
    app.close_until(async |app| app.text_of("#save-status").await.contains("close it again")).await;
    assert!(app.window_is_open());
    app.screenshot("close-refused").await;

    // Space again: the app saves by itself, with nothing more typed, and then Lock locks.
    std::fs::remove_file(&full).unwrap();
    app.wait_for_text("#save-status", "Saved").await;
    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    app.close().await;

    let app = App::launch(&env, out.clone()).await;
    assert_eq!(first_answer(&app, label).await, canary);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn left_alone_with_a_save_failing_the_app_locks_and_saves_the_change_at_the_next_unlock() {
    let out = output_dir("drafts-idle-disk-full");
    let folders = Folders::new(&out);
    let full = out.join("disk-full");
    let env = folders.env(&[("FAMILY_VOICE_E2E_IDLE_SECONDS", Path::new("3")), ("FAMILY_VOICE_E2E_DISK_FULL", &full)]);
    let mut app = App::launch(&env, out.clone()).await;
    app.start_draft("Dad").await;
    std::fs::write(&full, "").unwrap();
    app.type_into("#f-writerName", "Marek").await;
    app.wait_for_text("#save-status", "disk is full").await;

    // Nobody touches it: it locks all the same, and the words leave the page.
    app.wait_for_screen("locked").await;
    assert!(!app.page_holds("Marek").await);
    app.screenshot("idle-locked-with-change-held").await;

    // Space again: unlocking saves the held change, and the list shows.
    std::fs::remove_file(&full).unwrap();
    app.click("#unlock").await;
    app.open_draft("Dad").await;
    assert_eq!(app.value_of("#f-writerName").await, "Marek");
    app.close().await;
    let app = App::launch(&env, out.clone()).await;
    app.open_draft("Dad").await;
    assert_eq!(app.value_of("#f-writerName").await, "Marek", "it was saved to disk");
    app.close().await;
}
