//! `winsock-bind audit --os linux`: the same server configuration audited on Linux, from the
//! Linux rules ([`rules::linux`](crate::rules::linux), checked against the running kernel), and
//! its contrast with a Windows era.
//!
//! The Linux rules compare two sockets at a time and need no search: every attacker socket that
//! can matter is tried (each option, the wildcards of both families, `[::]` dual-stack or
//! V6ONLY, every host address), by each kind of attacker (another uid, the server's own uid,
//! root), against the running server (steal, shadow) or before it binds again (block), and a
//! client's connection left in TIME_WAIT is tried against its restart (linger).
//!
//! - steal: the attacker shares the server's address: a SO_REUSEPORT group (same effective uid
//!   only, socket(7)) over which the kernel spreads connections by a hash of the 4-tuple, or UDP
//!   sockets that both set SO_REUSEADDR (any uid);
//! - shadow: the attacker takes one address's traffic: a more specific address beside a server
//!   that shares, or the other family's loopback (`::1` beside `127.0.0.1`), which a client
//!   resolving `localhost` may reach first;
//! - block: the attacker holds the port first (ports below `ip_unprivileged_port_start` need
//!   CAP_NET_BIND_SERVICE: ip(7));
//! - linger: a connection the server closed first waits in TIME_WAIT and its restart's bind fails
//!   unless both set SO_REUSEADDR (or SO_REUSEPORT).
//!
//! Runtimes bind differently on Linux than on Windows: every preset sets SO_REUSEADDR on its
//! listening sockets there (Rust std's `TcpListener::bind` and mio on Unix, libuv's `uv__tcp_bind`
//! for Node.js, Go's `setDefaultListenerSockopts`, .NET's `SystemNative_Bind` for TCP, the JDK's
//! server sockets on Unix, Python's `allow_reuse_address` and `asyncio` `reuse_address`
//! defaulting to true on Unix, nginx), so the same preset is audited with SO_REUSEADDR on Linux
//! and with its Windows options on Windows.
//!
//! ```
//! use winsock_bind::audit::{linux, Config, Threat};
//! use winsock_bind::scenario::Format;
//! let config = Config::from_str("os = 'linux'\nera = 'win10'\npreset = 'tokio-reuseaddr'\nbind = 8080\n", Format::Toml).unwrap();
//! let report = linux::audit(&config).unwrap();
//! // On Linux SO_REUSEADDR shares nothing with a listening socket: nobody shares its port.
//! assert!(report.findings.iter().all(|f| f.threat != Threat::Steal));
//! // On win10 the same account can bind 127.0.0.1:8080 beneath it: the contrast says so.
//! let contrast = report.contrast.as_ref().unwrap();
//! let beneath = contrast.binds.iter().find(|b| b.beneath && b.differs).unwrap();
//! assert_eq!((beneath.linux_rule, beneath.windows_rule), ("X6", "E4"));
//! ```

use std::fmt::{self, Write as _};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::{Serialize, Serializer};

use super::{Actor, AttackStep, Attacker, Config, ConfigError, Preset, Severity, Start, Threat};
use crate::endpoint::{Endpoint, Proto};
use crate::era::Era;
use crate::id::UserId;
use crate::rules::linux::{LinuxDecision, LinuxError, LinuxRule, LinuxSocket, LinuxState, PortPolicy, TableOption};

mod attacks;
mod contrast;

use attacks::{linux_findings, verified_fix};
use contrast::{bind_contrasts, contrast};

/// The Windows era a Linux audit is contrasted with when none is given.
pub const DEFAULT_CONTRAST: Era = Era::Win10;

/// The uid the audit gives the server (and an attacker of the same account).
const SERVER_UID: UserId = UserId(1000);
/// Another unprivileged uid.
const OTHER_UID: UserId = UserId(1001);
/// root.
const ROOT_UID: UserId = UserId(0);

