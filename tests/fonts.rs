//! Finding the system's fonts through the note kept between runs, and shaping text word by word.

use std::path::{Path, PathBuf};

use family_voice::pdf::fonts::{FontBook, Weighting};
use family_voice::pdf::text::Shaper;

fn families(book: &FontBook) -> Vec<(String, u32)> {
    book.regular.iter().chain(&book.bold).map(|f| (f.family.clone(), f.index)).collect()
}

/// An empty folder of the test's own under target/test-output.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output/fonts").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn note(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("the note was written")).expect("the note is JSON")
}

#[test]
fn the_font_note_is_written_on_first_use_and_gives_the_same_fonts_as_a_search() {
    let dir = scratch("written");
    let path = dir.join("cache/fonts.json");
    let searched = FontBook::from_system().unwrap();

    let first = FontBook::from_index(&path).unwrap();
    assert!(path.exists(), "the first run notes where the fonts are");
    let written = note(&path);
    assert_eq!(written["regular"].as_array().unwrap().len(), searched.regular.len());

    let second = FontBook::from_index(&path).unwrap();
    assert_eq!(families(&first), families(&searched));
    assert_eq!(families(&second), families(&searched));
    assert_eq!(note(&path), written, "a true note is read, not made again");
    // The fonts read through the note draw text.
    let book = second.for_text("Hello, سلام").unwrap();
    assert!(book.regular.iter().all(|f| f.face().is_some()));
}

#[test]
fn a_damaged_font_note_is_made_again() {
    let dir = scratch("damaged");
    let path = dir.join("fonts.json");
    std::fs::write(&path, b"\x00not json at all").unwrap();
    let book = FontBook::from_index(&path).unwrap();
    assert_eq!(families(&book), families(&FontBook::from_system().unwrap()));
    assert!(note(&path)["regular"].is_array(), "the damaged note was replaced");
}

#[test]
fn a_font_note_naming_a_file_that_has_changed_is_not_trusted() {
    let dir = scratch("changed");
    let path = dir.join("fonts.json");
    FontBook::from_index(&path).unwrap();
    let mut stale = note(&path);
    let real = stale["regular"][0]["path"].as_str().unwrap().to_owned();
    // As if the font had been removed since the note was made: same fingerprint, other file.
    stale["regular"][0]["path"] = dir.join("gone.ttf").to_string_lossy().into_owned().into();
    std::fs::write(&path, serde_json::to_vec(&stale).unwrap()).unwrap();

    let book = FontBook::from_index(&path).unwrap();
    assert_eq!(families(&book), families(&FontBook::from_system().unwrap()));
    assert!(book.regular[0].face().is_some(), "the font was found again");
    assert_eq!(note(&path)["regular"][0]["path"], real, "the note was made again from a search");
}

#[test]
fn an_unwritable_note_place_still_finds_the_fonts() {
    let dir = scratch("unwritable");
    let blocker = dir.join("not-a-folder");
    std::fs::write(&blocker, b"a file where the cache folder would be").unwrap();
    let book = FontBook::from_index(&blocker.join("fonts.json")).unwrap();
    assert_eq!(families(&book), families(&FontBook::from_system().unwrap()));
}

/// Every glyph's text, in drawing order, sorted: what copy and paste can give back.
fn glyph_chars(line: &family_voice::pdf::text::Line) -> Vec<char> {
    let mut chars: Vec<char> = line.glyphs.iter().flat_map(|g| g.text.as_str().chars().collect::<Vec<_>>()).collect();
    chars.sort_unstable();
    chars
}

fn sorted_chars(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().collect();
    chars.sort_unstable();
    chars
}

#[test]
fn repeated_words_are_shaped_once_and_still_carry_their_own_text() {
    let fonts = FontBook::from_system().unwrap();
    for text in [
        "one two one two one two three one",
        "ہم ہر صبح ساتھ اسکول جاتے ہیں اور ہم ہر شام ساتھ گھر آتے ہیں",
        "আমরা প্রতিদিন সকালে একসাথে স্কুলে যাই আমরা প্রতিদিন",
    ] {
        let book = fonts.arranged_for("ur").for_text(text).unwrap();
        let shaper = Shaper::new(book.chain(Weighting::Regular));
        // Narrow, so that words repeat across lines and within them.
        let lines = shaper.lines(text, 11.0, 90.0);
        assert!(lines.len() > 1, "{text}: {} line(s)", lines.len());
        let mut all = Vec::new();
        for line in &lines {
            let shown = line.copy_text();
            assert_eq!(glyph_chars(line), sorted_chars(&shown), "{text}: a glyph carries the wrong letters");
            all.push(shown);
        }
        let letters = |t: &str| sorted_chars(&t.replace(' ', ""));
        assert_eq!(letters(&all.concat()), letters(text), "{text}: the lines hold every letter once");
        // Laid out again with words already known, the lines come out the same.
        assert_eq!(shaper.lines(text, 11.0, 90.0), lines, "{text}");
        // And the same as from a shaper that had never seen them.
        let fresh = Shaper::new(book.chain(Weighting::Regular));
        assert_eq!(fresh.lines(text, 11.0, 90.0), lines, "{text}");
    }
}

