//! The scan corpus (examples/scan/<language>/): realistic source files, each with its expected
//! sites written next to it (`<file>.sites`), each with false-positive traps (commented-out
//! code, client sockets, strings that look like code). The scan must find exactly the expected
//! sites, nothing else; precision and recall per language are printed.
//!
//! An expected-sites file has one line per site, `LINE PROTO ADDRESS PORT OPTIONS...
//! unknown:FIELD...` as [`Site::describe`] writes it; `unrecognised LINE` for a construct the scan
//! must report as not followed; and `missed LINE ...` for a real site the scan does not
//! recognise yet (counted against recall; the test fails when the scan starts finding it, so the
//! file is then updated).
#![cfg(feature = "scan")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use winsock_bind::scan::{self, Language};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/scan")
}

/// The source files of one language's folder, with their expected-sites files.
fn sources(language: Language) -> Vec<(PathBuf, PathBuf)> {
    let dir = corpus().join(language.name());
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| Language::from_path(p).is_some())
        .map(|p| {
            let expected = PathBuf::from(format!("{}.sites", p.display()));
            (p, expected)
        })
        .collect();
    out.sort();
    out
}

#[derive(Default)]
struct Expected {
    sites: Vec<String>,
    missed: Vec<String>,
    unrecognised: Vec<usize>,
}

fn expected(path: &Path) -> Expected {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut e = Expected::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("unrecognised ") {
            e.unrecognised.push(rest.trim().parse().unwrap_or_else(|_| panic!("{}:{}", path.display(), n + 1)));
        } else if let Some(rest) = line.strip_prefix("missed ") {
            e.missed.push(rest.trim().to_owned());
        } else {
            assert!(line.split(' ').next().unwrap().parse::<usize>().is_ok(), "{}:{}: {line}", path.display(), n + 1);
            e.sites.push(line.to_owned());
        }
    }
    e
}

#[test]
fn the_corpus_gives_exactly_the_expected_sites_with_precision_and_recall_per_language() {
    let mut problems = Vec::new();
    let mut table = BTreeMap::new();
    for language in Language::ALL {
        let files = sources(language);
        assert!(files.len() >= 3, "{language}: at least three corpus files, found {}", files.len());
        let (mut tp, mut fp, mut fnn) = (0usize, 0usize, 0usize);
        for (file, sites_file) in files {
            let want = expected(&sites_file);
            let found = scan::find(std::slice::from_ref(&file)).unwrap();
            let got: Vec<String> = found.sites.iter().map(|s| format!("{} {}", s.line, s.describe())).collect();
            let name = file.strip_prefix(corpus()).unwrap().display().to_string();
            for g in &got {
                if want.sites.contains(g) {
                    tp += 1;
                } else {
                    fp += 1;
                    problems.push(format!("{name}: found but not expected: {g}"));
                }
            }
            for w in &want.sites {
                if !got.contains(w) {
                    fnn += 1;
                    problems.push(format!("{name}: expected but not found: {w}"));
                }
            }
            // A known miss counts against recall; finding it now means the file needs updating.
            for m in &want.missed {
                fnn += 1;
                let line = m.split(' ').next().unwrap_or_default();
                if got.iter().any(|g| g.split(' ').next() == Some(line)) {
                    problems.push(format!("{name}: `missed {m}` is found now: update the expected file"));
                }
            }
            let got_unrecognised: Vec<usize> = found.unrecognised.iter().map(|u| u.line).collect();
            if got_unrecognised != want.unrecognised {
                problems.push(format!(
                    "{name}: unrecognised at lines {got_unrecognised:?}, expected {:?} ({:?})",
                    want.unrecognised, found.unrecognised
                ));
            }
        }
        table.insert(language, (tp, fp, fnn));
    }
    println!("language    sites  found  precision  recall");
    for (language, (tp, fp, fnn)) in &table {
        let precision = *tp as f64 / (*tp + *fp).max(1) as f64;
        let recall = *tp as f64 / (*tp + *fnn).max(1) as f64;
        println!("{:<11} {:>5}  {:>5}  {precision:>9.2}  {recall:>6.2}", language.name(), tp + fnn, tp + fp);
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
#[ignore = "a tool: SCAN_DUMP=FILE cargo test --test it scan_corpus::dump -- --ignored --nocapture"]
fn dump() {
    let Ok(path) = std::env::var("SCAN_DUMP") else { return };
    let found = scan::find(&[PathBuf::from(&path)]).unwrap();
    for s in &found.sites {
        println!("{} {}", s.line, s.describe());
    }
    for u in &found.unrecognised {
        println!("unrecognised {} ({})", u.line, u.what);
    }
}
