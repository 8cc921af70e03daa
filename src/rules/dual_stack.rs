//! Dual-stack rules: an IPv6 socket bound to `[::]` with IPV6_V6ONLY off also holds the IPv4
//! side of its port (Vista and later). These rules decide pairs that overlap *only* through that
//! IPv4 half; pairs whose addresses overlap directly (two dual-stack `[::]`, or an IPv4-mapped
//! address and an IPv4 one) go to the era's ordinary rules.
//!
//! Source: `domain.md`, "Addresses and overlap", observed on current Windows:
//! - `[::]` (dual) and `0.0.0.0` on one port coexist when neither is exclusive, in either order;
//! - an exclusive dual-stack `[::]` blocks later IPv4 binds on its port with WSAEACCES, also when
//!   they set SO_REUSEADDR;
//! - a later exclusive dual-stack `[::]` fails with WSAEADDRINUSE if IPv4 already holds the port.
//!
//! Extrapolated (no source covers it; see the manual), keeping the analogy with one stack:
//! - an exclusive holder refuses what overlaps its address through dual-stack (D1), except a
//!   non-exclusive wildcard going around an exclusive *specific* address, as E2 lets a wildcard
//!   go around one;
//! - an exclusive *wildcard* newcomer (dual-stack or IPv4) needs every address of its port (D2,
//!   as E1), while an exclusive *specific* newcomer beneath a dual-stack wildcard coexists (D3);
//! - the account plays no part.

use super::{Binding, Reason, Verdict};
use crate::endpoint::{Endpoint, Family, LocalAddr, Overlap};
use crate::era::{Era, Ipv6};
use crate::error::WsaError;
use crate::options::ReuseMode;

/// The IPv4 half of a dual-stack binding: `0.0.0.0` on its port, if the binding is an IPv6
/// wildcard with IPV6_V6ONLY off in an era with a dual stack.
pub fn ipv4_half(era: Era, b: &Binding) -> Option<Endpoint> {
    let dual = era.profile().ipv6 == Ipv6::DualStack && !b.v6only && b.endpoint.addr == LocalAddr::Wildcard(Family::V6);
    dual.then_some(Endpoint { addr: LocalAddr::Wildcard(Family::V4), port: b.endpoint.port })
}

/// The verdict on a pair whose addresses do not overlap directly.
pub fn pair(era: Era, existing: &Binding, attempt: &Binding) -> Verdict {
    // The overlap seen from the attempt, through whichever side is dual-stack.
    let overlap = match (ipv4_half(era, existing), ipv4_half(era, attempt)) {
        (Some(half), None) => attempt.endpoint.overlap(&half),
        (None, Some(half)) => half.overlap(&existing.endpoint),
        // Two dual-stack wildcards already overlap directly in IPv6; nothing more to add.
        (Some(_), Some(_)) | (None, None) => Overlap::Disjoint,
    };
    let exclusive = |m: ReuseMode| m == ReuseMode::Exclusive;
    match (overlap, exclusive(existing.mode), exclusive(attempt.mode)) {
        (Overlap::Disjoint, _, _) => Verdict::Apart,
        // A non-exclusive wildcard goes around an exclusive specific address (as E2).
        (Overlap::Covers, true, false) => Verdict::Allow(Reason::WildcardAroundSpecific),
        // D1
        (Overlap::Identical | Overlap::CoveredBy, true, _) => {
            Verdict::Refuse(WsaError::Access, Reason::ExclusiveAcrossStacks)
        }
        // D2
        (Overlap::Covers | Overlap::Identical, _, true) => {
            Verdict::Refuse(WsaError::AddrInUse, Reason::ExclusiveNeedsBothStacks)
        }
        // D3
        (Overlap::CoveredBy, false, true)
        | (Overlap::Identical | Overlap::Covers | Overlap::CoveredBy, false, false) => {
            Verdict::Allow(Reason::DualStackCoexists)
        }
    }
}
