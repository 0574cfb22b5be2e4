//! Translation of SQL expressions (CHECK conditions, partial-index
//! predicates, index expressions, computed columns, simple views) from one
//! engine's dialect into another's — for the portable subset only, so that
//! what is created means exactly what the source meant.
//!
//! The portable subset: identifiers (re-quoted for the target), string and
//! number literals, comparison and arithmetic operators, `AND`/`OR`/`NOT`,
//! `IS [NOT] NULL`, `[NOT] IN (…)`, `BETWEEN`, `LIKE`, `CASE`, parentheses,
//! and the functions every engine has with the same meaning ([`FUNCTIONS`]).
//! PostgreSQL's own spellings are normalised first: `::type` casts are
//! dropped (the engines compare the values the same way without them),
//! `= ANY (ARRAY[…])` becomes `IN (…)`, `<> ALL (ARRAY[…])` `NOT IN (…)`,
//! `~~` `LIKE`. Anything else — another function, an operator only one
//! engine has, a subquery — is refused with the reason, for the plan to list.

/// Functions with the same meaning everywhere, by name on each engine:
/// `(portable name, PostgreSQL, MySQL, SQLite)`.
pub const FUNCTIONS: &[(&str, &str, &str, &str)] = &[
    ("lower", "lower", "lower", "lower"),
    ("upper", "upper", "upper", "upper"),
    ("abs", "abs", "abs", "abs"),
    ("coalesce", "coalesce", "coalesce", "coalesce"),
    ("nullif", "nullif", "nullif", "nullif"),
    // Characters, not bytes, on each.
    ("char_length", "length", "char_length", "length"),
    // MariaDB reports lower() and upper() as lcase() and ucase().
    ("lower", "lower", "lcase", "lower"),
    ("upper", "upper", "ucase", "upper"),
];

/// Words that keep their meaning in every engine.
const KEYWORDS: &[&str] = &[
    "AND", "OR", "NOT", "IS", "NULL", "IN", "BETWEEN", "LIKE", "TRUE", "FALSE", "CASE", "WHEN",
    "THEN", "ELSE", "END", "ESCAPE",
];

/// Words a simple view may use besides [`KEYWORDS`].
const VIEW_KEYWORDS: &[&str] = &[
    "SELECT", "FROM", "WHERE", "AS", "JOIN", "INNER", "LEFT", "RIGHT", "OUTER", "CROSS", "ON",
    "GROUP", "BY", "ORDER", "ASC", "DESC", "HAVING", "DISTINCT", "UNION", "ALL",
];

/// Aggregates a simple view may use.
const AGGREGATES: &[&str] = &["count", "sum", "min", "max", "avg"];

