//! How the body is doing, from history: check-ins (discomfort 0–10 per area and the warning
//! signs), the "how did that feel" answers, and what follows from them: the leanings of the
//! variety engine, the areas where self-massage stops, the advice to see a professional, and
//! the reason a suggestion was picked. Pure: events and `now` in, answers out. It never
//! diagnoses: every answer is a nudge or a pointer to someone qualified.

use super::exercise::{Exercise, Kind, Region};
use super::history::{AreaCheck, Event, EventKind, Feeling};
use super::{Time, TimeDelta};
use knotless_i18n::t;
use std::collections::{BTreeMap, HashMap};

/// The window a trend is read over, and the longest a check-in counts as "recent".
pub const TREND_DAYS: i64 = 14;
/// Feedback older than this no longer steers the engine, and what the suggestions learn
/// from is kept this long (check-ins longer: see [`remembered`]).
pub const LEARN_DAYS: i64 = 60;
/// An area needs this many check-ins over at least [`TREND_MIN_SPAN_DAYS`] for a trend.
const TREND_MIN_CHECKINS: usize = 3;
const TREND_MIN_SPAN_DAYS: i64 = 10;
/// A change of this much (0–10 scale) over the window is a trend, less is flat.
const TREND_STEP: f64 = 1.5;
/// A flat area at or above this mean is "not improving" (a flat "fine" is no problem).
const NOT_IMPROVING_FROM: f64 = 3.0;
/// The advice to see a physical therapist is given once per area in this many days.
const PT_ADVICE_EVERY_DAYS: i64 = 30;
/// The exercise a micro-pause turns into once a week, and its `advised` kind.
pub const DESK_CHECK: &str = "desk-setup-check";
/// Skips in a row after which a calm breathing break is favoured.
pub const SKIPS_FOR_BREATHING: usize = 3;
/// A check-in score at or above this is severe pain: a reason to seek help on its own.
pub const SEVERE_FROM: u8 = 9;
/// Two "worse" for one area within this many days bring the advice to seek help.
const WORSE_AGAIN_DAYS: i64 = 7;
/// The check-in asks about at most this many areas.
pub const CHECKIN_AREAS_MAX: usize = 6;

/// Why help is advised for an area (the seeds: stop, and seek professional guidance).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// Numbness, tingling, swelling, or pain that limits daily activities (the check-in box).
    Warning,
    /// A check-in score of [`SEVERE_FROM`] or more.
    Severe(u8),
    /// Self-care made it worse twice within a week.
    WorseAgain,
}

/// The sign a check-in answer carries, if any.
pub fn sign_of(a: &AreaCheck) -> Option<Sign> {
    if a.red_flag {
        Some(Sign::Warning)
    } else if a.score >= SEVERE_FROM {
        Some(Sign::Severe(a.score))
    } else {
        None
    }
}

/// Where an area is heading over the last [`TREND_DAYS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Improving,
    Flat,
    Worse,
    /// Too few check-ins to tell.
    Unknown,
}

impl Trend {
    /// What the report says of it, in the active language.
    pub fn label(self) -> String {
        match self {
            Trend::Improving => t!("report-trend-improving"),
            Trend::Flat => t!("report-trend-flat"),
            Trend::Worse => t!("report-trend-worse"),
            Trend::Unknown => t!("report-trend-unknown"),
        }
    }
}

/// Advice the app gives, worded from the seeds. Informational, never a diagnosis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    /// A warning sign, severe pain, or self-care making it worse again: nothing that loads
    /// the area is suggested until a later check-in is clear; see someone now.
    SeekHelp { region: Region, sign: Sign },
    /// Two weeks of check-ins without improvement: a physical therapist could help. `tried`
    /// is what the breaks worked there, to bring along.
    SeePhysio { region: Region, tried: Vec<String> },
    /// "Worse" after an exercise: stop that kind of self-care on the areas it loads; they are
    /// held (`crate::holds`) until a check-in says they are fine, and the exercise is not
    /// suggested again for now.
    Held { areas: Vec<Region>, title: String },
}

