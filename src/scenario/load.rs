//! Loading scenarios: a pure `from_str(text, format)` and a thin `from_path`, then the checks that
//! turn names into handles ([`Scenario::check`]). Errors name the file, the step (1-based, with
//! its op) and the field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::step::{fields_of, ConnectStep, Expect, IdStep, Op, RequestStep, Resolver, SendStep, Step, Use};
use super::text::{excerpt, Escaped};
use super::{Checked, NetHostSpec, Scenario, SocketRef, UserRef};
use crate::os::Os;
use crate::ports::PortKind;
use crate::text::{render_path, JsonError, Segment};

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
///
/// `Display` escapes control characters and shortens over-long lines of the message, so a hostile
/// file cannot flood or garble a terminal. `{:?}` prints the same line, so `unwrap()` reads like
/// the CLI; `{:#?}` shows the fields.
///
/// ```
/// use winsock_bind::scenario::{self, Format};
/// let err = scenario::from_str(r#"{"steps": [{"op": "bind"}]}"#, Format::Json).unwrap_err();
/// assert_eq!(format!("{err:?}"), err.to_string());
/// assert!(format!("{err:#?}").starts_with("ScenarioError {"));
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", Located { file, step, field, message })]
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

/// The rendering of a [`ScenarioError`].
struct Located<'a> {
    file: &'a Option<String>,
    step: &'a Option<(usize, Option<&'static str>)>,
    field: &'a Option<String>,
    message: &'a str,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = self.file {
            write!(f, "{}: ", Escaped(file))?;
        }
        match self.step {
            Some((n, Some(op))) => write!(f, "step {n} ({op}): ")?,
            Some((n, None)) => write!(f, "step {n}: ")?,
            None => {}
        }
        if let Some(field) = self.field {
            write!(f, "field `{}`: ", Escaped(&excerpt(field)))?;
        }
        // A parser's message may quote a whole line of the input (TOML shows it with a caret).
        for (i, line) in self.message.lines().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}", Escaped(&excerpt(line)))?;
        }
        Ok(())
    }
}

impl fmt::Debug for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        let Self { file, step, field, message } = self;
        f.debug_struct("ScenarioError")
            .field("file", file)
            .field("step", step)
            .field("field", field)
            .field("message", message)
            .finish()
    }
}

impl ScenarioError {
    fn new(message: impl Into<String>) -> Self {
        Self { file: None, step: None, field: None, message: message.into() }
    }

    fn at_step(n: usize, op: Option<&'static str>, field: Option<String>, message: impl Into<String>) -> Self {
        Self { file: None, step: Some((n, op)), field, message: message.into() }
    }

    /// Locates a problem found at a path of the raw document (`steps[1].addr`).
    fn at_path(path: &[Segment], message: impl Into<String>) -> Self {
        match path {
            [Segment::Key(steps), Segment::Index(i), rest @ ..] if steps == "steps" => {
                let field = (!rest.is_empty()).then(|| render_path(rest));
                Self::at_step(i + 1, None, field, message)
            }
            [] => Self::new(message),
            path => Self { field: Some(render_path(path)), ..Self::new(message) },
        }
    }
}

/// Parses a scenario from text and checks that it is runnable: every id used is defined, every
/// user exists, no id is created twice, no key is given twice. A UTF-8 byte-order mark is
/// accepted.
///
/// # Errors
/// [`ScenarioError`] naming the step and field.
pub fn from_str(text: &str, format: Format) -> Result<Checked, ScenarioError> {
    parse(text, format)?.check()
}

