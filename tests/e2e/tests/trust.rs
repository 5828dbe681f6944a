//! Nothing a family typed is lost, at the edges, in the real window: a damaged key file and a
//! pipe named like a draft still open to the drafts; while the computer's keyring asks for its
//! password the screen says so and the passphrase still opens them; two copies started at once
//! make one key and one window; and "delete everything" leaves no file of the app behind.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use family_voice::vault::{Keychain, OsKeychain};
use family_voice_e2e::{app_binary, hold_the_display, output_dir, shows_a_window, App, Folders};

const PASSPHRASE: &str = "our kitchen has a blue door";

/// Starts a draft, types a name, and goes back to the list, so there is a saved draft.
async fn one_saved_draft(app: &App, name: &str) {
    app.start_draft("Mum").await;
    app.type_into("#f-writerName", name).await;
    app.click("#nav-drafts").await;
    app.wait_for_text("main#screen", "Last saved").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_key_file_and_a_pipe_named_like_a_draft_still_open_to_the_drafts() {
    let out = output_dir("trust-damaged");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    one_saved_draft(&app, "Joanna").await;
    app.close().await;

    let drafts = folders.drafts().expect("the drafts folder");
    let key_file = drafts.join("vault.key");
    let whole = std::fs::read(&key_file).unwrap();
    let mut flipped = whole.clone();
    flipped[20] ^= 0x04;
    std::fs::write(&key_file, &flipped).unwrap();
    let pipe = drafts.join(format!("{}.draft", "a".repeat(32)));
    assert!(Command::new("mkfifo").arg(&pipe).status().unwrap().success());

    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    app.wait_for_text("main#screen", "Last saved").await;
    let text = app.screen_text().await;
    assert!(text.contains("Files that could not be opened"), "{text}");
    assert!(text.contains(&format!("{}.draft, 0 KB", "a".repeat(32))), "the pipe is named: {text}");
    assert!(text.contains("This is not a draft file"), "{text}");
    // The window's first paint after a launch comes a moment after the page's text is there.
    tokio::time::sleep(Duration::from_secs(1)).await;
    app.screenshot("damaged-key-and-pipe").await;
    app.close().await;
    assert_eq!(std::fs::read(&key_file).unwrap(), whole, "the key file was mended from its copy");
}

#[tokio::test(flavor = "multi_thread")]
async fn while_the_keyring_asks_for_its_password_the_screen_says_so_and_the_passphrase_still_opens() {
    let out = output_dir("trust-asking");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    one_saved_draft(&app, "Joanna").await;
    app.click("details.spare summary").await;
    app.type_into("#spare-passphrase", PASSPHRASE).await;
    app.type_into("#spare-again", PASSPHRASE).await;
    app.click("#spare-save").await;
    app.wait_for_text("details.spare .status", "Your spare passphrase is set.").await;
    app.close().await;

    // The keychain takes 8 seconds to answer, as while the computer's own prompt is open.
    let slow = [("FAMILY_VOICE_E2E_KEYCHAIN_DELAY_MS", std::path::Path::new("8000"))];
    let mut app = App::launch(&folders.env(&slow), out.clone()).await;
    app.wait_for_screen("asking").await;
    let text = app.screen_text().await;
    assert!(text.contains("Your computer is asking for its keyring password"), "{text}");
    app.screenshot("asking").await;
    let asked = Instant::now();
    app.type_into("#asking-passphrase", PASSPHRASE).await;
    app.click("#asking-unlock").await;
    app.wait_for_text("main#screen", "Last saved").await;
    assert!(asked.elapsed() < Duration::from_secs(7), "the passphrase did not wait for the keychain");
    // The keychain's late answer does not replace the screen the family moved on to.
    tokio::time::sleep(Duration::from_secs(9).saturating_sub(asked.elapsed())).await;
    app.click("li.draft-card button.open").await;
    app.wait_for_screen("about").await;
    app.close().await;
}

/// Copies of the app started by hand, each stopped with SIGTERM when this drops, also when an
/// assertion fails half-way: a copy left running holds the app's one-copy name on the session
/// bus, so every later launch would hand over to it and end, and the next test would wait for ever.
struct Copies(Vec<Child>);

impl Copies {
    fn running(&mut self) -> usize {
        self.0.iter_mut().filter_map(|c| c.try_wait().unwrap().is_none().then_some(())).count()
    }
}

impl Drop for Copies {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.running() > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_copies_started_together_at_first_start_show_one_window_and_make_no_key_unasked() {
    let _display = hold_the_display().await;
    let out = output_dir("trust-two-copies");
    let folders = Folders::new(&out);
    let start = || {
        let mut command = Command::new(app_binary());
        // What the copies say goes beside the test's output, to read if the test fails.
        let log = std::fs::OpenOptions::new().create(true).append(true).open(out.join("copies.log")).unwrap();
        command.stdout(Stdio::null()).stderr(log);
        for (key, value) in folders.env(&[]) {
            command.env(key, value);
        }
        command.spawn().expect("the app starts")
    };
    let mut copies = Copies(vec![start(), start()]);
    // A cold first start on a busy machine can take many seconds before the window shows, so the
    // test waits for what it checks rather than for a fixed time.
    let settled = |copies: &mut Copies| copies.running() == 1 && copies.0.iter().any(|c| shows_a_window(c.id()));
    let deadline = Instant::now() + Duration::from_secs(60);
    while !settled(&mut copies) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    // Time for a second window, or a key, to appear, had there been one.
    std::thread::sleep(Duration::from_secs(3));
    let running = copies.running();
    let windows = copies.0.iter().filter(|c| shows_a_window(c.id())).count();
    let key_files: Vec<String> = folders
        .drafts()
        .map(|d| {
            let names = std::fs::read_dir(d).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned());
            names.filter(|name| name.starts_with("vault.key")).collect()
        })
        .unwrap_or_default();
    drop(copies);
    assert_eq!(running, 1, "the second copy handed over to the first and ended");
    assert_eq!(windows, 1, "one window");
    // The one window asks how the drafts should open; no key is made before the family chooses,
    // so no second copy could ever have made another.
    assert!(key_files.is_empty(), "nothing written before the choice: {key_files:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_everything_leaves_no_file_of_the_app_and_forgets_its_key() {
    let out = output_dir("trust-erase");
    let folders = Folders::new(&out);
    let mut app = App::launch(&folders.env(&[]), out.clone()).await;
    one_saved_draft(&app, "Joanna").await;
    let key_file = std::fs::read(folders.drafts().unwrap().join("vault.key")).unwrap();
    let account = format!("drafts-{}", key_file[10..26].iter().map(|b| format!("{b:02x}")).collect::<String>());
    assert!(OsKeychain::new().load(&account).unwrap().is_some(), "the key is in the keychain");
    assert!(!folders.every_file().is_empty());

    app.click("details.erase summary").await;
    app.type_into("#erase-word", "delet").await;
    app.click("#erase-yes").await;
    app.wait_for_text(".erase-form .error-message", "Nothing has been deleted").await;
    app.screenshot("erase-refused").await;
    app.check_accessibility("the list of drafts, a delete of everything refused").await;
    assert!(folders.drafts().is_some());

    let word = app.wait_for("#erase-word").await;
    word.clear().await.unwrap();
    word.send_keys("delete").await.unwrap();
    app.click("#erase-yes").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while !app.has_exited() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !app.has_exited() {
        app.screenshot("erase-not-closed").await;
        panic!("the app did not close once everything was deleted; it says {:?}", app.screen_text().await);
    }
    drop(app);
    let left = folders.every_file();
    assert!(left.is_empty(), "files of the app are left: {left:#?}");
    assert!(OsKeychain::new().load(&account).unwrap().is_none(), "the keychain entry is gone");
}
