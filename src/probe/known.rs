//! Known differences between the model and a real stack that is not Windows (Wine), each with
//! its reason, so that a *new* difference fails while a known one is only reported.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use super::Verdict;
use crate::error::InputError;

/// One known difference.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDifference {
    /// The row key the comparison prints (table cell or `scenario#step: call`).
    pub key: String,
    /// The model's answer.
    pub model: String,
    /// The real stack's answer.
    pub real: String,
    /// Why the real stack differs (and why the model is not bent to match it).
    pub reason: String,
}

/// A test of the suite that fails under Wine because of a listed difference. The Windows test
/// step (`.ci/windows-tests.sh wine`) runs it apart and prints it with its reason; the comparison
/// does not use it, but it is read here so that a malformed entry is an error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownTest {
    #[allow(dead_code)] // read by .ci/windows-tests.sh
    name: String,
    #[allow(dead_code)] // read by .ci/windows-tests.sh
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    difference: Vec<KnownDifference>,
    #[serde(default, rename = "test")]
    _tests: Vec<KnownTest>,
}

/// A set of known differences; empty for real Windows, where every difference counts.
#[derive(Debug, Default)]
pub struct Known {
    entries: Vec<KnownDifference>,
    used: RefCell<BTreeSet<usize>>,
}

impl Known {
    /// No known differences.
    pub fn none() -> Self {
        Self::default()
    }

    /// Reads a TOML file of `[[difference]]` entries (key, model, real, reason).
    ///
    /// # Errors
    /// [`InputError`] naming the file and what is wrong.
    pub fn load(path: &Path) -> Result<Self, InputError> {
        let text = crate::text::read_text(path, crate::text::Utf8::Strict)
            .map_err(|e| InputError::value("known-differences file", &path.display().to_string(), e.to_string()))?;
        let file: File = toml::from_str(&text)
            .map_err(|e| InputError::value("known-differences file", &path.display().to_string(), e.to_string()))?;
        Ok(Self { entries: file.difference, used: RefCell::default() })
    }

    /// The verdict on a difference: known (with its reason) if listed with the same answers.
    pub fn verdict(&self, key: &str, model: &str, real: &str) -> Verdict {
        match self.entries.iter().position(|d| d.key == key && d.model == model && d.real == real) {
            Some(i) => {
                self.used.borrow_mut().insert(i);
                Verdict::Known(self.entries[i].reason.clone())
            }
            None => Verdict::Differ,
        }
    }

    /// Entries that matched no difference in this run (stale, or their cases were not run).
    pub fn unused(&self) -> Vec<&KnownDifference> {
        let used = self.used.borrow();
        self.entries.iter().enumerate().filter(|(i, _)| !used.contains(i)).map(|(_, d)| d).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Known, InputError> {
        let path = std::env::temp_dir().join(format!("known-{}-{}.toml", std::process::id(), text.len()));
        std::fs::write(&path, text).unwrap();
        let known = Known::load(&path);
        std::fs::remove_file(&path).unwrap();
        known
    }

    const DIFFERENCE: &str = "[[difference]]\nkey = \"k\"\nmodel = \"ok\"\nreal = \"access\"\nreason = \"r\"\n";

    #[test]
    fn a_known_test_failure_sits_in_the_same_file_as_the_differences() {
        let known = load(&format!("{DIFFERENCE}\n[[test]]\nname = \"a::b\"\nreason = \"follows from k\"\n")).unwrap();
        assert_eq!(known.verdict("k", "ok", "access"), Verdict::Known("r".to_owned()));
    }

    #[test]
    fn a_known_test_entry_with_an_unknown_key_is_an_error_naming_it() {
        let err = load("[[test]]\nname = \"a::b\"\nreason = \"r\"\nskip = true\n").unwrap_err().to_string();
        assert!(err.contains("skip"), "{err}");
    }
}
