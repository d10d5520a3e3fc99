//! The geometric rules every figure keeps, checked on its placed keyframes: contacts touch,
//! nothing passes through the floor or a wall, a hand crosses the body's midline only where
//! the text says "across", and the moving part travels visibly between keyframes. (Joint
//! ranges, so that no knee or elbow bends backwards, are checked when the file is read.)

use super::marks::Inset;
use super::rig::{self, HEIGHT, Placed};
use super::{BodyJoint, Contact, Figure, FigureFlaw, Frame, Part, Surface, View};

/// How far a contact may be from touching, in cm of the 172 cm figure.
pub const TOUCH: f32 = 3.0;
/// How far the moving part must travel between two keyframes: about a tenth of the
/// figure's height, and no less than a calf raise or a shrug moves in life (9.5 cm: the
/// figures stay true to the movement rather than exaggerate it); breathing, eye and posture
/// exercises move less by nature and need a twenty-fifth (7 cm).
pub const TRAVEL: f32 = 0.055;
pub const TRAVEL_GENTLE: f32 = 0.04;

/// Every broken rule of a figure, each with the keyframe it is in. `text` is what its
/// exercise says (title, summary, steps): "across" allows a hand over the midline, circles ask
/// for a round arrow. `gentle` (breathing, eyes, posture) asks for less travel.
pub fn check(figure: &Figure, frames: &[Frame], text: &str, gentle: bool) -> Vec<FigureFlaw> {
    let mut flaws = Vec::new();
    let mut flaw = |i: usize, message: String| {
        flaws.push(FigureFlaw {
            field: format!("figure.key[{i}]"),
            message,
        });
    };
    let text = text.to_lowercase();
    let across_allowed = text.contains("across");
    for (i, frame) in frames.iter().enumerate() {
        let pose = super::posed(frame);
        let placed = rig::place(&pose, &frame.contacts, &figure.scene, &figure.props);
        for c in &frame.contacts {
            if let Some(miss) = missed(&placed, c) {
                flaw(
                    i,
                    format!(
                        "the contact {}:{} is {miss:.0} cm from touching",
                        c.part.name(),
                        c.surface.name()
                    ),
                );
            }
        }
        if let Some(depth) = through_floor(&placed) {
            flaw(
                i,
                format!("the body passes {depth:.0} cm through the floor"),
            );
        }
        if let Some(depth) = through_wall(&placed) {
            flaw(i, format!("the body passes {depth:.0} cm through the wall"));
        }
        // Hands that hold each other meet at the middle: that is not crossing it.
        let hands_meet = frame
            .contacts
            .iter()
            .any(|c| matches!(c.surface, Surface::LeftHand | Surface::RightHand));
        if matches!(figure.view, View::Front | View::Back) && !across_allowed && !hands_meet {
            // Crossing means a hand in front of the body past its own midplane (behind the
            // back, hands meet at the spine).
            let s = &placed.skeleton;
            let across = |hand: [f32; 3], left: bool| {
                let d = [
                    hand[0] - s.chest[0],
                    hand[1] - s.chest[1],
                    hand[2] - s.chest[2],
                ];
                let toward = d[0] * s.facing[0] + d[1] * s.facing[1] + d[2] * s.facing[2];
                let side = d[0] * s.leftward[0] + d[1] * s.leftward[1] + d[2] * s.leftward[2];
                toward > 0.0 && if left { side < -3.0 } else { side > 3.0 }
            };
            if across(s.left.hand, true) || across(s.right.hand, false) {
                flaw(
                    i,
                    "a hand crosses the body's midline, and the text does not say \"across\""
                        .into(),
                );
            }
        }
    }
    for (i, message) in ghosts_through_scene(figure, frames) {
        flaw(i, message);
    }
    let round = |f: &Frame| f.arrow.is_some_and(|a| a.round) || f.hand.is_some_and(|h| h.circling);
    if says_circles(&text) && !frames.iter().any(round) {
        flaws.push(FigureFlaw {
            field: "figure.key".into(),
            message: "the text asks for circles or rolls: mark one keyframe with a round arrow (`circle = \"…\"`)".into(),
        });
    }
    let needed = HEIGHT * if gentle { TRAVEL_GENTLE } else { TRAVEL };
    let most = travel(figure, frames);
    if most < needed && !blinks(figure, frames) {
        flaws.push(FigureFlaw {
            field: "figure.key".into(),
            message: format!(
                "the figure hardly moves: {most:.0} cm at most between keyframes, and it needs {needed:.0}"
            ),
        });
    }
    flaws
}

