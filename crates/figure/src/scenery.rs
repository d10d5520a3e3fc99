//! The scene and the props drawn around a placed figure: floor, chair, wall (in section
//! from the side, a lit face from the front), desk and screen, door frame, stairs; balls,
//! rollers, straps, packs warm and cold, the glass and the phone. Shapes only.

use super::View;
use super::rig::{Camera, HEIGHT, Ink, PACK_THICK, ROLLER_R, Scene, Shape, Skeleton};

pub(super) fn scene_shapes(scene: &Scene, s: &Skeleton, cam: Camera, out: &mut Vec<Shape>) {
    let line = |a: [f32; 2], b: [f32; 2], width: f32| Shape::Line {
        a,
        b,
        width,
        ink: Ink::Scene,
    };
    let px = |x: f32, y: f32, z: f32| cam.project([x, y, z]);
    if let Some((x, top, back)) = scene.chair {
        match cam.view {
            View::Side => {
                out.push(line(px(back, top, 0.0), px(x + 20.0, top, 0.0), 4.0));
                out.push(line(
                    px(back, top, 0.0),
                    px(back - 3.0, top + 42.0, 0.0),
                    4.0,
                ));
                out.push(line(
                    px(back + 2.0, top, 0.0),
                    px(back + 2.0, 0.0, 0.0),
                    3.0,
                ));
                out.push(line(px(x + 18.0, top, 0.0), px(x + 18.0, 0.0, 0.0), 3.0));
            }
            View::Front | View::Back => {
                out.push(line(px(x, top, -22.0), px(x, top, 22.0), 4.0));
                out.push(line(px(x, top, -20.0), px(x, 0.0, -20.0), 3.0));
                out.push(line(px(x, top, 20.0), px(x, 0.0, 20.0), 3.0));
            }
            // The seat's outline, four legs and the backrest's two posts and rail.
            View::ThreeQuarter => {
                let (front, w) = (x + 20.0, 21.0);
                for (a, b) in [
                    ((back, -w), (front, -w)),
                    ((front, -w), (front, w)),
                    ((front, w), (back, w)),
                    ((back, w), (back, -w)),
                ] {
                    out.push(line(px(a.0, top, a.1), px(b.0, top, b.1), 3.5));
                }
                for (lx, lz) in [
                    (back + 2.0, -w),
                    (back + 2.0, w),
                    (x + 18.0, -w),
                    (x + 18.0, w),
                ] {
                    out.push(line(px(lx, top, lz), px(lx, 0.0, lz), 2.5));
                }
                for lz in [-w, w] {
                    out.push(line(px(back, top, lz), px(back - 3.0, top + 42.0, lz), 3.0));
                }
                out.push(line(
                    px(back - 3.0, top + 42.0, -w),
                    px(back - 3.0, top + 42.0, w),
                    3.5,
                ));
            }
        }
    }
    if let Some((x, side)) = scene.wall {
        let top = HEIGHT + 18.0;
        match cam.view {
            View::Side => {
                // A wall in section: its face, and hatching into the wall behind it.
                out.push(Shape::Poly {
                    points: vec![
                        px(x, 0.0, 0.0),
                        px(x, top, 0.0),
                        px(x - side * 9.0, top, 0.0),
                        px(x - side * 9.0, 0.0, 0.0),
                    ],
                    ink: Ink::WallFace,
                });
                out.push(line(px(x, 0.0, 0.0), px(x, top, 0.0), 3.0));
                let mut y = 8.0;
                while y < top {
                    out.push(Shape::Line {
                        a: px(x, y, 0.0),
                        b: px(x - side * 8.0, y + 8.0, 0.0),
                        width: 1.5,
                        ink: Ink::Scene,
                    });
                    y += 14.0;
                }
            }
            // Seen face on: behind the figure a lit panel; in front of it (the figure seen
            // through the wall) only its outline.
            View::Front | View::Back | View::ThreeQuarter => {
                let behind = (side > 0.0) == (cam.view != View::Back);
                let w = 62.0;
                let corners = [px(x, 0.0, -w), px(x, top, -w), px(x, top, w), px(x, 0.0, w)];
                if behind {
                    out.push(Shape::Poly {
                        points: corners.to_vec(),
                        ink: Ink::WallFace,
                    });
                    // Courses of boards, so that it reads as a wall and not a door.
                    let mut y = 22.0;
                    while y < top - 4.0 {
                        out.push(Shape::Line {
                            a: px(x, y, -w + 2.0),
                            b: px(x, y, w - 2.0),
                            width: 1.2,
                            ink: Ink::Card,
                        });
                        y += 22.0;
                    }
                }
                for i in 0..4 {
                    out.push(line(corners[i], corners[(i + 1) % 4], 2.5));
                }
            }
        }
    }
    if let Some((c, h)) = scene.screen
        && cam.view == View::Side
    {
        // The monitor turned a little towards the viewer, so that its face shows.
        let (x, y) = (c[0], c[1]);
        out.push(Shape::Poly {
            points: vec![
                px(x, y - h, 0.0),
                px(x + 9.0, y - h - 3.0, 0.0),
                px(x + 9.0, y + h - 3.0, 0.0),
                px(x, y + h, 0.0),
            ],
            ink: Ink::Near,
        });
        out.push(Shape::Line {
            a: px(x + 4.5, y - h + 3.0, 0.0),
            b: px(x + 4.5, y + h - 4.0, 0.0),
            width: 5.0,
            ink: Ink::Cold,
        });
        if let Some((_, top)) = scene.desk {
            out.push(line(px(x + 6.0, y - h, 0.0), px(x + 6.0, top, 0.0), 3.0));
            out.push(line(
                px(x - 2.0, top + 1.0, 0.0),
                px(x + 14.0, top + 1.0, 0.0),
                3.0,
            ));
        }
    }
    if let Some((x, top)) = scene.desk {
        let far = if scene.screen.is_some() { 65.0 } else { 25.0 };
        out.push(line(px(x - 15.0, top, 0.0), px(x + far, top, 0.0), 4.0));
        out.push(line(
            px(x + far - 3.0, top, 0.0),
            px(x + far - 3.0, 0.0, 0.0),
            3.0,
        ));
    }
    if let Some(at) = scene.doorway {
        match cam.view {
            // The door frame beside the figure, in section: the jamb's depth from the
            // floor to the head of the door, and the wall above it.
            View::Side => {
                let (a, b) = (at[0] - 4.0, at[0] + 10.0);
                let top = HEIGHT + 30.0;
                out.push(Shape::Poly {
                    points: vec![
                        px(a, 0.0, 0.0),
                        px(b, 0.0, 0.0),
                        px(b, 205.0, 0.0),
                        px(a, 205.0, 0.0),
                    ],
                    ink: Ink::WallFace,
                });
                out.push(line(px(a, 0.0, 0.0), px(a, 205.0, 0.0), 2.0));
                out.push(line(px(b, 0.0, 0.0), px(b, 205.0, 0.0), 2.0));
                out.push(Shape::Poly {
                    points: vec![
                        px(a - 30.0, 205.0, 0.0),
                        px(b + 30.0, 205.0, 0.0),
                        px(b + 30.0, top, 0.0),
                        px(a - 30.0, top, 0.0),
                    ],
                    ink: Ink::Scene,
                });
            }
            View::Front | View::Back | View::ThreeQuarter => {
                let z = s.left.hand[2].abs().max(s.right.hand[2].abs()) + 3.0;
                if cam.view == View::ThreeQuarter {
                    // The wall the door is in, each side of it and above.
                    let top = HEIGHT + 30.0;
                    for (a, b) in [(-z - 45.0, -z), (z, z + 45.0)] {
                        out.push(Shape::Poly {
                            points: vec![
                                px(at[0], 0.0, a),
                                px(at[0], top, a),
                                px(at[0], top, b),
                                px(at[0], 0.0, b),
                            ],
                            ink: Ink::WallFace,
                        });
                    }
                    out.push(Shape::Poly {
                        points: vec![
                            px(at[0], 205.0, -z),
                            px(at[0], top, -z),
                            px(at[0], top, z),
                            px(at[0], 205.0, z),
                        ],
                        ink: Ink::WallFace,
                    });
                }
                out.push(line(px(at[0], 0.0, -z), px(at[0], 205.0, -z), 5.0));
                out.push(line(px(at[0], 0.0, z), px(at[0], 205.0, z), 5.0));
                out.push(line(px(at[0], 205.0, -z), px(at[0], 205.0, z), 5.0));
            }
        }
    }
    if let Some(x) = scene.window {
        // A window turned a little towards the viewer: its glass, frame and cross bars.
        let (sill, head, w, skew) = (95.0, 195.0, 34.0, 8.0);
        let corner = |u: f32, v: f32| px(x + u * w, sill + v * (head - sill) + u * skew, 0.0);
        out.push(Shape::Poly {
            points: vec![
                corner(0.0, 0.0),
                corner(1.0, 0.0),
                corner(1.0, 1.0),
                corner(0.0, 1.0),
            ],
            ink: Ink::Cold,
        });
        for (a, b) in [((0.5, 0.0), (0.5, 1.0)), ((0.0, 0.5), (1.0, 0.5))] {
            out.push(Shape::Line {
                a: corner(a.0, a.1),
                b: corner(b.0, b.1),
                width: 2.5,
                ink: Ink::Card,
            });
        }
        for (a, b) in [
            ((0.0, 0.0), (1.0, 0.0)),
            ((1.0, 0.0), (1.0, 1.0)),
            ((1.0, 1.0), (0.0, 1.0)),
            ((0.0, 1.0), (0.0, 0.0)),
        ] {
            out.push(line(corner(a.0, a.1), corner(b.0, b.1), 3.0));
        }
    }
    if let Some(x) = scene.tap {
        // A counter, and a tap's spout curving over the sink.
        let top = 90.0;
        out.push(Shape::Poly {
            points: vec![
                px(x, 0.0, 0.0),
                px(x, top, 0.0),
                px(x + 60.0, top, 0.0),
                px(x + 60.0, 0.0, 0.0),
            ],
            ink: Ink::WallFace,
        });
        out.push(line(px(x - 2.0, top, 0.0), px(x + 62.0, top, 0.0), 4.0));
        out.push(line(px(x, top, 0.0), px(x, 0.0, 0.0), 2.5));
        let base = x + 40.0;
        out.push(line(px(base, top, 0.0), px(base, top + 26.0, 0.0), 3.5));
        out.push(line(
            px(base, top + 26.0, 0.0),
            px(base - 14.0, top + 26.0, 0.0),
            3.5,
        ));
        out.push(line(
            px(base - 14.0, top + 26.0, 0.0),
            px(base - 14.0, top + 20.0, 0.0),
            3.5,
        ));
        out.push(Shape::Line {
            a: px(base - 14.0, top + 16.0, 0.0),
            b: px(base - 14.0, top + 6.0, 0.0),
            width: 2.0,
            ink: Ink::Cold,
        });
    }
    if let Some((x, top)) = scene.stairs {
        // The first step, where the foot is, and the flight rising on from it.
        let going = 28.0;
        for k in 0..4 {
            let (x0, y) = (x - 14.0 + going * k as f32, top * (k + 1) as f32);
            out.push(line(px(x0, y, 0.0), px(x0 + going, y, 0.0), 3.0));
            out.push(line(px(x0, y, 0.0), px(x0, y - top, 0.0), 3.0));
        }
    }
    if scene.floor {
        let xs: Vec<f32> = s
            .outline()
            .iter()
            .map(|(p, _)| cam.project(*p)[0])
            .collect();
        let lo = xs.iter().copied().fold(f32::MAX, f32::min) - 22.0;
        let hi = xs.iter().copied().fold(f32::MIN, f32::max) + 22.0;
        out.push(Shape::Line {
            a: [lo, -1.5],
            b: [hi, -1.5],
            width: 3.0,
            ink: Ink::Scene,
        });
    }
}

