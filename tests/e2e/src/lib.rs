//! Drives the real Family Voice window: starts tauri-driver (which starts WebKitWebDriver and the
//! app), connects a WebDriver client, and saves screenshots where a person can look at them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{Atom, AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window};
use x11rb::rust_connection::RustConnection;

pub use fantoccini;

/// The workspace's root folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the workspace exists")
}

/// A folder under `target/` for one test's output (PDFs, screenshots), emptied first.
pub fn output_dir(name: &str) -> PathBuf {
    let dir = workspace().join("target/e2e").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    dir
}

/// The app as built for these tests (`./dev test` builds it with `custom-protocol,e2e-hooks`).
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("FAMILY_VOICE_APP").map(PathBuf::from).unwrap_or_else(|| {
        let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace().join("target"), PathBuf::from);
        target.join("debug/family-voice")
    });
    assert!(path.exists(), "{} is missing: run ./dev test, which builds the app first", path.display());
    path
}

/// Private data, cache and config folders for one test, so its drafts are its own and the
/// webview's folders can be searched.
pub struct Folders {
    /// `XDG_DATA_HOME`: the drafts, and the webview's own storage.
    pub data: PathBuf,
    /// `XDG_CACHE_HOME`.
    pub cache: PathBuf,
    /// `XDG_CONFIG_HOME`: settings and interpreters' reviews.
    pub config: PathBuf,
}

impl Folders {
    /// The three folders under `out`, made empty.
    pub fn new(out: &Path) -> Self {
        let folders = Self { data: out.join("data"), cache: out.join("cache"), config: out.join("config") };
        for dir in [&folders.data, &folders.cache, &folders.config] {
            std::fs::create_dir_all(dir).unwrap();
        }
        folders
    }

    /// The environment that points the app at them, with `extra` variables after.
    pub fn env<'a>(&'a self, extra: &[(&'a str, &'a Path)]) -> Vec<(&'a str, &'a Path)> {
        let mut env = vec![
            ("XDG_DATA_HOME", self.data.as_path()),
            ("XDG_CACHE_HOME", &self.cache),
            ("XDG_CONFIG_HOME", &self.config),
        ];
        env.extend_from_slice(extra);
        env
    }

    /// The app's drafts folder, once the app has made it.
    pub fn drafts(&self) -> Option<PathBuf> {
        find_dir(&self.data, "drafts")
    }

    /// Every file under the three folders, as paths relative to `out`'s folders: what the app
    /// left on the computer.
    pub fn every_file(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut stack = vec![self.data.clone(), self.cache.clone(), self.config.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() && !path.is_symlink() {
                    stack.push(path);
                } else {
                    found.push(path);
                }
            }
        }
        found.sort();
        found
    }

    /// The files in the app's drafts folder.
    pub fn draft_files(&self) -> Vec<String> {
        let Some(drafts) = find_dir(&self.data, "drafts") else { return Vec::new() };
        let mut names: Vec<String> = std::fs::read_dir(drafts)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".draft"))
            .collect();
        names.sort();
        names
    }
}

fn find_dir(root: &Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(root).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if entry.file_name() == name {
                return Some(path);
            }
            if let Some(found) = find_dir(&path, name) {
                return Some(found);
            }
        }
    }
    None
}

