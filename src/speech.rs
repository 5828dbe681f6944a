//! Reading aloud: which voice speaks which language (or none), which words a "Read aloud"
//! button reads, where the sound is kept, and the speech engine run as a separate process.
//! Only the app's own wording is ever read: a button names a prompt, a guide paragraph or a
//! child's question, and the words are looked up here, so what the family typed never reaches
//! the engine. Nothing leaves the computer.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use sha2::{Digest, Sha256};

use crate::child::{self, Band, Step};
use crate::error::Explain;
use crate::guide;
use crate::i18n::Localizer;
use crate::prompts;

/// The system whose voices are chosen from: espeak-ng, run as its own process, on Linux; the
/// system's own voices (SAPI / OneCore on Windows, AVSpeechSynthesizer on macOS) elsewhere.
pub use crate::system::System;

/// A voice the computer has, as its speech engine lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstalledVoice {
    /// The language the voice speaks, as the engine writes it (`en-gb`, `ar`, `en-GB`).
    pub language: String,
    /// The name to ask the engine for.
    pub name: String,
}

/// espeak-ng's own voice (never an MBROLA one, which needs another program) for each of the
/// app's languages. Somali has none in espeak-ng.
static ESPEAK_NG: &[(&str, &str)] = &[
    ("en-GB", "en-gb"),
    ("ar", "ar"),
    ("bn", "bn"),
    ("es", "es"),
    ("fa", "fa"),
    ("gu", "gu"),
    ("lt", "lt"),
    ("pa", "pa"),
    ("pl", "pl"),
    ("pt", "pt"),
    ("ro", "ro"),
    ("sq", "sq"),
    ("tr", "tr"),
    ("ur", "ur"),
];

/// The voice that reads a language on this system, or `None` when the computer has none for it
/// (the screen then says so instead of showing the buttons). On Linux, espeak-ng's voice for the
/// language, if installed; elsewhere, the first system voice for the language itself (`en-GB`
/// before any `en`, `pt-PT` or `pt` before `pt-BR`).
pub fn voice_for(system: System, tag: &str, installed: &[InstalledVoice]) -> Option<String> {
    match system {
        System::Linux => {
            let (_, wanted) = ESPEAK_NG.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag))?;
            installed.iter().find(|v| v.language.eq_ignore_ascii_case(wanted)).map(|v| v.name.clone())
        }
        System::Windows | System::MacOs => {
            let primary = tag.split('-').next().unwrap_or(tag);
            let exact = installed.iter().find(|v| same_tag(&v.language, tag));
            let plain = || installed.iter().find(|v| same_tag(&v.language, primary));
            let any =
                || installed.iter().find(|v| same_tag(v.language.split(['-', '_']).next().unwrap_or(""), primary));
            // The language as spoken in its own country (pt-PT, es-ES) before elsewhere.
            let home = || installed.iter().find(|v| same_tag(&v.language, &format!("{primary}-{primary}")));
            exact.or_else(plain).or_else(home).or_else(any).map(|v| v.name.clone())
        }
    }
}

fn same_tag(a: &str, b: &str) -> bool {
    a.replace('_', "-").eq_ignore_ascii_case(b)
}

/// Reads `espeak-ng --voices` output: espeak-ng's own voices, MBROLA ones left out.
pub fn parse_espeak_voices(listing: &str) -> Vec<InstalledVoice> {
    listing
        .lines()
        .skip(1)
        .filter_map(|line| {
            let columns: Vec<&str> = line.split_whitespace().collect();
            let (language, file) = (columns.get(1)?, columns.get(4)?);
            (!file.starts_with("mb/"))
                .then(|| InstalledVoice { language: language.to_string(), name: language.to_string() })
        })
        .collect()
}

/// The words a "Read aloud" button reads, found by the key the button names, in the screens'
/// language: a parent's question with its hint (`prompt-strengths-family`), the scale question
/// (`scale-question`), a guide paragraph (`guide-who-1`), or a child's house or question for
/// their band (`child-young-good`). Any other key reads nothing, so nothing the family typed can
/// be sent to the engine.
pub fn words(key: &str, loc: &Localizer) -> Option<String> {
    if prompts::is_prompt(key) {
        let label = loc.msg(key);
        return Some(match loc.attr(key, "hint") {
            Some(hint) => format!("{label}\n{hint}"),
            None => label,
        });
    }
    if key == "scale-question" {
        return Some(loc.msg(key));
    }
    if let Some(rest) = key.strip_prefix("guide-") {
        let (section, number) = rest.rsplit_once('-')?;
        let number: usize = number.parse().ok()?;
        let known = guide::sections().iter().any(|s| s.id == section && (1..=s.paragraphs).contains(&number));
        return known.then(|| loc.msg(key));
    }
    if let Some(rest) = key.strip_prefix("child-") {
        let (band, step) = rest.split_once('-')?;
        let band: Band = serde_json::from_value(serde_json::Value::String(band.to_string())).ok()?;
        return child::steps(band, loc).into_iter().find_map(|s| match s {
            Step::House { house, prompt, .. } if house.key() == step => Some(prompt),
            Step::Question { id, prompt, .. } if id == step => Some(prompt),
            _ => None,
        });
    }
    None
}

