//! The words exercises, settings and history share: body regions, kinds of exercise,
//! positions and equipment. Their lists and names are derived (`Region::iter()`,
//! `Region::VARIANTS`, the same names serde writes), so a new region is one new variant.
//! They live here, in the lowest crate that speaks them (settings name focus regions,
//! history records the region a break moved, statistics count by region), so the exercises
//! crate builds on core and nothing points back. The names people read (`label`) come from
//! `vocabulary.ftl` in their language; the written names stay English (the contract).

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
    /// The name people read ("upper back"), in the active language (`region-upper_back`).
    pub fn label(self) -> String {
        knotless_i18n::tr_in("region", &name_of(&self))
    }

    /// Several regions in a phrase: "neck", "neck and shoulders", "neck, shoulders and
    /// chest" ("whole body" for none).
    pub fn list(regions: &[Region]) -> String {
        let labels: Vec<String> = regions.iter().map(|r| r.label()).collect();
        match labels.split_last() {
            None => Region::WholeBody.label(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => knotless_i18n::t!(
                "vocabulary-list-and",
                first = rest.join(&knotless_i18n::t!("vocabulary-list-separator")),
                last = last.as_str()
            ),
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
    /// The name people read ("self-massage"), in the active language (`kind-self_massage`).
    pub fn label(self) -> String {
        knotless_i18n::tr_in("kind", &name_of(&self))
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

impl Position {
    /// The name people read ("seated"), in the active language (`position-seated`).
    pub fn label(self) -> String {
        knotless_i18n::tr_in("position", &name_of(&self))
    }
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

impl Equipment {
    /// The name people read ("foam roller"), in the active language (`equipment-foam_roller`).
    pub fn label(self) -> String {
        knotless_i18n::tr_in("equipment", &name_of(&self))
    }
}

/// The name people read for `name`, a member of the vocabulary whose names are `allowed`
/// (`Region::VARIANTS`, …): for lists that hold only names, as the settings' checkboxes.
/// A name no vocabulary knows (a hand edit) is shown as written.
pub fn label_in(allowed: &[&str], name: &str) -> String {
    fn of<T: VariantNames + serde::de::DeserializeOwned>(
        allowed: &[&str],
        name: &str,
        label: fn(T) -> String,
    ) -> Option<String> {
        (allowed == T::VARIANTS)
            .then(|| from_name::<T>(name))
            .flatten()
            .map(label)
    }
    of(allowed, name, Region::label)
        .or_else(|| of(allowed, name, Kind::label))
        .or_else(|| of(allowed, name, Position::label))
        .or_else(|| of(allowed, name, Equipment::label))
        .unwrap_or_else(|| name.replace('_', " "))
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

    /// Every member has its name in English (`region-neck`, `kind-walk`, …).
    #[test]
    fn every_member_has_a_name_people_read() {
        fn all<T: VariantNames>(family: &str) {
            for name in T::VARIANTS {
                let id = format!("{family}-{name}");
                assert!(knotless_i18n::has_message(&id), "no message {id}");
            }
        }
        all::<Region>("region");
        all::<Kind>("kind");
        all::<Position>("position");
        all::<Equipment>("equipment");
    }

    #[test]
    fn names_people_read_are_english_words_and_others_their_own() {
        knotless_i18n::with_language("en", || {
            assert_eq!(Region::UpperBack.label(), "upper back");
            assert_eq!(Kind::SelfMassage.label(), "self-massage");
            let three = [Region::Neck, Region::Shoulders, Region::Chest];
            assert_eq!(Region::list(&three), "neck, shoulders and chest");
            assert_eq!(Region::list(&three[..1]), "neck");
            assert_eq!(label_in(Equipment::VARIANTS, "foam_roller"), "foam roller");
            assert_eq!(label_in(Position::VARIANTS, "made_up"), "made up");
        });
        knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
            assert_ne!(Region::Neck.label(), "neck");
        });
    }
}
