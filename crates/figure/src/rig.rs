//! From joint angles to a drawing: a small 3-D skeleton (x forward, y up, z to the figure's
//! left, in centimetres of a 172 cm figure), placed so that its contacts touch (feet on the
//! floor, seat on the chair, back against the wall, a ball pressed between), seen from the
//! figure's view and turned into [`Shape`]s, far parts first. Pure: no drawing library.

use super::scenery::{prop_shapes, scene_shapes, warmth};
use super::{BodyJoint, Contact, Part, Pose, Prop, SideJoint, Surface, View};

pub use super::closeup::{Hand, hand_closeup};

/// Segment lengths and radii (cm).
pub const LOWER_SPINE: f32 = 24.0;
pub const UPPER_SPINE: f32 = 28.0;
pub const NECK: f32 = 9.0;
pub const HEAD_R: f32 = 10.0;
pub const SHOULDER_HALF: f32 = 17.0;
pub const HIP_HALF: f32 = 9.0;
pub const UPPER_ARM: f32 = 30.0;
pub const FOREARM: f32 = 26.0;
pub const HAND: f32 = 9.0;
pub const THIGH: f32 = 43.0;
pub const SHIN: f32 = 42.0;
/// The ankle joint above the sole.
pub const ANKLE_H: f32 = 6.0;
pub const FOOT: f32 = 18.0;
/// Front to back of the chest, and of the pelvis, halved.
pub const TORSO_HALF_DEPTH: f32 = 10.0;
/// The hip joint above the seat.
pub const SEAT_DROP: f32 = 5.0;
/// A chair seat's height: a seated 90/90 pose reaches the floor from it.
pub const SEAT_H: f32 = SHIN + ANKLE_H - SEAT_DROP;
/// A desk's top for the seated figure: at its elbows' height, as a desk should be set (a
/// 172 cm figure on a 43 cm seat).
pub const DESK_H: f32 = 66.0;
pub const STEP_H: f32 = 17.0;
pub const BALL_R: f32 = 3.4;
pub const ROLLER_R: f32 = 7.5;
/// The standing figure's height, head to sole.
pub const HEIGHT: f32 = THIGH + SHIN + ANKLE_H + LOWER_SPINE + UPPER_SPINE + NECK + 2.0 * HEAD_R;

type V3 = [f32; 3];

fn add(a: V3, b: V3) -> V3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn scale(a: V3, k: f32) -> V3 {
    [a[0] * k, a[1] * k, a[2] * k]
}

pub(crate) fn lerp3(a: V3, b: V3, t: f32) -> V3 {
    add(a, scale(add(b, scale(a, -1.0)), t))
}

/// A rotation as a 3×3 matrix (rows).
#[derive(Debug, Clone, Copy)]
struct Rot([[f32; 3]; 3]);

impl Rot {
    fn x(deg: f32) -> Rot {
        let (s, c) = deg.to_radians().sin_cos();
        Rot([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]])
    }

    fn y(deg: f32) -> Rot {
        let (s, c) = deg.to_radians().sin_cos();
        Rot([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]])
    }

    fn z(deg: f32) -> Rot {
        let (s, c) = deg.to_radians().sin_cos();
        Rot([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    }

    fn then(self, inner: Rot) -> Rot {
        let (a, b) = (self.0, inner.0);
        let mut m = [[0.0; 3]; 3];
        for (i, row) in m.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().enumerate() {
                *cell = (0..3).map(|k| a[i][k] * b[k][j]).sum();
            }
        }
        Rot(m)
    }

    fn apply(self, v: V3) -> V3 {
        let m = self.0;
        [
            m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
        ]
    }
}

const UP: V3 = [0.0, 1.0, 0.0];
const DOWN: V3 = [0.0, -1.0, 0.0];
const FORWARD: V3 = [1.0, 0.0, 0.0];

/// One side's limb points.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Limbs {
    pub shoulder: V3,
    pub elbow: V3,
    pub wrist: V3,
    pub hand: V3,
    pub hip: V3,
    pub knee: V3,
    pub ankle: V3,
    pub heel: V3,
    pub toe: V3,
    /// The back of the calf, halfway down the shin.
    pub calf: V3,
}

/// The skeleton's points in the world (cm), after placement.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Skeleton {
    pub pelvis: V3,
    pub waist: V3,
    pub chest: V3,
    pub neck: V3,
    pub head: V3,
    /// Where the face points: a point just inside the head, towards the face.
    pub face: V3,
    pub left: Limbs,
    pub right: Limbs,
    /// Body-surface points contacts use.
    pub seat: V3,
    pub glutes: V3,
    pub upper_back: V3,
    pub back: V3,
    pub chest_front: V3,
    pub back_of_head: V3,
    pub left_shoulder_top: V3,
    pub right_shoulder_top: V3,
    /// Which way the chest faces, and the chest's left, as unit vectors.
    pub facing: V3,
    pub leftward: V3,
    /// The head's left, and the pelvis's (for the view from above).
    pub head_left: V3,
    pub hips_left: V3,
    pub eyes_closed: bool,
    /// The middle of the belly, inside the trunk: pushed forward by a belly breath.
    pub belly: V3,
}

/// How far a full belly breath pushes the belly out (cm).
pub const BELLY_OUT: f32 = 7.0;

