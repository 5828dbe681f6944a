//! Reading aloud: the voice each language gets on each system, what a button reads, the cache,
//! and (where espeak-ng is installed) real sound in every language that has a voice.

use std::path::{Path, PathBuf};

use family_voice::i18n::{self, Isolation, Localizer};
use family_voice::speech::{self, Engine, EspeakNg, InstalledVoice, SpeechError, System};

/// What `espeak-ng --voices` lists on Debian 12 for the app's languages, MBROLA voices included
/// (they need another program, so they must never be chosen).
const DEBIAN_12_LISTING: &str = "\
Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  ar              --/M      Arabic             sem/ar
 1  ar              --/M      arabic-mbrola-1    mb/mb-ar1
 5  bn              --/M      Bengali            inc/bn
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 3  en-uk           --/M      english-mb-en1     mb/mb-en1            (en-gb 3)(en 2)
 5  es              --/M      Spanish_(Spain)    roa/es
 5  fa              --/M      Persian            ira/fa
 5  gu              --/M      Gujarati           inc/gu
 5  lt              --/M      Lithuanian         bat/lt
 5  pa              --/M      Punjabi            inc/pa
 5  pl              --/M      Polish             zlw/pl
 5  pt              --/M      Portuguese_(Portugal) roa/pt               (pt-pt 5)
 5  ro              --/M      Romanian           roa/ro
 5  sq              --/M      Albanian           ine/sq
 5  tr              --/M      Turkish            trk/tr
 7  tr              --/F      turkish-mbrola-1   mb/mb-tr2
 5  ur              --/M      Urdu               inc/ur
 5  sw              --/M      Swahili            bnt/sw
";

#[test]
fn on_linux_every_language_but_somali_has_an_espeak_ng_voice() {
    let installed = speech::parse_espeak_voices(DEBIAN_12_LISTING);
    for locale in i18n::locales() {
        let voice = speech::voice_for(System::Linux, locale.tag, &installed);
        if locale.tag == "so" {
            assert_eq!(voice, None, "Somali has no espeak-ng voice");
        } else {
            let voice = voice.unwrap_or_else(|| panic!("{} has a voice", locale.tag));
            let expected = if locale.tag == "en-GB" { "en-gb" } else { locale.tag };
            assert_eq!(voice, expected, "{}", locale.tag);
        }
    }
}

#[test]
fn mbrola_voices_are_never_chosen() {
    let installed = speech::parse_espeak_voices(DEBIAN_12_LISTING);
    assert!(installed.iter().all(|v| !v.name.contains("mb")), "{installed:?}");
    // With only an MBROLA Turkish voice, Turkish has none.
    let only_mbrola = speech::parse_espeak_voices(
        "Pty Language Age/Gender VoiceName File Other\n 7  tr  --/F  turkish-mbrola-1  mb/mb-tr2\n",
    );
    assert_eq!(speech::voice_for(System::Linux, "tr", &only_mbrola), None);
}

#[test]
fn a_language_whose_voice_is_not_installed_has_none() {
    let installed = speech::parse_espeak_voices(DEBIAN_12_LISTING);
    let without_urdu: Vec<InstalledVoice> = installed.into_iter().filter(|v| v.language != "ur").collect();
    assert_eq!(speech::voice_for(System::Linux, "ur", &without_urdu), None);
    assert_eq!(speech::voice_for(System::Linux, "en-GB", &[]), None);
}

fn system_voice(language: &str, name: &str) -> InstalledVoice {
    InstalledVoice { language: language.into(), name: name.into() }
}

#[test]
fn on_windows_and_macos_the_systems_own_voice_for_the_language_is_chosen() {
    let installed = [
        system_voice("en-US", "Zira"),
        system_voice("en-GB", "Hazel"),
        system_voice("pt-BR", "Maria"),
        system_voice("pt_PT", "Joana"),
        system_voice("ar-SA", "Naayf"),
        system_voice("tr-TR", "Tolga"),
    ];
    for system in [System::Windows, System::MacOs] {
        assert_eq!(speech::voice_for(system, "en-GB", &installed).as_deref(), Some("Hazel"));
        assert_eq!(speech::voice_for(system, "pt", &installed).as_deref(), Some("Joana"));
        assert_eq!(speech::voice_for(system, "ar", &installed).as_deref(), Some("Naayf"));
        assert_eq!(speech::voice_for(system, "tr", &installed).as_deref(), Some("Tolga"));
        // No Somali voice installed: none, and the screen shows the note.
        assert_eq!(speech::voice_for(system, "so", &installed), None);
        assert_eq!(speech::voice_for(system, "ur", &installed), None);
    }
    // A Somali voice, where the system has one, is used.
    let with_somali = [system_voice("so-SO", "Ubax")];
    assert_eq!(speech::voice_for(System::Windows, "so", &with_somali).as_deref(), Some("Ubax"));
}

fn english() -> Localizer {
    Localizer::new("en-GB", Isolation::Off).unwrap()
}

