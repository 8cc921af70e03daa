//! The attacks a Linux audit tries: every attacker socket that can matter against the running
//! server (steal, shadow), before it binds again (block), and a restart past TIME_WAIT (linger).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use super::{
    candidates, capitalised, describe_socket, host_addresses, linux_clause_of, outcome, policy, server_policy, step,
    uid, LinuxFinding, LinuxServerSocket, LinuxTarget, SERVER_UID,
};
use crate::audit::{Actor, AttackStep, Attacker, Severity, Start, Threat};
use crate::endpoint::{Endpoint, Proto};
use crate::evidence::Evidence;
use crate::rules::linux::{decide, deliver, LinuxDelivery, LinuxError, LinuxRule, LinuxSocket, LinuxState};

/// One hit: a threat on a server socket by an attacker, with what shows it.
struct Hit {
    threat: Threat,
    socket: usize,
    attacker: Attacker,
    rule: LinuxRule,
    evidence: Evidence,
    destinations: Vec<SocketAddr>,
    error: Option<LinuxError>,
    attack: Vec<AttackStep>,
    summary: String,
    /// The attacker's socket (steal, shadow): its other destinations join the same hit.
    cand: Option<LinuxSocket>,
}

pub(super) fn linux_findings(t: &LinuxTarget) -> Vec<LinuxFinding> {
    let mut hits: Vec<Hit> = Vec::new();
    let mut ports: Vec<u16> = t.sockets.iter().map(|s| s.endpoint.port).collect();
    ports.sort_unstable();
    ports.dedup();
    for port in ports {
        let on_port: Vec<usize> = (0..t.sockets.len()).filter(|&i| t.sockets[i].endpoint.port == port).collect();
        for attacker in Attacker::ALL {
            match attacker {
                Attacker::RemoteClient => hits.extend(linger(t, port, &on_port)),
                Attacker::OtherAccount | Attacker::SameAccount | Attacker::Administrator => {
                    hits.extend(while_up(t, port, &on_port, attacker));
                    hits.extend(block(t, port, &on_port, attacker));
                }
            }
        }
    }
    let several = t.sockets.len() > 1;
    let mut findings: Vec<LinuxFinding> = Vec::new();
    for hit in hits {
        let socket = t.sockets[hit.socket].endpoint;
        if let Some(f) = findings.iter_mut().find(|f| f.threat == hit.threat && f.socket == socket) {
            if !f.attackers.contains(&hit.attacker) {
                f.attackers.push(hit.attacker);
            }
            continue;
        }
        let id = if several {
            format!("{}-{}-{}", hit.threat, socket.port, socket.addr.ip().to_string().replace(':', "_"))
        } else {
            hit.threat.to_string()
        };
        findings.push(LinuxFinding {
            id,
            threat: hit.threat,
            socket,
            severity: Severity::of(hit.threat, hit.attacker, hit.evidence),
            evidence: hit.evidence,
            attacker: hit.attacker,
            attackers: vec![hit.attacker],
            rule: hit.rule,
            summary: hit.summary,
            destinations: hit.destinations,
            error: hit.error,
            attack: hit.attack,
            fix: None,
        });
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    findings
}

/// The changes tried as fixes, smallest first: each is a description and the changed target.
fn changes(t: &LinuxTarget, port: u16) -> Vec<(String, LinuxTarget)> {
    let mut out = Vec::new();
    let mut each = |what: String, change: &dyn Fn(&mut LinuxServerSocket)| {
        let mut c = t.clone();
        c.sockets.iter_mut().filter(|s| s.endpoint.port == port).for_each(change);
        if c != *t {
            out.push((what, c));
        }
    };
    each(format!("set SO_REUSEADDR on the sockets of port {port} (a restart past TIME_WAIT)"), &|s| s.reuseaddr = true);
    each(
        format!("do not set SO_REUSEPORT on port {port}: it lets every program of the server's uid share the port"),
        &|s| s.reuseport = false,
    );
    if t.proto == Proto::Udp {
        each(
            format!("do not set SO_REUSEADDR on UDP port {port}: it lets a program of any uid share the port"),
            &|s| s.reuseaddr = false,
        );
    }
    each(
        format!("bind [::]:{port} dual-stack (IPV6_V6ONLY off) instead of 0.0.0.0:{port}, so both loopbacks are the server's"),
        &|s| {
            if s.endpoint.addr.ip() == IpAddr::V4(Ipv4Addr::UNSPECIFIED) {
                s.endpoint = Endpoint::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), s.endpoint.port);
                s.v6only = false;
            }
        },
    );
    out
}

