//! The draft store, through its public API: round trips, private files, every byte tampered
//! with, damaged and foreign files beside good ones, drafts from older and newer versions.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use family_voice::error::Explain;
use family_voice::i18n::{Isolation, Localizer};
use family_voice::vault::{
    decode_draft, encode_draft, seal_payload, DataKey, DraftBody, DraftKind, KeySetup, Passphrase, Vault, VaultError,
    HEADER_LEN, KEY_LEN, MAGIC, TAG_LEN,
};

use crate::fakes::*;

#[test]
fn a_draft_round_trips_and_its_files_are_private_and_unreadable() {
    let (mut vault, keychain) = unlocked("round-trip");
    let mum = vault
        .create(
            "Mum — initial conference, 3 December",
            DraftBody::Parent(contribution("We read together every night.")),
        )
        .unwrap();
    let child = vault.create("My views — the child's own", DraftBody::Child(child_views("at nan's house"))).unwrap();
    assert_eq!(mum.meta.kind, DraftKind::Parent);
    assert_eq!(child.meta.kind, DraftKind::Child);

    let again = reopen(&vault, &keychain);
    assert_eq!(again.load(&mum.meta.id).unwrap(), mum);
    assert_eq!(again.load(&child.meta.id).unwrap(), child);
    let listed = again.list().unwrap();
    assert_eq!(ready(&listed), vec![&child.meta, &mum.meta], "most recently saved first");

    let dir = vault.folder();
    assert_eq!(file_names(dir).len(), 4, "two drafts and the key file's two copies: {:?}", file_names(dir));
    for name in file_names(dir) {
        let text = String::from_utf8_lossy(&std::fs::read(dir.join(&name)).unwrap()).into_owned();
        for secret in ["read together", "Mum", "nan's", "conference"] {
            assert!(!text.contains(secret), "{name} shows {secret:?}");
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(dir).unwrap().permissions().mode() & 0o777, 0o700);
        for name in file_names(dir) {
            assert_eq!(std::fs::metadata(dir.join(&name)).unwrap().permissions().mode() & 0o777, 0o600, "{name}");
        }
    }
}

#[test]
fn an_existing_open_folder_is_made_private() {
    let dir = folder("loose-folder");
    std::fs::create_dir_all(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        Vault::open(&dir).unwrap();
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    }
}

#[test]
fn saving_keeps_the_created_time_and_moves_the_updated_time() {
    let (mut vault, keychain) = unlocked("save");
    let mut draft = vault.create("Dad", DraftBody::Parent(contribution("first"))).unwrap();
    let created = draft.meta.created;
    draft.body = DraftBody::Parent(contribution("second"));
    vault.save(&mut draft).unwrap();
    let loaded = reopen(&vault, &keychain).load(&draft.meta.id).unwrap();
    assert_eq!(words(&loaded), "second");
    assert_eq!(loaded.meta.created, created);
    assert!(loaded.meta.updated >= created);
    assert_eq!(loaded, draft);
}

#[test]
fn renaming_a_draft_changes_its_name_and_nothing_else() {
    let (mut vault, _) = unlocked("rename");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let meta = vault.rename(&draft.meta.id, "  Mum — review conference  ").unwrap();
    assert_eq!(meta.label, "Mum — review conference");
    let loaded = vault.load(&draft.meta.id).unwrap();
    assert_eq!(loaded.meta.label, "Mum — review conference");
    assert_eq!((loaded.meta.created, &loaded.body), (draft.meta.created, &draft.body));
    assert_eq!(vault.rename(&draft.meta.id, "   "), Err(VaultError::LabelMissing));
    assert_eq!(vault.create(" ", DraftBody::Parent(contribution("x"))).unwrap_err(), VaultError::LabelMissing);
}

