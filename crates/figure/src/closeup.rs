//! The close-up of a hand in a round frame beside the figure's head, for what fingers and
//! wrists do: fingers curling to a fist, one finger's hook and flat fist, a wrist bent up
//! or down with the other hand pressing, the other thumb's mark. Shapes only.

use super::rig::{Camera, Ink, Shape, Skeleton};

/// A close-up of a hand, drawn in a round frame beside the figure's head.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hand {
    /// How far the fingers curl: 0 straight, 1 a full fist.
    #[serde(default)]
    pub curl: f32,
    /// Where the other thumb presses, from the wrist (0) to the base of the fingers (1);
    /// below 0 along the forearm, down to -1 at the elbow.
    #[serde(default)]
    pub press: Option<f32>,
    /// The hand bent at the wrist, in degrees: seen from the thumb's side with the
    /// forearm level, above 0 the fingers point up, below 0 down. The other hand's
    /// fingers press where `press` says.
    #[serde(default)]
    pub bend: Option<f32>,
    /// One finger seen from the thumb's side, each joint's bend in degrees from the
    /// knuckle out: `[0, 90, 80]` a hook, `[90, 0, 0]` a flat fist, `[90, 100, 70]` a full
    /// fist. Drawn large, instead of the four fingers of `curl`.
    #[serde(default)]
    pub finger: Option<[f32; 3]>,
    /// The pressing thumb draws small circles where it presses: a round arrow about its
    /// mark in the close-up (a round arrow about the whole hand read as wrist circles).
    #[serde(default)]
    pub circling: bool,
}

/// The close-up: a round frame with the forearm, the palm, four fingers curled by
/// `hand.curl` and the thumb, and the pressing thumb's mark.
pub fn hand_closeup(s: &Skeleton, cam: Camera, hand: Hand) -> Vec<Shape> {
    let head = cam.project(s.head);
    let side = if cam.flipped { -1.0 } else { 1.0 };
    let c = [head[0] + side * 60.0, head[1] + 20.0];
    let r = 30.0;
    let mut out = vec![Shape::Circle {
        c,
        r,
        fill: Some(Ink::Card),
        stroke: Some((2.0, Ink::Scene)),
    }];
    let line = |a: [f32; 2], b: [f32; 2], width: f32, ink: Ink| Shape::Line { a, b, width, ink };
    if let Some(bend) = hand.bend {
        out.extend(bent_hand(c, side, bend, hand));
        return out;
    }
    if let Some(finger) = hand.finger {
        out.extend(one_finger(c, side, finger));
        return out;
    }
    // The forearm comes in from the lower left; the palm points up and to the right.
    let wrist = [c[0] - side * 6.0, c[1] - 8.0];
    let elbow = [c[0] - side * 24.0, c[1] - 20.0];
    out.push(line(elbow, wrist, 9.0, Ink::Near));
    let knuckles = [c[0] + side * 8.0, c[1] + 4.0];
    out.push(line(wrist, knuckles, 13.0, Ink::Near));
    // Four fingers from the knuckles, each three joints curling the same way.
    let curl = hand.curl.clamp(0.0, 1.0);
    for i in 0..4 {
        let spread = (i as f32 - 1.5) * 3.2;
        let mut p = [knuckles[0] - spread * 0.6, knuckles[1] + spread];
        let mut angle: f32 = 40.0_f32.to_radians();
        for (n, length) in [6.5, 4.5, 3.5].into_iter().enumerate() {
            angle -= curl * [55.0_f32, 60.0, 50.0][n].to_radians();
            let q = [
                p[0] + side * length * angle.cos(),
                p[1] + length * angle.sin(),
            ];
            out.push(Shape::Line {
                a: p,
                b: q,
                width: 3.2,
                ink: Ink::Near,
            });
            p = q;
        }
    }
    // The thumb, from the side of the palm.
    let thumb_base = [c[0] + side * 1.0, c[1] + 3.0];
    let thumb_tip = [
        thumb_base[0] + side * (6.0 - curl * 3.0),
        thumb_base[1] + 7.0 - curl * 3.0,
    ];
    out.push(line(thumb_base, thumb_tip, 3.6, Ink::Near));
    if let Some(press) = hand.press {
        let at = if press >= 0.0 {
            [
                wrist[0] + (knuckles[0] - wrist[0]) * press,
                wrist[1] + (knuckles[1] - wrist[1]) * press,
            ]
        } else {
            [
                wrist[0] + (elbow[0] - wrist[0]) * -press,
                wrist[1] + (elbow[1] - wrist[1]) * -press,
            ]
        };
        // The other hand's thumb coming down onto the spot, its tip marked. On the
        // forearm, lower in the frame, the rest of that hand shows too, a fist above the
        // thumb (a thumb alone read as a stick); in the palm it would leave the frame.
        let tip = [at[0], at[1] + 5.0];
        let knuckle = [tip[0] + side * 3.0, tip[1] + 14.0];
        if press < 0.0 {
            out.push(line(
                knuckle,
                [knuckle[0] + side * 11.0, knuckle[1] + 2.0],
                11.0,
                Ink::Far,
            ));
            out.push(line(knuckle, tip, 5.0, Ink::Far));
        } else {
            out.push(line(
                [tip[0] + side * 4.0, tip[1] + 14.0],
                tip,
                5.0,
                Ink::Far,
            ));
        }
        out.push(Shape::Circle {
            c: tip,
            r: 3.6,
            fill: Some(Ink::Accent),
            stroke: Some((1.2, Ink::Card)),
        });
        if hand.circling {
            out.extend(super::marks::round_arrow(tip, 8.0, false));
        }
    }
    out
}

