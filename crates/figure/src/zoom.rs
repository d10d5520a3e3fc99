//! A close-up of one part of the drawing in a round frame: the shapes already drawn (the
//! scene, the body, its props, ghost and arrows), enlarged about that part and cut to the
//! frame, with a thin ring on the figure where the close-up comes from. For what is too
//! small to read at the window's size: a ball between the body and a wall or the floor,
//! the pelvis tilting, the body on a roller. Shapes only, every one convex, so that the
//! window paints them as the SVG does.

use super::rig::{Ink, Shape};

/// The frame's radius, and how much larger the close-up draws than the figure.
pub const ZOOM_R: f32 = 34.0;
pub const ZOOM_K: f32 = 2.0;

/// Inside the frame's edge, less the half stroke that every filled polygon is drawn with.
pub const INNER: f32 = ZOOM_R - 2.5;

/// The close-up of `shapes` about `focus`, in a frame centred at `centre`, with a thin
/// ring on the figure where it comes from.
pub fn closeup(shapes: &[Shape], focus: [f32; 2], centre: [f32; 2]) -> Vec<Shape> {
    let mut out = Vec::new();
    // Where it comes from: a thin ring on the figure, and a line to the frame.
    let source = INNER / ZOOM_K;
    out.extend(ring(focus, source, 1.0, Ink::Scene));
    let (dx, dy) = (centre[0] - focus[0], centre[1] - focus[1]);
    let d = (dx * dx + dy * dy).sqrt().max(0.01);
    let (ux, uy) = (dx / d, dy / d);
    if d > source + ZOOM_R {
        out.push(Shape::Line {
            a: [focus[0] + ux * source, focus[1] + uy * source],
            b: [centre[0] - ux * ZOOM_R, centre[1] - uy * ZOOM_R],
            width: 1.0,
            ink: Ink::Scene,
        });
    }
    out.extend(framed(shapes, focus, centre, ZOOM_K));
    out
}

/// `shapes` about `focus`, `k` times larger, cut to a round frame centred at `centre`.
pub fn framed(shapes: &[Shape], focus: [f32; 2], centre: [f32; 2], k: f32) -> Vec<Shape> {
    let clip = ngon(centre, INNER, 48);
    let at = |p: [f32; 2]| {
        [
            centre[0] + (p[0] - focus[0]) * k,
            centre[1] + (p[1] - focus[1]) * k,
        ]
    };
    let mut out = vec![Shape::Circle {
        c: centre,
        r: ZOOM_R,
        fill: Some(Ink::Card),
        stroke: Some((2.0, Ink::Scene)),
    }];
    let put = |points: Vec<[f32; 2]>, ink: Ink, out: &mut Vec<Shape>| {
        let points = cut(&points, &clip);
        if points.len() >= 3 {
            out.push(Shape::Poly { points, ink });
        }
    };
    for shape in shapes {
        match shape {
            Shape::Line { a, b, width, ink } => {
                for piece in capsule(at(*a), at(*b), width * k / 2.0) {
                    put(piece, *ink, &mut out);
                }
            }
            Shape::Circle { c, r, fill, stroke } => {
                let c = at(*c);
                let r = r * k;
                if let Some((w, ink)) = stroke {
                    put(ngon(c, r + w * k / 2.0, 32), *ink, &mut out);
                    put(
                        ngon(c, (r - w * k / 2.0).max(0.5), 32),
                        fill.unwrap_or(Ink::Card),
                        &mut out,
                    );
                } else {
                    put(ngon(c, r, 32), fill.unwrap_or(Ink::Card), &mut out);
                }
            }
            Shape::Poly { points, ink } => {
                put(points.iter().map(|p| at(*p)).collect(), *ink, &mut out);
            }
        }
    }
    out
}

/// A straight arrow from `a` to `b` in the frame's own size (an arrow enlarged or shrunk
/// with the figure loses its head); none for a way too short to see.
pub fn arrow(a: [f32; 2], b: [f32; 2]) -> Vec<Shape> {
    if (b[0] - a[0]).hypot(b[1] - a[1]) < 6.0 {
        return Vec::new();
    }
    super::rig::straight_arrow(a, b)
}

/// A ring of short strokes: a circle drawn in outline only.
fn ring(c: [f32; 2], r: f32, width: f32, ink: Ink) -> Vec<Shape> {
    let p = ngon(c, r, 36);
    (0..p.len())
        .map(|i| Shape::Line {
            a: p[i],
            b: p[(i + 1) % p.len()],
            width,
            ink,
        })
        .collect()
}

