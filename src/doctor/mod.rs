//! Why a bind fails (or would fail) on a real machine: the machine's [`Snapshot`], one
//! program's bind, and the answer with its causes, most likely first, and fixes, narrowest blast
//! radius first (the program, then one other program or service, then the whole machine), each
//! checked by replaying the bind on the fixed snapshot.
//!
//! A snapshot cannot show the options and the accounts of other programs' sockets. The doctor
//! replays the bind under every assumption about them that is consistent with the snapshot (two
//! processes on one address, for instance, must both have set SO_REUSEADDR). When one answer
//! holds under every usual setting, it is the verdict, and [`Diagnosis::unless`] names the
//! unusual setting (a dual-stack `[::]` socket) under which it would differ
//! ([`Basis::UsualSettings`]); when usual settings give different answers the verdict is
//! `depends`, with each answer and its assumption. The kernel's sockets (PID 4: HTTP.sys, SMB)
//! are known: SYSTEM, no options.
//!
//! On a port with many listeners, listeners with equivalent facts (each on a specific address
//! of its own, one socket per process, the same relation to the program's addresses) are
//! replayed in part; the verdict is the exact one, and [`Diagnosis::reductions`] says which
//! were not replayed.
//!
//! ```
//! use winsock_bind::doctor::{diagnose, Request, Verdict};
//! use winsock_bind::snapshot::Snapshot;
//! use winsock_bind::{Era, Proto, WsaError};
//!
//! let mut snap = Snapshot::default();
//! snap.add_text("netstat.txt", "  TCP    0.0.0.0:80   0.0.0.0:0   LISTENING   4\n")?;
//! let nginx = Request::from_spec(Era::Win11, Proto::Tcp, &"reuseaddr 0.0.0.0:80".parse()?);
//! let d = diagnose(&snap, &nginx)?;
//! assert_eq!(d.verdict, Verdict::Error(WsaError::Access));
//! assert_eq!(d.causes[0].pid, Some(4));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod cause;
mod fix;
mod reduce;
mod render;

use std::collections::BTreeSet;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::Serialize;

use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::Era;
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::explain::BindSpec;
use crate::id::SocketId;
use crate::options::{ReuseMode, SocketOption};
use crate::program::{Bind, Preset, ServerSocket};
use crate::rules::delivery::Receivers;
use crate::rules::{Decision, Reason};
use crate::snapshot::{Assume, ListenState, Listener, Origin, Snapshot, SnapshotHost, KERNEL_PID};

use cause::{certificate_causes, refusal_causes, shadow_cause};
pub use fix::{Check, Fix, Invasiveness};
use reduce::reduce;
pub use reduce::Reduction;
#[cfg(test)]
use reduce::{EXACT_UP_TO, EXACT_UP_TO_IN_TEST};

/// The account the diagnosed program runs as, in the replayed hosts.
const YOU: &str = "the program";

/// At most this many other processes' sockets on the port have their unknowns varied; the rest
/// keep the defaults of [`Assume::default_for`], and the diagnosis says so.
const MAX_VARIED: usize = 3;

/// What to diagnose: a program's sockets on a machine of an era.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The Windows era of the machine.
    pub era: Era,
    /// TCP or UDP.
    pub proto: Proto,
    /// The sockets the program binds, in order.
    pub sockets: Vec<ServerSocket>,
    /// Whether it runs as an administrator (matters only for SO_EXCLUSIVEADDRUSE before XP SP2).
    pub admin: bool,
    /// The runtime preset, when given: fixes are written in its own API.
    pub program: Option<Preset>,
}

impl Request {
    /// One socket described as `explain` describes it (`"reuseaddr 0.0.0.0:80"`).
    pub fn from_spec(era: Era, proto: Proto, spec: &BindSpec) -> Self {
        let socket = ServerSocket { endpoint: spec.endpoint, mode: spec.mode, v6only: spec.v6only };
        Self { era, proto, sockets: vec![socket], admin: spec.admin, program: None }
    }

    /// A runtime preset serving `port` (its addresses and options).
    pub fn from_preset(era: Era, proto: Proto, preset: Preset, port: u16) -> Self {
        let sockets = preset.sockets(Bind { addr: None, port });
        Self { era, proto, sockets, admin: false, program: Some(preset) }
    }