/// The first change after which a new Linux audit finds no such threat on the finding's port.
pub(super) fn verified_fix(t: &LinuxTarget, f: &LinuxFinding) -> Option<String> {
    let port = f.socket.port;
    changes(t, port).into_iter().find_map(|(what, changed)| {
        let left = linux_findings(&changed);
        (!left.iter().any(|x| x.threat == f.threat && x.socket.port == port)).then_some(what)
    })
}

/// The server's sockets on `port`, started (listening for TCP).
fn running(t: &LinuxTarget, on_port: &[usize]) -> Vec<LinuxSocket> {
    let state = match t.proto {
        Proto::Tcp => LinuxState::Listening,
        Proto::Udp => LinuxState::Bound,
    };
    on_port.iter().map(|&i| t.sockets[i].socket(SERVER_UID, state)).collect()
}

fn served(proto: Proto, dest: IpAddr, sockets: &[LinuxSocket]) -> LinuxDelivery {
    // UDP has no listen(2): ask delivery as if bound sockets listened, which keeps the kernel's
    // preference for the most specific address.
    let as_listeners: Vec<LinuxSocket> = match proto {
        Proto::Tcp => sockets.to_vec(),
        Proto::Udp => sockets.iter().map(|s| s.listening()).collect(),
    };
    deliver(dest, &as_listeners)
}

fn other_loopback(ip: IpAddr) -> Option<IpAddr> {
    match ip {
        IpAddr::V4(v4) if v4.is_loopback() => Some(IpAddr::V6(Ipv6Addr::LOCALHOST)),
        IpAddr::V6(v6) if v6.is_loopback() => Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        IpAddr::V4(_) | IpAddr::V6(_) => None,
    }
}

