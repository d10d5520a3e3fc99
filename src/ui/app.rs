//! The windows as native windows (eframe with the glow renderer), one process each, which
//! returns when its window closes. The break window is small, calm, never fullscreen, and it
//! opens without taking the keyboard focus, so typing mid-word goes on where it was.

use super::break_window::{BreakFlow, Cue};
use super::settings_window::SettingsForm;
use super::stats_window::StatsView;
use super::welcome::Welcome;
use crate::platform::appearance::{self, Scheme};
use crate::platform::clock::{Clock, SystemClock};
use eframe::egui;
use std::time::Duration;

struct BreakApp {
    flow: BreakFlow,
    /// Plays the flow's cues, when `[sound] cues` is on.
    sound: Option<CuePlayer>,
    /// Reads the steps aloud, started when the flow first has something to say.
    voice: Option<VoicePlayer>,
    volume: u32,
}

impl eframe::App for BreakApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let flow = &mut self.flow;
        flow.set_now(SystemClock.now());
        let cues = flow.take_cues();
        if let Some(player) = &self.sound {
            for cue in cues {
                player.play(cue);
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // A small screen or a large text scale still reaches every button.
            egui::ScrollArea::vertical().show(ui, |ui| flow.ui(ui));
        });
        // After the buttons, so "Next" or "Read the steps aloud" is heard at once.
        let speech = flow.take_speech();
        if !speech.is_empty() {
            let voice = self
                .voice
                .get_or_insert_with(|| VoicePlayer::start(self.volume));
            for text in speech {
                voice.say(text);
            }
        }
        if let Some(problem) = self.voice.as_ref().and_then(VoicePlayer::problem) {
            flow.set_voice_problem(problem);
        }
        if flow.is_over() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if flow.figure_moving() {
            // The figure moves between keyframes: smoothly, at most 30 frames a second.
            ui.ctx().request_repaint_after(Duration::from_millis(33));
        } else {
            // The countdown changes once a second; nothing else needs a repaint.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
    }
}

struct SettingsApp {
    form: SettingsForm,
    /// Hears a second `knotless settings`, which asks this window to come forward.
    #[cfg(unix)]
    owner: Option<super::single_window::Owner>,
}

impl eframe::App for SettingsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        #[cfg(unix)]
        if self.owner.as_ref().is_some_and(|o| o.take_raise()) {
            let ctx = ui.ctx();
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
            // Where the desktop refuses to hand over focus (Wayland without a token), the
            // window at least asks for attention.
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        }
        egui::CentralPanel::default().show(ui, |ui| self.form.ui(ui));
        if self.form.wants_close() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

struct StatsApp(StatsView);

impl eframe::App for StatsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.0.ui(ui));
        if self.0.wants_close() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

struct WelcomeApp {
    welcome: Welcome,
    /// The confirmation is short: the window shrinks to it once.
    shrunk: bool,
}

impl eframe::App for WelcomeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let welcome = &mut self.welcome;
        egui::CentralPanel::default().show(ui, |ui| welcome.ui(ui));
        if welcome.is_saved() && !self.shrunk {
            self.shrunk = true;
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(
                    WELCOME_SIZE[0],
                    300.0,
                )));
        }
        if ui.ctx().input(|i| i.viewport().close_requested()) && !welcome.is_finished() {
            // Closing the window while asking is "Not now".
            welcome.close();
        }
        if welcome.is_finished() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// What every window does first: the SVG loaders, and light or dark as the desktop prefers
/// (egui follows the system where winit can tell, which it cannot on X11). Text size follows
/// the display's scale; Ctrl and +/- zoom.
fn prepare(ctx: &egui::Context) {
    egui_extras::install_image_loaders(ctx);
    match appearance::color_scheme() {
        Some(Scheme::Dark) => ctx.set_theme(egui::ThemePreference::Dark),
        Some(Scheme::Light) => ctx.set_theme(egui::ThemePreference::Light),
        None => {}
    }
}

/// Opens one window titled `title` and returns when it closes.
fn open(
    title: String,
    viewport: egui::ViewportBuilder,
    app: impl eframe::App + 'static,
) -> Result<(), WindowError> {
    open_styled(title, viewport, false, move |_| app)
}

/// [`open`], with the shared look of `style` when `styled` (the settings, statistics and
/// welcome windows; the break window keeps its own for now); `make` builds the app once the
/// window's context exists.
fn open_styled<A: eframe::App + 'static>(
    title: String,
    viewport: egui::ViewportBuilder,
    styled: bool,
    make: impl FnOnce(&egui::Context) -> A + 'static,
) -> Result<(), WindowError> {
    let options = eframe::NativeOptions {
        viewport: viewport.with_title(&title).with_app_id(crate::APP_ID),
        ..Default::default()
    };
    eframe::run_native(
        "knotless",
        options,
        Box::new(move |cc| {
            prepare(&cc.egui_ctx);
            if styled {
                super::style::apply(&cc.egui_ctx);
            }
            Ok(Box::new(make(&cc.egui_ctx)))
        }),
    )
    .map_err(|e| WindowError {
        title: title.to_owned(),
        reason: e.to_string(),
    })
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
    problem: std::sync::Arc<std::sync::Mutex<Option<String>>>,
}