/// Every key a button can read, for tests and the cache: the parent's questions, the scale
/// question, the guide's paragraphs and each band's houses and questions.
pub fn keys() -> Vec<String> {
    let mut keys: Vec<String> = prompts::parts().iter().flat_map(|p| p.prompts.iter().map(|k| k.to_string())).collect();
    keys.push("scale-question".into());
    for section in guide::sections() {
        keys.extend((1..=section.paragraphs).map(|n| format!("guide-{}-{n}", section.id)));
    }
    for band in Band::all() {
        let band = serde_json::to_value(band).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        for step in child::HouseId::all().iter().map(|h| h.key()).chain(child::QUESTIONS) {
            keys.push(format!("child-{band}-{step}"));
        }
    }
    keys
}

/// The file the sound of these words in this voice is kept in: a hash of the engine, the voice
/// and the words, so a changed wording or voice is spoken afresh and an unchanged one never is.
pub fn cache_file(folder: &Path, engine: &str, voice: &str, text: &str) -> PathBuf {
    let mut hash = Sha256::new();
    for part in [engine, voice, text] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    let name: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    folder.join(format!("{name}.wav"))
}

/// Why the words could not be made into sound.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpeechError {
    /// The key names no wording of the app's.
    #[error("nothing to read for this key")]
    UnknownKey,
    /// The computer has no voice for the screens' language.
    #[error("no voice for this language")]
    NoVoice,
    /// The engine could not be started, failed, or made no sound.
    #[error("the speech engine failed")]
    Engine,
    /// The cache folder or file could not be written or read.
    #[error("the sound could not be kept")]
    Cache,
}

impl Explain for SpeechError {
    fn code(&self) -> &'static str {
        match self {
            SpeechError::UnknownKey => "speech.unknown-key",
            SpeechError::NoVoice => "speech.no-voice",
            SpeechError::Engine => "speech.engine",
            SpeechError::Cache => "speech.cache",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            SpeechError::NoVoice => "read-aloud-no-voice",
            _ => "read-aloud-failed",
        }
    }
}

/// A speech engine: what voices it has, and how it turns words into a WAV file: espeak-ng,
/// [`MacSay`] or [`WindowsSapi`] ([`engine_for`] picks one for the system).
pub trait Engine {
    /// A short name, part of the cache key.
    fn name(&self) -> &'static str;
    /// The voices it can speak with.
    fn voices(&self) -> Vec<InstalledVoice>;
    /// Speaks `text` in `voice` into a WAV file at `out`.
    fn speak_to_wav(&self, voice: &str, text: &str, out: &Path) -> Result<(), SpeechError>;
}

/// espeak-ng, run as a separate process; the words go in on its standard input, never on its
/// command line.
#[derive(Debug, Clone)]
pub struct EspeakNg {
    program: PathBuf,
}

impl EspeakNg {
    /// espeak-ng found on the `PATH`, if it is installed.
    pub fn find() -> Option<Self> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join("espeak-ng"))
            .find(|p| p.is_file())
            .map(|program| Self { program })
    }
}

impl Engine for EspeakNg {
    fn name(&self) -> &'static str {
        "espeak-ng"
    }

    fn voices(&self) -> Vec<InstalledVoice> {
        let mut command = Command::new(&self.program);
        command.arg("--voices");
        voices_listed_by(command, parse_espeak_voices)
    }

    fn speak_to_wav(&self, voice: &str, text: &str, out: &Path) -> Result<(), SpeechError> {
        // -b 1: the words are UTF-8.
        let mut command = Command::new(&self.program);
        command.args(["-b", "1", "-v", voice, "--stdin", "-w"]).arg(out);
        run_with_input(command, text)
    }
}

/// The speech engine for `system`, if its program is there: espeak-ng on Linux, the system's
/// own voices elsewhere (`say` on macOS, SAPI through Windows PowerShell on Windows), each run
/// as a separate process that writes a WAV file, so the sound is cached and played by the page
/// the same way on every system.
pub fn engine_for(system: System) -> Option<Box<dyn Engine + Send + Sync>> {
    match system {
        System::Linux => EspeakNg::find().map(|e| Box::new(e) as Box<dyn Engine + Send + Sync>),
        System::MacOs => MacSay::find().map(|e| Box::new(e) as Box<dyn Engine + Send + Sync>),
        System::Windows => WindowsSapi::find().map(|e| Box::new(e) as Box<dyn Engine + Send + Sync>),
    }
}

