//! The break window as a view of its flow: one primary button per stage in the bottom bar,
//! the key guard, "Done early?", the end screen, the check-in, the choose list, the
//! figure, the voice. The flow's own rules are tested without a window in `knotless_exercises::flow`.

use chrono::{TimeDelta, TimeZone, Utc};
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knotless::ui::break_window::{
    Action, Beat, BreakWindow, Feeling, Plan, Posture, Report, Stage,
};
use knotless_core::Time;
use knotless_core::history::{BreakAnswer, How};
use knotless_exercises::exercise::Region;
use knotless_exercises::library::Library;

fn t0() -> Time {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn plan(id: &str) -> Plan {
    let library = Library::builtin();
    let mut plan = Plan::only(library.get(id).unwrap().clone());
    plan.alternatives = vec![library.get("neck-side-stretch").unwrap().clone()];
    plan.choices = ["chin-tucks", "neck-side-stretch", id]
        .iter()
        .map(|id| library.get(id).unwrap().clone())
        .collect();
    plan.snoozes_left = 2;
    plan
}

fn harness(plan: Plan) -> Harness<'static, BreakWindow> {
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(480.0, 640.0))
        .build_ui_state(
            |ui, w: &mut BreakWindow| w.ui(ui),
            BreakWindow::new(plan, t0()),
        );
    h.run();
    h
}

fn at(h: &mut Harness<'static, BreakWindow>, ms: i64) {
    h.state_mut().set_now(t0() + TimeDelta::milliseconds(ms));
    h.run();
}

fn reports(h: &mut Harness<'static, BreakWindow>) -> Vec<Report> {
    h.state_mut().flow_mut().take_reports()
}

/// The bar's primary button: the one large button on the right.
fn primary(h: &Harness<'static, BreakWindow>, label: &str) -> bool {
    h.query_by_role_and_label(Role::Button, label)
        .is_some_and(|b| !b.accesskit_node().is_disabled())
}

#[test]
fn each_stage_has_one_primary_button_start_next_done_continue_save_understood() {
    let mut p = plan("ball-upper-back-wall");
    p.checkin = vec![Region::UpperBack, Region::Shoulders];
    let mut h = harness(p.asking(
        "Time to move · sitting 42 min".into(),
        TimeDelta::minutes(2),
    ));
    h.get_by_label("Time to move · sitting 42 min");
    assert!(primary(&h, "Start"));
    for quiet in ["Snooze", "Skip", "Another suggestion"] {
        h.get_by_role_and_label(Role::Button, quiet);
    }
    h.get_by_label("Start").click();
    h.run();
    assert_eq!(reports(&mut h), [Report::Start]);
    // Four steps (15 s, 30 s, 30 s, 30 s): Next until the last, then Done.
    h.get_by_label("Step 1 of 4");
    h.get_by_label("0:15 left");
    assert!(primary(&h, "Next"));
    assert!(
        h.query_by_label("Done").is_none(),
        "Done early is quiet: {h:?}"
    );
    for _ in 0..3 {
        h.get_by_label("Next").click();
        h.run();
    }
    h.get_by_label("Step 4 of 4");
    assert!(primary(&h, "Done"));
    assert!(h.query_by_label("Next").is_none());
    h.get_by_label("Done").click();
    h.run();
    let answer = reports(&mut h);
    assert!(
        matches!(
            answer.as_slice(),
            [Report::Answer {
                answer: BreakAnswer::Completed,
                how: How::Button,
                steps_done: 4,
                steps: 4
            }]
        ),
        "{answer:?}"
    );
    // The end screen, then the check-in with nothing chosen: Save waits for an answer.
    h.get_by_label("How did that feel?");
    assert!(primary(&h, "Continue"));
    assert!(h.query_by_label("Snooze").is_none() && h.query_by_label("Skip").is_none());
    h.get_by_label("Continue").click();
    h.run();
    h.get_by_label("A quick check-in");
    assert!(!primary(&h, "Save"), "nothing answered yet");
    h.get_by_role_and_label(Role::Button, "All fine");
    h.get_by_role_and_label(Role::Button, "Not now");
}

