//! CSV: the oracle format of `tables/*.csv`, one line per cell.
//!
//! Header and columns (README, "Tables"):
//! - `v4`, `v6`, `dual`: `first_option,first_address,second_option,second_address,outcome`,
//!   byte-identical to the oracles for the documented combinations;
//! - `mixed`: `first_socket` and `second_socket` (`dual` or `v4`) before each caller's columns;
//! - a `basis` column (`documented`, `observed` or `extrapolated`) after the outcome whenever a
//!   cell is not documented, and with `--explain`: a table without it is documented throughout;
//! - with `--explain`, a last `rule` column (`E8`, `P2`, ...).

use std::fmt::Write as _;

use super::render::outcome_word;
use super::{RenderOptions, Table, TableFamily};

pub(super) fn render(table: &Table, options: RenderOptions) -> String {
    let mixed = table.spec.family == TableFamily::Mixed;
    let basis = options.explain || table.has_undocumented_cells();
    let mut out = String::new();
    if mixed {
        out.push_str("first_socket,first_option,first_address,second_socket,second_option,second_address,outcome");
    } else {
        out.push_str("first_option,first_address,second_option,second_address,outcome");
    }
    if basis {
        out.push_str(",basis");
    }
    out.push_str(if options.explain { ",rule\n" } else { "\n" });
    for c in &table.cells {
        if mixed {
            let _ = write!(
                out,
                "{},{},{},{},{},{},{}",
                c.section.first.word(),
                c.first.mode,
                c.first.addr,
                c.section.second.word(),
                c.second.mode,
                c.second.addr,
                outcome_word(c),
            );
        } else {
            let _ = write!(
                out,
                "{},{},{},{},{}",
                c.first.mode,
                c.first.addr,
                c.second.mode,
                c.second.addr,
                outcome_word(c)
            );
        }
        if basis {
            let _ = write!(out, ",{}", c.basis());
        }
        if options.explain {
            let _ = write!(out, ",{}", c.decision.reason.rule_id());
        }
        out.push('\n');
    }
    out
}