#[test]
fn a_long_paragraph_breaks_into_lines_as_full_as_fit_and_never_wider_than_the_column() {
    let words = [
        "we",
        "walk",
        "to",
        "school",
        "together,",
        "well-known",
        "routines",
        "help",
        "Amira",
        "sleep",
        "(most",
        "nights)",
    ];
    let mut text: String = (0..1500).map(|i| words[(i * 7 + i / 5) % words.len()]).collect::<Vec<_>>().join(" ");
    // A word longer than the column must be cut between its letters.
    text.push_str(" Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochtownhallcarpark ends it.");
    let fonts = FontBook::from_system().unwrap();
    let book = fonts.arranged_for("en-GB").for_text(&text).unwrap();
    let shaper = Shaper::new(book.chain(Weighting::Regular));
    let width = 200.0;
    let lines = shaper.lines(&text, 11.0, width);
    assert!(lines.len() > 150, "{} lines", lines.len());

    let shown: Vec<String> = lines.iter().map(|l| l.copy_text()).collect();
    let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
    assert_eq!(shown.concat().replace(' ', ""), text.replace(' ', ""), "every letter once, in order");
    let measure = |t: &str| shaper.lines(t, 11.0, f32::MAX)[0].width;
    let mut at = 0;
    for (i, line) in lines.iter().enumerate() {
        assert!(line.width <= width, "line {i} is {} wide: {:?}", line.width, shown[i]);
        at += text[at..].find(shown[i]).expect("lines come in order");
        let next = at + shown[i].len();
        // A word cut in two keeps the kerning with the letter after the cut, so only whole words
        // measure the same on their own.
        if text[next..].starts_with(' ') || next == text.len() {
            assert!((line.width - measure(shown[i])).abs() < 0.01, "line {i} measured as laid out: {:?}", shown[i]);
        }
        let Some(following) = shown.get(i + 1) else { break };
        // Greedy: the next line's first word (or piece of one) would not have fitted here.
        let first_word = following.split(' ').next().unwrap();
        let with_it = &text[at..next + text[next..].find(first_word).unwrap() + first_word.len()];
        assert!(measure(with_it) > width - 0.01, "line {i} could have taken {first_word:?}: {with_it:?}");
        at = next;
    }
    let long = shown.iter().position(|s| s.starts_with("Llanfair")).expect("the long word starts a line");
    assert!(!shown[long].contains(' ') && !shown[long + 1].contains(' '), "cut in pieces: {:?}", &shown[long..]);
}

#[test]
fn lines_set_in_nastaliq_get_more_room_than_latin_or_naskh_ones() {
    let fonts = FontBook::from_system().unwrap();
    let urdu = "ہم ہر رات سونے سے پہلے مل کر کہانی پڑھتے ہیں۔";
    let room = |tag: &str, text: &str| {
        let book = fonts.arranged_for(tag).for_text(text).unwrap();
        let lines = Shaper::new(book.chain(Weighting::Regular)).lines(text, 11.0, 400.0);
        assert_eq!(lines.len(), 1, "{text}");
        lines[0].room
    };
    // Nastaliq's dots and stacked letters reach far above and below the line.
    assert!(room("ur", urdu) >= 1.5, "{}", room("ur", urdu));
    assert!(room("ur", &format!("We read together. {urdu}")) >= 1.5, "a mixed line takes the taller room");
    assert_eq!(room("ur", "We read together."), 1.0);
    // The same words in an Arabic-script language other than Urdu are set in Naskh, which fits.
    assert_eq!(room("fa", urdu), 1.0);
}

