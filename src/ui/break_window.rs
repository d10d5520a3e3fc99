//! The guided micro-break: the suggestion's title, its illustration frames as a slow loop,
//! the current step with a countdown and the
//! overall progress, the safety lines, and Next / Done / Snooze / Skip / Another suggestion.
//! After Done, one tap: "How did that feel?". Everything the user decides goes to a
//! [`Reporter`] (the daemon over the socket, or history directly when it is gone).
//!
//! The flow holds its own `now`, set by the window each frame from the clock and by tests by
//! hand, so the countdown is tested without waiting.

use crate::core::Time;
use crate::core::exercise::Exercise;
use chrono::TimeDelta;
use eframe::egui::load::Bytes;
use std::collections::HashMap;

/// Each illustration frame shows this long before the next.
const FRAME_MS: i64 = 1500;
use eframe::egui::{self, Key, RichText};

mod checkin;

pub use crate::core::body::Advice;
use crate::core::exercise::Region;
pub use crate::core::history::{AreaCheck, Feeling};
pub use crate::core::presence::Posture;
pub use crate::platform::sound::Cue;

/// What the window tells the outside world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// Start the break that was asked about (the window began with the question).
    Start,
    /// The user switched to another suggestion.
    Another {
        exercise: String,
    },
    Done {
        exercise: String,
    },
    Snooze,
    Skip,
    Feedback {
        exercise: String,
        feeling: Feeling,
    },
    /// The check-in's answers.
    Checkin {
        areas: Vec<AreaCheck>,
    },
    /// Advice was shown (so it is not repeated).
    Advised {
        region: Region,
        kind: String,
    },
    /// The user stood up or sat down (the "I'm standing" switch, with a sit-stand desk).
    Posture(Posture),
}

/// Where reports go.
pub trait Reporter {
    fn report(&mut self, report: Report);

    /// While the window asks "Start?": has the reminder been answered elsewhere (the CLI,
    /// the tray) or been missed? Then the window closes.
    fn prompt_withdrawn(&mut self) -> bool {
        false
    }
}

/// How often a prompting window asks whether its reminder still stands.
const PROMPT_CHECK_SECS: i64 = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    /// "Time to move": Start, Snooze or Skip (when there is no notification to ask in).
    Prompt {
        summary: String,
        until: Time,
        checked: Time,
    },
    Steps,
    Feedback,
    /// How each area feels: 0 (fine) to 10, and a warning sign or not.
    Checkin(Vec<AreaCheck>),
    /// Advice to read before the window closes.
    Advice(Vec<Advice>),
    Over,
}

/// The state of one micro-break.
pub struct BreakFlow {
    exercise: Exercise,
    /// Next best picks, for "Another suggestion".
    alternatives: Vec<Exercise>,
    step: usize,
    step_started: Time,
    now: Time,
    stage: Stage,
    reporter: Box<dyn Reporter>,
    /// SVG frames per exercise id.
    frames: HashMap<String, Vec<Bytes>>,
    /// Why this exercise, when something personal leaned towards it.
    reason: Option<String>,
    /// Areas to ask about after the feedback, when a check-in is due.
    checkin: Vec<Region>,
    /// Advice due anyway (shown after the feedback or the check-in).
    advice: Vec<Advice>,
    /// Areas an exercise made worse once already this week: a "worse" now for one of them
    /// brings the advice to seek help at once.
    worse_this_week: Vec<Region>,
    /// The step's countdown stands still since then (Space, or Pause).
    paused_at: Option<Time>,
    /// Sound cues due, oldest first, for the window to play (`take_cues`).
    cues: Vec<Cue>,
    /// The end cue was given.
    ended: bool,
    /// With a sit-stand desk (and the daemon to tell): the posture, for the switch.
    posture: Option<Posture>,
    /// Read each step aloud (`[sound] voice`, or "Read the steps aloud" in the window).
    voice: bool,
    /// The exercise and step last read aloud.
    read: Option<(String, usize)>,
    /// "Done" was said.
    said_done: bool,
    /// What to say, oldest first, for the window to speak (`take_speech`).
    speech: Vec<String>,
    /// Why nothing can be read aloud here, once the window has tried.
    voice_problem: Option<String>,
    /// The figure's keyframes and extents, for the exercise showing.
    figure_cache: std::cell::RefCell<Option<FigureCache>>,
}

