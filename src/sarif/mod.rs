//! SARIF 2.1.0 (Static Analysis Results Interchange Format, OASIS) as typed serde structs: the
//! subset code-scanning services read, so `doctor` and `audit` can write `--format sarif`.
//!
//! The shapes follow the OASIS standard, "Static Analysis Results Interchange Format (SARIF)
//! Version 2.1.0" (<https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>), and the
//! output validates against its JSON schema (the project's tests check it). Optional fields are
//! left out when empty; maps are `BTreeMap`, so the output is deterministic.
//!
//! ```
//! use winsock_bind::sarif::{Level, Log, Result, Rule, Run};
//!
//! let rule = Rule::new("shadow", "A listener beneath the wildcard takes some traffic")
//!     .with_cwe(605)
//!     .with_level(Level::Warning);
//! let mut run = Run::new(vec![rule]);
//! run.push(Result::new("shadow", Level::Warning, "PID 900 listens on 10.0.0.1:80 beneath 0.0.0.0:80")
//!     .with_location("host/tcp/10.0.0.1:80", "TCP 10.0.0.1:80")
//!     .with_fingerprint(&["shadow", "tcp", "10.0.0.1:80", "900"]));
//! let log = Log::new(vec![run]);
//! let json = serde_json::to_value(&log).unwrap();
//! assert_eq!(json["version"], "2.1.0");
//! assert_eq!(json["runs"][0]["tool"]["driver"]["name"], "winsock-bind");
//! assert_eq!(json["runs"][0]["tool"]["driver"]["rules"][0]["properties"]["tags"][1], "external/cwe/cwe-605");
//! assert_eq!(json["runs"][0]["results"][0]["ruleIndex"], 0);
//! ```

use std::collections::BTreeMap;

use serde::Serialize;

/// The schema URI written in `$schema`.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF version written.
pub const VERSION: &str = "2.1.0";

/// The tool's name in every log.
pub const TOOL_NAME: &str = "winsock-bind";

/// Where users read about the tool's rules.
pub const INFORMATION_URI: &str =
    "https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse";

/// A SARIF log: the top-level object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Log {
    /// The schema URI.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// Always `2.1.0`.
    pub version: String,
    /// One run per analysis.
    pub runs: Vec<Run>,
}

impl Log {
    /// A log of these runs.
    pub fn new(runs: Vec<Run>) -> Self {
        Self { schema: SCHEMA_URI.to_owned(), version: VERSION.to_owned(), runs }
    }

    /// The log as pretty JSON.
    ///
    /// # Errors
    /// Only if serde_json fails, which these structs (strings, numbers, maps) do not make it do.
    pub fn to_json(&self) -> std::result::Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// Gives every result that has no physical location this one: the input file a finding
    /// rests on (a configuration file and the line of its bind).
    pub fn locate_in(&mut self, uri: &str, line: usize) {
        for run in &mut self.runs {
            for r in &mut run.results {
                if !r.locations.iter().any(|l| l.physical_location.is_some()) {
                    *r = std::mem::replace(r, Result::new("", Level::None, "")).with_file(uri, line);
                }
            }
        }
    }
}

/// One run of the tool: the tool with its rules, and the results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Run {
    /// The tool that ran.
    pub tool: Tool,
    /// What it found.
    pub results: Vec<Result>,
    /// Facts about the run itself (era, files read ...).
    #[serde(skip_serializing_if = "PropertyBag::is_empty")]
    pub properties: PropertyBag,
}

impl Run {
    /// A run of winsock-bind (this crate's version) with these rules and no results yet.
    pub fn new(rules: Vec<Rule>) -> Self {
        Self {
            tool: Tool {
                driver: Driver {
                    name: TOOL_NAME.to_owned(),
                    version: env!("CARGO_PKG_VERSION").to_owned(),
                    semantic_version: env!("CARGO_PKG_VERSION").to_owned(),
                    information_uri: INFORMATION_URI.to_owned(),
                    rules,
                },
            },
            results: Vec::new(),
            properties: PropertyBag::default(),
        }
    }

    /// Adds a result, setting its `ruleIndex` from the run's rules.
    pub fn push(&mut self, mut result: Result) {
        result.rule_index = self.rule_index(&result.rule_id);
        self.results.push(result);
    }

    /// The index of the rule `id` in the driver's rules.
    fn rule_index(&self, id: &str) -> Option<usize> {
        self.tool.driver.rules.iter().position(|r| r.id == id)
    }
}

