//! Where a snapshot lives: a local directory or an S3 prefix. Everything
//! above this (the sink, the source, `inspect`) is the same for both.

use super::manifest::{Manifest, MANIFEST};
use super::read::{LocalFiles, PartFiles, RemoteFiles};
use super::s3::{S3Prefix, S3Url};
use crate::error::{Error, Result};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Clone)]
pub enum Place {
    Local(PathBuf),
    S3(Arc<S3Prefix>),
}

impl Place {
    /// The place `raw` (`--out`, `DIR`) names; an `s3://` one is
    /// configured, not reached yet.
    ///
    /// # Errors
    /// As [`S3Url::parse`] and [`S3Prefix::connect`].
    pub fn of(what: &str, raw: &str) -> Result<Place> {
        if S3Url::is_object_url(raw) {
            let url = S3Url::parse(what, raw)?;
            return Ok(Place::S3(Arc::new(S3Prefix::connect(&url)?)));
        }
        Ok(Place::Local(PathBuf::from(raw)))
    }

    /// Reads and checks the manifest.
    ///
    /// # Errors
    /// As [`Manifest::load`]; for S3 also an unreachable store, refused
    /// credentials or a missing bucket.
    pub async fn load_manifest(&self) -> Result<Manifest> {
        match self {
            Place::Local(dir) => Manifest::load(dir),
            Place::S3(prefix) => match prefix.get(MANIFEST).await? {
                Some(text) => Manifest::parse(&text, &prefix.shown_object(MANIFEST)),
                None => Err(Error::bad_input(format!(
                    "{} has no {MANIFEST}: it is not a ferry snapshot, or not a complete one \
                     (an interrupted snapshot leaves parts but never its manifest)",
                    prefix.shown()
                ))),
            },
        }
    }

    /// The part files, for a blocking thread (call from the runtime).
    pub fn files(&self) -> Arc<dyn PartFiles> {
        match self {
            Place::Local(dir) => Arc::new(LocalFiles(dir.clone())),
            Place::S3(prefix) => Arc::new(RemoteFiles {
                prefix: prefix.clone(),
                handle: tokio::runtime::Handle::current(),
            }),
        }
    }

    /// Every problem [`super::verify`] finds, on a blocking thread.
    ///
    /// # Errors
    /// [`Error::Failed`] if the thread stopped.
    pub async fn verify(&self, manifest: &Manifest) -> Result<Vec<String>> {
        let (files, manifest) = (self.files(), manifest.clone());
        tokio::task::spawn_blocking(move || super::read::verify(files.as_ref(), &manifest))
            .await
            .map_err(|e| Error::failed(format!("verifying the snapshot stopped: {e}")))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Local(dir) => write!(f, "{}", dir.display()),
            Place::S3(prefix) => f.write_str(&prefix.shown()),
        }
    }
}
