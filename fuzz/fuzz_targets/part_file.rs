//! A snapshot part file (Arrow IPC or Parquet, the first byte says which)
//! opened and read to its end, as a restore and `ferry inspect --verify`
//! read one.
#![no_main]
use ferry::endpoint::snapshot::{FileFormat, PartReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let format = match kind % 2 {
        0 => FileFormat::Arrow,
        _ => FileFormat::Parquet,
    };
    let path = std::env::temp_dir().join(format!("ferry-fuzz-part-{}", std::process::id()));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    if let Ok(mut reader) = PartReader::open(&path, format) {
        let _ = reader.schema();
        for batch in reader.by_ref() {
            if batch.is_err() {
                break;
            }
        }
    }
});
