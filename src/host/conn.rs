//! TCP connections and their states, as `netstat` spells them.

use std::collections::{btree_map, BTreeMap, BTreeSet, VecDeque};
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

/// What the shared TCP life cycle needs of one connection end, whichever system keeps it.
pub trait TcpEnd {
    /// The end's TCP state.
    fn tcp_state(&self) -> TcpState;
    /// Moves the end to another state.
    fn set_tcp_state(&mut self, state: TcpState);
    /// The socket that owns the end (`None` while it waits in a backlog).
    fn owner_socket(&self) -> Option<SocketId>;
    /// Gives the end to a socket (`accept`); only [`Tcp::set_owner`] calls it, which keeps the
    /// index of ends by socket.
    fn set_owner_socket(&mut self, socket: SocketId);
    /// The other end, when it is on the same machine (a remote peer answers by itself).
    fn local_peer(&self) -> Option<ConnId>;
}

/// The [`TcpEnd`] methods every end has alike: its `state` and its owner `socket` fields.
macro_rules! state_and_owner {
    () => {
        fn tcp_state(&self) -> TcpState {
            self.state
        }
        fn set_tcp_state(&mut self, state: TcpState) {
            self.state = state;
        }
        fn owner_socket(&self) -> Option<SocketId> {
            self.socket
        }
        fn set_owner_socket(&mut self, socket: SocketId) {
            self.socket = Some(socket);
        }
    };
}

impl TcpEnd for Connection {
    state_and_owner!();
    fn local_peer(&self) -> Option<ConnId> {
        match self.peer {
            Peer::Local(p) => Some(p),
            Peer::Remote(_) => None,
        }
    }
}

/// One end of a TCP connection on a machine whose ends name a local peer by id, with what the
/// system's rules read of it (`claim`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct End<C> {
    pub(crate) id: ConnId,
    /// The socket that owns the end: the client, or the accepted socket; `None` while it waits
    /// in a backlog.
    pub(crate) socket: Option<SocketId>,
    /// The listener (server end) or the client socket it came from.
    pub(crate) origin: SocketId,
    /// The system's claim on the port.
    pub(crate) claim: C,
    pub(crate) port: u16,
    /// The other end, when it is on this machine.
    pub(crate) peer: Option<ConnId>,
    pub(crate) state: TcpState,
    /// Logical time of the connection.
    pub(crate) since: u64,
}

impl<C> TcpEnd for End<C> {
    state_and_owner!();
    fn local_peer(&self) -> Option<ConnId> {
        self.peer
    }
}

/// The connection ends of one machine and the listeners' backlogs, with the TCP life cycle
/// both systems share: a graceful close sends FIN (a remote peer answers with its own at once,
/// a local one goes to CLOSE_WAIT), an abortive one resets, a listener's pending connections
/// are reset when it closes. What an end holds beyond its state (a Windows [`Connection`], or
/// the Linux port claim) is the system's.
#[derive(Debug, Clone)]
pub(crate) struct Tcp<E> {
    /// Every end ever made, by id (ids grow, so this is creation order).
    ends: BTreeMap<ConnId, E>,
    /// Per listener, the ends waiting for `accept`, oldest first.
    backlog: BTreeMap<SocketId, VecDeque<ConnId>>,
    /// Per socket that owns ends, their ids in order: `close` and `shutdown` read a socket's
    /// ends here instead of scanning every end of the machine.
    by_socket: BTreeMap<SocketId, Vec<ConnId>>,
    /// Every listener that ever had an end queued: the ends accepted from it name it as their
    /// origin.
    origins: BTreeSet<SocketId>,
}

impl<E> Default for Tcp<E> {
    fn default() -> Self {
        Self { ends: BTreeMap::new(), backlog: BTreeMap::new(), by_socket: BTreeMap::new(), origins: BTreeSet::new() }
    }
}

impl<E: TcpEnd> Tcp<E> {
    /// The end with this id.
    pub(crate) fn get(&self, id: &ConnId) -> Option<&E> {
        self.ends.get(id)
    }

