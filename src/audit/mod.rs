//! Security audit of a server's bind configuration: who can steal, shadow or block its port, or
//! keep it unusable, the shortest sequence of calls that does it, and the smallest fix.
//!
//! The audit is a search over the [`Host`](crate::Host), not a checklist: for each kind of
//! attacker ([`Attacker`]) it explores, breadth first, every sequence of at most [`MAX_CALLS`]
//! attacker calls (socket, setsockopt, bind, listen, a client's connect) interleaved with the
//! server's own start, stop and restart, and asks the Host after each step whether a threat
//! ([`Threat`]) holds. Findings are *proven, not asserted*: the shortest attack of each is
//! replayed as a [`Scenario`] on a fresh Host by the scenario runner, and only attacks whose
//! every expectation holds are reported. Each fix is *verified* the same way: the search is run
//! again on the changed configuration and must find nothing.
//!
//! ```
//! use winsock_bind::audit::{self, Preset, Severity, Threat};
//! use winsock_bind::Era;
//!
//! // A Node.js server on port 3000 on Windows 11: `[::]` dual-stack, no options.
//! let target = Preset::Node.target(Era::Win11, 3000);
//! let report = audit::audit(&target)?;
//! let shadow = &report.findings[0];
//! // Another account is refused beneath the dual-stack [::] (E5); the same account can shadow it.
//! assert_eq!((shadow.threat, shadow.severity), (Threat::Shadow, Severity::Medium));
//! let fix = shadow.fix.as_ref().expect("a fix");
//! assert!(fix.verified && fix.change.contains("SO_EXCLUSIVEADDRUSE"));
//! # Ok::<(), winsock_bind::audit::AuditError>(())
//! ```
//!
//! What the search covers, and its bounds:
//! - one attacker socket of the server's protocol, either family, any option the era offers
//!   (SO_REUSEADDR, SO_EXCLUSIVEADDRUSE, IPV6_V6ONLY off), bound to the server's port on the
//!   wildcard, on each host address, or on an IPv4-mapped address; at most [`MAX_CALLS`] calls.
//!   A second attacker socket is not searched: the bind rules are pairwise and any refusal
//!   refuses, so another socket of the attacker's can only add refusals to the first one's binds;
//! - a client connection to the server, which the server accepts (needed for linger);
//! - the server's start, stop (it closes its listening sockets; connections it accepted stay
//!   open) and one restart, as [`Start`] allows.
//!
//! Not searched: an administrator excluding the server's port (`netsh int ipv4 add
//! excludedportrange`, rule P2), which blocks any server's bind with WSAEACCES whatever its
//! options. The Host models excluded ranges ([`Host::exclude_ports`](crate::Host::exclude_ports));
//! the search has a place for that move (see `search.rs`, "Hook: excluded ports").

mod fix;
mod input;
mod render;
mod replay;
mod search;

use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

pub use fix::{Fix, FixKind};
pub use input::{Bind, Config, ConfigError, Preset};
pub use replay::{Actor, AttackStep};

use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::{Behaviour, Era, Ipv6};
use crate::error::WsaError;
use crate::options::ReuseMode;
use crate::rules::Refusal;
use crate::scenario::Scenario;

/// The longest attack searched, in attacker calls (socket, setsockopt, bind, listen, connect).
pub const MAX_CALLS: u8 = 4;

/// When the server binds, relative to the other programs on the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Start {
    /// It binds before any other program runs and is not restarted while they run: others can
    /// act only while it holds its port.
    First,
    /// It binds first, but is restarted while other programs run: they can act while it is
    /// down, and its port must be free again when it comes back.
    Restarts,
    /// Other programs run before it binds (they may hold its port first), and it may restart.
    Late,
}

crate::endpoint::word_enum!(Start, "start", First => ["first"], Restarts => ["restarts", "restart"], Late => ["late", "after-others"]);

/// The account the server runs as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    /// The account name, e.g. `service` or `NETWORK SERVICE`.
    pub name: String,
    /// Whether it is an administrator (matters for SO_EXCLUSIVEADDRUSE before XP SP2).
    pub admin: bool,
}

