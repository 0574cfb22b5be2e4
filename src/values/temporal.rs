//! Dates and times as Arrow holds them (days and microseconds since the
//! Unix epoch) and as text.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

pub const MICROS_PER_SEC: i64 = 1_000_000;
pub const MICROS_PER_DAY: i64 = 86_400 * MICROS_PER_SEC;

fn epoch() -> NaiveDate {
    DateTime::UNIX_EPOCH.date_naive()
}

pub fn days_from_date(d: NaiveDate) -> i32 {
    (d - epoch()).num_days() as i32
}

pub fn date_from_days(days: i32) -> Option<NaiveDate> {
    epoch().checked_add_signed(chrono::Duration::days(days as i64))
}

pub fn micros_from_datetime(dt: NaiveDateTime) -> i64 {
    dt.and_utc().timestamp_micros()
}

pub fn datetime_from_micros(micros: i64) -> Option<NaiveDateTime> {
    DateTime::from_timestamp_micros(micros).map(|d| d.naive_utc())
}

pub fn micros_from_time(t: NaiveTime) -> i64 {
    t.num_seconds_from_midnight() as i64 * MICROS_PER_SEC + (t.nanosecond() / 1000) as i64
}

/// `HH:MM:SS[.ffffff]`.
pub fn format_time(micros: i64) -> String {
    let secs = micros.div_euclid(MICROS_PER_SEC);
    let frac = micros.rem_euclid(MICROS_PER_SEC);
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if frac == 0 {
        format!("{h:02}:{m:02}:{s:02}")
    } else {
        format!("{h:02}:{m:02}:{s:02}.{frac:06}")
    }
}

/// `YYYY-MM-DD`.
pub fn format_date(days: i32) -> String {
    match date_from_days(days) {
        Some(d) => d.format("%Y-%m-%d").to_string(),
        None => format!("<day {days}>"),
    }
}

/// `YYYY-MM-DD HH:MM:SS[.ffffff]`.
pub fn format_timestamp(micros: i64) -> String {
    match datetime_from_micros(micros) {
        Some(dt) if dt.nanosecond() == 0 => dt.format("%Y-%m-%d %H:%M:%S").to_string(),
        Some(dt) => dt.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
        None => format!("<timestamp {micros}>"),
    }
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<i32> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .map(days_from_date)
}

/// Parses a date, or a timestamp at exactly midnight (applications often
/// write `2024-01-31 00:00:00` into date columns); any other time of day
/// would be lost, so it is refused.
pub fn parse_date_or_midnight(text: &str) -> Result<i32, String> {
    if let Some(days) = parse_date(text) {
        return Ok(days);
    }
    match parse_timestamp(text) {
        Some(micros) if micros.rem_euclid(MICROS_PER_DAY) == 0 => {
            Ok(micros.div_euclid(MICROS_PER_DAY) as i32)
        }
        Some(_) => Err(format!("'{text}' has a time of day and is not a date")),
        None => Err(format!("'{text}' is not a date")),
    }
}

/// Parses `HH:MM[:SS[.f]]`.
pub fn parse_time(text: &str) -> Option<i64> {
    let t = text.trim();
    NaiveTime::parse_from_str(t, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"))
        .ok()
        .map(micros_from_time)
}

/// Parses a timestamp as SQLite applications write them: `YYYY-MM-DD
/// HH:MM[:SS[.f]]`, `T` or space between, optionally followed by `Z` or an
/// offset (then converted to UTC). A bare date is midnight.
pub fn parse_timestamp(text: &str) -> Option<i64> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some(dt.naive_utc().and_utc().timestamp_micros());
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%d %H:%M:%S%.f%#z",
        "%Y-%m-%dT%H:%M:%S%.f%#z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(t, fmt) {
            return Some(dt.naive_utc().and_utc().timestamp_micros());
        }
    }
    let t = t.strip_suffix('Z').unwrap_or(t);
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, fmt) {
            return Some(micros_from_datetime(dt));
        }
    }
    parse_date(t).map(|d| d as i64 * MICROS_PER_DAY)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_through_text() {
        for text in [
            "1969-07-20 20:17:40",
            "2100-01-01 00:00:00.000001",
            "1901-12-13 20:45:52.5",
        ] {
            let micros = parse_timestamp(text).unwrap();
            let back = format_timestamp(micros);
            assert_eq!(parse_timestamp(&back), Some(micros), "{text} -> {back}");
        }
        assert_eq!(
            parse_timestamp("2024-01-01 12:00:00+02:00"),
            parse_timestamp("2024-01-01 10:00:00")
        );
        assert_eq!(format_time(3_723_000_001), "01:02:03.000001");
    }
}
