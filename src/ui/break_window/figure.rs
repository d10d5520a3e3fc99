//! The exercise's figure on its card, in the window's theme: moving in time with the step
//! (or a user's SVG frames as a slow loop), centred, as large as the room left allows, and
//! marked "other side" while it shows the mirrored side.

use chrono::TimeDelta;
use eframe::egui;
use eframe::egui::load::Bytes;
use knotless_exercises::exercise::Exercise;
use knotless_figure::rig::{Ink, Shape};
use knotless_figure::{self as figure, Frame};
use std::cell::RefCell;
use std::collections::HashMap;

/// Each SVG frame shows this long before the next.
const FRAME_MS: i64 = 1500;

/// The figure at one moment of the break.
pub struct FigureNow {
    pub shapes: Vec<Shape>,
    pub extent: ([f32; 2], [f32; 2]),
    /// Between keyframes.
    pub moving: bool,
    /// Showing the other side.
    pub mirror: bool,
}

/// The figure's keyframes and extents, worked out once per exercise, not every frame.
#[derive(Default)]
pub struct Figures {
    cache: RefCell<Option<Cached>>,
    /// A user's SVG frames per exercise id.
    pub svgs: HashMap<String, Vec<Bytes>>,
}

struct Cached {
    id: String,
    frames: Vec<Frame>,
    extents: [([f32; 2], [f32; 2]); 2],
}

impl Figures {
    /// The figure of `e` at `step`, `into` it (`moving` false while paused).
    pub fn at(
        &self,
        e: &Exercise,
        step: usize,
        into: TimeDelta,
        paused: bool,
    ) -> Option<FigureNow> {
        let fig = e.figure.as_ref()?;
        self.with_frames(e, |_| ())?;
        let cache = self.cache.borrow();
        let cached = cache.as_ref()?;
        let secs = into.num_milliseconds().max(0) as f32 / 1000.0;
        let shown = figure::motion::at(&cached.frames, step, secs);
        let pose = if shown.mirror {
            shown.pose.mirrored()
        } else {
            shown.pose
        };
        Some(FigureNow {
            shapes: figure::draw(
                fig,
                &pose,
                shown.contacts,
                shown.mirror,
                shown.ghost,
                figure::Cues {
                    look: shown.look,
                    breath: shown.breath,
                    arrow: shown.arrow,
                    hand: shown.hand,
                },
            ),
            extent: cached.extents[usize::from(shown.mirror)],
            moving: shown.moving && !paused,
            mirror: shown.mirror,
        })
    }

    /// The figure of `e` is between two keyframes `into` step `step`: only the moment is
    /// worked out, not the drawing (the window asks every frame whether to repaint soon).
    pub fn moving(&self, e: &Exercise, step: usize, into: TimeDelta) -> bool {
        self.with_frames(e, |frames| {
            let secs = into.num_milliseconds().max(0) as f32 / 1000.0;
            figure::motion::at(frames, step, secs).moving
        })
        .unwrap_or(false)
    }

    /// Calls `then` with the keyframes of `e`, worked out once per exercise.
    fn with_frames<R>(&self, e: &Exercise, then: impl FnOnce(&[Frame]) -> R) -> Option<R> {
        let fig = e.figure.as_ref()?;
        let mut cache = self.cache.borrow_mut();
        if cache.as_ref().is_none_or(|c| c.id != e.id) {
            let frames = fig.frames(e.steps.len()).ok()?;
            let extents = [
                figure::extent(fig, &frames, false),
                figure::extent(fig, &frames, true),
            ];
            *cache = Some(Cached {
                id: e.id.clone(),
                frames,
                extents,
            });
        }
        Some(then(&cache.as_ref()?.frames))
    }

    /// Which SVG frame of `e` shows `into` the step (`None` without frames).
    pub fn svg_index(&self, e: &Exercise, into: TimeDelta) -> Option<usize> {
        let n = self.svgs.get(&e.id)?.len();
        let ms = into.num_milliseconds().max(0);
        (n > 0).then(|| usize::try_from(ms / FRAME_MS).unwrap_or(0) % n)
    }

