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
//! Extrapolated (no source covers it; see the manual): an *IPv4* exclusive holder refuses a later
//! dual-stack socket the same way (D1), and a later exclusive IPv4 bind under a dual-stack socket
//! fails as in the third rule (D2). The account plays no part.

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
    let overlap = match (ipv4_half(era, existing), ipv4_half(era, attempt)) {
        (Some(half), None) => attempt.endpoint.overlap(&half),
        (None, Some(half)) => half.overlap(&existing.endpoint),
        // Two dual-stack wildcards already overlap directly in IPv6; nothing more to add.
        (Some(_), Some(_)) | (None, None) => Overlap::Disjoint,
    };
    if overlap == Overlap::Disjoint {
        return Verdict::Apart;
    }
    match (existing.mode, attempt.mode) {
        // D1
        (ReuseMode::Exclusive, ReuseMode::Default | ReuseMode::ReuseAddr | ReuseMode::Exclusive) => {
            Verdict::Refuse(WsaError::Access, Reason::ExclusiveAcrossStacks)
        }
        // D2
        (ReuseMode::Default | ReuseMode::ReuseAddr, ReuseMode::Exclusive) => {
            Verdict::Refuse(WsaError::AddrInUse, Reason::ExclusiveNeedsBothStacks)
        }
        // D3
        (ReuseMode::Default | ReuseMode::ReuseAddr, ReuseMode::Default | ReuseMode::ReuseAddr) => {
            Verdict::Allow(Reason::DualStackCoexists)
        }
    }
}