#[test]
fn deleting_a_draft_removes_it_its_backup_and_any_half_written_save() {
    let (mut vault, _) = unlocked("delete");
    let gone = vault.create("Gone", DraftBody::Parent(contribution("delete me"))).unwrap();
    let kept = vault.create("Kept", DraftBody::Parent(contribution("keep me"))).unwrap();
    let dir = vault.folder().to_owned();
    let current = dir.join(format!("{}.draft", gone.meta.id));
    // What a crash in the middle of a save leaves behind.
    std::fs::copy(&current, dir.join(format!("{}.draft.bak", gone.meta.id))).unwrap();
    std::fs::copy(&current, dir.join(format!(".{}.draft.tmp", gone.meta.id))).unwrap();

    vault.delete(&gone.meta.id).unwrap();
    assert!(file_names(&dir).iter().all(|n| !n.contains(&gone.meta.id)), "{:?}", file_names(&dir));
    assert_eq!(ready(&vault.list().unwrap()), vec![&kept.meta]);
    assert_eq!(vault.delete(&gone.meta.id), Err(VaultError::NotFound));
    // A late autosave of the deleted draft does not bring it back.
    let mut late = gone.clone();
    assert_eq!(vault.save(&mut late), Err(VaultError::NotFound));
    assert!(file_names(&dir).iter().all(|n| !n.contains(&gone.meta.id)));
    assert_eq!(vault.load(&kept.meta.id).unwrap(), kept);
}

#[test]
fn ids_that_are_not_the_apps_never_reach_a_path() {
    let (mut vault, _) = unlocked("ids");
    for id in
        ["../vault", "..", "", "ABCDEF0123456789ABCDEF0123456789", "vault.key", "0123456789abcdef0123456789abcde/"]
    {
        assert_eq!(vault.load(id), Err(VaultError::NotFound), "{id:?}");
        assert_eq!(vault.delete(id), Err(VaultError::NotFound), "{id:?}");
    }
    assert_eq!(file_names(vault.folder()), vec!["vault.key", "vault.key.copy"]);
}

#[test]
fn a_locked_vault_forgets_its_key_until_unlocked() {
    let (mut vault, keychain) = unlocked("lock");
    let mut draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    vault.lock();
    assert!(vault.is_locked());
    assert_eq!(vault.load(&draft.meta.id), Err(VaultError::Locked));
    assert_eq!(vault.list().unwrap_err(), VaultError::Locked);
    assert_eq!(vault.save(&mut draft), Err(VaultError::Locked));
    assert_eq!(vault.create("x", DraftBody::Parent(contribution("x"))).unwrap_err(), VaultError::Locked);
    assert_eq!(vault.rename(&draft.meta.id, "y"), Err(VaultError::Locked));
    assert_eq!(vault.delete(&draft.meta.id), Err(VaultError::Locked));
    vault.unlock_with_keychain(&keychain).unwrap();
    assert!(!vault.is_locked());
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn keys_and_passphrases_print_as_redacted() {
    let key = DataKey::from_bytes([0x41; KEY_LEN]);
    assert_eq!(format!("{key:?}"), "DataKey(<redacted>)");
    let passphrase = Passphrase::new("our secret family words".into());
    assert_eq!(format!("{passphrase:?}"), "Passphrase(<redacted>)");
    let (vault, _) = unlocked("debug");
    let shown = format!("{vault:?}");
    assert!(!shown.contains("debug") && !shown.contains('/'), "{shown}");
}

#[test]
fn every_vault_error_has_a_code_and_a_message_without_details() {
    let loc = Localizer::new("en-GB", Isolation::On).unwrap();
    let mut codes = BTreeSet::new();
    for error in VaultError::examples() {
        assert!(error.code().starts_with("vault."), "{}", error.code());
        assert!(codes.insert(error.code()), "{} is used twice", error.code());
        let text = loc.msg_with(error.message_id(), &error.args());
        assert_ne!(text, error.message_id(), "no en-GB message for {}", error.code());
        assert!(!text.contains('{') && !text.contains('$'), "{text}");
        assert!(!error.to_string().contains('/'), "{error}");
    }
    let too_short = loc.msg_with("error-vault-passphrase-too-short", &VaultError::PassphraseTooShort { min: 8 }.args());
    assert!(too_short.contains('8'), "{too_short}");
}

#[test]
fn changing_any_byte_of_a_draft_file_is_an_error_never_a_panic() {
    let (mut vault, keychain) = unlocked("tamper");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("We read together every night."))).unwrap();
    let path = vault.folder().join(format!("{}.draft", draft.meta.id));
    let bytes = std::fs::read(&path).unwrap();
    let key = DataKey::from_bytes(keychain.only_key());
    assert_eq!(decode_draft(&key, &bytes).unwrap(), draft);
    assert_eq!(&bytes[..MAGIC.len()], &MAGIC);

    for i in 0..bytes.len() {
        for bit in [0x01, 0x80] {
            let mut changed = bytes.clone();
            changed[i] ^= bit;
            let error = decode_draft(&key, &changed).unwrap_err();
            match i {
                0..8 => assert_eq!(error, VaultError::Foreign, "magic byte {i}"),
                8 | 9 => {
                    assert!(matches!(error, VaultError::NewerVersion | VaultError::Damaged), "version {i}: {error}")
                }
                _ if i < HEADER_LEN => assert_eq!(error, VaultError::Damaged, "nonce byte {i}"),
                _ if i < bytes.len() - TAG_LEN => assert_eq!(error, VaultError::Damaged, "ciphertext byte {i}"),
                _ => assert_eq!(error, VaultError::Damaged, "tag byte {i}"),
            }
        }
    }
    for len in 0..bytes.len() {
        assert!(decode_draft(&key, &bytes[..len]).is_err(), "cut to {len} bytes");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode_draft(&key, &longer), Err(VaultError::Damaged));
    assert_eq!(decode_draft(&DataKey::from_bytes([9; KEY_LEN]), &bytes), Err(VaultError::Damaged), "another key");

    // Through the store: one changed byte in each part, and the draft is reported, not opened.
    for i in [0, 8, HEADER_LEN - 1, HEADER_LEN + 3, bytes.len() - 1] {
        let mut changed = bytes.clone();
        changed[i] ^= 0x80;
        std::fs::write(&path, &changed).unwrap();
        assert!(vault.load(&draft.meta.id).is_err(), "byte {i}");
        assert_eq!(unreadable(&vault.list().unwrap()).len(), 1, "byte {i}");
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
}

