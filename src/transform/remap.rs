//! The promotion transform: keys, references, value maps and set columns
//! rewritten on whole batches of a target table. Problems that a DBA must
//! see all at once (unmapped values, references to missing rows) are
//! collected in [`Findings`] instead of stopping the read.

use super::keymap::{self, KeyMap, Missing};
use crate::error::{Error, Result};
use crate::values::text::CellReader;
use arrow::array::{Array, ArrayRef};
use arrow::record_batch::RecordBatch;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

/// How many keys of one problem are named before the rest are counted.
pub const LISTED: usize = 20;

/// What the transform found while reading, for the plan and preflight.
#[derive(Debug, Default)]
pub struct Findings {
    /// `table.column[ path]` → unmapped source value → rows.
    pub unmapped: BTreeMap<String, BTreeMap<String, u64>>,
    /// `table.column → parent` → (first keys, rows).
    pub missing: BTreeMap<String, (Vec<String>, u64)>,
    /// `table.column[ path]` → rows whose value was mapped.
    pub mapped: BTreeMap<String, u64>,
    /// Per table: the rows `--skip` left out, by source key, and the
    /// target keys they would have had (so `replace-scope` keeps them).
    pub skipped: BTreeMap<String, Skipped>,
    /// Per table, with `--details`: target key → source key of every row
    /// whose key the transform changed.
    pub source_keys: BTreeMap<String, HashMap<String, String>>,
}

/// The rows `--skip` left out of one table.
#[derive(Debug, Default, Clone)]
pub struct Skipped {
    pub rows: u64,
    /// Their source keys, as `--skip` named them.
    pub source_keys: Vec<String>,
    pub target_keys: Vec<String>,
}

/// One reference of this table to a remapped parent key.
#[derive(Debug)]
pub struct RefRewrite {
    pub columns: Vec<usize>,
    pub map: Arc<KeyMap>,
    pub on_missing: Missing,
    /// `app_form.appId, appVersion → app_app`
    pub label: String,
}

/// A `[[map]]` on one column.
#[derive(Debug)]
pub struct ValueMap {
    pub column: usize,
    pub path: Option<JsonPath>,
    pub values: HashMap<String, serde_json::Value>,
    pub label: String,
}

/// The transform of one table.
#[derive(Debug, Default)]
pub struct Remap {
    /// The table's own key columns, rewritten through its maps; every key
    /// must be found.
    pub own: Vec<(Vec<usize>, Arc<KeyMap>)>,
    pub refs: Vec<RefRewrite>,
    pub maps: Vec<ValueMap>,
    /// Column → constant (as JSON: string, number, bool) or NULL.
    pub sets: Vec<(usize, Option<serde_json::Value>)>,
    pub table: String,
    pub findings: Arc<Mutex<Findings>>,
    /// The primary key's columns, for `skip` and `details`.
    pub key_columns: Vec<usize>,
    /// `--skip`: source keys (parts joined by [`keymap::SEP`]) of rows to
    /// leave out, before anything is rewritten.
    pub skip: std::collections::HashSet<String>,
    /// Record which source key each rewritten key came from.
    pub details: bool,
}

impl Remap {
    pub fn is_empty(&self) -> bool {
        self.own.is_empty()
            && self.refs.is_empty()
            && self.maps.is_empty()
            && self.sets.is_empty()
            && self.skip.is_empty()
            && !self.details
    }

    /// Leaves out the rows `--skip` names by their source key, then
    /// rewrites the rest.
    ///
    /// # Errors
    /// A key of the table itself without a map entry, or a mapped value
    /// that does not fit its column's type.
    pub fn apply(&self, batch: RecordBatch) -> Result<RecordBatch> {
        let batch = self.leave_out_skipped(batch)?;
        let rewritten = self.rewrite(&batch, Missing::Report)?;
        if self.details && !self.key_columns.is_empty() {
            let before = keymap::key_texts(&batch, &self.key_columns)?;
            let after = keymap::key_texts(&rewritten, &self.key_columns)?;
            let mut findings = crate::lock(&self.findings);
            let pairs = findings.source_keys.entry(self.table.clone()).or_default();
            for (s, t) in before.into_iter().zip(after) {
                if let (Some(s), Some(t)) = (s, t) {
                    if s != t {
                        pairs.insert(t, s);
                    }
                }
            }
        }
        Ok(rewritten)
    }