impl Advice {
    pub fn region(&self) -> Region {
        match self {
            Advice::SeekHelp { region, .. } | Advice::SeePhysio { region, .. } => *region,
            Advice::Held { areas, .. } => areas.first().copied().unwrap_or(Region::WholeBody),
        }
    }

    /// The `advice` history name of this kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Advice::SeekHelp { .. } => "seek_help",
            Advice::SeePhysio { .. } => "physical_therapist",
            Advice::Held { .. } => "held",
        }
    }

    /// What the window says, in the active language.
    pub fn text(&self) -> String {
        match self {
            Advice::SeekHelp { region, sign } => {
                let area = region.label();
                let what = match sign {
                    Sign::Warning => t!("advice-seek-help-warning", area = area.as_str()),
                    Sign::Severe(score) => {
                        t!(
                            "advice-seek-help-severe",
                            area = area.as_str(),
                            score = *score
                        )
                    }
                    Sign::WorseAgain => t!("advice-seek-help-worse-again", area = area.as_str()),
                };
                // Say only what the code does: every sign holds the area (`crate::holds`)
                // until a check-in says it is fine again.
                t!("advice-seek-help", what = what, area = area)
            }
            Advice::Held { areas, title } => {
                t!(
                    "advice-held",
                    title = title.as_str(),
                    areas = Region::list(areas)
                )
            }
            Advice::SeePhysio { region, tried } if tried.is_empty() => {
                t!("advice-see-physio", area = region.label())
            }
            Advice::SeePhysio { region, tried } => t!(
                "advice-see-physio-tried",
                area = region.label(),
                tried = tried.join(", ")
            ),
        }
    }
}

fn checkins(events: &[Event]) -> impl Iterator<Item = (Time, &[AreaCheck])> {
    events.iter().filter_map(|e| match &e.kind {
        EventKind::Checkin { areas } => Some((e.at, areas.as_slice())),
        _ => None,
    })
}

/// The scores of `region` within the window ending at `now`, oldest first.
fn scores(events: &[Event], region: Region, now: Time) -> Vec<(Time, u8)> {
    let since = now - TimeDelta::days(TREND_DAYS);
    checkins(events)
        .filter(|(at, _)| *at >= since && *at <= now)
        .filter_map(|(at, areas)| {
            areas
                .iter()
                .find(|a| a.region == region)
                .map(|a| (at, a.score))
        })
        .collect()
}

/// The trend of `region` over the last two weeks: the least-squares slope of its scores,
/// times the window. More discomfort is worse.
pub fn trend(events: &[Event], region: Region, now: Time) -> Trend {
    let points = scores(events, region, now);
    let span = match (points.first(), points.last()) {
        (Some(first), Some(last)) => last.0 - first.0,
        _ => return Trend::Unknown,
    };
    if points.len() < TREND_MIN_CHECKINS || span < TimeDelta::days(TREND_MIN_SPAN_DAYS) {
        return Trend::Unknown;
    }
    let t0 = points[0].0;
    let xs: Vec<f64> = points
        .iter()
        .map(|(at, _)| (*at - t0).num_seconds() as f64 / 86_400.0)
        .collect();
    let ys: Vec<f64> = points.iter().map(|(_, s)| f64::from(*s)).collect();
    let n = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let change = if sxx > 0.0 {
        sxy / sxx * TREND_DAYS as f64
    } else {
        0.0
    };
    if change <= -TREND_STEP {
        Trend::Improving
    } else if change >= TREND_STEP {
        Trend::Worse
    } else {
        Trend::Flat
    }
}

/// `region` has not improved over two weeks of check-ins: flat or worse, and not at "fine"
/// (a mean of at least [`NOT_IMPROVING_FROM`]).
pub fn not_improving(events: &[Event], region: Region, now: Time) -> bool {
    matches!(trend(events, region, now), Trend::Flat | Trend::Worse)
        && mean_score(events, region, now).is_some_and(|m| m >= NOT_IMPROVING_FROM)
}

