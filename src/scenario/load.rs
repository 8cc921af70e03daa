//! Loading scenarios: a pure `from_str(text, format)` and a thin `from_path`. Errors name the
//! file, the step (1-based, with its op) and the field.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::step::{OPS, *};
use super::Scenario;

/// The file formats of scenarios, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.json`
    Json,
    /// `.toml`
    Toml,
}

impl Format {
    /// The format a file's extension names (`.json`, `.toml`, any case), if it names one.
    pub fn from_extension(path: &Path) -> Option<Self> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Some(Self::Json),
            Some("toml") => Some(Self::Toml),
            _ => None,
        }
    }
}

/// A scenario that cannot be loaded: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}{}{message}", file.as_ref().map(|f| format!("{f}: ")).unwrap_or_default(),
        step.map(|(n, op)| format!("step {n}{}: ", op.map(|o| format!(" ({o})")).unwrap_or_default())).unwrap_or_default(),
        field.as_ref().map(|f| format!("field `{f}`: ")).unwrap_or_default())]
pub struct ScenarioError {
    /// The file, when loaded from one.
    pub file: Option<String>,
    /// The step number (1-based) and its op, when the problem is in a step.
    pub step: Option<(usize, Option<&'static str>)>,
    /// The field, as a path (`addr`, `host.addresses[0]`).
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ScenarioError {
    fn new(message: impl Into<String>) -> Self {
        Self { file: None, step: None, field: None, message: message.into() }
    }

    fn at_step(n: usize, op: Option<&'static str>, field: Option<String>, message: impl Into<String>) -> Self {
        Self { file: None, step: Some((n, op)), field, message: message.into() }
    }
}

/// Parses a scenario from text and checks that it is runnable: every id used is defined, every
/// user exists, no id is created twice while open.
///
/// # Errors
/// [`ScenarioError`] naming the step and field.
pub fn from_str(text: &str, format: Format) -> Result<Scenario, ScenarioError> {
    let mut doc: Value = match format {
        Format::Json => serde_json::from_str(text).map_err(|e| ScenarioError::new(format!("not valid JSON: {e}")))?,
        Format::Toml => {
            let t: toml::Value =
                toml::from_str(text).map_err(|e| ScenarioError::new(format!("not valid TOML: {e}")))?;
            serde_json::to_value(t).map_err(|e| ScenarioError::new(e.to_string()))?
        }
    };
    let steps = match doc.as_object_mut().map(|o| o.remove("steps")) {
        Some(Some(Value::Array(steps))) => steps,
        Some(Some(_)) => {
            return Err(ScenarioError { field: Some("steps".into()), ..ScenarioError::new("expected a list of steps") })
        }
        Some(None) => return Err(ScenarioError::new("missing field `steps`")),
        None => return Err(ScenarioError::new("a scenario is an object with name, era, steps")),
    };
    let mut scenario: Scenario =
        typed(doc).map_err(|(field, message)| ScenarioError { field, ..ScenarioError::new(message) })?;
    for (i, raw) in steps.into_iter().enumerate() {
        scenario.steps.push(step(i + 1, raw)?);
    }
    validate(&scenario)?;
    Ok(scenario)
}

/// Loads a scenario file; the format comes from the extension (`.json`, `.toml`).
///
/// # Errors
/// [`ScenarioError`] naming the file, step and field.
pub fn from_path(path: impl AsRef<Path>) -> Result<Scenario, ScenarioError> {
    let path = path.as_ref();
    let file = Some(path.display().to_string());
    let Some(format) = Format::from_extension(path) else {
        return Err(ScenarioError { file, ..ScenarioError::new("unknown scenario format (expected .json or .toml)") });
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| ScenarioError { file: file.clone(), ..ScenarioError::new(e.to_string()) })?;
    from_str(&text, format).map_err(|e| ScenarioError { file, ..e })
}

/// Expands scenario arguments: a directory stands for its `.json` and `.toml` files, sorted by
/// name; a file stands for itself.
///
/// Takes `&str`, `Path` or `PathBuf` items:
///
/// ```
/// let files = winsock_bind::scenario::expand(&["examples", "examples/xp-reuseaddr-steals-port.json"])?;
/// assert!(files.len() > 2 && files.iter().all(|f| f.extension().is_some_and(|e| e == "json" || e == "toml")));
/// # Ok::<(), winsock_bind::scenario::ScenarioError>(())
/// ```
///
/// # Errors
/// [`ScenarioError`] naming a directory that cannot be read.
pub fn expand<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<std::path::PathBuf>, ScenarioError> {
    let mut out = Vec::new();
    for p in paths {
        let p = p.as_ref();
        if !p.is_dir() {
            out.push(p.to_path_buf());
            continue;
        }
        let read = std::fs::read_dir(p)
            .map_err(|e| ScenarioError { file: Some(p.display().to_string()), ..ScenarioError::new(e.to_string()) })?;
        let mut files: Vec<_> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|f| f.extension().and_then(|e| e.to_str()).is_some_and(|e| e == "json" || e == "toml"))
            .collect();
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

/// Deserializes with the path of the failing field.
fn typed<T: DeserializeOwned>(v: Value) -> Result<T, (Option<String>, String)> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        (if path == "." { None } else { Some(path) }, e.into_inner().to_string())
    })
}