/// One socket of the server on Linux.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct LinuxServerSocket {
    /// The address and port it binds.
    pub endpoint: Endpoint,
    /// SO_REUSEADDR.
    pub reuseaddr: bool,
    /// SO_REUSEPORT.
    pub reuseport: bool,
    /// IPV6_V6ONLY (IPv6 sockets; Linux's default is off, dual-stack).
    pub v6only: bool,
}

impl LinuxServerSocket {
    fn socket(&self, uid: UserId, state: LinuxState) -> LinuxSocket {
        LinuxSocket {
            address: self.endpoint.addr.ip(),
            reuseaddr: self.reuseaddr,
            reuseport: self.reuseport,
            // IPV6_V6ONLY means nothing on an IPv4 socket; off, as a fresh IPv4 socket reads.
            v6only: self.v6only && self.endpoint.addr.ip().is_ipv6(),
            uid,
            state,
            by_connect: false,
        }
    }

    /// `[::]:3000 (dual-stack, SO_REUSEADDR)`.
    pub fn describe(&self) -> String {
        let ip = self.endpoint.addr.ip();
        let mut words = Vec::new();
        if ip.is_ipv6() && ip.is_unspecified() && !self.v6only {
            words.push("dual-stack");
        }
        words.push(options_words(self.reuseaddr, self.reuseport));
        format!("{} ({})", self.endpoint, words.join(", "))
    }
}

fn options_words(reuseaddr: bool, reuseport: bool) -> &'static str {
    match (reuseaddr, reuseport) {
        (false, false) => "no options",
        (true, false) => "SO_REUSEADDR",
        (false, true) => "SO_REUSEPORT",
        (true, true) => "SO_REUSEADDR and SO_REUSEPORT",
    }
}

/// A server configuration on Linux.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinuxTarget {
    /// TCP or UDP.
    pub proto: Proto,
    /// The server's sockets, bound in this order.
    pub sockets: Vec<LinuxServerSocket>,
    /// When it binds relative to other programs.
    pub start: Start,
    /// The user the server runs as (`account`; default `service`): one unprivileged uid, shared
    /// by the "same account" attacker.
    pub account: String,
    /// Whether the server holds CAP_NET_BIND_SERVICE (runs as root): `admin` in the
    /// configuration. Needed for ports below 1024.
    pub privileged: bool,
    /// The host's addresses besides 127.0.0.1 and ::1.
    pub addresses: Vec<IpAddr>,
    /// The runtime, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<Preset>,
}

impl LinuxTarget {
    /// One line: `tcp [::]:3000 (dual-stack, SO_REUSEADDR) on linux`.
    pub fn describe(&self) -> String {
        let sockets: Vec<String> = self.sockets.iter().map(LinuxServerSocket::describe).collect();
        format!("{} {} on linux", self.proto, sockets.join(" and "))
    }
}

super::finding! {
/// One threat on Linux, with the attack that shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinuxFinding {
    /// Every attacker that can do it.
    pub attackers: Vec<Attacker>,
    /// The Linux rule that lets it happen (`X4`, `X8` ...).
    #[serde(serialize_with = "rule_id")]
    pub rule: LinuxRule,
    /// One paragraph for humans.
    pub summary: String,
    /// The server addresses whose traffic the attacker receives (steal, shadow).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub destinations: Vec<SocketAddr>,
    /// The error of the server's failed bind (block, linger).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "error_name")]
    pub error: Option<LinuxError>,
    /// The attack, step by step.
    pub attack: Vec<AttackStep>,
    /// The first change to the server's sockets after which the Linux audit no longer finds
    /// this threat on this port (checked by auditing the changed configuration again); `None`
    /// when no single option or address change removes it (block: start the server first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}
}

fn rule_id<S: Serializer>(rule: &LinuxRule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.id())
}

fn error_name<S: Serializer>(e: &Option<LinuxError>, s: S) -> Result<S::Ok, S::Error> {
    match e {
        Some(e) => s.serialize_str(e.name()),
        None => s.serialize_none(),
    }
}

