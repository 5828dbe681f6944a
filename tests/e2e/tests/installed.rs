//! The Debian package as a family meets it: installed with `apt-get install ./family-voice.deb`
//! into a clean Debian 12 root, started from `/usr/bin/family-voice`, used for a short journey
//! (a new draft, one answer, Lock, unlock, the PDF), then removed with `apt-get purge`, after
//! which no file of the package is left and nothing new is under `/usr` but what its
//! dependencies brought.
//!
//! The root is a chroot made with debootstrap from Debian's own packages, not a container: CI
//! runs as root on a plain Debian machine with no container runtime, and a chroot needs none.
//! Everything the app loads (its libraries, WebKit's helper processes, fonts, GTK's modules)
//! comes from the root; what a desktop session provides (the X display, the session bus, the
//! keyring that keeps the drafts' key, the accessibility bus) is the test session's, bound into
//! the root at the same paths, as a desktop would give them to an installed app.
//!
//! The app as it ships keeps an incognito window, which WebKitWebDriver cannot reach (see
//! `src-tauri/src/privacy.rs`), so tauri-driver cannot drive it. The journey is driven instead
//! through the accessibility tree (`tests/install/window.py`, the way a screen reader or a switch
//! works the window) and the X server's own keyboard.
//!
//! The package: `FAMILY_VOICE_DEB`, or the one `./dev test` bundles from the debug build
//! (`target/installed-test/debug/bundle/deb/`); `./dev package`'s release .deb is tested by
//! running this test with `FAMILY_VOICE_DEB` pointing at it. A cache for debootstrap's and
//! apt's downloads, kept between runs: `FAMILY_VOICE_INSTALL_CACHE` (`./dev test` sets it).
//!
//! Where the app keeps things, under the family's home (here the root's `/root`): the drafts in
//! `~/.local/share/uk.familyvoice.desktop/drafts`, settings in `~/.config/uk.familyvoice.desktop`,
//! the font index and read-aloud sounds in `~/.cache/uk.familyvoice.desktop`, and the drafts'
//! key in the keyring. `apt-get purge` leaves all of them, by design: a package never deletes a
//! person's own files; the test checks the drafts are still there after the purge.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use family_voice_e2e::{
    hold_the_display, output_dir, pdf_text, shows_a_window, type_on_keyboard, wait_until_no_copy_holds_the_bus_name,
    workspace,
};

/// The Debian release the root is made from: the one the package is built for.
const RELEASE: &str = "bookworm";

/// What the app's folder is called under the family's data, config and cache folders.
const APP_ID: &str = "uk.familyvoice.desktop";

/// The package to test.
fn package() -> PathBuf {
    let path = std::env::var_os("FAMILY_VOICE_DEB").map(PathBuf::from).unwrap_or_else(|| {
        let folder = workspace().join("target/installed-test/debug/bundle/deb");
        std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "deb"))
            .unwrap_or(folder)
    });
    assert!(path.is_file(), "{} is missing: run ./dev test, which bundles it, or set FAMILY_VOICE_DEB", path.display());
    path
}

/// Debian's mirror as this machine's apt knows it (so a local mirror or proxy is used), or
/// Debian's own address when the machine's sources name no Debian mirror (an Ubuntu machine).
fn debian_mirror() -> String {
    if let Ok(mirror) = std::env::var("FAMILY_VOICE_DEBIAN_MIRROR") {
        return mirror;
    }
    let mut sources = vec![PathBuf::from("/etc/apt/sources.list")];
    sources.extend(std::fs::read_dir("/etc/apt/sources.list.d").into_iter().flatten().flatten().map(|e| e.path()));
    for source in sources {
        let Ok(text) = std::fs::read_to_string(&source) else { continue };
        if source.extension().is_some_and(|x| x == "sources") {
            // deb822: a stanza's URIs and Suites lines.
            for stanza in text.split("\n\n") {
                let field = |name: &str| {
                    stanza.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.split_whitespace().collect::<Vec<_>>())
                };
                if let (Some(uris), Some(suites)) = (field("URIs:"), field("Suites:")) {
                    if suites.contains(&RELEASE) && uris.iter().all(|u| !u.contains("security")) {
                        return uris[0].to_owned();
                    }
                }
            }
        } else {
            for line in text.lines() {
                let words: Vec<&str> = line.split_whitespace().filter(|w| !w.starts_with('[')).collect();
                if words.len() >= 3 && words[0] == "deb" && words[2] == RELEASE {
                    return words[1].to_owned();
                }
            }
        }
    }
    "http://deb.debian.org/debian".to_owned()
}

