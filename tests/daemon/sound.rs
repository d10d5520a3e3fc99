//! Sound cues against a real sound server: a private PulseAudio with a null sink, recorded
//! from the sink's monitor with `parec` while the real break window runs a break of three
//! five-second steps (the second switches sides). The recording must hold three cues, one
//! at each step change and one at the end, five seconds apart, with silence in between, and
//! the end cue must differ from the step cue. Needs pulseaudio and pulseaudio-utils
//! (`scripts/test` installs them).

use super::support::{Display, Guard, Home};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A private PulseAudio whose default sink is a null sink `knull`.
struct Pulse {
    runtime: std::path::PathBuf,
    _server: Guard,
}

impl Pulse {
    fn start(home: &Home) -> Pulse {
        let runtime = home.path("run");
        let child = Command::new("pulseaudio")
            .args([
                "--daemonize=no",
                "--exit-idle-time=-1",
                // The other tests run beside this one on two cores: a starved sound server
                // loses samples (seen: parts of cues missing from the recording).
                "--high-priority=yes",
                "--realtime=yes",
                "-n",
                "-L",
                "module-null-sink sink_name=knull",
                "-L",
                "module-native-protocol-unix",
            ])
            .env("HOME", home.path(""))
            .env("XDG_RUNTIME_DIR", &runtime)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start pulseaudio (scripts/test installs it)");
        let pulse = Pulse {
            runtime,
            _server: Guard(child),
        };
        super::support::wait_until("pulseaudio answers", Duration::from_secs(10), || {
            pulse.pactl(&["set-default-sink", "knull"]).then_some(())
        });
        pulse
    }

    fn pactl(&self, args: &[&str]) -> bool {
        Command::new("pactl")
            .args(args)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("cannot run pactl (scripts/test installs pulseaudio-utils)")
            .success()
    }

    /// Records the null sink's monitor into `file` (mono, 16-bit, 44.1 kHz) until
    /// [`stop`]ped.
    fn record(&self, file: &std::path::Path) -> Guard {
        Guard(
            Command::new("parec")
                .args([
                    "-d",
                    "knull.monitor",
                    "--format=s16le",
                    "--rate=44100",
                    "--channels=1",
                    "--file-format=wav",
                ])
                .arg(file)
                .env("XDG_RUNTIME_DIR", &self.runtime)
                .spawn()
                .expect("cannot run parec (scripts/test installs pulseaudio-utils)"),
        )
    }
}

/// Ends a recording the way parec finishes its file: SIGINT, then waiting for it. (Killed,
/// it loses what it still buffers: seen as the end cue's last note missing.)
fn stop(mut recorder: Guard) {
    let pid = recorder.0.id().to_string();
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("cannot run kill");
    assert!(sent.success());
    let _ = recorder.0.wait();
}

/// The samples of a 16-bit mono WAV file written by parec (its header may not know the
/// length: everything after the `data` chunk's header is taken).
fn samples(file: &std::path::Path) -> Vec<i16> {
    let bytes = std::fs::read(file).unwrap();
    let data = bytes
        .windows(4)
        .position(|w| w == b"data")
        .expect("a WAV data chunk");
    bytes[data + 8..]
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect()
}

/// Stretches of sound: (start, length) in seconds, from the RMS of 10 ms windows.
fn bursts(samples: &[i16]) -> Vec<(f64, f64)> {
    const WINDOW: usize = 441;
    let loud: Vec<bool> = samples
        .chunks(WINDOW)
        .map(|w| {
            let rms =
                (w.iter().map(|&s| f64::from(s).powi(2)).sum::<f64>() / w.len() as f64).sqrt();
            rms > 300.0
        })
        .collect();
    let mut found: Vec<(f64, f64)> = Vec::new();
    let mut quiet_run = 0;
    for (i, &on) in loud.iter().enumerate() {
        let t = i as f64 * 0.01;
        if on {
            match found.last_mut() {
                // Notes of one cue are 20 ms apart: less than 100 ms of quiet is the same cue.
                Some((start, length)) if quiet_run < 10 => *length = t + 0.01 - *start,
                _ => found.push((t, 0.01)),
            }
            quiet_run = 0;
        } else {
            quiet_run += 1;
        }
    }
    found
}

#[test]
fn the_break_window_sounds_a_cue_at_each_step_change_and_a_different_one_at_the_end() {
    let display = Display::start();
    let mut home = Home::new();
    home.with_display(&display);
    let pulse = Pulse::start(&home);
    // One exercise of the user's own, three five-second steps, and every built-in excluded
    // so that the break is this one.
    let library = knotless::store::exercises::Library::builtin();
    let exclude: Vec<String> = library
        .exercises
        .iter()
        .map(|e| format!("{:?}", e.id))
        .collect();
    home.config(&format!(
        "[sound]\ncues = true\nvolume = 80\n[suggestions]\nequipment = []\nexclude = [{}]\n",
        exclude.join(", ")
    ));
    let exercises = home.path("config/knotless/exercises");
    std::fs::create_dir_all(&exercises).unwrap();
    std::fs::write(
        exercises.join("three-steps.toml"),
        "id = \"three-steps\"\ntitle = \"Three steps\"\nsummary = \"Three short steps.\"\n\
         regions = [\"shoulders\"]\nkind = \"mobility\"\nposition = \"seated\"\n\
         frames = [\"three-steps.svg\"]\n\n\
         [[steps]]\ntext = \"Roll your right shoulder back.\"\nseconds = 5\n\n\
         [[steps]]\ntext = \"Switch sides: the left shoulder.\"\nseconds = 5\n\n\
         [[steps]]\ntext = \"Let both shoulders drop.\"\nseconds = 5\n",
    )
    .unwrap();
    std::fs::write(
        exercises.join("three-steps.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>",
    )
    .unwrap();

    let recording = home.path("cues.wav");
    let recorder = pulse.record(&recording);
    std::thread::sleep(Duration::from_millis(500));
    let window = Guard(
        home.command_for(&["break"])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.path("break.stderr")).unwrap())
            .spawn()
            .unwrap(),
    );
    // Three steps of 5 s and the end cue, with a second to spare.
    std::thread::sleep(Duration::from_secs(17));
    drop(window);
    stop(recorder);
    let stderr = std::fs::read_to_string(home.path("break.stderr")).unwrap_or_default();

    let found = bursts(&samples(&recording));
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