#[test]
fn keys_wait_a_moment_and_enter_never_completes_early() {
    let mut h = harness(plan("ball-upper-back-wall"));
    // Enter 1 s into the break (a key meant for another window): nothing.
    at(&mut h, 1_000);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    h.get_by_label("Step 1 of 4");
    assert!(reports(&mut h).is_empty());
    // After the guard Enter is the primary action: Next, not Done.
    at(&mut h, 1_600);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    h.get_by_label("Step 2 of 4");
    // And the next step guards again.
    at(&mut h, 2_000);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    h.get_by_label("Step 2 of 4");
    assert!(reports(&mut h).is_empty());
    // Escape (after the guard) closes the break as a snooze, said as Escape.
    at(&mut h, 4_000);
    h.key_press(eframe::egui::Key::Escape);
    h.run();
    assert!(h.state().flow().is_closed());
    assert!(matches!(
        reports(&mut h).as_slice(),
        [Report::Answer {
            answer: BreakAnswer::Snoozed,
            how: How::Escape,
            steps_done: 1,
            ..
        }]
    ));
}

#[test]
fn done_early_asks_first_and_counts_how_much_was_done() {
    let mut h = harness(plan("ball-upper-back-wall"));
    at(&mut h, 16_000);
    h.get_by_label("Step 2 of 4");
    h.get_by_label("Done early").click();
    h.run();
    h.get_by_label("Done early? You have done 1 of 4 steps. \"Yes, done\" counts the break.");
    assert!(reports(&mut h).is_empty(), "not completed yet");
    assert!(primary(&h, "Go on"));
    // Enter (after the guard) goes on: a stray key never counts a break hardly begun.
    at(&mut h, 17_600);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    assert!(reports(&mut h).is_empty(), "Enter counted the break");
    h.get_by_label("Step 2 of 4");
    h.get_by_label("Done early").click();
    h.run();
    h.get_by_label("Yes, done").click();
    h.run();
    assert!(matches!(
        reports(&mut h).as_slice(),
        [Report::Answer {
            answer: BreakAnswer::Completed,
            steps_done: 1,
            steps: 4,
            ..
        }]
    ));
}

#[test]
fn the_end_screen_says_what_was_done_and_leads_to_the_check_in() {
    let mut p = plan("chin-tucks");
    p.checkin = vec![Region::Neck];
    let e = p.exercise.clone();
    let total: i64 = (0..e.steps.len())
        .map(|i| i64::from(knotless_exercises::flow::step_seconds(&e, i)))
        .sum();
    let mut h = harness(p);
    // The last step's time is up: it says so, and Done (Enter, after the guard) counts.
    at(&mut h, total * 1000);
    h.get_by_label("That was the last step. Well moved: press Done.");
    assert!(primary(&h, "Done"));
    assert_eq!(
        h.state_mut().flow_mut().take_beats().last(),
        Some(&Beat::End)
    );
    at(&mut h, total * 1000 + 1_600);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    // Chin tucks take 50 s; Done came 1.6 s after.
    assert!(total < 60, "{total}");
    let took = h.state().flow().took().num_seconds();
    assert_eq!(took, total + 1);
    h.get_by_label(&format!(
        "Done: {took} seconds for your neck and upper back"
    ));
    h.get_by_label("Better").click();
    h.run();
    let r = reports(&mut h);
    assert!(
        r.contains(&Report::Feedback {
            exercise: "chin-tucks".into(),
            feeling: Feeling::Better
        }),
        "{r:?}"
    );
    h.get_by_label("A quick check-in");
}

fn checkin(areas: Vec<Region>) -> Harness<'static, BreakWindow> {
    let mut p = plan("calf-raises");
    p.checkin = areas;
    let mut h = harness(p);
    let flow = h.state_mut().flow_mut();
    while matches!(flow.stage(), Stage::Steps(_)) {
        flow.press(Action::Next);
        flow.press(Action::Done);
    }
    flow.press(Action::Continue);
    flow.take_reports();
    h.run();
    h
}