/// The mount points under `dir`, deepest first, from the kernel's own table.
fn mounts_under(dir: &Path) -> Vec<PathBuf> {
    let table = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let mut found: Vec<PathBuf> = table
        .lines()
        .filter_map(|line| line.split(' ').nth(4))
        // The table writes a space in a path as \040; the root's paths have none.
        .map(PathBuf::from)
        .filter(|point| point.starts_with(dir))
        .collect();
    found.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    found
}

/// Unmounts everything under `dir`, and says whether nothing is mounted there any more.
fn unmount_all(dir: &Path) -> bool {
    for point in mounts_under(dir) {
        let done = Command::new("umount").arg(&point).status().is_ok_and(|s| s.success());
        if !done {
            // Still busy (a process that has not ended yet): detached now, gone when it ends.
            let _ = Command::new("umount").arg("-l").arg(&point).status();
        }
    }
    mounts_under(dir).is_empty()
}

/// A Debian root made for this test, with the host's folders bound into it. Dropped (also when
/// the test fails half-way), it unmounts every one of them, so that nothing of the host is left
/// reachable through the root and it can be deleted safely at the next run.
struct Root {
    dir: PathBuf,
}

impl Root {
    /// A fresh root in `dir`: what an earlier run left there is unmounted and deleted first,
    /// and only once nothing is mounted in it any more (a bound /dev or /tmp would be deleted too).
    fn make(dir: &Path, cache: Option<&Path>) -> Root {
        assert!(unmount_all(dir), "{} still has folders mounted in it; unmount them by hand", dir.display());
        if dir.exists() {
            std::fs::remove_dir_all(dir).expect("the last run's root can be deleted");
        }
        std::fs::create_dir_all(dir).unwrap();
        let root = Root { dir: dir.to_owned() };
        let mut debootstrap = Command::new("debootstrap");
        debootstrap.args(["--variant=minbase", "--force-check-gpg"]);
        if let Some(cache) = cache {
            let debs = cache.join("debootstrap");
            std::fs::create_dir_all(&debs).unwrap();
            debootstrap.arg(format!("--cache-dir={}", debs.display()));
        }
        let out = debootstrap
            .arg(RELEASE)
            .arg(dir)
            .arg(debian_mirror())
            .output()
            .expect("debootstrap is installed (./dev test installs it)");
        assert!(out.status.success(), "debootstrap failed: {}", String::from_utf8_lossy(&out.stdout));
        root
    }

    /// A path inside the root, as the host sees it.
    fn host_path(&self, inside: &str) -> PathBuf {
        self.dir.join(inside.trim_start_matches('/'))
    }

