//! MySQL/MariaDB column types ⇄ logical types, and the dialect for
//! `--create-tables`.
//!
//! Reading maps `information_schema.COLUMNS` (`COLUMN_TYPE`, `DATA_TYPE`
//! and the lengths) to a [`LogicalType`]. Creating maps any engine's logical
//! types to MySQL types that hold their values exactly; where MySQL has no
//! such type (`timestamptz`, `uuid`, unbounded `numeric`), [`translate`]
//! says which type is used instead, so the plan and the rows written agree
//! with what MySQL reads back.

use crate::catalog::expr::Kind;
use crate::catalog::provisional;
use crate::catalog::{
    ddl::Dialect, Action, Column, Computed, ForeignKey, Index, IndexPart, LogicalType, Table,
};

/// Longest `varchar(n)` / `varbinary(n)` created; longer ones become
/// `longtext` / `longblob`. 16383 utf8mb4 characters fill MySQL's 65,535-byte
/// row on their own.
pub const MAX_VARCHAR: u32 = 16383;
/// Longest `char(n)` / `binary(n)` MySQL allows.
pub const MAX_CHAR: u32 = 255;
/// InnoDB's longest index key, in bytes (DYNAMIC rows).
const MAX_KEY_BYTES: u32 = 3072;
/// MySQL's largest row, TEXT and BLOB columns counted by their pointers.
const MAX_ROW_BYTES: u32 = 65535;

/// What `information_schema.COLUMNS` says about one column.
#[derive(Debug, Clone, Default)]
pub struct ColumnInfo<'a> {
    pub column_type: &'a str,
    pub data_type: &'a str,
    pub char_len: Option<u64>,
    pub precision: Option<u64>,
    pub scale: Option<u64>,
    /// MariaDB: a `CHECK (json_valid(col))`, which is what its `json` is.
    pub json_check: bool,
}

/// Maps a MySQL/MariaDB column to its logical type.
pub fn logical_type(info: &ColumnInfo<'_>) -> LogicalType {
    use LogicalType as L;
    let column_type = info.column_type.trim().to_ascii_lowercase();
    let data_type = info.data_type.trim().to_ascii_lowercase();
    let unsigned = column_type.contains("unsigned") || column_type.contains("zerofill");
    let args = type_args(&column_type);
    let n = args.first().copied();
    let len = |fallback: Option<u32>| -> Option<u32> {
        info.char_len
            .and_then(|l| u32::try_from(l).ok())
            .or(fallback)
    };
    let unsupported = |why: &str| L::Unsupported {
        native: info.column_type.to_string(),
        why: why.to_string(),
    };
    if info.json_check || data_type == "json" {
        return L::Json { binary: false };
    }
    match data_type.as_str() {
        "tinyint" if !unsigned && n == Some(1) => L::Bool,
        "bool" | "boolean" => L::Bool,
        "tinyint" if unsigned => L::UInt8,
        "tinyint" => L::Int8,
        "smallint" if unsigned => L::UInt16,
        "smallint" => L::Int16,
        "mediumint" | "int" | "integer" if unsigned => L::UInt32,
        "mediumint" | "int" | "integer" => L::Int32,
        "bigint" if unsigned => L::UInt64,
        "bigint" => L::Int64,
        "bit" => match n.unwrap_or(1) {
            1 => L::Bool,
            bits => unsupported(&format!(
                "bit({bits}) has no logical type; only bit(1) is carried (as a boolean)"
            )),
        },
        "float" => L::Float32,
        "double" | "double precision" | "real" => L::Float64,
        "decimal" | "numeric" | "dec" | "fixed" => decimal_type(info, &args),
        "char" => L::Text {
            max_len: len(n),
            fixed: true,
        },
        "varchar" => L::Text {
            max_len: len(n),
            fixed: false,
        },
        "tinytext" | "text" | "mediumtext" | "longtext" | "long" | "long varchar" => L::Text {
            max_len: None,
            fixed: false,
        },
        "binary" => L::Bytes {
            max_len: n.or(len(None)),
            fixed: true,
        },
        "varbinary" => L::Bytes {
            max_len: n.or(len(None)),
            fixed: false,
        },
        "tinyblob" | "blob" | "mediumblob" | "longblob" | "long varbinary" => L::Bytes {
            max_len: None,
            fixed: false,
        },
        "date" => L::Date,
        "time" => L::Time,
        "datetime" => L::Timestamp,
        // Read in the session time zone, which ferry sets to UTC.
        "timestamp" => L::TimestampTz,
        "year" => L::Year,
        "enum" => L::Enum {
            name: None,
            values: enum_values(info.column_type),
        },
        "set" => L::Set {
            values: enum_values(info.column_type),
        },
        "uuid" => L::Uuid,
        // MariaDB's address types read and write as text.
        "inet4" => L::Text {
            max_len: Some(15),
            fixed: false,
        },
        "inet6" => L::Text {
            max_len: Some(39),
            fixed: false,
        },
        "geometry" | "point" | "linestring" | "polygon" | "multipoint" | "multilinestring"
        | "multipolygon" | "geometrycollection" | "geomcollection" => {
            unsupported("spatial types are not carried")
        }
        _ => unsupported("ferry does not know this MySQL type"),
    }
}