struct FigureCache {
    id: String,
    frames: Vec<crate::core::figure::Frame>,
    extents: [([f32; 2], [f32; 2]); 2],
}

impl BreakFlow {
    pub fn new(
        exercise: Exercise,
        alternatives: Vec<Exercise>,
        now: Time,
        reporter: Box<dyn Reporter>,
    ) -> BreakFlow {
        BreakFlow {
            exercise,
            alternatives,
            step: 0,
            step_started: now,
            now,
            stage: Stage::Steps,
            reporter,
            frames: HashMap::new(),
            reason: None,
            checkin: Vec::new(),
            advice: Vec::new(),
            worse_this_week: Vec::new(),
            paused_at: None,
            cues: Vec::new(),
            ended: false,
            posture: None,
            voice: false,
            read: None,
            said_done: false,
            speech: Vec::new(),
            voice_problem: None,
            figure_cache: std::cell::RefCell::new(None),
        }
    }

    /// Reads each step aloud from the start (`[sound] voice`).
    pub fn with_voice(mut self, voice: bool) -> BreakFlow {
        self.voice = voice;
        self
    }

    /// Steps are read aloud.
    pub fn is_reading_aloud(&self) -> bool {
        self.voice
    }

    /// "Read the steps aloud": from the current step on.
    pub fn read_aloud(&mut self) {
        self.voice = true;
        self.read = None;
    }

    /// The window found nothing that speaks: it says so instead of the button.
    pub fn set_voice_problem(&mut self, problem: String) {
        self.voice_problem = Some(problem);
    }

    /// What to say since the last call, oldest first: each step as it begins ("Now the
    /// other side." first when it switches sides), and "Done." when the last step's time
    /// is up. Nothing unless steps are read aloud.
    pub fn take_speech(&mut self) -> Vec<String> {
        if self.voice && self.stage == Stage::Steps {
            let here = (self.exercise.id.clone(), self.step);
            if self.read.as_ref() != Some(&here) {
                let text = &self.exercise.steps[self.step].text;
                self.speech.push(if self.step > 0 && self.switches_sides() {
                    format!("Now the other side. {text}")
                } else {
                    text.clone()
                });
                self.read = Some(here);
            }
            if self.ended && !self.said_done {
                self.said_done = true;
                self.speech.push("Done.".to_owned());
            }
        }
        std::mem::take(&mut self.speech)
    }

    /// Shows the "I'm standing" switch, starting at `posture` (a sit-stand desk).
    pub fn with_posture(mut self, posture: Option<Posture>) -> BreakFlow {
        self.posture = posture;
        self
    }

    /// The posture the switch shows, if it is shown.
    pub fn posture(&self) -> Option<Posture> {
        self.posture
    }

    /// Flips the switch: stands up, or sits down, and says so.
    pub fn toggle_posture(&mut self) {
        if let Some(posture) = self.posture {
            let other = match posture {
                Posture::Sitting => Posture::Standing,
                Posture::Standing => Posture::Sitting,
            };
            self.posture = Some(other);
            self.reporter.report(Report::Posture(other));
        }
    }

    /// The line saying why this exercise was picked.
    pub fn with_reason(mut self, reason: Option<String>) -> BreakFlow {
        self.reason = reason;
        self
    }

    /// Asks first: `summary` ("Time to move · sitting 42 min") with Start, Snooze and Skip;
    /// unanswered for `answer_within` (when the reminder counts as missed) it closes.
    pub fn prompting(mut self, summary: String, answer_within: TimeDelta) -> BreakFlow {
        self.stage = Stage::Prompt {
            summary,
            until: self.now + answer_within,
            checked: self.now,
        };
        self
    }

    /// Still asking whether to start.
    pub fn is_prompting(&self) -> bool {
        matches!(self.stage, Stage::Prompt { .. })
    }

    /// The illustration frames (SVG) of the exercise and its alternatives, by id.
    pub fn with_frames(mut self, frames: HashMap<String, Vec<Bytes>>) -> BreakFlow {
        self.frames = frames;
        self
    }