impl Skeleton {
    /// The pose's skeleton with the pelvis at the origin.
    pub fn pose(p: &Pose) -> Skeleton {
        let root = Rot::z(p.get(BodyJoint::Tilt));
        // A pelvis tucked under tips the lower spine back; the chest turns back as much,
        // so that only the pelvis and the small of the back move.
        let tuck = p.get(BodyJoint::PelvisTilt);
        let lower = root
            .then(Rot::y(-p.get(BodyJoint::TrunkTurn) * 0.5))
            .then(Rot::z(-p.get(BodyJoint::TrunkFlex) + tuck))
            .then(Rot::x(p.get(BodyJoint::TrunkSide)));
        let upper = lower
            .then(Rot::y(-p.get(BodyJoint::TrunkTurn) * 0.5))
            .then(Rot::z(-p.get(BodyJoint::ChestFlex) - tuck))
            .then(Rot::x(p.get(BodyJoint::ChestSide)));
        let head_rot = upper
            .then(Rot::y(-p.get(BodyJoint::NeckTurn)))
            .then(Rot::z(-p.get(BodyJoint::NeckFlex)))
            .then(Rot::x(p.get(BodyJoint::NeckSide)));
        let pelvis = [0.0, 0.0, 0.0];
        let waist = add(pelvis, lower.apply(scale(UP, LOWER_SPINE)));
        let chest = add(waist, upper.apply(scale(UP, UPPER_SPINE)));
        // A chin tuck glides the head straight back along the chest's forward axis.
        let glide = upper.apply(scale(FORWARD, -p.get(BodyJoint::NeckGlide)));
        let neck = add(add(chest, head_rot.apply(scale(UP, NECK))), glide);
        let head = add(neck, head_rot.apply(scale(UP, HEAD_R)));
        let face = add(head, head_rot.apply(scale(FORWARD, HEAD_R * 0.62)));
        let limbs = |left: bool| -> Limbs {
            let s = if left { 1.0 } else { -1.0 };
            let j = |joint| p.side(left, joint);
            let shoulder = add(
                chest,
                upper.apply([
                    j(SideJoint::ShoulderGlide),
                    -2.0 + j(SideJoint::Shrug),
                    s * SHOULDER_HALF,
                ]),
            );
            let arm = upper
                .then(Rot::z(j(SideJoint::ShoulderFlex)))
                .then(Rot::x(-s * j(SideJoint::ShoulderOut)))
                .then(Rot::y(-s * j(SideJoint::ShoulderTurn)));
            let elbow = add(shoulder, arm.apply(scale(DOWN, UPPER_ARM)));
            let fore = arm.then(Rot::z(j(SideJoint::Elbow)));
            let wrist = add(elbow, fore.apply(scale(DOWN, FOREARM)));
            let hand = add(
                wrist,
                fore.then(Rot::z(j(SideJoint::Wrist)))
                    .apply(scale(DOWN, HAND)),
            );
            let hip = add(pelvis, root.apply([0.0, 0.0, s * HIP_HALF]));
            let thigh = root
                .then(Rot::z(j(SideJoint::HipFlex)))
                .then(Rot::x(-s * j(SideJoint::HipOut)))
                .then(Rot::y(-s * j(SideJoint::HipTurn)));
            let knee = add(hip, thigh.apply(scale(DOWN, THIGH)));
            let shin = thigh.then(Rot::z(-j(SideJoint::Knee)));
            let ankle = add(knee, shin.apply(scale(DOWN, SHIN)));
            let foot = shin.then(Rot::z(90.0 - j(SideJoint::Ankle)));
            let sole = shin.apply(scale(DOWN, ANKLE_H));
            let heel = add(add(ankle, sole), foot.apply(scale(DOWN, -3.0)));
            let toe = add(add(ankle, sole), foot.apply(scale(DOWN, FOOT - 3.0)));
            let along = calf_along(p.get(BodyJoint::RollAlong));
            let calf = add(lerp3(knee, ankle, along), shin.apply(scale(FORWARD, -4.5)));
            Limbs {
                shoulder,
                elbow,
                wrist,
                hand,
                hip,
                knee,
                ankle,
                heel,
                toe,
                calf,
            }
        };
        let back_dir = upper.apply(scale(FORWARD, -TORSO_HALF_DEPTH));
        let right = limbs(false);
        let left_limbs = limbs(true);
        Skeleton {
            pelvis,
            waist,
            chest,
            neck,
            head,
            face,
            left: left_limbs,
            right,
            seat: add(pelvis, root.apply([-2.0, -SEAT_DROP, 0.0])),
            glutes: add(pelvis, root.apply([-TORSO_HALF_DEPTH - 1.0, -2.0, 0.0])),
            upper_back: add(lerp3(waist, chest, 0.55), back_dir),
            back: add(
                lerp3(pelvis, chest, 0.45),
                lower.apply(scale(FORWARD, -TORSO_HALF_DEPTH)),
            ),
            chest_front: add(
                lerp3(waist, chest, 0.6),
                upper.apply(scale(FORWARD, TORSO_HALF_DEPTH)),
            ),
            back_of_head: add(head, head_rot.apply(scale(FORWARD, -HEAD_R))),
            left_shoulder_top: add(
                lerp3(chest, left_limbs.shoulder, 0.45),
                upper.apply([-6.0, 3.0, 0.0]),
            ),
            right_shoulder_top: add(
                lerp3(chest, right.shoulder, 0.45),
                upper.apply([-6.0, 3.0, 0.0]),
            ),
            facing: upper.apply(FORWARD),
            leftward: upper.apply([0.0, 0.0, 1.0]),
            head_left: head_rot.apply([0.0, 0.0, 1.0]),
            hips_left: lower.apply([0.0, 0.0, 1.0]),
            eyes_closed: p.get(BodyJoint::EyesClosed) >= 0.5,
            belly: add(
                lerp3(pelvis, waist, 0.8),
                lower.apply(scale(FORWARD, BELLY_OUT * p.get(BodyJoint::BellyOut))),
            ),
        }
    }

    /// Moved `dx` along the floor.
    pub fn shift(&mut self, dx: f32) {
        self.translate([dx, 0.0, 0.0]);
    }

    /// Moved by `d`.
    pub fn translate(&mut self, d: V3) {
        self.each_point(|p| *p = add(*p, d));
    }

    fn each_point(&mut self, mut f: impl FnMut(&mut V3)) {
        for p in [
            &mut self.pelvis,
            &mut self.waist,
            &mut self.chest,
            &mut self.neck,
            &mut self.head,
            &mut self.face,
            &mut self.seat,
            &mut self.glutes,
            &mut self.upper_back,
            &mut self.back,
            &mut self.chest_front,
            &mut self.back_of_head,
            &mut self.left_shoulder_top,
            &mut self.right_shoulder_top,
            &mut self.belly,
        ] {
            f(p);
        }
        for limbs in [&mut self.left, &mut self.right] {
            for p in [
                &mut limbs.shoulder,
                &mut limbs.elbow,
                &mut limbs.wrist,
                &mut limbs.hand,
                &mut limbs.hip,
                &mut limbs.knee,
                &mut limbs.ankle,
                &mut limbs.heel,
                &mut limbs.toe,
                &mut limbs.calf,
            ] {
                f(p);
            }
        }
    }

    /// Every point of the body's outline that must stay clear of the floor and walls, with
    /// the half-thickness drawn there.
    pub fn outline(&self) -> Vec<(V3, f32)> {
        let mut points = vec![
            (self.pelvis, TORSO_HALF_DEPTH),
            (self.waist, TORSO_HALF_DEPTH),
            (self.chest, TORSO_HALF_DEPTH),
            (self.head, HEAD_R),
        ];
        for l in [&self.left, &self.right] {
            points.extend([
                (l.elbow, 3.5),
                (l.wrist, 3.0),
                (l.hand, 2.5),
                (l.knee, 5.0),
                (l.ankle, 4.0),
                (l.heel, 0.5),
                (l.toe, 0.5),
            ]);
        }
        points
    }

    /// The surface point(s) of `part` (both feet, both hands…).
    pub fn part(&self, part: Part) -> Vec<V3> {
        let feet = |l: &Limbs| vec![l.heel, l.toe];
        match part {
            Part::Feet => [feet(&self.left), feet(&self.right)].concat(),
            Part::LeftFoot => feet(&self.left),
            Part::RightFoot => feet(&self.right),
            Part::Seat => vec![self.seat],
            Part::Glutes => vec![self.glutes],
            Part::UpperBack => vec![self.upper_back],
            Part::Back => vec![self.back],
            Part::Head => vec![self.back_of_head],
            Part::Hands => vec![palm(&self.left), palm(&self.right)],
            Part::LeftHand => vec![palm(&self.left)],
            Part::RightHand => vec![palm(&self.right)],
            Part::Forearms => vec![forearm(&self.left), forearm(&self.right)],
            Part::LeftForearm => vec![forearm(&self.left)],
            Part::RightForearm => vec![forearm(&self.right)],
            Part::LeftShoulder => vec![self.left_shoulder_top],
            Part::RightShoulder => vec![self.right_shoulder_top],
            Part::Chest => vec![self.chest_front],
            Part::Calves => vec![self.left.calf, self.right.calf],
            Part::Knees => vec![self.left.knee, self.right.knee],
        }
    }
}

/// How far down the shin from the knee the calf's touching point lies, for `roll_along`
/// from -1 (just below the knee) through 0 (the calf) to 1 (near the ankle).
fn calf_along(roll: f32) -> f32 {
    0.4 + 0.35 * roll
}

/// Where a hand touches: its fingertips end.
pub fn palm(l: &Limbs) -> V3 {
    l.hand
}

pub fn forearm(l: &Limbs) -> V3 {
    add(lerp3(l.elbow, l.wrist, 0.5), [0.0, -3.0, 0.0])
}