    /// The port of the first socket.
    pub fn port(&self) -> u16 {
        self.sockets.first().map_or(0, |s| s.endpoint.port)
    }

    /// The request with every socket moved to `port`.
    fn with_port(&self, port: u16) -> Self {
        let mut r = self.clone();
        for s in &mut r.sockets {
            s.endpoint.port = port;
        }
        r
    }

    /// The program and its sockets in words: `nginx: 0.0.0.0:80 (SO_REUSEADDR)`.
    pub fn describe(&self) -> String {
        let socks: Vec<String> = self.sockets.iter().map(ServerSocket::describe).collect();
        match self.program {
            Some(p) => format!("{p}: {} {}", self.proto, socks.join(" and ")),
            None => format!("{} {}", self.proto, socks.join(" and ")),
        }
    }
}

/// The answer of a bind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The bind succeeds.
    Success,
    /// The bind fails with this error.
    Error(WsaError),
    /// The answer depends on what the snapshot cannot show: see the alternatives.
    Depends,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Success => f.write_str("success"),
            Self::Error(e) => f.write_str(e.name()),
            Self::Depends => f.write_str("depends"),
        }
    }
}

impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What a cause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CauseKind {
    /// HTTP.sys (the kernel, PID 4) listens on the port for registered URLs.
    #[serde(rename = "http.sys")]
    HttpSys,
    /// Another kernel socket (PID 4): SMB, or HTTP.sys where `servicestate` was not given.
    System,
    /// Another process's socket.
    Listener,
    /// The port is inside an excluded port range: nothing listens, and the bind fails.
    ExcludedRange,
    /// Another process holds a port of the dynamic range, as a port picked by `bind(0)` is.
    Ephemeral,
    /// The bind succeeds, but another socket takes some of the traffic for its address.
    Shadow,
    /// The program's own option cannot be set on this era.
    Option,
    /// An HTTPS listener whose IPv4 and IPv6 bindings carry different certificates.
    CertificateMismatch,
}

impl CauseKind {
    /// The kebab-case name, as in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::HttpSys => "http.sys",
            Self::System => "system",
            Self::Listener => "listener",
            Self::ExcludedRange => "excluded-range",
            Self::Ephemeral => "ephemeral",
            Self::Shadow => "shadow",
            Self::Option => "option",
            Self::CertificateMismatch => "certificate-mismatch",
        }
    }
}

/// One cause of the answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cause {
    /// What it is.
    pub kind: CauseKind,
    /// The holder's process id; `None` when no socket holds the port (an excluded range).
    pub pid: Option<u32>,
    /// The holder's image name, when a file named it.
    pub process: Option<String>,
    /// The services it hosts, when `tasklist /svc` named them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// The holder's address, or the program's address for a cause without a holder.
    pub address: Option<String>,
    /// Where the snapshot shows it (file:line).
    pub origin: Option<String>,
    /// The error it causes; `None` for a warning (shadow, certificate mismatch).
    pub error: Option<String>,
    /// The rule: `E7 reuse-not-granted`.
    pub rule: String,
    /// What the rule rests on.
    pub evidence: Evidence,
    /// One paragraph.
    pub explanation: String,
    /// The assumptions about unknowns this cause rests on, when it does not hold under all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// Fixes, narrowest blast radius first (the program, one other program or service, the machine).
    pub fixes: Vec<Fix>,
}

/// What the verdict rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Every assumption the snapshot allows gives this answer.
    EveryAssumption,
    /// The usual settings give this answer under every assumption about the others; only an
    /// unusual setting, listed in [`Diagnosis::unless`], would change it.
    UsualSettings,
    /// Usual settings give different answers: the verdict is [`Verdict::Depends`] and
    /// [`Diagnosis::alternatives`] gives each.
    Split,
}

