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

mod code;
mod fix;
mod input;
pub mod linux;
pub mod machine;
pub(crate) mod render;
mod replay;
pub mod sarif;
mod search;

use std::collections::BTreeMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

pub use crate::program::{Bind, Preset, ServerSocket};
#[cfg(feature = "scan")]
pub(crate) use code::winsock as winsock_fix_code;
pub use code::RuntimeCode;
pub use fix::{Fix, FixKind};
pub use input::{Config, ConfigError};
pub use replay::{Actor, AttackStep};

use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::{Behaviour, Era, Ipv6};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::ports::{Exclusion, PortRange};
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Account {
    /// The account name, e.g. `service` or `NETWORK SERVICE`.
    pub name: String,
    /// Whether it is an administrator (matters for SO_EXCLUSIVEADDRUSE before XP SP2).
    pub admin: bool,
}

/// A server's bind configuration: what the audit examines.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
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
    /// The runtime the server is written in, when known: fixes are then shown in its own API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<Preset>,
    /// The machine's dynamic port range for the protocol (`netsh int ipv4 show dynamicport`);
    /// `None`: the era's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dynamic: Option<PortRange>,
    /// The machine's excluded port ranges for the protocol (`netsh int ipv4 show
    /// excludedportrange`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<Exclusion>,
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
            preset: None,
            dynamic: None,
            excluded: Vec::new(),
        }
    }

    /// Checks what the search needs: at least one socket, real ports and unicast addresses, host
    /// addresses a host can have, an account name that is not one of the attackers' (Windows
    /// account names are case-insensitive).
    fn validate(&self) -> Result<(), AuditError> {
        if self.sockets.is_empty() {
            return Err(AuditError::NoSocket);
        }
        if let Some(s) = self.sockets.iter().find(|s| s.endpoint.port == 0) {
            return Err(AuditError::EphemeralPort(s.endpoint));
        }
        if let Some(s) = self.sockets.iter().find(|s| s.endpoint.addr.stack().1.is_some_and(not_unicast)) {
            return Err(AuditError::ServerAddress(s.endpoint));
        }
        if let Some(ip) = self.addresses.iter().find(|ip| ip.is_unspecified() || not_unicast(**ip)) {
            return Err(AuditError::HostAddress(*ip));
        }
        if RESERVED_USERS.iter().any(|r| r.eq_ignore_ascii_case(self.account.name.trim())) {
            return Err(AuditError::ReservedAccount(self.account.name.clone()));
        }
        Ok(())
    }

    /// The server's sockets split by port, each group a target of its own on the same machine
    /// (every specific address of the whole server stays a host address).
    fn port_groups(&self) -> Vec<Self> {
        let mut groups: BTreeMap<u16, Vec<ServerSocket>> = BTreeMap::new();
        for s in &self.sockets {
            groups.entry(s.endpoint.port).or_default().push(*s);
        }
        let mut addresses = self.addresses.clone();
        for s in &self.sockets {
            if let (_, Some(ip)) = s.endpoint.addr.stack() {
                if !ip.is_loopback() && !addresses.contains(&ip) {
                    addresses.push(ip);
                }
            }
        }
        groups.into_values().map(|sockets| Self { sockets, addresses: addresses.clone(), ..self.clone() }).collect()
    }

    /// One line: `[::]:3000 (dual-stack, no options), tcp, on win11 (observed behaviour)`.
    pub fn describe(&self) -> String {
        let sockets: Vec<String> = self.sockets.iter().map(ServerSocket::describe).collect();
        format!("{} {} on {} ({} behaviour)", self.proto, sockets.join(" and "), self.era, self.behaviour)
    }
}

/// The account name a server runs as unless told otherwise.
pub const DEFAULT_ACCOUNT: &str = "service";

/// Multicast and broadcast addresses: a group is received by binding the wildcard and joining
/// it, and a host has no such address of its own.
fn not_unicast(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_multicast() || v4.is_broadcast(),
        IpAddr::V6(v6) => v6.is_multicast(),
    }
}

/// The names the audit gives its attackers' accounts.
const RESERVED_USERS: [&str; 2] = ["attacker", "administrator"];

