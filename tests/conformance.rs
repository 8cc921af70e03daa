//! The documented tables of seed 002 are the oracle: the rules must reproduce every cell.
//!
//! `tables/*.csv` were transcribed from the seed, not generated. Each is compared with the
//! generated table byte for byte, and on a mismatch every differing cell is listed with the
//! rule that produced the wrong answer.

use std::fs;

use winsock_bind::rules::Users;
use winsock_bind::table::{self, Format, Spec, Table};
use winsock_bind::{Era, Exclusive};

/// Compares a generated table with an oracle file; returns every difference, one line each.
fn differences(oracle_file: &str, generated: &Table) -> Vec<String> {
    let path = format!("{}/tables/{oracle_file}", env!("CARGO_MANIFEST_DIR"));
    let oracle = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let rendered = table::render(generated, Format::Csv);
    if oracle == rendered {
        return Vec::new();
    }
    let mut out = Vec::new();
    let expected: Vec<&str> = oracle.lines().skip(1).collect();
    if expected.len() != generated.cells.len() {
        out.push(format!("{oracle_file}: {} cells in the oracle, {} generated", expected.len(), generated.cells.len()));
    }
    for (line, (want, cell)) in expected.iter().zip(&generated.cells).enumerate() {
        let got = rendered.lines().nth(line + 1).unwrap_or("");
        if *want != got {
            out.push(format!(
                "{oracle_file} line {}: first {} {}, second {} {}: expected `{}`, got `{}` ({})",
                line + 2,
                cell.first.mode,
                cell.first.addr,
                cell.second.mode,
                cell.second.addr,
                want.rsplit(',').next().unwrap_or(""),
                got.rsplit(',').next().unwrap_or(""),
                cell.decision
            ));
        }
    }
    if out.is_empty() {
        out.push(format!("{oracle_file}: same cells but the bytes differ (line endings or header?)"));
    }
    out
}

fn assert_matches(oracle_file: &str, specs: &[Spec]) {
    let failures: Vec<String> = specs.iter().flat_map(|s| differences(oracle_file, &table::generate(s))).collect();
    assert!(failures.is_empty(), "{} cell(s) differ from the documents:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn table_2_holds_in_every_era_before_enhanced_security_that_has_exclusive() {
    let eras: Vec<Spec> = Era::ALL
        .into_iter()
        .filter(|e| !e.profile().enhanced_security && e.profile().exclusive != Exclusive::Unavailable)
        .flat_map(|e| [Spec::new(e, Users::Same), Spec::new(e, Users::Different)])
        .collect();
    assert_eq!(eras.len(), 8, "nt4sp4, win2000, xp, xpsp2 x two user settings");
    assert_matches("pre2003.csv", &eras);
}

#[test]
fn table_3_holds_for_the_same_user_in_every_era_with_enhanced_security() {
    let eras: Vec<Spec> =
        Era::ALL.into_iter().filter(|e| e.profile().enhanced_security).map(|e| Spec::new(e, Users::Same)).collect();
    assert_matches("enhanced-same-user.csv", &eras);
}

#[test]
fn table_4_holds_for_different_users_in_every_era_with_enhanced_security() {
    let eras: Vec<Spec> = Era::ALL
        .into_iter()
        .filter(|e| e.profile().enhanced_security)
        .map(|e| Spec::new(e, Users::Different))
        .collect();
    assert_matches("enhanced-different-users.csv", &eras);
}

#[test]
fn every_documented_cell_names_a_rule_and_explains_itself() {
    for (era, users) in [(Era::XpSp2, Users::Same), (Era::Server2003, Users::Same), (Era::Server2003, Users::Different)]
    {
        for cell in table::generate(&Spec::new(era, users)).cells {
            let d = cell.decision;
            assert!(!d.sentence().is_empty());
            assert!(d.to_string().contains(d.reason.rule_id()));
            // A failed bind always names the socket it collided with.
            if d.is_ok() {
                continue;
            }
            assert_eq!(d.against.map(|b| b.socket.0), Some(1), "{era} {users} {cell:?}");
        }
    }
}

#[test]
fn every_legacy_and_enhanced_rule_decides_some_documented_cell() {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (era, users) in [(Era::XpSp2, Users::Same), (Era::Server2003, Users::Same), (Era::Server2003, Users::Different)]
    {
        for cell in table::generate(&Spec::new(era, users)).cells {
            *counts.entry(cell.decision.reason.rule_id()).or_default() += 1;
        }
    }
    println!("cells per rule over the 108 documented cells: {counts:?}");
    assert_eq!(counts.values().sum::<usize>(), 108);
    for id in ["L1", "L2", "L3", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"] {
        assert!(counts.contains_key(id), "rule {id} decides no documented cell");
    }
}
