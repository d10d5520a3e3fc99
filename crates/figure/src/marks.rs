//! What a keyframe marks beside the body: the arrow of its movement (straight from where
//! the part was, or round for circles, rolls and tilts) and the small view from above that
//! makes turns and twists readable. Drawn as the same [`Shape`]s as the figure.

use super::rig::{
    Camera, HEAD_R, Ink, Mover, Shape, Skeleton, lerp3, motion_arrow, straight_arrow,
};
use serde::{Deserialize, Serialize};

type V3 = [f32; 3];

/// An extra small view beside the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inset {
    /// From above, the figure's front up: the hips, the shoulders and the head with its
    /// nose, so that a turn of the head or a twist of the trunk shows.
    Top,
    /// One eye, large: open, or closed with its lashes down.
    Eyes,
    /// The figure seen from its head's end, whole: a figure lying on its back opening its
    /// arms out to the sides, which the side view sees end on.
    End,
    /// The low back and the pelvis of a figure lying on its back, large: the pelvis
    /// tilting, the small of the back arching off the floor or pressing into it.
    Pelvis,
}

/// A keyframe's arrow: the part it follows, and whether it goes round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrow {
    pub mover: Mover,
    pub round: bool,
    /// A round arrow turning with the clock, as seen in the figure's view.
    pub clockwise: bool,
    /// Instead of following a part: the side (1 to 4: in, hold, out, hold) of a breathing
    /// box beside the face that this keyframe is on.
    pub box_side: Option<u8>,
    /// A dotted ring about the part, no head: where the attention rests.
    pub ring: bool,
}

impl Arrow {
    pub fn straight(mover: Mover) -> Arrow {
        Arrow {
            mover,
            round: false,
            clockwise: false,
            box_side: None,
            ring: false,
        }
    }

    pub fn round(mover: Mover) -> Arrow {
        Arrow {
            mover,
            round: true,
            clockwise: false,
            box_side: None,
            ring: false,
        }
    }
}

/// How far a round arrow stands from the part it circles (cm).
pub const CIRCLE_R: f32 = 10.0;

/// The arrow's shapes: a straight one from where the part was in `from` (none without a
/// ghost), or a circle of [`CIRCLE_R`] around the part, three quarters round with a head,
/// turning against the clock, or with it for a keyframe done with the other side
/// (`mirror`: the other way round, or in side view the same way seen from the other side).
pub fn arrow(
    arrow: Arrow,
    from: Option<&Skeleton>,
    to: &Skeleton,
    cam: Camera,
    mirror: bool,
) -> Vec<Shape> {
    if let Some(side) = arrow.box_side {
        return breathing_box(to, cam, side);
    }
    if arrow.ring {
        let c = cam.project(arrow.mover.at(to));
        let r = CIRCLE_R * 1.3;
        return (0..12)
            .map(|i| {
                let (a, b) = (i as f32 * 30.0, i as f32 * 30.0 + 15.0);
                let at = |deg: f32| {
                    let (s, co) = deg.to_radians().sin_cos();
                    [c[0] + r * co, c[1] + r * s]
                };
                Shape::Line {
                    a: at(a),
                    b: at(b),
                    width: 2.2,
                    ink: Ink::Accent,
                }
            })
            .collect();
    }
    if !arrow.round {
        return from.map_or_else(Vec::new, |f| motion_arrow(arrow.mover, f, to, cam));
    }
    // Round the chest, the circle is where a ball or a hand works on it: at its front.
    let at = match arrow.mover {
        Mover::Chest => to.chest_front,
        other => other.at(to),
    };
    let c = cam.project(at);
    // Round the trunk, wide enough to show past it.
    let r = match arrow.mover {
        Mover::Pelvis | Mover::Waist | Mover::Chest | Mover::Glutes | Mover::UpperBack => {
            CIRCLE_R * 1.6
        }
        _ => CIRCLE_R,
    };
    round_arrow(c, r, mirror != arrow.clockwise)
}