/// `decimal(p,s)`, with MySQL's defaults (10, 0) where the type omits them.
fn decimal_type(info: &ColumnInfo<'_>, args: &[u32]) -> LogicalType {
    let p = info
        .precision
        .or(args.first().map(|&p| p as u64))
        .unwrap_or(10);
    let s = info.scale.or(args.get(1).map(|&s| s as u64)).unwrap_or(0);
    match (u8::try_from(p), i8::try_from(s)) {
        (Ok(precision), Ok(scale)) if precision <= 76 && (scale as u8) <= precision => {
            LogicalType::Decimal { precision, scale }
        }
        _ => LogicalType::Unsupported {
            native: info.column_type.to_string(),
            why: format!("decimal({p},{s}) is larger than ferry carries"),
        },
    }
}

/// The numbers in the first parentheses: `decimal(12,2)` → [12, 2].
fn type_args(column_type: &str) -> Vec<u32> {
    let Some((_, rest)) = column_type.split_once('(') else {
        return Vec::new();
    };
    let inside = rest.split(')').next().unwrap_or("");
    inside
        .split(',')
        .filter_map(|a| a.trim().parse().ok())
        .collect()
}

/// The members of `enum('a','it''s')` / `set(…)` as `COLUMN_TYPE` spells
/// them: quotes doubled, backslashes escaped whatever the SQL mode.
pub fn enum_values(column_type: &str) -> Vec<String> {
    let Some(start) = column_type.find('(') else {
        return Vec::new();
    };
    let mut values = Vec::new();
    let mut chars = column_type[start + 1..].chars().peekable();
    loop {
        // Skip to the next opening quote, or stop at the closing parenthesis.
        match chars.next() {
            Some('\'') => {}
            Some(')') | None => break,
            Some(_) => continue,
        }
        let mut value = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\'' if chars.peek() == Some(&'\'') => {
                    chars.next();
                    value.push('\'');
                }
                '\'' => break,
                '\\' => match chars.next() {
                    Some('0') => value.push('\0'),
                    Some('n') => value.push('\n'),
                    Some('r') => value.push('\r'),
                    Some('t') => value.push('\t'),
                    Some('Z') => value.push('\u{1a}'),
                    Some(other) => value.push(other),
                    None => value.push('\\'),
                },
                c => value.push(c),
            }
        }
        values.push(value);
    }
    values
}

/// MySQL's spelling of types and identifiers for `CREATE TABLE`.
pub struct MySqlDialect {
    /// The target's dialect: names the tables the run is creating by
    /// their provisional names (`catalog::provisional`).
    pub provisional: bool,
}

/// The dialect of sources, and of a target's own statements on real names.
pub const PLAIN: MySqlDialect = MySqlDialect { provisional: false };

impl MySqlDialect {
    pub fn quote_ident(&self, ident: &str) -> String {
        Dialect::quote(self, ident)
    }

