//! The Linux tables: a first socket (bound or listening), then a second bind to its port, answered
//! by the Linux rules ([`rules::linux::table`](crate::rules::linux::table)), in the formats of
//! `winsock-bind table --os linux`.
//!
//! The cells are those of `tables/linux/*.csv`, which `tests/linux_kernel.rs` checks against the
//! running kernel; this file only draws them. CSV is the same bytes as those files (with
//! `--explain`, `basis` and `rule` columns are added); Markdown is an 8 x 8 grid with the rule id
//! and a mark for observed cells in each cell, then a legend and the rules; JSON is a document
//! of its own shape ([`LINUX_SCHEMA_VERSION`]).
//!
//! ```
//! use winsock_bind::table::{FirstState, LinuxSpec};
//! use winsock_bind::{rules::Users, Proto};
//! let spec = LinuxSpec { users: Users::Same, proto: Proto::Tcp, first_state: FirstState::Listening };
//! let csv = spec.csv(false);
//! assert!(csv.contains("\nreuseaddr,wildcard,reuseaddr,wildcard,inuse\n"));
//! assert_eq!(csv.lines().count(), 65);
//! ```

use std::fmt::Write as _;

use serde::Serialize;

use super::render::{evidence_mark, Format};
use crate::endpoint::Proto;
use crate::era::Era;
use crate::error::InputError;
use crate::evidence::Evidence;
use crate::rules::linux::{self, LinuxRule, LinuxState, TableAddress, TableCell, TableOption};
use crate::rules::Users;

/// The version of the JSON document of `winsock-bind table --os linux --format json`, its
/// `schema_version` (a shape of its own, apart from the Windows tables').
pub const LINUX_SCHEMA_VERSION: u32 = 1;

/// Where the first socket of a Linux table is: bound, or listening (TCP only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FirstState {
    /// Bound, not listening.
    Bound,
    /// Listening (TCP only): a running server.
    Listening,
}

crate::endpoint::word_enum!(FirstState, "first state", Bound => ["bound"], Listening => ["listening", "listen"]);

impl FirstState {
    /// The Linux socket state.
    pub const fn state(self) -> LinuxState {
        match self {
            Self::Bound => LinuxState::Bound,
            Self::Listening => LinuxState::Listening,
        }
    }
}

/// What a Linux table is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct LinuxSpec {
    /// The same effective uid for both sockets, or two uids.
    pub users: Users,
    /// TCP or UDP.
    pub proto: Proto,
    /// Whether the first socket is bound or listening.
    pub first_state: FirstState,
}

impl LinuxSpec {
    /// Every Linux table, in the order of `tables/linux/` (users, then TCP bound, TCP listening,
    /// UDP bound).
    pub fn all() -> Vec<Self> {
        linux::table_files()
            .into_iter()
            .map(|(_, users, proto, state)| Self {
                users,
                proto,
                first_state: match state {
                    LinuxState::Listening => FirstState::Listening,
                    LinuxState::Bound | LinuxState::TimeWait => FirstState::Bound,
                },
            })
            .collect()
    }

    /// Checks the combination: a UDP socket never listens.
    ///
    /// # Errors
    /// [`InputError::Value`] for `udp` with `listening`.
    ///
    /// ```
    /// use winsock_bind::table::{FirstState, LinuxSpec};
    /// use winsock_bind::{rules::Users, Proto};
    /// let spec = LinuxSpec { users: Users::Same, proto: Proto::Udp, first_state: FirstState::Listening };
    /// assert!(spec.validate().unwrap_err().to_string().contains("UDP sockets do not listen"));
    /// ```
    pub fn validate(&self) -> Result<(), InputError> {
        match (self.proto, self.first_state) {
            (Proto::Udp, FirstState::Listening) => Err(InputError::value(
                "first state",
                "listening",
                "UDP sockets do not listen; use --first-state bound with --proto udp",
            )),
            (Proto::Tcp, FirstState::Bound | FirstState::Listening) | (Proto::Udp, FirstState::Bound) => Ok(()),
        }
    }

    /// The cells, from the Linux rules: first option and address outermost.
    pub fn cells(&self) -> Vec<TableCell> {
        linux::table(self.users, self.proto, self.first_state.state())
    }

    /// The file name stem of the table in `tables/generated/`: `linux-same-tcp-listening`.
    pub fn stem(&self) -> String {
        format!("linux-{}-{}-{}", self.users, self.proto, self.first_state)
    }

    /// The command that prints this table.
    pub fn command(&self, format: &str) -> String {
        format!(
            "winsock-bind table --os linux --users {} --proto {} --first-state {} --format {format}",
            self.users, self.proto, self.first_state
        )
    }

