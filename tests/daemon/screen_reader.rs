//! The break window as a screen reader finds it: a real AT-SPI registry (Debian's
//! at-spi2-core, started by D-Bus activation on the test's private session bus) and an AT-SPI
//! client (`atspi_client.py`, with python3-pyatspi's GObject bindings) that turns
//! accessibility on, reads the window's nodes by role and name, and invokes *Done*, which
//! must record `break_completed`. `scripts/test` installs both packages.

use super::support::{Bus, Display, Guard, Home, wait_until};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn a_screen_reader_finds_the_step_countdown_and_buttons_and_done_completes_the_break() {
    let display = Display::start();
    let mut home = Home::new();
    let bus = Bus::start_for(&home);
    home.with_bus(&bus).with_display(&display);
    // The steady breathing exercise, so the step and countdown are known.
    let library = knotless::store::exercises::Library::builtin();
    let exclude: Vec<String> = library
        .exercises
        .iter()
        .filter(|e| e.id != "box-breathing")
        .map(|e| format!("{:?}", e.id))
        .collect();
    home.config(&format!(
        "[sound]\ncues = false\n[suggestions]\nequipment = []\nexclude = [{}]\n",
        exclude.join(", ")
    ));
    let _window = Guard(
        home.command_for(&["break"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let client = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/daemon/atspi_client.py");
    let out = home
        .command_with(Command::new("/usr/bin/python3").args([client, "Done", "30"]))
        .output()
        .expect("cannot run /usr/bin/python3 (scripts/test installs python3-pyatspi)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let nodes: Vec<(String, String)> = lines
        .iter()
        .filter(|v| v["role"].is_string())
        .map(|v| {
            (
                v["role"].as_str().unwrap().to_owned(),
                v["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let has =
        |role: &str, name: &dyn Fn(&str) -> bool| nodes.iter().any(|(r, n)| r == role && name(n));
    let exercise = library.get("box-breathing").unwrap();
    let steps = exercise.steps.len();
    assert!(has("label", &|n| n == exercise.title), "{nodes:?}");
    assert!(
        has("label", &|n| n == format!("Step 1 of {steps}")),
        "{nodes:?}"
    );
    assert!(
        has("label", &|n| n == exercise.steps[0].text),
        "the step's text: {nodes:?}"
    );
    assert!(
        has("label", &|n| n.ends_with(" s left")),
        "the countdown: {nodes:?}"
    );
    assert!(
        has("progress bar", &|n| n == format!("step 1 of {steps}")),
        "{nodes:?}"
    );
    assert!(
        has("image", &|n| n == "Illustration of Box breathing"),
        "{nodes:?}"
    );
    for button in ["Next", "Done", "Pause", "Snooze", "Skip"] {
        assert!(has("push button", &|n| n == button), "{button}: {nodes:?}");
    }
    let invoked = lines.last().unwrap();
    assert_eq!(invoked["invoked"], "Done", "{stdout}");
    assert_eq!(invoked["actions"][0], "click", "{stdout}");
    // Done, pressed by the screen reader, is recorded like a click.
    let completed = wait_until(
        "break_completed in history",
        Duration::from_secs(10),
        || {
            home.events()
                .into_iter()
                .find(|e| e["event"] == "break_completed")
        },
    );
    assert_eq!(completed["via"], "done");
}
