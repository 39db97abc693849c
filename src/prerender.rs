//! Where a pre-rendered screen goes in a built page: first in `<body>`, before the
//! page's own elements and scripts, where the program expects to find it. Pure
//! text handling, tested natively; the rendering itself is `ui::first_screen_html`.

/// Why a page could not take the pre-rendered screen.
#[derive(Debug, PartialEq, Eq)]
pub enum InsertError {
    /// The page has no `<body>` tag.
    NoBody,
    /// The page already holds a pre-rendered screen.
    AlreadyThere,
}

impl std::fmt::Display for InsertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            InsertError::NoBody => "the page has no <body> tag",
            InsertError::AlreadyThere => "the page is pre-rendered already",
        })
    }
}

/// The text of the comment that follows a pre-rendered screen: the program takes
/// everything before it over, and a page is pre-rendered only once.
pub const MARK_TEXT: &str = "prerendered";
/// That comment.
pub const MARK: &str = "<!--prerendered-->";

/// `page` with `screen` right after its `<body …>` tag.
pub fn insert(page: &str, screen: &str) -> Result<String, InsertError> {
    if page.contains(MARK) {
        return Err(InsertError::AlreadyThere);
    }
    let start = page.find("<body").ok_or(InsertError::NoBody)?;
    let end = page[start..].find('>').ok_or(InsertError::NoBody)? + start + 1;
    Ok(format!("{}{screen}{MARK}{}", &page[..end], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goes_first_in_body_once() {
        let page = "<html><head></head><body class=x><div id=a></div></body></html>";
        let out = insert(page, "<header>h</header>").unwrap();
        assert_eq!(
            out,
            "<html><head></head><body class=x><header>h</header><!--prerendered--><div id=a></div></body></html>"
        );
        assert_eq!(insert(&out, "x"), Err(InsertError::AlreadyThere));
        assert_eq!(insert("<html></html>", "x"), Err(InsertError::NoBody));
    }
}
