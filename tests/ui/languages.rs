//! Every window in the pseudo-language (each letter accented, texts 40 % longer): nothing
//! left in English and nothing outside the window; and the break window in Japanese with a
//! glyph for every character it draws.

use chrono::{NaiveTime, TimeDelta};
use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use knotless_exercises::exercise::Region;
use knotless_exercises::flow::{Action, Plan, Stage};
use knotless_exercises::library::Library;
use knotless_i18n::{PSEUDO, with_language};

/// Whether `token` (punctuation trimmed) is a word of three or more ASCII letters.
fn is_plain_word(token: &str) -> bool {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// Labels with a word of plain ASCII letters (three or more): in the pseudo-language every
/// translated letter is accented, so such a word was never translated.
fn untranslated(labels: impl Iterator<Item = String>) -> Vec<String> {
    labels
        .filter(|label| label.split_whitespace().any(is_plain_word))
        .collect()
}

fn labels<T>(h: &Harness<'static, T>) -> Vec<String> {
    h.query_all_by(|node| node.label().is_some())
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

/// Labels, buttons and check boxes that reach past the window's sides (a window's content
/// may scroll down; whether a page fits without scrolling is each window's own test).
fn outside<T>(h: &Harness<'static, T>, size: egui::Vec2) -> Vec<String> {
    let screen = egui::Rect::from_min_size(egui::pos2(0.0, -1e6), egui::vec2(size.x, 2e6));
    h.query_all_by(|node| {
        matches!(node.role(), Role::Label | Role::Button | Role::CheckBox)
            && node.bounding_box().is_some()
    })
    .filter(|node| !screen.expand(0.5).contains_rect(node.rect()))
    .map(|node| format!("{:?} at {:?}", node.accesskit_node().label(), node.rect()))
    .collect()
}

/// Buttons that overlap another button (a label running under its neighbour).
fn overlapping<T>(h: &Harness<'static, T>) -> Vec<String> {
    let buttons: Vec<(String, egui::Rect)> = h
        .query_all_by(|node| node.role() == Role::Button && node.bounding_box().is_some())
        .map(|node| {
            let label = node.accesskit_node().label().unwrap_or_default();
            (label, node.rect())
        })
        .collect();
    let mut found = Vec::new();
    for (i, (a, ra)) in buttons.iter().enumerate() {
        for (b, rb) in &buttons[i + 1..] {
            if ra.shrink(1.0).intersects(rb.shrink(1.0)) {
                found.push(format!("{a:?} {ra:?} and {b:?} {rb:?}"));
            }
        }
    }
    found
}

fn check<T>(h: &Harness<'static, T>, size: egui::Vec2, what: &str) {
    let crossed = overlapping(h);
    assert!(crossed.is_empty(), "{what}: buttons overlap: {crossed:#?}");
    if knotless_i18n::language() == PSEUDO {
        let english = untranslated(labels(h).into_iter());
        assert!(english.is_empty(), "{what}: still English: {english:#?}");
    }
    let out = outside(h, size);
    assert!(out.is_empty(), "{what}: outside the window: {out:#?}");
}

#[test]
fn the_test_sees_english_and_accepts_the_pseudo_language() {
    assert!(is_plain_word("Start"));
    assert!(is_plain_word("(Snooze)"));
    assert!(!is_plain_word("Şŧȧȧřŧ"));
    assert!(!is_plain_word("0:15"));
    assert!(!is_plain_word("~/.config/knotless"));
    assert_eq!(
        untranslated(["Step 1 of 4".to_owned(), knotless_i18n::pseudo("Step")].into_iter()),
        ["Step 1 of 4"]
    );
}

fn break_plan() -> Plan {
    let library = Library::builtin();
    let e = library
        .get("ball-upper-back-wall")
        .expect("built-in")
        .clone();
    let mut plan = Plan::only(e);
    plan.alternatives = vec![library.get("neck-side-stretch").expect("built-in").clone()];
    plan.choices = vec![library.get("chin-tucks").expect("built-in").clone()];
    plan.snoozes_left = 2;
    plan.checkin = vec![Region::UpperBack, Region::Shoulders];
    plan
}

/// Lets egui find installed fonts for what its own lack, as eframe's `system_fonts` does in
/// the app (the accented pseudo-letters, Japanese). Without, egui_kittest stops at the first
/// missing glyph.
fn system_fonts(ctx: &egui::Context) {
    ctx.add_font_provider(std::sync::Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
}

/// A harness builder of `size` with the system's fonts when `fonts`.
fn builder<T>(size: egui::Vec2, fonts: bool) -> egui_kittest::HarnessBuilder<T> {
    let b = egui_kittest::HarnessBuilder::<T>::default().with_size(size);
    if fonts {
        b.with_context_setup(system_fonts)
    } else {
        b
    }
}

fn break_window(
    plan: Plan,
    fonts: bool,
) -> Harness<'static, knotless::ui::break_window::BreakWindow> {
    let t0 = chrono::DateTime::from_timestamp(1_764_000_000, 0).expect("a time");
    let mut h = builder(egui::vec2(480.0, 640.0), fonts).build_ui_state(
        |ui, w: &mut knotless::ui::break_window::BreakWindow| w.ui(ui),
        knotless::ui::break_window::BreakWindow::new(plan, t0),
    );
    h.run();
    h
}

#[test]
fn the_break_window_is_translated_at_every_stage_and_fits() {
    with_language(PSEUDO, walk_the_break_window);
}

#[test]
fn the_welcome_settings_and_statistics_are_translated_and_fit() {
    with_language(PSEUDO, walk_the_forms);
}

/// Every language knotless ships, its real words: nothing past a window's side.
#[test]
fn every_window_fits_in_every_language() {
    for lang in knotless_i18n::languages() {
        with_language(lang, walk_the_break_window);
        with_language(lang, walk_the_forms);
    }
}

/// The break window from the question through the steps and the end to the check-in, each
/// stage checked ([`check`]).
fn walk_the_break_window() {
    {
        let size = egui::vec2(480.0, 640.0);
        let prompt = knotless_i18n::pseudo("Time to move");
        let mut h = break_window(break_plan().asking(prompt, TimeDelta::minutes(2)), true);
        check(&h, size, "the prompt");
        let mut stage = 0;
        loop {
            let flow = h.state_mut().flow_mut();
            let action = match flow.stage() {
                Stage::Prompt => Action::Start,
                Stage::Steps(_) => Action::Next,
                Stage::Finished => Action::Continue,
                _ => break,
            };
            flow.press(action);
            h.run();
            stage += 1;
            check(&h, size, &format!("stage {stage}"));
            // Done too (early on a step: its question; on the last step: the end).
            h.state_mut().flow_mut().press(Action::Done);
            h.run();
            check(&h, size, &format!("stage {stage}, after Done"));
            assert!(stage < 20, "the flow ends");
        }
    }
}

/// The welcome, both pages of the settings and the statistics, each checked ([`check`]).
fn walk_the_forms() {
    {
        let dir = tempfile::tempdir().expect("a temp dir");
        let form = knotless::ui::settings_window::SettingsForm::load(dir.path().join("w.toml"))
            .expect("no file is fine");
        let welcome = knotless::ui::welcome::Welcome::new(form)
            .at(NaiveTime::from_hms_opt(10, 0, 0).expect("a time"));
        let size = egui::Vec2::from(knotless::ui::WELCOME_SIZE);
        let mut h = builder(size, true).build_ui_state(
            |ui, w: &mut knotless::ui::welcome::Welcome| w.ui(ui),
            welcome,
        );
        knotless::ui::style::apply(&h.ctx);
        h.run();
        check(&h, size, "the welcome");

        for page in [
            knotless::ui::settings_window::Page::Common,
            knotless::ui::settings_window::Page::More,
        ] {
            let form = knotless::ui::settings_window::SettingsForm::load(dir.path().join("s.toml"))
                .expect("no file is fine");
            let size = egui::vec2(
                700.0,
                if page == knotless::ui::settings_window::Page::More {
                    3200.0
                } else {
                    640.0
                },
            );
            let mut h = builder(size, true).build_ui_state(
                |ui, f: &mut knotless::ui::settings_window::SettingsForm| f.ui(ui),
                form,
            );
            knotless::ui::style::apply(&h.ctx);
            h.state_mut().show_page(page);
            h.run();
            check(&h, size, &format!("the settings, {page:?}"));
        }

        let view = crate::stats_window::view(dir.path());
        let size = egui::vec2(700.0, 2600.0);
        let mut h = builder(size, true).build_ui_state(
            |ui, v: &mut knotless::ui::stats_window::StatsView| v.ui(ui),
            view,
        );
        h.run();
        check(&h, size, "the statistics");
    }
}

#[test]
fn the_japanese_break_window_has_a_glyph_for_every_character() {
    with_language("ja", || {
        assert!(
            knotless::ui::fonts::can_draw("ja"),
            "no Japanese font is installed (fonts-noto-cjk)"
        );
        // egui's own fonts lack Japanese: without the system's, drawing stops at a missing
        // glyph (so the check below can fail).
        let plain = std::panic::catch_unwind(|| {
            with_language("ja", || drop(break_window(break_plan(), false)))
        });
        assert!(plain.is_err(), "egui's own fonts drew Japanese?");
        let mut h = break_window(break_plan(), true);
        let font = egui::FontId::proportional(14.0);
        let japanese = labels(&h);
        assert!(japanese.iter().any(|l| !l.is_ascii()), "{japanese:?}");
        for stage in 0..3 {
            let missing: Vec<String> = labels(&h)
                .into_iter()
                .filter(|l| !h.ctx.fonts_mut(|f| f.has_glyphs(&font, l)))
                .collect();
            assert!(missing.is_empty(), "stage {stage}: boxes for {missing:?}");
            let flow = h.state_mut().flow_mut();
            flow.press(if stage == 0 {
                Action::Start
            } else {
                Action::Next
            });
            h.run();
        }
    });
}