#[test]
fn a_draft_copied_under_another_id_does_not_open() {
    let (mut vault, _) = unlocked("copied");
    let a = vault.create("A", DraftBody::Parent(contribution("a"))).unwrap();
    let b = vault.create("B", DraftBody::Parent(contribution("b"))).unwrap();
    let dir = vault.folder().to_owned();
    std::fs::copy(dir.join(format!("{}.draft", a.meta.id)), dir.join(format!("{}.draft", b.meta.id))).unwrap();
    assert_eq!(vault.load(&b.meta.id), Err(VaultError::Damaged));
    assert_eq!(vault.load(&a.meta.id).unwrap(), a);
}

#[test]
fn a_flipped_bit_in_any_byte_of_either_key_file_copy_is_repaired_and_the_drafts_open() {
    let (mut vault, keychain) = unlocked("tamper-key");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let bytes = std::fs::read(dir.join("vault.key")).unwrap();
    assert_eq!(std::fs::read(dir.join("vault.key.copy")).unwrap(), bytes, "two copies of the same record");
    for copy in ["vault.key", "vault.key.copy"] {
        for i in 0..bytes.len() {
            for bit in [0x01, 0x80] {
                let mut changed = bytes.clone();
                changed[i] ^= bit;
                std::fs::write(dir.join(copy), &changed).unwrap();
                let mut again = Vault::open(&dir).unwrap();
                assert_eq!(again.key_setup().unwrap(), KeySetup::Keychain { passphrase: false }, "{copy} byte {i}");
                again.unlock_with_keychain(&keychain).unwrap_or_else(|e| panic!("{copy} byte {i}: {e}"));
                assert_eq!(again.load(&draft.meta.id).unwrap(), draft, "{copy} byte {i}");
                for name in ["vault.key", "vault.key.copy"] {
                    assert_eq!(std::fs::read(dir.join(name)).unwrap(), bytes, "{name} repaired after {copy} byte {i}");
                }
            }
        }
    }
}