/// Loads a scenario file; the format comes from the extension (`.json`, `.toml`).
///
/// # Errors
/// [`ScenarioError`] naming the file, step and field.
pub fn from_path(path: impl AsRef<Path>) -> Result<Checked, ScenarioError> {
    let path = path.as_ref();
    let file = Some(path.display().to_string());
    let Some(format) = Format::from_extension(path) else {
        return Err(ScenarioError { file, ..ScenarioError::new("unknown scenario format (expected .json or .toml)") });
    };
    let text = crate::text::read_text(path, crate::text::Utf8::Strict)
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

/// Parses without checking names: the scenario as written.
fn parse(text: &str, format: Format) -> Result<Scenario, ScenarioError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc = match format {
        Format::Json => strict_json(text)?,
        // TOML itself refuses a key given twice.
        Format::Toml => {
            let t: toml::Value =
                toml::from_str(text).map_err(|e| ScenarioError::new(format!("not valid TOML: {e}")))?;
            serde_json::to_value(t).map_err(|e| ScenarioError::new(e.to_string()))?
        }
    };
    let steps = match doc.as_object_mut().map(|o| o.insert("steps".to_owned(), Value::Array(Vec::new()))) {
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
    Ok(scenario)
}

/// Deserializes with the path of the failing field.
fn typed<T: DeserializeOwned>(v: Value) -> Result<T, (Option<String>, String)> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        // serde's messages are one line, but may quote a value of the file with its control
        // characters: escape them all, newlines included.
        (if path == "." { None } else { Some(path) }, Escaped(&e.into_inner().to_string()).to_string())
    })
}

/// The keys of one step besides `op` and `expect`, read into the op's struct.
pub(super) struct Keys {
    step: usize,
    map: Map<String, Value>,
}

impl Keys {
    /// The op's struct, refusing a key it does not have (naming every key a step of this op
    /// may have) and locating the failing key.
    pub(super) fn typed<T: DeserializeOwned>(self, op: &'static str) -> Result<T, ScenarioError> {
        let fields = fields_of::<T>();
        if let Some(unknown) = self.map.keys().find(|k| !fields.contains(&k.as_str())) {
            let expected: Vec<String> = fields.iter().chain(&["expect"]).map(|f| format!("`{f}`")).collect();
            return Err(ScenarioError::at_step(
                self.step,
                Some(op),
                Some(unknown.clone()),
                format!("unknown field `{}`, expected one of {}", Escaped(unknown), expected.join(", ")),
            ));
        }
        typed(Value::Object(self.map))
            .map_err(|(field, message)| ScenarioError::at_step(self.step, Some(op), field, message))
    }
}

fn step(n: usize, raw: Value) -> Result<Step, ScenarioError> {
    let ops = || Op::<String>::NAMES.join(", ");
    let Value::Object(mut map) = raw else {
        return Err(ScenarioError::at_step(n, None, None, "a step is an object with an `op`"));
    };
    let name = match map.remove("op") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(ScenarioError::at_step(n, None, Some("op".into()), "expected a string")),
        None => return Err(ScenarioError::at_step(n, None, None, format!("missing `op` (one of: {})", ops()))),
    };
    let Some(&op_name) = Op::<String>::NAMES.iter().find(|o| **o == name) else {
        return Err(ScenarioError::at_step(
            n,
            None,
            Some("op".into()),
            format!("unknown op `{}` (one of: {})", Escaped(&name), ops()),
        ));
    };
    let expect = match map.remove("expect") {
        None => None,
        Some(v) => Some(serde_json::from_value::<Expect>(v).map_err(|e| {
            ScenarioError::at_step(n, Some(op_name), Some("expect".into()), Escaped(&e.to_string()).to_string())
        })?),
    };
    let op =
        Op::read(op_name, Keys { step: n, map }).unwrap_or_else(|| unreachable!("`{op_name}` is one of Op::NAMES"))?;
    Ok(Step { op, expect })
}

fn strict_json(text: &str) -> Result<Value, ScenarioError> {
    match crate::text::strict_json(text) {
        Ok(v) => Ok(v),
        Err(JsonError::Duplicate { path, key, .. }) => {
            let mut located =
                ScenarioError::at_path(&path, format!("duplicate key `{}`: give each key once", Escaped(&key)));
            let mut field = located.field.take().map(|f| format!("{f}.")).unwrap_or_default();
            field.push_str(&key);
            located.field = Some(field);
            Err(located)
        }
        Err(JsonError::Syntax(e)) => Err(ScenarioError::new(format!("not valid JSON: {e}"))),
    }
}

// ---- names to handles --------------------------------------------------------------------------