/// A round arrow about `c`: an arc of 290 degrees, turning against the clock (with it when
/// `clockwise`), with its head at the end.
pub fn round_arrow(c: [f32; 2], r: f32, clockwise: bool) -> Vec<Shape> {
    let turn = if clockwise { -1.0 } else { 1.0 };
    let line = |a: [f32; 2], b: [f32; 2]| Shape::Line {
        a,
        b,
        width: 2.0,
        ink: Ink::Accent,
    };
    let at = |deg: f32| {
        let (s, co) = (turn * deg).to_radians().sin_cos();
        [c[0] + r * co, c[1] + r * s]
    };
    let mut out = Vec::new();
    let (start, end) = (100.0_f32, 390.0_f32);
    let n = 16;
    for i in 0..n {
        let a = start + (end - start) * i as f32 / n as f32;
        let b = start + (end - start) * (i + 1) as f32 / n as f32;
        out.push(line(at(a), at(b)));
    }
    // The head, along the tangent at the end (counter-clockwise).
    let tip = at(end);
    let (s, co) = (turn * end).to_radians().sin_cos();
    let tangent = [-s * turn, co * turn];
    let normal = [co, s];
    for side in [1.0, -1.0] {
        let back = [
            tip[0] - 5.0 * tangent[0] + side * 3.5 * normal[0],
            tip[1] - 5.0 * tangent[1] + side * 3.5 * normal[1],
        ];
        out.push(line(back, tip));
    }
    out
}

/// A square in front of the face, its four sides the four counts of box breathing (up:
/// in, across: hold, down: out, back: hold), the keyframe's side drawn as an arrow.
fn breathing_box(s: &Skeleton, cam: Camera, side: u8) -> Vec<Shape> {
    let head = cam.project(s.head);
    let dir = if cam.flipped { -1.0 } else { 1.0 };
    let (x0, y0, w) = (head[0] + dir * 22.0, head[1] + 4.0, 26.0);
    let corner = |i: u8| match i % 4 {
        0 => [x0, y0],
        1 => [x0, y0 + w],
        2 => [x0 + dir * w, y0 + w],
        _ => [x0 + dir * w, y0],
    };
    let mut out = Vec::new();
    for i in 0..4u8 {
        let now = i + 1 == side;
        let (a, b) = (corner(i), corner(i + 1));
        out.push(Shape::Line {
            a,
            b,
            width: if now { 3.0 } else { 1.8 },
            ink: if now { Ink::Accent } else { Ink::Scene },
        });
        if now {
            let (dx, dy) = ((b[0] - a[0]) / w, (b[1] - a[1]) / w);
            for k in [1.0, -1.0] {
                out.push(Shape::Line {
                    a: [
                        b[0] - 6.0 * dx + k * 4.0 * dy,
                        b[1] - 6.0 * dy - k * 4.0 * dx,
                    ],
                    b,
                    width: 3.0,
                    ink: Ink::Accent,
                });
            }
            // Four dots outside the side: its four counts (round 5: no timing showed).
            let centre = [x0 + dir * w / 2.0, y0 + w / 2.0];
            let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
            let out_n = [
                (mid[0] - centre[0]) / w * 2.0,
                (mid[1] - centre[1]) / w * 2.0,
            ];
            for t in [0.125, 0.375, 0.625, 0.875] {
                out.push(Shape::Circle {
                    c: [
                        a[0] + (b[0] - a[0]) * t + out_n[0] * 6.0,
                        a[1] + (b[1] - a[1]) * t + out_n[1] * 6.0,
                    ],
                    r: 1.6,
                    fill: Some(Ink::Accent),
                    stroke: None,
                });
            }
        }
    }
    if side.is_multiple_of(2) {
        // A hold: a pause sign at the mouth, below where the breath arrow would be (clear
        // of the box's arrow), so that the holds read as holds, not as a gap in the breaths.
        let face = cam.project(s.face);
        let c = [face[0] + dir * 10.0, face[1] - 9.0];
        for k in [-2.5, 2.5] {
            out.push(Shape::Line {
                a: [c[0] + k, c[1] - 5.0],
                b: [c[0] + k, c[1] + 5.0],
                width: 2.8,
                ink: Ink::Accent,
            });
        }
    }
    out
}