    fn members(&self, values: &[String]) -> String {
        values
            .iter()
            .map(|v| self.string_literal(v))
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl Dialect for MySqlDialect {
    fn watermark_floor(&self, value: &str, ty: &LogicalType, lag: i64) -> String {
        if let Some(n) = crate::catalog::ddl::integer_floor(value, lag) {
            return n;
        }
        let to = match ty {
            LogicalType::Date => "DATE",
            _ => "DATETIME(6)",
        };
        let cast = format!("CAST({} AS {to})", self.string_literal(value));
        match lag {
            0 => cast,
            _ => format!("({cast} - INTERVAL {lag} SECOND)"),
        }
    }

    fn clock(&self, ty: &LogicalType, _sample: &str) -> Option<String> {
        match ty {
            LogicalType::Date => Some("CURDATE()".into()),
            LogicalType::Timestamp | LogicalType::TimestampTz => Some("NOW(6)".into()),
            _ => None,
        }
    }

    fn dyn_self(&self) -> &dyn Dialect {
        self
    }

    fn name(&self) -> &'static str {
        "mysql"
    }

    fn quote(&self, ident: &str) -> String {
        format!("`{}`", ident.replace('`', "``"))
    }

    fn quote_table(&self, name: &str) -> String {
        match self.provisional.then(|| provisional::physical(name)) {
            Some(Some(physical)) => self.quote(&physical),
            _ => self.quote(name),
        }
    }

    fn drop_tables(&self, tables: &[String]) -> Vec<String> {
        let names: Vec<String> = tables.iter().map(|t| self.quote(t)).collect();
        vec![
            "SET FOREIGN_KEY_CHECKS = 0".into(),
            format!("DROP TABLE IF EXISTS {}", names.join(", ")),
            "SET FOREIGN_KEY_CHECKS = 1".into(),
        ]
    }

    fn rename_tables(&self, pairs: &[(String, String)]) -> Option<String> {
        let pairs: Vec<String> = pairs
            .iter()
            .map(|(from, to)| format!("{} TO {}", self.quote(from), self.quote(to)))
            .collect();
        Some(format!("RENAME TABLE {}", pairs.join(", ")))
    }

    fn text(&self, expr: &str) -> String {
        format!("CAST({expr} AS CHAR)")
    }

    fn int_div(&self, a: &str, b: i64) -> String {
        format!("{a} DIV {b}")
    }

    fn bigint(&self, expr: &str) -> String {
        format!("CAST({expr} AS SIGNED)")
    }

    fn join_key_parts(&self, parts: &[String]) -> String {
        format!("CONCAT({})", parts.join(", CHAR(31 USING utf8mb4), "))
    }

    fn same(&self, a: &str, b: &str) -> String {
        format!("{a} <=> {b}")
    }

    /// Not indexed: CREATE INDEX on a temporary table would commit the
    /// run's transaction, a key in the CREATE fails on a TEXT key, and
    /// MariaDB's checks over unindexed staging tables take about a second
    /// at 40,000 rows (they are hashed).
    fn create_temporary(&self, name: &str, select: &str, _key: &[String]) -> Vec<String> {
        vec![format!(
            "CREATE TEMPORARY TABLE {} AS {select}",
            self.quote(name)
        )]
    }

    fn identity_reset(&self, table: &str, _column: &str, next: i64) -> Vec<String> {
        // InnoDB takes the higher of this and the highest id there.
        vec![format!(
            "ALTER TABLE {} AUTO_INCREMENT = {next}",
            self.quote(table)
        )]
    }

    fn database_identity(&self) -> Option<&'static str> {
        Some(
            "SELECT CONVERT(CONCAT(@@hostname, ' ', @@port, ' ', @@datadir, ' ', DATABASE()) USING utf8mb4)",
        )
    }

    fn table_names_fold_case(&self) -> bool {
        // Case-sensitive on Linux (lower_case_table_names = 0).
        false
    }

