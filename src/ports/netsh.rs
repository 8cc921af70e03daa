//! Reads what `netsh` prints on a real machine, so a user can paste their machine's port state
//! into a [`Host`](crate::Host) (issue 6).
//!
//! Two formats, English output, as Windows 10 and 11 print them:
//!
//! ```text
//! C:\> netsh interface ipv4 show excludedportrange protocol=tcp
//!
//! Protocol tcp Port Exclusion Ranges
//!
//! Start Port    End Port
//! ----------    --------
//!       5357        5357
//!      50000       50059     *
//!
//! * - Administered port exclusions.
//!
//! C:\> netsh int ipv4 show dynamicport tcp
//!
//! Protocol tcp Dynamic Port Range
//! ---------------------------------
//! Start Port      : 49152
//! Number of Ports : 16384
//! ```
//!
//! A file may hold several sections (one per protocol, e.g. the `tcp` and the `udp` output pasted
//! one after the other), and the echoed command lines. Anything else is an error naming the line.
//!
//! ```
//! use winsock_bind::ports::netsh;
//! use winsock_bind::Proto;
//!
//! let text = "Protocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n\
//!             \x20    50000       50059     *\n\n* - Administered port exclusions.\n";
//! let sections = netsh::parse_excluded(text)?;
//! assert_eq!(sections[0].proto, Proto::Tcp);
//! assert_eq!(sections[0].ranges[0].range.to_string(), "50000-50059");
//! assert!(sections[0].ranges[0].administered);
//!
//! let err = netsh::parse_excluded("Protocol tcp Port Exclusion Ranges\nStart Port End Port\n---\n 5357 53x7\n")
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "line 4: `53x7` is not a port number");
//! # Ok::<(), netsh::NetshError>(())
//! ```

use std::path::Path;

use super::{DynamicPorts, ExcludedRanges, Exclusion, PortRange};
use crate::endpoint::Proto;
use crate::text::Quoted;

/// Text that is not netsh output of the expected kind, or a file that cannot serve: where, and
/// what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NetshError {
    /// A line that does not fit the output.
    #[error("{}line {line}: {}", in_file(file.as_deref()), crate::Escaped(message))]
    Line {
        /// The file, when read from one.
        file: Option<String>,
        /// The line (1-based).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file cannot be read, or is not text.
    #[error("{}: {}", crate::Escaped(file), crate::Escaped(message))]
    Read {
        /// The file.
        file: String,
        /// The operating system's error, or the encoding expected.
        message: String,
    },
    /// The files list no excluded ranges for the protocol asked.
    #[error("{files}: no excluded port ranges for {proto} here (run `netsh interface ipv4 show excludedportrange protocol={proto}`)")]
    NoSection {
        /// The files, comma-separated.
        files: String,
        /// The protocol asked.
        proto: Proto,
    },
    /// The era has no such command: `netsh int ipv4` exists from Vista on.
    #[error("{file}: {era} has no `{command}`: netsh int ipv4 exists from vista on")]
    PreVista {
        /// The file given.
        file: String,
        /// The era.
        era: crate::era::Era,
        /// The command whose output the file holds.
        command: &'static str,
    },
}

fn in_file(file: Option<&str>) -> String {
    file.map(|f| format!("{}: ", crate::Escaped(f))).unwrap_or_default()
}

impl NetshError {
    /// The line (1-based) the problem is on, when it is on one.
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::Line { line, .. } => Some(*line),
            Self::Read { .. } | Self::NoSection { .. } | Self::PreVista { .. } => None,
        }
    }

    /// The same error, naming `file` (a line error of text read from it).
    fn in_file(self, file: &Path) -> Self {
        match self {
            Self::Line { line, message, .. } => Self::Line { file: Some(file.display().to_string()), line, message },
            other @ (Self::Read { .. } | Self::NoSection { .. } | Self::PreVista { .. }) => other,
        }
    }
}

const EXCLUDED_COMMAND: &str = "netsh interface ipv4 show excludedportrange protocol=tcp";
const DYNAMIC_COMMAND: &str = "netsh int ipv4 show dynamicport tcp";

/// What a header line says.
enum Header {
    Excluded(Proto),
    Dynamic(Proto),
}