/// A regular polygon of `n` corners, counter-clockwise.
fn ngon(c: [f32; 2], r: f32, n: usize) -> Vec<[f32; 2]> {
    (0..n)
        .map(|i| {
            let t = i as f32 / n as f32 * std::f32::consts::TAU;
            [c[0] + r * t.cos(), c[1] + r * t.sin()]
        })
        .collect()
}

/// A stroke with round ends as convex pieces: the band, and a disc at each end.
fn capsule(a: [f32; 2], b: [f32; 2], h: f32) -> Vec<Vec<[f32; 2]>> {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let d = (dx * dx + dy * dy).sqrt();
    let mut pieces = vec![ngon(a, h, 16)];
    if d > 0.01 {
        let (nx, ny) = (-dy / d * h, dx / d * h);
        pieces.push(vec![
            [a[0] + nx, a[1] + ny],
            [a[0] - nx, a[1] - ny],
            [b[0] - nx, b[1] - ny],
            [b[0] + nx, b[1] + ny],
        ]);
        pieces.push(ngon(b, h, 16));
    }
    pieces
}

/// `subject` cut to the convex, counter-clockwise `clip` (Sutherland-Hodgman).
fn cut(subject: &[[f32; 2]], clip: &[[f32; 2]]) -> Vec<[f32; 2]> {
    let mut out = subject.to_vec();
    for i in 0..clip.len() {
        if out.is_empty() {
            break;
        }
        let (e0, e1) = (clip[i], clip[(i + 1) % clip.len()]);
        let inside = |p: [f32; 2]| {
            (e1[0] - e0[0]) * (p[1] - e0[1]) - (e1[1] - e0[1]) * (p[0] - e0[0]) >= 0.0
        };
        let cross = |p: [f32; 2], q: [f32; 2]| {
            let (a1, b1) = (q[1] - p[1], p[0] - q[0]);
            let c1 = a1 * p[0] + b1 * p[1];
            let (a2, b2) = (e1[1] - e0[1], e0[0] - e1[0]);
            let c2 = a2 * e0[0] + b2 * e0[1];
            let det = a1 * b2 - a2 * b1;
            if det.abs() < 1e-6 {
                p
            } else {
                [(b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det]
            }
        };
        let input = std::mem::take(&mut out);
        for j in 0..input.len() {
            let (p, q) = (input[(j + input.len() - 1) % input.len()], input[j]);
            match (inside(p), inside(q)) {
                (true, true) => out.push(q),
                (true, false) => out.push(cross(p, q)),
                (false, true) => {
                    out.push(cross(p, q));
                    out.push(q);
                }
                (false, false) => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(shapes: &[Shape], centre: [f32; 2], r: f32) -> bool {
        shapes.iter().all(|s| match s {
            Shape::Poly { points, .. } => points.iter().all(|p| {
                ((p[0] - centre[0]).powi(2) + (p[1] - centre[1]).powi(2)).sqrt() <= r + 0.01
            }),
            _ => true,
        })
    }

    #[test]
    fn what_is_enlarged_stays_inside_the_frame() {
        let shapes = vec![
            Shape::Line {
                a: [-100.0, 0.0],
                b: [100.0, 0.0],
                width: 10.0,
                ink: Ink::Near,
            },
            Shape::Circle {
                c: [5.0, 5.0],
                r: 8.0,
                fill: Some(Ink::Prop),
                stroke: Some((1.2, Ink::Card)),
            },
        ];
        let centre = [0.0, 80.0];
        let out = closeup(&shapes, [0.0, 0.0], centre);
        let polys = out
            .iter()
            .filter(|s| matches!(s, Shape::Poly { .. }))
            .count();
        // The line's band (its ends are far outside), the ball's edge and its fill.
        assert_eq!(polys, 3, "{out:?}");
        assert!(inside(&out, centre, INNER));
    }

    #[test]
    fn something_far_from_the_part_is_left_out() {
        let shapes = vec![Shape::Circle {
            c: [60.0, 0.0],
            r: 3.0,
            fill: Some(Ink::Prop),
            stroke: None,
        }];
        let out = closeup(&shapes, [0.0, 0.0], [0.0, 80.0]);
        assert!(!out.iter().any(|s| matches!(s, Shape::Poly { .. })));
    }
}