pub(super) fn prop_shapes(scene: &Scene, cam: Camera, out: &mut Vec<Shape>) {
    for &(c, r) in &scene.balls {
        out.push(Shape::Circle {
            c: cam.project(c),
            r,
            fill: Some(Ink::Prop),
            stroke: None,
        });
    }
    for &(c, r) in &scene.rollers {
        match cam.view {
            // End on: a round end with its core, so that it reads as a roller, not a ball.
            View::Side => {
                // Its length going away, drawn a little aslant, so that it reads as a
                // cylinder and not a ball.
                let front = cam.project(c);
                let back = [front[0] + 6.0, front[1] + 4.0];
                out.push(Shape::Line {
                    a: front,
                    b: back,
                    width: 2.0 * r,
                    ink: Ink::Prop,
                });
                out.push(Shape::Circle {
                    c: front,
                    r,
                    fill: Some(Ink::Prop),
                    stroke: Some((1.2, Ink::Card)),
                });
                out.push(Shape::Circle {
                    c: cam.project(c),
                    r: r * 0.25,
                    fill: None,
                    stroke: None,
                });
            }
            // Seen end on from the front it is a long bar.
            View::Front | View::Back | View::ThreeQuarter => out.push(Shape::Line {
                a: cam.project([c[0], c[1], c[2] - 22.0]),
                b: cam.project([c[0], c[1], c[2] + 22.0]),
                width: 2.0 * r,
                ink: Ink::Prop,
            }),
        }
    }
    if let Some((a, b)) = scene.strap {
        // A towel's width, so that at the window's size it reads as a towel, not a thread.
        out.push(Shape::Line {
            a: cam.project(a),
            b: cam.project(b),
            width: 4.5,
            ink: Ink::Prop,
        });
    }
    if let Some((a, b)) = scene.pack {
        if !scene.cold {
            // A card edge round the warm pad, so that it reads as a thing laid on the body
            // and not as an orange hand.
            out.push(Shape::Line {
                a: cam.project(a),
                b: cam.project(b),
                width: 2.0 * PACK_THICK + 2.4,
                ink: Ink::Card,
            });
        }
        out.push(Shape::Line {
            a: cam.project(a),
            b: cam.project(b),
            width: 2.0 * PACK_THICK,
            ink: if scene.cold { Ink::Cold } else { Ink::Prop },
        });
    }
    if let Some((a, b)) = scene.roller_along {
        match cam.view {
            View::Front | View::Back => out.push(Shape::Circle {
                c: cam.project(a),
                r: ROLLER_R,
                fill: Some(Ink::Prop),
                stroke: None,
            }),
            _ => out.push(Shape::Line {
                a: cam.project(a),
                b: cam.project(b),
                width: 2.0 * ROLLER_R,
                ink: Ink::Prop,
            }),
        }
    }
    if let Some(p) = scene.apple {
        let c = cam.project(p);
        out.push(Shape::Circle {
            c: [c[0], c[1] + 6.0],
            r: 6.5,
            fill: Some(Ink::Accent),
            stroke: None,
        });
        // The stem and a leaf: an apple, not a red ball.
        out.push(Shape::Line {
            a: [c[0], c[1] + 11.0],
            b: [c[0] + 1.5, c[1] + 15.5],
            width: 1.8,
            ink: Ink::Near,
        });
        out.push(Shape::Line {
            a: [c[0] + 1.0, c[1] + 13.5],
            b: [c[0] + 5.5, c[1] + 15.0],
            width: 2.5,
            ink: Ink::Near,
        });
    }
    if let Some(p) = scene.phone {
        let c = cam.project(p);
        out.push(Shape::Poly {
            points: vec![
                [c[0] - 3.0, c[1] - 1.0],
                [c[0] + 3.0, c[1] - 1.0],
                [c[0] + 3.0, c[1] + 11.0],
                [c[0] - 3.0, c[1] + 11.0],
            ],
            ink: Ink::Near,
        });
        out.push(Shape::Line {
            a: [c[0], c[1] + 1.5],
            b: [c[0], c[1] + 8.5],
            width: 3.0,
            ink: Ink::Cold,
        });
    }
    if let Some(p) = scene.glass {
        let c = cam.project(p);
        out.push(Shape::Poly {
            points: vec![
                [c[0] - 3.5, c[1] + 6.0],
                [c[0] + 3.5, c[1] + 6.0],
                [c[0] + 2.8, c[1] - 4.0],
                [c[0] - 2.8, c[1] - 4.0],
            ],
            ink: Ink::Prop,
        });
    }
}