/// Where along the forearm the thumb presses in the close-up of `hand_closeup`, `press`
/// below 0 (0 the wrist, -1 the elbow).
fn forearm_spot(c: [f32; 2], side: f32, press: f32) -> [f32; 2] {
    let wrist = [c[0] - side * 6.0, c[1] - 8.0];
    let elbow = [c[0] - side * 24.0, c[1] - 20.0];
    let t = -press.clamp(-1.0, 0.0);
    [
        wrist[0] + (elbow[0] - wrist[0]) * t,
        wrist[1] + (elbow[1] - wrist[1]) * t,
    ]
}

/// A thumb that slid along the forearm since the keyframe before (both pressing below the
/// wrist, `from` to `to`): an arrow under the forearm the way it went, so that the close-up
/// says "slide", not "press here". Drawn over `hand_closeup`'s frame; nothing when the
/// thumb stayed (less than a tenth of the forearm).
pub fn thumb_slide(s: &Skeleton, cam: Camera, from: f32, to: f32) -> Vec<Shape> {
    if from >= 0.0 || to >= 0.0 || (from - to).abs() < 0.1 {
        return Vec::new();
    }
    let head = cam.project(s.head);
    let side = if cam.flipped { -1.0 } else { 1.0 };
    let c = [head[0] + side * 60.0, head[1] + 20.0];
    let (a, b) = (forearm_spot(c, side, from), forearm_spot(c, side, to));
    let len = ((b[0] - a[0]).powi(2) + (b[1] - a[1]).powi(2)).sqrt();
    let (ux, uy) = ((b[0] - a[0]) / len, (b[1] - a[1]) / len);
    // Below the forearm, clear of the thumb that comes down from above.
    let (ox, oy) = (uy * side * 8.0, -ux * side * 8.0);
    let (oy, ox) = if oy > 0.0 { (-oy, -ox) } else { (oy, ox) };
    // Its tail pulled in a little, so that near the elbow it stays inside the frame.
    let (a, b) = (
        [a[0] + ox + 3.0 * ux, a[1] + oy + 3.0 * uy],
        [b[0] + ox, b[1] + oy],
    );
    // Bold, with a big head: at the window's size a thin one went unseen (round 5 could
    // not tell press from glide).
    let tip = |k: f32| {
        [
            b[0] - 7.0 * ux + k * 5.0 * uy,
            b[1] - 7.0 * uy - k * 5.0 * ux,
        ]
    };
    let line = |p: [f32; 2], q: [f32; 2]| Shape::Line {
        a: p,
        b: q,
        width: 3.2,
        ink: Ink::Accent,
    };
    vec![line(a, b), line(tip(1.0), b), line(tip(-1.0), b)]
}

/// The close-up of a hand from the thumb's side, fingers up: the forearm from below, the
/// palm, one finger of three joints bent `finger` degrees each (towards the palm), large
/// enough that a hook and a flat fist differ.
fn one_finger(c: [f32; 2], side: f32, finger: [f32; 3]) -> Vec<Shape> {
    let line = |a: [f32; 2], b: [f32; 2], width: f32| Shape::Line {
        a,
        b,
        width,
        ink: Ink::Near,
    };
    // Low in the frame, so that the finger can be long: at the window's size a short one's
    // hook and full fist were the same blob.
    let wrist = [c[0] - side * 8.0, c[1] - 20.0];
    let elbow = [wrist[0] - side * 3.0, c[1] - 30.0];
    let knuckle = [wrist[0], wrist[1] + 12.0];
    let mut out = vec![line(elbow, wrist, 9.0), line(wrist, knuckle, 9.0)];
    // The thumb along the palm's side.
    out.push(line(
        [wrist[0] + side * 2.0, wrist[1] + 4.0],
        [wrist[0] + side * 6.0, wrist[1] + 11.0],
        4.0,
    ));
    // The straight finger faint behind a bent one: each shape reads as a bend from it
    // (alone, the flat fist's level finger read as a hand bent at the wrist).
    let segments = |bends: [f32; 3]| {
        let mut p = knuckle;
        let mut angle: f32 = 90.0;
        bends
            .iter()
            .zip([13.0, 9.5, 7.5])
            .map(|(bend, length)| {
                // Bending turns the finger towards the palm, which faces the viewer's `side`.
                angle -= bend;
                let (s, co) = angle.to_radians().sin_cos();
                let q = [p[0] + side * length * co, p[1] + length * s];
                let seg = (p, q);
                p = q;
                seg
            })
            .collect::<Vec<_>>()
    };
    if finger.iter().any(|b| *b != 0.0) {
        for (a, b) in segments([0.0; 3]) {
            out.push(Shape::Line {
                a,
                b,
                width: 5.0,
                ink: Ink::Ghost,
            });
        }
    }
    for (a, b) in segments(finger) {
        out.push(line(a, b, 6.0));
    }
    out
}