/// A domain's CHECK (`VALUE >= 0`) as a column's: every `VALUE` outside
/// strings and quoted names replaced by `column` (already quoted).
pub fn replace_value(sql: &str, column: &str) -> String {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '\'' || c == '"' {
            let start = i;
            i += 1;
            while let Some(&x) = chars.get(i) {
                if x == c && chars.get(i + 1) != Some(&c) {
                    break;
                }
                i += if x == c { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
            out.extend(span(&chars, start, i));
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|x| x.is_alphanumeric() || *x == '_')
            {
                i += 1;
            }
            let word: String = span(&chars, start, i).iter().collect();
            if word.eq_ignore_ascii_case("VALUE") {
                out.push_str(column);
            } else {
                out.push_str(&word);
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `chars[start..end]`, or nothing when the range is outside `chars`
/// (the scanners only ask for ranges they have walked).
fn span(chars: &[char], start: usize, end: usize) -> &[char] {
    chars.get(start..end).unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
    Str(String),
    Number(String),
    Symbol(String),
}

/// What the expression is: a condition or value, or a whole view's query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Expression,
    View,
}

/// `sql`, in the dialect `from` (`postgres`, `mysql`, `sqlite`), as the
/// dialect `to` spells it; `quote` quotes an identifier for `to`.
///
/// # Errors
/// Why the expression has no faithful translation (the word or operator
/// that has none), for the plan's list of what was not carried.
pub fn translate(
    sql: &str,
    from: &str,
    to: &str,
    kind: Kind,
    quote: &dyn Fn(&str) -> String,
) -> Result<String, String> {
    let tokens = normalise(tokenize(sql)?, from);
    let mut out = String::new();
    let mut previous: Option<&Token> = None;
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let text = match token {
            Token::Quoted(name) => quote(name),
            Token::Str(s) => format!("'{}'", s.replace('\'', "''")),
            Token::Number(n) => n.clone(),
            Token::Symbol(s) => symbol(s, to)?,
            Token::Word(w) => word(w, next, from, to, kind, quote)?,
        };
        if needs_space(previous, token) {
            out.push(' ');
        }
        out.push_str(&text);
        previous = Some(token);
    }
    Ok(out)
}

fn needs_space(previous: Option<&Token>, token: &Token) -> bool {
    match (previous, token) {
        (None, _) => false,
        (Some(Token::Symbol(p)), _) if p == "(" || p == "." => false,
        (_, Token::Symbol(s)) if s == ")" || s == "," || s == "." => false,
        // A function's parenthesis, not a keyword's (`IN (`, `WHERE (`).
        (Some(Token::Word(w)), Token::Symbol(s)) if s == "(" => {
            let upper = w.to_ascii_uppercase();
            KEYWORDS.contains(&upper.as_str()) || VIEW_KEYWORDS.contains(&upper.as_str())
        }
        _ => true,
    }
}

fn symbol(s: &str, to: &str) -> Result<String, String> {
    Ok(match s {
        // MySQL reads `||` as OR unless its session says otherwise.
        "||" if to == "mysql" => return Err("uses ||, which MySQL reads as OR".into()),
        "!=" => "<>".into(),
        "=" | "<>" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%" | "(" | ")" | ","
        | "." | "||" => s.to_string(),
        other => {
            return Err(format!(
                "uses the operator {other}, which ferry does not translate"
            ))
        }
    })
}

fn word(
    w: &str,
    next: Option<&Token>,
    from: &str,
    to: &str,
    kind: Kind,
    quote: &dyn Fn(&str) -> String,
) -> Result<String, String> {
    let upper = w.to_ascii_uppercase();
    let call = matches!(next, Some(Token::Symbol(s)) if s == "(");
    if call {
        let lower = w.to_ascii_lowercase();
        if let Some(f) = FUNCTIONS.iter().find(|f| name_on(f, from) == lower) {
            return Ok(name_on(f, to).to_string());
        }
        if kind == Kind::View && AGGREGATES.contains(&lower.as_str()) {
            return Ok(lower);
        }
        if KEYWORDS.contains(&upper.as_str()) || VIEW_KEYWORDS.contains(&upper.as_str()) {
            return Ok(upper);
        }
        return Err(format!(
            "uses the function {w}(), which ferry does not translate"
        ));
    }
    if KEYWORDS.contains(&upper.as_str())
        || (kind == Kind::View && VIEW_KEYWORDS.contains(&upper.as_str()))
    {
        return Ok(upper);
    }
    if is_reserved(&upper) {
        return Err(format!("uses {upper}, which ferry does not translate"));
    }
    Ok(quote(w))
}

fn name_on<'a>(f: &'a (&str, &str, &str, &str), engine: &str) -> &'a str {
    match engine {
        "postgres" => f.1,
        "mysql" => f.2,
        "sqlite" => f.3,
        _ => f.0,
    }
}