/// A log of one run whose results are made while it is written, so that a log of very many
/// results (a machine audit of 100,000 listeners) never exists whole in memory. It writes
/// exactly what [`Log`] writes for the same run with the same results pushed; it can be written
/// once (a second write is an error, as the results were consumed).
///
/// ```
/// use winsock_bind::sarif::{Level, Log, Result, Rule, Run, StreamedLog};
///
/// let results = || (0..3).map(|i| Result::new("shadow", Level::Note, &format!("finding {i}")));
/// let run = Run::new(vec![Rule::new("shadow", "A listener beneath the wildcard")]);
/// let mut whole = run.clone();
/// results().for_each(|r| whole.push(r));
/// let streamed = StreamedLog::new(run, results());
/// assert_eq!(serde_json::to_string_pretty(&streamed).unwrap(), Log::new(vec![whole]).to_json().unwrap());
/// ```
pub struct StreamedLog<I> {
    run: Run,
    results: std::cell::RefCell<Option<I>>,
}

impl<I> std::fmt::Debug for StreamedLog<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamedLog").field("run", &self.run).finish_non_exhaustive()
    }
}

impl<I: Iterator<Item = Result>> StreamedLog<I> {
    /// A log of `run` (its own results, if any, are left out) with `results` written in order.
    pub fn new(run: Run, results: I) -> Self {
        Self { run, results: std::cell::RefCell::new(Some(results)) }
    }
}

impl<I: Iterator<Item = Result>> Serialize for StreamedLog<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq, SerializeStruct};
        /// `runs`: the one run.
        struct Runs<'a, I>(&'a StreamedLog<I>);
        /// The run, field for field as [`Run`]'s derived form.
        struct OneRun<'a, I>(&'a StreamedLog<I>);
        /// The run's `results`, pulled from the iterator one at a time.
        struct Results<'a, I>(&'a StreamedLog<I>);
        impl<I: Iterator<Item = Result>> Serialize for Runs<'_, I> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(1))?;
                seq.serialize_element(&OneRun(self.0))?;
                seq.end()
            }
        }
        impl<I: Iterator<Item = Result>> Serialize for OneRun<'_, I> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let run = &self.0.run;
                let mut st = s.serialize_struct("Run", 3)?;
                st.serialize_field("tool", &run.tool)?;
                st.serialize_field("results", &Results(self.0))?;
                if run.properties.is_empty() {
                    st.skip_field("properties")?;
                } else {
                    st.serialize_field("properties", &run.properties)?;
                }
                st.end()
            }
        }
        impl<I: Iterator<Item = Result>> Serialize for Results<'_, I> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let Some(results) = self.0.results.borrow_mut().take() else {
                    return Err(S::Error::custom("a streamed SARIF log is written once: its results are consumed"));
                };
                let mut seq = s.serialize_seq(None)?;
                for mut r in results {
                    r.rule_index = self.0.run.rule_index(&r.rule_id);
                    seq.serialize_element(&r)?;
                }
                seq.end()
            }
        }
        let mut st = s.serialize_struct("Log", 3)?;
        st.serialize_field("$schema", SCHEMA_URI)?;
        st.serialize_field("version", VERSION)?;
        st.serialize_field("runs", &Runs(self))?;
        st.end()
    }
}

/// The tool.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tool {
    /// Its main component.
    pub driver: Driver,
}

/// The tool's main component (SARIF's `toolComponent`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// `winsock-bind`.
    pub name: String,
    /// The crate version.
    pub version: String,
    /// The crate version, as semver.
    pub semantic_version: String,
    /// Where to read more.
    pub information_uri: String,
    /// One rule per kind of finding.
    pub rules: Vec<Rule>,
}

/// A rule: one kind of finding (SARIF's `reportingDescriptor`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// A stable id, e.g. `shadow`.
    pub id: String,
    /// The id in words, PascalCase as SARIF suggests.
    pub name: String,
    /// One sentence.
    pub short_description: Message,
    /// What the rule means, for a reader who has not met it.
    pub full_description: Message,
    /// What to do about its results, as text and markdown (code-scanning services show it).
    pub help: MultiformatMessage,
    /// Where the rule's facts come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_uri: Option<String>,
    /// The level of its results unless a result says otherwise.
    pub default_configuration: Configuration,
    /// Tags (`security`, `external/cwe/cwe-605`) and other facts.
    #[serde(skip_serializing_if = "PropertyBag::is_empty")]
    pub properties: PropertyBag,
}

