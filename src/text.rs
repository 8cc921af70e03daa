//! Text from files one does not trust: reading it (a size cap, strict UTF-16, JSON that refuses
//! a key given twice, numbers without signs) and printing what it said ([`Escaped`]).
//!
//! Every reader of the crate (scenarios, audit configurations, snapshot files, netsh output,
//! the probe's list of known differences) goes through one reader, so every input file has
//! the same limit, [`MAX_INPUT_BYTES`], checked before it is read.

use std::cell::RefCell;
use std::fmt;
use std::io::Read as _;
use std::path::Path;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The largest input file read: 64 MiB. A `netstat -anob` of a busy server is a few megabytes,
/// so no real snapshot, scenario or configuration comes near it; a larger file is refused
/// before it is read, naming the file and this limit.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Whether a character is shown escaped: the control characters (C0, DEL, C1) and the
/// bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can
/// make a terminal or an editor show text other than what it holds.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Displays a string that came from input with every [`is_unsafe`] character escaped (`\n`,
/// `\u{1b}`, `\u{202e}`), so a name cannot move the cursor, clear the screen, retitle the
/// terminal, reorder what is shown or forge a line of output.
///
/// ```
/// use winsock_bind::Escaped;
/// assert_eq!(Escaped("evil\n\u{1b}[2J").to_string(), "evil\\n\\u{1b}[2J");
/// assert_eq!(Escaped("a\u{202e}b").to_string(), "a\\u{202e}b");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if is_unsafe(c) {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// A whole multi-line text with [`Escaped`] applied to each line: its line ends stay, every
/// other unsafe character is escaped. What the command line prints goes through it last.
///
/// ```
/// use winsock_bind::text::escape_lines;
/// assert_eq!(escape_lines("PID 9 (\u{1b}]0;x\u{7}.exe)\nnext\n"), "PID 9 (\\u{1b}]0;x\\u{7}.exe)\nnext\n");
/// ```
pub fn escape_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&Escaped(line).to_string());
    }
    out.into()
}

/// At most this many characters of one line of an error message are printed: enough for every
/// message of ours, short enough that a quoted line of a hostile file cannot flood a terminal.
pub(crate) const EXCERPT: usize = 300;

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

/// Quotes text of a file in a message: [`excerpt`] then [`Escaped`], without allocating for a
/// short line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Escaped(&excerpt(self.0)).fmt(f)
    }
}

/// JSON text with every [`is_unsafe`] character but the line end written as a `\uXXXX` escape
/// (serde_json escapes C0 itself, but not DEL, C1 or the bidirectional overrides). Outside
/// strings JSON holds no such character, so the result means the same.
///
/// ```
/// use winsock_bind::text::escape_json;
/// assert_eq!(escape_json("{\"image\": \"a\u{9b}b\u{202e}\"}"), "{\"image\": \"a\\u009bb\\u202e\"}");
/// ```
pub fn escape_json(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return json.into();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Why a file could not be read as text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The operating system refused.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file is larger than [`MAX_INPUT_BYTES`].
    #[error("{size} bytes is over the limit of {cap} bytes (64 MiB) for an input file")]
    TooLarge {
        /// The size found (at least; a growing file is cut at the limit).
        size: u64,
        /// The limit.
        cap: u64,
    },
    /// UTF-16 that is cut or holds a lone surrogate.
    #[error("byte {offset}: {what}")]
    Utf16 {
        /// The offset in the file of the first bad byte.
        offset: usize,
        /// What is wrong there.
        what: &'static str,
    },
    /// Bytes that are not UTF-8 where UTF-8 is required.
    #[error("byte {offset}: not valid UTF-8 text")]
    Utf8 {
        /// The offset in the file of the first bad byte.
        offset: usize,
    },
}

/// How bytes that are not UTF-8 (and carry no UTF-16 byte-order mark) are taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Utf8 {
    /// Refused, naming the offset.
    Strict,
    /// Replaced by U+FFFD (text in a console code page, as old Windows tools print it).
    Lossy,
}

/// Reads a text file of at most [`MAX_INPUT_BYTES`] (checked before reading) and decodes it.
pub(crate) fn read_text(path: &Path, utf8: Utf8) -> Result<String, ReadError> {
    decode(&read_file(path)?, utf8)
}

/// Reads a file of at most [`MAX_INPUT_BYTES`], checked before reading.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { size, cap: MAX_INPUT_BYTES });
    }
    // A pipe or a device says nothing of its size: read one byte past the limit to tell.
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { size: read, cap: MAX_INPUT_BYTES });
    }
    Ok(bytes)
}

