//! Masking for copies from production down to dev/test: batch in, batch
//! out, whole columns at a time.
//!
//! Every keyed method derives the masked value from HMAC-SHA256 of the
//! value under the run's key (`FERRY_MASK_KEY`) and the column's *domain*
//! (the masked column itself, or for a column that refers to a masked key,
//! that key), so the same source value always masks to the same target
//! value, in every run with the same key, and references still join.
//! Integers are masked by a keyed permutation (a Feistel network), so a
//! unique integer column stays unique; the other methods may in principle
//! collide, which [`TableMask`] detects on the target's unique keys.
//! NULL stays NULL: it holds nothing to hide.

use crate::catalog::LogicalType;
use crate::error::{Error, Result};
use arrow::array::{
    Array, ArrayRef, AsArray, BinaryBuilder, FixedSizeBinaryBuilder, PrimitiveArray, StringArray,
    StringBuilder,
};
use arrow::datatypes::{ArrowPrimitiveType, DataType};
use arrow::record_batch::RecordBatch;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// How a column is masked (`method = "…"` in `[[mask]]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// `u…@example.invalid`: an address no mail is ever delivered to.
    Email,
    /// Text: hex digits; integers: a keyed permutation of the type's
    /// range (sign kept); bytes and UUIDs: keyed bytes.
    Hash,
    /// A full name (`Maria Lopez`) from a fixed list.
    Name,
    FirstName,
    LastName,
    /// NULL.
    Null,
    /// The `value` the entry gives, for every non-NULL value.
    Fixed,
    /// Digits stay digits, letters stay letters of the same case, every
    /// other character stays; integers keep their sign and digit count.
    KeepFormat,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Email => "email",
            Method::Hash => "hash",
            Method::Name => "name",
            Method::FirstName => "first-name",
            Method::LastName => "last-name",
            Method::Null => "null",
            Method::Fixed => "fixed",
            Method::KeepFormat => "keep-format",
        }
    }

    /// Whether the method needs the key.
    pub fn keyed(self) -> bool {
        !matches!(self, Method::Null | Method::Fixed)
    }

    /// Whether two different values may mask to one (so a unique column
    /// needs the collision check); names always repeat.
    pub fn repeats(self) -> bool {
        matches!(
            self,
            Method::Name | Method::FirstName | Method::LastName | Method::Fixed
        )
    }

    /// The logical types the method applies to.
    pub fn applies_to(self, ty: &LogicalType) -> bool {
        use LogicalType as L;
        let text = matches!(ty, L::Text { .. });
        let int = ty.integer_range().is_some() && !matches!(ty, L::Year);
        match self {
            Method::Null | Method::Fixed => true,
            Method::Email | Method::Name | Method::FirstName | Method::LastName => text,
            Method::KeepFormat => text || int,
            Method::Hash => text || int || matches!(ty, L::Bytes { .. } | L::Uuid),
        }
    }

    /// What the method applies to, for messages.
    pub fn applies_to_text(self) -> &'static str {
        match self {
            Method::Null | Method::Fixed => "any column",
            Method::Email | Method::Name | Method::FirstName | Method::LastName => "text columns",
            Method::KeepFormat => "text and integer columns",
            Method::Hash => "text, integer, binary and UUID columns",
        }
    }
}

/// The run's masking key. Never printed, never stored.
pub struct MaskKey {
    mac: Hmac<Sha256>,
}

impl std::fmt::Debug for MaskKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MaskKey(***)")
    }
}

/// The shortest key accepted: a short key lets anyone who guesses it
/// recompute the masks of guessable values (names, e-mail addresses).
pub const MIN_KEY_BYTES: usize = 16;

impl MaskKey {
    /// # Errors
    /// A key shorter than [`MIN_KEY_BYTES`].
    pub fn new(secret: &[u8]) -> std::result::Result<Self, String> {
        if secret.len() < MIN_KEY_BYTES {
            return Err(format!(
                "is {} bytes long; a masking key needs at least {MIN_KEY_BYTES}",
                secret.len()
            ));
        }
        let mac = Hmac::<Sha256>::new_from_slice(secret).map_err(|e| e.to_string())?;
        Ok(MaskKey { mac })
    }

    /// HMAC-SHA256(key, domain ‖ 0 ‖ tweak ‖ value).
    fn digest(&self, domain: &[u8], tweak: u8, value: &[u8]) -> [u8; 32] {
        let mut mac = self.mac.clone();
        mac.update(domain);
        mac.update(&[0, tweak]);
        mac.update(value);
        mac.finalize().into_bytes().into()
    }
}

