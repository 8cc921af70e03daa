//! What Windows supplies to the shared [`Machine`](super::Machine): its sockets and their
//! checks, its bind decision (the [`rules`](crate::rules) of the host's era and behaviour), its
//! port space, its errors. The calls themselves are [`Host`]'s, in the parent module.

use super::conn::{ConnId, Connection, Transition};
use super::system::{Listen, Refused, System};
use super::{Host, Linger, Socket, SocketState, Windows, WindowsOwn};
use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::error::WsaError;
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::rules::{self, Decision, Reason, Refusal};

/// What a bind reads of its socket, read once by the checks: each hook looking the socket up
/// again cost three lookups per bind. Public only as [`System::Checked`] of [`Windows`].
#[derive(Debug, Clone, Copy)]
pub struct BindFrom {
    /// The socket's creation number.
    pub(super) at: usize,
    pub(super) proto: Proto,
    pub(super) owner: UserId,
    pub(super) mode: ReuseMode,
    pub(super) v6only: bool,
}

impl System for Windows {
    type Socket = Socket;
    type End = Connection;
    type Refusal = Refusal;
    type Own = WindowsOwn;
    type Addr = Endpoint;
    type Bound = Endpoint;
    type Answer = Decision;
    type Checked = BindFrom;
    fn not_a_socket() -> Refusal {
        Refusal::new(WsaError::NotSock, Reason::NotASocket)
    }
    fn is_closed(socket: &Socket) -> bool {
        socket.state == SocketState::Closed
    }
    fn place(m: &Host, id: SocketId) -> Option<usize> {
        m.index(id)
    }
    fn refusal(why: Refused) -> Refusal {
        match why {
            Refused::UnknownUser => Refusal::new(WsaError::Inval, Reason::UnknownUser),
            Refused::NotListening => Refusal::new(WsaError::Inval, Reason::NotListening),
            Refused::NothingPending => Refusal::new(WsaError::WouldBlock, Reason::NoPendingConnection),
        }
    }
    /// Winsock's defaults: no reuse option, IPV6_V6ONLY on, SO_LINGER off.
    fn new_socket(m: &mut Host, family: Family, proto: Proto, owner: UserId) -> Result<(SocketId, Socket), Refusal> {
        rules::address::socket(m.era(), family)?;
        let id = SocketId(m.id_number(m.own.next_socket));
        m.own.next_socket += 1;
        let socket = Socket {
            id,
            family,
            proto,
            owner,
            mode: ReuseMode::Default,
            v6only: true,
            linger: Linger::default(),
            state: SocketState::Created,
            binding: None,
            since: 0,
            bound_at: 0,
            peer: None,
        };
        Ok((id, socket))
    }
    fn port(addr: Endpoint) -> u16 {
        addr.port
    }
    fn bound(addr: Endpoint, port: u16) -> Endpoint {
        Endpoint { port, ..addr }
    }
    fn bind_checks(m: &Host, id: SocketId, addr: Endpoint) -> Result<BindFrom, Refusal> {
        m.bind_checks(id, addr)
    }
    fn ephemeral(m: &mut Host, _: SocketId, from: &BindFrom, addr: Endpoint) -> Result<u16, Refusal> {
        m.ephemeral_port(from.proto, addr)
    }
    fn decide_bind(m: &Host, id: SocketId, from: &BindFrom, addr: Endpoint, port: u16) -> Result<Decision, Refusal> {
        m.decide_bind(id, from, Self::bound(addr, port))
    }
    fn record_bind(m: &mut Host, id: SocketId, from: BindFrom, bound: Endpoint, clock: u64) -> Result<(), Refusal> {
        m.record_binding(id, &from, bound, clock)
    }
    fn implicit_address(s: &Socket) -> Option<Endpoint> {
        s.binding.is_none().then_some(Endpoint { addr: LocalAddr::Wildcard(s.family), port: 0 })
    }
    fn listen_from(s: &Socket) -> Result<Listen, Refusal> {
        match (s.proto, s.state) {
            (Proto::Udp, _) => Err(Refusal::new(WsaError::OpNotSupp, Reason::WrongProtocol)),
            (Proto::Tcp, SocketState::Created) => Err(Refusal::new(WsaError::Inval, Reason::NotBound)),
            (Proto::Tcp, SocketState::Connected) => Err(Refusal::new(WsaError::IsConn, Reason::AlreadyConnected)),
            (Proto::Tcp, SocketState::Listening) => Ok(Listen::Already),
            (Proto::Tcp, SocketState::Closed) => Err(Refusal::new(WsaError::NotSock, Reason::NotASocket)),
            (Proto::Tcp, SocketState::Bound) => Ok(Listen::Start),
        }
    }
    /// Windows checks nothing again at listen: the port was decided at bind.
    fn start_listening(m: &mut Host, id: SocketId) -> Result<(), Refusal> {
        let clock = m.core.tick();
        let s = m.live_mut(id)?;
        s.state = SocketState::Listening;
        s.since = clock;
        Ok(())
    }
    fn is_listening(s: &Socket) -> bool {
        s.state == SocketState::Listening
    }
    fn accepted(m: &mut Host, listener: SocketId, _conn: ConnId) -> Result<SocketId, Refusal> {
        let l = m.live(listener)?;
        let (family, proto, owner, mode, v6only) = (l.family, l.proto, l.owner, l.mode, l.v6only);
        let id = m.socket(family, proto, owner)?;
        let s = m.live_mut(id)?;
        s.mode = mode;
        s.v6only = v6only;
        s.state = SocketState::Connected;
        Ok(id)
    }
    fn sends_fin(m: &Host, id: SocketId) -> Result<bool, Refusal> {
        m.live(id)?;
        if m.conns_of(id).is_empty() {
            return Err(Refusal::new(WsaError::NotConn, Reason::NotConnected));
        }
        Ok(true)
    }
    fn is_abortive(s: &Socket) -> bool {
        s.linger.is_abortive()
    }
    fn set_abortive(s: &mut Socket) {
        s.linger = Linger { onoff: true, seconds: 0 };
    }
    fn closed(m: &mut Host, id: SocketId, at: usize, transitions: &[Transition]) -> Result<(), Refusal> {
        m.finish_close(id, at, transitions)
    }
}
