//! The settings window: the common choices at the default size without scrolling, advice
//! in plain words next to a bad field with Save saying what blocks it, dependent fields
//! disabled with their switch, the exercise picker, saving that keeps the file's comments,
//! and one window at a time.

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knotless::ui::settings_window::{Page, SettingsForm};

const MINE: &str = "# my own notes, keep them\n[movement]\n# long days: every 45 minutes\nevery = \"45m\"  # was 40m\nsnooze = \"5m\"\n";

fn exercises() -> Vec<(String, String)> {
    knotless_exercises::library::Library::builtin()
        .exercises
        .into_iter()
        .map(|e| (e.id, e.title))
        .collect()
}

/// The window at `size` and `scale` (pixels per point), styled as the app styles it.
fn window(path: std::path::PathBuf, size: [f32; 2], scale: f32) -> Harness<'static, SettingsForm> {
    open(path, size, scale, Harness::builder())
}

/// [`window`] from `builder`.
fn open(
    path: std::path::PathBuf,
    size: [f32; 2],
    scale: f32,
    builder: egui_kittest::HarnessBuilder<SettingsForm>,
) -> Harness<'static, SettingsForm> {
    let form = SettingsForm::load(path)
        .unwrap()
        .with_exercises(exercises());
    // The system's fonts, as eframe's `system_fonts` gives the app: the language list shows
    // each language by its own name ("日本語").
    let mut h = builder
        .with_size(egui::Vec2::from(size))
        .with_pixels_per_point(scale)
        .with_context_setup(|ctx| {
            ctx.add_font_provider(std::sync::Arc::new(
                egui_system_font_provider::SystemFontProvider::new(),
            ))
        })
        .build_ui_state(|ui, form: &mut SettingsForm| form.ui(ui), form);
    knotless::ui::style::apply(&h.ctx);
    h.run();
    h
}

/// A window tall enough to reach every field of the More page without scrolling.
fn tall(path: std::path::PathBuf) -> Harness<'static, SettingsForm> {
    window(path, [700.0, 2600.0], 1.0)
}

fn text_input<'h>(h: &'h Harness<'static, SettingsForm>, name: &'h str) -> egui_kittest::Node<'h> {
    h.get_by_role_and_label(Role::TextInput, name)
}

fn checkbox<'h>(h: &'h Harness<'static, SettingsForm>, name: &'h str) -> egui_kittest::Node<'h> {
    h.get_by_role_and_label(Role::CheckBox, name)
}

#[test]
fn a_new_user_changes_how_often_and_what_is_at_hand_and_saves_without_scrolling() {
    for scale in [1.0, 1.5] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let size = knotless::ui::SETTINGS_SIZE;
        let mut h = window(path.clone(), size, scale);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::Vec2::from(size));
        // Nothing on the Common page lies outside the window: no scrolling, nothing clipped.
        let outside: Vec<String> = h
            .query_all_by(|node| {
                matches!(
                    node.role(),
                    Role::Label | Role::Button | Role::CheckBox | Role::TextInput | Role::Slider
                ) && node.bounding_box().is_some()
            })
            .filter(|node| !screen.contains_rect(node.rect()))
            .map(|node| {
                format!(
                    "{:?} {:?} at {:?}",
                    node.accesskit_node().role(),
                    node.accesskit_node().label(),
                    node.rect()
                )
            })
            .collect();
        assert_eq!(outside, Vec::<String>::new(), "at {scale}x");
        assert!(screen.contains_rect(text_input(&h, "Remind me to move after").rect()));
        assert!(screen.contains_rect(h.get_by_label("Longer: Remind me to move after").rect()));
        assert!(screen.contains_rect(checkbox(&h, "foam roller").rect()));
        assert!(screen.contains_rect(h.get_by_label("Save").rect()));
        assert!(
            h.query_by_label_contains("Saved").is_none(),
            "nothing says Saved before a save"
        );

        // 40 minutes, one step longer: 45.
        h.get_by_label("Longer: Remind me to move after").click();
        h.run();
        assert_eq!(
            text_input(&h, "Remind me to move after").value().as_deref(),
            Some("45m")
        );
        h.get_by_label("45 minutes");
        checkbox(&h, "foam roller").click();
        h.run();
        h.get_by_label("Not saved yet");
        h.get_by_label("Save").click();
        h.run();
        h.get_by_label("Saved 2 changes.");
        let saved = std::fs::read_to_string(&path).unwrap();
        assert!(saved.contains("every = \"45m\""), "{saved}");
        assert!(saved.contains("\"foam_roller\""), "{saved}");
        let loaded = knotless::config::load_file(&path).unwrap().unwrap();
        assert_eq!(loaded.problems, []);
    }
}

