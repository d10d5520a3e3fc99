//! The close-up of the low back and the pelvis of a figure lying on its back, in a round
//! frame above it: the floor, the pelvis as a block that tilts with `pelvis_tilt`, the
//! back from the ribs to the pelvis lifting off the floor as the pelvis tips (an arch) or
//! lying flat on it, the thigh going up to the bent knee, the keyframe before as a ghost
//! and an arrow the way the small of the back went. Seen whole, the figure's pelvis is a
//! few pixels and its tilt cannot be read. Shapes only.

use super::rig::{Camera, Ink, Shape, Skeleton};

/// How high the small of the back lifts off the floor per degree of tilt (below 0 the
/// pelvis tips the back into an arch).
const ARCH_PER_DEG: f32 = 0.42;

/// The close-up, centred at `centre`, for `tilt` (and `before`, the keyframe before's).
pub fn closeup(
    s: &Skeleton,
    cam: Camera,
    centre: [f32; 2],
    tilt: f32,
    before: Option<f32>,
) -> Vec<Shape> {
    let r = super::zoom::ZOOM_R;
    // Which way the head lies on the card.
    let u = if cam.project(s.head)[0] < cam.project(s.pelvis)[0] {
        -1.0
    } else {
        1.0
    };
    let mut out = vec![Shape::Circle {
        c: centre,
        r,
        fill: Some(Ink::Card),
        stroke: Some((2.0, Ink::Scene)),
    }];
    let floor = centre[1] - 14.0;
    out.push(Shape::Line {
        a: [centre[0] - r + 5.0, floor - 1.5],
        b: [centre[0] + r - 5.0, floor - 1.5],
        width: 3.0,
        ink: Ink::Scene,
    });
    if let Some(b) = before {
        out.extend(back(centre, floor, u, b, true));
    }
    out.extend(back(centre, floor, u, tilt, false));
    if let Some(b) = before {
        // At the small of the back, above it: down when it presses into the floor, up
        // when it arches.
        let x = centre[0] + u * 6.0;
        let (from, to) = (lift(b), lift(tilt));
        if (from - to).abs() > 1.0 {
            let (y0, y1) = if to < from {
                (floor + 26.0, floor + 17.0)
            } else {
                (floor + 17.0, floor + 26.0)
            };
            out.extend(super::zoom::arrow([x, y0], [x, y1]));
        }
    }
    out
}

/// How high the small of the back is off the floor at `tilt`.
fn lift(tilt: f32) -> f32 {
    (-tilt * ARCH_PER_DEG).max(0.0)
}

/// The trunk from the ribs to the pelvis, the pelvis and the thigh, in the body's inks or
/// the ghost's.
fn back(centre: [f32; 2], floor: f32, u: f32, tilt: f32, ghost: bool) -> Vec<Shape> {
    let ink = |i: Ink| if ghost { Ink::Ghost } else { i };
    let half = 5.0;
    let mut out = Vec::new();
    // The pelvis: a block along the body resting on the floor, its head end tipping up
    // as the back arches (tilt below 0) and down as it flattens.
    let pelvis = [centre[0] - u * 10.0, floor + half + 1.0];
    let a = (-tilt).to_radians() * 0.8;
    let dir = [u * a.cos(), a.sin()];
    let head_end = [pelvis[0] + dir[0] * 8.0, pelvis[1] + dir[1] * 8.0];
    let foot_end = [pelvis[0] - dir[0] * 8.0, pelvis[1] - dir[1] * 8.0];
    // The trunk: from the ribs lying on the floor to the pelvis's head end, its middle
    // lifted by the arch.
    let ribs = [centre[0] + u * 27.0, floor + half + 1.0];
    let rise = lift(tilt);
    let n = 8;
    let point = |t: f32| {
        let x = ribs[0] + (head_end[0] - ribs[0]) * t;
        let y = ribs[1] + (head_end[1] - ribs[1]) * t + 4.0 * t * (1.0 - t) * rise;
        [x, y]
    };
    for i in 0..n {
        let (t0, t1) = (i as f32 / n as f32, (i + 1) as f32 / n as f32);
        out.push(Shape::Line {
            a: point(t0),
            b: point(t1),
            width: 2.0 * half,
            ink: ink(Ink::Near),
        });
    }
    // The thigh, up to the bent knee.
    out.push(Shape::Line {
        a: foot_end,
        b: [foot_end[0] - u * 9.0, foot_end[1] + 16.0],
        width: 8.0,
        ink: ink(Ink::Near),
    });
    // The pelvis over them, edged so that its tilt shows against the trunk.
    out.push(Shape::Line {
        a: head_end,
        b: foot_end,
        width: 12.0,
        ink: if ghost { Ink::Ghost } else { Ink::Card },
    });
    out.push(Shape::Line {
        a: head_end,
        b: foot_end,
        width: 9.5,
        ink: ink(Ink::Far),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The accent strokes' lowest and highest points.
    fn arrow_ends(shapes: &[Shape]) -> Option<(f32, f32)> {
        let ys: Vec<f32> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line {
                    a,
                    b,
                    ink: Ink::Accent,
                    ..
                } => Some([a[1], b[1]]),
                _ => None,
            })
            .flatten()
            .collect();
        (!ys.is_empty()).then(|| {
            (
                ys.iter().copied().fold(f32::MAX, f32::min),
                ys.iter().copied().fold(f32::MIN, f32::max),
            )
        })
    }

    #[test]
    fn pressing_the_back_flat_points_the_arrow_down_and_arching_points_it_up() {
        let s = Skeleton::pose(&crate::Base::LieBack.pose());
        let cam = Camera {
            view: crate::View::Side,
            flipped: false,
        };
        let c = [0.0, 100.0];
        let tip = |shapes: &[Shape]| {
            // The arrow's head is its two short strokes: where they meet is the tip.
            let heads: Vec<[f32; 2]> = shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Line {
                        b,
                        ink: Ink::Accent,
                        ..
                    } => Some(*b),
                    _ => None,
                })
                .collect();
            heads[0][1]
        };
        let flat = closeup(&s, cam, c, 0.0, Some(-25.0));
        let arch = closeup(&s, cam, c, -25.0, Some(0.0));
        let (lo, hi) = arrow_ends(&flat).expect("an arrow");
        assert_eq!(
            tip(&flat),
            lo,
            "flattening: the tip is the arrow's lowest point"
        );
        assert_eq!(tip(&arch), arrow_ends(&arch).expect("an arrow").1);
        assert!(hi - lo > 6.0);
        // No movement, no arrow.
        assert!(arrow_ends(&closeup(&s, cam, c, 0.0, Some(0.0))).is_none());
        assert!(arrow_ends(&closeup(&s, cam, c, 0.0, None)).is_none());
    }

    #[test]
    fn an_arch_lifts_the_small_of_the_back_and_a_flat_back_lies_on_the_floor() {
        assert_eq!(lift(0.0), 0.0);
        assert_eq!(lift(10.0), 0.0);
        assert!(lift(-25.0) > 8.0, "an arch this small would not show");
    }
}
