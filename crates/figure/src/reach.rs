//! Hands and forearms that rest on the body (`hands:belly`, `right_hand:left_forearm`,
//! `hands:eyes`): where each spot is on a posed skeleton, how far a part is from it, and a
//! small solver that bends the keyframe's arm, from the angles written, until it rests
//! there. Pure geometry; the check holds every keyframe to the same distance.

use super::rig::{self, HEAD_R, Limbs, Skeleton, TORSO_HALF_DEPTH};
use super::{Contact, Part, Pose, SideJoint, Surface};

type V3 = [f32; 3];

fn sub(a: V3, b: V3) -> V3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn add(a: V3, b: V3) -> V3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn scale(a: V3, k: f32) -> V3 {
    [a[0] * k, a[1] * k, a[2] * k]
}

fn dot(a: V3, b: V3) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn lerp(a: V3, b: V3, t: f32) -> V3 {
    add(a, scale(sub(b, a), t))
}

fn norm(a: V3) -> V3 {
    let n = dot(a, a).sqrt().max(1e-4);
    scale(a, 1.0 / n)
}

/// The distance from `p` to the segment `a`–`b`.
fn to_segment(p: V3, a: V3, b: V3) -> f32 {
    let ab = sub(b, a);
    let t = (dot(sub(p, a), ab) / dot(ab, ab).max(1e-4)).clamp(0.0, 1.0);
    let d = sub(p, lerp(a, b, t));
    dot(d, d).sqrt()
}

/// A spot on the body: its centre, and how far its surface is from it.
pub fn spot(s: &Skeleton, on: Surface, left: bool) -> Option<(V3, f32)> {
    let side = if left { 1.0 } else { -1.0 };
    let limbs = |l: bool| if l { &s.left } else { &s.right };
    let head_fwd = norm(sub(s.face, s.head));
    Some(match on {
        Surface::Belly => (
            add(
                add(s.belly, scale(s.facing, TORSO_HALF_DEPTH)),
                scale(s.leftward, side * 4.0),
            ),
            1.5,
        ),
        Surface::Breastbone => (s.chest_front, 1.5),
        Surface::Knees => (limbs(left).knee, 5.5),
        Surface::LeftKnee => (s.left.knee, 5.5),
        Surface::RightKnee => (s.right.knee, 5.5),
        Surface::Ankles => (limbs(left).ankle, 4.0),
        Surface::LeftAnkle => (s.left.ankle, 4.0),
        Surface::RightAnkle => (s.right.ankle, 4.0),
        Surface::Thighs => (thigh(limbs(left)), 5.5),
        Surface::LeftThigh => (thigh(&s.left), 5.5),
        Surface::RightThigh => (thigh(&s.right), 5.5),
        Surface::BackOfHead => (
            add(
                add(s.head, scale(head_fwd, -HEAD_R * 0.85)),
                scale(s.head_left, side * 4.0),
            ),
            1.5,
        ),
        Surface::Neck => (
            add(
                add(lerp(s.chest, s.neck, 0.8), scale(s.facing, -5.0)),
                scale(s.leftward, side * 3.0),
            ),
            1.5,
        ),
        Surface::Eyes => (
            add(
                add(s.head, scale(head_fwd, HEAD_R + 1.0)),
                add(scale(s.head_left, side * 3.5), [0.0, 1.0, 0.0]),
            ),
            1.5,
        ),
        Surface::LeftForearm => (rig::forearm(&s.left), 3.0),
        Surface::RightForearm => (rig::forearm(&s.right), 3.0),
        Surface::LeftShoulder => (s.left_shoulder_top, 2.0),
        Surface::RightShoulder => (s.right_shoulder_top, 2.0),
        Surface::LowerBack => (
            add(
                lerp(s.pelvis, s.waist, 0.7),
                scale(s.facing, -TORSO_HALF_DEPTH),
            ),
            1.5,
        ),
        Surface::Hips => (
            add(
                add(
                    lerp(s.pelvis, s.waist, 0.3),
                    scale(s.hips_left, side * 14.0),
                ),
                scale(s.facing, -2.0),
            ),
            1.5,
        ),
        Surface::LeftHand => (lerp(s.left.wrist, s.left.hand, 0.5), 2.5),
        Surface::RightHand => (lerp(s.right.wrist, s.right.hand, 0.5), 2.5),
        _ => return None,
    })
}

fn thigh(l: &Limbs) -> V3 {
    lerp(l.hip, l.knee, 0.6)
}

/// The segments of `part` that touch, each with its side: a hand from the wrist to the
/// fingertips, a forearm from elbow to wrist.
fn segments(s: &Skeleton, part: Part) -> Vec<(bool, V3, V3)> {
    let hand = |l: &Limbs| (l.wrist, rig::palm(l));
    let fore = |l: &Limbs| (l.elbow, l.wrist);
    let both = |f: &dyn Fn(&Limbs) -> (V3, V3)| {
        let (a, b) = f(&s.left);
        let (c, d) = f(&s.right);
        vec![(true, a, b), (false, c, d)]
    };
    let one = |left: bool, (a, b): (V3, V3)| vec![(left, a, b)];
    match part {
        Part::Hands => both(&hand),
        Part::LeftHand => one(true, hand(&s.left)),
        Part::RightHand => one(false, hand(&s.right)),
        Part::Forearms => both(&fore),
        Part::LeftForearm => one(true, fore(&s.left)),
        Part::RightForearm => one(false, fore(&s.right)),
        other => s.part(other).into_iter().map(|p| (true, p, p)).collect(),
    }
}

