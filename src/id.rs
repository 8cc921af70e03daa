//! Copyable handles, as smoltcp's `SocketHandle` and turmoil's `Fd`.
//!
//! Ids come from counters that only grow and are never reused, so a stale id always names a
//! closed socket (WSAENOTSOCK), deterministically, and map order equals creation order.

use std::fmt;

use serde::Serialize;

/// A socket's handle. Displays as `#3`, and so does `{:?}` (`{:#?}` shows `SocketId(3)`).
///
/// ```
/// use winsock_bind::SocketId;
/// assert_eq!(format!("{:?}", [SocketId(1), SocketId(2)]), "[#1, #2]");
/// ```
///
/// Made by [`Host::socket`](crate::Host::socket) and [`Host::accept`](crate::Host::accept); the
/// number is public so that rules-level code can build a [`Binding`](crate::rules::Binding) by
/// hand, and a Host answers WSAENOTSOCK (rule S1) for an id it never handed out.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SocketId(pub u32);

/// An account's handle. Two sockets with the same `UserId` belong to the same account, which is
/// what enhanced socket security compares (Microsoft Learn, "Using SO_REUSEADDR and
/// SO_EXCLUSIVEADDRUSE", Tables 3 and 4). Only [`Host::add_user`](crate::Host::add_user) makes
/// accounts: the Host refuses a `UserId` it did not make (rule S13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct UserId(pub u32);

impl fmt::Display for SocketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl fmt::Debug for SocketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        f.debug_tuple("SocketId").field(&self.0).finish()
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user {}", self.0)
    }
}