#[test]
fn a_damaged_draft_is_reported_and_the_others_still_list_and_open() {
    let (mut vault, _) = unlocked("damaged");
    let first = vault.create("First", DraftBody::Parent(contribution("one"))).unwrap();
    let broken = vault.create("Broken", DraftBody::Parent(contribution("two"))).unwrap();
    let emptied = vault.create("Emptied", DraftBody::Parent(contribution("three"))).unwrap();
    let last = vault.create("Last", DraftBody::Parent(contribution("four"))).unwrap();
    let dir = vault.folder().to_owned();
    let path = dir.join(format!("{}.draft", broken.meta.id));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[HEADER_LEN + 5] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    std::fs::write(dir.join(format!("{}.draft", emptied.meta.id)), b"").unwrap();

    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&last.meta, &first.meta]);
    let mut expected =
        vec![(broken.meta.id.as_str(), &VaultError::Damaged), (emptied.meta.id.as_str(), &VaultError::Damaged)];
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(unreadable(&listed), expected, "unreadable files come last, by name");
    assert_eq!(vault.load(&first.meta.id).unwrap(), first);
    assert_eq!(vault.load(&last.meta.id).unwrap(), last);
}

#[test]
fn a_foreign_file_is_reported_left_alone_and_the_other_drafts_still_open() {
    let (mut vault, _) = unlocked("foreign");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let foreign_id = "0123456789abcdef0123456789abcdef";
    std::fs::write(dir.join("shopping.draft"), b"milk, bread").unwrap();
    std::fs::write(dir.join(format!("{foreign_id}.draft")), b"\x89PNG\r\n\x1a\n not a draft at all").unwrap();
    std::fs::write(dir.join("desktop.ini"), b"[.ShellClassInfo]").unwrap();
    let before: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();

    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&draft.meta]);
    assert_eq!(unreadable(&listed), vec![(foreign_id, &VaultError::Foreign), ("shopping", &VaultError::Foreign)]);
    assert_eq!(vault.load(foreign_id), Err(VaultError::Foreign));
    assert_eq!(vault.load(&draft.meta.id).unwrap(), draft);
    let after: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    assert_eq!(before, after, "nothing in the folder was changed");
}

#[test]
fn a_draft_from_a_newer_version_is_reported_and_left_untouched() {
    let (mut vault, keychain) = unlocked("newer");
    let draft = vault.create("Mum", DraftBody::Parent(contribution("words"))).unwrap();
    let dir = vault.folder().to_owned();
    let key = DataKey::from_bytes(keychain.only_key());

    // A newer file format.
    let mut newer_format = std::fs::read(dir.join(format!("{}.draft", draft.meta.id))).unwrap();
    newer_format[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&2u16.to_be_bytes());
    let format_id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    std::fs::write(dir.join(format!("{format_id}.draft")), &newer_format).unwrap();

    // A newer contribution inside the current format.
    let mut newer_model = draft.clone();
    newer_model.meta.id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".into();
    let mut future = contribution("words");
    future.format_version = 99;
    newer_model.body = DraftBody::Parent(future);
    std::fs::write(dir.join(format!("{}.draft", newer_model.meta.id)), encode_draft(&key, &newer_model).unwrap())
        .unwrap();

    // A kind of draft this version does not know.
    let kind_id = "cccccccccccccccccccccccccccccccc";
    let payload = serde_json::json!({
        "meta": { "id": kind_id, "label": "Gran", "kind": "grandparent",
                  "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T10:00:00Z" },
        "body": {}
    });
    let sealed = seal_payload(&key, &serde_json::to_vec(&payload).unwrap()).unwrap();
    std::fs::write(dir.join(format!("{kind_id}.draft")), sealed).unwrap();

    let before: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    let listed = vault.list().unwrap();
    assert_eq!(ready(&listed), vec![&draft.meta]);
    assert_eq!(
        unreadable(&listed),
        vec![
            (format_id, &VaultError::NewerVersion),
            ("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", &VaultError::NewerVersion),
            (kind_id, &VaultError::NewerVersion),
        ]
    );
    let after: Vec<_> = file_names(&dir).iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect();
    assert_eq!(before, after, "nothing in the folder was changed");
}

