//! `winsock-bind check --os linux` fails on any difference between the Linux model and the probe:
//! a stand-in probe that answers `ok` to every step disagrees with the worker-pool example's
//! refused binds. (The real comparison, with the native probe, runs in `.ci/run`.)
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Command;

fn yes_probe() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("yes-probe.sh");
    std::fs::write(&path, "#!/bin/sh\nn=0\nwhile read -r line; do n=$((n+1)); echo \"$n ok\"; done\n")
        .expect("write the stand-in probe");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

#[test]
fn a_probe_that_disagrees_fails_the_linux_check() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/linux/reuseport-worker-pool.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .args(["check", "--os", "linux", "--probe"])
        .arg(yes_probe())
        .arg(example)
        .output()
        .expect("run winsock-bind");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("bind other 0.0.0.0:8443") && stdout.contains("DIFFER"), "{stdout}");
    assert!(stdout.contains("model EADDRINUSE"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("difference(s) between the Linux model"));
}

#[test]
fn linux_takes_no_known_differences_and_windows_needs_an_era() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run");
    let out = run(&["check", "--os", "linux", "--probe", "/bin/true", "--known", "x.toml", "examples"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--probe", "/bin/true", "examples"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--era"), "{}", String::from_utf8_lossy(&out.stderr));
}