/// The host addresses besides loopback that an audit assumes unless told otherwise: the
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
    /// The attacker receives some or all of the server's connections or datagrams by sharing
    /// the server's own address, or (before enhanced security) by binding the wildcard over a
    /// server's specific address, where the receiver is then undetermined.
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

/// What an attack needs besides the attacker's own calls: the fourth column of the one
/// severity model ([`Severity::rated`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Needs {
    /// Nothing: the attack works while the victim runs.
    Nothing,
    /// The victim restarting (or stopping) first: the attacker acts while it is down.
    VictimRestart,
    /// A race at boot: the attacker's program must bind before the victim starts.
    BootRace,
    /// The socket being a server at all: it may be a client's source port, which no one
    /// attacks.
    ServerUnknown,
}

impl Needs {
    /// Every value, in the order the table lists them.
    pub const ALL: [Self; 4] = [Self::Nothing, Self::VictimRestart, Self::BootRace, Self::ServerUnknown];

    /// The most a finding that needs this can be: an attack that must wait for the victim to
    /// restart, or win a race at boot, is at most medium; one against a socket that may be no
    /// server is low.
    pub fn cap(self) -> Severity {
        match self {
            Self::Nothing => Severity::High,
            Self::VictimRestart | Self::BootRace => Severity::Medium,
            Self::ServerUnknown => Severity::Low,
        }
    }
}