#[test]
fn a_fonts_note_is_read_only_in_its_own_format_and_size() {
    use family_voice::font_note::{FontNote, FORMAT, MAX_ENTRIES};
    let entry = r#"{"family":"Noto Sans","path":"/f.ttf","index":0}"#;
    let note = |format: u32, regular: usize| {
        format!(r#"{{"format":{format},"fingerprint":"ab","regular":[{}],"bold":[]}}"#, vec![entry; regular].join(","))
    };
    assert!(FontNote::parse(note(FORMAT, 2).as_bytes()).is_some());
    // A note of an older format names an older, shorter chain.
    for refused in [
        note(FORMAT - 1, 2),
        note(FORMAT + 1, 2),
        note(FORMAT, 0),
        note(FORMAT, MAX_ENTRIES + 1),
        "[]".into(),
        "{".into(),
    ] {
        assert!(FontNote::parse(refused.as_bytes()).is_none(), "{refused:.80}");
    }
}

/// A book of the given font files only, as on a computer with just those installed.
fn book_of(files: &[&str]) -> FontBook {
    let mut db = fontdb::Database::new();
    for file in files {
        db.load_font_file(file).unwrap();
    }
    FontBook::from_database(&db).unwrap()
}

const NOTO: &str = "/usr/share/fonts/truetype/noto";
const SYMBOLA: &str = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

#[test]
fn the_chain_draws_ethiopic_tamil_tibetan_and_emoji_and_names_what_it_cannot() {
    use family_voice::pdf::{Script, Unprintable};
    let book = FontBook::from_system().unwrap();
    for (text, family) in [
        ("ሰላም ለቤተሰብ", "Noto Sans Ethiopic"),
        ("வணக்கம் குடும்பம்", "Noto Sans Tamil"),
        ("བཀྲ་ཤིས་བདེ་ལེགས", "Noto Serif Tibetan"),
        ("👍🏽 ok 👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}", "Symbola"),
    ] {
        assert_eq!(book.unprintable(text), vec![], "{text}");
        let used = book.for_text(text).unwrap();
        assert!(used.regular.iter().any(|f| f.family == family), "{text}: {:?}", used.regular);
    }

    // On a computer with Noto Sans, Gurmukhi and Bengali only.
    let small = book_of(&[
        &format!("{NOTO}/NotoSans-Regular.ttf"),
        &format!("{NOTO}/NotoSansBengali-Regular.ttf"),
        &format!("{NOTO}/NotoSansGurmukhi-Regular.ttf"),
    ]);
    let missing = small.unprintable("ሰላም, வணக்கம், བཀྲ, 你好, 안녕, 👍🏽 \u{E000}\u{F0001} ਮੇਰਾ ਪਰਿਵਾਰ।");
    let kinds: Vec<Unprintable> = missing.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![
            Unprintable::Script(Script::Ethiopic),
            Unprintable::Script(Script::Tamil),
            Unprintable::Script(Script::Tibetan),
            Unprintable::Script(Script::Cjk),
            Unprintable::Script(Script::Korean),
            Unprintable::Emoji { installable: true },
            Unprintable::PrivateUse,
        ]
    );
    assert_eq!(missing[0].chars, "ሰላም".chars().collect::<Vec<_>>());
    assert_eq!(missing[3].chars, vec!['你', '好']);
    assert_eq!(missing[5].chars, vec!['👍'], "the skin tone is left out, not named");
    assert_eq!(missing[6].chars, vec!['\u{E000}', '\u{F0001}']);
    assert_eq!(Script::Cjk.package(), "fonts-noto-cjk");
    assert_eq!(Script::Ethiopic.package(), "fonts-noto-core");

    // A private-use character is refused even where a font has a glyph at its place.
    let with_emoji = book_of(&[&format!("{NOTO}/NotoSans-Regular.ttf"), SYMBOLA]);
    assert_eq!(with_emoji.unprintable("👍🏽"), vec![]);
    let newer = with_emoji.unprintable("🫠 \u{E000}");
    assert_eq!(newer[0].kind, Unprintable::Emoji { installable: false }, "{newer:?}");
    assert_eq!(newer[1].kind, Unprintable::PrivateUse, "{newer:?}");
}

#[test]
fn a_danda_among_gurmukhi_words_keeps_to_the_gurmukhi_font() {
    let book = FontBook::from_system().unwrap();
    let used = book.for_text("ਮੇਰਾ ਪਰਿਵਾਰ। ਅਸੀਂ ਠੀਕ ਹਾਂ॥").unwrap();
    let families: Vec<&str> = used.regular.iter().map(|f| f.family.as_str()).collect();
    assert_eq!(families, ["Noto Sans", "Noto Sans Gurmukhi"]);
    // Bengali keeps its own font for its own danda.
    let used = book.for_text("আমার পরিবার।").unwrap();
    let families: Vec<&str> = used.regular.iter().map(|f| f.family.as_str()).collect();
    assert_eq!(families, ["Noto Sans", "Noto Sans Bengali"]);
}

/// Font families of a Windows 11 installation with the Urdu language added (which brings Urdu
/// Typesetting), as the Fonts settings page lists them (a selection: every text face, plus some
/// that draw nothing the chain needs).
const WINDOWS_11: &[&str] = &[
    "Arial",
    "Bahnschrift",
    "Calibri",
    "Cambria",
    "Consolas",
    "Ebrima",
    "Gadugi",
    "Leelawadee UI",
    "Malgun Gothic",
    "Microsoft Himalaya",
    "Microsoft YaHei",
    "Myanmar Text",
    "Nirmala UI",
    "Segoe UI",
    "Segoe UI Emoji",
    "Segoe UI Symbol",
    "Sylfaen",
    "Tahoma",
    "Times New Roman",
    "Urdu Typesetting",
    "Yu Gothic",
];