/// Why a setting of another program's socket is unusual, when it is: a `[::]` socket that is
/// dual-stack. IPV6_V6ONLY is on by default on Windows (Microsoft Learn, "IPPROTO_IPV6 socket
/// options"), so a program turns it off on purpose, for one socket to serve both stacks. Other
/// settings (SO_REUSEADDR, SO_EXCLUSIVEADDRUSE, the account) are each a common choice.
fn unusual(l: &Listener, a: &Assume) -> Option<String> {
    (l.endpoint.addr == LocalAddr::Wildcard(Family::V6) && !a.v6only).then(|| {
        format!(
            "PID {}'s {} socket is dual-stack, which is unusual (IPV6_V6ONLY is on by default on Windows)",
            l.pid, l.endpoint
        )
    })
}

/// One possible answer when the verdict depends on unknowns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    /// The answer under this assumption.
    pub verdict: Verdict,
    /// The rule.
    pub rule: String,
    /// The holder's process id.
    pub pid: Option<u32>,
    /// The assumption, in words.
    pub assumption: String,
}

/// The doctor's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnosis {
    /// The JSON shape's version.
    pub schema_version: u32,
    /// The era.
    pub era: Era,
    /// What was diagnosed, in words.
    pub bind: String,
    /// The answer.
    pub verdict: Verdict,
    /// The causes, most likely first; for a successful bind, its warnings.
    pub causes: Vec<Cause>,
    /// What the verdict rests on: every assumption, the usual settings, or a split.
    pub basis: Basis,
    /// When the basis is the usual settings: each other answer and the unusual setting it needs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<Alternative>,
    /// When the verdict depends on unknowns: each possible answer and its assumption.
    pub alternatives: Vec<Alternative>,
    /// What the snapshot could not show and the answer assumed or varied.
    pub unknowns: Vec<String>,
    /// Other facts worth saying (what a port below 1024 does not mean, what was not read).
    pub notes: Vec<String>,
    /// The classes of equivalent listeners the search replayed only in part (a port with many
    /// listeners): the verdict and the alternatives are those of the whole snapshot, and each
    /// omitted listener has the causes of the replayed ones, with its own PID and address.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reductions: Vec<Reduction>,
}

/// Input the doctor cannot work with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DoctorError {
    /// No socket to bind.
    #[error("nothing to bind: give --bind or --program with --port")]
    NoSocket,
    /// The snapshot cannot be loaded on the era under any assumption.
    #[error("the snapshot cannot be a {era} machine: {inconsistent}")]
    Snapshot {
        /// The era.
        era: Era,
        /// The first refusal under the default assumptions.
        inconsistent: Box<crate::snapshot::Inconsistent>,
    },
}

/// How one replay ends.
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    /// `None` on success; else the refusal of the first socket that failed.
    refusal: Option<Decision>,
    /// The listener (index in the focused snapshot) the refusal names.
    holder: Option<usize>,
    /// On success: listeners that take some traffic for an address the program binds.
    shadows: Vec<(usize, SocketAddr, Receivers)>,
}

impl Outcome {
    fn verdict(&self) -> Verdict {
        match self.refusal.and_then(|d| d.error()) {
            Some(e) => Verdict::Error(e),
            None => Verdict::Success,
        }
    }

    /// What distinguishes two outcomes for grouping: verdict, rule, holder.
    fn key(&self) -> (String, Option<Reason>, Option<usize>) {
        (self.verdict().to_string(), self.refusal.map(|d| d.reason), self.holder)
    }
}

/// One consistent assumption about the unknown sockets, and its outcome.
#[derive(Debug, Clone)]
struct World {
    assumed: Vec<(usize, Assume)>,
    outcome: Outcome,
}

/// The listeners that matter to `req` (see [`focus_all`]), with each large class of equivalent
/// listeners cut down to its first [`KEPT_PER_CLASS`](reduce::KEPT_PER_CLASS) (see [`reduce`]).
fn focus(snap: &Snapshot, req: &Request) -> Snapshot {
    let mut f = focus_all(snap, req.proto, req.port());
    reduce(&mut f, req);
    f
}