/// One listening (TCP) or receiving (UDP) socket of the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ServerSocket {
    /// The address and port it binds.
    pub endpoint: Endpoint,
    /// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither, set before bind.
    pub mode: ReuseMode,
    /// IPV6_V6ONLY; `false` on an IPv6 wildcard makes it dual-stack (Vista on). Ignored for
    /// IPv4 sockets and specific addresses.
    pub v6only: bool,
}

impl ServerSocket {
    /// A socket with no options set (Windows' defaults: IPV6_V6ONLY on).
    pub fn plain(endpoint: Endpoint) -> Self {
        Self { endpoint, mode: ReuseMode::Default, v6only: true }
    }

    /// Whether it is a dual-stack `[::]` socket (IPV6_V6ONLY off on the IPv6 wildcard).
    pub fn dual_stack(&self) -> bool {
        self.endpoint.addr == LocalAddr::Wildcard(Family::V6) && !self.v6only
    }

    /// How the socket binds, in words: `[::]:3000 (dual-stack, SO_EXCLUSIVEADDRUSE)`.
    pub fn describe(&self) -> String {
        let mut words = Vec::new();
        if self.dual_stack() {
            words.push("dual-stack");
        }
        words.push(match self.mode {
            ReuseMode::Default => "no options",
            ReuseMode::ReuseAddr => "SO_REUSEADDR",
            ReuseMode::Exclusive => "SO_EXCLUSIVEADDRUSE",
        });
        format!("{} ({})", self.endpoint, words.join(", "))
    }
}

/// A server's bind configuration: what the audit examines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    /// The Windows era.
    pub era: Era,
    /// Documented or observed behaviour (the era's default unless documented is asked for).
    pub behaviour: Behaviour,
    /// TCP or UDP.
    pub proto: Proto,
    /// The server's sockets, bound in this order when it starts.
    pub sockets: Vec<ServerSocket>,
    /// The account it runs as.
    pub account: Account,
    /// When it binds relative to other programs.
    pub start: Start,
    /// The host's addresses besides 127.0.0.1 and ::1 (the server's specific addresses are
    /// added automatically).
    pub addresses: Vec<IpAddr>,
}

impl Target {
    /// A TCP server with one socket and no options, on a machine of `era` with the era's
    /// default behaviour, running as `service`, starting before other programs.
    pub fn new(era: Era, endpoint: Endpoint) -> Self {
        Self {
            era,
            behaviour: era.profile().behaviour,
            proto: Proto::Tcp,
            sockets: vec![ServerSocket::plain(endpoint)],
            account: Account { name: DEFAULT_ACCOUNT.to_owned(), admin: false },
            start: Start::First,
            addresses: default_addresses(era),
        }
    }

    /// Checks what the search needs: at least one socket, real ports, an account name that is
    /// not one of the attackers'.
    fn validate(&self) -> Result<(), AuditError> {
        if self.sockets.is_empty() {
            return Err(AuditError::NoSocket);
        }
        if let Some(s) = self.sockets.iter().find(|s| s.endpoint.port == 0) {
            return Err(AuditError::EphemeralPort(s.endpoint));
        }
        if RESERVED_USERS.contains(&self.account.name.as_str()) {
            return Err(AuditError::ReservedAccount(self.account.name.clone()));
        }
        Ok(())
    }

    /// One line: `[::]:3000 (dual-stack, no options), tcp, on win11 (observed behaviour)`.
    pub fn describe(&self) -> String {
        let sockets: Vec<String> = self.sockets.iter().map(ServerSocket::describe).collect();
        format!("{} {} on {} ({} behaviour)", self.proto, sockets.join(" and "), self.era, self.behaviour)
    }
}

/// The account name a server runs as unless told otherwise.
pub const DEFAULT_ACCOUNT: &str = "service";

/// The names the audit gives its attackers' accounts.
const RESERVED_USERS: [&str; 2] = ["attacker", "administrator"];