    fn identifier_too_long(&self, name: &str) -> Option<&'static str> {
        (name.chars().count() > 64).then_some("64 characters")
    }

    fn image_key(&self) -> crate::catalog::ddl::ImageKey {
        crate::catalog::ddl::ImageKey::KeyOnly
    }

    fn identity_reset_commits(&self) -> bool {
        true
    }

    fn drop_temporary(&self, name: &str) -> Option<String> {
        Some(format!("DROP TEMPORARY TABLE {}", self.quote(name)))
    }

    fn reopens_temporary(&self) -> bool {
        false
    }

    fn update_from(
        &self,
        target: &str,
        source: &str,
        on: &str,
        sets: &[(String, String)],
        differs: &str,
    ) -> String {
        let sets: Vec<String> = sets
            .iter()
            .map(|(c, v)| format!("{} = {v}", self.col(target, c)))
            .collect();
        format!(
            "UPDATE {target} JOIN {source} s ON {on} SET {} WHERE {differs}",
            sets.join(", ")
        )
    }

    fn column_type(&self, column: &Column, _in_single_pk: bool) -> Result<String, String> {
        use LogicalType as L;
        Ok(match &column.ty {
            L::Bool => "tinyint(1)".into(),
            L::Int8 => "tinyint".into(),
            L::Int16 => "smallint".into(),
            L::Int32 => "int".into(),
            L::Int64 => "bigint".into(),
            L::UInt8 => "tinyint unsigned".into(),
            L::UInt16 => "smallint unsigned".into(),
            L::UInt32 => "int unsigned".into(),
            L::UInt64 => "bigint unsigned".into(),
            L::Float32 => "float".into(),
            L::Float64 => "double".into(),
            L::Decimal { precision, scale } => {
                if *precision > 65 || *scale > 30 || *scale < 0 || *scale as u8 > *precision {
                    return Err(format!(
                        "decimal({precision},{scale}) does not fit MySQL's decimal (at most 65 digits, 30 after the point)"
                    ));
                }
                format!("decimal({precision},{scale})")
            }
            L::Numeric => "decimal(65,30)".into(),
            L::Text {
                max_len: Some(n),
                fixed: true,
            } if *n <= MAX_CHAR => format!("char({n})"),
            L::Text {
                max_len: Some(n), ..
            } if *n <= MAX_VARCHAR => format!("varchar({n})"),
            // MySQL's own shorter text types stay what they were.
            L::Text { max_len: None, .. }
                if ["tinytext", "text", "mediumtext"].contains(&column.native.as_str()) =>
            {
                column.native.clone()
            }
            L::Text { .. } => "longtext".into(),
            L::Bytes {
                max_len: Some(n),
                fixed: true,
            } if *n <= MAX_CHAR => format!("binary({n})"),
            L::Bytes {
                max_len: Some(n), ..
            } if *n <= MAX_VARCHAR => format!("varbinary({n})"),
            L::Bytes { max_len: None, .. }
                if ["tinyblob", "blob", "mediumblob"].contains(&column.native.as_str()) =>
            {
                column.native.clone()
            }
            L::Bytes { .. } => "longblob".into(),
            L::Date => "date".into(),
            L::Time => "time(6)".into(),
            L::Timestamp => "datetime(6)".into(),
            // TIMESTAMP holds only 1970–2038; the values are UTC.
            L::TimestampTz => "datetime(6)".into(),
            L::Uuid => "char(36)".into(),
            L::Json { .. } => "json".into(),
            L::Enum { values, .. } if values.is_empty() => {
                return Err("an enum without members cannot be created in MySQL".into())
            }
            L::Enum { values, .. } => format!("enum({})", self.members(values)),
            L::Set { values } if values.is_empty() => {
                return Err("a set without members cannot be created in MySQL".into())
            }
            L::Set { values } => format!("set({})", self.members(values)),
            L::Year => "year".into(),
            L::PgNative { family, .. } => {
                return Err(format!(
                    "{} has no equivalent in MySQL; {}",
                    column.ty,
                    family.conversion_hint()
                ))
            }
            L::Unsupported { native, why } => return Err(format!("{native}: {why}")),
        })
    }

    fn identity_suffix(&self, column: &Column, in_single_pk: bool) -> Option<String> {
        // AUTO_INCREMENT must lead a key; ferry gives it only to a lone
        // integer primary key.
        (in_single_pk && column.ty.is_integer() && column.ty != LogicalType::Year)
            .then(|| "AUTO_INCREMENT".into())
    }

    fn bool_literal(&self, b: bool) -> String {
        if b { "1" } else { "0" }.into()
    }

    fn current_date(&self) -> String {
        // MySQL 8 takes expression defaults in parentheses; MariaDB too.
        "(CURRENT_DATE)".into()
    }

    fn table_options(&self) -> &'static str {
        " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
    }

    fn inline_comments(&self) -> bool {
        true
    }

    fn index_names_per_table(&self) -> bool {
        true
    }

    /// MySQL's index: prefixes and FULLTEXT/SPATIAL on its own; no partial
    /// or expression indexes (MariaDB has none); a text or blob column only
    /// by a prefix.
    fn index(&self, table: &Table, index: &Index) -> Result<String, String> {
        if index.predicate.is_some() {
            return Err("MySQL has no partial indexes".into());
        }
        let same = index.dialect == "mysql";
        let kind = match index
            .method
            .as_deref()
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            None | Some("BTREE") => "",
            Some("HASH") if same => "",
            Some("FULLTEXT") if same => "FULLTEXT ",
            Some("SPATIAL") if same => "SPATIAL ",
            Some(other) => {
                return Err(format!(
                    "a {} index has no equivalent in MySQL",
                    other.to_ascii_lowercase()
                ))
            }
        };
        let mut parts = Vec::new();
        for part in &index.parts {
            let IndexPart::Column {
                name,
                descending,
                prefix,
            } = part
            else {
                return Err("MariaDB indexes no expressions".into());
            };
            let unbounded = table.column_like(name).is_some_and(|c| {
                matches!(
                    c.ty,
                    LogicalType::Text { max_len: None, .. }
                        | LogicalType::Bytes { max_len: None, .. }
                        | LogicalType::Json { .. }
                ) || matches!(c.ty, LogicalType::Text { max_len: Some(n), .. } if n > MAX_KEY_BYTES / 4)
            });
            if unbounded && prefix.is_none() && kind.is_empty() {
                return Err(format!(
                    "MySQL indexes the text column {name} only by a prefix"
                ));
            }
            parts.push(format!(
                "{}{}{}",
                self.quote(name),
                prefix.map(|n| format!("({n})")).unwrap_or_default(),
                if *descending { " DESC" } else { "" }
            ));
        }
        Ok(format!(
            "CREATE {}{kind}INDEX {} ON {} ({})",
            if index.unique { "UNIQUE " } else { "" },
            self.quote(&index.name),
            self.quote_table(&table.name),
            parts.join(", ")
        ))
    }

    /// MySQL cannot `SET DEFAULT` (InnoDB refuses it) nor defer a check.
    fn foreign_key_suffix(&self, table: &Table, fk: &ForeignKey) -> (String, Vec<String>) {
        let mut lost = Vec::new();
        let mut carried = fk.clone();
        let not_null = fk
            .columns
            .iter()
            .any(|c| table.column_like(c).is_some_and(|c| !c.nullable));
        for (action, what) in [
            (&mut carried.on_delete, "ON DELETE"),
            (&mut carried.on_update, "ON UPDATE"),
        ] {
            if *action == Action::SetDefault {
                lost.push(format!(
                    "{what} SET DEFAULT has no equivalent in MySQL; created with NO ACTION"
                ));
                *action = Action::NoAction;
            }
            if *action == Action::SetNull && not_null {
                lost.push(format!(
                    "{what} SET NULL on a NOT NULL column, which MySQL refuses; created with NO ACTION"
                ));
                *action = Action::NoAction;
            }
        }
        if fk.deferrable {
            lost.push(
                "DEFERRABLE has no equivalent in MySQL, which checks each row at once".into(),
            );
        }
        (crate::catalog::ddl::actions(&carried), lost)
    }

    fn computed(&self, column: &Computed) -> Result<String, String> {
        let ty = self.column_type(
            &Column {
                name: column.name.clone(),
                ty: column.ty.clone(),
                native: column.native.clone(),
                nullable: true,
                default: None,
                generated: None,
                convert: None,
                comment: None,
            },
            false,
        )?;
        let expression = self.expression(&column.expression, &column.dialect, Kind::Expression)?;
        Ok(format!(
            "{} {ty} AS ({expression}) {}",
            self.quote(&column.name),
            if column.stored { "STORED" } else { "VIRTUAL" }
        ))
    }
}

