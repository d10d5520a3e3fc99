//! Figures that show the movement: each exercise describes its figure as data (a view, a
//! scene, props, and keyframes of joint angles tied to the steps), and one renderer turns a
//! pose into drawing primitives ([`rig`]) that egui paints in the break window and
//! [`svg`] writes as SVG. [`motion`] says which pose shows at a moment of a step; [`check`]
//! holds every figure to the geometric rules (contacts touch, nothing passes through the
//! floor or a wall, no knee or elbow bends backwards, the moving part travels).
//!
//! The format is documented in `assets/exercises/README.md`.
//!
//! knotless-figure depends on no crate of the workspace: the exercises crate owns figures and
//! holds them to [`check`], passing the exercise's words rather than the exercise, so the
//! figure never looks back. Part, surface and prop names are derived (strum, the same as
//! serde's), so a new body part is one variant plus how the rig draws it.

#![forbid(unsafe_code)]

pub mod check;
mod closeup;
mod marks;
pub mod motion;
mod pelvis;
mod reach;
pub mod rig;
mod scenery;
pub mod svg;
mod zoom;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use strum::{EnumCount, EnumIter, EnumString, IntoEnumIterator, IntoStaticStr, VariantNames};

/// Where the figure is seen from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// From the figure's left, the figure facing right: forward and back movements.
    Side,
    /// Facing the viewer (the figure's left on the viewer's right): sideways movements.
    Front,
    /// From behind: holds behind the back.
    Back,
    /// From the figure's front left, between the front and the side: steps through a
    /// door frame, turns and twists, arms out to the sides, still facing right.
    ThreeQuarter,
}

impl View {
    /// Whether a keyframe done with the other side is also seen from the other side, so
    /// that the working limb stays near (side and three-quarter views).
    pub fn turns_with_the_side(self) -> bool {
        matches!(self, View::Side | View::ThreeQuarter)
    }
}

/// What the figure is in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    EnumIter,
    EnumString,
    IntoStaticStr,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Surface {
    Floor,
    /// A chair: its seat under the seat contact, its back behind.
    Chair,
    Wall,
    /// A door frame's post where the hands or forearms rest.
    Doorway,
    /// A desk top where the hands or forearms rest.
    Desk,
    /// One stair step under a foot.
    Stairs,
    /// A monitor on a desk in front of a seated figure, its top at eye height.
    Screen,
    /// A phone held in the hand (`right_hand:phone`): drawn in the keyframes that hold it.
    Phone,
    /// A window in a wall ahead of the figure, to look out of.
    Window,
    /// A kitchen counter with a tap ahead of the figure, to fill a glass at.
    Tap,
    /// Something to eat held in the hand (`right_hand:apple`), in the keyframes that hold it.
    Apple,
    // Spots on the body a hand or forearm rests on (`hands:belly`, `right_hand:left_forearm`):
    // the keyframe's arm is bent to reach them, and the check holds it there.
    Belly,
    /// The breastbone.
    Breastbone,
    /// Each hand on its own knee (one hand: on the knee of its side).
    Knees,
    LeftKnee,
    RightKnee,
    Ankles,
    LeftAnkle,
    RightAnkle,
    /// The top of the thigh, halfway to the knee.
    Thighs,
    LeftThigh,
    RightThigh,
    BackOfHead,
    /// The back of the neck, a hand each side of the spine.
    Neck,
    /// Each palm over its own eye.
    Eyes,
    /// The other forearm's top, halfway from elbow to wrist.
    LeftForearm,
    RightForearm,
    /// The top of the shoulder, between neck and shoulder blade.
    LeftShoulder,
    RightShoulder,
    /// The other hand, between the wrist and the fingertips.
    LeftHand,
    RightHand,
    /// Each hand on its own side's hip, at the top of the pelvis.
    Hips,
    /// The small of the back, behind.
    LowerBack,
}

impl Surface {
    /// A spot on the body rather than a thing in the scene.
    pub fn on_body(self) -> bool {
        !matches!(
            self,
            Surface::Floor
                | Surface::Chair
                | Surface::Wall
                | Surface::Doorway
                | Surface::Desk
                | Surface::Stairs
                | Surface::Screen
                | Surface::Phone
                | Surface::Window
                | Surface::Tap
                | Surface::Apple
        )
    }

    /// The same spot on the other side.
    pub fn mirrored(self) -> Surface {
        match self {
            Surface::LeftKnee => Surface::RightKnee,
            Surface::RightKnee => Surface::LeftKnee,
            Surface::LeftAnkle => Surface::RightAnkle,
            Surface::RightAnkle => Surface::LeftAnkle,
            Surface::LeftThigh => Surface::RightThigh,
            Surface::RightThigh => Surface::LeftThigh,
            Surface::LeftForearm => Surface::RightForearm,
            Surface::RightForearm => Surface::LeftForearm,
            Surface::LeftShoulder => Surface::RightShoulder,
            Surface::RightShoulder => Surface::LeftShoulder,
            Surface::LeftHand => Surface::RightHand,
            Surface::RightHand => Surface::LeftHand,
            other => other,
        }
    }
}

