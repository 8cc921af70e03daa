//! Markdown: a grid per section in the documents' layout, then the notes.
//!
//! Cells read `Success`, `INUSE`, `ACCESS` (other errors in capitals, e.g. `NOPROTOOPT`). With
//! `--explain` each cell adds its rule id, `INUSE (E8)`, and a list after the grid gives each
//! distinct rule once: id, slug, the sentence of the first cell it decides, and its source. A
//! cell that rests on observation is marked `†`, one that rests on the model's extrapolation `‡`,
//! each with a note saying so; a table without marks says that every answer is documented.

use std::fmt::Write as _;

use crate::evidence::Evidence;

use super::render::{
    caller_label, distinct_rules, document_word, evidence_mark, observed_note, title, EXTRAPOLATED_NOTE,
};
use super::{AddrKind, Cell, RenderOptions, Section, Table, CALLERS};

pub(super) fn render(table: &Table, options: RenderOptions) -> String {
    let mut out = format!("Second bind outcome: {}.\n", title(table));
    let several = table.sections().count() > 1;
    for (section, cells) in table.sections() {
        out.push('\n');
        out.push_str(&addresses(section, several));
        out.push('\n');
        grid(&mut out, cells, options);
    }
    let behaviour = options.behaviour(table);
    let observed = table.has_cells(Evidence::Observed);
    let extrapolated = table.has_cells(Evidence::Extrapolated);
    out.push('\n');
    if !observed && !extrapolated {
        out.push_str(
            "Every answer here is documented (Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE).\n",
        );
    }
    if observed {
        let _ = writeln!(out, "{} {}.", evidence_mark(Evidence::Observed), capitalised(observed_note(behaviour)));
    }
    if extrapolated {
        let _ = writeln!(out, "{} {}.", evidence_mark(Evidence::Extrapolated), capitalised(EXTRAPOLATED_NOTE));
    }
    if options.explain {
        out.push_str("\nRules:\n\n");
        for (reason, c) in distinct_rules(table) {
            let _ = writeln!(
                out,
                "- **{}** `{}`: {} (first {}, second {}). Source: {}.",
                reason.rule_id(),
                reason.slug(),
                c.decision.sentence(),
                caller_label(c.first),
                caller_label(c.second),
                reason.source()
            );
        }
    }
    out
}

/// The line that says which addresses the callers bind.
fn addresses(section: Section, several: bool) -> String {
    let ep = |k: super::SocketKind, a| format!("`{}`", k.endpoint(a));
    if section.first == section.second && !several {
        let k = section.first;
        return format!(
            "Wildcard is {}, Specific is {} (both callers bind the same address).\n",
            ep(k, AddrKind::Wildcard),
            ep(k, AddrKind::Specific)
        );
    }
    format!(
        "First caller (rows): {} socket, Wildcard {}, Specific {}. Second caller (columns): {} socket, Wildcard {}, Specific {}.\n",
        section.first.label(),
        ep(section.first, AddrKind::Wildcard),
        ep(section.first, AddrKind::Specific),
        section.second.label(),
        ep(section.second, AddrKind::Wildcard),
        ep(section.second, AddrKind::Specific),
    )
}

fn grid(out: &mut String, cells: &[Cell], options: RenderOptions) {
    out.push_str("| First caller | |");
    for c in CALLERS {
        let _ = write!(out, " {} |", caller_label(c));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(CALLERS.len()));
    out.push('\n');
    for row in cells.chunks(CALLERS.len()) {
        let first = row[0].first;
        let _ = write!(out, "| {} | {} |", first.mode.document_label(), first.addr.document_label());
        for c in row {
            let _ = write!(out, " {}", document_word(c.decision.result));
            if options.explain {
                let _ = write!(out, " ({})", c.decision.reason.rule_id());
            }
            match evidence_mark(c.basis()) {
                "" => {}
                mark => {
                    let _ = write!(out, " {mark}");
                }
            }
            out.push_str(" |");
        }
        out.push('\n');
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