/// The port tauri-driver listens on (WebKitWebDriver takes the next one): 4444, or
/// `FAMILY_VOICE_E2E_DRIVER_PORT`, so that two checkouts on one machine can run their tests at
/// the same time.
fn driver_port() -> u16 {
    std::env::var("FAMILY_VOICE_E2E_DRIVER_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(4444)
}

/// How often a wait looks again for what it waits for. fantoccini's own 250 ms made every wait
/// for a new screen cost a quarter of a second; WebKitWebDriver answers a look in a few ms.
const POLL: Duration = Duration::from_millis(50);

/// The running app and the WebDriver session that drives it.
pub struct App {
    /// The WebDriver client.
    pub client: Client,
    _driver: Driver,
    /// The app's process, to tell its window from any other.
    pid: u32,
    shots: PathBuf,
    shot_count: usize,
    /// Held until the app and tauri-driver have stopped (fields drop in order, so this is last).
    _one_window: tokio::sync::MutexGuard<'static, ()>,
}

/// The display held by a test that starts the app without tauri-driver: no other test's window
/// runs beside it, and a connection stays open to the X server the whole time. An X server
/// resets when its last client leaves, and refuses the clients that connect meanwhile; before
/// the app's first window is up, the test's own short looks at the display would be the only
/// clients, and an app starting at such a moment fails to open the display.
pub struct HeldDisplay {
    _one_window: tokio::sync::MutexGuard<'static, ()>,
    _connection: X,
}

/// Holds the display (see [`HeldDisplay`]) until the value drops.
pub async fn hold_the_display() -> HeldDisplay {
    let held = HeldDisplay { _one_window: ONE_WINDOW.lock().await, _connection: X::connect() };
    wait_until_no_copy_holds_the_bus_name();
    held
}

/// Whether the process `pid` shows a window on the display.
pub fn shows_a_window(pid: u32) -> bool {
    X::connect().window_of(pid).is_some()
}

/// Types `text` (lower-case letters, digits and spaces) on the X server's own keyboard, through
/// XTEST, into the focused field of the app's window, one key every 100 ms as a person types.
/// Unlike WebDriver's keys, the words never pass through the browser's automation, which keeps
/// its own copies in the app's process: a test of what the app's memory holds needs this.
pub async fn type_on_keyboard(pid: u32, text: &str) {
    use x11rb::protocol::xtest::ConnectionExt as _;
    let x = X::connect();
    let window = x.window_of(pid).expect("the app shows a window");
    x.conn.set_input_focus(x11rb::protocol::xproto::InputFocus::PARENT, window, x11rb::CURRENT_TIME).unwrap();
    let setup = x.conn.setup();
    let (min, max) = (setup.min_keycode, setup.max_keycode);
    let map = x.conn.get_keyboard_mapping(min, max - min + 1).unwrap().reply().unwrap();
    let per = usize::from(map.keysyms_per_keycode);
    for c in text.chars() {
        assert!(c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ', "{c:?} is typed without Shift");
        // Latin-1 keysyms are the characters' own codes.
        let index = map.keysyms.chunks(per).position(|syms| syms.first() == Some(&u32::from(c))).expect("a key for it");
        let keycode = min + u8::try_from(index).unwrap();
        for kind in [x11rb::protocol::xproto::KEY_PRESS_EVENT, x11rb::protocol::xproto::KEY_RELEASE_EVENT] {
            x.conn.xtest_fake_input(kind, keycode, x11rb::CURRENT_TIME, x.root, 0, 0, 0).unwrap();
        }
        x.conn.flush().unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// One window at a time: tauri-driver always listens on the same port, and the test harness runs the
/// tests of one file on several threads, each with its own runtime. A test that failed still
/// lets the next one start (the lock is released as its `App` drops).
static ONE_WINDOW: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// tauri-driver, stopped with SIGTERM when dropped (also when a test fails half-way), so it
/// stops WebKitWebDriver and the app too; SIGKILL would orphan them and keep the ports taken.
/// An app that is still running then (one that declined to close, as it does while it cannot
/// save) is stopped with SIGTERM too, so that its window cannot be taken for the next test's.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let started = descendants(self.0.id());
        let _ = Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status();
        let _ = self.0.wait();
        for pid in started.iter().filter(|pid| Path::new(&format!("/proc/{pid}")).exists()) {
            let _ = Command::new("kill").arg("-TERM").arg(pid.to_string()).status();
        }
        // The app holds a name on the session bus while it runs (one copy at a time): the next
        // test's app must not start before this one has really gone.
        let deadline = Instant::now() + Duration::from_secs(10);
        while started.iter().any(|&pid| running(pid)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Whether `pid` is a live process (not gone, and not a zombie waiting to be reaped).
fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.rsplit_once(')').is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')))
}

impl Driver {
    /// The app's process: the one started under tauri-driver from the app's binary.
    fn app_pid(&self) -> Option<u32> {
        let binary = app_binary().canonicalize().ok()?;
        descendants(self.0.id())
            .into_iter()
            .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() == Some(binary.clone()))
    }
}

/// Stops any copy of the app still running from an earlier test, and fails this test if there was
/// one: the app lets one copy run at a time, so a new launch would hand over to the stray copy
/// and end, and the test would wait for a window that never comes.
fn stop_strays(application: &Path) {
    let binary = application.canonicalize().ok();
    let strays: Vec<u32> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| running(*pid) && std::fs::read_link(format!("/proc/{pid}/exe")).ok() == binary)
        .collect();
    if strays.is_empty() {
        wait_until_no_copy_holds_the_bus_name();
        return;
    }
    for pid in &strays {
        let _ = Command::new("kill").arg("-KILL").arg(pid.to_string()).status();
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while strays.iter().any(|&pid| running(pid)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("copies of the app from an earlier test were still running (stopped now): {strays:?}");
}

/// Waits (up to ten seconds) until no copy of the app holds its one-copy name on the session
/// bus. A copy that has just ended can keep the name for a moment while the bus catches up,
/// above all on a busy machine; a copy started then would hand over to it and end, or fail.
pub fn wait_until_no_copy_holds_the_bus_name() {
    let held = || {
        Command::new("dbus-send")
            .args(["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus"])
            .args(["org.freedesktop.DBus.NameHasOwner", "string:uk.familyvoice.desktop.SingleInstance"])
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("boolean true"))
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while held() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// How many times `needle` is in the memory of process `pid`: every region it can read, from
/// `/proc/<pid>/maps` and `/proc/<pid>/mem`. Needs ptrace rights over the process (root has
/// them, as in CI; the app turns off its own dumpable flag, so another user never does).
pub fn times_in_memory(pid: u32, needle: &[u8]) -> std::io::Result<usize> {
    use std::os::unix::fs::FileExt;
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps"))?;
    let mem = std::fs::File::open(format!("/proc/{pid}/mem"))?;
    let finder = memchr::memmem::Finder::new(needle);
    const CHUNK: u64 = 4 << 20;
    let mut count = 0;
    let mut buffer = vec![0u8; CHUNK as usize + needle.len()];
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        let name = fields.nth(3).unwrap_or("");
        if !perms.starts_with('r') || name == "[vvar]" || name == "[vsyscall]" || name == "[vvar_vclock]" {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else { continue };
        let (Ok(start), Ok(end)) = (u64::from_str_radix(start, 16), u64::from_str_radix(end, 16)) else { continue };
        let mut at = start;
        while at < end {
            // Each chunk overlaps the next by the needle's length less one, so a canary across
            // the boundary is found once.
            let len = ((end - at).min(CHUNK + needle.len() as u64 - 1)) as usize;
            let Ok(read) = mem.read_at(&mut buffer[..len], at) else { break };
            let seen = &buffer[..read];
            count += finder.find_iter(seen).filter(|&i| (i as u64) < CHUNK).count();
            if read < len {
                break;
            }
            at += CHUNK;
        }
    }
    Ok(count)
}

/// A text as UTF-16, in either byte order: how WebKit and some files keep it.
pub fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

/// The processes the app started: WebKit's web and network processes.
pub fn helpers_of(pid: u32) -> Vec<u32> {
    descendants(pid)
}

/// Every process started, directly or not, by `pid`, from `/proc`.
fn descendants(pid: u32) -> Vec<u32> {
    let parent_of = |child: u32| {
        let stat = std::fs::read_to_string(format!("/proc/{child}/stat")).ok()?;
        // After the command's name, in brackets: the state, then the parent's pid.
        stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse::<u32>().ok()
    };
    let all: Vec<u32> = std::fs::read_dir("/proc")
        .map(|dir| dir.flatten().filter_map(|e| e.file_name().to_str()?.parse().ok()).collect())
        .unwrap_or_default();
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(all.iter().copied().filter(|&child| parent_of(child) == Some(parent)));
        i += 1;
    }
    found.remove(0);
    found
}

impl App {
    /// Launches the app with extra environment variables and waits until its first screen shows;
    /// at a first start, chooses to open the drafts without asking on this computer account (the
    /// keychain), as most tests are not about how the drafts open.
    pub async fn launch(env: &[(&str, &Path)], shots: PathBuf) -> App {
        let app = App::launch_at_first_start(env, shots).await;
        if app.attribute_of("main#screen", "data-screen").await == "first-start" {
            app.click("#first-keychain").await;
            app.wait_for("main#screen:not([data-screen=\"first-start\"]) h1").await;
        }
        app
    }

    /// Launches the app and waits until its first screen shows, leaving a first start's choice
    /// of how the drafts open to the test.
    pub async fn launch_at_first_start(env: &[(&str, &Path)], shots: PathBuf) -> App {
        let one_window = ONE_WINDOW.lock().await;
        let application = app_binary();
        stop_strays(&application);
        let port = driver_port();
        let mut command = Command::new("tauri-driver");
        command.arg("--port").arg(port.to_string()).arg("--native-port").arg((port + 1).to_string());
        command.stdout(Stdio::null()).stderr(Stdio::inherit());
        for (key, value) in env {
            command.env(key, value);
        }
        let driver = Driver(command.spawn().expect("tauri-driver is installed (./dev test installs it)"));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert("tauri:options".into(), serde_json::json!({ "application": application.to_string_lossy() }));
        let mut last_error = None;
        for _ in 0..500 {
            let builder = ClientBuilder::rustls().map(|mut b| {
                b.capabilities(caps.clone());
                b
            });
            // A session that never starts (the app ended at once) fails the test, not the run.
            let builder = builder.expect("rustls is available");
            let url = format!("http://127.0.0.1:{port}");
            let Ok(connected) = tokio::time::timeout(Duration::from_secs(60), builder.connect(&url)).await else {
                panic!("tauri-driver took a minute and did not start the app");
            };
            match connected {
                Ok(client) => {
                    // Numbering goes on from an earlier launch in the same test.
                    let shot_count = std::fs::read_dir(&shots).map_or(0, |dir| {
                        dir.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "png")).count()
                    });
                    let app = App {
                        client,
                        pid: driver.app_pid().expect("the app is running"),
                        _driver: driver,
                        shots,
                        shot_count,
                        _one_window: one_window,
                    };
                    app.wait_for("main#screen h1").await;
                    return app;
                }
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("could not reach tauri-driver: {last_error:?}");
    }

    /// Waits for an element to appear and returns it. A screen redrawn while the element is
    /// being found makes WebKitWebDriver answer "stale" rather than "not there yet"; that too
    /// means look again.
    pub async fn wait_for(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.client.wait().at_most(left).every(POLL).for_element(Locator::Css(css)).await {
                Ok(element) => return element,
                Err(e) if e.is_stale_element_reference() && !left.is_zero() => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("{css} did not appear: {e}"),
            }
        }
    }

    /// The text of the current screen as a person reads it (without the invisible marks that
    /// isolate placeables for bidirectional text).
    pub async fn screen_text(&self) -> String {
        self.text_of("main#screen").await
    }

    /// The visible text of one element.
    pub async fn text_of(&self, css: &str) -> String {
        self.act_on(css, "read", async |element| element.text().await).await.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Waits until an element's visible text contains `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        for _ in 0..150 {
            if self.text_of(css).await.contains(expected) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never said {expected:?}; it says {:?}", self.text_of(css).await);
    }

    /// Acts on an element once it is there. The screen may be redrawn between finding the
    /// element and acting on it (a language change redraws the whole screen); the action then
    /// did not happen, so the element is found again and the action tried again.
    async fn act_on<T>(&self, css: &str, what: &str, act: impl AsyncFn(Element) -> Result<T, CmdError>) -> T {
        let mut last_error = None;
        for _ in 0..20 {
            match act(self.wait_for(css).await).await {
                Ok(done) => return done,
                Err(e) if e.is_stale_element_reference() || e.is_no_such_element() => last_error = Some(e),
                Err(e) => panic!("{css} could not be {what}: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{css} kept being redrawn before it could be {what}: {last_error:?}");
    }

    /// Clicks an element once it is there.
    pub async fn click(&self, css: &str) {
        self.act_on(css, "clicked", async |element| element.click().await).await;
    }

    /// Types into a field as a person would: click, then keys.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.act_on(css, "typed into", async |field| {
            field.click().await?;
            field.send_keys(text).await
        })
        .await;
    }

    /// An attribute of the first element `css` finds, or "" if there is none.
    pub async fn attribute_of(&self, css: &str, name: &str) -> String {
        let value = self
            .client
            .execute(
                "return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? '';",
                vec![css.into(), name.into()],
            )
            .await
            .expect("the page answers");
        value.as_str().unwrap_or_default().to_owned()
    }

    /// The id of the element that has the focus.
    pub async fn focused_id(&self) -> String {
        let value = self.client.execute("return document.activeElement.id;", vec![]).await.expect("the page answers");
        value.as_str().unwrap_or_default().to_owned()
    }

    /// One attribute of the document's root element (`lang`, `dir`).
    pub async fn root_attribute(&self, name: &str) -> String {
        let value = self
            .client
            .execute("return document.documentElement.getAttribute(arguments[0]);", vec![name.into()])
            .await
            .expect("the document has a root element");
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Chooses a language on the language chooser and waits until the window has switched to it
    /// and the screen has been drawn again (it is `aria-busy` while that happens).
    pub async fn switch_language(&self, tag: &str) {
        self.set_value("#language", tag, "change").await;
        for _ in 0..100 {
            let busy = self
                .client
                .execute("return document.getElementById('screen').hasAttribute('aria-busy');", vec![])
                .await
                .expect("the window has a screen");
            if busy.as_bool() == Some(false) && self.root_attribute("lang").await == tag {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the window did not switch to {tag}");
    }

    /// Sets a field's value the way a browser's own picker would (dates, times, numbers), then
    /// tells the page with `event` ("input" or "change").
    pub async fn set_value(&self, css: &str, value: &str, event: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
                 el.dispatchEvent(new Event(arguments[2], { bubbles: true }));",
                vec![css.into(), value.into(), event.into()],
            )
            .await
            .expect("the field exists");
    }

    /// Starts a new draft from the start screen (named `label`, or the default name if empty)
    /// and waits for its first page.
    pub async fn start_draft(&self, label: &str) {
        self.wait_for_screen("welcome").await;
        if !label.is_empty() {
            self.type_into("#new-label", label).await;
        }
        self.click("#start").await;
        self.wait_for_screen("about").await;
    }

    /// The value of a field, once it is there.
    pub async fn value_of(&self, css: &str) -> String {
        self.wait_for(css).await.prop("value").await.expect("the field answers").unwrap_or_default()
    }

    /// Opens the draft with this name from the start screen, at its first page.
    pub async fn open_draft(&self, label: &str) {
        self.wait_for_screen("welcome").await;
        self.click(&format!("li.draft-card button.open[aria-label$=\"{label}\"]")).await;
        self.wait_for_screen("about").await;
    }

    /// Whether `text` is anywhere in the page: its markup, or any field's value. The text is
    /// sent reversed, and turned round in the page, so that asking never puts it in the app's
    /// memory (`tests/lock.rs` looks there).
    pub async fn page_holds(&self, text: &str) -> bool {
        let reversed: String = text.chars().rev().collect();
        let found = self
            .client
            .execute(
                "const t = [...arguments[0]].reverse().join(''); \
                 return document.documentElement.outerHTML.includes(t) \
                   || [...document.querySelectorAll('input, textarea')].some(f => f.value.includes(t));",
                vec![reversed.into()],
            )
            .await
            .expect("the page answers");
        found.as_bool().unwrap_or(true)
    }

    /// Waits until the screen shows the template with this id.
    pub async fn wait_for_screen(&self, id: &str) {
        self.wait_for(&format!("main#screen[data-screen=\"{id}\"]")).await;
    }

    /// Runs axe-core in the window on the page as it is now, with the WCAG 2.0, 2.1 and 2.2 A and
    /// AA rules and axe's best practices, and fails the test with a readable list of what it
    /// found (rule, the elements, what to fix). `state` names the screen and state in that list.
    /// axe is injected through WebDriver (the page's CSP governs the page's own scripts, not
    /// what the driver runs), once per page load.
    pub async fn check_accessibility(&self, state: &str) {
        self.check_accessibility_except(state, "").await;
    }

    /// As [`App::check_accessibility`], with the elements `exclude` finds (a CSS selector, or ""
    /// for none) taken out of the page while axe runs and put back after: on a screen of hundreds
    /// of cards made from one template, a few of each kind say as much as all of them, in a
    /// second rather than ten (axe walks the whole document whatever it is told to leave out).
    pub async fn check_accessibility_except(&self, state: &str, exclude: &str) {
        let started = Instant::now();
        let injected =
            self.client.execute("return typeof window.axe === 'object';", vec![]).await.expect("the page answers");
        if injected.as_bool() != Some(true) {
            self.client.execute(axe_source(), vec![]).await.expect("axe-core runs in the page");
        }
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 const aside = [...(arguments[0] ? document.querySelectorAll(arguments[0]) : [])] \
                   .map(el => { const mark = document.createComment(''); el.replaceWith(mark); return [mark, el]; }); \
                 const back = () => aside.forEach(([mark, el]) => mark.replaceWith(el)); \
                 axe.run(document, { runOnly: { type: 'tag', values: \
                   ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, \
                   resultTypes: ['violations'] }) \
                 .then(r => { back(); return r; }, e => { back(); throw e; }) \
                 .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help, impact: v.impact, \
                   nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })))) \
                 .catch(e => done([{ id: 'axe-error', help: String(e), impact: '', nodes: [] }]));",
                vec![exclude.into()],
            )
            .await
            .expect("axe answers");
        let violations = result.as_array().expect("a list of violations");
        eprintln!("axe on {state}: {} violations, {:.2} s", violations.len(), started.elapsed().as_secs_f64());
        if violations.is_empty() {
            return;
        }
        let mut report = format!("axe found {} kinds of accessibility problem on {state}:\n", violations.len());
        for violation in violations {
            let text = |key: &str| violation[key].as_str().unwrap_or_default().to_owned();
            report += &format!("- {} ({}): {}\n", text("id"), text("impact"), text("help"));
            for node in violation["nodes"].as_array().into_iter().flatten() {
                let summary =
                    node["summary"].as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
                report += &format!("    at {}: {summary}\n", node["target"].as_str().unwrap_or_default());
            }
        }
        panic!("{report}");
    }

    /// Saves a screenshot of the window as `NN-name.png`.
    pub async fn screenshot(&mut self, name: &str) {
        self.shot_count += 1;
        // WebKitWebDriver takes the picture from the last frame painted: two animation frames
        // later, the screen just shown has been painted (without this, a shot of the locked
        // screen showed the list before it).
        let _ = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
        let png = self.client.screenshot().await.expect("a screenshot of the window");
        let path = self.shots.join(format!("{:02}-{name}.png", self.shot_count));
        std::fs::write(path, png).expect("screenshots are writable");
    }

    /// Asks the window to close as its close button does, until `heard` says the app answered
    /// (it closed, or said why not). The request is the window manager's WM_DELETE_WINDOW
    /// message, which GTK turns into the app's close request; Xvfb has no window manager, so the
    /// test sends it. GTK sometimes drops one sent just after WebKitWebDriver has worked the
    /// window, before the app hears of it, as it may a person's click; so it is sent again after
    /// two seconds without an answer, as a person would click again.
    pub async fn close_until(&self, heard: impl AsyncFn(&App) -> bool) {
        let x = X::connect();
        let (protocols, delete) = (x.atom(b"WM_PROTOCOLS"), x.atom(b"WM_DELETE_WINDOW"));
        for _ in 0..5 {
            let window = x.window_of(self.pid).expect("the app's window is open");
            let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
            x.conn.send_event(false, window, EventMask::NO_EVENT, event).expect("the X server takes the message");
            x.conn.flush().expect("the X server takes the message");
            for _ in 0..20 {
                if heard(self).await {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        panic!("the window was asked to close five times and never answered");
    }

    /// The app's process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Whether the app's process has ended (it may linger as a zombie until it is reaped).
    pub fn has_exited(&self) -> bool {
        !running(self.pid)
    }

    /// Whether the app's window is still open.
    pub fn window_is_open(&self) -> bool {
        X::connect().window_of(self.pid).is_some()
    }

    /// Ends the session and stops tauri-driver with SIGTERM, so it also stops WebKitWebDriver
    /// and the app (SIGKILL would orphan them).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Ends the app as a crash or a power cut would: SIGKILL to the app's own process, which
    /// gets no chance to save. Returns the moment the signal had been sent. Then tauri-driver
    /// and WebKitWebDriver are stopped as when an `App` drops, and the web processes the app had
    /// started, left without a parent, are waited for (and killed if they linger), so nothing of
    /// this app is left to hang the next launch.
    pub async fn kill(self) -> Instant {
        let helpers = descendants(self.pid);
        let _ = Command::new("kill").arg("-KILL").arg(self.pid.to_string()).status();
        let killed = Instant::now();
        drop(self);
        let running = |pid: &u32| {
            // A zombie is gone already; it only waits for its parent to read its status.
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|stat| stat.rsplit_once(')').is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')))
        };
        let deadline = Instant::now() + Duration::from_secs(2);
        while helpers.iter().any(running) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        for pid in helpers.iter().filter(|pid| running(pid)) {
            let _ = Command::new("kill").arg("-KILL").arg(pid.to_string()).status();
        }
        killed
    }
}

/// axe-core's script, read once from the copy `./dev test` installs from npm (pinned in
/// `tests/e2e/axe/package-lock.json`).
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = workspace().join("tests/e2e/axe/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("{} is missing: ./dev test installs it (npm ci in tests/e2e/axe)", path.display())
        })
    })
}