/// The host addresses besides loopback that an audit assumes unless told otherwise: the example of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"'s
/// interface 10.0.0.1 and, where the era has IPv6, 2001:db8::1 (a documentation address).
pub fn default_addresses(era: Era) -> Vec<IpAddr> {
    let mut v = vec![IpAddr::from([10, 0, 0, 1])];
    if era.profile().ipv6 != Ipv6::None {
        v.push(IpAddr::from([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]));
    }
    v
}

/// Who attacks. Each threat is searched for each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attacker {
    /// A client of the server: it can only connect. No account on the machine is needed.
    RemoteClient,
    /// A program running as another, unprivileged account.
    OtherAccount,
    /// Another program running as the server's own account (services often share one, such as
    /// NETWORK SERVICE).
    SameAccount,
    /// A program running as an administrator (another account).
    Administrator,
}

impl Attacker {
    /// Every attacker, from the most to the least worrying: a finding names the first that can
    /// do it.
    pub const ALL: [Self; 4] = [Self::RemoteClient, Self::OtherAccount, Self::SameAccount, Self::Administrator];

    /// The attacker in a few words: `another account`.
    pub fn label(self) -> &'static str {
        match self {
            Self::RemoteClient => "a remote client",
            Self::OtherAccount => "another account",
            Self::SameAccount => "the same account",
            Self::Administrator => "an administrator",
        }
    }
}

impl fmt::Display for Attacker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::RemoteClient => "remote-client",
            Self::OtherAccount => "other-account",
            Self::SameAccount => "same-account",
            Self::Administrator => "administrator",
        })
    }
}

/// What an attacker achieves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Threat {
    /// The attacker receives some or all of the server's connections or datagrams on the
    /// server's own address (a shared port).
    Steal,
    /// The attacker takes one interface's traffic by binding a more specific address beneath
    /// the server's wildcard, or IPv4 beneath a dual-stack socket.
    Shadow,
    /// The attacker makes the server's own bind fail, before it starts or when it restarts.
    Block,
    /// The port stays unusable after the server stops: its restart bind fails because a
    /// connection of the old socket is still active.
    Linger,
}

impl Threat {
    /// Every threat.
    pub const ALL: [Self; 4] = [Self::Steal, Self::Shadow, Self::Block, Self::Linger];

    /// The severity when another account (or any client) can do it.
    fn base_severity(self) -> Severity {
        match self {
            Self::Steal | Self::Shadow => Severity::High,
            Self::Block | Self::Linger => Severity::Medium,
        }
    }
}

impl fmt::Display for Threat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Steal => "steal",
            Self::Shadow => "shadow",
            Self::Block => "block",
            Self::Linger => "linger",
        })
    }
}

/// How bad a finding is. Ordered: `Low < Medium < High`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Needs the server's own account or an administrator for a denial of service.
    Low,
    /// A denial of service by another account or any client, or traffic taken by the same
    /// account.
    Medium,
    /// Another account receives the server's traffic.
    High,
}

crate::endpoint::word_enum!(Severity, "severity", Low => ["low"], Medium => ["medium"], High => ["high"]);

impl Severity {
    /// The severity of `threat` done by `attacker`: the same account is one step less worrying
    /// than another (it could already stop or debug the server), an administrator is low (it
    /// can do anything to the machine anyway).
    pub fn of(threat: Threat, attacker: Attacker) -> Self {
        let base = threat.base_severity();
        match attacker {
            Attacker::RemoteClient | Attacker::OtherAccount => base,
            Attacker::SameAccount => match base {
                Self::High => Self::Medium,
                Self::Medium | Self::Low => Self::Low,
            },
            Attacker::Administrator => Self::Low,
        }
    }
}

/// Whether a finding also holds under the other behaviour (documented vs observed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherAnswer {
    /// The other behaviour.
    pub behaviour: Behaviour,
    /// Whether the same attack works there too.
    pub holds: bool,
    /// Where it does not: what happens instead, at the first step that differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