/// The eye's close-up in a round frame beside the head: an open eye (its outline, iris
/// and pupil) or a closed one (the lid's curve and its lashes).
pub fn eye_inset(s: &Skeleton, cam: Camera) -> Vec<Shape> {
    let c = inset_centre(s, cam);
    let mut out = vec![Shape::Circle {
        c,
        r: INSET_R,
        fill: Some(Ink::Card),
        stroke: Some((2.0, Ink::Scene)),
    }];
    let line = |a: [f32; 2], b: [f32; 2], width: f32, ink: Ink| Shape::Line { a, b, width, ink };
    // The eye's outline: two arcs meeting at the corners, 36 wide.
    let arc = |bulge: f32, t: f32| {
        let x = -18.0 + 36.0 * t;
        [c[0] + x, c[1] + bulge * (1.0 - (x / 18.0).powi(2))]
    };
    let n = 10;
    if s.eyes_closed {
        for i in 0..n {
            let (t0, t1) = (i as f32 / n as f32, (i + 1) as f32 / n as f32);
            out.push(line(arc(-7.0, t0), arc(-7.0, t1), 3.0, Ink::Near));
        }
        for t in [0.2, 0.35, 0.5, 0.65, 0.8] {
            let p = arc(-7.0, t);
            out.push(line(
                p,
                [p[0] + (t - 0.5) * 8.0, p[1] - 6.0],
                2.0,
                Ink::Near,
            ));
        }
    } else {
        for bulge in [11.0, -11.0] {
            for i in 0..n {
                let (t0, t1) = (i as f32 / n as f32, (i + 1) as f32 / n as f32);
                out.push(line(arc(bulge, t0), arc(bulge, t1), 3.0, Ink::Near));
            }
        }
        out.push(Shape::Circle {
            c,
            r: 8.0,
            fill: Some(Ink::Cold),
            stroke: None,
        });
        out.push(Shape::Circle {
            c,
            r: 3.5,
            fill: Some(Ink::Near),
            stroke: None,
        });
    }
    out
}

/// Asleep: two z's rising above the head on the side it faces, the second larger, as
/// comics draw sleep (closed eyes alone read as resting, not as a night's sleep), and a
/// crescent moon past them: the sleep of the night, not a nap in the chair.
pub fn asleep(s: &Skeleton, cam: Camera) -> Vec<Shape> {
    let head = cam.project(s.head);
    let face = cam.project(s.face);
    // Ahead of the face where the head is seen from the side; to the viewer's right where
    // it faces the viewer.
    let ahead = if (face[0] - head[0]).abs() > 1.0 {
        (face[0] - head[0]).signum()
    } else {
        1.0
    };
    let z = |x: f32, y: f32, size: f32| {
        let (l, r) = (x - size / 2.0, x + size / 2.0);
        let (bottom, top) = (y - size / 2.0, y + size / 2.0);
        let line = |a: [f32; 2], b: [f32; 2]| Shape::Line {
            a,
            b,
            width: 2.2,
            ink: Ink::Accent,
        };
        vec![
            line([l, top], [r, top]),
            line([r, top], [l, bottom]),
            line([l, bottom], [r, bottom]),
        ]
    };
    let mut out = z(head[0] + ahead * 12.0, head[1] + HEAD_R + 6.0, 7.0);
    out.extend(z(head[0] + ahead * 22.0, head[1] + HEAD_R + 18.0, 10.0));
    out.push(moon([head[0] + ahead * 40.0, head[1] + HEAD_R + 26.0], 7.0));
    out
}

