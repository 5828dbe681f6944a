//! What differs by system, checked for each system on any one computer with made-up answers
//! from the system (its environment): where the app keeps its files, the keychain entry of the
//! drafts' key, and the advice when a PDF cannot print some writing.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::PoisonError;

use family_voice::i18n::{self, Isolation, Localizer};
use family_voice::pdf::{self, Missing, Script, Unprintable};
use family_voice::system::{keychain_entry_name, quick_hide, AppFolders, KeychainStore, System};
use family_voice::vault::{DataKey, Keychain, OsKeychain, KEYCHAIN_SERVICE};

const ID: &str = "uk.familyvoice.desktop";

/// A system's environment, made up.
fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
    let map: HashMap<String, OsString> = pairs.iter().map(|(k, v)| ((*k).to_owned(), OsString::from(v))).collect();
    move |name| map.get(name).cloned()
}

fn folders(system: System, pairs: &[(&str, &str)]) -> Option<AppFolders> {
    AppFolders::for_system(system, ID, env(pairs))
}

#[test]
fn on_linux_the_drafts_follow_the_xdg_folders_or_else_the_home_folder() {
    let home = folders(System::Linux, &[("HOME", "/home/sam")]).unwrap();
    assert_eq!(home.drafts(), PathBuf::from("/home/sam/.local/share/uk.familyvoice.desktop/drafts"));
    assert_eq!(home.config, PathBuf::from("/home/sam/.config/uk.familyvoice.desktop"));
    assert_eq!(home.cache, PathBuf::from("/home/sam/.cache/uk.familyvoice.desktop"));
    assert_eq!(home.local_data, home.data);

    let xdg = folders(
        System::Linux,
        &[
            ("HOME", "/home/sam"),
            ("XDG_DATA_HOME", "/data/sam"),
            ("XDG_CONFIG_HOME", "/cfg"),
            ("XDG_CACHE_HOME", "/tmp/c"),
        ],
    )
    .unwrap();
    assert_eq!(xdg.drafts(), PathBuf::from("/data/sam/uk.familyvoice.desktop/drafts"));
    assert_eq!(xdg.config, PathBuf::from("/cfg/uk.familyvoice.desktop"));
    assert_eq!(xdg.cache, PathBuf::from("/tmp/c/uk.familyvoice.desktop"));

    // A relative XDG folder is ignored, as the XDG specification says.
    let relative = folders(System::Linux, &[("HOME", "/home/sam"), ("XDG_DATA_HOME", "data")]).unwrap();
    assert_eq!(relative.data, PathBuf::from("/home/sam/.local/share/uk.familyvoice.desktop"));
    assert_eq!(folders(System::Linux, &[]), None, "no home, no folders");
    // Windows' variables mean nothing on Linux.
    assert_eq!(folders(System::Linux, &[("APPDATA", "/x"), ("LOCALAPPDATA", "/y")]), None);
}

#[test]
fn on_windows_the_drafts_go_in_the_roaming_app_data_and_the_cache_stays_local() {
    let answers = [("APPDATA", r"C:\Users\Sam\AppData\Roaming"), ("LOCALAPPDATA", r"C:\Users\Sam\AppData\Local")];
    // Windows paths are absolute only to a Windows build, so the rule is checked with the
    // separators of the computer the test runs on.
    let roaming = PathBuf::from(if cfg!(windows) { answers[0].1 } else { "/Users/Sam/AppData/Roaming" });
    let local = PathBuf::from(if cfg!(windows) { answers[1].1 } else { "/Users/Sam/AppData/Local" });
    let w = folders(
        System::Windows,
        &[("APPDATA", roaming.to_str().unwrap()), ("LOCALAPPDATA", local.to_str().unwrap()), ("HOME", "/home/sam")],
    )
    .unwrap();
    assert_eq!(w.drafts(), roaming.join(ID).join("drafts"));
    assert_eq!(w.config, roaming.join(ID));
    assert_eq!(w.local_data, local.join(ID));
    assert_eq!(w.cache, local.join(ID));
    assert_eq!(w.all().len(), 2, "the roaming and the local folder");
    assert_eq!(folders(System::Windows, &[("HOME", "/home/sam")]), None, "HOME means nothing on Windows");
}

#[test]
fn on_macos_the_drafts_go_in_application_support_and_the_cache_in_caches() {
    let m = folders(System::MacOs, &[("HOME", "/Users/sam"), ("XDG_DATA_HOME", "/elsewhere")]).unwrap();
    assert_eq!(m.drafts(), PathBuf::from("/Users/sam/Library/Application Support/uk.familyvoice.desktop/drafts"));
    assert_eq!(m.config, PathBuf::from("/Users/sam/Library/Application Support/uk.familyvoice.desktop"));
    assert_eq!(m.cache, PathBuf::from("/Users/sam/Library/Caches/uk.familyvoice.desktop"));
    assert_eq!(m.all().len(), 2, "Application Support and Caches");
    assert_eq!(folders(System::MacOs, &[]), None);
}

#[test]
fn every_folder_of_every_system_is_the_apps_own() {
    let answers = [("HOME", "/h"), ("APPDATA", "/r"), ("LOCALAPPDATA", "/l")];
    for system in System::ALL {
        let f = folders(system, &answers).unwrap();
        for folder in f.all() {
            assert!(folder.ends_with(ID), "{system:?}: {folder:?} is not the app's own folder");
        }
    }
}