/// Heat rising from a warm pack: three wavy lines, above a pack held level and beside an
/// upright one on the side away from the body (a round orange pad alone read as an orange
/// hand; the cold pack's blue needs none).
pub(super) fn warmth(scene: &Scene, s: &Skeleton, cam: Camera, out: &mut Vec<Shape>) {
    let Some((a, b)) = scene.pack else { return };
    if scene.cold {
        return;
    }
    let (pa, pb) = (cam.project(a), cam.project(b));
    let mid = [(pa[0] + pb[0]) / 2.0, (pa[1] + pb[1]) / 2.0];
    let level = (pa[0] - pb[0]).abs() > (pa[1] - pb[1]).abs();
    let back = if cam.project(s.facing)[0] > 0.0 {
        -1.0
    } else {
        1.0
    };
    let (x_first, y0) = if level {
        (mid[0] - 4.5, mid[1] + PACK_THICK + 3.0)
    } else {
        (mid[0] + back * (PACK_THICK + 5.0), mid[1] - 3.0)
    };
    let step = if level { 4.5 } else { back * 4.5 };
    for i in 0..3 {
        let x0 = x_first + step * i as f32;
        // The middle one a little higher, like steam.
        let y0 = y0 + if i == 1 { 2.0 } else { 0.0 };
        let mut p = [x0, y0];
        for k in 0..5 {
            let q = [
                x0 + if k % 2 == 0 { 1.0 } else { -1.0 },
                y0 + 2.4 * (k + 1) as f32,
            ];
            out.push(Shape::Line {
                a: p,
                b: q,
                width: 1.4,
                ink: Ink::Prop,
            });
            p = q;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Base, View};

    fn heat_lines(cold: bool) -> usize {
        let s = Skeleton::pose(&Base::Sit.pose());
        let cam = Camera {
            view: View::Side,
            flipped: false,
        };
        let scene = Scene {
            pack: Some(([0.0, 120.0, 0.0], [0.0, 136.0, 0.0])),
            cold,
            ..Scene::default()
        };
        let mut out = Vec::new();
        warmth(&scene, &s, cam, &mut out);
        out.len()
    }

    #[test]
    fn a_warm_pack_gives_off_heat_and_a_cold_one_does_not() {
        assert_eq!(heat_lines(false), 15, "three wavy lines of five strokes");
        assert_eq!(heat_lines(true), 0);
    }
}