fn step(n: usize, raw: Value) -> Result<Step, ScenarioError> {
    let Value::Object(mut map) = raw else {
        return Err(ScenarioError::at_step(n, None, None, "a step is an object with an `op`"));
    };
    let op_name = match map.remove("op") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(ScenarioError::at_step(n, None, Some("op".into()), "expected a string")),
        None => {
            return Err(ScenarioError::at_step(n, None, None, format!("missing `op` (one of: {})", OPS.join(", "))))
        }
    };
    let Some(op) = OPS.iter().copied().find(|o| *o == op_name) else {
        return Err(ScenarioError::at_step(
            n,
            None,
            Some("op".into()),
            format!("unknown op `{op_name}` (one of: {})", OPS.join(", ")),
        ));
    };
    let v = Value::Object(map);
    let fail = |(field, message)| ScenarioError::at_step(n, Some(op), field, message);
    Ok(match op {
        "socket" => Step::Socket(typed(v).map_err(fail)?),
        "setsockopt" => Step::Setsockopt(typed(v).map_err(fail)?),
        "getsockopt" => Step::Getsockopt(typed(v).map_err(fail)?),
        "bind" => Step::Bind(typed(v).map_err(fail)?),
        "listen" => Step::Listen(typed(v).map_err(fail)?),
        "connect" => Step::Connect(typed(v).map_err(fail)?),
        "accept" => Step::Accept(typed(v).map_err(fail)?),
        "close" => Step::Close(typed(v).map_err(fail)?),
        "shutdown" => Step::Shutdown(typed(v).map_err(fail)?),
        "abort" => Step::Abort(typed(v).map_err(fail)?),
        "send" => Step::Send(typed(v).map_err(fail)?),
        "reserve" => Step::Reserve(typed(v).map_err(fail)?),
        _ => Step::Join(typed(v).map_err(fail)?),
    })
}

/// Checks names before anything runs, so a scenario never stops half way for a typo.
fn validate(s: &Scenario) -> Result<(), ScenarioError> {
    let mut users = BTreeSet::new();
    for (i, u) in s.users.iter().enumerate() {
        if !users.insert(u.name.as_str()) {
            let field = Some(format!("users[{i}].name"));
            return Err(ScenarioError { field, ..ScenarioError::new(format!("user `{}` is listed twice", u.name)) });
        }
    }
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    // Sockets closed by a `close` or `abort` step, and which step closed them.
    let mut closed: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, step) in s.steps.iter().enumerate() {
        let n = i + 1;
        let op = Some(step.op());
        // Using a closed socket is a way to show WSAENOTSOCK, so it must say it expects an error.
        let expects_error = matches!(step.expect(), Some(Expect::AnyError | Expect::Error(_)));
        let err = |field: &str, message: String| ScenarioError::at_step(n, op, Some(field.into()), message);
        let known = |id: &str, field: &str| -> Result<(), ScenarioError> {
            match closed.get(id) {
                Some(at) if !expects_error && field == "id" => Err(err(
                    field,
                    format!("socket `{id}` was closed at step {at}; a later step may use it only to expect an error (WSAENOTSOCK)"),
                )),
                Some(_) | None if ids.contains(id) => Ok(()),
                Some(_) | None => {
                    Err(err(field, format!("unknown socket id `{id}` (no earlier socket or accept step creates it)")))
                }
            }
        };
        let mut creates: Option<&str> = None;
        match step {
            Step::Socket(x) => {
                match &x.user {
                    Some(u) if !users.contains(u.as_str()) => return Err(err("user", format!("unknown user `{u}`"))),
                    Some(_) => {}
                    None if s.users.len() > 1 => {
                        return Err(err(
                            "user",
                            "missing: the scenario has several users, say which one owns the socket".into(),
                        ))
                    }
                    None => {}
                }
                creates = Some(&x.id);
            }
            Step::Accept(x) => {
                known(&x.id, "id")?;
                creates = Some(&x.as_id);
            }
            Step::Setsockopt(SetsockoptStep { id, .. })
            | Step::Getsockopt(GetsockoptStep { id, .. })
            | Step::Bind(BindStep { id, .. })
            | Step::Listen(IdStep { id, .. })
            | Step::Close(IdStep { id, .. })
            | Step::Shutdown(IdStep { id, .. })
            | Step::Abort(IdStep { id, .. })
            | Step::Join(JoinStep { id, .. }) => known(id, "id")?,
            Step::Connect(x) => {
                if let Some(id) = &x.id {
                    known(id, "id")?;
                }
                if let Some(Some(l)) = &x.expect_accepted_by {
                    known(l, "expect_accepted_by")?;
                }
                for id in x.expect_undetermined.iter().flatten() {
                    known(id, "expect_undetermined")?;
                }
            }
            Step::Send(x) => {
                if let Some(id) = &x.id {
                    known(id, "id")?;
                }
                for (field, list) in
                    [("expect_receivers", &x.expect_receivers), ("expect_undetermined", &x.expect_undetermined)]
                {
                    for id in list.iter().flatten() {
                        known(id, field)?;
                    }
                }
            }
            Step::Reserve(x) => x.kind.check_era(s.era).map_err(|m| err("kind", m))?,
        }
        match step {
            Step::Close(IdStep { id, .. }) | Step::Abort(IdStep { id, .. }) => {
                closed.entry(id.as_str()).or_insert(n);
            }
            _ => {}
        }
        if let Some(id) = creates {
            if !ids.insert(id) {
                let field = if step.op() == "accept" { "as" } else { "id" };
                return Err(err(
                    field,
                    format!("socket id `{id}` is already used by an earlier step; give each socket its own name"),
                ));
            }
        }
    }
    Ok(())
}
