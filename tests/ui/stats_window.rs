//! The statistics window from a prepared history: the days, the outcomes, the regions moved
//! this week, the summary, the table, and Export.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knotless::store::history::HistoryLog;
use knotless::ui::stats_window::StatsView;
use knotless_core::history::{CompletedVia, Event, EventKind};
use knotless_exercises::exercise::Region;
use knotless_exercises::library::Library;

fn now() -> DateTime<Utc> {
    // Monday 23 November 2026, evening.
    Utc.with_ymd_and_hms(2026, 11, 23, 18, 0, 0).unwrap()
}

/// `days_ago` days before today at `hour`:00.
fn at(days_ago: i64, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap() - TimeDelta::days(days_ago)
}

fn ev(at: DateTime<Utc>, kind: EventKind) -> Event {
    Event { at, kind }
}

fn sitting(secs: u64) -> EventKind {
    EventKind::Sitting {
        secs,
        span_secs: secs,
    }
}

fn suggested(exercise: &str) -> EventKind {
    EventKind::Suggested {
        id: Some(1),
        exercise: exercise.into(),
    }
}

fn done() -> EventKind {
    EventKind::BreakCompleted {
        id: Some(1),
        secs: 120,
        via: CompletedVia::Done,
    }
}

fn history() -> Vec<Event> {
    vec![
        // Ten days ago: outside "this week".
        ev(at(10, 10), sitting(7200)),
        ev(at(10, 10), suggested("calf-raises")),
        ev(at(10, 11), done()),
        // Yesterday.
        ev(at(1, 10), sitting(3600)),
        ev(at(1, 10), suggested("neck-side-stretch")),
        ev(at(1, 10), done()),
        ev(at(1, 11), EventKind::BreakSkipped { id: Some(2) }),
        ev(at(1, 12), EventKind::Missed { id: 3 }),
        ev(at(1, 13), sitting(1800)),
        // Today.
        ev(at(0, 11), sitting(5400)),
        ev(at(0, 11), suggested("ball-upper-back-wall")),
        ev(
            at(0, 11),
            EventKind::Snoozed {
                id: 4,
                for_secs: 300,
                snoozes_left: 1,
            },
        ),
        ev(at(0, 12), done()),
        ev(
            at(0, 13),
            EventKind::NaturalBreak {
                away_secs: 2700,
                id: None,
            },
        ),
        ev(
            at(1, 17),
            checkin(&[(Region::Neck, 6), (Region::UpperBack, 3)]),
        ),
        ev(at(0, 9), checkin(&[(Region::Neck, 2)])),
        ev(at(0, 17), checkin(&[(Region::Neck, 4)])),
    ]
}

fn checkin(areas: &[(Region, u8)]) -> EventKind {
    EventKind::Checkin {
        areas: areas
            .iter()
            .map(|&(region, score)| knotless_core::history::AreaCheck {
                region,
                score,
                red_flag: false,
            })
            .collect(),
    }
}

pub(crate) fn view(dir: &std::path::Path) -> StatsView {
    let log = HistoryLog::new(dir.join("history.jsonl"));
    log.append(&history(), &Utc).unwrap();
    let records = log.read().unwrap().records;
    let library = Library::builtin();
    StatsView::new(records, &library, now(), &Utc, 14, dir.join("exports"))
}