impl Scenario {
    /// Checks the scenario and resolves its names, so that it can run: users are listed once,
    /// every socket a step uses was created by an earlier step, no name is created twice, a
    /// closed socket is used again only to expect an error, and `reserve` fits the era.
    ///
    /// # Errors
    /// [`ScenarioError`] naming the step and field.
    pub fn check(&self) -> Result<Checked, ScenarioError> {
        self.resolve(true)
    }

    /// [`check`](Self::check) without the era's fit of `reserve` kinds: for the probe, which
    /// runs a scenario in the machine's era instead of its own.
    #[cfg(feature = "probe")]
    pub(crate) fn check_names(&self) -> Result<Checked, ScenarioError> {
        self.resolve(false)
    }

    /// The operating system: `era`, or `os`; exactly one of them, and no `behaviour` on Linux.
    fn target_os(&self) -> Result<Os, ScenarioError> {
        let field = |f: &str, m: &str| ScenarioError { field: Some(f.to_owned()), ..ScenarioError::new(m) };
        let os = match (self.era, self.os) {
            (Some(era), None) => Os::Windows(era),
            (None, Some(os)) => os,
            (Some(_), Some(_)) => {
                return Err(field("os", "give either `era` (a Windows release) or `os` (e.g. linux), not both"))
            }
            // A network whose every host names its era: the scenario reports the first's.
            (None, None) => match (self.hosts.iter().position(|h| h.era.is_none()), self.hosts.first()) {
                (None, Some(NetHostSpec { era: Some(era), .. })) => Os::Windows(*era),
                (None, _) => return Err(ScenarioError::new("missing field `era` (or `os`: linux)")),
                (Some(i), _) => {
                    return Err(field(
                        &format!("hosts[{i}].era"),
                        "missing field `era`: give each host its era, or the scenario a top-level `era` for the hosts that name none",
                    ))
                }
            },
        };
        if os.is_linux() {
            if !self.hosts.is_empty() {
                return Err(field(
                    "hosts",
                    "a network of hosts is modelled for Windows machines; a Linux scenario is one machine (remove `hosts`)",
                ));
            }
            if self.behaviour.is_some() {
                return Err(field(
                    "behaviour",
                    "`behaviour` chooses between documented and observed Windows; a Linux scenario has none (remove it)",
                ));
            }
            if !self.host.dynamic_ports.is_empty() || self.host.ephemeral.is_some() {
                let which = if self.host.ephemeral.is_some() { "host.ephemeral" } else { "host.dynamic_ports" };
                return Err(field(
                    which,
                    "Windows' dynamic port settings; Linux picks ports in ip_local_port_range (32768-60999; set it with `host.ip_local_port_range`)",
                ));
            }
            if let (Some(range), Os::Linux(policy)) = (self.host.ip_local_port_range, os) {
                if range.first() < policy.unprivileged_port_start {
                    return Err(field(
                        "host.ip_local_port_range",
                        &format!(
                            "the kernel refuses a range that starts below ip_unprivileged_port_start ({}): {range}",
                            policy.unprivileged_port_start
                        ),
                    ));
                }
            }
        } else if self.host.ip_local_port_range.is_some() {
            return Err(field(
                "host.ip_local_port_range",
                "Linux's sysctl; a Windows scenario sets its dynamic port range with `host.dynamic_ports`",
            ));
        }
        Ok(os)
    }

