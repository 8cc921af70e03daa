//! Sources users can open: `docs/sources.md` is what the model cites, and nothing the program
//! prints or the repository documents sends a reader to a file outside the repository.

use std::fs;
use std::path::{Path, PathBuf};

use winsock_bind::rules::{sources_page, Source};
use winsock_bind::Reason;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn docs_sources_md_is_the_generated_page() {
    let path = root().join("docs/sources.md");
    if std::env::var_os("WINSOCK_BIND_REGENERATE").is_some_and(|v| v == "1") {
        fs::write(&path, sources_page()).expect("write docs/sources.md");
    }
    let committed = fs::read_to_string(&path).expect("docs/sources.md");
    assert!(
        committed == sources_page(),
        "docs/sources.md differs from the model; regenerate with WINSOCK_BIND_REGENERATE=1 cargo test --test sources"
    );
}

#[test]
fn every_rule_points_at_an_anchor_of_the_page() {
    let page = sources_page();
    for r in Reason::ALL {
        let anchor = r.source().rsplit_once('#').map(|(_, a)| a.trim_end_matches(')')).expect("an anchor");
        assert!(page.contains(&format!("<a id=\"{anchor}\"></a>")), "{r}: #{anchor} is not on docs/sources.md");
    }
    for s in Source::ALL {
        assert!(s.urls().iter().all(|u| u.starts_with("https://")), "{s:?}");
    }
}

/// Files a user reads: README, the sources, the tables, the example scenarios (their names and
/// descriptions are printed), the probe notes, every source file (doc comments become rustdoc,
/// strings become output).
fn user_facing() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let r = root();
    let mut files = vec![r.join("README.md"), r.join("docs/sources.md")];
    walk(&r.join("src"), &mut files);
    walk(&r.join("tables"), &mut files);
    walk(&r.join("examples"), &mut files);
    if let Ok(entries) = fs::read_dir(r.join("probe")) {
        let mut md: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        md.sort();
        files.extend(md);
    }
    files
}

#[test]
fn nothing_user_facing_cites_a_file_outside_the_repository() {
    // The working notes this project was built from are not shipped; cite docs/sources.md.
    let forbidden = ["domain.md", "design.md", "shared/", "seed 00"];
    let mut hits = Vec::new();
    for file in user_facing() {
        let Ok(text) = fs::read_to_string(&file) else { continue };
        for (n, line) in text.lines().enumerate() {
            for f in forbidden {
                if line.to_ascii_lowercase().contains(f) {
                    hits.push(format!(
                        "{}:{}: {}",
                        file.strip_prefix(root()).unwrap_or(&file).display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(hits.is_empty(), "{} reference(s) to files users do not have:\n{}", hits.len(), hits.join("\n"));
}