/// One threat whose answer differs between Linux and the Windows era.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The threat.
    pub threat: Threat,
    /// The most worrying attacker that can do it on Linux, if any.
    pub linux: Option<Attacker>,
    /// The most worrying attacker that can do it on the Windows era, if any.
    pub windows: Option<Attacker>,
    /// One sentence: what each system allows, and the Linux rule behind it.
    pub sentence: String,
}

/// One second bind against the server's first socket, asked of both systems: another
/// instance of the same program, or a program beneath it on loopback, by the server's own
/// account or another one, each with the options the program sets on that system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BindContrast {
    /// Whose program binds: the same account or another one.
    pub who: Attacker,
    /// The address it binds (the server's own, or loopback beneath its wildcard).
    pub second: Endpoint,
    /// Whether it binds beneath the server's wildcard rather than the same address.
    pub beneath: bool,
    /// Linux's answer: `success`, `inuse` ...
    pub linux: &'static str,
    /// The Linux rule.
    pub linux_rule: &'static str,
    /// The Windows era's answer: `success`, `inuse`, `access` ...
    pub windows: &'static str,
    /// The Windows rule.
    pub windows_rule: &'static str,
    /// Whether one system lets the program bind and the other refuses it.
    pub differs: bool,
    /// One sentence: the bind, then each system's answer and why.
    pub sentence: String,
}

/// The Linux-vs-Windows contrast of an audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contrast {
    /// The Windows era.
    pub era: Era,
    /// The Windows audit's configuration, in one line (the preset's Windows options).
    pub windows_target: String,
    /// The threats whose most worrying attacker differs, in [`Threat::ALL`] order.
    pub differences: Vec<Difference>,
    /// The same second binds asked of both systems.
    pub binds: Vec<BindContrast>,
}

/// The result of a Linux audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinuxReport {
    /// The version of the audit's JSON shapes ([`super::SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Always `linux`: tells this shape from the Windows report's.
    pub os: &'static str,
    /// What was audited.
    pub target: LinuxTarget,
    /// Every address of the host the attackers tried.
    pub host_addresses: Vec<IpAddr>,
    /// The attackers tried.
    pub attackers: Vec<Attacker>,
    /// The findings, worst first (severity descending, then id).
    pub findings: Vec<LinuxFinding>,
    /// Facts about the configuration that are not threats (privileged ports).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The contrast with a Windows era, when one could be drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contrast: Option<Contrast>,
    /// Why there is no contrast, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_contrast: Option<String>,
}

impl LinuxReport {
    /// The worst severity among the findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Whether a finding at or above `threshold` exists (`--fail-on`).
    pub fn fails(&self, threshold: Severity) -> bool {
        self.worst().is_some_and(|w| w >= threshold)
    }