    /// Draws the figure of `e` in a card `side` points square, centred.
    pub fn show(
        &self,
        ui: &mut egui::Ui,
        e: &Exercise,
        (step, into, paused): (usize, TimeDelta, bool),
        side: f32,
    ) {
        let palette = Palette::of(ui.visuals().dark_mode);
        let title = knotless_i18n::t!("break-figure", title = e.title.as_str());
        if let Some(now) = self.at(e, step, into, paused) {
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &title));
            ui.painter().rect_filled(rect, 8.0, palette.card);
            paint(&ui.painter_at(rect), rect.shrink(6.0), &now, &palette);
            if now.mirror {
                ui.painter().text(
                    rect.left_top() + egui::vec2(10.0, 8.0),
                    egui::Align2::LEFT_TOP,
                    knotless_i18n::t!("break-figure-other-side"),
                    egui::FontId::proportional(16.0),
                    palette.ink(Ink::Accent),
                );
            }
        } else if let (Some(i), Some(frames)) = (self.svg_index(e, into), self.svgs.get(&e.id)) {
            // A user's drawings are dark lines: on the light card in either theme.
            let light = Palette::of(false);
            egui::Frame::new()
                .fill(light.card)
                .corner_radius(8.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::Image::from_bytes(
                            format!("bytes://knotless/{}-{}.svg", e.id, i + 1),
                            frames[i].clone(),
                        )
                        .fit_to_exact_size(egui::vec2(side - 12.0, side - 12.0))
                        .alt_text(title),
                    );
                });
        }
    }
}

/// The card and its inks in one theme. Light: the figures' own colours. Dark: a dark card
/// with light inks, each keeping 3:1 contrast or better on it as the light ones do (tested).
pub struct Palette {
    pub card: egui::Color32,
    dark: bool,
}

/// The dark card.
pub const DARK_CARD: [u8; 3] = [0x26, 0x2b, 0x30];

/// Each ink's colour on [`DARK_CARD`].
pub fn dark_rgb(ink: Ink) -> [u8; 3] {
    match ink {
        Ink::Near => [0xe6, 0xec, 0xf1],
        Ink::Far => [0x9f, 0xb4, 0xc6],
        Ink::Scene => [0x8e, 0x9c, 0xa8],
        Ink::Prop => [0xf0, 0x9a, 0x5c],
        Ink::Accent => [0xf2, 0x7d, 0x6e],
        Ink::Ghost => [0x45, 0x4d, 0x55],
        Ink::Card => DARK_CARD,
        // A cold pack: light blue, as the warm one is light orange.
        Ink::Cold => [0x7c, 0xb4, 0xee],
        // A wall's face: a shade lighter than the card, as the light card's wall is darker.
        Ink::WallFace => [0x36, 0x3d, 0x44],
    }
}

impl Palette {
    pub fn of(dark: bool) -> Palette {
        let [r, g, b] = if dark { DARK_CARD } else { figure::svg::CARD };
        Palette {
            card: egui::Color32::from_rgb(r, g, b),
            dark,
        }
    }

    pub fn ink(&self, i: Ink) -> egui::Color32 {
        let [r, g, b] = if self.dark {
            dark_rgb(i)
        } else {
            figure::svg::rgb(i)
        };
        egui::Color32::from_rgb(r, g, b)
    }
}

/// Paints the figure's shapes into `rect`, the whole movement's extent fitted and centred.
fn paint(painter: &egui::Painter, rect: egui::Rect, now: &FigureNow, palette: &Palette) {
    let (lo, hi) = now.extent;
    let (w, h) = ((hi[0] - lo[0]).max(1.0), (hi[1] - lo[1]).max(1.0));
    let k = (rect.width() / w).min(rect.height() / h);
    let offset = egui::vec2((rect.width() - w * k) / 2.0, (rect.height() - h * k) / 2.0);
    let at =
        |p: [f32; 2]| rect.left_top() + offset + egui::vec2((p[0] - lo[0]) * k, (hi[1] - p[1]) * k);
    for shape in &now.shapes {
        match shape {
            Shape::Line {
                a,
                b,
                width,
                ink: i,
            } => {
                let (a, b, width, color) = (at(*a), at(*b), width * k, palette.ink(*i));
                painter.line_segment([a, b], egui::Stroke::new(width, color));
                painter.circle_filled(a, width / 2.0, color);
                painter.circle_filled(b, width / 2.0, color);
            }
            Shape::Circle { c, r, fill, stroke } => {
                let fill = fill.map_or(palette.card, |i| palette.ink(i));
                let stroke = stroke.map_or(egui::Stroke::NONE, |(w, i)| {
                    egui::Stroke::new(w * k, palette.ink(i))
                });
                painter.circle(at(*c), r * k, fill, stroke);
            }
            Shape::Poly { points, ink: i } => {
                let points: Vec<egui::Pos2> = points.iter().map(|p| at(*p)).collect();
                painter.add(egui::Shape::convex_polygon(
                    points,
                    palette.ink(*i),
                    egui::Stroke::new(3.0 * k, palette.ink(*i)),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dark_inks_keep_the_light_ones_contrast() {
        for ink in [
            Ink::Near,
            Ink::Far,
            Ink::Scene,
            Ink::Prop,
            Ink::Accent,
            Ink::Cold,
        ] {
            let c = figure::svg::contrast(dark_rgb(ink), DARK_CARD);
            assert!(c >= 3.0, "{ink:?}: {c}");
        }
    }
}