#[test]
fn a_bad_value_gets_advice_next_to_the_field_and_save_says_what_blocks_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, MINE).unwrap();
    let mut h = window(path.clone(), knotless::ui::SETTINGS_SIZE, 1.0);
    text_input(&h, "Remind me to move after").set_text_value_accesskit("5s");
    h.run();
    let advice = "Use a time of at least 10 seconds, like 45m";
    assert_eq!(h.state().error("movement.every"), Some(advice));
    // Next to the field: right under it, and the field itself carries the advice.
    let field = text_input(&h, "Remind me to move after").rect();
    let shown = h.get_by_label(advice).rect();
    assert!(
        shown.top() >= field.bottom() && shown.top() - field.bottom() < 12.0,
        "{shown:?} under {field:?}"
    );
    assert_eq!(
        text_input(&h, "Remind me to move after")
            .accesskit_node()
            .description()
            .as_deref(),
        Some(advice)
    );
    // Save is blocked, and says by what.
    assert!(h.get_by_label("Save").accesskit_node().is_disabled());
    h.get_by_label("Cannot save: check “Remind me to move after”");
    // The same from the other page says where the field is.
    h.state_mut().show_page(Page::More);
    h.run();
    h.get_by_label("Cannot save: check “Remind me to move after” on the Common page");
    h.state_mut().show_page(Page::Common);
    h.run();
    assert!(h.state_mut().save().is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        MINE,
        "nothing saved"
    );

    text_input(&h, "Remind me to move after").set_text_value_accesskit("30m");
    h.run();
    assert!(!h.get_by_label("Save").accesskit_node().is_disabled());
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved 1 change.");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.starts_with("# my own notes, keep them\n[movement]\n# long days: every 45 minutes\nevery = \"30m\"  # was 40m\n"),
        "the comments stay: {saved}"
    );
}

#[test]
fn fields_that_depend_on_a_switch_are_disabled_while_it_is_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = tall(dir.path().join("config.toml"));
    assert!(
        !text_input(&h, "Micro-pause every")
            .accesskit_node()
            .is_disabled()
    );
    checkbox(&h, "Micro-pauses (posture and eyes)").click();
    h.run();
    assert!(
        text_input(&h, "Micro-pause every")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        h.get_by_label("Longer: Micro-pause every")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        !h.get_by_role_and_label(Role::Slider, "Volume of the cues")
            .accesskit_node()
            .is_disabled()
    );
    checkbox(&h, "Sound cues during a break").click();
    h.run();
    assert!(
        h.get_by_role_and_label(Role::Slider, "Volume of the cues")
            .accesskit_node()
            .is_disabled()
    );

    h.state_mut().show_page(Page::More);
    h.run();
    // Working hours are off by default: the days wait for them.
    assert!(text_input(&h, "Monday").accesskit_node().is_disabled());
    h.get_by_label("Used when working hours are on, on the Common page.");
    assert!(
        text_input(&h, "Stand for about")
            .accesskit_node()
            .is_disabled()
    );
    checkbox(&h, "I have a sit-stand desk").click();
    h.run();
    assert!(
        !text_input(&h, "Stand for about")
            .accesskit_node()
            .is_disabled()
    );
    h.state_mut().show_page(Page::Common);
    h.run();
    checkbox(&h, "Remind me only during working hours").click();
    h.run();
    h.get_by_label("Mon–Fri 09:00-17:30");
    h.get_by_label("Set days and hours").click();
    h.run();
    assert_eq!(h.state().page(), Page::More);
    assert!(!text_input(&h, "Monday").accesskit_node().is_disabled());
}

#[test]
fn exercises_to_leave_out_are_picked_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut h = tall(path.clone());
    h.state_mut().show_page(Page::More);
    h.run();
    let (id, title) = exercises()
        .into_iter()
        .find(|(id, _)| id == "neck-side-stretch")
        .unwrap();
    h.get_by_role_and_label(Role::TextInput, "Find an exercise to leave out")
        .set_text_value_accesskit(&title.to_uppercase());
    h.run();
    // Only what matches is listed.
    let calf = exercises()
        .into_iter()
        .find(|(id, _)| id == "calf-raises")
        .unwrap()
        .1;
    assert!(h.query_by_role_and_label(Role::CheckBox, &calf).is_none());
    checkbox(&h, &title).click();
    h.run();
    h.get_by_label("1 exercise is left out.");
    h.get_by_label("Save").click();
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains(&format!("exclude = [\"{id}\"]")), "{saved}");
}