    /// The time the steps go by: now, or the moment they were paused.
    fn step_clock(&self) -> Time {
        self.paused_at.unwrap_or(self.now)
    }

    /// Pauses the step's countdown, or lets it go on where it stood.
    pub fn toggle_pause(&mut self) {
        if self.stage != Stage::Steps {
            return;
        }
        match self.paused_at.take() {
            Some(paused_at) => self.step_started += self.now - paused_at,
            None => self.paused_at = Some(self.now),
        }
    }

    /// The countdown stands still.
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// The step showing (0-based).
    pub fn step(&self) -> usize {
        self.step
    }

    /// The moving figure now, when the exercise has one: its shapes, the extent the whole
    /// movement fits in, and what the moment is.
    pub fn figure_now(&self) -> Option<FigureNow> {
        use crate::core::figure;
        self.at_figure_moment(|fig, cached, shown| {
            let pose = if shown.mirror {
                shown.pose.mirrored()
            } else {
                shown.pose
            };
            FigureNow {
                shapes: figure::draw(
                    fig,
                    &pose,
                    shown.contacts,
                    shown.mirror,
                    shown.ghost,
                    figure::Cues {
                        look: shown.look,
                        breath: shown.breath,
                        arrow: shown.arrow,
                        hand: shown.hand,
                    },
                ),
                extent: cached.extents[usize::from(shown.mirror)],
                moving: shown.moving && self.paused_at.is_none(),
                switched: shown.switched,
            }
        })
    }

    /// The figure is between two keyframes: the window repaints smoothly, else once a second.
    /// (Only the moment is worked out, not the drawing.)
    pub fn figure_moving(&self) -> bool {
        self.stage == Stage::Steps
            && self.paused_at.is_none()
            && self
                .at_figure_moment(|_, _, shown| shown.moving)
                .unwrap_or(false)
    }

    /// Calls `then` with the figure, its keyframes and extents (worked out once per
    /// exercise, not every frame) and the moment of the step showing now.
    fn at_figure_moment<R>(
        &self,
        then: impl FnOnce(
            &crate::core::figure::Figure,
            &FigureCache,
            crate::core::figure::motion::Shown<'_>,
        ) -> R,
    ) -> Option<R> {
        use crate::core::figure;
        let fig = self.exercise.figure.as_ref()?;
        let mut cache = self.figure_cache.borrow_mut();
        if cache.as_ref().is_none_or(|c| c.id != self.exercise.id) {
            let frames = fig.frames(self.exercise.steps.len()).ok()?;
            let extents = [
                figure::extent(fig, &frames, false),
                figure::extent(fig, &frames, true),
            ];
            *cache = Some(FigureCache {
                id: self.exercise.id.clone(),
                frames,
                extents,
            });
        }
        let cached = cache.as_ref()?;
        let into = (self.step_clock() - self.step_started)
            .num_milliseconds()
            .max(0) as f32
            / 1000.0;
        let shown = figure::motion::at(&cached.frames, self.step, into);
        Some(then(fig, cached, shown))
    }

    /// Which frame of the loop shows now (`None` without frames).
    pub fn frame_index(&self) -> Option<usize> {
        let n = self.frames.get(&self.exercise.id)?.len();
        let ms = (self.step_clock() - self.step_started)
            .num_milliseconds()
            .max(0);
        (n > 0).then(|| usize::try_from(ms / FRAME_MS).unwrap_or(0) % n)
    }

    /// Moves time on; a step whose seconds are up gives way to the next.
    pub fn set_now(&mut self, now: Time) {
        self.now = now;
        if let Stage::Prompt { until, checked, .. } = &mut self.stage {
            if now >= *until {
                self.stage = Stage::Over;
                return;
            }
            if now - *checked >= TimeDelta::seconds(PROMPT_CHECK_SECS) {
                *checked = now;
                if self.reporter.prompt_withdrawn() {
                    self.stage = Stage::Over;
                }
            }
            return;
        }
        while self.stage == Stage::Steps && self.step + 1 < self.exercise.steps.len() {
            let length = TimeDelta::seconds(i64::from(self.exercise.steps[self.step].seconds));
            if self.step_clock() - self.step_started < length {
                break;
            }
            self.step_started += length;
            self.step += 1;
            self.cue_step();
        }
        if self.stage == Stage::Steps
            && !self.ended
            && self.step + 1 == self.exercise.steps.len()
            && self.seconds_left() == 0
        {
            self.ended = true;
            self.cues.push(Cue::End);
        }
    }

