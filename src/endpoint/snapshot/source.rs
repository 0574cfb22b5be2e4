//! Reading a snapshot (a directory or an S3 prefix) as a [`Source`]: the
//! manifest, every part verified once, tables streamed from a reader thread.

use super::manifest::{Manifest, TableEntry};
use super::place::Place;
use super::read;
use crate::catalog::{Catalog, Table};
use crate::endpoint::{BatchSize, BatchStream, DbUrl, Source};
use crate::error::{Error, Result};
use async_trait::async_trait;

/// Reads a snapshot (a directory or an S3 prefix); the whole snapshot is
/// verified before the first table is read.
pub struct SnapshotSource {
    place: Place,
    manifest: Manifest,
    verified: bool,
}

impl SnapshotSource {
    /// Loads the manifest of `url`'s snapshot.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing directory or manifest, or a manifest
    /// of an unknown format version; for S3 also refused credentials or a
    /// missing bucket.
    pub async fn open(url: &DbUrl) -> Result<Self> {
        let place = Place::of("the snapshot", url.snapshot_name())?;
        let manifest = place.load_manifest().await?;
        Ok(SnapshotSource {
            place,
            manifest,
            verified: false,
        })
    }

    /// Reads only slice `k` (`ferry restore --slice K`): each split
    /// table's parts of that key range, the unsplit tables whole in slice 0
    /// and empty in the others. Only those parts are verified.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a slice the snapshot does not have.
    pub fn only_slice(&mut self, k: usize) -> Result<()> {
        let count = self.manifest.slice_count();
        if k >= count {
            return Err(Error::bad_input(match count {
                1 => format!(
                    "--slice {k}: snapshot {} is one slice (0): no table in it is split (ferry snapshot --parts-per-table N splits the tables with a one-column integer primary key that no foreign key refers to)",
                    self.place
                ),
                n => format!(
                    "--slice {k}: snapshot {} has slices 0 to {} (--parts-per-table {n})",
                    self.place,
                    n - 1
                ),
            }));
        }
        self.manifest = self.manifest.only_slice(k);
        Ok(())
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Checks every part's size, sha256, row count and schema against the
    /// manifest (once).
    ///
    /// # Errors
    /// [`Error::Preflight`] listing every part that does not match.
    pub async fn verify(&mut self) -> Result<()> {
        if self.verified {
            return Ok(());
        }
        let problems = self.place.verify(&self.manifest).await?;
        if !problems.is_empty() {
            let mut list = vec![format!(
                "snapshot {} does not match its manifest; restore from an intact copy",
                self.place
            )];
            list.extend(problems);
            return Err(Error::Preflight(list));
        }
        self.verified = true;
        Ok(())
    }

    fn entry(&self, table: &Table) -> Result<&TableEntry> {
        self.manifest
            .tables
            .iter()
            .find(|t| t.name == table.name)
            .ok_or_else(|| {
                Error::bad_input(format!(
                    "snapshot {} has no table {}",
                    self.place, table.name
                ))
            })
    }
}

#[async_trait]
impl Source for SnapshotSource {
    fn recorded_schemas(&self) -> Vec<String> {
        self.manifest.source.schemas.clone()
    }

    async fn begin_read(&mut self) -> Result<()> {
        self.verify().await
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        Ok(self.manifest.catalog())
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        Ok(self.entry(table)?.rows)
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a> {
        use futures::StreamExt;
        let failed = |e: Error| futures::stream::once(async move { Err(e) }).boxed();
        let entry = match self.entry(table) {
            Ok(entry) => entry,
            Err(e) => return failed(e),
        };
        if table.filter.is_some() {
            return failed(Error::bad_input(format!(
                "{}: [select.where] needs a database source; a snapshot is restored whole",
                table.name
            )));
        }
        // The plan may copy fewer columns than the snapshot holds (key maps
        // read only the key columns): the parts' batches are projected.
        let projection: Option<Vec<usize>> = table
            .columns
            .iter()
            .map(|c| entry.schema.columns.iter().position(|s| s.name == c.name))
            .collect();
        let Some(projection) = projection else {
            return failed(Error::failed(format!(
                "{}: the snapshot lacks a column the plan reads",
                table.name
            )));
        };
        let (files, format, entry) = (self.place.files(), self.manifest.file_format, entry.clone());
        let schema = table.arrow_schema();
        read::read_on_thread(move |send| {
            for batch in read::read_table(files.as_ref(), format, &entry, schema, projection, size)
            {
                if !send(batch) {
                    break;
                }
            }
        })
    }

    async fn consistency_point(&mut self) -> Result<Option<String>> {
        Ok(self.manifest.source.consistency_point.clone())
    }

    async fn next_identity(&mut self, table: &Table) -> Result<Vec<(String, i64)>> {
        Ok(self
            .entry(table)?
            .identity_next
            .iter()
            .map(|(c, v)| (c.clone(), *v))
            .collect())
    }
}
