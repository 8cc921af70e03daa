//! The live conflicts of a machine snapshot: what is already wrong among the listeners that
//! `netstat -ano` (and the other readers of [`crate::snapshot`]) show, one finding per socket
//! and kind, each naming the PIDs involved.
//!
//! Each kind's severity is a row of the one table [`Severity::of`] applies to every finding.
//!
//! A snapshot cannot show which option each listener set, so [`exposures`] asks, for every
//! listener and every setting the snapshot leaves possible (SO_REUSEADDR, SO_EXCLUSIVEADDRUSE,
//! neither), what the attack search of [`super::audit`] finds against it: one [`Exposure`] per
//! socket and threat (steal, shadow, block), naming the PID, the assumption it rests on and the
//! fix. [`machine_audit`] gives both parts as one [`MachineReport`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Account, Attacker, Needs, ServerSocket, Severity, Start, Target, Threat};
use crate::endpoint::{Endpoint, LocalAddr, Overlap, Proto};
use crate::era::Era;
use crate::evidence::Evidence;
use crate::options::ReuseMode;
use crate::snapshot::{Assume, Snapshot, KERNEL_PID};

/// What is already in conflict on the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LiveKind {
    /// Two processes hold the identical address and port: both set SO_REUSEADDR, and who
    /// receives is what the delivery rule among sharers says for the protocol and era
    /// ([`crate::rules::delivery::Sharing`]).
    SharedAddress,
    /// A specific-address listener beneath another process's wildcard takes that address's
    /// traffic now.
    Beneath,
    /// A listener inside the dynamic port range: an outgoing connection can take the port
    /// first when it restarts.
    DynamicRange,
    /// HTTP.sys listens on every address where `netsh http add iplisten` could narrow it.
    HttpSysEverywhere,
    /// One process holds the port's wildcard (or loopback) on one stack and another process
    /// on the other: IPv6 clients, and those that resolve `localhost` to `::1`, reach one
    /// program, IPv4 clients the other.
    StackSplit,
    /// A UDP socket (or a bound, not listening, TCP socket) inside the dynamic port range:
    /// a client's source port (a resolver's query, a connected UDP socket) or a server, which
    /// netstat does not tell apart.
    ClientPort,
}

impl LiveKind {
    /// Every kind, in the order `--help` lists them.
    pub const ALL: [Self; 6] = [
        Self::SharedAddress,
        Self::Beneath,
        Self::StackSplit,
        Self::DynamicRange,
        Self::ClientPort,
        Self::HttpSysEverywhere,
    ];