impl Rule {
    /// A rule with this id and sentence, level `warning`, tagged `security`.
    pub fn new(id: &str, description: &str) -> Self {
        let name = id
            .split(['-', '.', '_'])
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            })
            .collect();
        let help = format!(
            "{description}. Each result names the socket (and, on a machine, its process) and the file and line \
             that show it; its properties give the evidence the answer rests on and the fixes, each checked by a \
             replay."
        );
        let markdown = format!(
            "**{description}.**\n\nEach result names the socket (and, on a machine, its process) and the file and \
             line that show it. Its properties give the evidence the answer rests on (documented, observed or \
             extrapolated) and the fixes, each checked by a replay. The rules: Microsoft Learn, \
             [Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE]({INFORMATION_URI})."
        );
        Self {
            id: id.to_owned(),
            name,
            short_description: Message::text(description),
            full_description: Message::text(description),
            help: MultiformatMessage { text: help, markdown },
            help_uri: Some(INFORMATION_URI.to_owned()),
            default_configuration: Configuration { level: Level::Warning },
            properties: PropertyBag { tags: vec!["security".to_owned()], extra: BTreeMap::new() },
        }
        .with_level(Level::Warning)
        .with_precision("high")
    }

    /// Sets the full description.
    #[must_use]
    pub fn with_full_description(mut self, text: &str) -> Self {
        self.full_description = Message::text(text);
        self
    }

    /// Sets `precision` (`very-high`, `high`, `medium`, `low`): how often a result of the rule
    /// is right, as code-scanning services read it.
    #[must_use]
    pub fn with_precision(mut self, precision: &str) -> Self {
        self.properties.extra.insert("precision".to_owned(), serde_json::Value::String(precision.to_owned()));
        self
    }

    /// Tags the rule with a CWE (`external/cwe/cwe-605`, as code-scanning services read it).
    #[must_use]
    pub fn with_cwe(mut self, cwe: u32) -> Self {
        self.properties.tags.push(format!("external/cwe/cwe-{cwe}"));
        self
    }

    /// Sets the default level, and `security-severity` on GitHub's numeric scale to match it
    /// (error 8.0, high; warning 5.0, medium; note 2.0, low).
    #[must_use]
    pub fn with_level(mut self, level: Level) -> Self {
        self.default_configuration.level = level;
        let score = match level {
            Level::Error => "8.0",
            Level::Warning => "5.0",
            Level::Note | Level::None => "2.0",
        };
        self.properties.extra.insert("security-severity".to_owned(), serde_json::Value::String(score.to_owned()));
        self
    }

    /// Sets the help URI.
    #[must_use]
    pub fn with_help_uri(mut self, uri: &str) -> Self {
        self.help_uri = Some(uri.to_owned());
        self
    }
}

/// A message in text and markdown (SARIF's `multiformatMessageString`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MultiformatMessage {
    /// Plain text.
    pub text: String,
    /// The same in GitHub-flavoured markdown.
    pub markdown: String,
}

/// A rule's default configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Configuration {
    /// The default level.
    pub level: Level,
}

/// How serious a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not a problem: information.
    None,
    /// Worth knowing.
    Note,
    /// A problem that may matter.
    Warning,
    /// A problem.
    Error,
}

/// A plain-text message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// The text.
    pub text: String,
}

impl Message {
    /// A message of this text.
    pub fn text(text: &str) -> Self {
        Self { text: text.to_owned() }
    }
}

/// Facts without a SARIF field of their own: `tags`, then any named value.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PropertyBag {
    /// Tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Other properties, by name.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl PropertyBag {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.extra.is_empty()
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Result {
    /// The rule's id.
    pub rule_id: String,
    /// The rule's index in the driver's rules (set by [`Run::push`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_index: Option<usize>,
    /// Its level.
    pub level: Level,
    /// What was found, in one paragraph.
    pub message: Message,
    /// Where: a file and line of the input, or a logical place (`host/tcp/0.0.0.0:80`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    /// Stable fingerprints, so a service tracks one finding across runs.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub partial_fingerprints: BTreeMap<String, String>,
    /// Evidence and other facts.
    #[serde(skip_serializing_if = "PropertyBag::is_empty")]
    pub properties: PropertyBag,
}

