//! Saving that cannot lose a draft: a disk that fails at any step, a process killed mid-save, and
//! a canary sentence that must never reach the disk in plain text.

use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use chrono::Utc;
use family_voice::vault::{
    decode_draft, encode_draft, DataKey, Draft, DraftBody, DraftKind, DraftMeta, KeySetup, Keychain, Passphrase, Vault,
    VaultError, KEY_LEN,
};
use family_voice::Contribution;
use proptest::prelude::*;

use crate::fakes::*;

#[test]
fn a_save_that_fails_at_any_step_leaves_the_previous_version_readable() {
    for kind in [io::ErrorKind::Other, io::ErrorKind::StorageFull, io::ErrorKind::PermissionDenied] {
        let mut n = 1;
        loop {
            let files = FailingFiles::new(kind);
            let keychain = MemoryKeychain::default();
            let mut vault = Vault::open_with(folder(&format!("faults-{kind:?}")), files.clone()).unwrap();
            vault.set_up_with_keychain(&keychain).unwrap();
            let mut draft = vault.create("Dad", DraftBody::Parent(contribution("old words"))).unwrap();
            let id = draft.meta.id.clone();
            draft.body = DraftBody::Parent(contribution("new words"));

            files.arm(n);
            let result = vault.save(&mut draft);
            files.disarm();
            let log = files.log();
            let loaded = reopen(&vault, &keychain).load(&id).unwrap_or_else(|e| panic!("{kind:?} step {n}: {e}"));
            if n > log.len() {
                assert_eq!(result, Ok(()));
                assert_eq!(words(&loaded), "new words");
                assert!(n > 8, "a save has more steps than {}: {log:?}", n - 1);
                break;
            }
            assert_eq!(result, Err(expected_error(kind)), "{kind:?} failing step {n} ({})", log[n - 1]);
            let committed = log[..n - 1].iter().filter(|op| **op == "rename").count() >= 2;
            if committed {
                assert!(["old words", "new words"].contains(&words(&loaded)), "{kind:?} step {n}");
            } else {
                assert_eq!(words(&loaded), "old words", "{kind:?} step {n} ({})", log[n - 1]);
            }
            // The next save goes through and leaves no backup or half-written file behind.
            vault.save(&mut draft).unwrap();
            assert_eq!(words(&reopen(&vault, &keychain).load(&id).unwrap()), "new words");
            assert_eq!(
                file_names(vault.folder()),
                vec![format!("{id}.draft"), "vault.key".to_owned(), "vault.key.copy".to_owned()]
            );
            n += 1;
        }
    }
}

#[test]
fn a_new_draft_that_fails_to_save_is_all_there_or_not_there() {
    let mut n = 1;
    loop {
        let files = FailingFiles::new(io::ErrorKind::StorageFull);
        let keychain = MemoryKeychain::default();
        let mut vault = Vault::open_with(folder("faults-create"), files.clone()).unwrap();
        vault.set_up_with_keychain(&keychain).unwrap();
        files.arm(n);
        let result = vault.create("Mum", DraftBody::Parent(contribution("words")));
        files.disarm();
        let steps = files.log().len();
        let listed = reopen(&vault, &keychain).list().unwrap();
        assert_eq!(unreadable(&listed), vec![], "step {n}");
        match result {
            Ok(draft) => {
                assert_eq!(ready(&listed), vec![&draft.meta]);
                assert!(n > steps);
                break;
            }
            Err(e) => {
                assert_eq!(e, VaultError::DiskFull);
                assert!(ready(&listed).len() <= 1, "step {n}");
            }
        }
        n += 1;
    }
}