/// Words that are SQL of their own, not column names: refused rather than
/// quoted as an identifier.
fn is_reserved(upper: &str) -> bool {
    matches!(
        upper,
        "SELECT"
            | "FROM"
            | "WHERE"
            | "EXISTS"
            | "ANY"
            | "ALL"
            | "ARRAY"
            | "CAST"
            | "INTERVAL"
            | "COLLATE"
            | "SIMILAR"
            | "ILIKE"
            | "REGEXP"
            | "RLIKE"
            | "GLOB"
            | "MATCH"
            | "CURRENT_DATE"
            | "CURRENT_TIME"
            | "CURRENT_TIMESTAMP"
            | "NOW"
            | "BINARY"
            | "DISTINCT"
            | "ESCAPE"
            | "OVER"
            | "FILTER"
            | "WITH"
            | "UNION"
            | "ORDER"
            | "GROUP"
            | "LIMIT"
            | "JOIN"
            | "ON"
            | "AS"
            | "USING"
            | "LATERAL"
            | "VALUES"
    )
}

/// PostgreSQL's decorations removed: casts, `= ANY (ARRAY[…])`, `~~`.
fn normalise(tokens: Vec<Token>, from: &str) -> Vec<Token> {
    if from != "postgres" {
        return tokens;
    }
    let tokens = drop_casts(tokens);
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let sym = |k: usize, s: &str| matches!(tokens.get(k), Some(Token::Symbol(x)) if x == s);
        let kw = |k: usize, s: &str| matches!(tokens.get(k), Some(Token::Word(x)) if x.eq_ignore_ascii_case(s));
        // `= ANY (ARRAY[a, b])` / `<> ALL (ARRAY[a, b])` → `[NOT] IN (a, b)`
        // (with the array in parentheses of its own once a cast is gone).
        let any = sym(i, "=") && kw(i + 1, "ANY");
        let all = sym(i, "<>") && kw(i + 1, "ALL");
        let open = (i + 2..tokens.len()).take_while(|&k| sym(k, "(")).count();
        let array = i + 2 + open;
        if (any || all) && open > 0 && kw(array, "ARRAY") && sym(array + 1, "[") {
            if let Some(end) = (array + 2..tokens.len()).find(|&k| sym(k, "]")) {
                if (1..=open).all(|n| sym(end + n, ")")) {
                    if all {
                        out.push(Token::Word("NOT".into()));
                    }
                    out.push(Token::Word("IN".into()));
                    out.push(Token::Symbol("(".into()));
                    out.extend(
                        tokens
                            .get(array + 2..end)
                            .unwrap_or_default()
                            .iter()
                            .cloned(),
                    );
                    out.push(Token::Symbol(")".into()));
                    i = end + open + 1;
                    continue;
                }
            }
        }
        match token {
            Token::Symbol(s) if s == "~~" => out.push(Token::Word("LIKE".into())),
            Token::Symbol(s) if s == "!~~" => {
                out.push(Token::Word("NOT".into()));
                out.push(Token::Word("LIKE".into()));
            }
            t => out.push(t.clone()),
        }
        i += 1;
    }
    out
}

/// Drops `::type` (with its words, `(n, m)` and `[]`) after a value.
fn drop_casts(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        if *token == Token::Symbol("::".into()) {
            i += 1;
            // The type: one or more words (`character varying`), or quoted.
            while matches!(tokens.get(i), Some(Token::Word(_) | Token::Quoted(_))) {
                let multiword = matches!(tokens.get(i + 1), Some(Token::Word(w))
                    if ["varying", "precision", "without", "with", "time", "zone"].contains(&w.to_ascii_lowercase().as_str()));
                i += 1;
                if !multiword {
                    break;
                }
            }
            if tokens.get(i) == Some(&Token::Symbol("(".into())) {
                while tokens
                    .get(i)
                    .is_some_and(|t| *t != Token::Symbol(")".into()))
                {
                    i += 1;
                }
                i += 1;
            }
            while tokens.get(i) == Some(&Token::Symbol("[".into()))
                && tokens.get(i + 1) == Some(&Token::Symbol("]".into()))
            {
                i += 2;
            }
            continue;
        }
        out.push(token.clone());
        i += 1;
    }
    out
}

