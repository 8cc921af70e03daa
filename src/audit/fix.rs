//! The smallest change to the server's configuration that removes a finding, verified by running
//! the same search again on the changed configuration: a fix is reported only when no attacker
//! finds any attack of that threat any more.
//!
//! Candidates are tried in a fixed order, Microsoft's advice first ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"): set SO_EXCLUSIVEADDRUSE
//! ("for the most part, all server applications should set SO_EXCLUSIVEADDRUSE"), stop setting
//! SO_REUSEADDR, bind a specific address, leave IPV6_V6ONLY on, start before other programs and
//! do not restart, and (before Server 2003) move to a release with enhanced socket security.
//! A change that concerns sockets is tried on each socket alone, then on all of them. A fix of a
//! steal must also leave no shadow, and the other way round: both take the server's traffic.

use std::collections::HashMap;
use std::net::IpAddr;

use serde::Serialize;

use super::search::{self, Ctx};
use super::{Attacker, ServerSocket, Start, Target, Threat};
use crate::endpoint::{Endpoint, Family, LocalAddr};
use crate::era::{Behaviour, Era};
use crate::options::ReuseMode;

/// Which kind of change a fix makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixKind {
    /// Set SO_EXCLUSIVEADDRUSE (instead of SO_REUSEADDR, if it was set).
    SetExclusive,
    /// Stop setting SO_REUSEADDR.
    DropReuseAddr,
    /// Bind one specific address instead of the wildcard.
    BindSpecific,
    /// Leave IPV6_V6ONLY on (no dual-stack socket).
    SetV6Only,
    /// Start before other programs and do not restart while they run.
    StartFirst,
    /// Run on a release with enhanced socket security (Server 2003 or later).
    UpgradeEra,
}

/// A change to the configuration and what the search found after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// The kind of change.
    pub kind: FixKind,
    /// The change in words, e.g. `set SO_EXCLUSIVEADDRUSE on [::]:3000`.
    pub change: String,
    /// `true` when the search finds no attack of the threat on the changed configuration, by
    /// any attacker ("fixed: verified"). `false` for a partial fix: no single change removes the
    /// threat for everyone, and this one removes it for the most worrying attacker.
    pub verified: bool,
    /// Attackers who can still carry out the threat after the change (empty when verified).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remaining: Vec<Attacker>,
    /// Threats the changed configuration has that the original did not (a fix's side effect,
    /// e.g. SO_EXCLUSIVEADDRUSE's lingering port under documented behaviour).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub introduces: Vec<Threat>,
    /// The change written in the server's runtime, when the configuration names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<super::RuntimeCode>,
}

struct Candidate {
    kind: FixKind,
    change: String,
    target: Target,
}

/// The first candidate, in order, after which no attacker can carry out `threat` (with what it
/// introduces among threats not in `present`), and the changes tried before it. When no
/// candidate removes it for everyone, the first that removes it for `primary` is returned as a
/// partial fix (`verified: false`).
pub(crate) fn find(
    target: &Target,
    behaviour: Behaviour,
    threat: Threat,
    socket: usize,
    primary: Attacker,
    present: &[Threat],
    memo: &mut Memo,
) -> (Option<Fix>, Vec<String>) {
    let verify = verified_together(threat);
    let mut tried = Vec::new();
    let mut partial: Option<Fix> = None;
    for c in candidates(target, threat, socket) {
        // Another release answers with its own default behaviour.
        let behaviour = if c.kind == FixKind::UpgradeEra { c.target.behaviour } else { behaviour };
        let ctx = match Ctx::new(&c.target, behaviour) {
            Ok(ctx) => ctx,
            Err(super::AuditError::CannotStart { refusal, .. }) => {
                tried.push(format!("{} (the server could not start: {})", c.change, refusal.error()));
                continue;
            }
            Err(_) => continue,
        };
        let remaining: Vec<Attacker> =
            Attacker::ALL.into_iter().filter(|a| memo.found(&ctx, *a, verify, Some(socket))).collect();
        if remaining.is_empty() || (partial.is_none() && !remaining.contains(&primary)) {
            let introduces = Threat::ALL
                .into_iter()
                .filter(|t| !verify.contains(t) && !present.contains(t))
                .filter(|t| Attacker::ALL.iter().any(|a| memo.found(&ctx, *a, single(*t), None)))
                .collect();
            let verified = remaining.is_empty();
            let code = target.preset.and_then(|p| super::code::for_fix(p, c.kind, &c.target.sockets[socket]));
            let fix = Fix { kind: c.kind, change: c.change.clone(), verified, remaining, introduces, code };
            if verified {
                return (Some(fix), tried);
            }
            partial = Some(fix);
            continue;
        }
        tried.push(c.change);
    }
    (partial, tried)
}

