//! Calendar questions in the user's time zone, answered without reading the clock:
//! local days, "tomorrow morning", a local time that falls into a DST gap.

use super::{Time, TimeDelta};
use chrono::{LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};

/// Before this local hour, "until tomorrow" means the coming morning of the same date.
const NIGHT_ENDS_HOUR: u32 = 4;

/// The local calendar date of `t`.
pub fn local_date<Tz: TimeZone>(t: Time, tz: &Tz) -> NaiveDate {
    t.with_timezone(tz).date_naive()
}

/// The moment local `date` `time` happens. A time skipped by a DST change resolves to the
/// first valid moment after it; a time that happens twice resolves to the first.
pub fn resolve_local<Tz: TimeZone>(tz: &Tz, date: NaiveDate, time: NaiveTime) -> Time {
    let naive = date.and_time(time);
    // Gaps are at most a few hours; step through them a quarter hour at a time.
    for quarter in 0..=16 {
        match tz.from_local_datetime(&(naive + TimeDelta::minutes(15 * quarter))) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(first, _) => return first.with_timezone(&Utc),
            LocalResult::None => {}
        }
    }
    // No zone has a four-hour gap; read the wall time as UTC rather than fail.
    Utc.from_utc_datetime(&naive)
}

/// The start of local `date` (midnight, or the first moment after it on a DST day).
pub fn day_start<Tz: TimeZone>(tz: &Tz, date: NaiveDate) -> Time {
    resolve_local(tz, date, NaiveTime::MIN)
}

/// When "pause until tomorrow" ends: `morning` on the next date, or on the same date when
/// asked in the small hours (before 04:00), which people still call "tonight".
pub fn next_morning<Tz: TimeZone>(now: Time, tz: &Tz, morning: NaiveTime) -> Time {
    let local = now.with_timezone(tz);
    let today = local.date_naive();
    let small_hours =
        local.time() < NaiveTime::from_hms_opt(NIGHT_ENDS_HOUR, 0, 0).unwrap_or(NaiveTime::MIN);
    let candidate = resolve_local(tz, today, morning);
    if small_hours && candidate > now {
        return candidate;
    }
    let tomorrow = today.succ_opt().unwrap_or(today);
    resolve_local(tz, tomorrow, morning)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn small_hours_pause_ends_the_same_morning() {
        let tz = FixedOffset::east_opt(3600).unwrap();
        let eight = NaiveTime::from_hms_opt(8, 0, 0).unwrap();
        let at = |d, h| {
            resolve_local(
                &tz,
                NaiveDate::from_ymd_opt(2026, 3, d).unwrap(),
                NaiveTime::from_hms_opt(h, 0, 0).unwrap(),
            )
        };
        assert_eq!(next_morning(at(10, 2), &tz, eight), at(10, 8));
        assert_eq!(next_morning(at(10, 7), &tz, eight), at(11, 8));
        assert_eq!(next_morning(at(10, 23), &tz, eight), at(11, 8));
    }
}