/// A connection to the X server the app draws on (Xvfb's `DISPLAY`).
pub struct X {
    conn: RustConnection,
    root: Window,
}

impl X {
    fn connect() -> X {
        let (conn, screen) = x11rb::connect(None).expect("the tests run under Xvfb");
        let root = conn.setup().roots[screen].root;
        X { conn, root }
    }

    fn atom(&self, name: &[u8]) -> Atom {
        self.conn.intern_atom(false, name).expect("the X server answers").reply().expect("an atom").atom
    }

    /// The app's window: the top-level window on show that the app's process made. GTK also
    /// makes hidden ones, such as its group leader.
    fn window_of(&self, pid: u32) -> Option<Window> {
        let wm_pid = self.atom(b"_NET_WM_PID");
        let tree = self.conn.query_tree(self.root).expect("the X server answers").reply().expect("the windows");
        tree.children.into_iter().find(|&window| {
            let shown = self.conn.get_window_attributes(window).ok().and_then(|c| c.reply().ok());
            let owner = self
                .conn
                .get_property(false, window, wm_pid, AtomEnum::CARDINAL, 0, 1)
                .ok()
                .and_then(|c| c.reply().ok());
            shown.is_some_and(|a| a.map_state == MapState::VIEWABLE)
                && owner.and_then(|p| p.value32()?.next()) == Some(pid)
        })
    }
}

/// The text poppler extracts from a PDF, with white space made single spaces.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(path).arg("-").output().expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8(out.stdout).expect("UTF-8").split_whitespace().collect::<Vec<_>>().join(" ")
}
