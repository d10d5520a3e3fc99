//! The question, the steps and the end screen, and which buttons the bottom bar has in
//! each stage: one primary (Start, Next, Done, Save, …) and the quieter ones, always in
//! the same order.

use super::{Action, BreakWindow, Flow, Stage};
use eframe::egui::{self, RichText};
use knotless_core::history::Feeling;
use knotless_core::presence::Posture;
use knotless_exercises::exercise::{Exercise, Region};
use knotless_i18n::t;

/// The figure takes at least this share of the window's height.
const FIGURE_SHARE: f32 = 0.42;

/// A button's label and what it does.
pub(super) type Button = (String, Action);

/// The primary button: its label, and what it does (`None`: disabled until answered).
pub(super) type Primary = Option<(String, Option<Action>)>;

/// The bottom bar of `flow`'s stage: the quiet buttons, and the primary one.
pub(super) fn buttons(flow: &Flow) -> (Vec<Button>, Primary) {
    let snooze = flow.plan().snoozes_left > 0;
    let mut quiet = Vec::new();
    let primary = match flow.stage() {
        Stage::Prompt => {
            if snooze {
                quiet.push((t!("break-snooze"), Action::Snooze));
            }
            quiet.push((t!("break-skip"), Action::Skip));
            if flow.has_another() {
                quiet.push((t!("break-another"), Action::Another));
            }
            Some((t!("break-start"), Some(Action::Start)))
        }
        // "Done early?": going on is the large button (and Enter), so a stray key or
        // click never counts a break that was hardly begun.
        Stage::Steps(s) if s.confirming_done => {
            quiet.push((t!("break-yes-done"), Action::ConfirmDone));
            Some((t!("break-go-on"), Some(Action::KeepGoing)))
        }
        Stage::Steps(s) => {
            let pause = if flow.is_paused() {
                t!("break-resume")
            } else {
                t!("break-pause")
            };
            if !s.time_up {
                quiet.push((pause, Action::TogglePause));
            }
            if snooze {
                quiet.push((t!("break-snooze"), Action::Snooze));
            }
            quiet.push((t!("break-skip"), Action::Skip));
            if flow.has_another() {
                quiet.push((t!("break-another"), Action::Another));
            }
            let last = s.step + 1 >= flow.exercise().steps.len();
            if last || s.time_up {
                Some((t!("break-done"), Some(Action::Done)))
            } else {
                // Done early is a quiet button; it asks before it counts.
                quiet.push((t!("break-done-early"), Action::Done));
                Some((t!("break-next"), Some(Action::Next)))
            }
        }
        Stage::Finished => {
            if flow.plan().checkin.is_empty() && !flow.plan().checkin_areas.is_empty() {
                quiet.push((t!("break-check-in-now"), Action::CheckInNow));
            }
            let label = if flow.plan().checkin.is_empty() && flow.plan().advice.is_empty() {
                t!("break-close")
            } else {
                t!("break-continue")
            };
            Some((label, Some(Action::Continue)))
        }
        Stage::Checkin(c) => {
            quiet.push((t!("break-not-now"), Action::LeaveCheckin));
            quiet.push((t!("break-all-fine"), Action::AllFine));
            Some((
                t!("break-save"),
                c.answered().then_some(Action::SaveCheckin),
            ))
        }
        Stage::Advice(_) => Some((t!("break-understood"), Some(Action::Understood))),
        Stage::Closed => None,
    };
    (quiet, primary)
}

/// What to do in step `step` of `e`: its text; a step that switches sides adds what to do
/// there, for a bare "Switch sides." the steps of the side before with left and right
/// swapped.
pub(super) fn instruction(e: &Exercise, step: usize) -> String {
    let text = &e.steps[step].text;
    if step == 0 || !e.steps[step].switches_sides() {
        return text.clone();
    }
    // A switching step that says more than "Switch sides." already says what to do there
    // (counted in characters, so that Japanese, three bytes a character, counts alike).
    if text.chars().count() > 24 {
        return t!("break-other-side-then", step = text.as_str());
    }
    let side_began = (0..step)
        .rev()
        .find(|&i| e.steps[i].switches_sides())
        .unwrap_or(0);
    let before: Vec<String> = e.steps[side_began..step]
        .iter()
        .map(|s| mirrored(&s.text))
        .collect();
    t!("break-other-side-again", steps = before.join(" "))
}

