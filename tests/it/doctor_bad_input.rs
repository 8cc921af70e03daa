//! `doctor` on bad input: every malformed or unrecognised snapshot file and every bad argument
//! exits with status 2 and one message naming the file and line (or the argument), never a
//! panic. Each message below was read and judged right for its input.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Each call gets its own directory: the tests run in parallel and reuse file names.
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn doctor(files: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("winsock-bind-doctor-bad-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(&dir)
        .arg("doctor")
        .args(args)
        .args(files.iter().map(|(n, _)| *n))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), stderr.lines().next().unwrap_or("").to_owned())
}

const BIND: &[&str] = &["--era", "win11", "--bind", "default 0.0.0.0:80"];

#[test]
fn unrecognised_file_names_file_and_line() {
    assert_eq!(
        doctor(&[("notes.txt", "\n\nsomething else entirely\n")], BIND),
        (
            2,
            "winsock-bind: notes.txt: line 3: not output this program reads (expected netstat -ano, \
             Get-NetTCPConnection or Get-NetUDPEndpoint as JSON or CSV, netsh int ipv4 show \
             excludedportrange|dynamicport, netsh http show iplisten|servicestate|sslcert, or tasklist /svc)"
                .to_owned()
        )
    );
}

#[test]
fn malformed_rows_name_file_and_line() {
    let netstat = "  Proto  Local Address  Foreign Address  State  PID\r\n  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4\r\n  TCP  0.0.0.0:8o  0.0.0.0:0  LISTENING  9\r\n";
    assert_eq!(
        doctor(&[("netstat.txt", netstat)], BIND),
        (2, "winsock-bind: netstat.txt: line 3: `0.0.0.0:8o` is not ADDRESS:PORT".to_owned())
    );
    let json = "[\n {\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 80, \"State\": 2, \"OwningProcess\": -4}\n]";
    let (code, message) = doctor(&[("tcp.json", json)], BIND);
    assert_eq!(code, 2);
    assert!(message.starts_with("winsock-bind: tcp.json: line 2: result 1: field `OwningProcess`"), "{message}");
    let iplisten = "IP addresses present in the IP listen list:\n-----\n    10.0.0.300\n";
    assert_eq!(
        doctor(&[("ip.txt", iplisten)], BIND),
        (2, "winsock-bind: ip.txt: line 3: `10.0.0.300` is not an IP address of the IP listen list".to_owned())
    );
    let state =
        "Snapshot of HTTP service state (Server Session View):\n---\n    Registered URLs:\n        HTTP://+:eighty/\n";
    assert_eq!(
        doctor(&[("ss.txt", state)], BIND),
        (
            2,
            "winsock-bind: ss.txt: line 4: `HTTP://+:eighty/` is not a registered URL (the port is not a number)"
                .to_owned()
        )
    );
}

#[test]
fn bad_arguments() {
    let netstat = [("n.txt", "  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4\n")];
    assert_eq!(
        doctor(&netstat, &["--era", "win11", "--bind", "default 0.0.0.0"]),
        (2, "winsock-bind: --bind: `0.0.0.0` has no port; write ADDRESS:PORT, e.g. 0.0.0.0:80".to_owned())
    );
    assert_eq!(
        doctor(&netstat, &["--era", "win11", "--bind", "steal 0.0.0.0:80"]),
        (
            2,
            "winsock-bind: --bind: unknown bind word `steal` (expected one of: default, reuseaddr, exclusive, dual, admin)"
                .to_owned()
        )
    );
    let (code, message) = doctor(&netstat, &["--era", "win11", "--program", "nginx"]);
    assert_eq!(code, 2);
    assert_eq!(message, "error: the following required arguments were not provided:");
}

#[cfg(not(windows))]
#[test]
fn live_is_windows_only() {
    assert_eq!(
        doctor(&[], &["--era", "win11", "--bind", "default 0.0.0.0:80", "--live"]),
        (
            2,
            "winsock-bind: --live runs netstat, netsh and tasklist, which only Windows has; on this system pass the \
             files they printed on the Windows machine"
                .to_owned()
        )
    );
}

#[test]
fn an_impossible_snapshot_says_which_row() {
    // Two processes on one address with no SO_REUSEADDR is impossible, but some assumption
    // (both set it) fits; the kernel's options are known, so two kernel sockets cannot share.
    let netstat = "  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4\n  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4\n";
    let (code, message) = doctor(&[("n.txt", netstat)], BIND);
    assert_eq!(code, 2);
    assert!(message.starts_with("winsock-bind: the snapshot cannot be a win11 machine: n.txt:2: tcp 0.0.0.0:80 (pid 4): WSAEADDRINUSE (10048)"), "{message}");
}
