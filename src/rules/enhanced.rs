//! Pairwise rules with enhanced socket security: Server 2003 and later ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Tables 3, 4).
//!
//! "By default sockets are not in a shareable state": a port is shared only when both sockets
//! set SO_REUSEADDR; a wildcard protects the specific addresses beneath it from other accounts;
//! an exclusive wildcard protects them from everyone. The error (WSAEACCES or WSAEADDRINUSE)
//! depends on how the addresses overlap and on what the second caller asked for.

use super::{Reason, Verdict};
use crate::endpoint::Overlap;
use crate::error::WsaError;
use crate::options::ReuseMode;

/// The verdict on an attempt overlapping an existing binding, seen from the attempt
/// (`Covers`: the attempt is a wildcard over the existing specific binding).
pub fn pair(overlap: Overlap, existing: ReuseMode, attempt: ReuseMode, same_user: bool) -> Verdict {
    use ReuseMode::{Default, Exclusive, ReuseAddr};
    match overlap {
        Overlap::Disjoint => Verdict::Apart,
        // A wildcard over an existing specific binding. Tables 3-4, rows "Specific", columns
        // "Wildcard": identical for both tables, whatever the first socket set.
        Overlap::Covers => match attempt {
            // E1: "the bind call for a server listening on the wildcard address and port X with
            // the exclusive flag set will fail if there is another socket bound to an explicit
            // interface and port X" (Application Strategies).
            Exclusive => Verdict::Refuse(WsaError::AddrInUse, Reason::ExclusiveWildcardOverSpecific),
            // E2: "the second caller is in reality bound to all interface except the specific
            // interface the first caller is bound to".
            Default | ReuseAddr => Verdict::Allow(Reason::WildcardAroundSpecific),
        },
        // A specific address beneath an existing wildcard: the only cells where Tables 3 and 4
        // differ, so the only place the account matters.
        Overlap::CoveredBy => match (existing, attempt, same_user) {
            // E3: "if the first caller sets the exclusive flag and binds to the wildcard address,
            // then there is nothing the second caller can do".
            (Exclusive, Default | ReuseAddr | Exclusive, true | false) => {
                Verdict::Refuse(WsaError::Access, Reason::UnderExclusiveWildcard)
            }
            // E4: same account, "the behavior is like it was before" (Table 3).
            (Default | ReuseAddr, Default | ReuseAddr | Exclusive, true) => Verdict::Allow(Reason::UnderOwnWildcard),
            // E6: another account, but both opted in (Table 4, SO_REUSEADDR row and column).
            (ReuseAddr, ReuseAddr, false) => Verdict::Allow(Reason::SharedByMutualReuse),
            // E5: another account may not bind beneath the wildcard (Table 4).
            (Default, Default | ReuseAddr | Exclusive, false) | (ReuseAddr, Default | Exclusive, false) => {
                Verdict::Refuse(WsaError::Access, Reason::UnderForeignWildcard)
            }
        },
        // The identical address: same in both tables, so the account never matters.
        Overlap::Identical => match (existing, attempt) {
            // E6: "the first caller of bind should set SO_REUSEADDR".
            (ReuseAddr, ReuseAddr) => Verdict::Allow(Reason::SharedByMutualReuse),
            // E7: asking to share a port whose holder did not offer it (or forbade it).
            (Default | Exclusive, ReuseAddr) => Verdict::Refuse(WsaError::Access, Reason::ReuseNotGranted),
            // E8: not asking to share at all.
            (Default | ReuseAddr | Exclusive, Default | Exclusive) => {
                Verdict::Refuse(WsaError::AddrInUse, Reason::IdenticalInUse)
            }
        },
    }
}
