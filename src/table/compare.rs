//! `winsock-bind table --compare linux,ERA`: the same two binds answered by Linux and by a Windows
//! era, cell by cell, the differing cells marked and each explained in one sentence.
//!
//! Each side comes from its own model's single path: the Linux cells from
//! [`rules::linux::table`](crate::rules::linux::table), the Windows cells from
//! [`generate`](super::generate) (which plays each cell on a two-socket Host through
//! [`play`](crate::play)). The options are those of either system: SO_REUSEPORT (alone or with
//! SO_REUSEADDR) exists only on Linux, SO_EXCLUSIVEADDRUSE only on Windows; a cell that needs an
//! option a system lacks says so instead of an outcome. The addresses are each table's own
//! (`0.0.0.0` and `127.0.0.1` on Linux, `0.0.0.0` and `10.0.0.1` on Windows): a wildcard and one
//! specific address, the same one for both sockets, which is all the rules compare.
//!
//! ```
//! use winsock_bind::table::{CompareSpec, FirstState};
//! use winsock_bind::{rules::Users, Era, Proto};
//! let spec = CompareSpec { era: Era::Win10, users: Users::Same, proto: Proto::Tcp, first_state: FirstState::Listening };
//! let t = spec.generate();
//! // A running server with SO_REUSEADDR on 0.0.0.0, another program with SO_REUSEADDR on the
//! // specific address: Linux refuses (X6), win10 lets it bind beneath the server (E6).
//! let c = t.cells.iter().find(|c| c.label() == "reuseaddr,wildcard,reuseaddr,specific").unwrap();
//! assert!(c.differs());
//! assert!(c.why().unwrap().starts_with("on Linux EADDRINUSE (X6)"));
//! ```

use std::fmt::Write as _;

use serde::Serialize;

use super::linux::{address_label, FirstState};
use super::{generate, AddrKind, Format, Spec, TableFamily};
use crate::endpoint::Proto;
use crate::era::Era;
use crate::error::InputError;
use crate::evidence::Evidence;
use crate::options::ReuseMode;
use crate::os::Os;
use crate::rules::linux::{self, LinuxDecision, TableAddress, TableOption};
use crate::rules::{Decision, Users};

/// The version of the JSON document of `winsock-bind table --compare`, its `schema_version`.
pub const COMPARE_SCHEMA_VERSION: u32 = 1;

/// An option a socket sets in a compare table: the options of either system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CompareOption {
    /// Neither option (both systems).
    Default,
    /// SO_REUSEADDR (both systems, with different meanings).
    ReuseAddr,
    /// SO_REUSEPORT (Linux only).
    ReusePort,
    /// SO_REUSEADDR and SO_REUSEPORT (Linux only).
    Both,
    /// SO_EXCLUSIVEADDRUSE (Windows only).
    Exclusive,
}

impl CompareOption {
    /// Every option, in table order.
    pub const ALL: [Self; 5] = [Self::Default, Self::ReuseAddr, Self::ReusePort, Self::Both, Self::Exclusive];

    /// The word in CSV and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::ReuseAddr => "reuseaddr",
            Self::ReusePort => "reuseport",
            Self::Both => "both",
            Self::Exclusive => "exclusive",
        }
    }

    /// The label in grids.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Default => "Default",
            Self::ReuseAddr => "SO_REUSEADDR",
            Self::ReusePort => "SO_REUSEPORT",
            Self::Both => "Both",
            Self::Exclusive => "SO_EXCLUSIVEADDRUSE",
        }
    }

    /// The Linux option, if Linux has it.
    pub const fn linux(self) -> Option<TableOption> {
        match self {
            Self::Default => Some(TableOption::Default),
            Self::ReuseAddr => Some(TableOption::ReuseAddr),
            Self::ReusePort => Some(TableOption::ReusePort),
            Self::Both => Some(TableOption::Both),
            Self::Exclusive => None,
        }
    }

    /// The Windows option, if Windows has it.
    pub const fn windows(self) -> Option<ReuseMode> {
        match self {
            Self::Default => Some(ReuseMode::Default),
            Self::ReuseAddr => Some(ReuseMode::ReuseAddr),
            Self::Exclusive => Some(ReuseMode::Exclusive),
            Self::ReusePort | Self::Both => None,
        }
    }
}

