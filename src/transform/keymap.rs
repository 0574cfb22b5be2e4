//! Key maps and the reference rewrite kernel.
//!
//! A key is the text of its columns' values joined by U+001F, the same text
//! each engine's `CAST(… AS TEXT)` gives for integers, strings and UUIDs, so
//! maps read from the target and keys read from Arrow batches meet.

use crate::error::{Error, Result};
use crate::values::text::{Cell, CellReader};
use arrow::array::{Array, ArrayRef, AsArray, FixedSizeBinaryBuilder, Int64Array, StringArray};
use arrow::datatypes::DataType;
use arrow::record_batch::RecordBatch;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// Separates the parts of a composite key's text.
pub const SEP: char = '\u{1f}';

/// Source key text → target key text over `columns` of one table.
#[derive(Debug, Clone, Default)]
pub struct KeyMap {
    /// The columns the map covers, in key order (target column names).
    pub columns: Vec<String>,
    pub map: HashMap<String, String>,
    /// The same map as integers, when every entry is one (most keys):
    /// built on first use, it spares a string per row.
    ints: OnceLock<Option<HashMap<i64, i64>>>,
    /// Source keys whose entry the target's `ferry_key_map` holds already,
    /// unchanged: not written again.
    pub stored: std::collections::HashSet<String>,
    /// Source keys the target's `ferry_key_map` holds with another target
    /// key (a natural-key match found another row): replaced.
    pub stale: Vec<String>,
    /// Integer keys mapped in runs (`offset`, `sequence`): consecutive
    /// source keys to consecutive target keys, sorted by source key. A
    /// million keys copied in order are one run, not a million entries.
    runs: Vec<Run>,
    /// The runs this promotion assigned: what is written back.
    pub fresh_runs: Vec<Run>,
}

/// `len` consecutive source keys from `source` map to consecutive target
/// keys from `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub source: i64,
    pub target: i64,
    pub len: i64,
}

impl Run {
    /// Runs of `pairs` (sorted by source key, each source key once).
    pub fn collect(pairs: impl IntoIterator<Item = (i64, i64)>) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for (source, target) in pairs {
            match runs.last_mut() {
                Some(r) if r.source + r.len == source && r.target + r.len == target => r.len += 1,
                _ => runs.push(Run {
                    source,
                    target,
                    len: 1,
                }),
            }
        }
        runs
    }
}

impl KeyMap {
    pub fn new(columns: Vec<String>, map: HashMap<String, String>) -> Self {
        KeyMap {
            columns,
            map,
            ints: OnceLock::new(),
            stored: Default::default(),
            stale: Vec::new(),
            runs: Vec::new(),
            fresh_runs: Vec::new(),
        }
    }

    /// A map of integer keys in runs: `remembered` ones (stored already)
    /// and `fresh` ones (to be written back).
    pub fn from_runs(columns: Vec<String>, remembered: Vec<Run>, fresh: Vec<Run>) -> Self {
        let mut runs: Vec<Run> = remembered
            .into_iter()
            .chain(fresh.iter().copied())
            .collect();
        runs.sort_by_key(|r| r.source);
        KeyMap {
            runs,
            fresh_runs: fresh,
            ..KeyMap::new(columns, HashMap::new())
        }
    }

    /// The target key of an integer source key, in a run map.
    pub fn lookup_run(&self, key: i64) -> Option<i64> {
        let i = self
            .runs
            .partition_point(|r| r.source <= key)
            .checked_sub(1)?;
        let r = *self.runs.get(i)?;
        (key < r.source + r.len).then(|| r.target + (key - r.source))
    }

    fn is_runs(&self) -> bool {
        !self.runs.is_empty() || !self.fresh_runs.is_empty()
    }

    /// Notes which entries `remembered` (what `ferry_key_map` holds) has
    /// already, so that only new and changed ones are written back.
    pub fn with_remembered(mut self, remembered: &HashMap<String, String>) -> Self {
        for (source, target) in remembered {
            match self.map.get(source) {
                Some(t) if t == target => {
                    self.stored.insert(source.clone());
                }
                Some(_) => self.stale.push(source.clone()),
                None => {}
            }
        }
        self
    }

    fn ints(&self) -> Option<&HashMap<i64, i64>> {
        self.ints
            .get_or_init(|| {
                self.map
                    .iter()
                    .map(|(k, v)| Some((k.parse().ok()?, v.parse().ok()?)))
                    .collect()
            })
            .as_ref()
    }

