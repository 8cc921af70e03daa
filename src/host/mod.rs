//! The simulated machine: [`Host`] and what it hands out (sockets, connections). The Host's own
//! documentation says how it works; this module only splits it into files.

mod builder;
mod conn;
mod ephemeral;
mod linux;
mod network;
mod port_index;
mod socket;
mod sockets;
mod system;
mod windows;

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::Serialize;

pub use builder::{Attempt, CallError, SocketBuilder, ToEndpoint};
pub use conn::{ConnId, Connection, Peer, TcpState, Transition};
pub use linux::{Holder, Linux, LinuxAnswer, LinuxConnect, LinuxHost, LinuxHostSocket, LinuxRefusal, LinuxSocketState};
pub use network::{HostRef, Identity, NetConnect, NetDelivery, Network, NetworkError};
pub use socket::{Linger, Socket, SocketState};

use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::{Behaviour, Era, Ipv6};
use crate::error::WsaError;
use crate::id::{SocketId, UserId};
use crate::options::{ReuseMode, SocketOption};

use crate::rules::delivery::{self, Delivery, Membership, Receiver, Receivers};
use crate::rules::options::{Privilege, ReuseOption};
use crate::rules::{self, Binding, Decision, Reason, Refusal};
#[cfg(test)]
pub(crate) use conn::End;
use port_index::{Key, PortIndex};
use system::canonical;
pub use system::Machine;
pub(crate) use system::{Core, System};
#[cfg(test)]
pub(crate) use system::{Listen, Refused};
use windows::BindFrom;

/// An account of the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// The account name.
    pub name: String,
    /// Whether it is an administrator (matters only for SO_EXCLUSIVEADDRUSE before XP SP2).
    pub admin: bool,
}

/// What a successful `connect` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connect {
    /// Who receives the connection, and why (with the other behaviour's answer where it differs).
    pub delivery: Delivery,
    /// The listener that receives the connection; `None` where the receiver is undetermined (two
    /// listeners sharing an address in an era whose documents do not say which one gets it): then
    /// read [`delivery`](Self::delivery) for the candidates.
    pub listener: Option<SocketId>,
    /// The listener whose backlog holds the connection until `accept`: the receiver, or, where
    /// the receiver is undetermined, the listener listening longest (what current Windows does),
    /// a choice the model makes so that the simulation can go on, not an answer.
    pub queued_on: SocketId,
    /// The connecting end, when a local socket connected.
    pub conn: Option<ConnId>,
    /// The listener's end, waiting in its backlog until `accept`.
    pub queued: ConnId,
}

/// A remote peer's address for connections and datagrams from outside (documentation ranges).
const REMOTE_V4: Ipv4Addr = Ipv4Addr::new(203, 0, 113, 1);
const REMOTE_V6: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0xffff, 0, 0, 0, 0, 1);

/// One simulated Windows machine. All state lives here and every call is deterministic.
///
/// The Host keeps the socket table, the port index, the connections and the ephemeral port
/// cursor. It checks the state of a socket (unknown, closed, already bound ...) and then asks the
/// pure [`rules`](crate::rules) for every decision about ports and delivery: it never decides a
/// bind itself.
///
/// Its methods come in four kinds (after quinn's `Connection`):
/// - (A) set-up: [`Host::new`], [`Host::add_user`], [`Host::add_address`], [`Host::set_behaviour`];
///   the port space: [`Host::set_dynamic_ports`], [`Host::exclude_ports`], [`Host::reserve_ports`],
///   [`Host::set_ephemeral_order`], [`Host::apply_excluded`], [`Host::apply_dynamic`];
/// - (B) Winsock calls on a socket: [`socket`](Host::socket), [`set_option`](Host::set_option),
///   [`option`](Host::option), [`set_linger`](Host::set_linger), [`bind`](Host::bind),
///   [`listen`](Host::listen), [`connect`](Host::connect), [`accept`](Host::accept),
///   [`shutdown`](Host::shutdown), [`close`](Host::close), [`abort`](Host::abort),
///   [`send`](Host::send), [`send_via`](Host::send_via), [`join`](Host::join);
/// - (C) events from the outside world: [`connect`](Host::connect) and [`send`](Host::send)
///   with no local socket (a remote peer);
/// - (D) inspection: [`Host::get`], [`Host::sockets`], [`Host::connections`],
///   [`Host::bindings_on_port`], [`Host::port_map`], [`Host::delivery`].
///
/// ```
/// use std::net::Ipv4Addr;
/// use winsock_bind::{Era, Family, Host, Privilege, Proto, SocketOption, WsaError};
///
/// let mut host = Host::new(Era::Server2003);
/// host.add_address("10.0.0.1".parse().unwrap());
/// let service = host.add_user("service", Privilege::User);
/// let attacker = host.add_user("attacker", Privilege::User);
///
/// let srv = host.socket(Family::V4, Proto::Tcp, service)?;
/// host.set_option(srv, SocketOption::ExclusiveAddressUse, 1)?;
/// host.bind(srv, (Ipv4Addr::UNSPECIFIED, 5150))?;
/// host.listen(srv)?;
///
/// let evil = host.socket(Family::V4, Proto::Tcp, attacker)?;
/// host.set_option(evil, SocketOption::ReuseAddr, 1)?;
/// let refusal = host.bind(evil, (Ipv4Addr::new(10, 0, 0, 1), 5150)).unwrap_err();
/// assert_eq!(refusal.error(), WsaError::Access);
/// assert_eq!(refusal.decision().against.map(|b| b.socket), Some(srv));
///
/// // Text works too; then the error also says when it does not parse (`CallError`).
/// let c = host.connect(None, "10.0.0.1:5150").unwrap();
/// assert_eq!(c.listener, Some(srv));
/// # Ok::<(), winsock_bind::rules::Refusal>(())
/// ```
///
/// Handles are plain numbers ([`SocketId`], [`UserId`]) so that rules-level code and tests can
/// build [`Binding`]s by hand, and the Host checks every one it is given: a socket id it never
/// handed out (or one already closed) is WSAENOTSOCK (rule S1), an account it never added is
/// WSAEINVAL (rule S13). Ids count up from 1 and are never reused, so a stale id names the same
/// closed socket forever and every run is the same.
pub type Host = Machine<Windows>;

