//! The guided micro-break, step by step.

use chrono::{TimeDelta, TimeZone, Utc};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use knotless::core::Time;
use knotless::core::exercise::Region;
use knotless::store::exercises::Library;
use knotless::ui::break_window::{Advice, AreaCheck, BreakFlow, Feeling, Report, Reporter};
use std::cell::RefCell;
use std::rc::Rc;

/// Records what the window reports; `withdrawn` is what it answers when the window asks
/// whether its reminder still stands.
#[derive(Clone, Default)]
struct Reports(
    Rc<RefCell<Vec<Report>>>,
    Rc<RefCell<bool>>,
    Rc<RefCell<u32>>,
);

impl Reporter for Reports {
    fn report(&mut self, report: Report) {
        self.0.borrow_mut().push(report);
    }

    fn prompt_withdrawn(&mut self) -> bool {
        *self.2.borrow_mut() += 1;
        *self.1.borrow()
    }
}

fn t0() -> Time {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn harness(id: &str, reports: &Reports) -> Harness<'static, BreakFlow> {
    let library = Library::builtin();
    let exercise = library.get(id).unwrap().clone();
    let alternatives = vec![library.get("neck-side-stretch").unwrap().clone()];
    let flow = BreakFlow::new(exercise, alternatives, t0(), Box::new(reports.clone()));
    let mut harness = Harness::new_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    harness.run();
    harness
}

#[test]
fn the_countdown_advances_through_the_steps_and_done_asks_how_it_felt() {
    let reports = Reports::default();
    // Four steps: 15 s, 30 s, 30 s, 30 s.
    let mut h = harness("ball-upper-back-wall", &reports);
    h.get_by_label("Tennis ball against the wall");
    h.get_by_label("Step 1 of 4");
    h.get_by_label("15 s left");
    h.get_by_label(
        "Gentle pressure only: don't push into pain. Stop if you feel numbness or tingling.",
    );

    h.state_mut().set_now(t0() + TimeDelta::seconds(5));
    h.run();
    h.get_by_label("10 s left");

    // The first step's 15 s are up: the second step, with its own countdown.
    h.state_mut().set_now(t0() + TimeDelta::seconds(16));
    h.run();
    h.get_by_label("Step 2 of 4");
    h.get_by_label("29 s left");

    // Next skips ahead by hand.
    h.get_by_label("Next").click();
    h.run();
    h.get_by_label("Step 3 of 4");

    h.get_by_label("Done").click();
    h.run();
    h.get_by_label("How did that feel?");
    assert_eq!(
        *reports.0.borrow(),
        [Report::Done {
            exercise: "ball-upper-back-wall".into()
        }]
    );
    h.get_by_label("Better").click();
    h.run();
    assert!(h.state().is_over());
    assert_eq!(
        reports.0.borrow()[1],
        Report::Feedback {
            exercise: "ball-upper-back-wall".into(),
            feeling: Feeling::Better
        }
    );
}

#[test]
fn snooze_skip_and_another_suggestion() {
    let reports = Reports::default();
    let mut h = harness("shoulder-rolls", &reports);
    h.get_by_label("Another suggestion").click();
    h.run();
    h.get_by_label("Side neck stretch");
    assert_eq!(h.state().exercise().id, "neck-side-stretch");
    h.get_by_label("Step 1 of 3");
    // And back: the alternatives take turns.
    h.get_by_label("Another suggestion").click();
    h.run();
    assert_eq!(h.state().exercise().id, "shoulder-rolls");

    h.get_by_label("Snooze").click();
    h.run();
    assert!(h.state().is_over());
    // Each switch is reported, so history knows which exercise the break was.
    assert_eq!(
        *reports.0.borrow(),
        [
            Report::Another {
                exercise: "neck-side-stretch".into()
            },
            Report::Another {
                exercise: "shoulder-rolls".into()
            },
            Report::Snooze
        ]
    );

    let reports = Reports::default();
    let mut h = harness("shoulder-rolls", &reports);
    h.get_by_label("Skip").click();
    h.run();
    assert_eq!(*reports.0.borrow(), [Report::Skip]);
}