    /// Mounts `source` on `inside` (with `mount`'s own arguments first).
    fn mount(&self, args: &[&str], source: &Path, inside: &str) {
        let target = self.host_path(inside);
        // A socket is mounted on a file; a folder, or a file system (proc, sysfs), on a folder.
        if source.is_file() || source.exists() && !source.is_dir() {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&target, b"").unwrap();
        } else {
            std::fs::create_dir_all(&target).unwrap();
        }
        let status = Command::new("mount").args(args).arg(source).arg(&target).status().unwrap();
        assert!(status.success(), "{} could not be mounted on {}", source.display(), target.display());
    }

    /// Binds a host folder or socket into the root, read-only: a device can still be written to
    /// and a socket connected to, but should a run be killed before it unmounts them, deleting
    /// the root by hand cannot delete the host's /dev or session files through it.
    fn bind_read_only(&self, source: &Path, inside: &str) {
        self.mount(&["--bind"], source, inside);
        let target = self.host_path(inside);
        let status = Command::new("mount").args(["-o", "remount,bind,ro"]).arg(&target).status().unwrap();
        assert!(status.success(), "{} could not be made read-only", target.display());
    }

    /// Binds a host folder or socket into the root at the same path, read-only.
    fn bind_same(&self, path: &Path) {
        self.bind_read_only(path, &path.to_string_lossy());
    }

    /// Runs a command inside the root as root, with a plain environment; fails the test if it fails.
    fn run(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "{args:?} failed in the root:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn output(&self, args: &[&str]) -> Output {
        Command::new("chroot")
            .arg(&self.dir)
            .args(args)
            .env_clear()
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .env("LANG", "C.UTF-8")
            .output()
            .expect("chroot runs")
    }

    /// Every file, link and folder under the root's `/usr`, `/etc` and `/opt`, as paths inside it.
    fn files(&self) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut stack: Vec<PathBuf> = ["usr", "etc", "opt"].iter().map(|d| self.dir.join(d)).collect();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                found.insert(format!("/{}", path.strip_prefix(&self.dir).unwrap().display()));
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(path);
                }
            }
        }
        found
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        if !unmount_all(&self.dir) {
            eprintln!("some folders are still mounted under {}", self.dir.display());
        }
    }
}

/// The installed app, running in the root. Dropped, it is stopped with its window's processes.
struct Running {
    child: Child,
}

impl Running {
    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let helpers = family_voice_e2e::helpers_of(self.pid());
        let _ = Command::new("kill").arg("-TERM").arg(self.pid().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        for pid in helpers {
            let _ = Command::new("kill").arg("-KILL").arg(pid.to_string()).status();
        }
    }
}

