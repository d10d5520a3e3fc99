//! Shapes as an SVG document: the same drawing the window paints, for `knotless exercises
//! render`, the docs' contact sheet and review.

use super::rig::{Ink, Shape, bounds};
use std::fmt::Write;

/// The card the figure is drawn on, in the window and in SVG.
pub const CARD: [u8; 3] = [0xf4, 0xf1, 0xea];

/// Each ink's colour. Every ink but the ghost keeps 3:1 contrast or better on [`CARD`]
/// (tested), in the light and the dark theme alike: the card is light in both.
pub fn rgb(ink: Ink) -> [u8; 3] {
    match ink {
        Ink::Near => [0x1f, 0x2d, 0x3a],
        Ink::Far => [0x5e, 0x74, 0x86],
        Ink::Scene => [0x6f, 0x7d, 0x89],
        Ink::Prop => [0xb4, 0x52, 0x1a],
        Ink::Accent => [0xb0, 0x3a, 0x2e],
        Ink::Ghost => [0xd3, 0xd8, 0xdc],
        Ink::Card => CARD,
        Ink::Cold => [0x2a, 0x6c, 0xb8],
        Ink::WallFace => [0xe3, 0xde, 0xd3],
    }
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f32 {
    let luminance = |c: [u8; 3]| {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn hex(ink: Ink) -> String {
    let [r, g, b] = rgb(ink);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// An SVG document of `shapes` on the card, `size` pixels square, with `title` for screen
/// readers. The drawing keeps a margin and its aspect.
pub fn document(shapes: &[Shape], size: u32, title: &str) -> String {
    document_in(shapes, bounds(shapes), size, title)
}

/// The same, fitting `extent` (the whole movement's) instead of these shapes alone.
pub fn document_in(
    shapes: &[Shape],
    extent: ([f32; 2], [f32; 2]),
    size: u32,
    title: &str,
) -> String {
    let (lo, hi) = extent;
    let margin = 6.0;
    let w = (hi[0] - lo[0]).max(1.0) + 2.0 * margin;
    let h = (hi[1] - lo[1]).max(1.0) + 2.0 * margin;
    let side = w.max(h);
    // Centred in a square view box; y flipped (the figure's y is up).
    let x0 = lo[0] - margin - (side - w) / 2.0;
    let y_top = hi[1] + margin + (side - h) / 2.0;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {side:.1} {side:.1}\" role=\"img\">\n<title>{}</title>\n<rect width=\"{side:.1}\" height=\"{side:.1}\" rx=\"6\" fill=\"{}\"/>\n",
        escape(title),
        {
            let [r, g, b] = CARD;
            format!("#{r:02x}{g:02x}{b:02x}")
        }
    );
    let at = |p: [f32; 2]| (p[0] - x0, y_top - p[1]);
    for shape in shapes {
        match shape {
            Shape::Line { a, b, width, ink } => {
                let (ax, ay) = at(*a);
                let (bx, by) = at(*b);
                let _ = writeln!(
                    out,
                    "<line x1=\"{ax:.1}\" y1=\"{ay:.1}\" x2=\"{bx:.1}\" y2=\"{by:.1}\" stroke=\"{}\" stroke-width=\"{width:.1}\" stroke-linecap=\"round\"/>",
                    hex(*ink)
                );
            }
            Shape::Circle { c, r, fill, stroke } => {
                let (cx, cy) = at(*c);
                let fill = fill.map_or_else(hex_card, hex);
                let stroke = stroke.map_or_else(String::new, |(w, ink)| {
                    format!(" stroke=\"{}\" stroke-width=\"{w:.1}\"", hex(ink))
                });
                let _ = writeln!(
                    out,
                    "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"{fill}\"{stroke}/>"
                );
            }
            Shape::Poly { points, ink } => {
                let pts: Vec<String> = points
                    .iter()
                    .map(|p| {
                        let (x, y) = at(*p);
                        format!("{x:.1},{y:.1}")
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "<polygon points=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"3\" stroke-linejoin=\"round\"/>",
                    pts.join(" "),
                    hex(*ink),
                    hex(*ink)
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

fn hex_card() -> String {
    let [r, g, b] = CARD;
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ink_but_the_ghost_keeps_three_to_one_on_the_card() {
        for ink in [
            Ink::Near,
            Ink::Far,
            Ink::Scene,
            Ink::Prop,
            Ink::Accent,
            Ink::Cold,
        ] {
            let ratio = contrast(rgb(ink), CARD);
            assert!(ratio >= 3.0, "{ink:?}: {ratio:.2}");
        }
        // The near side is darker than the far side.
        assert!(contrast(rgb(Ink::Near), CARD) > contrast(rgb(Ink::Far), CARD) + 2.0);
    }
}