#[test]
fn enter_is_done_and_escape_is_snooze() {
    let reports = Reports::default();
    let mut h = harness("calf-raises", &reports);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    h.get_by_label("How did that feel?");

    let reports = Reports::default();
    let mut h = harness("calf-raises", &reports);
    h.key_press(eframe::egui::Key::Escape);
    h.run();
    assert_eq!(*reports.0.borrow(), [Report::Snooze]);
}

#[test]
fn a_users_svg_frames_loop_as_before() {
    // A user's own exercise, drawn as SVG frames instead of a figure.
    let library = Library::builtin();
    let mut exercise = library.get("neck-nods").unwrap().clone();
    exercise.figure = None;
    let svg = |r: u32| {
        eframe::egui::load::Bytes::Shared(
            format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"{r}\"/></svg>")
                .into_bytes()
                .into(),
        )
    };
    let frames = vec![svg(2), svg(3), svg(4)];
    let reports = Reports::default();
    let flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports))
        .with_frames([("neck-nods".to_owned(), frames)].into());
    // The SVG loaders, as the window installs them.
    let mut h = Harness::builder()
        .with_context_setup(egui_extras::install_image_loaders)
        .build_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    h.run();
    h.get_by_label("Illustration of Slow nods");
    let mut seen = Vec::new();
    for tenth in [0, 16, 31, 46] {
        h.state_mut()
            .set_now(t0() + TimeDelta::milliseconds(tenth * 100));
        h.run();
        seen.push(h.state().frame_index().unwrap());
    }
    assert_eq!(seen, [0, 1, 2, 0], "three frames, 1.5 s each, then again");
}

fn prompting(reports: &Reports) -> Harness<'static, BreakFlow> {
    let library = Library::builtin();
    let exercise = library.get("shoulder-rolls").unwrap().clone();
    let flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone())).prompting(
        "Time to move · sitting 42 min".into(),
        TimeDelta::minutes(2),
    );
    let mut h = Harness::new_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    h.run();
    h
}

#[test]
fn without_notifications_the_window_asks_first_and_start_begins_the_steps() {
    let reports = Reports::default();
    let mut h = prompting(&reports);
    h.get_by_label("Time to move · sitting 42 min");
    h.get_by_label("Standing shoulder rolls");
    assert!(
        h.query_by_label_contains("Step 1 of").is_none(),
        "no steps before Start"
    );
    // Time passing while it asks does not eat into the first step.
    h.state_mut().set_now(t0() + TimeDelta::seconds(30));
    h.run();
    h.get_by_label("Start break").click();
    h.run();
    assert_eq!(*reports.0.borrow(), [Report::Start]);
    assert!(!h.state().is_prompting());
    h.get_by_label_contains("Step 1 of");
    assert_eq!(
        h.state().seconds_left(),
        h.state().exercise().steps[0].seconds
    );
}

#[test]
fn the_question_can_be_snoozed_or_skipped_and_goes_when_answered_elsewhere_or_missed() {
    let reports = Reports::default();
    let mut h = prompting(&reports);
    h.key_press(eframe::egui::Key::Escape);
    h.run();
    assert!(h.state().is_over());
    assert_eq!(*reports.0.borrow(), [Report::Snooze]);

    let reports = Reports::default();
    let mut h = prompting(&reports);
    h.get_by_label("Skip").click();
    h.run();
    assert_eq!(*reports.0.borrow(), [Report::Skip]);

    // Answered in the tray: the next check (every 5 s) closes the window, reporting nothing.
    let reports = Reports::default();
    let mut h = prompting(&reports);
    h.state_mut().set_now(t0() + TimeDelta::seconds(3));
    assert_eq!(*reports.2.borrow(), 0, "not asked before 5 s");
    *reports.1.borrow_mut() = true;
    h.state_mut().set_now(t0() + TimeDelta::seconds(6));
    assert_eq!(*reports.2.borrow(), 1);
    assert!(h.state().is_over());
    assert!(reports.0.borrow().is_empty());

    // Never answered: it closes when the reminder counts as missed.
    let reports = Reports::default();
    let mut h = prompting(&reports);
    h.state_mut().set_now(t0() + TimeDelta::seconds(119));
    assert!(!h.state().is_over());
    h.state_mut().set_now(t0() + TimeDelta::seconds(120));
    assert!(h.state().is_over());
    assert!(reports.0.borrow().is_empty());
}