/// Font families macOS 14 ships (a selection, as Font Book lists them).
const MACOS_14: &[&str] = &[
    "Apple Color Emoji",
    "Apple SD Gothic Neo",
    "Apple Symbols",
    "Arial",
    "Arial Hebrew",
    "Bangla Sangam MN",
    "Devanagari Sangam MN",
    "Geeza Pro",
    "Gujarati Sangam MN",
    "Gurmukhi Sangam MN",
    "Helvetica",
    "Helvetica Neue",
    "Hiragino Sans",
    "Kailasa",
    "Kefa",
    "Kohinoor Bangla",
    "Lucida Grande",
    "Noto Nastaliq Urdu",
    "PingFang SC",
    "Sinhala Sangam MN",
    "Tamil Sangam MN",
    "Thonburi",
    "Times New Roman",
];

/// What Debian's fonts-noto-core, fonts-dejavu-core and fonts-symbola install (a selection).
const DEBIAN_12: &[&str] = &[
    "DejaVu Sans",
    "Noto Nastaliq Urdu",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Bengali",
    "Noto Sans Devanagari",
    "Noto Sans Ethiopic",
    "Noto Sans Gujarati",
    "Noto Sans Gurmukhi",
    "Noto Sans Hebrew",
    "Noto Sans Symbols2",
    "Noto Sans Tamil",
    "Noto Serif Tibetan",
    "Symbola",
];

/// The script each of the app's 15 languages is written in.
fn script_of_language(tag: &str) -> family_voice::pdf::Script {
    use family_voice::pdf::Script;
    match tag {
        "ar" | "fa" | "ur" => Script::Arabic,
        "bn" => Script::Bengali,
        "pa" => Script::Gurmukhi,
        "gu" => Script::Gujarati,
        _ => Script::Latin,
    }
}

#[test]
fn on_windows_macos_and_debian_every_language_has_its_own_systems_face() {
    use family_voice::pdf::fonts::{chain_among, family_for};
    use family_voice::pdf::Script;
    let expected = |system: &str, tag: &str| -> &'static str {
        match (system, tag) {
            ("windows", "ur") => "Urdu Typesetting",
            ("windows", "bn" | "pa" | "gu") => "Nirmala UI",
            ("windows", _) => "Segoe UI",
            ("macos", "ar" | "fa") => "Geeza Pro",
            ("macos", "ur") | ("debian", "ur") => "Noto Nastaliq Urdu",
            ("macos", "bn") => "Bangla Sangam MN",
            ("macos", "pa") => "Gurmukhi Sangam MN",
            ("macos", "gu") => "Gujarati Sangam MN",
            ("macos", _) => "Helvetica Neue",
            ("debian", "ar" | "fa") => "Noto Sans Arabic",
            ("debian", "bn") => "Noto Sans Bengali",
            ("debian", "pa") => "Noto Sans Gurmukhi",
            ("debian", "gu") => "Noto Sans Gujarati",
            _ => "Noto Sans",
        }
    };
    for (system, installed) in [("windows", WINDOWS_11), ("macos", MACOS_14), ("debian", DEBIAN_12)] {
        for locale in family_voice::i18n::locales() {
            let chain = chain_among(installed, locale.tag);
            let script = script_of_language(locale.tag);
            assert_eq!(family_for(&chain, script), Some(expected(system, locale.tag)), "{system}, {}", locale.tag);
            // Names, addresses and numbers in Latin letters keep to the system's Latin face, in
            // an Urdu contribution too.
            let latin = family_for(&chain, Script::Latin);
            assert_eq!(latin, Some(expected(system, "en-GB")), "{system}, {}", locale.tag);
        }
        // The other scripts the chain knows have a face on each system but for Korean, Chinese
        // and Japanese on Debian (fonts-noto-cjk is not installed).
        let chain = chain_among(installed, "en-GB");
        for script in [Script::Hebrew, Script::Devanagari, Script::Ethiopic, Script::Tamil, Script::Tibetan] {
            assert!(family_for(&chain, script).is_some(), "{system}: {script:?}");
        }
        for script in [Script::Cjk, Script::Korean] {
            assert_eq!(family_for(&chain, script).is_some(), system != "debian", "{system}: {script:?}");
        }
        // An emoji face is on each.
        assert!(chain.iter().any(|f| ["Symbola", "Segoe UI Emoji"].contains(f)) || system == "macos", "{system}");
    }
}
