//! The windows as native windows (eframe with the glow renderer), one process each, which
//! returns when its window closes. The break window has its own (`break_window/app.rs`).

use super::settings_window::SettingsForm;
use super::stats_window::StatsView;
use super::welcome::Welcome;
use crate::platform::appearance::{self, Scheme};
use eframe::egui;

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
pub(super) fn prepare(ctx: &egui::Context) {
    super::fonts::ensure_drawable();
    egui_extras::install_image_loaders(ctx);
    match appearance::color_scheme() {
        Some(Scheme::Dark) => ctx.set_theme(egui::ThemePreference::Dark),
        Some(Scheme::Light) => ctx.set_theme(egui::ThemePreference::Light),
        None => {}
    }
}

/// Opens one window titled `title` and returns when it closes, with the shared look of
/// `style` when `styled` (the settings, statistics and welcome windows; the break window
/// opens its own, `break_window/app.rs`); `make` builds the app once the window's context
/// exists.
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

/// The settings window's size: the Common page fits without scrolling.
pub const SETTINGS_SIZE: [f32; 2] = [700.0, 640.0];
/// The statistics window's size.
pub const STATS_SIZE: [f32; 2] = [760.0, 720.0];
/// The welcome's size: the choices and "Start knotless" without scrolling.
pub const WELCOME_SIZE: [f32; 2] = [700.0, 660.0];

/// The settings window, unless one is open already in `runtime_dir`: then that one is
/// asked to come forward and this returns at once.
pub fn run_settings(form: SettingsForm, runtime_dir: &std::path::Path) -> Result<(), WindowError> {
    let title = knotless_i18n::t!("break-title-settings");
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
    let title = knotless_i18n::t!("break-title-statistics");
    open_styled(title, viewport, true, move |_| StatsApp(view))
}

/// The first-run welcome.
pub fn run_welcome(welcome: Welcome) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default()
        .with_inner_size(WELCOME_SIZE)
        .with_min_inner_size([480.0, 280.0]);
    let title = knotless_i18n::t!("break-title-welcome");
    open_styled(title, viewport, true, move |_| WelcomeApp {
        welcome,
        shrunk: false,
    })
}

/// A window could not be opened (no usable display or OpenGL, most often).
#[derive(Debug)]
pub struct WindowError {
    pub title: String,
    pub reason: String,
}

impl std::error::Error for WindowError {}

/// In the active language: a person reads it (`reason` is the system's own words).
impl std::fmt::Display for WindowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = knotless_i18n::t!(
            "break-window-failed",
            title = self.title.as_str(),
            reason = self.reason.as_str()
        );
        f.write_str(&text)
    }
}
