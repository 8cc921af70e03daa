//! The thin real-world layer: run scenarios and table cells on a real socket stack through the
//! `winsock-bind-probe` program (`probe/`, socket2 only), and compare every step with the model.
//!
//! The probe runs as one account on one machine, so before comparing, a scenario is *prepared*:
//! its users are merged into one, its era becomes the machine's, and its extra IPv4 addresses
//! are mapped onto loopback addresses (127.0.0.2, 127.0.0.3 ...), which Windows and Linux both
//! let a program bind. The model then answers the prepared scenario, so both sides answer the
//! same question. Steps the probe cannot take (multicast joins, extra IPv6 addresses, SO_LINGER
//! reads) are reported as not compared.
//!
//! A scenario with several `hosts` runs on one machine only where the hosts' addresses can
//! stand side by side on it ([`one_machine`]): no address on two hosts, no loopback destination
//! (each host has its own), and a wildcard bind only on a host with one address of its family
//! (it becomes a bind to that address). It then runs as one host with every address; otherwise
//! the check says it is not comparable on one machine.
//!
//! The probe's input is one step per line (see `probe/README.md`); its output one line per step:
//! `N ok [VALUE | accepted_by ID | received ID...]`, `N err CODE NAME`, `N skip REASON`.

mod known;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::process::{Command, Stdio};

use serde::Serialize;

pub use known::{Known, KnownDifference};

use crate::endpoint::Endpoint;
use crate::era::Era;
use crate::error::{InputError, WsaError};
use crate::options::{ReuseMode, SocketOption};
use crate::os::Os;
use crate::rules::delivery::Receivers;
use crate::rules::linux::{LinuxError, PortPolicy};
use crate::rules::linux_calls::LinuxReceivers;
use crate::rules::Users;
use crate::scenario::{Checked, LinuxTranscript, Op, OptionValue, Scenario, ScenarioError, Transcript, UserSpec};
use crate::table::{self, AddrKind, Spec};

/// A scenario made ready for the probe: the model's version and the probe's script.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The scenario the model answers: one user, the machine's era, mapped addresses.
    pub scenario: Checked,
    /// One line per scenario step; `None` where the probe cannot take the step.
    pub lines: Vec<Option<String>>,
    /// Lines before the steps that set the machine up (`netns ip_local_port_range LOW HIGH`).
    pub setup: Vec<String>,
}

impl Prepared {
    /// The probe's input: the setup, then the steps it can take, one per line.
    pub fn script(&self) -> String {
        self.setup.iter().chain(self.lines.iter().flatten()).map(|l| format!("{l}\n")).collect()
    }
}

/// Prepares a scenario for a machine of `era` (see the module doc).
///
/// # Errors
/// [`ScenarioError`] if the scenario's names do not resolve.
pub fn prepare(scenario: &Scenario, era: Era) -> Result<Prepared, ScenarioError> {
    let flat;
    let scenario = if scenario.hosts.is_empty() {
        scenario
    } else {
        flat = one_machine(scenario).map_err(|why| ScenarioError {
            file: None,
            step: None,
            field: Some("hosts".to_owned()),
            message: format!("not comparable on one machine: {why}"),
        })?;
        &flat
    };
    let mut s = scenario.clone();
    s.era = Some(era);
    s.os = None;
    s.behaviour = None;
    s.users = vec![UserSpec { name: "user".to_owned(), admin: true, uid: None }];
    let map = loopback_stand_ins(&scenario.host.addresses);
    s.host.addresses = map.values().copied().collect();
    let remap = |e: Endpoint| stand_in(&map, e, false);
    let mut lines = Vec::new();
    for step in &mut s.steps {
        let line = translate(&mut step.op, &remap);
        lines.push(line);
    }
    // The machine's era replaces the scenario's, so a `reserve` kind of the scenario's era is
    // kept for the model's side (the probe never takes it).
    Ok(Prepared { scenario: s.check_names()?, lines, setup: Vec::new() })
}