/// How far a prop holds a part off its surface.
pub fn gap(via: Option<Prop>) -> f32 {
    match via {
        Some(Prop::Ball) => 2.0 * BALL_R,
        Some(Prop::Roller) => 2.0 * ROLLER_R,
        Some(Prop::Pack | Prop::ColdPack) => PACK_THICK,
        Some(Prop::RollerAlong) => 2.0 * ROLLER_R,
        _ => 0.0,
    }
}

/// How far above the floor a part's contact point sits when it lies on the floor: soles,
/// and the back, head or seat of a lying or sitting figure, are surface points already;
/// hands, knees and the rest are drawn with their thickness.
pub fn floor_thickness(part: Part) -> f32 {
    match part {
        Part::Feet | Part::LeftFoot | Part::RightFoot => 0.0,
        Part::Seat | Part::Glutes | Part::Back | Part::UpperBack | Part::Head => 0.0,
        _ => 3.0,
    }
}

/// A warm or cold pack's thickness, and its length along the body.
pub const PACK_THICK: f32 = 4.0;
pub const PACK_LONG: f32 = 16.0;

/// Where a scene's surfaces are, once the figure is placed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// The floor is y = 0 when there is one.
    pub floor: bool,
    /// The chair's seat front-back centre and top, and its backrest's x.
    pub chair: Option<(f32, f32, f32)>,
    /// A wall's plane x and which side the figure is on (+1: the figure in front, at
    /// larger x).
    pub wall: Option<(f32, f32)>,
    pub desk: Option<(f32, f32)>,
    pub doorway: Option<V3>,
    pub stairs: Option<(f32, f32)>,
    /// Props where they are: balls and rollers (centre, radius), the pack, the glass.
    pub balls: Vec<(V3, f32)>,
    pub rollers: Vec<(V3, f32)>,
    pub strap: Option<(V3, V3)>,
    /// The pack, as the two ends of a pad lying along the body, and whether it is cold.
    pub pack: Option<(V3, V3)>,
    pub cold: bool,
    /// A roller lying lengthwise: its two ends.
    pub roller_along: Option<(V3, V3)>,
    pub glass: Option<V3>,
    pub phone: Option<V3>,
    /// A monitor's centre and half height.
    pub screen: Option<(V3, f32)>,
    /// A window's wall, where it stands ahead of the figure.
    pub window: Option<f32>,
    /// A counter with a tap: its near edge.
    pub tap: Option<f32>,
    /// Something to eat, in a hand.
    pub apple: Option<V3>,
}

impl Placed {
    /// The figure moved `dx` along the floor (the ghost of a keyframe, set into the scene
    /// of the next; a ghost's scene is not drawn).
    pub fn shift(&mut self, dx: f32) {
        self.skeleton.shift(dx);
    }
}

/// A posed, placed figure in its scene.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub skeleton: Skeleton,
    pub scene: Scene,
}

/// Places `pose`: down onto its seat or floor contact (or the lowest point onto the floor),
/// then the surfaces and props where its contacts say.
pub fn place(pose: &Pose, contacts: &[Contact], surfaces: &[Surface], props: &[Prop]) -> Placed {
    let pose = reach_floor(pose, contacts, surfaces, props);
    place_as_posed(&pose, contacts, surfaces, props)
}

/// Feet that should stand on the floor but are placed by another contact (the seat, the
/// back, a ball or roller): each such leg's knee bends or straightens, within its range, so
/// that its foot lands on the floor (or on the ball under it). The other joints stay as the
/// keyframe has them.
fn reach_floor(pose: &Pose, contacts: &[Contact], surfaces: &[Surface], props: &[Prop]) -> Pose {
    let placing = contacts
        .iter()
        .find(|c| c.surface == Surface::Chair && c.part == Part::Seat)
        .or_else(|| contacts.iter().find(|c| c.surface == Surface::Floor));
    let mut pose = *pose;
    for c in contacts {
        if c.surface != Surface::Floor {
            continue;
        }
        // Both feet placing the figure: the lower one stands, the other reaches down.
        let higher_leg = || {
            let s = Skeleton::pose(&pose);
            let low = |l: &Limbs| l.heel[1].min(l.toe[1]);
            [low(&s.left) > low(&s.right)]
        };
        let legs: Vec<bool> = match c.part {
            Part::Feet if Some(c) == placing => higher_leg().to_vec(),
            _ if Some(c) == placing => continue,
            Part::Feet => vec![true, false],
            Part::LeftFoot => vec![true],
            Part::RightFoot => vec![false],
            _ => continue,
        };
        for (left, joint) in legs
            .into_iter()
            .flat_map(|l| [(l, SideJoint::Knee), (l, SideJoint::Ankle)])
        {
            let miss = |angle: f32| {
                let mut p = pose;
                let j = joint as usize;
                if left {
                    p.left[j] = angle;
                } else {
                    p.right[j] = angle;
                }
                let placed = place_as_posed(&p, contacts, surfaces, props);
                let l = if left {
                    placed.skeleton.left
                } else {
                    placed.skeleton.right
                };
                (l.heel[1].min(l.toe[1]) - gap(c.via)).abs()
            };
            // The best angle on a coarse sweep, then refined around it: the knee first,
            // then the ankle for what is left.
            let (_, lo, hi) = joint.spec();
            let mut best = pose.side(left, joint);
            let mut best_miss = miss(best);
            let mut step = 5.0;
            let mut knee = lo;
            while knee <= hi {
                let m = miss(knee);
                if m < best_miss - 0.01 {
                    (best, best_miss) = (knee, m);
                }
                knee += step;
            }
            for _ in 0..8 {
                step /= 2.0;
                for k in [best - step, best + step] {
                    let k = k.clamp(lo, hi);
                    let m = miss(k);
                    if m < best_miss {
                        (best, best_miss) = (k, m);
                    }
                }
            }
            let j = joint as usize;
            if left {
                pose.left[j] = best;
            } else {
                pose.right[j] = best;
            }
        }
    }
    pose
}

