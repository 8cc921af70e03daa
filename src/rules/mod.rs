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
#![deny(clippy::wildcard_enum_match_arm)]

pub mod dual_stack;
pub mod enhanced;
pub mod legacy;
pub mod options;
mod reason;

use serde::Serialize;

pub use reason::{Decision, Reason};

use crate::endpoint::{Endpoint, Overlap};
use crate::era::Era;
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
/// let server = Binding { socket: SocketId(1), owner: UserId(1), endpoint: "0.0.0.0:80".parse().unwrap(),
///                        mode: ReuseMode::Default, v6only: true };
/// let thief = Binding { socket: SocketId(2), owner: UserId(2), endpoint: "0.0.0.0:80".parse().unwrap(),
///                       mode: ReuseMode::ReuseAddr, v6only: true };
/// // Windows XP: SO_REUSEADDR steals the port.
/// assert!(decide(Era::Xp, &thief, &[server]).is_ok());
/// // Windows Server 2003: enhanced socket security refuses.
/// assert_eq!(decide(Era::Server2003, &thief, &[server]).error(), Some(WsaError::Access));
/// ```
pub fn decide(era: Era, attempt: &Binding, existing: &[Binding]) -> Decision {
    let mut allowed: Option<(Reason, Binding)> = None;
    for e in existing {
        match pair(era, e, attempt) {
            Verdict::Apart => {}
            Verdict::Allow(reason) => {
                allowed.get_or_insert((reason, *e));
            }
            Verdict::Refuse(error, reason) => {
                return Decision { result: Err(error), reason, attempt: Some(attempt.endpoint), against: Some(*e) };
            }
        }
    }
    match allowed {
        Some((reason, e)) => Decision { result: Ok(()), reason, attempt: Some(attempt.endpoint), against: Some(e) },
        None => Decision { result: Ok(()), reason: Reason::NoOverlap, attempt: Some(attempt.endpoint), against: None },
    }
}

/// The verdict of the rules on one existing binding and the attempt.
///
/// An overlap of the addresses themselves goes to the era's rules; an overlap that exists only
/// through a dual-stack socket's IPv4 half goes to the dual-stack rules.
pub fn pair(era: Era, existing: &Binding, attempt: &Binding) -> Verdict {
    let same_user = existing.owner == attempt.owner;
    match attempt.endpoint.overlap(&existing.endpoint) {
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
        Binding { socket: SocketId(socket), owner: UserId(owner), endpoint: ep.parse().unwrap(), mode, v6only: true }
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