/// A scenario with `hosts` as one machine carrying every host's addresses, where that answers
/// the same question (see the module doc); otherwise why not.
///
/// # Errors
/// Why the hosts cannot stand side by side on one machine.
pub fn one_machine(scenario: &Scenario) -> Result<Scenario, String> {
    let mut owner: BTreeMap<IpAddr, &str> = BTreeMap::new();
    for h in &scenario.hosts {
        for a in &h.addresses {
            let a = canonical(*a);
            if a.is_loopback() {
                return Err(format!("host {} lists the loopback address {a}, which every host has", h.name));
            }
            if let Some(other) = owner.insert(a, &h.name) {
                if other != h.name {
                    return Err(format!("{a} is on {other} and {}; one machine cannot give it to two hosts", h.name));
                }
            }
        }
    }
    let only = (scenario.hosts.len() == 1).then(|| scenario.hosts[0].name.clone());
    let mut host_of: BTreeMap<String, String> = BTreeMap::new();
    let mut s = scenario.clone();
    for (i, step) in s.steps.iter_mut().enumerate() {
        let n = i + 1;
        match &mut step.op {
            Op::Socket(x) => {
                let h = x.host.take().or_else(|| only.clone()).unwrap_or_default();
                host_of.insert(x.id.clone(), h);
            }
            Op::Accept(x) => {
                let h = host_of.get(&x.id).cloned().unwrap_or_default();
                host_of.insert(x.as_id.clone(), h);
            }
            Op::Bind(x) => {
                let written = x.addr.endpoint();
                let ip = canonical(written.addr.ip());
                if ip.is_loopback() {
                    return Err(format!("step {n} binds the loopback address {ip}, which every host has"));
                }
                if ip.is_unspecified() && (written.port != 0 || x.addr.saved().is_some()) {
                    let h = host_of.get(&x.id).map_or("", String::as_str);
                    let mine: Vec<IpAddr> = scenario
                        .hosts
                        .iter()
                        .filter(|x| x.name == h)
                        .flat_map(|x| x.addresses.iter().copied())
                        .filter(|a| a.is_ipv4() == ip.is_ipv4())
                        .collect();
                    match mine.as_slice() {
                        [one] => x.addr = x.addr.with_endpoint(Endpoint::new(*one, written.port)),
                        _ => {
                            return Err(format!(
                                "step {n} binds the wildcard {} on {h}, which has {} addresses of that family: on one machine it would take every host's",
                                x.addr,
                                mine.len()
                            ))
                        }
                    }
                }
            }
            Op::Connect(x) => {
                if canonical(x.to.endpoint().addr.ip()).is_loopback() {
                    return Err(format!("step {n} connects to {}, a loopback address every host has", x.to));
                }
                x.from = None;
            }
            Op::Send(x) => {
                if canonical(x.to.endpoint().addr.ip()).is_loopback() {
                    return Err(format!("step {n} sends to {}, a loopback address every host has", x.to));
                }
                x.from = None;
            }
            // One machine has no host names; the probe never sends requests.
            Op::Request(x) => x.expect_server_host = None,
            Op::Setsockopt(_)
            | Op::Getsockopt(_)
            | Op::Listen(_)
            | Op::Close(_)
            | Op::Shutdown(_)
            | Op::Abort(_)
            | Op::Join(_)
            | Op::Reserve(_) => {}
        }
    }
    s.host.addresses = owner.keys().copied().collect();
    s.hosts.clear();
    Ok(s)
}

/// Rewrites a step's addresses and gives its probe line, or `None` if the probe cannot take it.
fn translate(step: &mut Op, remap: &dyn Fn(Endpoint) -> Option<Endpoint>) -> Option<String> {
    let line = translate_call(step, remap)?;
    // The probe saves the port the step gave, as the model does, and later lines use it.
    Some(match step.save_port() {
        Some(name) => format!("{line} save={name}"),
        None => line,
    })
}

/// [`translate`] without `save_port`.
fn translate_call(step: &mut Op, remap: &dyn Fn(Endpoint) -> Option<Endpoint>) -> Option<String> {
    let addr = |a: &mut crate::scenario::Address| -> Option<String> {
        *a = a.with_endpoint(remap(a.endpoint())?);
        Some(a.to_string())
    };
    match step {
        Op::Socket(x) => {
            x.user = None;
            Some(format!("socket {} {} {}", x.id, x.family, x.proto))
        }
        Op::Setsockopt(x) => match (x.option, x.value) {
            (SocketOption::Linger, OptionValue::Linger(l)) => {
                Some(format!("linger {} {} {}", x.id, u8::from(l.onoff), l.seconds))
            }
            (SocketOption::Linger, v) => Some(format!("linger {} {} 0", x.id, u8::from(v.as_int() != 0))),
            (SocketOption::AcceptConn, _) => None,
            (o, v) => Some(format!("setsockopt {} {} {}", x.id, o, v.as_int())),
        },
        Op::Getsockopt(x) => match x.option {
            SocketOption::Linger => None,
            o => Some(format!("getsockopt {} {o}", x.id)),
        },
        Op::Bind(x) => addr(&mut x.addr).map(|a| format!("bind {} {a}", x.id)),
        Op::Listen(x) => Some(format!("listen {}", x.id)),
        Op::Connect(x) => addr(&mut x.to).map(|a| format!("connect {} {a}", x.id.as_deref().unwrap_or("-"))),
        Op::Accept(x) => Some(format!("accept {} {}", x.id, x.as_id)),
        Op::Close(x) => Some(format!("close {}", x.id)),
        Op::Shutdown(x) => Some(format!("shutdown {}", x.id)),
        Op::Abort(x) => Some(format!("abort {}", x.id)),
        Op::Send(x) => addr(&mut x.to).map(|a| format!("send {} {a}", x.id.as_deref().unwrap_or("-"))),
        // Excluding or reserving ports needs netsh or the registry on the real machine.
        Op::Reserve(_) => None,
        // A request sends nothing the probe could compare: the identity comes from the model.
        Op::Request(_) => None,
        Op::Join(x) => {
            // Multicast is not compared; the model's join still needs the mapped interface.
            if let Some(e) = remap(Endpoint::new(x.iface, 0)) {
                x.iface = e.addr.ip();
            }
            None
        }
    }
}

