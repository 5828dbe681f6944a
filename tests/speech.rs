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

/// What `say -v '?'` lists on a Mac (a made-up selection, in its layout: a name that may have
/// spaces and brackets, the language, then `#` and a sample).
const MAC_LISTING: &str = "\
Alex                en_US    # Most people recognize me by my voice.
Daniel              en_GB    # Hello, my name is Daniel. I am a British-English voice.
Eddy (English (UK)) en_GB    # Hello! My name is Eddy.
Majed               ar_001   # مرحبًا! اسمي ماجد.
Joana               pt_PT    # Olá, chamo-me Joana.
Luciana             pt_BR    # Olá, o meu nome é Luciana.
Zosia               pl_PL    # Witaj, mam na imię Zosia.
";

#[test]
fn on_macos_the_voices_say_lists_are_read_and_chosen_from() {
    let voices = speech::parse_say_voices(MAC_LISTING);
    assert_eq!(voices.len(), 7);
    assert_eq!(voices[2], InstalledVoice { language: "en_GB".into(), name: "Eddy (English (UK))".into() });
    let chosen = |tag| speech::voice_for(System::MacOs, tag, &voices);
    assert_eq!(chosen("en-GB").as_deref(), Some("Daniel"));
    assert_eq!(chosen("ar").as_deref(), Some("Majed"));
    assert_eq!(chosen("pt").as_deref(), Some("Joana"));
    assert_eq!(chosen("pl").as_deref(), Some("Zosia"));
    assert_eq!(chosen("so"), None);
}

#[test]
fn on_windows_the_voices_sapi_lists_are_read_and_chosen_from() {
    let listing =
        "en-GB\tMicrosoft Hazel Desktop\r\nen-US\tMicrosoft Zira Desktop\r\npl-PL\tMicrosoft Paulina Desktop\r\n\r\n";
    let voices = speech::parse_sapi_voices(listing);
    assert_eq!(voices.len(), 3);
    let chosen = |tag| speech::voice_for(System::Windows, tag, &voices);
    assert_eq!(chosen("en-GB").as_deref(), Some("Microsoft Hazel Desktop"));
    assert_eq!(chosen("pl").as_deref(), Some("Microsoft Paulina Desktop"));
    assert_eq!(chosen("ar"), None);
}

/// A stand-in for a system's speech program: a shell script that notes its arguments, the
/// variables the engine sets and its standard input, prints `listing` when asked for voices,
/// and writes a second of sound where it is told to.
#[cfg(unix)]
fn stand_in(dir: &Path, name: &str, listing: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("listing"), listing).unwrap();
    std::fs::write(dir.join("sound.wav"), wav(22050, 22050)).unwrap();
    let d = dir.display();
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{d}/args'\nprintf '%s\\n' \"$FAMILY_VOICE_VOICE\" \"$FAMILY_VOICE_WAV\" > '{d}/env'\n\
         if [ \"$2\" = '?' ] || {{ [ '{name}' = powershell.exe ] && [ -z \"$FAMILY_VOICE_WAV\" ]; }}; then cat '{d}/listing'; exit 0; fi\n\
         cat > '{d}/words'\n[ -n \"$FAMILY_VOICE_WAV\" ] && cp '{d}/sound.wav' \"$FAMILY_VOICE_WAV\"\n\
         while [ $# -gt 0 ]; do [ \"$1\" = -o ] && cp '{d}/sound.wav' \"$2\"; shift; done\nexit 0\n"
    );
    let program = dir.join(name);
    std::fs::write(&program, script).unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    program
}

#[cfg(unix)]
fn noted(dir: &Path, file: &str) -> Vec<String> {
    std::fs::read_to_string(dir.join(file)).unwrap().lines().map(str::to_owned).collect()
}

#[test]
#[cfg(unix)]
fn on_macos_say_is_asked_for_a_wav_with_the_words_on_its_input() {
    let dir = scratch("say");
    let engine = speech::MacSay::at(&stand_in(&dir.join("bin"), "say", MAC_LISTING));
    assert_eq!(engine.voices(), speech::parse_say_voices(MAC_LISTING));
    assert_eq!(noted(&dir.join("bin"), "args"), ["-v", "?"]);

    let bytes = speech::sound(&engine, "Daniel", "What is going well?", &dir.join("cache")).unwrap();
    assert_eq!(speech::wav_seconds(&bytes), Some(1.0));
    let args = noted(&dir.join("bin"), "args");
    assert_eq!(args[..7], ["-v", "Daniel", "-f", "-", "--file-format=WAVE", "--data-format=LEI16@22050", "-o"]);
    assert!(args[7].ends_with(".part"), "{args:?}");
    assert_eq!(std::fs::read_to_string(dir.join("bin/words")).unwrap(), "What is going well?");
}

#[test]
#[cfg(unix)]
fn on_windows_sapi_gets_its_script_encoded_the_voice_and_file_in_variables_and_the_words_on_its_input() {
    let dir = scratch("sapi");
    let listing = "en-GB\tMicrosoft Hazel Desktop\r\n";
    let engine = speech::WindowsSapi::at(&stand_in(&dir.join("bin"), "powershell.exe", listing));
    assert_eq!(engine.voices(), speech::parse_sapi_voices(listing));
    let script = |args: &[String]| {
        assert_eq!(args[..3], ["-NoProfile", "-NonInteractive", "-EncodedCommand"]);
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::STANDARD.decode(&args[3]).unwrap();
        let units: Vec<u16> = bytes.chunks(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
        String::from_utf16(&units).unwrap()
    };
    assert!(script(&noted(&dir.join("bin"), "args")).contains("GetInstalledVoices()"));

    let words = "Beth sy'n mynd yn dda? — ما الذي يسير على ما يرام؟";
    let bytes = speech::sound(&engine, "Microsoft Hazel Desktop", words, &dir.join("cache")).unwrap();
    assert_eq!(speech::wav_seconds(&bytes), Some(1.0));
    let speak = script(&noted(&dir.join("bin"), "args"));
    assert!(
        speak.contains("SelectVoice($env:FAMILY_VOICE_VOICE)")
            && speak.contains("SetOutputToWaveFile($env:FAMILY_VOICE_WAV)")
    );
    assert!(speak.contains("[Console]::InputEncoding = [System.Text.Encoding]::UTF8"), "{speak}");
    let env = noted(&dir.join("bin"), "env");
    assert_eq!(env[0], "Microsoft Hazel Desktop");
    assert!(env[1].ends_with(".part"), "{env:?}");
    assert_eq!(std::fs::read_to_string(dir.join("bin/words")).unwrap(), words, "the words, as UTF-8, on its input");
    assert_eq!(speech::encoded_command("a"), "YQA=", "UTF-16 little-endian, then base64");
}
