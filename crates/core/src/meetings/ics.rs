//! ICS text -> meetings over a window of time. `icalendar`'s parser reads the components
//! (folded lines, parameters, escapes); `rrule` expands recurrences in the event's zone, so a
//! weekly 10:00 stays 10:00 across a DST change. Here: which events count as meetings, their
//! times and zones, EXDATE and RECURRENCE-ID overrides. Text in, intervals out: no I/O.

use super::Meeting;
use super::zones::{self, ZoneHints};
use crate::{Time, TimeDelta};
use chrono::{LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::parser::{Component, Property, read_calendar, unfold};
use std::collections::HashMap;

/// The most occurrences one series may produce in a window (a guard against a rule that
/// recurs every second).
const MAX_OCCURRENCES: usize = 5_000;

/// Why a calendar could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IcsError {
    #[error("not an iCalendar file: {0}")]
    Syntax(String),
    #[error("no VCALENDAR in the file")]
    NoCalendar,
}

/// How to read a calendar: the zone of floating times, and who the user is.
#[derive(Clone, Copy)]
pub struct ReadOptions<'a> {
    /// The zone of times without one (RFC 5545 "floating"): the user's own zone.
    /// A calendar's `X-WR-TIMEZONE` (Google, Apple) overrides it.
    pub floating: rrule::Tz,
    /// The user's address (`[calendar] me`): events they declined are no meetings.
    pub me: Option<&'a str>,
}

/// A time as an event writes it.
#[derive(Debug, Clone, Copy)]
enum When {
    /// All day (`VALUE=DATE`): no meeting.
    Date,
    At(chrono::DateTime<rrule::Tz>),
}

/// The meetings in `text` that overlap `[from, to)`, in start order.
pub fn meetings(
    text: &str,
    from: Time,
    to: Time,
    options: ReadOptions<'_>,
) -> Result<Vec<Meeting>, IcsError> {
    let unfolded = unfold(text);
    let calendar = read_calendar(&unfolded).map_err(|e| {
        // nom's report quotes the whole input; its first line says enough.
        IcsError::Syntax(e.lines().take(2).collect::<Vec<_>>().join(" "))
    })?;
    if calendar.properties.is_empty() && calendar.components.is_empty() {
        return Err(IcsError::NoCalendar);
    }
    let reader = Reader {
        hints: zone_hints(&calendar.components),
        floating: floating_zone(&calendar.properties, options.floating),
    };
    let events: Vec<&Component> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"))
        .collect();
    let moved = moved(&events, &reader);
    let mut out = Vec::new();
    for event in events {
        if counts(event, options.me) {
            reader.event_meetings(event, &moved, (from, to), &mut out);
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out.truncate(MAX_OCCURRENCES * 4);
    Ok(out)
}

/// The instants that overrides (events with a RECURRENCE-ID) replace, by UID.
type Moved<'c> = HashMap<&'c str, Vec<Time>>;

/// The zone of floating times: the calendar's `X-WR-TIMEZONE` if it names one we know,
/// else `default`.
fn floating_zone(properties: &[Property], default: rrule::Tz) -> rrule::Tz {
    properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("X-WR-TIMEZONE"))
        .and_then(|p| zones::resolve(p.val.as_str(), None))
        .map_or(default, Into::into)
}

fn moved<'c>(events: &[&'c Component], reader: &Reader) -> Moved<'c> {
    let mut moved: Moved<'c> = HashMap::new();
    for event in events {
        if let (Some(uid), Some(When::At(id))) = (
            value(event, "UID"),
            prop(event, "RECURRENCE-ID").and_then(|p| reader.when(p)),
        ) {
            moved.entry(uid).or_default().push(id.with_timezone(&Utc));
        }
    }
    moved
}