/// The listeners that matter: those of the program's protocol on its port (HTTP.sys's added
/// from `netsh http` where netstat did not list them).
fn focus_all(snap: &Snapshot, proto: Proto, port: u16) -> Snapshot {
    let mut f = Snapshot {
        listeners: snap.listeners_on(proto, port).cloned().collect(),
        excluded: snap.excluded.clone(),
        dynamic: snap.dynamic.clone(),
        http: snap.http.clone(),
        processes: snap.processes.clone(),
        ..Snapshot::default()
    };
    if proto == Proto::Tcp {
        let file = snap.files.iter().find(|(_, k)| *k == crate::snapshot::Kind::HttpServiceState);
        let line = snap.http_urls_on(port).map(|u| u.line).next().unwrap_or(1);
        for ep in snap.http_sys_endpoints(port) {
            let listed = f.listeners.iter().any(|l| l.pid == KERNEL_PID && l.endpoint == ep);
            if !listed {
                f.listeners.push(Listener {
                    proto,
                    endpoint: ep,
                    pid: KERNEL_PID,
                    state: ListenState::Listen,
                    created: None,
                    origin: Origin { file: file.map_or_else(String::new, |(n, _)| n.clone()), line },
                });
            }
        }
    }
    f
}

/// Every combination of unknowns for the varied listeners.
fn assumptions(snap: &Snapshot) -> (Vec<Vec<(usize, Assume)>>, usize) {
    let unknown: Vec<usize> =
        snap.listeners.iter().enumerate().filter(|(_, l)| l.pid != KERNEL_PID).map(|(i, _)| i).collect();
    let varied = &unknown[..unknown.len().min(MAX_VARIED)];
    let mut all: Vec<Vec<(usize, Assume)>> = vec![Vec::new()];
    for (n, &i) in varied.iter().enumerate() {
        let l = &snap.listeners[i];
        let base = Assume::default_for(l.pid);
        let v6only: &[bool] = if l.endpoint.addr == LocalAddr::Wildcard(Family::V6) { &[true, false] } else { &[true] };
        // The sockets of one process run under one account: a later socket of a process takes
        // the account its first one was given.
        let first_of_pid = !varied[..n].iter().any(|&j| snap.listeners[j].pid == l.pid);
        let accounts: &[String] = &[base.account.clone(), YOU.to_owned()];
        let accounts = if first_of_pid { accounts } else { &accounts[..1] };
        let mut options = Vec::new();
        for mode in ReuseMode::ALL {
            for account in accounts {
                for &v6 in v6only {
                    options.push(Assume { mode, v6only: v6, account: account.clone() });
                }
            }
        }
        all = all
            .into_iter()
            .flat_map(|prefix| {
                let same_pid =
                    prefix.iter().find(|(j, _)| snap.listeners[*j].pid == l.pid).map(|(_, a)| a.account.clone());
                options.iter().map(move |o| {
                    let mut p = prefix.clone();
                    let mut o = o.clone();
                    if let Some(account) = &same_pid {
                        o.account.clone_from(account);
                    }
                    p.push((i, o));
                    p
                })
            })
            .collect();
    }
    (all, unknown.len() - varied.len())
}

fn assume_for<'a>(assumed: &[(usize, Assume)], snap: &'a Snapshot) -> impl Fn(&Listener) -> Assume + 'a + use<'a> {
    let assumed = assumed.to_vec();
    move |l: &Listener| {
        // Only the few varied listeners are looked for: a search of the whole list for each
        // listener made every replay quadratic in the listeners.
        assumed
            .iter()
            .find(|(j, _)| snap.listeners.get(*j).is_some_and(|x| std::ptr::eq(x, l)))
            .map_or_else(|| Assume::default_for(l.pid), |(_, a)| a.clone())
    }
}

