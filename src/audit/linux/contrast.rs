//! The contrast of a Linux audit with a Windows era: per threat, the most worrying attacker on
//! each system, and every bind where the two systems' rules answer differently.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use super::{
    capitalised, policy, server_policy, uid, BindContrast, Contrast, Difference, LinuxFinding, LinuxTarget, OTHER_UID,
    SERVER_UID,
};
use crate::audit::{Attacker, Threat};
use crate::endpoint::{Endpoint, Proto};
use crate::rules::linux::{decide, LinuxDecision, LinuxError, LinuxSocket, LinuxState, PortPolicy};

/// The contrast: per threat, the most worrying attacker on each system, and a sentence where
/// they differ.
pub(super) fn contrast(t: &LinuxTarget, linux: &[LinuxFinding], windows: &crate::audit::Report) -> Contrast {
    let era = windows.target.era;
    let mut differences = Vec::new();
    for threat in Threat::ALL {
        let l = linux.iter().filter(|f| f.threat == threat).min_by_key(|f| f.attacker);
        let w = windows.findings.iter().filter(|f| f.threat == threat).min_by_key(|f| f.attacker);
        if l.map(|f| f.attacker) == w.map(|f| f.attacker) {
            continue;
        }
        let server = t.sockets[0];
        let linux_part = match l {
            Some(f) => format!(
                "on Linux {} can {} (rule {})",
                f.attacker.label(),
                can(threat, &f.socket.to_string(), &f.destinations, f.error.map(|e| e.name())),
                f.rule.id()
            ),
            None => {
                let why = why_not(t, threat);
                format!(
                    "on Linux no attacker can {}, because {} (rule {})",
                    cannot(threat, server.endpoint),
                    why.rule.clause(),
                    why.rule.id()
                )
            }
        };
        let windows_part = match w {
            Some(f) => format!(
                "on {era} {} can {} ({})",
                f.attacker.label(),
                can(threat, &f.socket.to_string(), &f.destinations, f.error.map(|e| e.name())),
                f.evidence
            ),
            None => format!("on {era} no attacker can {}", cannot(threat, server.endpoint)),
        };
        differences.push(Difference {
            threat,
            linux: l.map(|f| f.attacker),
            windows: w.map(|f| f.attacker),
            sentence: format!("{threat}: {linux_part}; {windows_part}."),
        });
    }
    Contrast { era, windows_target: windows.target.describe(), differences, binds: Vec::new() }
}

/// The second binds of the contrast, each asked of the Linux rules and of the Windows model's
/// one decision path ([`play`](crate::play), as `winsock-bind explain` does).
pub(super) fn bind_contrasts(linux: &LinuxTarget, windows: &crate::audit::Target) -> Vec<BindContrast> {
    let (Some(l), Some(w)) = (linux.sockets.first(), windows.sockets.first()) else {
        return Vec::new();
    };
    let port = l.endpoint.port;
    let ip = l.endpoint.addr.ip();
    let mut seconds = vec![(ip, false)];
    if ip.is_unspecified() {
        // Beneath a wildcard: loopback, as an IPv4 socket beneath 0.0.0.0 or a dual-stack [::].
        let beneath =
            if ip.is_ipv6() && l.v6only { IpAddr::V6(Ipv6Addr::LOCALHOST) } else { IpAddr::V4(Ipv4Addr::LOCALHOST) };
        seconds.push((beneath, true));
    }
    let servers: Vec<LinuxSocket> = linux
        .sockets
        .iter()
        .filter(|s| s.endpoint.port == port)
        .map(|s| {
            s.socket(
                SERVER_UID,
                match linux.proto {
                    Proto::Tcp => LinuxState::Listening,
                    Proto::Udp => LinuxState::Bound,
                },
            )
        })
        .collect();
    let mut out = Vec::new();
    for who in [Attacker::SameAccount, Attacker::OtherAccount] {
        for &(address, beneath) in &seconds {
            let second = Endpoint::new(address, port);
            let mine = LinuxSocket { address, uid: uid(who), ..l.socket(SERVER_UID, LinuxState::Bound) };
            let ld = decide(linux.proto, port, &mine, policy(who), &servers);
            let users = match who {
                Attacker::SameAccount => crate::rules::Users::Same,
                Attacker::OtherAccount | Attacker::RemoteClient | Attacker::Administrator => {
                    crate::rules::Users::Different
                }
            };
            let spec = |endpoint: Endpoint| crate::explain::BindSpec {
                mode: w.mode,
                endpoint,
                port_given: true,
                v6only: w.v6only,
                admin: windows.account.admin,
            };
            let wd =
                crate::explain::play(windows.era, users, windows.proto, Some(&spec(w.endpoint)), &spec(second), &[])
                    .decision;
            let linux_word = match ld.outcome {
                Ok(()) => "success",
                Err(e) => e.short(),
            };
            let windows_word = match wd.result {
                Ok(()) => "success",
                Err(e) => e.short(),
            };
            let named = |d: Result<(), &'static str>| match d {
                Ok(()) => "succeeds".to_owned(),
                Err(name) => format!("fails with {name}"),
            };
            let program = match who {
                Attacker::SameAccount => "a program of the server's account",
                Attacker::OtherAccount | Attacker::RemoteClient | Attacker::Administrator => {
                    "a program of another account"
                }
            };
            let place = if beneath { format!("{second} beneath {}", l.endpoint) } else { second.to_string() };
            let sentence = format!(
                "{} binding {place} with the options it sets on each system: on Linux it {} ({}: {}); on {} it {} ({}: {}).",
                capitalised(program),
                named(ld.outcome.map_err(LinuxError::name)),
                ld.rule.id(),
                ld.rule.clause(),
                windows.era,
                named(wd.result.map_err(|e| e.name())),
                wd.reason.rule_id(),
                wd.sentence_naming(&|_| "the server".to_owned())
            );
            out.push(BindContrast {
                who,
                second,
                beneath,
                linux: linux_word,
                linux_rule: ld.rule.id(),
                windows: windows_word,
                windows_rule: wd.reason.rule_id(),
                // Both refusals keep the program out alike (EADDRINUSE and WSAEACCES differ only
                // in the number): what differs is whether the second program gets in.
                differs: ld.outcome.is_ok() != wd.result.is_ok(),
                sentence,
            });
        }
    }
    out
}

