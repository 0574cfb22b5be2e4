//! Micro-benchmarks of a promotion's per-batch rewrite on one core: key
//! rewrites through text-keyed key maps (`keymap::rewrite`), the integer
//! fast path and run-length offset maps (`KeyMap::rewrite`), and value maps
//! (`Remap::apply` with a `ValueMap`), on 8192-row batches.
//!
//! `cargo bench --bench remap`

// Tests, benchmarks and examples panic by design on a failed expectation;
// the no-panic lints (Cargo.toml) are for the library and the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use arrow::array::{ArrayRef, Int64Array, StringArray};
use arrow::datatypes::{Field, Schema};
use arrow::record_batch::RecordBatch;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ferry::transform::keymap::{self, KeyMap, Missing, Run, SEP};
use ferry::transform::remap::{JsonPath, Remap, ValueMap};
use std::collections::HashMap;
use std::sync::Arc;

const ROWS: usize = 8192;
const MAP_ENTRIES: i64 = 1_000_000;

/// The benchmark dataset's statuses (benches/harness.py, `PG_FILL`).
const STATUSES: [&str; 8] = [
    "new",
    "paid",
    "shipped",
    "cancelled",
    "refunded",
    "on-hold",
    "überfällig",
    "en attente",
];

fn batch(columns: Vec<(&str, ArrayRef)>) -> RecordBatch {
    let schema = Arc::new(Schema::new(
        columns
            .iter()
            .map(|(name, a)| Field::new(*name, a.data_type().clone(), true))
            .collect::<Vec<_>>(),
    ));
    RecordBatch::try_new(schema, columns.into_iter().map(|(_, a)| a).collect()).unwrap()
}

/// Keys spread over the whole map, as a batch of a large table would hit it.
fn spread(i: usize) -> i64 {
    (i as i64 * 7919) % MAP_ENTRIES + 1
}

fn key_rewrite(c: &mut Criterion) {
    let mut group = c.benchmark_group("keymap_rewrite");
    group.throughput(Throughput::Elements(ROWS as u64));

    // (a) an Int64 primary key, offset past a target holding 5,000,000 rows.
    let map: HashMap<String, String> = (1..=MAP_ENTRIES)
        .map(|k| (k.to_string(), (k + 5_000_000).to_string()))
        .collect();
    let ids: ArrayRef = Arc::new(Int64Array::from_iter_values((0..ROWS).map(spread)));
    let b = batch(vec![("id", ids)]);
    let (check, missing) = keymap::rewrite(&b, &[0], &map, Missing::Report).unwrap();
    assert!(missing.is_empty());
    let first = check[0].as_any().downcast_ref::<Int64Array>().unwrap();
    assert_eq!(first.value(0), spread(0) + 5_000_000);
    group.bench_function("int64 key, 1M-entry map", |bench| {
        bench.iter(|| keymap::rewrite(&b, &[0], &map, Missing::Report).unwrap())
    });
    // The same map as a promotion builds it: KeyMap's integer fast path.
    let fast = KeyMap::new(vec!["id".into()], map.clone());
    assert_eq!(
        fast.rewrite(&b, &[0], Missing::Report).unwrap().0[0].as_ref(),
        check[0].as_ref()
    );
    group.bench_function("int64 key, 1M-entry map, integer fast path", |bench| {
        bench.iter(|| fast.rewrite(&b, &[0], Missing::Report).unwrap())
    });
    drop(fast);
    drop(map);
    // An offset map as runs: 1M consecutive keys are one run; a sparse
    // source (every other key) is 500,000 runs.
    for (label, step) in [("one run", 1), ("500k runs", 2)] {
        let runs = Run::collect((1..=MAP_ENTRIES).map(|k| (k * step, k + 5_000_000)));
        let map = KeyMap::from_runs(vec!["id".into()], Vec::new(), runs);
        let ids: ArrayRef = Arc::new(Int64Array::from_iter_values(
            (0..ROWS).map(|i| spread(i) * step),
        ));
        let b = batch(vec![("id", ids)]);
        let (check, missing) = map.rewrite(&b, &[0], Missing::Report).unwrap();
        assert!(missing.is_empty());
        let first = check[0].as_any().downcast_ref::<Int64Array>().unwrap();
        assert_eq!(first.value(0), spread(0) + 5_000_000);
        group.bench_function(
            format!("int64 key, offset map of 1M keys as {label}"),
            |bench| bench.iter(|| map.rewrite(&b, &[0], Missing::Report).unwrap()),
        );
    }

    // (b) a composite (Utf8, Int64) key: (app, id) → (app, new id).
    let app = |k: i64| format!("app{:03}", k % 1000);
    let map: HashMap<String, String> = (1..=MAP_ENTRIES)
        .map(|k| {
            (
                format!("{}{SEP}{k}", app(k)),
                format!("{}{SEP}{}", app(k), k + 5_000_000),
            )
        })
        .collect();
    let keys: Vec<i64> = (0..ROWS).map(spread).collect();
    let apps: ArrayRef = Arc::new(StringArray::from_iter_values(keys.iter().map(|&k| app(k))));
    let ids: ArrayRef = Arc::new(Int64Array::from(keys.clone()));
    let b = batch(vec![("app", apps), ("id", ids)]);
    let (check, missing) = keymap::rewrite(&b, &[0, 1], &map, Missing::Report).unwrap();
    assert!(missing.is_empty());
    let second = check[1].as_any().downcast_ref::<Int64Array>().unwrap();
    assert_eq!(second.value(0), keys[0] + 5_000_000);
    group.bench_function("(utf8, int64) key, 1M-entry map", |bench| {
        bench.iter(|| keymap::rewrite(&b, &[0, 1], &map, Missing::Report).unwrap())
    });
    group.finish();
}

