//! Sound cues against a real sound server: a private PulseAudio with a null sink, recorded
//! from the sink's monitor with `parec` while the real break window runs a break of three
//! five-second steps (the second switches sides). The recording must hold three cues, one
//! at each step change and one at the end, five seconds apart, with silence in between, and
//! the end cue must differ from the step cue. With the voice on instead, the recording must
//! hold speech at each step's start and "Done." at the end, through a real speech-dispatcher
//! and espeak-ng, on PulseAudio and on PipeWire (in a fresh home). Needs pulseaudio,
//! pulseaudio-utils, pipewire, wireplumber, pipewire-pulse, speech-dispatcher,
//! speech-dispatcher-espeak-ng and espeak-ng (`scripts/test` installs them).

use super::sound_server::{Kind, SoundServer, bursts, samples, stop};
use super::support::{Display, Home, wait_until};
use std::process::Command;
use std::time::{Duration, Instant};

/// A private PulseAudio whose default sink is a null sink `knull`, serving `home`'s runtime
/// folder, with `home` as its own home (so the cookie it makes is the user's).
fn pulse(home: &Home) -> SoundServer {
    SoundServer::start(Kind::PulseAudio, &home.path("run"), &home.path(""))
}

/// A home whose only exercise is one of the user's own, three five-second steps (the second
/// switches sides; every built-in is excluded so that the break is this one), with `sound`
/// as the `[sound]` section.
fn three_steps(display: &Display, sound: &str) -> Home {
    user_exercise(
        display,
        sound,
        "[[steps]]\ntext = \"Roll your right shoulder back.\"\nseconds = 5\n\n\
         [[steps]]\ntext = \"Switch sides: the left shoulder.\"\nseconds = 5\nswitch_sides = true\n\n\
         [[steps]]\ntext = \"Let both shoulders drop.\"\nseconds = 5\n",
    )
}

