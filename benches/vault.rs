//! How long autosave takes: a draft encrypted, then saved durably (temp file, fsync, backup,
//! rename, folder fsync, read back and decrypt), for a typical contribution and a 1 MB one.
//! Run with `cargo bench --bench vault`.

use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use family_voice::vault::{
    decode_draft, encode_draft, DataKey, DraftBody, Keychain, Passphrase, Vault, VaultError, KEY_LEN,
};
use family_voice::Contribution;

/// Keeps the key in memory: the benchmark measures the drafts, not the keychain.
#[derive(Default)]
struct MemoryKeychain(Mutex<HashMap<String, [u8; KEY_LEN]>>);

impl Keychain for MemoryKeychain {
    fn load(&self, account: &str) -> Result<Option<DataKey>, VaultError> {
        Ok(self.0.lock().unwrap().get(account).copied().map(DataKey::from_bytes))
    }

    fn store(&self, account: &str, key: &DataKey) -> Result<(), VaultError> {
        self.0.lock().unwrap().insert(account.to_owned(), *key.expose_secret());
        Ok(())
    }

    fn forget(&self, account: &str) -> Result<(), VaultError> {
        self.0.lock().unwrap().remove(account);
        Ok(())
    }
}

fn example() -> Contribution {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/contribution.json");
    Contribution::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn one_megabyte() -> Contribution {
    let mut c = example();
    let sentence = "Every morning we walk to school together and talk about the day ahead. ";
    c.answers.insert("prompt-strengths-family".into(), sentence.repeat(1024 * 1024 / sentence.len()));
    c
}

fn save(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vault-bench");
    let _ = std::fs::remove_dir_all(&dir);
    let keychain = MemoryKeychain::default();
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_keychain(&keychain).unwrap();
    let key = DataKey::from_bytes(*keychain.0.lock().unwrap().values().next().unwrap());

    for (name, contribution) in [("typical", example()), ("1 MB", one_megabyte())] {
        let mut draft = vault.create("Mum — initial conference", DraftBody::Parent(contribution)).unwrap();
        let bytes = encode_draft(&key, &draft).unwrap();
        let mut group = c.benchmark_group(format!("{name} draft"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.sample_size(30).measurement_time(Duration::from_secs(8));
        group.bench_function("encrypt", |b| b.iter(|| black_box(encode_draft(&key, &draft).unwrap())));
        group.bench_function("decrypt", |b| b.iter(|| black_box(decode_draft(&key, &bytes).unwrap())));
        group.bench_function("encrypt + durable save", |b| b.iter(|| vault.save(&mut draft).unwrap()));
        group.finish();
    }
}

/// What the family waits for when they type their passphrase: Argon2id (64 MiB, 3 passes).
fn unlock(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vault-bench-passphrase");
    let _ = std::fs::remove_dir_all(&dir);
    let passphrase = Passphrase::new("a sentence we will remember".into());
    let mut vault = Vault::open(&dir).unwrap();
    vault.set_up_with_passphrase(&passphrase, None).unwrap();
    let mut group = c.benchmark_group("passphrase");
    group.sample_size(10);
    group.bench_function("unlock", |b| b.iter(|| vault.unlock_with_passphrase(&passphrase).unwrap()));
    group.finish();
}

criterion_group!(benches, save, unlock);
criterion_main!(benches);