/// A crescent moon about `c`, `r` across its outer edge, its horns to the right: the
/// outer arc, then the inner one (a circle moved right) back.
fn moon(c: [f32; 2], r: f32) -> Shape {
    let arc = |centre: [f32; 2], radius: f32, from: f32, to: f32| {
        (0..=8).map(move |i| {
            let a = (from + (to - from) * i as f32 / 8.0).to_radians();
            [centre[0] + radius * a.cos(), centre[1] + radius * a.sin()]
        })
    };
    // The horns where the two circles meet, at 60 degrees either side of the right.
    let mut points: Vec<[f32; 2]> = arc(c, r, 60.0, 300.0).collect();
    points.extend(arc([c[0] + r * 0.55, c[1]], r * 0.87, 270.0, 90.0));
    Shape::Poly {
        points,
        ink: Ink::Prop,
    }
}

/// Whether the figure lies down (its head about as low as its pelvis).
fn lying(s: &Skeleton) -> bool {
    (s.head[1] - s.pelvis[1]).abs() < 40.0
}

/// Where an inset stands: beside the head, past the arms whatever they do; above a figure
/// that lies down.
pub fn inset_centre(s: &Skeleton, cam: Camera) -> [f32; 2] {
    let head = cam.project(s.head);
    if lying(s) {
        let (mut lo, mut hi, mut top) = (f32::MAX, f32::MIN, f32::MIN);
        for (p, r) in s.outline() {
            let q = cam.project(p);
            lo = lo.min(q[0]);
            hi = hi.max(q[0]);
            top = top.max(q[1] + r);
        }
        return [(lo + hi) / 2.0, top + INSET_R + 6.0];
    }
    let side = if cam.flipped { -1.0 } else { 1.0 };
    let reach = [s.left.hand, s.right.hand, s.left.elbow, s.right.elbow]
        .iter()
        .map(|p| side * (cam.project(*p)[0] - head[0]))
        .fold(30.0_f32, f32::max);
    [head[0] + side * (reach + INSET_R + 6.0), head[1] + 24.0]
}

/// Where a close-up of the part at `focus` stands: where an inset would, or, beside one,
/// above a figure that lies down over the part and past the face of one that does not.
pub fn zoom_centre(s: &Skeleton, cam: Camera, focus: [f32; 2], beside_inset: bool) -> [f32; 2] {
    let c = inset_centre(s, cam);
    if !beside_inset {
        return c;
    }
    if lying(s) {
        let x = if (focus[0] - c[0]).abs() < 2.0 * INSET_R + 8.0 {
            c[0] + (focus[0] - c[0]).signum() * (2.0 * INSET_R + 8.0)
        } else {
            focus[0]
        };
        return [x, c[1]];
    }
    [c[0], c[1] + 2.0 * INSET_R + 8.0]
}

/// The inset's frame radius, and its scale from the figure's centimetres.
const INSET_R: f32 = 30.0;
const INSET_K: f32 = 0.85;

/// How far (cm) the shoulders stand behind the top of the spine before the view from above folds them
/// back: a squeeze of the shoulder blades, not a figure's ordinary stance.
const BLADES_BACK: f32 = 3.0;