impl fmt::Display for Needs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Nothing => "nothing",
            Self::VictimRestart => "victim-restart",
            Self::BootRace => "boot-race",
            Self::ServerUnknown => "server-unknown",
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
    /// The severity of `threat` done by `attacker`, resting on `evidence`: the one table every
    /// finding's severity comes from (printed by `winsock-bind audit --help`, [`Severity::table`]).
    ///
    /// Taking the traffic (steal, shadow) is high, keeping the server off its port (block,
    /// linger) is medium; the same account is one step less worrying than another (it could
    /// already stop or debug the server), an administrator is low (it can do anything to the
    /// machine anyway); and an attack that rests on an extrapolated answer, which no source
    /// confirms, is one step lower.
    ///
    /// ```
    /// use winsock_bind::audit::{Attacker, Severity, Threat};
    /// use winsock_bind::Evidence;
    /// assert_eq!(Severity::of(Threat::Shadow, Attacker::OtherAccount, Evidence::Documented), Severity::High);
    /// assert_eq!(Severity::of(Threat::Shadow, Attacker::OtherAccount, Evidence::Extrapolated), Severity::Medium);
    /// assert_eq!(Severity::of(Threat::Linger, Attacker::RemoteClient, Evidence::Observed), Severity::Medium);
    /// ```
    pub fn of(threat: Threat, attacker: Attacker, evidence: Evidence) -> Self {
        Self::rated(threat, attacker, evidence, Needs::Nothing)
    }

    /// The one severity model: [`Severity::of`] the threat, attacker and evidence, capped by
    /// what the attack needs ([`Needs::cap`]). The configuration audit, the machine audit's
    /// exposures and its live conflicts all take their severity from it.
    ///
    /// ```
    /// use winsock_bind::audit::{Attacker, Needs, Severity, Threat};
    /// use winsock_bind::Evidence;
    /// let shadow = |needs| Severity::rated(Threat::Shadow, Attacker::OtherAccount, Evidence::Documented, needs);
    /// assert_eq!(shadow(Needs::Nothing), Severity::High);
    /// assert_eq!(shadow(Needs::VictimRestart), Severity::Medium);
    /// assert_eq!(shadow(Needs::ServerUnknown), Severity::Low);
    /// ```
    pub fn rated(threat: Threat, attacker: Attacker, evidence: Evidence, needs: Needs) -> Self {
        Self::uncapped(threat, attacker, evidence).min(needs.cap())
    }

    fn uncapped(threat: Threat, attacker: Attacker, evidence: Evidence) -> Self {
        let base = threat.base_severity();
        let by_attacker = match attacker {
            Attacker::RemoteClient | Attacker::OtherAccount => base,
            Attacker::SameAccount => base.lower(),
            Attacker::Administrator => Self::Low,
        };
        match evidence {
            Evidence::Documented | Evidence::Observed => by_attacker,
            Evidence::Extrapolated => by_attacker.lower(),
        }
    }

    /// One step less (low stays low).
    fn lower(self) -> Self {
        match self {
            Self::High => Self::Medium,
            Self::Medium | Self::Low => Self::Low,
        }
    }

    /// The whole table as text, one line per threat and attacker: `steal  other-account  high
    /// (extrapolated: medium)`. This is what `--help` prints.
    pub fn table() -> String {
        let mut out = String::from("threat  attacker        documented/observed  extrapolated\n");
        for threat in Threat::ALL {
            for attacker in Attacker::ALL {
                let sure = Self::of(threat, attacker, Evidence::Documented);
                let guess = Self::of(threat, attacker, Evidence::Extrapolated);
                out += &format!(
                    "{:<7} {:<15} {:<20} {guess}\n",
                    threat.to_string(),
                    attacker.to_string(),
                    sure.to_string()
                );
            }
        }
        out += "capped by what the attack needs:\n";
        for needs in Needs::ALL {
            out += &format!("{:<15} at most {}\n", needs.to_string(), needs.cap());
        }
        out
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
    /// Where it does: what the same attack rests on under the other behaviour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// Declares an audit's finding: the fields every finding has, Windows or Linux, with one
/// meaning and in this order (so the two read alike in code and in JSON), then the audit's own.
macro_rules! finding {
    ($(#[$meta:meta])* pub struct $name:ident { $($own:tt)* }) => {
        $(#[$meta])*
        pub struct $name {
            /// A stable id made from the threat's name (with the port and address when the
            /// server has several sockets and the audit tells them apart).
            pub id: String,
            /// The threat.
            pub threat: $crate::audit::Threat,
            /// The server socket it is against (one finding per threat and socket).
            pub socket: $crate::endpoint::Endpoint,
            /// How bad it is: [`Severity::rated`](crate::audit::Severity::rated) the threat,
            /// the most worrying attacker that can do it and the evidence.
            pub severity: $crate::audit::Severity,
            /// What the attack rests on: the weakest of the answers it uses (each bind's rule,
            /// each delivery's rule). `extrapolated` means no source speaks for at least one step.
            pub evidence: $crate::evidence::Evidence,
            /// The most worrying attacker that can do it (the attack shown is theirs).
            pub attacker: $crate::audit::Attacker,
            $($own)*
        }
    };
}
pub(crate) use finding;

finding! {
/// One threat that an attacker can carry out, proven by a replayed attack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What that attack needs besides the attacker's calls (the victim restarting, a race at
    /// boot), which caps the severity ([`Severity::rated`]).
    pub needs: Needs,
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
    /// Where no socket option removes the finding: `no socket-option fix: ` and what to do
    /// instead (graceful shutdown, start order, another socket).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitigation: Option<String>,
    /// The attack as a runnable scenario whose expectations pass (`--emit-attack`).
    #[serde(skip)]
    pub scenario: Scenario,
    /// The search's moves, to replay the attack under the other behaviour.
    #[serde(skip)]
    path: Vec<search::Action>,
}
}

/// Why a server port is unsafe whoever binds it: where it lies among the machine's port ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RangeKind {
    /// Inside an excluded range: the server's bind fails with WSAEACCES now, with nothing
    /// listening.
    ExcludedRange,
    /// Inside the dynamic (ephemeral) range: any program's outgoing connection, or a bind to
    /// port 0, can be given the port before the server binds it.
    DynamicRange,
}

/// A server port inside the dynamic range or an excluded range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortFinding {
    /// A stable id: `dynamic-range-PORT` or `excluded-range-PORT`.
    pub id: String,
    /// Which range.
    pub kind: RangeKind,
    /// The server socket.
    pub socket: Endpoint,
    /// The range that holds the port.
    pub range: PortRange,
    /// How bad it is (see [`Severity::table`]).
    pub severity: Severity,
    /// What the answer rests on.
    pub evidence: Evidence,
    /// One paragraph for humans, with the fix.
    pub summary: String,
}