    /// The cue for the step that just began: "switch sides" when it moves to the other
    /// side, else a plain step.
    fn cue_step(&mut self) {
        self.cues.push(if self.switches_sides() {
            Cue::SwitchSides
        } else {
            Cue::Step
        });
    }

    /// The current step moves to the other side.
    fn switches_sides(&self) -> bool {
        self.exercise.steps[self.step].switches_sides()
    }

    /// The sound cues due since the last call, oldest first.
    pub fn take_cues(&mut self) -> Vec<Cue> {
        std::mem::take(&mut self.cues)
    }

    /// The window may close.
    pub fn is_over(&self) -> bool {
        self.stage == Stage::Over
    }

    pub fn exercise(&self) -> &Exercise {
        &self.exercise
    }

    /// Seconds left in the current step.
    pub fn seconds_left(&self) -> u32 {
        let length = i64::from(self.exercise.steps[self.step].seconds);
        let gone = (self.step_clock() - self.step_started).num_seconds();
        u32::try_from((length - gone).max(0)).unwrap_or(0)
    }

    fn next(&mut self) {
        if self.step + 1 < self.exercise.steps.len() {
            self.step += 1;
            self.step_started = self.now;
            self.paused_at = None;
            self.cue_step();
        }
    }

    fn done(&mut self) {
        self.reporter.report(Report::Done {
            exercise: self.exercise.id.clone(),
        });
        self.stage = Stage::Feedback;
    }

    fn another(&mut self) {
        if self.alternatives.is_empty() {
            return;
        }
        let next = self.alternatives.remove(0);
        self.alternatives
            .push(std::mem::replace(&mut self.exercise, next));
        self.step = 0;
        self.step_started = self.now;
        self.reporter.report(Report::Another {
            exercise: self.exercise.id.clone(),
        });
    }

    fn start(&mut self) {
        self.reporter.report(Report::Start);
        self.stage = Stage::Steps;
        self.step = 0;
        self.step_started = self.now;
    }

    fn finish(&mut self, report: Report) {
        self.reporter.report(report);
        self.stage = Stage::Over;
    }

