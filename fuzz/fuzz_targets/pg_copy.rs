//! The PostgreSQL binary COPY decoder on any tuples, for a table of the
//! types the input chooses, fed in two chunks split where the input says
//! (a tuple may straddle chunks, as on the wire).
#![no_main]
mod common;

use ferry::endpoint::postgres::copy::CopyDecoder;
use ferry::endpoint::BatchSize;
use libfuzzer_sys::fuzz_target;

/// `PGCOPY\n\377\r\n\0`, no flags, no header extension.
const HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";

fuzz_target!(|data: &[u8]| {
    let Some((table, used)) = common::table_of(data) else { return };
    let Some((&split, rest)) = data[used..].split_first() else { return };
    let mut wire = HEADER.to_vec();
    wire.extend_from_slice(rest);
    let (a, b) = wire.split_at((split as usize * 4).min(wire.len()));
    let mut decoder = CopyDecoder::new(&table, BatchSize { rows: 16, bytes: 1 << 16 });
    let mut full = Vec::new();
    if decoder.feed(a, &mut full).is_ok() && decoder.feed(b, &mut full).is_ok() {
        let _ = decoder.finish();
    }
});