/// Whether an event is a meeting the user sits through: not cancelled, not free time, not
/// declined.
fn counts(event: &Component, me: Option<&str>) -> bool {
    let is =
        |name, wanted: &str| value(event, name).is_some_and(|v| v.eq_ignore_ascii_case(wanted));
    // Outlook marks free time with its own busy status as well as TRANSP.
    if is("STATUS", "CANCELLED")
        || is("TRANSP", "TRANSPARENT")
        || is("X-MICROSOFT-CDO-BUSYSTATUS", "FREE")
    {
        return false;
    }
    let Some(me) = me.map(str::trim).filter(|m| !m.is_empty()) else {
        return true;
    };
    let declined = event.properties.iter().any(|p| {
        p.name.as_str().eq_ignore_ascii_case("ATTENDEE")
            && address(p.val.as_str()).eq_ignore_ascii_case(me)
            && param(p, "PARTSTAT").is_some_and(|s| s.eq_ignore_ascii_case("DECLINED"))
    });
    !declined
}

fn address(value: &str) -> &str {
    let v = value.trim();
    v.get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or(v, |_| &v[7..])
}

fn prop<'c>(c: &'c Component, name: &str) -> Option<&'c Property<'c>> {
    c.properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn value<'c>(c: &'c Component, name: &str) -> Option<&'c str> {
    prop(c, name).map(|p| p.val.as_str().trim())
}

fn param<'p>(p: &'p Property, key: &str) -> Option<&'p str> {
    p.params
        .iter()
        .find(|x| x.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str())
}

/// Each VTIMEZONE's hints, by TZID.
fn zone_hints(components: &[Component]) -> HashMap<String, ZoneHints> {
    components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VTIMEZONE"))
        .filter_map(|c| {
            let id = value(c, "TZID")?.to_owned();
            let hints = ZoneHints {
                location: value(c, "X-LIC-LOCATION").map(str::to_owned),
                offsets: c
                    .components
                    .iter()
                    .filter_map(|part| value(part, "TZOFFSETTO").and_then(zones::parse_offset))
                    .collect(),
            };
            Some((id, hints))
        })
        .collect()
}

struct Reader {
    hints: HashMap<String, ZoneHints>,
    floating: rrule::Tz,
}

impl Reader {
    /// The meetings `event` makes that overlap `window` (`[from, to)`), pushed onto `out`:
    /// its own time, or each occurrence of its rule. An all-day or empty event makes none.
    fn event_meetings(
        &self,
        event: &Component,
        moved: &Moved<'_>,
        (from, to): (Time, Time),
        out: &mut Vec<Meeting>,
    ) {
        let Some(When::At(start)) = prop(event, "DTSTART").and_then(|p| self.when(p)) else {
            return;
        };
        let length = match prop(event, "DTEND").and_then(|p| self.when(p)) {
            Some(When::At(end)) => end.with_timezone(&Utc) - start.with_timezone(&Utc),
            Some(When::Date) => return,
            None => value(event, "DURATION")
                .and_then(parse_duration)
                .unwrap_or(TimeDelta::zero()),
        };
        if length <= TimeDelta::zero() {
            return;
        }
        let summary = value(event, "SUMMARY").unwrap_or_default().to_owned();
        let mut push = |start: Time| {
            let end = start + length;
            if end > from && start < to {
                out.push(Meeting {
                    start,
                    end,
                    summary: summary.clone(),
                });
            }
        };
        let rule = value(event, "RRULE").filter(|_| prop(event, "RECURRENCE-ID").is_none());
        match rule {
            Some(rule) => self.occurrences(event, moved, rule, start, to, &mut push),
            None => push(start.with_timezone(&Utc)),
        }
    }

