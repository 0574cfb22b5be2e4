//! Micro-benchmarks of the PostgreSQL binary COPY codec on one core:
//! encoding Arrow batches into COPY tuples and decoding them back, on rows
//! shaped like the benchmark dataset's `bench_rows`.
//!
//! `cargo bench --bench copy_codec`

// Tests, benchmarks and examples panic by design on a failed expectation;
// the no-panic lints (Cargo.toml) are for the library and the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ferry::catalog::{Column, LogicalType as L, Table};
use ferry::endpoint::postgres::copy::{copy_header, encode_batch, CopyDecoder};
use ferry::endpoint::BatchSize;
use ferry::values::BatchBuilder;

const ROWS: usize = 8192;

fn column(name: &str, ty: L) -> Column {
    Column::new(name, ty, "", true)
}

fn bench_table() -> Table {
    Table {
        name: "bench_rows".into(),
        columns: vec![
            column("id", L::Int64),
            column("account_id", L::Int32),
            column("created_at", L::Timestamp),
            column(
                "amount",
                L::Decimal {
                    precision: 12,
                    scale: 2,
                },
            ),
            column(
                "status",
                L::Text {
                    max_len: Some(16),
                    fixed: false,
                },
            ),
            column("flag", L::Bool),
            column("score", L::Float64),
            column(
                "payload",
                L::Text {
                    max_len: None,
                    fixed: false,
                },
            ),
            column("ref_uuid", L::Uuid),
        ],
        primary_key: vec!["id".into()],
        unique_keys: vec![],
        foreign_keys: vec![],
        filter: None,
        ..Table::default()
    }
}

fn bench_batch(table: &Table) -> arrow::record_batch::RecordBatch {
    let mut b = BatchBuilder::new(table, ROWS);
    let payload = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt \tut labore et dolore — ünïcode";
    for i in 0..ROWS as i64 {
        b.column(0).append_int(i as i128).unwrap();
        b.column(1).append_int((i % 50_000) as i128).unwrap();
        b.column(2)
            .append_timestamp(1_600_000_000_000_000 + i * 1_000_003)
            .unwrap();
        if i % 100 == 0 {
            b.column(3).append_null();
        } else {
            b.column(3)
                .append_decimal128((i * 37 % 100_000_000) as i128)
                .unwrap();
        }
        b.column(4)
            .append_text(["new", "paid", "", "shipped"][(i % 4) as usize])
            .unwrap();
        b.column(5).append_bool(i % 3 == 0).unwrap();
        b.column(6).append_f64(i as f64 / 7.0).unwrap();
        b.column(7).append_text(payload).unwrap();
        b.column(8)
            .append_bytes(&(i as u128).to_be_bytes())
            .unwrap();
        b.end_row(200);
    }
    b.finish().unwrap()
}

fn codec(c: &mut Criterion) {
    let table = bench_table();
    let batch = bench_batch(&table);
    let mut wire = Vec::new();
    copy_header(&mut wire);
    encode_batch(&table, &batch, &mut wire).unwrap();
    wire.extend_from_slice(&(-1i16).to_be_bytes());

    let mut group = c.benchmark_group("pg_copy");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.bench_function("encode bench_rows", |bench| {
        let mut out = Vec::with_capacity(wire.len());
        bench.iter(|| {
            out.clear();
            encode_batch(&table, &batch, &mut out).unwrap();
            out.len()
        })
    });
    group.bench_function("decode bench_rows", |bench| {
        bench.iter(|| {
            let mut decoder = CopyDecoder::new(&table, BatchSize::DEFAULT);
            let mut full = Vec::new();
            decoder.feed(&wire, &mut full).unwrap();
            // ROWS fills a whole batch, which `feed` already hands out.
            let rest = decoder.finish().unwrap();
            full.iter().map(|b| b.num_rows()).sum::<usize>() + rest.map_or(0, |b| b.num_rows())
        })
    });
    group.finish();
}

criterion_group!(benches, codec);
criterion_main!(benches);
