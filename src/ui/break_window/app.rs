//! The break window as a native window: every frame sets the flow's `now`, plays its beats,
//! speaks, and hands what to record to the [`Recorder`] at once. Every way out is an
//! answer: the window closing (title bar, Alt+F4, the window manager), its process ending
//! (the display gone: `Drop`), SIGTERM or SIGHUP (the session ending) all close the flow,
//! which answers as a close. A thread asks the daemon every [`WATCH`] whether the break is
//! still the one it shows; answered elsewhere (`knotless skip`, a notification), the window
//! closes itself. On X11 the question (which comes unasked) opens without taking the keyboard
//! focus.

use super::{BreakWindow, Report, Stage};
use crate::platform::clock::{Clock, SystemClock};
use crate::platform::sound::Cue;
use crate::ui::WindowError;
use eframe::egui;
use knotless_core::status::PhaseName;
use knotless_exercises::flow::Beat;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often the window asks the daemon whether its break still stands.
pub const WATCH: Duration = Duration::from_secs(2);

/// Where the window's answers go (the daemon, or history without one).
pub trait Recorder {
    /// Records `report` before returning (the window may close right after).
    fn record(&mut self, report: Report);

    /// Asks the daemon for the phase of the movement break (`None`: no daemon, or it is
    /// gone). Run on a thread of its own; `None` here means there is no daemon to ask.
    fn probe(&self) -> Option<Box<dyn Fn() -> Option<PhaseName> + Send>> {
        None
    }
}

/// What the watch thread saw last, and at which count of answers sent.
#[derive(Default)]
struct Watched {
    /// Answers recorded so far; a phase seen before the newest one is stale.
    epoch: AtomicU64,
    seen: Mutex<Option<(u64, Option<PhaseName>)>>,
}

struct BreakApp {
    window: BreakWindow,
    recorder: Box<dyn Recorder>,
    watched: Arc<Watched>,
    /// SIGTERM or SIGHUP arrived.
    ending: Arc<AtomicBool>,
    title: String,
    sound: Option<CuePlayer>,
    voice: Option<VoicePlayer>,
    volume: u32,
}

impl BreakApp {
    /// Hands what the flow says to record to the recorder.
    fn record(&mut self) {
        let reports = self.window.flow_mut().take_reports();
        for report in reports {
            self.recorder.record(report);
            self.watched.epoch.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// The daemon answered the break elsewhere (or is gone): the flow closes unanswered.
    fn check_daemon(&mut self) {
        let epoch = self.watched.epoch.load(Ordering::SeqCst);
        let seen = self
            .watched
            .seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        let Some((at, phase)) = seen else {
            return;
        };
        let still = match self.window.flow().stage() {
            Stage::Prompt => phase == Some(PhaseName::Prompting),
            Stage::Steps(_) => phase == Some(PhaseName::OnBreak),
            _ => true,
        };
        if at == epoch && !still {
            tracing::info!("the break was answered elsewhere: closing");
            self.window.flow_mut().answered_elsewhere();
        }
    }
}

impl eframe::App for BreakApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.window.set_now(SystemClock.now());
        self.check_daemon();
        if ctx.input(|i| i.viewport().close_requested()) || self.ending.load(Ordering::SeqCst) {
            self.window.flow_mut().close();
        }
        let beats = self.window.flow_mut().take_beats();
        if let Some(player) = &self.sound {
            for beat in beats {
                player.play(match beat {
                    Beat::Step => Cue::Step,
                    Beat::SwitchSides => Cue::SwitchSides,
                    Beat::End => Cue::End,
                });
            }
        }
        self.window.ui(ui);
        self.record();
        // After the buttons, so "Next" or "Read the steps aloud" is heard at once.
        let speech = self.window.take_speech();
        if !speech.is_empty() {
            let volume = self.volume;
            let voice = self.voice.get_or_insert_with(|| VoicePlayer::start(volume));
            for text in speech {
                voice.say(text);
            }
        }
        if let Some(problem) = self.voice.as_ref().and_then(VoicePlayer::problem) {
            self.window.set_voice_problem(problem);
        }
        let title = self.window.title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.window.flow().is_closed() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.window.figure_moving() {
            // The figure moves between keyframes: smoothly, at most 30 frames a second.
            ctx.request_repaint_after(Duration::from_millis(33));
        } else {
            // The countdown changes once a second; the key guard and the watch need no more.
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }
}

impl Drop for BreakApp {
    /// The window went without closing (its display gone): that is a close too.
    fn drop(&mut self) {
        if !self.window.flow().is_closed() {
            self.window.flow_mut().close();
            self.record();
        }
    }
}

/// Starts the thread that asks the daemon, every [`WATCH`], for the break's phase.
fn watch(
    probe: Box<dyn Fn() -> Option<PhaseName> + Send>,
    watched: &Arc<Watched>,
    ctx: egui::Context,
) {
    let watched = Arc::clone(watched);
    let spawned = std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || {
            loop {
                std::thread::sleep(WATCH);
                let epoch = watched.epoch.load(Ordering::SeqCst);
                let phase = probe();
                *watched.seen.lock().unwrap_or_else(|e| e.into_inner()) = Some((epoch, phase));
                ctx.request_repaint();
            }
        });
    if let Err(e) = spawned {
        eprintln!("knotless: cannot watch the daemon: {e}");
    }
}