/// Works the app's window through its accessibility tree (`tests/install/window.py`).
fn window(pid: u32, args: &[&str]) -> String {
    // The system's Python, which has Debian's gi and Atspi; a virtual environment may not.
    let out = Command::new("/usr/bin/python3")
        .arg(workspace().join("tests/install/window.py"))
        .arg(pid.to_string())
        .args(args)
        .output()
        .expect("python3 runs (./dev test installs python3-gi and gir1.2-atspi-2.0)");
    assert!(
        out.status.success(),
        "{args:?} on the window failed: {}\nThe window holds:\n{}",
        String::from_utf8_lossy(&out.stderr),
        if args[0] == "text" { String::new() } else { window(pid, &["text"]) }
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Presses the button named `name` (or whose name starts with it, if it ends in "*").
fn press(pid: u32, name: &str) {
    window(pid, &["press", "push button", name]);
}

/// Waits for the screen with the heading `title`.
fn wait_for_heading(pid: u32, title: &str) {
    window(pid, &["find", "heading", title]);
}

/// Presses Next until the screen's heading is `title` (at most ten pages on).
async fn next_until(pid: u32, title: &str) {
    for _ in 0..10 {
        let headings = window(pid, &["headings"]);
        if headings.lines().any(|h| h == title) {
            return;
        }
        press(pid, "Next");
        for _ in 0..100 {
            if window(pid, &["headings"]) != headings {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    panic!("{title:?} never came after ten presses of Next");
}

/// Takes a picture of the screen, as `NN-name.png` in `out`.
fn screenshot(out: &Path, count: &mut usize, name: &str) {
    *count += 1;
    window(0, &["shot", &out.join(format!("{count:02}-{name}.png")).to_string_lossy()]);
}

/// Writes a list of paths, one a line, for a person to compare.
fn write_list(path: &Path, list: &BTreeSet<String>) {
    std::fs::write(path, list.iter().cloned().collect::<Vec<_>>().join("\n")).unwrap();
}

/// Where the test's caches live between runs, if anywhere.
fn cache() -> Option<PathBuf> {
    std::env::var_os("FAMILY_VOICE_INSTALL_CACHE").map(PathBuf::from)
}

/// The environment variable's value, or a failure that says what is missing.
fn session(variable: &str) -> String {
    std::env::var(variable).unwrap_or_else(|_| panic!("{variable} is set (./dev test runs the tests in a session)"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_debian_package_installs_runs_a_journey_and_purges_cleanly() {
    let uid = Command::new("id").arg("-u").output().expect("id runs").stdout;
    assert_eq!(
        String::from_utf8_lossy(&uid).trim(),
        "0",
        "this test needs root (chroot, mount): run ./dev test as root, as CI does"
    );
    let out = output_dir("installed");
    let deb = package();
    let mut shots = 0;
    let mut took = Vec::new();
    let mut step = Instant::now();
    let mut lap = |name: &str, took: &mut Vec<String>| {
        took.push(format!("{name} {:.1} s", step.elapsed().as_secs_f64()));
        eprintln!("installed-package test: {}", took.last().unwrap());
        step = Instant::now();
    };

    // A clean Debian 12 root, with what apt's scripts expect to find mounted.
    let root = Root::make(&workspace().join("target/installed-test/root"), cache().as_deref());
    lap("debootstrap", &mut took);
    root.mount(&["-t", "proc"], Path::new("proc"), "/proc");
    root.mount(&["-t", "sysfs"], Path::new("sysfs"), "/sys");
    root.bind_read_only(Path::new("/dev"), "/dev");
    root.bind_read_only(Path::new("/dev/pts"), "/dev/pts");
    if let Some(cache) = cache() {
        let debs = cache.join("apt");
        std::fs::create_dir_all(debs.join("partial")).unwrap();
        root.mount(&["--bind"], &debs, "/var/cache/apt/archives");
    }
    let before = root.files();
    write_list(&out.join("files-before.txt"), &before);

    // What the package declares it needs (Depends and Recommends, as apt installs both unless told
    // not to), installed first and on its own, so that what they bring can be told apart from what
    // the package itself leaves. Then apt-get install ./family-voice.deb, as the README tells a
    // family. What those packages in turn only recommend (GStreamer's codecs for WebKit's media,
    // among others) is left out, so the app is shown to run on what its packages depend on: from
    // an empty cache, 239 packages and 170 MB downloaded in 22 s, where with them it was 466 and
    // 334 MB in 180 s, a cost CI's time cannot bear.
    std::fs::copy(&deb, root.host_path("/tmp/family-voice.deb")).unwrap();
    let control = root.run(&["dpkg-deb", "--field", "/tmp/family-voice.deb", "Depends", "Recommends"]);
    let needs: Vec<&str> = control.lines().filter_map(|l| l.split_once(": ").map(|(_, v)| v)).collect();
    root.run(&["apt-get", "update", "-qq"]);
    let unsafe_io = "Dpkg::Options::=--force-unsafe-io";
    let no_extras = "--no-install-recommends";
    root.run(&["apt-get", "satisfy", "-y", "-qq", no_extras, "-o", unsafe_io, &needs.join(", ")]);
    lap("apt-get install of what it needs", &mut took);
    let dependencies = root.files();
    write_list(&out.join("files-dependencies.txt"), &dependencies);
    root.run(&["apt-get", "install", "-y", "-qq", no_extras, "-o", unsafe_io, "/tmp/family-voice.deb"]);
    lap("apt-get install ./family-voice.deb", &mut took);
    let listed: Vec<String> = root.run(&["dpkg", "-L", "family-voice"]).lines().map(str::to_owned).collect();
    std::fs::write(out.join("dpkg-L.txt"), listed.join("\n")).unwrap();
    write_list(&out.join("files-installed.txt"), &root.files());
    for wanted in ["/usr/bin/family-voice", "/usr/share/icons/hicolor/128x128/apps/family-voice.png"] {
        assert!(listed.iter().any(|p| p == wanted), "the package holds {wanted}: {listed:?}");
    }
    // The menu entry a family starts it from: its command is installed, and its icon too.
    let entry = listed
        .iter()
        .find(|p| p.starts_with("/usr/share/applications/") && p.ends_with(".desktop"))
        .expect("the package has a menu entry");
    let entry = std::fs::read_to_string(root.host_path(entry)).unwrap();
    let key = |name: &str| entry.lines().find_map(|l| l.strip_prefix(name)).unwrap_or_default().to_owned();
    // The command, without the field codes (%U) a launcher fills in.
    let command = key("Exec=").split_whitespace().next().unwrap_or_default().to_owned();
    let on_path = ["/usr/bin", "/bin"].iter().any(|d| root.host_path(&format!("{d}/{command}")).is_file());
    assert!(on_path || command.starts_with('/') && root.host_path(&command).is_file(), "Exec={command} is installed");
    let icon = key("Icon=");
    assert!(listed.iter().any(|p| p.ends_with(&format!("/apps/{icon}.png"))), "Icon={icon} is installed");
    // Every library the app links to comes from a package apt installed for it.
    let libraries = root.run(&["ldd", "/usr/bin/family-voice"]);
    assert!(!libraries.contains("not found"), "the package's dependencies leave libraries out:\n{libraries}");

    // The desktop's services, as a session gives them to an app: the X display and its cookie,
    // the session bus (the keyring and the accessibility bus are reached through it, and their
    // sockets live in the runtime folder).
    let display = session("DISPLAY");
    let bus = session("DBUS_SESSION_BUS_ADDRESS");
    let runtime = session("XDG_RUNTIME_DIR");
    root.bind_same(Path::new("/tmp/.X11-unix"));
    if let Some(socket) = bus.strip_prefix("unix:path=").map(|a| a.split(',').next().unwrap()) {
        root.bind_same(Path::new(socket));
    }
    // The runtime folder stays writable: the app puts its own accessibility socket there.
    root.mount(&["--bind"], Path::new(&runtime), &runtime);
    let xauthority = std::env::var("XAUTHORITY").unwrap_or_default();
    if !xauthority.is_empty() {
        let copy = root.host_path(&xauthority);
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::copy(&xauthority, copy).unwrap();
    }

    // The installed app, started as a desktop's launcher would (the menu entry's command), in the
    // family's home.
    let _display_held = hold_the_display().await;
    wait_until_no_copy_holds_the_bus_name();
    let app = Running {
        child: Command::new("chroot")
            .arg(&root.dir)
            .args(["/usr/bin/env", "-i", "-C", "/root", "HOME=/root", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"])
            .arg(format!("DISPLAY={display}"))
            .arg(format!("XAUTHORITY={xauthority}"))
            .arg(format!("DBUS_SESSION_BUS_ADDRESS={bus}"))
            .arg(format!("XDG_RUNTIME_DIR={runtime}"))
            .arg(&command)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("chroot runs"),
    };
    let pid = app.pid();
    let started = Instant::now();
    while !shows_a_window(pid) {
        assert!(started.elapsed() < Duration::from_secs(60), "the installed app showed no window in a minute");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    wait_for_heading(pid, "How should your drafts open?");
    screenshot(&out, &mut shots, "first-start");
    press(pid, "Open without asking on this computer account");

    // A new draft, and one answer typed on the keyboard.
    wait_for_heading(pid, "Getting ready for your child protection conference");
    press(pid, "Start");
    wait_for_heading(pid, "About you and the conference");
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos();
    let answer = format!("robin {nanos:x} sings");
    window(pid, &["focus", "entry", "Your name"]);
    type_on_keyboard(pid, &answer).await;
    assert_eq!(window(pid, &["find", "entry", "Your name"]).trim(), answer);
    next_until(pid, "Check your answers").await;
    screenshot(&out, &mut shots, "check");

    // Lock: the answer leaves the window; Unlock brings the draft back from the disk.
    // On this computer account the drafts open without a passphrase, so Lock is "Close drafts".
    press(pid, "Close drafts");
    wait_for_heading(pid, "Your drafts are locked");
    let locked = window(pid, &["text"]);
    assert!(!locked.contains(&answer), "the locked window still shows the answer:\n{locked}");
    screenshot(&out, &mut shots, "locked");
    press(pid, "Unlock");
    wait_for_heading(pid, "Getting ready for your child protection conference");
    press(pid, "Carry on*");
    wait_for_heading(pid, "About you and the conference");
    assert_eq!(window(pid, &["find", "entry", "Your name"]).trim(), answer);

    // The PDF, saved where the system's save dialog suggests.
    next_until(pid, "Check your answers").await;
    press(pid, "Make my PDF");
    window(pid, &["find", "push button", "Save"]);
    screenshot(&out, &mut shots, "save-dialog");
    press(pid, "Save");
    wait_for_heading(pid, "Your PDF is ready");
    screenshot(&out, &mut shots, "pdf-made");
    let home = root.host_path("/root");
    let pdf = std::fs::read_dir(&home)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .expect("the PDF was saved in the family's home");
    let text = pdf_text(&pdf);
    assert!(text.contains(&answer), "the PDF holds the answer: {text}");
    lap("the journey", &mut took);
    drop(app);

    // apt-get purge: no file of the package is left, nothing new under /usr but what the
    // dependencies brought, and the family's own drafts are still in their home.
    let drafts = home.join(".local/share").join(APP_ID).join("drafts");
    let draft_files = || {
        std::fs::read_dir(&drafts)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".draft"))
            .count()
    };
    assert_eq!(draft_files(), 1, "the draft is in {}", drafts.display());
    root.run(&["apt-get", "purge", "-y", "-qq", "family-voice"]);
    lap("apt-get purge", &mut took);
    let after = root.files();
    write_list(&out.join("files-after-purge.txt"), &after);
    let left: Vec<&String> = listed
        .iter()
        .filter(|p| p.as_str() != "/." && after.contains(*p))
        // A folder another package also lists (hicolor-icon-theme's icon folders) stays, as
        // dpkg leaves it; so does one that still holds other files.
        .filter(|p| {
            !root.host_path(p).is_dir()
                || (std::fs::read_dir(root.host_path(p)).is_ok_and(|mut d| d.next().is_none())
                    && !root.output(&["dpkg-query", "-S", p]).status.success())
        })
        .collect();
    assert!(left.is_empty(), "apt-get purge left the package's files: {left:?}");
    // Under /usr, /etc and /opt, exactly what the dependencies had made: nothing the package's
    // scripts or the app wrote is left, and nothing of theirs was taken away.
    let added: Vec<&String> = after.difference(&dependencies).collect();
    let removed: Vec<&String> = dependencies.difference(&after).collect();
    assert!(added.is_empty() && removed.is_empty(), "after the purge, new: {added:?}; gone: {removed:?}");
    let from_dependencies = dependencies.difference(&before).count();
    assert_eq!(draft_files(), 1, "the purge left the family's draft in their home");
    // The root (some 1.5 GB) is kept only when the test fails, for a person to look into.
    let dir = root.dir.clone();
    drop(root);
    if mounts_under(&dir).is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    eprintln!(
        "installed-package test: {}; the package listed {} paths; what it needs added {} under /usr, /etc and /opt",
        took.join(", "),
        listed.len(),
        from_dependencies
    );
}