/// The scenario's IPv4 host addresses moved onto 127.0.0.2, 127.0.0.3 ..., so that one real
/// machine has every one of them on its loopback interface.
fn loopback_stand_ins(addresses: &[IpAddr]) -> BTreeMap<IpAddr, IpAddr> {
    let mut map: BTreeMap<IpAddr, IpAddr> = BTreeMap::new();
    let mut next = 2u8;
    for a in addresses {
        if let IpAddr::V4(v4) = canonical(*a) {
            if !v4.is_loopback() && !map.contains_key(&IpAddr::V4(v4)) {
                map.insert(IpAddr::V4(v4), IpAddr::V4(Ipv4Addr::new(127, 0, 0, next)));
                next = next.saturating_add(1);
            }
        }
    }
    map
}

/// An endpoint on its loopback stand-in (an IPv4-mapped address stays mapped); loopback and
/// wildcard addresses stay, and multicast groups too where the probe joins them (`multicast`).
/// `None`: the probe cannot stand in for it (an IPv6 address of the host).
fn stand_in(map: &BTreeMap<IpAddr, IpAddr>, e: Endpoint, multicast: bool) -> Option<Endpoint> {
    let ip = e.addr.ip();
    match canonical(ip) {
        c if c.is_loopback() || c.is_unspecified() || (multicast && c.is_multicast()) => Some(e),
        IpAddr::V4(v4) => map.get(&IpAddr::V4(v4)).map(|m| {
            let mapped = match (ip, m) {
                (IpAddr::V6(_), IpAddr::V4(m4)) => IpAddr::V6(m4.to_ipv6_mapped()),
                (IpAddr::V4(_) | IpAddr::V6(_), m) => *m,
            };
            Endpoint::new(mapped, e.port)
        }),
        IpAddr::V6(_) => None,
    }
}

fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// One line of the probe's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Real {
    /// The call succeeded; for getsockopt the value, for connect/send who received.
    Ok {
        /// `getsockopt`'s value.
        value: Option<i64>,
        /// `connect`: the listener that accepted (`None`: none of ours).
        accepted_by: Option<Option<String>>,
        /// `send`: the sockets that got the datagram.
        received: Option<Vec<String>>,
    },
    /// The call failed with this Winsock (or translated) error number.
    Err {
        /// The number.
        code: u32,
    },
    /// The probe could not take the step.
    Skip {
        /// Why.
        reason: String,
    },
}

impl fmt::Display for Real {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ok { value: Some(v), .. } => write!(f, "ok {v}"),
            Self::Ok { accepted_by: Some(Some(l)), .. } => write!(f, "ok, accepted by {l}"),
            Self::Ok { accepted_by: Some(None), .. } => f.write_str("ok, accepted by none of ours"),
            Self::Ok { received: Some(r), .. } if r.is_empty() => f.write_str("ok, received by nobody"),
            Self::Ok { received: Some(r), .. } => write!(f, "ok, received by {}", r.join(", ")),
            Self::Ok { .. } => f.write_str("ok"),
            Self::Err { code } => match WsaError::from_code(*code) {
                Some(e) => write!(f, "{}", e.short()),
                None => write!(f, "error {code}"),
            },
            Self::Skip { reason } => write!(f, "skipped ({reason})"),
        }
    }
}

/// A problem running the probe or reading what it said.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProbeError {
    /// The probe program could not be started.
    #[error("cannot run the probe `{program}`: {source}")]
    Spawn {
        /// The program.
        program: String,
        /// Why.
        source: std::io::Error,
    },
    /// The probe exited with a failure.
    #[error("the probe failed (exit status {status}): {stderr}")]
    Failed {
        /// Its exit status.
        status: String,
        /// What it printed on stderr.
        stderr: String,
    },
    /// The probe printed something that is not a result line.
    #[error("cannot read the probe's output line {line}: `{text}`")]
    Output {
        /// 1-based line number.
        line: usize,
        /// The line.
        text: String,
    },
    /// A known-differences file is malformed.
    #[error("{0}")]
    Input(#[from] InputError),
    /// A scenario's names do not resolve.
    #[error("{0}")]
    Scenario(#[from] ScenarioError),
}

/// Runs the probe program on a script and parses one result per line.
///
/// # Errors
/// [`ProbeError`] when it cannot run, fails, or prints something unexpected.
pub fn run(program: &Path, script: &str) -> Result<Vec<Real>, ProbeError> {
    run_probe(program, script)
}

fn run_probe(program: &Path, script: &str) -> Result<Vec<Real>, ProbeError> {
    let spawn = |source| ProbeError::Spawn { program: program.display().to_string(), source };
    let mut child = Command::new(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(spawn)?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(script.as_bytes()).map_err(spawn)?;
    }
    let out = child.wait_with_output().map_err(spawn)?;
    if !out.status.success() {
        return Err(ProbeError::Failed {
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    parse(&String::from_utf8_lossy(&out.stdout))
}

/// Parses the probe's output.
///
/// # Errors
/// [`ProbeError::Output`] naming the first line that is not a result.
pub fn parse(output: &str) -> Result<Vec<Real>, ProbeError> {
    output.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| parse_line(i + 1, l)).collect()
}

fn parse_line(n: usize, line: &str) -> Result<Real, ProbeError> {
    let bad = || ProbeError::Output { line: n, text: line.to_owned() };
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        [_, "ok"] => Ok(Real::Ok { value: None, accepted_by: None, received: None }),
        [_, "ok", "accepted_by", who] => {
            Ok(Real::Ok { value: None, accepted_by: Some((*who != "-").then(|| (*who).to_owned())), received: None })
        }
        [_, "ok", "received", who @ ..] => Ok(Real::Ok {
            value: None,
            accepted_by: None,
            received: Some(who.iter().filter(|w| **w != "-").map(|w| (*w).to_owned()).collect()),
        }),
        [_, "ok", v] => {
            v.parse().map(|v| Real::Ok { value: Some(v), accepted_by: None, received: None }).map_err(|_| bad())
        }
        [_, "err", code, ..] => code.parse().map(|code| Real::Err { code }).map_err(|_| bad()),
        [_, "skip", reason @ ..] => Ok(Real::Skip { reason: reason.join(" ") }),
        _ => Err(bad()),
    }
}

/// How the model's answer and the real one compare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "verdict", content = "reason")]
pub enum Verdict {
    /// Same answer.
    Agree,
    /// Different answers, listed as known (with the reason).
    Known(String),
    /// Different answers, not known: a model bug or a new platform difference.
    Differ,
    /// Not compared (the probe could not take the step).
    NotCompared,
}

/// One compared step or cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// A stable key for the known-differences file.
    pub key: String,
    /// What was done.
    pub call: String,
    /// The model's answer.
    pub model: String,
    /// The real answer.
    pub real: String,
    /// The comparison.
    pub verdict: Verdict,
}

/// The comparison of one scenario or table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// What was compared, e.g. `Table 3 (same user)` or a scenario file.
    pub title: String,
    /// The rows.
    pub rows: Vec<Row>,
    /// Why nothing was compared, worded to follow "not comparable": `on one machine (...)` for
    /// a network scenario whose hosts cannot share one machine ([`one_machine`]), `without root
    /// (...)` for a Linux scenario's `ip_local_port_range` that only root can set, in a network
    /// namespace of the probe's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_comparable: Option<String>,
}

