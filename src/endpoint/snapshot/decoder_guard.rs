//! A panic inside arrow-ipc or parquet while they decode a part file
//! becomes an error naming the part, not a crash of the run.
//!
//! Both crates still panic on some malformed files. Fuzzing found one in
//! parquet 57.3.2's footer decoder: a compact-Thrift bool field with
//! another wire type is unwrapped (apache/arrow-rs#9839, fixed upstream by
//! #9840 after 57.3.2 and patched in `patches/parquet`; kept in
//! `fuzz/regressions/part_file/`). ferry's own checks ([`super::ipc_bounds`],
//! [`super::parquet_bounds`], the manifest's sizes and SHA-256) come first;
//! this is the net under third-party code. Allocation failures abort
//! and cannot be caught, which is why the IPC size checks stay.
//!
//! While a guarded call runs, the panic hook stays silent on its thread
//! (the message becomes the error); elsewhere it is the hook that was there
//! before, so a panic in ferry's own code still says where it happened.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Runs `decode`; a panic inside it is returned as `Err` with its message.
/// The caller drops the decoder afterwards: its state is not to be trusted.
pub fn guarded<T>(decode: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    HOOK.call_once(|| {
        let before = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) {
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                MESSAGE.with(|m| *m.borrow_mut() = Some(format!("{what}{at}")));
            } else {
                before(info);
            }
        }));
    });
    let outer = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(decode));
    GUARDED.with(|g| g.set(outer));
    result.unwrap_or_else(|_| {
        let message = MESSAGE.with(|m| m.borrow_mut().take());
        Err(format!(
            "the decoder failed on it ({}): the file is damaged or was not written by ferry",
            message.unwrap_or_else(|| "a panic".into())
        ))
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let err = guarded::<()>(|| panic!("advance out of bounds")).expect_err("an error");
        assert!(err.contains("advance out of bounds"), "{err}");
        assert!(err.contains("the file is damaged"), "{err}");
        assert_eq!(guarded(|| Ok(7)), Ok(7));
        assert_eq!(guarded::<()>(|| Err("plain".into())), Err("plain".into()));
        // Unguarded again afterwards.
        assert!(!GUARDED.with(Cell::get));
    }

    /// What fuzzing found: a Parquet footer whose bool field has another
    /// wire type, which parquet 57.3.2 unwrapped (apache/arrow-rs#9839);
    /// the patched parquet says so, and the guard would have caught it.
    #[test]
    fn a_parquet_footer_with_a_malformed_bool_is_an_error() {
        use crate::endpoint::snapshot::{FileFormat, PartReader};
        let part = crate::endpoint::snapshot::kept_fuzz_part("parquet-thrift-bool");
        let Err(err) = PartReader::open(part.path(), FileFormat::Parquet) else {
            panic!("opened");
        };
        assert!(err.contains("a bool field has another wire type"), "{err}");
    }

    /// The next: a footer whose schema list claims about two billion
    /// elements (parquet 57.3.2 reserved 172 GB for them and the process
    /// aborted, apache/arrow-rs#10920).
    #[test]
    fn a_parquet_footer_claiming_billions_of_columns_is_an_error() {
        use crate::endpoint::snapshot::{FileFormat, PartReader};
        let part = crate::endpoint::snapshot::kept_fuzz_part("parquet-schema-list-claims-billions");
        let Err(err) = PartReader::open(part.path(), FileFormat::Parquet) else {
            panic!("opened");
        };
        assert!(err.starts_with("Parquet error: "), "{err}");
    }
}