/// What the figure uses.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    EnumIter,
    EnumString,
    IntoStaticStr,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Prop {
    /// A tennis ball, pressed between a body part and a surface (a contact `via` it).
    Ball,
    /// A foam roller, between a body part and the floor.
    Roller,
    /// A foam roller lying lengthwise under the spine, head to tailbone.
    RollerAlong,
    /// A towel or strap held between the hands (or a hand and a foot).
    Strap,
    /// A warm pack resting on a body part (drawn orange).
    Pack,
    /// A cold pack (drawn blue).
    ColdPack,
    /// A glass of water in the right hand.
    Glass,
}

/// A part of the body that can touch something.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    EnumString,
    IntoStaticStr,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Part {
    Feet,
    LeftFoot,
    RightFoot,
    /// The seat: the bottom of the pelvis.
    Seat,
    /// The back of the pelvis and the buttocks.
    Glutes,
    /// Between the shoulder blades.
    UpperBack,
    /// The back of the chest, shoulders to waist.
    Back,
    Head,
    Hands,
    LeftHand,
    RightHand,
    Forearms,
    LeftForearm,
    RightForearm,
    /// The top of the shoulder, between neck and shoulder blade.
    LeftShoulder,
    RightShoulder,
    Chest,
    Calves,
    Knees,
}

/// One thing touching another: a body part on a surface, maybe through a prop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub part: Part,
    pub surface: Surface,
    /// A prop pressed between them (a ball against the wall, a roller on the floor).
    pub via: Option<Prop>,
}

impl Part {
    /// The same part of the other side.
    pub fn mirrored(self) -> Part {
        match self {
            Part::LeftFoot => Part::RightFoot,
            Part::RightFoot => Part::LeftFoot,
            Part::LeftHand => Part::RightHand,
            Part::RightHand => Part::LeftHand,
            Part::LeftForearm => Part::RightForearm,
            Part::RightForearm => Part::LeftForearm,
            Part::LeftShoulder => Part::RightShoulder,
            Part::RightShoulder => Part::LeftShoulder,
            other => other,
        }
    }
}

impl Contact {
    pub fn mirrored(self) -> Contact {
        Contact {
            part: self.part.mirrored(),
            surface: self.surface.mirrored(),
            ..self
        }
    }
}

/// The joints of the trunk and head (one each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, EnumCount, EnumIter)]
pub enum BodyJoint {
    /// The whole figure turned about the left-right axis: 90 lies on the back, -90 on the
    /// front.
    Tilt,
    TrunkFlex,
    TrunkSide,
    TrunkTurn,
    ChestFlex,
    ChestSide,
    NeckFlex,
    NeckSide,
    NeckTurn,
    /// The pelvis tilted on its own (positive: tucked under, the lower back flattening),
    /// the chest staying where it is.
    PelvisTilt,
    /// The head glided straight back (cm), as in a chin tuck, its angle kept.
    NeckGlide,
    /// The eyes: 0 open, 1 closed.
    EyesClosed,
    /// The belly pushed out by a breath: 0 to 1 (7 cm).
    BellyOut,
    /// Where a roller under the calves touches the shin: -1 just below the knee, 0 the
    /// calf, 1 near the ankle. The roller keeps its place on the floor and the body slides
    /// over it, so that rolling along the calf shows as the body moving.
    RollAlong,
}

/// The joints of each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, EnumCount, EnumIter)]
pub enum SideJoint {
    /// The shoulder lifted towards the ear (0 to 10 cm; not an angle).
    Shrug,
    /// The shoulder drawn forward (above 0) or back (below 0) around the chest, in cm, the
    /// head staying where it is: a shoulder roll's forward and back half, which the chest
    /// cannot show without carrying the head along.
    ShoulderGlide,
    ShoulderFlex,
    ShoulderOut,
    ShoulderTurn,
    Elbow,
    Wrist,
    HipFlex,
    HipOut,
    HipTurn,
    Knee,
    Ankle,
}

impl BodyJoint {
    /// The name in an exercise file, and the range in degrees (the glide in cm, the eyes
    /// 0 to 1).
    pub fn spec(self) -> (&'static str, f32, f32) {
        match self {
            BodyJoint::Tilt => ("tilt", -180.0, 180.0),
            BodyJoint::TrunkFlex => ("trunk_flex", -35.0, 110.0),
            BodyJoint::TrunkSide => ("trunk_side", -40.0, 40.0),
            BodyJoint::TrunkTurn => ("trunk_turn", -60.0, 60.0),
            BodyJoint::ChestFlex => ("chest_flex", -30.0, 60.0),
            BodyJoint::ChestSide => ("chest_side", -30.0, 30.0),
            BodyJoint::NeckFlex => ("neck_flex", -50.0, 70.0),
            BodyJoint::NeckSide => ("neck_side", -45.0, 45.0),
            BodyJoint::NeckTurn => ("neck_turn", -80.0, 80.0),
            BodyJoint::PelvisTilt => ("pelvis_tilt", -25.0, 25.0),
            BodyJoint::NeckGlide => ("neck_glide", -3.0, 6.0),
            BodyJoint::EyesClosed => ("eyes_closed", 0.0, 1.0),
            BodyJoint::BellyOut => ("belly_out", 0.0, 1.0),
            BodyJoint::RollAlong => ("roll_along", -1.0, 1.0),
        }
    }
}

