//! What the shell does so that nothing the family typed leaves the app by a side door: its files
//! are its owner's alone, its memory never lands in a core dump, and its window only ever shows
//! the app's own pages.

use tauri::Url;

/// A test build's hooks (choosing where a PDF is saved, a keychain that never answers) must never
/// reach a family.
#[cfg(all(feature = "e2e-hooks", not(debug_assertions)))]
compile_error!("the e2e-hooks feature is for tests only and must not be built into a release");

/// Whether the window keeps nothing at all on disk (no cache, no storage of any kind): yes, as
/// the app ships. WebKitWebDriver cannot drive such a window on Linux (tauri-driver never reaches
/// it), so the end-to-end test build keeps an ordinary one; its tests search every file the
/// window leaves for what the family typed and find nothing even so.
pub const INCOGNITO: bool = cfg!(not(feature = "e2e-hooks"));

/// Run first, before any thread or file: every file and folder made from here on, by the app or
/// by the window's engine (its caches, Mesa's shader cache), is readable by its owner only; and
/// the process is not dumpable, so a crash leaves no core file holding drafts and other programs
/// of the same user cannot attach to it or read its memory (as KeePassXC does).
pub fn keep_process_private() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    #[cfg(target_os = "linux")]
    {
        // Best effort: a kernel that refuses still runs the app, with core dumps as the system
        // sets them.
        let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    }
}

/// Set in the environment of the app started again by [`wipe_memory_as_freed`]; it holds the
/// glibc tunables the family's system had set, if any, to give back to the window's own processes.
#[cfg(target_os = "linux")]
const STARTED_WIPING: &str = "FAMILY_VOICE_STARTED_WIPING";

/// glibc fills each block it frees with this byte, and leaves none in its per-thread cache of
/// small blocks, where it would keep it unfilled.
#[cfg(target_os = "linux")]
const WIPING_TUNABLES: &str = "glibc.malloc.perturb=165:glibc.malloc.tcache_count=0";

/// Run first of all. The app's own memory is wiped as it is freed (the global allocator), but
/// the window's engine allocates in the app's process too, and keeps what crosses between the
/// page and the app (every keystroke's surrounding text, every save) in blocks it frees without
/// wiping. On Linux glibc wipes freed blocks only if told so as the process starts, and WebKit
/// uses glibc only when `Malloc=1`; so the app starts itself once more, in place (the same
/// process id, nothing yet allocated of the family's), with both set. The window's own processes
/// get `Malloc=1` alone: wiping there made WebKit's page process crash.
/// `tests/e2e/tests/lock.rs` counts the copies left after Lock.
pub fn wipe_memory_as_freed() {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        if let Some(theirs) = std::env::var_os(STARTED_WIPING) {
            std::env::remove_var(STARTED_WIPING);
            if theirs.is_empty() {
                std::env::remove_var("GLIBC_TUNABLES");
            } else {
                std::env::set_var("GLIBC_TUNABLES", theirs);
            }
            return;
        }
        let theirs = std::env::var_os("GLIBC_TUNABLES").unwrap_or_default();
        let mut tunables = theirs.clone();
        if !tunables.is_empty() {
            tunables.push(":");
        }
        tunables.push(WIPING_TUNABLES);
        let mut args = std::env::args_os();
        let name = args.next().unwrap_or_default();
        // Returns only if the app could not be started again; it then runs as it is.
        let _ = std::process::Command::new("/proc/self/exe")
            .arg0(name)
            .args(args)
            .env("GLIBC_TUNABLES", tunables)
            .env("Malloc", "1")
            .env(STARTED_WIPING, theirs)
            .exec();
    }
}

/// Whether the window may show `url`: only the app's own pages, served from inside the app
/// (`tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows). A link or a
/// script that tries to go anywhere else is stopped, so the window never reaches a network.
pub fn is_own_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_are_shown() {
        for own in ["tauri://localhost/", "tauri://localhost/index.html#x", "http://tauri.localhost/index.html"] {
            assert!(is_own_page(&Url::parse(own).unwrap()), "{own}");
        }
        for other in [
            "https://example.org/",
            "http://localhost:1430/",
            "file:///etc/passwd",
            "tauri://evil.example/",
            "http://tauri.localhost.example.org/",
            "about:blank",
            "data:text/html,hi",
        ] {
            assert!(!is_own_page(&Url::parse(other).unwrap()), "{other}");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_process_cannot_be_dumped_and_makes_only_owner_only_files() {
        use rustix::process::{dumpable_behavior, DumpableBehavior};
        use std::os::unix::fs::PermissionsExt;

        keep_process_private();
        assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::NotDumpable);
        let folder = std::env::temp_dir().join(format!("family-voice-umask-{}", std::process::id()));
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("file"), b"words").unwrap();
        let mode = |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&folder), mode(&folder.join("file"))), (0o700, 0o600));
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