/// A compare table's question: Linux against one Windows era.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct CompareSpec {
    /// The Windows era.
    pub era: Era,
    /// Same or different users (effective uids on Linux, accounts on Windows).
    pub users: Users,
    /// TCP or UDP.
    pub proto: Proto,
    /// Whether the first socket is bound or listening. Only Linux's answers depend on it: the
    /// Windows bind rules do not look at whether the first socket listens.
    pub first_state: FirstState,
}

impl CompareSpec {
    /// The spec for `--compare A,B`: one of the two is `linux`, the other a Windows era.
    ///
    /// # Errors
    /// [`InputError::Value`] when the pair is not Linux and one Windows era, or the first state
    /// is `listening` for UDP.
    ///
    /// ```
    /// use winsock_bind::table::{CompareSpec, FirstState};
    /// use winsock_bind::{rules::Users, Era, Os, Proto};
    /// let s = CompareSpec::from_pair([Os::LINUX, Os::Windows(Era::Win10)], Users::Same, Proto::Tcp, FirstState::Listening)?;
    /// assert_eq!(s.era, Era::Win10);
    /// let bad = CompareSpec::from_pair([Os::LINUX, Os::LINUX], Users::Same, Proto::Tcp, FirstState::Bound);
    /// assert!(bad.is_err());
    /// # Ok::<(), winsock_bind::InputError>(())
    /// ```
    pub fn from_pair(pair: [Os; 2], users: Users, proto: Proto, first_state: FirstState) -> Result<Self, InputError> {
        let era = match pair {
            [Os::Linux(_), Os::Windows(era)] | [Os::Windows(era), Os::Linux(_)] => era,
            [Os::Linux(_), Os::Linux(_)] | [Os::Windows(_), Os::Windows(_)] => {
                return Err(InputError::value(
                    "compare",
                    &format!("{},{}", pair[0], pair[1]),
                    "compare Linux with one Windows era, e.g. --compare linux,win10",
                ))
            }
        };
        super::LinuxSpec { users, proto, first_state }.validate()?;
        Ok(Self { era, users, proto, first_state })
    }

    /// Both sides, cell by cell: first option and address outermost, in [`CompareOption::ALL`]
    /// and [`TableAddress::ALL`] order.
    pub fn generate(&self) -> CompareTable {
        let linux_cells = linux::table(self.users, self.proto, self.first_state.state());
        let windows = generate(&Spec { era: self.era, users: self.users, family: TableFamily::V4, proto: self.proto });
        let mut cells = Vec::new();
        for first_option in CompareOption::ALL {
            for first_address in TableAddress::ALL {
                for second_option in CompareOption::ALL {
                    for second_address in TableAddress::ALL {
                        let linux = match (first_option.linux(), second_option.linux()) {
                            (Some(f), Some(s)) => linux_cells
                                .iter()
                                .find(|c| {
                                    c.first_option == f
                                        && c.first_address == first_address
                                        && c.second_option == s
                                        && c.second_address == second_address
                                })
                                .map(|c| c.decision),
                            (None, _) | (_, None) => None,
                        };
                        let win = match (first_option.windows(), second_option.windows()) {
                            (Some(f), Some(s)) => windows
                                .cells
                                .iter()
                                .find(|c| {
                                    c.first.mode == f
                                        && c.first.addr == addr_kind(first_address)
                                        && c.second.mode == s
                                        && c.second.addr == addr_kind(second_address)
                                })
                                .map(|c| c.decision),
                            (None, _) | (_, None) => None,
                        };
                        cells.push(CompareCell {
                            era: self.era,
                            first_option,
                            first_address,
                            second_option,
                            second_address,
                            linux,
                            windows: win,
                        });
                    }
                }
            }
        }
        CompareTable { spec: *self, cells }
    }
}

fn addr_kind(a: TableAddress) -> AddrKind {
    match a {
        TableAddress::Wildcard => AddrKind::Wildcard,
        TableAddress::Specific => AddrKind::Specific,
    }
}

/// One cell of a compare table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareCell {
    /// The Windows era (for the sentences).
    pub era: Era,
    /// The first socket's option.
    pub first_option: CompareOption,
    /// The first socket's address.
    pub first_address: TableAddress,
    /// The second socket's option.
    pub second_option: CompareOption,
    /// The second socket's address.
    pub second_address: TableAddress,
    /// Linux's answer; `None` when a socket sets SO_EXCLUSIVEADDRUSE, which Linux lacks.
    pub linux: Option<LinuxDecision>,
    /// The Windows era's answer; `None` when a socket sets SO_REUSEPORT, which Windows lacks.
    pub windows: Option<Decision>,
}

