//! The live conflicts of a machine snapshot: what is already wrong among the listeners that
//! `netstat -ano` (and the other readers of [`crate::snapshot`]) show, one finding per socket
//! and kind, each naming the PIDs involved.
//!
//! Each kind's severity is a row of the one table [`Severity::of`] applies to every finding.
//!
//! Not yet covered: what each listener's unknown options would expose (steal, shadow, block).

use serde::Serialize;

use super::{Attacker, Severity, Threat};
use crate::endpoint::{Endpoint, Overlap, Proto};
use crate::era::Era;
use crate::evidence::Evidence;
use crate::snapshot::Snapshot;

/// What is already in conflict on the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LiveKind {
    /// Two processes hold the identical address and port: both set SO_REUSEADDR, and who
    /// receives is decided by age (current Windows) or undetermined (documented).
    SharedAddress,
    /// A specific-address listener beneath another process's wildcard takes that address's
    /// traffic now.
    Beneath,
    /// A listener inside the dynamic port range: an outgoing connection can take the port
    /// first when it restarts.
    DynamicRange,
    /// HTTP.sys listens on every address where `netsh http add iplisten` could narrow it.
    HttpSysEverywhere,
}

impl LiveKind {
    /// Every kind, in the order `--help` lists them.
    pub const ALL: [Self; 4] = [Self::SharedAddress, Self::Beneath, Self::DynamicRange, Self::HttpSysEverywhere];

    /// The kind's name in JSON, text and SARIF (`shared-address` ...).
    pub fn name(self) -> &'static str {
        match self {
            Self::SharedAddress => "shared-address",
            Self::Beneath => "beneath",
            Self::DynamicRange => "dynamic-range",
            Self::HttpSysEverywhere => "http-sys-everywhere",
        }
    }

    /// The row of the one severity table ([`Severity::of`]) a live conflict is read as: a
    /// snapshot shows no accounts, so the other process is taken to be another account, except
    /// for HTTP.sys, whose URL reservations an administrator makes.
    ///
    /// Both processes on one address set SO_REUSEADDR and either receives the traffic, as
    /// "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE" documents; a specific address beats the
    /// wildcard, as the same page documents; the dynamic range is KB 929851's.
    pub fn reading(self) -> (Threat, Attacker, Evidence) {
        match self {
            Self::SharedAddress => (Threat::Steal, Attacker::OtherAccount, Evidence::Documented),
            Self::Beneath => (Threat::Shadow, Attacker::OtherAccount, Evidence::Documented),
            Self::DynamicRange => (Threat::Block, Attacker::OtherAccount, Evidence::Documented),
            Self::HttpSysEverywhere => (Threat::Block, Attacker::Administrator, Evidence::Documented),
        }
    }

    /// How bad a live conflict of this kind is: [`Severity::of`] its [`LiveKind::reading`].
    ///
    /// ```
    /// use winsock_bind::audit::machine::LiveKind;
    /// use winsock_bind::audit::Severity;
    /// assert_eq!(LiveKind::Beneath.severity(), Severity::High);
    /// assert_eq!(LiveKind::DynamicRange.severity(), Severity::Medium);
    /// assert_eq!(LiveKind::HttpSysEverywhere.severity(), Severity::Low);
    /// ```
    pub fn severity(self) -> Severity {
        let (threat, attacker, evidence) = self.reading();
        Severity::of(threat, attacker, evidence)
    }

    /// The kinds as the lines `audit --help` prints: `beneath  shadow by other-account  high`.
    pub fn table() -> String {
        let mut out = String::new();
        for kind in Self::ALL {
            let (threat, attacker, _) = kind.reading();
            out += &format!("{:<20} {:<25} {}\n", kind.name(), format!("{threat} by {attacker}"), kind.severity());
        }
        out
    }
}

/// One live conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiveFinding {
    /// What kind.
    pub kind: LiveKind,
    /// TCP or UDP.
    pub proto: Proto,
    /// The socket the finding is about.
    pub socket: Endpoint,
    /// Its process.
    pub pid: u32,
    /// The other processes involved.
    pub others: Vec<u32>,
    /// How bad it is ([`LiveKind::severity`]).
    pub severity: Severity,
    /// One sentence for humans.
    pub summary: String,
}

