//! Real sound servers for the sound tests, each with a null sink `knull` as the default sink
//! whose monitor is recorded with `parec`: PulseAudio, or PipeWire (pipewire, wireplumber and
//! pipewire-pulse, started in that order on a private session bus, as a desktop session
//! starts them). Each serves the runtime folder it is given, and keeps its own files (its
//! cookie among them) in the home it is given. Needs pulseaudio, pulseaudio-utils, pipewire,
//! wireplumber and pipewire-pulse (`scripts/test` installs them).

use super::support::{Bus, Guard, wait_until};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Which sound server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    PulseAudio,
    PipeWire,
}

/// A running sound server; dropping it stops its processes (by their PIDs).
pub struct SoundServer {
    runtime: PathBuf,
    home: PathBuf,
    /// Stopped in reverse order of start (pipewire-pulse before pipewire).
    processes: Vec<Guard>,
    _bus: Option<Bus>,
}

impl Drop for SoundServer {
    fn drop(&mut self) {
        while let Some(process) = self.processes.pop() {
            drop(process);
        }
    }
}

impl SoundServer {
    /// Starts `kind` serving `runtime` (its socket is `runtime/pulse/native`), with `home`
    /// as its own home folder; returns once the null sink is the default sink.
    pub fn start(kind: Kind, runtime: &Path, home: &Path) -> SoundServer {
        std::fs::create_dir_all(runtime).unwrap();
        let mut server = SoundServer {
            runtime: runtime.to_owned(),
            home: home.to_owned(),
            processes: Vec::new(),
            _bus: None,
        };
        match kind {
            Kind::PulseAudio => {
                let child = server
                    .command("pulseaudio")
                    .args([
                        "--daemonize=no",
                        "--exit-idle-time=-1",
                        // The other tests run beside this one on two cores: a starved sound
                        // server loses samples (seen: parts of cues missing from the
                        // recording).
                        "--high-priority=yes",
                        "--realtime=yes",
                        "-n",
                        "-L",
                        "module-null-sink sink_name=knull",
                        "-L",
                        "module-native-protocol-unix",
                    ])
                    .spawn()
                    .expect("cannot start pulseaudio (scripts/test installs it)");
                server.processes.push(Guard(child));
            }
            Kind::PipeWire => {
                let bus = Bus::start();
                for program in ["pipewire", "wireplumber", "pipewire-pulse"] {
                    let child = server
                        .command(program)
                        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
                        .spawn()
                        .unwrap_or_else(|e| {
                            panic!("cannot start {program} (scripts/test installs it): {e}")
                        });
                    server.processes.push(Guard(child));
                    if program == "pipewire" {
                        let socket = runtime.join("pipewire-0");
                        wait_until("pipewire listens", Duration::from_secs(10), || {
                            socket.exists().then_some(())
                        });
                    }
                }
                server._bus = Some(bus);
                wait_until("pipewire-pulse answers", Duration::from_secs(10), || {
                    server.pactl(&["info"]).then_some(())
                });
                assert!(
                    server.pactl(&["load-module", "module-null-sink", "sink_name=knull"]),
                    "pipewire-pulse cannot load a null sink"
                );
            }
        }
        wait_until(
            "the null sink is the default",
            Duration::from_secs(10),
            || server.pactl(&["set-default-sink", "knull"]).then_some(()),
        );
        server
    }

    /// `program` in the server's environment: its home and runtime folder.
    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("HOME", &self.home)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("PULSE_SERVER")
            .env_remove("PULSE_COOKIE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    /// Runs pactl as the server's own user would (libpulse writes a cookie into the home it
    /// runs in when there is none: the server's home, never the test's).
    pub fn pactl(&self, args: &[&str]) -> bool {
        self.command("pactl")
            .args(args)
            .status()
            .expect("cannot run pactl (scripts/test installs pulseaudio-utils)")
            .success()
    }

    /// The cookie PulseAudio made in its home, if it made one.
    pub fn cookie(&self) -> Option<Vec<u8>> {
        std::fs::read(self.home.join(".config/pulse/cookie")).ok()
    }

    /// Records the null sink's monitor into `file` (mono, 16-bit, 44.1 kHz) until
    /// [`stop`]ped.
    ///
    /// At low latency: a sink mixes a new stream in by rewinding what it had rendered ahead
    /// (up to two seconds while nothing asks for less), and a monitor is not rewound, so
    /// the start of a cue went missing from the recording though a listener hears it (seen:
    /// 0.05 s of a 0.34 s cue). A recording that asks for 20 ms keeps the sink 20 ms ahead.
    pub fn record(&self, file: &Path) -> Guard {
        let mut command = self.command("parec");
        command
            .args([
                "--latency-msec=20",
                "-d",
                "knull.monitor",
                "--format=s16le",
                "--rate=44100",
                "--channels=1",
                "--file-format=wav",
            ])
            .arg(file)
            .stderr(Stdio::inherit());
        Guard(
            command
                .spawn()
                .expect("cannot run parec (scripts/test installs pulseaudio-utils)"),
        )
    }
}

/// Ends a recording the way parec finishes its file: SIGINT, then waiting for it. (Killed,
/// it loses what it still buffers: seen as the end cue's last note missing.)
pub fn stop(mut recorder: Guard) {
    let pid = recorder.0.id().to_string();
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("cannot run kill");
    assert!(sent.success());
    let _ = recorder.0.wait();
}

/// The samples of a 16-bit mono WAV file written by parec (its header may not know the
/// length: everything after the `data` chunk's header is taken; a file still being written
/// gives what it holds so far).
pub fn samples(file: &Path) -> Vec<i16> {
    let bytes = std::fs::read(file).unwrap_or_default();
    let Some(data) = bytes.windows(4).position(|w| w == b"data") else {
        return Vec::new();
    };
    bytes
        .get(data + 8..)
        .unwrap_or_default()
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect()
}

/// Stretches of sound: (start, length) in seconds, from the RMS of 10 ms windows; less than
/// `joined` seconds of quiet inside one is the same stretch.
pub fn bursts(samples: &[i16], joined: f64) -> Vec<(f64, f64)> {
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
                Some((start, length)) if f64::from(quiet_run) * 0.01 < joined => {
                    *length = t + 0.01 - *start;
                }
                _ => found.push((t, 0.01)),
            }
            quiet_run = 0;
        } else {
            quiet_run += 1;
        }
    }
    found
}
