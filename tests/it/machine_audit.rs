//! The machine audit's second part (issue 14, item 3): what each listener's unknown options
//! would expose; `audit --live`; SARIF fingerprints that survive a reboot.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use winsock_bind::audit::machine::{exposures, machine_audit, Exposure};
use winsock_bind::audit::{Attacker, Severity, Threat};
use winsock_bind::snapshot::Snapshot;
use winsock_bind::{Era, ReuseMode};

use crate::common;

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run winsock-bind")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The committed multi-listener machine: netstat, its process list, HTTP.sys's URLs.
fn machine_files() -> Vec<PathBuf> {
    vec![
        fixture("machine/netstat-ano.txt"),
        fixture("machine/tasklist-svc.txt"),
        fixture("snapshots/netsh-http-show-servicestate.txt"),
    ]
}

fn find(all: &[Exposure], pid: u32, threat: Threat) -> &Exposure {
    all.iter()
        .find(|e| e.pid == pid && e.threat == threat)
        .unwrap_or_else(|| panic!("no {threat} for PID {pid}: {all:#?}"))
}

#[test]
fn each_listener_s_unknown_option_is_searched_per_threat_naming_the_pid() {
    let snap = Snapshot::read(&machine_files()).expect("snapshot");
    let report = machine_audit(Era::Win11, &snap);
    let all = &report.exposures;

    // A listener alone on 0.0.0.0:50123, options unknown. Without SO_EXCLUSIVEADDRUSE another
    // account binds 10.0.0.1:50123 while it restarts and takes that address (a more specific
    // binding beats a wildcard); with SO_REUSEADDR it can also join the wildcard itself; with
    // SO_EXCLUSIVEADDRUSE neither ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
    let shadow = find(all, 1600, Threat::Shadow);
    assert_eq!(shadow.exposed_if, [ReuseMode::Default, ReuseMode::ReuseAddr]);
    assert_eq!(shadow.safe_if, [ReuseMode::Exclusive]);
    assert_eq!(shadow.assumption, "if PID 1600 (svchost.exe: iphlpsvc) did not set SO_EXCLUSIVEADDRUSE");
    assert_eq!(shadow.fix_mode, Some(ReuseMode::Exclusive));
    // iphlpsvc is a built-in Windows service: its options are not the user's to set (issue 22,
    // point 2), so the fix is what the machine's configuration can do.
    assert!(!shadow.fix.contains("set SO_EXCLUSIVEADDRUSE before bind"), "{}", shadow.fix);
    assert!(
        shadow.fix.contains("built-in Windows service") && shadow.fix.contains("sc config iphlpsvc start= disabled"),
        "{}",
        shadow.fix
    );
    // The attack needs PID 1600 to restart first: at most medium (issue 22, point 10).
    assert_eq!(
        (shadow.attacker, shadow.needs, shadow.severity),
        (Attacker::OtherAccount, winsock_bind::audit::Needs::VictimRestart, Severity::Medium)
    );
    assert!(!shadow.certain());
    let steal = find(all, 1600, Threat::Steal);
    assert_eq!(steal.exposed_if, [ReuseMode::ReuseAddr]);
    assert!(steal.summary.starts_with("If PID 1600 (svchost.exe: iphlpsvc) set SO_REUSEADDR: another account"));
    // Whoever holds a port first keeps it, whatever the options: no option fixes a block.
    let block = find(all, 1600, Threat::Block);
    assert!(block.certain() && block.fix_mode.is_none(), "{block:#?}");
    assert!(block.fix.contains("its socket options are not yours to change"), "{}", block.fix);

    // Two processes on 0.0.0.0:9000 can only both be there with SO_REUSEADDR: the snapshot
    // rules the other settings out, and the steal is then certain.
    let shared = find(all, 1400, Threat::Steal);
    assert_eq!(
        (shared.exposed_if.as_slice(), shared.others.as_slice()),
        ([ReuseMode::ReuseAddr].as_slice(), [1500].as_slice())
    );
    assert_eq!(shared.ruled_out, [ReuseMode::Default, ReuseMode::Exclusive]);
    assert!(shared.certain() && shared.assumption.contains("PID 1500 holds 0.0.0.0:9000 too"), "{}", shared.assumption);
    assert!(shared.fix.contains("one of them has to move first"), "{}", shared.fix);
    find(all, 1500, Threat::Steal);

    // netstat does not show which of 0.0.0.0:8080 (PID 1200) and 10.0.0.1:8080 (PID 3300)
    // bound first: in some order PID 1200 can have set no option, so its steal (which needs
    // SO_REUSEADDR) is an assumption, not a certainty.
    let wildcard = find(all, 1200, Threat::Steal);
    assert_eq!(
        (wildcard.exposed_if.as_slice(), wildcard.certain()),
        ([ReuseMode::ReuseAddr].as_slice(), false),
        "{wildcard:#?}"
    );
    assert!(wildcard.safe_if.contains(&ReuseMode::Default), "{wildcard:#?}");

    // The kernel's options are known (none): no exposure rests on an unknown of PID 4.
    assert!(!all.iter().any(|e| e.pid == 4));
    // One finding per socket and threat, each severity from the one table.
    let mut keys: Vec<_> = all.iter().map(|e| (e.proto, e.socket, e.pid, e.threat)).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), all.len());
    for e in all {
        assert_eq!(e.severity, Severity::rated(e.threat, e.attacker, e.evidence, e.needs), "{e:#?}");
        assert!(!e.exposed_if.is_empty() && e.summary.contains(&format!("PID {}", e.pid)), "{e:#?}");
    }
}

