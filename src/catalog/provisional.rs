//! Tables a run creates under provisional names, on an engine whose DDL
//! commits at once (MySQL): `ferry_new_<tag>_<name>` until the run has
//! committed its rows, then renamed in one atomic `RENAME TABLE`, so a
//! killed run leaves nothing that looks like one of the target's tables.
//! The tag is the run id's random part: the next run finds the leftovers,
//! renames them when the run's journal row says it committed and drops
//! them when it does not (`journal::settle_provisional`).
//!
//! While a run goes, the target's dialect names these tables by their
//! provisional names (`Dialect::quote_table` of MySQL's target dialect),
//! and the target's catalog reads them back under their real names: the
//! rest of ferry only ever sees the real ones. One run per process, so the
//! names are the process's.

use std::sync::RwLock;

/// What every provisional name starts with.
pub const PREFIX: &str = "ferry_new_";

/// The longest provisional name, in characters: MySQL's 64 less room for
/// the `_ibfk_N` it appends to a table's name to name an unnamed foreign
/// key (and renames with the table).
const MAX_CHARS: usize = 56;

/// Whether `real` keeps its whole name in its provisional one (else the
/// foreign keys MySQL would name after it must be named for it).
pub fn fits(real: &str) -> bool {
    PREFIX.len() + 7 + real.chars().count() <= MAX_CHARS
}

/// (real name, provisional name) of the tables the running run creates.
static NAMES: RwLock<Vec<(String, String)>> = RwLock::new(Vec::new());

/// The tag of run `run_id` (`20261201-163512-3fa9c1` → `3fa9c1`).
pub fn tag_of_run(run_id: &str) -> &str {
    run_id.rsplit('-').next().unwrap_or(run_id)
}

/// The provisional name of `real` for the run tagged `tag`: the real name
/// after the prefix and tag when it fits, else its first characters and a
/// hash of the whole.
pub fn name(tag: &str, real: &str) -> String {
    let head = format!("{PREFIX}{tag}_");
    let whole = format!("{head}{real}");
    if whole.chars().count() <= MAX_CHARS {
        return whole;
    }
    use sha2::Digest;
    let hash = sha2::Sha256::digest(real.as_bytes());
    let hash: String = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let room = MAX_CHARS - head.chars().count() - 1 - hash.len();
    let start: String = real.chars().take(room).collect();
    format!("{head}{start}_{hash}")
}

/// The run tag of a provisional name, `None` for any other name.
pub fn tag(physical: &str) -> Option<&str> {
    let rest = physical.strip_prefix(PREFIX)?;
    let (tag, _) = rest.split_once('_')?;
    (!tag.is_empty() && tag.chars().all(|c| c.is_ascii_hexdigit())).then_some(tag)
}

/// From now on the target's dialect names these tables provisionally.
pub fn set(pairs: Vec<(String, String)>) {
    *NAMES.write().unwrap_or_else(|e| e.into_inner()) = pairs;
}

/// The run renamed them (or dropped them): real names again.
pub fn clear() {
    NAMES.write().unwrap_or_else(|e| e.into_inner()).clear();
}

/// The tables renamed so far, as `set` gave them.
pub fn all() -> Vec<(String, String)> {
    NAMES.read().unwrap_or_else(|e| e.into_inner()).clone()
}

/// The provisional name of table `real`, if the run is creating it.
pub fn physical(real: &str) -> Option<String> {
    NAMES
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .find(|(r, _)| r == real)
        .map(|(_, p)| p.clone())
}

/// The real name of provisional table `physical`, if the run is creating it.
pub fn real(physical: &str) -> Option<String> {
    NAMES
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .find(|(_, p)| p == physical)
        .map(|(r, _)| r.clone())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn names_leave_room_for_key_names_and_keep_their_tag() {
        assert_eq!(name("3fa9c1", "app_form"), "ferry_new_3fa9c1_app_form");
        let long = "é".repeat(70);
        let p = name("3fa9c1", &long);
        assert_eq!(p.chars().count(), MAX_CHARS);
        assert!(!fits(&long) && fits("app_form"));
        assert!(fits(&"a".repeat(39)) && !fits(&"a".repeat(40)));
        assert_eq!(name("3fa9c1", &"a".repeat(39)).chars().count(), MAX_CHARS);
        assert_ne!(p, name("3fa9c1", &format!("{long}x")));
        assert_eq!(tag(&p), Some("3fa9c1"));
        assert_eq!(tag("ferry_new_3fa9c1_ferry_journal"), Some("3fa9c1"));
        assert_eq!(tag("ferry_newest"), None);
        assert_eq!(tag("app_form"), None);
        assert_eq!(tag_of_run("20261201-163512-3fa9c1"), "3fa9c1");
    }
}
