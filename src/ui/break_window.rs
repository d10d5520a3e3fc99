//! The break window: a view of one [`Flow`]. It draws the stage (the question, the steps,
//! the end screen, the check-in, the advice) above a fixed bottom bar with one primary
//! button on the right and the quieter ones, always in the same places, on the left; it
//! hands clicks, keys and the window closing to the flow, and reads the step aloud when
//! asked. What to record comes out of the flow (`take_reports`); the eframe side is in
//! `app.rs`.
//!
//! The flow holds its own `now`, set by the window each frame from the clock and by tests
//! by hand, so nothing here depends on the clock.

mod app;
mod checkin;
pub mod figure;
mod steps;

pub use app::{Recorder, run_break};
pub use knotless_core::history::{AreaCheck, Feeling};
pub use knotless_core::presence::Posture;
pub use knotless_exercises::body::Advice;
pub use knotless_exercises::flow::{Action, Beat, Flow, Key, Plan, Report, Stage};

use eframe::egui::{self, RichText};
use figure::Figures;
use knotless_core::Time;
use knotless_exercises::exercise::Exercise;
use knotless_i18n::t;

/// The break window's state: the flow, and what only a window has (figures, the voice).
pub struct BreakWindow {
    flow: Flow,
    figures: Figures,
    /// Read each step aloud (`[sound] voice`, or "Read the steps aloud").
    voice: bool,
    /// The exercise and step last read aloud.
    read: Option<(String, usize)>,
    said_done: bool,
    /// The provider note has been read aloud.
    said_provider_note: bool,
    /// Why nothing can be read aloud here, once the window has tried.
    voice_problem: Option<String>,
}

impl BreakWindow {
    pub fn new(plan: Plan, now: Time) -> BreakWindow {
        BreakWindow {
            flow: Flow::new(plan, now),
            figures: Figures::default(),
            voice: false,
            read: None,
            said_done: false,
            said_provider_note: false,
            voice_problem: None,
        }
    }

    /// A user's SVG frames, by exercise id.
    pub fn with_svgs(
        mut self,
        svgs: std::collections::HashMap<String, Vec<egui::load::Bytes>>,
    ) -> BreakWindow {
        self.figures.svgs = svgs;
        self
    }