/// Every live conflict among the snapshot's listeners on a machine of `era`, sorted by
/// protocol, port, address and kind.
///
/// ```
/// use winsock_bind::audit::machine::{live_conflicts, LiveKind};
/// use winsock_bind::snapshot::Snapshot;
/// let mut s = Snapshot::default();
/// s.add_text("netstat.txt", "  Proto  Local Address  Foreign Address  State  PID\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n").unwrap();
/// let found = live_conflicts(winsock_bind::Era::Win11, &s);
/// assert_eq!(found.iter().filter(|f| f.kind == LiveKind::SharedAddress).count(), 2);
/// ```
pub fn live_conflicts(era: Era, snap: &Snapshot) -> Vec<LiveFinding> {
    let mut out = Vec::new();
    let host = crate::host::Host::new(era);
    for l in &snap.listeners {
        let same_port = snap
            .listeners
            .iter()
            .filter(|o| o.proto == l.proto && o.endpoint.port == l.endpoint.port && o.pid != l.pid);
        let mut shared = Vec::new();
        let mut above = Vec::new();
        for o in same_port {
            match l.endpoint.overlap(&o.endpoint) {
                Overlap::Identical => shared.push(o.pid),
                Overlap::CoveredBy => above.push(o.pid),
                Overlap::Covers | Overlap::Disjoint => {}
            }
        }
        shared.sort_unstable();
        shared.dedup();
        above.sort_unstable();
        above.dedup();
        let ep = l.endpoint;
        if !shared.is_empty() {
            out.push(LiveFinding {
                kind: LiveKind::SharedAddress,
                severity: LiveKind::SharedAddress.severity(),
                proto: l.proto,
                socket: ep,
                pid: l.pid,
                summary: format!("PID {} shares {ep} with PID {}: both set SO_REUSEADDR, and which receives is decided by age on current Windows, undetermined as documented.", l.pid, join(&shared)),
                others: shared,
            });
        }
        if !above.is_empty() {
            out.push(LiveFinding {
                kind: LiveKind::Beneath,
                severity: LiveKind::Beneath.severity(),
                proto: l.proto,
                socket: ep,
                pid: l.pid,
                summary: format!("PID {} on {ep} is beneath the wildcard of PID {} and takes the traffic to {} now (a more specific binding beats a wildcard).", l.pid, join(&above), ep.addr.ip()),
                others: above,
            });
        }
        let dynamic =
            snap.dynamic.iter().find(|d| d.proto == l.proto).map_or_else(|| host.dynamic_ports(l.proto), |d| d.range);
        if dynamic.contains(ep.port) {
            out.push(LiveFinding {
                kind: LiveKind::DynamicRange,
                severity: LiveKind::DynamicRange.severity(),
                proto: l.proto,
                socket: ep,
                pid: l.pid,
                others: Vec::new(),
                summary: format!("PID {} listens on {ep}, inside the dynamic port range {dynamic}: when it restarts, an outgoing connection may have taken the port.", l.pid),
            });
        }
        if l.pid == 4
            && l.proto == Proto::Tcp
            && ep.addr.stack().1.is_none()
            && snap.http.iplisten.as_ref().is_none_or(Vec::is_empty)
            && snap.http_urls_on(ep.port).next().is_some()
        {
            out.push(LiveFinding {
                kind: LiveKind::HttpSysEverywhere,
                severity: LiveKind::HttpSysEverywhere.severity(),
                proto: l.proto,
                socket: ep,
                pid: 4,
                others: Vec::new(),
                summary: format!("HTTP.sys (PID 4) listens on {ep}, every address, for its registered URLs: `netsh http add iplisten ipaddress=ADDR` narrows it to the addresses it serves and frees the others."),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.proto, a.socket.port, a.socket.to_string(), a.kind, a.pid).cmp(&(
            b.proto,
            b.socket.port,
            b.socket.to_string(),
            b.kind,
            b.pid,
        ))
    });
    out
}

fn join(pids: &[u32]) -> String {
    pids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}
