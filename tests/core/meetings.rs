//! Calendar files as Google, Outlook and Nextcloud export them (fixtures written by hand
//! after their published formats) -> the meetings `knotless_core::meetings` reads from them.

use chrono::{DateTime, TimeZone, Utc};
use knotless_core::meetings::{IcsError, ReadOptions, meetings};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/calendar/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn utc(m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, min, 0).unwrap()
}

/// The meetings in `file` between two dates, as "MM-DD HH:MM-HH:MM summary" in UTC.
fn read(file: &str, from: (u32, u32), to: (u32, u32), me: Option<&str>) -> Vec<String> {
    let options = ReadOptions {
        floating: rrule::Tz::UTC,
        me,
    };
    let found = meetings(
        &fixture(file),
        utc(from.0, from.1, 0, 0),
        utc(to.0, to.1, 0, 0),
        options,
    )
    .unwrap();
    found
        .iter()
        .map(|m| {
            format!(
                "{} {} {}",
                m.start.format("%m-%d %H:%M"),
                m.end.format("%H:%M"),
                m.summary
            )
        })
        .collect()
}

#[test]
fn google_series_with_an_exdate_a_moved_occurrence_and_free_cancelled_declined_events() {
    let me = Some("you@example.org");
    // Berlin is UTC+1 in December: the 10:00 stand-up is 09:00 UTC. Wednesday the 9th is
    // taken out (EXDATE), Friday's moved to 11:00; the floating 16:00 one-to-one is read in
    // the calendar's X-WR-TIMEZONE. All-day, cancelled, free and declined events are none.
    assert_eq!(
        read("google.ics", (12, 7), (12, 12), me),
        [
            "12-07 09:00 09:15 Stand-up",
            "12-08 15:00 15:30 One-to-one",
            "12-11 10:00 10:15 Stand-up (moved)",
        ]
    );
    // Without `[calendar] me` a declined meeting still counts.
    let all = read("google.ics", (12, 8), (12, 9), None);
    assert_eq!(
        all,
        ["12-08 08:00 09:00 Planning", "12-08 15:00 15:30 One-to-one"]
    );
}

#[test]
fn a_weekly_series_keeps_its_local_hour_across_the_dst_change() {
    // Berlin leaves summer time on Sunday 25 October 2026: the Monday 10:00 stand-up is
    // 08:00 UTC on the 19th and 09:00 UTC on the 26th.
    let got = read("google.ics", (10, 19), (10, 20), None);
    assert_eq!(got, ["10-19 08:00 08:15 Stand-up"]);
    let got = read("google.ics", (10, 26), (10, 27), None);
    assert_eq!(got, ["10-26 09:00 09:15 Stand-up"]);
}

#[test]
fn outlook_windows_zone_names_until_count_and_a_customized_zone() {
    assert_eq!(
        read("outlook.ics", (12, 1), (12, 19), None),
        [
            // Tuesdays and Thursdays 14:00 "W. Europe Standard Time" (UTC+1) until the
            // 17th, the 10th taken out.
            "12-01 13:00 14:00 Project sync",
            "12-03 13:00 14:00 Project sync",
            // The first Thursday, 08:00 "Pacific Standard Time" (UTC-8).
            "12-03 16:00 17:00 Monthly review",
            "12-08 13:00 14:00 Project sync",
            // Outlook's "Customized Time Zone": a VTIMEZONE at a fixed +03:00.
            "12-09 09:00 09:30 Call with Istanbul",
            "12-15 13:00 14:00 Project sync",
            "12-17 13:00 14:00 Project sync",
        ]
    );
    // COUNT=3: November, December, January, and no more.
    let review: Vec<String> = read("outlook.ics", (11, 1), (12, 31), None)
        .into_iter()
        .filter(|m| m.contains("review"))
        .collect();
    assert_eq!(
        review,
        [
            "11-05 16:00 17:00 Monthly review",
            "12-03 16:00 17:00 Monthly review"
        ]
    );
    let options = ReadOptions {
        floating: rrule::Tz::UTC,
        me: None,
    };
    let next_year = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
    let in_2027 = meetings(
        &fixture("outlook.ics"),
        next_year,
        next_year + chrono::TimeDelta::days(90),
        options,
    )
    .unwrap();
    let summaries: Vec<&str> = in_2027.iter().map(|m| m.summary.as_str()).collect();
    assert_eq!(summaries, ["Monthly review"]);
}

#[test]
fn nextcloud_daily_count_a_cancelled_occurrence_duration_and_a_prefixed_zone() {
    assert_eq!(
        read("nextcloud.ics", (12, 7), (12, 14), Some("you@example.org")),
        [
            "12-07 15:30 15:45 Daily sync",
            "12-08 08:30 10:00 Workshop",
            "12-08 15:30 15:45 Daily sync",
            "12-10 15:30 15:45 Daily sync",
            "12-11 15:30 15:45 Daily sync",
        ]
    );
}

#[test]
fn a_file_that_is_no_calendar_is_an_error_not_an_empty_day() {
    let options = ReadOptions {
        floating: rrule::Tz::UTC,
        me: None,
    };
    let (from, to) = (utc(12, 7, 0, 0), utc(12, 8, 0, 0));
    let html = "<html><body>Sign in</body></html>";
    assert!(matches!(
        meetings(html, from, to, options),
        Err(IcsError::Syntax(_) | IcsError::NoCalendar)
    ));
    let truncated = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261207T100000Z\n";
    assert!(meetings(truncated, from, to, options).is_err());
}