#[test]
fn a_button_reads_the_apps_own_words_and_nothing_else() {
    let loc = english();
    let prompt = speech::words("prompt-strengths-family", &loc).unwrap();
    assert!(prompt.starts_with(&loc.msg("prompt-strengths-family")), "{prompt}");
    assert_eq!(speech::words("guide-who-1", &loc).unwrap(), loc.msg("guide-who-1"));
    assert_eq!(speech::words("child-young-good", &loc).unwrap(), loc.msg("child-house-good-prompt-young"));
    assert_eq!(speech::words("child-older-know", &loc).unwrap(), loc.msg("child-know-prompt-older"));
    // Anything else, the family's own words included, reads nothing.
    for key in
        ["My son is doing well at school", "guide-who-99", "guide-nobody-1", "child-young-nothing", "app-name", ""]
    {
        assert_eq!(speech::words(key, &loc), None, "{key}");
    }
    // Every key a screen can name reads some words.
    for key in speech::keys() {
        assert!(speech::words(&key, &loc).is_some_and(|w| !w.trim().is_empty()), "{key}");
    }
}

#[test]
fn the_cache_key_changes_with_the_words_and_the_voice() {
    let folder = Path::new("/cache");
    let file = speech::cache_file(folder, "espeak-ng", "en-gb", "Hello");
    assert_eq!(file, speech::cache_file(folder, "espeak-ng", "en-gb", "Hello"));
    assert_ne!(file, speech::cache_file(folder, "espeak-ng", "en-gb", "Hello there"));
    assert_ne!(file, speech::cache_file(folder, "espeak-ng", "en-us", "Hello"));
    assert_eq!(file.parent(), Some(folder));
    // The file's name carries no words.
    assert!(!file.to_string_lossy().contains("Hello"));
}

/// A fake engine that writes a WAV of a second per call and counts the calls.
struct Counting(std::cell::Cell<usize>);

impl Engine for Counting {
    fn name(&self) -> &'static str {
        "fake"
    }
    fn voices(&self) -> Vec<InstalledVoice> {
        Vec::new()
    }
    fn speak_to_wav(&self, _voice: &str, _text: &str, out: &Path) -> Result<(), SpeechError> {
        self.0.set(self.0.get() + 1);
        std::fs::write(out, wav(22050, 22050)).map_err(|_| SpeechError::Engine)
    }
}

fn wav(rate: u32, samples: u32) -> Vec<u8> {
    let data = samples * 2;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&(rate * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data.to_le_bytes());
    bytes.resize(bytes.len() + data as usize, 0);
    bytes
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-output/speech").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn a_wording_is_spoken_once_then_read_from_an_owner_only_cache() {
    let folder = scratch("cache");
    let engine = Counting(std::cell::Cell::new(0));
    let first = speech::sound(&engine, "v", "Hello", &folder).unwrap();
    let again = speech::sound(&engine, "v", "Hello", &folder).unwrap();
    assert_eq!(first, again);
    assert_eq!(engine.0.get(), 1, "the second time comes from the cache");
    speech::sound(&engine, "v", "Goodbye", &folder).unwrap();
    assert_eq!(engine.0.get(), 2);
    assert_eq!(speech::wav_seconds(&first), Some(1.0));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
        for entry in std::fs::read_dir(&folder).unwrap() {
            assert_eq!(entry.unwrap().metadata().unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}

#[test]
fn a_wav_header_gives_the_length_and_anything_else_none() {
    assert_eq!(speech::wav_seconds(&wav(22050, 44100)), Some(2.0));
    assert_eq!(speech::wav_seconds(&wav(22050, 0)), None);
    assert_eq!(speech::wav_seconds(b"RIFF\0\0\0\0WAVE"), None);
    assert_eq!(speech::wav_seconds(b"not a wav at all"), None);
}

/// Real sound from espeak-ng for one prompt in every language that has a voice: between one and
/// sixty seconds (the prompt is one or two sentences), and Somali has none.
#[test]
#[ignore = "needs espeak-ng; ./dev test installs it and runs ignored tests"]
fn every_language_with_a_voice_speaks_a_prompt_of_plausible_length() {
    let engine = EspeakNg::find().expect("espeak-ng is installed (./dev test installs it)");
    let installed = engine.voices();
    let folder = scratch("espeak-ng");
    for locale in i18n::locales() {
        let voice = speech::voice_for(System::Linux, locale.tag, &installed);
        if locale.tag == "so" {
            assert_eq!(voice, None);
            continue;
        }
        let voice = voice.unwrap_or_else(|| panic!("espeak-ng has a voice for {}", locale.tag));
        let loc = Localizer::new(locale.tag, Isolation::Off).unwrap();
        let text = speech::words("prompt-strengths-family", &loc).unwrap();
        let bytes = speech::sound(&engine, &voice, &text, &folder).unwrap();
        let seconds = speech::wav_seconds(&bytes).unwrap();
        let words = text.split_whitespace().count() as f64;
        println!("{}: {} words, {seconds:.1} s", locale.tag, words);
        // Between very fast and very slow speech (about 0.1 to 1.5 s a word).
        assert!(seconds > words * 0.1 && seconds < words * 1.5 + 2.0, "{}: {seconds} s for {words} words", locale.tag);
    }
}