/// The table `--create-tables` creates in MySQL for `table`, with the
/// logical types MySQL will hold and read back, and a warning for each
/// column whose type changes. `mariadb`: the target is MariaDB, whose
/// unique keys may be longer than InnoDB's key limit (it hashes them).
///
/// # Errors
/// `table.column: why` for every column MySQL cannot hold.
pub fn translate(table: &Table, mariadb: bool) -> Result<(Table, Vec<String>), Vec<String>> {
    let d = PLAIN;
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    let mut out = table.clone();
    let single_pk = table.primary_key.len() == 1;
    if table.dialect != "mysql" {
        for c in &mut out.computed {
            c.native = String::new();
        }
    }
    for column in &mut out.columns {
        // Another engine's `text` is not MySQL's 64 KiB TEXT.
        if table.dialect != "mysql" {
            column.native = String::new();
        }
        let here = format!("{}.{}", table.name, column.name);
        let before = column.ty.clone();
        column.ty = mysql_type(&here, &column.ty, &mut warnings);
        if column.ty != before {
            tracing::debug!("{here}: {before} becomes {}", column.ty);
        }
        let in_single_pk = single_pk && table.primary_key.first() == Some(&column.name);
        if column.generated.is_some() && d.identity_suffix(column, in_single_pk).is_none() {
            warnings.push(format!(
                "{here}: created without AUTO_INCREMENT (MySQL gives it only to a single-column integer key)"
            ));
            column.generated = None;
        }
    }
    let keys = fit_keys(table, &mut out, mariadb, &mut warnings);
    fit_row(&mut out, &keys, &mut warnings);
    for column in &mut out.columns {
        let in_single_pk = single_pk && table.primary_key.first() == Some(&column.name);
        match d.column_type(column, in_single_pk) {
            Ok(native) => column.native = native,
            Err(why) => problems.push(format!("{}.{}: {why}", table.name, column.name)),
        }
    }
    if problems.is_empty() {
        Ok((out, warnings))
    } else {
        Err(problems)
    }
}

/// The type MySQL stores a column of type `ty` as, with a warning where
/// it differs (`here` names the column).
fn mysql_type(here: &str, ty: &LogicalType, warnings: &mut Vec<String>) -> LogicalType {
    use LogicalType as L;
    match ty {
        L::TimestampTz => {
            warnings.push(format!(
                "{here}: timestamptz is stored as datetime(6) in UTC"
            ));
            L::Timestamp
        }
        L::Uuid => {
            warnings.push(format!("{here}: uuid is stored as char(36)"));
            L::Text {
                max_len: Some(36),
                fixed: true,
            }
        }
        L::Numeric => {
            warnings.push(format!(
                "{here}: numeric is stored as decimal(65,30); values with more than 35 integer or 30 fractional digits are refused"
            ));
            L::Decimal {
                precision: 65,
                scale: 30,
            }
        }
        L::Json { binary: true } => {
            warnings.push(format!("{here}: jsonb is stored as json"));
            L::Json { binary: false }
        }
        L::Enum { values, .. } => L::Enum {
            name: None,
            values: values.clone(),
        },
        L::Text {
            max_len: Some(n),
            fixed: true,
        } if *n > MAX_CHAR && *n <= MAX_VARCHAR => {
            warnings.push(format!("{here}: char({n}) is stored as varchar({n})"));
            L::Text {
                max_len: Some(*n),
                fixed: false,
            }
        }
        L::Bytes {
            max_len: Some(n),
            fixed: true,
        } if *n > MAX_CHAR && *n <= MAX_VARCHAR => {
            warnings.push(format!("{here}: binary({n}) is stored as varbinary({n})"));
            L::Bytes {
                max_len: Some(*n),
                fixed: false,
            }
        }
        // Longer bounded strings become longtext/longblob: nothing is
        // lost, and that is what MySQL reads back.
        L::Text {
            max_len: Some(n), ..
        } if *n > MAX_VARCHAR => L::Text {
            max_len: None,
            fixed: false,
        },
        L::Bytes {
            max_len: Some(n), ..
        } if *n > MAX_VARCHAR => L::Bytes {
            max_len: None,
            fixed: false,
        },
        other => other.clone(),
    }
}

