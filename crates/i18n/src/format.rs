//! Dates, times and numbers as the language writes them. The patterns and names are
//! messages in each language's `locale.ftl` (chrono's strftime, with `%a %A %b %B` taken from
//! the language's own names): a translator sets them with the rest, and no locale database
//! (ICU, about 1 MB of tables) rides in the binary for the eight languages we ship.

use crate::tr;
use chrono::{Datelike, NaiveDateTime};

/// The ways the app writes a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// "14:05".
    Time,
    /// "Fri 14:05".
    WeekdayTime,
    /// "Fri 04 Dec": a day in a table or a chart.
    Day,
    /// "Friday 04 December 2026": a heading.
    DayLong,
    /// "2026-12-04": a date alone.
    Date,
}

impl Pattern {
    fn message(self) -> &'static str {
        match self {
            Pattern::Time => "locale-time",
            Pattern::WeekdayTime => "locale-weekday-time",
            Pattern::Day => "locale-day",
            Pattern::DayLong => "locale-day-long",
            Pattern::Date => "locale-date",
        }
    }
}

/// `at` written in the active language's `pattern`.
pub fn format(at: NaiveDateTime, pattern: Pattern) -> String {
    let names = |id: &str, index: usize| -> String {
        tr(id, None)
            .split(',')
            .nth(index)
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    let weekday = at.weekday().num_days_from_monday() as usize;
    let month = at.month0() as usize;
    let spec = unpseudo(pattern.message())
        .replace("%A", &names("locale-weekdays", weekday))
        .replace("%a", &names("locale-weekdays-short", weekday))
        .replace("%B", &names("locale-months", month))
        .replace("%b", &names("locale-months-short", month));
    let mut out = String::new();
    // A pattern a translator mistyped is shown as written rather than panicking.
    if std::fmt::write(&mut out, format_args!("{}", at.format(&spec))).is_err() {
        return spec;
    }
    out
}

/// Message `id` as the language has it, but English's under the pseudo-language: its
/// transform would garble a strftime pattern (`%H` → `%Ħ`) and the decimal mark. The names
/// of days and months stay pseudo, so a window's dates still show as translated.
fn unpseudo(id: &str) -> String {
    if crate::language() == crate::PSEUDO {
        crate::with_language(crate::ENGLISH, || tr(id, None))
    } else {
        tr(id, None)
    }
}

/// A short weekday name ("Fri"), Monday = 0.
pub fn weekday_short(day: chrono::Weekday) -> String {
    tr("locale-weekdays-short", None)
        .split(',')
        .nth(day.num_days_from_monday() as usize)
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// A number with `digits` decimals and the language's decimal mark ("1,5").
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    let mark = unpseudo("locale-decimal");
    if mark == "." {
        text
    } else {
        text.replace('.', &mark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::with_language;
    use chrono::NaiveDate;

    fn friday() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 4)
            .and_then(|d| d.and_hms_opt(14, 5, 0))
            .expect("a real date")
    }

    #[test]
    fn english_writes_as_before() {
        with_language("en", || {
            assert_eq!(format(friday(), Pattern::Time), "14:05");
            assert_eq!(format(friday(), Pattern::Day), "Fri 04 Dec");
            assert_eq!(
                format(friday(), Pattern::DayLong),
                "Friday 04 December 2026"
            );
            assert_eq!(format(friday(), Pattern::Date), "2026-12-04");
            assert_eq!(decimal(1.5, 1), "1.5");
        });
    }
}
