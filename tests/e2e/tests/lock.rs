//! Drafts that ask for the passphrase every time, in the real window. The family chooses it at the
//! first start; after Lock, the quick exit and the idle lock, what they typed is in no part of
//! the page, nor in the app's own memory, until the passphrase is typed again; and the way the
//! drafts open can change, both ways, without losing one.

use std::path::Path;
use std::time::SystemTime;

use family_voice::vault::{Keychain, OsKeychain};
use family_voice_e2e::fantoccini::actions::{InputSource, KeyAction, KeyActions};
use family_voice_e2e::{helpers_of, output_dir, pdf_text, times_in_memory, type_on_keyboard, utf16, App, Folders};

const PASSPHRASE: &str = "purple otters juggle by the canal";

/// A sentence nobody else would write, different every run; lower case, so the keyboard types
/// it without Shift.
fn canary() -> String {
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos();
    format!("heron canary {:x}{:x} wades at noon", nanos, std::process::id())
}

/// How many times the app finds `text` in its own heap, and elsewhere in its process
/// (`src-tauri/src/memory_probe.rs`), asked through the probe folder.
async fn in_app_memory(probe: &Path, text: &str) -> (usize, usize) {
    let answer = probe.join("answer");
    let _ = std::fs::remove_file(&answer);
    std::fs::write(probe.join("request"), text.chars().rev().collect::<String>()).unwrap();
    for _ in 0..600 {
        if let Ok(said) = std::fs::read_to_string(&answer) {
            let mut counts = said.split(' ').map(|n| n.parse::<usize>().unwrap());
            return (counts.next().unwrap(), counts.next().unwrap());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the app did not answer the memory probe");
}

/// How many times `text` is in the app's process, UTF-8 or UTF-16, read from outside through
/// `/proc`; waited for up to 5 s to reach 0, as the window's engine lets go of its copies as it
/// next draws.
async fn in_app_process(pid: u32, text: &str) -> usize {
    let mut seen = usize::MAX;
    for _ in 0..50 {
        seen = times_in_memory(pid, text.as_bytes()).unwrap() + times_in_memory(pid, &utf16(text, true)).unwrap();
        if seen == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    seen
}

/// The first start, choosing "Ask for my passphrase every time": the strength hint speaks as the
/// passphrase is typed, and the recovery code is shown once. Returns the code.
/// With `sheet_in`, the recovery sheet is saved there first and read back.
async fn choose_to_be_asked_every_time(app: &mut App, sheet_in: Option<&Path>) -> String {
    app.wait_for_screen("first-start").await;
    let text = app.screen_text().await;
    assert!(text.contains("other people may use this computer"), "{text}");
    assert!(text.contains("anyone who can use this computer account can open your drafts"), "{text}");
    app.screenshot("first-start").await;
    app.check_accessibility("the first start").await;
    app.click("#first-passphrase").await;
    app.wait_for_screen("choose-passphrase").await;
    app.type_into("#new-passphrase", "password1").await;
    app.wait_for_text("#new-strength", "Easy to guess").await;
    app.wait_for("#new-passphrase").await.clear().await.unwrap();
    app.type_into("#new-passphrase", PASSPHRASE).await;
    app.wait_for_text("#new-strength", "Hard to guess").await;
    app.type_into("#new-again", PASSPHRASE).await;
    app.screenshot("choose-passphrase").await;
    app.check_accessibility("choosing a passphrase").await;
    app.click("#choose-save").await;
    app.wait_for_screen("recovery-code").await;
    let code = app.text_of("#recovery-code").await;
    assert_eq!(code.len(), 24, "{code}");
    if let Some(folder) = sheet_in {
        app.screenshot("recovery-code").await;
        app.check_accessibility("the recovery code").await;
        app.click("#recovery-save").await;
        app.wait_for_text("main#screen .status", "family-voice-recovery-sheet.pdf").await;
        let sheet = pdf_text(&folder.join("family-voice-recovery-sheet.pdf"));
        assert!(sheet.contains(&code), "the code is on the sheet: {sheet}");
        assert!(sheet.contains("I have forgotten my passphrase"), "{sheet}");
    }
    app.click("#recovery-done").await;
    app.wait_for_screen("welcome").await;
    code
}

/// Types the passphrase on the locked screen and waits for the list of drafts.
async fn unlock(app: &App, passphrase: &str) {
    app.wait_for_screen("locked").await;
    app.type_into("#unlock-passphrase", passphrase).await;
    app.click("#passphrase-unlock").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn asked_for_every_time_lock_leaves_the_words_nowhere_until_the_passphrase_is_typed() {
    let out = output_dir("lock-every-time");
    let folders = Folders::new(&out);
    let saved = out.join("saved");
    let probe = out.join("probe");
    std::fs::create_dir_all(&saved).unwrap();
    std::fs::create_dir_all(&probe).unwrap();
    let env = folders.env(&[("FAMILY_VOICE_E2E_SAVE_DIR", &saved), ("FAMILY_VOICE_E2E_MEMORY_PROBE", &probe)]);
    let mut app = App::launch_at_first_start(&env, out.clone()).await;
    let code = choose_to_be_asked_every_time(&mut app, Some(&saved)).await;
    assert_eq!(app.text_of("#nav-lock").await, "Lock");
    app.start_draft("Mum").await;
    let canary = canary();
    // Typed on the real keyboard, so that only the app, never WebDriver, holds the words.
    app.click("#f-writerName").await;
    type_on_keyboard(app.pid(), &canary).await;
    app.wait_for_text("#save-status", "Saved").await;
    // While the draft is open, the app's heap holds it: the probe finds what it looks for.
    let (open_in_heap, _) = in_app_memory(&probe, &canary).await;
    assert!(open_in_heap > 0, "the open draft is in the app's heap");

    app.click("#nav-lock").await;
    app.wait_for_screen("locked").await;
    app.wait_for("#unlock-passphrase").await;
    assert!(!app.wait_for("#unlock").await.is_displayed().await.unwrap(), "no button opens them without it");
    assert!(!app.page_holds(&canary).await, "the words left the page");
    app.screenshot("locked-asks").await;
    // Gone from the app's process: its own heap wipes each block as it is freed; WebKit's part
    // of the process wipes too (glibc told at start, `privacy::wipe_memory_as_freed`), once the
    // engine has let go of its last copy (the text around the cursor, dropped as the passphrase
    // field takes the focus). WebKit's own processes are measured and printed.
    assert_eq!(app.focused_id().await, "unlock-passphrase", "typing goes to the passphrase");
    let in_process = in_app_process(app.pid(), &canary).await;
    let (in_heap, elsewhere) = in_app_memory(&probe, &canary).await;
    let mut in_webkit = 0;
    for helper in helpers_of(app.pid()) {
        in_webkit += times_in_memory(helper, canary.as_bytes()).unwrap_or(0)
            + times_in_memory(helper, &utf16(&canary, true)).unwrap_or(0);
    }
    println!(
        "after Lock: the canary {in_heap} times in the app's heap (while open: {open_in_heap}), {elsewhere} in WebKit's \
         and GLib's memory in the app's process ({in_process} seen from outside), {in_webkit} in WebKit's own processes"
    );
    assert_eq!(in_heap, 0, "the canary is still in the app's heap after Lock");
    assert_eq!(in_process, 0, "the canary is still in the app's process after Lock");

    // A wrong passphrase is refused with the reason.
    unlock(&app, "purple otters juggle by the river").await;
    app.wait_for_text("main#screen .problem", "does not open your drafts").await;
    assert!(!app.page_holds(&canary).await);
    app.close().await;

    // Opened again: locked, nothing of the draft in the page, until the passphrase.
    let app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("locked").await;
    assert!(!app.page_holds(&canary).await);
    assert!(!app.page_holds("Mum").await, "not even the draft's name");
    unlock(&app, PASSPHRASE).await;
    app.open_draft("Mum").await;
    assert_eq!(app.value_of("#f-writerName").await, canary);
    app.close().await;

    // Forgotten: the recovery code, copied out by hand, and a new passphrase open the drafts.
    let mut app = App::launch(&env, out.clone()).await;
    app.wait_for_screen("locked").await;
    app.click("details.forgot summary").await;
    app.type_into("#recover-code", &code.to_lowercase().replace('-', " ")).await;
    app.type_into("#recover-passphrase", "green ladders lean on the barn").await;
    app.type_into("#recover-again", "green ladders lean on the barn").await;
    app.screenshot("forgotten").await;
    app.click("#recover-save").await;
    app.open_draft("Mum").await;
    assert_eq!(app.value_of("#f-writerName").await, canary);
    app.close().await;
    assert!(!keychain_holds_key(&folders), "the key was never filed in the keychain");
}

#[tokio::test(flavor = "multi_thread")]
async fn asked_for_every_time_the_quick_exit_and_the_idle_lock_end_at_the_passphrase() {
    let out = output_dir("lock-every-time-hide");
    let folders = Folders::new(&out);
    let env = folders.env(&[("FAMILY_VOICE_E2E_IDLE_SECONDS", Path::new("4"))]);
    let mut app = App::launch_at_first_start(&env, out.clone()).await;
    choose_to_be_asked_every_time(&mut app, None).await;
    app.start_draft("Dad").await;
    let canary = canary();
    app.click("#f-writerName").await;
    type_on_keyboard(app.pid(), &canary).await;
    app.wait_for_text("#save-status", "Saved").await;

    // Escape twice, on the real keyboard: the cover stays up while the page loads afresh.
    let mut keys = KeyActions::new("keyboard".into());
    for _ in 0..2 {
        keys = keys.then(KeyAction::Down { value: '\u{E00C}' }).then(KeyAction::Up { value: '\u{E00C}' });
    }
    app.client.perform_actions(keys).await.unwrap();
    app.wait_for_screen("locked").await;
    assert!(app.wait_for("#cover").await.is_displayed().await.unwrap(), "still covered");
    assert!(!app.page_holds(&canary).await);
    assert_eq!(in_app_process(app.pid(), &canary).await, 0, "hidden, the words are not in the app's memory");
    app.screenshot("hidden").await;
    // Continue leads to the passphrase, never to the draft.
    app.click("#uncover").await;
    assert!(app.wait_for("#unlock-passphrase").await.is_displayed().await.unwrap());
    unlock(&app, PASSPHRASE).await;
    app.open_draft("Dad").await;
    assert_eq!(app.value_of("#f-writerName").await, canary);

    // Nobody touches it: it locks by itself, at the passphrase.
    app.wait_for_screen("locked").await;
    app.wait_for("#unlock-passphrase").await;
    assert!(!app.page_holds(&canary).await);
    assert_eq!(in_app_process(app.pid(), &canary).await, 0, "locked when idle, the words are not in the app's memory");
    app.screenshot("idle-locked").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_way_the_drafts_open_changes_both_ways_and_every_draft_stays() {
    let out = output_dir("lock-change-way");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    for label in ["Mum", "Dad"] {
        app.start_draft(label).await;
        app.click("#nav-drafts").await;
        app.wait_for_text("ul.draft-list", label).await;
    }
    app.wait_for_screen("welcome").await;
    assert_eq!(app.text_of("#nav-lock").await, "Close drafts", "it does not promise a lock");

    // To a passphrase every time.
    app.click("details.way summary").await;
    app.type_into("#way-passphrase", PASSPHRASE).await;
    app.type_into("#way-again", PASSPHRASE).await;
    assert!(keychain_holds_key(&folders));
    app.click("#way-to-passphrase").await;
    app.wait_for_screen("recovery-code").await;
    app.click("#recovery-done").await;
    app.wait_for_screen("welcome").await;
    assert_eq!(app.text_of("#nav-lock").await, "Lock");
    assert!(!keychain_holds_key(&folders), "the keychain forgot the key");
    app.close().await;

    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    unlock(&app, PASSPHRASE).await;
    app.wait_for_screen("welcome").await;
    assert_eq!(
        app.client.find_all(family_voice_e2e::fantoccini::Locator::Css("li.draft-card")).await.unwrap().len(),
        2
    );

    // And back, with the passphrase typed once more.
    app.click("details.way summary").await;
    app.type_into("#way-current", PASSPHRASE).await;
    app.click("#way-to-keychain").await;
    app.wait_for_text("details.way .status", "All your drafts are still here").await;
    app.screenshot("way-changed").await;
    assert!(keychain_holds_key(&folders));
    app.close().await;

    let app = App::launch(&folders.env(&[]), out.clone()).await;
    app.wait_for_screen("welcome").await;
    assert_eq!(
        app.client.find_all(family_voice_e2e::fantoccini::Locator::Css("li.draft-card")).await.unwrap().len(),
        2
    );
    app.close().await;
}

/// Whether the test's keychain holds a key for the drafts in these folders (the entry named by
/// the installation id in their key file).
fn keychain_holds_key(folders: &Folders) -> bool {
    let key_file = std::fs::read(folders.drafts().unwrap().join("vault.key")).unwrap();
    let account = format!("drafts-{}", key_file[10..26].iter().map(|b| format!("{b:02x}")).collect::<String>());
    OsKeychain::new().load(&account).unwrap().is_some()
}
