//! The first-run welcome: the three reminder kinds explained, and the three answers saved
//! into the config file with its documentation.

use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use knotless::ui::settings_window::SettingsForm;
use knotless::ui::welcome::Welcome;

fn harness(path: std::path::PathBuf) -> Harness<'static, Welcome> {
    let welcome = Welcome::new(SettingsForm::load(path).unwrap());
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(560.0, 1200.0))
        .build_ui_state(|ui, w: &mut Welcome| w.ui(ui), welcome);
    h.run();
    h
}

#[test]
fn the_answers_are_saved_with_the_documented_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = harness(path.clone());
    h.get_by_label("Welcome to knotless");
    h.get_by_label_contains("After 40 minutes of sitting");
    h.get_by_label_contains("Every 20 minutes a quiet note");
    h.get_by_label_contains("Every 1 hour 30 minutes a reminder to drink");
    h.get_by_label_contains("see a physical therapist");

    h.get_by_label("neck").click();
    h.get_by_label("upper back").click();
    h.get_by_label("foam roller").click();
    h.get_by_label("water").click();
    h.get_by_role_and_label(Role::CheckBox, "Start knotless when you log in")
        .click();
    h.get_by_label_contains("Do you have a sit-stand desk?");
    h.get_by_role_and_label(Role::CheckBox, "I have a sit-stand desk")
        .click();
    h.run();
    assert!(!path.exists(), "nothing written before Save");
    h.get_by_label("Save and start").click();
    h.run();
    assert!(h.state().is_finished());

    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("focus = [\"neck\", \"upper_back\"]"),
        "{saved}"
    );
    assert!(
        saved.contains("equipment = [\"ball\", \"foam_roller\", \"wall\", \"chair\"]"),
        "water unticked, the roller ticked: {saved}"
    );
    assert!(saved.contains("autostart = true"), "{saved}");
    assert!(
        saved.contains("[standing]\n# A sit-stand desk.")
            && saved.contains("\nenabled = true\n\n# Sitting this long"),
        "the desk, in its documented section: {saved}"
    );
    assert!(
        saved.contains("# A reminder to drink some water."),
        "documented"
    );
    let loaded = knotless::config::load_file(&path).unwrap().unwrap();
    assert_eq!(loaded.problems, []);
    assert!(loaded.settings.startup.autostart);
    assert!(loaded.settings.standing.enabled);
}

#[test]
fn not_now_keeps_the_defaults_and_writes_them_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = harness(path.clone());
    // A tick changed, then declined: the defaults stand.
    h.get_by_label("neck").click();
    h.run();
    h.get_by_label("Not now").click();
    h.run();
    assert!(h.state().is_finished());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        knotless::config::DEFAULT_TOML
    );
}