impl SideJoint {
    /// The name in an exercise file, and the range in degrees. Elbows and knees only bend
    /// forwards (0 straight), so neither can bend backwards.
    pub fn spec(self) -> (&'static str, f32, f32) {
        match self {
            SideJoint::Shrug => ("shrug", 0.0, 10.0),
            SideJoint::ShoulderGlide => ("shoulder_glide", -8.0, 8.0),
            SideJoint::ShoulderFlex => ("shoulder_flex", -60.0, 180.0),
            SideJoint::ShoulderOut => ("shoulder_out", -60.0, 180.0),
            SideJoint::ShoulderTurn => ("shoulder_turn", -90.0, 90.0),
            SideJoint::Elbow => ("elbow", 0.0, 150.0),
            SideJoint::Wrist => ("wrist", -80.0, 80.0),
            SideJoint::HipFlex => ("hip_flex", -30.0, 140.0),
            SideJoint::HipOut => ("hip_out", -30.0, 70.0),
            SideJoint::HipTurn => ("hip_turn", -60.0, 70.0),
            SideJoint::Knee => ("knee", 0.0, 155.0),
            SideJoint::Ankle => ("ankle", -30.0, 50.0),
        }
    }
}

/// Joint angles in degrees (0 everywhere: standing tall, arms hanging).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Pose {
    pub body: [f32; BodyJoint::COUNT],
    pub left: [f32; SideJoint::COUNT],
    pub right: [f32; SideJoint::COUNT],
}

impl Pose {
    pub fn get(&self, j: BodyJoint) -> f32 {
        self.body[j as usize]
    }

    pub fn side(&self, left: bool, j: SideJoint) -> f32 {
        if left {
            self.left[j as usize]
        } else {
            self.right[j as usize]
        }
    }

    /// The same pose done with the other side: left and right swapped, and sideways
    /// bends and turns the other way.
    pub fn mirrored(&self) -> Pose {
        let mut p = *self;
        std::mem::swap(&mut p.left, &mut p.right);
        for j in [
            BodyJoint::TrunkSide,
            BodyJoint::TrunkTurn,
            BodyJoint::ChestSide,
            BodyJoint::NeckSide,
            BodyJoint::NeckTurn,
        ] {
            p.body[j as usize] = -p.body[j as usize];
        }
        p
    }

    /// Each angle `t` of the way from `self` to `to`.
    pub fn lerp(&self, to: &Pose, t: f32) -> Pose {
        let mix = |a: f32, b: f32| a + (b - a) * t;
        let mut p = *self;
        for i in 0..p.body.len() {
            p.body[i] = mix(self.body[i], to.body[i]);
        }
        for i in 0..p.left.len() {
            p.left[i] = mix(self.left[i], to.left[i]);
            p.right[i] = mix(self.right[i], to.right[i]);
        }
        p
    }
}

/// A named starting pose that keyframes change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    #[default]
    Stand,
    /// On a chair: hips and knees at right angles, hands on the thighs.
    Sit,
    /// On the floor, legs out in front.
    SitFloor,
    /// On the back, knees bent, feet flat.
    LieBack,
}

impl Base {
    pub fn pose(self) -> Pose {
        let mut p = Pose::default();
        let both = |p: &mut Pose, j: SideJoint, v: f32| {
            p.left[j as usize] = v;
            p.right[j as usize] = v;
        };
        match self {
            // The arms a little away from the body, so that they stay apart from it.
            Base::Stand => both(&mut p, SideJoint::ShoulderOut, 6.0),
            Base::Sit => {
                both(&mut p, SideJoint::HipFlex, 90.0);
                both(&mut p, SideJoint::Knee, 90.0);
                both(&mut p, SideJoint::ShoulderFlex, 20.0);
                both(&mut p, SideJoint::Elbow, 60.0);
            }
            Base::SitFloor => {
                both(&mut p, SideJoint::HipFlex, 90.0);
                both(&mut p, SideJoint::ShoulderFlex, -20.0);
                p.body[BodyJoint::TrunkFlex as usize] = -10.0;
            }
            Base::LieBack => {
                p.body[BodyJoint::Tilt as usize] = 90.0;
                both(&mut p, SideJoint::HipFlex, 50.0);
                both(&mut p, SideJoint::Knee, 110.0);
                both(&mut p, SideJoint::Ankle, 10.0);
                both(&mut p, SideJoint::ShoulderOut, 20.0);
            }
        }
        p
    }
}