/// SIGTERM and SIGHUP (the session ending) close the window as an answer: the flag is
/// seen on the repaint asked for here. A window that does not paint (unmapped) within
/// [`SIGNAL_GRACE`] still ends; the daemon then answers for it (`window_gone`).
#[cfg(all(unix, not(target_os = "macos")))]
fn on_signals(ending: &Arc<AtomicBool>, ctx: egui::Context) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let ending = Arc::clone(ending);
    let signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
        Ok(signals) => signals,
        Err(e) => return eprintln!("knotless: cannot listen for SIGTERM: {e}"),
    };
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            let mut signals = signals;
            if signals.forever().next().is_some() {
                ending.store(true, Ordering::SeqCst);
                ctx.request_repaint();
                std::thread::sleep(SIGNAL_GRACE);
                std::process::exit(0);
            }
        });
    if let Err(e) = spawned {
        eprintln!("knotless: cannot listen for SIGTERM: {e}");
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn on_signals(_ending: &Arc<AtomicBool>, _ctx: egui::Context) {}

/// How long a signalled window has to record its close and go.
#[cfg(all(unix, not(target_os = "macos")))]
const SIGNAL_GRACE: Duration = Duration::from_secs(2);

/// The break window; `sound` is `[sound]` of the settings. Returns when it closes, its
/// answer recorded.
pub fn run_break(
    window: BreakWindow,
    recorder: Box<dyn Recorder>,
    sound: &knotless_core::settings::Sound,
) -> Result<(), WindowError> {
    let title = window.title();
    // Room for the figure, the large step text and countdown (read from a step away);
    // never fullscreen.
    const SIZE: [f32; 2] = [480.0, 640.0];
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size(SIZE)
        .with_min_inner_size([360.0, 420.0])
        .with_active(!matches!(window.flow().stage(), Stage::Prompt))
        .with_title(&title)
        .with_app_id(crate::APP_ID);
    // Centred on the monitor the user is at (X11: the pointer's; Windows: the foreground
    // window's), never across two; on Wayland the compositor places it. Sizes are taken at
    // a scale of 1, where X11 and a plain Windows desktop place windows in pixels.
    #[allow(clippy::cast_possible_truncation)]
    if let Some((x, y)) =
        crate::platform::placement::for_new_window((SIZE[0] as i32, SIZE[1] as i32))
    {
        viewport = viewport.with_position([x as f32, y as f32]);
    }
    let window = if sound.voice {
        window.with_voice(true)
    } else {
        window
    };
    let volume = sound.volume;
    let cues = sound.cues.then(|| CuePlayer::start(volume)).flatten();
    // Reaching (or starting) the speech service takes a moment: while the window opens.
    let voice = window
        .is_reading_aloud()
        .then(|| VoicePlayer::start(volume));
    let ending = Arc::new(AtomicBool::new(false));
    let asking = window.flow().stage() == &Stage::Prompt;
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "knotless",
        options,
        Box::new(move |cc| {
            super::super::app::prepare(&cc.egui_ctx);
            // The question comes unasked, maybe mid-word: it must not take the keyboard.
            // The steps follow a click on Start (here, on a notification, in the tray) or
            // `knotless break`, and take it as any window asked for does.
            if asking {
                no_focus_on_map(cc);
            }
            on_signals(&ending, cc.egui_ctx.clone());
            let watched = Arc::new(Watched::default());
            if let Some(probe) = recorder.probe() {
                watch(probe, &watched, cc.egui_ctx.clone());
            }
            Ok(Box::new(BreakApp {
                window,
                recorder,
                watched,
                ending,
                title,
                sound: cues,
                voice,
                volume,
            }))
        }),
    )
    .map_err(|e| WindowError {
        title: "knotless · break".to_owned(),
        reason: e.to_string(),
    })
}

