//! The doctor's stories (`examples/doctor/*/`): each runs through the `winsock-bind doctor`
//! command on its committed snapshot files; the text and the JSON are insta snapshots, and the
//! JSON's verdict and holder PID are checked against what the story is about.

use std::process::Command;

use crate::common;
use common::stories;

/// Runs `doctor` for a story, in its directory so that file names in the output are short.
fn run(story: &str, format: &str) -> (i32, String) {
    let dir = stories().join(story);
    let (args, files) = common::story(story);
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(&dir)
        .arg("doctor")
        .args(&args)
        .args(["--format", format])
        .args(&files)
        .output()
        .expect("run winsock-bind");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{story}: {stderr}");
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).expect("utf-8"))
}

fn json(story: &str) -> serde_json::Value {
    let (_, text) = run(story, "json");
    serde_json::from_str(&text).expect("doctor --format json is JSON")
}

fn story(name: &str, verdict: &str, kind: &str, pid: Option<u64>) {
    let (code, text) = run(name, "text");
    assert_eq!(code, i32::from(verdict != "success"), "{name}: exit status");
    insta::assert_snapshot!(format!("{name}.text"), text);
    let (_, raw) = run(name, "json");
    insta::assert_snapshot!(format!("{name}.json"), raw);
    let j: serde_json::Value = serde_json::from_str(&raw).expect("JSON");
    assert_eq!(j["schema_version"], 1);
    assert_eq!(j["verdict"], verdict, "{name}");
    assert_eq!(j["causes"][0]["kind"], kind, "{name}");
    assert_eq!(j["causes"][0]["pid"].as_u64(), pid, "{name}");
    // Every fix shown either worked in a replay or says why it could not be checked.
    for c in j["causes"].as_array().expect("causes") {
        for f in c["fixes"].as_array().expect("fixes") {
            assert!(matches!(f["check"]["status"].as_str(), Some("works" | "unchecked")), "{name}: {f}");
        }
    }
    // Winsock has no privileged ports: never blame the port number or ask for an administrator
    // to bind it.
    let lower = text.to_lowercase();
    assert!(!lower.contains("privileged port") || lower.contains("no privileged ports"), "{name}");
    assert!(!lower.contains("run as administrator") && !lower.contains("requires administrator"), "{name}");
}

#[test]
fn nginx_with_so_reuseaddr_on_http_sys_port_80_gets_wsaeacces() {
    story("nginx-reuseaddr-http-sys", "WSAEACCES", "http.sys", Some(4));
    let (_, text) = run("nginx-reuseaddr-http-sys", "text");
    assert!(text.contains("netsh http add iplisten ipaddress=127.0.0.1"));
    assert!(text.contains("net stop W3SVC"));
    assert!(text.contains("port 80 being below 1024 is not the cause"));
}

#[test]
fn the_same_bind_without_so_reuseaddr_gets_wsaeaddrinuse() {
    story("apache-plain-http-sys", "WSAEADDRINUSE", "http.sys", Some(4));
}

#[test]
fn a_port_in_a_winnat_excluded_range_gets_wsaeacces_with_nothing_listening() {
    story("winnat-excluded-range", "WSAEACCES", "excluded-range", None);
    let j = json("winnat-excluded-range");
    let commands: Vec<&str> = j["causes"][0]["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["commands"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()))
        .collect();
    assert!(commands.contains(&"net stop winnat"), "{commands:?}");
}

#[test]
fn ias_on_udp_1645_clashes_with_the_dns_socket_pool_on_server_2003() {
    story("ias-dns-udp-1645", "WSAEADDRINUSE", "ephemeral", Some(2148));
    let (_, text) = run("ias-dns-udp-1645", "text");
    assert!(text.contains("ReservedPorts") && text.contains("net stop DNS"), "{text}");
}

#[test]
fn sstp_certificates_differ_between_ipv4_and_ipv6() {
    story("sstp-certificate-mismatch", "WSAEADDRINUSE", "http.sys", Some(4));
    let j = json("sstp-certificate-mismatch");
    let mismatch = j["causes"].as_array().unwrap().iter().find(|c| c["kind"] == "certificate-mismatch").expect("cause");
    assert!(mismatch["explanation"].as_str().unwrap().contains("event 24"));
}

#[test]
fn every_story_directory_is_tested() {
    assert_eq!(
        common::story_names(),
        [
            "apache-plain-http-sys",
            "ias-dns-udp-1645",
            "nginx-reuseaddr-http-sys",
            "sstp-certificate-mismatch",
            "winnat-excluded-range"
        ]
    );
}

/// Issue 22, point 3: changes to one program or one service come before changes to the whole
/// machine, and a machine-wide change names what else it affects, read from the snapshot: the
/// other URL registrations of HTTP.sys and their processes.
#[test]
fn machine_wide_fixes_come_last_and_name_what_else_they_affect() {
    let j = json("nginx-reuseaddr-http-sys");
    let fixes = j["causes"][0]["fixes"].as_array().expect("fixes");
    let pos = |needle: &str| {
        fixes.iter().position(|f| f["commands"].to_string().contains(needle)).unwrap_or_else(|| panic!("{needle}"))
    };
    assert!(pos("net stop W3SVC") < pos("iplisten"), "{fixes:#?}");
    let iplisten = fixes[pos("iplisten")]["text"].as_str().expect("text");
    assert!(
        iplisten.contains("HTTP://+:5985/WSMAN/") && iplisten.contains("PID 1396 (svchost.exe: WinRM)"),
        "{iplisten}"
    );
    let radius: Vec<&str> = fixes.iter().map(|f| f["invasiveness"].as_str().expect("invasiveness")).collect();
    let machine = radius.iter().position(|r| r.starts_with("machine")).expect("a machine-wide fix");
    assert!(radius[machine..].iter().all(|r| r.starts_with("machine")), "{radius:?}");
}
