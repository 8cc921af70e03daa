//! Files from machines one does not trust (issue 21): what the readers find is what the files
//! say, or an error; what the tool prints never carries a control character of the input; what
//! it writes never goes through a symlink or over a file it was not told to replace.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Each call gets its own directory: the tests run in parallel.
static DIRS: AtomicUsize = AtomicUsize::new(0);

fn temp_dir(what: &str) -> PathBuf {
    let n = DIRS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("winsock-bind-hostile-{what}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).current_dir(dir).args(args).output().expect("run")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ---- item 1: zones ---------------------------------------------------------------------------

const TWO_ZONES: &str = "  Proto  Local Address          Foreign Address        State           PID\n\
                         \x20 TCP    [fe80::1%12]:80        [::]:0                 LISTENING       4\n\
                         \x20 TCP    [fe80::1%13]:80        [::]:0                 LISTENING       8\n";

#[test]
fn the_machine_audit_sees_two_zones_as_two_addresses() {
    let dir = temp_dir("zones-audit");
    std::fs::write(dir.join("n.txt"), TWO_ZONES).unwrap();
    let out = run(&dir, &["audit", "--era", "win11", "n.txt"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(!stdout.contains("shared-address"), "{stdout}");
    assert!(stdout.contains("\n0 live conflicts and "), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_doctor_reads_zones_in_the_snapshot_and_in_bind() {
    let dir = temp_dir("zones-doctor");
    std::fs::write(dir.join("n.txt"), TWO_ZONES).unwrap();
    let doctor = |bind: &str| run(&dir, &["doctor", "--era", "win11", "--bind", bind, "n.txt"]);
    // Zone 13 is PID 8's: the bind fails, naming it and the zoned address.
    let out = doctor("default [fe80::1%13]:80");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(stdout.starts_with("doctor: tcp [fe80::1%13]:80 (no options) on win11"), "{stdout}");
    assert!(stdout.contains("PID 8 (process name unknown: add tasklist /svc) at [fe80::1%13]:80"), "{stdout}");
    assert!(!stdout.contains("PID 4 "), "{stdout}");
    // Zone 14 holds nothing.
    let out = doctor("default [fe80::1%14]:80");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    // No zone: either interface may be meant, so both holders are named.
    let out = doctor("default [fe80::1]:80");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("PID 4 (System) at [fe80::1%12]:80"), "{stdout}");
    assert!(stdout.contains("PID 8 (process name unknown: add tasklist /svc) at [fe80::1%13]:80"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}

// ---- item 10: files the tool writes ------------------------------------------------------------

const AUDIT: &[&str] = &["audit", "--era", "win11", "--preset", "java", "--bind", "8080", "--start", "restarts"];

fn emit(cwd: &Path, dir: &str, extra: &[&str]) -> Output {
    let mut args: Vec<&str> = AUDIT.to_vec();
    args.extend(["--emit-attack", dir]);
    args.extend(extra);
    run(cwd, &args)
}

#[cfg(unix)]
#[test]
fn emit_attack_never_writes_through_a_symlink() {
    let cwd = temp_dir("symlink");
    std::fs::create_dir(cwd.join("attacks")).unwrap();
    std::fs::write(cwd.join("outside.txt"), "keep me").unwrap();
    std::os::unix::fs::symlink(cwd.join("outside.txt"), cwd.join("attacks/block.json")).unwrap();
    let out = emit(&cwd, "attacks", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is printed before the check: {}", text(&out.stdout));
    assert_eq!(
        text(&out.stderr).lines().next().unwrap_or(""),
        "winsock-bind: attacks/block.json: a symlink already exists; pass --force to replace it"
    );
    assert_eq!(std::fs::read_to_string(cwd.join("outside.txt")).unwrap(), "keep me");
    // --force replaces the link itself, never its target.
    let out = emit(&cwd, "attacks", &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(cwd.join("outside.txt")).unwrap(), "keep me");
    let link = std::fs::symlink_metadata(cwd.join("attacks/block.json")).unwrap();
    assert!(link.file_type().is_file());
    std::fs::remove_dir_all(&cwd).ok();
}

#[test]
fn emit_attack_never_overwrites_without_force() {
    let cwd = temp_dir("overwrite");
    std::fs::create_dir(cwd.join("attacks")).unwrap();
    std::fs::write(cwd.join("attacks/linger.documented.json"), "mine").unwrap();
    let out = emit(&cwd, "attacks", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    // The path as the platform writes it (`attacks\linger...` on Windows).
    let path = Path::new("attacks").join("linger.documented.json");
    assert_eq!(
        text(&out.stderr).lines().next().unwrap_or(""),
        format!("winsock-bind: {}: a file already exists; pass --force to replace it", path.display())
    );
    assert_eq!(std::fs::read_to_string(cwd.join("attacks/linger.documented.json")).unwrap(), "mine");
    assert!(!cwd.join("attacks/block.json").exists(), "no file is written when one cannot be");
    let out = emit(&cwd, "attacks", &["--force"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(cwd.join("attacks/linger.documented.json")).unwrap().contains("\"steps\""));
    std::fs::remove_dir_all(&cwd).ok();
}

#[test]
fn emit_attack_makes_only_the_directories_the_normalised_path_needs() {
    let cwd = temp_dir("dotdot");
    let out = emit(&cwd, "made/../x", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(cwd.join("x/block.json").is_file());
    assert!(!cwd.join("made").exists(), "`made` is not needed by `x`");
    std::fs::remove_dir_all(&cwd).ok();
}

#[test]
fn emit_attack_into_a_file_fails_before_the_report() {
    let cwd = temp_dir("notdir");
    std::fs::write(cwd.join("plain"), "a file").unwrap();
    let out = emit(&cwd, "plain", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    assert_eq!(text(&out.stderr).lines().next().unwrap_or(""), "winsock-bind: --emit-attack plain: not a directory");
    std::fs::remove_dir_all(&cwd).ok();
}

// ---- item 9: nothing of the input reaches the terminal raw ------------------------------------

use proptest::prelude::*;

/// Whether a character must never reach a terminal raw: C0 (but the line end of our own
/// output), DEL, C1 and the bidirectional overrides and isolates.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A name as an attacker would write it into a file: letters mixed with escape sequences,
/// bell, DEL, C1 controls (CSI, NEL) and bidirectional overrides. No line end: each reader is
/// line-based, so one would only make another line.
fn hostile() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just('\u{1b}'),
        1 => Just('\u{7}'),
        1 => Just('\u{8}'),
        1 => Just('\u{7f}'),
        1 => Just('\u{9b}'),
        1 => Just('\u{85}'),
        1 => Just('\u{202e}'),
        1 => Just('\u{2066}'),
        1 => Just('['),
        1 => Just(']'),
    ];
    proptest::collection::vec(c, 1..16).prop_map(|v| format!("x{}", v.into_iter().collect::<String>()))
}

/// Runs the tool on `files` and returns every raw unsafe character it printed (stdout and
/// stderr), with the streams for the failure message.
fn raw_output(files: &[(&str, String)], args: &[&str]) -> Result<(), TestCaseError> {
    let dir = temp_dir("escape");
    for (name, content) in files {
        std::fs::write(dir.join(name), content).unwrap();
    }
    let out = run(&dir, args);
    std::fs::remove_dir_all(&dir).ok();
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let t = text(bytes);
        let raw: Vec<char> = t.chars().filter(|&c| is_unsafe(c)).collect();
        prop_assert!(raw.is_empty(), "{args:?}: raw {raw:?} on {stream}:\n{t}");
    }
    Ok(())
}

fn scenario(name: &str) -> String {
    serde_json::json!({
        "name": name,
        "era": "win10",
        "steps": [
            {"op": "socket", "id": name, "family": "v4"},
            {"op": "bind", "id": name, "addr": "0.0.0.0:80"},
            {"op": "socket", "id": "b", "family": "v4"},
            {"op": "bind", "id": "b", "addr": "0.0.0.0:80", "expect": "WSAEADDRINUSE"}
        ]
    })
    .to_string()
}

/// A machine where PID 5120 holds port 80 and every name-like field is `name`: the netstat -b
/// owner and service lines, the tasklist image and services, and a registered URL's path.
fn machine(name: &str) -> Vec<(&'static str, String)> {
    let netstat = format!(
        "  Proto  Local Address          Foreign Address        State           PID\n\
         \x20 TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       5120\n\
         \x20{name}\n [{name}.exe]\n\
         \x20 TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       6000\n"
    );
    let tasklist = format!(
        "Image Name                     PID Services\n\
         ========================= ======== ============================================\n\
         {:<25} {:>8} {name}\n",
        format!("{name}.exe"),
        6000
    );
    let servicestate = format!(
        "Snapshot of HTTP service state (Server Session View):\n---\n\
         \x20   Request queue name: q\n\
         \x20       Registered URLs:\n\
         \x20           HTTP://+:80/{name}/\n"
    );
    vec![("netstat.txt", netstat), ("tasklist.txt", tasklist), ("servicestate.txt", servicestate)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn run_prints_no_raw_control_character(name in hostile()) {
        raw_output(&[("s.json", scenario(&name))], &["run", "s.json"])?;
        raw_output(&[("s.json", scenario(&name))], &["run", "--format", "json", "s.json"])?;
    }

    #[test]
    fn port_check_prints_no_raw_control_character(name in hostile()) {
        raw_output(&[("s.json", scenario(&name))], &["port-check", "s.json"])?;
        let hosts = serde_json::json!({"name": name, "era": "win10", "hosts": [{"name": name}, {"name": "b"}], "steps": []});
        raw_output(&[("h.json", hosts.to_string())], &["port-check", "h.json"])?;
    }

    #[test]
    fn doctor_prints_no_raw_control_character(name in hostile()) {
        let files = machine(&name);
        let names = ["netstat.txt", "tasklist.txt", "servicestate.txt"];
        for bind in ["default 0.0.0.0:80", "default 0.0.0.0:8080"] {
            let mut args = vec!["doctor", "--era", "win11", "--bind", bind];
            args.extend(names);
            raw_output(&files, &args)?;
        }
        // A row that does not fit: the error quotes it.
        raw_output(&[("n.txt", format!("  TCP  0.0.0.0:80  0.0.0.0:0  {name}  4\n"))], &["doctor", "--era", "win11", "--bind", "default 0.0.0.0:80", "n.txt"])?;
    }

    #[test]
    fn machine_audit_prints_no_raw_control_character(name in hostile()) {
        let files = machine(&name);
        raw_output(&files, &["audit", "--era", "win11", "netstat.txt", "tasklist.txt", "servicestate.txt"])?;
        let json = format!("[{{\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 80, \"State\": {}, \"OwningProcess\": 4}}]", serde_json::Value::String(name.clone()));
        raw_output(&[("p.json", json)], &["audit", "--era", "win11", "p.json"])?;
    }

    #[test]
    fn audit_config_prints_no_raw_control_character(name in hostile()) {
        let config = serde_json::json!({"era": "win11", "bind": 8080, "account": name}).to_string();
        raw_output(&[("a.json", config)], &["audit", "--config", "a.json"])?;
        let toml = format!("era = 'win11'\nbind = 8080\n{name} = 1\n");
        raw_output(&[("a.toml", toml)], &["audit", "--config", "a.toml"])?;
    }

    #[test]
    fn scan_prints_no_raw_control_character(name in hostile()) {
        // The name stands in a bind address the scan quotes, in an unrecognised construct, and
        // in the file's own name (a file name may hold any byte but '/' and NUL on Linux).
        let source = format!(
            "import socket\ns = socket.socket()\ns.bind(({lit}, 8080))\ns.listen()\nother.bind(({lit}, 9))\n",
            lit = format!("\"{name}\"")
        );
        // Windows refuses C0 characters in file names, so there the name stays in the source.
        let file = if cfg!(windows) { "s.py".to_owned() } else { format!("{}.py", name.replace(['/', '\0'], "_")) };
        for format in ["text", "json", "sarif"] {
            raw_output(&[(file.as_str(), source.clone())], &["scan", ".", "--format", format])?;
        }
    }

    #[test]
    fn ports_and_explain_print_no_raw_control_character(name in hostile()) {
        let netsh = format!("\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n  5357 {name}\n");
        raw_output(&[("x.txt", netsh.clone())], &["ports", "--era", "win11", "--excluded", "x.txt"])?;
        raw_output(&[("x.txt", netsh)], &["explain", "--era", "win11", "--excluded", "x.txt", "--second", "default 0.0.0.0:1"])?;
        raw_output(&[], &["explain", "--era", "win11", "--second", &format!("default {name}")])?;
    }
}
