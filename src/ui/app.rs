//! The break window as a native window (eframe with the glow renderer). Small, calm, never
//! fullscreen, and it opens without taking the keyboard focus, so typing mid-word goes on
//! where it was.

use super::break_window::BreakFlow;
use crate::platform::clock::{Clock, SystemClock};
use eframe::egui;
use std::time::Duration;

struct BreakApp {
    flow: BreakFlow,
}

impl eframe::App for BreakApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.flow.set_now(SystemClock.now());
        egui::CentralPanel::default().show(ui, |ui| self.flow.ui(ui));
        if self.flow.is_over() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            // The countdown changes once a second; nothing else needs a repaint.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
    }
}

/// Opens the window and returns when it closes.
pub fn run_break(flow: BreakFlow) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!("knotless · {}", flow.exercise().title))
            .with_app_id("knotless")
            .with_inner_size([440.0, 400.0])
            .with_min_inner_size([320.0, 300.0])
            .with_active(false),
        ..Default::default()
    };
    eframe::run_native(
        "knotless",
        options,
        Box::new(|cc| {
            egui_extras::install_image_loaders(&cc.egui_ctx);
            Ok(Box::new(BreakApp { flow }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the break window: {e}"))
}

struct SettingsApp {
    form: super::settings_window::SettingsForm,
}

impl eframe::App for SettingsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.form.ui(ui));
    }
}

/// Opens the settings window and returns when it closes.
pub fn run_settings(form: super::settings_window::SettingsForm) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("knotless · Settings")
            .with_app_id("knotless")
            .with_inner_size([560.0, 640.0]),
        ..Default::default()
    };
    eframe::run_native(
        "knotless-settings",
        options,
        Box::new(|_cc| Ok(Box::new(SettingsApp { form }))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the settings window: {e}"))
}
