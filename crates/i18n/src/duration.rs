//! A length of time for people to read ("1h 30m", "1 Std. 30 Min.", "1時間30分"), in the
//! language's units from `locale.ftl`. The config file's own durations ("1h30m") are its
//! contract and are written by `knotless_core::humane`, never here.

use crate::t;

/// `secs` as hours, minutes and seconds, leaving out the parts that are zero (seconds are
/// shown when nothing else is).
pub fn format_duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(t!("locale-hours", n = h));
    }
    if m > 0 {
        parts.push(t!("locale-minutes", n = m));
    }
    if s > 0 || parts.is_empty() {
        parts.push(t!("locale-seconds", n = s));
    }
    parts.join(&t!("locale-duration-joiner"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::with_language;

    #[test]
    fn english_reads_as_before() {
        with_language("en", || {
            assert_eq!(format_duration(5400), "1h 30m");
            assert_eq!(format_duration(45), "45s");
            assert_eq!(format_duration(0), "0s");
            assert_eq!(format_duration(3661), "1h 1m 1s");
        });
    }
}