    /// Draws the window's content and handles its buttons and keys.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        match self.stage {
            Stage::Prompt { .. } => self.prompt_ui(ui),
            Stage::Steps => self.steps_ui(ui),
            Stage::Feedback => self.feedback_ui(ui),
            Stage::Checkin(_) => self.checkin_ui(ui),
            Stage::Advice(_) => self.advice_ui(ui),
            Stage::Over => {
                ui.label("Well moved. See you at the next break.");
            }
        }
    }

    /// The steps, readable from a step away: the current step large, the seconds left of it
    /// and "step 2 of 4" at a glance, the safety lines at normal size.
    fn steps_ui(&mut self, ui: &mut egui::Ui) {
        let e = &self.exercise;
        let step = &e.steps[self.step];
        ui.heading(&e.title);
        ui.label(&e.summary);
        self.reason_ui(ui);
        // Lying down or with the eyes closed the window cannot be watched: one click reads
        // the steps aloud.
        let mut read_aloud = false;
        if let (true, Some(problem)) = (self.voice, &self.voice_problem) {
            ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
        } else if !self.voice && e.done_without_looking() {
            read_aloud = ui.button("Read the steps aloud").clicked();
        }
        self.illustration_ui(ui);
        ui.add_space(8.0);
        let of = format!("Step {} of {}", self.step + 1, e.steps.len());
        ui.label(RichText::new(&of).strong().size(18.0));
        ui.label(RichText::new(&step.text).size(22.0).strong());
        let left = self.seconds_left();
        let countdown = if left >= 60 {
            format!("{}:{:02} left", left / 60, left % 60)
        } else {
            format!("{left} s left")
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(countdown).size(32.0).strong());
            if self.paused_at.is_some() {
                ui.label(RichText::new("Paused: Space goes on").size(18.0));
            }
        });
        let length = step.seconds.max(1);
        ui.add(
            egui::ProgressBar::new((length - left.min(length)) as f32 / length as f32)
                .text(of.to_lowercase()),
        );
        for caution in &e.cautions {
            ui.label(RichText::new(caution).italics());
        }
        ui.add_space(8.0);
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            if self.step + 1 < e.steps.len() && ui.button("Next").clicked() {
                action = Some("next");
            }
            if ui.button("Done").clicked() {
                action = Some("done");
            }
            let pause = if self.paused_at.is_some() {
                "Go on"
            } else {
                "Pause"
            };
            if ui.button(pause).clicked() {
                action = Some("pause");
            }
            if ui.button("Snooze").clicked() {
                action = Some("snooze");
            }
            if ui.button("Skip").clicked() {
                action = Some("skip");
            }
            if !self.alternatives.is_empty() && ui.button("Another suggestion").clicked() {
                action = Some("another");
            }
        });
        if let Some(posture) = self.posture {
            let mut standing = posture == Posture::Standing;
            if ui
                .checkbox(&mut standing, "I'm standing (at a sit-stand desk)")
                .changed()
            {
                action = Some("posture");
            }
        }
        // Enter is Done, Escape is Snooze, Space pauses and goes on (unless a focused
        // button takes the Space as its own click).
        let focused = ui.memory(|m| m.focused().is_some());
        ui.input(|i| {
            if i.key_pressed(Key::Enter) {
                action = Some("done");
            } else if i.key_pressed(Key::Escape) {
                action = Some("snooze");
            } else if i.key_pressed(Key::Space) && !focused {
                action = Some("pause");
            }
        });
        if read_aloud {
            self.read_aloud();
        }
        match action {
            Some("pause") => self.toggle_pause(),
            Some("next") => self.next(),
            Some("done") => self.done(),
            Some("snooze") => self.finish(Report::Snooze),
            Some("skip") => self.finish(Report::Skip),
            Some("another") => self.another(),
            Some("posture") => self.toggle_posture(),
            _ => {}
        }
    }

    /// Why this exercise, when something personal leaned towards it.
    fn reason_ui(&self, ui: &mut egui::Ui) {
        if let Some(reason) = &self.reason {
            ui.label(RichText::new(reason).italics());
        }
    }

    /// The exercise's figure, moving in time with the step (or its SVG frames as a loop),
    /// on a light card.
    fn illustration_ui(&self, ui: &mut egui::Ui) {
        let e = &self.exercise;
        if let Some(now) = self.figure_now() {
            egui::Frame::new()
                .fill(card())
                .corner_radius(8.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    let size = egui::vec2(FIGURE_PX, FIGURE_PX);
                    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
                    let title = format!("Illustration of {}", e.title);
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Image, true, title.clone())
                    });
                    paint_figure(&ui.painter_at(rect), rect, &now);
                    if now.switched {
                        ui.painter().text(
                            rect.left_top() + egui::vec2(6.0, 4.0),
                            egui::Align2::LEFT_TOP,
                            "Other side",
                            egui::FontId::proportional(18.0),
                            ink(crate::core::figure::rig::Ink::Accent),
                        );
                    }
                });
            return;
        }
        if let (Some(i), Some(frames)) = (self.frame_index(), self.frames.get(&e.id)) {
            // The drawings are dark lines: on a light card, in light and dark themes alike.
            egui::Frame::new()
                .fill(egui::Color32::from_rgb(0xf4, 0xf1, 0xea))
                .corner_radius(8.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::Image::from_bytes(
                            format!("bytes://knotless/{}-{}.svg", e.id, i + 1),
                            frames[i].clone(),
                        )
                        .fit_to_exact_size(egui::vec2(150.0, 150.0))
                        .alt_text(format!("Illustration of {}", e.title)),
                    );
                });
        }
    }

    fn prompt_ui(&mut self, ui: &mut egui::Ui) {
        let Stage::Prompt { summary, .. } = &self.stage else {
            return;
        };
        ui.heading(summary.as_str());
        ui.label("Move often, move variably. How about this one:");
        ui.label(RichText::new(&self.exercise.title).strong().size(18.0));
        ui.label(&self.exercise.summary);
        self.reason_ui(ui);
        self.illustration_ui(ui);
        ui.add_space(8.0);
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            if ui.button("Start break").clicked() {
                action = Some(Report::Start);
            }
            if ui.button("Snooze").clicked() {
                action = Some(Report::Snooze);
            }
            if ui.button("Skip").clicked() {
                action = Some(Report::Skip);
            }
        });
        // Enter starts, Escape snoozes, as in the steps.
        ui.input(|i| {
            if i.key_pressed(Key::Enter) {
                action = Some(Report::Start);
            } else if i.key_pressed(Key::Escape) {
                action = Some(Report::Snooze);
            }
        });
        match action {
            Some(Report::Start) => self.start(),
            Some(report) => self.finish(report),
            None => {}
        }
    }

    fn feedback_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("How did that feel?");
        let mut feeling = None;
        ui.horizontal(|ui| {
            for (label, f) in [
                ("Better", Feeling::Better),
                ("Same", Feeling::Same),
                ("Worse", Feeling::Worse),
            ] {
                if ui.button(label).clicked() {
                    feeling = Some(f);
                }
            }
        });
        ui.label(
            RichText::new("If something hurt or tingled, stop that one and tell a professional.")
                .small(),
        );
        if let Some(feeling) = feeling {
            let exercise = self.exercise.id.clone();
            self.reporter.report(Report::Feedback { exercise, feeling });
            if feeling == Feeling::Worse {
                self.made_worse();
            }
            self.after_feedback();
        }
    }
}