/// A fix-verification question: can this attacker do any of these threats (to this socket, or
/// any) on this configuration under this behaviour?
type Question = (Target, Behaviour, Attacker, &'static [Threat], Option<usize>);

/// Answers of the search on changed configurations, kept for one audit: the findings of a
/// report try the same changes (a steal and a shadow both try SO_EXCLUSIVEADDRUSE first), and
/// ports of the same shape ask the same questions.
///
/// The key is the configuration with its ports renumbered in order (1, 2 ...): the bind rules
/// and delivery compare ports only for equality, and the search's machine has no reserved or
/// excluded port, so the answer does not depend on the port numbers themselves. Looked up,
/// never iterated.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    answers: HashMap<Question, bool>,
    /// Full searches of one port's sockets, by renumbered configuration (the port is 1).
    searches: HashMap<(Target, Behaviour, Attacker), search::Searched>,
}

impl Memo {
    /// Whether `attacker` can carry out any of `threats` (against server socket `socket`, or
    /// any) on the context's configuration.
    fn found(&mut self, ctx: &Ctx<'_>, attacker: Attacker, threats: &'static [Threat], socket: Option<usize>) -> bool {
        let attacker = ctx.stand_in(attacker);
        let key = (renumbered(ctx.target), ctx.behaviour, attacker, threats, socket);
        if let Some(found) = self.answers.get(&key) {
            return *found;
        }
        let found = !search::search(ctx, attacker, threats, true, socket).hits.is_empty();
        self.answers.insert(key, found);
        found
    }
}

impl Memo {
    /// Every attack `attacker` has against the context's sockets, which share one port: the
    /// search of an earlier port of the same shape, with its port put back, or a new search.
    /// `fresh` is whether a search ran (its states count in the report).
    pub(crate) fn search_port(&mut self, ctx: &Ctx<'_>, attacker: Attacker) -> (search::Searched, bool) {
        let port = ctx.target.sockets.first().map_or(0, |s| s.endpoint.port);
        debug_assert!(ctx.target.sockets.iter().all(|s| s.endpoint.port == port));
        let key = (renumbered(ctx.target), ctx.behaviour, attacker);
        if let Some(known) = self.searches.get(&key) {
            let mut s = known.clone();
            for hit in &mut s.hits {
                for action in &mut hit.path {
                    if let search::Action::Plan(p) = action {
                        p.endpoint.port = port;
                    }
                }
            }
            return (s, false);
        }
        let found = search::search(ctx, attacker, &Threat::ALL, false, None);
        let mut stored = found.clone();
        for hit in &mut stored.hits {
            for action in &mut hit.path {
                if let search::Action::Plan(p) = action {
                    p.endpoint.port = 1;
                }
            }
        }
        self.searches.insert(key, stored);
        (found, true)
    }
}

/// The configuration with its ports renumbered 1, 2 ... in order of first appearance.
fn renumbered(t: &Target) -> Target {
    let mut ports: Vec<u16> = Vec::new();
    let mut out = t.clone();
    for s in &mut out.sockets {
        let rank = match ports.iter().position(|p| *p == s.endpoint.port) {
            Some(i) => i,
            None => {
                ports.push(s.endpoint.port);
                ports.len() - 1
            }
        };
        s.endpoint.port = u16::try_from(rank + 1).unwrap_or(u16::MAX);
    }
    out
}

/// One threat as a static list.
fn single(t: Threat) -> &'static [Threat] {
    match t {
        Threat::Steal => &[Threat::Steal],
        Threat::Shadow => &[Threat::Shadow],
        Threat::Block => &[Threat::Block],
        Threat::Linger => &[Threat::Linger],
    }
}

/// The threats a fix of `threat` must remove together: stealing and shadowing are two ways of
/// taking the server's traffic, and a change that turns one into the other (binding a specific
/// address under an SO_REUSEADDR hijack, say) fixes nothing.
fn verified_together(threat: Threat) -> &'static [Threat] {
    match threat {
        Threat::Steal | Threat::Shadow => &[Threat::Steal, Threat::Shadow],
        Threat::Block => &[Threat::Block],
        Threat::Linger => &[Threat::Linger],
    }
}

fn endpoints(sockets: &[&ServerSocket]) -> String {
    sockets.iter().map(|s| s.endpoint.to_string()).collect::<Vec<_>>().join(" and ")
}