/// Key columns must fit InnoDB's index key: string columns of a key too
/// long for it are shortened, with a warning. Returns the keys checked.
// why: every index is a position() in `out.columns`, and `limits` has its
// length.
#[allow(clippy::indexing_slicing)]
fn fit_keys(
    table: &Table,
    out: &mut Table,
    mariadb: bool,
    warnings: &mut Vec<String>,
) -> Vec<Vec<String>> {
    use LogicalType as L;
    let mut keys: Vec<Vec<String>> = vec![table.primary_key.clone()];
    keys.extend(table.foreign_keys.iter().map(|fk| fk.columns.clone()));
    if !mariadb {
        keys.extend(table.unique_keys.iter().cloned());
    }
    let mut limits: Vec<Option<u32>> = vec![None; out.columns.len()];
    for key in keys.iter().filter(|k| !k.is_empty()) {
        let idx: Vec<usize> = key
            .iter()
            .filter_map(|k| out.columns.iter().position(|c| &c.name == k))
            .collect();
        let total: u64 = idx.iter().map(|&i| key_bytes(&out.columns[i].ty)).sum();
        if total <= MAX_KEY_BYTES as u64 {
            continue;
        }
        let strings: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| matches!(out.columns[i].ty, L::Text { .. } | L::Bytes { .. }))
            .collect();
        if strings.is_empty() {
            continue;
        }
        let fixed: u64 = idx
            .iter()
            .filter(|i| !strings.contains(i))
            .map(|&i| key_bytes(&out.columns[i].ty))
            .sum();
        let share = (MAX_KEY_BYTES as u64).saturating_sub(fixed) / strings.len() as u64;
        for &i in &strings {
            let chars = match out.columns[i].ty {
                L::Text { .. } => share / 4,
                _ => share,
            } as u32;
            limits[i] = Some(limits[i].map_or(chars, |l| l.min(chars)));
        }
    }
    for (column, limit) in out.columns.iter_mut().zip(limits) {
        let Some(limit) = limit else { continue };
        let here = format!("{}.{}", table.name, column.name);
        match &column.ty {
            L::Text { max_len, fixed } if max_len.is_none_or(|n| n > limit) => {
                column.ty = L::Text {
                    max_len: Some(limit),
                    fixed: *fixed && limit <= MAX_CHAR,
                };
                warnings.push(format!(
                    "{here}: a key column is created as {} (an InnoDB key holds at most {MAX_KEY_BYTES} bytes); longer values are refused",
                    column.ty
                ));
            }
            L::Bytes { max_len, fixed } if max_len.is_none_or(|n| n > limit) => {
                column.ty = L::Bytes {
                    max_len: Some(limit),
                    fixed: *fixed && limit <= MAX_CHAR,
                };
                warnings.push(format!(
                    "{here}: a key column is created as {} (an InnoDB key holds at most {MAX_KEY_BYTES} bytes); longer values are refused",
                    column.ty
                ));
            }
            _ => {}
        }
    }
    keys
}

/// MySQL's 65,535-byte row: the widest varchar/varbinary columns that are
/// in no key become longtext/longblob until the row fits.
fn fit_row(out: &mut Table, keys: &[Vec<String>], warnings: &mut Vec<String>) {
    use LogicalType as L;
    let table_name = out.name.clone();
    let in_key = |name: &str| keys.iter().any(|k| k.iter().any(|c| c == name));
    loop {
        let nullable = out.columns.iter().filter(|c| c.nullable).count() as u64;
        let row: u64 =
            out.columns.iter().map(|c| row_bytes(&c.ty)).sum::<u64>() + nullable.div_ceil(8);
        if row <= MAX_ROW_BYTES as u64 {
            break;
        }
        let widest = out
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !in_key(&c.name))
            .filter(|(_, c)| {
                matches!(
                    c.ty,
                    L::Text {
                        max_len: Some(_),
                        ..
                    } | L::Bytes {
                        max_len: Some(_),
                        ..
                    }
                )
            })
            .max_by_key(|(_, c)| row_bytes(&c.ty))
            .map(|(i, _)| i);
        let Some(column) = widest.and_then(|i| out.columns.get_mut(i)) else {
            break;
        };
        let was = column.ty.clone();
        column.ty = match was {
            L::Text { .. } => L::Text {
                max_len: None,
                fixed: false,
            },
            _ => L::Bytes {
                max_len: None,
                fixed: false,
            },
        };
        warnings.push(format!(
            "{}.{}: {was} is created as {} so that the row fits MySQL's {MAX_ROW_BYTES}-byte row size",
            table_name,
            column.name,
            if matches!(column.ty, L::Text { .. }) { "longtext" } else { "longblob" }
        ));
    }
}