impl Comparison {
    /// (agree, known, differ, compared).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let count = |f: fn(&Verdict) -> bool| self.rows.iter().filter(|r| f(&r.verdict)).count();
        let agree = count(|v| matches!(v, Verdict::Agree));
        let known = count(|v| matches!(v, Verdict::Known(_)));
        let differ = count(|v| matches!(v, Verdict::Differ));
        (agree, known, differ, agree + known + differ)
    }

    /// The one-line figure, e.g. `Table 3 (same user) under Wine: 34/36 agree, 2 known differences, 0 new`.
    pub fn summary(&self, label: &str) -> String {
        if let Some(why) = &self.not_comparable {
            return format!("{} under {label}: not comparable {why}", self.title);
        }
        let (agree, known, differ, compared) = self.counts();
        let skipped = self.rows.len() - compared;
        let mut s =
            format!("{} under {label}: {agree}/{compared} agree, {known} known differences, {differ} new", self.title);
        if skipped > 0 {
            s += &format!(" ({skipped} not compared)");
        }
        s
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.title)?;
        if let Some(why) = &self.not_comparable {
            writeln!(f, "  not comparable {why}")?;
        }
        let w = self.rows.iter().map(|r| r.call.len()).max().unwrap_or(0);
        for r in &self.rows {
            let verdict = match &r.verdict {
                Verdict::Agree => "agree".to_owned(),
                Verdict::Known(why) => format!("known: {why}"),
                Verdict::Differ => "DIFFER".to_owned(),
                Verdict::NotCompared => "not compared".to_owned(),
            };
            writeln!(f, "  {:<w$}  model {:<12} real {:<12} {verdict}", r.call, r.model, r.real)?;
        }
        Ok(())
    }
}

/// Who received, by the scenario's names, for comparing with the probe's names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Received {
    One(String),
    Undetermined(Vec<String>),
    Every(Vec<String>),
    Nobody,
}

impl Received {
    fn of(t: &Transcript, r: &Receivers) -> Self {
        let names = |v: &[crate::id::SocketId]| v.iter().map(|id| t.socket_name(*id)).collect();
        match r {
            Receivers::One(id) => Self::One(t.socket_name(*id)),
            Receivers::Undetermined(v) => Self::Undetermined(names(v)),
            Receivers::Every(v) => Self::Every(names(v)),
            Receivers::Nobody => Self::Nobody,
        }
    }
}

fn word(error: Option<WsaError>) -> String {
    error.map_or_else(|| "success".to_owned(), |e| e.short().to_owned())
}

