//! What Linux supplies to the shared [`Machine`](crate::host::Machine): its sockets and their
//! checks, its bind decision and listen-time re-check ([`rules::linux`](crate::rules::linux)),
//! its port range, its errors. The calls themselves are [`LinuxHost`]'s, in the parent module.

use std::net::SocketAddr;

use super::super::conn::{ConnId, Transition};
use super::super::system::{Listen, Refused, System};
use super::{wildcard, End, Linux, LinuxAnswer, LinuxHost, LinuxHostSocket, LinuxOwn, LinuxRefusal, LinuxSocketState};
use crate::endpoint::{Family, Proto};
use crate::id::{SocketId, UserId};
use crate::rules::linux::{self, LinuxError};
use crate::rules::linux_calls::LinuxReason;

impl System for Linux {
    type Socket = LinuxHostSocket;
    type End = End;
    type Refusal = LinuxRefusal;
    type Own = LinuxOwn;
    type Addr = SocketAddr;
    type Bound = SocketAddr;
    type Answer = LinuxAnswer;
    type Checked = ();
    fn not_a_socket() -> LinuxRefusal {
        LinuxRefusal::new(LinuxError::BadF, LinuxReason::NotASocket)
    }
    fn is_closed(socket: &LinuxHostSocket) -> bool {
        socket.state == LinuxSocketState::Closed
    }
    fn place(_: &LinuxHost, id: SocketId) -> Option<usize> {
        usize::try_from(id.0).ok()?.checked_sub(1)
    }
    fn refusal(why: Refused) -> LinuxRefusal {
        match why {
            Refused::UnknownUser => LinuxRefusal::new(LinuxError::Inval, LinuxReason::UnknownUser),
            Refused::NotListening => LinuxRefusal::new(LinuxError::Inval, LinuxReason::NotListening),
            Refused::NothingPending => LinuxRefusal::new(LinuxError::Again, LinuxReason::NothingPending),
        }
    }
    /// Linux's defaults: no SO_REUSEADDR, no SO_REUSEPORT, IPV6_V6ONLY off
    /// (`net.ipv6.bindv6only = 0`).
    fn new_socket(
        m: &mut LinuxHost,
        family: Family,
        proto: Proto,
        owner: UserId,
    ) -> Result<(SocketId, LinuxHostSocket), LinuxRefusal> {
        let id = SocketId(u32::try_from(m.core.sockets.made() + 1).unwrap_or(u32::MAX));
        let socket = LinuxHostSocket {
            id,
            family,
            proto,
            owner,
            reuseaddr: false,
            reuseport: false,
            v6only: false,
            abortive: false,
            state: LinuxSocketState::Created,
            local: None,
            peer: None,
            connected_at: 0,
            bound_at: 0,
        };
        Ok((id, socket))
    }
    fn port(addr: SocketAddr) -> u16 {
        addr.port()
    }
    fn bound(addr: SocketAddr, port: u16) -> SocketAddr {
        SocketAddr::new(addr.ip(), port)
    }
    fn bind_checks(m: &LinuxHost, id: SocketId, addr: SocketAddr) -> Result<(), LinuxRefusal> {
        m.address_checks(id, addr)
    }
    fn ephemeral(m: &mut LinuxHost, id: SocketId, (): &(), _: SocketAddr) -> Result<u16, LinuxRefusal> {
        let proto = m.live(id)?.proto;
        m.ephemeral(proto).ok_or(LinuxRefusal::new(LinuxError::AddrInUse, LinuxReason::PortsExhausted))
    }
    fn decide_bind(
        m: &LinuxHost,
        id: SocketId,
        (): &(),
        addr: SocketAddr,
        port: u16,
    ) -> Result<LinuxAnswer, LinuxRefusal> {
        m.decide_bind(id, addr, port)
    }
    fn record_bind(m: &mut LinuxHost, id: SocketId, (): (), local: SocketAddr, clock: u64) -> Result<(), LinuxRefusal> {
        m.change(id, |s| {
            s.local = Some(local);
            s.state = LinuxSocketState::Bound;
            s.bound_at = clock;
            // __inet6_bind: a specific IPv6 address leaves the socket IPv6-only.
            s.v6only = linux::v6only_after_bind(local.ip(), s.v6only);
        })
    }
    fn implicit_address(s: &LinuxHostSocket) -> Option<SocketAddr> {
        s.local.is_none().then(|| SocketAddr::new(wildcard(s.family), 0))
    }
    fn listen_from(s: &LinuxHostSocket) -> Result<Listen, LinuxRefusal> {
        match (s.proto, s.state) {
            (Proto::Udp, _) => Err(LinuxRefusal::new(LinuxError::OpNotSupp, LinuxReason::ListenNeedsStream)),
            (Proto::Tcp, LinuxSocketState::Connected) => {
                Err(LinuxRefusal::new(LinuxError::Inval, LinuxReason::ListenWhileConnected))
            }
            (Proto::Tcp, LinuxSocketState::Listening) => Ok(Listen::Already),
            (Proto::Tcp, LinuxSocketState::Closed) => Err(LinuxRefusal::new(LinuxError::BadF, LinuxReason::NotASocket)),
            (Proto::Tcp, LinuxSocketState::Created | LinuxSocketState::Bound) => Ok(Listen::Start),
        }
    }
    /// Linux checks the port again at listen (`inet_csk_listen_start` calls `get_port`).
    fn start_listening(m: &mut LinuxHost, id: SocketId) -> Result<(), LinuxRefusal> {
        m.start_listening(id)
    }
    fn is_listening(s: &LinuxHostSocket) -> bool {
        s.state == LinuxSocketState::Listening
    }
    fn accepted(m: &mut LinuxHost, listener: SocketId, conn: ConnId) -> Result<SocketId, LinuxRefusal> {
        m.accepted(listener, conn)
    }
    /// A listening socket, and a connected UDP one, have nothing to shut down and answer
    /// success, as the kernel does.
    fn sends_fin(m: &LinuxHost, id: SocketId) -> Result<bool, LinuxRefusal> {
        let s = m.live(id)?;
        match s.state {
            LinuxSocketState::Listening => Ok(false),
            LinuxSocketState::Connected => Ok(s.proto == Proto::Tcp),
            LinuxSocketState::Created | LinuxSocketState::Bound | LinuxSocketState::Closed => {
                Err(LinuxRefusal::new(LinuxError::NotConn, LinuxReason::NotConnected))
            }
        }
    }
    fn is_abortive(s: &LinuxHostSocket) -> bool {
        s.abortive
    }
    fn set_abortive(s: &mut LinuxHostSocket) {
        s.abortive = true;
    }
    fn closed(m: &mut LinuxHost, id: SocketId, _: usize, _: &[Transition]) -> Result<(), LinuxRefusal> {
        m.mark_closed(id)
    }
}