    fn resolve(&self, era_fit: bool) -> Result<Checked, ScenarioError> {
        let os = self.target_os()?;
        let linux = os.is_linux();
        let mut users = BTreeMap::new();
        for (i, u) in self.users.iter().enumerate() {
            if users.insert(u.name.as_str(), UserRef(i)).is_some() {
                let field = Some(format!("users[{i}].name"));
                return Err(ScenarioError {
                    field,
                    ..ScenarioError::new(format!("user `{}` is listed twice", Escaped(&u.name)))
                });
            }
        }
        self.check_uids(linux)?;
        let mut r = Names { users, only_user: (self.users.len() == 1).then_some(UserRef(0)), ..Names::default() };
        let hosts = self.host_names()?;
        let mut socket_hosts: Vec<usize> = Vec::new();
        let mut step_hosts = Vec::with_capacity(self.steps.len());
        let mut labels = BTreeSet::new();
        let mut steps = Vec::with_capacity(self.steps.len());
        for (i, step) in self.steps.iter().enumerate() {
            let n = i + 1;
            let op = step.op.name();
            r.at = (n, op);
            // Using a closed socket is a way to show WSAENOTSOCK, so it must say it expects an error.
            r.expects_error =
                matches!(step.expect, Some(Expect::AnyError | Expect::Error(_) | Expect::Linux(_) | Expect::Word(_)));
            let resolved = step.op.resolve(&mut r)?;
            let expect = match step.expect {
                Some(e) => {
                    Some(e.for_os(linux).map_err(|m| ScenarioError::at_step(n, Some(op), Some("expect".into()), m))?)
                }
                None => None,
            };
            let err = |field: &str, m: String| ScenarioError::at_step(n, Some(op), Some(field.into()), m);
            step_hosts.push(place(&hosts, &resolved, &mut socket_hosts, &mut labels, &err)?);
            if let (Op::Request(_), Os::Linux(_)) = (&step.op, os) {
                return Err(err(
                    "op",
                    "`request` states a connection's identity across Windows hosts; a Linux scenario cannot use it"
                        .to_owned(),
                ));
            }
            if let (Op::Connect(ConnectStep { id: None, from: Some(_), .. }), true) = (&resolved, self.users.is_empty())
            {
                return Err(err(
                    "from",
                    "a connection from a host opens a socket there, owned by the first account: list one under `users`"
                        .to_owned(),
                ));
            }
            if let Op::Reserve(x) = &step.op {
                let err = |field: &str, m: String| ScenarioError::at_step(n, Some(op), Some(field.into()), m);
                match os {
                    Os::Linux(_) => {
                        return Err(err(
                            "op",
                            "`reserve` keeps Windows port ranges (netsh excluded ranges, ReservedPorts); a Linux scenario cannot use it"
                                .to_owned(),
                        ))
                    }
                    Os::Windows(era) if era_fit => x.kind.check_era(era).map_err(|m| err("kind", m))?,
                    Os::Windows(_) => {}
                }
                if let (PortKind::Reserved, Some(_)) = (x.kind, x.proto) {
                    return Err(err(
                        "proto",
                        "ReservedPorts keeps a range from TCP and UDP alike; `proto` applies to excluded ranges"
                            .to_owned(),
                    ));
                }
            }
            if let Op::Close(IdStep { id }) | Op::Abort(IdStep { id }) = &step.op {
                r.closed.entry(id.clone()).or_insert(n);
            }
            steps.push(Step { op: resolved, expect });
        }
        Ok(Checked { scenario: self.clone(), os, steps, sockets: r.sockets, socket_hosts, step_hosts })
    }

    /// The users' uids: Linux only, and users of one uid alike in `admin` (they are one user).
    fn check_uids(&self, linux: bool) -> Result<(), ScenarioError> {
        let at = |i: usize, f: &str, m: String| ScenarioError {
            field: Some(format!("users[{i}].{f}")),
            ..ScenarioError::new(m)
        };
        let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, u) in self.users.iter().enumerate() {
            let Some(uid) = u.uid else { continue };
            if !linux {
                return Err(at(
                    i,
                    "uid",
                    "a uid is a Linux user id; Windows accounts have none (remove it, or write `\"os\": \"linux\"`)"
                        .to_owned(),
                ));
            }
            match seen.get(&uid) {
                Some(&j) if self.users[j].admin != u.admin => {
                    return Err(at(
                        i,
                        "admin",
                        format!(
                            "user `{}` has the same uid {uid} as user `{}`, so they are one user: give them the same `admin`",
                            Escaped(&u.name),
                            Escaped(&self.users[j].name)
                        ),
                    ))
                }
                Some(_) => {}
                None => {
                    seen.insert(uid, i);
                }
            }
        }
        Ok(())
    }

    /// The names of `hosts`, checked: each given once, and no `host.addresses` beside them.
    fn host_names(&self) -> Result<Vec<&str>, ScenarioError> {
        let mut names: Vec<&str> = Vec::with_capacity(self.hosts.len());
        for (i, h) in self.hosts.iter().enumerate() {
            if names.contains(&h.name.as_str()) {
                return Err(ScenarioError {
                    field: Some(format!("hosts[{i}].name")),
                    ..ScenarioError::new(format!("host `{}` is listed twice", Escaped(&h.name)))
                });
            }
            names.push(&h.name);
        }
        if !names.is_empty() && !self.host.addresses.is_empty() {
            return Err(ScenarioError {
                field: Some("host.addresses".into()),
                ..ScenarioError::new("with `hosts`, each host lists its own addresses; `host.addresses` must be empty")
            });
        }
        Ok(names)
    }
}