/// Whether the model's answer for a step matches the real one (`model_error`: the number the
/// probe would print, a Winsock code or a Linux errno).
fn same(model_error: Option<u32>, value: Option<i64>, received: Option<&Received>, real: &Real) -> bool {
    match (model_error, real) {
        (Some(e), Real::Err { code }) => e == *code,
        (None, Real::Ok { value: v, accepted_by, received: got }) => {
            let value_ok = value.is_none() || *v == value;
            let delivery_ok = match (received, accepted_by, got) {
                (Some(Received::One(x)), Some(Some(l)), _) => x == l,
                (Some(Received::Undetermined(set)), Some(Some(l)), _) => set.contains(l),
                (Some(Received::One(x)), _, Some(g)) => g.len() == 1 && g[0] == *x,
                (Some(Received::Undetermined(set)), _, Some(g)) => g.len() == 1 && set.contains(&g[0]),
                (Some(Received::Every(set)), _, Some(g)) => {
                    let (mut a, mut b) = (set.clone(), g.clone());
                    a.sort();
                    b.sort();
                    a == b
                }
                (Some(Received::Nobody), _, Some(g)) => g.is_empty(),
                (Some(Received::Nobody), Some(None), _) => true,
                (None, _, _) => true,
                (Some(_), _, _) => false,
            };
            value_ok && delivery_ok
        }
        (Some(_), Real::Ok { .. }) | (None, Real::Err { .. }) => false,
        (_, Real::Skip { .. }) => true,
    }
}

fn model_text(error: Option<&str>, value: Option<i64>, received: Option<&Received>) -> String {
    match (error, value, received) {
        (Some(e), _, _) => e.to_owned(),
        (None, Some(v), _) => format!("ok {v}"),
        (None, None, Some(Received::One(x))) => format!("ok, to {x}"),
        (None, None, Some(Received::Undetermined(v))) => format!("ok, to one of {}", v.join("/")),
        (None, None, Some(Received::Every(v))) => format!("ok, to {}", v.join("+")),
        (None, None, Some(Received::Nobody)) => "ok, to nobody".to_owned(),
        (None, None, None) => "ok".to_owned(),
    }
}

/// Runs a scenario on the model and on the probe, step by step.
///
/// # Errors
/// [`ProbeError`] when the probe cannot run or says something unreadable.
pub fn compare_scenario(
    program: &Path,
    name: &str,
    scenario: &Scenario,
    era: Era,
    known: &Known,
) -> Result<Comparison, ProbeError> {
    if !scenario.hosts.is_empty() {
        if let Err(why) = one_machine(scenario) {
            return Ok(Comparison {
                title: format!("scenario {name} ({})", scenario.name),
                rows: Vec::new(),
                not_comparable: Some(format!("on one machine ({why})")),
            });
        }
    }
    let prepared = prepare(scenario, era)?;
    let transcript = prepared.scenario.run_windows(era);
    let mut real = run(program, &prepared.script())?.into_iter();
    let mut rows = Vec::new();
    for (step, line) in transcript.steps.iter().zip(&prepared.lines) {
        let received = step.receivers().map(|r| Received::of(&transcript, r));
        let (error, value) = (step.error(), step.value());
        let model = model_text(error.map(WsaError::short), value, received.as_ref());
        let call = transcript.call(step);
        let key = format!("{name}#{}: {call}", step.step);
        let (real_text, verdict) = match line {
            None => ("-".to_owned(), Verdict::NotCompared),
            Some(_) => {
                let r = real.next().unwrap_or(Real::Skip { reason: "no output".to_owned() });
                let verdict = match &r {
                    Real::Skip { .. } => Verdict::NotCompared,
                    r if same(error.map(|e| u32::from(e.code())), value, received.as_ref(), r) => Verdict::Agree,
                    r => known.verdict(&key, &model, &r.to_string()),
                };
                (r.to_string(), verdict)
            }
        };
        rows.push(Row { key, call: format!("{:>3} {call}", step.step), model, real: real_text, verdict });
    }
    Ok(Comparison { title: format!("scenario {name} ({})", transcript.name), rows, not_comparable: None })
}

/// Runs the 36 cells of the same-user table of `era` on the probe (one account can test only
/// that one; before enhanced security it is Table 2) and compares them with the model.
///
/// # Errors
/// [`ProbeError`] when the probe cannot run or says something unreadable.
pub fn compare_table(program: &Path, era: Era, known: &Known) -> Result<Comparison, ProbeError> {
    let t = table::generate(&Spec::new(era, Users::Same));
    let mut script = String::new();
    for (i, c) in t.cells.iter().enumerate() {
        let port = i + 1;
        for (who, caller) in [("a", c.first), ("b", c.second)] {
            script += &format!("socket {who}{port} v4 tcp\n");
            match caller.mode {
                ReuseMode::Default => script += &format!("getsockopt {who}{port} SO_REUSEADDR\n"),
                mode => {
                    let opt = mode.option().map_or("SO_REUSEADDR", SocketOption::name);
                    script += &format!("setsockopt {who}{port} {opt} 1\n");
                }
            }
            let ip = match caller.addr {
                AddrKind::Wildcard => "0.0.0.0",
                AddrKind::Specific => "127.0.0.1",
            };
            script += &format!("bind {who}{port} {ip}:{port}\n");
        }
    }
    let real = run(program, &script)?;
    let (file, title) = if era.profile().enhanced_security {
        ("enhanced-same-user.csv", "Table 3 (same user)")
    } else {
        ("pre2003.csv", "Table 2 (before enhanced security)")
    };
    let rows = t
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // Six lines per cell; the sixth is the second caller's bind. An option refused by
            // the real stack (e.g. on Linux) is the cell's real answer, as in the model.
            let lines = real.get(i * 6..i * 6 + 6).unwrap_or(&[]);
            let first_failure = lines.iter().find(|r| matches!(r, Real::Err { .. } | Real::Skip { .. }));
            let r = first_failure.or(lines.get(5)).cloned().unwrap_or(Real::Skip { reason: "no output".into() });
            let call = format!("{} {} / {} {}", c.first.mode, c.first.addr, c.second.mode, c.second.addr);
            let model = word(c.decision.error());
            let key = format!("{file}: {call}");
            let verdict = match &r {
                Real::Skip { .. } => Verdict::NotCompared,
                r if same(c.decision.error().map(|e| u32::from(e.code())), None, None, r) => Verdict::Agree,
                r => known.verdict(&key, &model, &r.to_string()),
            };
            Row { key, call, model, real: real_text(&r), verdict }
        })
        .collect();
    Ok(Comparison { title: format!("{title}, {era}"), rows, not_comparable: None })
}

