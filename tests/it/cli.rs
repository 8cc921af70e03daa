//! The command-line contract: outputs, byte-exact CSV, and exit status 2 on bad input.

use std::process::{Command, Output};

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run winsock-bind")
}

fn oracle(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tables/{name}", env!("CARGO_MANIFEST_DIR"))).expect("oracle file")
}

#[test]
fn table_csv_is_byte_identical_to_the_oracles() {
    for (era, users, file) in [
        ("server2003", "same", "enhanced-same-user.csv"),
        ("server2003", "different", "enhanced-different-users.csv"),
        ("xpsp2", "same", "pre2003.csv"),
        ("xpsp2", "different", "pre2003.csv"),
    ] {
        let out = winsock_bind(&["table", "--era", era, "--users", users, "--format", "csv"]);
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), oracle(file), "{era} {users}");
    }
}

#[test]
fn eras_lists_every_era() {
    let out = winsock_bind(&["eras"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for era in winsock_bind::Era::ALL {
        assert!(text.lines().any(|l| l.starts_with(&format!("{era} "))), "{era} missing");
    }
}

#[test]
fn explain_prints_the_outcome_and_the_reason() {
    let out = winsock_bind(&[
        "explain",
        "--era",
        "server2003",
        "--users",
        "different",
        "--first",
        "exclusive 0.0.0.0",
        "--second",
        "reuseaddr 10.0.0.1",
    ]);
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

/// The same two binds on Linux: SO_REUSEADDR on both never shares with a listening socket (X6),
/// but shares with one only bound (X2).
#[test]
fn explain_on_linux_names_the_linux_rule_and_its_evidence() {
    let explain = |first: &str| {
        let out = winsock_bind(&["explain", "--os", "linux", "--first", first, "--second", "reuseaddr 127.0.0.1:8080"]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let listening = explain("reuseaddr 0.0.0.0:8080");
    assert!(listening.starts_with("with the first socket listening: EADDRINUSE (98) by rule X6:"), "{listening}");
    assert!(listening.contains("evidence: documented\nsource: socket(7), SO_REUSEADDR: https://man7.org/"));
    assert!(explain("bound reuseaddr 0.0.0.0:8080").starts_with("with the first socket bound: success by rule X2:"));
    let out = winsock_bind(&["explain", "--os", "linux", "--second", "exclusive 0.0.0.0:8080"]);
    assert_eq!(out.status.code(), Some(2), "Linux has no SO_EXCLUSIVEADDRUSE");
}

#[test]
fn run_exits_1_when_an_expectation_fails_and_says_expected_versus_got() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("wrong.json");
    std::fs::write(
        &file,
        r#"{"name":"wrong guess","era":"server2003","users":[{"name":"a"},{"name":"b"}],"steps":[
            {"op":"socket","id":"x","family":"v4","user":"a"},
            {"op":"bind","id":"x","addr":"0.0.0.0:80","expect":"ok"},
            {"op":"socket","id":"y","family":"v4","user":"b"},
            {"op":"setsockopt","id":"y","option":"SO_REUSEADDR","value":1},
            {"op":"bind","id":"y","addr":"0.0.0.0:80","expect":"WSAEADDRINUSE"}]}"#,
    )
    .expect("write");
    let out = winsock_bind(&["run", file.to_str().expect("utf-8 path")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAIL   5 bind y 0.0.0.0:80 -> WSAEACCES (10013): by rule E7 reuse-not-granted"),
        "{stdout}"
    );
    assert!(stdout.contains("expect expected WSAEADDRINUSE (10048), got WSAEACCES (10013)"), "{stdout}");
    assert!(stdout.contains("FAILED: 5 steps, 1 of 2 expectations held"), "{stdout}");

    let json = winsock_bind(&["run", "--format", "json", file.to_str().expect("utf-8 path")]);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(v[0]["steps"][4]["checks"][0]["held"], false);
    assert_eq!(v[0]["steps"][4]["outcome"], "WSAEACCES (10013)");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_closed_stdout_ends_the_command_quietly_instead_of_panicking() {
    use std::process::Stdio;
    // `winsock-bind table --format html | head -c 1`: the reader goes away after one byte.
    let mut child = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .args(["table", "--era", "win10", "--family", "mixed", "--format", "html"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("piped stdout");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
