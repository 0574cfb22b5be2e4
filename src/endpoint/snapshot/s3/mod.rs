//! Snapshots in S3 and S3-compatible object stores: `s3://bucket/prefix`.
//!
//! The prefix plays the snapshot directory's part: parts are objects
//! under it, `manifest.json` is written last (a conditional put unless
//! `--force`), so a snapshot is complete or has no manifest at all.
//!
//! Where to reach the store, in this order: the URL's query
//! (`?endpoint=http://127.0.0.1:9000&region=eu-west-1&path_style=false`),
//! the usual AWS environment variables (`AWS_ENDPOINT_URL`, `AWS_REGION`,
//! `AWS_ACCESS_KEY_ID`, …), then the profile files (`AWS_PROFILE`,
//! `~/.aws/credentials`, `~/.aws/config`), then the instance's or
//! container's credentials. Credentials are never taken from the URL and
//! never shown.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod profile;
pub mod remote;

use crate::error::{Error, Result};
use bytes::Bytes;
use futures::StreamExt;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload, RetryConfig};
use std::sync::Arc;
use std::time::Duration;

/// Multipart uploads send parts of this size (S3's minimum is 5 MiB);
/// a part file smaller than this is one plain PUT.
pub const UPLOAD_CHUNK: usize = 16 << 20;
/// Chunks of one part file in flight at once: memory is bounded by
/// `UPLOAD_CHUNK × UPLOAD_CONCURRENCY`.
pub const UPLOAD_CONCURRENCY: usize = 4;

/// An `s3://` location as written: checked for form, nothing reached yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Url {
    pub bucket: String,
    /// Without leading or trailing `/`; never empty.
    pub prefix: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub path_style: Option<bool>,
}

impl S3Url {
    /// Whether `raw` names object storage rather than a local path.
    pub fn is_object_url(raw: &str) -> bool {
        raw.split_once("://").is_some_and(|(scheme, _)| {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric())
        })
    }

    /// Parses `s3://bucket/prefix[?endpoint=…&region=…&path_style=…]`.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming `what` (`--out`, `DIR`) for another
    /// scheme, credentials in the URL, no bucket, no prefix or an unknown
    /// parameter.
    pub fn parse(what: &str, raw: &str) -> Result<S3Url> {
        let scheme = raw.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
        if scheme.as_deref() != Some("s3") {
            return Err(Error::bad_input(format!(
                "{what} '{}': snapshots go to a local directory or to s3://bucket/prefix (S3 and S3-compatible stores)",
                shown_scheme(raw)
            )));
        }
        let url = url::Url::parse(raw)
            .map_err(|e| Error::bad_input(format!("{what} is not a valid s3:// URL: {e}")))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::bad_input(format!(
                "{what}: an s3:// URL carries no credentials; give them in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or a profile (AWS_PROFILE)"
            )));
        }
        let bucket = url.host_str().unwrap_or_default().to_string();
        if bucket.is_empty() {
            return Err(Error::bad_input(format!(
                "{what} names no bucket: use s3://bucket/prefix"
            )));
        }
        let prefix = url.path().trim_matches('/').to_string();
        if prefix.is_empty() {
            return Err(Error::bad_input(format!(
                "{what} s3://{bucket} names no prefix for the snapshot: give one, as in s3://{bucket}/snapshots/prod-2024-05-01"
            )));
        }
        if prefix
            .split('/')
            .any(|p| p.is_empty() || p == "." || p == "..")
        {
            return Err(Error::bad_input(format!(
                "{what} s3://{bucket}/{prefix}: the prefix has an empty, '.' or '..' segment"
            )));
        }
        let mut parsed = S3Url {
            bucket,
            prefix,
            endpoint: None,
            region: None,
            path_style: None,
        };
        for (key, value) in url.query_pairs() {
            match key.as_ref() {
                "endpoint" => parsed.endpoint = Some(value.into_owned()),
                "region" => parsed.region = Some(value.into_owned()),
                "path_style" => {
                    parsed.path_style = Some(match value.as_ref() {
                        "true" | "1" | "yes" => true,
                        "false" | "0" | "no" => false,
                        other => {
                            return Err(Error::bad_input(format!(
                                "{what}: path_style={other} is neither true nor false"
                            )))
                        }
                    })
                }
                other => {
                    return Err(Error::bad_input(format!(
                        "{what}: unknown s3:// parameter '{other}': use endpoint, region or path_style \
                         (credentials come from the AWS environment variables or a profile)"
                    )))
                }
            }
        }
        Ok(parsed)
    }

    /// `s3://bucket/prefix`, the form every message shows.
    pub fn shown(&self) -> String {
        format!("s3://{}/{}", self.bucket, self.prefix)
    }
}