impl Result {
    /// A result of `rule_id` at `level` saying `text`.
    pub fn new(rule_id: &str, level: Level, text: &str) -> Self {
        Self {
            rule_id: rule_id.to_owned(),
            rule_index: None,
            level,
            message: Message::text(text),
            locations: Vec::new(),
            partial_fingerprints: BTreeMap::new(),
            properties: PropertyBag::default(),
        }
    }

    /// Adds a logical location: a fully qualified name such as `host/tcp/0.0.0.0:80` and a
    /// short one.
    #[must_use]
    pub fn with_location(mut self, fully_qualified: &str, name: &str) -> Self {
        self.locations.push(Location {
            physical_location: None,
            logical_locations: vec![LogicalLocation {
                name: name.to_owned(),
                fully_qualified_name: fully_qualified.to_owned(),
                kind: "resource".to_owned(),
            }],
        });
        self
    }

    /// Adds a physical location: the input file and line a finding rests on. It goes into the
    /// first location, as code-scanning services show a result only where its first location
    /// is a physical one.
    #[must_use]
    pub fn with_file(self, uri: &str, line: usize) -> Self {
        self.with_physical(uri, Region { start_line: line.max(1), start_column: None })
    }

    /// Adds a physical location with a column: the source line and column a finding is about
    /// (code scanning annotates that line). Like [`Result::with_file`], it goes into the first
    /// location.
    #[must_use]
    pub fn with_region(self, uri: &str, line: usize, column: usize) -> Self {
        self.with_physical(uri, Region { start_line: line.max(1), start_column: Some(column.max(1)) })
    }

    fn with_physical(mut self, uri: &str, region: Region) -> Self {
        let physical = PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri.replace('\\', "/") },
            region: Some(region),
        };
        match self.locations.first_mut() {
            Some(first) if first.physical_location.is_none() => first.physical_location = Some(physical),
            Some(_) | None => {
                self.locations.insert(0, Location { physical_location: Some(physical), logical_locations: Vec::new() })
            }
        }
        self
    }

    /// Sets the fingerprint `winsockBind/v1` from the parts that identify the finding (not its
    /// wording), so it stays the same across runs and versions that say it differently.
    #[must_use]
    pub fn with_fingerprint(mut self, parts: &[&str]) -> Self {
        self.partial_fingerprints.insert("winsockBind/v1".to_owned(), fingerprint(parts));
        self
    }

    /// Adds a property.
    #[must_use]
    pub fn with_property(mut self, name: &str, value: impl Serialize) -> Self {
        // A value that does not serialise (none of ours) is left out rather than panicking.
        if let Ok(v) = serde_json::to_value(value) {
            self.properties.extra.insert(name.to_owned(), v);
        }
        self
    }
}

/// A location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// A file and region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub physical_location: Option<PhysicalLocation>,
    /// A named place that is not a file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub logical_locations: Vec<LogicalLocation>,
}

/// A file and a region of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

/// A file by URI (relative paths with `/`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArtifactLocation {
    /// The URI.
    pub uri: String,
}

/// Lines of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// The first line (1-based).
    pub start_line: usize,
    /// The first column (1-based), where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_column: Option<usize>,
}

/// A named place that is not a file: a socket address on the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogicalLocation {
    /// The short name.
    pub name: String,
    /// The full name.
    pub fully_qualified_name: String,
    /// What it is (`resource`).
    pub kind: String,
}

/// A stable 64-bit FNV-1a hash of the parts, in hex: the same parts give the same fingerprint on
/// every platform and in every version (no `std` hasher, whose output may change).
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f; // a separator, so ["ab", "c"] and ["a", "bc"] differ
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in part.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_separate_parts() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (the published test vector).
        assert_eq!(fingerprint(&["a"]), "af63dc4c8601ec8c");
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
    }

    #[test]
    fn push_sets_the_rule_index() {
        let mut run = Run::new(vec![Rule::new("a", "A"), Rule::new("http-sys", "B")]);
        run.push(Result::new("http-sys", Level::Error, "x"));
        run.push(Result::new("nope", Level::Note, "y"));
        assert_eq!(run.results[0].rule_index, Some(1));
        assert_eq!(run.results[1].rule_index, None);
        assert_eq!(run.tool.driver.rules[1].name, "HttpSys");
    }
}
