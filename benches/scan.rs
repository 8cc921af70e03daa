//! `scan` on a tree of 10,000 source files: the corpus (examples/scan/) copied round-robin into
//! 100 directories, each copy with its own port numbers so that no two sites are the same
//! configuration, plus one README per directory (skipped: not source). Measured: finding the
//! sites (reading and parsing, in parallel), and the whole scan (finding, then auditing each
//! site).
//!
//! `cargo bench --bench scan`

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::scan::{self, Language};
use winsock_bind::Era;

const FILES: usize = 10_000;

fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/scan");
    let mut out = Vec::new();
    for language in Language::ALL {
        let dir = root.join(language.name());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| Language::from_path(p).is_some())
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().expect("name").to_string_lossy().into_owned();
            out.push((name, std::fs::read_to_string(&f).expect("text")));
        }
    }
    out
}

/// Writes the tree; each copy shifts every 4-digit port (by 0 to 49), so configurations differ.
fn tree(root: &Path) -> PathBuf {
    let corpus = corpus();
    let dir = root.join("tree");
    for i in 0..FILES {
        let sub = dir.join(format!("d{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("dir");
            std::fs::write(sub.join("README.md"), "not source\n").expect("readme");
        }
        let (name, text) = &corpus[i % corpus.len()];
        std::fs::write(sub.join(format!("f{i:05}_{name}")), shift_ports(text, (i % 50) as u16)).expect("file");
    }
    dir
}

fn shift_ports(text: &str, by: u16) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        match digits.parse::<u16>() {
            Ok(p) if digits.len() == 4 && (1000..9000).contains(&p) => out.push_str(&(p + by).to_string()),
            _ => out.push_str(digits),
        }
        digits.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

fn bench(c: &mut Criterion) {
    let tmp = std::env::temp_dir().join(format!("winsock-bind-scan-bench-{}", std::process::id()));
    let distinct = tree(&tmp);
    let found = scan::find(std::slice::from_ref(&distinct)).expect("scan");
    println!(
        "tree: {} files read, {:?} skipped, {} sites, {} unrecognised",
        found.files,
        found.skipped,
        found.sites.len(),
        found.unrecognised.len()
    );
    let mut g = c.benchmark_group("scan");
    g.sample_size(10);
    g.bench_function("find_10000_files", |b| b.iter(|| scan::find(std::slice::from_ref(&distinct)).expect("scan")));
    g.bench_function("scan_and_audit_10000_files", |b| {
        b.iter(|| scan::scan(std::slice::from_ref(&distinct), Era::Win11).expect("scan"))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&tmp);
}

criterion_group!(benches, bench);
criterion_main!(benches);
