//! PostgreSQL's binary `numeric`: base-10000 digits with a weight, a sign
//! and a display scale, to and from exact decimal text.
//!
//! A server's bytes never make it panic: no unwrap, expect or indexing
//! (the lints below make that an error in CI). A digit count that is
//! negative or longer than the value is refused, not read past.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// A binary numeric's header and its base-10000 digits.
struct Parts<'a> {
    weight: i32,
    sign: u16,
    dscale: usize,
    digits: &'a [u8],
}

impl Parts<'_> {
    fn parse(buf: &[u8]) -> Option<Parts<'_>> {
        let [n0, n1, w0, w1, s0, s1, d0, d1, rest @ ..] = buf else {
            return None;
        };
        let ndigits = usize::try_from(i16::from_be_bytes([*n0, *n1])).ok()?;
        Some(Parts {
            weight: i16::from_be_bytes([*w0, *w1]) as i32,
            sign: u16::from_be_bytes([*s0, *s1]),
            dscale: u16::from_be_bytes([*d0, *d1]) as usize,
            digits: rest.get(..ndigits.checked_mul(2)?)?,
        })
    }

    fn ndigits(&self) -> usize {
        self.digits.len() / 2
    }

    /// Digit `i` (0 past the last).
    fn digit(&self, i: usize) -> i16 {
        match self.digits.get(2 * i..2 * i + 2) {
            Some([a, b]) => i16::from_be_bytes([*a, *b]),
            _ => 0,
        }
    }
}

const NUMERIC_POS: u16 = 0x0000;
const NUMERIC_NEG: u16 = 0x4000;

/// Decodes a binary numeric into decimal text (`-12.50`).
///
/// # Errors
/// NaN and infinities, which no other engine's decimal holds, and
/// truncated input.
pub fn decode(buf: &[u8]) -> Result<String, String> {
    let Some(parts) = Parts::parse(buf) else {
        return Err("a truncated or malformed numeric value".into());
    };
    let (ndigits, weight, sign, dscale) = (parts.ndigits(), parts.weight, parts.sign, parts.dscale);
    match sign {
        NUMERIC_POS | NUMERIC_NEG => {}
        0xC000 => return Err("NaN cannot be carried to a decimal column".into()),
        _ => return Err("an infinite numeric cannot be carried to a decimal column".into()),
    }
    let digit = |i: usize| parts.digit(i) as u32;
    let mut int_part = String::new();
    let mut frac_part = String::new();
    // Group g (0-based) has weight `weight - g`; weight ≥ 0 is integral.
    let int_groups = (weight + 1).max(0) as usize;
    for g in 0..int_groups {
        let d = if g < ndigits { digit(g) } else { 0 };
        if int_part.is_empty() {
            if d != 0 {
                int_part.push_str(&d.to_string());
            }
        } else {
            int_part.push_str(&format!("{d:04}"));
        }
    }
    if int_part.is_empty() {
        int_part.push('0');
    }
    // Leading fractional zero groups when weight < -1.
    let leading_zero_groups = (-(weight + 1)).max(0) as usize;
    for _ in 0..leading_zero_groups {
        frac_part.push_str("0000");
    }
    for g in int_groups..ndigits {
        frac_part.push_str(&format!("{:04}", digit(g)));
    }
    // Display scale: pad or cut (cut digits are zeros by construction).
    if frac_part.len() < dscale {
        frac_part.extend(std::iter::repeat_n('0', dscale - frac_part.len()));
    } else {
        frac_part.truncate(dscale);
    }
    let mut out = String::with_capacity(int_part.len() + frac_part.len() + 2);
    if sign == NUMERIC_NEG {
        out.push('-');
    }
    out.push_str(&int_part);
    if !frac_part.is_empty() {
        out.push('.');
        out.push_str(&frac_part);
    }
    Ok(out)
}