/// The host of a host name a step gives in `field`: its place in `hosts`. Without `hosts`,
/// any host name is an error.
fn host_named(
    hosts: &[&str],
    field: &str,
    name: &str,
    err: &dyn Fn(&str, String) -> ScenarioError,
) -> Result<usize, ScenarioError> {
    if hosts.is_empty() {
        return Err(err(field, "the scenario has one machine; name hosts under a top-level `hosts` list".to_owned()));
    }
    hosts.iter().position(|h| *h == name).ok_or_else(|| {
        let known: Vec<String> = hosts.iter().map(|h| format!("`{}`", Escaped(h))).collect();
        err(field, format!("unknown host `{}` (hosts: {})", Escaped(name), known.join(", ")))
    })
}

/// Places a resolved step on its hosts: records the host of a socket it creates, checks that
/// `from` agrees with the host of `id`, that request labels are unique and known; returns the
/// host the step names (`from`, `expect_server_host`), if any.
fn place(
    hosts: &[&str],
    op: &Op<SocketRef, UserRef>,
    socket_hosts: &mut Vec<usize>,
    labels: &mut BTreeSet<String>,
    err: &dyn Fn(&str, String) -> ScenarioError,
) -> Result<Option<usize>, ScenarioError> {
    let host_of = |s: SocketRef, socket_hosts: &[usize]| socket_hosts.get(s.0).copied().unwrap_or(0);
    let from = |id: Option<SocketRef>, from: &Option<String>, socket_hosts: &[usize]| -> Result<_, ScenarioError> {
        let Some(name) = from else { return Ok(None) };
        let h = host_named(hosts, "from", name, err)?;
        if let Some(id) = id {
            let mine = host_of(id, socket_hosts);
            if mine != h {
                return Err(err(
                    "from",
                    format!(
                        "the socket is on host `{}`, not `{}`; `from` must name the socket's host, or leave `id` out",
                        Escaped(hosts[mine]),
                        Escaped(name)
                    ),
                ));
            }
        }
        Ok(Some(h))
    };
    match op {
        Op::Socket(x) => {
            let h = match (&x.host, hosts.len()) {
                (Some(name), _) => host_named(hosts, "host", name, err)?,
                (None, 0 | 1) => 0,
                (None, _) => {
                    return Err(err(
                        "host",
                        "missing: the scenario has several hosts, say which one the socket is on".to_owned(),
                    ))
                }
            };
            socket_hosts.push(h);
            Ok(None)
        }
        Op::Accept(x) => {
            socket_hosts.push(host_of(x.id, socket_hosts));
            Ok(None)
        }
        Op::Connect(ConnectStep { id, from: f, .. }) | Op::Send(SendStep { id, from: f, .. }) => {
            from(*id, f, socket_hosts)
        }
        Op::Request(RequestStep {
            label,
            expect_server_host,
            expect_same_connection_as,
            expect_other_connection_than,
            ..
        }) => {
            for (field, l) in [
                ("expect_same_connection_as", expect_same_connection_as),
                ("expect_other_connection_than", expect_other_connection_than),
            ] {
                if let Some(l) = l {
                    if !labels.contains(l) {
                        return Err(err(field, format!("no earlier request is labelled `{}`", Escaped(l))));
                    }
                }
            }
            if let Some(l) = label {
                if !labels.insert(l.clone()) {
                    return Err(err("label", format!("label `{}` is already used by an earlier request", Escaped(l))));
                }
            }
            expect_server_host.as_ref().map(|h| host_named(hosts, "expect_server_host", h, err)).transpose()
        }
        Op::Setsockopt(_)
        | Op::Getsockopt(_)
        | Op::Bind(_)
        | Op::Listen(_)
        | Op::Close(_)
        | Op::Shutdown(_)
        | Op::Abort(_)
        | Op::Join(_)
        | Op::Reserve(_) => Ok(None),
    }
}