/// The voices that `command` lists, read by `parse`; none if it cannot run or fails (no engine
/// is then as good as one with no voices: the page says the language has no voice).
fn voices_listed_by(mut command: Command, parse: fn(&str) -> Vec<InstalledVoice>) -> Vec<InstalledVoice> {
    command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| parse(&String::from_utf8_lossy(&o.stdout)))
        .unwrap_or_default()
}

/// Runs `command` with `text` on its standard input and waits; an error unless it exits well.
fn run_with_input(mut command: Command, text: &str) -> Result<(), SpeechError> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| SpeechError::Engine)?;
    let mut stdin = child.stdin.take().ok_or(SpeechError::Engine)?;
    let written = stdin.write_all(text.as_bytes());
    drop(stdin);
    let status = child.wait().map_err(|_| SpeechError::Engine)?;
    if written.is_err() || !status.success() {
        return Err(SpeechError::Engine);
    }
    Ok(())
}

/// macOS's `say`, which speaks with the system's voices (those of Spoken Content in System
/// Settings); the words go in on its standard input, never on its command line.
#[derive(Debug, Clone)]
pub struct MacSay {
    program: PathBuf,
}

impl MacSay {
    /// `/usr/bin/say`, which every macOS has.
    pub fn find() -> Option<Self> {
        Some(Path::new("/usr/bin/say")).filter(|p| p.is_file()).map(Self::at)
    }

    /// A `say` at another place (tests use a stand-in).
    pub fn at(program: &Path) -> Self {
        Self { program: program.to_owned() }
    }
}

impl Engine for MacSay {
    fn name(&self) -> &'static str {
        "say"
    }

    fn voices(&self) -> Vec<InstalledVoice> {
        let mut command = Command::new(&self.program);
        command.args(["-v", "?"]);
        voices_listed_by(command, parse_say_voices)
    }

    fn speak_to_wav(&self, voice: &str, text: &str, out: &Path) -> Result<(), SpeechError> {
        // `-f -`: the words from standard input. The file is named .part while it is made, so
        // its format is given rather than guessed from the name: 16-bit PCM, as the page plays.
        let mut command = Command::new(&self.program);
        command.args(["-v", voice, "-f", "-", "--file-format=WAVE", "--data-format=LEI16@22050", "-o"]).arg(out);
        run_with_input(command, text)
    }
}

/// Reads `say -v '?'` output, one voice a line: its name (which may have spaces and
/// brackets), its language as `en_GB`, then `#` and a sample sentence.
pub fn parse_say_voices(listing: &str) -> Vec<InstalledVoice> {
    listing
        .lines()
        .filter_map(|line| {
            let described = line.split_once('#').map_or(line, |(voice, _)| voice).trim_end();
            let (name, language) = described.rsplit_once(char::is_whitespace)?;
            let name = name.trim();
            (!name.is_empty() && language.contains('_'))
                .then(|| InstalledVoice { language: language.to_owned(), name: name.to_owned() })
        })
        .collect()
}

/// Windows' own voices through SAPI (.NET's System.Speech), driven by Windows PowerShell, which
/// every Windows 10 and 11 has. The words go in on standard input and the voice and the file
/// in environment variables, so nothing needs quoting on a command line.
#[derive(Debug, Clone)]
pub struct WindowsSapi {
    program: PathBuf,
}

/// Lists the enabled voices, a line each: the language (`en-GB`), a tab, the voice's name.
const SAPI_VOICES: &str = "Add-Type -AssemblyName System.Speech; \
    [Console]::OutputEncoding = [System.Text.Encoding]::UTF8; \
    $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
    foreach ($v in $s.GetInstalledVoices()) { if ($v.Enabled) { \
    [Console]::Out.WriteLine($v.VoiceInfo.Culture.Name + [char]9 + $v.VoiceInfo.Name) } }";

/// Speaks standard input with the voice FAMILY_VOICE_VOICE into the WAV file FAMILY_VOICE_WAV.
const SAPI_SPEAK: &str = "$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.Speech; \
    [Console]::InputEncoding = [System.Text.Encoding]::UTF8; \
    $text = [Console]::In.ReadToEnd(); \
    $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
    $s.SelectVoice($env:FAMILY_VOICE_VOICE); \
    $s.SetOutputToWaveFile($env:FAMILY_VOICE_WAV); \
    $s.Speak($text); $s.Dispose()";