#[test]
fn fourteen_days_with_outcomes_and_the_regions_moved_this_week() {
    let dir = tempfile::tempdir().unwrap();
    let view = view(dir.path());
    let days = view.days();
    assert_eq!(days.len(), 14, "every day, with or without history");
    assert_eq!(days[0].date.to_string(), "2026-11-10");
    assert_eq!(days[13].date.to_string(), "2026-11-23");
    assert_eq!(days[3].sitting_secs, 7200, "ten days ago");
    assert_eq!(days[5].sitting_secs, 0, "a day without history is a zero");
    let yesterday = &days[12];
    assert_eq!(
        (yesterday.sitting_secs, yesterday.longest_stretch_secs),
        (5400, 3600)
    );
    assert_eq!(
        (yesterday.completed, yesterday.skipped, yesterday.missed),
        (1, 1, 1)
    );
    let today = &days[13];
    assert_eq!((today.completed, today.natural, today.snoozed), (1, 1, 1));
    assert_eq!(
        view.discomfort(),
        [
            (Region::Neck, vec![[12.0, 6.0], [13.0, 3.0]]),
            (Region::UpperBack, vec![[12.0, 3.0]])
        ]
    );
    // Yesterday's neck stretch and today's tennis ball; not the calf raises of ten days ago.
    assert_eq!(
        view.regions(),
        [
            (Region::Shoulders, 2),
            (Region::Neck, 1),
            (Region::UpperBack, 1)
        ]
    );
}

#[test]
fn the_window_shows_summary_plots_regions_and_table_and_exports_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(700.0, 2600.0))
        .build_ui_state(|ui, view: &mut StatsView| view.ui(ui), view(dir.path()));
    h.run();
    h.get_by_label("Your last 14 days");
    h.get_by_label("Last 7 days: sitting 3h, 3 breaks taken, longest stretch 1h 30m.");
    h.get_by_label("Sitting time per day (hours)");
    h.get_by_label("Breaks by outcome per day");
    h.get_by_label("Body regions moved this week");
    // Each region's bar is labelled by the region.
    h.get_by_role_and_label(Role::ProgressIndicator, "shoulders");
    h.get_by_role_and_label(Role::ProgressIndicator, "upper back");
    assert!(h.query_by_label("legs").is_none(), "not moved this week");

    // The same numbers as a table: a header row, then a row a day, newest first.
    let rows = table(&h);
    assert_eq!(
        rows[0],
        [
            "Day", "Sitting", "Longest", "Done", "Natural", "Snoozed", "Skipped", "Missed"
        ]
    );
    assert_eq!(rows.len(), 1 + 14, "a row a day");
    assert_eq!(
        rows[1],
        ["Mon 23 Nov", "1h 30m", "1h 30m", "1", "1", "1", "0", "0"]
    );
    assert_eq!(
        rows[2],
        ["Sun 22 Nov", "1h 30m", "1h", "1", "0", "0", "1", "1"]
    );
    assert_eq!(rows[3][1], "–", "a day without sitting");

    // The check-ins: a line per area, a point per day (the day's mean).
    h.get_by_label("Discomfort from your check-ins (0 fine, 10 a lot)");
    h.get_by_label("Report for a physical therapist");
    h.get_by_label_contains("How the areas felt (discomfort 0-10, 3 check-ins");
    h.get_by_label("Save report").click();
    h.run();
    let report = dir.path().join("exports/knotless-report-2026-11-23.txt");
    h.get_by_label(&format!("Saved {}", report.display()));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .starts_with("knotless report: ")
    );

    h.get_by_label("Export CSV").click();
    h.run();
    let file = dir.path().join("exports/knotless-history-2026-11-23.csv");
    h.get_by_label(&format!("Saved {}", file.display()));
    let csv = std::fs::read_to_string(&file).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("at,event,v,"), "{csv}");
    assert_eq!(lines.count(), history().len(), "one row per event");
    assert!(csv.contains(",natural_break,"), "{csv}");
}

#[test]
fn an_empty_history_says_so_instead_of_drawing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::builtin();
    let view = StatsView::new(
        Vec::new(),
        &library,
        now(),
        &Utc,
        14,
        dir.path().to_path_buf(),
    );
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(700.0, 2600.0))
        .build_ui_state(|ui, view: &mut StatsView| view.ui(ui), view);
    h.run();
    h.get_by_label("Last 7 days: sitting 0s, 0 breaks taken, longest stretch 0s.");
    // What will appear, and when, instead of empty plots.
    h.get_by_label("Nothing to show yet");
    h.get_by_label_contains("Your first day appears here after your first movement break");
    assert!(h.query_by_role(Role::Table).is_none());
    assert!(h.query_by_label("Breaks by outcome per day").is_none());
    h.get_by_label("Close").click();
    h.run();
    assert!(h.state().wants_close());
}

