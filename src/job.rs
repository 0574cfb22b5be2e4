//! The job file (TOML): what a repeated migration needs, with `${VAR}`
//! expanded from the environment. Unknown keys are errors naming the key
//! and its line.
//!
//! Nothing here may panic on what a job file holds: no unwrap, expect or
//! indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::endpoint::ConnectSettings;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobFile {
    /// Describes each run; shown in the plan and the result.
    pub comment: Option<String>,
    pub source: Option<EndpointSection>,
    pub target: Option<EndpointSection>,
    #[serde(default)]
    pub select: SelectSection,
    /// Conversions allowed by name, per `table.column`
    /// (`"legacy.shipped" = "zero-date-to-null"`), and for PostgreSQL's
    /// own types by family (`[convert.types] array = "json"`).
    #[serde(default)]
    pub convert: ConvertSection,
    /// How each table's keys are assigned in the target.
    #[serde(default)]
    pub keys: Vec<KeySection>,
    /// References no foreign key declares (or how a declared one treats a
    /// missing row).
    #[serde(default)]
    pub references: Vec<ReferenceSection>,
    /// `"table.column" = "bump" | "keep"`.
    #[serde(default)]
    pub versions: BTreeMap<String, VersionRule>,
    /// Per-environment value maps.
    #[serde(default)]
    pub map: Vec<MapSection>,
    /// Columns set to a constant or NULL in the target.
    #[serde(default)]
    pub set: Vec<SetSection>,
    #[serde(default)]
    pub preflight: PreflightSection,
    #[serde(default)]
    pub write: WriteSection,
    /// Columns masked in flight, for copies down to dev/test.
    #[serde(default)]
    pub mask: Vec<MaskSection>,
    /// The environment variable holding the masking key (default
    /// `FERRY_MASK_KEY`).
    pub mask_key_env: Option<String>,
    /// `[incremental]`: per table the column that tells changed rows
    /// (`t = "updated_at"`, or `t = { column = …, lag = …, deletes = …,
    /// null = …, max_delete_ratio = … }`); checked by
    /// `plan::incremental::parse`.
    #[serde(default)]
    pub incremental: BTreeMap<String, toml::Value>,
    /// Where the job was read from: relative file names in it are taken
    /// from its directory.
    #[serde(skip)]
    pub path: Option<PathBuf>,
    /// The file's name and text, for messages that point at a line after
    /// parsing ([`JobFile::place`]).
    #[serde(skip)]
    pub source_text: Option<(String, String)>,
}

/// `[convert]`: `"table.column" = "zero-date-to-null" | "json" | "text"`,
/// and `[convert.types]`: `family = "json" | "text"` (checked with the
/// flags, which name the families).
#[derive(Debug, Default, Deserialize)]
pub struct ConvertSection {
    #[serde(default)]
    pub types: BTreeMap<String, String>,
    #[serde(flatten)]
    pub columns: BTreeMap<String, crate::catalog::Conversion>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointSection {
    /// A database URL; `${VAR}` takes it from the environment. May be
    /// left out when `--from`/`--to` gives it and the section only says
    /// how to connect.
    pub url: Option<String>,
    /// The name key maps are remembered under in the target (`[source]`
    /// only); defaults to the URL's engine, host, port and database.
    pub name: Option<String>,
    /// PostgreSQL TLS, libpq's names: `disable` | `prefer` | `require` |
    /// `verify-ca` | `verify-full`, and the CA, client certificate and key.
    pub sslmode: Option<String>,
    pub sslrootcert: Option<String>,
    pub sslcert: Option<String>,
    pub sslkey: Option<String>,
    /// MySQL/MariaDB TLS, the mysql client's names: `DISABLED` |
    /// `PREFERRED` | `REQUIRED` | `VERIFY_CA` | `VERIFY_IDENTITY`, and the
    /// CA, client certificate and key.
    #[serde(rename = "ssl-mode")]
    pub ssl_mode: Option<String>,
    #[serde(rename = "ssl-ca")]
    pub ssl_ca: Option<String>,
    #[serde(rename = "ssl-cert")]
    pub ssl_cert: Option<String>,
    #[serde(rename = "ssl-key")]
    pub ssl_key: Option<String>,
    /// A MySQL option file to read instead of `~/.my.cnf`.
    pub mysql_option_file: Option<String>,
}

impl EndpointSection {
    /// How to connect beyond the URL: the TLS settings by their URL names,
    /// files relative to the job file's directory.
    pub fn connect_settings(&self, job: &JobFile, section: &str) -> ConnectSettings {
        let file = |v: &Option<String>| v.as_ref().map(|p| job.relative(p));
        let params = [
            ("sslmode", self.sslmode.clone()),
            ("sslrootcert", file(&self.sslrootcert)),
            ("sslcert", file(&self.sslcert)),
            ("sslkey", file(&self.sslkey)),
            ("ssl-mode", self.ssl_mode.clone()),
            ("ssl-ca", file(&self.ssl_ca)),
            ("ssl-cert", file(&self.ssl_cert)),
            ("ssl-key", file(&self.ssl_key)),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
        let name = job
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        ConnectSettings {
            params,
            option_file: file(&self.mysql_option_file).map(PathBuf::from),
            password: None,
            origin: format!("job file {name} [{section}]"),
        }
    }
}

/// `[[keys]]`: one table's key strategy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySection {
    pub table: String,
    pub strategy: KeyStrategy,
    /// Natural-key columns for `strategy = "match"`.
    #[serde(default, rename = "match")]
    pub match_columns: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyStrategy {
    Keep,
    Offset,
    Sequence,
    Match,
    Uuid,
}

impl KeyStrategy {
    /// As the job file spells it.
    pub fn name(self) -> &'static str {
        match self {
            KeyStrategy::Keep => "keep",
            KeyStrategy::Offset => "offset",
            KeyStrategy::Sequence => "sequence",
            KeyStrategy::Match => "match",
            KeyStrategy::Uuid => "uuid",
        }
    }
}

/// `[[references]]`: `from = "child.col"` (or `"child(a, b)"`) refers to
/// `to = "parent.col"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceSection {
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub on_missing: OnMissing,
}

