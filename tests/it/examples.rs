//! Every scenario in `examples/` is a readable test: it must pass through the library and through
//! the `winsock-bind run` command, and its transcript is a snapshot, so a change in any outcome,
//! rule or wording shows in review.

use std::path::{Path, PathBuf};
use std::process::Command;

use winsock_bind::scenario;

/// The scenario files of `examples/` (`sub` is `""` or `"linux"`), sorted.
fn example_files_in(sub: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(sub);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read examples/")
        .map(|entry| entry.expect("examples/ entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "toml")))
        .collect();
    files.sort();
    files
}

/// The scenario files of `examples/` and `examples/linux/`, sorted.
fn example_files() -> Vec<PathBuf> {
    let mut files = example_files_in("");
    files.extend(example_files_in("linux"));
    files
}

#[test]
fn every_example_passes_and_its_transcript_is_a_snapshot() {
    insta::glob!("../../examples", "*.{json,toml}", |path| {
        let transcript = scenario::from_path(path).unwrap_or_else(|e| panic!("{e}")).run();
        assert!(transcript.passed(), "{} failed:\n{transcript}", path.display());
        insta::assert_snapshot!("transcript", transcript.to_string());
    });
}

/// The Linux examples run on a `LinuxHost`; `.ci/check-real-sockets.sh linux` runs them on the
/// kernel too.
#[test]
fn every_linux_example_passes_and_its_transcript_is_a_snapshot() {
    insta::glob!("../../examples/linux", "*.{json,toml}", |path| {
        let run = scenario::from_path(path).unwrap_or_else(|e| panic!("{e}")).run();
        assert!(run.as_linux().is_some(), "{} is a Linux scenario", path.display());
        assert!(run.passed(), "{} failed:\n{run}", path.display());
        insta::assert_snapshot!("linux_transcript", run.to_string());
    });
}

#[test]
fn examples_cover_both_file_formats() {
    let files = example_files();
    for ext in ["json", "toml"] {
        assert!(
            files.iter().any(|p| p.extension().is_some_and(|e| e == ext)),
            "examples/ should show the {ext} format"
        );
    }
}

#[test]
fn the_cli_runs_every_example_green() {
    let files = example_files();
    assert!(!files.is_empty(), "no scenarios in examples/");
    let out =
        Command::new(env!("CARGO_BIN_EXE_winsock-bind")).arg("run").args(&files).output().expect("run winsock-bind");
    assert_eq!(
        out.status.code(),
        Some(0),
        "winsock-bind run examples/* failed\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