#[test]
fn the_check_in_has_no_default_one_warning_question_and_escape_leaves_it() {
    let mut h = checkin(vec![Region::Neck, Region::Shoulders, Region::LowerBack]);
    h.get_by_label("A quick check-in");
    // One warning-sign question for all the areas, not one per row.
    let question = "Any numbness, tingling, swelling, or pain that limits your daily activities?";
    assert_eq!(h.get_all_by_label(question).count(), 1);
    assert!(!primary(&h, "Save"));
    // A score per area, none chosen: eleven buttons a row.
    for area in ["neck", "shoulders", "lower back"] {
        for n in 0..=10 {
            let label = format!("{area}: {n}");
            let score = h.get_by_label(&label);
            assert!(!score.accesskit_node().is_selected().unwrap_or(false));
        }
    }
    h.get_by_label("neck: 4").click();
    h.run();
    assert!(primary(&h, "Save"));
    h.get_by_role_and_label(Role::Button, "Yes").click();
    h.run();
    h.get_by_label("Where? Tick each area it is in, then Save.");
    assert!(!primary(&h, "Save"), "a warning sign waits for where it is");
    h.get_by_role_and_label(Role::CheckBox, "lower back")
        .click();
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let r = reports(&mut h);
    let Some(Report::Checkin { areas }) = r.first() else {
        panic!("{r:?}")
    };
    assert_eq!(areas.len(), 2, "{areas:?}");
    assert!(
        areas
            .iter()
            .any(|a| a.region == Region::Neck && a.score == 4 && !a.red_flag)
    );
    assert!(
        areas
            .iter()
            .any(|a| a.region == Region::LowerBack && a.red_flag)
    );
    // The warning sign brings advice to read.
    h.get_by_label("Worth knowing");
    assert!(primary(&h, "Understood"));

    let mut h = checkin(vec![Region::Neck]);
    at(&mut h, 60_000);
    h.key_press(eframe::egui::Key::Escape);
    h.run();
    assert!(h.state().flow().is_closed());
    assert!(reports(&mut h).is_empty(), "left without saving");
}

#[test]
fn choose_lists_the_allowed_exercises_and_switches_the_break_and_its_title() {
    let mut h = harness(plan("shoulder-rolls"));
    assert_eq!(h.state().title(), "knotless · Standing shoulder rolls");
    h.get_by_label("Choose…").click();
    h.run();
    h.get_by_label("Chin tucks").click();
    h.run();
    assert_eq!(h.state().exercise().id, "chin-tucks");
    assert_eq!(h.state().title(), "knotless · Chin tucks");
    assert_eq!(
        reports(&mut h),
        [Report::Switched {
            exercise: "chin-tucks".into()
        }]
    );
    // Another suggestion, then Snooze: one answer, after the switch.
    h.get_by_label("Another suggestion").click();
    h.run();
    assert_eq!(h.state().exercise().id, "neck-side-stretch");
    h.get_by_label("Snooze").click();
    h.run();
    let r = reports(&mut h);
    assert!(
        matches!(
            r.last(),
            Some(Report::Answer {
                answer: BreakAnswer::Snoozed,
                how: How::Button,
                ..
            })
        ),
        "{r:?}"
    );
}

#[test]
fn pause_says_resume_and_a_bare_switch_of_sides_says_what_to_do() {
    let mut h = harness(plan("cross-body-shoulder"));
    h.get_by_label("Pause").click();
    h.run();
    h.get_by_label("Resume");
    h.get_by_label("Paused");
    h.get_by_label("Resume").click();
    h.run();
    let e = h.state().exercise().clone();
    let switch = e
        .steps
        .iter()
        .position(|s| s.text.to_lowercase().starts_with("switch"))
        .expect("cross-body-shoulder switches sides");
    for _ in 0..switch {
        h.state_mut().flow_mut().press(Action::Next);
    }
    h.run();
    // "Switch arms." alone: the side's steps again, for the other arm.
    assert_eq!(e.steps[switch].text, "Switch arms.");
    let before: Vec<String> = e.steps[..switch]
        .iter()
        .map(|s| {
            s.text
                .replace("right", "\0")
                .replace("left", "right")
                .replace('\0', "left")
        })
        .collect();
    h.get_by_label(&format!("Now the other side: {}", before.join(" ")));
}

