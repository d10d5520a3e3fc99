//! The exercise library and the variety engine: loading the built-in library (parse and check
//! every file), and one pick over it. Run with `cargo bench --bench variety`.

use criterion::{Criterion, criterion_group, criterion_main};
use knotless_exercises::exercise::Region;
use knotless_exercises::library::Library;
use knotless_exercises::variety::{Filter, Leanings, Variety};
use std::hint::black_box;

fn library(c: &mut Criterion) {
    c.bench_function("load the built-in library", |b| b.iter(Library::builtin));
    let library = Library::builtin();
    let filter = Filter::anything();
    let leanings = Leanings {
        focus: vec![Region::Neck, Region::UpperBack],
        ..Leanings::default()
    };
    let mut variety = Variety::new(1);
    c.bench_function("pick one exercise", |b| {
        b.iter(|| {
            variety
                .pick(black_box(&library.exercises), &filter, &leanings)
                .map(|e| e.id.len())
        })
    });
}

criterion_group!(benches, library);
criterion_main!(benches);