fn place_as_posed(
    pose: &Pose,
    contacts: &[Contact],
    surfaces: &[Surface],
    props: &[Prop],
) -> Placed {
    let mut s = Skeleton::pose(pose);
    let seat = contacts
        .iter()
        .find(|c| c.surface == Surface::Chair && c.part == Part::Seat);
    let floor = contacts.iter().find(|c| c.surface == Surface::Floor);
    let stairs = contacts.iter().find(|c| c.surface == Surface::Stairs);
    let lowest = |points: &[V3]| points.iter().map(|p| p[1]).fold(f32::MAX, f32::min);
    let dy = if seat.is_some() {
        SEAT_H - s.seat[1]
    } else if let Some(c) = floor {
        gap(c.via) + floor_thickness(c.part) - lowest(&s.part(c.part))
    } else if let Some(c) = stairs {
        // Nothing on the floor: up on the flight, that foot standing on the first step.
        STEP_H - lowest(&s.part(c.part))
    } else {
        let outline = s.outline();
        -outline
            .iter()
            .map(|(p, r)| p[1] - r)
            .fold(f32::MAX, f32::min)
    };
    s.each_point(|p| p[1] += dy);
    let roll = pose.get(BodyJoint::RollAlong);
    if roll != 0.0 {
        // The roller stays where it lies on the floor and the body slides over it: the
        // body moves back by as far as the touching point moved along the shin.
        let l = &s.left;
        let at = |t: f32| lerp3(l.knee, l.ankle, t)[0];
        let dx = at(calf_along(0.0)) - at(calf_along(roll));
        s.each_point(|p| p[0] += dx);
    }
    let mut scene = Scene {
        floor: surfaces.contains(&Surface::Floor)
            || surfaces.contains(&Surface::Chair)
            || floor.is_some(),
        ..Scene::default()
    };
    if surfaces.contains(&Surface::Chair) {
        // The backrest where the back leans on it (through a ball, maybe), else behind.
        let mut seat_x = s.seat[0] - 2.0;
        let leaning = contacts
            .iter()
            .any(|c| c.surface == Surface::Chair && c.part != Part::Seat);
        if seat.is_some() && !leaning {
            // Sitting at the front edge with a leg reaching down ahead: the seat ends
            // where the thigh leaves it.
            let bottom = |p: V3| p[1] - 3.3;
            for l in [&s.left, &s.right] {
                let (hip, knee) = (l.hip, l.knee);
                if bottom(knee) < SEAT_H && bottom(hip) > SEAT_H && knee[0] > hip[0] {
                    let t = (bottom(hip) - SEAT_H) / (hip[1] - knee[1]);
                    seat_x = seat_x.min(hip[0] + t * (knee[0] - hip[0]) - 18.0);
                }
            }
        }
        let backrest = contacts
            .iter()
            .find(|c| c.surface == Surface::Chair && c.part != Part::Seat)
            .and_then(|c| s.part(c.part).first().map(|p| p[0] - gap(c.via)))
            .unwrap_or(seat_x - 20.0);
        // Not sitting on it: the chair stands behind the figure.
        let behind = if seat.is_some() { 0.0 } else { -45.0 };
        scene.chair = Some((seat_x + behind, SEAT_H, backrest + behind));
    }
    for c in contacts {
        let points = s.part(c.part);
        let Some(&first) = points.first() else {
            continue;
        };
        let centre = points.iter().fold([0.0; 3], |acc, p| {
            add(acc, scale(*p, 1.0 / points.len() as f32))
        });
        match c.surface {
            Surface::Wall if scene.wall.is_none() => {
                // Back parts lean on a wall behind; hands, forearms and chest on one in front.
                let behind = matches!(
                    c.part,
                    Part::Back
                        | Part::UpperBack
                        | Part::Glutes
                        | Part::Head
                        | Part::LeftShoulder
                        | Part::RightShoulder
                );
                let side = if behind { 1.0 } else { -1.0 };
                let at = centre[0] - side * gap(c.via);
                scene.wall = Some((at, side));
                if let Some(prop) = c.via {
                    let r = gap(Some(prop)) / 2.0;
                    let ball = [centre[0] - side * r, centre[1], centre[2]];
                    push_prop(&mut scene, prop, ball, r);
                }
            }
            Surface::Floor => {
                if let Some(prop) = c.via {
                    let r = gap(Some(prop)) / 2.0;
                    push_prop(&mut scene, prop, [centre[0], r, centre[2]], r);
                }
            }
            Surface::Chair if c.part == Part::Back || c.part == Part::UpperBack => {
                let r = gap(c.via) / 2.0;
                if let Some(prop) = c.via {
                    push_prop(&mut scene, prop, [first[0] - r, first[1], first[2]], r);
                }
            }
            Surface::Desk => {
                let r = gap(c.via) / 2.0;
                // At a desk on a chair, the desk stands where a desk stands, at its
                // height (the arm reaches it); standing, it is where the hands are.
                scene.desk = Some(if seat.is_some() {
                    (s.seat[0] + 45.0, DESK_H)
                } else {
                    (centre[0], lowest(&points) - 2.0 * r - 3.0)
                });
                if let Some(prop) = c.via {
                    push_prop(
                        &mut scene,
                        prop,
                        [centre[0], centre[1] - 3.0 - r, centre[2]],
                        r,
                    );
                }
            }
            Surface::Doorway => scene.doorway = Some(centre),
            Surface::Stairs => scene.stairs = Some((centre[0], lowest(&points))),
            // Spots on the body, and a screen, place nothing.
            _ => {}
        }
    }
    if surfaces.contains(&Surface::Stairs) && scene.stairs.is_none() {
        // No foot on it yet: the first step just ahead of the toes.
        let toes = s.left.toe[0].max(s.right.toe[0]);
        scene.stairs = Some((toes + 18.0, STEP_H));
    }
    if surfaces.contains(&Surface::Screen) {
        // A desk in front, and a monitor on it an arm's length away, its top at eye level.
        let eye = s.face;
        let seated = if seat.is_some() {
            s.seat[0] + 45.0
        } else {
            eye[0] + 30.0
        };
        let desk_x = scene.desk.map_or(seated, |d| d.0);
        let desk_top = scene.desk.map_or(DESK_H, |d| d.1);
        scene.desk = Some((desk_x, desk_top));
        let half = 15.0;
        // A hand on the screen holds its top edge (raising or lowering it), on its stand
        // on the desk; otherwise the top is at eye level.
        let held = contacts
            .iter()
            .find(|c| c.surface == Surface::Screen)
            .and_then(|c| s.part(c.part).first().copied());
        let (x, top) = match held {
            Some(hand) => (hand[0] + 1.0, hand[1].max(desk_top + 2.0 * half + 4.0)),
            None => (eye[0] + 62.0, eye[1]),
        };
        scene.screen = Some(([x, top - half, 0.0], half));
    }
    if props.contains(&Prop::Strap) {
        scene.strap = Some((s.left.hand, s.right.hand));
    }
    scene.cold = props.contains(&Prop::ColdPack);
    let on_neck = contacts.iter().any(|c| c.surface == Surface::Neck);
    let placed_somewhere = contacts
        .iter()
        .any(|c| matches!(c.via, Some(Prop::Pack | Prop::ColdPack)));
    if (props.contains(&Prop::Pack) || scene.cold) && !on_neck && !placed_somewhere {
        // Not yet placed: held in the near hand, along the forearm's line, so that the
        // first keyframe shows the pack coming rather than already there.
        let l = &s.left;
        let d = add(l.hand, scale(l.wrist, -1.0));
        let n = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt().max(0.01);
        let half = scale(d, PACK_LONG * 0.4 / n);
        scene.pack = Some((add(l.hand, scale(half, -1.0)), add(l.hand, half)));
    }
    if (props.contains(&Prop::Pack) || scene.cold) && scene.pack.is_none() {
        // Draped across the back of the neck and the tops of the shoulders.
        let behind = scale(s.facing, -(TORSO_HALF_DEPTH * 0.6));
        scene.pack = Some((
            add(lerp3(s.chest, s.neck, 0.9), behind),
            add(
                lerp3(s.waist, s.chest, 0.8),
                scale(s.facing, -TORSO_HALF_DEPTH),
            ),
        ));
    }
    if props.contains(&Prop::Glass) {
        scene.glass = Some(s.right.hand);
    }
    // A window or a tap stands ahead of the figure, beyond its reach.
    let ahead = [s.left.hand, s.right.hand, s.left.toe, s.right.toe, s.face]
        .iter()
        .map(|p| p[0])
        .fold(f32::MIN, f32::max);
    if surfaces.contains(&Surface::Window) {
        scene.window = Some(ahead + 25.0);
    }
    if surfaces.contains(&Surface::Tap) {
        scene.tap = Some(ahead + 6.0);
    }
    if let Some(c) = contacts.iter().find(|c| c.surface == Surface::Apple) {
        scene.apple = s.part(c.part).first().copied();
    }
    if let Some(c) = contacts.iter().find(|c| c.surface == Surface::Phone) {
        scene.phone = s.part(c.part).first().copied();
    }
    if props.contains(&Prop::RollerAlong) && scene.rollers.len() == 1 {
        // Lengthwise under the spine, from below the tailbone to below the head.
        let (c, r) = scene.rollers[0];
        scene.rollers.clear();
        let (a, b) = (s.pelvis[0], s.head[0]);
        let out = if b > a { 10.0 } else { -10.0 };
        scene.roller_along = Some(([a - out, r, c[2]], [b + out * 0.5, r, c[2]]));
    }
    Placed { skeleton: s, scene }
}