#[test]
fn a_payload_that_is_not_a_draft_is_damaged_not_a_panic() {
    let key = DataKey::from_bytes([5; KEY_LEN]);
    for payload in
        [&b""[..], b"null", b"{}", b"[1,2]", b"{\"meta\":{}}", &[0xff, 0xfe, 0x00], b"{\"meta\":1,\"body\":2}"]
    {
        let sealed = seal_payload(&key, payload).unwrap();
        assert_eq!(decode_draft(&key, &sealed), Err(VaultError::Damaged), "{:?}", String::from_utf8_lossy(payload));
    }
}

/// The key the fixture was written with, and the passphrase that also opens it.
const FIXTURE_PASSPHRASE: &str = "correct horse battery staple";
const FIXTURE_LABEL: &str = "Mum — initial conference, 3 December";
const FIXTURE_WORDS: &str = "We read together every night, and Sam helps me cook on Sundays.";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault")
}

fn fixture_key() -> [u8; KEY_LEN] {
    let hex = std::fs::read_to_string(fixture_dir().join("data-key.hex")).unwrap();
    let hex = hex.trim();
    let mut key = [0u8; KEY_LEN];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap();
    }
    key
}

/// A copy of the fixture folder to work on (opening a folder tightens its permissions).
fn fixture_copy(name: &str) -> PathBuf {
    let dir = folder(name);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "data-key.hex" {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    dir
}

#[test]
fn a_draft_saved_in_format_1_still_opens() {
    let dir = fixture_copy("fixture-v1");
    let keychain = MemoryKeychain::holding_any(fixture_key());
    let mut vault = Vault::open(&dir).unwrap();
    assert_eq!(vault.key_setup().unwrap(), KeySetup::Keychain { passphrase: true });
    vault.unlock_with_keychain(&keychain).unwrap();
    let listed = vault.list().unwrap();
    assert_eq!(unreadable(&listed), vec![]);
    let metas = ready(&listed);
    assert_eq!(metas.len(), 1);
    assert_eq!(metas[0].label, FIXTURE_LABEL);
    assert_eq!(metas[0].kind, DraftKind::Parent);
    let draft = vault.load(&metas[0].id).unwrap();
    assert_eq!(words(&draft), FIXTURE_WORDS);
    let DraftBody::Parent(contribution) = &draft.body else { panic!("a parent's draft") };
    assert_eq!(contribution.about.writer_name, "Jo");

    let file = std::fs::read(dir.join(format!("{}.draft", draft.meta.id))).unwrap();
    assert_eq!(&file[MAGIC.len()..MAGIC.len() + 2], &[0, 1], "the fixture is format 1");
    assert_eq!(decode_draft(&DataKey::from_bytes(fixture_key()), &file).unwrap(), draft);

    let mut by_passphrase = Vault::open(fixture_copy("fixture-v1-passphrase")).unwrap();
    by_passphrase.unlock_with_passphrase(&Passphrase::new(FIXTURE_PASSPHRASE.into())).unwrap();
    assert_eq!(by_passphrase.load(&draft.meta.id).unwrap(), draft);
}

/// Writes the format fixture. Run by hand, once per new format version, into a new folder
/// beside the old one (old fixtures stay: they prove the migration).
#[test]
#[ignore = "writes tests/fixtures/vault when FAMILY_VOICE_WRITE_VAULT_FIXTURE is set"]
fn write_the_format_fixture_not_a_test() {
    if std::env::var_os("FAMILY_VOICE_WRITE_VAULT_FIXTURE").is_none() {
        return;
    }
    let dir = fixture_dir();
    let _ = std::fs::remove_dir_all(&dir);
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    vault.set_passphrase(&Passphrase::new(FIXTURE_PASSPHRASE.into()), None).unwrap();
    let mut c = contribution(FIXTURE_WORDS);
    c.about.writer_name = "Jo".into();
    vault.create(FIXTURE_LABEL, DraftBody::Parent(c)).unwrap();
    let hex: String = keychain.only_key().iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(dir.join("data-key.hex"), format!("{hex}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        for name in file_names(&dir) {
            std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
}
