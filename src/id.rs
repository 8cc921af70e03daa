//! Copyable handles, as smoltcp's `SocketHandle` and turmoil's `Fd`.
//!
//! Ids come from counters that only grow and are never reused, so a stale id always names a
//! closed socket (WSAENOTSOCK), deterministically, and map order equals creation order.

use std::fmt;

use serde::Serialize;

/// A socket's handle. Displays as `#3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SocketId(pub u32);

/// An account's handle. Two sockets with the same `UserId` belong to the same account, which is
/// what enhanced socket security compares ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Tables 3 and 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct UserId(pub u32);

impl fmt::Display for SocketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user {}", self.0)
    }
}