/// A home whose only exercise is the user's own with these `steps` (TOML), and `sound` as
/// the `[sound]` section.
pub fn user_exercise(display: &Display, sound: &str, steps: &str) -> Home {
    let mut home = Home::new();
    home.with_display(display);
    home.config(&format!(
        "[sound]\n{sound}\n[suggestions]\nequipment = []\n{}\n",
        super::support::exclude_builtins_but(None)
    ));
    let exercises = home.path("config/knotless/exercises");
    std::fs::create_dir_all(&exercises).unwrap();
    std::fs::write(
        exercises.join("three-steps.toml"),
        format!(
            "id = \"three-steps\"\ntitle = \"Three steps\"\nsummary = \"Three short steps.\"\n\
         regions = [\"shoulders\"]\nloads = [\"shoulders\"]\nkind = \"mobility\"\n\
         position = \"seated\"\n\
         frames = [\"three-steps.svg\"]\n\n{steps}"
        ),
    )
    .unwrap();
    std::fs::write(
        exercises.join("three-steps.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>",
    )
    .unwrap();
    home
}

/// Records the sink while the break window runs the three steps, until the recording's
/// bursts (`quiet` seconds of quiet apart) span `span` seconds from the first to the start
/// of the last (the end of the break: its last sound) with a second and a half of quiet
/// after the last, or 40 s; then closes the window: the recording, and what the window said
/// on stderr (for the failure message).
fn record_break(home: &Home, pulse: &SoundServer, quiet: f64, span: f64) -> (Vec<i16>, String) {
    let recording = home.path("break.wav");
    let recorder = pulse.record(&recording);
    // The recording runs before the window starts, so its start is before any sound.
    wait_until("parec records", Duration::from_secs(5), || {
        (samples(&recording).len() > 4410).then_some(())
    });
    let window = home.break_window();
    let started = Instant::now();
    loop {
        let heard = samples(&recording);
        let found = bursts(&heard, quiet);
        let recorded = heard.len() as f64 / 44_100.0;
        let ended = match (found.first(), found.last()) {
            (Some((first, _)), Some((last, len))) => {
                last - first >= span && recorded > last + len + 1.5
            }
            _ => false,
        };
        if ended || started.elapsed() > Duration::from_secs(40) {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(window);
    stop(recorder);
    (samples(&recording), home.break_stderr())
}

#[test]
fn the_break_window_sounds_a_cue_at_each_step_change_and_a_different_one_at_the_end() {
    let display = Display::start();
    let home = three_steps(&display, "cues = true\nvolume = 80");
    let pulse = pulse(&home);
    // Notes of one cue are 20 ms apart: less than 100 ms of quiet is the same cue. The
    // first cue (the side switch) comes 10 s before the end cue.
    let (recording, stderr) = record_break(&home, &pulse, 0.1, 9.0);
    let found = bursts(&recording, 0.1);
    eprintln!("cues found (start s, length s): {found:?}");
    assert_eq!(found.len(), 3, "cues {found:?}; the window said: {stderr}");
    let [
        (switch_at, switch_len),
        (step_at, step_len),
        (end_at, end_len),
    ] = [found[0], found[1], found[2]];
    // Five seconds apart (the window looks at its clock once a second: within a second).
    for gap in [step_at - switch_at, end_at - step_at] {
        assert!((4.0..=6.0).contains(&gap), "cues at {found:?}");
    }
    // Two notes to switch sides, one for a step, three (and longer) at the end.
    assert!(step_len < 0.25, "{found:?}");
    assert!(switch_len > step_len + 0.1, "{found:?}");
    assert!(end_len > 0.6 && end_len > switch_len, "{found:?}");
}

#[test]
fn with_voice_on_each_step_is_read_aloud_as_it_begins_and_done_at_the_end() {
    let display = Display::start();
    let home = three_steps(&display, "cues = false\nvoice = true\nvolume = 80");
    let pulse = pulse(&home);
    voice_is_heard(&home, &pulse);
}

#[test]
fn the_voice_is_heard_through_pipewire_in_a_fresh_home() {
    let display = Display::start();
    let home = three_steps(&display, "cues = false\nvoice = true\nvolume = 80");
    let server_home = tempfile::tempdir().unwrap();
    let pipewire = SoundServer::start(Kind::PipeWire, &home.path("run"), server_home.path());
    voice_is_heard(&home, &pipewire);
}

/// Each step read aloud as it begins, and "Done." at the end, in the recording of `server`.
fn voice_is_heard(home: &Home, server: &SoundServer) {
    // The window starts speech-dispatcher itself (`--spawn`, as its own clients do); it
    // speaks through espeak-ng into the private sound server.
    // Words are a few hundred milliseconds apart at most: half a second of quiet ends one
    // utterance. Step 1 is read 15 s before "Done." (up to 2 s late, below).
    let (recording, stderr) = record_break(home, server, 0.5, 12.0);
    let pid_file = home.path("run/speech-dispatcher/pid/speech-dispatcher.pid");
    let pid = std::fs::read_to_string(&pid_file).unwrap_or_else(|e| {
        panic!("speech-dispatcher was not started ({e}); the window said: {stderr}")
    });
    let _ = Command::new("kill").arg(pid.trim()).status();
    let found = bursts(&recording, 0.5);
    eprintln!("speech found (start s, length s): {found:?}");
    assert_eq!(
        found.len(),
        4,
        "speech {found:?}; the window said: {stderr}"
    );
    // Steps 2 and 3 and "Done." are 5 seconds apart (the window looks at its clock once a
    // second: within a second). Step 1 began 5 seconds before step 2; its words may come a
    // little later, while the speech service starts, but well before step 2.
    for i in 2..4 {
        let gap = found[i].0 - found[i - 1].0;
        assert!((4.0..=6.0).contains(&gap), "utterance {i}: {found:?}");
    }
    let step_1 = found[1].0 - 5.0;
    let late = found[0].0 - step_1;
    eprintln!("step 1 read {late:.2} s after it began");
    assert!(
        (-1.0..=2.0).contains(&late),
        "step 1 said {late} s late: {found:?}"
    );
    for (i, (_, length)) in found.iter().enumerate() {
        assert!(
            *length < 4.5,
            "utterance {i} runs into the next step: {found:?}"
        );
    }
    // "Now the other side. Switch sides: the left shoulder." is the longest; "Done." short.
    assert!(found[1].1 > found[2].1 && found[3].1 < 1.0, "{found:?}");
}

#[test]
fn without_a_sound_server_the_break_runs_silently_and_still_completes() {
    let display = Display::start();
    let mut home = three_steps(&display, "cues = true\nvoice = false");
    let bus = super::support::Bus::start_for(&home);
    home.with_bus(&bus);
    // No PulseAudio in this home's runtime folder (and none to start on demand).
    home.set(
        "PULSE_SERVER",
        &format!("unix:{}", home.path("run/no-pulse").display()),
    );
    let window = home.break_window();
    // Done, as a screen reader presses it (tests/daemon/screen_reader.rs), once the window
    // shows the second step: past the first step change, where a cue was due and could not
    // play. Before the last step it asks first.
    home.press_through_atspi_once(Some("Step 2 of 3"), "Done early", 30);
    home.press_through_atspi("Yes, done", 20);
    let completed = home.break_completed();
    assert!(completed["secs"].as_u64().unwrap() >= 5, "{completed}");
    drop(window);
}
