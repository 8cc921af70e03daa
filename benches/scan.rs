//! `scan` on trees of 10,000 source files, written to a temporary directory:
//! - `all_socket_code`: the corpus (examples/scan/) copied round-robin, each copy with its port
//!   numbers shifted (by 0 to 49) so that sites differ: every file is socket code, the parser's
//!   and the readers' worst case;
//! - `realistic`: one file in 20 such a copy, the others this repository's own Rust sources
//!   (real code of real sizes), cycled.
//!
//! Each directory of 100 files also holds a README (skipped: not source). Measured: finding the
//! sites (reading and parsing on every core), and on the realistic tree the whole scan (finding,
//! then auditing each site; configurations that repeat share their audit).
//!
//! `cargo bench --bench scan`

use std::path::{Path, PathBuf};
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::scan::{self, Language};
use winsock_bind::Era;

const FILES: usize = 10_000;

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&d).expect("dir").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                dirs.push(p);
            } else if keep(&p) {
                let name = p.file_name().expect("name").to_string_lossy().into_owned();
                out.push((name, std::fs::read_to_string(&p).expect("text")));
            }
        }
    }
    out
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

/// Writes 10,000 files: file `i` is a corpus copy when `socket_code(i)`, else filler.
fn tree(root: &Path, name: &str, socket_code: &dyn Fn(usize) -> bool) -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = files_under(&manifest.join("examples/scan"), &|p| Language::from_path(p).is_some());
    let filler = files_under(&manifest.join("src"), &|p| p.extension().is_some_and(|x| x == "rs"));
    let dir = root.join(name);
    let (mut c, mut f) = (0, 0);
    for i in 0..FILES {
        let sub = dir.join(format!("d{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("dir");
            std::fs::write(sub.join("README.md"), "not source\n").expect("readme");
        }
        let (file, text) = if socket_code(i) {
            c += 1;
            let (file, text) = &corpus[c % corpus.len()];
            (file.clone(), shift_ports(text, (c % 50) as u16))
        } else {
            f += 1;
            filler[f % filler.len()].clone()
        };
        std::fs::write(sub.join(format!("f{i:05}_{file}")), text).expect("file");
    }
    dir
}

fn bench(c: &mut Criterion) {
    let tmp = std::env::temp_dir().join(format!("winsock-bind-scan-bench-{}", std::process::id()));
    let worst = tree(&tmp, "all_socket_code", &|_| true);
    let realistic = tree(&tmp, "realistic", &|i| i % 20 == 0);
    for (name, dir) in [("all_socket_code", &worst), ("realistic", &realistic)] {
        let start = Instant::now();
        let found = scan::find(std::slice::from_ref(dir)).expect("scan");
        let found_in = start.elapsed();
        let sites = found.sites.len();
        let start = Instant::now();
        let report = scan::audit_found(found, Era::Win11);
        println!(
            "{name}: {} files read, {:?} skipped, {sites} sites, {} unrecognised; found in {found_in:.2?}, audited ({} findings) in {:.2?}",
            report.files,
            report.skipped,
            report.unrecognised.len(),
            report.findings.len(),
            start.elapsed()
        );
    }
    let mut g = c.benchmark_group("scan");
    g.sample_size(10);
    g.bench_function("find_10000_files_all_socket_code", |b| {
        b.iter(|| scan::find(std::slice::from_ref(&worst)).expect("scan"))
    });
    g.bench_function("find_10000_files_realistic", |b| {
        b.iter(|| scan::find(std::slice::from_ref(&realistic)).expect("scan"))
    });
    g.bench_function("scan_and_audit_10000_files_realistic", |b| {
        b.iter(|| scan::scan(std::slice::from_ref(&realistic), Era::Win11).expect("scan"))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&tmp);
}

criterion_group!(benches, bench);
criterion_main!(benches);
