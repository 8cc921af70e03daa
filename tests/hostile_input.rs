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
    assert_eq!(
        text(&out.stderr).lines().next().unwrap_or(""),
        "winsock-bind: attacks/linger.documented.json: a file already exists; pass --force to replace it"
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