fn finished_break(
    reports: &Reports,
    checkin: Vec<Region>,
    advice: Vec<Advice>,
) -> Harness<'static, BreakFlow> {
    let library = Library::builtin();
    let exercise = library.get("chin-tucks").unwrap().clone();
    let flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone()))
        .with_reason(Some("Your neck has been tense this week.".into()))
        .with_checkin(checkin)
        .with_advice(advice);
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(520.0, 600.0))
        .build_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    h.run();
    h.get_by_label("Your neck has been tense this week.");
    h.get_by_label("Done").click();
    h.run();
    h.get_by_label("Same").click();
    h.run();
    h
}

#[test]
fn a_due_check_in_follows_the_feedback_and_a_warning_sign_brings_advice() {
    let reports = Reports::default();
    let mut h = finished_break(&reports, vec![Region::Neck, Region::UpperBack], Vec::new());
    h.get_by_label("A quick check-in");
    // Each area's slider is labelled by the area; the warning sign is a checkbox of its own.
    h.get_by_role_and_label(Role::Slider, "neck");
    h.get_by_role_and_label(Role::Slider, "upper back");
    h.state_mut().set_checkin(Region::Neck, 6, false);
    h.run();
    h.get_by_label("warning sign (upper back)").click();
    h.run();
    h.get_by_label("Save check-in").click();
    h.run();
    let reports_now = reports.0.borrow().clone();
    assert_eq!(
        reports_now[2],
        Report::Checkin {
            areas: vec![
                AreaCheck {
                    region: Region::Neck,
                    score: 6,
                    red_flag: false
                },
                AreaCheck {
                    region: Region::UpperBack,
                    score: 0,
                    red_flag: true
                },
            ]
        }
    );
    // The warning sign: advice at once, worded from the seeds.
    h.get_by_label("Worth knowing");
    h.get_by_label_contains("knotless suggests nothing that works your upper back");
    h.get_by_label_contains("doctor or a physical therapist");
    assert!(!h.state().is_over());
    h.get_by_label("Understood").click();
    h.run();
    assert!(h.state().is_over());
    assert_eq!(
        reports.0.borrow().last().unwrap(),
        &Report::Advised {
            region: Region::UpperBack,
            kind: "seek_help".into()
        }
    );
}

#[test]
fn all_fine_saves_zeros_and_advice_due_from_before_still_shows() {
    let reports = Reports::default();
    let advice = vec![Advice::SeePhysio {
        region: Region::LowerBack,
        tried: vec!["Tennis ball against the wall (3×)".into()],
    }];
    let mut h = finished_break(&reports, vec![Region::LowerBack], advice);
    h.get_by_label("All fine").click();
    h.run();
    assert_eq!(
        reports.0.borrow()[2],
        Report::Checkin {
            areas: vec![AreaCheck {
                region: Region::LowerBack,
                score: 0,
                red_flag: false
            }]
        }
    );
    h.get_by_label_contains("has not improved over two weeks");
    h.get_by_label_contains("Tennis ball against the wall (3×)");
    h.get_by_label("Understood").click();
    h.run();
    assert_eq!(
        reports.0.borrow().last().unwrap(),
        &Report::Advised {
            region: Region::LowerBack,
            kind: "physical_therapist".into()
        }
    );

    // No check-in due and no advice: the feedback ends the break, as before.
    let reports = Reports::default();
    let h = finished_break(&reports, Vec::new(), Vec::new());
    assert!(h.state().is_over());
}

