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

    pub(super) fn act(&mut self, action: Action, how: How) {
        if action == Action::ProviderNoteRead {
            if self.provider_note_due() {
                self.provider_note_read = true;
                self.reports.push(Report::Advised {
                    region: crate::exercise::Region::WholeBody,
                    kind: body::PROVIDER_NOTE.to_owned(),
                });
            }
            return;
        }
        let stage = std::mem::replace(&mut self.stage, Stage::Closed);
        let done = steps_done(&stage);
        self.stage = match (stage, action) {
            (Stage::Prompt, Action::Start) => {
                self.reports.push(Report::Start);
                self.began = self.now;
                self.guard_keys();
                Stage::Steps(Steps::at(self.now))
            }
            (Stage::Prompt | Stage::Steps(_), Action::Snooze) if self.plan.snoozes_left > 0 => {
                self.answer(BreakAnswer::Snoozed, how, done);
                Stage::Closed
            }
            (Stage::Prompt | Stage::Steps(_), Action::Skip) => {
                self.answer(BreakAnswer::Skipped, how, done);
                Stage::Closed
            }
            (stage @ (Stage::Prompt | Stage::Steps(_)), Action::Another) => {
                self.another();
                self.restart(stage)
            }
            (stage @ (Stage::Prompt | Stage::Steps(_)), Action::Choose(id)) => {
                self.choose(&id);
                self.restart(stage)
            }
            (Stage::Steps(mut s), Action::Next) if s.step + 1 < self.exercise.steps.len() => {
                s.step += 1;
                s.started = self.now;
                s.paused_at = None;
                s.confirming_done = false;
                self.beats
                    .push(beat_for(&self.exercise, s.step, Beat::Step));
                self.guard_keys();
                Stage::Steps(s)
            }
            (Stage::Steps(mut s), Action::Done) if !s.time_up && !self.on_last_step(&s) => {
                s.confirming_done = true;
                self.guard_keys();
                Stage::Steps(s)
            }
            (Stage::Steps(_), Action::Done) => {
                self.finish(how, self.steps_len());
                return;
            }
            (Stage::Steps(s), Action::ConfirmDone) if s.confirming_done => {
                self.finish(how, done);
                return;
            }
            (Stage::Steps(mut s), Action::KeepGoing) => {
                s.confirming_done = false;
                Stage::Steps(s)
            }
            (Stage::Steps(mut s), Action::TogglePause) => {
                match s.paused_at.take() {
                    Some(paused_at) => s.started += self.now - paused_at,
                    None => s.paused_at = Some(self.now),
                }
                Stage::Steps(s)
            }
            (stage, Action::TogglePosture) => {
                if let Some(posture) = self.posture {
                    let other = match posture {
                        Posture::Sitting => Posture::Standing,
                        Posture::Standing => Posture::Sitting,
                    };
                    self.posture = Some(other);
                    self.reports.push(Report::Posture(other));
                }
                stage
            }
            (Stage::Finished, Action::Feel(feeling)) => {
                self.reports.push(Report::Feedback {
                    exercise: self.exercise.id.clone(),
                    feeling,
                });
                if feeling == Feeling::Worse {
                    self.made_worse();
                }
                self.after_finished()
            }
            (Stage::Finished, Action::Continue) => self.after_finished(),
            (Stage::Finished, Action::CheckInNow) if self.plan.checkin.is_empty() => {
                self.plan.checkin = self.plan.checkin_areas.clone();
                self.after_finished()
            }
            (Stage::Checkin(mut c), Action::Score(region, score)) => {
                if let Some(area) = c.areas.iter_mut().find(|(r, _)| *r == region) {
                    area.1 = Some(score.min(10));
                }
                Stage::Checkin(c)
            }
            (Stage::Checkin(mut c), Action::Warning(yes)) => {
                c.warning = Some(yes);
                if yes && c.areas.len() == 1 {
                    c.warning_areas = vec![c.areas[0].0];
                }
                Stage::Checkin(c)
            }
            (Stage::Checkin(mut c), Action::WarningIn(region, yes)) => {
                c.warning_areas.retain(|r| *r != region);
                if yes {
                    c.warning_areas.push(region);
                }
                Stage::Checkin(c)
            }
            (Stage::Checkin(c), Action::SaveCheckin) if c.answered() => self.save_checkin(&c),
            (Stage::Checkin(mut c), Action::AllFine) => {
                for area in &mut c.areas {
                    area.1 = Some(0);
                }
                c.warning = Some(false);
                self.save_checkin(&c)
            }
            (Stage::Checkin(_), Action::LeaveCheckin) => self.advice_or_closed(),
            (Stage::Advice(advice), Action::Understood) => {
                for a in &advice {
                    self.reports.push(Report::Advised {
                        region: a.region(),
                        kind: a.kind().to_owned(),
                    });
                }
                Stage::Closed
            }
            // Anything else does not fit the stage (a stale click): nothing happens.
            (stage, _) => stage,
        };
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