/// The scheme of something that looked like a URL, for a message (never
/// the rest, which could hold a secret).
fn shown_scheme(raw: &str) -> String {
    match raw.split_once("://") {
        Some((scheme, _)) => format!("{scheme}://…"),
        None => raw.to_string(),
    }
}

/// A reachable snapshot prefix in a bucket.
pub struct S3Prefix {
    url: S3Url,
    prefix: ObjectPath,
    store: Arc<dyn ObjectStore>,
}

impl std::fmt::Debug for S3Prefix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.url.shown())
    }
}

impl S3Prefix {
    /// Configures the client for `url` (no request is made yet).
    ///
    /// # Errors
    /// [`Error::BadInput`] for a profile that does not exist or a setting
    /// the client refuses.
    pub fn connect(url: &S3Url) -> Result<S3Prefix> {
        // reqwest's rustls takes the process's provider: ring, as sqlx's.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(&url.bucket);
        let from_profile = profile::settings()?;
        if std::env::var_os("AWS_ACCESS_KEY_ID").is_none() {
            if let Some(keys) = &from_profile.keys {
                builder = builder
                    .with_access_key_id(&keys.access_key_id)
                    .with_secret_access_key(&keys.secret_access_key);
                if let Some(token) = &keys.session_token {
                    builder = builder.with_token(token);
                }
            }
        }
        let env_region = ["AWS_REGION", "AWS_DEFAULT_REGION"]
            .iter()
            .any(|k| std::env::var_os(k).is_some());
        let region = url
            .region
            .clone()
            .or_else(|| (!env_region).then(|| from_profile.region.clone()).flatten());
        if let Some(region) = region {
            builder = builder.with_region(region);
        }
        let env_endpoint = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT", "AWS_ENDPOINT_URL_S3"]
            .iter()
            .any(|k| std::env::var_os(k).is_some());
        let endpoint = url.endpoint.clone().or_else(|| {
            (!env_endpoint)
                .then(|| from_profile.endpoint.clone())
                .flatten()
        });
        if let Some(endpoint) = &endpoint {
            builder = builder.with_endpoint(endpoint);
        }
        // A plain-http endpoint the user named (a MinIO or moto on the LAN)
        // is allowed; the default endpoints are https.
        let named_endpoint = endpoint.or_else(|| {
            ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ENDPOINT"]
                .iter()
                .find_map(|k| std::env::var(k).ok())
        });
        if named_endpoint.is_some_and(|e| e.starts_with("http://")) {
            builder = builder.with_allow_http(true);
        }
        if let Some(path_style) = url.path_style {
            builder = builder.with_virtual_hosted_style_request(!path_style);
        }
        // A store that is down fails within seconds, not object_store's
        // default of ten retries over three minutes.
        builder = builder.with_retry(RetryConfig {
            max_retries: 3,
            retry_timeout: Duration::from_secs(30),
            ..RetryConfig::default()
        });
        let store = builder.build().map_err(|e| {
            Error::bad_input(format!(
                "{}: the S3 client cannot be configured: {}",
                url.shown(),
                redacted(&e.to_string())
            ))
        })?;
        Ok(S3Prefix {
            prefix: ObjectPath::from(url.prefix.as_str()),
            url: url.clone(),
            store: Arc::new(store),
        })
    }

    pub fn shown(&self) -> String {
        self.url.shown()
    }

    /// `s3://bucket/prefix/relative`, for messages.
    pub fn shown_object(&self, relative: &str) -> String {
        format!("{}/{relative}", self.url.shown())
    }