    /// [`rewrite`] through this map, with a fast path for one integer
    /// column.
    ///
    /// # Errors
    /// As [`rewrite`].
    pub fn rewrite(
        &self,
        batch: &RecordBatch,
        columns: &[usize],
        missing: Missing,
    ) -> Result<(Vec<ArrayRef>, Vec<String>)> {
        if let [column] = columns {
            let array = batch.column(*column);
            if self.is_runs() {
                let lookup = |k: i64| self.lookup_run(k);
                return if array.data_type().is_integer() {
                    rewrite_ints(array, lookup, missing).map(|(a, m)| (vec![a], m))
                } else {
                    // An integer key held in a text column.
                    rewrite_parsed(batch, *column, lookup, missing)
                };
            }
            if array.data_type().is_integer() {
                if let Some(ints) = self.ints() {
                    let lookup = |k: i64| ints.get(&k).copied();
                    return rewrite_ints(array, lookup, missing).map(|(a, m)| (vec![a], m));
                }
            }
        }
        rewrite(batch, columns, &self.map, missing)
    }
}

/// One integer column through an integer map.
fn rewrite_ints(
    array: &ArrayRef,
    lookup: impl Fn(i64) -> Option<i64>,
    missing: Missing,
) -> Result<(ArrayRef, Vec<String>)> {
    let wide = arrow::compute::cast(array, &DataType::Int64)
        .map_err(|e| Error::failed(format!("reading an integer key: {e}")))?;
    let wide = wide.as_primitive::<arrow::datatypes::Int64Type>();
    let mut not_found = Vec::new();
    let out: Int64Array = wide
        .iter()
        .map(|v| {
            let v = v?;
            match lookup(v) {
                Some(m) => Some(m),
                None => {
                    if missing == Missing::Report {
                        not_found.push(v.to_string());
                    }
                    (missing != Missing::Null).then_some(v)
                }
            }
        })
        .collect();
    let options = arrow::compute::CastOptions {
        safe: false,
        ..Default::default()
    };
    let out =
        arrow::compute::cast_with_options(&out, array.data_type(), &options).map_err(|e| {
            Error::failed(format!(
                "a mapped key does not fit {}: {e}",
                array.data_type()
            ))
        })?;
    Ok((out, not_found))
}

/// The text of one cell as a key part; `None` for NULL.
pub fn cell_text(cell: &Cell<'_>) -> Option<String> {
    Some(match cell {
        Cell::Null => return None,
        Cell::Bool(b) => b.to_string(),
        Cell::Int(v) => v.to_string(),
        Cell::UInt(v) => v.to_string(),
        Cell::Float(v) => crate::values::builder::format_f64(*v),
        Cell::Text(s) => s.to_string(),
        Cell::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    })
}

/// The key text of every row over `columns`; `None` where any part is NULL.
pub fn key_texts(batch: &RecordBatch, columns: &[usize]) -> Result<Vec<Option<String>>> {
    let readers = columns
        .iter()
        .map(|&i| CellReader::new(batch.column(i).as_ref()).map_err(Error::failed))
        .collect::<Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(batch.num_rows());
    for row in 0..batch.num_rows() {
        let mut key = String::new();
        let mut null = false;
        for (n, reader) in readers.iter().enumerate() {
            match cell_text(&reader.get(row)) {
                Some(t) => {
                    if n > 0 {
                        key.push(SEP);
                    }
                    key.push_str(&t);
                }
                None => null = true,
            }
        }
        out.push((!null).then_some(key));
    }
    Ok(out)
}

/// A key's parts for display: `crm, 3`.
pub fn display(key: &str) -> String {
    key.replace(SEP, ", ")
}

/// Builds an array of `data_type` from texts (UUIDs parsed, everything else
/// through Arrow's cast from strings).
pub fn text_array(texts: &[Option<&str>], data_type: &DataType) -> Result<ArrayRef> {
    if let DataType::FixedSizeBinary(16) = data_type {
        let mut b = FixedSizeBinaryBuilder::with_capacity(texts.len(), 16);
        for t in texts {
            match t {
                Some(t) => {
                    let u = uuid::Uuid::parse_str(t)
                        .map_err(|e| Error::failed(format!("'{t}' is not a UUID: {e}")))?;
                    b.append_value(u.as_bytes())
                        .map_err(|e| Error::arrow("building a UUID array", e))?;
                }
                None => b.append_null(),
            }
        }
        return Ok(Arc::new(b.finish()));
    }
    let strings: ArrayRef = Arc::new(StringArray::from(texts.to_vec()));
    if data_type == &DataType::Utf8 {
        return Ok(strings);
    }
    let options = arrow::compute::CastOptions {
        safe: false,
        ..Default::default()
    };
    arrow::compute::cast_with_options(&strings, data_type, &options)
        .map_err(|e| Error::failed(format!("a value does not fit {data_type}: {e}")))
}

