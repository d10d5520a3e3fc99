//! Time-zone names as calendars write them, resolved to the IANA database: IANA names,
//! Mozilla-style prefixed paths, Outlook's Windows names, a VTIMEZONE's `X-LIC-LOCATION`, and
//! a VTIMEZONE with one fixed whole-hour offset. Pure lookups, no I/O.

use chrono_tz::Tz;

/// Outlook and Exchange write Windows zone names in `TZID`. The map is CLDR's
/// `windowsZones.xml` (territory "001", the zone Windows means by default) for the names
/// Microsoft 365 exports most; a name missing here falls back to the VTIMEZONE's rules.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("Dateline Standard Time", "Etc/GMT+12"),
    ("Hawaiian Standard Time", "Pacific/Honolulu"),
    ("Alaskan Standard Time", "America/Anchorage"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("US Mountain Standard Time", "America/Phoenix"),
    ("Mountain Standard Time", "America/Denver"),
    ("Central America Standard Time", "America/Guatemala"),
    ("Central Standard Time", "America/Chicago"),
    ("Central Standard Time (Mexico)", "America/Mexico_City"),
    ("Canada Central Standard Time", "America/Regina"),
    ("SA Pacific Standard Time", "America/Bogota"),
    ("Eastern Standard Time", "America/New_York"),
    ("US Eastern Standard Time", "America/Indianapolis"),
    ("Atlantic Standard Time", "America/Halifax"),
    ("SA Western Standard Time", "America/La_Paz"),
    ("Newfoundland Standard Time", "America/St_Johns"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("Argentina Standard Time", "America/Buenos_Aires"),
    ("UTC", "Etc/UTC"),
    ("Coordinated Universal Time", "Etc/UTC"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("W. Central Africa Standard Time", "Africa/Lagos"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("E. Europe Standard Time", "Europe/Chisinau"),
    ("FLE Standard Time", "Europe/Kiev"),
    ("Israel Standard Time", "Asia/Jerusalem"),
    ("South Africa Standard Time", "Africa/Johannesburg"),
    ("Egypt Standard Time", "Africa/Cairo"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("Iran Standard Time", "Asia/Tehran"),
    ("Pakistan Standard Time", "Asia/Karachi"),
    ("India Standard Time", "Asia/Calcutta"),
    ("Nepal Standard Time", "Asia/Katmandu"),
    ("Bangladesh Standard Time", "Asia/Dhaka"),
    ("SE Asia Standard Time", "Asia/Bangkok"),
    ("China Standard Time", "Asia/Shanghai"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("Taipei Standard Time", "Asia/Taipei"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("Korea Standard Time", "Asia/Seoul"),
    ("AUS Central Standard Time", "Australia/Darwin"),
    ("Cen. Australia Standard Time", "Australia/Adelaide"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("E. Australia Standard Time", "Australia/Brisbane"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
];

/// What a VTIMEZONE tells about its zone when the name itself is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ZoneHints {
    /// `X-LIC-LOCATION` (Mozilla, Evolution, Nextcloud): an IANA name.
    pub location: Option<String>,
    /// Every `TZOFFSETTO` of its STANDARD and DAYLIGHT parts, in seconds east of UTC.
    pub offsets: Vec<i32>,
}

/// The IANA zone `tzid` means, if it can be told.
pub fn resolve(tzid: &str, hints: Option<&ZoneHints>) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    // "/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Europe/Berlin".
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    for from in 1..parts.len() {
        if let Ok(tz) = parts[from..].join("/").parse::<Tz>() {
            return Some(tz);
        }
    }
    if let Some((_, iana)) = WINDOWS_ZONES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(tzid))
    {
        return iana.parse().ok();
    }
    let hints = hints?;
    if let Some(tz) = hints.location.as_deref().and_then(|l| l.parse().ok()) {
        return Some(tz);
    }
    fixed_offset_zone(&hints.offsets)
}

/// A zone that never changes its whole-hour offset is one of the `Etc/GMT±h` zones (whose
/// sign is inverted by POSIX convention).
fn fixed_offset_zone(offsets: &[i32]) -> Option<Tz> {
    let first = *offsets.first()?;
    if offsets.iter().any(|&o| o != first) || first % 3600 != 0 {
        return None;
    }
    let hours = -first / 3600;
    let name = match hours {
        0 => "Etc/UTC".to_owned(),
        h if h > 0 => format!("Etc/GMT+{h}"),
        h => format!("Etc/GMT{h}"),
    };
    name.parse().ok()
}

/// Seconds east of UTC in a `TZOFFSETTO` value ("+0100", "-0530", "+010000").
pub fn parse_offset(value: &str) -> Option<i32> {
    let value = value.trim();
    let (sign, digits) = match value.as_bytes().first()? {
        b'+' => (1, &value[1..]),
        b'-' => (-1, &value[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| digits[r].parse::<i32>().ok();
    let secs = n(0..2)? * 3600 + n(2..4)? * 60 + if digits.len() == 6 { n(4..6)? } else { 0 };
    Some(sign * secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_calendars_write_them() {
        assert_eq!(resolve("Europe/Berlin", None), Some(Tz::Europe__Berlin));
        assert_eq!(
            resolve("/mozilla.org/20050126_1/Europe/Berlin", None),
            Some(Tz::Europe__Berlin)
        );
        assert_eq!(
            resolve("W. Europe Standard Time", None),
            Some(Tz::Europe__Berlin)
        );
        assert_eq!(
            resolve("Pacific Standard Time", None),
            Some(Tz::America__Los_Angeles)
        );
        let lic = ZoneHints {
            location: Some("Europe/Vienna".into()),
            offsets: vec![3600, 7200],
        };
        assert_eq!(resolve("Custom 1", Some(&lic)), Some(Tz::Europe__Vienna));
        let fixed = ZoneHints {
            location: None,
            offsets: vec![3 * 3600],
        };
        assert_eq!(resolve("Custom 2", Some(&fixed)), Some(Tz::Etc__GMTMinus3));
        assert_eq!(resolve("Nowhere Standard Time", None), None);
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+0100"), Some(3600));
        assert_eq!(parse_offset("-0530"), Some(-19800));
        assert_eq!(parse_offset("0100"), None);
    }
}
