//! Port-space rules: excluded port ranges (P2), the ephemeral pool and its exhaustion (P1).
//!
//! Pure like the rest of [`rules`](crate::rules): the [`Host`](crate::Host) passes in its
//! configuration and what is bound, and records the answer.
//!
//! Facts (docs/sources.md: KB 929851, KB 812873, netsh int ipv4 show excludedportrange; the
//! IAS outage replayed by `examples/seed000-*.json`):
//! - binding a port inside an excluded port range fails with WSAEACCES (10013), whatever the
//!   socket options, and port 0 never picks one;
//! - ReservedPorts (before Vista) keep ports out of the ephemeral pool only: an explicit bind to
//!   one still succeeds, which is why the rules never refuse a bind for it;
//! - port 0 picks a free port of the dynamic range; when none is left the bind fails with
//!   WSAENOBUFS (10055).

use super::{Decision, Reason};
use crate::endpoint::Endpoint;
use crate::error::WsaError;
use crate::ports::{Exclusion, PortRange};

/// The excluded range holding `attempt`'s port, as a WSAEACCES decision by rule P2; `None` when
/// the port is not excluded. The first matching range in `exclusions` names the refusal.
///
/// ```
/// use winsock_bind::ports::{Exclusion, PortRange};
/// use winsock_bind::rules::ports::excluded;
/// use winsock_bind::WsaError;
/// let hyper_v = [Exclusion { range: PortRange::new(50000, 50059)?, administered: true }];
/// let d = excluded("0.0.0.0:50000".parse()?, &hyper_v).expect("excluded");
/// assert_eq!(d.error(), Some(WsaError::Access));
/// assert_eq!(d.sentence(), "port 50000 is inside the excluded port range 50000-50059 \
///     (netsh int ipv4 show excludedportrange), so no socket may bind it, whatever its options");
/// assert!(excluded("0.0.0.0:50060".parse()?, &hyper_v).is_none());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn excluded(attempt: Endpoint, exclusions: &[Exclusion]) -> Option<Decision> {
    let hit = exclusions.iter().find(|e| e.range.contains(attempt.port))?;
    Some(Decision {
        attempt: Some(attempt),
        ports: Some(hit.range),
        ..Decision::new(Err(WsaError::Access), Reason::ExcludedPortRange)
    })
}

/// Whether `bind` to port 0 may pick `port`: nothing is bound on it for the protocol (`bound`
/// is false), and it is neither excluded nor reserved. Such a port can never collide with what
/// the bind rules would refuse, since no binding on it exists.
pub fn in_ephemeral_pool(port: u16, bound: bool, exclusions: &[Exclusion], reserved: &[PortRange]) -> bool {
    !bound && !exclusions.iter().any(|e| e.range.contains(port)) && !reserved.iter().any(|r| r.contains(port))
}

/// The refusal when no port of `range` is in the ephemeral pool: WSAENOBUFS by rule P1.
pub fn exhausted(attempt: Endpoint, range: PortRange) -> Decision {
    Decision {
        attempt: Some(attempt),
        ports: Some(range),
        ..Decision::new(Err(WsaError::NoBufs), Reason::EphemeralExhausted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> PortRange {
        s.parse().unwrap()
    }

    #[test]
    fn the_pool_skips_bound_excluded_and_reserved_ports() {
        let ex = [Exclusion { range: r("10-12"), administered: false }];
        let res = [r("20")];
        let cases = [
            (5, false, true),
            (5, true, false),
            (10, false, false),
            (12, false, false),
            (20, false, false),
            (21, false, true),
        ];
        for (port, bound, expected) in cases {
            assert_eq!(in_ephemeral_pool(port, bound, &ex, &res), expected, "port {port} bound {bound}");
        }
    }

    #[test]
    fn the_first_matching_exclusion_names_the_refusal() {
        let ex = [
            Exclusion { range: r("100-199"), administered: false },
            Exclusion { range: r("150-160"), administered: true },
        ];
        let d = excluded("10.0.0.1:155".parse().unwrap(), &ex).unwrap();
        assert_eq!(
            (d.error(), d.reason, d.ports),
            (Some(WsaError::Access), Reason::ExcludedPortRange, Some(r("100-199")))
        );
        assert!(excluded("10.0.0.1:200".parse().unwrap(), &ex).is_none());
    }

    #[test]
    fn exhaustion_names_the_range() {
        let d = exhausted("0.0.0.0:0".parse().unwrap(), r("1025-1027"));
        assert_eq!(d.error(), Some(WsaError::NoBufs));
        assert_eq!(d.sentence(), "no port of the dynamic range 1025-1027 is free: each is bound, excluded or reserved");
    }
}