/// Whether the eyes close in one keyframe and open in another while the figure shows
/// them large (the eyes inset): a blink is the movement there, and the head keeping still
/// is the point.
fn blinks(figure: &Figure, frames: &[Frame]) -> bool {
    let closed = |f: &Frame| super::posed(f).get(BodyJoint::EyesClosed) >= 0.5;
    figure.inset == Some(Inset::Eyes)
        && frames.iter().any(closed)
        && frames.iter().any(|f| !closed(f))
}

/// The most any point of the drawing moves between two keyframes, in the view's plane.
pub fn travel(figure: &Figure, frames: &[Frame]) -> f32 {
    let points = |f: &Frame| -> Vec<[f32; 2]> {
        let camera = rig::Camera {
            view: figure.view,
            flipped: f.mirror && figure.view.turns_with_the_side(),
        };
        let placed = rig::place(&super::posed(f), &f.contacts, &figure.scene, &figure.props);
        let s = &placed.skeleton;
        s.outline()
            .iter()
            .map(|(p, _)| *p)
            .chain([s.face, s.belly])
            .map(|p| camera.project(p))
            .collect()
    };
    let all: Vec<Vec<[f32; 2]>> = frames.iter().map(points).collect();
    let mut most: f32 = 0.0;
    for a in &all {
        for b in &all {
            for (p, q) in a.iter().zip(b) {
                most = most.max(((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt());
            }
        }
    }
    most
}

/// How far contact `c` is from touching, if further than [`TOUCH`].
fn missed(placed: &Placed, c: &Contact) -> Option<f32> {
    let s = &placed.skeleton;
    let points = s.part(c.part);
    let lowest = points.iter().map(|p| p[1]).fold(f32::MAX, f32::min);
    let miss = match c.surface {
        Surface::Floor => match c.part {
            // Each foot touches with its heel or its toes.
            Part::Feet => feet_miss(s),
            Part::LeftFoot | Part::RightFoot => (lowest - rig::gap(c.via)).abs(),
            part => {
                let thickness = rig::floor_thickness(part);
                points
                    .iter()
                    .map(|p| (p[1] - thickness - rig::gap(c.via)).abs())
                    .fold(0.0, f32::max)
            }
        },
        Surface::Chair => match c.part {
            Part::Seat => (s.seat[1] - rig::SEAT_H).abs(),
            _ => 0.0,
        },
        Surface::Wall => {
            let (x, side) = placed.scene.wall?;
            points
                .iter()
                .map(|p| (p[0] - side * rig::gap(c.via) - x).abs())
                .fold(0.0, f32::max)
        }
        Surface::Desk => {
            let (_, top) = placed.scene.desk?;
            (lowest - rig::gap(c.via) - 3.0 - top).abs()
        }
        Surface::Doorway | Surface::Stairs | Surface::Screen | Surface::Phone | Surface::Window => {
            0.0
        }
        // A hand or forearm on the body: on its spot, not floating off it.
        _ => super::reach::gap_to_body(s, c)?,
    };
    (miss > TOUCH).then_some(miss)
}

/// Whether a text asks for circling movements ("circles", "roll your shoulders"): these
/// are drawn with a round arrow, not a swing.
pub fn says_circles(text: &str) -> bool {
    let text = text.to_lowercase();
    [
        "circle",
        "circling",
        "shoulder roll",
        "roll your shoulders",
        "roll the shoulders",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Each keyframe whose ghost (the keyframe before it, as the window draws it) or whose own
/// body passes through the chair, the floor or a wall of its scene.
pub fn ghosts_through_scene(figure: &Figure, frames: &[Frame]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, frame) in frames.iter().enumerate() {
        let placed = rig::place(
            &super::posed(frame),
            &frame.contacts,
            &figure.scene,
            &figure.props,
        );
        if let Some(depth) = through_chair(&placed.skeleton, &placed) {
            found.push((i, format!("the body passes {depth:.0} cm into the chair")));
        }
        let Some(before) = i.checked_sub(1).map(|j| &frames[j]) else {
            continue;
        };
        if before.mirror != frame.mirror {
            continue;
        }
        let ghost = super::ghost_placed(figure, before, frame.mirror, &placed);
        let ghost_in_scene = Placed {
            skeleton: ghost.skeleton,
            scene: placed.scene.clone(),
        };
        if let Some(depth) = through_floor(&ghost_in_scene) {
            found.push((
                i,
                format!("its ghost passes {depth:.0} cm through the floor"),
            ));
        }
        if let Some(depth) = through_wall(&ghost_in_scene) {
            found.push((
                i,
                format!("its ghost passes {depth:.0} cm through the wall"),
            ));
        }
        if let Some(depth) = through_chair(&ghost_in_scene.skeleton, &placed) {
            found.push((i, format!("its ghost passes {depth:.0} cm into the chair")));
        }
    }
    found
}

/// How deep the body goes into the chair's seat (a slab 5 cm thick under its top, as wide
/// as the chair), if deeper than [`TOUCH`]: the trunk and legs, sampled along their length
/// (hands may hold the seat's edge, and feet may tuck under it).
fn through_chair(s: &rig::Skeleton, placed: &Placed) -> Option<f32> {
    let (x, top, back) = placed.scene.chair?;
    let mut segments = vec![(s.pelvis, s.waist, 10.0), (s.waist, s.chest, 10.0)];
    for l in [&s.left, &s.right] {
        segments.push((l.hip, l.knee, 5.5));
        segments.push((l.knee, l.ankle, 4.5));
    }
    let mut worst: f32 = 0.0;
    for (a, b, r) in segments {
        for i in 0..=12 {
            let t = i as f32 / 12.0;
            let p = [
                a[0] + (b[0] - a[0]) * t,
                a[1] + (b[1] - a[1]) * t,
                a[2] + (b[2] - a[2]) * t,
            ];
            let inside = p[0] > back + 2.0 && p[0] < x + 18.0 && p[2].abs() < 20.0;
            let (low, high) = (p[1] - r * 0.6, p[1] + r * 0.6);
            if inside && low < top && high > top - 5.0 {
                worst = worst.max(top - low);
            }
        }
    }
    (worst > TOUCH).then_some(worst)
}

/// The worse of the two feet: how far its lower point (heel or toes) is off the floor.
fn feet_miss(s: &rig::Skeleton) -> f32 {
    [&s.left, &s.right]
        .iter()
        .map(|l| l.heel[1].min(l.toe[1]).abs())
        .fold(0.0, f32::max)
}

fn through_floor(placed: &Placed) -> Option<f32> {
    if !placed.scene.floor {
        return None;
    }
    let lowest = placed
        .skeleton
        .outline()
        .iter()
        .map(|(p, r)| p[1] - r * 0.6)
        .fold(f32::MAX, f32::min);
    (lowest < -TOUCH).then_some(-lowest)
}

fn through_wall(placed: &Placed) -> Option<f32> {
    let (x, side) = placed.scene.wall?;
    let worst = placed
        .skeleton
        .outline()
        .iter()
        .map(|(p, r)| side * (p[0] - x) - r * 0.6)
        .fold(f32::MAX, f32::min);
    (worst < -TOUCH).then_some(-worst)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a mobility exercise of two steps ("Stand tall." and `step_two`), and
    /// `figure` (the `[figure]` table and its keys) read as its file would be.
    fn exercise(step_two: &str, figure: &str) -> (String, Figure, Vec<Frame>) {
        #[derive(serde::Deserialize)]
        struct File {
            figure: Figure,
        }
        let file: File = toml::from_str(figure).unwrap_or_else(|e| panic!("{e}"));
        let frames = file.figure.frames(2).expect("frames");
        (
            format!("Test A test. Stand tall. {step_two}"),
            file.figure,
            frames,
        )
    }

    fn messages(text: &str, figure: &Figure, frames: &[Frame]) -> Vec<String> {
        check(figure, frames, text, false)
            .into_iter()
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect()
    }

    #[test]
    fn a_hand_that_cannot_reach_its_spot_on_the_body_floats_and_fails() {
        let seated = |contact: &str| {
            exercise(
                "Hold on.",
                &format!(
                    "[figure]\nview = \"side\"\nscene = [\"chair\"]\nbase = \"sit\"\ncontacts = [\"seat:chair\", \"feet:floor\"]\n\n[[figure.key]]\nstep = 1\n\n[[figure.key]]\nstep = 2\nleft = {{ shoulder_flex = 40 }}\ncontacts = [\"seat:chair\", \"feet:floor\", \"{contact}\"]\n"
                ),
            )
        };
        // Sitting tall, a hand cannot rest on the ankle: it floats.
        let (e, figure, frames) = seated("left_hand:left_ankle");
        let found = messages(&e, &figure, &frames);
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("figure.key[1]: the contact left_hand:left_ankle is")),
            "{found:?}"
        );
        // On the knee it rests.
        let (e, figure, frames) = seated("left_hand:left_knee");
        assert_eq!(messages(&e, &figure, &frames), Vec::<String>::new());
    }

    #[test]
    fn a_blink_shown_in_the_eyes_inset_is_the_movement_and_the_head_may_keep_still() {
        let still = |inset: &str, closed: u8| {
            exercise(
                "Close your eyes.",
                &format!(
                    "[figure]\nview = \"side\"\n{inset}contacts = [\"feet:floor\"]\n\n[[figure.key]]\nstep = 1\n\n[[figure.key]]\nstep = 2\nbody = {{ eyes_closed = {closed} }}\n"
                ),
            )
        };
        let (e, figure, frames) = still("inset = \"eyes\"\n", 1);
        assert_eq!(messages(&e, &figure, &frames), Vec::<String>::new());
        // Without the eyes drawn large the closed eyes are too small to be the movement,
        // and with them open throughout nothing moves.
        for (inset, closed) in [("", 1), ("inset = \"eyes\"\n", 0)] {
            let (e, figure, frames) = still(inset, closed);
            let found = messages(&e, &figure, &frames);
            assert!(
                found.iter().any(|m| m.contains("hardly moves")),
                "{inset} {closed}: {found:?}"
            );
        }
    }

    #[test]
    fn a_ghost_that_leans_through_the_wall_of_the_next_keyframe_fails() {
        // The second keyframe stands close to a wall with both hands on it; the first,
        // its ghost, bends forward where that wall stands.
        let (e, figure, frames) = exercise(
            "Hands on the wall.",
            "[figure]\nview = \"side\"\nscene = [\"wall\"]\ncontacts = [\"feet:floor\"]\n\n[[figure.key]]\nstep = 1\nbody = { trunk_flex = 70 }\n\n[[figure.key]]\nstep = 2\nbody = { trunk_flex = 0 }\nleft = { shoulder_flex = 90, elbow = 20 }\nright = { shoulder_flex = 90, elbow = 20 }\ncontacts = [\"feet:floor\", \"hands:wall\"]\n",
        );
        let found = messages(&e, &figure, &frames);
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("figure.key[1]: its ghost passes")
                    && m.ends_with("through the wall")),
            "{found:?}"
        );
    }

    #[test]
    fn a_leg_through_the_seat_fails_and_feet_may_tuck_under_it() {
        let seated = |knee: u32, hip: i32| {
            exercise(
                "Sit.",
                &format!(
                    "[figure]\nview = \"side\"\nscene = [\"chair\"]\nbase = \"sit\"\ncontacts = [\"seat:chair\"]\n\n[[figure.key]]\nstep = 1\n\n[[figure.key]]\nstep = 2\nleft = {{ knee = {knee}, hip_flex = {hip} }}\n"
                ),
            )
        };
        // Feet tucked back under the seat.
        let (e, figure, frames) = seated(130, 90);
        assert_eq!(messages(&e, &figure, &frames), Vec::<String>::new());
        // A thigh swung down and back, through the seat.
        let (e, figure, frames) = seated(0, -20);
        let found = messages(&e, &figure, &frames);
        assert!(
            found.iter().any(|m| m.contains("into the chair")),
            "{found:?}"
        );
    }

    #[test]
    fn the_ghost_of_a_seated_keyframe_sits_on_the_chair_the_next_one_stands_up_from() {
        let (e, figure, frames) = exercise(
            "Stand up.",
            "[figure]\nview = \"side\"\nscene = [\"chair\"]\nbase = \"sit\"\ncontacts = [\"seat:chair\", \"feet:floor\"]\n\n[[figure.key]]\nstep = 1\n\n[[figure.key]]\nstep = 2\nleft = { hip_flex = 0, knee = 0, shoulder_flex = 0, elbow = 0 }\nright = { hip_flex = 0, knee = 0, shoulder_flex = 0, elbow = 0 }\ncontacts = [\"feet:floor\"]\n",
        );
        assert_eq!(messages(&e, &figure, &frames), Vec::<String>::new());
        let standing = rig::place(
            &super::super::posed(&frames[1]),
            &frames[1].contacts,
            &figure.scene,
            &figure.props,
        );
        let ghost = super::super::ghost_placed(&figure, &frames[0], false, &standing);
        let (seat_x, top, _) = standing.scene.chair.expect("a chair");
        let seat = ghost.skeleton.seat;
        assert!((seat[1] - top).abs() < 1.0, "on the seat: {seat:?}");
        assert!(
            seat[0] > seat_x - 5.0 && seat[0] < seat_x + 20.0,
            "on this chair: {seat:?} and {seat_x}"
        );
    }

    #[test]
    fn circles_in_the_text_need_a_round_arrow() {
        let keys = |mark: &str| {
            format!(
                "[figure]\nview = \"side\"\nscene = [\"floor\"]\ncontacts = [\"feet:floor\"]\n\n[[figure.key]]\nstep = 1\n\n[[figure.key]]\nstep = 2\n{mark} = \"left_hand\"\nleft = {{ shoulder_flex = 90 }}\n"
            )
        };
        let (e, figure, frames) = exercise("Draw circles with your hand.", &keys("arrow"));
        let found = messages(&e, &figure, &frames);
        assert!(found.iter().any(|m| m.contains("round arrow")), "{found:?}");
        let (e, figure, frames) = exercise("Draw circles with your hand.", &keys("circle"));
        assert_eq!(messages(&e, &figure, &frames), Vec::<String>::new());
    }
}
