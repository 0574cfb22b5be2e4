//! The AWS shared configuration files, as the AWS CLI reads them:
//! `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`, sections
//! `[NAME]`) and `AWS_CONFIG_FILE` (default `~/.aws/config`, sections
//! `[profile NAME]` or `[default]`), for the profile `AWS_PROFILE` names
//! (default `default`). object_store reads the environment variables but
//! not these files.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::PathBuf;

/// A profile's access key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

/// What the profile files give.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settings {
    pub keys: Option<Keys>,
    pub region: Option<String>,
    pub endpoint: Option<String>,
}

/// The settings of the profile in use.
///
/// # Errors
/// [`Error::BadInput`] when `AWS_PROFILE` names a profile that neither
/// file holds, or a file that exists cannot be read.
pub fn settings() -> Result<Settings> {
    let named = std::env::var("AWS_PROFILE")
        .or_else(|_| std::env::var("AWS_DEFAULT_PROFILE"))
        .ok()
        .filter(|p| !p.is_empty());
    let profile = named.clone().unwrap_or_else(|| "default".into());
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let file = |var: &str, name: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| h.join(".aws").join(name)))
    };
    let credentials = read(file("AWS_SHARED_CREDENTIALS_FILE", "credentials"))?;
    let config = read(file("AWS_CONFIG_FILE", "config"))?;
    let from_credentials = credentials
        .as_deref()
        .and_then(|t| section(t, &profile, false));
    let from_config = config.as_deref().and_then(|t| section(t, &profile, true));
    if from_credentials.is_none() && from_config.is_none() {
        if let Some(name) = named {
            return Err(Error::bad_input(format!(
                "AWS_PROFILE={name}: no such profile in the AWS credentials or config file"
            )));
        }
        return Ok(Settings::default());
    }
    let get = |key: &str| {
        from_credentials
            .as_ref()
            .and_then(|s| s.get(key))
            .or_else(|| from_config.as_ref().and_then(|s| s.get(key)))
            .cloned()
    };
    let keys = match (get("aws_access_key_id"), get("aws_secret_access_key")) {
        (Some(access_key_id), Some(secret_access_key)) => Some(Keys {
            access_key_id,
            secret_access_key,
            session_token: get("aws_session_token"),
        }),
        _ => None,
    };
    Ok(Settings {
        keys,
        region: get("region"),
        endpoint: get("endpoint_url"),
    })
}

fn read(path: Option<PathBuf>) -> Result<Option<String>> {
    let Some(path) = path else { return Ok(None) };
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::bad_input(format!(
            "cannot read the AWS file {}: {e}",
            path.display()
        ))),
    }
}

/// The keys of `[profile]` (`[profile NAME]` in the config file, where
/// `[default]` stays bare), lower-cased; `None` if there is no such section.
/// Nested settings (`s3 =` followed by indented lines) are skipped.
fn section(text: &str, profile: &str, config_file: bool) -> Option<HashMap<String, String>> {
    let wanted = |header: &str| {
        let header = header.trim();
        if config_file && profile != "default" {
            header
                .strip_prefix("profile")
                .is_some_and(|rest| rest.starts_with(char::is_whitespace) && rest.trim() == profile)
        } else {
            header == profile
                || (config_file && header.strip_prefix("profile").map(str::trim) == Some(profile))
        }
    };
    let mut found = None::<HashMap<String, String>>;
    let mut inside = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            inside = wanted(header);
            if inside {
                found.get_or_insert_with(HashMap::new);
            }
            continue;
        }
        if !inside || line.starts_with(char::is_whitespace) {
            continue;
        }
        if let (Some(section), Some((key, value))) = (found.as_mut(), trimmed.split_once('=')) {
            let value = value.trim();
            if !value.is_empty() {
                section.insert(key.trim().to_ascii_lowercase(), value.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn sections_as_the_aws_cli_reads_them() {
        let credentials = "[default]\naws_access_key_id = AKIA1\naws_secret_access_key = s1\n\n[ci]\naws_access_key_id=AKIA2\naws_secret_access_key=s2\n";
        let config = "[default]\nregion = eu-west-1\n[profile ci]\nregion = us-east-2\nendpoint_url = http://127.0.0.1:9000\ns3 =\n  addressing_style = path\n";
        let ci = section(credentials, "ci", false).unwrap();
        assert_eq!(
            ci.get("aws_access_key_id").map(String::as_str),
            Some("AKIA2")
        );
        let ci_config = section(config, "ci", true).unwrap();
        assert_eq!(
            ci_config.get("region").map(String::as_str),
            Some("us-east-2")
        );
        assert_eq!(
            ci_config.get("endpoint_url").map(String::as_str),
            Some("http://127.0.0.1:9000")
        );
        assert!(!ci_config.contains_key("addressing_style"));
        assert_eq!(
            section(config, "default", true)
                .unwrap()
                .get("region")
                .map(String::as_str),
            Some("eu-west-1")
        );
        assert!(section(config, "nope", true).is_none());
        // `[ci]` in the config file is not `[profile ci]`.
        assert!(section("[ci]\nregion = x\n", "ci", true).is_none());
    }
}
