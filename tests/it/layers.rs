//! Dependencies point one way: the CLI uses audit, doctor, table and scenario; those use the
//! Host, the snapshot readers and what a program binds (`program`); none of those uses the
//! layers above it, and the doctor and the audit do not use each other.

use std::path::{Path, PathBuf};

fn sources(under: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(under);
    if root.is_file() {
        return vec![root];
    }
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).expect("src dir") {
            let path = e.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_module_uses_a_layer_above_it_or_beside_it() {
    let forbidden: [(&str, &[&str]); 8] = [
        ("doctor", &["crate::audit", "crate::scan"]),
        ("portability", &["crate::audit", "crate::doctor"]),
        ("audit", &["crate::doctor", "crate::scan"]),
        // scan reads source and hands each site to the audit; it has no rules of its own.
        ("scan", &["crate::doctor", "crate::rules", "crate::host", "crate::snapshot"]),
        ("snapshot", &["crate::audit", "crate::doctor"]),
        ("program.rs", &["crate::audit", "crate::doctor", "crate::snapshot"]),
        ("host", &["crate::audit", "crate::doctor", "crate::snapshot"]),
        ("rules", &["crate::audit", "crate::doctor", "crate::snapshot", "crate::host"]),
    ];
    let mut found = Vec::new();
    for (module, uses) in forbidden {
        let files = sources(module);
        assert!(!files.is_empty(), "src/{module}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source");
            for (n, line) in text.lines().enumerate() {
                // Doc comments may name another layer; only code counts.
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for u in uses {
                    if line.contains(u) {
                        found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
