//! The pure bind rules: one bind attempt against the bindings already on its port.
//!
//! This module performs no I/O whatsoever and holds no state (the quinn-proto split): the
//! [`Host`](crate::Host) collects the bindings on a port and *calls* [`decide`]; it never decides
//! anything itself.
//!
//! The rules are pairwise, over (how the two endpoints overlap, both sockets' [`ReuseMode`],
//! same or different user, era). [`decide`] asks every existing binding of the port and, when
//! several refuse, answers by a fixed precedence ([`decide`] says which), so the answer never
//! depends on the order the sockets were bound in. The rules:
//!
//! | id | rule | world |
//! |----|------|-------|
//! | B1 | no overlapping binding: success | all eras |
//! | L1-L3 | [`legacy`]: SO_REUSEADDR shares anything but an exclusive port | before Server 2003 (Table 2) |
//! | E1-E8 | [`enhanced`]: sharing needs both sides to opt in; wildcards protect their addresses from other users | Server 2003 on (Tables 3, 4) |
//! | O1-O5 | [`options`]: who may set which option | all eras |
//! | T1-T2 | [`lifetime`]: a closed exclusive socket whose connections are active | all eras |
//! | P1-P2 | [`ports`]: excluded port ranges, the ephemeral pool and its exhaustion | all eras (exclusions: Vista on) |
//! | N1-N4 | [`route`]: which host of a network an address reaches | a network of hosts |
//!
//! A dual-stack `[::]` has no rules of its own: [`dual_stack`] places it above `0.0.0.0` in the
//! order of a port's addresses and the rules above decide the pair. [`Decision::evidence`] says
//! what each answer rests on, from the rule and from that relation.
#![deny(clippy::wildcard_enum_match_arm)]

pub mod address;
pub mod delivery;
pub mod dual_stack;
pub mod enhanced;
pub mod legacy;
pub mod lifetime;
pub mod linux;
pub mod linux_calls;
pub mod options;
pub mod ports;
mod reason;
pub mod route;
mod source;

use serde::Serialize;

pub use reason::{Alternative, Decision, Reason, Refusal};
pub use source::{page as sources_page, Source};

use crate::endpoint::{Endpoint, Overlap};
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;

/// A socket's claim on a port, as the rules see it: small and `Copy`.
///
/// The same shape describes the attempt and each existing binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Binding {
    /// The socket.
    pub socket: SocketId,
    /// The account that owns it.
    pub owner: UserId,
    /// The address and port.
    pub endpoint: Endpoint,
    /// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither.
    pub mode: ReuseMode,
    /// IPV6_V6ONLY (meaningful for IPv6 sockets bound to `::`; Windows' default is on).
    pub v6only: bool,
    /// The socket is closed but had SO_EXCLUSIVEADDRUSE and a connection it accepted or made is
    /// still active (the caveat of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"). Always `false` for an attempt.
    pub lingering: bool,
}

impl Binding {
    /// An open binding (not lingering).
    pub fn new(socket: SocketId, owner: UserId, endpoint: Endpoint, mode: ReuseMode, v6only: bool) -> Self {
        Self { socket, owner, endpoint, mode, v6only, lingering: false }
    }
}

/// Whether the two callers of a table are the same account (Table 3) or not (Table 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Users {
    /// Both sockets belong to one account.
    Same,
    /// The sockets belong to different accounts.
    Different,
}

crate::endpoint::word_enum!(Users, "users", Same => ["same"], Different => ["different"]);

/// What one rule says about one pair (existing binding, attempt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The pair does not touch: different addresses, stacks or ports.
    Apart,
    /// The pair overlaps and the rule allows it.
    Allow(Reason),
    /// The pair overlaps and the rule refuses it with this error.
    Refuse(WsaError, Reason),
}

/// Decides one bind attempt against every binding already on its port and protocol.
///
/// `existing` should be in creation order (oldest first): it only chooses which of several
/// equivalent sockets [`Decision::against`] names. Bindings on other ports are ignored.
///
/// When several bindings refuse, the answer is, in this order of precedence: WSAEACCES before
/// WSAEADDRINUSE before another error, then the rule with the smallest id (`E3` before `E5`),
/// then the better-founded one. No source says which conflict Windows reports when there are
/// several, so where the refusing bindings disagree on the error the decision is labelled
/// [`Evidence::Extrapolated`]. If none refuses, the allowing rule with the smallest id answers,
/// or [`Reason::NoOverlap`] when nothing overlaps.
///
/// ```
/// use winsock_bind::rules::{decide, Binding};
/// use winsock_bind::{Era, ReuseMode, SocketId, UserId, WsaError};
/// let port_80 = "0.0.0.0:80".parse().unwrap();
/// let server = Binding::new(SocketId(1), UserId(1), port_80, ReuseMode::Default, true);
/// let thief = Binding::new(SocketId(2), UserId(2), port_80, ReuseMode::ReuseAddr, true);
/// // Windows XP: SO_REUSEADDR steals the port.
/// assert!(decide(Era::Xp, &thief, &[server]).is_ok());
/// // Windows Server 2003: enhanced socket security refuses.
/// assert_eq!(decide(Era::Server2003, &thief, &[server]).error(), Some(WsaError::Access));
/// ```
pub fn decide(era: Era, attempt: &Binding, existing: &[Binding]) -> Decision {
    decide_as(era, era.profile().behaviour, attempt, existing)
}

