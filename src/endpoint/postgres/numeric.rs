//! PostgreSQL's binary `numeric`: base-10000 digits with a weight, a sign
//! and a display scale, to and from exact decimal text.

const NUMERIC_POS: u16 = 0x0000;
const NUMERIC_NEG: u16 = 0x4000;

/// Decodes a binary numeric into decimal text (`-12.50`).
///
/// # Errors
/// NaN and infinities, which no other engine's decimal holds, and
/// truncated input.
pub fn decode(buf: &[u8]) -> Result<String, String> {
    if buf.len() < 8 {
        return Err("a truncated numeric value".into());
    }
    let ndigits = i16::from_be_bytes([buf[0], buf[1]]) as usize;
    let weight = i16::from_be_bytes([buf[2], buf[3]]) as i32;
    let sign = u16::from_be_bytes([buf[4], buf[5]]);
    let dscale = u16::from_be_bytes([buf[6], buf[7]]) as usize;
    match sign {
        NUMERIC_POS | NUMERIC_NEG => {}
        0xC000 => return Err("NaN cannot be carried to a decimal column".into()),
        _ => return Err("an infinite numeric cannot be carried to a decimal column".into()),
    }
    if buf.len() < 8 + 2 * ndigits {
        return Err("a truncated numeric value".into());
    }
    let digit = |i: usize| i16::from_be_bytes([buf[8 + 2 * i], buf[9 + 2 * i]]) as u32;
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
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
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
}
