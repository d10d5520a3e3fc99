//! Motion in time with the steps: which pose shows a given moment into a step. A step's
//! keyframes loop while it runs, each held for its `hold` and eased into the next over
//! [`MOVE`]; a new step eases in from where the last one ended; a step without keyframes
//! keeps the last pose. A keyframe done with the other side switches at once: that is the
//! "now the other side" moment the window marks.

use super::{Contact, Frame, Pose};

/// Seconds a move from one keyframe to the next takes.
pub const MOVE: f32 = 1.2;
/// Seconds "the other side" stays marked after the switch.
pub const SWITCH_MARK: f32 = 2.5;

/// What shows at a moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown<'a> {
    pub pose: Pose,
    pub contacts: &'a [Contact],
    /// Seen (and done) with the other side.
    pub mirror: bool,
    /// Where the current movement started, drawn faintly.
    pub ghost: Option<&'a Frame>,
    /// Between two keyframes: the window repaints smoothly.
    pub moving: bool,
    /// Just switched to the other side.
    pub switched: bool,
    /// The line of sight (cm; 0 none), of the keyframe moved to.
    pub look: f32,
    /// The breath's arrow, of the keyframe moved to.
    pub breath: Option<super::Breath>,
    /// The part the motion arrow follows, of the keyframe moved to.
    pub arrow: Option<super::marks::Arrow>,
    /// The hand's close-up, eased between keyframes.
    pub hand: Option<super::rig::Hand>,
}

/// Eases in and out (smoothstep).
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The keyframe the figure stands at when `step` begins: the last one of an earlier step
/// (the first keyframe of all before any).
fn entering(frames: &[Frame], step: usize) -> &Frame {
    frames
        .iter()
        .rev()
        .find(|f| f.step < step)
        .unwrap_or(&frames[0])
}

/// The figure `secs` seconds into `step` (0-based).
pub fn at(frames: &[Frame], step: usize, secs: f32) -> Shown<'_> {
    let keys: Vec<&Frame> = frames.iter().filter(|f| f.step == step).collect();
    let from = entering(frames, step);
    if keys.is_empty() {
        return still(from, None, false);
    }
    // The way in, then the loop of this step's keyframes.
    let mut legs: Vec<(&Frame, &Frame)> = vec![(from, keys[0])];
    let looped = keys.len() > 1;
    if looped {
        for pair in keys.windows(2) {
            legs.push((pair[0], pair[1]));
        }
    }
    let switched_in = from.mirror != keys[0].mirror && secs < SWITCH_MARK;
    let cycle: f32 = keys.iter().map(|k| k.hold).sum::<f32>() + MOVE * keys.len() as f32;
    if looped && cycle < 0.05 {
        return still(keys[0], None, switched_in);
    }
    let mut t = secs.max(0.0);
    let mut first = true;
    loop {
        for &(a, b) in &legs {
            let moves = a != b && a.mirror == b.mirror;
            let travel = if moves { MOVE } else { 0.0 };
            if t < travel {
                let k = ease(t / travel);
                return Shown {
                    pose: a.pose.lerp(&b.pose, k),
                    contacts: if k < 0.5 { &a.contacts } else { &b.contacts },
                    mirror: b.mirror,
                    ghost: Some(a),
                    moving: true,
                    switched: switched_in,
                    look: b.look,
                    breath: b.breath,
                    arrow: b.arrow,
                    hand: eased_hand(a.hand, b.hand, k),
                };
            }
            t -= travel;
            if t < b.hold || (!looped && first) {
                let ghost = (moves && looped).then_some(a);
                return still(b, ghost, switched_in);
            }
            t -= b.hold;
        }
        first = false;
        // Around again: from the last keyframe back to the first.
        legs = vec![(keys[keys.len() - 1], keys[0])];
        for pair in keys.windows(2) {
            legs.push((pair[0], pair[1]));
        }
        if !looped {
            return still(keys[0], None, false);
        }
    }
}

fn still<'a>(f: &'a Frame, ghost: Option<&'a Frame>, switched: bool) -> Shown<'a> {
    Shown {
        pose: f.pose,
        contacts: &f.contacts,
        mirror: f.mirror,
        ghost,
        moving: false,
        switched,
        look: f.look,
        breath: f.breath,
        arrow: f.arrow,
        hand: f.hand,
    }
}

/// The close-up between two keyframes: the curl and the pressing thumb move too.
fn eased_hand(
    a: Option<super::rig::Hand>,
    b: Option<super::rig::Hand>,
    k: f32,
) -> Option<super::rig::Hand> {
    match (a, b) {
        (Some(a), Some(b)) => Some(super::rig::Hand {
            curl: a.curl + (b.curl - a.curl) * k,
            press: match (a.press, b.press) {
                (Some(p), Some(q)) => Some(p + (q - p) * k),
                (_, q) => q,
            },
            bend: match (a.bend, b.bend) {
                (Some(p), Some(q)) => Some(p + (q - p) * k),
                (_, q) => q,
            },
            finger: match (a.finger, b.finger) {
                (Some(p), Some(q)) => Some([0, 1, 2].map(|i| p[i] + (q[i] - p[i]) * k)),
                (_, q) => q,
            },
            circling: b.circling,
        }),
        (_, b) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SideJoint;

    fn frame(step: usize, elbow: f32, mirror: bool) -> Frame {
        let mut pose = Pose::default();
        pose.right[SideJoint::Elbow as usize] = elbow;
        Frame {
            step,
            pose,
            contacts: Vec::new(),
            mirror,
            hold: 1.0,
            look: 0.0,
            breath: None,
            arrow: None,
            hand: None,
        }
    }

    fn elbow(s: &Shown) -> f32 {
        s.pose.right[SideJoint::Elbow as usize]
    }

    #[test]
    fn a_step_eases_in_then_its_keyframes_loop() {
        let frames = [
            frame(0, 0.0, false),
            frame(1, 90.0, false),
            frame(1, 30.0, false),
        ];
        // Step 1 starts at 0 (the end of step 0) and moves to 90 over MOVE.
        let s = at(&frames, 1, 0.0);
        assert_eq!((elbow(&s), s.moving), (0.0, true));
        let half = at(&frames, 1, MOVE / 2.0);
        assert!((elbow(&half) - 45.0).abs() < 0.1, "{}", elbow(&half));
        let held = at(&frames, 1, MOVE + 0.5);
        assert_eq!((elbow(&held), held.moving), (90.0, false));
        // Then to 30, and around again to 90.
        let down = at(&frames, 1, 2.0 * MOVE + 1.0 + 0.5);
        assert_eq!(elbow(&down), 30.0);
        let again = at(&frames, 1, 3.0 * MOVE + 2.0 + 0.5);
        assert_eq!(elbow(&again), 90.0);
    }

    #[test]
    fn the_other_side_switches_at_once_and_is_marked() {
        let frames = [frame(0, 90.0, false), frame(1, 90.0, true)];
        let s = at(&frames, 1, 0.1);
        assert!(s.mirror && s.switched && !s.moving);
        assert!(!at(&frames, 1, SWITCH_MARK + 0.1).switched);
        // A step without keyframes keeps the last pose.
        let frames = [frame(0, 40.0, false), frame(0, 80.0, false)];
        assert_eq!(elbow(&at(&frames, 1, 3.0)), 80.0);
    }
}
