//! Port-space rules: excluded port ranges (P2), the ephemeral pool and its exhaustion (P1).
//!
//! Pure like the rest of [`rules`](crate::rules): the [`Host`](crate::Host) passes in its
//! configuration and what is bound, and records the answer.
//!
//! Facts (docs/sources.md: KB 929851, KB 812873, netsh int ipv4 show excludedportrange; the
//! IAS outage replayed by `examples/seed000-*.json`):
//! - binding a port inside an excluded port range the system took fails with WSAEACCES (10013),
//!   whatever the socket options (P2); one an administrator added refuses no explicit bind,
//!   except a second SO_REUSEADDR bind on Server 2008 R2 and 2012 (P3, KB 3039044); port 0
//!   never picks either;
//! - ReservedPorts (before Vista) keep ports out of the ephemeral pool only: an explicit bind to
//!   one still succeeds, which is why the rules never refuse a bind for it;
//! - port 0 picks a free port of the dynamic range; when none is left the bind fails with
//!   WSAENOBUFS (10055).

use super::{Decision, Reason};
use crate::endpoint::Endpoint;
use crate::era::Era;
use crate::error::WsaError;
use crate::ports::{Exclusion, PortRange};

/// The refusal of an explicit bind of `attempt` by the excluded ranges of its protocol; `None`
/// when none refuses it. A range the system took (Hyper-V, WinNAT, Docker) refuses every bind
/// with WSAEACCES by rule P2 (observed), the first matching range naming the refusal. A range an
/// administrator added (`*` in netsh's listing) refuses none (observed: a user report), except
/// on Windows Server 2008 R2 and 2012 (and 2012 R2), where a second SO_REUSEADDR bind of a port
/// already bound fails with WSAEACCES by rule P3 (documented: KB 3039044). `reuse` is whether
/// the socket set SO_REUSEADDR, `bound` whether another socket already holds the port.
///
/// ```
/// use winsock_bind::ports::{Exclusion, PortRange};
/// use winsock_bind::rules::ports::excluded;
/// use winsock_bind::{Era, WsaError};
/// let hyper_v = [Exclusion { range: PortRange::new(50000, 50059)?, administered: false }];
/// let d = excluded(Era::Win11, "0.0.0.0:50000".parse()?, false, false, &hyper_v).expect("excluded");
/// assert_eq!(d.error(), Some(WsaError::Access));
/// assert_eq!(d.sentence(), "port 50000 is inside the excluded port range 50000-50059 \
///     (netsh int ipv4 show excludedportrange), so no socket may bind it, whatever its options");
/// assert!(excluded(Era::Win11, "0.0.0.0:50060".parse()?, false, false, &hyper_v).is_none());
/// let mine = [Exclusion { range: PortRange::new(8080, 8080)?, administered: true }];
/// assert!(excluded(Era::Win11, "0.0.0.0:8080".parse()?, false, false, &mine).is_none());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[inline]
pub fn excluded(era: Era, attempt: Endpoint, reuse: bool, bound: bool, exclusions: &[Exclusion]) -> Option<Decision> {
    let hit = exclusions.iter().filter(|e| e.range.contains(attempt.port));
    let mut administered = None;
    for e in hit {
        if !e.administered {
            return Some(Decision {
                attempt: Some(attempt),
                ports: Some(e.range),
                ..Decision::new(Err(WsaError::Access), Reason::ExcludedPortRange)
            });
        }
        administered.get_or_insert(e.range);
    }
    let range = administered?;
    let kb_3039044 = matches!(era, Era::Server2008R2 | Era::Server2012);
    (kb_3039044 && reuse && bound).then(|| Decision {
        attempt: Some(attempt),
        ports: Some(range),
        ..Decision::new(Err(WsaError::Access), Reason::AdministeredExclusionReuse)
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
            Exclusion { range: r("150-160"), administered: false },
        ];
        let d = excluded(Era::Win11, "10.0.0.1:155".parse().unwrap(), false, false, &ex).unwrap();
        assert_eq!(
            (d.error(), d.reason, d.ports),
            (Some(WsaError::Access), Reason::ExcludedPortRange, Some(r("100-199")))
        );
        assert!(excluded(Era::Win11, "10.0.0.1:200".parse().unwrap(), false, false, &ex).is_none());
    }

    /// Issue 22, point 4: an administered exclusion refuses no explicit bind (observed), except
    /// a second SO_REUSEADDR bind on Server 2008 R2 and 2012 (KB 3039044); the system's ranges
    /// refuse every bind.
    #[test]
    fn administered_exclusions_refuse_only_a_second_reuseaddr_bind_on_server_2008_r2_and_2012() {
        let ex =
            [Exclusion { range: r("100-199"), administered: false }, Exclusion { range: r("300"), administered: true }];
        let at = |port: u16| -> Endpoint { format!("0.0.0.0:{port}").parse().unwrap() };
        for era in [Era::Win11, Era::Server2008, Era::Server2008R2, Era::Server2012] {
            assert_eq!(excluded(era, at(150), false, false, &ex).map(|d| d.reason), Some(Reason::ExcludedPortRange));
            assert!(excluded(era, at(300), false, false, &ex).is_none(), "{era}");
            assert!(excluded(era, at(300), true, false, &ex).is_none(), "{era}: the first SO_REUSEADDR bind");
        }
        for era in [Era::Server2008R2, Era::Server2012] {
            let d = excluded(era, at(300), true, true, &ex).expect("refused");
            assert_eq!((d.error(), d.reason), (Some(WsaError::Access), Reason::AdministeredExclusionReuse), "{era}");
        }
        for era in [Era::Server2003, Era::Server2008, Era::Win10, Era::Win11] {
            assert!(excluded(era, at(300), true, true, &ex).is_none(), "{era}");
        }
    }

    #[test]
    fn exhaustion_names_the_range() {
        let d = exhausted("0.0.0.0:0".parse().unwrap(), r("1025-1027"));
        assert_eq!(d.error(), Some(WsaError::NoBufs));
        assert_eq!(d.sentence(), "no port of the dynamic range 1025-1027 is free: each is bound, excluded or reserved");
    }
}
