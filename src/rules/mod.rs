//! The pure bind rules: one bind attempt against the bindings already on its port.
//!
//! This module performs no I/O whatsoever and holds no state (the quinn-proto split): the
//! [`Host`](crate::Host) collects the bindings on a port and *calls* [`decide`]; it never decides
//! anything itself.
//!
//! The rules are pairwise, over (how the two endpoints overlap, both sockets' [`ReuseMode`],
//! same or different user, era). [`decide`] goes through the existing bindings in creation order
//! and the first refusal wins, so "against which socket" is deterministic. The rules:
//!
//! | id | rule | world |
//! |----|------|-------|
//! | B1 | no overlapping binding: success | all eras |
//! | L1-L3 | [`legacy`]: SO_REUSEADDR shares anything but an exclusive port | before Server 2003 (Table 2) |
//! | E1-E8 | [`enhanced`]: sharing needs both sides to opt in; wildcards protect their addresses from other users | Server 2003 on (Tables 3, 4) |
//! | D1-D3 | [`dual_stack`]: a dual-stack `[::]` meets IPv4 bindings only through exclusivity | Vista on (`domain.md`) |
//! | O1-O3 | [`options`]: who may set which option | all eras |
//! | P1-P2 | [`ports`]: excluded port ranges, the ephemeral pool and its exhaustion | all eras (exclusions: Vista on) |
#![deny(clippy::wildcard_enum_match_arm)]

pub mod delivery;
pub mod dual_stack;
pub mod enhanced;
pub mod legacy;
pub mod lifetime;
pub mod linux;
pub mod options;
pub mod ports;
mod reason;

use serde::Serialize;

pub use reason::{Alternative, Decision, Reason, Refusal};

use crate::endpoint::{Endpoint, Overlap};
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
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
    /// still active (seed 002's caveat). Always `false` for an attempt.
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
/// `existing` must be in creation order (oldest first); bindings on other ports are ignored.
/// The first refusal wins; if none refuses, the first overlapping binding names the rule that
/// allowed the bind, or [`Reason::NoOverlap`] when nothing overlaps.
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
/// [`Decision::alternative`] where the two differ (`design.md`, "Documented and observed
/// behaviour"). They can differ only when a lingering binding is on the port.
pub fn decide_as(era: Era, behaviour: Behaviour, attempt: &Binding, existing: &[Binding]) -> Decision {
    let mut given = decide_one(era, behaviour, attempt, existing);
    if existing.iter().any(|b| b.lingering) {
        let other = match behaviour {
            Behaviour::Documented => Behaviour::Observed,
            Behaviour::Observed => Behaviour::Documented,
        };
        let d = decide_one(era, other, attempt, existing);
        if d.result != given.result {
            given.alternative = Some(Alternative { behaviour: other, result: d.result, reason: d.reason });
        }
    }
    given
}

fn decide_one(era: Era, behaviour: Behaviour, attempt: &Binding, existing: &[Binding]) -> Decision {
    let mut allowed: Option<(Reason, Binding)> = None;
    for e in existing {
        match pair(era, behaviour, e, attempt) {
            Verdict::Apart => {}
            Verdict::Allow(reason) => {
                allowed.get_or_insert((reason, *e));
            }
            Verdict::Refuse(error, reason) => {
                return Decision {
                    result: Err(error),
                    reason,
                    attempt: Some(attempt.endpoint),
                    against: Some(*e),
                    alternative: None,
                    ports: None,
                    sharing: None,
                };
            }
        }
    }
    match allowed {
        Some((reason, e)) => Decision {
            result: Ok(()),
            reason,
            attempt: Some(attempt.endpoint),
            against: Some(e),
            alternative: None,
            ports: None,
            // E6 says who then receives: what delivery answers among sharers.
            sharing: (reason == Reason::SharedByMutualReuse).then(|| delivery::Sharing::of(era, behaviour)),
        },
        None => Decision {
            result: Ok(()),
            reason: Reason::NoOverlap,
            attempt: Some(attempt.endpoint),
            against: None,
            alternative: None,
            ports: None,
            sharing: None,
        },
    }
}

/// The verdict of the rules on one existing binding and the attempt.
///
/// An overlap of the addresses themselves goes to the era's rules; an overlap that exists only
/// through a dual-stack socket's IPv4 half goes to the dual-stack rules.
pub fn pair(era: Era, behaviour: Behaviour, existing: &Binding, attempt: &Binding) -> Verdict {
    let same_user = existing.owner == attempt.owner;
    let overlap = attempt.endpoint.overlap(&existing.endpoint);
    if existing.lingering {
        return lifetime::pair(era, behaviour, existing, attempt);
    }
    match overlap {
        Overlap::Disjoint => dual_stack::pair(era, existing, attempt),
        overlap @ (Overlap::Identical | Overlap::Covers | Overlap::CoveredBy) => {
            if era.profile().enhanced_security {
                enhanced::pair(overlap, existing.mode, attempt.mode, same_user)
            } else {
                legacy::pair(existing.mode, attempt.mode)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(socket: u32, owner: u32, ep: &str, mode: ReuseMode) -> Binding {
        Binding::new(SocketId(socket), UserId(owner), ep.parse().unwrap(), mode, true)
    }

    #[test]
    fn first_refusal_in_creation_order_names_the_socket() {
        let existing = [
            b(1, 1, "10.0.0.1:80", ReuseMode::ReuseAddr),
            b(2, 2, "0.0.0.0:80", ReuseMode::Default),
            b(3, 3, "0.0.0.0:80", ReuseMode::Exclusive),
        ];
        let d = decide(Era::Server2003, &b(4, 4, "10.0.0.1:80", ReuseMode::ReuseAddr), &existing);
        assert_eq!(d.error(), Some(WsaError::Access));
        assert_eq!(d.reason, Reason::UnderForeignWildcard);
        assert_eq!(d.against.map(|b| b.socket), Some(SocketId(2)));
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