    /// The batch without the skipped rows; their would-be target keys go
    /// into the findings.
    fn leave_out_skipped(&self, batch: RecordBatch) -> Result<RecordBatch> {
        if self.skip.is_empty() || self.key_columns.is_empty() {
            return Ok(batch);
        }
        let keys = keymap::key_texts(&batch, &self.key_columns)?;
        let keep: arrow::array::BooleanArray = keys
            .iter()
            .map(|k| Some(!k.as_ref().is_some_and(|k| self.skip.contains(k))))
            .collect();
        let left_out = keep.false_count();
        if left_out == 0 {
            return Ok(batch);
        }
        let filter = |mask: &arrow::array::BooleanArray| {
            arrow::compute::filter_record_batch(&batch, mask).map_err(|e| {
                Error::arrow(format!("leaving out the skipped rows of {}", self.table), e)
            })
        };
        let leave = arrow::compute::not(&keep).map_err(|e| {
            Error::arrow(format!("leaving out the skipped rows of {}", self.table), e)
        })?;
        let skipped = filter(&leave)?;
        let source_keys = keymap::key_texts(&skipped, &self.key_columns)?;
        // Where the skipped rows would have gone; a reference they make to
        // a row out of the scope is no problem, since they are not written.
        let targets = self.rewrite(&skipped, Missing::Keep)?;
        let target_keys = keymap::key_texts(&targets, &self.key_columns)?;
        let mut findings = crate::lock(&self.findings);
        let entry = findings.skipped.entry(self.table.clone()).or_default();
        entry.rows += left_out as u64;
        entry.source_keys.extend(source_keys.into_iter().flatten());
        entry.target_keys.extend(target_keys.into_iter().flatten());
        drop(findings);
        filter(&keep)
    }

    /// Rewrites keys, references, values and set columns; `missing` is how
    /// references to rows without a map entry are treated (`Keep`: as
    /// they are, not reported).
    fn rewrite(&self, batch: &RecordBatch, missing: Missing) -> Result<RecordBatch> {
        let batch = batch.clone();
        let report = missing == Missing::Report;
        let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
        let mut findings = crate::lock(&self.findings);
        // References are read from the source values, before own keys change.
        for r in &self.refs {
            let on_missing = if report { r.on_missing } else { Missing::Keep };
            let (arrays, missing) = r.map.rewrite(&batch, &r.columns, on_missing)?;
            for (&i, a) in r.columns.iter().zip(arrays) {
                *slot(&mut columns, i, &self.table)? = a;
            }
            if !missing.is_empty() {
                let entry = findings.missing.entry(r.label.clone()).or_default();
                for key in missing {
                    entry.1 += 1;
                    if entry.0.len() < LISTED && !entry.0.contains(&key) {
                        entry.0.push(key);
                    }
                }
            }
        }
        for (cols, map) in &self.own {
            let (arrays, missing) = map.rewrite(&batch, cols, missing)?;
            if let Some(key) = missing.first() {
                return Err(Error::failed(format!(
                    "{}: row {} has no entry in the key map (was it written during the run?)",
                    self.table,
                    keymap::display(key)
                )));
            }
            for (&i, a) in cols.iter().zip(arrays) {
                *slot(&mut columns, i, &self.table)? = a;
            }
        }
        for m in self.maps.iter().filter(|_| report) {
            // Several maps may address one column (two JSON paths).
            let column = slot(&mut columns, m.column, &self.table)?;
            let (array, stats) = map_values(column, m)?;
            *column = array;
            if stats.mapped > 0 {
                *findings.mapped.entry(m.label.clone()).or_default() += stats.mapped;
            }
            for (value, rows) in stats.unmapped {
                *findings
                    .unmapped
                    .entry(m.label.clone())
                    .or_default()
                    .entry(value)
                    .or_default() += rows;
            }
        }
        for (i, value) in &self.sets {
            let text = value.as_ref().map(json_text);
            let texts = vec![text.as_deref(); batch.num_rows()];
            *slot(&mut columns, *i, &self.table)? =
                keymap::text_array(&texts, batch.column(*i).data_type()).map_err(|e| {
                    Error::bad_input(format!("[[set]] {}: {e}", self.column_name(&batch, *i)))
                })?;
        }
        drop(findings);
        RecordBatch::try_new(batch.schema(), columns)
            .map_err(|e| Error::failed(format!("{}: {e}", self.table)))
    }

