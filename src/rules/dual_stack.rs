//! Dual-stack sockets from one principle: where a binding sits among the addresses of its port.
//!
//! An IPv6 socket bound to `[::]` with IPV6_V6ONLY off also holds the IPv4 side of its port
//! (Vista and later; Microsoft Learn, "Dual-Stack Sockets for IPv6 Winsock Applications",
//! [sources](crate::manual#sources) `ms-dual-stack`). How it meets IPv4 bindings follows from
//! one order of the addresses of a port:
//!
//! > IPv4 specific address < `0.0.0.0` < dual-stack `[::]`
//!
//! each covering the ones before it, an IPv4-mapped address counting as its IPv4 address. The
//! one-stack rules of Tables 3 and 4 are then applied to the pair as if both were IPv4 (covering,
//! covered by, identical): no rule of their own. This reproduces every case observed on real
//! Windows (Wine's conformance test `test_reuseaddr`, which passes there; sources `wine-sock`):
//!
//! - a non-exclusive dual-stack `[::]` and a non-exclusive `0.0.0.0` coexist, in either order
//!   (E4 one way, E2 the other);
//! - an exclusive dual-stack `[::]` refuses a later `0.0.0.0` or `127.0.0.1` with WSAEACCES, also
//!   with SO_REUSEADDR (E3);
//! - a later exclusive dual-stack `[::]` gets WSAEADDRINUSE when `127.0.0.1` is bound (E1);
//! - a plain dual-stack `[::]`, then an exclusive `0.0.0.0` of the same account: success (E4).
//!
//! Every other pair that meets only through the dual-stack half (another account, an exclusive
//! specific address beneath a dual-stack `[::]`, an exclusive `0.0.0.0` before one ...) has no
//! observation: the principle is our extrapolation there, and [`relation`] says so.

use super::Binding;
use crate::endpoint::{Family, LocalAddr, Overlap};
use crate::era::{Era, Ipv6};
use crate::evidence::Evidence;
use crate::options::ReuseMode;
use std::net::IpAddr;

/// Where a binding sits in the IPv4 order of its port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// One IPv4 address (native or IPv4-mapped).
    Specific(IpAddr),
    /// `0.0.0.0` (or `::ffff:0.0.0.0`).
    Wildcard,
    /// A dual-stack `[::]`.
    Dual,
}

impl Place {
    const fn rank(self) -> u8 {
        match self {
            Self::Specific(_) => 0,
            Self::Wildcard => 1,
            Self::Dual => 2,
        }
    }
}

/// Whether a binding is a dual-stack `[::]`: an IPv6 wildcard with IPV6_V6ONLY off, in an era
/// with one dual-stack TCP/IP stack.
pub fn is_dual(era: Era, b: &Binding) -> bool {
    era.profile().ipv6 == Ipv6::DualStack && !b.v6only && b.endpoint.addr == LocalAddr::Wildcard(Family::V6)
}

fn place(era: Era, b: &Binding) -> Option<Place> {
    if is_dual(era, b) {
        return Some(Place::Dual);
    }
    match b.endpoint.addr.stack() {
        (Family::V4, None) => Some(Place::Wildcard),
        (Family::V4, Some(ip)) => Some(Place::Specific(ip)),
        (Family::V6, _) => None,
    }
}

/// How an attempt relates to an existing binding of its port, seen from the attempt, and what
/// that relation rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation {
    /// Identical, disjoint, covers (the attempt is the wider one) or covered by.
    pub overlap: Overlap,
    /// `documented` for addresses of one stack, `observed` where an IPv4-mapped address or a
    /// dual-stack pair seen on real Windows is involved, `extrapolated` for a dual-stack pair that
    /// only the principle decides.
    pub evidence: Evidence,
}

