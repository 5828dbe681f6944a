//! The menu entry and the software centre's record that the packages install: in every
//! language, and accepted by the freedesktop and AppStream validators Linux desktops rely on.

use std::process::Command;

use family_voice::desktop_entry::{desktop_entry, listings, metainfo, APP_ID};
use family_voice::i18n::{locales, SOURCE_LOCALE};

/// The value of `key` in a desktop file, if it has one.
fn value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry.lines().find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
}

#[test]
fn the_menu_entry_names_and_describes_the_app_in_every_language() {
    let entry = desktop_entry();
    let english = listings().into_iter().find(|l| l.tag == SOURCE_LOCALE).unwrap();
    assert_eq!(value(&entry, "Name"), Some("Family Voice"));
    assert_eq!(value(&entry, "Comment"), Some(english.summary.as_str()));
    for listing in listings() {
        let key = listing.tag.replace('-', "_");
        assert_eq!(value(&entry, &format!("Name[{key}]")), Some(listing.name.as_str()), "{}", listing.tag);
        let comment = value(&entry, &format!("Comment[{key}]")).unwrap_or_else(|| panic!("no comment in {key}"));
        assert_eq!(comment, listing.summary);
        assert!(!comment.contains(['\u{2068}', '\u{2069}']), "no bidi marks in a menu: {key}");
        if listing.tag != SOURCE_LOCALE {
            assert_ne!(comment, english.summary, "{} is not translated", listing.tag);
        }
    }
    assert_eq!(listings().len(), locales().len());
    assert_eq!(value(&entry, "Exec"), Some("family-voice"));
    assert_eq!(value(&entry, "Icon"), Some("family-voice"));
}

#[test]
fn the_menu_entry_passes_desktop_file_validate() {
    let dir = tempdir("menu");
    let path = dir.join("family-voice.desktop");
    std::fs::write(&path, desktop_entry()).unwrap();
    let out =
        Command::new("desktop-file-validate").arg(&path).output().expect("desktop-file-validate (desktop-file-utils)");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
}

#[test]
fn the_metainfo_passes_appstream_validation_with_a_summary_in_every_language() {
    let xml = metainfo("0.1.0", "2026-12-07", "Family Voice.desktop");
    for locale in locales().iter().filter(|l| l.tag != SOURCE_LOCALE) {
        assert!(xml.contains(&format!("<summary xml:lang=\"{}\">", locale.tag)), "{}", locale.tag);
    }
    assert!(xml.contains("<release version=\"0.1.0\" date=\"2026-12-07\"/>"));
    let dir = tempdir("metainfo");
    let path = dir.join(format!("{APP_ID}.metainfo.xml"));
    std::fs::write(&path, &xml).unwrap();
    let out = Command::new("appstreamcli")
        .args(["validate", "--no-net", "--pedantic"])
        .arg(&path)
        .output()
        .expect("appstreamcli (appstream)");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    // Only notes about tags this Debian's AppStream is older than; no warning or error.
    for line in said.lines().filter(|l| l.get(1..3) == Some(": ")) {
        assert!(line.starts_with("I: ") && line.contains("unknown-tag developer"), "{line}");
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("family-voice-desktop-entry-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