/// The close-up of a hand bent at the wrist: the forearm level from the left, the hand
/// turned `bend` degrees up or down, fingers straight, and the other hand's fingers pressing
/// on it (where `hand.press` says, 0 at the wrist to 1 at the fingertips).
fn bent_hand(c: [f32; 2], side: f32, bend: f32, hand: Hand) -> Vec<Shape> {
    let line = |a: [f32; 2], b: [f32; 2], width: f32, ink: Ink| Shape::Line { a, b, width, ink };
    let wrist = [c[0] - side * 6.0, c[1] + 2.0 - bend.signum() * 6.0];
    let elbow = [wrist[0] - side * 22.0, wrist[1]];
    let (s, co) = bend.to_radians().sin_cos();
    let along = |d: f32| [wrist[0] + side * co * d, wrist[1] + s * d];
    let mut out = vec![
        line(elbow, wrist, 9.0, Ink::Near),
        line(wrist, along(11.0), 11.0, Ink::Near),
        line(along(11.0), along(22.0), 6.0, Ink::Near),
    ];
    if let Some(press) = hand.press {
        // The other hand's fingers across it, from the side the bend pushes back against.
        let at = along(4.0 + 18.0 * press.clamp(0.0, 1.0));
        // The perpendicular on the side of the fingers' backs (the figure's side).
        let normal = [-side * s, co];
        let push = if bend >= 0.0 { -1.0 } else { 1.0 };
        let out_of = |d: f32| [at[0] + normal[0] * push * d, at[1] + normal[1] * push * d];
        out.push(line(out_of(6.0), out_of(16.0), 7.0, Ink::Far));
        out.push(Shape::Circle {
            c: out_of(5.0),
            r: 3.2,
            fill: Some(Ink::Accent),
            stroke: Some((1.2, Ink::Card)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Base, View};

    fn seated() -> (Skeleton, Camera) {
        let cam = Camera {
            view: View::Side,
            flipped: false,
        };
        (Skeleton::pose(&Base::Sit.pose()), cam)
    }

    fn accent_lines(shapes: &[Shape]) -> Vec<([f32; 2], [f32; 2])> {
        shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line {
                    a,
                    b,
                    ink: Ink::Accent,
                    ..
                } => Some((*a, *b)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_thumb_that_slid_along_the_forearm_gets_an_arrow_towards_where_it_went() {
        let (s, cam) = seated();
        let head = cam.project(s.head);
        let c = [head[0] + 60.0, head[1] + 20.0];
        let slide = thumb_slide(&s, cam, -0.85, -0.1);
        let lines = accent_lines(&slide);
        assert_eq!(lines.len(), 3, "a shaft and a head: {slide:?}");
        let (start, end) = lines[0];
        let d = |p: [f32; 2], q: [f32; 2]| ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt();
        // Towards the wrist, and as long as the way the thumb went.
        let wrist = forearm_spot(c, 1.0, 0.0);
        assert!(d(end, wrist) < d(start, wrist), "{start:?} -> {end:?}");
        assert!(d(start, end) > 12.0, "{}", d(start, end));
        // Within the close-up's frame.
        for p in [start, end] {
            assert!(d(p, c) < 30.0, "{p:?} leaves the frame at {c:?}");
        }
        // A thumb that stayed, or one in the palm, slides nowhere.
        assert!(thumb_slide(&s, cam, -0.5, -0.5).is_empty());
        assert!(thumb_slide(&s, cam, 0.2, 0.8).is_empty());
    }

    #[test]
    fn a_circling_thumb_gets_a_round_arrow_about_its_mark_in_the_palm() {
        let (s, cam) = seated();
        let still = Hand {
            curl: 0.1,
            press: Some(0.5),
            bend: None,
            finger: None,
            circling: false,
        };
        let accents = |hand: Hand| {
            hand_closeup(&s, cam, hand)
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
        assert_eq!(accents(still), 0);
        assert!(
            accents(Hand {
                circling: true,
                ..still
            }) > 8,
            "an arc and its head"
        );
    }

    #[test]
    fn the_thumb_on_the_forearm_comes_with_its_hand() {
        let (s, cam) = seated();
        let hand = Hand {
            curl: 0.2,
            press: Some(-0.5),
            bend: None,
            finger: None,
            circling: false,
        };
        let fist = |shapes: &[Shape]| {
            shapes.iter().any(|sh| {
                matches!(
                    sh,
                    Shape::Line {
                        width,
                        ink: Ink::Far,
                        ..
                    } if *width > 9.0
                )
            })
        };
        assert!(fist(&hand_closeup(&s, cam, hand)));
        // In the palm the thumb alone, which keeps the frame.
        let palm = Hand {
            press: Some(0.5),
            ..hand
        };
        assert!(!fist(&hand_closeup(&s, cam, palm)));
    }
}