    /// Every end, in creation order.
    pub(crate) fn values(&self) -> btree_map::Values<'_, ConnId, E> {
        self.ends.values()
    }

    /// How many ends were ever made.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Records a new end.
    pub(crate) fn insert(&mut self, id: ConnId, end: E) {
        let owner = end.owner_socket();
        if let Some(old) = self.ends.insert(id, end).and_then(|old| old.owner_socket()) {
            self.unlist(old, id);
        }
        if let Some(socket) = owner {
            self.list(socket, id);
        }
    }

    /// Gives an end to a socket (`accept`).
    pub(crate) fn set_owner(&mut self, id: ConnId, socket: SocketId) {
        let Some(e) = self.ends.get_mut(&id) else { return };
        let old = e.owner_socket();
        e.set_owner_socket(socket);
        if let Some(old) = old {
            self.unlist(old, id);
        }
        self.list(socket, id);
    }

    fn list(&mut self, socket: SocketId, id: ConnId) {
        let ids = self.by_socket.entry(socket).or_default();
        if let Err(at) = ids.binary_search(&id) {
            ids.insert(at, id);
        }
    }

    fn unlist(&mut self, socket: SocketId, id: ConnId) {
        if let Some(ids) = self.by_socket.get_mut(&socket) {
            ids.retain(|c| *c != id);
            if ids.is_empty() {
                self.by_socket.remove(&socket);
            }
        }
    }

    /// Puts an end in a listener's backlog.
    pub(crate) fn queue(&mut self, listener: SocketId, conn: ConnId) {
        self.origins.insert(listener);
        self.backlog.entry(listener).or_default().push_back(conn);
    }

    /// Takes the oldest pending end of a listener.
    pub(crate) fn next_pending(&mut self, listener: SocketId) -> Option<ConnId> {
        self.backlog.get_mut(&listener).and_then(VecDeque::pop_front)
    }

    /// Whether an end refers to the socket: one it owns, or one accepted from it.
    pub(crate) fn refers_to(&self, socket: SocketId) -> bool {
        self.by_socket.contains_key(&socket) || self.origins.contains(&socket)
    }

    /// The ends owned by a socket, in id order.
    pub(crate) fn ends_of(&self, socket: SocketId) -> Vec<ConnId> {
        self.by_socket.get(&socket).cloned().unwrap_or_default()
    }

    /// `shutdown` for sending: every end of the socket sends FIN.
    pub(crate) fn shutdown(&mut self, socket: SocketId) -> Vec<Transition> {
        self.ends_of(socket).into_iter().flat_map(|c| self.fin(c)).collect()
    }

    /// A graceful close of a socket: its pending connections are reset, its own ends send FIN.
    #[inline]
    pub(crate) fn close(&mut self, socket: SocketId) -> Vec<Transition> {
        if self.ends.is_empty() {
            return Vec::new();
        }
        self.close_with_ends(socket)
    }

    fn close_with_ends(&mut self, socket: SocketId) -> Vec<Transition> {
        let mut out = self.reset_backlog(socket);
        for c in self.ends_of(socket) {
            out.extend(self.fin(c));
        }
        out
    }

    /// An abortive close (SO_LINGER on with 0 seconds): pending and own ends are reset.
    pub(crate) fn abort(&mut self, socket: SocketId) -> Vec<Transition> {
        let mut out = self.reset_backlog(socket);
        for c in self.ends_of(socket) {
            out.extend(self.reset(c));
        }
        out
    }

    /// Resets the unaccepted connections of a listener.
    fn reset_backlog(&mut self, listener: SocketId) -> Vec<Transition> {
        if self.backlog.is_empty() {
            return Vec::new();
        }
        let pending: Vec<ConnId> = self.backlog.remove(&listener).map(Vec::from).unwrap_or_default();
        pending.into_iter().flat_map(|c| self.reset(c)).collect()
    }

    /// Moves an end through `states`, the last one lasting.
    pub(crate) fn set_state(&mut self, conn: ConnId, states: &[TcpState]) -> Option<Transition> {
        let e = self.ends.get_mut(&conn)?;
        let mut all = vec![e.tcp_state()];
        all.extend_from_slice(states);
        e.set_tcp_state(*states.last()?);
        Some(Transition { conn, states: all })
    }

    /// Our end sends FIN; the network delivers at once, so the ACK and, from a remote peer, its
    /// own FIN arrive within the call.
    fn fin(&mut self, conn: ConnId) -> Vec<Transition> {
        let Some(e) = self.ends.get(&conn) else { return Vec::new() };
        let (state, peer) = (e.tcp_state(), e.local_peer());
        let (mine, theirs): (&[TcpState], Option<&[TcpState]>) = match (state, peer) {
            (TcpState::Established, None) => (&[TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait], None),
            (TcpState::Established, Some(_)) => {
                (&[TcpState::FinWait1, TcpState::FinWait2], Some(&[TcpState::CloseWait]))
            }
            (TcpState::CloseWait, None) => (&[TcpState::LastAck, TcpState::Closed], None),
            (TcpState::CloseWait, Some(_)) => (&[TcpState::LastAck, TcpState::Closed], Some(&[TcpState::TimeWait])),
            (
                TcpState::FinWait1
                | TcpState::FinWait2
                | TcpState::Closing
                | TcpState::LastAck
                | TcpState::TimeWait
                | TcpState::Closed,
                _,
            ) => return Vec::new(),
        };
        let mut out: Vec<Transition> = self.set_state(conn, mine).into_iter().collect();
        if let (Some(theirs), Some(p)) = (theirs, peer) {
            out.extend(self.set_state(p, theirs));
        }
        out
    }

    /// Our end resets the connection; a local peer is reset too.
    fn reset(&mut self, conn: ConnId) -> Vec<Transition> {
        let Some(e) = self.ends.get(&conn) else { return Vec::new() };
        if e.tcp_state() == TcpState::Closed {
            return Vec::new();
        }
        let peer = e.local_peer();
        let mut out: Vec<Transition> = self.set_state(conn, &[TcpState::Closed]).into_iter().collect();
        if let Some(p) = peer {
            if self.ends.get(&p).is_some_and(|e| e.tcp_state() != TcpState::Closed) {
                out.extend(self.set_state(p, &[TcpState::Closed]));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::ephemeral::SplitMix64;

    fn end(id: u32, socket: Option<u32>, origin: u32) -> End<()> {
        End {
            id: ConnId(id),
            socket: socket.map(SocketId),
            origin: SocketId(origin),
            claim: (),
            port: 80,
            peer: None,
            state: TcpState::Established,
            since: 0,
        }
    }

    /// The index of ends by socket answers what a scan of every end would, through inserts
    /// with and without an owner and ends handed to sockets by `accept`.
    #[test]
    fn a_sockets_ends_are_those_it_owns_in_id_order() {
        let mut rng = SplitMix64::new(11);
        let mut tcp: Tcp<End<()>> = Tcp::default();
        let mut waiting = Vec::new();
        for id in 1..=300u32 {
            let socket = u32::try_from(rng.next_u64() % 20).unwrap();
            if rng.next_u64() % 2 == 0 {
                tcp.insert(ConnId(id), end(id, Some(socket), socket));
            } else {
                tcp.insert(ConnId(id), end(id, None, socket));
                waiting.push(ConnId(id));
            }
            if rng.next_u64() % 3 == 0 && !waiting.is_empty() {
                let c = waiting.swap_remove(usize::try_from(rng.next_u64() % waiting.len() as u64).unwrap());
                tcp.set_owner(c, SocketId(100 + u32::try_from(rng.next_u64() % 5).unwrap()));
            }
        }
        for socket in (0..20).chain(100..105).map(SocketId) {
            let scan: Vec<ConnId> = tcp.values().filter(|e| e.owner_socket() == Some(socket)).map(|e| e.id).collect();
            assert_eq!(tcp.ends_of(socket), scan, "{socket}");
        }
        assert!(tcp.ends_of(SocketId(100)).len() + tcp.ends_of(SocketId(101)).len() > 0, "some ends were accepted");
    }
}
