//! JSON: one document per table, with a stable schema (README, "Tables").
//!
//! The schema is written here as private view structs rather than derived from the model's
//! types, so that a change inside the model cannot change the JSON by accident. Fields are
//! added only with a new [`SCHEMA_VERSION`]; `rule`, `slug`, `sentence` and `source` appear in
//! every cell with `--explain` and in none without.

use serde::Serialize;

use super::render::{outcome_word, title};
use super::{AddrKind, Cell, RenderOptions, SocketKind, Table, TableFamily};
use crate::endpoint::Proto;
use crate::era::Behaviour;
use crate::evidence::Evidence;
use crate::options::ReuseMode;
use crate::rules::Users;

/// The version of the JSON schema of `winsock-bind table --format json`, its `schema_version`.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Document {
    schema_version: u32,
    title: String,
    era: &'static str,
    releases: &'static str,
    users: Users,
    users_matter: bool,
    family: TableFamily,
    proto: Proto,
    callers_are_admins: bool,
    behaviour: Behaviour,
    explain: bool,
    sections: Vec<SectionView>,
}

#[derive(Serialize)]
struct SectionView {
    first: SocketView,
    second: SocketView,
    cells: Vec<CellView>,
}

#[derive(Serialize)]
struct SocketView {
    socket: &'static str,
    label: &'static str,
    v6only: Option<bool>,
    wildcard: String,
    specific: String,
}

#[derive(Serialize)]
struct CellView {
    first_option: ReuseMode,
    first_address: AddrKind,
    first_endpoint: String,
    second_option: ReuseMode,
    second_address: AddrKind,
    second_endpoint: String,
    outcome: &'static str,
    error: Option<&'static str>,
    code: Option<u16>,
    basis: Evidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'static str>,
}

fn socket(kind: SocketKind) -> SocketView {
    SocketView {
        socket: kind.word(),
        label: kind.label(),
        v6only: (kind != SocketKind::V4).then(|| kind.v6only()),
        wildcard: kind.endpoint(AddrKind::Wildcard).to_string(),
        specific: kind.endpoint(AddrKind::Specific).to_string(),
    }
}

fn cell(c: &Cell, explain: bool) -> CellView {
    let reason = c.decision.reason;
    CellView {
        first_option: c.first.mode,
        first_address: c.first.addr,
        first_endpoint: c.first_endpoint().to_string(),
        second_option: c.second.mode,
        second_address: c.second.addr,
        second_endpoint: c.second_endpoint().to_string(),
        outcome: outcome_word(c),
        error: c.decision.error().map(|e| e.name()),
        code: c.decision.error().map(|e| e.code()),
        basis: c.basis(),
        rule: explain.then(|| reason.rule_id()),
        slug: explain.then(|| reason.slug()),
        sentence: explain.then(|| c.decision.sentence()),
        source: explain.then(|| reason.source()),
    }
}

pub(super) fn render(table: &Table, options: RenderOptions) -> String {
    let s = &table.spec;
    let p = s.era.profile();
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        title: title(table),
        era: p.id,
        releases: p.releases,
        users: s.users,
        users_matter: s.users_matter(),
        family: s.family,
        proto: s.proto,
        callers_are_admins: s.callers_are_admins(),
        behaviour: options.behaviour(table),
        explain: options.explain,
        sections: table
            .sections()
            .map(|(section, cells)| SectionView {
                first: socket(section.first),
                second: socket(section.second),
                cells: cells.iter().map(|c| cell(c, options.explain)).collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).expect("the view structs hold only strings, numbers and bools");
    out.push('\n');
    out
}