/// Bytes a column takes in an index key (utf8mb4: 4 bytes a character).
fn key_bytes(ty: &LogicalType) -> u64 {
    use LogicalType as L;
    match ty {
        L::Text {
            max_len: Some(n), ..
        } => *n as u64 * 4,
        L::Bytes {
            max_len: Some(n), ..
        } => *n as u64,
        L::Text { max_len: None, .. } | L::Bytes { max_len: None, .. } | L::Json { .. } => {
            u64::MAX / 1024
        }
        L::Decimal { precision, .. } => *precision as u64 / 2 + 2,
        L::Enum { .. } | L::Set { .. } => 8,
        _ => 8,
    }
}

/// Bytes a column counts towards MySQL's row size (TEXT/BLOB: their
/// pointer).
fn row_bytes(ty: &LogicalType) -> u64 {
    use LogicalType as L;
    match ty {
        L::Bool | L::Int8 | L::UInt8 | L::Year => 1,
        L::Int16 | L::UInt16 => 2,
        L::Int32 | L::UInt32 | L::Float32 => 4,
        L::Int64 | L::UInt64 | L::Float64 | L::Set { .. } => 8,
        L::Decimal { precision, .. } => *precision as u64 / 2 + 2,
        L::Numeric => 30,
        L::Text {
            max_len: Some(n),
            fixed: true,
        } if *n <= MAX_CHAR => *n as u64 * 4,
        L::Text {
            max_len: Some(n), ..
        } if *n <= MAX_VARCHAR => *n as u64 * 4 + 2,
        L::Bytes {
            max_len: Some(n),
            fixed: true,
        } if *n <= MAX_CHAR => *n as u64,
        L::Bytes {
            max_len: Some(n), ..
        } if *n <= MAX_VARCHAR => *n as u64 + 2,
        L::Uuid => 144,
        L::Date => 3,
        L::Time => 6,
        L::Timestamp | L::TimestampTz => 8,
        L::Enum { .. } => 2,
        _ => 12,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::catalog::{ddl::create_statements, ForeignKey, Generated};

    fn info<'a>(column_type: &'a str, data_type: &'a str) -> ColumnInfo<'a> {
        ColumnInfo {
            column_type,
            data_type,
            ..Default::default()
        }
    }

    #[test]
    fn native_types() {
        use LogicalType as L;
        assert_eq!(logical_type(&info("tinyint(1)", "tinyint")), L::Bool);
        assert_eq!(logical_type(&info("bit(1)", "bit")), L::Bool);
        assert!(matches!(
            logical_type(&info("bit(8)", "bit")),
            L::Unsupported { .. }
        ));
        assert_eq!(logical_type(&info("tinyint(4)", "tinyint")), L::Int8);
        assert_eq!(logical_type(&info("tinyint unsigned", "tinyint")), L::UInt8);
        assert_eq!(
            logical_type(&info("mediumint(8) unsigned", "mediumint")),
            L::UInt32
        );
        assert_eq!(logical_type(&info("mediumint(9)", "mediumint")), L::Int32);
        assert_eq!(
            logical_type(&info("int(10) unsigned zerofill", "int")),
            L::UInt32
        );
        assert_eq!(
            logical_type(&info("bigint(20) unsigned", "bigint")),
            L::UInt64
        );
        assert_eq!(logical_type(&info("float", "float")), L::Float32);
        assert_eq!(logical_type(&info("double", "double")), L::Float64);
        let dec = ColumnInfo {
            precision: Some(65),
            scale: Some(30),
            ..info("decimal(65,30)", "decimal")
        };
        assert_eq!(
            logical_type(&dec),
            L::Decimal {
                precision: 65,
                scale: 30
            }
        );
        let vc = ColumnInfo {
            char_len: Some(16),
            ..info("varchar(16)", "varchar")
        };
        assert_eq!(
            logical_type(&vc),
            L::Text {
                max_len: Some(16),
                fixed: false
            }
        );
        assert_eq!(
            logical_type(&info("char(3)", "char")),
            L::Text {
                max_len: Some(3),
                fixed: true
            }
        );
        assert_eq!(
            logical_type(&info("mediumtext", "mediumtext")),
            L::Text {
                max_len: None,
                fixed: false
            }
        );
        assert_eq!(
            logical_type(&info("binary(16)", "binary")),
            L::Bytes {
                max_len: Some(16),
                fixed: true
            }
        );
        assert_eq!(
            logical_type(&info("longblob", "longblob")),
            L::Bytes {
                max_len: None,
                fixed: false
            }
        );
        assert_eq!(
            logical_type(&info("timestamp(6)", "timestamp")),
            L::TimestampTz
        );
        assert_eq!(logical_type(&info("datetime(6)", "datetime")), L::Timestamp);
        assert_eq!(logical_type(&info("year(4)", "year")), L::Year);
        assert_eq!(
            logical_type(&info("json", "json")),
            L::Json { binary: false }
        );
        let maria_json = ColumnInfo {
            json_check: true,
            ..info("longtext", "longtext")
        };
        assert_eq!(logical_type(&maria_json), L::Json { binary: false });
        assert_eq!(logical_type(&info("uuid", "uuid")), L::Uuid);
        assert!(matches!(
            logical_type(&info("point", "point")),
            L::Unsupported { .. }
        ));
        assert_eq!(
            logical_type(&info("enum('a','it''s','b\\\\c')", "enum")),
            L::Enum {
                name: None,
                values: vec!["a".into(), "it's".into(), "b\\c".into()]
            }
        );
        assert_eq!(
            logical_type(&info("set('x','y,z')", "set")),
            L::Set {
                values: vec!["x".into(), "y,z".into()]
            }
        );
    }

    fn col(name: &str, ty: LogicalType) -> Column {
        Column::new(name, ty, "", true)
    }

    #[test]
    fn translates_what_mysql_has_no_type_for() {
        use LogicalType as L;
        let table = Table {
            name: "t".into(),
            columns: vec![
                Column {
                    nullable: false,
                    generated: Some(Generated::Identity {
                        sequence: Some("t_id_seq".into()),
                    }),
                    ..col("id", L::Int64)
                },
                col("at", L::TimestampTz),
                col("u", L::Uuid),
                col("n", L::Numeric),
                col(
                    "big",
                    L::Decimal {
                        precision: 70,
                        scale: 2,
                    },
                ),
            ],
            primary_key: vec!["id".into()],
            unique_keys: vec![],
            foreign_keys: vec![],
            filter: None,
            ..Default::default()
        };
        let problems = translate(&table, true).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("t.big: decimal(70,2) does not fit"),
            "{problems:?}"
        );

        let mut ok = table.clone();
        ok.columns.pop();
        let (out, warnings) = translate(&ok, true).unwrap();
        assert_eq!(out.columns[1].ty, L::Timestamp);
        assert_eq!(
            out.columns[2].ty,
            L::Text {
                max_len: Some(36),
                fixed: true
            }
        );
        assert_eq!(
            out.columns[3].ty,
            L::Decimal {
                precision: 65,
                scale: 30
            }
        );
        assert_eq!(out.columns[3].native, "decimal(65,30)");
        assert!(warnings.contains(&"t.at: timestamptz is stored as datetime(6) in UTC".to_string()));
        let sql = create_statements(&[out], &Default::default(), &PLAIN).unwrap();
        assert_eq!(
            sql.0.tables[0],
            "CREATE TABLE `t` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n  `at` datetime(6),\n  `u` char(36),\n  `n` decimal(65,30),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
        );
    }

    #[test]
    fn key_columns_fit_an_innodb_key() {
        use LogicalType as L;
        let table = Table {
            name: "c".into(),
            columns: vec![
                Column {
                    nullable: false,
                    ..col(
                        "code",
                        L::Text {
                            max_len: None,
                            fixed: false,
                        },
                    )
                },
                col(
                    "parent",
                    L::Text {
                        max_len: Some(2000),
                        fixed: false,
                    },
                ),
                col(
                    "a",
                    L::Text {
                        max_len: Some(8000),
                        fixed: false,
                    },
                ),
                col(
                    "b",
                    L::Text {
                        max_len: Some(9000),
                        fixed: false,
                    },
                ),
            ],
            primary_key: vec!["code".into()],
            unique_keys: vec![],
            foreign_keys: vec![ForeignKey {
                name: None,
                columns: vec!["parent".into()],
                ref_table: "c".into(),
                ref_columns: vec!["code".into()],
                deferrable: false,
                ..ForeignKey::default()
            }],
            filter: None,
            ..Default::default()
        };
        let (out, warnings) = translate(&table, true).unwrap();
        assert_eq!(
            out.columns[0].ty,
            L::Text {
                max_len: Some(768),
                fixed: false
            }
        );
        assert_eq!(
            out.columns[1].ty,
            L::Text {
                max_len: Some(768),
                fixed: false
            }
        );
        // varchar(8000) and varchar(9000) do not fit one row: the wider goes.
        assert_eq!(
            out.columns[2].ty,
            L::Text {
                max_len: Some(8000),
                fixed: false
            }
        );
        assert_eq!(
            out.columns[3].ty,
            L::Text {
                max_len: None,
                fixed: false
            }
        );
        assert_eq!(warnings.len(), 3, "{warnings:?}");
    }

    #[test]
    fn enum_members_are_quoted() {
        let c = col(
            "e",
            LogicalType::Enum {
                name: Some("mood".into()),
                values: vec!["it's".into(), "b\\c".into()],
            },
        );
        assert_eq!(
            PLAIN.column_type(&c, false).unwrap(),
            "enum('it''s','b\\c')"
        );
    }
}
