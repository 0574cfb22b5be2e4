//! Counts in messages, with the noun in the number it takes: `1 table`,
//! `3 tables`. Every layer words its messages with it.

/// `1 table`, `3 tables`.
pub fn counted(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    #[test]
    fn one_is_singular() {
        assert_eq!(super::counted(1u64, "row", "rows"), "1 row");
        assert_eq!(super::counted(0u64, "row", "rows"), "0 rows");
        assert_eq!(super::counted(2u32, "part", "parts"), "2 parts");
    }
}
