//! How the flow moves: each action in its stage, leaving (closing, Escape), the one answer,
//! switching exercises, and what follows the end screen. Split from `mod.rs`, which holds
//! the vocabulary and the queries.

use super::{Action, Beat, Checkin, Flow, KEY_GUARD, Report, Stage, Steps, beat_for, steps_done};
use crate::body::{self, Advice};
use crate::exercise::Exercise;
use crate::history::{BreakAnswer, Feeling, How};
use crate::presence::Posture;

impl Flow {
    /// Leaving the prompt or the steps by `how`.
    pub(super) fn leave(&mut self, how: How) {
        match &self.stage {
            Stage::Steps(s) if s.time_up => self.complete(how),
            Stage::Prompt | Stage::Steps(_) => {
                let answer = if self.plan.snoozes_left > 0 {
                    BreakAnswer::Snoozed
                } else {
                    BreakAnswer::Skipped
                };
                let done = steps_done(&self.stage);
                self.answer(answer, how, done);
                self.stage = Stage::Closed;
            }
            Stage::Finished | Stage::Checkin(_) | Stage::Advice(_) | Stage::Closed => {
                self.stage = Stage::Closed;
            }
        }
    }

    /// One action, taken in the stage it fits; an action that fits no stage (a stale
    /// click) changes nothing. The provider's note and the posture belong to no stage.
    pub(super) fn act(&mut self, action: Action, how: How) {
        match action {
            Action::ProviderNoteRead => self.read_provider_note(),
            Action::TogglePosture => self.toggle_posture(),
            _ => self.act_in_stage(action, how),
        }
    }

    fn act_in_stage(&mut self, action: Action, how: How) {
        let stage = std::mem::replace(&mut self.stage, Stage::Closed);
        self.stage = match stage {
            Stage::Prompt | Stage::Steps(_) => self.act_before_end(stage, action, how),
            Stage::Finished => self.act_on_end_screen(action),
            Stage::Checkin(c) => self.act_in_checkin(c, action),
            Stage::Advice(advice) => self.act_on_advice(advice, action),
            Stage::Closed => Stage::Closed,
        };
    }

    fn read_provider_note(&mut self) {
        if self.provider_note_due() {
            self.provider_note_read = true;
            self.reports.push(Report::Advised {
                region: crate::exercise::Region::WholeBody,
                kind: body::PROVIDER_NOTE.to_owned(),
            });
        }
    }

    /// Sitting to standing or back, when the posture is known at all.
    fn toggle_posture(&mut self) {
        if let Some(posture) = self.posture {
            let other = match posture {
                Posture::Sitting => Posture::Standing,
                Posture::Standing => Posture::Sitting,
            };
            self.posture = Some(other);
            self.reports.push(Report::Posture(other));
        }
    }

    /// The prompt or the steps (`stage` is one of them): starting, the answers that end the
    /// break early, switching exercises, and what only the steps know.
    fn act_before_end(&mut self, stage: Stage, action: Action, how: How) -> Stage {
        let done = steps_done(&stage);
        match (stage, action) {
            (Stage::Prompt, Action::Start) => {
                self.reports.push(Report::Start);
                self.began = self.now;
                self.guard_keys();
                Stage::Steps(Steps::at(self.now))
            }
            (_, Action::Snooze) if self.plan.snoozes_left > 0 => {
                self.answer(BreakAnswer::Snoozed, how, done);
                Stage::Closed
            }
            (_, Action::Skip) => {
                self.answer(BreakAnswer::Skipped, how, done);
                Stage::Closed
            }
            (stage, Action::Another) => {
                self.another();
                self.restart(stage)
            }
            (stage, Action::Choose(id)) => {
                self.choose(&id);
                self.restart(stage)
            }
            (Stage::Steps(s), action) => self.act_in_steps(s, action, how, done),
            (stage, _) => stage,
        }
    }

    /// The steps: the next one, done (at once on the last step or when time is up,
    /// otherwise after asking), pausing. `done` is how many steps were done before.
    fn act_in_steps(&mut self, mut s: Steps, action: Action, how: How, done: u32) -> Stage {
        match action {
            Action::Next if s.step + 1 < self.exercise.steps.len() => {
                s.step += 1;
                s.started = self.now;
                s.paused_at = None;
                s.confirming_done = false;
                self.beats
                    .push(beat_for(&self.exercise, s.step, Beat::Step));
                self.guard_keys();
                Stage::Steps(s)
            }
            Action::Done if !s.time_up && !self.on_last_step(&s) => {
                s.confirming_done = true;
                self.guard_keys();
                Stage::Steps(s)
            }
            Action::Done => {
                self.finish(how, self.steps_len());
                self.finished_stage()
            }
            Action::ConfirmDone if s.confirming_done => {
                self.finish(how, done);
                self.finished_stage()
            }
            Action::KeepGoing => {
                s.confirming_done = false;
                Stage::Steps(s)
            }
            Action::TogglePause => {
                match s.paused_at.take() {
                    Some(paused_at) => s.started += self.now - paused_at,
                    None => s.paused_at = Some(self.now),
                }
                Stage::Steps(s)
            }
            _ => Stage::Steps(s),
        }
    }

    /// [`Self::finish`] sets the stage it leads to; `act` sets `self.stage` from what its
    /// parts return, so that stage is handed back to it.
    fn finished_stage(&mut self) -> Stage {
        std::mem::replace(&mut self.stage, Stage::Closed)
    }