/// The port-range findings of a target: each server socket whose port an excluded range or
/// the dynamic range holds.
fn port_findings(t: &Target) -> Vec<PortFinding> {
    let dynamic = t.dynamic.unwrap_or_else(|| crate::host::Host::new(t.era).dynamic_ports(t.proto));
    let mut out: Vec<PortFinding> = Vec::new();
    for s in &t.sockets {
        let port = s.endpoint.port;
        let (kind, range, summary) = if let Some(x) = t.excluded.iter().find(|x| x.range.contains(port)) {
            let by = if x.administered {
                "an administrator (netsh ... add excludedportrange)"
            } else {
                "the system (Hyper-V, WinNAT, Docker ...)"
            };
            (
                RangeKind::ExcludedRange,
                x.range,
                format!(
                    "Port {port} lies in the excluded range {}, reserved by {by}: the server's bind of {} fails with WSAEACCES (10013) with nothing listening. Pick a port outside every excluded range, or (for a system range) `net stop winnat`, `netsh int ipv4 add excludedportrange protocol={} startport={port} numberofports=1`, `net start winnat` to reserve it for the server.",
                    x.range, s.endpoint, t.proto
                ),
            )
        } else if dynamic.contains(port) {
            (
                RangeKind::DynamicRange,
                dynamic,
                format!(
                    "Port {port} lies in the dynamic port range {dynamic} (KB 929851): any program's outgoing connection, or any bind to port 0, can be given this port before the server binds it, and the server's bind then fails. Move the server below the range, or reserve the port (`netsh int ipv4 add excludedportrange protocol={} startport={port} numberofports=1`) so the system never hands it out.",
                    t.proto
                ),
            )
        } else {
            continue;
        };
        let id = format!(
            "{}-{port}",
            match kind {
                RangeKind::ExcludedRange => "excluded-range",
                RangeKind::DynamicRange => "dynamic-range",
            }
        );
        if out.iter().any(|f| f.id == id) {
            continue;
        }
        let severity = match kind {
            // The server cannot bind at all: no attacker is needed.
            RangeKind::ExcludedRange => Severity::High,
            // Any program of any account blocks it, without a privilege.
            RangeKind::DynamicRange => Severity::of(Threat::Block, Attacker::OtherAccount, Evidence::Documented),
        };
        out.push(PortFinding {
            id,
            kind,
            socket: s.endpoint,
            range,
            severity,
            evidence: Evidence::Documented,
            summary,
        });
    }
    out
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
    /// The version of this JSON shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// What was audited.
    pub target: Target,
    /// Every address of the simulated host.
    pub host_addresses: Vec<IpAddr>,
    /// The attackers searched.
    pub attackers: Vec<Attacker>,
    /// The bound on attacker calls.
    pub max_calls: u8,
    /// How much the search explored, and whether it hit its bound on states.
    pub search: SearchStats,
    /// The findings, worst first (severity descending, then id).
    pub findings: Vec<Finding>,
    /// Server ports inside the dynamic range or an excluded range.
    pub port_findings: Vec<PortFinding>,
    /// For eras where documents and current Windows differ: what only the other behaviour finds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_behaviour: Option<Differs>,
}

impl Report {
    /// The worst severity among the findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).chain(self.port_findings.iter().map(|f| f.severity)).max()
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
    /// A server socket names a multicast or broadcast address.
    #[error("server socket {0}: a multicast or broadcast address is not a server address (bind the wildcard, or the interface's address, and join the group)")]
    ServerAddress(Endpoint),
    /// A host address that no interface can have.
    #[error("host address {0}: give the machine's unicast addresses (not 0.0.0.0, ::, multicast or broadcast); a server on all addresses binds 0.0.0.0 with --bind")]
    HostAddress(IpAddr),
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

/// How much the searches of one audit explored, and whether any stopped at its bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct SearchStats {
    /// States explored by the searches for findings (not counting fix verification).
    pub states: usize,
    /// The bound on states of one search ([`MAX_STATES`]).
    pub max_states: usize,
    /// Whether a search stopped at that bound: then an attack longer than those found may
    /// exist, and "no finding" is not a proof.
    pub truncated: bool,
}

/// The most states one search explores (each a copy of one port's small machine).
pub const MAX_STATES: usize = search::MAX_STATES;

/// The version of the JSON report's shape ([`Report::to_json`]); raised when a field changes
/// meaning or goes away.
pub const SCHEMA_VERSION: u32 = 2;