/// What a reference to a row that is neither migrated nor in the target
/// becomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnMissing {
    #[default]
    Error,
    Null,
    Keep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VersionRule {
    Bump,
    Keep,
}

/// `[[map]]`: source value (as text) → target value, for a column or the
/// JSON element at `path` inside it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapSection {
    pub column: String,
    pub path: Option<String>,
    pub values: BTreeMap<String, toml::Value>,
}

/// `[[set]]`: a column of every migrated row becomes `value`, or NULL.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetSection {
    pub column: String,
    pub value: Option<toml::Value>,
    #[serde(default)]
    pub null: bool,
}

/// `[[mask]]`: one column masked in flight (`column = "dir_user.email"`,
/// `method = "email"`; `value = …` for `method = "fixed"`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaskSection {
    pub column: String,
    pub method: crate::transform::mask::Method,
    pub value: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreflightSection {
    /// Run on both sides; the answers must be equal.
    pub version_query: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WriteSection {
    pub mode: Option<WriteMode>,
    /// Per-table modes over `mode` (`pipeline_step = "replace-scope"`).
    #[serde(default)]
    pub tables: BTreeMap<String, WriteMode>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WriteMode {
    #[default]
    Insert,
    Merge,
    ReplaceScope,
    SkipExisting,
}

impl JobFile {
    /// Whether the job asks for more than a plain copy: scoping, key or
    /// value rewriting, or a write mode. Such runs stage rows in the target
    /// and compare them before writing.
    pub fn promotes(&self) -> bool {
        !self.select.r#where.is_empty()
            || !self.select.target_where.is_empty()
            || !self.keys.is_empty()
            || !self.references.is_empty()
            || !self.versions.is_empty()
            || !self.map.is_empty()
            || !self.set.is_empty()
            || self.write.mode.is_some()
            || !self.write.tables.is_empty()
            || self.select.exclude.iter().any(|e| e.contains(':'))
            || !self.incremental.is_empty()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectSection {
    /// Globs of the tables to copy (all base tables when empty).
    #[serde(default)]
    pub tables: Vec<String>,
    /// PostgreSQL schemas to read besides the current one; their tables
    /// are named `schema.table`.
    #[serde(default)]
    pub schemas: Vec<String>,
    /// Globs of tables to leave out, and `TABLE:KEY` rows to leave out.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Per-table row filters in the source's SQL.
    #[serde(default)]
    pub r#where: BTreeMap<String, String>,
    /// The same scopes in the target's SQL, where translating the
    /// source's (identifiers and strings re-quoted) is not enough.
    #[serde(default)]
    pub target_where: BTreeMap<String, String>,
}

impl JobFile {
    /// Reads and validates a job file, then expands `${VAR}` in every string.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing file, invalid TOML, an unknown key
    /// (with its line) or an unset environment variable.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::bad_input(format!("cannot read job file {}: {e}", path.display()))
        })?;
        let mut job = Self::parse(&text, &path.display().to_string())?;
        job.path = Some(path.to_path_buf());
        job.source_text = Some((path.display().to_string(), text));
        Ok(job)
    }

    /// A `job file: [SECTION] SUBJECT …` error from the checks after
    /// parsing, pointed at the file and the subject's line.
    pub fn locate(&self, error: Error) -> Error {
        let Error::BadInput(message) = &error else {
            return error;
        };
        let Some(rest) = message.strip_prefix("job file: ") else {
            return error;
        };
        let mut words = rest.split_whitespace();
        let section = words.next().unwrap_or_default();
        let subject = words
            .next()
            .unwrap_or_default()
            .trim_end_matches(':')
            .trim_matches('\'');
        let at = self.place(section, subject);
        Error::BadInput(format!("{at}: {rest}"))
    }

    /// `job file NAME, line N` of the first line in `section` (a header such
    /// as `[convert]`, or "" for anywhere) that holds `needle`: where a
    /// message about a value found after parsing points.
    pub fn place(&self, section: &str, needle: &str) -> String {
        let Some((name, text)) = &self.source_text else {
            return "job file".into();
        };
        let mut inside = section.is_empty();
        for (i, line) in text.lines().enumerate() {
            let head = line.trim_start();
            if head.starts_with('[') {
                inside = section.is_empty() || head.starts_with(section);
            } else if inside && line.contains(needle) {
                return format!("job file {name}, line {}", i + 1);
            }
        }
        format!("job file {name}")
    }

    /// A file the job names, relative to the job file's directory.
    pub fn relative(&self, file: &str) -> String {
        let dir = self.path.as_ref().and_then(|p| p.parent());
        match dir {
            Some(dir) if !Path::new(file).is_absolute() && !file.starts_with("-----BEGIN") => {
                dir.join(file).display().to_string()
            }
            _ => file.to_string(),
        }
    }

    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let bad = |e: toml::de::Error| {
            Error::bad_input(format!("job file {name}: {}", one_line(&e, text)))
        };
        // Validate the text first so errors point at lines of the file.
        toml::from_str::<JobFile>(text).map_err(bad)?;
        let mut value: toml::Value = toml::from_str(text).map_err(bad)?;
        expand_value(&mut value, "", name)?;
        let job: JobFile = value.try_into().map_err(|e: toml::de::Error| {
            Error::bad_input(format!("job file {name}: {}", plain(e.message())))
        })?;
        if job
            .preflight
            .version_query
            .as_deref()
            .is_some_and(|q| q.trim().is_empty())
        {
            return Err(Error::bad_input(format!(
                "job file {name}: [preflight] version_query is empty: give the query whose answers must be equal on both sides, or leave it out"
            )));
        }
        Ok(job)
    }
}

