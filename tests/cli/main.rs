//! The `knotless` binary as a user meets it: help, exit codes, messages, files. Every run
//! gets its own XDG folders in a temp dir, never the real user's.

// `make install` and the freedesktop validators are for free desktops; on Windows (under
// Wine) the zip release is what installs.
#[cfg(unix)]
mod install;

mod calendar;
mod languages;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// `rel` with `/` between its parts, joined with the system's separator.
    fn path(&self, rel: &str) -> PathBuf {
        rel.split('/')
            .fold(self.dir.path().to_path_buf(), |path, part| path.join(part))
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_knotless"));
        command
            .args(args)
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_STATE_HOME", self.path("state"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("TZ", "UTC")
            // English whatever the machine speaks: the tests assert English texts.
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        command
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

#[test]
fn help_lists_every_verb_of_the_contract() {
    let out = Home::new().run(&["--help"]);
    assert_eq!(code(&out), 0);
    for verb in [
        "run",
        "status",
        "break",
        "pause",
        "resume",
        "snooze",
        "skip",
        "quit",
        "settings",
        "stats",
        "welcome",
        "plan",
        "config",
        "exercises",
        "history",
        "completions",
    ] {
        assert!(
            stdout(&out).contains(&format!("\n  {verb} ")),
            "--help lacks {verb}"
        );
    }
    assert!(stdout(&out).contains(
        "Exit codes: 0 ok, 1 failure, 2 bad usage or bad input, 3 knotless is not running"
    ));
    let plan = Home::new().run(&["plan", "--help"]);
    assert!(stdout(&plan).contains("--idle-script"), "{}", stdout(&plan));
}

#[test]
fn bad_usage_exits_2() {
    let home = Home::new();
    assert_eq!(code(&home.run(&["sit-less"])), 2);
    assert_eq!(code(&home.run(&["plan", "--hours", "30"])), 2);
    assert!(stderr(&home.run(&["plan", "--hours", "30"])).contains("hours must be from 0.5 to 16"));
    // Bad input is reported before anything looks for the daemon.
    let pause = home.run(&["pause", "soonish"]);
    assert_eq!(code(&pause), 2);
    assert!(
        stderr(&pause).contains("invalid value 'soonish' for '[DURATION]'"),
        "{}",
        stderr(&pause)
    );
    assert_eq!(code(&home.run(&["snooze", "5s"])), 2);
}

#[test]
fn daemon_verbs_without_a_daemon_exit_3_with_a_hint() {
    let home = Home::new();
    for args in [
        &["status"][..],
        &["status", "--json"],
        &["pause", "30m"],
        &["resume"],
        &["snooze"],
        &["skip"],
        &["quit"],
    ] {
        let out = home.run(args);
        assert_eq!(code(&out), 3, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("knotless is not running"),
            "{}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("start it with `knotless`"));
    }
}

#[test]
fn config_path_points_into_xdg_config_home() {
    let home = Home::new();
    let out = home.run(&["config", "path"]);
    assert_eq!(code(&out), 0);
    let file = home.path("config/knotless/config.toml");
    assert_eq!(stdout(&out).trim(), file.display().to_string());
    // No file yet: how to start one, with the path quoted (a Windows profile folder often
    // has a space in it).
    assert!(
        stderr(&out).contains(&format!(
            "`knotless config default > \"{}\"`",
            file.display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_default_is_the_shipped_file_and_checks_clean() {
    let home = Home::new();
    let out = home.run(&["config", "default"]);
    assert_eq!(
        stdout(&out),
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml"))
            .unwrap()
    );
    let file = home.write("config/knotless/config.toml", &stdout(&out));
    let check = home.run(&["config", "check"]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    assert_eq!(stdout(&check).trim(), format!("{}: ok", file.display()));
}

#[test]
fn config_check_names_file_line_key_value_and_range_and_exits_2() {
    let home = Home::new();
    let text = "# mine\n[movement]\nevery = \"5s\"   # too eager\nevrey = \"40m\"\n\n[hydratoin]\nenabled = true\n";
    let file = home.write("config/knotless/config.toml", text);
    let out = home.run(&["config", "check"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let f = file.display();
    assert!(
        err.contains(&format!(
            "{f}:3:9: movement.every = \"5s\": out of range; allowed: a duration from 10s to 8h"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{f}:4:1: movement.evrey: unknown key; did you mean `every`?"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{f}:6:2: hydratoin: unknown section [hydratoin]; did you mean [hydration]?"
        )),
        "{err}"
    );
    assert!(err.contains("3 problems in"), "{err}");
    // Reading a bad file never changes it.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let plan = home.run(&["plan", "--start", "2026-01-05"]);
    assert_eq!(code(&plan), 0);
    assert!(
        stderr(&plan).contains("using the default for it"),
        "{}",
        stderr(&plan)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn config_check_of_a_missing_explicit_file_is_bad_input() {
    let home = Home::new();
    let out = home.run(&["config", "check", "/nonexistent/knotless.toml"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no config file at /nonexistent/knotless.toml"));
    let out = home.run(&["config", "check"]);
    assert_eq!(
        code(&out),
        0,
        "no config of your own is fine: defaults apply"
    );
    assert!(stdout(&out).contains("no config file; knotless uses the defaults"));
}

#[test]
fn config_check_reports_broken_toml_with_its_line() {
    let home = Home::new();
    let file = home.write("c.toml", "[movement]\nevery = \"40m\nlength = \"2m\"\n");
    let out = home.run(&["config", "check", file.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!("{}:2:", file.display())),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("not valid TOML"));
}

#[test]
fn plan_prints_a_sensible_day() {
    let out = Home::new().run(&["plan", "--hours", "8", "--start", "2026-01-05"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("typing 09:00–13:00, away 13:00–13:45, typing 13:45–17:45"),
        "{text}"
    );
    assert!(text.contains("Monday 05 January 2026"));
    assert!(
        text.contains("  09:40  movement break due (sitting 40m) + micro-pause\n"),
        "{text}"
    );
    assert!(
        text.contains("  13:45  back after 45m away: natural break\n"),
        "{text}"
    );
    assert!(
        text.contains("breaks 11 taken (10 done, 1 natural)"),
        "{text}"
    );
}

/// `plan` over `script` with the `config` file (micro-pauses and water off in it), from
/// Monday 5 January 2026, plus `more` arguments; what it prints.
fn plan_of(home: &Home, script: &str, config: &str, more: &[&str]) -> String {
    let script = home.write("day.txt", script);
    let config = home.write(
        "c.toml",
        &format!("{config}[micro_pause]\nenabled = false\n[hydration]\nenabled = false\n"),
    );
    let mut args = vec![
        "plan",
        "--idle-script",
        script.to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
        "--start",
        "2026-01-05",
    ];
    args.extend(more);
    let out = home.run(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn plan_follows_an_idle_script_and_a_config_file() {
    let home = Home::new();
    let text = plan_of(
        &home,
        "08:00 active\n08:30 meeting\n09:00 away\n09:10 active\n09:40 end\n",
        "[movement]\nevery = \"25m\"\n",
        &["--respond", "skip"],
    );
    assert!(
        text.contains("  08:25  movement break due (sitting 25m)\n  08:25    skipped\n"),
        "{text}"
    );
    assert!(
        text.contains("  08:50  movement break due (sitting 50m)\n"),
        "{text}"
    );
    // The last click of the call was at 08:58: away from then.
    assert!(
        text.contains("  09:10  back after 12m away: natural break\n"),
        "{text}"
    );
    assert!(
        text.contains("  09:35  movement break due (sitting 25m)\n"),
        "{text}"
    );
}

#[test]
fn plan_with_a_standing_script_holds_the_sitting_clock_and_shows_the_nudges() {
    let home = Home::new();
    // The README's sit-stand morning.
    let text = plan_of(
        &home,
        "09:00 active\n09:30 standing\n10:00 sitting\n11:00 end\n",
        "",
        &[],
    );
    assert!(
        text.contains("Sit-stand desk (on for this plan: the script stands): stand for 15m after sitting 30m; change position after standing 45m.\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  09:30  stand for a while? (sitting 30m)\n  09:30  stood up\n  10:00  sat down after standing 30m\n  10:10  movement break due (sitting 40m)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  10:42  stand for a while? (sitting 30m)\n"),
        "{text}"
    );
    assert!(text.contains("standing     30m"), "{text}");
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains("  09:30  stand for a while? (sitting 30m)\n  09:30  stood up\n  10:00  sat down after standing 30m\n  10:10  movement break due (sitting 40m)\n"),
        "the README shows what plan prints"
    );
    // A posture line before any activity is refused, naming the line.
    let bad = home.write("bad.txt", "09:00 standing\n09:10 active\n10:00 end\n");
    let out = home.run(&["plan", "--idle-script", bad.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("bad.txt:line 1: a posture line needs an activity before it"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn plan_rejects_a_broken_script_naming_the_line() {
    let home = Home::new();
    let script = home.write("day.txt", "09:00 active\n10:00 juggling\n11:00 end\n");
    let out = home.run(&["plan", "--idle-script", script.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!(
            "{}:line 2: unknown activity `juggling`",
            script.display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn plan_for_a_year_prints_a_line_a_day_and_totals() {
    let out = Home::new().run(&["plan", "--days", "365", "--start", "2026-01-05"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert_eq!(
        text.lines()
            .filter(|l| l.contains("sitting  7h 40m"))
            .count(),
        365,
        "{}",
        text.chars().take(600).collect::<String>()
    );
    assert!(text.contains("Over 365 days: sitting"));
}

const HISTORY: &str = concat!(
    r#"{"v":1,"at":"2026-01-05T09:40:00+00:00","event":"reminder","id":1,"kinds":["movement","micro_pause"],"sitting_secs":2400}"#,
    "\n",
    r#"{"v":1,"at":"2026-01-05T09:42:00+00:00","event":"break_completed","id":1,"secs":120,"via":"done"}"#,
    "\n",
    r#"{"v":2,"at":"2026-01-05T09:43:00+00:00","event":"stretch_rating","stars":5}"#,
    "\n",
    r#"{"v":1,"at":"2026-01-05T09:44:00+00:00","event":"skipp"#,
);

#[test]
fn history_export_json_keeps_unknown_events_and_reports_a_torn_tail() {
    let home = Home::new();
    home.write("data/knotless/history.jsonl", HISTORY);
    let out = home.run(&["history", "export", "--format", "json"]);
    assert_eq!(code(&out), 0);
    let all: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["event"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["reminder", "break_completed", "stretch_rating"]);
    assert_eq!(all[2]["stars"], 5);
    assert!(
        stderr(&out).contains("history.jsonl:4: skipped torn last line"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn history_export_csv_has_a_column_per_field() {
    let home = Home::new();
    home.write("data/knotless/history.jsonl", HISTORY);
    let file = home.path("out.csv");
    let out = home.run(&[
        "history",
        "export",
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0);
    let csv = std::fs::read_to_string(file).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "at,event,v,id,kinds,secs,sitting_secs,stars,via");
    assert_eq!(
        lines[1],
        "2026-01-05T09:40:00+00:00,reminder,1,1,movement;micro_pause,,2400,,"
    );
    assert_eq!(
        lines[3],
        "2026-01-05T09:43:00+00:00,stretch_rating,2,,,,,5,"
    );
    assert_eq!(lines.len(), 4);
}

#[test]
fn empty_history_exports_an_empty_array() {
    let out = Home::new().run(&["history", "export"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stdout(&out), "[\n]\n");
}

#[test]
fn stats_text_summarises_days_from_history() {
    use chrono::TimeZone;
    use clap::Parser;
    use knotless::commands::{Context, run};
    use knotless::platform::{clock::FixedClock, paths::Paths};
    let home = Home::new();
    let day = concat!(
        r#"{"v":1,"at":"2026-01-05T09:40:00+00:00","event":"sitting","secs":2400,"span_secs":2400}"#,
        "\n",
        r#"{"v":1,"at":"2026-01-05T09:42:00+00:00","event":"break_completed","id":1,"secs":120}"#,
        "\n",
        r#"{"v":1,"at":"2026-01-05T10:30:00+00:00","event":"break_skipped","id":2}"#,
        "\n",
        r#"{"v":1,"at":"2025-12-01T10:30:00+00:00","event":"break_skipped","id":1}"#,
        "\n",
    );
    home.write("data/knotless/history.jsonl", day);
    let paths = Paths {
        config_dir: home.path("config/knotless"),
        data_dir: home.path("data/knotless"),
        state_dir: home.path("state/knotless"),
        runtime_dir: home.path("run/knotless"),
    };
    // "Today" is Wednesday 7 January 2026; a week back reaches the 5th but not December.
    let clock = FixedClock(chrono::Utc.with_ymd_and_hms(2026, 1, 7, 12, 0, 0).unwrap());
    let cx = Context {
        paths,
        clock: &clock,
    };
    let mut out = Vec::new();
    run(
        knotless::cli::Cli::parse_from(["knotless", "stats", "--text", "--days", "7"]),
        &cx,
        &mut out,
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("sitting     40m · longest    40m · breaks 1 taken (1 done, 0 natural) · 0 snoozed · 1 skipped"), "{text}");
}

#[test]
fn completions_are_generated_for_bash() {
    let out = Home::new().run(&["completions", "bash"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("_knotless()"));
}

// Windows always has a desktop, where `settings` opens the window.
#[cfg(unix)]
#[test]
fn settings_writes_the_documented_defaults_once_and_says_where_they_are() {
    let home = Home::new();
    // No `xdg-open` on this PATH: nothing is opened, the message says where to edit.
    let empty = home.path("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    let out = home
        .command(&["settings"])
        .env("PATH", &empty)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = home.path("config/knotless/config.toml");
    assert!(
        stdout(&out).starts_with(&format!("Edit {}", file.display())),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        knotless::config::DEFAULT_TOML
    );
    // A file that is there is never overwritten.
    std::fs::write(&file, "[movement]\nevery = \"30m\"\n").unwrap();
    let again = home
        .command(&["settings"])
        .env("PATH", &empty)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(code(&again), 0);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "[movement]\nevery = \"30m\"\n"
    );
}

const MY_EXERCISE: &str = r#"id = "desk-push-ups"
title = "Desk push-ups"
summary = "Hands on the desk edge, ten slow push-ups."
regions = ["chest", "shoulders"]
loads = ["chest", "shoulders", "wrists"]
kind = "mobility"
position = "standing"
equipment = []
frames = ["desk-push-ups.svg"]

[[steps]]
text = "Hands on the edge of a steady desk, step back."
seconds = 10

[[steps]]
text = "Ten slow push-ups."
seconds = 40
"#;

const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"></svg>"#;

#[test]
fn exercises_list_and_show_cover_builtins_and_your_own() {
    let home = Home::new();
    home.write("config/knotless/exercises/desk-push-ups.toml", MY_EXERCISE);
    home.write("config/knotless/exercises/desk-push-ups.svg", SVG);
    let out = home.run(&["exercises", "list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("ID "), "{text}");
    assert!(text.contains("ball-upper-back-wall "), "{text}");
    assert!(text.contains("Desk push-ups  (yours)"), "{text}");
    let total = knotless_exercises::library::builtin_files().len() + 1;
    assert!(
        text.contains(&format!("{total} exercises (1 yours")),
        "{text}"
    );

    let show = home.run(&["exercises", "show", "desk-push-ups"]);
    assert_eq!(code(&show), 0);
    assert!(stdout(&show).starts_with("Desk push-ups  (desk-push-ups, yours, "));
    assert!(stdout(&show).contains("1. Hands on the edge of a steady desk, step back. (10 s)"));

    let show = home.run(&["exercises", "show", "ball-upper-back-wall"]);
    assert!(stdout(&show).contains("! Gentle pressure only: don't push into pain."));

    let unknown = home.run(&["exercises", "show", "ball-uper-back-wall"]);
    assert_eq!(code(&unknown), 2);
    assert!(
        stderr(&unknown).contains("did you mean `ball-upper-back-wall`?"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn exercises_check_accepts_good_files_and_names_file_line_and_field_of_bad_ones() {
    let home = Home::new();
    let good = home.write("mine/desk-push-ups.toml", MY_EXERCISE);
    home.write("mine/desk-push-ups.svg", SVG);
    let out = home.run(&["exercises", "check", good.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with(": ok: \"Desk push-ups\", 2 steps, 50s, 1 illustration frame\n")
    );

    let broken = home.write(
        "mine/broken.toml",
        &MY_EXERCISE
            .replace("kind = \"mobility\"", "kind = \"self_massage\"")
            .replace("seconds = 40", "seconds = 4000"),
    );
    let out = home.run(&["exercises", "check", broken.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let file = broken.display();
    assert!(
        err.contains(&format!(
            "{file}:17: steps[1].seconds: from 3 to 300 seconds"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}: cautions: a self-massage must carry the safety line"
        )),
        "{err}"
    );
    assert!(
        err.contains("talk to a healthcare provider before self-massage"),
        "{err}"
    );
    assert!(err.contains("has 4 problems"), "{err}");

    let typo = home.write(
        "mine/typo.toml",
        &MY_EXERCISE.replace("regions =", "region ="),
    );
    let out = home.run(&["exercises", "check", typo.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(":4: region: unknown field `region`"),
        "{}",
        stderr(&out)
    );

    let no_frame = home.write("other/desk-push-ups.toml", MY_EXERCISE);
    let out = home.run(&["exercises", "check", no_frame.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(":9: frames[0]: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn status_format_templates_are_checked_before_anything_else() {
    let home = Home::new();
    let out = home.run(&["status", "--format", "{sittin} · {next}"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("unknown placeholder {sittin}; known: {sitting} {sitting_secs}"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["status", "--format", "a } b"]);
    assert_eq!(code(&out), 2);
    // A good template without a daemon: not running.
    let out = home.run(&["status", "--format", "{sitting}"]);
    assert_eq!(code(&out), 3);
}

/// `knotless break` with no desktop to open a window on: what it prints.
#[cfg(unix)]
fn break_in_a_terminal(home: &Home) -> String {
    let out = home
        .command(&["break"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

// Windows always has a desktop to open windows on.
#[cfg(unix)]
#[test]
fn break_without_a_daemon_or_a_desktop_prints_a_suggestion() {
    let home = Home::new();
    let text = break_in_a_terminal(&home);
    assert!(
        text.contains("knotless is not running, so this break is not counted"),
        "{text}"
    );
    assert!(text.contains("\n1. "), "the steps: {text}");
}

// Windows always has a desktop to open windows on.
#[cfg(unix)]
#[test]
fn break_without_a_daemon_keeps_to_a_neck_hold_from_history() {
    let home = Home::new();
    home.write(
        "data/knotless/history.jsonl",
        "{\"v\":1,\"at\":\"2026-12-01T09:00:00+00:00\",\"event\":\"checkin\",\
         \"areas\":[{\"region\":\"neck\",\"score\":5,\"red_flag\":true}]}\n",
    );
    home.write(
        "config/knotless/config.toml",
        "[suggestions]\nfocus = [\"neck\"]\nequipment = [\"ball\", \"foam_roller\", \"wall\", \
         \"chair\", \"strap\", \"heat_pack\", \"cold_pack\", \"water\"]\n",
    );
    let library = knotless_exercises::library::Library::builtin();
    let neck_work: Vec<&str> = library
        .exercises
        .iter()
        .filter(|e| {
            e.loads()
                .contains(&knotless_exercises::exercise::Region::Neck)
        })
        .map(|e| e.id.as_str())
        .collect();
    let mut seen = Vec::new();
    for _ in 0..15 {
        let text = break_in_a_terminal(&home);
        let id = text
            .split_once("  (")
            .and_then(|(_, rest)| rest.split_once(','))
            .map(|(id, _)| id.to_owned())
            .unwrap_or_else(|| panic!("no id in {text}"));
        assert!(
            !neck_work.contains(&id.as_str()),
            "{id} loads the held neck"
        );
        seen.push(id);
    }
    // Each run picks with its own seed: more than one suggestion came up.
    seen.sort();
    seen.dedup();
    assert!(seen.len() > 1, "{seen:?}");
}

// Windows always has a desktop to open windows on.
#[cfg(unix)]
#[test]
fn without_a_desktop_stats_prints_the_table_and_welcome_points_at_the_config() {
    let home = Home::new();
    let empty = home.path("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    let run = |args: &[&str]| {
        home.command(args)
            .env("PATH", &empty)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap()
    };
    let stats = run(&["stats"]);
    assert_eq!(code(&stats), 0, "{}", stderr(&stats));
    assert_eq!(stdout(&stats), "No history in the last 14 days yet.\n");
    let welcome = run(&["welcome"]);
    assert_eq!(code(&welcome), 0, "{}", stderr(&welcome));
    assert!(
        stdout(&welcome).contains("[suggestions] focus and equipment, and [startup] autostart"),
        "{}",
        stdout(&welcome)
    );
    assert!(home.path("config/knotless/config.toml").exists());
}

/// The user's desk push-ups with a figure of their own instead of SVG frames.
fn with_figure(keys: &str) -> String {
    MY_EXERCISE.replace("frames = [\"desk-push-ups.svg\"]\n", "")
        + "\n[figure]\nview = \"side\"\nscene = [\"desk\"]\ncontacts = [\"feet:floor\", \"hands:desk\"]\n"
        + keys
}

#[test]
fn exercises_render_draws_builtins_and_your_own_and_names_the_line_of_a_bad_pose() {
    let home = Home::new();
    let out_dir = home.path("drawn");
    let out = home.run(&[
        "exercises",
        "render",
        "cross-body-shoulder",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(written.len(), 4, "one SVG a keyframe: {written:?}");
    let svg = std::fs::read_to_string(&written[2]).unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    assert!(
        svg.contains("<title>Cross-body shoulder stretch, step 2: With your left forearm"),
        "{svg}"
    );

    // Your own: a lean onto the desk and back.
    let keys = "\n[[figure.key]]\nstep = 1\nbody = { trunk_flex = 40 }\nleft = { shoulder_flex = 60 }\nright = { shoulder_flex = 60 }\n\n[[figure.key]]\nstep = 2\nbody = { trunk_flex = 55 }\nleft = { elbow = 60 }\nright = { elbow = 60 }\n";
    let mine = home.write("mine/desk-push-ups.toml", &with_figure(keys));
    let check = home.run(&["exercises", "check", mine.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    assert!(
        stdout(&check).ends_with("a moving figure of 2 keyframes\n"),
        "{}",
        stdout(&check)
    );
    let out = home.run(&[
        "exercises",
        "render",
        mine.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out_dir.join("desk-push-ups-2.svg").exists());

    // A misspelt joint and an elbow bent backwards: file, line and field, nothing drawn.
    let bad = home.write(
        "mine/bad.toml",
        &with_figure(
            &keys
                .replace("left = { elbow = 60 }", "left = { elbw = 60 }")
                .replace("right = { elbow = 60 }", "right = { elbow = -20 }"),
        ),
    );
    let out = home.run(&[
        "exercises",
        "render",
        bad.to_str().unwrap(),
        "--out",
        home.path("bad").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let file = bad.display();
    let text = std::fs::read_to_string(&bad).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let (elbw, backwards) = (line_of("elbw"), line_of("elbow = -20"));
    assert!(
        err.contains(&format!(
            "{file}:{elbw}: figure.key[1].left.elbw: unknown joint `elbw`"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}:{backwards}: figure.key[1].right.elbow: -20 is beyond elbow's range, 0 to 150 degrees"
        )),
        "{err}"
    );
    assert!(!home.path("bad").exists());

    // A pose that reads but breaks a rule (the feet off the floor) is drawn, to see why.
    let floating = home.write(
        "mine/floating.toml",
        &with_figure(&keys.replace("body = { trunk_flex = 55 }", "body = { trunk_flex = 55 }\ncontacts = [\"hands:desk\", \"feet:floor\", \"knees:floor\"]")),
    );
    let out = home.run(&[
        "exercises",
        "render",
        floating.to_str().unwrap(),
        "--out",
        home.path("floating").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("figure.key[1]: the contact knees:floor is"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("drawing it anyway"));
}

#[test]
fn checkin_from_the_command_line_holds_and_releases_an_area_without_a_daemon() {
    let home = Home::new();
    let out = home.run(&["checkin", "neck=5", "--warning", "neck"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("neck: 5 of 10: on hold"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("doctor or a physical therapist"),
        "{}",
        stdout(&out)
    );
    // Asked again, the held neck comes first with why it is held.
    let out = home.run(&["checkin"]);
    let text = stdout(&out);
    assert!(text.starts_with("Neck is on hold since "), "{text}");
    assert!(text.contains("a warning sign"), "{text}");
    assert!(text.contains("knotless checkin neck=N"), "{text}");
    // Better is not fine; fine lifts it. Each answer is in history.
    let out = home.run(&["checkin", "neck=4"]);
    assert!(stdout(&out).contains("still on hold"), "{}", stdout(&out));
    let out = home.run(&["checkin", "neck=2"]);
    assert!(
        stdout(&out).contains("fine again: the hold is lifted"),
        "{}",
        stdout(&out)
    );
    let history = std::fs::read_to_string(home.path("data/knotless/history.jsonl")).unwrap();
    assert_eq!(
        history.matches("\"event\":\"checkin\"").count(),
        3,
        "{history}"
    );
    assert!(!stdout(&home.run(&["checkin"])).contains("on hold"));
    // Bad answers are usage errors, and nothing is written.
    for args in [
        &["checkin", "eyes=3"][..],
        &["checkin", "neck=11"],
        &["checkin", "neck=3", "--warning", "hips"],
        &["checkin", "--warning", "neck"],
        &["checkin", "neck=3", "neck=4"],
    ] {
        assert_eq!(code(&home.run(args)), 2, "{args:?}");
    }
    let after = std::fs::read_to_string(home.path("data/knotless/history.jsonl")).unwrap();
    assert_eq!(after, history);
}

#[test]
fn plan_shows_the_asks_of_an_ignored_break_under_each_insistence_level() {
    let script = "09:00 active\n10:10 end\n";
    let quiet = "[movement]\n";
    let home = Home::new();
    let never = plan_of(
        &home,
        script,
        &format!("{quiet}insist = \"never\"\n"),
        &["--respond", "ignore"],
    );
    assert!(
        never.contains("  09:40  movement break due (sitting 40m)\n  09:43    missed: no answer\n"),
        "{never}"
    );
    let gentle = plan_of(
        &home,
        script,
        &format!("{quiet}insist = \"gentle\"\n"),
        &["--respond", "ignore"],
    );
    assert!(
        gentle.contains(
            "  09:43    no answer: asked again after a snooze's length\n  09:48  movement break due (sitting 48m) again (unanswered once)\n  09:51    missed: no answer\n"
        ),
        "{gentle}"
    );
    let firm = plan_of(
        &home,
        script,
        &format!("{quiet}insist = \"firm\"\nheads_up = \"1m\"\n"),
        &["--respond", "ignore"],
    );
    assert!(
        firm.contains("  09:39  heads-up: a break in 1m\n"),
        "{firm}"
    );
    assert!(
        firm.contains("  09:56  movement break due (sitting 56m) again in the break window (unanswered twice)\n  09:59    missed: no answer\n"),
        "{firm}"
    );
    assert!(
        firm.contains("heads-up 1m before; unanswered: asked once more, then in the break window"),
        "{firm}"
    );
}