#[test]
fn the_cli_prints_exposures_in_text_json_and_sarif() {
    let files: Vec<String> = machine_files().iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["audit", "--era", "win11"];
    args.extend(files.iter().map(String::as_str));
    let text = winsock_bind(&args);
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(text.contains("tcp 0.0.0.0:50123 (exposure: shadow, medium, PID 1600): If PID 1600"), "{text}");
    assert!(
        text.contains("    fix: PID 1600 (svchost.exe: iphlpsvc) runs the built-in Windows service iphlpsvc"),
        "{text}"
    );
    assert!(text.contains("    fix: PID 1200 (tomcat9.exe: Tomcat9): set SO_EXCLUSIVEADDRUSE before bind"), "{text}");

    let json = winsock_bind(&[args.as_slice(), &["--format", "json"]].concat());
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(json["schema_version"], 2);
    let e = json["exposures"]
        .as_array()
        .expect("exposures")
        .iter()
        .find(|e| e["pid"] == 1600 && e["threat"] == "shadow")
        .expect("1600");
    assert_eq!(e["exposed_if"], serde_json::json!(["default", "reuseaddr"]));
    assert_eq!(e["fix_mode"], "exclusive");
    assert_eq!(json["search"]["truncated"], false);

    let sarif = winsock_bind(&[args.as_slice(), &["--format", "sarif"]].concat());
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).expect("sarif");
    let errors: Vec<String> =
        common::schema().iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().expect("results");
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "exposure-shadow" && r["properties"]["pid"] == 1600)
        .expect("exposure result");
    assert_eq!(r["level"], "warning", "a shadow that needs a restart is medium");
    assert_eq!(r["properties"]["safeIf"], serde_json::json!(["exclusive"]));
}

/// The CLI writes a machine's SARIF as it is serialized, result by result; what it writes is
/// the library's whole log, byte for byte, fingerprints alike (netstat alone names no process, so
/// repeated prints are numbered, in the same order on both paths).
#[test]
fn the_cli_s_streamed_sarif_is_the_whole_log_byte_for_byte() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-machine-streamed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let unnamed = dir.join("netstat.txt");
    std::fs::write(
        &unnamed,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n  TCP    10.0.0.1:9000  0.0.0.0:0  LISTENING  16\n",
    )
    .expect("write");
    for files in [machine_files(), vec![unnamed]] {
        let snap = Snapshot::read(&files).expect("snapshot");
        let whole = machine_audit(Era::Win11, &snap).to_sarif().to_json().expect("json") + "\n";
        let log: serde_json::Value = serde_json::from_str(&whole).expect("sarif");
        let prints: std::collections::BTreeSet<String> = log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["partialFingerprints"].to_string())
            .collect();
        let results = log["runs"][0]["results"].as_array().map_or(0, Vec::len);
        assert!(results > 2 && prints.len() == results, "every result has its own fingerprint: {prints:?}");
        let mut args = vec!["audit".to_owned(), "--era".to_owned(), "win11".to_owned()];
        args.extend(files.iter().map(|p| p.display().to_string()));
        args.extend(["--format".to_owned(), "sarif".to_owned()]);
        let out = winsock_bind(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(String::from_utf8(out.stdout).expect("utf-8"), whole);
    }
}