/// Binds the program's sockets on the host; the first refusal, or the traffic others take.
fn replay(sh: &mut SnapshotHost, req: &Request) -> Outcome {
    let you = sh.user(YOU);
    let mut mine: Vec<(SocketId, Endpoint)> = Vec::new();
    // The program binds its addresses because the machine has them; a snapshot shows only the
    // addresses something listens on.
    for s in &req.sockets {
        if let (_, Some(ip)) = s.endpoint.addr.stack() {
            sh.host.add_address(ip);
        }
    }
    for s in &req.sockets {
        let mut step = || -> Result<SocketId, Decision> {
            let id = sh.host.socket(s.endpoint.addr.family(), req.proto, you).map_err(|r| *r.decision())?;
            if let Some(option) = s.mode.option() {
                let era = sh.host.era();
                crate::rules::options::apply(era, s.mode, req.admin.into()).map_err(|r| *r.decision())?;
                sh.host.set_option(id, option, 1).map_err(|r| *r.decision())?;
            }
            if s.endpoint.addr.family() == Family::V6 && !s.v6only {
                sh.host.set_option(id, SocketOption::V6Only, 0).map_err(|r| *r.decision())?;
            }
            Ok(id)
        };
        let id = match step() {
            Ok(id) => id,
            Err(d) => return Outcome { refusal: Some(d), holder: None, shadows: Vec::new() },
        };
        match sh.host.bind(id, s.endpoint) {
            Ok(_) => {
                if req.proto == Proto::Tcp {
                    // A bound socket that cannot listen is not this module's question.
                    let _ = sh.host.listen(id);
                }
                mine.push((id, s.endpoint));
            }
            Err(r) => {
                let d = *r.decision();
                let holder = d.against.and_then(|b| sh.listener_of(b.socket));
                return Outcome { refusal: Some(d), holder, shadows: Vec::new() };
            }
        }
    }
    // Who receives what is sent to each address the program covers: each other listener's own
    // address on the port, and loopback for a wildcard.
    let mut probes: BTreeSet<SocketAddr> = BTreeSet::new();
    for &(_, ep) in &mine {
        for (id, _) in &sh.sockets {
            if let Some(theirs) = sh.host.get(*id).and_then(crate::Socket::local) {
                if let (_, Some(ip)) = theirs.addr.stack() {
                    let covered =
                        ep.overlap(&theirs) != crate::Overlap::Disjoint || ep.addr.family() != theirs.addr.family();
                    if covered {
                        probes.insert(SocketAddr::new(ip, ep.port));
                    }
                }
            }
        }
        match ep.addr {
            LocalAddr::Wildcard(Family::V4) => {
                probes.insert(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), ep.port));
            }
            LocalAddr::Wildcard(Family::V6) => {
                probes.insert(SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), ep.port));
            }
            LocalAddr::Specific(_) | LocalAddr::Scoped(..) => {
                probes.insert(ep.socket_addr());
            }
        }
    }
    let my_ids: Vec<SocketId> = mine.iter().map(|(id, _)| *id).collect();
    let mut shadows = Vec::new();
    for to in probes {
        let d = sh.host.delivery(req.proto, to);
        let reaches_me = |ids: &[SocketId]| ids.iter().any(|i| my_ids.contains(i));
        let could_be_mine =
            mine.iter().any(|(_, ep)| ep.overlap(&Endpoint::new(to.ip(), to.port())) != crate::Overlap::Disjoint);
        if !could_be_mine {
            continue;
        }
        let other = match &d.receivers {
            Receivers::One(s) if !my_ids.contains(s) => Some(*s),
            Receivers::Undetermined(v) if reaches_me(v) => v.iter().find(|s| !my_ids.contains(s)).copied(),
            Receivers::One(_) | Receivers::Undetermined(_) | Receivers::Every(_) | Receivers::Nobody => None,
        };
        if let Some(i) = other.and_then(|s| sh.listener_of(s)) {
            shadows.push((i, to, d.receivers.clone()));
        }
    }
    Outcome { refusal: None, holder: None, shadows }
}

/// Each world of `snap` for `req` in the order of [`assumptions`], replayed only when the
/// iterator gets to it: a check that stops at the first refusal builds one host, not all.
/// `Err` for an assumption the snapshot refuses.
fn each_world<'a>(
    snap: &'a Snapshot,
    req: &'a Request,
) -> impl Iterator<Item = Result<World, Box<crate::snapshot::Inconsistent>>> + 'a {
    assumptions(snap).0.into_iter().map(move |assumed| {
        let mut sh = snap.host(req.era, assume_for(&assumed, snap))?;
        let outcome = replay(&mut sh, req);
        Ok(World { assumed, outcome })
    })
}