fn push_prop(scene: &mut Scene, prop: Prop, at: V3, r: f32) {
    match prop {
        Prop::Ball => scene.balls.push((at, r)),
        Prop::Roller | Prop::RollerAlong => scene.rollers.push((at, r)),
        // Between the back and the chair: a pad upright along the back.
        Prop::Pack | Prop::ColdPack => {
            scene.pack = Some((
                add(at, [0.0, -PACK_LONG / 2.0, 0.0]),
                add(at, [0.0, PACK_LONG / 2.0, 0.0]),
            ));
        }
        _ => {}
    }
}

/// Which ink a shape is drawn with; the palette lives with the painter (and the contrast
/// test holds every ink to 3:1 on the card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The body, and the near side's limbs.
    Near,
    /// The far side's limbs.
    Far,
    /// Floor, chair, wall, desk, door frame, stairs.
    Scene,
    /// Balls, rollers, straps, packs, the glass.
    Prop,
    /// The face marker and the motion arrow.
    Accent,
    /// The faint start pose.
    Ghost,
    /// The card itself: a thin edge around each limb, so that limbs crossing the body or
    /// each other stay apart.
    Card,
    /// A cold pack.
    Cold,
    /// The face of a wall behind the figure: a light tone.
    WallFace,
}

/// A drawing primitive, in figure units (y up).
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A stroke with round ends.
    Line {
        a: [f32; 2],
        b: [f32; 2],
        width: f32,
        ink: Ink,
    },
    Circle {
        c: [f32; 2],
        r: f32,
        fill: Option<Ink>,
        stroke: Option<(f32, Ink)>,
    },
    /// A filled polygon.
    Poly { points: Vec<[f32; 2]>, ink: Ink },
}

impl Shape {
    /// The shape's extent, as (min, max).
    pub fn bounds(&self) -> ([f32; 2], [f32; 2]) {
        match self {
            Shape::Line { a, b, width, .. } => {
                let h = width / 2.0;
                (
                    [a[0].min(b[0]) - h, a[1].min(b[1]) - h],
                    [a[0].max(b[0]) + h, a[1].max(b[1]) + h],
                )
            }
            Shape::Circle { c, r, stroke, .. } => {
                let r = r + stroke.map_or(0.0, |(w, _)| w / 2.0);
                ([c[0] - r, c[1] - r], [c[0] + r, c[1] + r])
            }
            Shape::Poly { points, .. } => {
                points
                    .iter()
                    .fold(([f32::MAX; 2], [f32::MIN; 2]), |(lo, hi), p| {
                        (
                            [lo[0].min(p[0]), lo[1].min(p[1])],
                            [hi[0].max(p[0]), hi[1].max(p[1])],
                        )
                    })
            }
        }
    }
}

/// How far round from the front the three-quarter view stands, towards the figure's left
/// (degrees; 90 would be the side view).
pub const THREE_QUARTER: f32 = 55.0;

/// How a view turns world points into drawing points and depths.
#[derive(Debug, Clone, Copy)]
pub struct Camera {
    pub view: View,
    /// Seen from the other side (a mirrored keyframe in side view).
    pub flipped: bool,
}

impl Camera {
    pub fn project(&self, p: V3) -> [f32; 2] {
        let x = match self.view {
            View::Side => p[0],
            View::Front => p[2],
            View::Back => -p[2],
            View::ThreeQuarter => {
                let (s, c) = THREE_QUARTER.to_radians().sin_cos();
                p[0] * s + p[2] * c
            }
        };
        [if self.flipped { -x } else { x }, p[1]]
    }

    /// Larger is nearer the viewer.
    pub fn depth(&self, p: V3) -> f32 {
        match (self.view, self.flipped) {
            (View::Side, false) => p[2],
            (View::Side, true) => -p[2],
            (View::Front, _) => p[0],
            (View::Back, _) => -p[0],
            (View::ThreeQuarter, flipped) => {
                let (s, c) = THREE_QUARTER.to_radians().sin_cos();
                p[0] * c + p[2] * s * if flipped { -1.0 } else { 1.0 }
            }
        }
    }

    /// The ink of a side's limbs: in side view the side facing the viewer is near.
    fn limb_ink(&self, left: bool) -> Ink {
        match self.view {
            View::Side | View::ThreeQuarter if left != self.flipped => Ink::Near,
            View::Side | View::ThreeQuarter => Ink::Far,
            View::Front | View::Back => Ink::Near,
        }
    }
}

/// The placed figure as shapes, scene first, then far to near.
pub fn draw(placed: &Placed, camera: Camera) -> Vec<Shape> {
    let mut shapes = Vec::new();
    scene_shapes(&placed.scene, &placed.skeleton, camera, &mut shapes);
    body_shapes(&placed.skeleton, camera, &mut shapes, None);
    prop_shapes(&placed.scene, camera, &mut shapes);
    warmth(&placed.scene, &placed.skeleton, camera, &mut shapes);
    shapes
}

/// The body only, in one ink (the ghost of where a movement starts).
pub fn draw_ghost(placed: &Placed, camera: Camera) -> Vec<Shape> {
    let mut shapes = Vec::new();
    body_shapes(&placed.skeleton, camera, &mut shapes, Some(Ink::Ghost));
    shapes
}