/// One column's mask, as the plan resolved it.
#[derive(Debug, Clone)]
pub struct ColumnMask {
    /// Index in the target batch.
    pub column: usize,
    /// `dir_user.email`.
    pub label: String,
    pub method: Method,
    /// The masked key this column refers to, or the column itself: what
    /// the HMAC is keyed on, so references mask like their key.
    pub domain: String,
    /// Characters (text) or bytes the masked values may have: the
    /// domain's column's, so a reference masks exactly like its key.
    pub max_len: Option<usize>,
    /// `fixed`: the value, as text the column's type is parsed from.
    pub fixed: Option<String>,
}

/// A unique key of the target table with a masked column in it: two
/// different source values that mask to one are refused.
#[derive(Debug)]
pub struct UniqueCheck {
    pub columns: Vec<usize>,
    /// The key's columns, `email` or `tenant, email`.
    pub label: String,
    /// Hash of the masked key → hash of the source key it came from.
    seen: Mutex<HashMap<u128, u128>>,
}

impl UniqueCheck {
    pub fn new(columns: Vec<usize>, label: String) -> Self {
        UniqueCheck {
            columns,
            label,
            seen: Mutex::new(HashMap::new()),
        }
    }
}

/// The masks of one table.
#[derive(Debug)]
pub struct TableMask {
    pub table: String,
    pub columns: Vec<ColumnMask>,
    pub unique: Vec<UniqueCheck>,
    pub key: Option<Arc<MaskKey>>,
}

impl TableMask {
    /// The batch with its masked columns replaced.
    ///
    /// # Errors
    /// A masked value that does not fit the column (a `fixed` value of
    /// another type), or two source values of a unique key that mask to
    /// one.
    pub fn apply(&self, batch: RecordBatch) -> Result<RecordBatch> {
        let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
        for mask in &self.columns {
            let (Some(slot), Some(array)) = (
                columns.get_mut(mask.column),
                batch.columns().get(mask.column),
            ) else {
                return Err(Error::failed(format!(
                    "masking {}: the batch has no column {}",
                    self.table,
                    mask.column + 1
                )));
            };
            *slot = self.mask_column(mask, array)?;
        }
        let masked = RecordBatch::try_new(batch.schema(), columns)
            .map_err(|e| Error::failed(format!("masking {}: {e}", self.table)))?;
        for check in &self.unique {
            self.check_unique(check, &batch, &masked)?;
        }
        Ok(masked)
    }

    fn mask_column(&self, mask: &ColumnMask, array: &ArrayRef) -> Result<ArrayRef> {
        let fail = |message: String| Error::Value {
            table: self.table.clone(),
            column: mask
                .label
                .rsplit('.')
                .next()
                .unwrap_or(&mask.label)
                .to_string(),
            message,
        };
        match mask.method {
            Method::Null => {
                return Ok(arrow::array::new_null_array(array.data_type(), array.len()))
            }
            Method::Fixed => {
                return fixed(array, mask.fixed.as_deref().unwrap_or("")).map_err(fail)
            }
            _ => {}
        }
        let key = self
            .key
            .as_deref()
            .ok_or_else(|| fail("masking needs the key (FERRY_MASK_KEY)".into()))?;
        let masker = Masker {
            key,
            domain: mask.domain.as_bytes(),
            max_len: mask.max_len,
        };
        let method = mask.method;
        Ok(match array.data_type() {
            DataType::Utf8 => Arc::new(masker.strings(array.as_string::<i32>(), method)),
            DataType::Int8 => masker.signed(
                array.as_primitive::<arrow::datatypes::Int8Type>(),
                8,
                method,
            ),
            DataType::Int16 => masker.signed(
                array.as_primitive::<arrow::datatypes::Int16Type>(),
                16,
                method,
            ),
            DataType::Int32 => masker.signed(
                array.as_primitive::<arrow::datatypes::Int32Type>(),
                32,
                method,
            ),
            DataType::Int64 => masker.signed(
                array.as_primitive::<arrow::datatypes::Int64Type>(),
                64,
                method,
            ),
            DataType::UInt8 => masker.unsigned(
                array.as_primitive::<arrow::datatypes::UInt8Type>(),
                8,
                method,
            ),
            DataType::UInt16 => masker.unsigned(
                array.as_primitive::<arrow::datatypes::UInt16Type>(),
                16,
                method,
            ),
            DataType::UInt32 => masker.unsigned(
                array.as_primitive::<arrow::datatypes::UInt32Type>(),
                32,
                method,
            ),
            DataType::UInt64 => masker.unsigned(
                array.as_primitive::<arrow::datatypes::UInt64Type>(),
                64,
                method,
            ),
            DataType::Binary if method == Method::Hash => masker.binary(array),
            DataType::FixedSizeBinary(16) if method == Method::Hash => masker.uuids(array),
            other => {
                return Err(fail(format!(
                    "method {} does not apply to a column of Arrow type {other}",
                    method.name()
                )))
            }
        })
    }

