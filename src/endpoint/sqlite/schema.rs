//! What a SQLite table has beyond its columns and keys — indexes, CHECKs,
//! computed columns, foreign-key actions — and the file's views. SQLite
//! keeps most of it only as the text of its `CREATE` statements, so this
//! module reads that text: balanced parentheses, quoted names and strings
//! respected.

use crate::catalog::{Check, Index, IndexPart, View};

/// The text inside the parentheses opening at byte `open` of `sql`, and
/// the byte after the closing one.
fn balanced(sql: &str, open: usize) -> Option<(&str, usize)> {
    let bytes = sql.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    let mut quote: Option<u8> = None;
    while let Some(&b) = bytes.get(i) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'\'' | b'"' | b'`' => quote = Some(b),
                b'[' => quote = Some(b']'),
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return sql.get(open + 1..i).map(|inner| (inner, i + 1));
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// `sql` split at commas outside parentheses, quotes and brackets.
fn split_top(sql: &str) -> Vec<&str> {
    let bytes = sql.as_bytes();
    let (mut depth, mut start, mut quote) = (0i32, 0usize, None::<u8>);
    let mut out = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'\'' | b'"' | b'`' => quote = Some(b),
                b'[' => quote = Some(b']'),
                b'(' => depth += 1,
                b')' => depth -= 1,
                b',' if depth == 0 => {
                    out.push(sql[start..i].trim());
                    start = i + 1;
                }
                _ => {}
            },
        }
    }
    out.push(sql[start..].trim());
    out
}

/// The byte where the word `word` (any case) first stands alone in `sql`,
/// outside quotes, at or after `from`.
fn find_word(sql: &str, word: &str, from: usize) -> Option<usize> {
    let upper = sql.to_ascii_uppercase();
    let bytes = upper.as_bytes();
    let w = word.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => {
                if b == b'\'' || b == b'"' || b == b'`' {
                    quote = Some(b);
                } else if b == b'[' {
                    quote = Some(b']');
                } else if bytes.get(i..).is_some_and(|rest| rest.starts_with(w))
                    && !i
                        .checked_sub(1)
                        .and_then(|k| bytes.get(k))
                        .is_some_and(|&p| is_word(p))
                    && bytes.get(i + w.len()).is_none_or(|&n| !is_word(n))
                {
                    return Some(i);
                }
            }
        }
        i += 1;
    }
    None
}