/// A finished break of chin tucks (the neck) answered "Worse".
fn answered_worse(reports: &Reports, worse_this_week: Vec<Region>) -> Harness<'static, BreakFlow> {
    let library = Library::builtin();
    let exercise = library.get("chin-tucks").unwrap().clone();
    let flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone()))
        .with_worse_this_week(worse_this_week);
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(520.0, 600.0))
        .build_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    h.run();
    h.get_by_label("Done").click();
    h.run();
    h.get_by_label("Worse").click();
    h.run();
    h
}

#[test]
fn worse_says_plainly_that_the_exercise_is_held_back() {
    let reports = Reports::default();
    let mut h = answered_worse(&reports, Vec::new());
    h.get_by_label("Worth knowing");
    h.get_by_label_contains("You said Chin tucks made it worse");
    h.get_by_label_contains("will not suggest it again");
    assert!(h.query_by_label_contains("Twice this week").is_none());
    h.get_by_label("Understood").click();
    h.run();
    assert!(h.state().is_over());
    assert!(reports.0.borrow().contains(&Report::Feedback {
        exercise: "chin-tucks".into(),
        feeling: Feeling::Worse,
    }));
}

#[test]
fn a_second_worse_for_the_area_within_a_week_advises_help_at_once() {
    let reports = Reports::default();
    let mut h = answered_worse(&reports, vec![Region::Neck]);
    h.get_by_label_contains("Twice this week an exercise made your neck feel worse");
    h.get_by_label_contains("doctor or a physical therapist");
    h.get_by_label("Understood").click();
    h.run();
    assert!(reports.0.borrow().contains(&Report::Advised {
        region: Region::Neck,
        kind: "seek_help".into()
    }));
}

#[test]
fn space_pauses_the_step_and_goes_on_where_it_stood() {
    let reports = Reports::default();
    // Four steps: 15 s, 30 s, 30 s, 30 s.
    let mut h = harness("ball-upper-back-wall", &reports);
    h.state_mut().set_now(t0() + TimeDelta::seconds(5));
    h.run();
    h.get_by_label("10 s left");
    h.key_press(eframe::egui::Key::Space);
    h.run();
    assert!(h.state().is_paused());
    h.get_by_label("Paused: Space goes on");
    // A minute later the step has not moved on, and the seconds stand still.
    h.state_mut().set_now(t0() + TimeDelta::seconds(65));
    h.run();
    assert_eq!(h.state().step(), 0);
    h.get_by_label("10 s left");
    // Go on (the button this time): the countdown runs from where it stood.
    h.get_by_label("Go on").click();
    h.run();
    assert!(!h.state().is_paused());
    h.state_mut().set_now(t0() + TimeDelta::seconds(69));
    h.run();
    h.get_by_label("6 s left");
    h.state_mut().set_now(t0() + TimeDelta::seconds(76));
    h.run();
    h.get_by_label("Step 2 of 4");
    // Nothing was reported by pausing.
    assert!(reports.0.borrow().is_empty());
}

#[test]
fn the_step_reads_at_a_glance_and_the_safety_lines_are_not_small() {
    let reports = Reports::default();
    let h = harness("ball-upper-back-wall", &reports);
    // The step and its place in the exercise, as a screen reader or a glance finds them.
    h.get_by_label("Step 1 of 4");
    h.get_by_label("15 s left");
    let bar = h.get_by_role(Role::ProgressIndicator);
    assert!(format!("{bar:?}").contains("step 1 of 4"), "{bar:?}");
    // Every button is there to reach from the keyboard, Pause among them.
    for label in [
        "Next",
        "Done",
        "Pause",
        "Snooze",
        "Skip",
        "Another suggestion",
    ] {
        h.get_by_role_and_label(Role::Button, label);
    }
}

