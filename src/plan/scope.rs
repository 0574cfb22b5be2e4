//! Row scopes: `[select.where]` filters, and child tables scoped by their
//! scoped parents so a filter is written once.

use super::rules::Reference;
use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use std::collections::BTreeMap;

/// Sets each table's filter: its own `[select.where]`, else the rows whose
/// references to scoped parents are NULL or point into the parent's scope.
/// `tables` are in foreign-key order, parents first; a parent later in the
/// order (a cycle) does not scope its child.
///
/// # Errors
/// `[select.where]` entries naming a table that is not selected.
pub fn apply(
    tables: &mut [Table],
    wheres: &BTreeMap<String, String>,
    refs: &[Reference],
    flavor: Flavor,
) -> Result<(), Vec<String>> {
    let problems: Vec<String> = wheres
        .keys()
        .filter(|w| !tables.iter().any(|t| t.name.eq_ignore_ascii_case(w)))
        .map(|w| format!("[select.where] names {w}, which is not a selected table"))
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    for i in 0..tables.len() {
        // The tables before this one, and this one.
        let Some((before, rest)) = tables.split_at_mut_checked(i) else {
            break;
        };
        let Some((table, _)) = rest.split_first_mut() else {
            break;
        };
        let own = wheres
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(&table.name))
            .map(|(_, f)| f.clone());
        let filter = own.or_else(|| {
            let name = table.name.clone();
            let conditions: Vec<String> = refs
                .iter()
                .filter(|r| r.table == name && r.parent != name)
                .filter_map(|r| {
                    let parent = before.iter().find(|t| t.name == r.parent)?;
                    let parent_filter = parent.filter.as_ref()?;
                    // A reference held in a column of another type (an id in
                    // a text column) cannot be compared in every engine's SQL.
                    let same_types = r.columns.iter().zip(&r.parent_columns).all(|(c, p)| {
                        match (table.column_like(c), parent.column_like(p)) {
                            (Some(c), Some(p)) => c.ty.family() == p.ty.family(),
                            _ => false,
                        }
                    });
                    if !same_types {
                        return None;
                    }
                    Some(condition(flavor, &name, r, parent_filter))
                })
                .collect();
            (!conditions.is_empty()).then(|| conditions.join(" AND "))
        });
        table.filter = filter;
    }
    Ok(())
}

/// `(child.a IS NULL OR child.a IN (SELECT p.x FROM parent WHERE …))`
fn condition(flavor: Flavor, table: &str, r: &Reference, parent_filter: &str) -> String {
    let q = |c: &str| format!("{}.{}", flavor.quote(table), flavor.quote(c));
    let nulls: Vec<String> = r
        .columns
        .iter()
        .map(|c| format!("{} IS NULL", q(c)))
        .collect();
    let cols: Vec<String> = r.columns.iter().map(|c| q(c)).collect();
    let refd: Vec<String> = r.parent_columns.iter().map(|c| flavor.quote(c)).collect();
    let lhs = match cols.as_slice() {
        [one] => one.clone(),
        _ => format!("({})", cols.join(", ")),
    };
    format!(
        "({} OR {lhs} IN (SELECT {} FROM {} WHERE {parent_filter}))",
        nulls.join(" OR "),
        refd.join(", "),
        flavor.quote(&r.parent)
    )
}

/// A `[select.where]` filter, written in the source's SQL, in the target's:
/// quoted identifiers re-quoted (`"appId"` → `` `appId` ``), bare names of
/// the table's columns quoted as the target spells them (PostgreSQL folds a
/// bare `appId` to `appid`), string literals in the target's quoting
/// (MySQL's `"crm"` is a string); everything else — operators, numbers,
/// functions — as written. A filter that needs more than that is given in
/// the target's SQL as `[select.target_where]`.
pub fn translate(filter: &str, from: Flavor, to: Flavor, columns: &[String]) -> String {
    let (source, mut out) = (from.name(), String::with_capacity(filter.len() + 8));
    let column = |name: &str| {
        let spelt = columns
            .iter()
            .find(|c| c.eq_ignore_ascii_case(name))
            .map_or(name, |c| c.as_str());
        to.quote(spelt)
    };
    let chars: Vec<char> = filter.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let closing = match c {
            '\'' => Some('\''),
            '"' => Some('"'),
            '`' if source != "postgres" => Some('`'),
            '[' if source == "sqlite" => Some(']'),
            _ => None,
        };
        if let Some(close) = closing {
            let (content, next) = quoted(&chars, i + 1, close);
            let is_string = c == '\'' || (c == '"' && source == "mysql");
            out.push_str(&match is_string {
                true => to.string_literal(&content),
                false => column(&content),
            });
            i = next;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|x| x.is_alphanumeric() || *x == '_' || *x == '$')
            {
                i += 1;
            }
            let word: String = chars.get(start..i).unwrap_or_default().iter().collect();
            let call = chars.iter().skip(i).find(|c| !c.is_whitespace()) == Some(&'(');
            let is_column = columns.iter().any(|col| col.eq_ignore_ascii_case(&word));
            match is_column && !call {
                true => out.push_str(&column(&word)),
                false => out.push_str(&word),
            }
        } else if c.is_ascii_digit() {
            // A number, with any letters in it (`1e5`), as written.
            while let Some(&x) = chars.get(i).filter(|x| x.is_alphanumeric() || **x == '.') {
                out.push(x);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The content of a quoted token starting at `from` (after the opening
/// quote) and where the text goes on: a doubled quote is one quote (ferry's
/// MySQL sessions run with `NO_BACKSLASH_ESCAPES`, so a backslash is
/// itself everywhere).
fn quoted(chars: &[char], from: usize, close: char) -> (String, usize) {
    let mut content = String::new();
    let mut i = from;
    while let Some(&c) = chars.get(i) {
        if c == close && chars.get(i + 1) == Some(&close) && close != ']' {
            content.push(close);
            i += 2;
        } else if c == close {
            return (content, i + 1);
        } else {
            content.push(c);
            i += 1;
        }
    }
    (content, i)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::endpoint::sql;
    use crate::endpoint::Engine;

    fn t(filter: &str, from: Engine, to: Engine) -> String {
        let columns = [
            "appId".to_string(),
            "appVersion".to_string(),
            "name".to_string(),
        ];
        translate(
            filter,
            sql::of(from).unwrap(),
            sql::of(to).unwrap(),
            &columns,
        )
    }

    #[test]
    fn identifiers_and_strings_take_the_targets_quotes() {
        assert_eq!(
            t(r#""appId" = 'crm'"#, Engine::Postgres, Engine::MySql),
            "`appId` = 'crm'"
        );
        assert_eq!(
            t("appId = 'crm'", Engine::Sqlite, Engine::Postgres),
            r#""appId" = 'crm'"#
        );
        assert_eq!(
            t(r#"`appId` = "crm""#, Engine::MySql, Engine::Postgres),
            r#""appId" = 'crm'"#
        );
        assert_eq!(
            t("[appId] = 'it''s'", Engine::Sqlite, Engine::MySql),
            "`appId` = 'it''s'"
        );
        assert_eq!(
            t(
                "appversion >= 2 AND lower(name) LIKE 'c%'",
                Engine::Postgres,
                Engine::Sqlite
            ),
            r#""appVersion" >= 2 AND lower("name") LIKE 'c%'"#
        );
        assert_eq!(
            t(
                "appId IN ('a', 'b') OR 1e3 > 2",
                Engine::Sqlite,
                Engine::Sqlite
            ),
            r#""appId" IN ('a', 'b') OR 1e3 > 2"#
        );
    }
}