    fn check_unique(
        &self,
        check: &UniqueCheck,
        source: &RecordBatch,
        masked: &RecordBatch,
    ) -> Result<()> {
        let hashes = |b: &RecordBatch| {
            crate::values::row_hashes(b, &check.columns)
                .map_err(|e| Error::failed(format!("comparing masked keys of {}: {e}", self.table)))
        };
        let source_keys = hashes(source)?;
        let masked_keys = hashes(masked)?;
        let mut seen = crate::lock(&check.seen);
        for (s, m) in source_keys.into_iter().zip(masked_keys) {
            let (Some(s), Some(m)) = (s, m) else { continue };
            match seen.insert(m, s) {
                Some(earlier) if earlier != s => {
                    return Err(Error::Value {
                        table: self.table.clone(),
                        column: check.label.clone(),
                        message: "masking gives two different source values the same value, and they are a \
                                  unique key of the target; mask with method = \"hash\" or \"email\", or widen the column"
                            .into(),
                    })
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// `fixed`: every non-NULL value becomes `value`, parsed as the column's
/// type.
fn fixed(array: &ArrayRef, value: &str) -> std::result::Result<ArrayRef, String> {
    let texts: Vec<Option<&str>> = (0..array.len())
        .map(|i| (!array.is_null(i)).then_some(value))
        .collect();
    super::keymap::text_array(&texts, array.data_type())
        .map_err(|e| format!("the fixed value '{value}' does not fit: {e}"))
}

/// The keyed methods over one column.
struct Masker<'a> {
    key: &'a MaskKey,
    domain: &'a [u8],
    max_len: Option<usize>,
}

impl Masker<'_> {
    fn strings(&self, array: &StringArray, method: Method) -> StringArray {
        let mut out =
            StringBuilder::with_capacity(array.len(), array.value_data().len() + array.len() * 8);
        let mut buf = String::new();
        for value in array.iter() {
            match value {
                None => out.append_null(),
                Some(v) => {
                    buf.clear();
                    self.text(v, method, &mut buf);
                    out.append_value(&buf);
                }
            }
        }
        out.finish()
    }

    /// One text value masked into `out`.
    fn text(&self, value: &str, method: Method, out: &mut String) {
        let d = self.key.digest(self.domain, 0, value.as_bytes());
        match method {
            Method::Email => {
                out.push('u');
                push_hex(out, &d, email_len(self.max_len) - EMAIL_DOMAIN.len() - 2);
                out.push('@');
                out.push_str(EMAIL_DOMAIN);
            }
            Method::Hash => push_hex(out, &d, self.max_len.unwrap_or(TEXT_HEX).min(TEXT_HEX)),
            Method::Name | Method::FirstName | Method::LastName => {
                let first = pick(&FIRST_NAMES, u16::from_le_bytes([d[0], d[1]]));
                let last = pick(&LAST_NAMES, u16::from_le_bytes([d[2], d[3]]));
                match method {
                    Method::FirstName => out.push_str(first),
                    Method::LastName => out.push_str(last),
                    _ => {
                        out.push_str(first);
                        out.push(' ');
                        out.push_str(last);
                    }
                }
                if let Some(max) = self.max_len {
                    if let Some((cut, _)) = out.char_indices().nth(max) {
                        out.truncate(cut);
                    }
                }
            }
            Method::KeepFormat => self.keep_format(value, &d, out),
            Method::Null | Method::Fixed => unreachable!("not keyed"),
        }
    }

    /// Each ASCII digit and letter replaced by a keyed one of its kind
    /// (letters of other scripts by an ASCII letter of the same case);
    /// everything else kept, so the length in characters is the same.
    fn keep_format(&self, value: &str, first: &[u8; 32], out: &mut String) {
        let mut stream = Keystream::new(self, value.as_bytes(), *first);
        for c in value.chars() {
            let byte = |s: &mut Keystream| s.next();
            let replaced = if c.is_ascii_digit() {
                char::from(b'0' + byte(&mut stream) % 10)
            } else if c.is_uppercase() {
                char::from(b'A' + byte(&mut stream) % 26)
            } else if c.is_lowercase() || c.is_alphabetic() {
                char::from(b'a' + byte(&mut stream) % 26)
            } else {
                c
            };
            out.push(replaced);
        }
    }

    fn signed<T>(&self, array: &PrimitiveArray<T>, bits: u32, method: Method) -> ArrayRef
    where
        T: ArrowPrimitiveType,
        T::Native: Into<i64> + TryFrom<i64>,
    {
        let max = (1u64 << (bits - 1)) - 1;
        let out: PrimitiveArray<T> = array.unary(|v| {
            let v: i64 = v.into();
            let masked = match method {
                Method::KeepFormat => {
                    let m = self.keep_digits(v.unsigned_abs(), max) as i64;
                    if v < 0 {
                        -m
                    } else {
                        m
                    }
                }
                _ if v >= 0 => self.permute(v as u64, bits - 1) as i64,
                // Negative values permute among negatives: -1 - x ↔ -1 - p(x).
                _ => -(self.permute((-(v + 1)) as u64, bits - 1) as i64) - 1,
            };
            T::Native::try_from(masked).ok().unwrap_or_default()
        });
        Arc::new(out)
    }

    fn unsigned<T>(&self, array: &PrimitiveArray<T>, bits: u32, method: Method) -> ArrayRef
    where
        T: ArrowPrimitiveType,
        T::Native: Into<u64> + TryFrom<u64>,
    {
        let max = if bits == 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
        let out: PrimitiveArray<T> = array.unary(|v| {
            let v: u64 = v.into();
            let masked = match method {
                Method::KeepFormat => self.keep_digits(v, max),
                _ => self.permute(v, bits),
            };
            T::Native::try_from(masked).ok().unwrap_or_default()
        });
        Arc::new(out)
    }

    /// A keyed number with as many digits as `v` (0–9 for one digit),
    /// not above `max`.
    fn keep_digits(&self, v: u64, max: u64) -> u64 {
        let d = self.key.digest(self.domain, 0, v.to_string().as_bytes());
        let draw = digest_u64(&d);
        let digits = v.checked_ilog10().unwrap_or(0);
        let low = if digits == 0 { 0 } else { 10u64.pow(digits) };
        let high = 10u64
            .checked_pow(digits + 1)
            .map_or(u64::MAX, |h| h - 1)
            .min(max);
        if high <= low {
            return low.min(max);
        }
        low + draw % (high - low + 1)
    }

    /// A keyed bijection of [0, 2^bits): a four-round Feistel network on
    /// the next even width, walked until it lands inside the range (so
    /// different values never share an image).
    fn permute(&self, v: u64, bits: u32) -> u64 {
        let half = bits.div_ceil(2);
        let half_mask = (1u128 << half) - 1;
        let limit = 1u128 << bits;
        let mut x = v as u128;
        loop {
            let (mut left, mut right) = (x >> half, x & half_mask);
            for round in 0..4u8 {
                let d = self
                    .key
                    .digest(self.domain, round + 1, &(right as u64).to_le_bytes());
                let f = digest_u64(&d) as u128 & half_mask;
                (left, right) = (right, left ^ f);
            }
            x = (left << half) | right;
            if x < limit {
                return x as u64;
            }
        }
    }

    fn binary(&self, array: &ArrayRef) -> ArrayRef {
        let array = array.as_binary::<i32>();
        let len = self.max_len.unwrap_or(32).min(32);
        let mut out = BinaryBuilder::with_capacity(array.len(), array.len() * len);
        for value in array.iter() {
            match value {
                None => out.append_null(),
                Some(v) => {
                    let d = self.key.digest(self.domain, 0, v);
                    out.append_value(d.get(..len).unwrap_or(&d))
                }
            }
        }
        Arc::new(out.finish())
    }

    /// UUIDs: keyed version-4 UUIDs (122 keyed bits).
    // why: a digest is 32 bytes, of which the UUID takes 16, the builder's
    // width.
    #[allow(clippy::indexing_slicing, clippy::expect_used)]
    fn uuids(&self, array: &ArrayRef) -> ArrayRef {
        let array = array.as_fixed_size_binary();
        let mut out = FixedSizeBinaryBuilder::with_capacity(array.len(), 16);
        for i in 0..array.len() {
            if array.is_null(i) {
                out.append_null();
                continue;
            }
            let mut id: [u8; 16] = self.key.digest(self.domain, 0, array.value(i))[..16]
                .try_into()
                .expect("16 bytes");
            id[6] = (id[6] & 0x0f) | 0x40;
            id[8] = (id[8] & 0x3f) | 0x80;
            out.append_value(id).expect("16 bytes");
        }
        Arc::new(out.finish())
    }
}

/// Keyed bytes for `keep-format`: the value's digest, then further
/// digests of it as a longer value needs them.
struct Keystream<'a> {
    masker: &'a Masker<'a>,
    value: &'a [u8],
    block: [u8; 32],
    used: usize,
    counter: u8,
}

impl<'a> Keystream<'a> {
    fn new(masker: &'a Masker<'a>, value: &'a [u8], first: [u8; 32]) -> Self {
        Keystream {
            masker,
            value,
            block: first,
            used: 0,
            counter: 0,
        }
    }

    fn next(&mut self) -> u8 {
        if self.used == self.block.len() {
            self.counter = self.counter.wrapping_add(1);
            // Tweaks above the Feistel rounds' (1–4).
            self.block = self.masker.key.digest(
                self.masker.domain,
                16u8.wrapping_add(self.counter),
                self.value,
            );
            self.used = 0;
        }
        // Below the block's length: it was refilled above when used up.
        let byte = self.block.get(self.used).copied().unwrap_or_default();
        self.used += 1;
        byte
    }
}

/// The first 8 bytes of a digest, little-endian.
fn digest_u64(d: &[u8; 32]) -> u64 {
    let [b0, b1, b2, b3, b4, b5, b6, b7, ..] = *d;
    u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7])
}

