//! The break window as a screen reader finds it: a real AT-SPI registry (Debian's
//! at-spi2-core, started by D-Bus activation on the test's private session bus) and an AT-SPI
//! client (`atspi_client.py`, with python3-pyatspi's GObject bindings) that turns
//! accessibility on, reads the window's nodes by role and name, and invokes *Done*, which
//! must record `break_completed`. `scripts/test` installs both packages.

use super::support::{Bus, Display, Home};

#[test]
fn a_screen_reader_finds_the_step_countdown_and_buttons_and_done_completes_the_break() {
    let display = Display::start();
    let mut home = Home::new();
    let bus = Bus::start_for(&home);
    home.with_bus(&bus).with_display(&display);
    // The steady breathing exercise, so the step and countdown are known.
    home.config(&format!(
        "[sound]\ncues = false\n[suggestions]\nequipment = []\n{}\n",
        super::support::exclude_builtins_but(Some("box-breathing"))
    ));
    let _window = home.break_window();
    // Done before the last step asks first ("Done early?"): two presses.
    let lines = home.press_through_atspi("Done early", 30);
    let stdout = format!("{lines:?}");
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
    let library = knotless_exercises::library::Library::builtin();
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
        has("label", &|n| n.starts_with("0:") && n.ends_with(" left")),
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
    // No daemon runs, so there is nothing to snooze.
    for button in ["Next", "Done early", "Pause", "Skip"] {
        assert!(has("push button", &|n| n == button), "{button}: {nodes:?}");
    }
    let invoked = lines.last().unwrap();
    assert_eq!(invoked["invoked"], "Done early", "{stdout}");
    assert_eq!(invoked["actions"][0], "click", "{stdout}");
    let confirmed = home.press_through_atspi("Yes, done", 30);
    assert_eq!(confirmed.last().unwrap()["invoked"], "Yes, done");
    // Done, pressed by the screen reader, is recorded like a click.
    assert_eq!(home.break_completed()["via"], "done");
}