/// [`decide`] with the behaviour chosen, and the other behaviour's answer attached as
/// [`Decision::alternative`] where the two differ. They can differ only when a lingering binding
/// is on the port.
pub fn decide_as(era: Era, behaviour: Behaviour, attempt: &Binding, existing: &[Binding]) -> Decision {
    decide_among(era, behaviour, attempt, existing.iter())
}

/// [`decide_as`] over bindings as the caller yields them, in creation order: the Host keeps
/// each beside its place in bind order, and a slice of bindings alone would be a second list to
/// fill and copy on every bind.
pub(crate) fn decide_among<'a>(
    era: Era,
    behaviour: Behaviour,
    attempt: &Binding,
    existing: impl Iterator<Item = &'a Binding> + Clone,
) -> Decision {
    // Whether a binding lingers is seen on the way: no second pass over the port for it.
    let mut lingering = false;
    let mut given = decide_one(era, behaviour, attempt, existing.clone(), &mut lingering);
    if lingering {
        let other = match behaviour {
            Behaviour::Documented => Behaviour::Observed,
            Behaviour::Observed => Behaviour::Documented,
        };
        let d = decide_one(era, other, attempt, existing, &mut lingering);
        if d.result != given.result {
            given.alternative =
                Some(Alternative { behaviour: other, result: d.result, reason: d.reason, evidence: d.evidence });
        }
    }
    given
}

/// The decision; `lingering` is set if a lingering binding was among `existing`.
fn decide_one<'a>(
    era: Era,
    behaviour: Behaviour,
    attempt: &Binding,
    existing: impl Iterator<Item = &'a Binding>,
    lingering: &mut bool,
) -> Decision {
    // The verdict of every overlapping binding, then the one that answers by precedence, so
    // that the answer does not depend on the order the existing sockets were bound in.
    // The bindings are named by reference and copied once, into the decision.
    let mut refused: Option<(WsaError, Reason, Evidence, &Binding)> = None;
    let mut allowed: Option<(Reason, Evidence, &Binding)> = None;
    let mut errors_disagree = false;
    for e in existing {
        *lingering |= e.lingering;
        let (verdict, evidence) = pair_with_evidence(era, behaviour, e, attempt);
        match verdict {
            Verdict::Apart => {}
            Verdict::Allow(reason) => {
                let better = allowed.is_none_or(|(r, ev, _)| (reason, evidence) < (r, ev));
                if better {
                    allowed = Some((reason, evidence, e));
                }
            }
            Verdict::Refuse(error, reason) => {
                if let Some((err, r, ev, _)) = refused {
                    errors_disagree |= err != error;
                    if refusal_rank(error, reason, evidence) >= refusal_rank(err, r, ev) {
                        continue;
                    }
                }
                refused = Some((error, reason, evidence, e));
            }
        }
    }
    let decision = |result, reason: Reason, evidence: Evidence, against: Option<Binding>| Decision {
        result,
        reason,
        evidence: reason.evidence().max(evidence),
        attempt: Some(attempt.endpoint),
        against,
        alternative: None,
        ports: None,
        // E6 says who then receives: what delivery answers among sharers.
        sharing: (reason == Reason::SharedByMutualReuse).then(|| delivery::Sharing::of(era, behaviour)),
    };
    match (refused, allowed) {
        (Some((error, reason, evidence, e)), _) => {
            // Which error wins among sockets that disagree is our precedence, not a source's.
            let evidence = if errors_disagree { Evidence::Extrapolated } else { evidence };
            decision(Err(error), reason, evidence, Some(*e))
        }
        (None, Some((reason, evidence, e))) => decision(Ok(()), reason, evidence, Some(*e)),
        (None, None) => alone(attempt.endpoint),
    }
}

/// The decision of a bind to `endpoint` on a port nothing holds: B1, no overlap. What
/// [`decide_as`] answers with no existing binding, made directly: the usual bind (a fresh
/// ephemeral port) skips the rules' walk and the second copy of the decision.
pub(crate) fn alone(endpoint: Endpoint) -> Decision {
    Decision { attempt: Some(endpoint), ..Decision::new(Ok(()), Reason::NoOverlap) }
}

/// The precedence of refusals when several existing sockets refuse one bind: WSAEACCES (a
/// protected port) before WSAEADDRINUSE before any other error, then the rule in id order,
/// then the better-founded answer. No source says which of several conflicting sockets Windows
/// reports; this order is our choice, and an answer that depends on it is extrapolated.
fn refusal_rank(error: WsaError, reason: Reason, evidence: Evidence) -> (u8, Reason, Evidence) {
    let class = if error == WsaError::Access {
        0
    } else if error == WsaError::AddrInUse {
        1
    } else {
        2
    };
    (class, reason, evidence)
}

