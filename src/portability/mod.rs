//! The portability view: one scenario run on Linux and on a Windows era, side by side, with
//! every step whose outcome, value or receiver differs marked and explained by both systems'
//! rules.
//!
//! The bug class it shows is the gap between the two systems: SO_REUSEADDR lets a Linux
//! server restart past TIME_WAIT, and lets a second Windows program share, shadow or (before
//! Server 2003) steal the port. Both runs are the ones [`Checked::run_on`] gives, so each side is the
//! answer the model gives for that system alone; this module only compares typed results.
//!
//! ```
//! use winsock_bind::portability::compare;
//! use winsock_bind::scenario::{self, Format};
//! use winsock_bind::rules::linux::PortPolicy;
//! use winsock_bind::Era;
//!
//! let s = scenario::from_str(r#"{"name": "restart habit", "era": "win10", "steps": [
//!   {"op": "socket", "id": "srv", "family": "v4"},
//!   {"op": "setsockopt", "id": "srv", "option": "SO_REUSEADDR", "value": true},
//!   {"op": "bind", "id": "srv", "addr": "0.0.0.0:8080"},
//!   {"op": "listen", "id": "srv"},
//!   {"op": "socket", "id": "other", "family": "v4"},
//!   {"op": "setsockopt", "id": "other", "option": "SO_REUSEADDR", "value": true},
//!   {"op": "bind", "id": "other", "addr": "127.0.0.1:8080"}
//! ]}"#, Format::Json)?;
//! let view = compare(&s, PortPolicy::default(), Era::Win10);
//! let differing: Vec<usize> = view.differences().map(|d| d.step).collect();
//! assert_eq!(differing, [7]); // EADDRINUSE on Linux, a shadowing bind on win10
//! assert!(view.to_string().contains("EADDRINUSE"));
//! # Ok::<(), winsock_bind::scenario::ScenarioError>(())
//! ```

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::json;

use crate::era::Era;
use crate::error::WsaError;
use crate::options::{ReuseMode, SocketOption};
use crate::program::{Bind, Preset};
use crate::rules::linux::{LinuxError, PortPolicy};
use crate::scenario::{
    Checked, Escaped, Format, LinuxStepResult, LinuxTranscript, Op, ScenarioError, SocketRef, StepResult, Transcript,
};

/// What differs in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difference {
    /// One system accepts the call and the other refuses it, or they refuse with different
    /// errors.
    Outcome,
    /// `getsockopt` reads a different value (IPV6_V6ONLY's default, say).
    Value,
    /// A connection or datagram reaches different sockets.
    Receiver,
}

impl Difference {
    /// The lowercase word, as in the JSON.
    pub const fn word(self) -> &'static str {
        match self {
            Self::Outcome => "outcome",
            Self::Value => "value",
            Self::Receiver => "receiver",
        }
    }
}

/// One step on both systems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepPair {
    /// 1-based step number.
    pub step: usize,
    /// Linux's answer: success or the errno.
    pub linux: Result<(), LinuxError>,
    /// Windows' answer: success or the Winsock error.
    pub windows: Result<(), WsaError>,
    /// What differs (empty: the step behaves alike).
    pub differences: Vec<Difference>,
    linux_value: Option<i64>,
    windows_value: Option<i64>,
    linux_receivers: Option<Vec<SocketRef>>,
    windows_receivers: Option<Vec<SocketRef>>,
}

impl StepPair {
    /// Whether the step behaves differently on the two systems.
    pub fn differs(&self) -> bool {
        !self.differences.is_empty()
    }
}

/// A scenario run on Linux and on a Windows era, step by step ([`compare`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Portability {
    /// The Linux run.
    pub linux: LinuxTranscript,
    /// The Windows run.
    pub windows: Transcript,
    /// One pair per step, in order.
    pub steps: Vec<StepPair>,
}

impl Portability {
    /// The steps that differ.
    pub fn differences(&self) -> impl Iterator<Item = &StepPair> {
        self.steps.iter().filter(|s| s.differs())
    }

    /// The Windows era compared.
    pub fn era(&self) -> Era {
        self.windows.era
    }

    /// The Linux port policy compared.
    pub fn policy(&self) -> PortPolicy {
        self.linux.policy
    }