/// Encodes decimal text into binary numeric, appending to `out`.
///
/// # Errors
/// Text that is not a plain decimal number.
pub fn encode(text: &str, out: &mut Vec<u8>) -> Result<(), String> {
    crate::values::decimal::validate(text)?;
    let t = text.trim();
    let (negative, digits) = match (t.strip_prefix('-'), t.strip_prefix('+')) {
        (Some(rest), _) => (true, rest),
        (_, Some(rest)) => (false, rest),
        _ => (false, t),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    let int_part = int_part.trim_start_matches('0');
    let dscale = frac_part.len() as u16;
    // Pad the integer part on the left and the fraction on the right to
    // whole base-10000 groups.
    let int_pad = (4 - int_part.len() % 4) % 4;
    let frac_pad = (4 - frac_part.len() % 4) % 4;
    let mut all = String::with_capacity(int_part.len() + frac_part.len() + 8);
    all.extend(std::iter::repeat_n('0', int_pad));
    all.push_str(int_part);
    all.push_str(frac_part);
    all.extend(std::iter::repeat_n('0', frac_pad));
    let mut groups: Vec<i16> = all
        .as_bytes()
        .chunks(4)
        .map(|c| c.iter().fold(0i16, |acc, b| acc * 10 + (b - b'0') as i16))
        .collect();
    let mut weight = ((int_pad + int_part.len()) / 4) as i32 - 1;
    // Strip leading and trailing zero groups.
    let lead = groups.iter().take_while(|g| **g == 0).count();
    groups.drain(..lead);
    weight -= lead as i32;
    while groups.last() == Some(&0) {
        groups.pop();
    }
    if groups.is_empty() {
        weight = 0;
    }
    out.extend_from_slice(&(groups.len() as i16).to_be_bytes());
    out.extend_from_slice(&(weight as i16).to_be_bytes());
    let sign = if negative && !groups.is_empty() {
        NUMERIC_NEG
    } else {
        NUMERIC_POS
    };
    out.extend_from_slice(&sign.to_be_bytes());
    out.extend_from_slice(&dscale.to_be_bytes());
    for g in groups {
        out.extend_from_slice(&g.to_be_bytes());
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for text in [
            "0",
            "1",
            "-1",
            "12.50",
            "0.01",
            "-0.0001",
            "10000",
            "123456789.123456789",
            "9999999999999999999999999999.9999999999",
            "0.00000001",
            "100000000.00",
        ] {
            let mut buf = Vec::new();
            encode(text, &mut buf).unwrap();
            assert_eq!(decode(&buf).unwrap(), text, "{text}");
        }
    }

    #[test]
    fn decodes_what_postgres_sends() {
        // 12.50: ndigits 2, weight 0, pos, dscale 2, digits [12, 5000]
        let buf = [0, 2, 0, 0, 0, 0, 0, 2, 0, 12, 0x13, 0x88];
        assert_eq!(decode(&buf).unwrap(), "12.50");
        let nan = [0, 0, 0, 0, 0xC0, 0, 0, 0];
        assert!(decode(&nan).is_err());
    }

    /// A digit count that is negative, or longer than the bytes sent, is
    /// refused (it read past the value, or overflowed, before).
    #[test]
    fn malformed_values_are_refused_not_read_past() {
        let negative = [0xff, 0xff, 0, 0, 0, 0, 0, 0];
        assert_eq!(
            decode(&negative),
            Err("a truncated or malformed numeric value".into())
        );
        assert_eq!(decode_i128(&negative, 2), None);
        let short = [0, 5, 0, 0, 0, 0, 0, 2, 0, 12];
        assert!(decode(&short).is_err());
        assert_eq!(decode_i128(&short, 2), None);
        for n in 0..12 {
            let cut: Vec<u8> = [0, 2, 0, 0, 0, 0, 0, 2, 0, 12, 0x13, 0x88][..n].to_vec();
            assert!(decode(&cut).is_err(), "{n}");
        }
    }
}

/// Powers of ten that fit an i128.
// Indexing in a const block: a bad index fails the build, not a run.
#[allow(clippy::indexing_slicing)]
const POW10: [i128; 39] = {
    let mut p = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// Decodes a binary numeric straight into an integer scaled by
/// `10^scale`, the representation of Arrow's Decimal128: no text on the
/// way. `None` when the value needs the general path (NaN, more digits
/// than an i128 holds, digits past `scale`).
pub fn decode_i128(buf: &[u8], scale: i8) -> Option<i128> {
    let parts = Parts::parse(buf).filter(|_| scale >= 0)?;
    let (ndigits, weight, sign) = (parts.ndigits() as i32, parts.weight, parts.sign);
    if (sign != NUMERIC_POS && sign != NUMERIC_NEG) || ndigits > 10 {
        return None;
    }
    if ndigits == 0 {
        return Some(0);
    }
    // The last group has weight `weight - ndigits + 1`; scaled by
    // 10^scale its digits are worth 10^exp. A negative exp is the padding
    // of the last group past the scale: those digits must be zeros.
    let exp = 4 * (weight - ndigits + 1) + scale as i32;
    if exp <= -4 {
        return None;
    }
    let digit = |i: usize| parts.digit(i) as i128;
    let mut acc: i128 = 0;
    for i in 0..ndigits as usize - 1 {
        acc = acc.checked_mul(10_000)?.checked_add(digit(i))?;
    }
    let last = digit(ndigits as usize - 1);
    let value = if exp >= 0 {
        acc.checked_mul(10_000)?
            .checked_add(last)?
            .checked_mul(*POW10.get(exp as usize)?)?
    } else {
        let cut = *POW10.get((-exp) as usize)?;
        if last % cut != 0 {
            return None;
        }
        acc.checked_mul(*POW10.get((4 + exp) as usize)?)?
            .checked_add(last / cut)?
    };
    Some(if sign == NUMERIC_NEG { -value } else { value })
}

/// Encodes an integer scaled by `10^scale` as binary numeric with display
/// scale `scale`, appending to `out`. `false` (nothing written) when the
/// value needs the general path.
// Our own values, never a server's: `scale` is checked to 0..=34 (so the
// POW10 indexes hold), and `n` stays below the 20 groups an i128 needs.
#[allow(clippy::indexing_slicing)]
pub fn encode_i128(value: i128, scale: i8, out: &mut Vec<u8>) -> bool {
    if !(0..=34).contains(&scale) {
        return false;
    }
    let scale = scale as usize;
    let v = value.unsigned_abs();
    let unit = POW10[scale] as u128;
    let (mut int_part, frac) = (v / unit, v % unit);
    // Fraction digits padded to whole groups of four.
    let pad = (4 - scale % 4) % 4;
    let mut frac = frac * POW10[pad] as u128;
    let frac_groups = (scale + pad) / 4;
    let mut groups = [0i16; 20];
    let mut n = 0;
    for _ in 0..frac_groups {
        groups[n] = (frac % 10_000) as i16;
        frac /= 10_000;
        n += 1;
    }
    let mut int_groups = 0;
    while int_part > 0 {
        if n == groups.len() {
            return false;
        }
        groups[n] = (int_part % 10_000) as i16;
        int_part /= 10_000;
        n += 1;
        int_groups += 1;
    }
    // groups[..n] is least significant first; drop trailing zero groups
    // (the least significant ones) and leading zero groups.
    let mut low = 0;
    while low < n && groups[low] == 0 {
        low += 1;
    }
    let mut high = n;
    while high > low && groups[high - 1] == 0 {
        high -= 1;
    }
    let ndigits = high - low;
    let weight = if ndigits == 0 {
        0
    } else {
        // Index (from the least significant) of the first integer group is
        // frac_groups; the most significant kept group is high - 1.
        (high as i32 - 1) - frac_groups as i32
    };
    let _ = int_groups;
    out.extend_from_slice(&(ndigits as i16).to_be_bytes());
    out.extend_from_slice(&(weight as i16).to_be_bytes());
    let sign = if value < 0 { NUMERIC_NEG } else { NUMERIC_POS };
    out.extend_from_slice(&sign.to_be_bytes());
    out.extend_from_slice(&(scale as u16).to_be_bytes());
    for i in (low..high).rev() {
        out.extend_from_slice(&groups[i].to_be_bytes());
    }
    true
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod fast_tests {
    use super::*;

    #[test]
    fn integer_paths_agree_with_text() {
        for (text, scale) in [
            ("0", 2),
            ("12.50", 2),
            ("-0.01", 2),
            ("10000", 0),
            ("123456789.123456789", 9),
            ("9999999999999999999999999999.9999999999", 10),
            ("-9999999999.99", 2),
            ("0.00000001", 8),
            ("100000000.00", 2),
            ("1.0000000001", 10),
            ("5", 3),
            ("-1234567", 0),
        ] {
            let mut via_text = Vec::new();
            let padded = crate::values::decimal::format_scaled(
                crate::values::decimal::parse_scaled(text, 38, scale).unwrap(),
                scale,
            );
            encode(&padded, &mut via_text).unwrap();
            let v = crate::values::decimal::parse_scaled(text, 38, scale)
                .unwrap()
                .as_i128();
            let mut direct = Vec::new();
            assert!(encode_i128(v, scale, &mut direct), "{text}");
            assert_eq!(direct, via_text, "{text}");
            assert_eq!(decode_i128(&direct, scale), Some(v), "{text}");
        }
    }
}