/// An exercise's figure, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub view: View,
    #[serde(default)]
    pub scene: Vec<Surface>,
    #[serde(default)]
    pub props: Vec<Prop>,
    /// The pose every keyframe starts from.
    #[serde(default)]
    pub base: Base,
    /// Contacts of every keyframe that names none: `"feet:floor"`, `"upper_back:wall:ball"`.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// A small extra view beside the figure (`"top"`: from above, for turns and twists).
    #[serde(default)]
    pub inset: Option<marks::Inset>,
    /// A close-up of this part in a round frame beside the figure (`"pelvis"`,
    /// `"upper_back"`): for what is too small to read at the window's size.
    #[serde(default)]
    pub zoom: Option<rig::Mover>,
    #[serde(rename = "key")]
    pub keys: Vec<Key>,
}

/// One keyframe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Key {
    /// The step it belongs to, from 1. A step's keyframes loop while it runs; a step with
    /// none keeps the last pose.
    pub step: usize,
    #[serde(default)]
    pub body: BTreeMap<String, f32>,
    #[serde(default)]
    pub left: BTreeMap<String, f32>,
    #[serde(default)]
    pub right: BTreeMap<String, f32>,
    /// Contacts of this keyframe, instead of the figure's.
    #[serde(default)]
    pub contacts: Option<Vec<String>>,
    /// The pose of this keyframe done with the other side (and, in side view, seen from
    /// the other side so the working limb stays near).
    #[serde(default)]
    pub mirror: bool,
    /// Seconds this keyframe is held before the next (default 1).
    #[serde(default)]
    pub hold: Option<f32>,
    /// Where the eyes rest: a dotted line of sight this many cm long from the face (a thumb
    /// at arm's length is 60, across the room 300).
    #[serde(default)]
    pub look: Option<f32>,
    /// Breathing in or out: an arrow into or out of the face.
    #[serde(default)]
    pub breath: Option<Breath>,
    /// The part an arrow follows, from the keyframe before to this one (`head`, `hands`,
    /// `shoulders`, `heels`…): where the movement is small, it shows which way it goes.
    #[serde(default)]
    pub arrow: Option<rig::Mover>,
    /// The part a round arrow circles (`left_foot`, `shoulders`, `pelvis`…): for circles,
    /// rolls and tilts, instead of `arrow`.
    #[serde(default)]
    pub circle: Option<rig::Mover>,
    /// The round arrow turns with the clock (as seen in the figure's view; the other way
    /// for a keyframe done with the other side).
    #[serde(default)]
    pub clockwise: bool,
    /// Box breathing: which side of the box (1 in, 2 hold, 3 out, 4 hold) this keyframe is.
    #[serde(default)]
    pub box_side: Option<u8>,
    /// A dotted ring about this part: where the attention rests (a body scan).
    #[serde(default)]
    pub ring: Option<rig::Mover>,
    /// A close-up of the hand beside the figure, for what fingers and palms do.
    #[serde(default)]
    pub hand: Option<rig::Hand>,
}

/// Which way the breath goes, for the arrow at the face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Breath {
    In,
    Out,
    /// The slow breath of sleep: z's rising from the head instead of an arrow.
    Asleep,
}

/// A problem with a figure: the field (`figure.key[2].left.elbow`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureFlaw {
    pub field: String,
    pub message: String,
}

/// A keyframe read and checked: its pose, contacts, step (0-based) and timing.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub step: usize,
    pub pose: Pose,
    pub contacts: Vec<Contact>,
    pub mirror: bool,
    pub hold: f32,
    /// The line of sight's length in cm; 0 draws none.
    pub look: f32,
    pub breath: Option<Breath>,
    pub arrow: Option<marks::Arrow>,
    pub hand: Option<rig::Hand>,
}