fn real_text(r: &Real) -> String {
    match r {
        Real::Ok { .. } => "success".to_owned(),
        other => other.to_string(),
    }
}

// ---- Linux: the Linux model against the native probe --------------------------------------

/// The Linux machine the native probe runs on: whether it runs as root (then it creates the
/// sockets of a scenario's other users under other uids, and holds CAP_NET_BIND_SERVICE), and
/// its `net.ipv4.ip_unprivileged_port_start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinuxMachine {
    /// The probe runs as root.
    pub root: bool,
    /// Ports below this need CAP_NET_BIND_SERVICE.
    pub unprivileged_port_start: u16,
}

impl LinuxMachine {
    /// This machine, read from `/proc` (the effective uid and the sysctl); not root, with the
    /// sysctl's default, where `/proc` cannot be read.
    pub fn this() -> Self {
        let euid = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("Uid:"))?.to_owned();
            line.split_whitespace().nth(2)?.parse::<u32>().ok()
        });
        let start = std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(PortPolicy::DEFAULT_UNPRIVILEGED_PORT_START);
        Self { root: euid == Some(0), unprivileged_port_start: start }
    }

    /// The policy the model runs under to answer as the probe does on this machine. The probe
    /// maps every scenario port onto a free high port (see probe/README.md), so no real bind is
    /// ever to a privileged port: the model answers as a process with CAP_NET_BIND_SERVICE.
    /// (The privileged-port rule X9 is checked against the kernel by `tests/linux_kernel.rs`.)
    pub fn policy(self) -> PortPolicy {
        PortPolicy { unprivileged_port_start: self.unprivileged_port_start, cap_net_bind_service: true }
    }

    /// The uid the probe gives the sockets of each of a scenario's users (as root only; `None`:
    /// as the probe itself). A user's own `uid` is used as it is. Without any, the first user runs
    /// as the probe and the others under uids of their own (60000 + its place); beside users with
    /// uids, a user without one gets the first uid from 60000 on that no user has.
    fn uids(self, users: &[UserSpec]) -> Vec<Option<u32>> {
        if !self.root {
            return vec![None; users.len()];
        }
        if users.iter().all(|u| u.uid.is_none()) {
            return (0..users.len()).map(|i| (i > 0).then(|| 60000 + u32::try_from(i).unwrap_or(0))).collect();
        }
        let mut taken: std::collections::BTreeSet<u32> = users.iter().filter_map(|u| u.uid).collect();
        let mut next = 60000;
        users
            .iter()
            .map(|u| {
                Some(u.uid.unwrap_or_else(|| {
                    while taken.contains(&next) {
                        next += 1;
                    }
                    taken.insert(next);
                    next
                }))
            })
            .collect()
    }
}

/// Prepares a scenario (Windows or Linux) for the native Linux probe: extra IPv4 addresses map
/// onto loopback addresses, no user is an administrator (the machine's policy decides who may
/// bind a privileged port), and when the probe is not root every user is merged into one.
/// Steps the probe cannot take are not compared: IPv6 multicast, `reserve`, SO_LINGER reads,
/// extra IPv6 addresses. IPv4 multicast is: the probe joins on the mapped interface and sends
/// out of the loopback interface.
///
/// # Errors
/// [`ScenarioError`] if the scenario's names do not resolve.
pub fn prepare_linux(scenario: &Scenario, machine: LinuxMachine) -> Result<Prepared, ScenarioError> {
    let mut s = scenario.clone();
    let names: Vec<String> = s.users.iter().map(|u| u.name.clone()).collect();
    let uids = machine.uids(&s.users);
    if machine.root {
        for u in &mut s.users {
            u.admin = false;
        }
    } else {
        s.users = vec![UserSpec { name: "user".to_owned(), admin: false, uid: None }];
    }
    let map = loopback_stand_ins(&scenario.host.addresses);
    s.host.addresses = map.values().copied().collect();
    let remap = |e: Endpoint| stand_in(&map, e, true);
    let only = (names.len() == 1).then_some(0);
    let mut lines = Vec::new();
    for step in &mut s.steps {
        let user = match &step.op {
            Op::Socket(x) => x.user.as_ref().and_then(|u| names.iter().position(|n| n == u)).or(only),
            _ => None,
        };
        let kept = match &step.op {
            Op::Socket(x) => x.user.clone(),
            _ => None,
        };
        // The probe joins IPv4 groups only, and sends to them out of the loopback interface.
        let v6_multicast = matches!(&step.op, Op::Send(x) if x.to.endpoint().addr.ip().is_multicast() && x.to.endpoint().addr.ip().is_ipv6());
        let line = translate(&mut step.op, &remap).filter(|_| !v6_multicast);
        let line = match &step.op {
            Op::Join(x) => match (x.group, canonical(x.iface)) {
                (IpAddr::V4(g), IpAddr::V4(i)) if map.values().any(|m| *m == IpAddr::V4(i)) || i.is_loopback() => {
                    Some(format!("join {} {g} {i}", x.id))
                }
                _ => None,
            },
            _ => line,
        };
        if let (Op::Socket(x), true) = (&mut step.op, machine.root) {
            x.user = kept;
        }
        let line = match (line, user.and_then(|u| uids[u])) {
            (Some(l), Some(uid)) => Some(format!("{l} user={uid}")),
            (line, _) => line,
        };
        lines.push(line);
    }
    // The probe sets the scenario's port range in a network namespace of its own (as root).
    let setup = s
        .host
        .ip_local_port_range
        .map(|r| format!("netns ip_local_port_range {} {}", r.first(), r.last()))
        .into_iter()
        .collect();
    Ok(Prepared { scenario: s.check_names()?, lines, setup })
}