#[test]
fn without_a_file_the_documented_defaults_are_the_starting_point() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotless/config.toml");
    let mut h = tall(path.clone());
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
    let mut h = tall(path.clone());
    checkbox(&h, "hips").click();
    h.run();
    checkbox(&h, "neck").click();
    h.run();
    assert_eq!(h.state().text("suggestions.focus"), Some("neck, hips"));
    h.get_by_label("Save").click();
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("focus = [\"neck\", \"hips\"]"), "{saved}");
}

#[test]
fn the_sit_stand_desk_turns_on_and_its_times_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut h = tall(path.clone());
    h.state_mut().show_page(Page::More);
    h.run();
    h.get_by_label("Sit-stand desk");
    checkbox(&h, "I have a sit-stand desk").click();
    h.run();
    text_input(&h, "Suggest changing position after standing for").set_text_value_accesskit("5s");
    h.run();
    assert_eq!(
        h.state().error("standing.max"),
        Some("Use a time of at least 10 seconds, like 45m")
    );
    text_input(&h, "Suggest changing position after standing for").set_text_value_accesskit("1h");
    text_input(&h, "Stand for about").set_text_value_accesskit("20m");
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

#[test]
fn close_with_changes_not_saved_asks_once_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(
        dir.path().join("config.toml"),
        knotless::ui::SETTINGS_SIZE,
        1.0,
    );
    h.get_by_label("Close").click();
    h.run();
    assert!(h.state().wants_close(), "nothing to lose: closes at once");

    let mut h = window(
        dir.path().join("config.toml"),
        knotless::ui::SETTINGS_SIZE,
        1.0,
    );
    checkbox(&h, "neck").click();
    h.run();
    h.get_by_label("Close").click();
    h.run();
    assert!(!h.state().wants_close());
    h.get_by_label("Changes not saved: Close again to leave them");
    h.get_by_label("Close").click();
    h.run();
    assert!(h.state().wants_close());
}

#[cfg(unix)]
#[test]
fn a_second_settings_window_raises_the_first_instead_of_opening() {
    use knotless::ui::single_window::{Claim, claim};
    let dir = tempfile::tempdir().unwrap();
    let runtime = dir.path().join("knotless");
    let Claim::First(first) = claim(&runtime).unwrap() else {
        panic!("nothing open yet: this one opens");
    };
    let (woken, wake) = std::sync::mpsc::channel();
    first.on_raise(move || {
        let _ = woken.send(());
    });
    assert!(!first.take_raise());
    assert!(
        matches!(claim(&runtime).unwrap(), Claim::Raised),
        "the second asks the first"
    );
    wake.recv_timeout(std::time::Duration::from_secs(5))
        .expect("the first window was woken");
    assert!(first.take_raise(), "and told to come forward");
    assert!(!first.take_raise(), "once");
    // Once the first closes, the next one opens.
    drop(first);
    assert!(matches!(claim(&runtime).unwrap(), Claim::First(_)));
}

/// The rule with real windows: `knotless settings` under Xvfb and openbox, a statistics
/// window opened over it, then a second `knotless settings`, which exits at once, opens no
/// window, and brings the first to the front.
#[cfg(unix)]
#[test]
fn a_second_knotless_settings_brings_the_open_window_forward_on_a_real_desktop() {
    let home = tempfile::tempdir().unwrap();
    let display = real::Display::start();
    let _wm = real::Child::spawn("openbox", &[], &display, home.path());
    let first = real::Child::knotless(&["settings"], &display, home.path());
    let settings = real::wait_for(|| display.windows("Settings").first().cloned())
        .expect("the settings window opens");
    let _stats = real::Child::knotless(&["stats"], &display, home.path());
    let stats = real::wait_for(|| display.windows("Statistics").first().cloned())
        .expect("the statistics window opens");
    // Asked again until it holds: openbox may still be starting, or not yet managing the
    // new window, when the first request goes out.
    real::wait_for(|| {
        if display.active() == Some(stats.clone()) {
            return Some(());
        }
        display.activate(&stats);
        None
    })
    .expect("the statistics window has the focus");

    let mut second = real::Child::knotless(&["settings"], &display, home.path());
    let status = real::wait_for(|| second.0.try_wait().unwrap()).expect("the second one exits");
    assert!(status.success(), "{status:?}");
    real::wait_for(|| (display.active() == Some(settings.clone())).then_some(()))
        .expect("the open settings window comes to the front");
    assert_eq!(display.windows("Settings"), [settings], "one window");
    drop(first);
}

/// Real programs for the test above; each is killed when dropped.
#[cfg(unix)]
mod real {
    use std::io::BufRead;
    use std::path::Path;
    use std::process::{Command, Stdio};

