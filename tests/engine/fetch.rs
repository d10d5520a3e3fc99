//! Web calendars fetched from a server the test starts on 127.0.0.1 (curl, as the daemon
//! runs it): a good copy is kept; a 404, a timeout and a page that is no calendar each give
//! a clear reason and leave the last good copy in place; the engine plans from that copy
//! and names `calendar` in `degraded` while the address fails.

// The fetch runs on a real thread against a real server: waiting for it takes real time.
#![allow(clippy::disallowed_methods)]

#[path = "../support/calendar_server.rs"]
mod calendar_server;

use super::story::*;
use calendar_server::{Answer, CalendarServer};
use chrono::TimeZone;
use knotless::platform::calendar_fetch::{FetchError, cache_file, fetch};
use std::time::{Duration, Instant};

const REVIEW: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:r\r\nDTSTART:20261202T100000Z\r\nDTEND:20261202T110000Z\r\nSUMMARY:Review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn a_fetch_keeps_the_last_good_copy_through_404_timeout_and_malformed() {
    let server = CalendarServer::start(Answer::Calendar(REVIEW.into()));
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/secret/basic.ics");
    let copy = cache_file(dir.path(), &url);
    assert!(!copy.to_string_lossy().contains("secret"));
    fetch(&url, &copy, Duration::from_secs(5)).unwrap();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), REVIEW);
    assert_eq!(server.requests(), ["GET /secret/basic.ics HTTP/1.1"]);

    server.answer(Answer::NotFound);
    let e = fetch(&url, &copy, Duration::from_secs(5)).unwrap_err();
    assert!(matches!(e, FetchError::Failed { .. }), "{e}");
    assert!(e.to_string().contains("404"), "{e}");
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), REVIEW);

    server.answer(Answer::Silent);
    let started = Instant::now();
    let e = fetch(&url, &copy, Duration::from_secs(2)).unwrap_err();
    assert!(e.to_string().to_lowercase().contains("timed out"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), REVIEW);

    server.answer(Answer::Html);
    let e = fetch(&url, &copy, Duration::from_secs(5)).unwrap_err();
    assert!(matches!(e, FetchError::Malformed { .. }), "{e}");
    assert!(e.to_string().contains("not a calendar"), "{e}");
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), REVIEW);
    assert_eq!(server.requests().len(), 4);
    // No partial download is left beside the copy.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// Ticks the engine (a minute at a time, typing) until `done`, within 20 s of real time:
/// the fetch runs on a thread of its own.
fn until(story: &mut Story, what: &str, mut done: impl FnMut(&mut Story) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(story) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
        story.type_for(minutes(1));
    }
}

#[test]
fn the_engine_plans_from_the_fetched_copy_and_keeps_it_when_the_address_fails() {
    let server = CalendarServer::start(Answer::Calendar(REVIEW.into()));
    let url = server.url("/work.ics");
    let config = format!("{QUIET}[movement]\nevery = \"65m\"\n[calendar]\nsources = [\"{url}\"]\n");
    let mut story = Story::new(&config);
    let copy = cache_file(&story.paths.calendars_dir(), &url);
    until(&mut story, "the first copy", |s| {
        copy.exists() && !s.status().degraded.contains(&"calendar".to_owned())
    });
    assert_eq!(server.requests().len(), 1);
    // The address starts failing; within the next 15 minutes it is not asked again.
    server.answer(Answer::NotFound);
    story.type_for(minutes(10));
    assert_eq!(server.requests().len(), 1);
    until(&mut story, "the failed fetch", |s| {
        s.status().degraded.contains(&"calendar".to_owned())
    });
    assert_eq!(server.requests().len(), 2);
    let problems = story.status().calendar_problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    // The host names the calendar; its path (where a subscription keeps its secret) is
    // never shown.
    let shown = knotless::platform::calendar_fetch::redacted(&url);
    assert!(
        problems[0].starts_with(&shown) && problems[0].contains("404"),
        "{problems:?}"
    );
    assert!(!problems[0].contains(&url), "{problems:?}");
    // The copy still plans the day: the break comes at 09:55, before the 10:00 meeting.
    let now = story.now();
    story.type_for(chrono::Utc.with_ymd_and_hms(2026, 12, 2, 9, 56, 0).unwrap() - now);
    let reminders: Vec<String> = story
        .history()
        .iter()
        .filter(|e| e["event"] == "reminder")
        .map(|e| e["at"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(reminders.len(), 1, "{reminders:?}");
    assert!(reminders[0].contains("T09:55:00"), "{reminders:?}");
    // The failing address taken out of the config: nothing is degraded any more.
    story.edit_config(&format!("{QUIET}[movement]\nevery = \"65m\"\n"));
    story.type_for(minutes(1));
    assert!(!story.status().degraded.contains(&"calendar".to_owned()));
    assert_eq!(story.status().calendar_problems, Vec::<String>::new());
}