fn body_shapes(s: &Skeleton, cam: Camera, out: &mut Vec<Shape>, only: Option<Ink>) {
    let ink = |i: Ink| only.unwrap_or(i);
    let p = |v: V3| cam.project(v);
    let mut items: Vec<(f32, Shape)> = Vec::new();
    let edged = only.is_none();
    let seg = |items: &mut Vec<(f32, Shape)>, a: V3, b: V3, width: f32, i: Ink| {
        let depth = cam.depth(lerp3(a, b, 0.5));
        if edged {
            items.push((
                depth,
                Shape::Line {
                    a: p(a),
                    b: p(b),
                    width: width + 2.5,
                    ink: Ink::Card,
                },
            ));
        }
        items.push((
            depth + 0.001,
            Shape::Line {
                a: p(a),
                b: p(b),
                width,
                ink: ink(i),
            },
        ));
    };
    for (left, l) in [(true, &s.left), (false, &s.right)] {
        let i = cam.limb_ink(left);
        seg(&mut items, l.shoulder, l.elbow, 7.5, i);
        seg(&mut items, l.elbow, l.wrist, 6.5, i);
        seg(&mut items, l.wrist, l.hand, 5.5, i);
        items.push((
            cam.depth(l.hand),
            Shape::Circle {
                c: p(l.hand),
                r: 3.2,
                fill: Some(ink(i)),
                stroke: None,
            },
        ));
        seg(&mut items, l.hip, l.knee, 11.0, i);
        seg(&mut items, l.knee, l.ankle, 9.0, i);
        seg(&mut items, l.heel, l.toe, 5.5, i);
        seg(&mut items, l.ankle, lerp3(l.heel, l.toe, 0.2), 6.0, i);
    }
    // The trunk: a spine of two segments (side view), or shoulders to hips (front, back).
    let torso_depth = cam.depth(s.waist);
    match cam.view {
        View::Side => {
            seg(
                &mut items,
                s.pelvis,
                s.waist,
                2.0 * TORSO_HALF_DEPTH,
                Ink::Near,
            );
            seg(
                &mut items,
                s.waist,
                s.chest,
                2.0 * TORSO_HALF_DEPTH,
                Ink::Near,
            );
            if let Some(last) = items.last_mut() {
                last.0 = torso_depth;
            }
            // A belly pushed out by a breath shows as a round belly.
            let out = dist3(s.belly, lerp3(s.pelvis, s.waist, 0.8));
            if out > 0.5 {
                items.push((
                    torso_depth,
                    Shape::Circle {
                        c: p(s.belly),
                        r: TORSO_HALF_DEPTH,
                        fill: Some(ink(Ink::Near)),
                        stroke: None,
                    },
                ));
            }
        }
        View::Front | View::Back | View::ThreeQuarter => {
            // Tapered: narrower at the waist than at the shoulders.
            let inset = |hip: V3, shoulder: V3| lerp3(lerp3(hip, shoulder, 0.5), s.waist, 0.3);
            items.push((
                torso_depth,
                Shape::Poly {
                    points: vec![
                        p(lerp3(s.left.shoulder, s.chest, 0.1)),
                        p(lerp3(s.right.shoulder, s.chest, 0.1)),
                        p(inset(s.right.hip, s.right.shoulder)),
                        p(s.right.hip),
                        p(s.left.hip),
                        p(inset(s.left.hip, s.left.shoulder)),
                    ],
                    ink: ink(Ink::Near),
                },
            ));
            seg(
                &mut items,
                s.left.shoulder,
                s.right.shoulder,
                8.0,
                Ink::Near,
            );
            seg(&mut items, s.left.hip, s.right.hip, 10.0, Ink::Near);
        }
    }
    seg(&mut items, s.chest, s.neck, 7.0, Ink::Near);
    let head_depth = cam.depth(s.head);
    items.push((
        head_depth,
        Shape::Circle {
            c: p(s.head),
            r: HEAD_R - 1.5,
            // From behind, the back of the head is hair: filled, so that a back view
            // does not read as a face without features.
            fill: match (only, cam.view) {
                (Some(_), _) => Some(Ink::Ghost),
                (None, View::Back) => Some(Ink::Near),
                (None, _) => None,
            },
            stroke: Some((3.0, ink(Ink::Near))),
        },
    ));
    if only.is_none() {
        // Where the face points: a dot towards the face, hidden only when it looks well
        // away. A profile head turned 45 degrees away still shows its near eye; hiding it
        // there left a blank head that reviewers read as a glitch (neck-nods' "no").
        let towards = cam.depth(s.face) - cam.depth(s.head);
        // (Only in profile: a three-quarter head turned away keeps the blank back of the
        // head, which is what shows it turned.)
        let away = if cam.view == View::Side { 0.6 } else { 0.3 };
        let eye_seen = towards > -HEAD_R * away;
        // The nose, where the head is seen turned or in profile: which way it faces.
        let fwd = add(s.face, scale(s.head, -1.0));
        let n = (fwd[0] * fwd[0] + fwd[1] * fwd[1] + fwd[2] * fwd[2])
            .sqrt()
            .max(0.01);
        let fwd = scale(fwd, 1.0 / n);
        let (h, tip) = (p(s.head), p(add(s.head, scale(fwd, HEAD_R + 4.0))));
        let off = dist(h, tip);
        if off > HEAD_R * 0.6 {
            let (ux, uy) = ((tip[0] - h[0]) / off, (tip[1] - h[1]) / off);
            let base = |k: f32| {
                [
                    h[0] + ux * (HEAD_R - 2.5) - uy * k,
                    h[1] + uy * (HEAD_R - 2.5) + ux * k,
                ]
            };
            items.push((
                head_depth + 0.05,
                Shape::Poly {
                    points: vec![
                        base(3.2),
                        [tip[0] - uy * -1.5, tip[1] + ux * -1.5],
                        base(-2.2),
                    ],
                    ink: Ink::Near,
                },
            ));
        }
        if eye_seen && s.eyes_closed {
            // Closed: a lid's curve in place of the eye.
            let c = p(s.face);
            for (a, b) in [
                ([c[0] - 4.5, c[1] + 1.5], [c[0], c[1] - 1.5]),
                ([c[0], c[1] - 1.5], [c[0] + 4.5, c[1] + 1.5]),
            ] {
                items.push((
                    head_depth + 0.1,
                    Shape::Line {
                        a,
                        b,
                        width: 2.4,
                        ink: Ink::Accent,
                    },
                ));
            }
        } else if eye_seen {
            items.push((
                head_depth + 0.1,
                Shape::Circle {
                    c: p(s.face),
                    r: 2.6,
                    fill: Some(Ink::Accent),
                    stroke: None,
                },
            ));
        }
    }
    // Far first (a stable sort keeps the order within one depth).
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    out.extend(items.into_iter().map(|(_, shape)| shape));
}

/// A dotted line of sight `length` cm from the face the way it looks, ending in a dot.
pub fn line_of_sight(s: &Skeleton, cam: Camera, length: f32) -> Vec<Shape> {
    let d = add(s.face, scale(s.head, -1.0));
    let n = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt().max(0.01);
    let dir = scale(d, 1.0 / n);
    let from = add(s.face, scale(dir, 4.0));
    let mut shapes = Vec::new();
    let dots = (length / 8.0).max(1.0) as usize;
    for i in 0..dots {
        let a = add(from, scale(dir, i as f32 * 8.0));
        let b = add(from, scale(dir, i as f32 * 8.0 + 3.5));
        shapes.push(Shape::Line {
            a: cam.project(a),
            b: cam.project(b),
            width: 1.8,
            ink: Ink::Accent,
        });
    }
    shapes.push(Shape::Circle {
        c: cam.project(add(from, scale(dir, length))),
        r: 3.0,
        fill: Some(Ink::Accent),
        stroke: None,
    });
    shapes
}

/// An arrow from where `mover` was in `from` to where it is in `to`, when it moved at
/// least 2.5 cm in the view's plane; none otherwise.
pub fn motion_arrow(mover: Mover, from: &Skeleton, to: &Skeleton, cam: Camera) -> Vec<Shape> {
    let (start, end) = (cam.project(mover.at(from)), cam.project(mover.at(to)));
    let (start, end) = (&start, &end);
    let len = dist(*start, *end);
    if len < 2.5 {
        return Vec::new();
    }
    let (ux, uy) = ((end[0] - start[0]) / len, (end[1] - start[1]) / len);
    // Beside the part, not on it, and long enough to see where the movement is small:
    // at least 12 cm, centred on the way it went.
    // A head's arrow goes above the head, clear of the face and the line of sight.
    let off = if mover == Mover::Head {
        HEAD_R + 6.0
    } else {
        8.0
    };
    let (mut ox, mut oy) = (-uy * off, ux * off);
    if mover == Mover::Head && oy < 0.0 {
        (ox, oy) = (-ox, -oy);
    }
    let half = len.max(12.0) / 2.0;
    let mid = [
        (start[0] + end[0]) / 2.0 + ox,
        (start[1] + end[1]) / 2.0 + oy,
    ];
    let a = [mid[0] - ux * half, mid[1] - uy * half];
    let b = [mid[0] + ux * half, mid[1] + uy * half];
    straight_arrow(a, b)
}

/// An arrow from `a` to `b`, its head at `b`, in the drawing's own size.
pub fn straight_arrow(a: [f32; 2], b: [f32; 2]) -> Vec<Shape> {
    let len = dist(a, b).max(0.01);
    let (ux, uy) = ((b[0] - a[0]) / len, (b[1] - a[1]) / len);
    let head = |side: f32| {
        [
            b[0] - 5.0 * ux + side * 3.5 * uy,
            b[1] - 5.0 * uy - side * 3.5 * ux,
        ]
    };
    let line = |p, q| Shape::Line {
        a: p,
        b: q,
        width: 2.0,
        ink: Ink::Accent,
    };
    vec![line(a, b), line(head(1.0), b), line(head(-1.0), b)]
}