/// The mean score of `region` over the window (None without check-ins).
pub fn mean_score(events: &[Event], region: Region, now: Time) -> Option<f64> {
    let points = scores(events, region, now);
    (!points.is_empty())
        .then(|| points.iter().map(|p| f64::from(p.1)).sum::<f64>() / points.len() as f64)
}

/// Recent discomfort per area (the newest score within two weeks, 0–1), for the engine.
pub fn discomfort(events: &[Event], now: Time) -> Vec<(Region, f64)> {
    let since = now - TimeDelta::days(TREND_DAYS);
    let mut latest: BTreeMap<Region, u8> = BTreeMap::new();
    for (at, areas) in checkins(events) {
        if at >= since {
            for a in areas {
                latest.insert(a.region, a.score);
            }
        }
    }
    latest
        .into_iter()
        .filter(|(_, s)| *s > 0)
        .map(|(r, s)| (r, f64::from(s) / 10.0))
        .collect()
}

/// Areas that an exercise made worse within the last week, once or more, with the time of
/// the newest; `loads_of` looks up what an exercise loads.
pub fn worse_areas<'a>(
    events: &[Event],
    now: Time,
    loads_of: impl Fn(&str) -> Option<&'a [Region]>,
) -> BTreeMap<Region, (usize, Time)> {
    let since = now - TimeDelta::days(WORSE_AGAIN_DAYS);
    let mut areas: BTreeMap<Region, (usize, Time)> = BTreeMap::new();
    for e in events.iter().filter(|e| e.at >= since && e.at <= now) {
        if let EventKind::Feedback {
            exercise,
            feeling: Feeling::Worse,
        } = &e.kind
        {
            for &region in loads_of(exercise).unwrap_or_default() {
                let entry = areas.entry(region).or_insert((0, e.at));
                entry.0 += 1;
                entry.1 = e.at;
            }
        }
    }
    areas
}

/// The areas a check-in asks about: every held area first (a hold is asked about until a
/// check-in releases it, however many there are), then the focus areas, then those the
/// completed breaks of the last two weeks worked (most worked first), up to
/// [`CHECKIN_AREAS_MAX`]; the four a desk knots up most when there are none.
pub fn checkin_areas<'a>(
    held: &[Region],
    focus: &[Region],
    events: &[Event],
    now: Time,
    regions_of: impl Fn(&str) -> Option<&'a [Region]>,
) -> Vec<Region> {
    let since = now - TimeDelta::days(TREND_DAYS);
    let mut worked: BTreeMap<Region, u32> = BTreeMap::new();
    for (id, _) in super::stats::completed(events).filter(|(_, at)| *at >= since) {
        for &region in regions_of(id).unwrap_or_default() {
            if region != Region::WholeBody && region != Region::Eyes {
                *worked.entry(region).or_insert(0) += 1;
            }
        }
    }
    let mut by_count: Vec<(Region, u32)> = worked.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut areas: Vec<Region> = held.to_vec();
    for region in focus
        .iter()
        .copied()
        .chain(by_count.into_iter().map(|(r, _)| r))
    {
        if !areas.contains(&region) && areas.len() < CHECKIN_AREAS_MAX {
            areas.push(region);
        }
    }
    if areas.is_empty() {
        areas = vec![
            Region::Neck,
            Region::Shoulders,
            Region::UpperBack,
            Region::LowerBack,
        ];
    }
    areas
}

/// "How did that feel" per exercise over the last two months: +1 better, −1 worse.
pub fn feedback(events: &[Event], now: Time) -> HashMap<String, i32> {
    let since = now - TimeDelta::days(LEARN_DAYS);
    let mut sums = HashMap::new();
    for e in events.iter().filter(|e| e.at >= since) {
        if let EventKind::Feedback { exercise, feeling } = &e.kind {
            let delta = match feeling {
                Feeling::Better => 1,
                Feeling::Same => 0,
                Feeling::Worse => -1,
            };
            *sums.entry(exercise.clone()).or_insert(0) += delta;
        }
    }
    sums
}