fn tokenize(sql: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = sql.trim().trim_end_matches(';').chars().collect();
    let is = |i: usize, f: fn(char) -> bool| chars.get(i).is_some_and(|&x| f(x));
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '\'' {
            let (s, next) = quoted(&chars, i, '\'')?;
            tokens.push(Token::Str(s));
            i = next;
        } else if c == '"' || c == '`' {
            let (s, next) = quoted(&chars, i, c)?;
            tokens.push(Token::Quoted(s));
            i = next;
        } else if let Some(name) = bracketed(&chars, i, &tokens) {
            tokens.push(Token::Quoted(name.iter().collect()));
            i += name.len() + 2;
        } else if c.is_ascii_digit() {
            let start = i;
            while is(i, |x| x.is_ascii_digit() || x == '.') {
                i += 1;
            }
            if is(i, |x| x == 'e' || x == 'E') {
                i += 1;
                if is(i, |x| x == '+' || x == '-') {
                    i += 1;
                }
                while is(i, |x| x.is_ascii_digit()) {
                    i += 1;
                }
            }
            tokens.push(Token::Number(span(&chars, start, i).iter().collect()));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while is(i, |x| x.is_alphanumeric() || x == '_' || x == '$') {
                i += 1;
            }
            tokens.push(Token::Word(span(&chars, start, i).iter().collect()));
        } else {
            let two: String = chars.iter().skip(i).take(2).collect();
            let three: String = chars.iter().skip(i).take(3).collect();
            let sym = if three == "!~~" {
                three
            } else if ["::", "<=", ">=", "<>", "!=", "||", "~~"].contains(&two.as_str()) {
                two
            } else {
                c.to_string()
            };
            i += sym.chars().count();
            tokens.push(Token::Symbol(sym));
        }
    }
    Ok(tokens)
}

/// SQLite's `[name]` starting at `i` (not PostgreSQL's `ARRAY[…]`): the
/// name between the brackets.
fn bracketed<'a>(chars: &'a [char], i: usize, tokens: &[Token]) -> Option<&'a [char]> {
    if chars.get(i) != Some(&'[') {
        return None;
    }
    let rest = chars.get(i + 1..)?;
    let p = rest.iter().position(|&x| x == ']')?;
    let name = rest.get(..p)?;
    let array = matches!(tokens.last(), Some(Token::Word(w)) if w.eq_ignore_ascii_case("ARRAY"));
    (!array
        && p > 0
        && name
            .iter()
            .all(|x| x.is_alphanumeric() || *x == '_' || *x == ' '))
    .then_some(name)
}