#[test]
fn the_figure_is_the_largest_thing_and_marks_the_other_side() {
    let mut h = harness(plan("cross-body-shoulder"));
    let figure = h.get_by_label("Illustration of Cross-body shoulder stretch");
    let rect = figure.rect();
    assert!(rect.height() >= 0.4 * 640.0, "{rect:?}");
    // Centred in the window.
    let centre = rect.center().x;
    assert!((centre - 240.0).abs() < 12.0, "{rect:?}");
    // At the start it stands still; 1.6 s in, the arm is on its way up (the window
    // repaints smoothly); holding, it stands still again (a repaint a second).
    assert!(!h.state().figure_moving());
    at(&mut h, 1_600);
    assert!(h.state().figure_moving(), "between the first two keyframes");
    at(&mut h, 2_800);
    assert!(!h.state().figure_moving());
    // Step 3 is the other side: marked on the card.
    let e = h.state().exercise().clone();
    let before: i64 = (0..2)
        .map(|i| i64::from(knotless_exercises::flow::step_seconds(&e, i)))
        .sum();
    at(&mut h, before * 1000 + 3_000);
    assert!(h.state().flow().into_step().is_some_and(|(s, _)| s == 2));
}

#[test]
fn with_a_sit_stand_desk_the_window_has_a_standing_switch() {
    let h = harness(plan("ball-upper-back-wall"));
    assert!(
        h.query_by_label("I'm standing (at a sit-stand desk)")
            .is_none()
    );
    let mut p = plan("calf-raises");
    p.posture = Some(Posture::Sitting);
    let mut h = harness(p);
    h.get_by_role_and_label(Role::CheckBox, "I'm standing (at a sit-stand desk)")
        .click();
    h.run();
    assert_eq!(h.state().flow().posture(), Some(Posture::Standing));
    assert_eq!(reports(&mut h), [Report::Posture(Posture::Standing)]);
}

#[test]
fn lying_down_one_click_reads_the_steps_aloud_and_done_at_the_end() {
    // Knees to chest, on the floor: 10 s, 10 s, 40 s.
    let mut h = harness(plan("knees-to-chest"));
    assert!(!h.state().is_reading_aloud());
    h.get_by_role_and_label(Role::Button, "Read the steps aloud")
        .click();
    h.run();
    let steps: Vec<String> = h
        .state()
        .exercise()
        .steps
        .iter()
        .map(|s| s.text.clone())
        .collect();
    assert_eq!(h.state_mut().take_speech(), [steps[0].clone()]);
    assert_eq!(h.state_mut().take_speech(), Vec::<String>::new());
    h.state_mut().set_now(t0() + TimeDelta::seconds(10));
    assert_eq!(h.state_mut().take_speech(), [steps[1].clone()]);
    h.state_mut().set_now(t0() + TimeDelta::seconds(60));
    assert_eq!(
        h.state_mut().take_speech(),
        [steps[2].clone(), "Done.".into()]
    );
    h.state_mut()
        .set_voice_problem("Cannot read aloud: no speech service.".into());
    h.run();
    h.get_by_label("Cannot read aloud: no speech service.");
}

#[test]
fn a_users_svg_frames_loop_as_before() {
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
    let window = BreakWindow::new(Plan::only(exercise), t0())
        .with_svgs([("neck-nods".to_owned(), vec![svg(2), svg(3), svg(4)])].into());
    let mut h = Harness::builder()
        .with_context_setup(egui_extras::install_image_loaders)
        .build_ui_state(|ui, w: &mut BreakWindow| w.ui(ui), window);
    h.run();
    h.get_by_label("Illustration of Slow nods");
}