/// Windows inside the machine, with its era: Winsock's sockets, connections and refusals, and
/// the rules of [`rules`] for that era. The value a [`Host`] is made of (`Host::new(era)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Windows(pub(crate) Era);

/// What a Windows machine keeps beside the shared core.
#[derive(Debug, Clone)]
pub struct WindowsOwn {
    behaviour: Behaviour,
    /// Bound sockets per (protocol, port), grouped for the rules; closed exclusive sockets stay
    /// while their connections are active (the caveat of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
    ports: PortIndex,
    /// Connections per originating or listening socket, for the lifetime rule.
    by_origin: BTreeMap<SocketId, Vec<ConnId>>,
    /// Dynamic ranges, excluded and reserved ports, and the ephemeral allocator.
    port_space: ephemeral::PortSpace,
    /// How many sockets and connection ends this host has created (ids are made from them).
    next_socket: u32,
    next_user: u32,
    next_conn: u32,
    /// Ids are `count * stride + offset + 1`: one host alone has stride 1 and offset 0; the
    /// hosts of a [`Network`] interleave theirs, so ids stay unique across the network.
    stride: u32,
    offset: u32,
    next_remote_port: u16,
}

impl Host {
    /// A machine of `era` with the loopback addresses 127.0.0.1 and ::1 (the latter only where
    /// the era has IPv6), no users and no sockets. The behaviour is the era's default.
    pub fn new(era: Era) -> Self {
        let mut addresses = vec![IpAddr::V4(Ipv4Addr::LOCALHOST)];
        if era.profile().ipv6 != Ipv6::None {
            addresses.push(IpAddr::V6(Ipv6Addr::LOCALHOST));
        }
        Self {
            system: Windows(era),
            core: Core::new(addresses),
            own: WindowsOwn {
                behaviour: era.profile().behaviour,
                ports: PortIndex::default(),
                by_origin: BTreeMap::new(),
                port_space: ephemeral::PortSpace::new(),
                next_socket: 0,
                next_user: 1,
                next_conn: 0,
                stride: 1,
                offset: 0,
                next_remote_port: 50000,
            },
        }
    }

    /// The era.
    pub fn era(&self) -> Era {
        self.system.0
    }

    /// Which answer the host gives where documents and current Windows differ.
    pub fn behaviour(&self) -> Behaviour {
        self.own.behaviour
    }

    /// Asks for the documented or the observed answer (see [`Behaviour`]).
    pub fn set_behaviour(&mut self, behaviour: Behaviour) {
        self.own.behaviour = behaviour;
    }