/// Decodes UTF-16 with a byte-order mark (PowerShell 5.1's `>` writes it), else UTF-8. UTF-16 is
/// always strict: an odd number of bytes or a lone surrogate is refused with its byte offset.
pub(crate) fn decode(bytes: &[u8], utf8: Utf8) -> Result<String, ReadError> {
    let le = match bytes {
        [0xff, 0xfe, ..] => Some(true),
        [0xfe, 0xff, ..] => Some(false),
        _ => None,
    };
    let Some(le) = le else {
        return match (std::str::from_utf8(bytes), utf8) {
            (Ok(text), _) => Ok(text.to_owned()),
            (Err(_), Utf8::Lossy) => Ok(String::from_utf8_lossy(bytes).into_owned()),
            (Err(e), Utf8::Strict) => Err(ReadError::Utf8 { offset: e.valid_up_to() }),
        };
    };
    let body = &bytes[2..];
    if body.len() % 2 == 1 {
        return Err(ReadError::Utf16 { offset: bytes.len() - 1, what: "UTF-16 text cut in the middle of a character" });
    }
    let units =
        body.chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
    let mut out = String::with_capacity(body.len() / 2);
    let mut offset = 2;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                out.push(c);
                offset += c.len_utf16() * 2;
            }
            Err(_) => return Err(ReadError::Utf16 { offset, what: "a lone UTF-16 surrogate (not text)" }),
        }
    }
    Ok(out)
}

/// A decimal number as the tools print it: digits only, no sign, no spaces; `None` otherwise
/// (`+80`, `-1`, `8o`) or when `T` cannot hold it.
pub(crate) fn decimal<T: std::str::FromStr>(word: &str) -> Option<T> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

// ---- JSON that refuses a key given twice -------------------------------------------------------

/// One step of a path in a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    Key(String),
    Index(usize),
}

/// `steps[1].addr`.
pub(crate) fn render_path(path: &[Segment]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Segment::Key(k) if out.is_empty() => out.push_str(k),
            Segment::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// JSON that [`strict_json`] refuses.
#[derive(Debug)]
pub(crate) enum JsonError {
    /// An object gives `key` twice: the path of the object, the key, and the line of the second.
    Duplicate { path: Vec<Segment>, key: String, line: usize },
    /// Not JSON.
    Syntax(serde_json::Error),
}

/// Where the reader is, and the first key found twice (with where).
#[derive(Debug, Default)]
struct Track {
    path: Vec<Segment>,
    duplicate: Option<(Vec<Segment>, String)>,
}

/// Reads any JSON value as serde_json does, but refuses an object that gives a key twice
/// (serde_json keeps the last one silently).
struct Strict<'a>(&'a RefCell<Track>);

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            self.0.borrow_mut().path.push(Segment::Index(out.len()));
            let next = seq.next_element_seed(Strict(self.0))?;
            self.0.borrow_mut().path.pop();
            match next {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                let mut t = self.0.borrow_mut();
                let path = t.path.clone();
                t.duplicate = Some((path, key));
                return Err(de::Error::custom("duplicate key"));
            }
            self.0.borrow_mut().path.push(Segment::Key(key.clone()));
            let value = map.next_value_seed(Strict(self.0))?;
            self.0.borrow_mut().path.pop();
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// Parses JSON as serde_json does, refusing an object that gives a key twice.
pub(crate) fn strict_json(text: &str) -> Result<Value, JsonError> {
    let track = RefCell::new(Track::default());
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict(&track).deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match (value, track.into_inner().duplicate) {
        (Ok(v), _) => Ok(v),
        (Err(e), Some((path, key))) => Err(JsonError::Duplicate { path, key, line: e.line() }),
        (Err(e), None) => Err(JsonError::Syntax(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_cut_or_with_a_lone_surrogate_is_refused_at_its_offset() {
        // "A" then one byte of "B".
        let cut = [0xff, 0xfe, b'A', 0, b'B'];
        assert_eq!(
            decode(&cut, Utf8::Lossy).unwrap_err().to_string(),
            "byte 4: UTF-16 text cut in the middle of a character"
        );
        // "A", a lone high surrogate, "B".
        let lone = [0xff, 0xfe, b'A', 0, 0x00, 0xd8, b'B', 0];
        assert_eq!(decode(&lone, Utf8::Lossy).unwrap_err().to_string(), "byte 4: a lone UTF-16 surrogate (not text)");
        let big_endian = [0xfe, 0xff, 0, b'o', 0, b'k'];
        assert_eq!(decode(&big_endian, Utf8::Strict).unwrap(), "ok");
    }

    #[test]
    fn decimals_have_no_sign() {
        assert_eq!(decimal::<u16>("80"), Some(80));
        assert_eq!(decimal::<u16>("+80"), None);
        assert_eq!(decimal::<u16>("65536"), None);
        assert_eq!(decimal::<u32>(""), None);
    }

    #[test]
    fn unsafe_characters_are_every_control_and_bidi_override() {
        for c in ['\0', '\n', '\u{1b}', '\u{7f}', '\u{80}', '\u{9b}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}'] {
            assert!(is_unsafe(c), "{c:?}");
            assert!(!Escaped(&c.to_string()).to_string().contains(c), "{c:?}");
        }
        for c in ['a', ' ', 'é', '\u{2029}', '\u{200f}'] {
            assert!(!is_unsafe(c), "{c:?}");
        }
    }
}
