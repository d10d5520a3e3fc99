//! The look the settings, statistics and welcome windows share: one spacing scale, the text
//! sizes (nothing below the body size but secondary notes), and the few pieces every window
//! draws the same way: a section title, a two-column form, a secondary note, an error, the
//! primary button and the footer's button order. Colours come from egui's light or dark
//! visuals, so everything here reads in both. Drawing only: no state, no policy.

use eframe::egui::{self, FontId, RichText, TextStyle};

/// The spacing scale, in points: every gap in these windows is one of these.
pub mod space {
    /// Between a control and its own note or error.
    pub const XS: f32 = 2.0;
    /// Between items in a row or rows in a form.
    pub const S: f32 = 6.0;
    /// Around a window's content, between a title and what it introduces.
    pub const M: f32 = 12.0;
    /// Between sections.
    pub const L: f32 = 18.0;
}

/// Text sizes, in points.
pub mod size {
    /// Body text, labels, controls and buttons.
    pub const BODY: f32 = 15.0;
    /// Secondary notes only (what a unit reads as, where a file went).
    pub const NOTE: f32 = 13.0;
    /// A section's title.
    pub const SECTION: f32 = 17.0;
    /// The window's title.
    pub const HEADING: f32 = 22.0;
    /// Monospace blocks (the report): a point under the body, where its wider letters
    /// look the same size, so 82 columns fit the statistics window.
    pub const MONO: f32 = 14.0;
}

/// Width of the label column in a two-column form.
pub const LABEL_WIDTH: f32 = 190.0;

/// Sets the text sizes and spacing on both the light and the dark style of `ctx`.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        use egui::FontFamily::{Monospace, Proportional};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(size::HEADING, Proportional)),
            (TextStyle::Body, FontId::new(size::BODY, Proportional)),
            (TextStyle::Button, FontId::new(size::BODY, Proportional)),
            (TextStyle::Small, FontId::new(size::NOTE, Proportional)),
            (TextStyle::Monospace, FontId::new(size::MONO, Monospace)),
        ]
        .into();
        let spacing = &mut style.spacing;
        spacing.item_spacing = egui::vec2(space::S + 2.0, space::S);
        spacing.button_padding = egui::vec2(10.0, 4.0);
        spacing.interact_size.y = 24.0;
        spacing.window_margin = egui::Margin::same(space::M as i8);
        spacing.slider_width = 160.0;
    });
}

/// A section title: larger and strong, with room above it.
pub fn section(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add_space(space::M);
    ui.label(RichText::new(text).size(size::SECTION).strong())
}

/// A secondary note, the one place text is smaller than the body.
pub fn note(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    ui.label(RichText::new(text.into()).size(size::NOTE).weak())
}

/// An error in plain words, at body size, in the theme's error colour.
pub fn error(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).color(ui.visuals().error_fg_color))
}

/// The window's one primary action: filled with the selection colour so it stands apart
/// from the others in light and dark alike.
pub fn primary_button(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let visuals = ui.visuals();
    egui::Button::new(
        RichText::new(text)
            .strong()
            .color(visuals.strong_text_color()),
    )
    .fill(visuals.selection.bg_fill)
    .min_size(egui::vec2(110.0, 30.0))
}

/// A secondary button of the same height as the primary one.
pub fn button(text: &str) -> egui::Button<'static> {
    egui::Button::new(text).min_size(egui::vec2(80.0, 30.0))
}

/// A form's label cell: a fixed width, left-aligned and level with the first line of its
/// control, so every form's controls start in one column.
pub fn form_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(LABEL_WIDTH, height),
        egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
        |ui| {
            ui.set_min_size(egui::vec2(LABEL_WIDTH, height));
            ui.add(egui::Label::new(text).wrap())
        },
    )
    .inner
}

/// One row of a two-column form: `label` (greyed with the control when not `enabled`),
/// then the control, which gets the label's id to name itself by.
pub fn row<R>(
    ui: &mut egui::Ui,
    label: &str,
    enabled: bool,
    control: impl FnOnce(&mut egui::Ui, egui::Id) -> R,
) -> R {
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = space::M;
        let label = ui.add_enabled_ui(enabled, |ui| form_label(ui, label)).inner;
        ui.add_enabled_ui(enabled, |ui| control(ui, label.id)).inner
    })
    .inner
}

/// The bottom row of a window: `right` draws its buttons from the right edge leftwards
/// (the primary action first, so it sits at the edge), `left` what is said on the left.
pub fn footer<R>(
    ui: &mut egui::Ui,
    right: impl FnOnce(&mut egui::Ui) -> R,
    left: impl FnOnce(&mut egui::Ui),
) -> R {
    ui.add_space(space::XS);
    // A row as high as its buttons, laid out from the right inside it.
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let buttons = right(ui);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), left);
            buttons
        })
        .inner
    })
    .inner
}

/// Names `response`'s node for screen readers (and tests) when its own text does not.
pub fn name(ui: &egui::Ui, response: &egui::Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(text.to_owned()));
}