/// The verdict of the rules on one existing binding and the attempt.
///
/// The two addresses' [`Relation`](dual_stack::Relation) (directly, or through a dual-stack
/// `[::]`) goes to the era's one-stack rules; a lingering closed socket goes to the lifetime
/// rules.
pub fn pair(era: Era, behaviour: Behaviour, existing: &Binding, attempt: &Binding) -> Verdict {
    pair_with_evidence(era, behaviour, existing, attempt).0
}

/// [`pair`], with what the relation of the two addresses rests on.
fn pair_with_evidence(era: Era, behaviour: Behaviour, existing: &Binding, attempt: &Binding) -> (Verdict, Evidence) {
    let same_user = existing.owner == attempt.owner;
    if existing.lingering {
        // T1/T2 hold every address of the port, whatever the relation: the rule's own evidence.
        return (lifetime::pair(era, behaviour, existing, attempt), Evidence::Documented);
    }
    // Two addresses written as IPv4, the common case, are related here without the call.
    let relation = match attempt.endpoint.overlap_v4(&existing.endpoint) {
        Some(overlap) => dual_stack::Relation { overlap, evidence: Evidence::Documented },
        None => dual_stack::relation(era, existing, attempt),
    };
    let verdict = match relation.overlap {
        Overlap::Disjoint => Verdict::Apart,
        overlap @ (Overlap::Identical | Overlap::Covers | Overlap::CoveredBy) => {
            if era.profile().enhanced_security {
                enhanced::pair(overlap, existing.mode, attempt.mode, same_user)
            } else {
                legacy::pair(existing.mode, attempt.mode)
            }
        }
    };
    (verdict, relation.evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(socket: u32, owner: u32, ep: &str, mode: ReuseMode) -> Binding {
        Binding::new(SocketId(socket), UserId(owner), ep.parse().unwrap(), mode, true)
    }

    #[test]
    fn several_refusals_answer_by_precedence_whatever_the_bind_order() {
        // A reusing socket of another account beneath two wildcards and beside an identical
        // address: E5 and E3 refuse with WSAEACCES, E6 allows. E3 answers in every order.
        let existing = [
            b(1, 1, "10.0.0.1:80", ReuseMode::ReuseAddr),
            b(2, 2, "0.0.0.0:80", ReuseMode::Default),
            b(3, 3, "0.0.0.0:80", ReuseMode::Exclusive),
        ];
        let attempt = b(4, 4, "10.0.0.1:80", ReuseMode::ReuseAddr);
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        for order in orders {
            let shuffled = order.map(|i| existing[i]);
            let d = decide(Era::Server2003, &attempt, &shuffled);
            assert_eq!((d.error(), d.reason), (Some(WsaError::Access), Reason::UnderExclusiveWildcard), "{order:?}");
            assert_eq!(d.against.map(|b| b.socket), Some(SocketId(3)));
            // Both refusals are WSAEACCES: the error rests on the documents whichever is shown.
            assert_eq!(d.evidence(), Evidence::Documented);
        }
    }

    #[test]
    fn an_access_refusal_beats_an_in_use_one_and_says_it_is_our_precedence() {
        // Another account's plain 10.0.0.1 (E8 WSAEADDRINUSE) and plain 0.0.0.0 (E5 WSAEACCES).
        let existing = [b(1, 2, "10.0.0.1:80", ReuseMode::Default), b(2, 3, "0.0.0.0:80", ReuseMode::Default)];
        let attempt = b(3, 1, "10.0.0.1:80", ReuseMode::Default);
        for shuffled in [existing, [existing[1], existing[0]]] {
            let d = decide(Era::Win10, &attempt, &shuffled);
            assert_eq!((d.error(), d.reason), (Some(WsaError::Access), Reason::UnderForeignWildcard));
            assert_eq!(d.evidence(), Evidence::Extrapolated);
        }
    }

    #[test]
    fn three_mutually_reusing_sockets_share_one_port() {
        let existing = [b(1, 1, "0.0.0.0:80", ReuseMode::ReuseAddr), b(2, 2, "0.0.0.0:80", ReuseMode::ReuseAddr)];
        let d = decide(Era::Win10, &b(3, 3, "0.0.0.0:80", ReuseMode::ReuseAddr), &existing);
        assert_eq!((d.result, d.reason), (Ok(()), Reason::SharedByMutualReuse));
        assert_eq!(d.against.map(|b| b.socket), Some(SocketId(1)));
    }

    #[test]
    fn two_different_specific_addresses_coexist_even_when_exclusive() {
        let existing = [b(1, 1, "10.0.0.1:5150", ReuseMode::Exclusive)];
        for mode in ReuseMode::ALL {
            for era in Era::ALL {
                let d = decide(era, &b(2, 2, "10.99.99.99:5150", mode), &existing);
                assert_eq!((d.result, d.reason), (Ok(()), Reason::NoOverlap), "{era} {mode}");
            }
        }
    }
}