    pub struct Child(pub std::process::Child);

    impl Drop for Child {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    impl Child {
        pub fn spawn(program: &str, args: &[&str], display: &Display, home: &Path) -> Child {
            let child = Command::new(program)
                .args(args)
                .env("DISPLAY", &display.name)
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_DATA_HOME", home.join("data"))
                .env("XDG_STATE_HOME", home.join("state"))
                .env("XDG_RUNTIME_DIR", home.join("run"))
                .env(
                    "DBUS_SESSION_BUS_ADDRESS",
                    format!("unix:path={}", home.join("no-bus").display()),
                )
                .env_remove("WAYLAND_DISPLAY")
                // English whatever the machine speaks: the tests look for English labels.
                .env_remove("LANGUAGE")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", "C.UTF-8")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("cannot run {program} (install it; see scripts/test): {e}")
                });
            Child(child)
        }

        pub fn knotless(args: &[&str], display: &Display, home: &Path) -> Child {
            std::fs::create_dir_all(home.join("run")).unwrap();
            Child::spawn(env!("CARGO_BIN_EXE_knotless"), args, display, home)
        }
    }

    /// Tries `f` every 50 ms for up to 20 s.
    pub fn wait_for<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
        for _ in 0..400 {
            if let Some(t) = f() {
                return Some(t);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        None
    }

    pub struct Display {
        pub name: String,
        _server: Child,
    }

    impl Display {
        pub fn start() -> Display {
            let mut child = Command::new("Xvfb")
                .args([
                    "-displayfd",
                    "1",
                    "-nolisten",
                    "tcp",
                    "-screen",
                    "0",
                    "1280x1024x24",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("cannot run Xvfb (install xvfb; see scripts/test)");
            let mut line = String::new();
            std::io::BufReader::new(child.stdout.take().unwrap())
                .read_line(&mut line)
                .unwrap();
            Display {
                name: format!(":{}", line.trim()),
                _server: Child(child),
            }
        }

        fn xdotool(&self, args: &[&str]) -> Vec<String> {
            let out = Command::new("xdotool")
                .args(args)
                .env("DISPLAY", &self.name)
                .output()
                .expect("cannot run xdotool (install it; see scripts/test)");
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(str::to_owned)
                .collect()
        }

        /// The visible windows whose title ends in `end` (xdotool's patterns do not match
        /// the "·" of "knotless · Settings").
        pub fn windows(&self, end: &str) -> Vec<String> {
            self.xdotool(&["search", "--onlyvisible", "--name", &format!(" {end}$")])
        }

        pub fn activate(&self, window: &str) {
            self.xdotool(&["windowactivate", window]);
        }

        pub fn active(&self) -> Option<String> {
            self.xdotool(&["getactivewindow"]).into_iter().next()
        }
    }
}

/// The labels of a window still in plain English: ASCII only, with a word of three letters
/// or more. Under the pseudo-language every text of ours is accented, so what is left came
/// from a literal nobody moved into a message. `theirs` are texts shown as they are (a
/// language's own name) or owned by other parts (the vocabulary, exercise titles, advice);
/// a long text of theirs (the report) may be drawn in pieces, a node a wrapped line.
pub fn english_left<S>(h: &Harness<'_, S>, theirs: &[String]) -> Vec<String> {
    h.query_all_by(|_| true)
        .filter_map(|node| text_of(&node))
        .filter(|label| {
            label.is_ascii()
                && label
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|word| word.len() >= 3)
                && !theirs
                    .iter()
                    .any(|t| t == label || (t.lines().count() > 3 && t.contains(label.as_str())))
        })
        .collect()
}

/// The texts and controls that reach past the window's right edge (`width`): a longer
/// language must wrap, not run out of the window.
pub fn past_the_edge<S>(h: &Harness<'_, S>, width: f32) -> Vec<String> {
    outside(
        h,
        egui::Rect::from_min_max(egui::Pos2::ZERO, egui::pos2(width, f32::INFINITY)),
    )
}

/// The texts and controls not wholly inside `screen`.
fn outside<S>(h: &Harness<'_, S>, screen: egui::Rect) -> Vec<String> {
    h.query_all_by(|node| {
        matches!(
            node.role(),
            Role::Label
                | Role::Button
                | Role::CheckBox
                | Role::Slider
                | Role::SpinButton
                | Role::TextInput
                | Role::ComboBox
        ) && node.bounding_box().is_some()
    })
    .filter(|node| !screen.expand(0.5).contains_rect(node.rect()))
    .map(|node| format!("{:?} at {:?}", text_of(&node), node.rect()))
    .collect()
}

/// What a node says: a control's name, or a label's text (which accesskit holds as its
/// value).
fn text_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let node = node.accesskit_node();
    node.label().or_else(|| node.value())
}