/// Movement breaks skipped in a row, newest first (a completed or natural break ends it).
pub fn skips_in_a_row(events: &[Event]) -> usize {
    events
        .iter()
        .rev()
        .filter_map(|e| match e.kind {
            EventKind::BreakSkipped { .. } => Some(true),
            EventKind::BreakCompleted { .. } | EventKind::NaturalBreak { .. } => Some(false),
            _ => None,
        })
        .take_while(|skipped| *skipped)
        .count()
}

/// The kind to favour now: a calm breathing break when skips pile up (stress shows there).
pub fn favoured_kind(events: &[Event]) -> Option<Kind> {
    (skips_in_a_row(events) >= SKIPS_FOR_BREATHING).then_some(Kind::Breathing)
}

/// Is the weekly desk check due (not shown in the last seven days)?
pub fn desk_check_due(events: &[Event], now: Time) -> bool {
    !events.iter().any(|e| {
        e.at > now - TimeDelta::days(7)
            && matches!(&e.kind, EventKind::Advised { kind, .. } if kind == DESK_CHECK)
    })
}

/// Is a check-in due (none within `every`)? It is asked after a break, never on its own.
pub fn checkin_due(events: &[Event], now: Time, every: TimeDelta) -> bool {
    checkins(events)
        .last()
        .is_none_or(|(at, _)| now - at >= every)
}

/// The advice due now: a warning sign in the newest check-in of an area (each time it is
/// reported), and a physical therapist for an area not improving over two weeks, once a
/// month at most. `tried` names what the breaks worked there (`exercise_of` looks them up).
pub fn advice_due<'a>(
    events: &[Event],
    now: Time,
    exercise_of: impl Fn(&str) -> Option<&'a Exercise>,
) -> Vec<Advice> {
    let mut advice = Vec::new();
    let advised_since = |region: Region, kind: &str, since: Time| {
        events.iter().any(|e| {
            e.at >= since
                && matches!(&e.kind, EventKind::Advised { region: r, kind: k }
                    if *r == region && k == kind)
        })
    };
    let loads_of = |id: &str| exercise_of(id).map(Exercise::loads);
    for (region, (count, newest)) in worse_areas(events, now, loads_of) {
        if count >= 2 && !advised_since(region, "seek_help", newest) {
            advice.push(Advice::SeekHelp {
                region,
                sign: Sign::WorseAgain,
            });
        }
    }
    if let Some((at, areas)) = checkins(events).last() {
        for a in areas {
            if let Some(sign) = sign_of(a)
                && !advised_since(a.region, "seek_help", at)
            {
                advice.push(Advice::SeekHelp {
                    region: a.region,
                    sign,
                });
            }
        }
        let regions: Vec<Region> = areas.iter().map(|a| a.region).collect();
        for region in regions {
            let stuck = not_improving(events, region, now);
            let recently = advised_since(
                region,
                "physical_therapist",
                now - TimeDelta::days(PT_ADVICE_EVERY_DAYS),
            );
            if stuck && !recently {
                advice.push(Advice::SeePhysio {
                    region,
                    tried: tried_for(events, region, now, &exercise_of),
                });
            }
        }
    }
    // One piece of advice of a kind per area.
    let mut seen = Vec::new();
    advice.retain(|a| {
        let key = (a.region(), a.kind());
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    advice
}

/// What to say when the user answers "worse" after `e`: the areas it loads are held now, and
/// an area made worse once already this week (`worse_this_week`, from [`worse_areas`])
/// brings the advice to seek help.
pub fn advice_on_worse(e: &Exercise, worse_this_week: &[Region]) -> Vec<Advice> {
    let mut said: Vec<Advice> = e
        .loads()
        .iter()
        .filter(|r| worse_this_week.contains(r))
        .map(|&region| Advice::SeekHelp {
            region,
            sign: Sign::WorseAgain,
        })
        .collect();
    said.push(Advice::Held {
        areas: e.loads().to_vec(),
        title: e.title.clone(),
    });
    said
}

/// Titles of the exercises completed for `region` in the last two weeks, most done first.
fn tried_for<'a>(
    events: &[Event],
    region: Region,
    now: Time,
    exercise_of: &impl Fn(&str) -> Option<&'a Exercise>,
) -> Vec<String> {
    let since = now - TimeDelta::days(TREND_DAYS);
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for (id, _) in super::stats::completed(events).filter(|(_, at)| *at >= since) {
        if let Some(Exercise { title, regions, .. }) = exercise_of(id)
            && regions.contains(&region)
        {
            *counts.entry(title).or_insert(0) += 1;
        }
    }
    let mut tried: Vec<(&str, u32)> = counts.into_iter().collect();
    tried.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    tried
        .into_iter()
        .map(|(t, n)| format!("{t} ({n}×)"))
        .collect()
}

/// The `advised` kind recorded once the user has read the provider note.
pub const PROVIDER_NOTE: &str = "provider_note";

/// What the window shows before the first self-massage, heat or cold, and reads first when
/// it reads the steps aloud (the seeds: talk to a healthcare provider first with these).
pub fn provider_note_text() -> String {
    t!("advice-provider-note")
}

/// Is `e` a self-massage or a warm or cold pack, for which the provider note is due?
pub fn needs_provider_note(e: &Exercise) -> bool {
    use super::exercise::Equipment;
    e.kind == Kind::SelfMassage
        || e.equipment
            .iter()
            .any(|q| matches!(q, Equipment::HeatPack | Equipment::ColdPack))
}

/// Is the provider note due before `e`: one it concerns, and the user has not yet said
/// they have read it (an `advised` event of kind [`PROVIDER_NOTE`], kept for good)?
pub fn provider_note_due(e: &Exercise, events: &[Event]) -> bool {
    needs_provider_note(e) && !provider_note_read(events)
}

/// Has the user said they read the provider note (an `advised` event of kind
/// [`PROVIDER_NOTE`])?
pub fn provider_note_read(events: &[Event]) -> bool {
    events
        .iter()
        .any(|ev| matches!(&ev.kind, EventKind::Advised { kind, .. } if kind == PROVIDER_NOTE))
}

/// The events the suggestions, check-ins and advice learn from.
pub fn is_bodily(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Checkin { .. }
            | EventKind::Advised { .. }
            | EventKind::Feedback { .. }
            | EventKind::Suggested { .. }
            | EventKind::BreakCompleted { .. }
            | EventKind::BreakSkipped { .. }
            | EventKind::NaturalBreak { .. }
    )
}