/// The view from above in a round frame beside the head: the ghost's shoulders and head
/// faint, the keyframe's dark, the nose showing where the face points.
pub fn top_inset(s: &Skeleton, ghost: Option<&Skeleton>, cam: Camera) -> Vec<Shape> {
    let c = inset_centre(s, cam);
    let mut out = vec![Shape::Circle {
        c,
        r: INSET_R,
        fill: Some(Ink::Card),
        stroke: Some((2.0, Ink::Scene)),
    }];
    // From above, the body's middle at the centre (the pelvis, upright), the figure's
    // front up and its left on the left; a figure lying down, seen whole, is drawn smaller
    // to fit.
    let origin = if lying(s) {
        [
            (s.pelvis[0] + s.head[0]) / 2.0,
            0.0,
            (s.pelvis[2] + s.head[2]) / 2.0,
        ]
    } else {
        s.pelvis
    };
    let reach = [
        s.head,
        s.left.hand,
        s.right.hand,
        s.left.elbow,
        s.right.elbow,
        s.left.shoulder,
        s.right.shoulder,
    ]
    .iter()
    .map(|p| ((p[0] - origin[0]).powi(2) + (p[2] - origin[2]).powi(2)).sqrt())
    .fold(1.0_f32, f32::max);
    let k = if lying(s) {
        INSET_K.min((INSET_R - 6.0) / reach)
    } else {
        INSET_K
    };
    let top = |p: V3| [c[0] - (p[2] - origin[2]) * k, c[1] + (p[0] - origin[0]) * k];
    let body = |s: &Skeleton, ghost: bool, out: &mut Vec<Shape>| {
        let ink = |i: Ink| if ghost { Ink::Ghost } else { i };
        let line = |a, b, width, i| Shape::Line {
            a,
            b,
            width,
            ink: ink(i),
        };
        if !ghost {
            out.push(line(top(s.left.hip), top(s.right.hip), 8.0, Ink::Far));
        }
        // Shoulders drawn back behind the spine (the blades squeezed together): from
        // above, the two halves fold back from the top of the spine, so the squeeze shows.
        let mid = lerp3(s.left.shoulder, s.right.shoulder, 0.5);
        let behind = (mid[0] - s.chest[0]) * s.facing[0] + (mid[2] - s.chest[2]) * s.facing[2];
        if behind < -BLADES_BACK && !lying(s) {
            for shoulder in [s.left.shoulder, s.right.shoulder] {
                out.push(line(top(s.chest), top(shoulder), 9.0, Ink::Near));
            }
            // Behind the back, the blades drawing towards the spine.
            if !ghost {
                for side in [1.0, -1.0] {
                    let at = |out: f32| {
                        let mut p = s.chest;
                        for i in [0, 2] {
                            p[i] += -s.facing[i] * 14.0 + s.leftward[i] * side * out;
                        }
                        top(p)
                    };
                    out.extend(straight_arrow(at(22.0), at(5.0)));
                }
            }
        } else {
            out.push(line(
                top(s.left.shoulder),
                top(s.right.shoulder),
                9.0,
                Ink::Near,
            ));
        }
        // Lying down, the arms are what a view from above shows moving.
        if lying(s) {
            for l in [&s.left, &s.right] {
                out.push(line(top(l.shoulder), top(l.elbow), 4.0, Ink::Near));
                out.push(line(top(l.elbow), top(l.hand), 3.5, Ink::Near));
            }
        }
        let h = top(s.head);
        let face = top(s.face);
        let (dx, dy) = (face[0] - h[0], face[1] - h[1]);
        let n = (dx * dx + dy * dy).sqrt().max(0.01);
        let r = HEAD_R * k;
        // The nose: a wedge out of the head the way the face points, under the head's
        // outline.
        let (ux, uy) = (dx / n, dy / n);
        out.push(Shape::Poly {
            points: vec![
                [h[0] + ux * (r + 5.0), h[1] + uy * (r + 5.0)],
                [
                    h[0] - uy * 4.0 + ux * (r - 2.0),
                    h[1] + ux * 4.0 + uy * (r - 2.0),
                ],
                [
                    h[0] + uy * 4.0 + ux * (r - 2.0),
                    h[1] - ux * 4.0 + uy * (r - 2.0),
                ],
            ],
            ink: ink(Ink::Accent),
        });
        out.push(Shape::Circle {
            c: h,
            r,
            fill: Some(if ghost { Ink::Ghost } else { Ink::Card }),
            stroke: Some((2.5, ink(Ink::Near))),
        });
    };
    if let Some(g) = ghost {
        // The ghost set on the same pelvis, so only the turn shows.
        let mut g = *g;
        let d = [
            s.pelvis[0] - g.pelvis[0],
            s.pelvis[1] - g.pelvis[1],
            s.pelvis[2] - g.pelvis[2],
        ];
        g.translate(d);
        body(&g, true, &mut out);
    }
    body(s, false, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Base, BodyJoint, Pose, SideJoint, View};

    #[test]
    fn the_breathing_box_counts_four_on_each_side_and_marks_the_holds_with_a_pause() {
        let s = Skeleton::pose(&Base::Sit.pose());
        let cam = Camera {
            view: View::Side,
            flipped: false,
        };
        let face = cam.project(s.face);
        for side in 1..=4u8 {
            let shapes = breathing_box(&s, cam, side);
            let dots = shapes
                .iter()
                .filter(|sh| {
                    matches!(
                        sh,
                        Shape::Circle {
                            fill: Some(Ink::Accent),
                            ..
                        }
                    )
                })
                .count();
            assert_eq!(dots, 4, "side {side}: four counts");
            let pause = shapes
                .iter()
                .filter(|sh| match sh {
                    Shape::Line { a, b, ink, .. } => {
                        *ink == Ink::Accent
                            && (a[0] - b[0]).abs() < 0.1
                            && (a[1] - b[1]).abs() < 11.0
                            && (a[0] - face[0]).abs() < 16.0
                            && (a[1] - face[1]).abs() < 16.0
                    }
                    _ => false,
                })
                .count();
            assert_eq!(pause, if side % 2 == 0 { 2 } else { 0 }, "side {side}");
        }
    }

    #[test]
    fn the_view_from_above_shows_the_blades_drawn_together_only_when_the_shoulders_go_back() {
        let cam = Camera {
            view: View::Side,
            flipped: false,
        };
        let arrows = |p: &Pose| {
            top_inset(&Skeleton::pose(p), None, cam)
                .iter()
                .filter(|sh| {
                    matches!(
                        sh,
                        Shape::Line {
                            ink: Ink::Accent,
                            ..
                        }
                    )
                })
                .count()
        };
        let rest = Base::Sit.pose();
        let mut rounded = rest;
        rounded.body[BodyJoint::ChestFlex as usize] = 10.0;
        rounded.body[BodyJoint::NeckFlex as usize] = 10.0;
        let mut squeeze = rest;
        for side in [&mut squeeze.left, &mut squeeze.right] {
            side[SideJoint::ShoulderGlide as usize] = -8.0;
        }
        assert_eq!(arrows(&rest), 0);
        assert_eq!(arrows(&rounded), 0, "a rounded back is not a squeeze");
        // Two arrows (a line and a two-stroke head each) towards the spine.
        assert_eq!(arrows(&squeeze), 6);
    }

    #[test]
    fn asleep_draws_two_zs_above_the_head_on_the_side_it_faces() {
        let s = Skeleton::pose(&Base::Sit.pose());
        for flipped in [false, true] {
            let cam = Camera {
                view: View::Side,
                flipped,
            };
            let mut shapes = asleep(&s, cam);
            assert_eq!(shapes.len(), 7, "two z's of three strokes and a moon");
            let Some(Shape::Poly { points, ink }) = shapes.pop() else {
                panic!("a moon last: {shapes:?}")
            };
            assert_eq!(ink, Ink::Prop);
            let head = cam.project(s.head);
            let face = cam.project(s.face);
            let ahead = (face[0] - head[0]).signum();
            for p in &points {
                assert!(p[1] > head[1] + HEAD_R, "above the head: {p:?}");
                assert!((p[0] - head[0]) * ahead > 20.0, "past the z's: {p:?}");
            }
            for sh in &shapes {
                let Shape::Line { a, b, ink, .. } = sh else {
                    panic!("strokes only: {sh:?}")
                };
                assert_eq!(*ink, Ink::Accent);
                for p in [a, b] {
                    assert!(p[1] > head[1] + HEAD_R, "above the head: {p:?}");
                    assert!((p[0] - head[0]) * ahead > 0.0, "on the face's side: {p:?}");
                }
            }
        }
        // From the front, still above the head.
        let front = Camera {
            view: View::Front,
            flipped: false,
        };
        let s = Skeleton::pose(&Pose::default());
        let head = front.project(s.head);
        assert!(asleep(&s, front).iter().all(|sh| match sh {
            Shape::Line { a, b, .. } => a[1] > head[1] + HEAD_R && b[1] > head[1] + HEAD_R,
            Shape::Poly { points, .. } => points.iter().all(|p| p[1] > head[1] + HEAD_R),
            _ => false,
        }));
    }
}