/// `Protocol tcp Port Exclusion Ranges` or `Protocol tcp Dynamic Port Range`.
fn header(line: &str) -> Option<Header> {
    let words: Vec<String> = line.split_whitespace().map(str::to_ascii_lowercase).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let proto = match words.get(1).copied() {
        Some("tcp") => Proto::Tcp,
        Some("udp") => Proto::Udp,
        _ => return None,
    };
    match words.as_slice() {
        ["protocol", _, "port", "exclusion", "ranges"] => Some(Header::Excluded(proto)),
        ["protocol", _, "dynamic", "port", "range"] => Some(Header::Dynamic(proto)),
        _ => None,
    }
}

/// A line that echoes the command, as a pasted console session has it.
fn is_command(line: &str) -> bool {
    line.to_ascii_lowercase().contains("netsh")
}

/// A port number of netsh's listing: 1 to 65535.
fn port(word: &str) -> Result<u16, String> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{}` is not a port number", Quoted(word)));
    }
    match word.parse::<u32>() {
        Ok(n @ 1..=65535) => Ok(u16::try_from(n).expect("checked 1..=65535")),
        Ok(_) | Err(_) => Err(format!("port {word} is out of range (1 to 65535)")),
    }
}

/// The text's lines, numbered from 1, without `\r` or a byte-order mark.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.trim_start_matches('\u{feff}').lines().map(|l| l.trim_end_matches('\r')).enumerate().map(|(i, l)| (i + 1, l))
}

/// The message for the other command's output.
fn wrong_kind(got: &str, expected: &str) -> String {
    format!("this is `netsh int ipv4 show {got}` output; expected `{expected}` output")
}

fn fail<T>(line: usize, message: impl Into<String>) -> Result<T, NetshError> {
    Err(NetshError::Line { file: None, line, message: message.into() })
}

/// Where the excluded-ranges reader is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Excl {
    /// Before a section's header.
    Start,
    /// After the header, before `Start Port    End Port`.
    Titles,
    /// After the titles, before the dashes.
    Dashes,
    /// In the rows.
    Rows,
    /// After a blank line or the footer.
    After,
}

/// Parses the output of `netsh interface ipv4 show excludedportrange protocol=tcp` (or `udp`,
/// or both pasted one after the other). The `*` marks an administered exclusion.
///
/// # Errors
/// [`NetshError`] naming the line: a missing header or column titles, a port that is not a
/// number or out of range, a start above its end, a second section for the same protocol.
pub fn parse_excluded(text: &str) -> Result<Vec<ExcludedRanges>, NetshError> {
    let mut out: Vec<(usize, ExcludedRanges)> = Vec::new();
    let mut state = Excl::Start;
    let mut last = 0;
    for (n, line) in lines(text) {
        last = n;
        let t = line.trim();
        let tq = Quoted(t);
        if let Some(h) = header(t) {
            let proto = match h {
                Header::Excluded(p) => p,
                Header::Dynamic(_) => return fail(n, wrong_kind("dynamicport", EXCLUDED_COMMAND)),
            };
            if !matches!(state, Excl::Start | Excl::Rows | Excl::After) {
                return fail(n, "a new section starts before the previous table's column titles");
            }
            if let Some((first, _)) = out.iter().find(|(_, s)| s.proto == proto) {
                return fail(n, format!("a second `Protocol {proto}` section (the first starts at line {first})"));
            }
            out.push((n, ExcludedRanges { proto, ranges: Vec::new() }));
            state = Excl::Titles;
            continue;
        }
        if t.is_empty() {
            if state == Excl::Rows {
                state = Excl::After;
            }
            continue;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let footer = t.starts_with('*') && t.to_ascii_lowercase().contains("administered port exclusions");
        state = match state {
            Excl::Start if is_command(t) => Excl::Start,
            Excl::Start => {
                return fail(
                    n,
                    format!(
                        "expected the header `Protocol tcp Port Exclusion Ranges` (the output of `{EXCLUDED_COMMAND}`), found `{tq}`"
                    ),
                )
            }
            Excl::Titles => {
                let titles: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
                if titles != ["start", "port", "end", "port"] {
                    return fail(n, format!("expected the column titles `Start Port    End Port`, found `{tq}`"));
                }
                Excl::Dashes
            }
            Excl::Dashes => {
                if !t.chars().all(|c| c == '-' || c.is_whitespace()) {
                    return fail(n, format!("expected the dashes under the column titles, found `{tq}`"));
                }
                Excl::Rows
            }
            Excl::Rows | Excl::After if footer => Excl::After,
            Excl::Rows => {
                let (first, last_port, mark) = match words.as_slice() {
                    [a, b] => (*a, *b, None),
                    [a, b, m] => (*a, *b, Some(*m)),
                    _ => return fail(n, format!("expected a start port, an end port and maybe `*`, found `{tq}`")),
                };
                let administered = match mark {
                    None => false,
                    Some("*") => true,
                    Some(other) => return fail(n, format!("expected `*` (administered) after the ports, found `{other}`")),
                };
                let (first, last_port) = (port(first).or_else(|m| fail(n, m))?, port(last_port).or_else(|m| fail(n, m))?);
                if first > last_port {
                    return fail(n, format!("start port {first} is above end port {last_port}"));
                }
                let range = PortRange::new(first, last_port).or_else(|e| fail(n, e.to_string()))?;
                if let Some((_, section)) = out.last_mut() {
                    section.ranges.push(Exclusion { range, administered });
                }
                Excl::Rows
            }
            Excl::After if is_command(t) => Excl::Start,
            Excl::After => return fail(n, format!("unexpected `{tq}` after the table")),
        };
    }
    match state {
        Excl::Start if out.is_empty() => fail(
            last.max(1),
            format!("no `Protocol tcp Port Exclusion Ranges` header: expected the output of `{EXCLUDED_COMMAND}`"),
        ),
        Excl::Titles | Excl::Dashes => fail(last.max(1), "the text ends before the table's column titles and dashes"),
        Excl::Start | Excl::Rows | Excl::After => Ok(out.into_iter().map(|(_, s)| s).collect()),
    }
}

/// Where the dynamic-port reader is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dyn {
    Start,
    Dashes,
    StartPort,
    Count(u16),
    Done,
}

/// Parses the output of `netsh int ipv4 show dynamicport tcp` (or `udp`, or both).
///
/// # Errors
/// [`NetshError`] naming the line: a missing header, a missing `Start Port` or `Number of Ports`
/// line, a value that is not a number, a range going past 65535, a repeated protocol.
pub fn parse_dynamic(text: &str) -> Result<Vec<DynamicPorts>, NetshError> {
    let mut out: Vec<(usize, DynamicPorts)> = Vec::new();
    let mut state = Dyn::Start;
    let mut proto = Proto::Tcp;
    let mut last = 0;
    for (n, line) in lines(text) {
        last = n;
        let t = line.trim();
        let tq = Quoted(t);
        if t.is_empty() {
            continue;
        }
        if let Some(h) = header(t) {
            let p = match h {
                Header::Dynamic(p) => p,
                Header::Excluded(_) => return fail(n, wrong_kind("excludedportrange", DYNAMIC_COMMAND)),
            };
            if !matches!(state, Dyn::Start | Dyn::Done) {
                return fail(n, "a new section starts before the previous one gave its start port and number of ports");
            }
            if let Some((first, _)) = out.iter().find(|(_, s)| s.proto == p) {
                return fail(n, format!("a second `Protocol {p}` section (the first starts at line {first})"));
            }
            proto = p;
            state = Dyn::Dashes;
            continue;
        }
        let value = |label: &str| -> Option<&str> {
            let (k, v) = t.split_once(':')?;
            (k.split_whitespace().map(str::to_ascii_lowercase).collect::<Vec<_>>().join(" ") == label).then(|| v.trim())
        };
        state = match state {
            Dyn::Start | Dyn::Done if is_command(t) => state,
            Dyn::Start => {
                return fail(
                    n,
                    format!("expected the header `Protocol tcp Dynamic Port Range` (the output of `{DYNAMIC_COMMAND}`), found `{tq}`"),
                )
            }
            Dyn::Dashes if t.chars().all(|c| c == '-') => Dyn::StartPort,
            Dyn::Dashes | Dyn::StartPort => match value("start port") {
                Some(v) => Dyn::Count(port(v).or_else(|m| fail(n, m))?),
                None => return fail(n, format!("expected `Start Port      : N`, found `{tq}`")),
            },
            Dyn::Count(start) => match value("number of ports") {
                Some(v) => {
                    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
                        return fail(n, format!("`{}` is not a number of ports", Quoted(v)));
                    }
                    let Ok(count) = v.parse::<u32>() else {
                        return fail(n, format!("{} ports from {start} go past port 65535", Quoted(v)));
                    };
                    let range = PortRange::from_start_count(start, count).or_else(|e| match e {
                        crate::InputError::Value { why, .. } => fail(n, why),
                        other => fail(n, other.to_string()),
                    })?;
                    out.push((n, DynamicPorts { proto, range }));
                    Dyn::Done
                }
                None => return fail(n, format!("expected `Number of Ports : N`, found `{tq}`")),
            },
            Dyn::Done => return fail(n, format!("unexpected `{tq}` after the number of ports")),
        };
    }
    match state {
        Dyn::Start if out.is_empty() => fail(
            last.max(1),
            format!("no `Protocol tcp Dynamic Port Range` header: expected the output of `{DYNAMIC_COMMAND}`"),
        ),
        Dyn::Dashes | Dyn::StartPort => fail(last.max(1), "the text ends before `Start Port : N`"),
        Dyn::Count(_) => fail(last.max(1), "the text ends before `Number of Ports : N`"),
        Dyn::Start | Dyn::Done => Ok(out.into_iter().map(|(_, s)| s).collect()),
    }
}

/// Reads a file as text: UTF-8, or UTF-16 with a byte-order mark (what PowerShell's `>` writes),
/// of at most [`MAX_INPUT_BYTES`](crate::text::MAX_INPUT_BYTES).
fn read(path: &Path) -> Result<String, NetshError> {
    crate::text::read_text(path, crate::text::Utf8::Strict)
        .map_err(|e| NetshError::Read { file: path.display().to_string(), message: e.to_string() })
}

/// [`parse_excluded`] on a file; errors name the file.
///
/// # Errors
/// [`NetshError`] naming the file and line.
pub fn read_excluded(path: impl AsRef<Path>) -> Result<Vec<ExcludedRanges>, NetshError> {
    let path = path.as_ref();
    parse_excluded(&read(path)?).map_err(|e| e.in_file(path))
}

/// [`parse_dynamic`] on a file; errors name the file.
///
/// # Errors
/// [`NetshError`] naming the file and line.
pub fn read_dynamic(path: impl AsRef<Path>) -> Result<Vec<DynamicPorts>, NetshError> {
    let path = path.as_ref();
    parse_dynamic(&read(path)?).map_err(|e| e.in_file(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_variants_a_caller_can_match() {
        let missing = std::env::temp_dir().join("winsock-bind-no-such-netsh-file.txt");
        let err = read_excluded(&missing).unwrap_err();
        assert!(matches!(&err, NetshError::Read { file, .. } if file.ends_with("winsock-bind-no-such-netsh-file.txt")));
        assert_eq!(err.line(), None);
        let err = parse_dynamic("Protocol udp Dynamic Port Range\n---\nStart Port : x\n").unwrap_err();
        assert!(matches!(&err, NetshError::Line { file: None, line: 3, .. }), "{err:?}");
        assert_eq!(err.line(), Some(3));
        let err: &dyn std::error::Error = &err;
        assert!(err.to_string().starts_with("line 3: "));
    }

    const EXCLUDED: &str = "\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n      5357        5357\n     50000       50059     *\n\n* - Administered port exclusions.\n\n";
    const DYNAMIC: &str = "\nProtocol udp Dynamic Port Range\n---------------------------------\nStart Port      : 49152\nNumber of Ports : 16384\n";

    #[test]
    fn excluded_ranges_keep_the_administered_mark() {
        let s = parse_excluded(EXCLUDED).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].proto, Proto::Tcp);
        let got: Vec<(String, bool)> = s[0].ranges.iter().map(|e| (e.range.to_string(), e.administered)).collect();
        assert_eq!(got, [("5357-5357".to_owned(), false), ("50000-50059".to_owned(), true)]);
    }

    #[test]
    fn windows_line_endings_and_a_byte_order_mark_are_fine() {
        let crlf = format!("\u{feff}{}", EXCLUDED.replace('\n', "\r\n"));
        assert_eq!(parse_excluded(&crlf).unwrap(), parse_excluded(EXCLUDED).unwrap());
        assert_eq!(parse_dynamic(&DYNAMIC.replace('\n', "\r\n")).unwrap(), parse_dynamic(DYNAMIC).unwrap());
    }

    #[test]
    fn an_empty_table_and_two_protocols_in_one_file() {
        let empty_udp = "Protocol udp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n\n* - Administered port exclusions.\n";
        let s =
            parse_excluded(&format!("C:\\> netsh int ipv4 show excludedportrange tcp\n{EXCLUDED}{empty_udp}")).unwrap();
        assert_eq!(s.iter().map(|x| (x.proto, x.ranges.len())).collect::<Vec<_>>(), [(Proto::Tcp, 2), (Proto::Udp, 0)]);
    }

    #[test]
    fn dynamic_port_range_reads_start_and_count() {
        let s = parse_dynamic(DYNAMIC).unwrap();
        assert_eq!(s, [DynamicPorts { proto: Proto::Udp, range: PortRange::new(49152, 65535).unwrap() }]);
    }

    #[test]
    fn malformed_excluded_text_names_the_line_and_the_problem() {
        let head = "Protocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n";
        let cases = [
            ("", "line 1: no `Protocol tcp Port Exclusion Ranges` header"),
            ("Start Port    End Port\n", "line 1: expected the header `Protocol tcp Port Exclusion Ranges`"),
            ("Protocol tcp Port Exclusion Ranges\n\n  5357 5357\n", "line 3: expected the column titles"),
            ("Protocol tcp Port Exclusion Ranges\nStart Port    End Port\n 5357 5357\n", "line 3: expected the dashes"),
            (&format!("{head}  5357 53x7\n"), "line 5: `53x7` is not a port number"),
            (&format!("{head}  600 500\n"), "line 5: start port 600 is above end port 500"),
            (&format!("{head}  70000 70010\n"), "line 5: port 70000 is out of range (1 to 65535)"),
            (&format!("{head}  0 10\n"), "line 5: port 0 is out of range (1 to 65535)"),
            (&format!("{head}  5357 5357 +\n"), "line 5: expected `*` (administered) after the ports, found `+`"),
            (&format!("{head}  5357\n"), "line 5: expected a start port, an end port and maybe `*`"),
            (&format!("{head}  5357 5357\n\nhello\n"), "line 7: unexpected `hello` after the table"),
            (&format!("{head}{head}"), "line 5: a second `Protocol tcp` section (the first starts at line 1)"),
            ("Protocol tcp Port Exclusion Ranges\n", "line 1: the text ends before the table's column titles"),
            (DYNAMIC, "line 2: this is `netsh int ipv4 show dynamicport` output"),
        ];
        for (text, expected) in cases {
            let got = parse_excluded(text).unwrap_err().to_string();
            assert!(got.starts_with(expected), "{text:?}\n  expected: {expected}\n  got:      {got}");
        }
    }

    #[test]
    fn malformed_dynamic_text_names_the_line_and_the_problem() {
        let head = "Protocol tcp Dynamic Port Range\n---------------------------------\n";
        let cases = [
            ("", "line 1: no `Protocol tcp Dynamic Port Range` header"),
            ("Start Port : 49152\n", "line 1: expected the header `Protocol tcp Dynamic Port Range`"),
            (&format!("{head}Start Port : 4915x\n"), "line 3: `4915x` is not a port number"),
            (&format!("{head}Start Port : 70000\n"), "line 3: port 70000 is out of range"),
            (&format!("{head}Number of Ports : 10\n"), "line 3: expected `Start Port      : N`"),
            (
                &format!("{head}Start Port : 49152\nNumber of Ports : 16385\n"),
                "line 4: 16385 ports from 49152 go past port 65535",
            ),
            (
                &format!("{head}Start Port : 49152\nNumber of Ports : 0\n"),
                "line 4: the number of ports must be at least 1",
            ),
            (&format!("{head}Start Port : 49152\nNumber of Ports : many\n"), "line 4: `many` is not a number of ports"),
            (&format!("{head}Start Port : 49152\n"), "line 3: the text ends before `Number of Ports : N`"),
            (&format!("{head}Start Port : 49152\nNumber of Ports : 10\nextra\n"), "line 5: unexpected `extra`"),
            (EXCLUDED, "line 2: this is `netsh int ipv4 show excludedportrange` output"),
        ];
        for (text, expected) in cases {
            let got = parse_dynamic(text).unwrap_err().to_string();
            assert!(got.starts_with(expected), "{text:?}\n  expected: {expected}\n  got:      {got}");
        }
    }
}
