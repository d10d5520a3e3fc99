//! The history log on disk: fsync'd appends, torn tails, concurrent writers, newer schemas.

use super::support::*;
use knotless::store::history::{HistoryLog, decode, encode};
use knotless_core::history::{CompletedVia, Event, EventKind};
use knotless_core::reminder::ReminderKind;

fn event(minute: u32) -> Event {
    Event {
        at: at(9, minute),
        kind: EventKind::BreakCompleted {
            id: Some(u64::from(minute)),
            secs: 120,
            via: CompletedVia::Done,
        },
    }
}

#[test]
fn lines_carry_version_event_and_local_offset() {
    let tz = chrono::FixedOffset::east_opt(3600).unwrap();
    let e = Event {
        at: at(9, 40),
        kind: EventKind::Reminder {
            id: 3,
            kinds: vec![ReminderKind::Movement],
            sitting_secs: 2400,
            snoozed: 0,
            ignored: 0,
            window: false,
        },
    };
    let line = encode(&e, &tz);
    assert_eq!(
        line,
        r#"{"v":1,"at":"2026-01-05T10:40:00+01:00","event":"reminder","id":3,"kinds":["movement"],"sitting_secs":2400}"#
    );
    assert_eq!(decode(&line).unwrap().event, Some(e));
}

#[test]
fn appended_events_read_back_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let log = HistoryLog::new(dir.path().join("sub/history.jsonl"));
    log.append(&[event(1), event(2)], &utc()).unwrap();
    log.append(&[event(3)], &utc()).unwrap();
    let contents = log.read().unwrap();
    assert_eq!(contents.events(), [event(1), event(2), event(3)]);
    assert_eq!(contents.skipped, []);
}

#[test]
fn crash_torn_last_line_is_reported_skipped_and_not_glued_to_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.jsonl");
    let log = HistoryLog::new(&path);
    log.append(&[event(1), event(2)], &utc()).unwrap();
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(r#"{"v":1,"at":"2026-01-05T09:03:00+00:00","event":"break_comp"#);
    std::fs::write(&path, &text).unwrap();

    let contents = log.read().unwrap();
    assert_eq!(contents.events(), [event(1), event(2)]);
    assert_eq!(contents.skipped.len(), 1);
    assert!(contents.skipped[0].torn);
    assert_eq!(contents.skipped[0].line, 3);

    log.append(&[event(4)], &utc()).unwrap();
    let contents = log.read().unwrap();
    assert_eq!(contents.events(), [event(1), event(2), event(4)]);
    assert_eq!(contents.skipped.len(), 1);
    assert!(
        !contents.skipped[0].torn,
        "the torn line is now in the middle, still skipped"
    );
}

#[test]
fn concurrent_appends_from_two_handles_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.jsonl");
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let log = HistoryLog::new(&path);
            std::thread::spawn(move || {
                for i in 0..300u64 {
                    let kind = EventKind::BreakSkipped {
                        id: Some(w * 1000 + i),
                    };
                    log.append(
                        &[Event {
                            at: at(10, 0),
                            kind,
                        }],
                        &utc(),
                    )
                    .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let contents = HistoryLog::new(&path).read().unwrap();
    assert_eq!(contents.skipped, []);
    let mut ids: Vec<u64> = contents
        .events()
        .iter()
        .map(|e| match e.kind {
            EventKind::BreakSkipped { id: Some(id) } => id,
            _ => panic!("unexpected {e:?}"),
        })
        .collect();
    ids.sort_unstable();
    let expected: Vec<u64> = (0..300).chain(1000..1300).collect();
    assert_eq!(ids, expected);
}

#[test]
fn unknown_newer_events_are_kept_whole() {
    let line = r#"{"v":7,"at":"2026-01-05T09:00:00+00:00","event":"posture_photo","score":0.8}"#;
    let record = decode(line).unwrap();
    assert_eq!(record.event, None);
    assert_eq!(record.raw["score"], serde_json::json!(0.8));
    assert!(
        decode(r#"{"v":1,"event":"reminder"}"#).is_err(),
        "a line without time is not history"
    );
    assert!(decode("[1,2]").is_err());
}