/// The figure's side in the window, in points: large enough to read from a step away.
pub const FIGURE_PX: f32 = 230.0;

/// The figure at one moment of the break.
pub struct FigureNow {
    pub shapes: Vec<crate::core::figure::rig::Shape>,
    pub extent: ([f32; 2], [f32; 2]),
    /// Between keyframes.
    pub moving: bool,
    /// Just switched to the other side.
    pub switched: bool,
}

fn card() -> egui::Color32 {
    let [r, g, b] = crate::core::figure::svg::CARD;
    egui::Color32::from_rgb(r, g, b)
}

fn ink(i: crate::core::figure::rig::Ink) -> egui::Color32 {
    let [r, g, b] = crate::core::figure::svg::rgb(i);
    egui::Color32::from_rgb(r, g, b)
}

/// Paints the figure's shapes into `rect`, the whole movement's extent fitted and centred.
fn paint_figure(painter: &egui::Painter, rect: egui::Rect, now: &FigureNow) {
    use crate::core::figure::rig::Shape;
    let (lo, hi) = now.extent;
    let margin = 4.0;
    let (w, h) = ((hi[0] - lo[0]).max(1.0), (hi[1] - lo[1]).max(1.0));
    let k = ((rect.width() - 2.0 * margin) / w).min((rect.height() - 2.0 * margin) / h);
    let offset = egui::vec2((rect.width() - w * k) / 2.0, (rect.height() - h * k) / 2.0);
    let at =
        |p: [f32; 2]| rect.left_top() + offset + egui::vec2((p[0] - lo[0]) * k, (hi[1] - p[1]) * k);
    for shape in &now.shapes {
        match shape {
            Shape::Line {
                a,
                b,
                width,
                ink: i,
            } => {
                let (a, b, width, color) = (at(*a), at(*b), width * k, ink(*i));
                painter.line_segment([a, b], egui::Stroke::new(width, color));
                painter.circle_filled(a, width / 2.0, color);
                painter.circle_filled(b, width / 2.0, color);
            }
            Shape::Circle { c, r, fill, stroke } => {
                let fill = fill.map_or(card(), ink);
                let stroke = stroke.map_or(egui::Stroke::NONE, |(w, i)| {
                    egui::Stroke::new(w * k, ink(i))
                });
                painter.circle(at(*c), r * k, fill, stroke);
            }
            Shape::Poly { points, ink: i } => {
                let points: Vec<egui::Pos2> = points.iter().map(|p| at(*p)).collect();
                painter.add(egui::Shape::convex_polygon(
                    points,
                    ink(*i),
                    egui::Stroke::new(3.0 * k, ink(*i)),
                ));
            }
        }
    }
}
