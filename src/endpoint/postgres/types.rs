//! PostgreSQL types ⇄ logical types, and its `CREATE TABLE` dialect.

use crate::catalog::create::portable_index;
use crate::catalog::expr::Kind;
use crate::catalog::{
    ddl::Dialect, Column, Computed, Index, LogicalType, NativeFamily, Sequence, Table, View,
};

/// A column's base type (a domain's, for a domain) as `pg_type` and
/// `format_type` describe it.
pub struct PgType<'a> {
    pub typname: &'a str,
    pub typmod: i32,
    pub typtype: &'a str,
    pub category: &'a str,
    /// `format_type` of the base type: `text[]`, `character varying(20)`.
    pub spelled: &'a str,
}

/// Maps a base type. Types without a logical equivalent become
/// [`LogicalType::PgNative`], by family.
pub fn logical_type(t: &PgType<'_>, labels: Option<Vec<String>>) -> LogicalType {
    use LogicalType as L;
    let native = |family: NativeFamily| L::PgNative {
        name: t.spelled.to_string(),
        family,
    };
    if t.category == "A" {
        return native(NativeFamily::Array);
    }
    match t.typtype {
        "e" => {
            return L::Enum {
                name: Some(t.typname.to_string()),
                values: labels.unwrap_or_default(),
            }
        }
        "r" | "m" => return native(NativeFamily::Range),
        "c" => return native(NativeFamily::Composite),
        _ => {}
    }
    let typmod = t.typmod;
    let len = (typmod >= 4).then(|| (typmod - 4) as u32);
    match t.typname {
        "bool" => L::Bool,
        "int2" => L::Int16,
        "int4" => L::Int32,
        "int8" => L::Int64,
        "float4" => L::Float32,
        "float8" => L::Float64,
        "numeric" if typmod >= 4 => {
            let precision = (((typmod - 4) >> 16) & 0xffff) as u32;
            let scale = (typmod - 4) & 0x7ff;
            let scale = if scale > 1000 { scale - 2048 } else { scale };
            if precision <= 76 && (0..=precision as i32).contains(&scale) {
                L::Decimal {
                    precision: precision as u8,
                    scale: scale as i8,
                }
            } else {
                L::Numeric
            }
        }
        "numeric" => L::Numeric,
        "text" => L::Text {
            max_len: None,
            fixed: false,
        },
        "varchar" => L::Text {
            max_len: len,
            fixed: false,
        },
        "bpchar" => L::Text {
            max_len: len.or(Some(1)),
            fixed: true,
        },
        "name" => L::Text {
            max_len: Some(63),
            fixed: false,
        },
        "bytea" => L::Bytes {
            max_len: None,
            fixed: false,
        },
        "date" => L::Date,
        "time" => L::Time,
        "timestamp" => L::Timestamp,
        "timestamptz" => L::TimestampTz,
        "uuid" => L::Uuid,
        "json" => L::Json { binary: false },
        "jsonb" => L::Json { binary: true },
        "tsvector" | "tsquery" => native(NativeFamily::Tsvector),
        "interval" => native(NativeFamily::Interval),
        "inet" | "cidr" => native(NativeFamily::Inet),
        "macaddr" | "macaddr8" => native(NativeFamily::Macaddr),
        "money" => native(NativeFamily::Money),
        "bit" | "varbit" => native(NativeFamily::Bit),
        "xml" => native(NativeFamily::Xml),
        "timetz" => native(NativeFamily::Timetz),
        "point" | "line" | "lseg" | "box" | "path" | "polygon" | "circle" => {
            native(NativeFamily::Geometric)
        }
        "citext" => native(NativeFamily::Citext),
        _ => native(NativeFamily::Other),
    }
}

