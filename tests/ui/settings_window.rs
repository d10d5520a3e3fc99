//! The settings window: validation as you type, and saving that keeps the file's comments.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use knotless::ui::settings_window::SettingsForm;

const MINE: &str = "# my own notes, keep them\n[movement]\n# long days: every 45 minutes\nevery = \"45m\"  # was 40m\nsnooze = \"5m\"\n";

fn harness(path: std::path::PathBuf) -> Harness<'static, SettingsForm> {
    let form = SettingsForm::load(path).unwrap();
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(560.0, 2400.0))
        .build_ui_state(|ui, form: &mut SettingsForm| form.ui(ui), form);
    h.run();
    h
}

#[test]
fn a_bad_value_is_shown_and_not_saved_and_a_good_one_keeps_the_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, MINE).unwrap();
    let mut h = harness(path.clone());
    // Every section and key is there, labelled.
    h.get_by_label("Movement");
    h.get_by_label("Working hours");
    h.get_by_label("Sitting time before a movement break");
    h.get_by_label("Start knotless when you log in");

    h.state_mut().set_text("movement.every", "5x");
    h.run();
    let error = h.state().error("movement.every").unwrap().to_owned();
    assert!(error.starts_with("not a duration"), "{error}");
    h.get_by_label(&error);
    h.state_mut().set_text("movement.max_snoozes", "99");
    h.run();
    assert_eq!(
        h.state().error("movement.max_snoozes"),
        Some("out of range; allowed: a whole number from 0 to 10")
    );
    assert!(h.state_mut().save().is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        MINE,
        "nothing saved"
    );

    h.state_mut().set_text("movement.every", "30m");
    h.state_mut().set_text("movement.max_snoozes", "3");
    h.state_mut()
        .set_text("suggestions.focus", "neck, upper_back");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved 3 changes.");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("# my own notes, keep them\n[movement]\n# long days: every 45 minutes\nevery = \"30m\"  # was 40m\n"), "{saved}");
    assert!(saved.contains("max_snoozes = 3"), "{saved}");
    assert!(
        saved.contains("focus = [\"neck\", \"upper_back\"]"),
        "{saved}"
    );
    // And the file reads back as what the form says, with no problems.
    let loaded = knotless::config::load_file(&path).unwrap().unwrap();
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.settings.movement.max_snoozes, 3);
}

#[test]
fn without_a_file_the_documented_defaults_are_the_starting_point() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = harness(path.clone());
    h.state_mut().set_text("hydration.every", "60m");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("every = \"1h\""), "{saved}");
    assert!(
        saved.contains("# A reminder to drink some water."),
        "the documentation came along"
    );
}

#[test]
fn list_keys_are_checkboxes_that_keep_the_vocabulary_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut h = harness(path.clone());
    h.get_by_label("hips").click();
    h.run();
    h.get_by_label("neck").click();
    h.run();
    assert_eq!(h.state().text("suggestions.focus"), Some("neck, hips"));
    h.get_by_label("Save").click();
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("focus = [\"neck\", \"hips\"]"), "{saved}");
}

#[test]
fn the_sit_stand_desk_section_turns_on_and_its_times_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut h = harness(path.clone());
    h.get_by_label("Sit-stand desk");
    h.get_by_label("Suggest standing after sitting for");
    h.get_by_label("Stand for about");
    h.get_by_label("Suggest changing position after standing for");
    h.get_by_role_and_label(
        eframe::egui::accesskit::Role::CheckBox,
        "I have a sit-stand desk",
    )
    .click();
    h.state_mut().set_text("standing.max", "5s");
    h.run();
    assert_eq!(
        h.state().error("standing.max"),
        Some("out of range; allowed: a duration from 10s to 8h")
    );
    h.state_mut().set_text("standing.max", "1h");
    h.state_mut().set_text("standing.for", "20m");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved 3 changes.");
    let loaded = knotless::config::load_file(&path).unwrap().unwrap();
    assert_eq!(loaded.problems, []);
    let standing = loaded.settings.standing;
    assert!(standing.enabled);
    assert_eq!(standing.max, chrono::TimeDelta::hours(1));
    assert_eq!(standing.stand_for, chrono::TimeDelta::minutes(20));
}