#[test]
fn a_set_up_that_fails_at_any_step_leaves_a_first_start_or_a_working_key() {
    let mut n = 1;
    loop {
        let files = FailingFiles::new(io::ErrorKind::Other);
        let keychain = MemoryKeychain::default();
        let dir = folder("faults-set-up");
        let mut vault = Vault::open_with(&dir, files.clone()).unwrap();
        files.arm(n);
        let result = vault.set_up_with_keychain(&keychain);
        files.disarm();
        let steps = files.log().len();
        let mut again = Vault::open(&dir).unwrap();
        match result {
            Ok(()) => {
                again.unlock_with_keychain(&keychain).unwrap_or_else(|e| panic!("step {n}: {e}"));
                assert!(!vault.is_locked());
                if n > steps {
                    break;
                }
            }
            Err(_) => {
                assert_eq!(again.key_setup().unwrap(), KeySetup::New, "step {n}");
                assert!(vault.is_locked());
            }
        }
        n += 1;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_contributions_round_trip_through_the_file_format(
        c in any_contribution(),
        label in "\\PC{1,60}",
    ) {
        let key = DataKey::from_bytes([3; KEY_LEN]);
        let now = Utc::now();
        let meta = DraftMeta { id: "0123456789abcdef0123456789abcdef".into(), label, kind: DraftKind::Parent, created: now, updated: now };
        let draft = Draft { meta, body: DraftBody::Parent(c) };
        let bytes = encode_draft(&key, &draft).unwrap();
        prop_assert_eq!(decode_draft(&key, &bytes).unwrap(), draft);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn random_contributions_round_trip_through_the_store(c in any_contribution(), label in "[A-Za-z][A-Za-z0-9]{0,30}") {
        let (mut vault, keychain) = unlocked("proptest");
        let mut draft = vault.create(&label, DraftBody::Parent(Contribution::new("en-GB"))).unwrap();
        draft.body = DraftBody::Parent(c);
        vault.save(&mut draft).unwrap();
        prop_assert_eq!(reopen(&vault, &keychain).load(&draft.meta.id).unwrap(), draft);
    }
}

fn any_contribution() -> impl Strategy<Value = Contribution> {
    (
        prop::sample::select(vec!["en-GB", "ar", "bn", "ur", "pl", "pa"]),
        any::<String>(),
        any::<String>(),
        prop::collection::btree_map("prompt-[a-z-]{1,30}", any::<String>(), 0..8),
        prop::option::of(0u8..=10),
        any::<bool>(),
    )
        .prop_map(|(language, writer, access, answers, scale, interpreter)| {
            let mut c = Contribution::new(language);
            c.about.writer_name = writer;
            c.about.access_needs = access;
            c.about.interpreter.needed = interpreter;
            c.answers = answers;
            c.scale = scale;
            c
        })
}

/// Looks for each needle in every file under `dir` (not following links), skipping files
/// older than `since` and files too large to be a leak of a small draft.
fn search(dir: &Path, since: Option<SystemTime>, needles: &[Vec<u8>], hits: &mut Vec<PathBuf>, searched: &mut usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        if meta.is_dir() {
            search(&path, since, needles, hits, searched);
            continue;
        }
        let recent = since.is_none_or(|since| meta.modified().is_ok_and(|m| m >= since));
        if !meta.is_file() || !recent || meta.len() > 64 * 1024 * 1024 {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else { continue };
        *searched += 1;
        if needles.iter().any(|needle| bytes.windows(needle.len()).any(|w| w == needle.as_slice())) {
            hits.push(path);
        }
    }
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

#[test]
fn a_canary_sentence_never_reaches_the_disk_in_plain_text() {
    let started = SystemTime::now() - Duration::from_secs(2);
    let token = random_hex();
    let canary = format!("The canary {token} sings at nan's house");
    let files = FailingFiles::new(io::ErrorKind::Other);
    let keychain = MemoryKeychain::default();
    let dir = folder("canary");
    let mut vault = Vault::open_with(&dir, files.clone()).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    vault.set_passphrase(&Passphrase::new(format!("passphrase {token}")), None).unwrap();

    let mut draft = vault.create(&format!("Mum — {canary}"), DraftBody::Parent(contribution(&canary))).unwrap();
    for i in 0..5 {
        draft.body = DraftBody::Parent(contribution(&format!("{canary} ({i})")));
        vault.save(&mut draft).unwrap();
    }
    // Failed saves, which leave temp files and backups behind.
    for step in [3, 5, 7, 9] {
        files.arm(step);
        let _ = vault.save(&mut draft);
        files.disarm();
    }
    vault.rename(&draft.meta.id, &format!("{canary} renamed")).unwrap();
    let child = vault.create("My views", DraftBody::Child(child_views(&canary))).unwrap();
    vault.list().unwrap();
    vault.load(&child.meta.id).unwrap();
    vault.lock();
    vault.unlock_with_passphrase(&Passphrase::new(format!("passphrase {token}"))).unwrap();
    vault.delete(&child.meta.id).unwrap();

    let needles: Vec<Vec<u8>> = vec![token.as_bytes().to_vec(), utf16(&token, true), utf16(&token, false)];
    let (mut hits, mut searched) = (Vec::new(), 0);
    search(&dir, None, &needles, &mut hits, &mut searched);
    assert!(searched >= 2, "the drafts folder was searched");
    search(&std::env::temp_dir(), Some(started), &needles, &mut hits, &mut searched);
    assert!(hits.is_empty(), "the canary is readable in {hits:?}");
}

const CRASH_DIR: &str = "FAMILY_VOICE_CRASH_DIR";
const CRASH_COUNTER: &str = "prompt-crash-counter";

fn crash_contribution(n: u64) -> Contribution {
    // Long enough that a save takes a while, and a different length each time.
    let mut c = contribution(&"Every morning we walk to school together. ".repeat(500 + (n % 97) as usize));
    c.answers.insert(CRASH_COUNTER.into(), n.to_string());
    c
}

fn crash_counter(draft: &Draft) -> u64 {
    match &draft.body {
        DraftBody::Parent(c) => c.answers[CRASH_COUNTER].parse().unwrap(),
        DraftBody::Child(_) => panic!("expected a parent's draft"),
    }
}

#[test]
fn a_draft_killed_mid_save_opens_as_the_old_or_the_new_version() {
    let runs: usize = std::env::var("FAMILY_VOICE_CRASH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    let root = folder("crash");
    let keychain = FileKeychain { dir: root.join("keys") };
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    let id = vault.create("Crash", DraftBody::Parent(crash_contribution(0))).unwrap().meta.id;
    drop(vault);

    // How long the child takes to start and to save, so the kills can be spread over its saves.
    let (first_save, per_save) = {
        let (mut child, lines) = spawn_crash_child(&root);
        let spawned = Instant::now();
        let mut seen = Vec::new();
        for line in lines.lines() {
            if saved_number(&line.unwrap()).is_some() {
                seen.push(spawned.elapsed());
                if seen.len() == 4 {
                    break;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        (seen[0], (seen[3] - seen[0]) / 3)
    };
    let window = first_save + per_save * 6;

    let started = Instant::now();
    let (mut last, mut during_saves) = (crash_counter(&reopen_crash(&root, &keychain).load(&id).unwrap()), 0);
    for run in 0..runs {
        let (mut child, mut stdout) = spawn_crash_child(&root);
        let delay = first_save / 2 + window.mul_f64((getrandom::u32().unwrap() % 10_000) as f64 / 10_000.0);
        std::thread::sleep(delay);
        child.kill().unwrap();
        child.wait().unwrap();
        let mut out = String::new();
        stdout.read_to_string(&mut out).unwrap();
        let confirmed = out.lines().filter_map(saved_number).next_back();

        let vault = reopen_crash(&root, &keychain);
        let listed = vault.list().unwrap();
        assert_eq!(unreadable(&listed), vec![], "run {run}");
        assert_eq!(ready(&listed).len(), 1, "run {run}");
        let found = crash_counter(&vault.load(&id).unwrap_or_else(|e| panic!("run {run}: {e}")));
        let floor = confirmed.unwrap_or(last);
        assert!(found == floor || found == floor + 1, "run {run}: found version {found}, last confirmed {floor}");
        during_saves += usize::from(confirmed.is_some());
        last = found;
    }
    eprintln!(
        "crash test: {runs} kills in {:.1} s ({first_save:?} to the first save, {per_save:?} a save), \
         {during_saves} after at least one save in that run; {last} saves kept",
        started.elapsed().as_secs_f64()
    );
    assert!(during_saves * 2 >= runs, "most kills should land while the child is saving ({during_saves} of {runs})");
}

fn spawn_crash_child(root: &Path) -> (std::process::Child, io::BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "vault_saving::crash_child_not_a_test", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CRASH_DIR, root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = io::BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

fn reopen_crash(root: &Path, keychain: &dyn Keychain) -> Vault {
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.unlock_with_keychain(keychain).unwrap();
    vault
}

/// The version a child reported saved; the test harness may print its own words before it.
fn saved_number(line: &str) -> Option<u64> {
    line.rsplit_once("saved ").and_then(|(_, n)| n.trim().parse().ok())
}

/// The child process of the crash test: saves one draft over and over until it is killed.
#[test]
#[ignore = "the crash test's child process; does nothing unless that test starts it"]
fn crash_child_not_a_test() {
    let Some(root) = std::env::var_os(CRASH_DIR).map(PathBuf::from) else { return };
    let keychain = FileKeychain { dir: root.join("keys") };
    let mut vault = Vault::open(root.join("drafts")).unwrap();
    vault.unlock_with_keychain(&keychain).unwrap();
    let id = ready(&vault.list().unwrap())[0].id.clone();
    let mut draft = vault.load(&id).unwrap();
    let mut n = crash_counter(&draft);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut out = io::stdout();
    while Instant::now() < deadline {
        n += 1;
        draft.body = DraftBody::Parent(crash_contribution(n));
        vault.save(&mut draft).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}