/// The entry of `list` that `draw` picks (evenly for a list of 64).
fn pick(list: &[&'static str], draw: u16) -> &'static str {
    list.get(usize::from(draw) % list.len().max(1))
        .copied()
        .unwrap_or_default()
}

/// Where masked e-mail addresses point: a reserved name that never
/// resolves (RFC 2606), so a dev system cannot mail a real person.
pub const EMAIL_DOMAIN: &str = "example.invalid";
/// Characters of a masked e-mail's local part: `u` and 16 hex digits.
const EMAIL_LOCAL: usize = 17;
/// The fewest: `u` and 8 hex digits (32 keyed bits).
const EMAIL_LOCAL_MIN: usize = 9;
/// The shortest column a masked e-mail address fits.
pub const EMAIL_MIN_LEN: usize = EMAIL_LOCAL_MIN + 1 + EMAIL_DOMAIN.len();

/// The length of the masked e-mail addresses of a column of `max_len`
/// characters: as long as fits, up to 33.
pub fn email_len(max_len: Option<usize>) -> usize {
    let room = max_len
        .unwrap_or(usize::MAX)
        .saturating_sub(EMAIL_DOMAIN.len() + 1);
    room.clamp(EMAIL_LOCAL_MIN, EMAIL_LOCAL) + 1 + EMAIL_DOMAIN.len()
}
/// Hex digits of a hashed text value (128 keyed bits) when the column
/// allows them.
const TEXT_HEX: usize = 32;

fn push_hex(out: &mut String, digest: &[u8; 32], digits: usize) {
    for nibble in digest.iter().flat_map(|b| [b >> 4, b & 0x0f]).take(digits) {
        // Lower-case hex digits: a nibble is always one.
        out.extend(char::from_digit(u32::from(nibble), 16));
    }
}

/// Common given names and surnames (each list 64 long, so a pair is
/// chosen evenly from 4,096).
const FIRST_NAMES: [&str; 64] = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Daniel",
    "Lisa",
    "Matthew",
    "Nancy",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Paul",
    "Ashley",
    "Steven",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "George",
    "Melissa",
    "Timothy",
    "Deborah",
    "Ronald",
    "Stephanie",
    "Jason",
    "Rebecca",
    "Edward",
    "Laura",
    "Jeffrey",
    "Sharon",
    "Ryan",
    "Cynthia",
    "Jacob",
    "Kathleen",
    "Gary",
    "Amy",
    "Nicholas",
    "Angela",
    "Eric",
    "Helen",
    "Jonathan",
    "Anna",
];

const LAST_NAMES: [&str; 64] = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Gomez",
    "Phillips",
    "Evans",
    "Turner",
    "Diaz",
    "Parker",
    "Cruz",
    "Edwards",
    "Collins",
    "Reyes",
    "Stewart",
    "Morris",
    "Morales",
    "Murphy",
];

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use arrow::array::{Int32Array, Int64Array};
    use arrow::datatypes::{Field, Schema};

    fn key() -> Arc<MaskKey> {
        Arc::new(MaskKey::new(b"a test key of 32 bytes, not real").unwrap())
    }

    fn masker<'a>(key: &'a MaskKey, max_len: Option<usize>) -> Masker<'a> {
        Masker {
            key,
            domain: b"t.c",
            max_len,
        }
    }

    #[test]
    fn short_keys_are_refused() {
        assert_eq!(
            MaskKey::new(b"short").unwrap_err(),
            "is 5 bytes long; a masking key needs at least 16"
        );
        assert_eq!(format!("{:?}", key()), "MaskKey(***)");
    }

    #[test]
    fn text_methods_are_deterministic_and_fit() {
        let key = key();
        let m = masker(&key, Some(30));
        let mut a = String::new();
        let mut b = String::new();
        m.text("ann@corp.example", Method::Email, &mut a);
        m.text("ann@corp.example", Method::Email, &mut b);
        assert_eq!(a, b);
        assert!(
            a.ends_with("@example.invalid") && a.len() <= 30 && a.starts_with('u'),
            "{a}"
        );
        let mut c = String::new();
        masker(&key, None).text("ann@corp.example", Method::Email, &mut c);
        assert_eq!(c.len(), 33, "{c}");
        let mut h = String::new();
        masker(&key, Some(10)).text("x", Method::Hash, &mut h);
        assert_eq!(h.len(), 10);
        let mut n = String::new();
        masker(&key, Some(5)).text("Ann Smith", Method::Name, &mut n);
        assert_eq!(n.chars().count(), 5);
        let mut k = String::new();
        m.text("+1 (555) 010-9999 Zoë", Method::KeepFormat, &mut k);
        assert_eq!(k.chars().count(), "+1 (555) 010-9999 Zoë".chars().count());
        assert!(
            k.starts_with("+") && k.contains(" (") && k.contains(") "),
            "{k}"
        );
        assert_ne!(k, "+1 (555) 010-9999 Zoë");
    }

    #[test]
    fn integers_permute_within_their_type() {
        let key = key();
        let m = masker(&key, None);
        let mut seen = std::collections::HashSet::new();
        for v in 0..2000u64 {
            let p = m.permute(v, 11);
            assert!(p < 2048);
            assert!(seen.insert(p), "{v} collides");
        }
        let array = Int32Array::from(vec![
            Some(1),
            Some(-1),
            None,
            Some(i32::MAX),
            Some(i32::MIN),
        ]);
        let out = m.signed(&array, 32, Method::Hash);
        let out = out.as_primitive::<arrow::datatypes::Int32Type>();
        assert!(out.value(0) >= 0 && out.value(1) < 0 && out.is_null(2));
        assert!(out.value(3) >= 0 && out.value(4) < 0);
        let digits = m.signed(
            &Int64Array::from(vec![Some(4155550123i64), Some(-7)]),
            64,
            Method::KeepFormat,
        );
        let digits = digits.as_primitive::<arrow::datatypes::Int64Type>();
        assert_eq!(digits.value(0).to_string().len(), 10);
        assert!((-9..=-1).contains(&digits.value(1)) || digits.value(1) == 0);
    }

    #[test]
    fn references_mask_like_their_key_and_collisions_are_refused() {
        let key = key();
        let schema = Arc::new(Schema::new(vec![Field::new("c", DataType::Utf8, true)]));
        let batch = RecordBatch::try_new(
            schema,
            vec![Arc::new(StringArray::from(vec![
                Some("a"),
                Some("b"),
                None,
            ]))],
        )
        .unwrap();
        let mask = |method, fixed: Option<&str>| TableMask {
            table: "t".into(),
            columns: vec![ColumnMask {
                column: 0,
                label: "t.c".into(),
                method,
                domain: "k.id".into(),
                max_len: None,
                fixed: fixed.map(String::from),
            }],
            unique: vec![UniqueCheck::new(vec![0], "c".into())],
            key: Some(key.clone()),
        };
        let one = mask(Method::Hash, None).apply(batch.clone()).unwrap();
        let two = mask(Method::Hash, None).apply(batch.clone()).unwrap();
        assert_eq!(one, two);
        assert!(one.column(0).is_null(2));
        let err = mask(Method::Fixed, Some("same")).apply(batch).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.c: masking gives two different source values the same value, and they are a unique key of the target; \
             mask with method = \"hash\" or \"email\", or widen the column"
        );
    }
}
