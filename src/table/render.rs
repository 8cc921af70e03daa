//! Renderers: pure functions from a [`Table`] to text, `\n` line endings, no trailing spaces.

use std::fmt::Write as _;

use super::{Cell, Table, TableFamily, CALLERS};
use crate::error::WsaError;
use crate::rules::Users;

/// An output format for tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// The oracle format of `tables/*.csv` (`design.md`, "Command-line contract").
    Csv,
    /// A grid in the documents' layout, for README files and docs.
    Markdown,
}

crate::endpoint::word_enum!(Format, "format", Csv => ["csv"], Markdown => ["markdown", "md"]);

/// Renders a table in a format.
pub fn render(table: &Table, format: Format) -> String {
    match format {
        Format::Csv => csv(table),
        Format::Markdown => markdown(table),
    }
}

/// The CSV cell word: `success`, or the error's short name (`inuse`, `access`, ...).
fn csv_word(cell: &Cell) -> &'static str {
    match cell.decision.result {
        Ok(()) => "success",
        Err(e) => e.short(),
    }
}

/// The documents' cell word: `Success`, `INUSE`, `ACCESS`; other errors in capitals.
fn document_word(cell: &Cell) -> String {
    match cell.decision.result {
        Ok(()) => "Success".to_owned(),
        Err(WsaError::AddrInUse) => "INUSE".to_owned(),
        Err(e) => e.short().to_ascii_uppercase(),
    }
}

fn csv(table: &Table) -> String {
    let mut out = String::from("first_option,first_address,second_option,second_address,outcome\n");
    for c in &table.cells {
        let _ = writeln!(out, "{},{},{},{},{}", c.first.mode, c.first.addr, c.second.mode, c.second.addr, csv_word(c));
    }
    out
}

/// A one-line title naming everything the table depends on.
pub(crate) fn title(table: &Table) -> String {
    let s = &table.spec;
    let p = s.era.profile();
    let users = if !p.enhanced_security {
        "any users (no enhanced socket security)"
    } else {
        match s.users {
            Users::Same => "both callers the same user",
            Users::Different => "callers are different users",
        }
    };
    let family = match s.family {
        TableFamily::V4 => "IPv4",
        TableFamily::V6 => "IPv6 (IPV6_V6ONLY on)",
        TableFamily::Dual => "IPv6 dual-stack (IPV6_V6ONLY off)",
    };
    let admins = if s.callers_are_admins() { ", callers are administrators" } else { "" };
    format!("{} ({}), {}, {}, {}{}", p.id, p.releases, users, family, s.proto.to_string().to_uppercase(), admins)
}

fn markdown(table: &Table) -> String {
    let mut out = format!("Second bind outcome: {}.\n\n", title(table));
    out.push_str("| First caller | |");
    for c in CALLERS {
        let _ = write!(out, " {} {} |", c.mode.document_label(), c.addr.document_label());
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(CALLERS.len()));
    out.push('\n');
    for row in table.cells.chunks(CALLERS.len()) {
        let first = row[0].first;
        let _ = write!(out, "| {} | {} |", first.mode.document_label(), first.addr.document_label());
        for c in row {
            let _ = write!(out, " {} |", document_word(c));
        }
        out.push('\n');
    }
    out
}
