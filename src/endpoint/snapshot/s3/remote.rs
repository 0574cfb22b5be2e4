//! A part object read in place: ranged GETs of a few MiB behind the
//! `Read + Seek` arrow-ipc wants and the `ChunkReader` parquet wants, so a
//! restore needs neither a local copy nor the whole part in memory.
//!
//! These block on the runtime's handle: they run on the snapshot reader's
//! blocking thread, never on an async task.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::S3Prefix;
use bytes::Bytes;
use futures::StreamExt;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::Arc;
use tokio::runtime::Handle;

/// Bytes fetched by a reader's first GET, and the most it fetches at
/// once: each sequential read doubles the next fetch. Parquet opens a
/// reader for every page header (a few hundred bytes): a fixed 8 MiB
/// read-ahead made a 100 MB restore download 3 GB and take 90 s.
const FIRST_READ: u64 = 64 << 10;
const READ_AHEAD: u64 = 8 << 20;

/// One object, read by ranges.
pub struct RemoteFile {
    store: Arc<dyn ObjectStore>,
    path: ObjectPath,
    handle: Handle,
    size: u64,
    pos: u64,
    /// `buffer` holds the object's bytes from `buffer_start`.
    buffer: Bytes,
    buffer_start: u64,
    /// How much the next GET fetches.
    next_fetch: u64,
}

impl RemoteFile {
    pub fn new(prefix: &S3Prefix, relative: &str, size: u64, handle: Handle) -> Self {
        RemoteFile {
            store: prefix.store(),
            path: prefix.object(relative),
            handle,
            size,
            pos: 0,
            buffer: Bytes::new(),
            buffer_start: 0,
            next_fetch: FIRST_READ,
        }
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// The bytes `start..start + length`, in one GET.
    pub fn range(&self, start: u64, length: u64) -> io::Result<Bytes> {
        let end = start
            .checked_add(length)
            .filter(|&end| end <= self.size)
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!(
                        "bytes {start}+{length} lie beyond the object's {} bytes",
                        self.size
                    ),
                )
            })?;
        if length == 0 {
            return Ok(Bytes::new());
        }
        let (store, path) = (self.store.clone(), self.path.clone());
        self.handle
            .block_on(async move { store.get_range(&path, start..end).await })
            .map_err(io::Error::other)
    }

    /// A second reader of the same object from `start`.
    pub fn reader_at(&self, start: u64) -> RemoteFile {
        RemoteFile {
            store: self.store.clone(),
            path: self.path.clone(),
            handle: self.handle.clone(),
            size: self.size,
            pos: start,
            buffer: Bytes::new(),
            buffer_start: 0,
            next_fetch: FIRST_READ,
        }
    }

    /// The whole object in one GET.
    pub fn whole(&self) -> io::Result<Bytes> {
        let (store, path) = (self.store.clone(), self.path.clone());
        self.handle
            .block_on(async move { store.get(&path).await?.bytes().await })
            .map_err(io::Error::other)
    }

    /// Streams the whole object through SHA-256.
    pub fn sha256(&self) -> io::Result<String> {
        let (store, path) = (self.store.clone(), self.path.clone());
        self.handle.block_on(async move {
            let mut hasher = Sha256::new();
            let mut body = store
                .get(&path)
                .await
                .map_err(io::Error::other)?
                .into_stream();
            while let Some(chunk) = body.next().await {
                hasher.update(chunk.map_err(io::Error::other)?);
            }
            Ok(super::super::write::hex(&hasher.finalize()))
        })
    }
}

impl Read for RemoteFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.size || out.is_empty() {
            return Ok(0);
        }
        let buffered_end = self.buffer_start + self.buffer.len() as u64;
        if self.pos < self.buffer_start || self.pos >= buffered_end {
            // Reading on from the buffer's end, or a little past it (the IPC
            // pre-check reads each batch's header and skips its body):
            // fetch more at once.
            let onward = self.pos >= buffered_end
                && self.pos - buffered_end <= READ_AHEAD
                && !self.buffer.is_empty();
            self.next_fetch = match onward {
                true => (self.next_fetch * 2).min(READ_AHEAD),
                false => FIRST_READ,
            };
            let length = self
                .next_fetch
                .max(out.len() as u64)
                .min(self.size - self.pos);
            self.buffer = self.range(self.pos, length)?;
            self.buffer_start = self.pos;
        }
        let offset = usize::try_from(self.pos - self.buffer_start).map_err(io::Error::other)?;
        let available = self.buffer.get(offset..).unwrap_or_default();
        let n = available.len().min(out.len());
        if let (Some(to), Some(from)) = (out.get_mut(..n), available.get(..n)) {
            to.copy_from_slice(from);
        }
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for RemoteFile {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.size.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of the object",
            )
        })?;
        Ok(self.pos)
    }
}