/// `text` for the other side: "left" and "right" swapped, as whole words (the words of
/// the active language, in which the exercise's steps are written).
fn mirrored(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let sides: Vec<String> = t!("break-mirror-words")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    // Pairs of words, each turned into the other: "left right Left Right".
    let swap = |w: &str| {
        sides
            .iter()
            .position(|s| s == w)
            .and_then(|i| sides.get(i ^ 1))
            .map_or_else(|| w.to_owned(), String::clone)
    };
    for c in text.chars() {
        if is_ideographic(c) {
            // Japanese and Chinese write no spaces: each ideograph (左, 右) is a word of its
            // own.
            out.push_str(&swap(&word));
            word.clear();
            out.push_str(&swap(&c.to_string()));
        } else if c.is_alphabetic() {
            word.push(c);
        } else {
            out.push_str(&swap(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&swap(&word));
    out
}

/// A CJK ideograph or kana: a script without spaces between words.
fn is_ideographic(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// One countdown format: minutes and seconds.
pub fn countdown(secs: u32) -> String {
    t!(
        "break-countdown",
        time = format!("{}:{:02}", secs / 60, secs % 60)
    )
}

/// "2 minutes", "1 minute", "45 seconds".
fn spoken_length(secs: i64) -> String {
    use crate::config::advice::Unit;
    match secs {
        s if s >= 60 => Unit::Minute.count((s + 30) / 60),
        s => Unit::Second.count(s.max(0)),
    }
}

/// "Done: 2 minutes for your neck and upper back" (or "for you", when it names no area).
fn finished(secs: i64, regions: &[Region]) -> String {
    let length = spoken_length(secs);
    if regions.is_empty() {
        t!("break-finished-you", length = length)
    } else {
        t!(
            "break-finished",
            length = length,
            areas = Region::list(regions)
        )
    }
}

impl BreakWindow {
    /// The figure's side: the largest thing in the window, centred.
    fn figure(&self, ui: &mut egui::Ui, step: usize, into: chrono::TimeDelta) {
        let height = ui.ctx().content_rect().height();
        let side = (height * FIGURE_SHARE).min(ui.available_width()).max(120.0);
        let e = self.flow.exercise();
        ui.vertical_centered(|ui| {
            self.figures
                .show(ui, e, (step, into, self.flow.is_paused()), side);
        });
    }

    pub(super) fn prompt_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let e = self.flow.exercise();
        let heading = self
            .flow
            .plan()
            .prompt
            .as_ref()
            .map_or_else(|| t!("break-time-to-move"), |(h, _)| h.clone());
        ui.heading(heading);
        let length = spoken_length(
            (0..e.steps.len())
                .map(|i| i64::from(knotless_exercises::flow::step_seconds(e, i)))
                .sum(),
        );
        ui.label(
            RichText::new(t!(
                "break-prompt-exercise",
                title = e.title.as_str(),
                length = length
            ))
            .strong()
            .size(18.0),
        );
        ui.label(&e.summary);
        self.reason_ui(ui);
        self.provider_note_ui(ui, actions);
        ui.add_space(6.0);
        self.figure(ui, 0, chrono::TimeDelta::zero());
    }

    pub(super) fn steps_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Stage::Steps(s) = self.flow.stage() else {
            return;
        };
        let (step, confirming, time_up) = (s.step, s.confirming_done, s.time_up);
        let e = self.flow.exercise();
        let n = e.steps.len();
        ui.horizontal(|ui| {
            ui.label(RichText::new(&e.title).strong().size(18.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(t!("break-step-of", step = step + 1, n = n)).size(16.0));
            });
        });
        self.reason_ui(ui);
        self.provider_note_ui(ui, actions);
        // Lying down or with the eyes closed the window cannot be watched: one click reads
        // the steps aloud.
        if let (true, Some(problem)) = (self.voice, &self.voice_problem) {
            ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
        } else if !self.voice
            && e.done_without_looking()
            && ui.button(t!("break-read-aloud")).clicked()
        {
            self.voice = true;
            self.read = None;
        }
        let (_, into) = self.flow.into_step().unwrap_or_default();
        self.figure(ui, step, into);
        ui.add_space(6.0);
        let e = self.flow.exercise();
        ui.label(RichText::new(instruction(e, step)).size(22.0).strong());
        ui.add_space(4.0);
        self.timing_ui(ui, step, confirming, time_up);
        ui.add_space(4.0);
        for caution in &e.cautions {
            ui.label(RichText::new(caution).italics());
        }
        if let Some(posture) = self.flow.posture() {
            let mut standing = posture == Posture::Standing;
            if ui.checkbox(&mut standing, t!("break-standing")).changed() {
                actions.push(Action::TogglePosture);
            }
        }
    }

    /// Where the step stands: "done early?" while confirming, the last step's end, or the
    /// countdown; then the progress bar, which a screen reader hears as the step.
    fn timing_ui(&self, ui: &mut egui::Ui, step: usize, confirming: bool, time_up: bool) {
        let n = self.flow.exercise().steps.len();
        if confirming {
            ui.label(
                RichText::new(t!("break-done-early-confirm", step = step, n = n))
                    .size(18.0)
                    .color(ui.visuals().warn_fg_color),
            );
        } else if time_up {
            ui.label(RichText::new(t!("break-last-step-over")).size(18.0));
        } else {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(countdown(self.flow.seconds_left()))
                        .size(28.0)
                        .strong(),
                );
                if self.flow.is_paused() {
                    ui.label(RichText::new(t!("break-paused")).size(18.0));
                }
            });
        }
        let bar = ui.add(
            egui::ProgressBar::new(progress(&self.flow))
                .desired_height(8.0)
                .corner_radius(4.0)
                .fill(if ui.visuals().dark_mode {
                    egui::Color32::from_rgb(0x5a, 0xa2, 0xe6)
                } else {
                    egui::Color32::from_rgb(0x1d, 0x5f, 0xa8)
                }),
        );
        // No text on the bar (it would sit under its fill); a screen reader hears the step.
        let said = t!("break-progress", step = step + 1, n = n);
        bar.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &said));
    }

    pub(super) fn finished_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let e = self.flow.exercise();
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.heading(
                RichText::new(finished(self.flow.took().num_seconds(), &e.regions)).size(24.0),
            );
            ui.add_space(20.0);
            ui.label(RichText::new(t!("break-how-did-it-feel")).size(18.0));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                // Centred: the three buttons' width is known.
                let width = 3.0 * 90.0 + 2.0 * ui.spacing().item_spacing.x;
                ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
                for (label, feeling) in [
                    (t!("break-feel-better"), Feeling::Better),
                    (t!("break-feel-same"), Feeling::Same),
                    (t!("break-feel-worse"), Feeling::Worse),
                ] {
                    let button = egui::Button::new(RichText::new(label).size(16.0))
                        .min_size(egui::vec2(90.0, 32.0));
                    if ui.add(button).clicked() {
                        actions.push(Action::Feel(feeling));
                    }
                }
            });
            ui.add_space(12.0);
            // Body size: the one health line of this screen (a reviewer found it unreadable
            // when small), worded as the holds work.
            ui.label(RichText::new(t!("break-feel-safety")).size(15.0));
        });
    }
}

