//! Persistence and config: appending one history event (with its fsync, as the daemon does
//! before acknowledging), loading a history of 100,000 events, and parsing the documented
//! config file. Run with `cargo bench --bench store`.

use chrono::{TimeDelta, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use knotless::store::history::HistoryLog;
use knotless_core::history::{CompletedVia, Event, EventKind};
use std::hint::black_box;

/// A plausible mix of events, `n` of them, a minute apart.
fn events(n: usize) -> Vec<Event> {
    let t0 = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
    (0..n)
        .map(|i| {
            let id = i as u64;
            let kind = match i % 5 {
                0 => EventKind::Reminder {
                    id,
                    kinds: vec![knotless_core::reminder::ReminderKind::Movement],
                    sitting_secs: 2400,
                    snoozed: 0,
                    ignored: 0,
                    window: false,
                },
                1 => EventKind::Suggested {
                    id: Some(id),
                    exercise: "ball-upper-back-wall".into(),
                },
                2 => EventKind::BreakStarted {
                    id: Some(id),
                    length_secs: 120,
                },
                3 => EventKind::BreakCompleted {
                    id: Some(id),
                    secs: 118,
                    via: CompletedVia::Done,
                },
                _ => EventKind::Sitting {
                    secs: 2400,
                    span_secs: 2460,
                },
            };
            Event {
                at: t0 + TimeDelta::minutes(i as i64),
                kind,
            }
        })
        .collect()
}

fn history(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let log = HistoryLog::new(dir.path().join("append.jsonl"));
    let one = events(1);
    c.bench_function("append one event (fsync'd)", |b| {
        b.iter(|| log.append(black_box(&one), &Utc).unwrap())
    });

    let big = HistoryLog::new(dir.path().join("big.jsonl"));
    big.append(&events(100_000), &Utc).unwrap();
    let mut group = c.benchmark_group("history");
    group.sample_size(10);
    group.bench_function("load 100,000 events", |b| {
        b.iter(|| big.read().unwrap().events().len())
    });
    group.finish();
}

fn config(c: &mut Criterion) {
    c.bench_function("parse the documented config", |b| {
        b.iter(|| knotless::config::parse_str(black_box(knotless::config::DEFAULT_TOML)))
    });
}

criterion_group!(benches, history, config);
criterion_main!(benches);
