//! TCP connections and their states, as `netstat` spells them.

use std::fmt;
use std::net::SocketAddr;

use serde::Serialize;

use crate::endpoint::Endpoint;
use crate::id::SocketId;

/// A connection's handle. Displays as `c3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ConnId(pub u32);

impl fmt::Display for ConnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0)
    }
}

/// TCP states (RFC 793), with the names Windows' `netstat` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)] // the RFC 793 names speak for themselves
pub enum TcpState {
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
    Closed,
}

impl TcpState {
    /// Whether the connection still holds its port under the caveat of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE": every state but
    /// TIME_WAIT and CLOSED (TIME_WAIT does not block a new bind).
    pub fn is_active(self) -> bool {
        match self {
            Self::Established | Self::FinWait1 | Self::FinWait2 | Self::CloseWait | Self::Closing | Self::LastAck => {
                true
            }
            Self::TimeWait | Self::Closed => false,
        }
    }
}

impl fmt::Display for TcpState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Established => "ESTABLISHED",
            Self::FinWait1 => "FIN_WAIT_1",
            Self::FinWait2 => "FIN_WAIT_2",
            Self::CloseWait => "CLOSE_WAIT",
            Self::Closing => "CLOSING",
            Self::LastAck => "LAST_ACK",
            Self::TimeWait => "TIME_WAIT",
            Self::Closed => "CLOSED",
        })
    }
}

/// The other end of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Peer {
    /// A program on another machine. Remote peers are well behaved: they answer our FIN with
    /// theirs at once, the behaviour "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE" tells servers to wait for ("waiting in a recv loop
    /// until zero bytes are returned").
    Remote(SocketAddr),
    /// The other end, on this host.
    Local(ConnId),
}

/// One end of a TCP connection on this host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connection {
    pub(crate) id: ConnId,
    /// The socket that owns this end: the connecting socket, or the accepted one (`None` while
    /// the connection waits in the listener's backlog).
    pub(crate) socket: Option<SocketId>,
    /// The bound socket it originated from or was accepted on: whose port it holds.
    pub(crate) origin: SocketId,
    pub(crate) local: Endpoint,
    pub(crate) peer: Peer,
    pub(crate) state: TcpState,
}

impl Connection {
    /// The connection's id.
    pub fn id(&self) -> ConnId {
        self.id
    }
    /// The socket that owns this end, once accepted.
    pub fn socket(&self) -> Option<SocketId> {
        self.socket
    }
    /// The listening or connecting socket whose port it holds.
    pub fn origin(&self) -> SocketId {
        self.origin
    }
    /// The local endpoint.
    pub fn local(&self) -> Endpoint {
        self.local
    }
    /// The other end.
    pub fn peer(&self) -> Peer {
        self.peer
    }
    /// The TCP state.
    pub fn state(&self) -> TcpState {
        self.state
    }
}

/// The states a connection went through during one call, e.g. ESTABLISHED, FIN_WAIT_1,
/// FIN_WAIT_2, TIME_WAIT. The simulated network delivers at once, so FIN_WAIT_1, LAST_ACK and
/// CLOSING are passed through within one call; they appear here, never as a lasting state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transition {
    /// The connection.
    pub conn: ConnId,
    /// Every state, first to last.
    pub states: Vec<TcpState>,
}

impl fmt::Display for Transition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let states: Vec<String> = self.states.iter().map(ToString::to_string).collect();
        write!(f, "{} {}", self.conn, states.join(" -> "))
    }
}