impl CompareCell {
    /// `reuseaddr,wildcard,reuseaddr,specific`: the cell's coordinates as in the CSV.
    pub fn label(&self) -> String {
        format!(
            "{},{},{},{}",
            self.first_option.name(),
            self.first_address.name(),
            self.second_option.name(),
            self.second_address.name()
        )
    }

    /// Linux's outcome word (`success`, `inuse`, `access`), or `unavailable`.
    pub fn linux_word(&self) -> &'static str {
        match self.linux.map(|d| d.outcome) {
            Some(Ok(())) => "success",
            Some(Err(e)) => e.short(),
            None => UNAVAILABLE,
        }
    }

    /// Windows' outcome word (`success`, `inuse`, `access`, `noprotoopt` ...), or `unavailable`.
    pub fn windows_word(&self) -> &'static str {
        match self.windows.map(|d| d.result) {
            Some(Ok(())) => "success",
            Some(Err(e)) => e.short(),
            None => UNAVAILABLE,
        }
    }

    /// Why a side has no answer: the option it lacks.
    pub fn lacking(&self) -> Option<&'static str> {
        match (self.linux, self.windows) {
            (None, _) => Some("Linux has no SO_EXCLUSIVEADDRUSE"),
            (_, None) => Some("Windows has no SO_REUSEPORT"),
            (Some(_), Some(_)) => None,
        }
    }

    /// Whether both systems answer and their outcomes differ.
    pub fn differs(&self) -> bool {
        self.linux.is_some() && self.windows.is_some() && self.linux_word() != self.windows_word()
    }

    /// For a differing cell, one sentence built from the two rules: `on Linux EADDRINUSE (X6)
    /// because SO_REUSEADDR never shares a port with a listening socket; on win10 success (E6)
    /// because ...`.
    pub fn why(&self) -> Option<String> {
        if !self.differs() {
            return None;
        }
        let (l, w) = (self.linux?, self.windows?);
        let linux_outcome = match l.outcome {
            Ok(()) => "success".to_owned(),
            Err(e) => e.name().to_owned(),
        };
        let windows_outcome = match w.result {
            Ok(()) => "success".to_owned(),
            Err(e) => e.name().to_owned(),
        };
        Some(format!(
            "on Linux {linux_outcome} ({}) because {}; on {} {windows_outcome} ({}) because {}.",
            l.rule.id(),
            l.rule.clause(),
            self.era,
            w.reason.rule_id(),
            w.sentence_naming(&|_| "the first socket".to_owned())
        ))
    }

    /// The evidence of each side's answer.
    pub fn evidence(&self) -> (Option<Evidence>, Option<Evidence>) {
        (self.linux.map(|d| d.evidence()), self.windows.map(|d| d.evidence()))
    }
}

const UNAVAILABLE: &str = "unavailable";

/// A compare table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareTable {
    /// What it compares.
    pub spec: CompareSpec,
    /// The cells, first option and address outermost.
    pub cells: Vec<CompareCell>,
}