#[test]
fn each_step_change_gives_a_cue_switching_sides_its_own_and_the_end_one_once() {
    use knotless::ui::break_window::Cue;
    let reports = Reports::default();
    // Side neck stretch: 10 s, 20 s, then "Come back to the middle, then tilt to the left"
    // for 20 s (a plain step: its text does not say "switch" or "other side").
    let library = Library::builtin();
    let exercise = library.get("neck-side-stretch").unwrap().clone();
    let mut flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone()));
    assert_eq!(flow.take_cues(), []);
    flow.set_now(t0() + TimeDelta::seconds(10));
    assert_eq!(flow.take_cues(), [Cue::Step]);
    flow.set_now(t0() + TimeDelta::seconds(30));
    assert_eq!(flow.take_cues(), [Cue::Step]);
    flow.set_now(t0() + TimeDelta::seconds(49));
    assert_eq!(flow.take_cues(), []);
    flow.set_now(t0() + TimeDelta::seconds(50));
    assert_eq!(flow.take_cues(), [Cue::End]);
    flow.set_now(t0() + TimeDelta::seconds(70));
    assert_eq!(flow.take_cues(), [], "the end cue is given once");

    // A step that switches sides has a cue of its own; Next gives the cue too.
    let exercise = library.get("ball-upper-back-wall").unwrap().clone();
    let switches = exercise
        .steps
        .iter()
        .position(|s| s.text.to_lowercase().starts_with("switch"))
        .expect("a step that switches sides");
    let mut h = Harness::new_ui_state(
        |ui, flow: &mut BreakFlow| flow.ui(ui),
        BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone())),
    );
    h.run();
    let mut cues = Vec::new();
    for _ in 0..switches {
        h.get_by_label("Next").click();
        h.run();
        cues.extend(h.state_mut().take_cues());
    }
    assert_eq!(cues.last(), Some(&Cue::SwitchSides), "{cues:?}");
    assert_eq!(cues.len(), switches);
}

#[test]
fn with_a_sit_stand_desk_the_window_has_a_standing_switch() {
    use knotless::ui::break_window::Posture;
    let reports = Reports::default();
    let h = harness("ball-upper-back-wall", &reports);
    assert!(
        h.query_by_label("I'm standing (at a sit-stand desk)")
            .is_none(),
        "no switch without a sit-stand desk"
    );
    let library = Library::builtin();
    let exercise = library.get("calf-raises").unwrap().clone();
    let flow = BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone()))
        .with_posture(Some(Posture::Sitting));
    let mut h = Harness::new_ui_state(|ui, flow: &mut BreakFlow| flow.ui(ui), flow);
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "I'm standing (at a sit-stand desk)")
        .click();
    h.run();
    assert_eq!(h.state().posture(), Some(Posture::Standing));
    h.get_by_role_and_label(Role::CheckBox, "I'm standing (at a sit-stand desk)")
        .click();
    h.run();
    assert_eq!(h.state().posture(), Some(Posture::Sitting));
    assert_eq!(
        *reports.0.borrow(),
        [
            Report::Posture(Posture::Standing),
            Report::Posture(Posture::Sitting)
        ]
    );
    // The break goes on: still on its first step.
    assert_eq!(h.state().step(), 0);
}