    /// Reads each step aloud from the start (`[sound] voice`).
    pub fn with_voice(mut self, voice: bool) -> BreakWindow {
        self.voice = voice;
        self
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    pub fn flow_mut(&mut self) -> &mut Flow {
        &mut self.flow
    }

    pub fn exercise(&self) -> &Exercise {
        self.flow.exercise()
    }

    pub fn set_now(&mut self, now: Time) {
        self.flow.set_now(now);
    }

    /// The window's title: what is asked, or the exercise showing.
    pub fn title(&self) -> String {
        match self.flow.stage() {
            Stage::Prompt => t!("break-title-prompt"),
            _ if self.flow.plan().checkin_only => t!("break-title-checkin"),
            _ => t!(
                "break-title-exercise",
                title = self.flow.exercise().title.as_str()
            ),
        }
    }

    /// Steps are read aloud.
    pub fn is_reading_aloud(&self) -> bool {
        self.voice
    }

    /// The window found nothing that speaks: it says so instead of the button.
    pub fn set_voice_problem(&mut self, problem: String) {
        self.voice_problem = Some(problem);
    }

    /// What to say since the last call: the provider note first where it is due, each step
    /// as it begins (with what to do on the other side when it switches), and "Done." when
    /// the last step's time is up. Nothing unless steps are read aloud.
    pub fn take_speech(&mut self) -> Vec<String> {
        let mut speech = Vec::new();
        let Stage::Steps(s) = self.flow.stage() else {
            return speech;
        };
        if !self.voice {
            return speech;
        }
        if self.flow.provider_note_due() && !self.said_provider_note {
            self.said_provider_note = true;
            speech.push(knotless_exercises::body::provider_note_text());
        }
        let e = self.flow.exercise();
        let here = (e.id.clone(), s.step);
        if self.read.as_ref() != Some(&here) {
            speech.push(steps::instruction(e, s.step));
            self.read = Some(here);
        }
        if s.time_up && !self.said_done {
            self.said_done = true;
            speech.push(t!("break-said-done"));
        }
        speech
    }

    /// The figure moves between keyframes now: the window repaints smoothly, else once a
    /// second. (Only the moment is worked out, not the drawing.)
    pub fn figure_moving(&self) -> bool {
        match self.flow.into_step() {
            Some((step, into)) if !self.flow.is_paused() => {
                self.figures.moving(self.flow.exercise(), step, into)
            }
            _ => false,
        }
    }

    /// Draws the window and hands its clicks and keys to the flow.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        egui::Panel::bottom("bar")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(12, 10)),
            )
            .show(ui, |ui| self.bar(ui, &mut actions));
        egui::CentralPanel::default().show(ui, |ui| {
            super::fonts::note_missing_font(ui);
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| match self.flow.stage() {
                    Stage::Prompt => self.prompt_ui(ui, &mut actions),
                    Stage::Steps(_) => self.steps_ui(ui, &mut actions),
                    Stage::Finished => self.finished_ui(ui, &mut actions),
                    Stage::Checkin(_) => self.checkin_ui(ui, &mut actions),
                    Stage::Advice(_) => self.advice_ui(ui),
                    Stage::Closed => {
                        ui.label(t!("break-closed"));
                    }
                });
        });
        for action in actions {
            self.flow.press(action);
        }
        self.keys(ui);
    }

    /// Enter (the primary action), Escape (leave) and Space (pause), unless a focused
    /// widget takes the key as its own.
    fn keys(&mut self, ui: &egui::Ui) {
        let focused = ui.memory(|m| m.focused().is_some());
        let keys: Vec<Key> = ui.input(|i| {
            [
                (egui::Key::Enter, Key::Enter),
                (egui::Key::Escape, Key::Escape),
                (egui::Key::Space, Key::Space),
            ]
            .into_iter()
            .filter(|(k, key)| i.key_pressed(*k) && (!focused || *key == Key::Escape))
            .map(|(_, key)| key)
            .collect()
        });
        for key in keys {
            self.flow.key(key);
        }
    }

    /// The bottom bar: the primary button on the right, the quiet ones on the left, and
    /// below them, while an exercise can still be changed, "Another suggestion" and
    /// "Choose…": each in the same place at every step.
    fn bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let (quiet, primary) = steps::buttons(&self.flow);
        let (switch, quiet): (Vec<_>, Vec<_>) =
            quiet.into_iter().partition(|(_, a)| *a == Action::Another);
        let quiet_button = |ui: &mut egui::Ui, label: &str| {
            ui.add(egui::Button::new(label).frame_when_inactive(false))
                .clicked()
        };
        let (left, right) = egui::Sides::new().height(40.0).shrink_left().show(
            ui,
            |ui| {
                // Wrapped: in a language with longer words the quiet answers take a second
                // row rather than running under the primary button.
                ui.horizontal_wrapped(|ui| {
                    quiet
                        .into_iter()
                        .filter(|(label, _)| quiet_button(ui, label))
                        .map(|(_, action)| action)
                        .collect::<Vec<_>>()
                })
                .inner
            },
            |ui| {
                let (label, action) = primary?;
                // White on a deep blue (6:1) in either theme: the one strong button.
                let button = egui::Button::new(
                    RichText::new(label)
                        .size(18.0)
                        .strong()
                        .color(egui::Color32::WHITE),
                )
                .fill(egui::Color32::from_rgb(0x1d, 0x5f, 0xa8))
                .min_size(egui::vec2(120.0, 40.0));
                let clicked = ui.add_enabled(action.is_some(), button).clicked();
                action.filter(|_| clicked)
            },
        );
        actions.extend(left);
        actions.extend(right);
        let confirming = matches!(self.flow.stage(), Stage::Steps(s) if s.confirming_done);
        if matches!(self.flow.stage(), Stage::Prompt | Stage::Steps(_)) && !confirming {
            ui.horizontal(|ui| {
                for (label, action) in switch {
                    if quiet_button(ui, &label) {
                        actions.push(action);
                    }
                }
                if !self.flow.plan().choices.is_empty() {
                    self.choose_ui(ui, actions);
                }
            });
        }
    }

    /// "Choose…": any exercise allowed for this break, in a menu that scrolls.
    fn choose_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.menu_button(t!("break-choose"), |ui| {
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for e in &self.flow.plan().choices {
                        let showing = e.id == self.flow.exercise().id;
                        if ui.selectable_label(showing, &e.title).clicked() && !showing {
                            actions.push(Action::Choose(e.id.clone()));
                            ui.close();
                        }
                    }
                });
        });
    }

    /// Why this exercise, when something personal leaned towards it.
    pub(super) fn reason_ui(&self, ui: &mut egui::Ui) {
        if let Some(reason) = &self.flow.plan().reason {
            ui.label(RichText::new(reason).italics());
        }
    }

    /// Before a first self-massage, heat or cold: the healthcare-provider note in a frame,
    /// until the user says they have read it (then never again).
    pub(super) fn provider_note_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if !self.flow.provider_note_due() {
            return;
        }
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.label(RichText::new(knotless_exercises::body::provider_note_text()).size(15.0));
                if ui.button(t!("break-provider-note-read")).clicked() {
                    actions.push(Action::ProviderNoteRead);
                }
            });
        ui.add_space(6.0);
    }
}