/// X11: `_NET_WM_USER_TIME` 0 before the window is first mapped (eframe maps it after the
/// first frame) asks the window manager not to give it the focus (EWMH: "the window should
/// not be initially focused"); openbox, xfwm4, KWin and Mutter honour it. winit's
/// `with_active(false)` does nothing on X11. Wayland has no such request: focus is the
/// compositor's, and the key guard is what keeps stray typing from answering there.
fn no_focus_on_map(cc: &eframe::CreationContext<'_>) {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use raw_window_handle::{HasWindowHandle, RawWindowHandle};
        let window = match cc.window_handle().map(|h| h.as_raw()) {
            Ok(RawWindowHandle::Xlib(h)) => u32::try_from(h.window).ok(),
            Ok(RawWindowHandle::Xcb(h)) => Some(h.window.get()),
            _ => None,
        };
        if let Some(window) = window
            && let Err(e) = set_user_time_zero(window)
        {
            eprintln!("knotless: cannot ask the window manager not to focus the window: {e}");
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = cc;
}

#[cfg(all(unix, not(target_os = "macos")))]
fn set_user_time_zero(window: u32) -> Result<(), Box<dyn std::error::Error>> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, PropMode};
    use x11rb::wrapper::ConnectionExt as _;
    let (conn, _) = x11rb::connect(None)?;
    let atom = conn.intern_atom(false, b"_NET_WM_USER_TIME")?.reply()?.atom;
    conn.change_property32(PropMode::REPLACE, window, atom, AtomEnum::CARDINAL, &[0])?;
    conn.flush()?;
    // A round trip, so the property is set before this connection goes.
    conn.get_input_focus()?.reply()?;
    Ok(())
}

/// Plays cues on a thread of its own, one after the other, so the window never waits for
/// the sound server.
struct CuePlayer {
    queue: std::sync::mpsc::Sender<Cue>,
}

impl CuePlayer {
    fn start(volume: u32) -> Option<CuePlayer> {
        let (queue, cues) = std::sync::mpsc::channel::<Cue>();
        let spawned = std::thread::Builder::new()
            .name("cues".into())
            .spawn(move || {
                let mut said = false;
                for cue in cues {
                    if let Err(e) = play(cue, volume)
                        && !said
                    {
                        // Once: the break goes on silently.
                        eprintln!("knotless: no sound cues: {e}");
                        said = true;
                    }
                }
            });
        spawned.ok().map(|_| CuePlayer { queue })
    }

    fn play(&self, cue: Cue) {
        let _ = self.queue.send(cue);
    }
}

/// Speaks on a thread of its own (connecting to the speech service can take a moment):
/// each new text cuts short what is still being said. When nothing can speak, `problem`
/// says why, for the window to show.
struct VoicePlayer {
    queue: std::sync::mpsc::Sender<String>,
    problem: Arc<Mutex<Option<String>>>,
}

impl VoicePlayer {
    fn start(volume: u32) -> VoicePlayer {
        let (queue, texts) = std::sync::mpsc::channel::<String>();
        let problem = Arc::new(Mutex::new(None));
        let report = Arc::clone(&problem);
        let spawned = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || speak_all(&texts, volume, &report));
        if let Err(e) = spawned {
            *problem.lock().unwrap_or_else(|e| e.into_inner()) = Some(knotless_i18n::t!(
                "break-voice-failed",
                reason = e.to_string()
            ));
        }
        VoicePlayer { queue, problem }
    }

    fn say(&self, text: String) {
        let _ = self.queue.send(text);
    }

    fn problem(&self) -> Option<String> {
        self.problem
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
fn speak_all(
    texts: &std::sync::mpsc::Receiver<String>,
    volume: u32,
    problem: &Mutex<Option<String>>,
) {
    use crate::platform::speech::Voice;
    let fail = |why: String| {
        eprintln!("knotless: {why}");
        *problem.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
    };
    let mut voice = match Voice::connect(volume) {
        Ok(voice) => voice,
        Err(e) => {
            return fail(knotless_i18n::t!(
                "break-voice-failed",
                reason = e.for_people()
            ));
        }
    };
    tracing::debug!("reading aloud with {}", voice.name());
    for text in texts {
        if let Err(e) = voice.say(&text) {
            return fail(knotless_i18n::t!(
                "break-voice-stopped",
                reason = e.for_people()
            ));
        }
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn speak_all(
    _texts: &std::sync::mpsc::Receiver<String>,
    _volume: u32,
    problem: &Mutex<Option<String>>,
) {
    *problem.lock().unwrap_or_else(|e| e.into_inner()) =
        Some(knotless_i18n::t!("break-voice-unbuilt"));
}

#[cfg(any(desktop_bus, windows))]
fn play(cue: Cue, volume: u32) -> Result<(), crate::platform::sound::SoundError> {
    crate::platform::sound::play(&crate::platform::sound::synthesize(cue, volume))
}

#[cfg(not(any(desktop_bus, windows)))]
fn play(_cue: Cue, _volume: u32) -> Result<(), std::io::Error> {
    Err(std::io::Error::other(
        "sound cues are not built for this system yet",
    ))
}
