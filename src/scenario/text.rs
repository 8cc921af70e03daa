//! Printing what a file said: control characters escaped, over-long text shortened.

use std::fmt;

/// At most this many characters of one line of an error message are printed: enough for every
/// message of ours, short enough that a quoted line of a hostile file cannot flood a terminal.
pub(crate) const EXCERPT: usize = 300;

/// Displays a name or id from a file with its control characters escaped (`\n`, `\u{1b}`), so a
/// name cannot move the cursor, clear the screen or forge a line of a transcript.
///
/// ```
/// use winsock_bind::scenario::Escaped;
/// assert_eq!(Escaped("evil\n\u{1b}[2J").to_string(), "evil\\n\\u{1b}[2J");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// The first [`EXCERPT`] characters of a line, and how many were left out.
pub(crate) fn excerpt(line: &str) -> std::borrow::Cow<'_, str> {
    match line.char_indices().nth(EXCERPT) {
        None => line.into(),
        Some((cut, _)) => {
            let left = line[cut..].chars().count();
            format!("{}... ({left} more characters)", &line[..cut]).into()
        }
    }
}