impl CompareTable {
    /// The cells where both answer and differ.
    pub fn differing(&self) -> impl Iterator<Item = &CompareCell> + '_ {
        self.cells.iter().filter(|c| c.differs())
    }

    fn title(&self) -> String {
        let s = &self.spec;
        let users = match s.users {
            Users::Same => "same user",
            Users::Different => "different users",
        };
        format!(
            "Linux vs {} ({}), {users}, IPv4, {}, first socket {}",
            s.era,
            s.era.profile().releases,
            s.proto.to_string().to_uppercase(),
            s.first_state
        )
    }

    /// The table in a format: Markdown, CSV or JSON.
    ///
    /// # Errors
    /// [`InputError::Value`] for HTML: the page holds the Linux and Windows tables as sections
    /// of their own, not a compare grid.
    pub fn render(&self, format: Format) -> Result<String, InputError> {
        match format {
            Format::Markdown => Ok(self.markdown()),
            Format::Csv => Ok(self.csv()),
            Format::Json => Ok(self.json()),
            Format::Html => Err(InputError::value(
                "format",
                "html",
                "a compare table prints as markdown, csv or json; the HTML page (table --era ERA --format html) \
                 shows the Linux tables in a section of their own",
            )),
        }
    }

    /// CSV: `first_option,first_address,second_option,second_address,linux,ERA,differs,why`;
    /// `unavailable` where a system lacks an option; `why` quoted, empty unless the cell differs.
    pub fn csv(&self) -> String {
        let mut out =
            format!("first_option,first_address,second_option,second_address,linux,{},differs,why\n", self.spec.era);
        for c in &self.cells {
            let why = c.why().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).unwrap_or_default();
            let _ = writeln!(out, "{},{},{},{},{why}", c.label(), c.linux_word(), c.windows_word(), c.differs());
        }
        out
    }

    /// Markdown: a grid with both answers per cell (`Linux / ERA`), differing cells in bold
    /// with a `≠`, then one line per differing cell saying why.
    pub fn markdown(&self) -> String {
        let era = self.spec.era;
        let mut out = format!("Second bind outcome, {}.\n\n", self.title());
        let _ = writeln!(
            out,
            "Each cell reads `Linux / {era}`. Wildcard is `0.0.0.0`; Specific is one address, the same for both \
             sockets (`127.0.0.1` on Linux, `10.0.0.1` on {era}). `n/a`: the system lacks the option (Linux has \
             no SO_EXCLUSIVEADDRUSE, Windows no SO_REUSEPORT). **≠** marks a cell where the two differ. Only \
             Linux depends on whether the first socket listens.\n"
        );
        out.push_str("| First socket | |");
        for o in CompareOption::ALL {
            for a in TableAddress::ALL {
                let _ = write!(out, " {} {} |", o.label(), address_label(a));
            }
        }
        out.push_str("\n|---|---|");
        out.push_str(&"---|".repeat(CompareOption::ALL.len() * TableAddress::ALL.len()));
        out.push('\n');
        for row in self.cells.chunks(CompareOption::ALL.len() * TableAddress::ALL.len()) {
            let _ = write!(out, "| {} | {} |", row[0].first_option.label(), address_label(row[0].first_address));
            for c in row {
                let text = format!("{} / {}", grid_word(c.linux_word()), grid_word(c.windows_word()));
                if c.differs() {
                    let _ = write!(out, " **{text} ≠** |");
                } else {
                    let _ = write!(out, " {text} |");
                }
            }
            out.push('\n');
        }
        let n = self.differing().count();
        let _ = writeln!(out, "\n{n} cell{} differ:\n", if n == 1 { "" } else { "s" });
        for c in self.differing() {
            let _ = writeln!(
                out,
                "- {} {} then {} {}: {}",
                c.first_option.label(),
                address_label(c.first_address),
                c.second_option.label(),
                address_label(c.second_address),
                c.why().unwrap_or_default()
            );
        }
        out
    }

    /// JSON: `{schema_version, title, linux: "linux", windows: ERA, users, proto, first_state,
    /// cells: [{first_option, first_address, second_option, second_address, linux, windows,
    /// differs, why?}]}`, each side `{outcome, error, rule, basis}` or `{unavailable: reason}`.
    pub fn json(&self) -> String {
        #[derive(Serialize)]
        struct Document {
            schema_version: u32,
            title: String,
            windows: Era,
            users: Users,
            proto: Proto,
            first_state: FirstState,
            differing: usize,
            cells: Vec<CellView>,
        }
        #[derive(Serialize)]
        struct CellView {
            first_option: CompareOption,
            first_address: TableAddress,
            second_option: CompareOption,
            second_address: TableAddress,
            linux: SideView,
            windows: SideView,
            differs: bool,
            #[serde(skip_serializing_if = "Option::is_none")]
            why: Option<String>,
        }
        #[derive(Serialize)]
        #[serde(untagged)]
        enum SideView {
            Answer { outcome: &'static str, error: Option<&'static str>, rule: &'static str, basis: Evidence },
            Unavailable { unavailable: &'static str },
        }
        let side = |c: &CompareCell, linux: bool| -> SideView {
            match (linux, c.linux, c.windows) {
                (true, Some(d), _) => SideView::Answer {
                    outcome: c.linux_word(),
                    error: d.outcome.err().map(|e| e.name()),
                    rule: d.rule.id(),
                    basis: d.evidence(),
                },
                (false, _, Some(d)) => SideView::Answer {
                    outcome: c.windows_word(),
                    error: d.error().map(|e| e.name()),
                    rule: d.reason.rule_id(),
                    basis: d.evidence(),
                },
                (true, None, _) | (false, _, None) => {
                    SideView::Unavailable { unavailable: c.lacking().unwrap_or(UNAVAILABLE) }
                }
            }
        };
        let doc = Document {
            schema_version: COMPARE_SCHEMA_VERSION,
            title: self.title(),
            windows: self.spec.era,
            users: self.spec.users,
            proto: self.spec.proto,
            first_state: self.spec.first_state,
            differing: self.differing().count(),
            cells: self
                .cells
                .iter()
                .map(|c| CellView {
                    first_option: c.first_option,
                    first_address: c.first_address,
                    second_option: c.second_option,
                    second_address: c.second_address,
                    linux: side(c, true),
                    windows: side(c, false),
                    differs: c.differs(),
                    why: c.why(),
                })
                .collect(),
        };
        let mut out =
            serde_json::to_string_pretty(&doc).expect("the view structs hold only strings, numbers and bools");
        out.push('\n');
        out
    }
}

/// `Success`, `INUSE`, `ACCESS`, `n/a`: short enough for a 10-column grid.
fn grid_word(word: &'static str) -> String {
    match word {
        "success" => "Success".to_owned(),
        UNAVAILABLE => "n/a".to_owned(),
        other => other.to_ascii_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::WsaError;
    use crate::rules::linux::{LinuxError, LinuxRule};

    fn spec(era: Era, users: Users, first_state: FirstState) -> CompareSpec {
        CompareSpec { era, users, proto: Proto::Tcp, first_state }
    }

    #[test]
    fn lacking_options_show_as_such_and_never_differ() {
        let t = spec(Era::Win10, Users::Same, FirstState::Listening).generate();
        assert_eq!(t.cells.len(), 100);
        for c in &t.cells {
            let options = [c.first_option, c.second_option];
            let linux_lacks = options.contains(&CompareOption::Exclusive);
            let windows_lacks = options.iter().any(|o| matches!(o, CompareOption::ReusePort | CompareOption::Both));
            assert_eq!(c.linux.is_none(), linux_lacks, "{}", c.label());
            assert_eq!(c.windows.is_none(), windows_lacks, "{}", c.label());
            if c.linux.is_none() || c.windows.is_none() {
                assert!(!c.differs() && c.why().is_none() && c.lacking().is_some());
            }
        }
    }

    #[test]
    fn sides_are_the_two_models_own_cells() {
        let s = spec(Era::Server2003, Users::Different, FirstState::Bound);
        let t = s.generate();
        let win = generate(&Spec::new(Era::Server2003, Users::Different));
        let linux_cells = linux::table(Users::Different, Proto::Tcp, FirstState::Bound.state());
        let mut seen_win = 0;
        let mut seen_linux = 0;
        for c in &t.cells {
            if let Some(d) = c.windows {
                assert!(win.cells.iter().any(|w| w.decision == d));
                seen_win += 1;
            }
            if c.linux.is_some() {
                seen_linux += 1;
            }
        }
        assert_eq!((seen_win, seen_linux), (win.cells.len(), linux_cells.len()));
    }

    #[test]
    fn reuseaddr_beneath_a_listening_wildcard_differs_with_both_rules_named() {
        let t = spec(Era::Win10, Users::Same, FirstState::Listening).generate();
        let c = t.cells.iter().find(|c| c.label() == "reuseaddr,wildcard,reuseaddr,specific").unwrap();
        assert_eq!(
            c.linux.map(|d| (d.outcome, d.rule)),
            Some((Err(LinuxError::AddrInUse), LinuxRule::ListeningRefusesReuseAddr))
        );
        assert_eq!(c.windows.map(|d| d.result), Some(Ok(())));
        let why = c.why().unwrap();
        assert!(why.contains("(X6)") && why.contains(&format!("({})", c.windows.unwrap().reason.rule_id())), "{why}");
        // Bound, not listening, Linux shares too (X2): the cell agrees.
        let t = spec(Era::Win10, Users::Same, FirstState::Bound).generate();
        let c = t.cells.iter().find(|c| c.label() == "reuseaddr,wildcard,reuseaddr,specific").unwrap();
        assert!(!c.differs());
    }

    #[test]
    fn windows_refusals_of_other_errors_are_kept() {
        let t = spec(Era::Win10, Users::Different, FirstState::Listening).generate();
        let c = t.cells.iter().find(|c| c.label() == "default,wildcard,default,specific").unwrap();
        assert_eq!(c.windows.map(|d| d.result), Some(Err(WsaError::Access)));
        assert_eq!(c.linux_word(), "inuse");
        assert!(c.differs());
    }
}