/// Every consistent world of `snap` for `req`.
fn worlds(snap: &Snapshot, req: &Request) -> Result<(Vec<World>, usize), DoctorError> {
    let not_varied = assumptions(snap).1;
    let mut out = Vec::new();
    let mut first_error = None;
    for w in each_world(snap, req) {
        match w {
            Ok(w) => out.push(w),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if out.is_empty() {
        let inconsistent = first_error.ok_or(DoctorError::NoSocket)?;
        return Err(DoctorError::Snapshot { era: req.era, inconsistent });
    }
    Ok((out, not_varied))
}

/// The replay's answer on a (fixed) snapshot: the outcome in every consistent world.
fn outcomes(snap: &Snapshot, req: &Request) -> Vec<Outcome> {
    worlds(snap, req).map(|(w, _)| w.into_iter().map(|w| w.outcome).collect()).unwrap_or_default()
}

/// The default world: every unknown at its default (no options, own account, IPV6_V6ONLY on).
fn is_default(w: &World, snap: &Snapshot) -> bool {
    w.assumed.iter().all(|(i, a)| *a == Assume::default_for(snap.listeners[*i].pid))
}

fn describe_assumption(assumed: &[(usize, Assume)], snap: &Snapshot) -> String {
    let parts: Vec<String> = assumed
        .iter()
        .map(|(i, a)| {
            let l = &snap.listeners[*i];
            let opt = match a.mode {
                ReuseMode::Default => "no option".to_owned(),
                ReuseMode::ReuseAddr | ReuseMode::Exclusive => {
                    a.mode.option().map_or_else(String::new, |o| o.name().to_owned())
                }
            };
            let dual =
                if l.endpoint.addr == LocalAddr::Wildcard(Family::V6) && !a.v6only { ", dual-stack" } else { "" };
            let who = if a.account == YOU { "the program's own account" } else { "another account" };
            format!("PID {} on {} sets {opt}{dual} and runs as {who}", l.pid, l.endpoint)
        })
        .collect();
    parts.join("; ")
}

/// Diagnoses `req` on the machine of `snap`.
///
/// # Errors
/// [`DoctorError`] when there is nothing to bind or the snapshot cannot be a machine of the era.
pub fn diagnose(snap: &Snapshot, req: &Request) -> Result<Diagnosis, DoctorError> {
    if req.sockets.is_empty() {
        return Err(DoctorError::NoSocket);
    }
    let port = req.port();
    let all = focus_all(snap, req.proto, port);
    let mut f = all.clone();
    let reductions = reduce(&mut f, req);
    let (worlds, _) = worlds(&f, req)?;
    let not_varied = all.listeners.iter().filter(|l| l.pid != KERNEL_PID).count().saturating_sub(MAX_VARIED);
    let default = worlds.iter().find(|w| is_default(w, &f)).unwrap_or(&worlds[0]);

    let mut keys: Vec<(String, Option<Reason>, Option<usize>)> = Vec::new();
    for w in &worlds {
        let k = w.outcome.key();
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    // The worlds where no socket has an unusual setting: when they all agree, that answer is
    // the headline and the others are the exceptions.
    let usual = |w: &World| w.assumed.iter().all(|(i, a)| unusual(&f.listeners[*i], a).is_none());
    let mut usual_keys: Vec<(String, Option<Reason>, Option<usize>)> = Vec::new();
    for w in worlds.iter().filter(|w| usual(w)) {
        let k = w.outcome.key();
        if !usual_keys.contains(&k) {
            usual_keys.push(k);
        }
    }
    let basis = match (keys.len(), usual_keys.len()) {
        (1, _) => Basis::EveryAssumption,
        (_, 1) if usual(default) => Basis::UsualSettings,
        _ => Basis::Split,
    };
    let determined = basis != Basis::Split;
    let verdict = if determined { default.outcome.verdict() } else { Verdict::Depends };
    let mut unless = Vec::new();
    if basis == Basis::UsualSettings {
        let headline = default.outcome.key();
        let mut seen = vec![headline];
        for w in &worlds {
            let k = w.outcome.key();
            if seen.contains(&k) {
                continue;
            }
            seen.push(k.clone());
            let group: Vec<&World> = worlds.iter().filter(|x| x.outcome.key() == k).collect();
            // The unusual settings every world of the group has.
            let mut needs: Vec<String> = Vec::new();
            for (i, a) in &w.assumed {
                if let Some(why) = unusual(&f.listeners[*i], a) {
                    let all = group
                        .iter()
                        .all(|g| g.assumed.iter().any(|(j, b)| j == i && unusual(&f.listeners[*j], b).is_some()));
                    if all {
                        needs.push(why);
                    }
                }
            }
            // What else the group shares (an option, an account), when it says something.
            let rest = summarise(&group, &f);
            if needs.is_empty() || rest != WHATEVER {
                needs.push(rest);
            }
            unless.push(Alternative {
                verdict: w.outcome.verdict(),
                rule: w.outcome.refusal.map_or_else(|| "-".to_owned(), |d| rule_name(d.reason)),
                pid: w.outcome.holder.map(|i| f.listeners[i].pid),
                assumption: needs.join("; and "),
            });
        }
    }

    let mut unknowns = Vec::new();
    let varied: Vec<&Listener> = all.listeners.iter().filter(|l| l.pid != KERNEL_PID).collect();
    if !varied.is_empty() {
        let pids: BTreeSet<u32> = varied.iter().map(|l| l.pid).collect();
        let pids: Vec<String> = pids.iter().map(|p| format!("PID {p}")).collect();
        unknowns.push(format!(
            "the socket options (SO_REUSEADDR, SO_EXCLUSIVEADDRUSE, IPV6_V6ONLY) and accounts of {} on port {port}: no tool \
             prints them; every combination the snapshot allows was replayed",
            pids.join(", ")
        ));
    }
    if not_varied > 0 {
        unknowns.push(format!(
            "{not_varied} more socket(s) on port {port} were taken with no options and an account of their own"
        ));
    }

    let mut alternatives = Vec::new();
    if !determined {
        // The default world first, then the others in order, one per distinct outcome.
        let mut seen = Vec::new();
        for w in std::iter::once(default).chain(worlds.iter()) {
            let k = w.outcome.key();
            if seen.contains(&k) {
                continue;
            }
            seen.push(k.clone());
            let pid = w.outcome.holder.map(|i| f.listeners[i].pid);
            let group: Vec<&World> = worlds.iter().filter(|x| x.outcome.key() == k).collect();
            let assumption = if std::ptr::eq(w, default) {
                format!("{} (the defaults)", describe_assumption(&w.assumed, &f))
            } else {
                summarise(&group, &f)
            };
            alternatives.push(Alternative {
                verdict: w.outcome.verdict(),
                rule: w.outcome.refusal.map_or_else(|| "-".to_owned(), |d| rule_name(d.reason)),
                pid,
                assumption,
            });
        }
    }

    let mut causes = Vec::new();
    // Causes of the most likely world (the defaults), then those other worlds add.
    let mut cause_worlds: Vec<&World> = vec![default];
    for w in &worlds {
        if w.outcome.refusal.is_some() && !cause_worlds.iter().any(|c| c.outcome.key() == w.outcome.key()) {
            cause_worlds.push(w);
        }
    }
    for w in cause_worlds {
        let assumption = (w.outcome.key() != default.outcome.key() || basis == Basis::Split)
            .then(|| describe_assumption(&w.assumed, &f))
            .filter(|s| !s.is_empty());
        if w.outcome.refusal.is_some() {
            for mut c in refusal_causes(snap, &f, req, w) {
                if causes
                    .iter()
                    .any(|x: &Cause| x.kind == c.kind && x.pid == c.pid && x.address == c.address && x.rule == c.rule)
                {
                    continue;
                }
                c.assumption.clone_from(&assumption);
                causes.push(c);
            }
        } else {
            for (i, to, receivers) in &w.outcome.shadows {
                let l = &f.listeners[*i];
                if causes.iter().any(|x: &Cause| {
                    x.kind == CauseKind::Shadow && x.pid == Some(l.pid) && x.address == Some(l.endpoint.to_string())
                }) {
                    continue;
                }
                let mut c = shadow_cause(snap, &f, req, l, *to, receivers);
                c.assumption.clone_from(&assumption);
                causes.push(c);
            }
        }
    }
    causes.extend(certificate_causes(snap, req));

    let mut notes = Vec::new();
    if port < 1024 && causes.iter().any(|c| c.error.as_deref() == Some(WsaError::Access.name())) {
        notes.push(format!(
            "port {port} being below 1024 is not the cause: Winsock has no privileged ports, and binding port {port} \
             needs no administrator (only HTTP.sys URL registrations have ACLs: netsh http show urlacl)"
        ));
    }
    let kinds: BTreeSet<crate::snapshot::Kind> = snap.files.iter().map(|(_, k)| *k).collect();
    if !kinds.contains(&crate::snapshot::Kind::Netstat)
        && !kinds.contains(&crate::snapshot::Kind::PsTcp)
        && !kinds.contains(&crate::snapshot::Kind::PsUdp)
    {
        notes.push("no socket listing was given (netstat -ano, Get-NetTCPConnection, Get-NetUDPEndpoint): other programs' sockets are unknown".to_owned());
    }
    if f.listeners.iter().any(|l| l.pid == KERNEL_PID) && req.proto == Proto::Tcp && !snap.http.servicestate {
        notes.push(
            "no `netsh http show servicestate` output was given: whether PID 4's socket is HTTP.sys is not known"
                .to_owned(),
        );
    }

    Ok(Diagnosis {
        schema_version: 1,
        era: req.era,
        bind: req.describe(),
        verdict,
        basis,
        unless,
        causes,
        alternatives,
        unknowns,
        notes,
        reductions,
    })
}

/// [`summarise`] of a group whose worlds share nothing.
const WHATEVER: &str = "whatever the other sockets set";

/// A group of worlds in words: for each listener, the values seen, when not all were.
fn summarise(group: &[&World], snap: &Snapshot) -> String {
    let mut parts = Vec::new();
    let Some(first) = group.first() else { return String::new() };
    for (i, _) in &first.assumed {
        let l = &snap.listeners[*i];
        let values: Vec<&Assume> =
            group.iter().filter_map(|w| w.assumed.iter().find(|(j, _)| j == i).map(|(_, a)| a)).collect();
        let modes: BTreeSet<ReuseMode> = values.iter().map(|a| a.mode).collect();
        let accounts: BTreeSet<bool> = values.iter().map(|a| a.account == YOU).collect();
        let mut words = Vec::new();
        if modes.len() < ReuseMode::ALL.len() {
            let names: Vec<&str> = modes.iter().map(|m| m.option().map_or("no option", SocketOption::name)).collect();
            words.push(format!("sets {}", names.join(" or ")));
        }
        if accounts.len() == 1 {
            words.push(
                if accounts.contains(&true) { "runs as the program's own account" } else { "runs as another account" }
                    .to_owned(),
            );
        }
        if !words.is_empty() {
            parts.push(format!("PID {} on {} {}", l.pid, l.endpoint, words.join(" and ")));
        }
    }
    if parts.is_empty() {
        WHATEVER.to_owned()
    } else {
        parts.join("; ")
    }
}

fn rule_name(r: Reason) -> String {
    format!("{} {}", r.rule_id(), r.slug())
}

/// The sentence of a decision with the host's socket ids replaced by what the user knows.
fn explain(d: &Decision, sh_names: &[(SocketId, String)]) -> String {
    let mut s = d.sentence();
    for (id, name) in sh_names {
        s = s.replace(&format!("socket {id}"), name);
    }
    s
}

fn holder_name(snap: &Snapshot, l: &Listener) -> String {
    match snap.process_name(l.pid) {
        Some(name) => format!("PID {} ({name})", l.pid),
        None => format!("PID {}", l.pid),
    }
}

/// The machine's dynamic port range for `proto`: the snapshot's (netsh), else the era's default.
fn dynamic_range(snap: &Snapshot, era: Era, proto: Proto) -> crate::ports::PortRange {
    let mut range = crate::Host::new(era).dynamic_ports(proto);
    for d in &snap.dynamic {
        if d.proto == proto {
            range = d.range;
        }
    }
    range
}

#[cfg(test)]
mod tests;
