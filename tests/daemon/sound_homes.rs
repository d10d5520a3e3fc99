//! Sound cues where users are: PipeWire (the sound server of current GNOME and KDE
//! distributions, through pipewire-pulse) and PulseAudio, each heard from a fresh home with
//! no cookie file (a new user's: PipeWire makes none) and then with one. A client that sent
//! an empty cookie was refused by both ("Invalid", "protocol error"); knotless now sends
//! what libpulse sends. The real break window runs a break whose first two steps last three
//! seconds (an exercise takes 15 s at least); the null sink's recording must hold a step cue
//! at each of the next two steps, three seconds apart. (The whole break, end cue and all, is
//! `sound.rs`'s test.)

use super::sound::user_exercise;
use super::sound_server::{Kind, SoundServer, bursts, samples, stop};
use super::support::{Display, Home, wait_until};
use std::time::{Duration, Instant};

/// Steps of 3, 3 and 9 seconds: step cues at 3 s and 6 s (the end cue at 15 s).
const STEPS: &str = "[[steps]]\ntext = \"Roll your shoulders back.\"\nseconds = 3\n\n\
                     [[steps]]\ntext = \"Roll them forward.\"\nseconds = 3\n\n\
                     [[steps]]\ntext = \"Let them drop.\"\nseconds = 9\n";

/// Where libpulse (and knotless) look for a cookie in `home`.
fn cookie_places(home: &Home) -> [std::path::PathBuf; 3] {
    [
        home.path("config/pulse/cookie"),
        home.path(".config/pulse/cookie"),
        home.path(".pulse-cookie"),
    ]
}

/// Runs the break window while recording, until two cues are in the recording and a
/// second and a half past the second one; their (start, length) in seconds from the window's start.
fn cues_of_a_break(home: &Home, server: &SoundServer, name: &str) -> Vec<(f64, f64)> {
    let recording = home.path(&format!("{name}.wav"));
    let recorder = server.record(&recording);
    // The recording runs before the window starts, so its start is before any cue.
    wait_until("parec records", Duration::from_secs(5), || {
        (samples(&recording).len() > 4410).then_some(())
    });
    let window = home.break_window();
    let started = Instant::now();
    let recorded_before = samples(&recording).len() as f64 / 44_100.0;
    let found = loop {
        let found = bursts(&samples(&recording), 0.1);
        let recorded = samples(&recording).len() as f64 / 44_100.0;
        if found.len() >= 2 && recorded > found[1].0 + 1.5 {
            break found;
        }
        assert!(
            started.elapsed() < Duration::from_secs(25),
            "{name}: no two cues in {recorded:.1} s of recording (from {recorded_before:.1} s): \
             {found:?}; the window said: {}",
            home.break_stderr()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let waited = started.elapsed();
    drop(window);
    stop(recorder);
    let found: Vec<(f64, f64)> = found
        .into_iter()
        .map(|(at, length)| (at - recorded_before, length))
        .collect();
    eprintln!(
        "{name}: cues (start s after the window was started, length s): {found:?} \
         (waited {waited:?}); the window said: {}",
        home.break_stderr()
    );
    found
}

/// Two step cues (one note each), three seconds apart.
fn assert_two_steps(found: &[(f64, f64)], stderr: &str) {
    assert_eq!(found.len(), 2, "cues {found:?}; the window said: {stderr}");
    let [(first_at, first_len), (second_at, second_len)] = [found[0], found[1]];
    assert!(
        (2.0..=4.0).contains(&(second_at - first_at)),
        "cues {found:?} are not a step apart"
    );
    assert!((0.1..0.25).contains(&first_len), "{found:?}");
    assert!((0.1..0.25).contains(&second_len), "{found:?}");
}

/// A fresh home with no cookie, then the same home with one (`cookie`), on `kind`.
fn cues_in_a_fresh_home_with_and_without_a_cookie(kind: Kind) {
    let display = Display::start();
    let home = user_exercise(&display, "cues = true\nvolume = 80", STEPS);
    // The server keeps its files (PulseAudio's cookie) in a home of its own.
    let server_home = tempfile::tempdir().unwrap();
    let server = SoundServer::start(kind, &home.path("run"), server_home.path());
    for place in cookie_places(&home) {
        assert!(
            !place.exists(),
            "{} exists in a fresh home",
            place.display()
        );
    }

    let found = cues_of_a_break(&home, &server, &format!("{kind:?}-no-cookie"));
    assert_two_steps(&found, &home.break_stderr());
    for place in cookie_places(&home) {
        assert!(!place.exists(), "knotless wrote {}", place.display());
    }

    // The user's cookie in $XDG_CONFIG_HOME/pulse: PulseAudio's own one where it made one;
    // PipeWire makes none, so whatever a libpulse client left there.
    let cookie = server.cookie().unwrap_or_else(|| vec![0x5a; 256]);
    let place = home.path("config/pulse/cookie");
    std::fs::create_dir_all(place.parent().unwrap()).unwrap();
    std::fs::write(&place, cookie).unwrap();
    let found = cues_of_a_break(&home, &server, &format!("{kind:?}-cookie"));
    assert_two_steps(&found, &home.break_stderr());
}

#[test]
fn cues_are_heard_through_pipewire_in_a_fresh_home_with_and_without_a_cookie() {
    cues_in_a_fresh_home_with_and_without_a_cookie(Kind::PipeWire);
}

#[test]
fn cues_are_heard_through_pulseaudio_in_a_fresh_home_with_and_without_a_cookie() {
    cues_in_a_fresh_home_with_and_without_a_cookie(Kind::PulseAudio);
}