#[test]
fn lying_down_one_click_reads_the_steps_aloud_and_done_at_the_end() {
    let reports = Reports::default();
    // Knees to chest, on the floor: 10 s, 10 s, 40 s.
    let mut h = harness("knees-to-chest", &reports);
    assert!(!h.state().is_reading_aloud());
    assert_eq!(h.state_mut().take_speech(), Vec::<String>::new());
    h.get_by_role_and_label(Role::Button, "Read the steps aloud")
        .click();
    h.run();
    assert!(h.state().is_reading_aloud());
    let steps: Vec<String> = Library::builtin()
        .get("knees-to-chest")
        .unwrap()
        .steps
        .iter()
        .map(|s| s.text.clone())
        .collect();
    // The step showing, at once; then each step as it begins, once; then "Done.".
    assert_eq!(h.state_mut().take_speech(), [steps[0].clone()]);
    assert_eq!(h.state_mut().take_speech(), Vec::<String>::new());
    h.state_mut().set_now(t0() + TimeDelta::seconds(10));
    assert_eq!(h.state_mut().take_speech(), [steps[1].clone()]);
    h.state_mut().set_now(t0() + TimeDelta::seconds(20));
    assert_eq!(h.state_mut().take_speech(), [steps[2].clone()]);
    h.state_mut().set_now(t0() + TimeDelta::seconds(60));
    assert_eq!(h.state_mut().take_speech(), ["Done."]);
    h.run();
    assert!(
        h.query_by_label("Read the steps aloud").is_none(),
        "on already"
    );
    // Where nothing can speak, the window says so.
    h.state_mut()
        .set_voice_problem("Cannot read aloud: no speech service.".into());
    h.run();
    h.get_by_label("Cannot read aloud: no speech service.");
}

#[test]
fn with_voice_on_a_switch_of_sides_is_announced_and_a_seated_stretch_has_no_button() {
    let reports = Reports::default();
    let library = Library::builtin();
    // Side neck stretch, seated: no "Read the steps aloud" (the window can be watched).
    let h = harness("neck-side-stretch", &reports);
    assert!(h.query_by_label("Read the steps aloud").is_none());
    let exercise = library.get("cross-body-shoulder").unwrap().clone();
    let (index, step) = exercise
        .steps
        .iter()
        .enumerate()
        .find(|(_, s)| s.text.to_lowercase().starts_with("switch"))
        .expect("cross-body-shoulder switches sides");
    let at: i64 = exercise.steps[..index]
        .iter()
        .map(|s| i64::from(s.seconds))
        .sum();
    let text = step.text.clone();
    let mut flow =
        BreakFlow::new(exercise, Vec::new(), t0(), Box::new(reports.clone())).with_voice(true);
    assert_eq!(flow.take_speech().len(), 1);
    flow.set_now(t0() + TimeDelta::seconds(at));
    assert_eq!(flow.take_speech(), [format!("Now the other side. {text}")]);
}

#[test]
fn the_figure_moves_in_time_with_the_step_and_marks_the_other_side() {
    let reports = Reports::default();
    // Cross-body shoulder stretch: step 1 (5 s) raises the right arm across, step 2 (20 s)
    // hugs it closer, step 3 (20 s) is the other side.
    let mut h = harness("cross-body-shoulder", &reports);
    h.get_by_label("Illustration of Cross-body shoulder stretch");
    let shapes = |h: &Harness<BreakFlow>| h.state().figure_now().unwrap().shapes;
    // At the start it stands still; half a second in, the arm is on its way up.
    let start = shapes(&h);
    assert!(!h.state().figure_now().unwrap().moving);
    h.state_mut().set_now(t0() + TimeDelta::milliseconds(1600));
    h.run();
    assert!(h.state().figure_moving(), "between the first two keyframes");
    assert_ne!(shapes(&h), start);
    // Holding, the figure stands still: the window repaints once a second only.
    h.state_mut().set_now(t0() + TimeDelta::milliseconds(2800));
    h.run();
    assert!(!h.state().figure_moving());
    // Step 3 switches sides at once, and says so on the card for a moment.
    h.state_mut().set_now(t0() + TimeDelta::seconds(26));
    h.run();
    assert_eq!(h.state().step(), 2);
    assert!(h.state().figure_now().unwrap().switched);
    h.state_mut().set_now(t0() + TimeDelta::seconds(30));
    h.run();
    assert!(!h.state().figure_now().unwrap().switched);
}