/// `line 7, column 1: unknown field `sourc`, expected …`.
fn one_line(e: &toml::de::Error, text: &str) -> String {
    match e.span() {
        Some(span) => {
            let line = text[..span.start].matches('\n').count() + 1;
            let col = span.start - text[..span.start].rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
            format!("line {line}, column {col}: {}", plain(e.message().trim()))
        }
        None => plain(e.message().trim()),
    }
}

/// serde's `expected struct SelectSection` in the job file's words.
fn plain(message: &str) -> String {
    let Some(at) = message.find("expected struct ") else {
        return message.to_string();
    };
    let name = &message[at + "expected struct ".len()..];
    let end = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    format!(
        "{}expected a table of settings ([section] or {{ key = … }}){}",
        &message[..at],
        &name[end..]
    )
}

fn expand_value(value: &mut toml::Value, path: &str, file: &str) -> Result<()> {
    match value {
        toml::Value::String(s) => *s = expand(s, path, file)?,
        toml::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                expand_value(item, &format!("{path}[{i}]"), file)?;
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table.iter_mut() {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                expand_value(v, &p, file)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Replaces `${VAR}` with the environment's value; `$${` stays a literal `${`.
pub fn expand(text: &str, key: &str, file: &str) -> Result<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('$') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        if let Some(stripped) = after.strip_prefix("$${") {
            out.push_str("${");
            rest = stripped;
        } else if let Some(body) = after.strip_prefix("${") {
            let end = body.find('}').ok_or_else(|| {
                Error::bad_input(format!(
                    "job file {file}: {key} has an unclosed ${{ in '{text}'"
                ))
            })?;
            let var = &body[..end];
            if var.trim().is_empty() {
                return Err(Error::bad_input(format!(
                    "job file {file}: {key} has an empty ${{}}: name the environment variable, as in ${{DB_URL}} (or write $${{}} for the text ${{}})"
                )));
            }
            let value = std::env::var(var).map_err(|_| {
                Error::bad_input(format!(
                    "job file {file}: {key} uses ${{{var}}} but the environment variable {var} is not set"
                ))
            })?;
            out.push_str(&value);
            rest = &body[end + 1..];
        } else {
            out.push('$');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_name_key_and_line() {
        let err = JobFile::parse(
            "comment = 'x'\n[select]\ntables = ['a']\ntabels = ['b']\n",
            "job.toml",
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("job file job.toml: line 4, column 1: unknown field `tabels`"),
            "{msg}"
        );
    }

    #[test]
    fn variables_expand_and_missing_ones_are_named() {
        std::env::set_var("FERRY_TEST_DEV_DB", "sqlite://dev.db");
        let job = JobFile::parse("[source]\nurl = '${FERRY_TEST_DEV_DB}'\n", "j").unwrap();
        assert_eq!(job.source.unwrap().url.as_deref(), Some("sqlite://dev.db"));
        let err = JobFile::parse("[target]\nurl = '${FERRY_TEST_UNSET_VAR}'\n", "j").unwrap_err();
        assert_eq!(
            err.to_string(),
            "job file j: target.url uses ${FERRY_TEST_UNSET_VAR} but the environment variable FERRY_TEST_UNSET_VAR is not set"
        );
    }
}
