//! `scan`: finds server socket set-ups in source code and audits each one at the line that
//! binds it (feature `scan`, on with the CLI).
//!
//! The source is parsed with the tree-sitter grammars of C, C++, C#, Go, Python, Java,
//! JavaScript and Rust (never regular expressions): comments and string literals are their own
//! syntax nodes, so commented-out code and code inside strings give nothing. Each socket is
//! followed by name from its creation to its bind within one function (or one class, for
//! `self.x` / `this.x`), and through a helper of the same file that sets options on a socket
//! parameter. A socket that connects and never listens is a client and gives nothing. What the
//! code sets from a value the scan cannot read is `unknown`; a bind on a socket the scan cannot
//! follow is reported as [`Unrecognised`] with its line. Nothing is guessed.
//!
//! Each [`Site`] then becomes a configuration of the existing [audit](crate::audit): the
//! runtime's own options (the [`Preset`](crate::program::Preset)s' knowledge of how each
//! runtime binds on Windows) plus the code's. Unknowns are audited under every possibility.
//!
//! ```
//! use winsock_bind::scan::{self, Language};
//! use winsock_bind::Era;
//!
//! let code = r#"
//! import socket
//! s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
//! s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
//! s.bind(("0.0.0.0", 8080))
//! s.listen()
//! # s.bind(("10.0.0.1", 8080))  -- a comment, not a site
//! "#;
//! let found = scan::scan_source("server.py", Language::Python, code);
//! assert_eq!(found.sites.len(), 1);
//! assert_eq!(found.sites[0].line, 5);
//! assert_eq!(found.sites[0].describe(), "tcp 0.0.0.0 8080 SO_REUSEADDR");
//!
//! // SO_REUSEADDR on the wildcard, Windows 11: another account can bind 10.0.0.1:8080 with
//! // SO_REUSEADDR beneath it and take that address's connections (a shadow).
//! let report = scan::audit_found(found, Era::Win11);
//! assert!(report.findings.iter().any(|f| f.line == 5 && f.rule == "shadow"));
//! ```

mod audit;
mod files;
mod lang;
mod render;
mod site;
mod syntax;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

pub use audit::{ScanFinding, SiteError, STAND_IN_PORT};
pub use files::{Skip, MAX_FILE_BYTES};
pub use site::{Language, Runtime, Site, Unrecognised};

use crate::audit::Severity;
use crate::era::Era;

/// The version of the JSON shape ([`ScanReport::to_json`]).
pub const SCHEMA_VERSION: u32 = 1;

/// A path the scan cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScanError {
    /// A path given (or found below one) that does not exist or cannot be read.
    #[error("{}: {reason}", path.display())]
    Path {
        /// The path.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
}

/// What the scan found in some source, before the audit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Found {
    /// The files read.
    pub files: usize,
    /// The files skipped, by reason.
    pub skipped: BTreeMap<Skip, usize>,
    /// Files read per language.
    pub languages: BTreeMap<Language, usize>,
    /// The server socket set-ups, by file and line.
    pub sites: Vec<Site>,
    /// The constructs seen but not followed.
    pub unrecognised: Vec<Unrecognised>,
}

/// The scan of source code and the audit of each site.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanReport {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The Windows era audited.
    pub era: Era,
    /// The files read.
    pub files: usize,
    /// The files skipped, by reason (`not-source`, `too-large`, `not-text`).
    pub skipped: BTreeMap<Skip, usize>,
    /// The sites, by file and line.
    pub sites: Vec<Site>,
    /// The constructs seen but not followed.
    pub unrecognised: Vec<Unrecognised>,
    /// The audit's findings, at their sites' lines.
    pub findings: Vec<ScanFinding>,
    /// Sites the audit cannot examine.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<SiteError>,
}

impl ScanReport {
    /// Whether a finding at or above `threshold` holds whatever the code leaves unknown
    /// (`--fail-on`); a finding that holds only under some possibilities is reported, not
    /// counted.
    pub fn fails(&self, threshold: Severity) -> bool {
        self.findings.iter().any(|f| f.holds_if.is_empty() && f.severity >= threshold)
    }

    /// The report as pretty JSON.
    ///
    /// # Errors
    /// Only if serde_json fails, which these structs (strings, numbers, lists) do not make it do.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

/// Scans one text as a file of `language` named `file`.
pub fn scan_source(file: &str, language: Language, text: &str) -> Found {
    let mut parsers = BTreeMap::new();
    let (sites, unrecognised) = read_text(&mut parsers, file, language, text);
    Found { files: 1, skipped: BTreeMap::new(), languages: BTreeMap::from([(language, 1)]), sites, unrecognised }
}

pub(crate) fn read_text(
    parsers: &mut BTreeMap<Language, tree_sitter::Parser>,
    file: &str,
    language: Language,
    text: &str,
) -> (Vec<Site>, Vec<Unrecognised>) {
    let parser = files::parser_for(parsers, language);
    match syntax::Source::parse(parser, text) {
        Some(src) => lang::read(language, &src, file),
        None => {
            (Vec::new(), vec![Unrecognised { file: file.to_owned(), line: 1, what: "the parser gave up".to_owned() }])
        }
    }
}

/// Finds the sites in the files under `paths` (files, or directories walked in name order),
/// parsing on every core.
///
/// # Errors
/// [`ScanError::Path`] naming the first path that does not exist or cannot be read.
pub fn find(paths: &[PathBuf]) -> Result<Found, ScanError> {
    let list = files::collect(paths)?;
    let results = files::read_all(&list)?;
    let mut found = Found::default();
    for r in results {
        match r.skipped {
            Some(skip) => *found.skipped.entry(skip).or_default() += 1,
            None => {
                found.files += 1;
                if let Some(l) = r.language {
                    *found.languages.entry(l).or_default() += 1;
                }
            }
        }
        found.sites.extend(r.sites);
        found.unrecognised.extend(r.unrecognised);
    }
    Ok(found)
}

/// Audits every site found, on a machine of `era`.
pub fn audit_found(found: Found, era: Era) -> ScanReport {
    let (findings, errors) = audit::audit_sites(&found.sites, era);
    ScanReport {
        schema_version: SCHEMA_VERSION,
        era,
        files: found.files,
        skipped: found.skipped,
        sites: found.sites,
        unrecognised: found.unrecognised,
        findings,
        errors,
    }
}

/// [`find`] then [`audit_found`]: `winsock-bind scan PATH... --era ERA`.
///
/// # Errors
/// [`ScanError::Path`] naming a path that does not exist or cannot be read.
pub fn scan(paths: &[PathBuf], era: Era) -> Result<ScanReport, ScanError> {
    Ok(audit_found(find(paths)?, era))
}

#[cfg(test)]
mod tests;
