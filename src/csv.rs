//! CSV as Japanese Excel reads and writes it (audit log, roster import, exports): UTF-8 with a BOM, CRLF, fields quoted
//! when they hold a comma, a quote or a line break.

/// The byte-order mark that makes Excel read UTF-8.
pub const BOM: char = '\u{feff}';

/// One field, quoted when needed.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with([' ', '\t']) || s.ends_with([' ', '\t'])
    {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Rows to CSV text with a BOM and CRLF line ends.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Why CSV text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted field is not closed; the line it started on (1-based).
    UnclosedQuote { line: usize },
}

/// Parses CSV text (BOM, CRLF or LF, quoted fields with "" escapes, blank lines
/// skipped). Returns rows with the 1-based line each starts on.
pub fn parse(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut quote_line = 1;
    let mut chars = text.chars().peekable();
    let mut row_has_content = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cur.push('\n');
                }
                '\r' => {}
                c => cur.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_quotes = true;
                quote_line = line;
                row_has_content = true;
            }
            ',' => {
                row.push(std::mem::take(&mut cur));
                row_has_content = true;
            }
            '\r' => {}
            '\n' => {
                if row_has_content || !cur.is_empty() {
                    row.push(std::mem::take(&mut cur));
                    rows.push((row_line, std::mem::take(&mut row)));
                }
                row_has_content = false;
                line += 1;
                row_line = line;
            }
            c => {
                cur.push(c);
                row_has_content = true;
            }
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote { line: quote_line });
    }
    if row_has_content || !cur.is_empty() {
        row.push(cur);
        rows.push((row_line, row));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn quotes_what_excel_needs_quoted() {
        assert_eq!(field("山田 太郎"), "山田 太郎");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        let text = write(&[
            vec!["名前".into(), "メモ".into()],
            vec!["佐藤, 花子".into(), "\"様\"".into()],
        ]);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        assert_eq!(
            text,
            "\u{feff}名前,メモ\r\n\"佐藤, 花子\",\"\"\"様\"\"\"\r\n"
        );
    }

    #[test]
    fn reads_bom_crlf_quotes_and_blank_lines() {
        let rows = parse(
            "\u{feff}name,unit,role\r\n\r\n\"佐藤, 花子\",2階,staff\r\n\"line\nbreak\",x,\"\"\r\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[1],
            (
                3,
                vec!["佐藤, 花子".to_string(), "2階".into(), "staff".into()]
            )
        );
        assert_eq!(rows[2].0, 4);
        assert_eq!(
            rows[2].1,
            vec!["line\nbreak".to_string(), "x".into(), String::new()]
        );
        assert_eq!(
            parse("a,\"open\nb"),
            Err(CsvError::UnclosedQuote { line: 1 })
        );
        assert_eq!(parse("").unwrap(), vec![]);
    }

    proptest! {
        #[test]
        fn round_trips_any_table(rows in proptest::collection::vec(proptest::collection::vec("\\PC{0,12}|[,\"\r\n ]{0,4}", 1..5), 0..6)) {
            // A row of a single empty field is a blank line, which readers skip.
            let rows: Vec<Vec<String>> = rows.into_iter().filter(|r| !(r.len() == 1 && r[0].is_empty())).collect();
            let parsed: Vec<Vec<String>> = parse(&write(&rows)).unwrap().into_iter().map(|(_, r)| r).collect();
            // \r inside a field is dropped (Excel line ends); compare without it.
            let clean: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|f| f.replace('\r', "")).collect()).collect();
            prop_assert_eq!(parsed, clean);
        }
    }
}