/// Audits a server configuration: searches every threat for every attacker, proves each finding
/// by replaying its shortest attack, and finds the smallest verified fix.
///
/// The server's sockets are audited port by port: a bind and a delivery only ever compare
/// sockets of one port, so what an attacker can do to port 80 does not depend on the server's
/// socket on port 443. The cost is then the sum over ports, linear in the number of sockets
/// for distinct ports, and each search is bounded by [`MAX_CALLS`] and [`MAX_STATES`].
///
/// # Errors
/// [`AuditError`] when the configuration has no socket, binds port 0, or cannot start on its
/// own (e.g. SO_EXCLUSIVEADDRUSE on Windows 98).
pub fn audit(target: &Target) -> Result<Report, AuditError> {
    target.validate()?;
    let mut findings = Vec::new();
    let mut only = Vec::new();
    let mut stats = SearchStats { max_states: MAX_STATES, ..SearchStats::default() };
    let mut host_addresses: Vec<IpAddr> = Vec::new();
    let other = match target.era.profile().behaviour {
        // Eras up to Vista answer as documented; "observed" describes current Windows only.
        Behaviour::Documented => None,
        Behaviour::Observed => Some(match target.behaviour {
            Behaviour::Documented => Behaviour::Observed,
            Behaviour::Observed => Behaviour::Documented,
        }),
    };
    // Shared by every port: ports of the same shape (options, addresses, neighbours) verify
    // their fixes once.
    let mut memo = fix::Memo::default();
    for group in target.port_groups() {
        let ctx = search::Ctx::new(&group, group.behaviour)?;
        host_addresses.extend(ctx.addresses());
        let mut part = findings_under(&ctx, &Threat::ALL, &mut memo, &mut stats)?;
        if let Some(other) = other {
            let other_ctx = search::Ctx::new(&group, other)?;
            for f in &mut part {
                f.other_behaviour = Some(replay::other_answer(&other_ctx, f));
            }
            let mut extra = findings_under(&other_ctx, &Threat::ALL, &mut memo, &mut stats)?;
            extra.retain(|x| !part.iter().any(|f| f.threat == x.threat && f.socket == x.socket));
            for f in &mut extra {
                f.other_behaviour = Some(replay::other_answer(&ctx, f));
            }
            only.extend(extra);
        }
        findings.extend(part);
    }
    host_addresses.sort_unstable();
    host_addresses.dedup();
    let several = target.sockets.len() > 1;
    for f in findings.iter_mut().chain(only.iter_mut()) {
        f.id = finding_id(target, f.threat, f.socket, several);
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    only.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    Ok(Report {
        schema_version: SCHEMA_VERSION,
        target: target.clone(),
        host_addresses,
        attackers: Attacker::ALL.to_vec(),
        max_calls: MAX_CALLS,
        search: stats,
        findings,
        port_findings: port_findings(target),
        other_behaviour: other.map(|behaviour| Differs { behaviour, findings: only }),
    })
}

/// A finding's id: the threat alone for a one-socket server, else the threat and the port
/// (`shadow-8080`), and the address where two sockets share the port (`shadow-8080-0.0.0.0`).
fn finding_id(target: &Target, threat: Threat, socket: Endpoint, several: bool) -> String {
    if !several {
        return threat.to_string();
    }
    let shared = target.sockets.iter().filter(|s| s.endpoint.port == socket.port).count() > 1;
    if !shared {
        return format!("{threat}-{}", socket.port);
    }
    // File-name safe (ids name the --emit-attack files): no colons or brackets.
    let addr = match socket.addr {
        LocalAddr::Wildcard(Family::V4) => "ipv4-any".to_owned(),
        LocalAddr::Wildcard(Family::V6) => "ipv6-any".to_owned(),
        LocalAddr::Specific(_) | LocalAddr::Scoped(..) => socket.addr.to_string().replace([':', '%'], "_"),
    };
    format!("{threat}-{}-{addr}", socket.port)
}

/// Every finding under one behaviour for one port's sockets: one per threat and server socket,
/// proven and with its fix.
fn findings_under(
    ctx: &search::Ctx<'_>,
    wanted: &[Threat],
    memo: &mut fix::Memo,
    stats: &mut SearchStats,
) -> Result<Vec<Finding>, AuditError> {
    // (threat, socket) -> every attacker's hit, most worrying attacker first.
    let mut hits: BTreeMap<(Threat, usize), Vec<(Attacker, search::Hit)>> = BTreeMap::new();
    let mut searched: Vec<(Attacker, Vec<search::Hit>)> = Vec::new();
    for attacker in Attacker::ALL {
        let stand_in = ctx.stand_in(attacker);
        let found = match searched.iter().find(|(a, _)| *a == stand_in) {
            Some((_, found)) => found.clone(),
            None => {
                let (s, fresh) = memo.search_port(ctx, attacker);
                if fresh {
                    stats.states += s.states;
                }
                stats.truncated |= s.truncated;
                s.hits.into_iter().filter(|h| wanted.contains(&h.threat)).collect()
            }
        };
        searched.push((attacker, found.clone()));
        for hit in found {
            hits.entry((hit.threat, hit.socket)).or_default().push((attacker, hit));
        }
    }
    let present: Vec<Threat> = hits.keys().map(|(t, _)| *t).collect();

    let mut findings = Vec::new();
    for ((threat, socket), by) in hits {
        let attackers: Vec<Attacker> = by.iter().map(|(a, _)| *a).collect();
        // The most worrying attacker whose attack replays; every search hit should.
        let Some((attacker, proof)) = by.iter().find_map(|(a, h)| replay::prove(ctx, *a, h).map(|p| (*a, p))) else {
            continue;
        };
        let alias = proof.alias;
        let (fix, fixes_tried) = fix::find(ctx.target, ctx.behaviour, threat, socket, attacker, &present, memo);
        let server = ctx.target.sockets[socket];
        let mitigation = mitigation(ctx.target, threat, &server, alias, fix.as_ref());
        let needs = needs_of(&proof.path);
        findings.push(Finding {
            id: threat.to_string(),
            threat,
            socket: server.endpoint,
            severity: Severity::rated(threat, attacker, proof.evidence, needs),
            evidence: proof.evidence,
            attacker,
            needs,
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
            mitigation,
            scenario: proof.scenario,
            path: proof.path,
        });
    }
    Ok(findings)
}

/// What an attack needs: the victim stopping first, or the attacker binding before the
/// victim's first start (a race at boot); else nothing.
fn needs_of(path: &[search::Action]) -> Needs {
    let first_start = path.iter().position(|a| matches!(a, search::Action::Start));
    if path.iter().any(|a| matches!(a, search::Action::Stop)) {
        Needs::VictimRestart
    } else if first_start.is_some_and(|i| path[..i].iter().any(|a| matches!(a, search::Action::Plan(_)))) {
        Needs::BootRace
    } else {
        Needs::Nothing
    }
}

/// What to do where no socket option removes a finding: block and linger are about the port,
/// not about who may share it, and a localhost squatter takes an address the server never
/// bound.
fn mitigation(t: &Target, threat: Threat, s: &ServerSocket, alias: bool, fix: Option<&Fix>) -> Option<String> {
    if fix.is_some_and(|f| f.verified) {
        return None;
    }
    let port = s.endpoint.port;
    Some(match threat {
        Threat::Shadow if alias => format!(
            "no socket-option fix: also listen on [::1]:{port} (a second socket), or have clients connect to 127.0.0.1:{port} rather than `localhost`"
        ),
        Threat::Steal | Threat::Shadow => return None,
        Threat::Block => format!(
            "no socket-option fix: whoever holds {} first keeps it. Start the server before other programs (as a service, make the programs that could take the port depend on it: `sc config NAME depend= SERVER`), or move it to a port no other program uses",
            s.endpoint
        ),
        Threat::Linger => {
            let abortive = if t.proto == Proto::Tcp {
                "; where losing in-flight data is acceptable, an abortive close of the accepted connections (SO_LINGER on with a timeout of 0, then closesocket) frees the port at once"
            } else {
                ""
            };
            format!(
                "no socket-option fix: SO_EXCLUSIVEADDRUSE keeps the port held while a connection accepted on it is active. Shut every accepted connection down gracefully before closing the listener (shutdown SD_SEND, recv until 0, closesocket){abortive}"
            )
        }
    })
}

#[cfg(test)]
mod tests;