    fn column_name(&self, batch: &RecordBatch, i: usize) -> String {
        format!("{}.{}", self.table, batch.schema().field(i).name())
    }
}

/// A scalar JSON value as column text (strings unquoted).
pub fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[derive(Default)]
struct MapStats {
    mapped: u64,
    unmapped: BTreeMap<String, u64>,
}

/// A whole-column map of a text column: every value looked up by `&str`
/// and copied into one builder, no string per row.
fn map_strings(array: &ArrayRef, m: &ValueMap) -> Option<(ArrayRef, MapStats)> {
    let strings = array.as_any().downcast_ref::<arrow::array::StringArray>()?;
    let mut stats = MapStats::default();
    let texts: HashMap<&str, String> = m
        .values
        .iter()
        .map(|(k, v)| (k.as_str(), json_text(v)))
        .collect();
    let mut out =
        arrow::array::StringBuilder::with_capacity(strings.len(), strings.value_data().len());
    for value in strings.iter() {
        match value {
            None => out.append_null(),
            Some(v) => match texts.get(v) {
                Some(mapped) => {
                    stats.mapped += 1;
                    out.append_value(mapped);
                }
                None => {
                    *stats.unmapped.entry(v.to_string()).or_default() += 1;
                    out.append_value(v);
                }
            },
        }
    }
    Some((Arc::new(out.finish()), stats))
}

fn map_values(array: &ArrayRef, m: &ValueMap) -> Result<(ArrayRef, MapStats)> {
    if m.path.is_none() {
        if let Some(done) = map_strings(array, m) {
            return Ok(done);
        }
    }
    let reader = CellReader::new(array.as_ref()).map_err(Error::failed)?;
    let mut stats = MapStats::default();
    let mut out: Vec<Option<String>> = Vec::with_capacity(array.len());
    for row in 0..array.len() {
        let Some(text) = keymap::cell_text(&reader.get(row)) else {
            out.push(None);
            continue;
        };
        match &m.path {
            None => match m.values.get(&text) {
                Some(v) => {
                    stats.mapped += 1;
                    out.push(Some(json_text(v)));
                }
                None => {
                    *stats.unmapped.entry(text.clone()).or_default() += 1;
                    out.push(Some(text));
                }
            },
            Some(path) => {
                let mut doc: serde_json::Value = match serde_json::from_str(&text) {
                    Ok(doc) => doc,
                    Err(e) => {
                        return Err(Error::failed(format!(
                            "{}: a value is not JSON ({e}), so path {} cannot be mapped",
                            m.label, path.text
                        )))
                    }
                };
                match path.find(&mut doc) {
                    // A document without the element is left as it is.
                    None | Some(serde_json::Value::Null) => out.push(Some(text)),
                    Some(element) => {
                        let key = json_text(element);
                        match m.values.get(&key) {
                            Some(v) => {
                                *element = v.clone();
                                stats.mapped += 1;
                                out.push(Some(doc.to_string()));
                            }
                            None => {
                                *stats.unmapped.entry(key).or_default() += 1;
                                out.push(Some(text));
                            }
                        }
                    }
                }
            }
        }
    }
    let texts: Vec<Option<&str>> = out.iter().map(|t| t.as_deref()).collect();
    // The values come from the job's [[map]]: one that does not fit its
    // column is bad input, as a [[set]] value is.
    let array = keymap::text_array(&texts, array.data_type())
        .map_err(|e| Error::bad_input(format!("[[map]] {}: {e}", m.label)))?;
    Ok((array, stats))
}

/// A JSON path of member names and array indexes: `$.source.paths[0]`.
#[derive(Debug, Clone)]
pub struct JsonPath {
    pub text: String,
    steps: Vec<Step>,
}

#[derive(Debug, Clone)]
enum Step {
    Member(String),
    Index(usize),
}

