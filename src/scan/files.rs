//! Which files a scan reads, and reading them in parallel: directories are walked in name
//! order (hidden ones, such as `.git`, are left out), and files that are not source, too large,
//! or not UTF-8 text are skipped and counted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde::Serialize;

use super::site::{Language, Site, Unrecognised};
use super::{syntax, ScanError};

/// The largest file read, in bytes (generated or minified code above it is skipped).
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// Why a file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Skip {
    /// Its extension names no language the scan reads.
    NotSource,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not valid UTF-8 text.
    NotText,
    /// Test code, by the language's convention (`*_test.go`, `test_*.py`, `*.test.js`,
    /// `*Test.java`, `*Tests.cs`, a `test`, `tests` or `__tests__` directory): tests bind
    /// servers of their own that no deployment runs.
    Test,
}

impl Skip {
    /// The reason in words.
    pub fn name(self) -> &'static str {
        match self {
            Self::NotSource => "not source",
            Self::TooLarge => "too large",
            Self::NotText => "not text",
            Self::Test => "test code",
        }
    }
}

/// The files under `paths`: each path that is a file, and the files below each directory, in
/// name order. A path that does not exist or cannot be read is an error naming it.
pub(crate) fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ScanError> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| ScanError::Path { path: p.clone(), reason: e.to_string() })?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ScanError> {
    let err = |e: std::io::Error| ScanError::Path { path: dir.to_path_buf(), reason: e.to_string() };
    let mut entries: Vec<(PathBuf, bool)> = Vec::new();
    for e in std::fs::read_dir(dir).map_err(err)? {
        let e = e.map_err(err)?;
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        let is_dir = e.file_type().map_err(err)?.is_dir();
        entries.push((e.path(), is_dir));
    }
    entries.sort();
    for (path, is_dir) in entries {
        if is_dir {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// What one file gave.
#[derive(Debug, Default)]
pub(crate) struct FileResult {
    pub(crate) sites: Vec<Site>,
    pub(crate) unrecognised: Vec<Unrecognised>,
    pub(crate) skipped: Option<Skip>,
    pub(crate) language: Option<Language>,
}

/// The path as reported: `/`-separated.
pub(crate) fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads and parses one file with the thread's parsers.
fn read_one(path: &Path, parsers: &mut BTreeMap<Language, tree_sitter::Parser>) -> Result<FileResult, ScanError> {
    let Some(language) = Language::from_path(path) else {
        return Ok(FileResult { skipped: Some(Skip::NotSource), ..FileResult::default() });
    };
    if is_test(path) {
        return Ok(FileResult { skipped: Some(Skip::Test), language: Some(language), ..FileResult::default() });
    }
    let err = |e: std::io::Error| ScanError::Path { path: path.to_path_buf(), reason: e.to_string() };
    let len = std::fs::metadata(path).map_err(err)?.len();
    if len > MAX_FILE_BYTES {
        return Ok(FileResult { skipped: Some(Skip::TooLarge), language: Some(language), ..FileResult::default() });
    }
    let bytes = std::fs::read(path).map_err(err)?;
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(FileResult { skipped: Some(Skip::NotText), language: Some(language), ..FileResult::default() });
    };
    let (sites, unrecognised) = super::read_text(parsers, &display(path), language, &text);
    Ok(FileResult { sites, unrecognised, skipped: None, language: Some(language) })
}

/// Whether a path is test code by its language's naming convention.
pub(crate) fn is_test(path: &Path) -> bool {
    let in_test_dir = path.parent().is_some_and(|dir| {
        dir.components().any(|c| matches!(c.as_os_str().to_str(), Some("test" | "tests" | "__tests__" | "testdata")))
    });
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    in_test_dir
        || name.ends_with("_test.go")
        || (name.ends_with(".py") && (stem.starts_with("test_") || stem.ends_with("_test")))
        || [".test.", ".spec."].iter().any(|m| name.contains(m))
        || (name.ends_with(".java") || name.ends_with(".cs")) && (stem.ends_with("Test") || stem.ends_with("Tests"))
}

/// Reads every file, on as many threads as the machine has cores; results in the files' order.
pub(crate) fn read_all(files: &[PathBuf]) -> Result<Vec<FileResult>, ScanError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<FileResult, ScanError>>>> =
        Mutex::new((0..files.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut parsers = BTreeMap::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let r = read_one(path, &mut parsers);
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
            });
        }
    });
    let all = results.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    all.into_iter()
        .zip(files)
        .map(|(r, path)| {
            r.unwrap_or_else(|| Err(ScanError::Path { path: path.clone(), reason: "not read".to_owned() }))
        })
        .collect()
}

/// A parser per language, made on first use.
pub(crate) fn parser_for(
    parsers: &mut BTreeMap<Language, tree_sitter::Parser>,
    language: Language,
) -> &mut tree_sitter::Parser {
    parsers.entry(language).or_insert_with(|| syntax::parser(language))
}