/// `--fail-on` counts what is known to hold: live conflicts and exposures whatever the options.
/// A listener on a specific address is exposed to a steal only if it set SO_REUSEADDR, which
/// the snapshot cannot show (and only while it restarts: medium); whoever takes its port first
/// blocks it (medium) whatever.
#[test]
fn fail_on_counts_exposures_only_where_they_hold_whatever_the_options() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-machine-failon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let netstat = dir.join("netstat.txt");
    std::fs::write(
        &netstat,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP    10.0.0.1:8000  0.0.0.0:0  LISTENING  700\n",
    )
    .expect("write");
    let netstat = netstat.display().to_string();
    let json = winsock_bind(&["audit", "--era", "win11", &netstat, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let exposures = json["exposures"].as_array().expect("exposures");
    let steal = exposures.iter().find(|e| e["threat"] == "steal").expect("steal");
    assert_eq!((steal["severity"].as_str(), steal["safe_if"].as_array().map(Vec::len)), (Some("medium"), Some(2)));
    assert_eq!(steal["needs"], "victim-restart");
    let code = |t: &str| winsock_bind(&["audit", "--era", "win11", &netstat, "--fail-on", t]).status.code();
    assert_eq!(code("high"), Some(0), "nothing high");
    assert_eq!(code("medium"), Some(1), "the block holds whatever the options");
}

#[test]
fn sarif_fingerprints_of_a_machine_do_not_change_with_pids() {
    // The same machine after a reboot: every process has a new PID (the kernel keeps 4).
    let dir = std::env::temp_dir().join(format!("winsock-bind-machine-reboot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let renumber = |text: &str| -> String {
        let mut out = text.to_owned();
        for pid in [1200, 3300, 1400, 1500, 1600] {
            out = out
                .replace(&format!(" {pid}\n"), &format!(" {}\n", pid + 7000))
                .replace(&format!(" {pid} "), &format!(" {} ", pid + 7000));
        }
        out
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    for f in machine_files() {
        let text = std::fs::read_to_string(&f).expect("fixture");
        let moved = dir.join(f.file_name().expect("name"));
        std::fs::write(&moved, renumber(&text)).expect("write");
        assert!(f.ends_with("netsh-http-show-servicestate.txt") || renumber(&text) != text);
        before.push(f.display().to_string());
        after.push(moved.display().to_string());
    }
    let prints = |files: &[String]| -> Vec<String> {
        let mut args = vec!["audit", "--era", "win11", "--format", "sarif"];
        args.extend(files.iter().map(String::as_str));
        let log: serde_json::Value = serde_json::from_slice(&winsock_bind(&args).stdout).expect("sarif");
        let mut p: Vec<String> = log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["partialFingerprints"]["winsockBind/v1"].as_str().expect("fingerprint").to_owned())
            .collect();
        p.sort();
        p
    };
    let (a, b) = (prints(&before), prints(&after));
    assert!(a.len() > 10);
    assert_eq!(a, b, "a reboot must not make every finding new");
    let mut unique = a.clone();
    unique.dedup();
    assert_eq!(unique.len(), a.len(), "fingerprints tell findings apart");
    // Without the process list the names are unknown: still no PID in the fingerprints.
    assert_eq!(prints(&[before[0].clone()]), prints(&[after[0].clone()]));
}

/// A configuration flag beside snapshot files was silently ignored: it is refused, naming it.
#[test]
fn configuration_flags_are_refused_for_a_machine() {
    let netstat = fixture("machine/netstat-ano.txt").display().to_string();
    for flag in [&["--reuseaddr"][..], &["--start", "late"], &["--emit-attack", "dir"], &["--address", "10.0.0.9"]] {
        let mut args = vec!["audit", "--era", "win11", &netstat];
        args.extend_from_slice(flag);
        let out = winsock_bind(&args);
        assert_eq!(out.status.code(), Some(2), "{flag:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(flag[0]) && stderr.contains("machine"), "{stderr}");
    }
}

#[cfg(not(windows))]
#[test]
fn audit_live_is_a_clear_error_off_windows() {
    let out = winsock_bind(&["audit", "--live", "--era", "win11"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("only Windows has"), "{stderr}");
    let out = winsock_bind(&[
        "audit",
        "--era",
        "win11",
        "--keep",
        "dir",
        &fixture("machine/netstat-ano.txt").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2), "--keep needs --live");
    let out = winsock_bind(&["audit", "--live"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--era is required"));
}

/// Issue 14 item 6: the exposure search is bounded by the machine's distinct listener shapes,
/// not its number of listeners: 500 listeners of a few shapes take a few searches.
#[test]
fn exposure_searches_grow_with_shapes_not_listeners() {
    let mut text = String::from("  Proto  Local Address  Foreign Address  State  PID\n");
    for i in 0..500u32 {
        let port = 20_000 + i;
        let line = match i % 4 {
            0 => format!("  TCP    0.0.0.0:{port}  0.0.0.0:0  LISTENING  {}\n", 1000 + i),
            1 => format!("  TCP    10.0.0.{}:{port}  0.0.0.0:0  LISTENING  {}\n", 1 + i % 200, 1000 + i),
            2 => format!("  TCP    [::]:{port}  [::]:0  LISTENING  {}\n", 1000 + i),
            _ => format!("  UDP    0.0.0.0:{port}  *:*  {}\n", 1000 + i),
        };
        text += &line;
    }
    let mut snap = Snapshot::default();
    snap.add_text("netstat.txt", &text).expect("reads");
    let (found, stats) = exposures(Era::Win11, &snap);
    assert!(!stats.truncated && stats.unchecked_ports.is_empty());
    // 0.0.0.0, [::], UDP 0.0.0.0 and the 200 interface addresses are four shapes, all below
    // the dynamic range: three settings each.
    assert_eq!(stats.searches, 4 * 3, "{stats:?}");
    assert!(stats.searches <= winsock_bind::audit::machine::MAX_SEARCHES);
    assert!(found.iter().filter(|e| e.threat == Threat::Block).count() == 500);
}

fn snapshot(files: &[(&str, &str)]) -> Snapshot {
    let mut snap = Snapshot::default();
    for (name, text) in files {
        snap.add_text(name, text).expect("reads");
    }
    snap
}

const NETSTAT_HEADER: &str = "  Proto  Local Address  Foreign Address  State  PID\n";
const TASKLIST_HEADER: &str = "Image Name                     PID Services\n========================= ======== ============================================\n";

/// Issue 22, point 5: an exposure is checked against every socket of the PID on the port, both
/// stacks. SQL Server's DAC on 127.0.0.1:1434 and [::1]:1434 leaves no `[::1]` for another
/// account to take, so no high finding holds on a plain SQL Server machine.
#[test]
fn no_exposure_the_pid_s_own_sockets_already_rule_out() {
    let netstat = format!(
        "{NETSTAT_HEADER}  TCP    127.0.0.1:1434   0.0.0.0:0   LISTENING   4100\n  TCP    [::1]:1434   [::]:0   LISTENING   4100\n  TCP    0.0.0.0:3389   0.0.0.0:0   LISTENING   1100\n  TCP    [::]:3389   [::]:0   LISTENING   1100\n"
    );
    let snap = snapshot(&[("netstat.txt", &netstat)]);
    let report = machine_audit(Era::Win11, &snap);
    for e in &report.exposures {
        assert!(!e.summary.contains("[::1]:1434 and take"), "{e:#?}");
        assert!(!(e.threat == Threat::Shadow && e.socket.to_string() == "127.0.0.1:1434"), "{e:#?}");
    }
    assert!(!report.fails(Severity::High), "{:#?}", report.exposures);
}

/// Issue 22, point 6: `[::]:8080` of one process and `0.0.0.0:8080` of another split the port's
/// clients by stack: a live conflict for both.
#[test]
fn a_port_split_across_stacks_is_a_live_conflict() {
    use winsock_bind::audit::machine::{live_conflicts, LiveKind};
    let netstat = format!(
        "{NETSTAT_HEADER}  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   700\n  TCP    [::]:8080   [::]:0   LISTENING   800\n  TCP    0.0.0.0:9090   0.0.0.0:0   LISTENING   900\n  TCP    [::]:9090   [::]:0   LISTENING   900\n"
    );
    let found = live_conflicts(Era::Win11, &snapshot(&[("netstat.txt", &netstat)]));
    let split: Vec<_> = found.iter().filter(|f| f.kind == LiveKind::StackSplit).collect();
    assert_eq!(
        split.iter().map(|f| (f.pid, f.others.clone())).collect::<Vec<_>>(),
        [(700, vec![800]), (800, vec![700])],
        "{found:#?}"
    );
    assert!(split[0].summary.contains("::1") && split[0].summary.contains("IPv4"), "{}", split[0].summary);
    // One process on both stacks is no split.
    assert!(!found.iter().any(|f| f.pid == 900), "{found:#?}");
}

/// Issue 22, point 7: a shared address's sentence comes from the delivery rule: age decides for
/// TCP on current Windows (R3, observed), nothing decides for UDP (R4).
#[test]
fn shared_address_sentences_come_from_the_delivery_rule() {
    use winsock_bind::audit::machine::{live_conflicts, LiveKind};
    let netstat = format!(
        "{NETSTAT_HEADER}  TCP    0.0.0.0:9000   0.0.0.0:0   LISTENING   14\n  TCP    0.0.0.0:9000   0.0.0.0:0   LISTENING   15\n  UDP    0.0.0.0:53   *:*   2000\n  UDP    0.0.0.0:53   *:*   3000\n"
    );
    let found = live_conflicts(Era::Win11, &snapshot(&[("netstat.txt", &netstat)]));
    let shared = |pid: u32| found.iter().find(|f| f.kind == LiveKind::SharedAddress && f.pid == pid).expect("shared");
    let udp = &shared(2000).summary;
    assert!(udp.contains("undetermined (rule R4)") && !udp.contains("age"), "{udp}");
    let tcp = &shared(14).summary;
    assert!(tcp.contains("rule R3, observed"), "{tcp}");
    let old = live_conflicts(Era::Server2003, &snapshot(&[("netstat.txt", &netstat)]));
    let tcp = &old.iter().find(|f| f.kind == LiveKind::SharedAddress && f.pid == 14).expect("shared").summary;
    assert!(tcp.contains("undetermined (rule R4)") && !tcp.contains("R3"), "{tcp}");
}

/// Issue 22, point 8: a UDP socket inside the dynamic range may be a client's source port: the
/// resolver's (Dnscache) is said to be one, another process's may be either, both at low
/// severity; a TCP listener there is a server and stays medium.
#[test]
fn client_source_ports_are_not_reported_as_listeners() {
    use winsock_bind::audit::machine::{live_conflicts, LiveKind};
    let netstat = format!(
        "{NETSTAT_HEADER}  UDP    0.0.0.0:50001   *:*   2416\n  UDP    10.0.0.5:50002   *:*   7000\n  TCP    0.0.0.0:50003   0.0.0.0:0   LISTENING   7100\n"
    );
    let tasklist = format!("{TASKLIST_HEADER}svchost.exe                   2416 Dnscache\ntool.exe                      7000 N/A\nserver.exe                    7100 N/A\n");
    let snap = snapshot(&[("netstat.txt", &netstat), ("tasklist.txt", &tasklist)]);
    let found = live_conflicts(Era::Win11, &snap);
    let of = |pid: u32| found.iter().find(|f| f.pid == pid).unwrap_or_else(|| panic!("{pid}: {found:#?}"));
    assert_eq!((of(2416).kind, of(2416).severity), (LiveKind::ClientPort, Severity::Low));
    assert!(of(2416).summary.contains("source port") && !of(2416).summary.contains("listens"), "{}", of(2416).summary);
    assert_eq!((of(7000).kind, of(7000).severity), (LiveKind::ClientPort, Severity::Low));
    assert!(of(7000).summary.contains("or a server"), "{}", of(7000).summary);
    assert_eq!((of(7100).kind, of(7100).severity), (LiveKind::DynamicRange, Severity::Medium));
    // The resolver's source port is no server: nothing of it fails `--fail-on medium`.
    let resolver = snapshot(&[
        ("netstat.txt", &format!("{NETSTAT_HEADER}  UDP    0.0.0.0:50001   *:*   2416\n")),
        ("tasklist.txt", &tasklist),
    ]);
    let report = machine_audit(Era::Win11, &resolver);
    assert!(!report.fails(Severity::Medium), "{report:#?}");
}