/// What the attacker can do, in words.
fn can(threat: Threat, socket: &str, destinations: &[SocketAddr], error: Option<&str>) -> String {
    let dests: Vec<String> = destinations.iter().map(ToString::to_string).collect();
    match threat {
        Threat::Steal => format!("share {socket} and receive part of its traffic"),
        Threat::Shadow if dests.is_empty() => format!("bind beneath {socket} and take an address's connections"),
        Threat::Shadow => format!("bind beneath {socket} and take its connections to {}", dests.join(", ")),
        Threat::Block => format!(
            "make the server's bind of {socket} fail{}",
            error.map(|e| format!(" with {e}")).unwrap_or_default()
        ),
        Threat::Linger => format!(
            "keep {socket} unusable for a while after the server stops{}",
            error.map(|e| format!(" (its restart gets {e})")).unwrap_or_default()
        ),
    }
}

fn cannot(threat: Threat, socket: Endpoint) -> String {
    match threat {
        Threat::Steal => format!("share {socket}"),
        Threat::Shadow => format!("bind beneath {socket}"),
        Threat::Block => format!("keep the server off {socket}"),
        Threat::Linger => format!("keep {socket} unusable after the server stops"),
    }
}

/// The Linux decision that keeps a threat away, for the contrast's "because": the same
/// account's bind with the server's own options on the server's address (steal), on loopback
/// beneath it (shadow), another account's bind of the free port (block), the restart against
/// TIME_WAIT (linger).
fn why_not(t: &LinuxTarget, threat: Threat) -> LinuxDecision {
    let s = t.sockets[0];
    let port = s.endpoint.port;
    let ip = s.endpoint.addr.ip();
    let servers: Vec<LinuxSocket> = t
        .sockets
        .iter()
        .filter(|x| x.endpoint.port == port)
        .map(|x| x.socket(SERVER_UID, LinuxState::Listening))
        .collect();
    let mine = |address: IpAddr| LinuxSocket { address, ..s.socket(SERVER_UID, LinuxState::Bound) };
    match threat {
        Threat::Steal => decide(t.proto, port, &mine(ip), PortPolicy::unprivileged(), &servers),
        Threat::Shadow => {
            let beneath = if ip.is_unspecified() {
                if ip.is_ipv4() {
                    IpAddr::V4(Ipv4Addr::LOCALHOST)
                } else {
                    IpAddr::V6(Ipv6Addr::LOCALHOST)
                }
            } else {
                ip
            };
            decide(t.proto, port, &mine(beneath), PortPolicy::unprivileged(), &servers)
        }
        Threat::Block => decide(t.proto, port, &LinuxSocket::bound(ip, OTHER_UID), PortPolicy::unprivileged(), &[]),
        Threat::Linger => decide(
            t.proto,
            port,
            &s.socket(SERVER_UID, LinuxState::Bound),
            server_policy(t),
            &[s.socket(SERVER_UID, LinuxState::TimeWait)],
        ),
    }
}