/// One threat that an attacker can carry out, proven by a replayed attack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// A stable id: the threat's name (one finding per threat).
    pub id: String,
    /// The threat.
    pub threat: Threat,
    /// How bad it is, from the threat and the most worrying attacker that can do it.
    pub severity: Severity,
    /// The most worrying attacker that can do it (the attack shown is theirs).
    pub attacker: Attacker,
    /// Every attacker that can do it.
    pub attackers: Vec<Attacker>,
    /// The behaviour the finding rests on.
    pub behaviour: Behaviour,
    /// For eras where documents and current Windows differ: the answer under the other one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_behaviour: Option<OtherAnswer>,
    /// One paragraph for humans.
    pub summary: String,
    /// The server addresses whose traffic the attacker receives (steal, shadow).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub destinations: Vec<SocketAddr>,
    /// The error of the server's failed bind (block, linger).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<WsaError>,
    /// The attacker's calls in the attack.
    pub calls: u8,
    /// The attack, step by step, as replayed.
    pub attack: Vec<AttackStep>,
    /// The smallest change that removes the finding, verified by a new search (`verified`);
    /// failing that, the first change that removes it for [`Finding::attacker`] (a partial fix,
    /// `verified: false`); `None`: no single change helps.
    pub fix: Option<Fix>,
    /// The changes tried, in order, each of which left an attack (every change tried when there
    /// is no verified fix).
    pub fixes_tried: Vec<String>,
    /// The attack as a runnable scenario whose expectations pass (`--emit-attack`).
    #[serde(skip)]
    pub scenario: Scenario,
}

/// Findings that hold only under the other behaviour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Differs {
    /// The other behaviour.
    pub behaviour: Behaviour,
    /// What it finds that the main answer does not (not counted by `--fail-on`).
    pub findings: Vec<Finding>,
}

/// The result of an audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// What was audited.
    pub target: Target,
    /// Every address of the simulated host.
    pub host_addresses: Vec<IpAddr>,
    /// The attackers searched.
    pub attackers: Vec<Attacker>,
    /// The bound on attacker calls.
    pub max_calls: u8,
    /// The findings, worst first (severity descending, then id).
    pub findings: Vec<Finding>,
    /// For eras where documents and current Windows differ: what only the other behaviour finds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_behaviour: Option<Differs>,
}

impl Report {
    /// The worst severity among the findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Whether a finding at or above `threshold` exists (`--fail-on`).
    pub fn fails(&self, threshold: Severity) -> bool {
        self.worst().is_some_and(|w| w >= threshold)
    }

    /// The report as pretty JSON (stable field names).
    ///
    /// # Errors
    /// Only if serde_json fails, which a report (strings, numbers, lists) does not make it do.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// The attacks as scenario files: (file name, JSON), one per finding, then those of the
    /// other behaviour (`<id>.<behaviour>.json`). Each passes under `winsock-bind run`.
    ///
    /// # Errors
    /// Only if serde_json fails to write a scenario.
    pub fn attack_files(&self) -> Result<Vec<(String, String)>, serde_json::Error> {
        let file = |f: &Finding, suffix: String| {
            serde_json::to_string_pretty(&f.scenario).map(|json| (format!("{}{suffix}.json", f.id), json + "\n"))
        };
        let mut files = Vec::new();
        for f in &self.findings {
            files.push(file(f, String::new())?);
        }
        if let Some(d) = &self.other_behaviour {
            for f in &d.findings {
                files.push(file(f, format!(".{}", d.behaviour))?);
            }
        }
        Ok(files)
    }
}

/// A configuration the audit cannot examine.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// No server socket was given.
    #[error("the server configuration has no socket (give --bind)")]
    NoSocket,
    /// A server socket binds port 0.
    #[error("server socket {0} binds port 0, an ephemeral port; give the server's port")]
    EphemeralPort(Endpoint),
    /// The account name is one the audit uses for its attackers.
    #[error("account name `{0}` is used by the audit for an attacker; choose another")]
    ReservedAccount(String),
    /// The server cannot start on its own, with no attacker at all.
    #[error("the server cannot start on {era} even with no other program running: {call} fails with {refusal}")]
    CannotStart {
        /// The era.
        era: Era,
        /// The call that failed, e.g. `setsockopt IPV6_V6ONLY off on [::]:3000`.
        call: String,
        /// The refusal, with its rule.
        refusal: Refusal,
    },
}

