//! The windows as native windows (eframe with the glow renderer), one process each, which
//! returns when its window closes. The break window has its own (`break_window/app.rs`).

use super::settings_window::SettingsForm;
use super::stats_window::StatsView;
use super::welcome::Welcome;
use crate::platform::appearance::{self, Scheme};
use eframe::egui;

struct SettingsApp(SettingsForm);

impl eframe::App for SettingsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.0.ui(ui));
    }
}

struct StatsApp(StatsView);

impl eframe::App for StatsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.0.ui(ui));
    }
}

struct WelcomeApp(Welcome);

impl eframe::App for WelcomeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let welcome = &mut self.0;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| welcome.ui(ui));
        });
        if ui.ctx().input(|i| i.viewport().close_requested()) && !welcome.is_finished() {
            // Closing the window is "Not now".
            welcome.decline();
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
    let options = eframe::NativeOptions {
        viewport: viewport.with_title(&title).with_app_id(crate::APP_ID),
        ..Default::default()
    };
    eframe::run_native(
        "knotless",
        options,
        Box::new(|cc| {
            prepare(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| WindowError {
        title: title.to_owned(),
        reason: e.to_string(),
    })
}

/// The settings window.
pub fn run_settings(form: SettingsForm) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default().with_inner_size([560.0, 640.0]);
    open("knotless · Settings".into(), viewport, SettingsApp(form))
}

/// The statistics window.
pub fn run_stats(view: StatsView) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default().with_inner_size([620.0, 720.0]);
    open("knotless · Statistics".into(), viewport, StatsApp(view))
}

/// The first-run welcome.
pub fn run_welcome(welcome: Welcome) -> Result<(), WindowError> {
    let viewport = egui::ViewportBuilder::default().with_inner_size([560.0, 600.0]);
    open("Welcome to knotless".into(), viewport, WelcomeApp(welcome))
}

/// A window could not be opened (no usable display or OpenGL, most often).
#[derive(Debug, thiserror::Error)]
#[error("cannot open the window {title:?}: {reason}")]
pub struct WindowError {
    pub title: String,
    pub reason: String,
}