    pub fn store(&self) -> Arc<dyn ObjectStore> {
        self.store.clone()
    }

    /// The object at `relative` under the prefix.
    pub fn object(&self, relative: &str) -> ObjectPath {
        relative
            .split('/')
            .fold(self.prefix.clone(), |path, part| path.join(part))
    }

    /// The key of `object` relative to the prefix.
    pub fn relative(&self, object: &ObjectPath) -> Option<String> {
        let parts: Vec<String> = object
            .prefix_match(&self.prefix)?
            .map(|p| p.as_ref().to_string())
            .collect();
        Some(parts.join("/"))
    }

    /// Every object under the prefix (relative keys).
    ///
    /// # Errors
    /// As [`S3Prefix::error`].
    pub async fn list(&self) -> Result<Vec<String>> {
        let mut listing = self.store.list(Some(&self.prefix));
        let mut keys = Vec::new();
        while let Some(meta) = listing.next().await {
            let meta = meta.map_err(|e| self.error("listing", &self.shown(), e))?;
            if let Some(key) = self.relative(&meta.location) {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    /// The object's bytes, or `None` when it does not exist.
    ///
    /// # Errors
    /// As [`S3Prefix::error`].
    pub async fn get(&self, relative: &str) -> Result<Option<Bytes>> {
        let shown = self.shown_object(relative);
        match self.store.get(&self.object(relative)).await {
            Ok(got) => got
                .bytes()
                .await
                .map(Some)
                .map_err(|e| self.error("reading", &shown, e)),
            Err(object_store::Error::NotFound { source, .. })
                if !source.to_string().contains("NoSuchBucket") =>
            {
                Ok(None)
            }
            Err(e) => Err(self.error("reading", &shown, e)),
        }
    }

    /// Writes a small object whole: with `create`, only if it does not
    /// exist yet (a conditional put).
    ///
    /// # Errors
    /// [`Error::Failed`] when `create` finds the object there; else as
    /// [`S3Prefix::error`].
    pub async fn put(&self, relative: &str, bytes: Vec<u8>, create: bool) -> Result<()> {
        let shown = self.shown_object(relative);
        let mode = if create {
            PutMode::Create
        } else {
            PutMode::Overwrite
        };
        let options = PutOptions {
            mode,
            ..PutOptions::default()
        };
        match self
            .store
            .put_opts(&self.object(relative), PutPayload::from(bytes), options)
            .await
        {
            Ok(_) => Ok(()),
            Err(
                object_store::Error::AlreadyExists { .. }
                | object_store::Error::Precondition { .. },
            ) => Err(Error::failed(format!(
                "{shown} was written by someone else while this snapshot was taken"
            ))),
            Err(e) => Err(self.error("writing", &shown, e)),
        }
    }

    /// Deletes the objects at `relative` keys; says which could not be.
    pub async fn delete(&self, relative: &[String]) -> Vec<String> {
        let mut failed = Vec::new();
        for key in relative {
            match self.store.delete(&self.object(key)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => failed.push(format!(
                    "{}: {}",
                    self.shown_object(key),
                    redacted(&e.to_string())
                )),
            }
        }
        failed
    }

    /// Words an object-store error so a DBA can act: refused credentials
    /// and a missing bucket are bad input (exit 2), an unreachable store a
    /// failed run (exit 1), as for a database.
    pub fn error(&self, doing: &str, what: &str, e: object_store::Error) -> Error {
        let text = redacted(&e.to_string());
        let bucket = &self.url.bucket;
        let refused = matches!(
            e,
            object_store::Error::PermissionDenied { .. }
                | object_store::Error::Unauthenticated { .. }
        ) || refusal_code(&text).is_some();
        if text.contains("NoSuchBucket") {
            Error::bad_input(format!(
                "{what}: the bucket {bucket} does not exist (or is not in this region/endpoint)"
            ))
        } else if refused {
            Error::bad_input(format!(
                "{what}: the store refused the credentials ({}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, \
                 or the profile AWS_PROFILE names, and that they may use bucket {bucket}",
                refusal_code(&text).unwrap_or("refused")
            ))
        } else if text.contains("error sending request") {
            Error::failed(format!(
                "{doing} {what}: the store cannot be reached ({}); check the endpoint (AWS_ENDPOINT_URL, \
                 ?endpoint=) and the network",
                text.rsplit(" - ").next().unwrap_or(&text).trim()
            ))
        } else {
            Error::failed(format!("{doing} {what}: {text}"))
        }
    }
}

/// The S3 error code or HTTP status of a refusal (`InvalidAccessKeyId`,
/// `SignatureDoesNotMatch`, `AccessDenied`, …), if `text` is one.
fn refusal_code(text: &str) -> Option<&'static str> {
    [
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "AccessDenied",
        "ExpiredToken",
        "InvalidToken",
        "403 Forbidden",
        "401 Unauthorized",
    ]
    .into_iter()
    .find(|code| text.contains(code))
}

/// An object-store message with anything that looks like a signature or
/// credential scope cut out (object_store does not print keys, but a
/// server may echo a request's signature back in its error body).
pub fn redacted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(['<', 'X', 'S']) {
        let (head, tail) = rest.split_at(start);
        out.push_str(head);
        let hidden = [
            ("<SignatureProvided>", "</SignatureProvided>"),
            ("<StringToSign>", "</StringToSign>"),
            ("<StringToSignBytes>", "</StringToSignBytes>"),
            ("<CanonicalRequest>", "</CanonicalRequest>"),
            ("<CanonicalRequestBytes>", "</CanonicalRequestBytes>"),
            ("<AWSAccessKeyId>", "</AWSAccessKeyId>"),
            ("X-Amz-Signature=", "&"),
            ("X-Amz-Credential=", "&"),
            ("Signature=", ","),
        ];
        match hidden.iter().find(|(open, _)| tail.starts_with(open)) {
            Some((open, close)) => {
                out.push_str(open);
                out.push_str("***");
                let after = tail.get(open.len()..).unwrap_or_default();
                match after.find(close) {
                    Some(end) => rest = after.get(end..).unwrap_or_default(),
                    None => rest = "",
                }
            }
            None => {
                let mut chars = tail.chars();
                if let Some(c) = chars.next() {
                    out.push(c);
                }
                rest = chars.as_str();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn s3_urls() {
        let url = S3Url::parse(
            "--out",
            "s3://snaps/prod/2024-05-01?endpoint=http://127.0.0.1:9000&path_style=true",
        )
        .unwrap();
        assert_eq!(url.bucket, "snaps");
        assert_eq!(url.prefix, "prod/2024-05-01");
        assert_eq!(url.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(url.path_style, Some(true));
        assert_eq!(url.shown(), "s3://snaps/prod/2024-05-01");
        let refused = |raw: &str| S3Url::parse("--out", raw).unwrap_err().to_string();
        assert!(refused("s3://snaps").contains("names no prefix"));
        assert!(refused("s3://key:secret@snaps/p").contains("carries no credentials"));
        assert!(!refused("s3://key:secret@snaps/p").contains("secret"));
        assert!(refused("gs://b/p").contains("s3://bucket/prefix"));
        assert!(refused("s3://b/p?access_key=x").contains("unknown s3:// parameter 'access_key'"));
        assert!(refused("s3://b/a//c").contains("empty"));
        assert!(S3Url::is_object_url("s3://b/p"));
        assert!(!S3Url::is_object_url("./snapshots/x"));
    }

    #[test]
    fn signatures_are_cut_from_messages() {
        let text = "403: <Error><Code>SignatureDoesNotMatch</Code><AWSAccessKeyId>AKIAXX</AWSAccessKeyId>\
                    <StringToSign>AWS4 abc</StringToSign><SignatureProvided>deadbeef</SignatureProvided></Error>";
        let shown = redacted(text);
        assert!(!shown.contains("AKIAXX"), "{shown}");
        assert!(!shown.contains("deadbeef"), "{shown}");
        assert!(shown.contains("SignatureDoesNotMatch"), "{shown}");
    }
}