impl WindowsSapi {
    /// `powershell.exe` found on the `PATH`.
    pub fn find() -> Option<Self> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|dir| dir.join("powershell.exe")).find(|p| p.is_file()).map(|p| Self::at(&p))
    }

    /// A PowerShell at another place (tests use a stand-in).
    pub fn at(program: &Path) -> Self {
        Self { program: program.to_owned() }
    }

    /// PowerShell running `script`, given as -EncodedCommand (base64 of its UTF-16 text), which
    /// no quoting of the command line can change.
    fn powershell(&self, script: &str) -> Command {
        let mut command = Command::new(&self.program);
        command.args(["-NoProfile", "-NonInteractive", "-EncodedCommand"]).arg(encoded_command(script));
        command
    }
}

impl Engine for WindowsSapi {
    fn name(&self) -> &'static str {
        "sapi"
    }

    fn voices(&self) -> Vec<InstalledVoice> {
        voices_listed_by(self.powershell(SAPI_VOICES), parse_sapi_voices)
    }

    fn speak_to_wav(&self, voice: &str, text: &str, out: &Path) -> Result<(), SpeechError> {
        let mut command = self.powershell(SAPI_SPEAK);
        command.env("FAMILY_VOICE_VOICE", voice).env("FAMILY_VOICE_WAV", out);
        run_with_input(command, text)
    }
}

/// A script as PowerShell's -EncodedCommand takes it: base64 of its UTF-16 (little-endian) text.
pub fn encoded_command(script: &str) -> String {
    use base64::Engine as _;
    let bytes: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Reads the voice list [`WindowsSapi`] prints: a language, a tab and a name on each line.
pub fn parse_sapi_voices(listing: &str) -> Vec<InstalledVoice> {
    listing
        .lines()
        .filter_map(|line| {
            let (language, name) = line.trim_end_matches('\r').split_once('\t')?;
            (!language.is_empty() && !name.is_empty())
                .then(|| InstalledVoice { language: language.to_owned(), name: name.to_owned() })
        })
        .collect()
}

/// The sound of one wording, from the cache if it was spoken before, otherwise spoken now and
/// kept in `folder` (made readable by its owner only). Returns the WAV file's bytes.
pub fn sound(engine: &dyn Engine, voice: &str, text: &str, folder: &Path) -> Result<Vec<u8>, SpeechError> {
    let file = cache_file(folder, engine.name(), voice, text);
    if let Ok(bytes) = std::fs::read(&file) {
        if wav_seconds(&bytes).is_some() {
            return Ok(bytes);
        }
    }
    make_private_folder(folder)?;
    let partial = file.with_extension("part");
    let made = engine.speak_to_wav(voice, text, &partial);
    let bytes = made.and_then(|()| std::fs::read(&partial).map_err(|_| SpeechError::Cache));
    let bytes = match bytes {
        Ok(bytes) if wav_seconds(&bytes).is_some() => bytes,
        Ok(_) | Err(_) => {
            let _ = std::fs::remove_file(&partial);
            return Err(SpeechError::Engine);
        }
    };
    make_owner_only(&partial)?;
    std::fs::rename(&partial, &file).map_err(|_| SpeechError::Cache)?;
    Ok(bytes)
}

fn make_private_folder(folder: &Path) -> Result<(), SpeechError> {
    std::fs::create_dir_all(folder).map_err(|_| SpeechError::Cache)?;
    make_owner_only(folder)
}

#[cfg(unix)]
fn make_owner_only(path: &Path) -> Result<(), SpeechError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = if path.is_dir() { 0o700 } else { 0o600 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(|_| SpeechError::Cache)
}

#[cfg(not(unix))]
fn make_owner_only(_path: &Path) -> Result<(), SpeechError> {
    // The app's cache folder is under the user's own profile, which only they can read.
    Ok(())
}

/// How many seconds of sound a PCM WAV file holds, from its header; `None` if it is not a PCM
/// WAV with sound in it.
pub fn wav_seconds(bytes: &[u8]) -> Option<f64> {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return None;
    }
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let (mut at, mut byte_rate, mut data) = (12, None, None);
    while at + 8 <= bytes.len() {
        let size = u32_at(at + 4)? as usize;
        match &bytes[at..at + 4] {
            b"fmt " => {
                if u16_at(at + 8)? != 1 {
                    return None;
                }
                byte_rate = u32_at(at + 16);
            }
            // espeak-ng writing to a file it cannot seek back in leaves the size at its largest.
            b"data" => data = Some(size.min(bytes.len() - at - 8)),
            _ => {}
        }
        at = at.checked_add(8 + size + size % 2)?;
    }
    let (rate, data) = (byte_rate?, data?);
    (rate > 0 && data > 0).then(|| data as f64 / f64::from(rate))
}
