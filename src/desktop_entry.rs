//! What a Linux desktop shows of the installed app before it is opened: the menu entry (a
//! freedesktop `.desktop` file) and the software centre's record (AppStream metainfo). Both are
//! written from the Fluent files, so the app's name and one-line summary appear in every language
//! the app speaks, and `./dev package` puts them in the .deb and the .rpm
//! (`examples/desktop_files.rs`).

use crate::i18n::{locales, Isolation, Localizer, SOURCE_LOCALE};

/// The app's id on every system: the reverse-DNS name the metainfo and the window share.
pub const APP_ID: &str = "uk.familyvoice.desktop";

/// The command, and the icon's name under `/usr/share/icons/hicolor`, as the packages install
/// them.
pub const COMMAND: &str = "family-voice";

/// One language's name and summary for the app, as a menu or a software centre lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The language's BCP 47 tag, as under `locales/`.
    pub tag: &'static str,
    /// The app's name (`app-name`).
    pub name: String,
    /// One line on what it is for (`app-summary`).
    pub summary: String,
}

/// The name and summary in every shipped language, the source language first. Without the
/// bidi marks Fluent puts around placeables: a menu shows the text as it is. A language whose
/// files would not load is left out rather than shown in English under its name; the locale
/// tests keep such a language from shipping, and English always loads.
pub fn listings() -> Vec<Listing> {
    locales()
        .iter()
        .filter_map(|locale| {
            let words = Localizer::new(locale.tag, Isolation::Off).ok()?;
            Some(Listing { tag: locale.tag, name: words.msg("app-name"), summary: words.msg("app-summary") })
        })
        .collect()
}

/// The freedesktop menu entry. `Name` and `Comment` come once without a language (English,
/// which a desktop shows when it has no match) and then once per language, keyed the way
/// desktop files name locales (`en_GB`, `ur`).
pub fn desktop_entry() -> String {
    let listings = listings();
    let source = &listings[0];
    let mut out = String::from("[Desktop Entry]\nType=Application\nVersion=1.4\n");
    out.push_str(&format!("Name={}\n", desktop_value(&source.name)));
    for listing in &listings {
        out.push_str(&format!("Name[{}]={}\n", desktop_locale(listing.tag), desktop_value(&listing.name)));
    }
    out.push_str(&format!("Comment={}\n", desktop_value(&source.summary)));
    for listing in &listings {
        out.push_str(&format!("Comment[{}]={}\n", desktop_locale(listing.tag), desktop_value(&listing.summary)));
    }
    out.push_str(&format!(
        "Exec={COMMAND}\nIcon={COMMAND}\nTerminal=false\nCategories=Utility;\nStartupNotify=true\nStartupWMClass={COMMAND}\n"
    ));
    out
}

/// The AppStream record a software centre reads: id, licences, the name and summary in every
/// language, what it does, that it collects nothing and needs no network, and this release.
/// `date` is the release's date as `YYYY-MM-DD`.
pub fn metainfo(version: &str, date: &str, desktop_file: &str) -> String {
    let listings = listings();
    let source = &listings[0];
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<component type=\"desktop-application\">\n");
    out.push_str(&format!("  <id>{APP_ID}</id>\n"));
    out.push_str("  <metadata_license>CC0-1.0</metadata_license>\n");
    out.push_str("  <project_license>AGPL-3.0-or-later</project_license>\n");
    out.push_str(&format!("  <name>{}</name>\n", xml_text(&source.name)));
    for listing in listings.iter().filter(|l| l.tag != SOURCE_LOCALE && l.name != source.name) {
        out.push_str(&format!("  <name xml:lang=\"{}\">{}</name>\n", listing.tag, xml_text(&listing.name)));
    }
    out.push_str(&format!("  <summary>{}</summary>\n", xml_text(&source.summary)));
    for listing in listings.iter().filter(|l| l.tag != SOURCE_LOCALE) {
        out.push_str(&format!("  <summary xml:lang=\"{}\">{}</summary>\n", listing.tag, xml_text(&listing.summary)));
    }
    out.push_str(concat!(
        "  <description>\n",
        "    <p>Family Voice helps parents, carers and children in England get ready for a child protection ",
        "conference. It asks short questions, one at a time, about what is going well, what worries you and ",
        "what would help, and makes a page to print and take to the meeting.</p>\n",
        "    <p>Your answers stay on this computer, encrypted. The app never uses the internet. ",
        "It speaks 15 languages and can read its questions aloud.</p>\n",
        "  </description>\n",
    ));
    out.push_str(&format!("  <launchable type=\"desktop-id\">{}</launchable>\n", xml_text(desktop_file)));
    out.push_str("  <developer id=\"uk.familyvoice\">\n    <name>Family Voice contributors</name>\n  </developer>\n");
    out.push_str("  <categories>\n    <category>Utility</category>\n  </categories>\n");
    out.push_str(&format!("  <provides>\n    <binary>{COMMAND}</binary>\n  </provides>\n"));
    out.push_str("  <content_rating type=\"oars-1.1\"/>\n");
    out.push_str(&format!(
        "  <releases>\n    <release version=\"{}\" date=\"{}\"/>\n  </releases>\n",
        xml_text(version),
        xml_text(date)
    ));
    out.push_str("</component>\n");
    out
}

/// A desktop file's locale key: POSIX style, `en_GB` for `en-GB`.
fn desktop_locale(tag: &str) -> String {
    tag.replace('-', "_")
}

/// A desktop file's value may not hold a line break; a backslash starts an escape.
fn desktop_value(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n").replace('\t', "\\t").replace('\r', "\\r")
}

/// Text inside an XML element or attribute.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