/// Steal and shadow: the attacker binds (and listens) while the server runs.
fn while_up(t: &LinuxTarget, port: u16, on_port: &[usize], attacker: Attacker) -> Vec<Hit> {
    let servers = running(t, on_port);
    let addrs = host_addresses(t);
    let mut out: Vec<Hit> = Vec::new();
    for cand in candidates(&addrs, uid(attacker)) {
        let d = decide(t.proto, port, &cand, policy(attacker), &servers);
        if d.outcome.is_err() {
            continue;
        }
        let mut all = servers.clone();
        all.push(match t.proto {
            Proto::Tcp => cand.listening(),
            Proto::Udp => cand,
        });
        let me = servers.len();
        for &dest in &addrs {
            let before = served(t.proto, dest, &servers);
            let after = served(t.proto, dest, &all);
            let alias = matches!(before, LinuxDelivery::Nobody);
            let (threat, victim) = match (&before, &after) {
                // UDP sockets sharing one address by SO_REUSEADDR (X3): delivery answers the
                // older one, but each datagram goes to one of them; the attacker shares it.
                (LinuxDelivery::One(v), LinuxDelivery::One(w))
                    if v == w && t.proto == Proto::Udp && all[*v].address == cand.address && d.against.is_some() =>
                {
                    (Threat::Steal, *v)
                }
                (_, LinuxDelivery::SpreadByHash(g)) if g.contains(&me) => {
                    (Threat::Steal, g.iter().copied().find(|&i| i != me).unwrap_or(0))
                }
                (LinuxDelivery::One(v), LinuxDelivery::One(i)) if *i == me => (Threat::Shadow, *v),
                (LinuxDelivery::SpreadByHash(g), LinuxDelivery::One(i)) if *i == me => (Threat::Shadow, g[0]),
                (LinuxDelivery::Nobody, LinuxDelivery::One(i)) if *i == me => {
                    // Nothing served this address; the other family's loopback, if served,
                    // makes it the alias a client resolving `localhost` may try first.
                    let Some(alias) = other_loopback(dest) else { continue };
                    match served(t.proto, alias, &servers) {
                        LinuxDelivery::One(v) => (Threat::Shadow, v),
                        LinuxDelivery::SpreadByHash(g) => (Threat::Shadow, g[0]),
                        LinuxDelivery::Nobody => continue,
                    }
                }
                (
                    LinuxDelivery::Nobody | LinuxDelivery::One(_) | LinuxDelivery::SpreadByHash(_),
                    LinuxDelivery::Nobody | LinuxDelivery::One(_) | LinuxDelivery::SpreadByHash(_),
                ) => continue,
            };
            let socket = on_port[victim];
            let dest_addr = SocketAddr::new(dest, port);
            if let Some(h) = out.iter_mut().find(|h| h.threat == threat && h.socket == socket && h.attacker == attacker)
            {
                if h.cand == Some(cand) && !h.destinations.contains(&dest_addr) {
                    h.destinations.push(dest_addr);
                }
                continue;
            }
            let server = t.sockets[socket];
            let mut attack = vec![step(
                Actor::Server,
                format!("starts: bind {}{}", server.describe(), if t.proto == Proto::Tcp { ", listen" } else { "" }),
                "ok".to_owned(),
                None,
            )];
            attack.push(step(Actor::Attacker, format!("bind {}", describe_socket(&cand, port)), outcome(&d), Some(2)));
            if t.proto == Proto::Tcp {
                attack.push(step(Actor::Attacker, "listen".to_owned(), "ok".to_owned(), Some(3)));
            }
            let receives = match (&after, threat) {
                (LinuxDelivery::SpreadByHash(_), _) => {
                    "the kernel spreads the connections between the server and the attacker by a hash of the 4-tuple"
                        .to_owned()
                }
                (_, Threat::Steal) => {
                    "the kernel gives each datagram to one of the sockets sharing the address".to_owned()
                }
                (LinuxDelivery::Nobody | LinuxDelivery::One(_), Threat::Shadow | Threat::Block | Threat::Linger) => {
                    "the attacker receives it".to_owned()
                }
            };
            attack.push(step(Actor::Client, format!("connect {dest_addr}"), receives.clone(), None));
            // socket(7) states the SO_REUSEPORT spreading; which listener the lookup prefers
            // otherwise is the kernel's code as measured.
            let evidence = d.evidence().max(match after {
                LinuxDelivery::SpreadByHash(_) => Evidence::Documented,
                LinuxDelivery::Nobody | LinuxDelivery::One(_) => Evidence::Observed,
            });
            let summary = match threat {
                Threat::Steal => format!(
                    "{} binds {} while the server holds {} ({}): {receives}.",
                    capitalised(attacker.label()),
                    describe_socket(&cand, port),
                    server.endpoint,
                    linux_clause_of(d.rule)
                ),
                Threat::Shadow | Threat::Block | Threat::Linger if alias => format!(
                    "{} binds {} beside the server's {} ({}): the server does not serve {dest_addr}, the other `localhost`, so a client resolving `localhost` that tries it first reaches the attacker. Serve both loopbacks (or a dual-stack [::]), or have clients connect to the server's own address.",
                    capitalised(attacker.label()),
                    describe_socket(&cand, port),
                    server.endpoint,
                    linux_clause_of(d.rule)
                ),
                Threat::Shadow | Threat::Block | Threat::Linger => format!(
                    "{} binds {} beside the server's {} ({}), and traffic to {dest_addr} reaches the attacker instead of the server.",
                    capitalised(attacker.label()),
                    describe_socket(&cand, port),
                    server.endpoint,
                    linux_clause_of(d.rule)
                ),
            };
            out.push(Hit {
                threat,
                socket,
                attacker,
                rule: d.rule,
                evidence,
                destinations: vec![dest_addr],
                error: None,
                attack,
                summary,
                cand: Some(cand),
            });
        }
    }
    out
}