/// The names met so far while checking.
#[derive(Debug, Default)]
struct Names<'a> {
    users: BTreeMap<&'a str, UserRef>,
    /// The owner of a socket step that names none: the scenario's only user.
    only_user: Option<UserRef>,
    ids: BTreeMap<String, SocketRef>,
    /// Socket names by handle.
    sockets: Vec<String>,
    /// Sockets closed by a `close` or `abort` step, and which step closed them.
    closed: BTreeMap<String, usize>,
    at: (usize, &'static str),
    expects_error: bool,
    /// The ports saved so far (`save_port`), and which step saved each.
    saved_ports: BTreeMap<String, usize>,
}

impl Names<'_> {
    fn err(&self, field: &str, message: String) -> ScenarioError {
        ScenarioError::at_step(self.at.0, Some(self.at.1), Some(field.into()), message)
    }
}

impl Resolver<String, Option<String>> for Names<'_> {
    type Socket = SocketRef;
    type User = UserRef;

    fn socket(&mut self, field: &'static str, how: Use, name: &String) -> Result<SocketRef, ScenarioError> {
        let known = self.ids.get(name).copied();
        match (how, known) {
            (Use::Creates, None) => {
                let handle = SocketRef(self.sockets.len());
                self.sockets.push(name.clone());
                self.ids.insert(name.clone(), handle);
                Ok(handle)
            }
            (Use::Creates, Some(_)) => Err(self.err(
                field,
                format!(
                    "socket id `{}` is already used by an earlier step; give each socket its own name",
                    Escaped(name)
                ),
            )),
            (Use::Acts, Some(_)) if !self.expects_error && self.closed.contains_key(name) => {
                let at = self.closed[name];
                Err(self.err(
                    field,
                    format!(
                        "socket `{}` was closed at step {at}; a later step may use it only to expect an error (WSAENOTSOCK)",
                        Escaped(name)
                    ),
                ))
            }
            (Use::Acts | Use::Expects, Some(handle)) => Ok(handle),
            (Use::Acts | Use::Expects, None) => Err(self.err(
                field,
                format!("unknown socket id `{}` (no earlier socket or accept step creates it)", Escaped(name)),
            )),
        }
    }

    fn port_use(&mut self, field: &'static str, name: Option<&str>) -> Result<(), ScenarioError> {
        match name {
            Some(name) if !self.saved_ports.contains_key(name) => Err(self.err(
                field,
                format!(
                    "port `${}` is not saved by an earlier step (save it with `\"save_port\": \"{}\"` on a bind, listen, connect or send)",
                    Escaped(name),
                    Escaped(name)
                ),
            )),
            Some(_) | None => Ok(()),
        }
    }

    fn port_save(&mut self, name: Option<&str>) -> Result<(), ScenarioError> {
        let Some(name) = name else { return Ok(()) };
        if let Some(at) = self.saved_ports.get(name) {
            return Err(self.err(
                "save_port",
                format!("port `${}` is already saved by step {at}; give each saved port its own name", Escaped(name)),
            ));
        }
        self.saved_ports.insert(name.to_owned(), self.at.0);
        Ok(())
    }

    fn error(&self, field: &'static str, message: String) -> ScenarioError {
        self.err(field, message)
    }

    fn user(&mut self, user: &Option<String>) -> Result<UserRef, ScenarioError> {
        match (user, self.only_user) {
            (Some(u), _) => self
                .users
                .get(u.as_str())
                .copied()
                .ok_or_else(|| self.err("user", format!("unknown user `{}`", Escaped(u)))),
            (None, Some(only)) => Ok(only),
            (None, None) if self.users.is_empty() => {
                Err(self.err("user", "missing: the scenario lists no users; add one under `users`".to_owned()))
            }
            (None, None) => {
                Err(self
                    .err("user", "missing: the scenario has several users, say which one owns the socket".to_owned()))
            }
        }
    }
}