    /// Each start of a series by `rule` from `start` until `to`, given to `push`, less its
    /// EXDATEs and the instants its overrides moved. A rule rrule cannot read still has
    /// its first occurrence.
    fn occurrences(
        &self,
        event: &Component,
        moved: &Moved<'_>,
        rule: &str,
        start: chrono::DateTime<rrule::Tz>,
        to: Time,
        push: &mut impl FnMut(Time),
    ) {
        let mut skip: Vec<Time> = event
            .properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case("EXDATE"))
            .flat_map(|p| self.list(p))
            .collect();
        if let Some(ids) = value(event, "UID").and_then(|uid| moved.get(uid)) {
            skip.extend(ids);
        }
        let Ok(unvalidated) = normalize_until(rule, start).parse::<rrule::RRule<_>>() else {
            push(start.with_timezone(&Utc));
            return;
        };
        let Ok(set) = unvalidated.build(start) else {
            push(start.with_timezone(&Utc));
            return;
        };
        for occurrence in set.into_iter().take(MAX_OCCURRENCES * 20) {
            let at = occurrence.with_timezone(&Utc);
            if at >= to {
                break;
            }
            if !skip.contains(&at) {
                push(at);
            }
        }
    }

    /// The time a DTSTART, DTEND or RECURRENCE-ID property gives.
    fn when(&self, p: &Property) -> Option<When> {
        self.parse(p.val.as_str(), param(p, "TZID"), param(p, "VALUE"))
    }

    /// Every time in an EXDATE (a comma-separated list), as instants.
    fn list(&self, p: &Property) -> Vec<Time> {
        p.val
            .as_str()
            .split(',')
            .filter_map(
                |v| match self.parse(v, param(p, "TZID"), param(p, "VALUE")) {
                    Some(When::At(t)) => Some(t.with_timezone(&Utc)),
                    _ => None,
                },
            )
            .collect()
    }

    fn parse(&self, value: &str, tzid: Option<&str>, kind: Option<&str>) -> Option<When> {
        let value = value.trim();
        if kind.is_some_and(|k| k.eq_ignore_ascii_case("DATE")) || value.len() == 8 {
            return NaiveDate::parse_from_str(value, "%Y%m%d")
                .ok()
                .map(|_| When::Date);
        }
        if let Some(utc) = value.strip_suffix('Z').or_else(|| value.strip_suffix('z')) {
            let naive = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").ok()?;
            return Some(When::At(rrule::Tz::UTC.from_utc_datetime(&naive)));
        }
        let naive = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()?;
        let tz = match tzid {
            Some(id) => zones::resolve(id, self.hints.get(id.trim_matches('"')))
                .map_or(self.floating, rrule::Tz::from),
            None => self.floating,
        };
        Some(When::At(local(tz, naive)))
    }
}

/// `naive` in `tz`: a time skipped by a DST change moves past the gap, a repeated one is
/// the first (RFC 5545 3.3.5).
fn local(tz: rrule::Tz, naive: NaiveDateTime) -> chrono::DateTime<rrule::Tz> {
    for hour in 0..=3 {
        match tz.from_local_datetime(&(naive + TimeDelta::hours(hour))) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => return t,
            LocalResult::None => {}
        }
    }
    rrule::Tz::UTC.from_utc_datetime(&naive).with_timezone(&tz)
}

/// RFC 5545 wants UNTIL in UTC when DTSTART has a zone; Outlook and some others write it as
/// a local time or a date. rrule refuses those, so they are turned into UTC here.
fn normalize_until(rule: &str, start: chrono::DateTime<rrule::Tz>) -> String {
    rule.split(';')
        .map(|part| {
            let Some((key, value)) = part.split_once('=') else {
                return part.to_owned();
            };
            if !key.eq_ignore_ascii_case("UNTIL") || value.ends_with(['Z', 'z']) {
                return part.to_owned();
            }
            let naive = if value.len() == 8 {
                NaiveDate::parse_from_str(value, "%Y%m%d")
                    .ok()
                    .and_then(|d| d.and_hms_opt(23, 59, 59))
            } else {
                NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()
            };
            match naive {
                Some(n) => format!(
                    "UNTIL={}",
                    local(start.timezone(), n)
                        .with_timezone(&Utc)
                        .format("%Y%m%dT%H%M%SZ")
                ),
                None => part.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// An RFC 5545 duration ("PT1H", "PT1H30M", "P1D", "P1W", "-PT5M").
pub fn parse_duration(text: &str) -> Option<TimeDelta> {
    let text = text.trim();
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let rest = rest.strip_prefix('P')?;
    let (mut secs, mut number, mut in_time) = (0i64, String::new(), false);
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' => in_time = true,
            unit => {
                let n: i64 = std::mem::take(&mut number).parse().ok()?;
                secs += n * match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then(|| TimeDelta::seconds(sign * secs))
}
