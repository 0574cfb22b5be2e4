//! The MySQL row decoder on any binary-protocol cells, for a table of the
//! types the input chooses: each cell is a length byte (255: NULL) and
//! that many bytes.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((table, used)) = common::table_of(data) else { return };
    let mut cells: Vec<Option<&[u8]>> = Vec::new();
    let mut rest = &data[used..];
    while let Some((&len, tail)) = rest.split_first() {
        if len == 255 {
            cells.push(None);
            rest = tail;
            continue;
        }
        let len = (len as usize).min(tail.len());
        cells.push(Some(&tail[..len]));
        rest = &tail[len..];
    }
    let rows: Vec<Vec<Option<&[u8]>>> = cells
        .chunks(table.columns.len())
        .filter(|row| row.len() == table.columns.len())
        .map(|row| row.to_vec())
        .collect();
    let _ = ferry::endpoint::mysql::decode::decode_rows(&table, &rows);
});