/// Block: the attacker holds the port (bound or listening) before the server binds.
fn block(t: &LinuxTarget, port: u16, on_port: &[usize], attacker: Attacker) -> Vec<Hit> {
    if t.start == Start::First {
        return Vec::new();
    }
    let addrs = host_addresses(t);
    let states: &[LinuxState] = match t.proto {
        Proto::Tcp => &[LinuxState::Listening, LinuxState::Bound],
        Proto::Udp => &[LinuxState::Bound],
    };
    let mut out: Vec<Hit> = Vec::new();
    for cand in candidates(&addrs, uid(attacker)) {
        let own = decide(t.proto, port, &cand, policy(attacker), &[]);
        if own.outcome.is_err() {
            continue;
        }
        for &state in states {
            let held = LinuxSocket { state, ..cand };
            let mut existing = vec![held];
            for &i in on_port {
                let s = t.sockets[i];
                let d = decide(t.proto, port, &s.socket(SERVER_UID, LinuxState::Bound), server_policy(t), &existing);
                match d.outcome {
                    Ok(()) => existing.push(s.socket(SERVER_UID, LinuxState::Bound)),
                    Err(e) => {
                        if !out.iter().any(|h| h.socket == i) {
                            let listen = if state == LinuxState::Listening { ", listen" } else { "" };
                            out.push(Hit {
                                threat: Threat::Block,
                                socket: i,
                                attacker,
                                rule: d.rule,
                                evidence: own.evidence().max(d.evidence()),
                                destinations: Vec::new(),
                                error: Some(e),
                                attack: vec![
                                    step(
                                        Actor::Attacker,
                                        format!("bind {}{listen}", describe_socket(&cand, port)),
                                        outcome(&own),
                                        Some(2),
                                    ),
                                    step(Actor::Server, format!("starts: bind {}", s.describe()), outcome(&d), None),
                                ],
                                summary: format!(
                                    "{} binds {}{listen} while the server is down; the server's bind of {} then fails with {e}: {}",
                                    capitalised(attacker.label()),
                                    describe_socket(&cand, port),
                                    s.endpoint,
                                    d.rule.explanation()
                                ),
                                cand: None,
                            });
                        }
                        break;
                    }
                }
            }
        }
    }
    out
}

/// Linger: a connection the server closed first waits in TIME_WAIT, keeping the listener's
/// options, and the restart binds against it.
fn linger(t: &LinuxTarget, port: u16, on_port: &[usize]) -> Vec<Hit> {
    if t.start == Start::First || t.proto == Proto::Udp {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &i in on_port {
        let s = t.sockets[i];
        let tw = s.socket(SERVER_UID, LinuxState::TimeWait);
        let d = decide(t.proto, port, &s.socket(SERVER_UID, LinuxState::Bound), server_policy(t), &[tw]);
        if let Err(e) = d.outcome {
            out.push(Hit {
                threat: Threat::Linger,
                socket: i,
                attacker: Attacker::RemoteClient,
                rule: d.rule,
                evidence: d.evidence(),
                destinations: Vec::new(),
                error: Some(e),
                attack: vec![
                    step(Actor::Client, format!("connect {}", s.endpoint), "accepted".to_owned(), None),
                    step(
                        Actor::Server,
                        "stops: closes the connection first, then the listener".to_owned(),
                        "the connection waits in TIME_WAIT (60 s)".to_owned(),
                        None,
                    ),
                    step(Actor::Server, format!("restarts: bind {}", s.describe()), outcome(&d), None),
                ],
                summary: format!(
                    "A client's connection that the server closed first waits in TIME_WAIT for 60 seconds; restarting in that time, the server's bind of {} fails with {e}: {} Set SO_REUSEADDR on the listener (the restart past TIME_WAIT it exists for on Linux).",
                    s.endpoint,
                    d.rule.explanation()
                ),
                cand: None,
            });
        }
    }
    out
}
