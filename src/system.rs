//! What differs between the systems the app is built for, decided here from the system's
//! answers (its environment variables) so that a test on any one computer can check the rule
//! for all three: where the app keeps its files, and where the drafts' key sits in the
//! system's keychain and what it is called there. The advice when a PDF cannot print some
//! writing (`pdf`) and the choice of voice (`speech`) take a [`System`] too.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// An operating system the app is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum System {
    /// Debian, Ubuntu, Fedora and the like.
    Linux,
    /// Windows 10 and 11.
    Windows,
    /// macOS.
    MacOs,
}

impl System {
    /// The system this build runs on.
    pub fn current() -> System {
        if cfg!(target_os = "windows") {
            System::Windows
        } else if cfg!(target_os = "macos") {
            System::MacOs
        } else {
            System::Linux
        }
    }

    /// All three, for tests and documents that go through each.
    pub const ALL: [System; 3] = [System::Linux, System::Windows, System::MacOs];
}

/// The app's own folders. Each ends in the app's identifier, so removing them removes
/// everything the app kept and nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppFolders {
    /// The drafts (in `drafts/` under it) and the window's own storage.
    pub data: PathBuf,
    /// What stays on this computer even where the data folder roams with the user's account
    /// (Windows): the window's own storage there.
    pub local_data: PathBuf,
    /// Settings and interpreters' reviews: no family data.
    pub config: PathBuf,
    /// What can be made again: the note of where the fonts are, sounds read aloud.
    pub cache: PathBuf,
}

impl AppFolders {
    /// The folders for the app `identifier` on `system`, from the environment as `var` reads it.
    /// The rules are the ones Tauri's path resolver follows (the `dirs` crate):
    /// Linux the XDG base directories (a variable that is not an absolute path is ignored, as
    /// the specification says), macOS `~/Library/Application Support` and `~/Library/Caches`,
    /// Windows `%APPDATA%` (roaming) and `%LOCALAPPDATA%`. `None` when the system gives no
    /// home or profile folder to start from.
    pub fn for_system(system: System, identifier: &str, var: impl Fn(&str) -> Option<OsString>) -> Option<Self> {
        let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
        let home = || absolute("HOME");
        let (data, local_data, config, cache) = match system {
            System::Linux => {
                let home = home();
                let xdg =
                    |name: &str, fallback: &str| absolute(name).or_else(|| home.as_ref().map(|h| h.join(fallback)));
                let data = xdg("XDG_DATA_HOME", ".local/share")?;
                (data.clone(), data, xdg("XDG_CONFIG_HOME", ".config")?, xdg("XDG_CACHE_HOME", ".cache")?)
            }
            System::MacOs => {
                let library = home()?.join("Library");
                let support = library.join("Application Support");
                (support.clone(), support.clone(), support, library.join("Caches"))
            }
            System::Windows => {
                let roaming = absolute("APPDATA")?;
                let local = absolute("LOCALAPPDATA")?;
                (roaming.clone(), local.clone(), roaming, local)
            }
        };
        Some(Self {
            data: data.join(identifier),
            local_data: local_data.join(identifier),
            config: config.join(identifier),
            cache: cache.join(identifier),
        })
    }

    /// The folders for this computer, from its own environment.
    pub fn here(identifier: &str) -> Option<Self> {
        Self::for_system(System::current(), identifier, |name| std::env::var_os(name))
    }

    /// Where the drafts are kept.
    pub fn drafts(&self) -> PathBuf {
        self.data.join("drafts")
    }

    /// Every folder, each once, for "delete everything" and for a person removing the app.
    pub fn all(&self) -> Vec<&Path> {
        let mut all: Vec<&Path> = Vec::new();
        for folder in [&self.data, &self.local_data, &self.config, &self.cache] {
            if !all.contains(&folder.as_path()) {
                all.push(folder);
            }
        }
        all
    }
}

/// Which keychain holds the drafts' key on a system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeychainStore {
    /// The Secret Service over D-Bus: GNOME Keyring or KWallet, seen in "Passwords and Keys"
    /// (Seahorse) under the Login keyring.
    SecretService,
    /// Windows Credential Manager, under "Windows Credentials", "Generic Credentials".
    CredentialManager,
    /// The login keychain, seen in Keychain Access as an application password.
    MacKeychain,
}

impl KeychainStore {
    /// The keychain the app uses on `system` (the `keyring` crate's store for that system, as
    /// the core's features choose it).
    pub fn on(system: System) -> Self {
        match system {
            System::Linux => KeychainStore::SecretService,
            System::Windows => KeychainStore::CredentialManager,
            System::MacOs => KeychainStore::MacKeychain,
        }
    }
}

/// The version of the `keyring` crate, which Secret Service labels carry.
const KEYRING_VERSION: &str = "3.6.3";

/// The name a person sees for the drafts' key of `account` under `service` in the keychain of
/// `system`, to find it there or remove it by hand. As the `keyring` crate names its entries:
/// a label `account@service:default (keyring v3.6.3)` in the Secret Service, a generic
/// credential `account.service` in Credential Manager, and on macOS the service as the
/// password's name, with the account beside it.
pub fn keychain_entry_name(system: System, service: &str, account: &str) -> String {
    match KeychainStore::on(system) {
        KeychainStore::SecretService => format!("{account}@{service}:default (keyring v{KEYRING_VERSION})"),
        KeychainStore::CredentialManager => format!("{account}.{service}"),
        KeychainStore::MacKeychain => service.to_owned(),
    }
}

/// The quick-hide gesture: keys that, each pressed on its own this many times close together,
/// blank the window and lock the drafts (`ui/js/cover.js` watches for it).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickHide {
    /// Presses closer together than this, in milliseconds, count as one gesture.
    pub gesture_ms: u32,
    /// Each key, as the page's `KeyboardEvent.key` names it, and how many presses hide.
    pub keys: Vec<QuickHideKey>,
}

/// One key of [`QuickHide`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct QuickHideKey {
    /// The key's name (`Escape`, `Shift`).
    pub key: &'static str,
    /// How many presses of it alone hide the window.
    pub presses: u8,
}

/// The quick-hide gesture on `system`: Escape twice or Shift three times on all three. Escape
/// alone means nothing to any of them, and three presses of Shift stay under the five with
/// which Windows (always), macOS and GNOME (when turned on) start Sticky Keys. A key held with
/// Ctrl, Alt, Command or the Windows key never counts, so the system's own shortcuts never hide
/// the window by chance.
pub fn quick_hide(system: System) -> QuickHide {
    let _same_on_every_system = system;
    QuickHide {
        gesture_ms: 800,
        keys: vec![QuickHideKey { key: "Escape", presses: 2 }, QuickHideKey { key: "Shift", presses: 3 }],
    }
}