/// The text of every cell of the table, row by row, as a screen reader finds them.
fn table(h: &Harness<'static, StatsView>) -> Vec<Vec<String>> {
    let table = h.get_by_role_and_label(Role::Table, "Day by day");
    table
        .query_all_by_role(Role::Row)
        .map(|row| {
            row.query_all_by(|n| {
                matches!(n.role(), Role::ColumnHeader | Role::RowHeader | Role::Cell)
            })
            .map(|cell| {
                cell.query_by_role(Role::Label)
                    .and_then(|l| l.accesskit_node().value())
                    .unwrap_or_default()
            })
            .collect()
        })
        .collect()
}

#[test]
fn with_a_sit_stand_desk_sitting_and_standing_stack_per_day() {
    let dir = tempfile::tempdir().unwrap();
    let log = HistoryLog::new(dir.path().join("history.jsonl"));
    let stood = |secs| EventKind::SatDown {
        standing_secs: secs,
        auto: false,
    };
    let mut events = history();
    events.push(ev(at(1, 15), EventKind::StoodUp));
    events.push(ev(at(1, 16), stood(3600)));
    events.push(ev(at(0, 10), EventKind::StoodUp));
    events.push(ev(at(0, 10) + TimeDelta::minutes(45), stood(45 * 60)));
    events.sort_by_key(|e| e.at);
    log.append(&events, &Utc).unwrap();
    let records = log.read().unwrap().records;
    let view = StatsView::new(
        records,
        &Library::builtin(),
        now(),
        &Utc,
        14,
        dir.path().join("exports"),
    );
    assert_eq!(view.days()[12].standing_secs, 3600);
    assert_eq!(view.days()[13].standing_secs, 45 * 60);
    assert_eq!(
        view.days()[13].sitting_secs,
        5400,
        "standing is not sitting"
    );
    assert!(view.has_standing());
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(700.0, 2600.0))
        .build_ui_state(|ui, view: &mut StatsView| view.ui(ui), view);
    h.run();
    h.get_by_label("Sitting and standing per day (hours)");
    h.get_by_label(
        "Last 7 days: sitting 3h, standing 1h 45m, 3 breaks taken, longest stretch 1h 30m.",
    );
    let rows = table(&h);
    assert_eq!(rows[0][2], "Standing");
    assert_eq!(rows[1][..4], ["Mon 23 Nov", "1h 30m", "45m", "1h 30m"]);
}

#[test]
fn in_the_pseudo_language_no_english_is_left() {
    knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
        let dir = tempfile::tempdir().unwrap();
        // egui's own font lacks some of the pseudo-language's accented letters (ẋ, ẇ).
        let mut h = Harness::builder()
            .allow_missing_glyphs()
            .with_size(eframe::egui::vec2(knotless::ui::STATS_SIZE[0], 2600.0))
            .build_ui_state(|ui, view: &mut StatsView| view.ui(ui), view(dir.path()));
        h.run();
        assert_eq!(
            crate::settings_window::past_the_edge(&h, knotless::ui::STATS_SIZE[0]),
            Vec::<String>::new()
        );
        // Other parts' words: the body regions' names and the report for a physical
        // therapist (translated with the break window and the report).
        let library = Library::builtin();
        let report = knotless_exercises::report::report(&history(), now(), &Utc, 30, |id| {
            library.get(id).map(|e| e.title.as_str())
        });
        let theirs: Vec<String> = <Region as strum::IntoEnumIterator>::iter()
            .map(|r| r.label().to_string())
            .chain([report])
            .collect();
        h.get_by_label(&knotless_i18n::t!("stats-title", days = 14));
        assert_eq!(
            crate::settings_window::english_left(&h, &theirs),
            Vec::<String>::new()
        );
    });
}
