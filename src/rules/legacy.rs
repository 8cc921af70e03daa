//! Pairwise rules before enhanced socket security: Windows 95 to XP ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Table 2).
//!
//! The address relation does not matter here: any overlap (identical, or wildcard over specific
//! in either order) is decided by the options alone. SO_EXCLUSIVEADDRUSE on the *first* socket
//! is the only defence (docs/sources.md#ms-reuseaddr).

use super::{Reason, Verdict};
use crate::error::WsaError;
use crate::options::ReuseMode;

/// The verdict on an attempt (`attempt` mode) overlapping an existing binding (`existing` mode).
///
/// - L1: SO_REUSEADDR meets an SO_EXCLUSIVEADDRUSE holder: WSAEACCES (Table 2, bottom rows).
/// - L2: SO_REUSEADDR against anything else succeeds: the port is shared, or hijacked
///   ("Using SO_REUSEADDR": "A malicious program could forcefully bind sockets to ports already
///   in use with the SO_REUSEADDR option").
/// - L3: without SO_REUSEADDR the port is in use: WSAEADDRINUSE, whatever the first socket set.
pub fn pair(existing: ReuseMode, attempt: ReuseMode) -> Verdict {
    match (existing, attempt) {
        // L1
        (ReuseMode::Exclusive, ReuseMode::ReuseAddr) => {
            Verdict::Refuse(WsaError::Access, Reason::LegacyExclusiveHolder)
        }
        // L2
        (ReuseMode::Default | ReuseMode::ReuseAddr, ReuseMode::ReuseAddr) => Verdict::Allow(Reason::LegacyReuseShares),
        // L3
        (
            ReuseMode::Default | ReuseMode::ReuseAddr | ReuseMode::Exclusive,
            ReuseMode::Default | ReuseMode::Exclusive,
        ) => Verdict::Refuse(WsaError::AddrInUse, Reason::LegacyInUse),
    }
}