impl Received {
    fn of_linux(t: &LinuxTranscript, r: &LinuxReceivers) -> Self {
        let names = |v: &[crate::id::SocketId]| v.iter().map(|id| t.socket_name(*id)).collect();
        match r {
            LinuxReceivers::One(id) => Self::One(t.socket_name(*id)),
            // One of the group, by a hash the model cannot know: any member agrees.
            LinuxReceivers::SpreadByHash(v) => Self::Undetermined(names(v)),
            LinuxReceivers::Every(v) => Self::Every(names(v)),
            LinuxReceivers::Nobody => Self::Nobody,
        }
    }
}

/// The probe's answer as Linux names it.
fn linux_real_text(r: &Real) -> String {
    match r {
        Real::Err { code } => i32::try_from(*code)
            .ok()
            .and_then(LinuxError::from_errno)
            .map_or_else(|| format!("errno {code}"), |e| e.name().to_owned()),
        other => other.to_string(),
    }
}

/// Runs a scenario on the Linux model (a Windows scenario replayed there with
/// [`Checked::run_on`]) and on the native Linux probe, step by step. Every difference is one:
/// there is no list of known differences for Linux.
///
/// # Errors
/// [`ProbeError`] when the probe cannot run or says something unreadable.
pub fn compare_linux_scenario(
    program: &Path,
    name: &str,
    scenario: &Scenario,
    machine: LinuxMachine,
) -> Result<Comparison, ProbeError> {
    if !scenario.hosts.is_empty() {
        // The Linux model is one machine: a network of Windows hosts has no Linux counterpart.
        return Ok(Comparison {
            title: format!("scenario {name} ({})", scenario.name),
            rows: Vec::new(),
            not_comparable: Some(
                "on one machine (a network of several Windows hosts; the Linux model is one machine)".to_owned(),
            ),
        });
    }
    let not_comparable = |why: String| Comparison {
        title: format!("scenario {name} ({})", scenario.name),
        rows: Vec::new(),
        not_comparable: Some(why),
    };
    if let (Some(range), false) = (scenario.host.ip_local_port_range, machine.root) {
        // The sysctl is the machine's: the check changes it only in a namespace it creates.
        return Ok(not_comparable(format!(
            "without root (ip_local_port_range {range} is set only in a network namespace of the probe's own, which needs root)"
        )));
    }
    let prepared = prepare_linux(scenario, machine)?;
    let run = prepared.scenario.run_on(Os::Linux(machine.policy()));
    let Some(transcript) = run.as_linux() else {
        return Err(ProbeError::Output { line: 0, text: "the Linux model did not run".to_owned() });
    };
    let real = run_probe(program, &prepared.script())?;
    let namespace = |r: &Real| matches!(r, Real::Skip { reason } if reason.starts_with("no network namespace"));
    if let Some(Real::Skip { reason }) = real.first().filter(|r| namespace(r)) {
        return Ok(not_comparable(format!("here (the probe could not set ip_local_port_range: {reason})")));
    }
    let mut real = real.into_iter();
    let mut rows = Vec::new();
    for (step, line) in transcript.steps.iter().zip(&prepared.lines) {
        let received = step.receivers().map(|r| Received::of_linux(transcript, r));
        let (error, value) = (step.error(), step.value());
        let model = model_text(error.map(LinuxError::name), value, received.as_ref());
        let call = transcript.call(step);
        let key = format!("{name}#{}: {call}", step.step);
        let (real_text, verdict) = match line {
            None => ("-".to_owned(), Verdict::NotCompared),
            Some(_) => {
                let r = real.next().unwrap_or(Real::Skip { reason: "no output".to_owned() });
                let code = error.map(|e| u32::try_from(e.errno()).unwrap_or(0));
                let verdict = match &r {
                    Real::Skip { .. } => Verdict::NotCompared,
                    r if same(code, value, received.as_ref(), r) => Verdict::Agree,
                    _ => Verdict::Differ,
                };
                (linux_real_text(&r), verdict)
            }
        };
        rows.push(Row { key, call: format!("{:>3} {call}", step.step), model, real: real_text, verdict });
    }
    Ok(Comparison { title: format!("scenario {name} ({})", transcript.name), rows, not_comparable: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{self, Format};

    #[test]
    fn probe_output_lines_parse() {
        let out = "1 ok\n2 ok 1\n3 err 10048 WSAEADDRINUSE\n4 ok accepted_by srv\n5 ok accepted_by -\n6 ok received a b\n7 ok received -\n8 skip unknown id x\n";
        let parsed = parse(out).unwrap();
        assert_eq!(parsed[1], Real::Ok { value: Some(1), accepted_by: None, received: None });
        assert_eq!(parsed[2], Real::Err { code: 10048 });
        assert_eq!(parsed[3], Real::Ok { value: None, accepted_by: Some(Some("srv".into())), received: None });
        assert_eq!(parsed[4], Real::Ok { value: None, accepted_by: Some(None), received: None });
        assert_eq!(
            parsed[5],
            Real::Ok { value: None, accepted_by: None, received: Some(vec!["a".into(), "b".into()]) }
        );
        assert_eq!(parsed[6], Real::Ok { value: None, accepted_by: None, received: Some(vec![]) });
        assert!(matches!(parsed[7], Real::Skip { .. }));
        assert!(matches!(parse("1 maybe"), Err(ProbeError::Output { line: 1, .. })));
    }

    #[test]
    fn preparing_merges_users_maps_addresses_and_skips_what_the_probe_cannot_do() {
        let text = r#"{"name":"t","era":"server2003","host":{"addresses":["10.0.0.1","10.99.99.99"]},
            "users":[{"name":"a"},{"name":"b"}],
            "steps":[{"op":"socket","id":"s","family":"v4","proto":"udp","user":"b"},
                     {"op":"bind","id":"s","addr":"10.99.99.99:53"},
                     {"op":"join","id":"s","group":"239.0.0.1","iface":"10.0.0.1"},
                     {"op":"send","to":"10.0.0.1:53"}]}"#;
        let p = prepare(scenario::from_str(text, Format::Json).unwrap().scenario(), Era::Win10).unwrap();
        assert_eq!(p.script(), "socket s v4 udp\nbind s 127.0.0.3:53\nsend - 127.0.0.2:53\n");
        assert_eq!(p.lines[2], None);
        assert_eq!(p.scenario.scenario().era, Some(Era::Win10));
        assert_eq!(p.scenario.scenario().users.len(), 1);
        assert!(
            p.scenario.run_windows(Era::Win10).steps.iter().all(|s| s.error().is_none()),
            "the prepared scenario runs on the model"
        );
    }

    #[test]
    fn preparing_for_linux_gives_each_user_a_uid_as_root_and_merges_users_otherwise() {
        let text = r#"{"name":"t","os":"linux","users":[{"name":"www"},{"name":"intruder"}],
            "steps":[{"op":"socket","id":"a","family":"v4","user":"www"},
                     {"op":"socket","id":"b","family":"v4","proto":"udp","user":"intruder"},
                     {"op":"setsockopt","id":"b","option":"SO_REUSEPORT","value":true},
                     {"op":"bind","id":"b","addr":"0.0.0.0:5000"},
                     {"op":"send","id":"b","to":"239.1.2.3:5000"}]}"#;
        let s = scenario::from_str(text, Format::Json).unwrap();
        let root = LinuxMachine { root: true, unprivileged_port_start: 1024 };
        let p = prepare_linux(s.scenario(), root).unwrap();
        assert_eq!(
            p.script(),
            "socket a v4 tcp\nsocket b v4 udp user=60001\nsetsockopt b SO_REUSEPORT 1\nbind b 0.0.0.0:5000\nsend b 239.1.2.3:5000\n"
        );
        assert_eq!(p.scenario.scenario().users.len(), 2);
        let user = LinuxMachine { root: false, ..root };
        let p = prepare_linux(s.scenario(), user).unwrap();
        assert!(p.script().starts_with("socket a v4 tcp\nsocket b v4 udp\n"), "{}", p.script());
        assert_eq!(p.scenario.scenario().users.len(), 1);
        assert!(user.policy().cap_net_bind_service, "the probe's ports are never privileged");
    }

    #[test]
    fn delivery_comparisons_accept_any_member_of_an_undetermined_set() {
        let ok = |accepted: Option<&str>| Real::Ok {
            value: None,
            accepted_by: Some(accepted.map(str::to_owned)),
            received: None,
        };
        let set = Received::Undetermined(vec!["a".into(), "b".into()]);
        assert!(same(None, None, Some(&set), &ok(Some("b"))));
        assert!(!same(None, None, Some(&set), &ok(Some("c"))));
        assert!(!same(None, None, Some(&Received::One("a".into())), &ok(Some("b"))));
        assert!(same(Some(10048), None, None, &Real::Err { code: 10048 }));
        assert!(!same(Some(10048), None, None, &Real::Err { code: 10013 }));
    }
}
