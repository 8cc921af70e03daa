//! A simulated socket: plain data, owned by the [`Host`](super::Host) and addressed by
//! [`SocketId`].

use std::fmt;
use std::net::SocketAddr;

use serde::Serialize;

use crate::endpoint::{Endpoint, Family, Proto};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::rules::Binding;

/// Where a socket is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SocketState {
    /// Created by `socket`, not bound.
    Created,
    /// Bound to a local endpoint.
    Bound,
    /// Listening (TCP).
    Listening,
    /// Connected (TCP), by `connect` or `accept`.
    Connected,
    /// Closed by `closesocket`: the id is dead and every call on it fails with WSAENOTSOCK.
    Closed,
}

impl fmt::Display for SocketState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Created => "created",
            Self::Bound => "bound",
            Self::Listening => "listening",
            Self::Connected => "connected",
            Self::Closed => "closed",
        })
    }
}

/// SO_LINGER as Winsock's `LINGER` structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Linger {
    /// `l_onoff`.
    pub onoff: bool,
    /// `l_linger`, in seconds.
    pub seconds: u16,
}

impl Linger {
    /// On with zero seconds: closesocket resets the connection (abortive close).
    pub fn is_abortive(self) -> bool {
        self.onoff && self.seconds == 0
    }
}

/// A socket of the simulated host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Socket {
    pub(crate) id: SocketId,
    pub(crate) family: Family,
    pub(crate) proto: Proto,
    pub(crate) owner: UserId,
    pub(crate) mode: ReuseMode,
    pub(crate) v6only: bool,
    pub(crate) linger: Linger,
    pub(crate) state: SocketState,
    /// The binding made by `bind`, with the options as they were at that moment.
    pub(crate) binding: Option<Binding>,
    /// Logical time at which it started listening (TCP) or bound (UDP): delivery order.
    pub(crate) since: u64,
    /// Logical time of the bind: bind order, in which the rules meet existing bindings.
    pub(crate) bound_at: u64,
    /// The default destination a UDP socket was connected to, the only sender it hears. Boxed:
    /// few sockets have one, and every socket stays in the host's table (8 bytes, not 32).
    pub(crate) peer: Option<Box<SocketAddr>>,
}

impl Socket {
    /// The socket's id.
    pub fn id(&self) -> SocketId {
        self.id
    }
    /// IPv4 or IPv6.
    pub fn family(&self) -> Family {
        self.family
    }
    /// TCP or UDP.
    pub fn proto(&self) -> Proto {
        self.proto
    }
    /// The owning account.
    pub fn owner(&self) -> UserId {
        self.owner
    }
    /// SO_REUSEADDR / SO_EXCLUSIVEADDRUSE as currently set.
    pub fn mode(&self) -> ReuseMode {
        self.mode
    }
    /// IPV6_V6ONLY as currently set.
    pub fn v6only(&self) -> bool {
        self.v6only
    }
    /// SO_LINGER as currently set.
    pub fn linger(&self) -> Linger {
        self.linger
    }
    /// The socket's state.
    pub fn state(&self) -> SocketState {
        self.state
    }
    /// The local endpoint, once bound.
    pub fn local(&self) -> Option<Endpoint> {
        self.binding.map(|b| b.endpoint)
    }
    /// The peer a UDP socket is connected to ([`Host::connect_datagram`](super::Host::connect_datagram)).
    pub fn peer(&self) -> Option<SocketAddr> {
        self.peer.as_deref().copied()
    }
}