fn value_maps(c: &mut Criterion) {
    let mut group = c.benchmark_group("remap_apply");
    group.throughput(Throughput::Elements(ROWS as u64));

    // (c) the dataset's status column: 8 values, 5 % NULL, 5 % empty strings;
    // every non-NULL value (the empty string too) is mapped.
    let status: ArrayRef = Arc::new(StringArray::from_iter((0..ROWS).map(|i| match i % 20 {
        3 => None,
        4 => Some(String::new()),
        _ => Some(STATUSES[i % 8].to_string()),
    })));
    let ids: ArrayRef = Arc::new(Int64Array::from_iter_values(0..ROWS as i64));
    let b = batch(vec![("id", ids.clone()), ("status", status)]);
    let mut values: HashMap<String, serde_json::Value> = STATUSES
        .iter()
        .enumerate()
        .map(|(n, s)| (s.to_string(), format!("S{n}-{s}").into()))
        .collect();
    values.insert(String::new(), "S-empty".into());
    let remap = Remap {
        table: "bench_rows".into(),
        maps: vec![ValueMap {
            column: 1,
            path: None,
            values,
            label: "bench_rows.status".into(),
        }],
        ..Remap::default()
    };
    let out = remap.apply(b.clone()).unwrap();
    let s = out
        .column(1)
        .as_any()
        .downcast_ref::<StringArray>()
        .unwrap();
    assert_eq!(s.value(0), "S0-new");
    assert_eq!(s.value(4), "S-empty");
    assert!(remap.findings.lock().unwrap().unmapped.is_empty());
    group.bench_function("value map, utf8 of 8 values", |bench| {
        bench.iter(|| remap.apply(b.clone()).unwrap())
    });

    // (d) a JSON path into a small document; 8 distinct paths, all mapped.
    let docs: ArrayRef = Arc::new(StringArray::from_iter_values((0..ROWS).map(|i| {
        format!(
            r#"{{"id":{i},"source":{{"path":"s3://dev-bucket/in/{}","creds":"dev"}},"retries":3,"tags":["etl","nightly"]}}"#,
            i % 8
        )
    })));
    let b = batch(vec![("id", ids), ("config", docs)]);
    let values: HashMap<String, serde_json::Value> = (0..8)
        .map(|n| {
            (
                format!("s3://dev-bucket/in/{n}"),
                format!("s3://prod-bucket/in/{n}").into(),
            )
        })
        .collect();
    let remap = Remap {
        table: "jobs".into(),
        maps: vec![ValueMap {
            column: 1,
            path: Some(JsonPath::parse("$.source.path").unwrap()),
            values,
            label: "jobs.config $.source.path".into(),
        }],
        ..Remap::default()
    };
    let out = remap.apply(b.clone()).unwrap();
    let s = out
        .column(1)
        .as_any()
        .downcast_ref::<StringArray>()
        .unwrap();
    assert!(s.value(0).contains("s3://prod-bucket/in/0"));
    assert!(remap.findings.lock().unwrap().unmapped.is_empty());
    group.bench_function("value map, json path $.source.path", |bench| {
        bench.iter(|| remap.apply(b.clone()).unwrap())
    });
    group.finish();
}

criterion_group!(benches, key_rewrite, value_maps);
criterion_main!(benches);
