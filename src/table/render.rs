//! Rendering: pure functions from a [`Table`] to text, `\n` line endings, no trailing spaces.
//!
//! One renderer per file (`csv.rs`, `markdown.rs`, `json.rs`, `html.rs`); this file holds the
//! choice of renderer and the words they share, so that every format names outcomes, callers and
//! the basis of a cell the same way.

use super::{Cell, Table};
use crate::era::Behaviour;
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::rules::{Reason, Users};

/// An output format for tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// The oracle format of `tables/*.csv`; `mixed` tables add the two sockets' kinds, a table
    /// with any cell that is not documented (and every table with `--explain`) a `basis`
    /// column, and `--explain` the rule (README, "Tables").
    Csv,
    /// A grid in the documents' layout, for README files and docs.
    Markdown,
    /// A JSON document with a stable schema ([`SCHEMA_VERSION`](super::SCHEMA_VERSION), README
    /// "Tables").
    Json,
    /// One self-contained HTML page with selectors for every table the model can draw, this
    /// table selected.
    Html,
}

crate::endpoint::word_enum!(Format, "format", Csv => ["csv"], Markdown => ["markdown", "md"], Json => ["json"], Html => ["html"]);

/// How to render: the switches of `winsock-bind table` that change the presentation, not the
/// cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RenderOptions {
    /// Show each cell's rule (and in JSON its sentence); `--explain`.
    pub explain: bool,
    /// Ask for the documents' answers (`--documented`). For two-socket bind tables no document
    /// contradicts observation, so no answer changes: cells that only observation covers are
    /// labelled "not documented: observed answer shown".
    pub documented: bool,
}

impl RenderOptions {
    /// The answers the reader asked for: documented if `--documented` was given or the era
    /// answers as documented by default (up to Vista), else observed.
    pub fn behaviour(&self, table: &Table) -> Behaviour {
        if self.documented {
            Behaviour::Documented
        } else {
            table.spec.era.profile().behaviour
        }
    }
}

/// Renders a table in a format with default options (no rules, the era's default answers).
pub fn render(table: &Table, format: Format) -> String {
    render_with(table, format, RenderOptions::default())
}

/// Renders a table in a format.
pub fn render_with(table: &Table, format: Format, options: RenderOptions) -> String {
    match format {
        Format::Csv => super::csv::render(table, options),
        Format::Markdown => super::markdown::render(table, options),
        Format::Json => super::json::render(table, options),
        Format::Html => super::html::render(table, options),
    }
}

/// The CSV cell word: `success`, or the error's short name (`inuse`, `access`, ...).
pub(super) fn outcome_word(cell: &Cell) -> &'static str {
    match cell.decision.result {
        Ok(()) => "success",
        Err(e) => e.short(),
    }
}

/// The documents' cell word: `Success`, `INUSE`, `ACCESS`; other errors in capitals.
pub(super) fn document_word(result: Result<(), WsaError>) -> String {
    match result {
        Ok(()) => "Success".to_owned(),
        Err(WsaError::AddrInUse) => "INUSE".to_owned(),
        Err(e) => e.short().to_ascii_uppercase(),
    }
}

/// How the users axis reads in titles.
pub(super) fn users_phrase(table: &Table) -> &'static str {
    if !table.spec.users_matter() {
        return "any users (no enhanced socket security)";
    }
    match table.spec.users {
        Users::Same => "both callers the same user",
        Users::Different => "callers are different users",
    }
}

/// A one-line title naming everything the table depends on.
pub(super) fn title(table: &Table) -> String {
    let s = &table.spec;
    let p = s.era.profile();
    let family = match s.family {
        super::TableFamily::V4 => "IPv4",
        super::TableFamily::V6 => "IPv6 (IPV6_V6ONLY on)",
        super::TableFamily::Dual => "IPv6 dual-stack (IPV6_V6ONLY off)",
        super::TableFamily::Mixed => "dual-stack and IPv4 sockets",
    };
    let admins = if s.callers_are_admins() { ", callers are administrators" } else { "" };
    format!(
        "{} ({}), {}, {}, {}{}",
        p.id,
        p.releases,
        users_phrase(table),
        family,
        s.proto.to_string().to_uppercase(),
        admins
    )
}

/// The sentence that explains what an observed cell means, in the behaviour asked for.
pub(super) fn observed_note(behaviour: Behaviour) -> &'static str {
    match behaviour {
        Behaviour::Observed => {
            "observed on current Windows (Wine's conformance tests, which pass there); no Microsoft document states this answer"
        }
        Behaviour::Documented => {
            "not documented: no Microsoft document gives this answer; the observed answer is shown"
        }
    }
}

/// The sentence that explains what an extrapolated cell means.
pub(super) const EXTRAPOLATED_NOTE: &str = "extrapolated: neither a Microsoft document nor an observation of Windows \
     gives this answer; it is the model's own reading (the dual-stack principle: IPv4 specific < 0.0.0.0 < \
     dual-stack [::], decided by the one-stack rules)";

/// The mark of a cell's evidence in grids: none, `†` (observed) or `‡` (extrapolated).
pub(super) fn evidence_mark(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::Documented => "",
        Evidence::Observed => "\u{2020}",
        Evidence::Extrapolated => "\u{2021}",
    }
}

/// The label of a cell's evidence in the behaviour asked for: `documented`, `observed`,
/// `not documented: observed answer shown` or `extrapolated`.
pub(super) fn basis_label(basis: Evidence, behaviour: Behaviour) -> &'static str {
    match (basis, behaviour) {
        (Evidence::Documented, Behaviour::Documented | Behaviour::Observed) => "documented",
        (Evidence::Observed, Behaviour::Observed) => "observed",
        (Evidence::Observed, Behaviour::Documented) => "not documented: observed answer shown",
        (Evidence::Extrapolated, Behaviour::Documented | Behaviour::Observed) => "extrapolated",
    }
}

/// The distinct rules of a table in order of first appearance, each with the first cell it
/// decides (whose sentence stands for the rule in footnotes).
pub(super) fn distinct_rules(table: &Table) -> Vec<(Reason, &Cell)> {
    let mut out: Vec<(Reason, &Cell)> = Vec::new();
    for c in &table.cells {
        if !out.iter().any(|(r, _)| *r == c.decision.reason) {
            out.push((c.decision.reason, c));
        }
    }
    out
}

/// `Default Wildcard`, `SO_REUSEADDR Specific`: a caller as the documents label it.
pub(super) fn caller_label(c: super::Caller) -> String {
    format!("{} {}", c.mode.document_label(), c.addr.document_label())
}