#[test]
fn the_drafts_key_has_the_keychain_and_name_of_each_system() {
    let account = "drafts-0011aabb";
    assert_eq!(KeychainStore::on(System::Linux), KeychainStore::SecretService);
    assert_eq!(KeychainStore::on(System::Windows), KeychainStore::CredentialManager);
    assert_eq!(KeychainStore::on(System::MacOs), KeychainStore::MacKeychain);
    assert_eq!(
        keychain_entry_name(System::Linux, KEYCHAIN_SERVICE, account),
        "drafts-0011aabb@Family Voice:default (keyring v3.6.3)"
    );
    assert_eq!(keychain_entry_name(System::Windows, KEYCHAIN_SERVICE, account), "drafts-0011aabb.Family Voice");
    assert_eq!(keychain_entry_name(System::MacOs, KEYCHAIN_SERVICE, account), "Family Voice");
}

/// What the Secret Service shows for an entry, as `secret-tool` (libsecret-tools) lists it.
#[test]
#[ignore = "needs a Secret Service; ./dev test runs them inside dbus-run-session with gnome-keyring"]
fn on_linux_the_keychain_entry_has_the_name_the_readme_gives() {
    let _one_at_a_time = crate::vault_keys::SECRET_SERVICE.lock().unwrap_or_else(PoisonError::into_inner);
    let service = "Family Voice entry name test";
    let account = "drafts-00ff";
    let keychain = OsKeychain::with_service(service);
    keychain.store(account, &DataKey::generate().unwrap()).unwrap();
    let listed = std::process::Command::new("secret-tool")
        .args(["search", "--all", "service", service])
        .output()
        .expect("secret-tool (libsecret-tools) is installed");
    keychain.forget(account).unwrap();
    let listed = format!("{}{}", String::from_utf8_lossy(&listed.stdout), String::from_utf8_lossy(&listed.stderr));
    let label = format!("label = {}", keychain_entry_name(System::Linux, service, account));
    assert!(listed.lines().any(|line| line == label), "{label:?} not in:\n{listed}");
}

fn cannot_print() -> Vec<Missing> {
    vec![
        Missing { kind: Unprintable::Script(Script::Ethiopic), chars: vec!['ሰ'] },
        Missing { kind: Unprintable::Script(Script::Cjk), chars: vec!['你'] },
        Missing { kind: Unprintable::Emoji { installable: true }, chars: vec!['🙂'] },
    ]
}

#[test]
fn the_font_advice_names_what_to_do_on_each_system_in_every_language() {
    for locale in i18n::locales() {
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        let linux = pdf::what_cannot_print_on(System::Linux, &cannot_print(), &loc);
        let windows = pdf::what_cannot_print_on(System::Windows, &cannot_print(), &loc);
        let macos = pdf::what_cannot_print_on(System::MacOs, &cannot_print(), &loc);
        for package in ["fonts-noto-core", "fonts-noto-cjk", "fonts-symbola", "Debian"] {
            assert!(linux.contains(package), "{}: Linux advice lacks {package}: {linux}", locale.tag);
            assert!(!windows.contains(package), "{}: Windows advice names {package}: {windows}", locale.tag);
            assert!(!macos.contains(package), "{}: macOS advice names {package}: {macos}", locale.tag);
        }
        assert!(windows.contains("Optional features") && windows.contains("Windows"), "{}: {windows}", locale.tag);
        assert!(macos.contains("Font Book") && macos.contains("Mac"), "{}: {macos}", locale.tag);
        for advice in [&linux, &windows, &macos] {
            for c in ['ሰ', '你', '🙂'] {
                assert!(advice.contains(c), "{}: {c} not named in {advice}", locale.tag);
            }
        }
        // Emoji: on Windows and macOS no font can be added for them, so they are to be taken out.
        let emoji_only = [Missing { kind: Unprintable::Emoji { installable: true }, chars: vec!['🙂'] }];
        let newer = [Missing { kind: Unprintable::Emoji { installable: false }, chars: vec!['🙂'] }];
        let take_out = pdf::what_cannot_print_on(System::Linux, &newer, &loc);
        for system in [System::Windows, System::MacOs] {
            assert_eq!(pdf::what_cannot_print_on(system, &emoji_only, &loc), take_out, "{}", locale.tag);
        }
    }
}

/// What each system itself does when a key is pressed alone several times in a row (made up
/// from their documentation): Sticky Keys after five Shifts on all three (always on Windows;
/// on macOS and GNOME once turned on), and on macOS Mouse Keys after five Options.
fn systems_own_repeats(system: System) -> &'static [(&'static str, u8)] {
    match system {
        System::Windows | System::Linux => &[("Shift", 5)],
        System::MacOs => &[("Shift", 5), ("Alt", 5)],
    }
}

#[test]
fn the_quick_hide_keys_of_each_system_never_set_off_the_systems_own_gestures() {
    for system in System::ALL {
        let rule = quick_hide(system);
        assert!(!rule.keys.is_empty(), "{system:?}");
        assert!((300..=1500).contains(&rule.gesture_ms), "{system:?}: quick, but not too quick to do");
        for key in &rule.keys {
            assert!(key.presses >= 2, "{system:?}: one press of {} by chance must not hide", key.key);
            for (own, presses) in systems_own_repeats(system) {
                if key.key == *own {
                    assert!(key.presses < *presses, "{system:?}: {} ×{} is the system's own", key.key, key.presses);
                }
            }
        }
        let escape = rule.keys.iter().find(|k| k.key == "Escape").expect("Escape hides on every system");
        assert_eq!(escape.presses, 2, "{system:?}: Escape twice, as the guide tells families");
    }
    let json = serde_json::to_value(quick_hide(System::MacOs)).unwrap();
    assert_eq!(json["gestureMs"], 800);
    assert_eq!(json["keys"][1], serde_json::json!({ "key": "Shift", "presses": 3 }));
}