#[test]
fn the_provider_note_shows_before_a_first_massage_and_once_read_never_again() {
    let p = plan("ball-upper-back-wall").asking("Time to move".into(), TimeDelta::minutes(2));
    let mut h = harness(p.clone());
    // On the question, before Start: the note, and a way to say it was read.
    h.get_by_label_contains("talk to a healthcare provider first");
    h.get_by_label("I have read this").click();
    h.run();
    assert_eq!(
        reports(&mut h),
        [Report::Advised {
            region: Region::WholeBody,
            kind: knotless_exercises::body::PROVIDER_NOTE.into(),
        }]
    );
    assert!(
        h.query_by_label_contains("talk to a healthcare provider first")
            .is_none()
    );
    // Read before (history says so): not shown at all.
    let mut read = p.clone();
    read.provider_note_read = true;
    let h = harness(read);
    assert!(
        h.query_by_label_contains("talk to a healthcare provider first")
            .is_none()
    );
    // A stretch needs no note.
    let h = harness(plan("neck-side-stretch"));
    assert!(
        h.query_by_label_contains("talk to a healthcare provider first")
            .is_none()
    );
}

#[test]
fn reading_aloud_says_the_provider_note_first() {
    let mut w = BreakWindow::new(plan("ball-upper-back-floor"), t0()).with_voice(true);
    let speech = w.take_speech();
    assert!(speech[0].contains("healthcare provider"), "{speech:?}");
    assert!(speech[1].starts_with("Lie on your back"), "{speech:?}");
}

#[test]
fn with_no_check_in_due_the_end_screen_offers_one_held_areas_first() {
    let mut p = plan("chin-tucks");
    p.checkin = Vec::new();
    p.checkin_areas = vec![Region::Wrists, Region::Neck];
    let total: i64 = (0..p.exercise.steps.len())
        .map(|i| i64::from(knotless_exercises::flow::step_seconds(&p.exercise, i)))
        .sum();
    let mut h = harness(p);
    at(&mut h, total * 1000);
    at(&mut h, total * 1000 + 1_600);
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    at(&mut h, total * 1000 + 3_400);
    assert_eq!(h.state().flow().stage(), &Stage::Finished);
    h.get_by_role_and_label(Role::Button, "Check in now")
        .click();
    h.run();
    h.get_by_label("A quick check-in");
    let Stage::Checkin(c) = h.state().flow().stage() else {
        panic!("not the check-in");
    };
    let areas: Vec<Region> = c.areas.iter().map(|(r, _)| *r).collect();
    assert_eq!(areas, [Region::Wrists, Region::Neck]);
}

/// Every text the window shows now with an English word in it: the pseudo-language doubles
/// vowels and accents every consonant, so a run of plain letters with a consonant is a word
/// the app left in English (the exercise's words are made pseudo by the test, too).
fn english_left(h: &Harness<'static, BreakWindow>) -> Vec<String> {
    let english = |l: String| {
        l.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w.len() > 1 && w.chars().any(|c| !"aeiouAEIOU".contains(c)))
    };
    h.query_all_by(|node| node.label().or_else(|| node.value()).is_some_and(english))
        .filter_map(|node| {
            node.accesskit_node()
                .label()
                .or(node.accesskit_node().value())
        })
        .collect()
}

/// The exercise with its own words made pseudo, as a translated exercise would be.
fn pseudo_exercise(id: &str) -> knotless_exercises::exercise::Exercise {
    let mut e = Library::builtin().get(id).unwrap().clone();
    let p = knotless_i18n::pseudo;
    e.title = p(&e.title);
    e.summary = p(&e.summary);
    e.cautions = e.cautions.iter().map(|c| p(c)).collect();
    for s in &mut e.steps {
        s.text = p(&s.text);
    }
    e
}