    /// The kind's name in JSON, text and SARIF (`shared-address` ...).
    pub fn name(self) -> &'static str {
        match self {
            Self::SharedAddress => "shared-address",
            Self::Beneath => "beneath",
            Self::DynamicRange => "dynamic-range",
            Self::HttpSysEverywhere => "http-sys-everywhere",
            Self::StackSplit => "stack-split",
            Self::ClientPort => "client-port",
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
            // Each stack's clients reach the socket of that stack (rule R1).
            Self::StackSplit => (Threat::Shadow, Attacker::OtherAccount, Evidence::Documented),
            Self::ClientPort => (Threat::Block, Attacker::OtherAccount, Evidence::Documented),
        }
    }

    /// What a live conflict of this kind needs to do harm: nothing for a conflict that is
    /// there now; the listener restarting for a port in the dynamic range; the socket being a
    /// server at all for one that may be a client's source port.
    pub fn needs(self) -> Needs {
        match self {
            Self::SharedAddress | Self::Beneath | Self::StackSplit | Self::HttpSysEverywhere => Needs::Nothing,
            Self::DynamicRange => Needs::VictimRestart,
            Self::ClientPort => Needs::ServerUnknown,
        }
    }

    /// How bad a live conflict of this kind is: [`Severity::rated`] its [`LiveKind::reading`]
    /// and [`LiveKind::needs`].
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
        Severity::rated(threat, attacker, evidence, self.needs())
    }

    /// The kinds as the lines `audit --help` prints: `beneath  shadow by other-account  high`.
    pub fn table() -> String {
        let mut out = String::new();
        for kind in Self::ALL {
            let (threat, attacker, _) = kind.reading();
            let reading = format!("{threat} by {attacker}, needs {}", kind.needs());
            out += &format!("{:<20} {:<45} {}\n", kind.name(), reading, kind.severity());
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
    /// The process's name, when the snapshot has it ([`process_label`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// The other processes involved.
    pub others: Vec<u32>,
    /// How bad it is ([`LiveKind::severity`]).
    pub severity: Severity,
    /// One sentence for humans.
    pub summary: String,
    /// The file and line that show the socket (SARIF's physical location).
    #[serde(skip)]
    pub origin: crate::snapshot::Origin,
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
    let sharing = crate::rules::delivery::Sharing::of(era, era.profile().behaviour);
    let ports = by_port(snap);
    for l in &snap.listeners {
        let same_port = ports
            .get(&(l.proto, l.endpoint.port))
            .into_iter()
            .flatten()
            .map(|&j| &snap.listeners[j])
            .filter(|o| o.pid != l.pid);
        let mut shared = Vec::new();
        let mut above = Vec::new();
        let mut split = Vec::new();
        let other_stack = other_stack(l.endpoint.addr);
        let mine_too = ports
            .get(&(l.proto, l.endpoint.port))
            .into_iter()
            .flatten()
            .any(|&j| snap.listeners[j].pid == l.pid && Some(snap.listeners[j].endpoint.addr) == other_stack);
        for o in same_port {
            match l.endpoint.overlap(&o.endpoint) {
                Overlap::Identical => shared.push(o.pid),
                Overlap::CoveredBy => above.push(o.pid),
                Overlap::Covers | Overlap::Disjoint => {}
            }
            if !mine_too && Some(o.endpoint.addr) == other_stack {
                split.push(o.pid);
            }
        }
        for v in [&mut shared, &mut above, &mut split] {
            v.sort_unstable();
            v.dedup();
        }
        let ep = l.endpoint;
        let finding = |kind: LiveKind, others: Vec<u32>, summary: String| LiveFinding {
            kind,
            severity: kind.severity(),
            proto: l.proto,
            socket: ep,
            pid: l.pid,
            process: process_label(snap, l.pid),
            others,
            summary,
            origin: l.origin.clone(),
        };
        if !shared.is_empty() {
            let summary = format!(
                "PID {} shares {ep} with PID {}: both set SO_REUSEADDR, and {}.",
                l.pid,
                join(&shared),
                sharing.clause_for(l.proto)
            );
            out.push(finding(LiveKind::SharedAddress, shared, summary));
        }
        if !above.is_empty() {
            let summary = format!("PID {} on {ep} is beneath the wildcard of PID {} and takes the traffic to {} now (a more specific binding beats a wildcard).", l.pid, join(&above), ep.addr.ip());
            out.push(finding(LiveKind::Beneath, above, summary));
        }
        if !split.is_empty() {
            let (v6, v4) = match l.endpoint.addr.family() {
                crate::endpoint::Family::V6 => (format!("PID {}", l.pid), format!("PID {}", join(&split))),
                crate::endpoint::Family::V4 => (format!("PID {}", join(&split)), format!("PID {}", l.pid)),
            };
            let summary = format!(
                "PID {} holds {ep} and PID {} the same port on the other stack: IPv6 clients, and clients that resolve `localhost` to ::1 (Windows tries it first), reach {v6}; IPv4 clients reach {v4}.",
                l.pid,
                join(&split)
            );
            out.push(finding(LiveKind::StackSplit, split, summary));
        }
        let dynamic =
            snap.dynamic.iter().find(|d| d.proto == l.proto).map_or_else(|| host.dynamic_ports(l.proto), |d| d.range);
        if dynamic.contains(ep.port) {
            out.push(match client_use(snap, l) {
                Some(ClientUse::Known(why)) => finding(
                    LiveKind::ClientPort,
                    Vec::new(),
                    format!("PID {} holds {} {ep} inside the dynamic port range {dynamic}: {why}, so this is a client's source port, not a server.", l.pid, l.proto),
                ),
                Some(ClientUse::Unknown) => finding(
                    LiveKind::ClientPort,
                    Vec::new(),
                    format!("PID {} holds {} {ep} inside the dynamic port range {dynamic}: a client's source port (a resolver's query, a connected UDP socket) or a server; the snapshot does not tell them apart. If it is a server, an outgoing connection may take the port while it restarts.", l.pid, l.proto),
                ),
                None => finding(
                    LiveKind::DynamicRange,
                    Vec::new(),
                    format!("PID {} listens on {ep}, inside the dynamic port range {dynamic}: when it restarts, an outgoing connection may have taken the port.", l.pid),
                ),
            });
        }
        if l.pid == 4
            && l.proto == Proto::Tcp
            && ep.addr.stack().1.is_none()
            && snap.http.iplisten.as_ref().is_none_or(Vec::is_empty)
            && snap.http_urls_on(ep.port).next().is_some()
        {
            out.push(finding(LiveKind::HttpSysEverywhere, Vec::new(), format!("HTTP.sys (PID 4) listens on {ep}, every address, for its registered URLs: `netsh http add iplisten ipaddress=ADDR` narrows it to the addresses it serves and frees the others.")));
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

/// The indices of the snapshot's listeners, by protocol and port.
fn by_port(snap: &Snapshot) -> BTreeMap<(Proto, u16), Vec<usize>> {
    let mut ports: BTreeMap<(Proto, u16), Vec<usize>> = BTreeMap::new();
    for (i, l) in snap.listeners.iter().enumerate() {
        ports.entry((l.proto, l.endpoint.port)).or_default().push(i);
    }
    ports
}

/// The same address on the other stack, where clients choose a stack by name: the wildcards,
/// and `127.0.0.1` with `::1` (what `localhost` resolves to).
fn other_stack(addr: LocalAddr) -> Option<LocalAddr> {
    use crate::endpoint::Family;
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    match addr {
        LocalAddr::Wildcard(Family::V4) => Some(LocalAddr::Wildcard(Family::V6)),
        LocalAddr::Wildcard(Family::V6) => Some(LocalAddr::Wildcard(Family::V4)),
        LocalAddr::Specific(IpAddr::V4(ip)) if ip == Ipv4Addr::LOCALHOST => {
            Some(LocalAddr::Specific(IpAddr::V6(Ipv6Addr::LOCALHOST)))
        }
        LocalAddr::Specific(IpAddr::V6(ip)) if ip == Ipv6Addr::LOCALHOST => {
            Some(LocalAddr::Specific(IpAddr::V4(Ipv4Addr::LOCALHOST)))
        }
        // A link-local address with its zone has no IPv4 counterpart a name resolves to.
        LocalAddr::Specific(_) | LocalAddr::Scoped(..) => None,
    }
}

/// What a socket in the dynamic range may be, when it may be a client's.
enum ClientUse {
    /// A client's source port, and why: the process is known to use such ports so.
    Known(&'static str),
    /// A client's source port or a server: nothing in the snapshot tells.
    Unknown,
}

/// Processes whose UDP sockets in the dynamic range are the source ports of their queries:
/// the DNS Client resolver (Dnscache) and the DNS Server's socket pool (MS08-037), by service
/// name; browsers (QUIC, WebRTC), by image name.
const CLIENT_SERVICES: [(&str, &str); 2] = [
    ("Dnscache", "the DNS Client service (Dnscache) sends its queries from such ports"),
    ("DNS", "the DNS Server's socket pool (MS08-037) sends its recursive queries from such ports"),
];
const CLIENT_IMAGES: [&str; 4] = ["chrome.exe", "msedge.exe", "firefox.exe", "teams.exe"];

/// Whether a socket may be a client's rather than a server: UDP sockets and bound TCP sockets
/// may be (a listening TCP socket is a server).
fn client_use(snap: &Snapshot, l: &crate::snapshot::Listener) -> Option<ClientUse> {
    use crate::snapshot::ListenState;
    match l.state {
        ListenState::Listen => return None,
        ListenState::Bound | ListenState::Udp => {}
    }
    let process = snap.processes.get(&l.pid);
    let services = process.map(|p| p.services.as_slice()).unwrap_or_default();
    if let Some((_, why)) =
        CLIENT_SERVICES.iter().find(|(name, _)| services.iter().any(|s| s.eq_ignore_ascii_case(name)))
    {
        return Some(ClientUse::Known(why));
    }
    if process.is_some_and(|p| CLIENT_IMAGES.iter().any(|i| p.image.eq_ignore_ascii_case(i))) {
        return Some(ClientUse::Known("a browser sends QUIC and WebRTC traffic from such ports"));
    }
    Some(ClientUse::Unknown)
}

/// Whether the socket is known to be a client's source port: no server's exposures apply.
fn known_client(snap: &Snapshot, l: &crate::snapshot::Listener, dynamic: bool) -> bool {
    dynamic && matches!(client_use(snap, l), Some(ClientUse::Known(_)))
}

fn join(pids: &[u32]) -> String {
    pids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// Who a PID is, for people: `PID 1234 (nginx.exe)`, with the services `tasklist /svc` lists.
fn who(snap: &Snapshot, pid: u32) -> String {
    match process_label(snap, pid) {
        Some(name) => format!("PID {pid} ({name})"),
        None => format!("PID {pid}"),
    }
}

/// The process as `tasklist /svc` names it, with the services it hosts
/// (`svchost.exe: RpcEptMapper, RpcSs`; `System` for the kernel, as [`Snapshot::process_name`]
/// says). Unlike a PID, it stays the same across reboots, so SARIF fingerprints use it.
pub fn process_label(snap: &Snapshot, pid: u32) -> Option<String> {
    let image = snap.process_name(pid)?;
    let services = snap.processes.get(&pid).map(|p| p.services.as_slice()).unwrap_or_default();
    Some(if services.is_empty() { image.to_owned() } else { format!("{image}: {}", services.join(", ")) })
}

/// The threats an unknown option can expose: another program taking a listener's traffic
/// (steal, shadow) or keeping it off its port when it restarts (block). Linger, the port held
/// by the listener's own accepted connections, is not a question of who else binds.
pub const EXPOSED_THREATS: [Threat; 3] = [Threat::Steal, Threat::Shadow, Threat::Block];

/// The most option settings tried together for one port's listeners when asking which
/// settings the snapshot leaves possible: 3 settings for each of 7 listeners. A busier port is
/// not checked, and every setting of its listeners counts as possible
/// ([`MachineStats::unchecked_ports`]).
pub const MAX_ASSIGNMENTS: usize = 2187;

/// The most attack searches one machine audit runs: 2 protocols x 7 address classes (two
/// wildcards, two interface families, `127.0.0.1`, other loopback of each family) x inside or
/// outside the dynamic range x 3 settings.
pub const MAX_SEARCHES: usize = 2 * 7 * 2 * 3;

/// What one listener's unknown option would expose to one threat. The kernel's listeners
/// (PID 4) have none: their options are known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exposure {
    /// The threat (steal, shadow or block).
    pub threat: Threat,
    /// TCP or UDP.
    pub proto: Proto,
    /// The listener's address and port.
    pub socket: Endpoint,
    /// Its process.
    pub pid: u32,
    /// The process's name, when the snapshot has it ([`process_label`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// Other processes on the identical address and port.
    pub others: Vec<u32>,
    /// The settings the snapshot leaves possible under which the threat holds.
    pub exposed_if: Vec<ReuseMode>,
    /// The settings the snapshot leaves possible under which it does not.
    pub safe_if: Vec<ReuseMode>,
    /// The settings the snapshot rules out: the listeners on the port could not all be bound
    /// with them (two processes on one address both need SO_REUSEADDR), or the kernel's.
    pub ruled_out: Vec<ReuseMode>,
    /// The most worrying attacker under the worst possible setting.
    pub attacker: Attacker,
    /// What that attack rests on.
    pub evidence: Evidence,
    /// What that attack needs (the listener restarting, for most).
    pub needs: Needs,
    /// [`Severity::rated`] the threat, that attacker, that evidence and what it needs.
    pub severity: Severity,
    /// What the finding assumes about the unknown option, in words.
    pub assumption: String,
    /// The setting that removes the threat (the attack search finds none with it), if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix_mode: Option<ReuseMode>,
    /// The fix, or the mitigation where no socket option helps.
    pub fix: String,
    /// One sentence for humans.
    pub summary: String,
    /// The file and line that show the listener (SARIF's physical location).
    #[serde(skip)]
    pub origin: crate::snapshot::Origin,
}

/// How much the exposure part of a machine audit searched.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct MachineStats {
    /// Attack searches run (one per distinct listener shape and setting; listeners of one
    /// shape share them).
    pub searches: usize,
    /// States those searches explored.
    pub states: usize,
    /// Whether a search stopped at its bound on states ([`super::MAX_STATES`]).
    pub truncated: bool,
    /// Ports whose possible settings were not checked: more listeners than
    /// [`MAX_ASSIGNMENTS`] allows, or no setting explained them; every setting counts as
    /// possible there.
    pub unchecked_ports: Vec<(Proto, u16)>,
}

/// A machine audit: the live conflicts and what each listener's unknown options would expose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MachineReport {
    /// The version of the audit's JSON shapes ([`super::SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The machine's era.
    pub era: Era,
    /// What is already in conflict ([`live_conflicts`]).
    pub live: Vec<LiveFinding>,
    /// What the unknown options would expose ([`exposures`]).
    pub exposures: Vec<Exposure>,
    /// How much the exposure search explored.
    pub search: MachineStats,
}

impl Exposure {
    /// Whether it holds whatever the listener set: no setting the snapshot leaves possible is
    /// safe. Otherwise it rests on an assumption the snapshot cannot confirm.
    pub fn certain(&self) -> bool {
        self.safe_if.is_empty()
    }
}

impl MachineReport {
    /// The worst severity among what is known to hold: the live conflicts and the exposures
    /// that hold whatever the listeners set ([`Exposure::certain`]). An exposure that rests on
    /// an assumption is reported but not counted: the snapshot cannot show it is true.
    pub fn worst(&self) -> Option<Severity> {
        let certain = self.exposures.iter().filter(|e| e.certain()).map(|e| e.severity);
        self.live.iter().map(|f| f.severity).chain(certain).max()
    }

    /// Whether something known to hold reaches `threshold` (`--fail-on`).
    pub fn fails(&self, threshold: Severity) -> bool {
        self.worst().is_some_and(|w| w >= threshold)
    }
}

/// Audits a machine snapshot: its live conflicts, then every listener's exposure.
///
/// ```
/// use winsock_bind::audit::machine::machine_audit;
/// use winsock_bind::audit::Threat;
/// use winsock_bind::snapshot::Snapshot;
/// use winsock_bind::ReuseMode;
/// let mut s = Snapshot::default();
/// s.add_text("netstat.txt", "  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n").unwrap();
/// let report = machine_audit(winsock_bind::Era::Win11, &s);
/// // Two processes on one address: both set SO_REUSEADDR, so another account can join them.
/// let steal = report.exposures.iter().find(|e| e.pid == 14 && e.threat == Threat::Steal).unwrap();
/// assert_eq!(steal.exposed_if, [ReuseMode::ReuseAddr]);
/// assert!(steal.ruled_out.contains(&ReuseMode::Exclusive));
/// ```
pub fn machine_audit(era: Era, snap: &Snapshot) -> MachineReport {
    let (exposures, search) = exposures(era, snap);
    MachineReport { schema_version: super::SCHEMA_VERSION, era, live: live_conflicts(era, snap), exposures, search }
}

/// What the attack search finds against one process's sockets on a port under one setting:
/// for each socket, each threat's most worrying attacker and evidence; `None` when the audit
/// cannot take the sockets (the option does not exist in the era, or an address is not a
/// unicast one).
type Searched = Option<Vec<Vec<(Threat, Attacker, Evidence, Needs)>>>;

/// The key of a search: the bind rules and delivery compare only sockets of one port, so
/// processes whose sockets on their ports differ only in port get the same answer; whether the port lies in the dynamic
/// range is kept apart, as the search's own clients take ports from it.
type Shape = (Proto, Vec<AddrClass>, bool, ReuseMode);

/// A listener's address as the search tells addresses apart: the rules compare only how two
/// addresses overlap, so one interface address stands for every other of its family, as the
/// audit's own search lets one stand for all. Loopback is kept apart: `127.0.0.1` is the
/// address clients mean by `localhost` beside `::1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum AddrClass {
    Wildcard(crate::endpoint::Family),
    Localhost4,
    Loopback(crate::endpoint::Family),
    Interface(crate::endpoint::Family),
}

impl AddrClass {
    fn of(addr: LocalAddr) -> Self {
        match addr.stack() {
            (family, None) => Self::Wildcard(family),
            (_, Some(ip)) if ip == std::net::IpAddr::from([127, 0, 0, 1]) => Self::Localhost4,
            (family, Some(ip)) if ip.is_loopback() => Self::Loopback(family),
            (family, Some(_)) => Self::Interface(family),
        }
    }
}

fn search(era: Era, proto: Proto, endpoints: &[Endpoint], mode: ReuseMode, stats: &mut MachineStats) -> Searched {
    let first = *endpoints.first()?;
    let target = Target {
        proto,
        sockets: endpoints.iter().map(|&endpoint| ServerSocket { endpoint, mode, v6only: true }).collect(),
        account: Account { name: "listener".to_owned(), admin: false },
        // A listener already runs; what another program does while it restarts is the block.
        start: Start::Restarts,
        ..Target::new(era, first)
    };
    stats.searches += 1;
    let report = super::audit(&target).ok()?;
    stats.states += report.search.states;
    stats.truncated |= report.search.truncated;
    Some(
        endpoints
            .iter()
            .map(|ep| {
                report
                    .findings
                    .iter()
                    .filter(|f| EXPOSED_THREATS.contains(&f.threat) && f.socket == *ep)
                    .map(|f| (f.threat, f.attacker, f.evidence, f.needs))
                    .collect()
            })
            .collect(),
    )
}

/// The settings a listener can have: the kernel's sockets set none.
fn candidates(pid: u32) -> &'static [ReuseMode] {
    if pid == KERNEL_PID {
        &[ReuseMode::Default]
    } else {
        &ReuseMode::ALL
    }
}

/// Every order of `n` items (Heap's algorithm), as index lists.
fn orders(n: usize) -> Vec<Vec<usize>> {
    fn heap(k: usize, a: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if k <= 1 {
            out.push(a.clone());
            return;
        }
        for i in 0..k {
            heap(k - 1, a, out);
            a.swap(if k % 2 == 0 { i } else { 0 }, k - 1);
        }
    }
    let mut out = Vec::new();
    heap(n, &mut (0..n).collect(), &mut out);
    out
}

/// For each listener, the settings under which the listeners of its port can all be bound, each
/// process its own account, as [`Snapshot::host`] loads them. netstat does not show in which
/// order they bound, so every order is tried while orders x settings stay within
/// [`MAX_ASSIGNMENTS`] loads (four listeners on one port); beyond, the reading order alone.
fn possible_settings(era: Era, snap: &Snapshot, stats: &mut MachineStats) -> Vec<Vec<ReuseMode>> {
    let mut possible: Vec<Vec<ReuseMode>> = vec![Vec::new(); snap.listeners.len()];
    let mut ports: BTreeMap<(Proto, u16), Vec<usize>> = BTreeMap::new();
    for (i, l) in snap.listeners.iter().enumerate() {
        ports.entry((l.proto, l.endpoint.port)).or_default().push(i);
    }
    for (port, members) in ports {
        let cands: Vec<&[ReuseMode]> = members.iter().map(|&i| candidates(snap.listeners[i].pid)).collect();
        let total = cands.iter().try_fold(1usize, |n, c| n.checked_mul(c.len())).filter(|n| *n <= MAX_ASSIGNMENTS);
        let mut seen: Vec<Vec<ReuseMode>> = vec![Vec::new(); members.len()];
        if let Some(total) = total {
            let all_orders =
                (1..=members.len()).try_fold(total, |n, k| n.checked_mul(k)).is_some_and(|n| n <= MAX_ASSIGNMENTS);
            let orders = if all_orders { orders(members.len()) } else { vec![(0..members.len()).collect()] };
            for order in orders {
                let sub = Snapshot {
                    listeners: order.iter().map(|&j| snap.listeners[members[j]].clone()).collect(),
                    ..Snapshot::default()
                };
                for n in 0..total {
                    let mut rest = n;
                    let choice: Vec<ReuseMode> = cands
                        .iter()
                        .map(|c| {
                            let m = c[rest % c.len()];
                            rest /= c.len();
                            m
                        })
                        .collect();
                    // Only an assignment that would show a setting not yet known possible is tried.
                    if choice.iter().zip(&seen).all(|(m, s)| s.contains(m)) {
                        continue;
                    }
                    let loads = sub
                        .host(era, |l| {
                            let at = sub.listeners.iter().position(|x| std::ptr::eq(x, l)).unwrap_or_default();
                            let member = order.get(at).copied().unwrap_or_default();
                            Assume { mode: choice[member], ..Assume::default_for(l.pid) }
                        })
                        .is_ok();
                    if loads {
                        for (m, s) in choice.iter().zip(seen.iter_mut()) {
                            if !s.contains(m) {
                                s.push(*m);
                            }
                        }
                    }
                }
            }
        }
        if seen.iter().any(Vec::is_empty) {
            // Too many listeners to try, or no setting explains them (the model refuses what the
            // machine shows): say so, and rule nothing out.
            stats.unchecked_ports.push(port);
            seen = cands.iter().map(|c| c.to_vec()).collect();
        }
        for (&i, mut s) in members.iter().zip(seen) {
            s.sort_unstable();
            possible[i] = s;
        }
    }
    possible
}

/// What each listener's unknown option would expose: for every setting the snapshot leaves
/// possible, the attack search of [`super::audit`] runs against the listener (another program
/// binding beside it, beneath it, or first while it restarts), and each threat found under some
/// setting is one [`Exposure`], naming the settings it needs and the one that removes it.
///
/// Bounded for large machines: listeners of one shape (protocol; wildcard, interface address
/// or loopback of a family; setting; whether the port lies in the dynamic range) share one
/// search, so a machine takes at most [`MAX_SEARCHES`] searches whatever its number of
/// listeners; the settings of one port are checked by at most [`MAX_ASSIGNMENTS`] loads of
/// that port's listeners.
///
/// The threats and their fixes are the audit's: SO_REUSEADDR lets another socket bind the same
/// address, a specific address beats a wildcard, and SO_EXCLUSIVEADDRUSE keeps both away
/// (Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE",
/// <https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>);
/// each finding of theirs is proven by a replayed attack. A setting the audit cannot take (an
/// option the era lacks) is skipped.
pub fn exposures(era: Era, snap: &Snapshot) -> (Vec<Exposure>, MachineStats) {
    let mut stats = MachineStats::default();
    let possible = possible_settings(era, snap, &mut stats);
    let host = crate::host::Host::new(era);
    let mut memo: BTreeMap<Shape, Searched> = BTreeMap::new();
    let mut out = Vec::new();
    // A process's sockets on one port are searched together: an attack one of them already
    // rules out (another account on `[::1]` beside the process's own `[::1]`) is no exposure.
    let mut groups: BTreeMap<(Proto, u16, u32), Vec<usize>> = BTreeMap::new();
    for (i, l) in snap.listeners.iter().enumerate() {
        // The kernel's options are known (it sets none): nothing of its rests on an unknown,
        // and what HTTP.sys exposes is the live `http-sys-everywhere` finding.
        if l.pid == KERNEL_PID {
            continue;
        }
        let group = groups.entry((l.proto, l.endpoint.port, l.pid)).or_default();
        if !group.iter().any(|&j| snap.listeners[j].endpoint == l.endpoint) {
            group.push(i);
        }
    }
    let ports = by_port(snap);
    for ((proto, port, pid), mut members) in groups {
        let dynamic = snap
            .dynamic
            .iter()
            .find(|d| d.proto == proto)
            .map_or_else(|| host.dynamic_ports(proto), |d| d.range)
            .contains(port);
        // A known client's source port is no server: nothing to take from it.
        members.retain(|&i| !known_client(snap, &snap.listeners[i], dynamic));
        if members.is_empty() {
            continue;
        }
        members.sort_by_key(|&i| (AddrClass::of(snap.listeners[i].endpoint.addr), i));
        let classes: Vec<AddrClass> = members.iter().map(|&i| AddrClass::of(snap.listeners[i].endpoint.addr)).collect();
        let endpoints: Vec<Endpoint> = members.iter().map(|&i| snap.listeners[i].endpoint).collect();
        for mode in ReuseMode::ALL {
            let key = (proto, classes.clone(), dynamic, mode);
            if let std::collections::btree_map::Entry::Vacant(slot) = memo.entry(key) {
                slot.insert(search(era, proto, &endpoints, mode, &mut stats));
            }
        }
        for (n, &i) in members.iter().enumerate() {
            let l = &snap.listeners[i];
            let mut found: BTreeMap<ReuseMode, &Vec<(Threat, Attacker, Evidence, Needs)>> = BTreeMap::new();
            for mode in ReuseMode::ALL {
                if let Some(Some(f)) = memo.get(&(proto, classes.clone(), dynamic, mode)) {
                    if let Some(f) = f.get(n) {
                        found.insert(mode, f);
                    }
                }
            }
            let mut others: Vec<u32> = ports
                .get(&(proto, port))
                .into_iter()
                .flatten()
                .map(|&j| &snap.listeners[j])
                .filter(|o| o.endpoint == l.endpoint && o.pid != pid)
                .map(|o| o.pid)
                .collect();
            others.sort_unstable();
            others.dedup();
            for threat in EXPOSED_THREATS {
                let hit = |m: &ReuseMode| found.get(m).and_then(|f| f.iter().find(|x| x.0 == threat)).copied();
                let exposed: Vec<(ReuseMode, Attacker, Evidence, Needs)> =
                    possible[i].iter().filter_map(|m| hit(m).map(|(_, a, e, n)| (*m, a, e, n))).collect();
                let Some(&(_, attacker, evidence, needs)) = exposed
                    .iter()
                    .max_by_key(|(m, a, e, n)| (Severity::rated(threat, *a, *e, *n), std::cmp::Reverse(*m)))
                else {
                    continue;
                };
                let safe_if: Vec<ReuseMode> =
                    possible[i].iter().copied().filter(|m| found.contains_key(m) && hit(m).is_none()).collect();
                let ruled_out: Vec<ReuseMode> =
                    ReuseMode::ALL.into_iter().filter(|m| !possible[i].contains(m)).collect();
                let exposed_if: Vec<ReuseMode> = exposed.iter().map(|(m, ..)| *m).collect();
                let fix_mode = [ReuseMode::Exclusive, ReuseMode::Default, ReuseMode::ReuseAddr]
                    .into_iter()
                    .find(|m| found.contains_key(m) && hit(m).is_none());
                let who = who(snap, pid);
                let builtin = builtin_services(snap, pid);
                let words = Words { who: &who, socket: l.endpoint, proto, others: &others, builtin: &builtin };
                let assumption = words.assumption(&exposed_if, &safe_if, &ruled_out);
                let fix = words.fix(threat, attacker, fix_mode, &possible[i]);
                let summary = format!("{}: {}.", capitalised(&assumption), words.threat(threat, attacker));
                out.push(Exposure {
                    threat,
                    proto,
                    socket: l.endpoint,
                    pid,
                    process: process_label(snap, pid),
                    others: others.clone(),
                    exposed_if,
                    safe_if,
                    ruled_out,
                    attacker,
                    evidence,
                    needs,
                    severity: Severity::rated(threat, attacker, evidence, needs),
                    assumption,
                    fix_mode,
                    fix,
                    summary,
                    origin: l.origin.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (a.proto, a.socket.port, a.socket.to_string(), a.threat, a.pid).cmp(&(
            b.proto,
            b.socket.port,
            b.socket.to_string(),
            b.threat,
            b.pid,
        ))
    });
    (out, stats)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A setting in words, as the verb phrase of "PID N ...".
fn set(mode: ReuseMode) -> &'static str {
    match mode {
        ReuseMode::Default => "set neither SO_REUSEADDR nor SO_EXCLUSIVEADDRUSE",
        ReuseMode::ReuseAddr => "set SO_REUSEADDR",
        ReuseMode::Exclusive => "set SO_EXCLUSIVEADDRUSE",
    }
}

/// What the sentences of one exposure need.
struct Words<'a> {
    who: &'a str,
    socket: Endpoint,
    proto: Proto,
    others: &'a [u32],
    /// The built-in Windows services the process hosts, with their features.
    builtin: &'a [(String, &'static str)],
}

/// The built-in Windows services a process hosts ([`crate::snapshot::builtin_service`]).
fn builtin_services(snap: &Snapshot, pid: u32) -> Vec<(String, &'static str)> {
    let services = snap.processes.get(&pid).map(|p| p.services.as_slice()).unwrap_or_default();
    services.iter().filter_map(|s| crate::snapshot::builtin_service(s).map(|f| (s.clone(), f))).collect()
}

impl Words<'_> {
    fn traffic(&self) -> &'static str {
        match self.proto {
            Proto::Tcp => "connections",
            Proto::Udp => "datagrams",
        }
    }

    fn localhost(&self) -> bool {
        self.socket.addr.stack().1 == Some(std::net::IpAddr::from([127, 0, 0, 1]))
    }

    fn assumption(&self, exposed: &[ReuseMode], safe: &[ReuseMode], ruled_out: &[ReuseMode]) -> String {
        let who = self.who;
        if !safe.is_empty() {
            if let ([ReuseMode::Exclusive], 2) = (safe, exposed.len()) {
                return format!("if {who} did not set SO_EXCLUSIVEADDRUSE");
            }
            return format!("if {who} {}", exposed.iter().map(|m| set(*m)).collect::<Vec<_>>().join(" or "));
        }
        match (exposed, ruled_out.is_empty(), self.others.is_empty()) {
            ([only], false, false) => {
                format!("{who} can only have {} ({} holds {} too)", set(*only), join_pids(self.others), self.socket)
            }
            ([only], false, true) => format!(
                "{who} can only have {} (no other setting lets the listeners of port {} all bind, in any order)",
                set(*only),
                self.socket.port
            ),
            (_, false, _) => format!(
                "whatever option {who} set, of those the other listeners of port {} leave possible ({})",
                self.socket.port,
                exposed
                    .iter()
                    .map(|m| match m {
                        ReuseMode::Default => "neither option",
                        ReuseMode::ReuseAddr | ReuseMode::Exclusive => m.document_label(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            (_, true, _) => format!("whatever option {who} set"),
        }
    }

    fn threat(&self, threat: Threat, attacker: Attacker) -> String {
        let (by, ep, traffic) = (attacker.label(), self.socket, self.traffic());
        match threat {
            Threat::Steal => format!("{by} can bind {ep} as well and receive some of its {traffic}"),
            Threat::Shadow if self.localhost() => format!(
                "{by} can bind [::1]:{} and take the {traffic} of clients that connect to `localhost`, which Windows resolves to ::1 first",
                ep.port
            ),
            Threat::Shadow => format!("{by} can bind an address beneath {ep} and take that address's {traffic}"),
            Threat::Block | Threat::Linger => {
                format!("{by} can take port {} while it restarts, and its bind then fails", ep.port)
            }
        }
    }

    fn fix(&self, threat: Threat, attacker: Attacker, mode: Option<ReuseMode>, possible: &[ReuseMode]) -> String {
        let (who, ep) = (self.who, self.socket);
        if !self.builtin.is_empty() {
            // Microsoft sets a built-in service's options: what the user can change is the
            // machine around it.
            let names: Vec<String> = self.builtin.iter().map(|(s, f)| format!("{s} ({f})")).collect();
            let disable: Vec<String> =
                self.builtin.iter().map(|(s, _)| format!("`sc config {s} start= disabled`")).collect();
            return format!(
                "{who} runs the built-in Windows service {}: its socket options are not yours to change. Keep programs of other accounts off the machine; if the feature is not needed, stop and disable the service ({})",
                names.join(", "),
                disable.join(", ")
            );
        }
        if let Some(m) = mode {
            let change = match m {
                ReuseMode::Default => "set neither SO_REUSEADDR nor SO_EXCLUSIVEADDRUSE".to_owned(),
                ReuseMode::ReuseAddr | ReuseMode::Exclusive => format!("set {} before bind", m.document_label()),
            };
            let note = match (possible.contains(&m), self.others.is_empty()) {
                (true, _) => String::new(),
                (false, false) => format!(
                    "; {who} shares {ep} with {} now, which only SO_REUSEADDR on both allows: one of them has to move first",
                    join_pids(self.others)
                ),
                (false, true) => format!("; the other listeners of port {} rule that out now: one of them has to move first", ep.port),
            };
            return format!("{who}: {change} (the attack search then finds no {threat} against {ep}){note}");
        }
        match threat {
            Threat::Block | Threat::Linger => format!(
                "no socket-option fix: whoever holds {ep} first keeps it. Start {who} before other programs (as a service, make those that could take the port depend on it: `sc config NAME depend= SERVICE`), or move it to a port no other program uses"
            ),
            Threat::Shadow if self.localhost() => format!(
                "no socket-option fix: also listen on [::1]:{} (a second socket), or have clients connect to 127.0.0.1:{} rather than `localhost`",
                ep.port, ep.port
            ),
            Threat::Steal | Threat::Shadow => format!(
                "no socket-option fix: no setting of {who} keeps {} off; serve on the specific addresses clients use, and keep programs of other accounts off the machine",
                attacker.label()
            ),
        }
    }
}

/// `PID 1400` or `PIDs 1400, 1500`.
fn join_pids(pids: &[u32]) -> String {
    format!("PID{} {}", if pids.len() == 1 { "" } else { "s" }, join(pids))
}
