//! The words exercises, settings and history share: body regions, kinds of exercise,
//! positions and equipment. Their lists and names are derived (`Region::iter()`,
//! `Region::VARIANTS`, the same names serde writes), so a new region is one new variant. They live here, in the lowest crate that speaks them (settings
//! name focus regions, history records the region a break moved, statistics count by
//! region), so the exercises crate builds on core and nothing points back.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, VariantNames};

/// The name a vocabulary value is written with (`upper_back`, `foam_roller`).
pub fn name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The vocabulary value written as `name`, if it is one.
pub fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// A part of the body an exercise works.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Region {
    Neck,
    Shoulders,
    UpperBack,
    LowerBack,
    Chest,
    Hips,
    Wrists,
    Legs,
    Eyes,
    WholeBody,
}

impl Region {
    pub fn label(self) -> &'static str {
        match self {
            Region::Neck => "neck",
            Region::Shoulders => "shoulders",
            Region::UpperBack => "upper back",
            Region::LowerBack => "lower back",
            Region::Chest => "chest",
            Region::Hips => "hips",
            Region::Wrists => "wrists and forearms",
            Region::Legs => "legs",
            Region::Eyes => "eyes",
            Region::WholeBody => "whole body",
        }
    }
}

/// What sort of exercise it is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    Stretch,
    Mobility,
    SelfMassage,
    Posture,
    Breathing,
    Walk,
    Hydration,
    Eyes,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Stretch => "stretch",
            Kind::Mobility => "mobility",
            Kind::SelfMassage => "self-massage",
            Kind::Posture => "posture",
            Kind::Breathing => "breathing",
            Kind::Walk => "walk",
            Kind::Hydration => "hydration",
            Kind::Eyes => "eyes",
        }
    }
}

/// Where the user is while doing it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Position {
    Seated,
    Standing,
    Wall,
    Floor,
}

/// What the user needs at hand (nothing, when the list is empty).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Equipment {
    /// A tennis or massage ball.
    Ball,
    FoamRoller,
    Wall,
    Chair,
    /// A strap or a towel.
    Strap,
    /// A heat pack (a warmed wheat bag, a hot-water bottle).
    HeatPack,
    /// A cold pack (a gel pack from the freezer, or frozen peas in a towel).
    ColdPack,
    Water,
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// The derived names (settings' allowed lists) are the names files and history use.
    #[test]
    fn derived_names_are_the_serde_names() {
        fn same<T: IntoEnumIterator + VariantNames + Serialize>() {
            let serde: Vec<String> = T::iter().map(|v| name_of(&v)).collect();
            assert_eq!(serde, T::VARIANTS);
        }
        same::<Region>();
        same::<Kind>();
        same::<Position>();
        same::<Equipment>();
    }
}
