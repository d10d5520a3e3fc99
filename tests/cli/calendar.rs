//! `knotless plan` with meetings from a calendar: `--calendar FILE` and `[calendar] sources`.

use super::*;

/// A stand-up every Monday 10:00-10:15 (floating times: the user's zone, UTC here).
const STANDUP: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:standup\r\nDTSTART:20260105T100000\r\nDTEND:20260105T101500\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nSUMMARY:Stand-up\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// Typing from 09:25: without a calendar the break is due at 10:05, in the stand-up.
const MORNING: &str = "09:25 active\n12:00 end\n";

/// The reminder lines ("HH:MM  ...") of a timeline at or after `from` and before `to`.
fn reminders_between<'a>(text: &'a str, from: &str, to: &str) -> Vec<&'a str> {
    text.lines()
        .filter(|l| {
            let at = l.trim_start().get(..5).unwrap_or("");
            at >= from && at < to && (l.contains("break due") || l.contains("micro-pause"))
        })
        .collect()
}

#[test]
fn plan_with_a_weekly_standup_offers_the_break_before_it_and_none_during_it() {
    let home = Home::new();
    let without = plan_of(&home, MORNING, "", &[]);
    assert!(
        without.contains("  10:05  movement break due (sitting 40m)\n"),
        "{without}"
    );
    let calendar = home.write("standup.ics", STANDUP);
    let with = plan_of(
        &home,
        MORNING,
        "",
        &["--calendar", calendar.to_str().unwrap()],
    );
    assert!(
        with.contains("1 meeting from the calendar: no reminder during them; a break due within 15m of one is offered before it.\n"),
        "{with}"
    );
    assert!(
        with.contains(
            "  09:55  movement break due (sitting 30m), before the 10:00 meeting\n  09:55    break started\n"
        ),
        "{with}"
    );
    assert!(
        with.contains("  10:00  meeting until 10:15: Stand-up\n"),
        "{with}"
    );
    assert_eq!(
        reminders_between(&with, "10:00", "10:15"),
        Vec::<&str>::new()
    );
    // A weekly stand-up: Tuesday has none, and its break comes at 10:05 as usual.
    let two = plan_of(
        &home,
        MORNING,
        "",
        &[
            "--calendar",
            calendar.to_str().unwrap(),
            "--days",
            "2",
            "--timeline",
        ],
    );
    let tuesday = two.split("Tuesday 06 January 2026\n").nth(1).expect(&two);
    assert_eq!(two.matches("meeting until 10:15").count(), 1, "{two}");
    assert!(
        tuesday.contains("  10:05  movement break due (sitting 40m)\n"),
        "{two}"
    );
}

#[test]
fn plan_reads_the_configured_calendars_and_says_which_it_cannot() {
    let home = Home::new();
    home.write("cal/standup.ics", STANDUP);
    let config = "[calendar]\nsources = [\"~/cal/standup.ics\", \"~/cal/missing.ics\", \"https://calendar.example.org/secret.ics\"]\n";
    let text = plan_of(&home, MORNING, config, &[]);
    assert!(
        text.contains("  10:00  meeting until 10:15: Stand-up\n"),
        "{text}"
    );
    assert!(text.contains("before the 10:00 meeting"), "{text}");
    // The sources that gave nothing are named on stderr (a web calendar no daemon has
    // fetched yet too: plan reads the daemon's copies); the plan goes on without them.
    let file = home.write("config/knotless/config.toml", config);
    let out = home.run(&["plan", "--start", "2026-01-05"]);
    assert_eq!(code(&out), 0, "{} ({})", stderr(&out), file.display());
    let warnings = stderr(&out);
    assert!(
        warnings.contains("warning: calendar cannot read") && warnings.contains("missing.ics"),
        "{warnings}"
    );
    assert!(
        warnings.contains("https://calendar.example.org/secret.ics: not fetched yet"),
        "{warnings}"
    );
    // A --calendar file that is not there, or not a calendar, is bad usage.
    let out = home.run(&["plan", "--calendar", "/nonexistent/x.ics"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let html = home.write("page.ics", "<html>sign in</html>\n");
    let out = home.run(&["plan", "--calendar", html.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("page.ics"), "{}", stderr(&out));
}
