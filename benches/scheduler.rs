//! Scheduler throughput: a year of simulated workdays through the real scheduler, the same
//! work `knotless plan --days 365` does before printing. Run with `cargo bench`.

use chrono::{FixedOffset, NaiveDate, TimeDelta};
use criterion::{Criterion, criterion_group, criterion_main};
use knotless::config::Settings;
use knotless_core::script::IdleScript;
use knotless_core::simulate::{Response, run};
use knotless_core::stats::daily;
use std::hint::black_box;

fn year(c: &mut Criterion) {
    let tz = FixedOffset::east_opt(3600).expect("valid offset");
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).expect("valid date");
    let script = IdleScript::workday(TimeDelta::hours(8));
    let days: Vec<_> = (0..365)
        .map(|i| script.on(start + TimeDelta::days(i), &tz))
        .collect();
    let settings = Settings::default();
    c.bench_function("simulate 365 workdays", |b| {
        b.iter(|| run(black_box(&settings), black_box(&days), Response::Take))
    });
    let events = run(&settings, &days, Response::Take).events;
    c.bench_function("daily stats of a simulated year", |b| {
        b.iter(|| daily(black_box(&events), &tz))
    });
}

criterion_group!(benches, year);
criterion_main!(benches);