/// The part a keyframe's motion arrow follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mover {
    Head,
    Shoulders,
    Chest,
    Pelvis,
    LeftHand,
    RightHand,
    Hands,
    LeftFoot,
    RightFoot,
    Heels,
    Knees,
    UpperBack,
    Glutes,
    Neck,
    /// The small of the back.
    Waist,
}

impl Mover {
    /// The same part of the other side.
    pub fn mirrored(self) -> Mover {
        match self {
            Mover::LeftHand => Mover::RightHand,
            Mover::RightHand => Mover::LeftHand,
            Mover::LeftFoot => Mover::RightFoot,
            Mover::RightFoot => Mover::LeftFoot,
            other => other,
        }
    }

    /// Where the part is.
    pub fn at(self, s: &Skeleton) -> V3 {
        let mid = |a: V3, b: V3| lerp3(a, b, 0.5);
        match self {
            Mover::Head => s.head,
            Mover::Shoulders => s.left.shoulder,
            Mover::Chest => s.chest,
            Mover::Pelvis => s.pelvis,
            Mover::LeftHand => s.left.hand,
            Mover::RightHand => s.right.hand,
            Mover::Hands => mid(s.left.hand, s.right.hand),
            Mover::LeftFoot => s.left.toe,
            Mover::RightFoot => s.right.toe,
            Mover::Heels => mid(s.left.heel, s.right.heel),
            Mover::Knees => mid(s.left.knee, s.right.knee),
            Mover::UpperBack => s.upper_back,
            Mover::Glutes => s.glutes,
            Mover::Neck => s.neck,
            Mover::Waist => s.waist,
        }
    }
}

