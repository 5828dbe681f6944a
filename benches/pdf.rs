//! How long the family waits after pressing "Make my PDF": text shaped and laid out, PDF
//! written. A typical contribution in English, the same in Urdu with the English alongside, and
//! long ones of 25, 50 and 100 pages to show the time grows in step with the length.
//! Run with `cargo bench --bench pdf`; `benches/peers.py` compares the same content with
//! Chromium and Typst (see BENCHMARKS.md).

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use family_voice::i18n::{Isolation, Localizer};
use family_voice::pdf::{self, FontBook};
use family_voice::Contribution;

/// The allocator the app and the command-line renderer use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixture(name: &str) -> Contribution {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    Contribution::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The example contribution with its first answer made long enough for about `pages` pages.
fn long(pages: usize) -> Contribution {
    let mut c = fixture("contribution.json");
    let sentence = "Every morning we walk to school together and talk about the day ahead. ";
    // About 3,300 characters of answer fill an A4 page at this size.
    c.answers.insert("prompt-strengths-family".into(), sentence.repeat(pages * 3_300 / sentence.len()));
    c
}

fn render(c: &mut Criterion) {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let fonts = FontBook::from_system().unwrap();
    c.bench_function("find system fonts", |b| b.iter(|| black_box(FontBook::from_system().unwrap())));
    let note = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-fonts.json");
    FontBook::from_index(&note).unwrap();
    c.bench_function("find system fonts through the note", |b| {
        b.iter(|| black_box(FontBook::from_index(&note).unwrap()))
    });

    let mut typical = c.benchmark_group("typical contribution");
    for (name, file) in [("English", "contribution.json"), ("Urdu and English", "contribution-ur.json")] {
        let contribution = fixture(file);
        let Ok(loc) = Localizer::new(&contribution.language, Isolation::Off) else { continue };
        typical.bench_function(name, |b| {
            b.iter(|| black_box(pdf::render_with(&contribution, &loc, day, &fonts).unwrap()))
        });
    }
    typical.finish();

    let loc = Localizer::new("en-GB", Isolation::Off).unwrap();
    let mut pages = c.benchmark_group("long contribution");
    pages.sample_size(10);
    for n in [25, 50, 100] {
        let contribution = long(n);
        let made = pdf::render_with(&contribution, &loc, day, &fonts).unwrap().pages;
        pages.bench_with_input(BenchmarkId::new("pages", made), &contribution, |b, c| {
            b.iter(|| black_box(pdf::render_with(c, &loc, day, &fonts).unwrap()))
        });
    }
    pages.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = render
}
criterion_main!(benches);