/// How far through the whole break: steps done plus the part of this one.
fn progress(flow: &Flow) -> f32 {
    let e = flow.exercise();
    let Some((step, _)) = flow.into_step() else {
        return 1.0;
    };
    let seconds = |i| knotless_exercises::flow::step_seconds(e, i);
    let total: u32 = (0..e.steps.len()).map(seconds).sum::<u32>().max(1);
    let before: u32 = (0..step).map(seconds).sum();
    let this = seconds(step).saturating_sub(flow.seconds_left());
    (before + this) as f32 / total as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_side_says_what_to_do_there_with_left_and_right_swapped() {
        assert_eq!(
            mirrored("Bring your right arm across; the left hand (Left!) stays. Brightly."),
            "Bring your left arm across; the right hand (Right!) stays. Brightly."
        );
        let mut e = knotless_exercises::suggest::fallback();
        e.steps = [
            "Tilt your right ear down.",
            "Hold.",
            "Switch sides.",
            "Rest.",
        ]
        .iter()
        .map(|t| knotless_exercises::exercise::Step {
            text: (*t).to_owned(),
            seconds: 10,
            switch_sides: t.starts_with("Switch"),
        })
        .collect();
        assert_eq!(
            instruction(&e, 2),
            "Now the other side: Tilt your left ear down. Hold."
        );
        assert_eq!(instruction(&e, 3), "Rest.");
    }

    #[test]
    fn japanese_left_and_right_swap_without_spaces() {
        knotless_i18n::with_language("ja", || {
            assert_eq!(
                mirrored("右腕を左肩の方へ伸ばします。"),
                "左腕を右肩の方へ伸ばします。"
            );
        });
    }
}