fn dist3(p: V3, q: V3) -> f32 {
    let d = add(p, scale(q, -1.0));
    (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt()
}

fn dist(p: [f32; 2], q: [f32; 2]) -> f32 {
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
}

/// An arrow at the nose: into the face breathing in, out of it breathing out.
pub fn breath_arrow(s: &Skeleton, cam: Camera, breathing_in: bool) -> Vec<Shape> {
    let d = add(s.face, scale(s.head, -1.0));
    let n = (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt().max(0.01);
    let dir = scale(d, 1.0 / n);
    // A little below the eyes, towards the nose and mouth.
    let nose = add(s.face, [0.0, -4.0, 0.0]);
    let near = cam.project(add(nose, scale(dir, 6.0)));
    let far = cam.project(add(nose, scale(dir, 22.0)));
    let (from, to) = if breathing_in {
        (far, near)
    } else {
        (near, far)
    };
    let (dx, dy) = (to[0] - from[0], to[1] - from[1]);
    let len = (dx * dx + dy * dy).sqrt().max(0.01);
    // Seen head on the arrow shrinks to a stub and a dot, which reads as a "!": none then.
    if len < 10.0 {
        return Vec::new();
    }
    let (ux, uy) = (dx / len, dy / len);
    let head = |side: f32| {
        [
            to[0] - 5.0 * ux + side * 3.5 * uy,
            to[1] - 5.0 * uy - side * 3.5 * ux,
        ]
    };
    let line = |a, b| Shape::Line {
        a,
        b,
        width: 2.2,
        ink: Ink::Accent,
    };
    vec![line(from, to), line(head(1.0), to), line(head(-1.0), to)]
}

/// The extent of shapes, as (min, max).
pub fn bounds(shapes: &[Shape]) -> ([f32; 2], [f32; 2]) {
    shapes
        .iter()
        .fold(([f32::MAX; 2], [f32::MIN; 2]), |(lo, hi), s| {
            let (a, b) = s.bounds();
            (
                [lo[0].min(a[0]), lo[1].min(a[1])],
                [hi[0].max(b[0]), hi[1].max(b[1])],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Base;

    #[test]
    fn standing_tall_is_the_figures_height_and_sitting_reaches_the_floor() {
        let s = place(&Base::Stand.pose(), &[], &[Surface::Floor], &[]);
        let top = s.skeleton.head[1] + HEAD_R;
        assert!((top - HEIGHT).abs() < 1.0, "{top} vs {HEIGHT}");
        let seated = [Contact {
            part: Part::Seat,
            surface: Surface::Chair,
            via: None,
        }];
        let s = place(&Base::Sit.pose(), &seated, &[Surface::Chair], &[]);
        let sole = s.skeleton.left.heel[1].min(s.skeleton.left.toe[1]);
        assert!(sole.abs() < 1.0, "the feet reach the floor: {sole}");
    }

    #[test]
    fn a_hand_on_the_screen_holds_its_top_at_the_hands_height_above_the_desk() {
        let seated = |hand_on_screen: bool| {
            let mut c = vec![Contact {
                part: Part::Seat,
                surface: Surface::Chair,
                via: None,
            }];
            if hand_on_screen {
                c.push(Contact {
                    part: Part::LeftHand,
                    surface: Surface::Screen,
                    via: None,
                });
            }
            c
        };
        let scene = [Surface::Chair, Surface::Screen];
        let top = |p: &Placed| p.scene.screen.map(|(c, h)| c[1] + h);
        // Without a hand: the top at eye level.
        let free = place(&Base::Sit.pose(), &seated(false), &scene, &[]);
        let eye = free.skeleton.face[1];
        assert!(top(&free).is_some_and(|t| (t - eye).abs() < 0.5));
        // A hand low on it lowers it, down to its stand on the desk; raised, it rises.
        let mut low = Base::Sit.pose();
        low.left[SideJoint::ShoulderFlex as usize] = 55.0;
        let low = place(&low, &seated(true), &scene, &[]);
        let mut high = Base::Sit.pose();
        high.left[SideJoint::ShoulderFlex as usize] = 100.0;
        let high = place(&high, &seated(true), &scene, &[]);
        let (Some(lo), Some(hi)) = (top(&low), top(&high)) else {
            panic!("no screen drawn");
        };
        assert!(
            lo < eye - 10.0,
            "held low, the screen is below the eyes: {lo} vs {eye}"
        );
        assert!(hi > lo + 10.0, "raised: {hi} vs {lo}");
        let (_, desk) = low.scene.desk.expect("a desk under the screen");
        assert!(lo >= desk + 30.0 - 0.1, "the screen stands on the desk");
    }

    #[test]
    fn a_foot_on_the_stairs_with_nothing_on_the_floor_stands_up_on_the_first_step() {
        let mut p = Base::Stand.pose();
        p.left[SideJoint::HipFlex as usize] = 50.0;
        p.left[SideJoint::Knee as usize] = 65.0;
        p.left[SideJoint::Ankle as usize] = -15.0;
        let on_step = [Contact {
            part: Part::RightFoot,
            surface: Surface::Stairs,
            via: None,
        }];
        let placed = place(&p, &on_step, &[Surface::Floor, Surface::Stairs], &[]);
        let s = &placed.skeleton;
        let sole = s.right.heel[1].min(s.right.toe[1]);
        assert!((sole - STEP_H).abs() < 0.5, "on the first step: {sole}");
        let (x, top) = placed.scene.stairs.expect("stairs");
        assert!((top - STEP_H).abs() < 0.5, "{top}");
        assert!((x - s.right.ankle[0]).abs() < FOOT, "under the foot: {x}");
        // The lifted foot, level, is a step higher again: on the second step.
        let lifted = s.left.heel[1].min(s.left.toe[1]);
        assert!((lifted - 2.0 * STEP_H).abs() < 1.5, "{lifted}");
    }

    #[test]
    fn a_side_view_head_shows_its_eye_and_nose_however_it_nods_or_turns() {
        // Every nod and every turn up to 60 degrees either way, from both sides: the
        // head keeps an eye (dot or closed lid) and a nose, so no keyframe shows a blank
        // head.
        for flipped in [false, true] {
            let cam = Camera {
                view: View::Side,
                flipped,
            };
            for flex in (-40..=60).step_by(10) {
                for turn in (-60..=60).step_by(15) {
                    for closed in [0.0, 1.0] {
                        let mut p = Base::Sit.pose();
                        p.body[BodyJoint::NeckFlex as usize] = flex as f32;
                        p.body[BodyJoint::NeckTurn as usize] = turn as f32;
                        p.body[BodyJoint::EyesClosed as usize] = closed;
                        let placed = place(&p, &[], &[Surface::Floor], &[]);
                        let shapes = draw(&placed, cam);
                        let eye = shapes.iter().any(|s| match s {
                            Shape::Circle { fill, r, .. } => *fill == Some(Ink::Accent) && *r < 3.0,
                            Shape::Line { ink, width, .. } => *ink == Ink::Accent && *width < 3.0,
                            _ => false,
                        });
                        let nose = shapes.iter().any(|s| {
                            matches!(s, Shape::Poly { points, ink: Ink::Near } if points.len() == 3)
                        });
                        assert!(
                            eye && nose,
                            "flex {flex} turn {turn} closed {closed} flipped {flipped}: eye {eye} nose {nose}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn rolling_along_the_calf_slides_the_body_over_a_roller_that_stays_put() {
        let on_roller = [Contact {
            part: Part::Calves,
            surface: Surface::Floor,
            via: Some(Prop::Roller),
        }];
        let at = |roll: f32| {
            let mut p = Base::SitFloor.pose();
            p.body[BodyJoint::RollAlong as usize] = roll;
            let placed = place(&p, &on_roller, &[Surface::Floor], &[Prop::Roller]);
            (placed.scene.rollers[0].0[0], placed.skeleton.pelvis[0])
        };
        let (mid, pelvis_mid) = at(0.0);
        let (ankle, pelvis_ankle) = at(1.0);
        let (knee, pelvis_knee) = at(-1.0);
        for roller in [ankle, knee] {
            assert!(
                (roller - mid).abs() < 0.5,
                "the roller moved: {mid} {roller}"
            );
        }
        // Near the ankle the body sits further back of the roller, below the knee further
        // over it: the body moves, by more than a roller's width in all.
        assert!(pelvis_ankle < pelvis_mid && pelvis_mid < pelvis_knee);
        assert!(
            pelvis_knee - pelvis_ankle > 2.0 * ROLLER_R,
            "{pelvis_ankle} {pelvis_knee}"
        );
    }

    #[test]
    fn the_line_of_sight_runs_from_the_face_the_way_it_looks() {
        let s = place(&Base::Stand.pose(), &[], &[Surface::Floor], &[]).skeleton;
        let side = Camera {
            view: View::Side,
            flipped: false,
        };
        let shapes = line_of_sight(&s, side, 200.0);
        let Some(Shape::Circle { c, .. }) = shapes.last() else {
            panic!("{shapes:?}")
        };
        // Looking straight ahead: 2 m in front of the face, at eye height.
        assert!((c[0] - s.face[0] - 204.0).abs() < 1.0, "{c:?}");
        assert!((c[1] - s.face[1]).abs() < 1.0, "{c:?}");
        // Nodding down tilts it down.
        let mut p = Base::Stand.pose();
        p.body[BodyJoint::NeckFlex as usize] = 30.0;
        let s = Skeleton::pose(&p);
        let Some(Shape::Circle { c, .. }) = line_of_sight(&s, side, 200.0).last().cloned() else {
            panic!()
        };
        assert!(c[1] < s.face[1] - 90.0, "{c:?}");
    }

    #[test]
    fn the_motion_arrow_follows_its_part_the_way_it_went_and_is_long_enough_to_see() {
        let side = Camera {
            view: View::Side,
            flipped: false,
        };
        let low = Skeleton::pose(&Pose::default());
        let mut p = Pose::default();
        p.left[SideJoint::Shrug as usize] = 8.0;
        p.right[SideJoint::Shrug as usize] = 8.0;
        let high = Skeleton::pose(&p);
        let Some(Shape::Line { a, b, .. }) = motion_arrow(Mover::Shoulders, &low, &high, side)
            .first()
            .cloned()
        else {
            panic!("a shrug of 8 cm gets an arrow")
        };
        assert!(b[1] > a[1], "upwards: {a:?} -> {b:?}");
        assert!(dist(a, b) >= 12.0 - 0.01, "{a:?} -> {b:?}");
        // A part that did not move gets none.
        assert!(motion_arrow(Mover::Heels, &low, &high, side).is_empty());
    }

    #[test]
    fn the_hand_close_up_curls_its_fingers_and_marks_the_pressing_thumb() {
        let s = Skeleton::pose(&Pose::default());
        let side = Camera {
            view: View::Side,
            flipped: false,
        };
        // The fingers' reach from the frame's centre: far when straight, close in a fist.
        let reach = |curl| {
            let shapes = hand_closeup(
                &s,
                side,
                Hand {
                    curl,
                    press: None,
                    bend: None,
                    finger: None,
                    circling: false,
                },
            );
            let Some(Shape::Circle { c, .. }) = shapes.first().cloned() else {
                panic!()
            };
            shapes
                .iter()
                .filter_map(|sh| match sh {
                    Shape::Line { b, width, .. } if *width < 3.5 => Some(dist(*b, c)),
                    _ => None,
                })
                .fold(0.0, f32::max)
        };
        assert!(
            reach(0.0) > reach(1.0) + 3.0,
            "{} {}",
            reach(0.0),
            reach(1.0)
        );
        let marked = hand_closeup(
            &s,
            side,
            Hand {
                curl: 0.0,
                press: Some(0.5),
                bend: None,
                finger: None,
                circling: false,
            },
        );
        assert!(marked.iter().any(|sh| matches!(
            sh,
            Shape::Circle {
                fill: Some(Ink::Accent),
                ..
            }
        )));
    }

    #[test]
    fn breathing_in_points_at_the_face_and_out_away_from_it() {
        let s = place(&Base::Stand.pose(), &[], &[Surface::Floor], &[]).skeleton;
        let side = Camera {
            view: View::Side,
            flipped: false,
        };
        let tip = |breathing_in| match &breath_arrow(&s, side, breathing_in)[0] {
            Shape::Line { a, b, .. } => (a[0], b[0]),
            other => panic!("{other:?}"),
        };
        let (from, to) = tip(true);
        assert!(to < from && to > s.face[0], "in: {from} -> {to}");
        let (from, to) = tip(false);
        assert!(to > from, "out: {from} -> {to}");
    }

    #[test]
    fn flexion_moves_forward_and_abduction_away_from_the_midline() {
        let mut p = Pose::default();
        p.right[SideJoint::ShoulderFlex as usize] = 90.0;
        p.left[SideJoint::ShoulderOut as usize] = 90.0;
        let s = Skeleton::pose(&p);
        assert!(s.right.wrist[0] > 50.0, "forward: {:?}", s.right.wrist);
        assert!(
            s.left.wrist[2] > 60.0,
            "out to the left: {:?}",
            s.left.wrist
        );
        // A bent knee takes the foot back, behind the knee.
        let mut p = Pose::default();
        p.left[SideJoint::Knee as usize] = 90.0;
        let s = Skeleton::pose(&p);
        assert!(s.left.ankle[0] < s.left.knee[0] - 30.0, "{:?}", s.left);
    }
}