/// Every candidate change for a finding against server socket `socket`, in the order they are
/// tried: each change on that socket alone, then on every socket of its port where several
/// share it. Starting first is no fix of a block or a linger (it only assumes the attacker
/// away), so it is not tried for them.
fn candidates(t: &Target, threat: Threat, socket: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    let socket_kinds = [FixKind::SetExclusive, FixKind::DropReuseAddr, FixKind::BindSpecific, FixKind::SetV6Only];
    for kind in socket_kinds {
        let applicable: Vec<usize> =
            (0..t.sockets.len()).filter(|&i| change_socket(t, kind, &t.sockets[i]).is_some()).collect();
        let mut scopes: Vec<Vec<usize>> = Vec::new();
        if applicable.contains(&socket) {
            scopes.push(vec![socket]);
        }
        if applicable.len() > 1 {
            scopes.push(applicable.clone());
        }
        for scope in scopes {
            let mut fixed = t.clone();
            let before: Vec<&ServerSocket> = scope.iter().map(|&i| &t.sockets[i]).collect();
            for &i in &scope {
                if let Some(s) = change_socket(t, kind, &t.sockets[i]) {
                    fixed.sockets[i] = s;
                }
            }
            let after: Vec<&ServerSocket> = scope.iter().map(|&i| &fixed.sockets[i]).collect();
            let change = match kind {
                FixKind::SetExclusive if before.iter().any(|s| s.mode == ReuseMode::ReuseAddr) => {
                    format!("set SO_EXCLUSIVEADDRUSE instead of SO_REUSEADDR on {}", endpoints(&before))
                }
                FixKind::SetExclusive => format!("set SO_EXCLUSIVEADDRUSE on {}", endpoints(&before)),
                FixKind::DropReuseAddr => format!("stop setting SO_REUSEADDR on {}", endpoints(&before)),
                FixKind::BindSpecific => format!(
                    "bind {} instead of {} (the server then serves that address only)",
                    endpoints(&after),
                    endpoints(&before)
                ),
                FixKind::SetV6Only => {
                    format!("leave IPV6_V6ONLY on for {} (it then serves IPv6 only)", endpoints(&before))
                }
                FixKind::StartFirst | FixKind::UpgradeEra => String::new(),
            };
            out.push(Candidate { kind, change, target: fixed });
        }
    }
    let traffic = match threat {
        Threat::Steal | Threat::Shadow => true,
        Threat::Block | Threat::Linger => false,
    };
    if t.start != Start::First && traffic {
        let target = Target { start: Start::First, ..t.clone() };
        let change = "start the server before other programs and do not restart it while they run".to_owned();
        out.push(Candidate { kind: FixKind::StartFirst, change, target });
    }
    if !t.era.profile().enhanced_security {
        let era = Era::Server2003;
        let target = Target { era, behaviour: era.profile().behaviour, ..t.clone() };
        let change =
            "run it on Windows Server 2003 or later, where enhanced socket security keeps other accounts off its port"
                .to_owned();
        out.push(Candidate { kind: FixKind::UpgradeEra, change, target });
    }
    out
}

/// The socket after a change of `kind`, or `None` where the change does not apply.
fn change_socket(t: &Target, kind: FixKind, s: &ServerSocket) -> Option<ServerSocket> {
    match kind {
        FixKind::SetExclusive => {
            (s.mode != ReuseMode::Exclusive).then_some(ServerSocket { mode: ReuseMode::Exclusive, ..*s })
        }
        FixKind::DropReuseAddr => {
            (s.mode == ReuseMode::ReuseAddr).then_some(ServerSocket { mode: ReuseMode::Default, ..*s })
        }
        FixKind::SetV6Only => s.dual_stack().then_some(ServerSocket { v6only: true, ..*s }),
        FixKind::BindSpecific => {
            let (stack, specific) = s.endpoint.addr.stack();
            if specific.is_some() {
                return None;
            }
            let ip =
                t.addresses.iter().copied().find(|ip| !ip.is_loopback() && (ip.is_ipv4() == (stack == Family::V4)))?;
            // An IPv6 socket keeps its family: the IPv4-mapped wildcard becomes a mapped address.
            let ip = match (s.endpoint.addr.family(), ip) {
                (Family::V6, IpAddr::V4(v4)) => IpAddr::V6(v4.to_ipv6_mapped()),
                (Family::V4 | Family::V6, ip) => ip,
            };
            let endpoint = Endpoint { addr: LocalAddr::Specific(ip), port: s.endpoint.port };
            Some(ServerSocket { endpoint, ..*s })
        }
        FixKind::StartFirst | FixKind::UpgradeEra => None,
    }
}
