//! How long the family waits after pressing "Make my PDF": fonts found, text shaped and laid
//! out, PDF written. Run with `cargo bench --bench pdf`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::pdf::{self, FontBook};
use family_voice::Contribution;

fn example() -> Contribution {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/contribution.json");
    Contribution::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn render(c: &mut Criterion) {
    let loc = Localizer::new("en-GB", Isolation::Off).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let typical = example();
    let mut long = example();
    let sentence = "Every morning we walk to school together and talk about the day ahead. ";
    long.answers.insert("prompt-strengths-family".into(), sentence.repeat(100_000 / sentence.len()));

    c.bench_function("find system fonts", |b| b.iter(|| black_box(FontBook::from_system().unwrap())));
    let fonts = FontBook::from_system().unwrap();
    c.bench_function("render typical contribution (fonts found)", |b| {
        b.iter(|| black_box(pdf::render_with(&typical, &loc, day, &fonts).unwrap()))
    });
    c.bench_function("render contribution with a 100 kB answer (fonts found)", |b| {
        b.iter(|| black_box(pdf::render_with(&long, &loc, day, &fonts).unwrap()))
    });
    c.bench_function("render typical contribution, first time (fonts found too)", |b| {
        b.iter(|| {
            let fonts = FontBook::from_system().unwrap();
            black_box(pdf::render_with(&typical, &loc, day, &fonts).unwrap())
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = render
}
criterion_main!(benches);