/// The logical types a created PostgreSQL table holds for a source table's
/// types: PostgreSQL has no unsigned or 1-byte integers, sets or years.
pub fn native_equivalent(ty: &LogicalType) -> LogicalType {
    use LogicalType as L;
    match ty {
        L::Int8 | L::UInt8 | L::Year => L::Int16,
        L::UInt16 => L::Int32,
        L::UInt32 => L::Int64,
        L::UInt64 => L::Decimal {
            precision: 20,
            scale: 0,
        },
        L::Set { .. } => L::Text {
            max_len: None,
            fixed: false,
        },
        L::Bytes { .. } => L::Bytes {
            max_len: None,
            fixed: false,
        },
        L::Text {
            max_len: Some(n), ..
        } if *n > 10_485_760 => L::Text {
            max_len: None,
            fixed: false,
        },
        other => other.clone(),
    }
}

/// The enum type name a created column uses.
pub fn enum_type_name(column: &Column) -> String {
    match &column.ty {
        LogicalType::Enum { name: Some(n), .. } => n.clone(),
        _ => format!("{}_enum", column.name),
    }
}

/// An identifier in double quotes.
pub fn quote_ident(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// PostgreSQL's spelling. `schemas`: the schemas besides the current one
/// the run reads, whose tables ferry names `schema.table`.
#[derive(Debug, Clone, Default)]
pub struct PgDialect {
    pub schemas: Vec<String>,
}

impl PgDialect {
    pub fn quote_ident(&self, ident: &str) -> String {
        quote_ident(ident)
    }

    /// A table as ferry names it: `sales.region` (a schema the run reads)
    /// as `"sales"."region"`, anything else as one identifier.
    pub fn quote_table(&self, name: &str) -> String {
        match name.split_once('.') {
            Some((schema, table)) if self.schemas.iter().any(|s| s == schema) => {
                format!("{}.{}", quote_ident(schema), quote_ident(table))
            }
            _ => quote_ident(name),
        }
    }
}

impl Dialect for PgDialect {
    fn watermark_floor(&self, value: &str, ty: &LogicalType, lag: i64) -> String {
        if let Some(n) = crate::catalog::ddl::integer_floor(value, lag) {
            return n;
        }
        let cast = format!(
            "CAST({} AS {})",
            self.string_literal(value),
            temporal_name(ty)
        );
        match lag {
            0 => cast,
            _ => format!("({cast} - INTERVAL '{lag} seconds')"),
        }
    }

    fn clock(&self, ty: &LogicalType, _sample: &str) -> Option<String> {
        // The transaction's start: the consistent read's own moment.
        match ty {
            LogicalType::Date => Some("CURRENT_DATE".into()),
            LogicalType::Timestamp => Some("LOCALTIMESTAMP".into()),
            LogicalType::TimestampTz => Some("CURRENT_TIMESTAMP".into()),
            _ => None,
        }
    }

    fn dyn_self(&self) -> &dyn Dialect {
        self
    }

    fn name(&self) -> &'static str {
        "postgres"
    }

    fn quote(&self, ident: &str) -> String {
        self.quote_ident(ident)
    }

    fn join_key_parts(&self, parts: &[String]) -> String {
        parts.join(" || chr(31) || ")
    }

    fn same(&self, a: &str, b: &str) -> String {
        format!("{a} IS NOT DISTINCT FROM {b}")
    }

    fn same_value(&self, a: &str, b: &str, ty: &LogicalType) -> String {
        // json (not jsonb) has no equality operator.
        if matches!(ty, LogicalType::Json { binary: false }) {
            self.same(&self.text(a), &self.text(b))
        } else {
            self.same(a, b)
        }
    }

    fn create_temporary(&self, name: &str, select: &str, key: &[String]) -> Vec<String> {
        let mut statements = vec![format!(
            "CREATE TEMPORARY TABLE {} ON COMMIT DROP AS {select}",
            self.quote(name)
        )];
        if !key.is_empty() {
            statements.push(format!(
                "CREATE INDEX ON {} ({})",
                self.quote(name),
                self.column_list(key)
            ));
        }
        statements
    }

    fn database_identity(&self) -> Option<&'static str> {
        // Readable by any role, unlike pg_control_system()'s identifier.
        Some(
            "SELECT pg_postmaster_start_time()::text || ' ' || current_setting('port') || ' ' || \
             (SELECT oid FROM pg_database WHERE datname = current_database())::text",
        )
    }

    fn table_names_fold_case(&self) -> bool {
        false
    }

    fn identifier_too_long(&self, name: &str) -> Option<&'static str> {
        // NAMEDATALEN - 1.
        (name.len() > 63).then_some("63 bytes")
    }

    fn image_key(&self) -> crate::catalog::ddl::ImageKey {
        crate::catalog::ddl::ImageKey::IndexAfterRows
    }

    fn current_transaction(&self) -> Option<&'static str> {
        // xmin is the 32-bit xid; txid_current() counts the epochs too.
        Some("SELECT (txid_current() % 4294967296)::bigint")
    }

    fn row_transaction(&self, alias: &str) -> Option<String> {
        Some(format!("{alias}.xmin::text::bigint"))
    }

    fn overriding_identity(&self) -> &'static str {
        " OVERRIDING SYSTEM VALUE"
    }

    fn identity_reset(&self, table: &str, column: &str, next: i64) -> Vec<String> {
        // is_called = true leaves pg_sequence_last_value set, which the
        // commit's advance past the written ids compares with.
        let (value, called) = match next > 1 {
            true => (next - 1, "true"),
            false => (1, "false"),
        };
        vec![format!(
            "SELECT setval(pg_get_serial_sequence({}, {}), {value}, {called})",
            self.string_literal(&self.quote_table(table)),
            self.string_literal(column)
        )]
    }

    fn drop_temporary(&self, _name: &str) -> Option<String> {
        None // ON COMMIT DROP
    }

    fn index_joins(&self) -> Vec<String> {
        vec![
            "SET LOCAL enable_hashjoin = off".into(),
            "SET LOCAL enable_mergejoin = off".into(),
        ]
    }

    fn analyze_temporary(&self, name: &str) -> Option<String> {
        Some(format!("ANALYZE {}", self.quote(name)))
    }

    fn quote_table(&self, name: &str) -> String {
        PgDialect::quote_table(self, name)
    }

    fn column_type(&self, column: &Column, _in_single_pk: bool) -> Result<String, String> {
        use LogicalType as L;
        Ok(match native_equivalent(&column.ty) {
            L::Bool => "boolean".into(),
            L::Int16 => "smallint".into(),
            L::Int32 => "integer".into(),
            L::Int64 => "bigint".into(),
            L::Float32 => "real".into(),
            L::Float64 => "double precision".into(),
            L::Decimal { precision, scale } => format!("numeric({precision},{scale})"),
            L::Numeric => "numeric".into(),
            L::Text {
                max_len: Some(n),
                fixed: false,
            } => format!("varchar({n})"),
            L::Text {
                max_len: Some(n),
                fixed: true,
            } => format!("char({n})"),
            L::Text { max_len: None, .. } => "text".into(),
            L::Bytes { .. } => "bytea".into(),
            L::Date => "date".into(),
            L::Time => "time".into(),
            L::Timestamp => "timestamp".into(),
            L::TimestampTz => "timestamptz".into(),
            L::Uuid => "uuid".into(),
            L::Json { binary: false } => "json".into(),
            L::Json { binary: true } => "jsonb".into(),
            L::Enum { .. } => self.quote_ident(&enum_type_name(column)),
            // The target must have the type (an extension's, an enum an
            // array holds): preflight checks it exists.
            L::PgNative { name, .. } => name,
            L::Unsupported { native, why } => return Err(format!("{native}: {why}")),
            other => return Err(format!("no PostgreSQL type for {other}")),
        })
    }

    fn identity_suffix(&self, column: &Column, _in_single_pk: bool) -> Option<String> {
        native_equivalent(&column.ty)
            .is_integer()
            .then(|| "GENERATED BY DEFAULT AS IDENTITY".to_string())
    }

    /// PostgreSQL's own statement for its own index (operator classes,
    /// INCLUDE columns and storage parameters with it); another engine's
    /// from its parts, `USING hash` kept.
    fn index(&self, table: &Table, index: &Index) -> Result<String, String> {
        if let (Some(definition), "postgres") = (&index.definition, index.dialect.as_str()) {
            return Ok(definition.clone());
        }
        let hash = index
            .method
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case("hash"));
        let portable = Index {
            method: None,
            ..index.clone()
        };
        let sql = portable_index(self, table, &portable)?;
        if hash {
            let on = format!(" ON {} ", PgDialect::quote_table(self, &table.name));
            return Ok(sql.replacen(&on, &format!("{on}USING hash "), 1));
        }
        if index
            .method
            .as_deref()
            .is_some_and(|m| !m.eq_ignore_ascii_case("btree"))
        {
            return portable_index(self, table, index);
        }
        Ok(sql)
    }

    fn comments(&self, table: &Table) -> Result<Vec<String>, String> {
        let t = PgDialect::quote_table(self, &table.name);
        let mut out = Vec::new();
        if let Some(c) = &table.comment {
            out.push(format!(
                "COMMENT ON TABLE {t} IS {}",
                self.string_literal(c)
            ));
        }
        for column in &table.columns {
            if let Some(c) = &column.comment {
                out.push(format!(
                    "COMMENT ON COLUMN {t}.{} IS {}",
                    self.quote_ident(&column.name),
                    self.string_literal(c)
                ));
            }
        }
        Ok(out)
    }

    /// PostgreSQL computes stored columns only (before version 18): a
    /// virtual one of another engine is stored, with the same values.
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
            "{} {ty} GENERATED ALWAYS AS ({expression}) STORED",
            self.quote_ident(&column.name)
        ))
    }

    fn view(&self, view: &View) -> Result<String, String> {
        let query = self.expression(&view.definition, &view.dialect, Kind::View)?;
        Ok(format!(
            "CREATE {}VIEW {} AS {query}",
            if view.materialized {
                "MATERIALIZED "
            } else {
                ""
            },
            PgDialect::quote_table(self, &view.name)
        ))
    }

    fn sequence(&self, s: &Sequence) -> Result<Vec<String>, String> {
        let name = PgDialect::quote_table(self, &s.name);
        let mut out = vec![format!(
            "CREATE SEQUENCE {name} AS {} START WITH {} INCREMENT BY {} MINVALUE {} MAXVALUE {} {}",
            s.data_type,
            s.start,
            s.increment,
            s.min,
            s.max,
            if s.cycle { "CYCLE" } else { "NO CYCLE" }
        )];
        if let Some(last) = s.last_value {
            out.push(format!(
                "SELECT setval({}, {last}, true)",
                self.string_literal(&name)
            ));
        }
        Ok(out)
    }
}

/// The type a cursor's watermark is cast back to.
fn temporal_name(ty: &LogicalType) -> &'static str {
    match ty {
        LogicalType::Date => "date",
        LogicalType::TimestampTz => "timestamptz",
        _ => "timestamp",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn numeric_typmods() {
        // numeric(12,2): ((12 << 16) | 2) + 4
        let t = |typname, typmod, category| PgType {
            typname,
            typmod,
            typtype: "b",
            category,
            spelled: "x",
        };
        assert_eq!(
            logical_type(&t("numeric", (12 << 16 | 2) + 4, "N"), None),
            LogicalType::Decimal {
                precision: 12,
                scale: 2
            }
        );
        assert_eq!(
            logical_type(&t("numeric", -1, "N"), None),
            LogicalType::Numeric
        );
        assert_eq!(
            logical_type(&t("varchar", 20, "S"), None),
            LogicalType::Text {
                max_len: Some(16),
                fixed: false
            }
        );
        assert_eq!(
            logical_type(&t("_int4", -1, "A"), None),
            LogicalType::PgNative {
                name: "x".into(),
                family: NativeFamily::Array
            }
        );
    }
}