/// `text` without its first and last characters (a quoted name's quotes).
fn inner(text: &str) -> &str {
    let mut chars = text.chars();
    chars.next();
    chars.next_back();
    chars.as_str()
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The column definitions and table constraints of a `CREATE TABLE`.
fn table_body(sql: &str) -> Vec<&str> {
    match sql.find('(').and_then(|open| balanced(sql, open)) {
        Some((body, _)) => split_top(body),
        None => Vec::new(),
    }
}

/// A name as written (`"a b"`, `[a b]`, `` `a` ``, `a`), unquoted.
fn unquote(name: &str) -> String {
    let n = name.trim();
    for (open, close) in [('"', '"'), ('`', '`'), ('[', ']'), ('\'', '\'')] {
        if let Some(inner) = n.strip_prefix(open).and_then(|s| s.strip_suffix(close)) {
            return inner.replace(&format!("{close}{close}"), &close.to_string());
        }
    }
    n.to_string()
}

/// The first name of a definition (`"Order ID" INTEGER …` → `Order ID`).
fn leading_name(part: &str) -> String {
    let p = part.trim_start();
    let end = match p.chars().next() {
        Some(q @ ('"' | '`' | '[')) => {
            let close = if q == '[' { ']' } else { q };
            p[1..].find(close).map(|e| e + 2).unwrap_or(p.len())
        }
        _ => p
            .find(|c: char| c.is_whitespace() || c == '(')
            .unwrap_or(p.len()),
    };
    unquote(&p[..end])
}

/// Every CHECK of a `CREATE TABLE`, table-level or on a column, with its
/// `CONSTRAINT name` when it has one.
pub fn checks(sql: &str) -> Vec<Check> {
    let mut out = Vec::new();
    for part in table_body(sql) {
        let mut from = 0;
        while let Some(at) = find_word(part, "CHECK", from) {
            let Some(open) = part[at..].find('(').map(|o| at + o) else {
                break;
            };
            let Some((expression, end)) = balanced(part, open) else {
                break;
            };
            let before = part[..at].trim_end();
            let name = find_word(before, "CONSTRAINT", 0)
                .map(|c| before[c + "CONSTRAINT".len()..].trim())
                .filter(|n| !n.is_empty() && !n.contains(char::is_whitespace) || n.starts_with('"'))
                .map(unquote);
            out.push(Check {
                name,
                expression: expression.trim().to_string(),
                dialect: "sqlite".into(),
            });
            from = end;
        }
    }
    out
}

/// The expression of the computed column `column` (`… AS (expr) …`).
pub fn computed_expression(sql: &str, column: &str) -> Option<String> {
    let part = table_body(sql)
        .into_iter()
        .find(|p| leading_name(p).eq_ignore_ascii_case(column))?;
    let at = find_word(part, "AS", 0)?;
    let open = at + part[at..].find('(')?;
    balanced(part, open).map(|(e, _)| e.trim().to_string())
}

/// An index's key parts and predicate from its `CREATE INDEX`.
pub fn index(name: &str, unique: bool, sql: &str) -> Option<Index> {
    let on = find_word(sql, "ON", 0)?;
    let open = on + sql[on..].find('(')?;
    let (body, end) = balanced(sql, open)?;
    let parts = split_top(body)
        .into_iter()
        .map(|p| {
            let mut text = p.trim().to_string();
            let mut descending = false;
            for (suffix, desc) in [(" DESC", true), (" ASC", false)] {
                if text.to_ascii_uppercase().ends_with(suffix) {
                    text.truncate(text.len() - suffix.len());
                    descending = desc;
                }
            }
            if let Some(c) = find_word(&text, "COLLATE", 0) {
                text.truncate(c);
            }
            let text = text.trim();
            let plain = text.chars().all(|c| c.is_alphanumeric() || c == '_')
                || (text.len() > 1
                    && matches!(text.as_bytes().first(), Some(b'"' | b'`' | b'['))
                    && split_top(text).len() == 1
                    && !inner(text).contains(['(', ')']));
            if plain {
                IndexPart::Column {
                    name: unquote(text),
                    descending,
                    prefix: None,
                }
            } else {
                IndexPart::Expression(text.to_string())
            }
        })
        .collect();
    let rest = sql[end..].trim();
    let predicate =
        find_word(rest, "WHERE", 0).map(|w| rest[w + "WHERE".len()..].trim().to_string());
    Some(Index {
        name: name.to_string(),
        unique,
        parts,
        predicate,
        method: None,
        dialect: "sqlite".into(),
        definition: Some(sql.to_string()),
    })
}

/// A view from its `CREATE VIEW … AS SELECT …`.
pub fn view(name: &str, sql: &str) -> Option<View> {
    let at = find_word(sql, "AS", 0)?;
    Some(View {
        name: name.to_string(),
        definition: sql[at + 2..].trim().trim_end_matches(';').to_string(),
        dialect: "sqlite".into(),
        materialized: false,
        depends_on: Vec::new(),
        functions: Vec::new(),
        statement: Some(sql.to_string()),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_create_statements() {
        let table = r#"CREATE TABLE "order lines" (
            id INTEGER PRIMARY KEY,
            qty INTEGER NOT NULL CHECK (qty > 0),
            price NUMERIC CONSTRAINT price_positive CHECK ("price" >= 0),
            total REAL GENERATED ALWAYS AS (qty * price) STORED,
            note TEXT DEFAULT 'a, (b)',
            CONSTRAINT sane CHECK (qty < 1000 OR note = 'bulk')
        )"#;
        let c = checks(table);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].expression, "qty > 0");
        assert_eq!(c[1].name.as_deref(), Some("price_positive"));
        assert_eq!(c[2].name.as_deref(), Some("sane"));
        assert_eq!(c[2].expression, "qty < 1000 OR note = 'bulk'");
        assert_eq!(
            computed_expression(table, "total").as_deref(),
            Some("qty * price")
        );
        let i = index(
            "by_note",
            false,
            r#"CREATE INDEX by_note ON "order lines" (lower(note), qty DESC, "price" COLLATE NOCASE) WHERE qty > 1"#,
        )
        .unwrap();
        assert_eq!(
            i.parts,
            vec![
                IndexPart::Expression("lower(note)".into()),
                IndexPart::Column {
                    name: "qty".into(),
                    descending: true,
                    prefix: None
                },
                IndexPart::Column {
                    name: "price".into(),
                    descending: false,
                    prefix: None
                },
            ]
        );
        assert_eq!(i.predicate.as_deref(), Some("qty > 1"));
        let v = view(
            "big",
            "CREATE VIEW big AS SELECT * FROM \"order lines\" WHERE qty > 10",
        )
        .unwrap();
        assert_eq!(v.definition, "SELECT * FROM \"order lines\" WHERE qty > 10");
    }

    #[test]
    fn an_expression_ending_in_a_multibyte_character_is_one() {
        let i = index("i", false, r#"CREATE INDEX i ON t("a"+é)"#).unwrap();
        assert_eq!(i.parts.len(), 1);
    }
}