/// How `attempt` relates to `existing`: directly (same stack, mapped addresses as their IPv4
/// address), or through a dual-stack `[::]` by the order of the module documentation.
///
/// ```
/// use winsock_bind::rules::{dual_stack::relation, Binding};
/// use winsock_bind::{Era, Evidence, Overlap, ReuseMode, SocketId, UserId};
/// let dual = Binding::new(SocketId(1), UserId(1), "[::]:80".parse()?, ReuseMode::Default, false);
/// let v4 = Binding::new(SocketId(2), UserId(1), "0.0.0.0:80".parse()?, ReuseMode::Exclusive, true);
/// let r = relation(Era::Win10, &dual, &v4);
/// assert_eq!((r.overlap, r.evidence), (Overlap::CoveredBy, Evidence::Observed));
/// // Another account: no observation, the principle is an extrapolation.
/// let other = Binding { owner: UserId(2), ..v4 };
/// assert_eq!(relation(Era::Win10, &dual, &other).evidence, Evidence::Extrapolated);
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn relation(era: Era, existing: &Binding, attempt: &Binding) -> Relation {
    // Two IPv4 addresses: no mapped address, no dual-stack `[::]`, so the direct overlap is all.
    if let Some(overlap) = attempt.endpoint.overlap_v4(&existing.endpoint) {
        return Relation { overlap, evidence: Evidence::Documented };
    }
    let direct = attempt.endpoint.overlap(&existing.endpoint);
    if direct != Overlap::Disjoint {
        // Only through an IPv4-mapped address can two different families meet directly; that a
        // mapped address behaves as its IPv4 address is observed, not documented.
        let mapped = attempt.endpoint.addr.is_v4_mapped() || existing.endpoint.addr.is_v4_mapped();
        let evidence = if mapped { Evidence::Observed } else { Evidence::Documented };
        return Relation { overlap: direct, evidence };
    }
    let apart = Relation { overlap: Overlap::Disjoint, evidence: Evidence::Documented };
    if attempt.endpoint.port != existing.endpoint.port {
        return apart;
    }
    let (Some(theirs), Some(mine)) = (place(era, existing), place(era, attempt)) else { return apart };
    if theirs != Place::Dual && mine != Place::Dual {
        return apart;
    }
    let overlap = match mine.rank().cmp(&theirs.rank()) {
        std::cmp::Ordering::Greater => Overlap::Covers,
        std::cmp::Ordering::Less => Overlap::CoveredBy,
        // Two dual-stack wildcards already overlap directly, as IPv6 wildcards.
        std::cmp::Ordering::Equal => Overlap::Identical,
    };
    let evidence = if observed(theirs, existing.mode, mine, attempt.mode, existing.owner == attempt.owner) {
        Evidence::Observed
    } else {
        Evidence::Extrapolated
    };
    Relation { overlap, evidence }
}

/// Whether Wine's `test_reuseaddr` (passing on Windows) saw this dual-stack pair: one account,
/// and the options of one of its cases.
fn observed(
    existing: Place,
    existing_mode: ReuseMode,
    attempt: Place,
    attempt_mode: ReuseMode,
    same_user: bool,
) -> bool {
    use ReuseMode::{Default, Exclusive, ReuseAddr};
    if !same_user {
        return false;
    }
    match (existing, existing_mode, attempt, attempt_mode) {
        // Non-exclusive [::] and 0.0.0.0 coexist in either order.
        (Place::Dual, Default | ReuseAddr, Place::Wildcard, Default | ReuseAddr)
        | (Place::Wildcard, Default | ReuseAddr, Place::Dual, Default | ReuseAddr)
        // An exclusive [::] refuses a later 0.0.0.0 or 127.0.0.1, with or without SO_REUSEADDR.
        | (Place::Dual, Exclusive, Place::Wildcard | Place::Specific(_), Default | ReuseAddr)
        // A plain [::], then an exclusive 0.0.0.0: success.
        | (Place::Dual, Default, Place::Wildcard, Exclusive)
        // A plain 127.0.0.1, then an exclusive [::]: WSAEADDRINUSE.
        | (Place::Specific(_), Default, Place::Dual, Exclusive) => true,
        // Everything else meets only through the principle.
        (
            Place::Dual | Place::Wildcard | Place::Specific(_),
            Default | ReuseAddr | Exclusive,
            Place::Dual | Place::Wildcard | Place::Specific(_),
            Default | ReuseAddr | Exclusive,
        ) => false,
    }
}