    /// The host's addresses, sorted.
    pub fn addresses(&self) -> impl Iterator<Item = IpAddr> + '_ {
        self.core.addresses.iter().copied()
    }

    /// Adds an account with its [`Privilege`] and returns its id.
    ///
    /// ```
    /// use winsock_bind::{Era, Host, Privilege};
    /// let mut host = Host::new(Era::Xp);
    /// let admin = host.add_user("admin", Privilege::Admin);
    /// assert!(host.user(admin).is_some_and(|u| u.admin));
    /// ```
    ///
    /// A bare `bool` says nothing at the call site, so it is not taken:
    ///
    /// ```compile_fail
    /// use winsock_bind::{Era, Host};
    /// let mut host = Host::new(Era::Xp);
    /// host.add_user("admin", true);
    /// ```
    pub fn add_user(&mut self, name: &str, privilege: Privilege) -> UserId {
        let id = UserId(self.own.next_user);
        self.own.next_user += 1;
        self.core.add_user(id, name, privilege)
    }

    /// The account with this id.
    pub fn user(&self, id: UserId) -> Option<&User> {
        self.core.users.get(&id)
    }

    /// Where a socket id of this host sits in `sockets`.
    fn index(&self, id: SocketId) -> Option<usize> {
        let n = id.0.checked_sub(1)?.checked_sub(self.own.offset)?;
        // A host alone (stride 1) skips the two divisions, a fifth of a socket + bind + close.
        if self.own.stride == 1 {
            return usize::try_from(n).ok();
        }
        (n % self.own.stride == 0).then(|| usize::try_from(n / self.own.stride).ok()).flatten()
    }

    /// The id of the `n`th socket or connection end (from 0) this host creates.
    fn id_number(&self, n: u32) -> u32 {
        n * self.own.stride + self.own.offset + 1
    }

    /// Whether a closed SO_EXCLUSIVEADDRUSE socket still holds its port through active
    /// connections (the caveat of Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE";
    /// blocking only under the documented behaviour, rule T1).
    pub fn holds_port_after_close(&self, id: SocketId) -> bool {
        self.get(id).is_some_and(|s| s.state == SocketState::Closed) && self.is_lingering(id)
    }

    /// Every connection end on this host, in creation order.
    pub fn connections(&self) -> impl Iterator<Item = &Connection> {
        self.core.conns.values()
    }

    /// The bindings on a port, as the rules see them: open bound sockets and lingering closed
    /// exclusive ones, in bind order.
    pub fn bindings_on_port(&self, proto: Proto, port: u16) -> Vec<Binding> {
        self.bindings(self.own.ports.all(proto, port))
    }

    /// The bindings behind index entries, with the lifetime flag set on held closed sockets.
    fn bindings(&self, entries: Vec<port_index::Entry>) -> Vec<Binding> {
        entries.into_iter().filter_map(|(_, id)| self.binding_of(id)).collect()
    }

    /// The binding behind an index entry, with the lifetime flag set on a held closed socket.
    fn binding_of(&self, id: SocketId) -> Option<Binding> {
        let s = self.get(id)?;
        let b = s.binding?;
        match s.state {
            SocketState::Closed => self.is_lingering(id).then_some(Binding { lingering: true, ..b }),
            SocketState::Created | SocketState::Bound | SocketState::Listening | SocketState::Connected => Some(b),
        }
    }

    /// Who would receive a TCP connection (`Proto::Tcp`) or a UDP datagram (`Proto::Udp`) sent
    /// to `to` from outside right now, without sending anything: the answer
    /// [`connect`](Host::connect) and [`send`](Host::send) give, by the delivery rules R1-R8
    /// (with the other behaviour's answer where it differs). An inspection for searches that
    /// must not change the machine, such as the audit's.
    pub fn delivery(&self, proto: Proto, to: SocketAddr) -> Delivery {
        self.delivery_via(proto, to, None, None)
    }

    /// [`delivery`](Host::delivery) of a multicast datagram arriving on the interface `via` (by
    /// its local address); `None` is every interface where a socket joined the group. A UDP
    /// socket connected to a peer other than `sender` does not take it ([`delivery::hears`]).
    fn delivery_via(&self, proto: Proto, to: SocketAddr, via: Option<IpAddr>, sender: Option<SocketAddr>) -> Delivery {
        match proto {
            Proto::Tcp => {
                let listeners = self.receivers(Proto::Tcp, to.port(), |s| s.state == SocketState::Listening);
                delivery::connection(self.era(), self.own.behaviour, to, &self.core.addresses, &listeners)
            }
            Proto::Udp => {
                let bound = self.receivers(Proto::Udp, to.port(), |s| delivery::hears(s.peer(), sender));
                let members: Vec<Membership> = bound
                    .iter()
                    .flat_map(|r| {
                        let socket = r.binding.socket;
                        self.core
                            .memberships
                            .get(&socket)
                            .into_iter()
                            .flatten()
                            .map(move |&(group, iface)| Membership { socket, group, iface })
                    })
                    .collect();
                let mut d = delivery::datagram(self.era(), to, via, &self.core.addresses, &bound, &members);
                let connected = |id| self.get(id).is_some_and(|s| s.peer.is_some());
                // A ranking (R2) that a connected socket takes part in rests on the model's
                // reading; among equals the answer stays undetermined (R4), as documented.
                if d.rule == delivery::DeliveryRule::MostSpecific
                    && delivery::connected_meets_others(self.era(), to, &bound, connected)
                {
                    d.rule = delivery::DeliveryRule::PeerAmongSharers;
                }
                d
            }
        }
    }

    // ---- (B) Winsock calls -------------------------------------------------------------------

    /// Simulates [`socket`](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-socket):
    /// creates a socket owned by `owner`. IPv6 sockets start with IPV6_V6ONLY on, the Windows
    /// default (Microsoft Learn, "Dual-Stack Sockets for IPv6 Winsock Applications").
    ///
    /// # Errors
    /// WSAEINVAL (rule S13) when `owner` is not an account of this host: ids are handed out by
    /// [`add_user`](Host::add_user), and one made up or taken from another host is refused
    /// rather than silently owning a socket; WSAEAFNOSUPPORT for an IPv6 socket in an era
    /// without IPv6.
    ///
    /// ```
    /// use winsock_bind::{Privilege, Era, Family, Host, Proto, Reason, UserId, WsaError};
    ///
    /// let mut host = Host::new(Era::Win11);
    /// let refusal = host.socket(Family::V4, Proto::Tcp, UserId(7)).unwrap_err();
    /// assert_eq!((refusal.error(), refusal.reason()), (WsaError::Inval, Reason::UnknownUser));
    /// let alice = host.add_user("alice", Privilege::User);
    /// assert!(host.socket(Family::V4, Proto::Tcp, alice).is_ok());
    /// ```
    pub fn socket(&mut self, family: Family, proto: Proto, owner: UserId) -> Result<SocketId, Refusal> {
        self.socket_flow(family, proto, owner)
    }

    /// Simulates [`setsockopt`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-setsockopt)
    /// for a boolean option; any non-zero `value` is on (Microsoft Learn, "SOL_SOCKET socket
    /// options").
    ///
    /// SO_REUSEADDR and SO_EXCLUSIVEADDRUSE set after bind are stored but do not change the
    /// binding already made: the rules read the options as they were at bind time.
    ///
    /// # Errors
    /// WSAENOTSOCK (closed or unknown socket); the option rules O1-O5 (WSAENOPROTOOPT, WSAEACCES,
    /// WSAEINVAL); use [`set_linger`](Host::set_linger) for SO_LINGER.
    pub fn set_option(&mut self, id: SocketId, option: SocketOption, value: i64) -> Result<(), Refusal> {
        let era = self.era();
        let admin = self.is_admin(self.live(id)?.owner);
        let s = self.live_mut(id)?;
        let on = value != 0;
        match option {
            SocketOption::ReuseAddr => {
                s.mode = rules::options::set_reuse(era, s.mode, ReuseOption::ReuseAddr, on.into(), admin.into())?;
            }
            SocketOption::ExclusiveAddressUse => {
                s.mode =
                    rules::options::set_reuse(era, s.mode, ReuseOption::ExclusiveAddressUse, on.into(), admin.into())?;
            }
            SocketOption::V6Only => s.v6only = rules::options::set_v6only(era, s.binding.is_some(), on.into())?,
            SocketOption::Linger => s.linger = Linger { onoff: on, seconds: 0 },
            // Winsock has no SO_REUSEPORT: an unknown SOL_SOCKET option is WSAENOPROTOOPT.
            SocketOption::AcceptConn | SocketOption::ReusePort => {
                return Err(Refusal::new(WsaError::NoProtoOpt, Reason::OptionNotApplicable))
            }
        }
        Ok(())
    }

    /// Simulates `setsockopt(SO_LINGER)` with a `LINGER` structure. On with 0 seconds makes
    /// `close` abortive ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE": the connection is reset, no TIME_WAIT).
    ///
    /// # Errors
    /// WSAENOTSOCK.
    pub fn set_linger(&mut self, id: SocketId, linger: Linger) -> Result<(), Refusal> {
        self.live_mut(id)?.linger = linger;
        Ok(())
    }

    /// Simulates [`getsockopt`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-getsockopt):
    /// booleans read back as 0 or 1; SO_LINGER reads back `l_onoff`.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAENOPROTOOPT for SO_EXCLUSIVEADDRUSE and IPV6_V6ONLY where they do not
    /// exist (`rules::options::v6only`).
    pub fn option(&self, id: SocketId, option: SocketOption) -> Result<i64, Refusal> {
        let s = self.live(id)?;
        Ok(i64::from(match option {
            SocketOption::ReuseAddr => s.mode == ReuseMode::ReuseAddr,
            SocketOption::ExclusiveAddressUse => {
                if self.era().profile().exclusive == crate::era::Exclusive::Unavailable {
                    return Err(Refusal::new(WsaError::NoProtoOpt, Reason::ExclusiveUnavailable));
                }
                s.mode == ReuseMode::Exclusive
            }
            SocketOption::V6Only => rules::options::v6only(self.era(), s.family, s.binding.is_some(), s.v6only)?,
            SocketOption::Linger => s.linger.onoff,
            SocketOption::AcceptConn => s.state == SocketState::Listening,
            SocketOption::ReusePort => return Err(Refusal::new(WsaError::NoProtoOpt, Reason::OptionNotApplicable)),
        }))
    }

    /// Simulates [`bind`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-bind).
    /// Port 0 picks a free port of the dynamic range, in the [`EphemeralOrder`](crate::ports::EphemeralOrder) of the host. A
    /// port inside an excluded range is refused before the bind rules run (rule P2). On success,
    /// returns the decision (its rule, and the other behaviour's answer where they differ); a
    /// failed bind leaves the socket unbound, so it can change options and try again.
    ///
    /// Cost: the rules see one binding per owner and group of the port, not every socket on it
    /// (10,000 sockets sharing an address are one group), and port 0 finds its port in a few
    /// word reads of the port index however full the range is.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEINVAL (already bound); WSAEAFNOSUPPORT (wrong family); WSAEADDRNOTAVAIL
    /// (not a local address); WSAENOBUFS (no ephemeral port, rule P1); WSAEACCES (an excluded
    /// port, rule P2); WSAEADDRINUSE or WSAEACCES from the bind rules. The address is any
    /// [`ToEndpoint`]: a typed one fails with a [`Refusal`], text with a [`CallError`] (which
    /// also says when it does not parse).
    pub fn bind<A: ToEndpoint>(&mut self, id: SocketId, endpoint: A) -> Result<Decision, A::Error> {
        let endpoint = endpoint.endpoint()?;
        Ok(self.bind_endpoint(id, endpoint)?)
    }

    /// [`bind`](Host::bind) of an endpoint.
    fn bind_endpoint(&mut self, id: SocketId, endpoint: Endpoint) -> Result<Decision, Refusal> {
        self.bind_flow(id, endpoint)
    }

    /// Records a decided binding of `endpoint` at logical time `clock`, in the socket and the
    /// port index. The binding is made here from the socket, not carried from the decision.
    fn record_binding(&mut self, id: SocketId, from: &BindFrom, endpoint: Endpoint, clock: u64) -> Result<(), Refusal> {
        // The socket the checks found (open, and nothing closed it since): no second lookup by id.
        let s = self.core.live_mut(Some(from.at))?;
        let attempt = Binding::new(id, from.owner, endpoint, from.mode, from.v6only);
        s.binding = Some(attempt);
        s.state = SocketState::Bound;
        s.since = clock;
        s.bound_at = clock;
        let key = Key { proto: from.proto, endpoint, mode: from.mode, v6only: from.v6only, owner: from.owner };
        // A free port (the usual bind) has no one alone on it: one bit read, not the table's.
        let alone = if self.own.ports.is_used(from.proto, endpoint.port) {
            self.own.ports.alone(from.proto, endpoint.port).and_then(|other| self.index_key(other))
        } else {
            None
        };
        self.own.ports.insert(&key, (clock, id), alone);
        Ok(())
    }

    /// What [`bind`](Host::bind) would answer, without binding: the same checks and the same
    /// rules, and the host is left as it was. For port 0 it answers for the port `bind` would
    /// pick next.
    ///
    /// # Errors
    /// As [`bind`](Host::bind).
    pub fn predict_bind(&self, id: SocketId, endpoint: Endpoint) -> Result<Decision, Refusal> {
        let from = self.bind_checks(id, endpoint)?;
        let mut endpoint = endpoint;
        if endpoint.port == 0 {
            endpoint.port = self.clone_for_ephemeral().ephemeral_port(from.proto, endpoint)?;
        }
        self.decide_bind(id, &from, endpoint)
    }

    /// The checks of the socket and the address that come before the rules.
    fn bind_checks(&self, id: SocketId, endpoint: Endpoint) -> Result<BindFrom, Refusal> {
        let (at, s) = self.core.live_at(self.index(id))?;
        if s.binding.is_some() || s.state != SocketState::Created {
            return Err(Refusal::at(WsaError::Inval, Reason::AlreadyBound, endpoint));
        }
        // The address on its stack comes with the rules' checks: worked out once per bind.
        if let Some(ip) = rules::address::bindable_at(self.era(), s.family, endpoint)? {
            if !self.core.is_local(&ip) {
                return Err(Refusal::at(WsaError::AddrNotAvail, Reason::AddressNotLocal, endpoint));
            }
        }
        Ok(BindFrom { at, proto: s.proto, owner: s.owner, mode: s.mode, v6only: s.v6only })
    }

    /// Excluded ports, then the bind rules against the bindings of the port (see
    /// `port_index` for why the representatives decide exactly as the whole port).
    fn decide_bind(&self, id: SocketId, s: &BindFrom, endpoint: Endpoint) -> Result<Decision, Refusal> {
        // A port with nothing on it and no exclusions: no binding to gather, nothing to exclude,
        // and the rules' answer is B1 whatever the socket (made directly, not walked to).
        if !self.own.ports.is_used(s.proto, endpoint.port) && self.own.port_space.excluded(s.proto).is_empty() {
            return Ok(rules::alone(endpoint));
        }
        let attempt = Binding::new(id, s.owner, endpoint, s.mode, s.v6only);
        let mut representatives = port_index::Few::new((0, attempt));
        let ask = |other| self.binding_of(other);
        self.own.ports.representatives(s.proto, endpoint.port, s.owner, ask, &mut representatives);
        let existing = representatives.as_slice().iter().map(|(_, b)| b);
        let reuse = s.mode == ReuseMode::ReuseAddr;
        let bound = !representatives.as_slice().is_empty();
        if let Some(refusal) =
            rules::ports::excluded(self.era(), endpoint, reuse, bound, self.own.port_space.excluded(s.proto))
                .and_then(Refusal::from_decision)
        {
            return Err(refusal);
        }
        let decision = rules::decide_among(self.era(), self.own.behaviour, &attempt, existing);
        match Refusal::from_decision(decision) {
            Some(refusal) => Err(refusal),
            None => Ok(decision),
        }
    }

    /// A copy of the host's port space, for predicting which ephemeral port `bind` would pick.
    fn clone_for_ephemeral(&self) -> EphemeralProbe<'_> {
        EphemeralProbe { host: self, space: self.own.port_space.clone() }
    }

    /// Simulates [`listen`](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen).
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEOPNOTSUPP (UDP); WSAEINVAL (not bound); WSAEISCONN (connected).
    pub fn listen(&mut self, id: SocketId) -> Result<(), Refusal> {
        self.listen_flow(id).map(|_| ())
    }

    /// Simulates [`connect`](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    /// from a local TCP socket (`from`), or an incoming connection from a remote peer (`None`).
    /// An unbound socket is first bound to the wildcard and an ephemeral port (Microsoft Learn,
    /// Options). The connection waits in the receiving listener's backlog until `accept`.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEOPNOTSUPP (UDP); WSAEISCONN; WSAEAFNOSUPPORT; errors of the implicit
    /// bind; WSAECONNREFUSED when no listener reaches `to` (rule R6), or when `to` is not an
    /// address of this host (rule R7; the model has no other machine that could answer). The
    /// address is any [`ToEndpoint`], as for [`bind`](Host::bind).
    pub fn connect<A: ToEndpoint>(&mut self, from: Option<SocketId>, to: A) -> Result<Connect, A::Error> {
        let to = to.endpoint()?.socket_addr();
        Ok(self.connect_addr(from, to)?)
    }

    /// [`connect`](Host::connect) to a socket address.
    fn connect_addr(&mut self, from: Option<SocketId>, to: SocketAddr) -> Result<Connect, Refusal> {
        if let Some(id) = from {
            self.connect_checks(id, to)?;
        }
        self.arrive(from, to, None)
    }

    /// Simulates [`connect`](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect)
    /// on a UDP socket: "the operation performed by connect is merely to establish a default
    /// destination address", and "any datagrams received from an address other than the
    /// destination address specified will be discarded" (Microsoft Learn, connect function,
    /// documented; see [`rules::delivery::hears`]). An unbound socket is first bound to the
    /// wildcard and an ephemeral port. Returns the socket's local endpoint, which stays what
    /// bind made it: no source says Windows narrows a datagram socket's binding at connect, as
    /// Linux does (extrapolated from "merely").
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEOPNOTSUPP (a TCP socket: use [`connect`](Host::connect)); WSAEAFNOSUPPORT;
    /// errors of the implicit bind.
    pub fn connect_datagram(&mut self, id: SocketId, to: SocketAddr) -> Result<Endpoint, Refusal> {
        let s = self.live(id)?;
        if s.proto != Proto::Udp {
            return Err(Refusal::new(WsaError::OpNotSupp, Reason::WrongProtocol));
        }
        self.send_from(Some(id), to)?;
        let s = self.live_mut(id)?;
        s.peer = Some(Box::new(to));
        s.binding.map(|b| b.endpoint).ok_or_else(|| Refusal::new(WsaError::Inval, Reason::NotBound))
    }

    /// The checks of a connecting socket, and its implicit bind; returns its binding.
    fn connect_checks(&mut self, id: SocketId, to: SocketAddr) -> Result<Endpoint, Refusal> {
        let dest = Endpoint::new(to.ip(), to.port());
        let s = self.live(id)?;
        match (s.proto, s.state) {
            (Proto::Udp, _) => return Err(Refusal::new(WsaError::OpNotSupp, Reason::WrongProtocol)),
            (Proto::Tcp, SocketState::Listening | SocketState::Connected) => {
                return Err(Refusal::new(WsaError::IsConn, Reason::AlreadyConnected))
            }
            (Proto::Tcp, SocketState::Created | SocketState::Bound | SocketState::Closed) => {}
        }
        if dest.addr.family() != s.family {
            return Err(Refusal::at(WsaError::AfNoSupport, Reason::FamilyMismatch, dest));
        }
        self.bind_implicitly(id)?;
        self.live(id)?.binding.map(|b| b.endpoint).ok_or_else(|| Refusal::new(WsaError::Inval, Reason::NotBound))
    }

    /// A connection arriving at `to`: from a local socket (`from`), or from a peer elsewhere at
    /// `remote` (a host of a [`Network`]) or, when that is `None` too, from an anonymous remote
    /// peer. The listener's end waits in its backlog.
    fn arrive(
        &mut self,
        from: Option<SocketId>,
        to: SocketAddr,
        remote: Option<SocketAddr>,
    ) -> Result<Connect, Refusal> {
        let dest = Endpoint::new(to.ip(), to.port());
        let delivery = self.delivery(Proto::Tcp, to);
        // Where the receiver is undetermined, queue on the listener listening longest (the
        // first: listeners come in listen order), what current Windows does, so the run goes on.
        let (listener, queued_on) = match &delivery.receivers {
            Receivers::One(s) => (Some(*s), *s),
            Receivers::Undetermined(v) | Receivers::Every(v) if !v.is_empty() => (None, v[0]),
            Receivers::Undetermined(_) | Receivers::Every(_) | Receivers::Nobody => {
                let reason = match delivery.rule {
                    delivery::DeliveryRule::NotLocal => Reason::AddressNotLocal,
                    delivery::DeliveryRule::OnlyCandidate
                    | delivery::DeliveryRule::MostSpecific
                    | delivery::DeliveryRule::ListeningLongest
                    | delivery::DeliveryRule::Undetermined
                    | delivery::DeliveryRule::Multicast
                    | delivery::DeliveryRule::Nobody
                    | delivery::DeliveryRule::PeerAmongSharers => Reason::NothingListening,
                };
                return Err(Refusal::at(WsaError::ConnRefused, reason, dest));
            }
        };
        let server_end = ConnId(self.id_number(self.own.next_conn));
        let client_end = from.map(|_| ConnId(self.id_number(self.own.next_conn + 1)));
        self.own.next_conn += if from.is_some() { 2 } else { 1 };
        let server_local = Endpoint::new(canonical(to.ip()), to.port());
        let peer = match (from, client_end) {
            (Some(id), Some(c)) => {
                let local = self.live(id)?.binding.map_or(server_local, |b| match b.endpoint.addr {
                    LocalAddr::Wildcard(_) => Endpoint::new(to.ip(), b.endpoint.port),
                    LocalAddr::Specific(_) | LocalAddr::Scoped(..) => b.endpoint,
                });
                let client = Connection {
                    id: c,
                    socket: Some(id),
                    origin: id,
                    local,
                    peer: Peer::Local(server_end),
                    state: TcpState::Established,
                };
                self.core.conns.insert(c, client);
                self.own.by_origin.entry(id).or_default().push(c);
                self.live_mut(id)?.state = SocketState::Connected;
                Peer::Local(c)
            }
            (Some(_), None) | (None, Some(_) | None) => Peer::Remote(match remote {
                Some(r) => r,
                None => self.remote_addr(to),
            }),
        };
        let server = Connection {
            id: server_end,
            socket: None,
            origin: queued_on,
            local: server_local,
            peer,
            state: TcpState::Established,
        };
        self.core.conns.insert(server_end, server);
        self.own.by_origin.entry(queued_on).or_default().push(server_end);
        self.core.conns.queue(queued_on, server_end);
        Ok(Connect { delivery, listener, queued_on, conn: client_end, queued: server_end })
    }

    /// The connecting end of a connection `id` made to another host of a [`Network`], after
    /// [`connect_checks`](Self::connect_checks) bound it: `local` is its address and port.
    fn outgoing(&mut self, id: SocketId, local: Endpoint, to: SocketAddr) -> ConnId {
        let conn = ConnId(self.id_number(self.own.next_conn));
        self.own.next_conn += 1;
        let end = Connection {
            id: conn,
            socket: Some(id),
            origin: id,
            local,
            peer: Peer::Remote(SocketAddr::new(canonical(to.ip()), to.port())),
            state: TcpState::Established,
        };
        self.core.conns.insert(conn, end);
        self.own.by_origin.entry(id).or_default().push(conn);
        if let Ok(s) = self.live_mut(id) {
            s.state = SocketState::Connected;
        }
        conn
    }

    /// Simulates [`accept`](https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept),
    /// non-blocking: takes the oldest pending connection. The new socket inherits the listener's
    /// owner and options.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEINVAL (not listening); WSAEWOULDBLOCK (nothing pending).
    pub fn accept(&mut self, listener: SocketId) -> Result<SocketId, Refusal> {
        self.accept_flow(listener)
    }

    /// Simulates [`shutdown`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-shutdown)
    /// with SD_SEND: a graceful disconnect. A remote peer answers with its own FIN, so the
    /// connection ends in TIME_WAIT; a local peer goes to CLOSE_WAIT until it closes.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAENOTCONN.
    pub fn shutdown(&mut self, id: SocketId) -> Result<Vec<Transition>, Refusal> {
        self.shutdown_flow(id)
    }

    /// Simulates [`closesocket`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-closesocket):
    /// graceful unless SO_LINGER is on with 0 seconds. A listener's unaccepted connections are
    /// reset. Closing an SO_EXCLUSIVEADDRUSE socket whose connections are active leaves its port
    /// held (rule T1, documented).
    ///
    /// # Errors
    /// WSAENOTSOCK.
    pub fn close(&mut self, id: SocketId) -> Result<Vec<Transition>, Refusal> {
        self.close_flow(id)
    }

    /// Simulates `closesocket` with SO_LINGER on and 0 seconds: every connection of the socket is
    /// reset (CLOSED, no TIME_WAIT; "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE" on SO_LINGER).
    ///
    /// # Errors
    /// WSAENOTSOCK.
    pub fn abort(&mut self, id: SocketId) -> Result<Vec<Transition>, Refusal> {
        self.abort_flow(id)
    }

    /// Simulates [`sendto`](https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-sendto)
    /// of one UDP datagram from a local socket, or from a remote peer (`None`); returns who
    /// receives it. An unbound socket is first bound to the wildcard and an ephemeral port. A
    /// datagram to an address this host does not have reaches nobody here (rule R7); one to a
    /// multicast group arrives on every interface where a socket joined it (see
    /// [`send_via`](Host::send_via) for one interface).
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEOPNOTSUPP (TCP socket); WSAEAFNOSUPPORT; errors of the implicit bind.
    pub fn send(&mut self, from: Option<SocketId>, to: SocketAddr) -> Result<Delivery, Refusal> {
        let sender = self.send_from(from, to)?;
        Ok(self.delivery_via(Proto::Udp, to, None, sender))
    }

    /// [`send`](Host::send) of a datagram to a multicast group that arrives on one interface,
    /// given by its local address: only sockets that joined the group on that interface, and
    /// whose bound address covers it, receive it (rule R5; Microsoft Learn, "IPPROTO_IP socket
    /// options": IP_ADD_MEMBERSHIP joins "on the specified interface").
    ///
    /// ```
    /// use winsock_bind::{Privilege, rules::delivery::Receivers};
    /// use winsock_bind::{Era, Family, Host, Proto, SocketOption};
    /// let mut host = Host::new(Era::Win11);
    /// host.add_address("10.0.0.1".parse().unwrap());
    /// host.add_address("10.0.0.2".parse().unwrap());
    /// let user = host.add_user("user", Privilege::User);
    /// let group = "239.1.2.3".parse().unwrap();
    /// let mut joined_on = |iface: &str| {
    ///     let s = host.socket(Family::V4, Proto::Udp, user)?;
    ///     host.set_option(s, SocketOption::ReuseAddr, 1)?;
    ///     host.bind(s, (std::net::Ipv4Addr::UNSPECIFIED, 5000))?;
    ///     host.join(s, group, iface.parse().unwrap())?;
    ///     Ok::<_, winsock_bind::Refusal>(s)
    /// };
    /// let (one, _two) = (joined_on("10.0.0.1")?, joined_on("10.0.0.2")?);
    /// let d = host.send_via(None, "239.1.2.3:5000".parse().unwrap(), "10.0.0.1".parse().unwrap())?;
    /// assert_eq!(d.receivers, Receivers::Every(vec![one]));
    /// # Ok::<(), winsock_bind::Refusal>(())
    /// ```
    ///
    /// # Errors
    /// As [`send`](Host::send); WSAEINVAL when `to` is not a multicast group; WSAEADDRNOTAVAIL
    /// when `iface` is not an address of this host.
    pub fn send_via(&mut self, from: Option<SocketId>, to: SocketAddr, iface: IpAddr) -> Result<Delivery, Refusal> {
        if !to.ip().is_multicast() {
            return Err(Refusal::at(WsaError::Inval, Reason::NotMulticast, Endpoint::new(to.ip(), to.port())));
        }
        if !self.core.addresses.contains(&canonical(iface)) {
            return Err(Refusal::at(WsaError::AddrNotAvail, Reason::AddressNotLocal, Endpoint::new(iface, 0)));
        }
        let sender = self.send_from(from, to)?;
        Ok(self.delivery_via(Proto::Udp, to, Some(canonical(iface)), sender))
    }

    /// The checks of a local sender, and its implicit bind; returns the address the datagram
    /// comes from (a wildcard binding sends from the address it reaches, as a connection's
    /// client end does), which a connected receiver compares with its peer.
    fn send_from(&mut self, from: Option<SocketId>, to: SocketAddr) -> Result<Option<SocketAddr>, Refusal> {
        let Some(id) = from else { return Ok(None) };
        let s = self.live(id)?;
        if s.proto != Proto::Udp {
            return Err(Refusal::new(WsaError::OpNotSupp, Reason::WrongProtocol));
        }
        let dest = Endpoint::new(to.ip(), to.port());
        if dest.addr.family() != s.family {
            return Err(Refusal::at(WsaError::AfNoSupport, Reason::FamilyMismatch, dest));
        }
        self.bind_implicitly(id)?;
        Ok(self.live(id)?.binding.map(|b| match b.endpoint.addr {
            LocalAddr::Wildcard(_) => SocketAddr::new(to.ip(), b.endpoint.port),
            LocalAddr::Specific(_) | LocalAddr::Scoped(..) => b.endpoint.socket_addr(),
        }))
    }

    /// Simulates `setsockopt(IP_ADD_MEMBERSHIP)`: the UDP socket joins `group` on the local
    /// interface `iface`.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAEOPNOTSUPP (TCP); WSAEINVAL (not a multicast group); WSAEADDRNOTAVAIL
    /// (`iface` is not local).
    pub fn join(&mut self, id: SocketId, group: IpAddr, iface: IpAddr) -> Result<(), Refusal> {
        let s = self.live(id)?;
        if s.proto != Proto::Udp {
            return Err(Refusal::new(WsaError::OpNotSupp, Reason::WrongProtocol));
        }
        if !group.is_multicast() {
            return Err(Refusal::new(WsaError::Inval, Reason::NotMulticast));
        }
        if !self.core.addresses.contains(&canonical(iface)) {
            return Err(Refusal::at(WsaError::AddrNotAvail, Reason::AddressNotLocal, Endpoint::new(iface, 0)));
        }
        self.live(id)?;
        self.core.join(id, group, iface);
        Ok(())
    }

    // ---- internals ---------------------------------------------------------------------------

    fn is_admin(&self, user: UserId) -> bool {
        self.core.is_privileged(user)
    }

    /// A closed socket whose exclusive port is still held by an active connection.
    fn is_lingering(&self, id: SocketId) -> bool {
        let exclusive = self.get(id).and_then(|s| s.binding).is_some_and(|b| b.mode == ReuseMode::Exclusive);
        exclusive
            && self
                .own
                .by_origin
                .get(&id)
                .is_some_and(|cs| cs.iter().any(|c| self.core.conns.get(c).is_some_and(|c| c.state.is_active())))
    }

    /// The port-index key of a bound socket.
    fn index_key(&self, id: SocketId) -> Option<Key> {
        let s = self.get(id)?;
        let b = s.binding?;
        Some(Key { proto: s.proto, endpoint: b.endpoint, mode: b.mode, v6only: b.v6only, owner: b.owner })
    }

    /// Removes a held closed socket from the port index once nothing holds its port any more.
    fn release_if_idle(&mut self, id: SocketId) {
        let Some(s) = self.get(id) else { return };
        let (Some(b), SocketState::Closed) = (s.binding, s.state) else { return };
        if !self.is_lingering(id) {
            self.own.ports.release(s.proto, b.endpoint.port, (s.bound_at, id));
        }
    }

    fn finish_close(&mut self, id: SocketId, at: usize, transitions: &[Transition]) -> Result<(), Refusal> {
        let s = self.core.live_mut(Some(at))?;
        s.state = SocketState::Closed;
        let (proto, owner, bound_at, binding) = (s.proto, s.owner, s.bound_at, s.binding);
        if let Some(b) = binding {
            let key = Key { proto, endpoint: b.endpoint, mode: b.mode, v6only: b.v6only, owner };
            let hold = b.mode == ReuseMode::Exclusive && self.is_lingering(id);
            self.own.ports.remove(&key, (bound_at, id), hold);
        }
        // The closed socket is held or gone already (whether it lingers does not change between
        // the two); the listeners or sockets whose connections just changed state may be idle now.
        if !transitions.is_empty() {
            let mut origins: Vec<SocketId> =
                transitions.iter().filter_map(|t| self.core.conns.get(&t.conn).map(|c| c.origin)).collect();
            origins.sort_unstable();
            origins.dedup();
            for origin in origins {
                self.release_if_idle(origin);
            }
        }
        Ok(())
    }

    /// The connection ends owned by a socket.
    fn conns_of(&self, id: SocketId) -> Vec<ConnId> {
        self.core.conns.ends_of(id)
    }

    fn set_state(&mut self, conn: ConnId, states: &[TcpState]) -> Option<Transition> {
        self.core.conns.set_state(conn, states)
    }

    /// Sockets of `proto` bound to `port` (open ones) that pass `filter`, with their age.
    fn receivers(&self, proto: Proto, port: u16, filter: impl Fn(&Socket) -> bool) -> Vec<Receiver> {
        let mut v: Vec<Receiver> = self
            .own
            .ports
            .all(proto, port)
            .into_iter()
            .filter_map(|(_, id)| self.get(id))
            .filter(|s| s.state != SocketState::Closed && filter(s))
            .filter_map(|s| s.binding.map(|binding| Receiver { binding, since: s.since }))
            .collect();
        v.sort_by_key(|r| r.since);
        v
    }

    /// A free port of the dynamic range: nothing bound on it for this protocol, neither excluded
    /// nor reserved (`rules::ports::in_ephemeral_pool`), so it can never collide with what the
    /// rules would refuse. The order is the host's [`EphemeralOrder`](crate::ports::EphemeralOrder).
    fn ephemeral_port(&mut self, proto: Proto, wanted: Endpoint) -> Result<u16, Refusal> {
        self.own.port_space.pick(self.era(), proto, &self.own.ports).map_err(|range| {
            Refusal::from_decision(rules::ports::exhausted(wanted, range)).expect("an exhausted range is a refusal")
        })
    }

    fn remote_addr(&mut self, to: SocketAddr) -> SocketAddr {
        let port = self.own.next_remote_port;
        self.own.next_remote_port = self.own.next_remote_port.checked_add(1).unwrap_or(50000);
        match to.ip() {
            IpAddr::V4(_) => SocketAddr::new(IpAddr::V4(REMOTE_V4), port),
            IpAddr::V6(_) => SocketAddr::new(IpAddr::V6(REMOTE_V6), port),
        }
    }
}

/// The host seen through a copy of its port space, to predict an ephemeral pick.
struct EphemeralProbe<'a> {
    host: &'a Host,
    space: ephemeral::PortSpace,
}

impl EphemeralProbe<'_> {
    fn ephemeral_port(mut self, proto: Proto, wanted: Endpoint) -> Result<u16, Refusal> {
        self.space.pick(self.host.era(), proto, &self.host.own.ports).map_err(|range| {
            Refusal::from_decision(rules::ports::exhausted(wanted, range)).expect("an exhausted range is a refusal")
        })
    }
}

#[cfg(test)]
mod tests;