    /// A one-line title.
    pub fn title(&self) -> String {
        let users = match self.users {
            Users::Same => "both sockets of the same effective uid",
            Users::Different => "sockets of different effective uids",
        };
        let first = match self.first_state {
            FirstState::Bound => "first socket bound",
            FirstState::Listening => "first socket listening",
        };
        format!("Linux, {users}, IPv4, {}, {first}", self.proto.to_string().to_uppercase())
    }

    /// The table in a format. `explain` adds the `basis` and `rule` columns to CSV; Markdown and
    /// JSON always give each cell's rule. HTML is the page of every table (`--format html` for
    /// a Windows era), the Windows part showing win10 and this Linux table open in its Linux
    /// section.
    pub fn render(&self, format: Format, explain: bool) -> String {
        match format {
            Format::Csv => self.csv(explain),
            Format::Markdown => self.markdown(),
            Format::Json => self.json(),
            Format::Html => super::html::render_page(
                &super::generate(&super::Spec::new(Era::Win10, Users::Same)),
                super::RenderOptions::default(),
                Some(self),
            ),
        }
    }

    /// CSV: the bytes of `tables/linux/*.csv`; with `explain`, `basis` and `rule` columns after
    /// the outcome.
    pub fn csv(&self, explain: bool) -> String {
        if !explain {
            return linux::table_csv(self.users, self.proto, self.first_state.state());
        }
        let mut out = String::from("first_option,first_address,second_option,second_address,outcome,basis,rule\n");
        for c in self.cells() {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{}",
                c.first_option.name(),
                c.first_address.name(),
                c.second_option.name(),
                c.second_address.name(),
                c.outcome(),
                c.decision.evidence(),
                c.decision.rule.id()
            );
        }
        out
    }

    /// Markdown: the grid (each cell its outcome, rule id, and `†` when the rule rests on
    /// observation of the kernel rather than the man pages), the legend, then each rule of the
    /// table once with its sentence and source.
    pub fn markdown(&self) -> String {
        let cells = self.cells();
        let mut out = format!("Second bind outcome: {}.\n\n", self.title());
        out.push_str(
            "Wildcard is `0.0.0.0:8080`, Specific is `127.0.0.1:8080` (both sockets bind the same address). \
             Options: Default (neither), SO_REUSEADDR, SO_REUSEPORT, Both (SO_REUSEADDR and SO_REUSEPORT).\n\n",
        );
        out.push_str("| First socket | |");
        for o in TableOption::ALL {
            for a in TableAddress::ALL {
                let _ = write!(out, " {} {} |", option_label(o), address_label(a));
            }
        }
        out.push_str("\n|---|---|");
        out.push_str(&"---|".repeat(TableOption::ALL.len() * TableAddress::ALL.len()));
        out.push('\n');
        for row in cells.chunks(TableOption::ALL.len() * TableAddress::ALL.len()) {
            let _ = write!(out, "| {} | {} |", option_label(row[0].first_option), address_label(row[0].first_address));
            for c in row {
                let _ = write!(out, " {} ({})", cell_word(c), c.decision.rule.id());
                match evidence_mark(c.decision.evidence()) {
                    "" => {}
                    mark => {
                        let _ = write!(out, " {mark}");
                    }
                }
                out.push_str(" |");
            }
            out.push('\n');
        }
        out.push_str(
            "\n`Success`: the bind succeeds; `EADDRINUSE` (98): the address is in use; `EACCES` (13): a privileged \
             port without CAP_NET_BIND_SERVICE. Cells without a mark rest on the Linux man pages; ",
        );
        let _ = writeln!(
            out,
            "{} marks a rule that rests on the kernel's code as measured on a real kernel (no man page states it).",
            evidence_mark(Evidence::Observed)
        );
        out.push_str("\nRules:\n\n");
        for rule in distinct_rules(&cells) {
            let _ = writeln!(
                out,
                "- **{}** ({}): {} Source: {}.",
                rule.id(),
                rule.evidence(),
                rule.explanation(),
                rule.source()
            );
        }
        out
    }

    /// JSON: `{schema_version, os: "linux", title, users, proto, first_state, port, wildcard,
    /// specific, cells: [{first_option, first_address, second_option, second_address, outcome,
    /// error, errno, basis, rule, sentence, source}]}`.
    pub fn json(&self) -> String {
        #[derive(Serialize)]
        struct Document {
            schema_version: u32,
            os: &'static str,
            title: String,
            users: Users,
            proto: Proto,
            first_state: FirstState,
            port: u16,
            wildcard: String,
            specific: String,
            cells: Vec<CellView>,
        }
        #[derive(Serialize)]
        struct CellView {
            first_option: TableOption,
            first_address: TableAddress,
            second_option: TableOption,
            second_address: TableAddress,
            outcome: &'static str,
            error: Option<&'static str>,
            errno: Option<i32>,
            basis: Evidence,
            rule: &'static str,
            sentence: &'static str,
            source: &'static str,
        }
        let doc = Document {
            schema_version: LINUX_SCHEMA_VERSION,
            os: "linux",
            title: self.title(),
            users: self.users,
            proto: self.proto,
            first_state: self.first_state,
            port: linux::TABLE_PORT,
            wildcard: TableAddress::Wildcard.ip().to_string(),
            specific: TableAddress::Specific.ip().to_string(),
            cells: self
                .cells()
                .iter()
                .map(|c| CellView {
                    first_option: c.first_option,
                    first_address: c.first_address,
                    second_option: c.second_option,
                    second_address: c.second_address,
                    outcome: c.outcome(),
                    error: c.decision.outcome.err().map(|e| e.name()),
                    errno: c.decision.outcome.err().map(|e| e.errno()),
                    basis: c.decision.evidence(),
                    rule: c.decision.rule.id(),
                    sentence: c.decision.rule.explanation(),
                    source: c.decision.rule.source(),
                })
                .collect(),
        };
        let mut out =
            serde_json::to_string_pretty(&doc).expect("the view structs hold only strings, numbers and bools");
        out.push('\n');
        out
    }
}

