//! Lifetime rules: a closed SO_EXCLUSIVEADDRUSE socket whose connections are still active.
//!
//! Documented ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", "there is an important caveat"): "If
//! at least one connection which originated from or was accepted on a port bound with exclusive
//! access is active then all binds to this port will fail." Active means any TCP state but TIME_WAIT and CLOSED ("TIME_WAIT does
//! not block a new bind with SO_EXCLUSIVEADDRUSE", docs/sources.md#ms-reuseaddr).
//!
//! Observed on current Windows (docs/sources.md#runtime-tests): a new exclusive listener can bind after
//! the old listener closed even while an accepted connection of the old one is still open. We read
//! that as: the lingering connections block nothing.
//!
//! We apply the documented rule to binds that overlap the closed socket's address, not to every
//! address of the port: the seed's own example is a rebind of "the same port as the first
//! listening socket", and different specific addresses never conflict (rule B1).

use super::{Reason, Verdict};
use crate::endpoint::Overlap;
use crate::era::Behaviour;
use crate::error::WsaError;

/// The verdict on an attempt against a lingering (closed, exclusive, connections active) binding.
pub fn pair(behaviour: Behaviour, overlap: Overlap) -> Verdict {
    match (overlap, behaviour) {
        (Overlap::Disjoint, Behaviour::Documented | Behaviour::Observed) => Verdict::Apart,
        // T1
        (Overlap::Identical | Overlap::Covers | Overlap::CoveredBy, Behaviour::Documented) => {
            Verdict::Refuse(WsaError::AddrInUse, Reason::HeldByActiveConnections)
        }
        // T2
        (Overlap::Identical | Overlap::Covers | Overlap::CoveredBy, Behaviour::Observed) => {
            Verdict::Allow(Reason::ActiveConnectionsIgnored)
        }
    }
}