/// How far `c`'s part is from its spot on the body (the worse of two), 0 when it rests
/// on it; `None` for a contact that is not with the body.
pub fn gap_to_body(s: &Skeleton, c: &Contact) -> Option<f32> {
    if !c.surface.on_body() {
        return None;
    }
    let mut worst: f32 = 0.0;
    for (left, a, b) in segments(s, c.part) {
        let (centre, r) = spot(s, c.surface, left)?;
        worst = worst.max((to_segment(centre, a, b) - r).max(0.0));
    }
    Some(worst)
}

const ARM: [SideJoint; 5] = [
    SideJoint::ShoulderFlex,
    SideJoint::ShoulderOut,
    SideJoint::ShoulderTurn,
    SideJoint::Elbow,
    SideJoint::Wrist,
];

/// `pose` (as done) with each arm that rests on the body bent to reach its spots: a
/// coordinate search over the shoulder, elbow and wrist from the angles written, kept out
/// of the trunk and head and close to what the keyframe asked. A seated figure's forearm
/// on a desk reaches the desk's height the same way.
pub fn rest_on_body(pose: &Pose, contacts: &[Contact]) -> Pose {
    // A seated figure's desk stands at its height: the arm on it reaches down or up to it.
    let seated = contacts
        .iter()
        .any(|c| c.surface == Surface::Chair && c.part == Part::Seat);
    let on_body: Vec<&Contact> = contacts
        .iter()
        .filter(|c| c.surface.on_body() || (seated && c.surface == Surface::Desk))
        .collect();
    if on_body.is_empty() {
        return *pose;
    }
    let mut pose = *pose;
    let arm_of = |c: &Contact, left: bool| match c.part {
        Part::Hands | Part::Forearms => true,
        Part::LeftHand | Part::LeftForearm => left,
        Part::RightHand | Part::RightForearm => !left,
        _ => false,
    };
    // Twice round, so that a hand on the other forearm finds it where it ends up.
    for _ in 0..2 {
        for left in [true, false] {
            let mine: Vec<&Contact> = on_body
                .iter()
                .copied()
                .filter(|c| arm_of(c, left))
                .collect();
            if !mine.is_empty() {
                pose = solve_arm(&pose, left, &mine);
            }
        }
    }
    pose
}

fn solve_arm(start: &Pose, left: bool, goals: &[&Contact]) -> Pose {
    let written = *start;
    let cost = |p: &Pose| -> f32 {
        let s = Skeleton::pose(p);
        let l = if left { &s.left } else { &s.right };
        let mut c = 0.0;
        // The desk's top, in the unplaced skeleton's heights (the seat sits at SEAT_H).
        let desk_top = rig::DESK_H - (rig::SEAT_H - s.seat[1]);
        for g in goals {
            if g.surface == Surface::Desk {
                for (side, a, b) in segments(&s, g.part) {
                    if side == left {
                        // Where the check measures: the forearm's middle, or the hand.
                        let low = lerp(a, b, 0.5)[1] - 3.0;
                        c += (low - rig::gap(g.via) - 3.0 - desk_top).abs();
                        // Resting on it: level, not propped up on the wrist or elbow.
                        c += 0.5 * (a[1] - b[1]).abs();
                    }
                }
                continue;
            }
            for (side, a, b) in segments(&s, g.part) {
                if side != left {
                    continue;
                }
                if let Some((centre, r)) = spot(&s, g.surface, side) {
                    let d = to_segment(centre, a, b) - r;
                    c += d.max(0.0) + (-d - 2.0).max(0.0);
                }
            }
        }
        // Not through the trunk or the head.
        for q in [
            lerp(l.elbow, l.wrist, 0.5),
            l.wrist,
            lerp(l.wrist, l.hand, 0.5),
            l.elbow,
        ] {
            let trunk = to_segment(q, s.pelvis, s.waist).min(to_segment(q, s.waist, s.chest));
            c += (TORSO_HALF_DEPTH - 3.0 - trunk).max(0.0);
            let head = to_segment(q, s.head, s.head);
            c += (HEAD_R - 2.5 - head).max(0.0);
        }
        // Close to the angles written: 20 degrees away costs about 0.4 cm.
        // The wrist keeps its angle most: it says which way the fingers point.
        for j in ARM {
            let d = p.side(left, j) - written.side(left, j);
            let k = if j == SideJoint::Wrist { 0.01 } else { 0.001 };
            c += k * d * d;
        }
        c
    };
    let mut pose = *start;
    let mut best = cost(&pose);
    let mut step = 16.0;
    let mut rounds = 0;
    while step > 0.2 && rounds < 600 {
        rounds += 1;
        let mut better = false;
        for j in ARM {
            let (_, lo, hi) = j.spec();
            for d in [step, -step] {
                let mut q = pose;
                let side = if left { &mut q.left } else { &mut q.right };
                side[j as usize] = (side[j as usize] + d).clamp(lo, hi);
                let c = cost(&q);
                if c < best - 1e-4 {
                    (pose, best) = (q, c);
                    better = true;
                }
            }
        }
        if !better {
            step /= 2.0;
        }
    }
    pose
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Base;

    #[test]
    fn a_hand_written_near_the_belly_comes_to_rest_on_it() {
        let mut p = Base::Sit.pose();
        p.left[SideJoint::ShoulderFlex as usize] = 10.0;
        p.left[SideJoint::Elbow as usize] = 100.0;
        let c = super::super::parse_contact("left_hand:belly").expect("a contact");
        let before = gap_to_body(&Skeleton::pose(&p), &c).expect("on the body");
        let after = rest_on_body(&p, &[c]);
        let gap = gap_to_body(&Skeleton::pose(&after), &c).expect("on the body");
        assert!(before > 5.0, "it starts off the belly: {before}");
        assert!(gap < 1.0, "it rests on it: {gap}");
        // The other arm is as written.
        assert_eq!(after.right, p.right);
    }
}