#[test]
fn in_the_pseudo_language_no_english_is_left_in_any_stage() {
    use knotless_exercises::body::{Advice, Sign};
    knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
        let p = Plan::only(pseudo_exercise("ball-upper-back-wall"));
        // The heading is the reminder's words (the daemon's), made pseudo here.
        let heading = knotless_i18n::pseudo("Time to move · sitting 42 min");
        let mut p = p.asking(heading, chrono::TimeDelta::minutes(2));
        p.alternatives = vec![pseudo_exercise("neck-side-stretch")];
        p.choices = vec![p.exercise.clone(), pseudo_exercise("chin-tucks")];
        p.snoozes_left = 1;
        p.posture = Some(Posture::Sitting);
        p.reason = knotless_exercises::body::reason(&p.exercise, &[], &[], 1);
        p.checkin = vec![Region::UpperBack, Region::Shoulders];
        p.advice = vec![
            Advice::SeekHelp {
                region: Region::UpperBack,
                sign: Sign::Severe(9),
            },
            Advice::Held {
                areas: vec![Region::Neck, Region::Shoulders, Region::UpperBack],
                title: p.exercise.title.clone(),
            },
            Advice::SeePhysio {
                region: Region::LowerBack,
                tried: vec![p.exercise.title.clone()],
            },
        ];
        // The pseudo-language's accented letters (ẋ, ḿ) are beyond egui's own font: what is
        // checked here is the words, so a missing glyph draws as a box. (Fonts that cover a
        // language are loaded by the windows, issue 29's item 5.)
        let mut h = Harness::builder()
            .with_size(eframe::egui::vec2(480.0, 640.0))
            .allow_missing_glyphs()
            .build_ui_state(
                |ui, w: &mut BreakWindow| w.ui(ui),
                BreakWindow::new(p, t0()),
            );
        h.run();
        let mut seen = Vec::new();
        let mut look = |h: &Harness<'static, BreakWindow>, stage: &str| {
            assert_eq!(english_left(h), Vec::<String>::new(), "{stage}");
            seen.push(stage.to_owned());
        };
        look(&h, "the question");
        assert!(!h.state().title().is_ascii(), "{}", h.state().title());

        h.state_mut().flow_mut().press(Action::Start);
        at(&mut h, 1_000);
        look(&h, "the first step, with the provider note and the reason");
        h.state_mut().flow_mut().press(Action::TogglePause);
        h.run();
        look(&h, "paused");
        h.state_mut().flow_mut().press(Action::TogglePause);
        h.state_mut().flow_mut().press(Action::Done);
        h.run();
        look(&h, "done early?");
        h.state_mut().flow_mut().press(Action::KeepGoing);
        h.state_mut().flow_mut().press(Action::ProviderNoteRead);
        let n = h.state().exercise().steps.len();
        for _ in 1..n {
            h.state_mut().flow_mut().press(Action::Next);
        }
        h.run();
        look(&h, "the last step");
        at(&mut h, 400_000);
        look(&h, "the last step's time is up");
        h.state_mut().flow_mut().press(Action::Done);
        h.run();
        look(&h, "the end screen");
        h.state_mut().flow_mut().press(Action::Feel(Feeling::Same));
        h.state_mut().flow_mut().press(Action::Continue);
        h.run();
        look(&h, "the check-in");
        h.state_mut().flow_mut().press(Action::Warning(true));
        h.run();
        look(&h, "the check-in, with a warning sign in two areas");
        let flow = h.state_mut().flow_mut();
        flow.press(Action::Score(Region::UpperBack, 9));
        flow.press(Action::Score(Region::Shoulders, 2));
        flow.press(Action::WarningIn(Region::Shoulders, true));
        flow.press(Action::SaveCheckin);
        h.run();
        assert!(matches!(h.state().flow().stage(), Stage::Advice(_)));
        look(&h, "the advice");
        h.state_mut().flow_mut().press(Action::Understood);
        h.run();
        look(&h, "closed");

        // What is read aloud is the language's too.
        let mut w = BreakWindow::new(Plan::only(pseudo_exercise("ball-upper-back-wall")), t0())
            .with_voice(true);
        w.flow_mut().press(Action::Start);
        let said = w.take_speech();
        assert_eq!(said.len(), 2, "{said:?}");
        for text in said {
            assert!(!text.is_ascii(), "{text}");
        }
        assert_eq!(seen.len(), 11);
    });
}
