//! Dates and times as Arrow holds them (days and microseconds since the
//! Unix epoch) and as text.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

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
        // Written out directly: chrono's `format` parses its pattern on
        // every call, a tenth of a SQLite write's time.
        Some(d) if (0..=9999).contains(&d.year()) => {
            format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
        }
        Some(d) => d.format("%Y-%m-%d").to_string(),
        None => format!("<day {days}>"),
    }
}

/// `YYYY-MM-DD HH:MM:SS[.ffffff]`.
pub fn format_timestamp(micros: i64) -> String {
    match datetime_from_micros(micros) {
        Some(dt) if (0..=9999).contains(&dt.year()) => {
            let (d, t) = (dt.date(), dt.time());
            let whole = format!(
                "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                d.year(),
                d.month(),
                d.day(),
                t.hour(),
                t.minute(),
                t.second()
            );
            match t.nanosecond() {
                0 => whole,
                n => format!("{whole}.{:06}", n / 1000),
            }
        }
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
    if let Some(micros) = plain_timestamp(t) {
        return Some(micros);
    }
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

/// `YYYY-MM-DD HH:MM:SS[.f…]` (or with `T`), no zone: the form nearly
/// every stored timestamp has, read without trying the other patterns
/// first. `None` for anything else, which the patterns then read.
fn plain_timestamp(t: &str) -> Option<i64> {
    let b = t.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let part = b.get(from..from + n)?;
        part.iter().try_fold(0u32, |v, &c| {
            c.is_ascii_digit().then(|| v * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if b.len() < 19
        || !at(4, b'-')
        || !at(7, b'-')
        || !(at(10, b' ') || at(10, b'T'))
        || !at(13, b':')
        || !at(16, b':')
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(digits(0, 4)? as i32, digits(5, 2)?, digits(8, 2)?)?;
    let mut nanos = 0u32;
    if b.len() > 19 {
        let fraction = b.get(20..)?;
        if !at(19, b'.') || fraction.is_empty() || fraction.len() > 9 {
            return None;
        }
        nanos = digits(20, fraction.len())? * 10u32.pow(9 - fraction.len() as u32);
    }
    let time = NaiveTime::from_hms_nano_opt(digits(11, 2)?, digits(14, 2)?, digits(17, 2)?, nanos)?;
    Some(micros_from_datetime(date.and_time(time)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    /// The direct paths give what chrono's patterns give.
    #[test]
    fn the_fast_paths_agree_with_chrono() {
        for text in [
            "1969-07-20 20:17:40",
            "1969-07-20T20:17:40",
            "2100-01-01 00:00:00.000001",
            "1901-12-13 20:45:52.5",
            "2024-02-29 12:34:56.123456789",
            "0001-01-01 00:00:00",
            "9999-12-31 23:59:59.999999",
        ] {
            let fast = plain_timestamp(text).unwrap();
            let slow =
                NaiveDateTime::parse_from_str(&text.replace('T', " "), "%Y-%m-%d %H:%M:%S%.f")
                    .map(micros_from_datetime)
                    .unwrap();
            assert_eq!(fast, slow, "{text}");
            let dt = datetime_from_micros(fast).unwrap();
            let chrono_text = match dt.nanosecond() {
                0 => dt.format("%Y-%m-%d %H:%M:%S").to_string(),
                _ => dt.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
            };
            assert_eq!(format_timestamp(fast), chrono_text, "{text}");
        }
        for text in [
            "2024-02-30 00:00:00",
            "2024-01-01 24:00:00",
            "2024-01-01 00:00:00.",
            "2024-01-01 00:00:00Z",
            "2024-01-01 00:00:00+02:00",
            "2024-1-01 00:00:00",
            "2024-01-01 00:00",
            "2024-01-01 00:00:00.1234567890",
        ] {
            assert_eq!(plain_timestamp(text), None, "{text}");
        }
        for days in [-719_162, 0, 19_782, 2_932_896] {
            let d = date_from_days(days).unwrap();
            assert_eq!(format_date(days), d.format("%Y-%m-%d").to_string());
        }
    }

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