/// Reads a contact written `part:surface` or `part:surface:prop`.
pub fn parse_contact(text: &str) -> Result<Contact, String> {
    let mut pieces = text.split(':');
    let (Some(part), Some(surface)) = (pieces.next(), pieces.next()) else {
        return Err(format!(
            "`{text}` is not a contact; write `part:surface` like \"feet:floor\" or \"upper_back:wall:ball\""
        ));
    };
    let part = part.parse::<Part>().map_err(|_| {
        format!(
            "unknown body part `{part}` in `{text}`; known: {}",
            Part::VARIANTS.join(", ")
        )
    })?;
    let surface = surface.parse::<Surface>().map_err(|_| {
        let names = |on_body: bool| {
            Surface::iter()
                .filter(|s| s.on_body() == on_body)
                .map(Surface::name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "unknown surface `{surface}` in `{text}`; known: {}, or on the body: {}",
            names(false),
            names(true)
        )
    })?;
    let via = match pieces.next() {
        None => None,
        Some(prop) => Some(prop.parse::<Prop>().map_err(|_| {
            format!(
                "unknown prop `{prop}` in `{text}`; known: {}",
                Prop::VARIANTS.join(", ")
            )
        })?),
    };
    if let Some(extra) = pieces.next() {
        return Err(format!("unexpected `{extra}` in the contact `{text}`"));
    }
    Ok(Contact { part, surface, via })
}

impl Part {
    /// The name a file writes it with (`left_hand`), the same as serde's.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

impl Surface {
    /// The name a file writes it with (`back_of_head`), the same as serde's.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

impl Prop {
    /// The name a file writes it with (`cold_pack`), the same as serde's.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

impl Figure {
    /// The keyframes as poses, or every problem with them (unknown joints, angles out of
    /// range, bad contacts, steps that do not exist). `steps` is the exercise's step count.
    pub fn frames(&self, steps: usize) -> Result<Vec<Frame>, Vec<FigureFlaw>> {
        let mut flaws = Vec::new();
        let mut frames = Vec::new();
        let flaw = |flaws: &mut Vec<FigureFlaw>, field: String, message: String| {
            flaws.push(FigureFlaw { field, message });
        };
        let default_contacts = self.read_contacts(&self.contacts, "figure.contacts", &mut flaws);
        if self.keys.len() < 2 {
            flaw(
                &mut flaws,
                "figure.key".into(),
                "a figure needs at least two keyframes, so that it moves".into(),
            );
        }
        let mut pose = self.base.pose();
        for (i, key) in self.keys.iter().enumerate() {
            let at = format!("figure.key[{i}]");
            if key.step == 0 || key.step > steps {
                flaw(
                    &mut flaws,
                    format!("{at}.step"),
                    format!(
                        "step {} does not exist; the steps are 1 to {steps}",
                        key.step
                    ),
                );
            }
            if i > 0 && key.step < self.keys[i - 1].step {
                flaw(
                    &mut flaws,
                    format!("{at}.step"),
                    "keyframes go in the order of their steps".into(),
                );
            }
            // Each keyframe starts from the one before (the base pose for the first), so a
            // key names only what changes.
            let mut next = pose;
            let body: Vec<_> = BodyJoint::iter().map(BodyJoint::spec).collect();
            let side: Vec<_> = SideJoint::iter().map(SideJoint::spec).collect();
            read_joints(
                &key.body,
                &body,
                &mut next.body,
                &format!("{at}.body"),
                "the body's",
                &mut flaws,
            );
            read_joints(
                &key.left,
                &side,
                &mut next.left,
                &format!("{at}.left"),
                "each side's",
                &mut flaws,
            );
            read_joints(
                &key.right,
                &side,
                &mut next.right,
                &format!("{at}.right"),
                "each side's",
                &mut flaws,
            );
            pose = next;
            let contacts = match &key.contacts {
                Some(list) => self.read_contacts(list, &format!("{at}.contacts"), &mut flaws),
                None => default_contacts.clone(),
            };
            if let Some(look) = key.look
                && !(0.0..=400.0).contains(&look)
            {
                flaw(
                    &mut flaws,
                    format!("{at}.look"),
                    "a line of sight is 0 to 400 cm long".into(),
                );
            }
            if let Some(hold) = key.hold
                && !(0.0..=30.0).contains(&hold)
            {
                flaw(
                    &mut flaws,
                    format!("{at}.hold"),
                    "a hold is 0 to 30 seconds".into(),
                );
            }
            // Done with the other side, a contact of one side's part is the other's.
            let contacts = if key.mirror {
                contacts.into_iter().map(Contact::mirrored).collect()
            } else {
                contacts
            };
            if key.arrow.is_some() && key.circle.is_some() {
                flaw(
                    &mut flaws,
                    format!("{at}.circle"),
                    "a keyframe has one arrow: `arrow` or `circle`, not both".into(),
                );
            }
            // The part named is of the side written; done with the other side, it is the
            // other side's.
            let part = |m: rig::Mover| if key.mirror { m.mirrored() } else { m };
            if key.box_side.is_some_and(|n| !(1..=4).contains(&n)) {
                flaw(
                    &mut flaws,
                    format!("{at}.box_side"),
                    "a box has four sides: 1 (in), 2 (hold), 3 (out), 4 (hold)".into(),
                );
            }
            let arrow = key
                .arrow
                .map(|m| marks::Arrow::straight(part(m)))
                .or(key.circle.map(|m| marks::Arrow {
                    clockwise: key.clockwise,
                    ..marks::Arrow::round(part(m))
                }))
                .or(key.box_side.map(|n| marks::Arrow {
                    box_side: Some(n),
                    ..marks::Arrow::straight(rig::Mover::Head)
                }))
                .or(key.ring.map(|m| marks::Arrow {
                    ring: true,
                    ..marks::Arrow::straight(part(m))
                }));
            // Hands and forearms that rest on the body reach their spot; the next keyframe
            // starts from there.
            let done = if key.mirror { pose.mirrored() } else { pose };
            let done = reach::rest_on_body(&done, &contacts);
            pose = if key.mirror { done.mirrored() } else { done };
            frames.push(Frame {
                step: key.step.saturating_sub(1),
                pose,
                contacts,
                mirror: key.mirror,
                hold: key.hold.unwrap_or(1.0),
                look: key.look.unwrap_or(0.0),
                breath: key.breath,
                arrow,
                hand: key.hand,
            });
        }
        if flaws.is_empty() {
            Ok(frames)
        } else {
            Err(flaws)
        }
    }

    fn read_contacts(
        &self,
        list: &[String],
        at: &str,
        flaws: &mut Vec<FigureFlaw>,
    ) -> Vec<Contact> {
        let mut contacts = Vec::new();
        for (i, text) in list.iter().enumerate() {
            match parse_contact(text) {
                Ok(c) => {
                    if c.surface != Surface::Floor
                        && c.surface != Surface::Phone
                        && c.surface != Surface::Apple
                        && !c.surface.on_body()
                        && !self.scene.contains(&c.surface)
                    {
                        flaws.push(FigureFlaw {
                            field: format!("{at}[{i}]"),
                            message: format!(
                                "`{text}` touches a {} that is not in the scene",
                                c.surface.name()
                            ),
                        });
                    }
                    if let Some(prop) = c.via
                        && !self.props.contains(&prop)
                    {
                        flaws.push(FigureFlaw {
                            field: format!("{at}[{i}]"),
                            message: format!(
                                "`{text}` goes through a {} that is not in the props",
                                prop.name()
                            ),
                        });
                    }
                    contacts.push(c);
                }
                Err(message) => flaws.push(FigureFlaw {
                    field: format!("{at}[{i}]"),
                    message,
                }),
            }
        }
        contacts
    }
}

/// Sets each joint named in `joints` into `angles`, at its place in `specs` (the joints'
/// names and ranges, in order), with a flaw at `at.name` for an unknown name or an angle
/// beyond its range; `whose` names the joints in the message ("the body's").
fn read_joints(
    joints: &BTreeMap<String, f32>,
    specs: &[(&'static str, f32, f32)],
    angles: &mut [f32],
    at: &str,
    whose: &str,
    flaws: &mut Vec<FigureFlaw>,
) {
    for (name, value) in joints {
        let field = format!("{at}.{name}");
        match specs.iter().position(|spec| spec.0 == name) {
            Some(i) => {
                let (_, lo, hi) = specs[i];
                if !(lo..=hi).contains(value) {
                    flaws.push(FigureFlaw {
                        field,
                        message: format!("{value} is beyond {name}'s range, {lo} to {hi} degrees"),
                    });
                }
                angles[i] = *value;
            }
            None => {
                let known: Vec<&str> = specs.iter().map(|spec| spec.0).collect();
                flaws.push(FigureFlaw {
                    field,
                    message: format!("unknown joint `{name}`; {whose} are {}", known.join(", ")),
                });
            }
        }
    }
}

/// What a keyframe marks beside the figure: where the eyes rest, the breath, the arrow.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cues {
    pub look: f32,
    pub breath: Option<Breath>,
    pub arrow: Option<marks::Arrow>,
    pub hand: Option<rig::Hand>,
}

impl Cues {
    pub fn of(frame: &Frame) -> Cues {
        Cues {
            look: frame.look,
            breath: frame.breath,
            arrow: frame.arrow,
            hand: frame.hand,
        }
    }
}

/// The figure's drawing for `pose` with `contacts`: placed, seen from its view (from the
/// other side when `mirror` in side view), with `ghost` drawn faintly behind and the
/// keyframe's `cues`.
pub fn draw(
    figure: &Figure,
    pose: &Pose,
    contacts: &[Contact],
    mirror: bool,
    ghost: Option<&Frame>,
    cues: Cues,
) -> Vec<rig::Shape> {
    let camera = rig::Camera {
        view: figure.view,
        flipped: mirror && figure.view.turns_with_the_side(),
    };
    let mut shapes = Vec::new();
    let placed = rig::place(pose, contacts, &figure.scene, &figure.props);
    let ghost_frame = ghost;
    let ghost = ghost.map(|g| ghost_placed(figure, g, mirror, &placed));
    if let Some(g) = &ghost {
        shapes.extend(rig::draw_ghost(g, camera));
    }
    shapes.extend(rig::draw(&placed, camera));
    // The way the keyframe's part went, from the ghost to here.
    if let Some(hand) = cues.hand {
        shapes.extend(rig::hand_closeup(&placed.skeleton, camera, hand));
        // Along the forearm from where the keyframe before pressed, on the same side.
        let before = ghost_frame
            .filter(|g| g.mirror == mirror)
            .and_then(|g| g.hand)
            .and_then(|h| h.press);
        if let (Some(from), Some(to)) = (before, hand.press) {
            shapes.extend(closeup::thumb_slide(&placed.skeleton, camera, from, to));
        }
    }
    if let Some(arrow) = cues.arrow {
        shapes.extend(marks::arrow(
            arrow,
            ghost.as_ref().map(|g| &g.skeleton),
            &placed.skeleton,
            camera,
            mirror,
        ));
    }
    if cues.look > 0.0 {
        shapes.extend(rig::line_of_sight(&placed.skeleton, camera, cues.look));
    }
    match cues.breath {
        Some(Breath::Asleep) => shapes.extend(marks::asleep(&placed.skeleton, camera)),
        Some(breath) => shapes.extend(rig::breath_arrow(
            &placed.skeleton,
            camera,
            breath == Breath::In,
        )),
        None => {}
    }
    if let Some(part) = figure.zoom {
        let part = if mirror { part.mirrored() } else { part };
        let at = part.at(&placed.skeleton);
        // With a ball at the part, between the two: the ball and what it presses on.
        let near_ball = placed
            .scene
            .balls
            .iter()
            .map(|b| b.0)
            .find(|b| (0..3).map(|i| (b[i] - at[i]).powi(2)).sum::<f32>().sqrt() < 25.0);
        let at = near_ball.map_or(at, |b| rig::lerp3(at, b, 0.5));
        let focus = camera.project(at);
        let centre = marks::zoom_centre(&placed.skeleton, camera, focus, figure.inset.is_some());
        let close = zoom::closeup(&shapes, focus, centre);
        shapes.extend(close);
    }
    // Over the line of sight, which may run through it.
    match figure.inset {
        Some(marks::Inset::Top) => shapes.extend(marks::top_inset(
            &placed.skeleton,
            ghost.as_ref().map(|g| &g.skeleton),
            camera,
        )),
        Some(marks::Inset::Eyes) => shapes.extend(marks::eye_inset(&placed.skeleton, camera)),
        Some(marks::Inset::Pelvis) => {
            let tilt = |p: &Pose| p.get(BodyJoint::PelvisTilt);
            shapes.extend(pelvis::closeup(
                &placed.skeleton,
                camera,
                marks::inset_centre(&placed.skeleton, camera),
                tilt(pose),
                ghost_frame.map(|g| tilt(&posed(g))),
            ));
        }
        Some(marks::Inset::End) => {
            // Seen from the head's end, with the keyframe before as its ghost, fitted whole
            // in the frame.
            let end = rig::Camera {
                view: View::Back,
                flipped: false,
            };
            let mut seen = Vec::new();
            if let Some(g) = &ghost {
                seen.extend(rig::draw_ghost(g, end));
            }
            seen.extend(rig::draw(&placed, end));
            let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
            for (p, r) in placed.skeleton.outline() {
                let q = end.project(p);
                lo = [lo[0].min(q[0] - r), lo[1].min(q[1] - r)];
                hi = [hi[0].max(q[0] + r), hi[1].max(q[1] + r)];
            }
            let focus = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
            // One scale for every keyframe, so that the arms opening show as growing:
            // arms wide fill the frame.
            let k = 2.0 * zoom::INNER / (2.0 * ARM_SPAN_HALF);
            let centre = marks::inset_centre(&placed.skeleton, camera);
            shapes.extend(zoom::framed(&seen, focus, centre, k));
            // Each hand's way from the keyframe before, above the arm: arms opening out
            // show as two arrows apart, which the side view sees end on.
            if let Some(g) = &ghost {
                let at = |p: [f32; 3]| {
                    let q = end.project(p);
                    [
                        centre[0] + (q[0] - focus[0]) * k,
                        centre[1] + (q[1] - focus[1]) * k + 7.0,
                    ]
                };
                for (from, to) in [
                    (g.skeleton.left.hand, placed.skeleton.left.hand),
                    (g.skeleton.right.hand, placed.skeleton.right.hand),
                ] {
                    shapes.extend(zoom::arrow(at(from), at(to)));
                }
            }
        }
        None => {}
    }
    shapes
}

/// Where the ghost `g` stands in the scene of `placed`: placed by its own contacts, then
/// moved along the floor so that the chair, wall, desk or door frame both share is one
/// (a figure that stands up from a chair leaves its ghost sitting on that chair).
pub fn ghost_placed(figure: &Figure, g: &Frame, mirror: bool, placed: &rig::Placed) -> rig::Placed {
    // As done (a keyframe of the other side mirrored), and across a switch of sides seen
    // the way the keyframe is.
    let pose = if g.mirror != mirror {
        posed(g).mirrored()
    } else {
        posed(g)
    };
    let mut ghost = rig::place(&pose, &g.contacts, &figure.scene, &figure.props);
    let (now, then) = (&placed.scene, &ghost.scene);
    let dx = match (now.chair, then.chair) {
        (Some(a), Some(b)) => Some(a.0 - b.0),
        _ => None,
    }
    .or(match (now.wall, then.wall) {
        (Some(a), Some(b)) => Some(a.0 - b.0),
        _ => None,
    })
    .or(match (now.desk, then.desk) {
        (Some(a), Some(b)) => Some(a.0 - b.0),
        _ => None,
    })
    .or(match (now.doorway, then.doorway) {
        (Some(a), Some(b)) => Some(a[0] - b[0]),
        _ => None,
    })
    .or(match (now.stairs, then.stairs) {
        (Some(a), Some(b)) => Some(a.0 - b.0),
        _ => None,
    })
    // On a ball or roller on the floor, the prop stays where it lies and the body rolls
    // over it.
    .or(match (now.balls.first(), then.balls.first()) {
        (Some(a), Some(b)) => Some(a.0[0] - b.0[0]),
        _ => None,
    })
    .or(match (now.rollers.first(), then.rollers.first()) {
        (Some(a), Some(b)) => Some(a.0[0] - b.0[0]),
        _ => None,
    })
    .unwrap_or(0.0);
    ghost.shift(dx);
    ghost
}

/// A keyframe's pose as done: mirrored ones with the other side.
pub fn posed(frame: &Frame) -> Pose {
    if frame.mirror {
        frame.pose.mirrored()
    } else {
        frame.pose
    }
}

/// Half the width of a figure with its arms out to the sides, in cm: the head end's view
/// fits it.
const ARM_SPAN_HALF: f32 = 80.0;

/// The drawing of keyframe `frame`.
pub fn draw_frame(figure: &Figure, frame: &Frame) -> Vec<rig::Shape> {
    draw_from(figure, frame, None)
}

/// The drawing of keyframe `frame`, with `from` (the keyframe before it) as a ghost and
/// an arrow the way the movement goes: for review, where frames stand still.
pub fn draw_from(figure: &Figure, frame: &Frame, from: Option<&Frame>) -> Vec<rig::Shape> {
    // Across a switch to the other side there is no movement to show.
    let from = from.filter(|f| f.mirror == frame.mirror);
    draw(
        figure,
        &posed(frame),
        &frame.contacts,
        frame.mirror,
        from,
        Cues::of(frame),
    )
}

/// The extent every keyframe seen from the same side as one done with the other side or
/// not (`mirror`) fits in, so that the drawing keeps one scale while it moves.
pub fn extent(figure: &Figure, frames: &[Frame], mirror: bool) -> ([f32; 2], [f32; 2]) {
    let flipped = |f: &Frame| f.mirror && figure.view.turns_with_the_side();
    let same: Vec<&Frame> = frames
        .iter()
        .filter(|f| flipped(f) == (mirror && figure.view.turns_with_the_side()))
        .collect();
    // A line of sight may run off the card (looking far away): it does not count. The
    // hand's close-up and the arrows (from the keyframe before) are part of the drawing.
    let body = |f: &Frame| {
        let i = frames.iter().position(|g| std::ptr::eq(g, f)).unwrap_or(0);
        let before = i
            .checked_sub(1)
            .map(|j| &frames[j])
            .filter(|g| g.mirror == f.mirror);
        draw(
            figure,
            &posed(f),
            &f.contacts,
            f.mirror,
            before,
            Cues {
                look: 0.0,
                ..Cues::of(f)
            },
        )
    };
    let all: Vec<rig::Shape> = if same.is_empty() {
        frames.iter().flat_map(body).collect()
    } else {
        same.into_iter().flat_map(body).collect()
    };
    rig::bounds(&all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_joint_sits_at_its_place_in_the_tables() {
        // `read_joints` stores a joint at its place in `iter()`; `Pose` reads it as
        // `j as usize`. The derive lists the variants in order, so the two agree.
        for (i, j) in BodyJoint::iter().enumerate() {
            assert_eq!(j as usize, i, "{j:?}");
        }
        for (i, j) in SideJoint::iter().enumerate() {
            assert_eq!(j as usize, i, "{j:?}");
        }
    }

    /// The lists in the messages are derived, in the words and order they always had.
    #[test]
    fn an_unknown_name_in_a_contact_lists_the_known_ones() {
        let err = |text: &str| parse_contact(text).expect_err(text);
        assert_eq!(
            err("feet:moon"),
            "unknown surface `moon` in `feet:moon`; known: floor, chair, wall, doorway, desk, stairs, screen, phone, window, tap, apple, or on the body: belly, breastbone, knees, left_knee, right_knee, ankles, left_ankle, right_ankle, thighs, left_thigh, right_thigh, back_of_head, neck, eyes, left_forearm, right_forearm, left_shoulder, right_shoulder, left_hand, right_hand, hips, lower_back"
        );
        assert_eq!(
            err("feet:floor:kite"),
            "unknown prop `kite` in `feet:floor:kite`; known: ball, roller, roller_along, strap, pack, cold_pack, glass"
        );
        assert!(err("tail:floor").ends_with("known: feet, left_foot, right_foot, seat, glutes, upper_back, back, head, hands, left_hand, right_hand, forearms, left_forearm, right_forearm, left_shoulder, right_shoulder, chest, calves, knees"));
    }

    /// The derived names (error messages, the check's wording) are the names files use.
    #[test]
    fn derived_names_are_the_serde_names() {
        use serde::de::IntoDeserializer;
        use serde::de::value::{Error, StrDeserializer};
        fn same<T>()
        where
            T: IntoEnumIterator + Copy + PartialEq + std::fmt::Debug + Into<&'static str>,
            T: for<'de> Deserialize<'de>,
        {
            for v in T::iter() {
                let name: &'static str = v.into();
                let de: StrDeserializer<'_, Error> = name.into_deserializer();
                assert_eq!(T::deserialize(de), Ok(v), "{name}");
            }
        }
        same::<Part>();
        same::<Surface>();
        same::<Prop>();
    }
}