impl JsonPath {
    /// # Errors
    /// A path that does not start with `$` or has a malformed step.
    pub fn parse(text: &str) -> std::result::Result<Self, String> {
        let mut rest = text
            .strip_prefix('$')
            .ok_or_else(|| format!("JSON path '{text}' must start with $"))?;
        let mut steps = Vec::new();
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(format!("JSON path '{text}' has an empty member name"));
                }
                steps.push(Step::Member(r[..end].to_string()));
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| format!("JSON path '{text}' has an unclosed ["))?;
                let inner = r[..end].trim();
                let step = if let Ok(i) = inner.parse::<usize>() {
                    Step::Index(i)
                } else if inner.len() >= 2
                    && ((inner.starts_with('\'') && inner.ends_with('\''))
                        || (inner.starts_with('"') && inner.ends_with('"')))
                {
                    Step::Member(inner[1..inner.len() - 1].to_string())
                } else {
                    return Err(format!(
                        "JSON path '{text}': [{inner}] is neither an index nor a quoted name"
                    ));
                };
                steps.push(step);
                rest = &r[end + 1..];
            } else {
                return Err(format!("JSON path '{text}': expected . or [ at '{rest}'"));
            }
        }
        if steps.is_empty() {
            return Err(format!(
                "JSON path '{text}' addresses the whole document; map the column instead"
            ));
        }
        Ok(JsonPath {
            text: text.to_string(),
            steps,
        })
    }

    fn find<'a>(&self, doc: &'a mut serde_json::Value) -> Option<&'a mut serde_json::Value> {
        let mut at = doc;
        for step in &self.steps {
            at = match step {
                Step::Member(name) => at.as_object_mut()?.get_mut(name)?,
                Step::Index(i) => at.as_array_mut()?.get_mut(*i)?,
            };
        }
        Some(at)
    }
}