    /// Why a differing step differs, in one sentence built from both runs' rules: `on linux,
    /// EADDRINUSE (98) by rule X6 ...; on win10, ok by rule E4 ...`. `None` for a step that
    /// behaves alike.
    pub fn why(&self, pair: &StepPair) -> Option<String> {
        if !pair.differs() {
            return None;
        }
        let (l, w) = self.results(pair.step)?;
        let mut why = format!(
            "on linux, {}; on {}, {}",
            side(&Outcome::linux(pair), &self.linux.detail_of(l)),
            self.windows.era,
            side(&Outcome::windows(pair), &self.windows.detail_of(w)),
        );
        if let Some(note) = self.default_note(pair) {
            why.push_str(note);
        }
        Some(why)
    }

    /// Why a value read back differs when the call itself has no rule: the two systems'
    /// defaults.
    fn default_note(&self, pair: &StepPair) -> Option<&'static str> {
        if !pair.differences.contains(&Difference::Value) {
            return None;
        }
        let step = self.checked().scenario().steps.get(pair.step.checked_sub(1)?)?;
        let Op::Getsockopt(g) = &step.op else { return None };
        match g.option {
            // ipv6(7): the default is net.ipv6.bindv6only, 0 unless changed; Microsoft Learn,
            // Dual-Stack Sockets for IPv6 Winsock Applications: the Windows default is 1.
            SocketOption::V6Only => Some(
                " (Linux's IPV6_V6ONLY default is net.ipv6.bindv6only, 0: a [::] socket also takes IPv4; Windows' default is 1: IPv6 only)",
            ),
            SocketOption::ReuseAddr
            | SocketOption::ExclusiveAddressUse
            | SocketOption::ReusePort
            | SocketOption::Linger
            | SocketOption::AcceptConn => None,
        }
    }

    fn results(&self, step: usize) -> Option<(&LinuxStepResult, &StepResult)> {
        let i = step.checked_sub(1)?;
        Some((self.linux.steps.get(i)?, self.windows.steps.get(i)?))
    }

    fn name(&self, r: SocketRef) -> &str {
        self.checked().socket_name(r).unwrap_or("?")
    }

    fn checked(&self) -> &Checked {
        self.windows.checked()
    }

    fn outcome_text(&self, o: &Outcome<'_>) -> String {
        match (o.error, o.value, o.receivers) {
            (Some(e), _, _) => e.to_owned(),
            (None, Some(v), _) => format!("ok, value {v}"),
            (None, None, Some([])) => "ok, nobody".to_owned(),
            (None, None, Some([one])) => format!("ok, to {}", Escaped(self.name(*one))),
            (None, None, Some(many)) => {
                let names: Vec<String> = many.iter().map(|r| Escaped(self.name(*r)).to_string()).collect();
                format!("ok, to one of {}", names.join(", "))
            }
            (None, None, None) => "ok".to_owned(),
        }
    }
}

/// One side's answer, reduced to what the comparison looks at.
struct Outcome<'a> {
    error: Option<&'static str>,
    value: Option<i64>,
    receivers: Option<&'a [SocketRef]>,
}

impl<'a> Outcome<'a> {
    fn linux(p: &'a StepPair) -> Self {
        Self {
            error: p.linux.err().map(LinuxError::name),
            value: p.linux_value,
            receivers: p.linux_receivers.as_deref(),
        }
    }

    fn windows(p: &'a StepPair) -> Self {
        Self {
            error: p.windows.err().map(WsaError::name),
            value: p.windows_value,
            receivers: p.windows_receivers.as_deref(),
        }
    }
}

fn side(o: &Outcome<'_>, detail: &str) -> String {
    let word = o.error.unwrap_or("ok");
    if detail.is_empty() {
        word.to_owned()
    } else {
        format!("{word} {detail}")
    }
}

/// Runs `checked` on Linux under `policy` and on Windows `era` and pairs the steps.
///
/// A scenario written for either system works: expectations written for the other system are
/// read through their counterparts, and `reserve` steps do nothing on Linux
/// ([`Checked::run_on`]). The comparison ignores expectations; it looks at what each system
/// did.
pub fn compare(checked: &Checked, policy: PortPolicy, era: Era) -> Portability {
    let linux = crate::scenario::run_linux(checked, policy);
    let windows = checked.run_windows(era);
    let steps = linux
        .steps
        .iter()
        .zip(&windows.steps)
        .map(|(l, w)| {
            let linux_receivers = l.receiver_refs().map(<[SocketRef]>::to_vec);
            let windows_receivers = windows.receiver_refs(w);
            let mut differences = Vec::new();
            let (lr, wr) = (l.error().map_or(Ok(()), Err), w.error().map_or(Ok(()), Err));
            if !same_result(lr, wr) {
                differences.push(Difference::Outcome);
            } else if l.value() != w.value() {
                differences.push(Difference::Value);
            } else if !same_receivers(linux_receivers.as_deref(), windows_receivers.as_deref()) {
                differences.push(Difference::Receiver);
            }
            StepPair {
                step: w.step,
                linux: lr,
                windows: wr,
                differences,
                linux_value: l.value(),
                windows_value: w.value(),
                linux_receivers,
                windows_receivers,
            }
        })
        .collect();
    Portability { linux, windows, steps }
}

