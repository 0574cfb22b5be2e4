//! Exact decimal text ⇄ scaled integers, refusing anything that would round.

use arrow::datatypes::i256;

/// Parses `text` (`-12.50`, `+3`, `1e3`-free) into an integer scaled by
/// `10^scale`, checking it fits `precision` digits. Fractional digits past
/// `scale` are accepted only when they are zeros.
///
/// # Errors
/// A sentence saying why the value does not fit, for the caller to prefix
/// with its table and column.
pub fn parse_scaled(text: &str, precision: u8, scale: i8) -> Result<i256, String> {
    let t = text.trim();
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if (int_part.is_empty() && frac_part.is_empty())
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(format!("'{text}' is not a decimal number"));
    }
    let scale_digits = scale.max(0) as usize;
    let (kept_frac, dropped) = if frac_part.len() > scale_digits {
        frac_part.split_at(scale_digits)
    } else {
        (frac_part, "")
    };
    if dropped.bytes().any(|b| b != b'0') {
        return Err(format!(
            "{text} has more than {scale} fractional digits and would be rounded"
        ));
    }
    let int_part = int_part.trim_start_matches('0');
    if int_part.len() + scale_digits > precision as usize {
        return Err(format!("{text} does not fit decimal({precision},{scale})"));
    }
    let ten = i256::from_i128(10);
    let mut value = i256::ZERO;
    for b in int_part.bytes().chain(kept_frac.bytes()) {
        value = value
            .checked_mul(ten)
            .and_then(|v| v.checked_add(i256::from_i128((b - b'0') as i128)))
            .ok_or_else(|| format!("{text} is too large"))?;
    }
    for _ in kept_frac.len()..scale_digits {
        value = value
            .checked_mul(ten)
            .ok_or_else(|| format!("{text} is too large"))?;
    }
    Ok(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// Checks that `text` is a plain decimal number (`-12.50`, `3`).
pub fn validate(text: &str) -> Result<(), String> {
    let t = text.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (i, f) = digits.split_once('.').unwrap_or((digits, ""));
    if (i.is_empty() && f.is_empty())
        || !i.bytes().all(|b| b.is_ascii_digit())
        || !f.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(format!("'{text}' is not a decimal number"));
    }
    Ok(())
}

/// Formats a scaled integer as decimal text with exactly `scale` fractional
/// digits (`1250`, scale 2 → `12.50`).
pub fn format_scaled(value: i256, scale: i8) -> String {
    let negative = value < i256::ZERO;
    let digits = if negative {
        value.wrapping_neg().to_string()
    } else {
        value.to_string()
    };
    let scale = scale.max(0) as usize;
    let mut out = String::with_capacity(digits.len() + 3);
    if negative {
        out.push('-');
    }
    if scale == 0 {
        out.push_str(&digits);
    } else if digits.len() > scale {
        let (i, f) = digits.split_at(digits.len() - scale);
        out.push_str(i);
        out.push('.');
        out.push_str(f);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', scale - digits.len()));
        out.push_str(&digits);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_exactly() {
        for (text, p, s, back) in [
            ("12.5", 12, 2, "12.50"),
            ("-0.01", 5, 2, "-0.01"),
            ("9999999999.99", 12, 2, "9999999999.99"),
            ("0", 3, 0, "0"),
            ("1.100", 10, 2, "1.10"),
            (
                "12345678901234567890123456789012345678901234567890.123456789",
                65,
                9,
                "12345678901234567890123456789012345678901234567890.123456789",
            ),
        ] {
            let v = parse_scaled(text, p, s).unwrap();
            assert_eq!(format_scaled(v, s), back);
        }
    }

    #[test]
    fn refuses_rounding_and_overflow() {
        assert_eq!(
            parse_scaled("1.234", 10, 2).unwrap_err(),
            "1.234 has more than 2 fractional digits and would be rounded"
        );
        assert_eq!(
            parse_scaled("12345.6", 5, 2).unwrap_err(),
            "12345.6 does not fit decimal(5,2)"
        );
        assert!(parse_scaled("abc", 5, 2).is_err());
    }
}
