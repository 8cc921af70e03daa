//! The documented tables of seed 002 are the oracle: the rules must reproduce every cell.
//!
//! `tables/*.csv` were transcribed from the seed, not generated. Each is compared with the
//! generated table byte for byte, and on a mismatch every differing cell is listed with the
//! rule that produced the wrong answer.

use std::fs;
use winsock_bind::Privilege;

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

/// Plays one oracle row on a fresh Host: two sockets, their options, two binds. Returns the CSV
/// word for what happened to the second caller.
fn host_cell(era: Era, users: Users, row: &str) -> String {
    use winsock_bind::{Family, Host, Proto, ReuseMode};
    let cols: Vec<&str> = row.split(',').collect();
    let mut host = Host::new(era);
    host.add_address("10.0.0.1".parse().expect("address"));
    let first_user = host.add_user("first", Privilege::Admin);
    let second_user = match users {
        Users::Same => first_user,
        Users::Different => host.add_user("second", Privilege::Admin),
    };
    let caller = |host: &mut Host, user, mode: &str, addr: &str| -> Result<(), winsock_bind::WsaError> {
        let s = host.socket(Family::V4, Proto::Tcp, user)?;
        if let Some(opt) = mode.parse::<ReuseMode>().expect("oracle option").option() {
            host.set_option(s, opt, 1)?;
        }
        let ip = if addr == "wildcard" { "0.0.0.0" } else { "10.0.0.1" };
        host.bind(s, format!("{ip}:5150").parse::<winsock_bind::Endpoint>().expect("endpoint"))?;
        Ok(())
    };
    let first = caller(&mut host, first_user, cols[0], cols[1]);
    let second = first.and_then(|()| caller(&mut host, second_user, cols[2], cols[3]));
    match second {
        Ok(()) => "success".to_owned(),
        Err(e) => e.short().to_owned(),
    }
}

#[test]
fn the_host_reproduces_every_documented_cell_too() {
    let mut failures = Vec::new();
    for (file, era, users) in [
        ("pre2003.csv", Era::XpSp2, Users::Same),
        ("pre2003.csv", Era::Xp, Users::Different),
        ("enhanced-same-user.csv", Era::Server2003, Users::Same),
        ("enhanced-same-user.csv", Era::Win11, Users::Same),
        ("enhanced-different-users.csv", Era::Server2003, Users::Different),
        ("enhanced-different-users.csv", Era::Server2025, Users::Different),
    ] {
        let oracle = fs::read_to_string(format!("{}/tables/{file}", env!("CARGO_MANIFEST_DIR"))).expect("oracle");
        for (i, row) in oracle.lines().skip(1).enumerate() {
            let want = row.rsplit(',').next().unwrap_or("");
            let got = host_cell(era, users, row);
            if got != want {
                failures.push(format!("{file} line {} ({era}, {users}): {row}: Host gave {got}", i + 2));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
