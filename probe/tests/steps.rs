//! Runs the native probe on every file in tests/steps/ and checks the shape of
//! its report: exactly one well-formed line per step, numbered in order.
//! (The answers themselves depend on the platform; see tests/steps/README.md.)

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run_probe(input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_winsock-bind-probe"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the probe binary runs");
    child.stdin.take().expect("stdin is piped").write_all(input).expect("write stdin");
    child.wait_with_output().expect("the probe finishes")
}

fn step_count(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with('#')).count()
}

fn well_formed(rest: &str) -> bool {
    let t: Vec<&str> = rest.split(' ').collect();
    match t.as_slice() {
        ["ok"] => true,
        ["ok", "accepted_by", _] => true,
        ["ok", "received", ids @ ..] => !ids.is_empty(),
        ["ok", v] => v.parse::<i32>().is_ok(),
        // Winsock names on Windows, errno names on Linux.
        ["err", code, name] => {
            code.parse::<i32>().is_ok() && (name.starts_with("WSA") || name.starts_with('E') || *name == "OS")
        }
        ["skip", _, ..] => true,
        _ => false,
    }
}

#[test]
fn every_step_file_gives_one_line_per_step() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/steps");
    let mut files = 0;
    for entry in fs::read_dir(&dir).expect("tests/steps exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        files += 1;
        let text = fs::read_to_string(&path).expect("read steps");
        let out = run_probe(text.as_bytes());
        assert!(out.status.success(), "{}: {:?}", path.display(), out);
        let stdout = String::from_utf8(out.stdout).expect("utf-8 report");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), step_count(&text), "{}:\n{}", path.display(), stdout);
        for (i, line) in lines.iter().enumerate() {
            let prefix = format!("{} ", i + 1);
            assert!(line.starts_with(&prefix), "{}: {}", path.display(), line);
            assert!(well_formed(&line[prefix.len()..]), "{}: {}", path.display(), line);
        }
    }
    assert!(files >= 5);
}

#[test]
fn malformed_input_exits_2_with_the_line_and_runs_nothing() {
    let out = run_probe(b"socket a v4 tcp\n\n# c\nbind a 127.0.0.1\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: line 4:"), "{}", err);
}

#[test]
fn garbage_never_panics() {
    let inputs: [&[u8]; 8] = [
        b"\xff\xfe\n",
        b"socket\n",
        b"setsockopt a SO_REUSEADDR 99999999999\n",
        b"linger a 1 70000\n",
        b"bind a [::1:5150\n",
        b"connect - 1.2.3.4\n",
        b"accept a -\n",
        b"socket a v4 tcp extra\n",
    ];
    for input in inputs {
        let out = run_probe(input);
        assert_eq!(out.status.code(), Some(2), "{:?}", String::from_utf8_lossy(input));
    }
    // Well-formed steps on sockets that do not exist are skipped, not fatal.
    let out = run_probe(b"close x\nsend x 127.0.0.1:0\nsend - 127.0.0.1:0\nconnect - 127.0.0.1:0\n");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 4, "{}", stdout);
}
