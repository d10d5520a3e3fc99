//! The first-run welcome: a sentence per reminder kind, choices with nothing ticked that
//! the user may not have, "Start knotless", and the confirmation that it runs and when the
//! first movement break comes.

use chrono::NaiveTime;
use eframe::egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knotless::ui::settings_window::SettingsForm;
use knotless::ui::welcome::Welcome;

fn harness(path: std::path::PathBuf, scale: f32) -> Harness<'static, Welcome> {
    harness_from(path, scale, Harness::builder())
}

/// [`harness`] from `builder`.
fn harness_from(
    path: std::path::PathBuf,
    scale: f32,
    builder: egui_kittest::HarnessBuilder<Welcome>,
) -> Harness<'static, Welcome> {
    let welcome = Welcome::new(SettingsForm::load(path).unwrap())
        .at(NaiveTime::from_hms_opt(10, 0, 0).unwrap());
    let mut h = builder
        .with_size(eframe::egui::Vec2::from(knotless::ui::WELCOME_SIZE))
        .with_pixels_per_point(scale)
        .build_ui_state(|ui, w: &mut Welcome| w.ui(ui), welcome);
    knotless::ui::style::apply(&h.ctx);
    h.run();
    h
}

fn ticked(h: &Harness<'static, Welcome>, name: &str) -> bool {
    h.get_by_role_and_label(Role::CheckBox, name)
        .accesskit_node()
        .toggled()
        == Some(Toggled::True)
}

#[test]
fn start_knotless_saves_the_choices_and_says_when_the_first_break_comes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = harness(path.clone(), 1.0);
    h.get_by_label("Welcome to knotless");
    h.get_by_label("After 40 minutes of sitting: one short, varied stretch or movement.");
    h.get_by_label("Every 20 minutes: a quiet note to check your posture and rest your eyes.");
    h.get_by_label("Every 1 hour 30 minutes: a reminder to drink some water.");
    h.get_by_label_contains("see a physical therapist");
    // Nothing ticked that the user may not have: no ball, no roller, no strap.
    for name in ["ball", "foam roller", "strap", "heat pack", "cold pack"] {
        assert!(!ticked(&h, name), "{name} is the user's to tick");
    }
    assert!(ticked(&h, "wall") && ticked(&h, "chair"));
    // No command lines in the window.
    let commands: Vec<String> = h
        .query_all_by(|node| {
            node.label()
                .is_some_and(|l| l.contains('`') || l.contains("knotless stand"))
        })
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(commands, Vec::<String>::new());

    h.get_by_label("neck").click();
    h.get_by_label("upper back").click();
    h.get_by_label("foam roller").click();
    h.get_by_role_and_label(Role::CheckBox, "Start knotless when you log in")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "I have a sit-stand desk")
        .click();
    h.run();
    assert!(!path.exists(), "nothing written before Start");
    h.get_by_role_and_label(Role::Button, "Start knotless")
        .click();
    h.run();
    assert!(h.state().is_saved());
    h.get_by_label("knotless is running");
    h.get_by_label_contains("It lives in the tray");
    h.get_by_label(
        "Your first movement break comes after 40 minutes of sitting: around 10:40 if you keep working.",
    );
    assert!(
        !h.state().is_finished(),
        "the confirmation stays until closed"
    );
    h.get_by_label("Close").click();
    h.run();
    assert!(h.state().is_finished());

    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("focus = [\"neck\", \"upper_back\"]"),
        "{saved}"
    );
    assert!(
        saved.contains("equipment = [\"foam_roller\", \"wall\", \"chair\"]"),
        "no ball, the roller ticked: {saved}"
    );
    assert!(saved.contains("autostart = true"), "{saved}");
    assert!(
        saved.contains("[standing]\n# A sit-stand desk.")
            && saved.contains("\nenabled = true\n\n# Sitting this long"),
        "the desk, in its documented section: {saved}"
    );
    let loaded = knotless::config::load_file(&path).unwrap().unwrap();
    assert_eq!(loaded.problems, []);
    assert!(loaded.settings.startup.autostart);
}

#[test]
fn not_now_keeps_the_documented_settings_without_a_ball() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = harness(path.clone(), 1.0);
    // A tick changed, then declined: the documented settings stand.
    h.get_by_label("neck").click();
    h.run();
    h.get_by_label("Not now").click();
    h.run();
    assert!(h.state().is_saved());
    h.get_by_label("knotless is running");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        saved,
        knotless::config::DEFAULT_TOML.replace(
            "equipment = [\"ball\", \"wall\", \"chair\", \"water\"]",
            "equipment = [\"wall\", \"chair\"]"
        )
    );
}

#[test]
fn the_choices_and_start_fit_the_default_window_at_150_percent() {
    let dir = tempfile::tempdir().unwrap();
    let size = knotless::ui::WELCOME_SIZE;
    for scale in [1.0, 1.5] {
        let h = harness(dir.path().join("config.toml"), scale);
        let screen = eframe::egui::Rect::from_min_size(eframe::egui::Pos2::ZERO, size.into());
        let outside: Vec<String> = h
            .query_all_by(|node| {
                matches!(node.role(), Role::Label | Role::Button | Role::CheckBox)
                    && node.bounding_box().is_some()
            })
            .filter(|node| !screen.contains_rect(node.rect()))
            .map(|node| format!("{:?} at {:?}", node.accesskit_node().label(), node.rect()))
            .collect();
        assert_eq!(outside, Vec::<String>::new(), "at {scale}x");
    }
}

#[test]
fn in_the_pseudo_language_no_english_is_left_before_or_after_starting() {
    knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("knotless/config.toml");
        // egui's own font lacks some of the pseudo-language's accented letters (ẋ, ẇ).
        let mut h = harness_from(path, 1.0, Harness::builder().allow_missing_glyphs());
        // The vocabulary's names on the checkboxes are another part's words.
        let theirs: Vec<String> = knotless::config::schema::KEYS
            .iter()
            .flat_map(|k| match k.kind {
                knotless::config::schema::Kind::Names { allowed } => allowed.to_vec(),
                _ => Vec::new(),
            })
            .map(|n| n.replace('_', " "))
            .chain(crate::settings_window::durations_in_words())
            .collect();
        assert_eq!(
            crate::settings_window::english_left(&h, &theirs),
            Vec::<String>::new()
        );
        let width = knotless::ui::WELCOME_SIZE[0];
        assert_eq!(
            crate::settings_window::past_the_edge(&h, width),
            Vec::<String>::new()
        );
        h.get_by_label(&knotless_i18n::t!("welcome-start")).click();
        h.run();
        h.get_by_label(&knotless_i18n::t!("welcome-running"));
        assert_eq!(
            crate::settings_window::english_left(&h, &theirs),
            Vec::<String>::new()
        );
        assert_eq!(
            crate::settings_window::past_the_edge(&h, width),
            Vec::<String>::new()
        );
    });
}
