//! Comparing one table's two sides in two passes, each reading both sides
//! at once (each in its own task, so decoding and hashing use both cores).
//!
//! 1. Every row's canonical hash is summed into a bucket chosen by its
//!    key's hash (by its own hash where the table has no primary key). The
//!    sums are order-independent: equal buckets, equal rows.
//! 2. Only where buckets differ, both sides are read again and the rows of
//!    those buckets kept — key, label, one hash per column — and matched
//!    by key: rows that differ (and in which columns), rows missing in the
//!    target, rows only the target has. Memory is the differing buckets'
//!    rows, not the table's. Buckets never follow a collation, so two
//!    engines that sort text differently still agree on them.

use super::canonical::{self, Code};
use crate::catalog::Table;
use crate::endpoint::{BatchSize, Source};
use crate::error::{Error, Result};
use crate::plan::TablePlan;
use crate::progress::{Event, Observer};
use crate::transform::Conformer;
use arrow::record_batch::RecordBatch;
use futures::StreamExt;
use std::collections::HashMap;
use std::sync::Arc;

/// One side of a table's comparison: what is read and how it is hashed.
#[derive(Clone)]
pub struct Side {
    /// The table as read (the source's with its scope, the target's with
    /// the scope in the target's SQL).
    pub table: Table,
    /// On the source side, the run's transforms of the rows: conform to
    /// the target's types, a promotion's remap, masks.
    pub plan: Option<Arc<TablePlan>>,
    pub codes: Arc<Vec<Code>>,
    /// Positions of the target's primary key; empty: the rows are
    /// compared whole.
    pub keys: Arc<Vec<usize>>,
    pub batch: BatchSize,
    /// Rows read are counted under this label (`dir_user`, `dir_user
    /// (narrowing)`), both sides into one bar.
    pub progress: Option<(Arc<dyn Observer>, String)>,
}

/// A batch's hashes.
struct Hashed {
    columns: Vec<Vec<u64>>,
    rows: Vec<u128>,
    /// The key's hash per row (the row's own where there is no key).
    keys: Vec<u128>,
}

impl Side {
    fn hash(
        &self,
        raw: RecordBatch,
        conformer: Option<&Conformer>,
    ) -> Result<(RecordBatch, Hashed)> {
        let batch = match (&self.plan, conformer) {
            (Some(plan), Some(c)) => crate::pipeline::transform(plan, c, raw)?,
            _ => raw,
        };
        let columns = batch
            .columns()
            .iter()
            .zip(self.codes.iter())
            .map(|(a, code)| canonical::column_hashes(a, code, 0))
            .collect::<Result<Vec<_>>>()?;
        let rows = canonical::row_hashes(&columns, batch.num_rows());
        let keys = match self.keys.is_empty() {
            true => rows.clone(),
            false => {
                let key_columns: Vec<Vec<u64>> = self
                    .keys
                    .iter()
                    .map(|&k| {
                        columns.get(k).cloned().ok_or_else(|| {
                            Error::failed(format!(
                                "{}: the batch has no key column {}",
                                self.table.name,
                                k + 1
                            ))
                        })
                    })
                    .collect::<Result<_>>()?;
                canonical::row_hashes(&key_columns, batch.num_rows())
            }
        };
        Ok((
            batch,
            Hashed {
                columns,
                rows,
                keys,
            },
        ))
    }

    /// Reads the side, handing each batch and its hashes to `each`.
    async fn read(
        &self,
        endpoint: &mut dyn Source,
        mut each: impl FnMut(&RecordBatch, &Hashed) -> Result<()>,
    ) -> Result<()> {
        let conformer = self
            .plan
            .as_ref()
            .map(|p| Conformer::new(&p.source, &p.target));
        let mut batches = endpoint.read_table(&self.table, self.batch);
        while let Some(raw) = batches.next().await {
            let raw = raw?;
            if let Some((observer, table)) = &self.progress {
                observer.on(&Event::Written {
                    table,
                    rows: raw.num_rows() as u64,
                    bytes: crate::values::batch_bytes(&raw),
                });
            }
            let (batch, hashed) = self.hash(raw, conformer.as_ref())?;
            each(&batch, &hashed)?;
        }
        Ok(())
    }
}

/// Which bucket a key hash falls in, of `count` (a power of two).
fn bucket(key: u128, count: usize) -> usize {
    ((key >> 64) as usize) & (count - 1)
}

/// A side's order-independent sums: rows and hash total per bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Sums {
    pub rows: u64,
    pub total: u128,
    pub buckets: Vec<(u64, u128)>,
}

/// Buckets for a table of about `rows` rows: about eight rows each, so
/// a few differing rows keep few rows in pass 2.
pub fn bucket_count(rows: u64) -> usize {
    ((rows / 8).max(64) as usize)
        .next_power_of_two()
        .min(1 << 20)
}

