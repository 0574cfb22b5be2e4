//! A snapshot's manifest reader on any bytes, and what a restore asks of
//! a manifest it accepted.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(manifest) = ferry::endpoint::snapshot::Manifest::parse(data, "manifest.json") {
        let _ = (manifest.catalog(), manifest.rows(), manifest.file_bytes(), manifest.data_bytes());
    }
});