/// The text between `quote`s starting at `start` (a doubled quote is one);
/// the index after the closing quote.
fn quoted(chars: &[char], start: usize, quote: char) -> Result<(String, usize), String> {
    let mut s = String::new();
    let mut i = start + 1;
    while let Some(&c) = chars.get(i) {
        if c == quote {
            if chars.get(i + 1) == Some(&quote) {
                s.push(quote);
                i += 2;
                continue;
            }
            return Ok((s, i + 1));
        }
        s.push(c);
        i += 1;
    }
    Err(format!("has an unterminated {quote}"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn mysql(s: &str) -> String {
        format!("`{}`", s.replace('`', "``"))
    }

    fn dq(s: &str) -> String {
        format!("\"{}\"", s.replace('"', "\"\""))
    }

    #[test]
    fn postgres_checks_into_mysql_and_sqlite() {
        let t = |sql: &str, to: &str| {
            let q: &dyn Fn(&str) -> String = if to == "mysql" { &mysql } else { &dq };
            translate(sql, "postgres", to, Kind::Expression, q)
        };
        assert_eq!(
            t("(amount > (0)::numeric)", "mysql").unwrap(),
            "(`amount` > (0))"
        );
        assert_eq!(
            t("((status)::text = ANY ((ARRAY['new'::character varying, 'done'::character varying])::text[]))", "sqlite").unwrap(),
            "((\"status\") IN ('new', 'done'))"
        );
        assert_eq!(
            t(
                "(status = ANY (ARRAY['new'::text, 'it''s'::text]))",
                "sqlite"
            )
            .unwrap(),
            "(\"status\" IN ('new', 'it''s'))"
        );
        assert_eq!(
            t("((name)::text ~~ 'A%'::text)", "mysql").unwrap(),
            "((`name`) LIKE 'A%')"
        );
        assert_eq!(
            t("(length((code)::text) = 3)", "mysql").unwrap(),
            "(char_length((`code`)) = 3)"
        );
        assert_eq!(
            t("(upper(email) ~ '^[A-Z]'::text)", "mysql"),
            Err("uses the operator ~, which ferry does not translate".into())
        );
        assert_eq!(
            t("(a || b <> '')", "mysql"),
            Err("uses ||, which MySQL reads as OR".into())
        );
        assert_eq!(
            t("(starts_at < ends_at)", "sqlite").unwrap(),
            "(\"starts_at\" < \"ends_at\")"
        );
    }

    #[test]
    fn mysql_and_sqlite_into_postgres() {
        assert_eq!(
            translate(
                "(`price` >= 0 and `price` < 1000)",
                "mysql",
                "postgres",
                Kind::Expression,
                &dq
            )
            .unwrap(),
            "(\"price\" >= 0 AND \"price\" < 1000)"
        );
        assert_eq!(
            translate(
                "[qty] > 0 AND char_length(code) BETWEEN 1 AND 5",
                "sqlite",
                "postgres",
                Kind::Expression,
                &dq
            ),
            Err("uses the function char_length(), which ferry does not translate".into())
        );
        assert_eq!(
            translate(
                "length(code) BETWEEN 1 AND 5",
                "sqlite",
                "mysql",
                Kind::Expression,
                &mysql
            )
            .unwrap(),
            "char_length(`code`) BETWEEN 1 AND 5"
        );
    }

    #[test]
    fn domain_checks_become_column_checks() {
        assert_eq!(
            replace_value(
                "((VALUE >= 1901) AND (VALUE <= 2155) AND 'VALUE' <> \"VALUE\")",
                "\"y\""
            ),
            "((\"y\" >= 1901) AND (\"y\" <= 2155) AND 'VALUE' <> \"VALUE\")"
        );
    }

    #[test]
    fn simple_views() {
        assert_eq!(
            translate(
                " SELECT t.id, t.name FROM t WHERE (t.active = true);",
                "postgres",
                "mysql",
                Kind::View,
                &mysql
            )
            .unwrap(),
            "SELECT `t`.`id`, `t`.`name` FROM `t` WHERE (`t`.`active` = TRUE)"
        );
        assert!(translate("SELECT now()", "postgres", "mysql", Kind::View, &mysql).is_err());
    }

    #[test]
    fn odd_text_is_refused_or_carried_never_a_panic() {
        let odd = [
            "",
            "[",
            "]",
            "[]",
            "[a",
            "a[",
            "ARRAY[",
            "= ANY (ARRAY[",
            "<> ALL ((ARRAY[1]",
            "::",
            "x::",
            "x::numeric(",
            "x::text[",
            "'",
            "'a''",
            "\"",
            "`a",
            "1e",
            "1e+",
            "1.2.3e-",
            "!~",
            "!~~",
            "~~",
            "é[ü]",
            "VALUE",
            "'VALUE",
            "\"VALUE\"\"",
        ];
        for sql in odd {
            for from in ["postgres", "mysql", "sqlite"] {
                for kind in [Kind::Expression, Kind::View] {
                    let _ = translate(sql, from, "mysql", kind, &mysql);
                }
            }
            let _ = replace_value(sql, "c");
        }
    }
}