/// What other parts of the app show in the settings window in their own words: the
/// vocabulary's names on the checkboxes, the exercise picker's (the widgets') words and
/// the exercises' titles, the file's "off", the durations in words beside the fields, and the languages' own
/// names.
fn not_ours(exercises: &[(String, String)]) -> Vec<String> {
    let vocabulary = knotless::config::schema::KEYS
        .iter()
        .flat_map(|k| match k.kind {
            knotless::config::schema::Kind::Names { allowed } => allowed.to_vec(),
            _ => Vec::new(),
        });
    vocabulary
        .map(|n| n.replace('_', " "))
        .chain(
            knotless_i18n::CHOICES
                .iter()
                .map(|c| knotless_i18n::language_name(c)),
        )
        .chain(exercises.iter().map(|(_, title)| title.clone()))
        .chain(
            [
                "Find an exercise to leave out",
                "Ticked exercises are never suggested. None is left out.",
                // A day's hours as the file writes them, typed as they are.
                "off",
            ]
            .map(str::to_owned),
        )
        .chain(durations_in_words())
        .collect()
}

/// Every duration key's default in words ("40 minutes"), as the field shows it beside.
pub fn durations_in_words() -> Vec<String> {
    let defaults = knotless::config::Settings::default();
    knotless::config::schema::KEYS
        .iter()
        .filter_map(|k| match (k.get)(&defaults) {
            knotless::config::schema::Value::Duration(d) => {
                Some(knotless::config::advice::spoken(d))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn in_the_pseudo_language_no_english_is_left_and_the_common_page_still_fits() {
    knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
        let theirs = not_ours(&exercises());
        let every = knotless::config::schema::find("movement", "every")
            .unwrap()
            .label();
        assert_ne!(every, "Remind me to move after");
        let dir = tempfile::tempdir().unwrap();
        let size = knotless::ui::SETTINGS_SIZE;
        // egui's own font lacks some of the pseudo-language's accented letters (ẋ, ẇ):
        // boxes, not a failure, here.
        let pseudo = || Harness::builder().allow_missing_glyphs();
        let mut h = open(dir.path().join("config.toml"), size, 1.0, pseudo());
        assert_eq!(english_left(&h, &theirs), Vec::<String>::new(), "Common");
        // 40 % longer and still nothing pushed out of the window.
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::Vec2::from(size));
        assert_eq!(outside(&h, screen), Vec::<String>::new());

        // A value that cannot be used: the footer says so in the language.
        text_input(&h, &every).set_text_value_accesskit("5s");
        h.run();
        let advice = knotless::config::advice::advice(
            knotless::config::schema::find("movement", "every").unwrap(),
            "5s",
        );
        let five = knotless::config::advice::spoken(chrono::TimeDelta::seconds(5));
        let theirs: Vec<String> = theirs.into_iter().chain([advice, five]).collect();
        let save = knotless_i18n::t!("settings-save");
        assert!(h.get_by_label(&save).accesskit_node().is_disabled());
        let footer = knotless_i18n::t!(
            "settings-cannot-save",
            label = every.as_str(),
            place = "here",
            others = 0
        );
        h.get_by_label(&footer);
        assert_eq!(english_left(&h, &theirs), Vec::<String>::new(), "advice");

        let mut h = open(
            dir.path().join("config.toml"),
            [700.0, 2600.0],
            1.0,
            pseudo(),
        );
        h.get_by_label(&knotless_i18n::t!("settings-page-more"))
            .click();
        h.run();
        assert_eq!(english_left(&h, &theirs), Vec::<String>::new(), "More");
    });
}

#[test]
fn the_language_shows_in_words_and_the_file_keeps_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut h = window(path.clone(), knotless::ui::SETTINGS_SIZE, 1.0);
    // "auto" in words; every language by its own name in the list.
    let language = || h.get_by_role_and_label(Role::ComboBox, "Language");
    assert_eq!(language().value().as_deref(), Some("Same as the desktop"));
    language().click();
    h.run();
    // The list follows `[ui] language`'s values: auto, en, de, … (a language whose files
    // lack its name shows English's until translated, so take the first).
    h.get_all_by_label("English").next().unwrap().click();
    h.run();
    let language = h.get_by_role_and_label(Role::ComboBox, "Language");
    assert_eq!(language.value().as_deref(), Some("English"));
    assert_eq!(h.state().text("ui.language"), Some("en"));
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved 1 change.");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("language = \"en\""), "{text}");
}