impl VoicePlayer {
    fn start(volume: u32) -> VoicePlayer {
        let (queue, texts) = std::sync::mpsc::channel::<String>();
        let problem = std::sync::Arc::new(std::sync::Mutex::new(None));
        let report = std::sync::Arc::clone(&problem);
        let spawned = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || speak_all(&texts, volume, &report));
        if let Err(e) = spawned {
            *problem.lock().unwrap_or_else(|e| e.into_inner()) =
                Some(format!("Cannot read aloud: {e}"));
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
    problem: &std::sync::Mutex<Option<String>>,
) {
    use crate::platform::speech::Voice;
    let fail = |why: String| {
        eprintln!("knotless: {why}");
        *problem.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
    };
    let mut voice = match Voice::connect(volume) {
        Ok(voice) => voice,
        Err(e) => return fail(format!("Cannot read aloud: {e}.")),
    };
    tracing::debug!("reading aloud with {}", voice.name());
    for text in texts {
        if let Err(e) = voice.say(&text) {
            return fail(format!("Cannot read aloud any more: {e}."));
        }
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn speak_all(
    _texts: &std::sync::mpsc::Receiver<String>,
    _volume: u32,
    problem: &std::sync::Mutex<Option<String>>,
) {
    *problem.lock().unwrap_or_else(|e| e.into_inner()) =
        Some("Reading aloud is not built for this system yet.".to_owned());
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

/// The break window; `sound` is `[sound]` of the settings.
pub fn run_break(flow: BreakFlow, sound: &crate::core::settings::Sound) -> Result<(), WindowError> {
    let title = if flow.is_prompting() {
        "knotless · Time to move".to_owned()
    } else {
        format!("knotless · {}", flow.exercise().title)
    };
    // Room for the large step text and countdown (read from a step away); never fullscreen,
    // and opened without taking the keyboard focus.
    let viewport = egui::ViewportBuilder::default()
        .with_inner_size([480.0, 620.0])
        .with_min_inner_size([320.0, 300.0])
        .with_active(false);
    let flow = if sound.voice {
        flow.with_voice(true)
    } else {
        flow
    };
    let volume = sound.volume;
    let sound = sound.cues.then(|| CuePlayer::start(sound.volume)).flatten();
    // Reaching (or starting) the speech service takes a moment: while the window opens.
    let voice = flow.is_reading_aloud().then(|| VoicePlayer::start(volume));
    open(
        title,
        viewport,
        BreakApp {
            flow,
            sound,
            voice,
            volume,
        },
    )
}

/// The settings window's size: the Common page fits without scrolling.
pub const SETTINGS_SIZE: [f32; 2] = [700.0, 640.0];
/// The statistics window's size.
pub const STATS_SIZE: [f32; 2] = [760.0, 720.0];
/// The welcome's size: the choices and "Start knotless" without scrolling.
pub const WELCOME_SIZE: [f32; 2] = [700.0, 660.0];

/// The settings window, unless one is open already in `runtime_dir`: then that one is
/// asked to come forward and this returns at once.
pub fn run_settings(form: SettingsForm, runtime_dir: &std::path::Path) -> Result<(), WindowError> {
    let title = "knotless · Settings".to_owned();
    // Asked before any window exists, so a second one never flashes on screen.
    #[cfg(unix)]
    let owner = match super::single_window::claim(runtime_dir) {
        Ok(super::single_window::Claim::Raised) => return Ok(()),
        Ok(super::single_window::Claim::First(owner)) => Some(owner),
        Err(e) => {
            // The window still opens; only the one-at-a-time rule is lost.
            tracing::warn!("{e}");
            None
        }
    };
    #[cfg(not(unix))]
    let _ = runtime_dir;
    let viewport = egui::ViewportBuilder::default()
        .with_inner_size(SETTINGS_SIZE)
        .with_min_inner_size([480.0, 400.0]);
    let app = SettingsApp {
        form,
        #[cfg(unix)]
        owner,
    };
    open_styled(title, viewport, true, move |ctx| {
        #[cfg(unix)]
        if let Some(owner) = &app.owner {
            // A request comes on the socket's thread: wake the window to act on it.
            let ctx = ctx.clone();
            owner.on_raise(move || ctx.request_repaint());
        }
        #[cfg(not(unix))]
        let _ = ctx;
        app
    })
}

/// The statistics window.
pub fn run_stats(view: StatsView) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default()
        .with_inner_size(STATS_SIZE)
        .with_min_inner_size([480.0, 400.0]);
    open_styled("knotless · Statistics".into(), viewport, true, move |_| {
        StatsApp(view)
    })
}

/// The first-run welcome.
pub fn run_welcome(welcome: Welcome) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default()
        .with_inner_size(WELCOME_SIZE)
        .with_min_inner_size([480.0, 280.0]);
    open_styled("Welcome to knotless".into(), viewport, true, move |_| {
        WelcomeApp {
            welcome,
            shrunk: false,
        }
    })
}

/// A window could not be opened (no usable display or OpenGL, most often).
#[derive(Debug, thiserror::Error)]
#[error("cannot open the window {title:?}: {reason}")]
pub struct WindowError {
    pub title: String,
    pub reason: String,
}