// why: bucket() is below `count` (a power of two), the number of buckets.
#[allow(clippy::indexing_slicing)]
async fn sums(endpoint: &mut dyn Source, side: &Side, count: usize) -> Result<Sums> {
    let mut sums = Sums {
        rows: 0,
        total: 0,
        buckets: vec![(0, 0); count],
    };
    side.read(endpoint, |_, h| {
        for (row, key) in h.rows.iter().zip(&h.keys) {
            let b = &mut sums.buckets[bucket(*key, count)];
            b.0 += 1;
            b.1 = b.1.wrapping_add(*row);
            sums.total = sums.total.wrapping_add(*row);
        }
        sums.rows += h.rows.len() as u64;
        Ok(())
    })
    .await?;
    Ok(sums)
}

/// A row kept in pass 2.
pub struct Kept {
    /// `id=7`, `(a, b)=(1, x)`; empty for a table without a key.
    pub label: String,
    pub columns: Box<[u64]>,
    /// How many rows of this key (more than one only without a key).
    pub count: u64,
}

// why: bucket() is below `count`, the length of `wanted`, and a batch's
// key and column hashes have one entry per row (`r` is a row).
#[allow(clippy::indexing_slicing)]
async fn collect(
    endpoint: &mut dyn Source,
    side: &Side,
    count: usize,
    wanted: &[bool],
) -> Result<HashMap<u128, Kept>> {
    let mut kept: HashMap<u128, Kept> = HashMap::new();
    side.read(endpoint, |batch, h| {
        let picked: Vec<usize> = (0..h.keys.len())
            .filter(|&r| wanted[bucket(h.keys[r], count)])
            .collect();
        if picked.is_empty() {
            return Ok(());
        }
        let labels = match side.keys.is_empty() {
            true => Vec::new(),
            false => super::key_labels(batch, &side.keys, &picked)?,
        };
        for (at, r) in picked.into_iter().enumerate() {
            // Without a key, `keys` holds the rows' own hashes.
            kept.entry(h.keys[r])
                .and_modify(|k| k.count += 1)
                .or_insert_with(|| Kept {
                    label: labels.get(at).cloned().unwrap_or_default(),
                    columns: h.columns.iter().map(|c| c[r]).collect(),
                    count: 1,
                });
        }
        Ok(())
    })
    .await?;
    Ok(kept)
}

type Endpoint = Box<dyn Source>;

/// Runs `work` on both endpoints at once, each in its own task, and gives
/// them back with the two results.
async fn both<T, F, Fut>(
    source: Endpoint,
    target: Endpoint,
    sides: (Side, Side),
    work: F,
) -> Result<((Endpoint, Endpoint), (T, T))>
where
    T: Send + 'static,
    F: Fn(Endpoint, Side) -> Fut,
    Fut: std::future::Future<Output = (Endpoint, Result<T>)> + Send + 'static,
{
    let s = tokio::spawn(work(source, sides.0));
    let t = tokio::spawn(work(target, sides.1));
    let stopped =
        |e: tokio::task::JoinError| Error::failed(format!("verify: a reader stopped: {e}"));
    let (s, t) = (s.await.map_err(stopped)?, t.await.map_err(stopped)?);
    Ok(((s.0, t.0), (s.1?, t.1?)))
}

/// Both sides' sums (pass 1).
pub async fn both_sums(
    endpoints: (Endpoint, Endpoint),
    sides: (Side, Side),
    count: usize,
) -> Result<((Endpoint, Endpoint), (Sums, Sums))> {
    both(
        endpoints.0,
        endpoints.1,
        sides,
        move |mut e, side| async move {
            let r = sums(e.as_mut(), &side, count).await;
            (e, r)
        },
    )
    .await
}

/// Both sides' rows in the differing buckets (pass 2).
pub async fn both_rows(
    endpoints: (Endpoint, Endpoint),
    sides: (Side, Side),
    count: usize,
    wanted: Arc<Vec<bool>>,
) -> Result<(
    (Endpoint, Endpoint),
    (HashMap<u128, Kept>, HashMap<u128, Kept>),
)> {
    both(endpoints.0, endpoints.1, sides, move |mut e, side| {
        let wanted = wanted.clone();
        async move {
            let r = collect(e.as_mut(), &side, count, &wanted).await;
            (e, r)
        }
    })
    .await
}

/// The buckets whose sums differ.
pub fn differing(a: &Sums, b: &Sums) -> Vec<bool> {
    a.buckets
        .iter()
        .zip(&b.buckets)
        .map(|(x, y)| x != y)
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn bucket_counts_are_powers_of_two_within_bounds() {
        assert_eq!(bucket_count(0), 64);
        assert_eq!(bucket_count(1_000_000), 131_072);
        assert_eq!(bucket_count(u64::MAX / 2), 1 << 20);
        for n in [0, 10, 1000, 123_456_789] {
            assert!(bucket_count(n).is_power_of_two());
        }
    }
}