/// Integer keys held in a text column, through an integer lookup.
fn rewrite_parsed(
    batch: &RecordBatch,
    column: usize,
    lookup: impl Fn(i64) -> Option<i64>,
    missing: Missing,
) -> Result<(Vec<ArrayRef>, Vec<String>)> {
    let keys = key_texts(batch, &[column])?;
    let mut not_found = Vec::new();
    let out: Vec<Option<String>> = keys
        .into_iter()
        .map(|k| {
            let k = k?;
            match k.trim().parse().ok().and_then(&lookup) {
                Some(t) => Some(t.to_string()),
                None => {
                    if missing == Missing::Report {
                        not_found.push(k.clone());
                    }
                    (missing != Missing::Null).then_some(k)
                }
            }
        })
        .collect();
    let texts: Vec<Option<&str>> = out.iter().map(|t| t.as_deref()).collect();
    let array = text_array(&texts, batch.column(column).data_type())?;
    Ok((vec![array], not_found))
}

/// What a lookup that finds nothing does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Leave the value and report the key.
    Report,
    Null,
    Keep,
}

/// Rewrites `columns` of `batch` through `map`. Returns the new columns (in
/// the order of `columns`) and the keys that had no entry, unless
/// `missing` says to null or keep them.
// why: key_texts gives one text per row of the batch (`row` is below its
// row count), and a key is built only when no part is NULL. A hot path:
// no per-row checks.
#[allow(clippy::indexing_slicing, clippy::expect_used)]
pub fn rewrite(
    batch: &RecordBatch,
    columns: &[usize],
    map: &HashMap<String, String>,
    missing: Missing,
) -> Result<(Vec<ArrayRef>, Vec<String>)> {
    let cells: Vec<Vec<Option<String>>> = columns
        .iter()
        .map(|&i| key_texts(batch, &[i]))
        .collect::<Result<_>>()?;
    let mut not_found = Vec::new();
    let mut parts: Vec<Vec<Option<&str>>> =
        vec![Vec::with_capacity(batch.num_rows()); columns.len()];
    let mut key = String::new();
    for row in 0..batch.num_rows() {
        // A reference with a NULL part refers to nothing: left as it is.
        if cells.iter().any(|c| c[row].is_none()) {
            for (p, c) in parts.iter_mut().zip(&cells) {
                p.push(c[row].as_deref());
            }
            continue;
        }
        key.clear();
        for (n, c) in cells.iter().enumerate() {
            if n > 0 {
                key.push(SEP);
            }
            key.push_str(c[row].as_deref().expect("checked"));
        }
        match map.get(&key) {
            Some(mapped) => {
                for (p, t) in parts.iter_mut().zip(mapped.split(SEP)) {
                    p.push(Some(t));
                }
            }
            None => {
                if missing == Missing::Report {
                    not_found.push(key.clone());
                }
                for (p, c) in parts.iter_mut().zip(&cells) {
                    p.push(if missing == Missing::Null {
                        None
                    } else {
                        c[row].as_deref()
                    });
                }
            }
        }
    }
    let arrays = columns
        .iter()
        .zip(&parts)
        .map(|(&i, texts)| text_array(texts, batch.column(i).data_type()))
        .collect::<Result<Vec<_>>>()?;
    Ok((arrays, not_found))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use arrow::array::{Int32Array, Int64Array};
    use arrow::datatypes::{Field, Schema};

    #[test]
    fn composite_keys_are_rewritten_and_misses_reported() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("app", DataType::Utf8, true),
            Field::new("ver", DataType::Int32, true),
            Field::new("x", DataType::Int64, true),
        ]));
        let batch = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(StringArray::from(vec![Some("crm"), Some("hr"), None])),
                Arc::new(Int32Array::from(vec![Some(2), Some(1), Some(9)])),
                Arc::new(Int64Array::from(vec![1, 2, 3])),
            ],
        )
        .unwrap();
        let map = HashMap::from([(format!("crm{SEP}2"), format!("crm{SEP}5"))]);
        let (cols, missing) = rewrite(&batch, &[0, 1], &map, Missing::Report).unwrap();
        assert_eq!(missing, vec![format!("hr{SEP}1")]);
        let ver = cols[1].as_any().downcast_ref::<Int32Array>().unwrap();
        assert_eq!(
            ver.iter().collect::<Vec<_>>(),
            vec![Some(5), Some(1), Some(9)]
        );
        let (cols, _) = rewrite(&batch, &[0, 1], &map, Missing::Null).unwrap();
        assert!(cols[0].is_null(1) && cols[1].is_null(1));
    }

    #[test]
    fn runs_map_integer_keys_in_integer_and_text_columns() {
        let runs = Run::collect([(1, 101), (2, 102), (3, 103), (7, 104), (8, 105)]);
        assert_eq!(
            runs,
            vec![
                Run {
                    source: 1,
                    target: 101,
                    len: 3
                },
                Run {
                    source: 7,
                    target: 104,
                    len: 2
                }
            ]
        );
        let map = KeyMap::from_runs(
            vec!["id".into()],
            vec![Run {
                source: 20,
                target: 5,
                len: 1,
            }],
            runs,
        );
        assert_eq!(map.lookup_run(2), Some(102));
        assert_eq!(map.lookup_run(8), Some(105));
        assert_eq!(map.lookup_run(20), Some(5));
        assert_eq!(map.lookup_run(4), None);
        assert_eq!(map.lookup_run(0), None);
        let schema = Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, true),
            Field::new("ref", DataType::Utf8, true),
        ]));
        let batch = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(Int64Array::from(vec![Some(3), Some(4), None])),
                Arc::new(StringArray::from(vec![Some("7"), Some("x"), None])),
            ],
        )
        .unwrap();
        let (ids, missing) = map.rewrite(&batch, &[0], Missing::Keep).unwrap();
        assert!(missing.is_empty());
        let ids = ids[0].as_primitive::<arrow::datatypes::Int64Type>();
        assert_eq!(
            ids.iter().collect::<Vec<_>>(),
            vec![Some(103), Some(4), None]
        );
        let (refs, missing) = map.rewrite(&batch, &[1], Missing::Report).unwrap();
        assert_eq!(missing, vec!["x".to_string()]);
        let refs = refs[0].as_string::<i32>();
        assert_eq!(
            refs.iter().collect::<Vec<_>>(),
            vec![Some("104"), Some("x"), None]
        );
    }

    #[test]
    fn only_new_and_changed_entries_are_written_back() {
        let map = KeyMap::new(
            vec!["id".into()],
            HashMap::from([
                ("1".into(), "11".into()),
                ("2".into(), "12".into()),
                ("3".into(), "13".into()),
            ]),
        )
        .with_remembered(&HashMap::from([
            ("1".into(), "11".into()),
            ("2".into(), "99".into()),
            ("7".into(), "17".into()),
        ]));
        assert_eq!(
            map.stored,
            std::collections::HashSet::from(["1".to_string()])
        );
        assert_eq!(map.stale, vec!["2".to_string()]);
    }

    #[test]
    fn integer_keys_take_the_fast_path_with_the_same_result() {
        let schema = Arc::new(Schema::new(vec![Field::new("id", DataType::Int32, true)]));
        let batch = RecordBatch::try_new(
            schema,
            vec![Arc::new(Int32Array::from(vec![Some(1), None, Some(3)]))],
        )
        .unwrap();
        let map = KeyMap::new(
            vec!["id".into()],
            HashMap::from([("1".into(), "101".into())]),
        );
        assert!(map.ints().is_some());
        for missing in [Missing::Report, Missing::Null, Missing::Keep] {
            let fast = map.rewrite(&batch, &[0], missing).unwrap();
            let slow = rewrite(&batch, &[0], &map.map, missing).unwrap();
            assert_eq!(fast.0[0].as_ref(), slow.0[0].as_ref(), "{missing:?}");
            assert_eq!(fast.1, slow.1);
        }
        let text = KeyMap::new(vec!["id".into()], HashMap::from([("a".into(), "b".into())]));
        assert!(text.ints().is_none());
    }
}