/// Whether the two answers are the same: both succeed, or both fail with the same error.
/// Winsock's error names are the BSD errno names with `WSA` in front (Microsoft Learn, Windows
/// Sockets Error Codes), so `WSAEADDRINUSE` and `EADDRINUSE` are the same refusal.
fn same_result(linux: Result<(), LinuxError>, windows: Result<(), WsaError>) -> bool {
    match (linux, windows) {
        (Ok(()), Ok(())) => true,
        (Err(l), Err(w)) => w.name().strip_prefix("WSA") == Some(l.name()),
        (Ok(()), Err(_)) | (Err(_), Ok(())) => false,
    }
}

/// Whether the same sockets receive (as sets: one receiver, or every candidate of a spread or
/// an undetermined choice).
fn same_receivers(linux: Option<&[SocketRef]>, windows: Option<&[SocketRef]>) -> bool {
    match (linux, windows) {
        (Some(l), Some(w)) => {
            let (mut l, mut w) = (l.to_vec(), w.to_vec());
            l.sort_unstable();
            w.sort_unstable();
            l == w
        }
        (None, None) => true,
        (Some(_), None) | (None, Some(_)) => false,
    }
}

impl fmt::Display for Portability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let era = self.windows.era;
        writeln!(f, "port-check: {}", Escaped(&self.checked().scenario().name))?;
        writeln!(f, "linux ({}) against {era} ({} behaviour)", policy_text(self.policy()), self.windows.behaviour)?;
        let rows: Vec<(String, String, String)> = self
            .steps
            .iter()
            .map(|p| {
                let call = self.results(p.step).map(|(_, w)| self.windows.call(w)).unwrap_or_default();
                (call, self.outcome_text(&Outcome::linux(p)), self.outcome_text(&Outcome::windows(p)))
            })
            .collect();
        let call_w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0).max(4);
        let linux_w = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).max(5);
        writeln!(f)?;
        writeln!(f, "      step  {:call_w$}  {:linux_w$}  {era}", "call", "linux")?;
        for (p, (call, l, w)) in self.steps.iter().zip(&rows) {
            let mark = if p.differs() { "DIFF" } else { "    " };
            writeln!(f, "{mark}  {:>4}  {call:call_w$}  {l:linux_w$}  {w}", p.step)?;
            if let Some(why) = self.why(p) {
                writeln!(f, "            why: {why}")?;
            }
        }
        let n = self.differences().count();
        let mut kinds: Vec<(Difference, usize)> = Vec::new();
        for d in self.differences().flat_map(|p| p.differences.iter().copied()) {
            match kinds.iter_mut().find(|(k, _)| *k == d) {
                Some((_, c)) => *c += 1,
                None => kinds.push((d, 1)),
            }
        }
        kinds.sort();
        let detail: Vec<String> = kinds.iter().map(|(k, c)| format!("{c} {}", k.word())).collect();
        if n == 0 {
            writeln!(f, "\nno difference: {} steps behave alike on linux and {era}", self.steps.len())
        } else {
            writeln!(f, "\n{n} of {} steps differ ({})", self.steps.len(), detail.join(", "))
        }
    }
}

fn policy_text(p: PortPolicy) -> String {
    if p.cap_net_bind_service {
        "with CAP_NET_BIND_SERVICE".to_owned()
    } else {
        format!("ports below {} need CAP_NET_BIND_SERVICE", p.unprivileged_port_start)
    }
}

impl Serialize for Portability {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("schema_version", &1)?;
        m.serialize_entry("name", &self.checked().scenario().name)?;
        m.serialize_entry("windows", &self.windows.era)?;
        m.serialize_entry("linux", &self.policy())?;
        let steps: Vec<PairJson<'_>> = self.steps.iter().map(|p| PairJson { view: self, pair: p }).collect();
        m.serialize_entry("steps", &steps)?;
        m.serialize_entry("differing_steps", &self.differences().count())?;
        m.end()
    }
}

struct PairJson<'a> {
    view: &'a Portability,
    pair: &'a StepPair,
}

