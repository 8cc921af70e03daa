//! `tables/linux/*.csv` are generated from the Linux rules and committed; this test fails when
//! they drift. `tests/linux_kernel.rs` checks the same cells against the running kernel.
//!
//! To rewrite them: `WINSOCK_BIND_REGENERATE=1 cargo test --test linux_tables`.

use std::fs;
use std::path::PathBuf;

use winsock_bind::rules::linux::{table_csv, table_files};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tables/linux/*.csv` are generated from the rules and committed; this fails when they drift.
#[test]
fn linux_tables_match_the_rules() {
    let dir = root().join("tables/linux");
    let regenerate = std::env::var_os("WINSOCK_BIND_REGENERATE").is_some_and(|v| v == "1");
    let files = table_files();
    if regenerate {
        fs::create_dir_all(&dir).expect("create tables/linux");
    }
    for (name, users, proto, state) in &files {
        let expected = table_csv(*users, *proto, *state);
        let path = dir.join(name);
        if regenerate {
            fs::write(&path, &expected).expect("write table");
        }
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed,
            expected,
            "{} differs from the rules; rewrite with WINSOCK_BIND_REGENERATE=1 cargo test --test linux_tables",
            path.display()
        );
    }
    let mut on_disk: Vec<String> = fs::read_dir(&dir)
        .expect("tables/linux")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut names: Vec<String> = files.into_iter().map(|(n, ..)| n).collect();
    names.sort();
    assert_eq!(on_disk, names, "tables/linux holds exactly the generated files");
}