/// Audits a server configuration: searches every threat for every attacker, proves each finding
/// by replaying its shortest attack, and finds the smallest verified fix.
///
/// # Errors
/// [`AuditError`] when the configuration has no socket, binds port 0, or cannot start on its
/// own (e.g. SO_EXCLUSIVEADDRUSE on Windows 98).
pub fn audit(target: &Target) -> Result<Report, AuditError> {
    target.validate()?;
    let ctx = search::Ctx::new(target, target.behaviour)?;
    let mut memo = fix::Memo::default();
    let mut findings = findings_under(&ctx, &Threat::ALL, &mut memo)?;
    let other_behaviour = match target.era.profile().behaviour {
        // Eras up to Vista answer as documented; "observed" describes current Windows only.
        Behaviour::Documented => None,
        Behaviour::Observed => {
            let other = match target.behaviour {
                Behaviour::Documented => Behaviour::Observed,
                Behaviour::Observed => Behaviour::Documented,
            };
            for f in &mut findings {
                f.other_behaviour = Some(replay::other_answer(&f.scenario, other));
            }
            let other_ctx = search::Ctx::new(target, other)?;
            let missing: Vec<Threat> =
                Threat::ALL.into_iter().filter(|t| !findings.iter().any(|f| f.threat == *t)).collect();
            let mut only = findings_under(&other_ctx, &missing, &mut memo)?;
            for f in &mut only {
                f.other_behaviour = Some(replay::other_answer(&f.scenario, target.behaviour));
            }
            Some(Differs { behaviour: other, findings: only })
        }
    };
    Ok(Report {
        target: target.clone(),
        host_addresses: ctx.addresses(),
        attackers: Attacker::ALL.to_vec(),
        max_calls: MAX_CALLS,
        findings,
        other_behaviour,
    })
}

/// Every finding under one behaviour, proven and with its fix, worst first.
fn findings_under(ctx: &search::Ctx<'_>, wanted: &[Threat], memo: &mut fix::Memo) -> Result<Vec<Finding>, AuditError> {
    let mut hits: Vec<(Threat, Vec<(Attacker, search::Hit)>)> = wanted.iter().map(|t| (*t, Vec::new())).collect();
    let mut searched: Vec<(Attacker, Vec<search::Hit>)> = Vec::new();
    for attacker in Attacker::ALL {
        let stand_in = ctx.stand_in(attacker);
        let found = match searched.iter().find(|(a, _)| *a == stand_in) {
            Some((_, found)) => found.clone(),
            None => search::search(ctx, attacker, wanted, false),
        };
        searched.push((attacker, found.clone()));
        for hit in found {
            if let Some((_, v)) = hits.iter_mut().find(|(t, _)| *t == hit.threat) {
                v.push((attacker, hit));
            }
        }
    }
    let present: Vec<Threat> = hits.iter().filter(|(_, by)| !by.is_empty()).map(|(t, _)| *t).collect();

    let mut findings = Vec::new();
    for (threat, by) in hits {
        let attackers: Vec<Attacker> = by.iter().map(|(a, _)| *a).collect();
        // The most worrying attacker whose attack replays; every search hit should.
        let Some((attacker, proof)) = by.iter().find_map(|(a, h)| replay::prove(ctx, *a, h).map(|p| (*a, p))) else {
            continue;
        };
        let (fix, fixes_tried) = fix::find(ctx.target, ctx.behaviour, threat, attacker, &present, memo);
        findings.push(Finding {
            id: threat.to_string(),
            threat,
            severity: Severity::of(threat, attacker),
            attacker,
            attackers,
            behaviour: ctx.behaviour,
            other_behaviour: None,
            summary: proof.summary,
            destinations: proof.destinations,
            error: proof.error,
            calls: proof.calls,
            attack: proof.attack,
            fix,
            fixes_tried,
            scenario: proof.scenario,
        });
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    Ok(findings)
}

#[cfg(test)]
mod tests;