/// Whether `e` is worth keeping at `now` for everything in this module: what it learns from,
/// for [`LEARN_DAYS`]; check-ins and "worse" for good, so that a hold (`crate::holds`) stands
/// until a later check-in lifts it, however long ago it began; and the provider note once
/// read, so that it is not asked again.
pub fn remembered(e: &Event, now: Time) -> bool {
    is_bodily(&e.kind)
        && (e.at >= now - TimeDelta::days(LEARN_DAYS)
            || matches!(
                e.kind,
                EventKind::Checkin { .. }
                    | EventKind::Feedback {
                        feeling: Feeling::Worse,
                        ..
                    }
            )
            || matches!(&e.kind, EventKind::Advised { kind, .. } if kind == PROVIDER_NOTE))
}

/// Why the engine leaned towards `e`, in a line for the window, if anything personal did.
pub fn reason(
    e: &Exercise,
    discomfort: &[(Region, f64)],
    focus: &[Region],
    helped: i32,
) -> Option<String> {
    let tense = discomfort
        .iter()
        .filter(|(r, level)| e.regions.contains(r) && *level >= 0.3)
        .max_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((region, _)) = tense {
        return Some(t!("break-reason-tense", area = region.label()));
    }
    if helped > 0 {
        return Some(t!("break-reason-helped"));
    }
    e.regions
        .iter()
        .find(|r| focus.contains(r))
        .map(|r| t!("break-reason-focus", area = r.label()))
}