/// The rules of a table in order of first appearance.
pub(super) fn distinct_rules(cells: &[TableCell]) -> Vec<LinuxRule> {
    let mut out = Vec::new();
    for c in cells {
        if !out.contains(&c.decision.rule) {
            out.push(c.decision.rule);
        }
    }
    out
}

/// The grid word of an option: `Default`, `SO_REUSEADDR`, `SO_REUSEPORT`, `Both`.
pub(super) fn option_label(o: TableOption) -> &'static str {
    match o {
        TableOption::Default => "Default",
        TableOption::ReuseAddr => "SO_REUSEADDR",
        TableOption::ReusePort => "SO_REUSEPORT",
        TableOption::Both => "Both",
    }
}

/// The grid word of an address: `Wildcard`, `Specific`.
pub(super) fn address_label(a: TableAddress) -> &'static str {
    match a {
        TableAddress::Wildcard => "Wildcard",
        TableAddress::Specific => "Specific",
    }
}

/// The grid word of a cell: `Success` or the errno name.
pub(super) fn cell_word(c: &TableCell) -> &'static str {
    match c.decision.outcome {
        Ok(()) => "Success",
        Err(e) => e.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_specs_are_the_committed_linux_files_and_valid() {
        let specs = LinuxSpec::all();
        assert_eq!(specs.len(), 6);
        let names: Vec<String> = linux::table_files().into_iter().map(|(n, ..)| n).collect();
        for (spec, name) in specs.iter().zip(&names) {
            assert!(spec.validate().is_ok());
            assert_eq!(format!("linux-{name}"), format!("{}.csv", spec.stem()));
        }
    }

    #[test]
    fn explain_adds_basis_and_rule_after_the_oracle_columns() {
        let spec = LinuxSpec { users: Users::Different, proto: Proto::Tcp, first_state: FirstState::Listening };
        let plain = spec.csv(false);
        let explained = spec.csv(true);
        for (p, e) in plain.lines().zip(explained.lines()).skip(1) {
            let rest = e.strip_prefix(p).expect("same leading columns");
            assert!(rest.starts_with(",documented,X") || rest.starts_with(",observed,X"), "{e}");
        }
        // Other uids cannot join a SO_REUSEPORT group (X7).
        assert!(explained.contains("\nreuseport,wildcard,reuseport,wildcard,inuse,documented,X7\n"));
    }

    #[test]
    fn markdown_grid_has_eight_rows_of_eight_cells_and_lists_each_rule_once() {
        let spec = LinuxSpec { users: Users::Same, proto: Proto::Tcp, first_state: FirstState::Listening };
        let md = spec.markdown();
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| First")).collect();
        assert_eq!(rows.len(), 8);
        assert!(rows.iter().all(|r| r.matches(" |").count() == 10), "{rows:?}");
        assert!(rows[2].starts_with("| SO_REUSEADDR | Wildcard | EADDRINUSE (X8) † |"), "{}", rows[2]);
        let rules: Vec<&str> = md.lines().filter(|l| l.starts_with("- **X")).collect();
        let mut ids: Vec<&str> = rules.iter().map(|l| &l[4..l[4..].find('*').unwrap() + 4]).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), rules.len());
    }
}