/// Column `i` of a batch's columns, which the plan's positions address.
fn slot<'c>(columns: &'c mut [ArrayRef], i: usize, table: &str) -> Result<&'c mut ArrayRef> {
    columns
        .get_mut(i)
        .ok_or_else(|| Error::failed(format!("{table}: the batch has no column {}", i + 1)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use arrow::array::StringArray;
    use arrow::datatypes::{DataType, Field, Schema};

    #[test]
    fn column_maps_map_strings_and_count_what_they_miss() {
        let array: ArrayRef = Arc::new(StringArray::from(vec![
            Some("dev-pg"),
            None,
            Some(""),
            Some("dev-pg"),
            Some("other"),
        ]));
        let m = ValueMap {
            column: 0,
            path: None,
            values: HashMap::from([
                ("dev-pg".into(), "prod-pg".into()),
                ("".into(), serde_json::json!(7)),
            ]),
            label: "t.c".into(),
        };
        let (out, stats) = map_values(&array, &m).unwrap();
        let out = out.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!(
            out.iter().collect::<Vec<_>>(),
            vec![
                Some("prod-pg"),
                None,
                Some("7"),
                Some("prod-pg"),
                Some("other")
            ]
        );
        assert_eq!(stats.mapped, 3);
        assert_eq!(stats.unmapped, BTreeMap::from([("other".to_string(), 1)]));
    }

    #[test]
    fn path_maps_rewrite_one_element_and_report_unmapped() {
        let schema = Arc::new(Schema::new(vec![Field::new("cfg", DataType::Utf8, true)]));
        let batch = RecordBatch::try_new(
            schema,
            vec![Arc::new(StringArray::from(vec![
                Some(r#"{"b":1,"src":{"path":"s3://dev/in","creds":"dev"},"a":[1]}"#),
                Some(r#"{"src":{"path":"s3://dev/other"}}"#),
                Some(r#"{"nothing":true}"#),
                None,
            ]))],
        )
        .unwrap();
        let m = ValueMap {
            column: 0,
            path: Some(JsonPath::parse("$.src.path").unwrap()),
            values: HashMap::from([("s3://dev/in".into(), "s3://prod/in".into())]),
            label: "p.cfg $.src.path".into(),
        };
        let (array, stats) = map_values(batch.column(0), &m).unwrap();
        let out = array.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!(
            out.value(0),
            r#"{"b":1,"src":{"path":"s3://prod/in","creds":"dev"},"a":[1]}"#
        );
        assert_eq!(out.value(2), r#"{"nothing":true}"#);
        assert!(out.is_null(3));
        assert_eq!(stats.mapped, 1);
        assert_eq!(stats.unmapped.get("s3://dev/other"), Some(&1));
        assert!(JsonPath::parse("src.path").is_err());
        assert!(JsonPath::parse("$.a['b c'][2]").is_ok());
    }

    /// `node(id, parent_id, env)` with ids 1, 2, 3; 2 and 3 refer to 1,
    /// 3 also to a parent 9 the source does not have.
    fn nodes() -> RecordBatch {
        use arrow::array::Int64Array;
        let schema = Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, false),
            Field::new("parent_id", DataType::Int64, true),
            Field::new("env", DataType::Utf8, true),
        ]));
        RecordBatch::try_new(
            schema,
            vec![
                Arc::new(Int64Array::from(vec![1, 2, 3])),
                Arc::new(Int64Array::from(vec![None, Some(1), Some(9)])),
                Arc::new(StringArray::from(vec!["dev", "dev", "dev"])),
            ],
        )
        .unwrap()
    }

    fn node_remap(ids: &[(&str, &str)], on_missing: Missing) -> Remap {
        let map = Arc::new(KeyMap::new(
            vec!["id".into()],
            ids.iter()
                .map(|(s, t)| (s.to_string(), t.to_string()))
                .collect(),
        ));
        Remap {
            own: vec![(vec![0], map.clone())],
            refs: vec![RefRewrite {
                columns: vec![1],
                map,
                on_missing,
                label: "node.parent_id → node".into(),
            }],
            sets: vec![(2, Some(serde_json::json!("prod")))],
            table: "node".into(),
            key_columns: vec![0],
            ..Remap::default()
        }
    }

    fn ints(batch: &RecordBatch, column: usize) -> Vec<Option<i64>> {
        let a = batch.column(column).as_any();
        let a = a.downcast_ref::<arrow::array::Int64Array>().unwrap();
        a.iter().collect()
    }

    #[test]
    fn a_self_reference_follows_the_new_keys_and_a_missing_parent_is_reported() {
        let remap = node_remap(&[("1", "101"), ("2", "102"), ("3", "103")], Missing::Report);
        let out = remap.apply(nodes()).unwrap();
        assert_eq!(ints(&out, 0), [Some(101), Some(102), Some(103)]);
        // NULL stays NULL; 9 has no entry: kept as it was, and reported.
        assert_eq!(ints(&out, 1), [None, Some(101), Some(9)]);
        let env = out
            .column(2)
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        assert_eq!(env.iter().collect::<Vec<_>>(), [Some("prod"); 3]);
        let findings = remap.findings.lock().unwrap();
        assert_eq!(
            findings.missing.get("node.parent_id → node"),
            Some(&(vec!["9".to_string()], 1))
        );
    }

    #[test]
    fn a_missing_parent_under_null_is_cleared() {
        let remap = node_remap(&[("1", "101"), ("2", "102"), ("3", "103")], Missing::Null);
        let out = remap.apply(nodes()).unwrap();
        assert_eq!(ints(&out, 1), [None, Some(101), None]);
    }

    #[test]
    fn an_own_key_without_an_entry_stops_the_run_naming_the_row() {
        let remap = node_remap(&[("1", "101"), ("2", "102")], Missing::Report);
        assert_eq!(
            remap.apply(nodes()).unwrap_err().to_string(),
            "node: row 3 has no entry in the key map (was it written during the run?)"
        );
    }

    #[test]
    fn skipped_rows_are_left_out_with_the_keys_they_would_have_had() {
        let mut remap = node_remap(&[("1", "101"), ("2", "102"), ("3", "103")], Missing::Report);
        remap.skip = ["2".to_string()].into();
        let out = remap.apply(nodes()).unwrap();
        assert_eq!(ints(&out, 0), [Some(101), Some(103)]);
        let findings = remap.findings.lock().unwrap();
        let skipped = &findings.skipped["node"];
        assert_eq!(skipped.rows, 1);
        assert_eq!(skipped.source_keys, ["2"]);
        assert_eq!(skipped.target_keys, ["102"]);
    }
}