    /// The report as pretty JSON.
    ///
    /// # Errors
    /// Only if serde_json fails, which a report (strings, numbers, lists) does not make it do.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

impl Config {
    /// The Linux target of this configuration: the preset's Linux options (SO_REUSEADDR for
    /// every preset), overridden by `reuseaddr`, `reuseport` and `v6only`.
    ///
    /// # Errors
    /// [`ConfigError`] naming the field when the configuration asks for something Linux does
    /// not have (`exclusive`, `documented`, netsh files) or gives no `bind`.
    pub fn linux_target(&self) -> Result<LinuxTarget, ConfigError> {
        let refuse = |field: &str, why: &str| Err(ConfigError::field(field, why));
        if self.exclusive == Some(true) {
            return refuse("exclusive", "Linux has no SO_EXCLUSIVEADDRUSE (it is a Windows option)");
        }
        if self.documented == Some(true) {
            return refuse("documented", "applies to Windows eras; the Linux rules are checked against the kernel");
        }
        if !self.excluded.is_empty() || !self.dynamic.is_empty() {
            return refuse("excluded", "netsh port ranges describe a Windows machine, not Linux");
        }
        if self.bind.is_empty() {
            return refuse("bind", "missing (give --bind PORT or --bind ADDR:PORT)");
        }
        let preset = self.preset.unwrap_or(Preset::RustStd);
        // Every preset sets SO_REUSEADDR on Linux (see the module docs); without a preset, a
        // plain bind(2) sets nothing.
        let reuseaddr = self.reuseaddr.unwrap_or(self.preset.is_some());
        let reuseport = self.reuseport.unwrap_or(false);
        let mut sockets = Vec::new();
        for bind in &self.bind {
            for s in preset.sockets(*bind) {
                let ip = s.endpoint.addr.ip();
                if ip.is_multicast() || matches!(ip, IpAddr::V4(v4) if v4.is_broadcast()) {
                    return refuse("bind", "a multicast or broadcast address is not a server address");
                }
                let v6only = self.v6only.unwrap_or_else(|| linux_v6only(self.preset));
                sockets.push(LinuxServerSocket { endpoint: s.endpoint, reuseaddr, reuseport, v6only });
            }
        }
        if self.v6only.is_some() && !sockets.iter().any(|s| s.endpoint.addr.ip().is_ipv6()) {
            return refuse("v6only", "applies to IPv6 sockets, and no bind is IPv6 (e.g. --bind [::]:PORT)");
        }
        let addresses = self
            .addresses
            .clone()
            .unwrap_or_else(|| vec![IpAddr::from([10, 0, 0, 1]), IpAddr::from([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])]);
        if let Some(ip) = addresses.iter().find(|ip| ip.is_unspecified() || ip.is_multicast()) {
            return Err(ConfigError::field("addresses", format!("{ip} is not a unicast address of the host")));
        }
        Ok(LinuxTarget {
            proto: self.proto.unwrap_or(Proto::Tcp),
            sockets,
            start: self.start.unwrap_or(Start::First),
            account: self.account.clone().unwrap_or_else(|| super::DEFAULT_ACCOUNT.to_owned()),
            privileged: self.admin.unwrap_or(false),
            addresses,
            preset: self.preset,
        })
    }
}

/// IPV6_V6ONLY as a runtime leaves it on Linux: off (`net.ipv6.bindv6only = 0`, ipv6(7)) unless
/// the runtime sets it, as Python's asyncio does for its IPv6 socket beside the IPv4 one.
fn linux_v6only(preset: Option<Preset>) -> bool {
    match preset {
        Some(Preset::PythonAsyncio) => true,
        Some(
            Preset::RustStd
            | Preset::TokioReuseaddr
            | Preset::Dotnet
            | Preset::PythonHttpServer
            | Preset::Node
            | Preset::Go
            | Preset::Java
            | Preset::Nginx,
        )
        | None => false,
    }
}

/// Audits a configuration on Linux, and contrasts it with its Windows era (`era`, default
/// [`DEFAULT_CONTRAST`]) where the same configuration can be audited there.
///
/// # Errors
/// [`ConfigError`] when the configuration cannot be audited on Linux.
pub fn audit(config: &Config) -> Result<LinuxReport, ConfigError> {
    let target = config.linux_target()?;
    let mut findings = linux_findings(&target);
    for f in &mut findings {
        f.fix = verified_fix(&target, f);
    }
    let mut notes = Vec::new();
    for s in &target.sockets {
        let port = s.endpoint.port;
        if port < PortPolicy::DEFAULT_UNPRIVILEGED_PORT_START {
            let who = if target.privileged {
                "the server has it (admin: it runs as root)"
            } else {
                "without it the server's own bind fails with EACCES (X9); run it with the capability (setcap cap_net_bind_service=+ep, systemd AmbientCapabilities) or give admin"
            };
            let note = format!(
                "Port {port} is below net.ipv4.ip_unprivileged_port_start (1024 by default): binding it needs CAP_NET_BIND_SERVICE (ip(7)); {who}. Attackers without it cannot bind the port at all (X9)."
            );
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    let era = config.era.unwrap_or(DEFAULT_CONTRAST);
    let (contrast, no_contrast) = match windows_config(config, era).target() {
        Err(e) => (None, Some(format!("no contrast with {era}: {e}"))),
        Ok(t) => match super::audit(&t) {
            Err(e) => (None, Some(format!("no contrast with {era}: {e}"))),
            Ok(w) => {
                let mut c = contrast(&target, &findings, &w);
                c.binds = bind_contrasts(&target, &t);
                (Some(c), None)
            }
        },
    };
    let mut host_addresses = host_addresses(&target);
    host_addresses.sort_unstable();
    Ok(LinuxReport {
        schema_version: super::SCHEMA_VERSION,
        os: "linux",
        target,
        host_addresses,
        attackers: Attacker::ALL.to_vec(),
        findings,
        notes,
        contrast,
        no_contrast,
    })
}

/// The same configuration for the Windows audit: the era, the preset's Windows options.
fn windows_config(config: &Config, era: Era) -> Config {
    Config { os: None, era: Some(era), ..config.clone() }
}

fn host_addresses(t: &LinuxTarget) -> Vec<IpAddr> {
    let mut out = vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)];
    for ip in t.addresses.iter().copied().chain(t.sockets.iter().map(|s| s.endpoint.addr.ip())) {
        if !ip.is_unspecified() && !out.contains(&ip) {
            out.push(ip);
        }
    }
    out
}

fn uid(a: Attacker) -> UserId {
    match a {
        Attacker::OtherAccount => OTHER_UID,
        Attacker::SameAccount => SERVER_UID,
        Attacker::Administrator | Attacker::RemoteClient => ROOT_UID,
    }
}

fn policy(a: Attacker) -> PortPolicy {
    match a {
        Attacker::Administrator => PortPolicy::privileged(),
        Attacker::OtherAccount | Attacker::SameAccount | Attacker::RemoteClient => PortPolicy::unprivileged(),
    }
}

fn server_policy(t: &LinuxTarget) -> PortPolicy {
    if t.privileged {
        PortPolicy::privileged()
    } else {
        PortPolicy::unprivileged()
    }
}

/// Every socket an attacker of `uid` may try: each option, on each wildcard (`[::]` both
/// dual-stack and V6ONLY) and each host address.
fn candidates(addresses: &[IpAddr], who: UserId) -> Vec<LinuxSocket> {
    let mut ips = vec![IpAddr::V4(Ipv4Addr::UNSPECIFIED), IpAddr::V6(Ipv6Addr::UNSPECIFIED)];
    ips.extend_from_slice(addresses);
    let mut out = Vec::new();
    for ip in ips {
        for option in TableOption::ALL {
            let s = option.apply(LinuxSocket::bound(ip, who));
            out.push(s);
            if ip == IpAddr::V6(Ipv6Addr::UNSPECIFIED) {
                out.push(s.v6only());
            }
        }
    }
    out
}

fn describe_socket(s: &LinuxSocket, port: u16) -> String {
    let dual = if s.address.is_ipv6() && s.address.is_unspecified() {
        if s.v6only {
            "IPV6_V6ONLY, "
        } else {
            "dual-stack, "
        }
    } else {
        ""
    };
    format!("{} ({dual}{})", Endpoint::new(s.address, port), options_words(s.reuseaddr, s.reuseport))
}

fn outcome(d: &LinuxDecision) -> String {
    match d.outcome {
        Ok(()) => format!("ok by rule {}", d.rule.id()),
        Err(e) => format!("{e} by rule {}", d.rule.id()),
    }
}

fn step(actor: Actor, call: String, outcome: String, number: Option<u8>) -> AttackStep {
    AttackStep { actor, call, outcome, number }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A Linux rule as a clause: `SO_REUSEADDR never shares a port with a listening socket ...`.
fn linux_clause_of(rule: LinuxRule) -> String {
    format!("{}: {}", rule.id(), rule.clause())
}

impl fmt::Display for LinuxReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.target;
        writeln!(f, "audit of {}", t.describe())?;
        let root = if t.privileged { " (root: CAP_NET_BIND_SERVICE)" } else { "" };
        writeln!(f, "  user: {}{root}; start: {}", t.account, t.start)?;
        let addrs: Vec<String> = self.host_addresses.iter().map(ToString::to_string).collect();
        writeln!(f, "  host addresses: {}", addrs.join(", "))?;
        writeln!(
            f,
            "  tried: every option (SO_REUSEADDR, SO_REUSEPORT, both, none) on every wildcard and host address, by another uid, the server's uid and root; a client's connection in TIME_WAIT"
        )?;
        for x in &self.findings {
            writeln!(f)?;
            writeln!(
                f,
                "{} {} ({}): {} by {}; rule {}; evidence: {}",
                x.severity.to_string().to_uppercase(),
                x.id,
                x.socket,
                x.threat,
                x.attacker.label(),
                x.rule.id(),
                x.evidence
            )?;
            if x.attackers.len() > 1 {
                let all: Vec<&str> = x.attackers.iter().map(|a| a.label()).collect();
                writeln!(f, "  attackers: {}", all.join(", "))?;
            }
            writeln!(f, "  {}", x.summary)?;
            for s in &x.attack {
                let n = s.number.map(|n| format!("#{n} ")).unwrap_or_default();
                writeln!(f, "    {}: {n}{} -> {}", s.actor, s.call, s.outcome)?;
            }
            match &x.fix {
                Some(fix) => writeln!(f, "  fix (verified: no such finding after it): {fix}")?,
                None => writeln!(f, "  no single option or address change removes it")?,
            }
        }
        if self.findings.is_empty() {
            writeln!(f)?;
            writeln!(f, "No finding: no attacker steals, shadows, blocks or lingers on Linux.")?;
        }
        for n in &self.notes {
            writeln!(f)?;
            writeln!(f, "note: {n}")?;
        }
        writeln!(f)?;
        match (&self.contrast, &self.no_contrast) {
            (Some(c), _) => {
                writeln!(f, "Linux vs {} (the same configuration there: {}):", c.era, c.windows_target)?;
                if c.differences.is_empty() {
                    writeln!(f, "  the most worrying attacker of each threat is the same on both.")?;
                }
                for d in &c.differences {
                    writeln!(f, "  - {}", d.sentence)?;
                }
                let differing: Vec<&BindContrast> = c.binds.iter().filter(|b| b.differs).collect();
                if !differing.is_empty() {
                    writeln!(f, "  The same second bind, answered differently:")?;
                }
                for b in &differing {
                    writeln!(f, "  - {}", b.sentence)?;
                }
                let same = c.binds.len() - differing.len();
                if same > 0 {
                    writeln!(f, "  ({same} other second bind{} answered alike.)", if same == 1 { "" } else { "s" })?;
                }
            }
            (None, Some(why)) => writeln!(f, "{why}")?,
            (None, None) => {}
        }
        writeln!(f)?;
        let count = |s: Severity| self.findings.iter().filter(|x| x.severity == s).count();
        let n = self.findings.len();
        let mut line = String::new();
        let _ = write!(
            line,
            "{n} finding{} on Linux: {} high, {} medium, {} low.",
            if n == 1 { "" } else { "s" },
            count(Severity::High),
            count(Severity::Medium),
            count(Severity::Low)
        );
        writeln!(f, "{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Format;

    fn report(toml: &str) -> LinuxReport {
        audit(&Config::from_str(toml, Format::Toml).unwrap()).unwrap()
    }

    fn find(r: &LinuxReport, threat: Threat) -> Option<&LinuxFinding> {
        r.findings.iter().find(|f| f.threat == threat)
    }

    #[test]
    fn reuseport_server_is_shared_by_its_own_uid_only() {
        let r = report("os = 'linux'\nbind = '0.0.0.0:8080'\nreuseport = true\n");
        let steal = find(&r, Threat::Steal).expect("steal");
        assert_eq!((steal.attacker, steal.rule), (Attacker::SameAccount, LinuxRule::ReusePortSameUser));
        assert!(!steal.attackers.contains(&Attacker::OtherAccount), "{:?}", steal.attackers);
        assert!(!steal.attackers.contains(&Attacker::Administrator), "root is another uid: X7");
    }

    #[test]
    fn a_plain_server_restarting_lingers_and_reuseaddr_removes_it() {
        let r = report("os = 'linux'\nbind = 8080\nstart = 'restarts'\n");
        let linger = find(&r, Threat::Linger).expect("linger");
        assert!(linger.fix.as_deref().is_some_and(|f| f.starts_with("set SO_REUSEADDR")), "{:?}", linger.fix);
        assert_eq!(
            (linger.attacker, linger.rule, linger.error),
            (Attacker::RemoteClient, LinuxRule::NotShared, Some(LinuxError::AddrInUse))
        );
        let r = report("os = 'linux'\nbind = 8080\nstart = 'restarts'\nreuseaddr = true\n");
        assert!(find(&r, Threat::Linger).is_none());
        assert!(find(&r, Threat::Block).is_some(), "anyone may take a free port above 1024 first");
    }

    #[test]
    fn privileged_ports_are_blocked_by_root_only() {
        let r = report("os = 'linux'\nbind = 80\nstart = 'late'\nadmin = true\n");
        let block = find(&r, Threat::Block).expect("block");
        assert_eq!(block.attackers, [Attacker::Administrator]);
        assert!(r.notes[0].contains("CAP_NET_BIND_SERVICE"));
    }

    #[test]
    fn loopback_only_server_is_shadowed_through_the_other_family() {
        let r = report("os = 'linux'\nbind = '127.0.0.1:8080'\nreuseaddr = true\n");
        let shadow = find(&r, Threat::Shadow).expect("shadow");
        assert_eq!(shadow.attacker, Attacker::OtherAccount);
        assert_eq!(shadow.destinations, [SocketAddr::from((Ipv6Addr::LOCALHOST, 8080))]);
        // Only the loopback address is served: no option change helps.
        assert_eq!(shadow.fix, None);
        let r = report("os = 'linux'\nbind = 8080\nreuseaddr = true\n");
        let shadow = find(&r, Threat::Shadow).expect("shadow through [::1]");
        assert!(shadow.fix.as_deref().is_some_and(|f| f.starts_with("bind [::]:8080 dual-stack")), "{:?}", shadow.fix);
    }

    #[test]
    fn udp_reuseaddr_is_shared_by_any_uid() {
        let r = report("os = 'linux'\nbind = '0.0.0.0:5353'\nproto = 'udp'\nreuseaddr = true\n");
        let steal = find(&r, Threat::Steal).expect("steal");
        assert_eq!((steal.attacker, steal.rule), (Attacker::OtherAccount, LinuxRule::ReuseAddrUdp));
    }

    #[test]
    fn linux_only_and_windows_only_keys_are_refused_by_name() {
        let c = Config::from_str("os = 'linux'\nbind = 8080\nexclusive = true\n", Format::Toml).unwrap();
        assert!(c
            .linux_target()
            .unwrap_err()
            .to_string()
            .contains("field `exclusive`: Linux has no SO_EXCLUSIVEADDRUSE"));
        let r = report("os = 'linux'\nbind = 8080\nreuseport = true\n");
        assert!(r.contrast.is_none());
        assert!(r.no_contrast.as_deref().unwrap().contains("SO_REUSEPORT"), "{:?}", r.no_contrast);
    }
}