    /// The end screen: how it felt, going on, or a check-in asked for now.
    fn act_on_end_screen(&mut self, action: Action) -> Stage {
        match action {
            Action::Feel(feeling) => {
                self.reports.push(Report::Feedback {
                    exercise: self.exercise.id.clone(),
                    feeling,
                });
                if feeling == Feeling::Worse {
                    self.made_worse();
                }
                self.after_finished()
            }
            Action::Continue => self.after_finished(),
            Action::CheckInNow if self.plan.checkin.is_empty() => {
                self.plan.checkin = self.plan.checkin_areas.clone();
                self.after_finished()
            }
            _ => Stage::Finished,
        }
    }

    /// The check-in: a score per area, the warning signs, saving or leaving it.
    fn act_in_checkin(&mut self, mut c: Checkin, action: Action) -> Stage {
        match action {
            Action::Score(region, score) => {
                if let Some(area) = c.areas.iter_mut().find(|(r, _)| *r == region) {
                    area.1 = Some(score.min(10));
                }
                Stage::Checkin(c)
            }
            Action::Warning(yes) => {
                c.warning = Some(yes);
                if yes && c.areas.len() == 1 {
                    c.warning_areas = vec![c.areas[0].0];
                }
                Stage::Checkin(c)
            }
            Action::WarningIn(region, yes) => {
                c.warning_areas.retain(|r| *r != region);
                if yes {
                    c.warning_areas.push(region);
                }
                Stage::Checkin(c)
            }
            Action::SaveCheckin if c.answered() => self.save_checkin(&c),
            Action::AllFine => {
                for area in &mut c.areas {
                    area.1 = Some(0);
                }
                c.warning = Some(false);
                self.save_checkin(&c)
            }
            Action::LeaveCheckin => self.advice_or_closed(),
            _ => Stage::Checkin(c),
        }
    }

    /// The advice screen: once understood, each piece of advice is reported as given.
    fn act_on_advice(&mut self, advice: Vec<Advice>, action: Action) -> Stage {
        if action != Action::Understood {
            return Stage::Advice(advice);
        }
        for a in &advice {
            self.reports.push(Report::Advised {
                region: a.region(),
                kind: a.kind().to_owned(),
            });
        }
        Stage::Closed
    }

    fn steps_len(&self) -> u32 {
        u32::try_from(self.exercise.steps.len()).unwrap_or(u32::MAX)
    }

    fn on_last_step(&self, s: &Steps) -> bool {
        s.step + 1 >= self.exercise.steps.len()
    }

    fn guard_keys(&mut self) {
        self.keys_from = self.now + KEY_GUARD;
    }

    /// Completed after the last step (or closed then).
    fn complete(&mut self, how: How) {
        let all = self.steps_len();
        self.finish(how, all);
    }

    /// The break is done: the one answer, then the end screen.
    fn finish(&mut self, how: How, steps_done: u32) {
        self.answer(BreakAnswer::Completed, how, steps_done);
        self.took = self.now - self.began;
        self.guard_keys();
        self.stage = if how == How::Closed {
            Stage::Closed
        } else {
            Stage::Finished
        };
    }

    fn answer(&mut self, answer: BreakAnswer, how: How, steps_done: u32) {
        if self.answered {
            return;
        }
        self.answered = true;
        self.reports.push(Report::Answer {
            answer,
            how,
            steps_done,
            steps: self.steps_len(),
        });
    }

    /// Back to the start of the prompt or the steps, with the exercise switched to.
    fn restart(&mut self, stage: Stage) -> Stage {
        self.guard_keys();
        match stage {
            Stage::Steps(_) => Stage::Steps(Steps::at(self.now)),
            other => other,
        }
    }

    fn another(&mut self) {
        let alternatives = &self.plan.alternatives;
        // Round the list, past the one showing.
        for _ in 0..alternatives.len() {
            let next = alternatives[self.next_alternative % alternatives.len()].clone();
            self.next_alternative += 1;
            if next.id != self.exercise.id {
                return self.switch_to(next);
            }
        }
    }

    fn choose(&mut self, id: &str) {
        if let Some(e) = self.plan.choices.iter().find(|e| e.id == id).cloned()
            && e.id != self.exercise.id
        {
            self.switch_to(e);
        }
    }

    fn switch_to(&mut self, exercise: Exercise) {
        self.reports.push(Report::Switched {
            exercise: exercise.id.clone(),
        });
        self.exercise = exercise;
    }

    /// "Worse": the window says plainly that the areas it loads are held now
    /// (`body::advice_on_worse`), and a second "worse" for an area within the week brings
    /// the advice to seek help.
    fn made_worse(&mut self) {
        let mut said = body::advice_on_worse(&self.exercise, &self.plan.worse_this_week);
        said.append(&mut self.plan.advice);
        self.plan.advice = said;
    }

    /// The check-in if one is due, else the advice if any, else closed.
    fn after_finished(&mut self) -> Stage {
        self.guard_keys();
        if self.plan.checkin.is_empty() {
            return self.advice_or_closed();
        }
        Stage::Checkin(Checkin {
            areas: self.plan.checkin.iter().map(|&r| (r, None)).collect(),
            warning: None,
            warning_areas: Vec::new(),
        })
    }

    fn save_checkin(&mut self, checkin: &Checkin) -> Stage {
        let areas = checkin.checks();
        let mut advice: Vec<Advice> = areas
            .iter()
            .filter_map(|a| {
                crate::body::sign_of(a).map(|sign| Advice::SeekHelp {
                    region: a.region,
                    sign,
                })
            })
            .collect();
        self.reports.push(Report::Checkin { areas });
        advice.append(&mut self.plan.advice);
        self.plan.advice = advice;
        self.advice_or_closed()
    }

    fn advice_or_closed(&mut self) -> Stage {
        self.guard_keys();
        if self.plan.advice.is_empty() {
            Stage::Closed
        } else {
            Stage::Advice(std::mem::take(&mut self.plan.advice))
        }
    }
}