impl Serialize for PairJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (v, p) = (self.view, self.pair);
        let names = |r: &Option<Vec<SocketRef>>| r.as_ref().map(|r| r.iter().map(|x| v.name(*x)).collect::<Vec<_>>());
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("step", &p.step)?;
        if let Some((l, w)) = v.results(p.step) {
            m.serialize_entry("call", &v.windows.call(w))?;
            m.serialize_entry(
                "linux",
                &Side {
                    error: p.linux.err().map(LinuxError::name),
                    value: p.linux_value,
                    receivers: names(&p.linux_receivers),
                    detail: v.linux.detail_of(l),
                },
            )?;
            m.serialize_entry(
                "windows",
                &Side {
                    error: p.windows.err().map(WsaError::name),
                    value: p.windows_value,
                    receivers: names(&p.windows_receivers),
                    detail: v.windows.detail_of(w),
                },
            )?;
        }
        m.serialize_entry("differences", &p.differences)?;
        m.serialize_entry("why", &v.why(p))?;
        m.end()
    }
}

#[derive(Serialize)]
struct Side<'a> {
    error: Option<&'static str>,
    value: Option<i64>,
    receivers: Option<Vec<&'a str>>,
    detail: String,
}

/// The scenario `port-check --program PRESET --port N` compares: the runtime's server sockets
/// bound and listening as it configures them on Windows, a second instance of it started by
/// mistake, another program of the same account binding `127.0.0.1:N` with SO_REUSEADDR, and
/// a connection to each loopback address the server listens on. The same calls run on both
/// systems, so a difference is the systems', not the program's.
///
/// ```
/// use winsock_bind::audit::Preset;
/// use winsock_bind::portability::{compare, program_scenario};
/// use winsock_bind::rules::linux::PortPolicy;
/// use winsock_bind::Era;
/// let s = program_scenario(Preset::Nginx, 8080)?;
/// let view = compare(&s, PortPolicy::default(), Era::Win10);
/// assert!(view.differences().count() > 0);
/// # Ok::<(), winsock_bind::scenario::ScenarioError>(())
/// ```
///
/// # Errors
/// None in practice: the scenario is built from typed values; an error would be a bug in the
/// builder, reported as the scenario error it is.
pub fn program_scenario(preset: Preset, port: u16) -> Result<Checked, ScenarioError> {
    let sockets = preset.sockets(Bind { addr: None, port });
    let mut steps = Vec::new();
    let server = |prefix: &str, steps: &mut Vec<serde_json::Value>| {
        for (i, s) in sockets.iter().enumerate() {
            let id = if sockets.len() == 1 { prefix.to_owned() } else { format!("{prefix}-{}", i + 1) };
            let family = if s.endpoint.addr.ip().is_ipv6() { "v6" } else { "v4" };
            steps.push(json!({"op": "socket", "id": id, "family": family, "proto": "tcp"}));
            match s.mode {
                ReuseMode::ReuseAddr => {
                    steps.push(json!({"op": "setsockopt", "id": id, "option": "SO_REUSEADDR", "value": true}));
                }
                ReuseMode::Exclusive => {
                    steps.push(json!({"op": "setsockopt", "id": id, "option": "SO_EXCLUSIVEADDRUSE", "value": true}));
                }
                ReuseMode::Default => {}
            }
            if s.endpoint.addr.ip().is_ipv6() {
                steps.push(json!({"op": "setsockopt", "id": id, "option": "IPV6_V6ONLY", "value": s.v6only}));
            }
            steps.push(json!({"op": "bind", "id": id, "addr": s.endpoint.to_string()}));
            steps.push(json!({"op": "listen", "id": id}));
        }
    };
    server(preset.name(), &mut steps);
    server("second-instance", &mut steps);
    steps.push(json!({"op": "socket", "id": "neighbour", "family": "v4", "proto": "tcp"}));
    steps.push(json!({"op": "setsockopt", "id": "neighbour", "option": "SO_REUSEADDR", "value": true}));
    steps.push(json!({"op": "bind", "id": "neighbour", "addr": format!("127.0.0.1:{port}")}));
    steps.push(json!({"op": "listen", "id": "neighbour"}));
    steps.push(json!({"op": "connect", "to": format!("127.0.0.1:{port}")}));
    if sockets.iter().any(|s| s.endpoint.addr.ip().is_ipv6()) {
        steps.push(json!({"op": "connect", "to": format!("[::1]:{port}")}));
    }
    let scenario = json!({
        "name": format!("{preset} on port {port}: a second instance, and another program of the same account on 127.0.0.1"),
        "era": "win10",
        "steps": steps,
    });
    crate::scenario::from_str(&scenario.to_string(), Format::Json)
}
