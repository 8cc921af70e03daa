//! [`LinuxHost`]: the Linux counterpart of [`Host`](super::Host), a stateful simulated Linux
//! machine answering socket calls by the Linux rules ([`rules::linux`] for binds,
//! [`rules::linux_calls`] for the rest). Pure: no I/O, deterministic.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::Serialize;

use super::conn::{ConnId, TcpState, Transition};
use super::ephemeral::sequential;
use super::port_index::PortSlots;
use super::system::{canonical, Core, Machine};
use crate::endpoint::{Endpoint, Family, Proto};
use crate::evidence::Evidence;
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::ports::PortRange;
use crate::rules::linux::{self, LinuxError, LinuxSocket, LinuxState, PortPolicy};
use crate::rules::linux_calls::{self, DatagramSocket, LinuxDelivered, LinuxDeliveryRule, LinuxReason, LinuxReceivers};
use crate::rules::options::Privilege;

/// What holds a port: an open socket, or one of its connections (a pending one in a listener's
/// backlog, or one left in TIME_WAIT by a closed socket).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    /// An open socket.
    Socket(SocketId),
    /// A connection that came from this socket (its listener, or the closed socket it was).
    Connection {
        /// The connection end.
        conn: ConnId,
        /// The socket it came from.
        of: SocketId,
        /// Its TCP state.
        state: TcpState,
    },
}

impl Holder {
    /// The socket the holder is or came from.
    pub const fn socket(self) -> SocketId {
        match self {
            Self::Socket(s) | Self::Connection { of: s, .. } => s,
        }
    }
}

/// The answer to a Linux call: the rule, and what it collided with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LinuxAnswer {
    /// The rule that decided.
    pub reason: LinuxReason,
    /// The socket or connection the rule is about (a conflict, or the first sharer).
    pub against: Option<Holder>,
}

impl LinuxAnswer {
    /// An answer about no other socket.
    pub const fn alone(reason: LinuxReason) -> Self {
        Self { reason, against: None }
    }

    /// What the answer rests on.
    pub const fn evidence(&self) -> Evidence {
        self.reason.evidence()
    }
}

/// A refused Linux call: the errno and the answer behind it.
///
/// ```
/// use winsock_bind::rules::linux::LinuxError;
/// use winsock_bind::rules::linux_calls::LinuxReason;
/// use winsock_bind::{LinuxAnswer, LinuxRefusal};
/// let r = LinuxRefusal::new(LinuxError::NotConn, LinuxReason::NotConnected);
/// assert_eq!(r.to_string(), "ENOTCONN (107) by rule L13: The socket is not connected, so there is nothing to shut down.");
/// assert_eq!(r.answer, LinuxAnswer::alone(LinuxReason::NotConnected));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{error} by rule {}", answer.reason)]
pub struct LinuxRefusal {
    /// The errno.
    pub error: LinuxError,
    /// Why.
    pub answer: LinuxAnswer,
}

impl LinuxRefusal {
    /// A refusal about no other socket.
    pub const fn new(error: LinuxError, reason: LinuxReason) -> Self {
        Self { error, answer: LinuxAnswer::alone(reason) }
    }
}

/// What a successful `connect` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinuxConnect {
    /// Who receives the connection (TCP), by which rule; for UDP, nobody (connect only sets the
    /// default destination).
    pub delivery: LinuxDelivered,
    /// The listener whose backlog now holds the connection (none for UDP). Where a SO_REUSEPORT
    /// group spreads connections by a hash the model cannot know, it queues on the group's
    /// oldest member so the run can go on.
    pub listener: Option<SocketId>,
    /// The connecting end, when a local TCP socket connected.
    pub conn: Option<ConnId>,
    /// The listener's end, waiting in its backlog until `accept`.
    pub queued: Option<ConnId>,
    /// The connecting socket's local address after the call: a wildcard narrows to the source
    /// address the route picks ([`linux_calls::connected_local`]). `None` for a remote peer.
    pub local: Option<SocketAddr>,
}

/// Where a socket of a [`LinuxHost`] is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinuxSocketState {
    /// Created, not bound.
    Created,
    /// Bound.
    Bound,
    /// Listening.
    Listening,
    /// Connected (TCP), or given a default destination (UDP).
    Connected,
    /// Closed: every call on it fails with EBADF.
    Closed,
}

/// A socket of a [`LinuxHost`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinuxHostSocket {
    /// Its id.
    pub id: SocketId,
    /// IPv4 or IPv6.
    pub family: Family,
    /// TCP or UDP.
    pub proto: Proto,
    /// The effective uid of its owner.
    pub owner: UserId,
    /// SO_REUSEADDR.
    pub reuseaddr: bool,
    /// SO_REUSEPORT.
    pub reuseport: bool,
    /// IPV6_V6ONLY (off by default: `net.ipv6.bindv6only = 0`).
    pub v6only: bool,
    /// SO_LINGER on with 0 seconds: close resets.
    pub abortive: bool,
    /// Where it is in its life.
    pub state: LinuxSocketState,
    /// The local address, once bound.
    pub local: Option<SocketAddr>,
    /// The peer a UDP socket is connected to (its default destination, and the only sender it
    /// hears).
    pub peer: Option<SocketAddr>,
    /// When it was first connected (logical time; 0 if never): of several UDP sockets connected
    /// to one sender, the one whose first connect came last gets its datagrams (XR8).
    pub connected_at: u64,
    bound_at: u64,
}

impl LinuxHostSocket {
    /// The socket's claim on its port, as the bind rules see it.
    fn claim(&self, ip: IpAddr) -> LinuxSocket {
        let mut c = LinuxSocket::bound(ip, self.owner);
        c.reuseaddr = self.reuseaddr;
        c.reuseport = self.reuseport;
        c.v6only = self.v6only;
        // A specific IPv6 address without IPV6_V6ONLY: bind never leaves one (it sets the option,
        // see bind_to), so connect or accept gave it.
        c.by_connect = linux::v6only_after_bind(ip, false) && !self.v6only;
        c.state = match self.state {
            LinuxSocketState::Listening => LinuxState::Listening,
            LinuxSocketState::Created
            | LinuxSocketState::Bound
            | LinuxSocketState::Connected
            | LinuxSocketState::Closed => LinuxState::Bound,
        };
        c
    }
}

/// One end of a TCP connection on this host; its claim is the port claim it inherits (the
/// listener's or the client's options, its local address).
pub(crate) type End = super::conn::End<LinuxSocket>;

/// The first port `bind` to port 0 and the implicit binds pick: the start of Linux's default
/// `net.ipv4.ip_local_port_range` (ip(7)).
pub(crate) const LINUX_EPHEMERAL_FIRST: u16 = 32768;
/// The last port of Linux's default `ip_local_port_range`.
pub(crate) const LINUX_EPHEMERAL_LAST: u16 = 60999;

/// One simulated Linux machine: the counterpart of [`Host`](super::Host), answering socket calls
/// by the Linux rules. Every call returns `Result<_, LinuxRefusal>`: the errno with its rule
/// ([`LinuxReason`]) and the socket or connection it collided with.
///
/// A server restarted while its last connection sits in TIME_WAIT binds again only when both
/// the old and the new listener set SO_REUSEADDR:
///
/// ```
/// use winsock_bind::rules::linux::{LinuxError, LinuxRule};
/// use winsock_bind::Privilege;
/// use winsock_bind::rules::linux_calls::LinuxReason;
/// use winsock_bind::rules::linux::PortPolicy;
/// use winsock_bind::{Family, LinuxHost, Proto, SocketOption};
///
/// let mut host = LinuxHost::new(PortPolicy::default());
/// let me = host.add_user("www", Privilege::User);
/// let old = host.socket(Family::V4, Proto::Tcp, me)?;
/// host.set_option(old, SocketOption::ReuseAddr, 1)?;
/// host.bind(old, "0.0.0.0:8080".parse().unwrap())?;
/// host.listen(old)?;
/// host.connect(None, "127.0.0.1:8080".parse().unwrap())?;
/// let conn = host.accept(old)?;
/// host.close(conn)?; // the server closes first: its end waits in TIME_WAIT
/// host.close(old)?;
///
/// let plain = host.socket(Family::V4, Proto::Tcp, me)?;
/// let refused = host.bind(plain, "0.0.0.0:8080".parse().unwrap()).unwrap_err();
/// assert_eq!(refused.error, LinuxError::AddrInUse);
/// let new = host.socket(Family::V4, Proto::Tcp, me)?;
/// host.set_option(new, SocketOption::ReuseAddr, 1)?;
/// let ok = host.bind(new, "0.0.0.0:8080".parse().unwrap())?;
/// assert_eq!(ok.reason, LinuxReason::Bind(LinuxRule::ReuseAddrNotListening));
/// # Ok::<(), winsock_bind::LinuxRefusal>(())
/// ```
///
/// Users are effective uids (`add_user` hands out 1000, 1001 ...); a user added as privileged
/// holds CAP_NET_BIND_SERVICE, as root does. The host's [`PortPolicy`] says where privileged
/// ports end and whether every process holds the capability.
pub type LinuxHost = Machine<Linux>;

/// What a Linux machine keeps beside the shared core.
#[derive(Debug, Clone)]
pub struct LinuxOwn {
    /// `ip_local_port_range`: where binds to port 0 and implicit binds pick their port.
    range: PortRange,
    /// Where the next sequential pick starts (`None`: at the start of the range).
    cursor: Option<u16>,
    /// The open sockets bound to each (protocol, port), grouped by their claim, each group by
    /// bind time then creation: what a bind's claims are read from instead of every socket of
    /// the machine. Every change of a bound socket goes through `LinuxHost::change`. The slots
    /// and their occupancy are the ones Windows' port index uses.
    ports: PortSlots<Groups>,
}

/// The open sockets bound to one (protocol, port), grouped by claim; a group by bind time, then id.
type Groups = HashMap<LinuxSocket, BTreeSet<(u64, SocketId)>>;

/// A socket's place in the port index: its (protocol, port), its claim, its bind time and id.
type Place = ((Proto, u16), LinuxSocket, (u64, SocketId));

/// Linux inside the machine, with its port policy: its sockets, connection ends (with their port
/// claims) and refusals, and the rules of [`rules::linux`](crate::rules::linux). The value a [`LinuxHost`] is made of
/// (`LinuxHost::new(policy)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Linux(pub(crate) PortPolicy);

impl LinuxHost {
    /// A machine with the loopback addresses (all of 127.0.0.0/8, and ::1), no users and no
    /// sockets, under `policy` for ports below `ip_unprivileged_port_start`.
    pub fn new(policy: PortPolicy) -> Self {
        Self {
            system: Linux(policy),
            core: Core::new([IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)]),
            own: LinuxOwn {
                range: PortRange::new(LINUX_EPHEMERAL_FIRST, LINUX_EPHEMERAL_LAST).expect("a valid range"),
                cursor: None,
                ports: PortSlots::default(),
            },
        }
    }

    /// Sets `net.ipv4.ip_local_port_range` (default 32768-60999): port 0 and the implicit binds
    /// pick in it, and when every port of it is taken they fail as the kernel's do: EADDRINUSE
    /// for bind and listen, EADDRNOTAVAIL for a TCP connect, EAGAIN for a UDP socket bound by
    /// connect or send (L19).
    ///
    /// ```
    /// use winsock_bind::rules::linux::{LinuxError, PortPolicy};
    /// use winsock_bind::ports::PortRange;
    /// use winsock_bind::{Family, LinuxHost, Privilege, Proto};
    ///
    /// let mut host = LinuxHost::new(PortPolicy::default());
    /// host.set_local_port_range(PortRange::new(40000, 40000)?);
    /// let me = host.add_user("www", Privilege::User);
    /// let a = host.socket(Family::V4, Proto::Tcp, me)?;
    /// host.bind(a, "0.0.0.0:0".parse().unwrap())?;
    /// assert_eq!(host.get(a).and_then(|s| s.local).map(|l| l.port()), Some(40000));
    /// let b = host.socket(Family::V4, Proto::Tcp, me)?;
    /// assert_eq!(host.bind(b, "0.0.0.0:0".parse().unwrap()).unwrap_err().error, LinuxError::AddrInUse);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set_local_port_range(&mut self, range: PortRange) {
        self.own.range = range;
        self.own.cursor = None;
    }

    /// The privileged-port policy.
    pub fn policy(&self) -> PortPolicy {
        self.system.0
    }

    /// Adds a user and returns its effective uid (1000, 1001 ... in order); `privileged` gives it
    /// CAP_NET_BIND_SERVICE.
    pub fn add_user(&mut self, name: &str, privilege: Privilege) -> UserId {
        let id = UserId(1000 + u32::try_from(self.core.users.len()).unwrap_or(u32::MAX - 1000));
        self.core.add_user(id, name, privilege)
    }

    // ---- calls -------------------------------------------------------------------------------

    /// `socket(2)`: a socket owned by `owner`, with Linux's defaults (no SO_REUSEADDR, no
    /// SO_REUSEPORT, IPV6_V6ONLY off).
    ///
    /// # Errors
    /// EINVAL (L2) when `owner` is not a user of this host.
    pub fn socket(&mut self, family: Family, proto: Proto, owner: UserId) -> Result<SocketId, LinuxRefusal> {
        self.socket_flow(family, proto, owner)
    }

    /// `setsockopt(2)` of a boolean option; non-zero is on. SO_REUSEADDR and SO_REUSEPORT apply
    /// to the binds and listens that follow; SO_LINGER is on-with-0-seconds (an abortive close).
    ///
    /// # Errors
    /// EBADF (L1); ENOPROTOOPT (L14) for SO_EXCLUSIVEADDRUSE, SO_ACCEPTCONN (read-only) and
    /// IPV6_V6ONLY on an IPv4 socket; EINVAL (L16) for IPV6_V6ONLY after bind.
    pub fn set_option(&mut self, id: SocketId, option: SocketOption, value: i64) -> Result<(), LinuxRefusal> {
        let on = value != 0;
        let s = self.live(id)?;
        linux_calls::set_option(s.family, s.local.is_some(), option).map_err(refuse)?;
        self.change(id, |s| match option {
            SocketOption::ReuseAddr => s.reuseaddr = on,
            SocketOption::ReusePort => s.reuseport = on,
            SocketOption::Linger => s.abortive = on,
            SocketOption::V6Only => s.v6only = on,
            SocketOption::ExclusiveAddressUse | SocketOption::AcceptConn => {}
        })
    }

    /// `getsockopt(2)`: booleans read back as 0 or 1; SO_ACCEPTCONN says whether the socket
    /// listens.
    ///
    /// # Errors
    /// EBADF (L1); ENOPROTOOPT (L14) for SO_EXCLUSIVEADDRUSE; EOPNOTSUPP (L15) for IPV6_V6ONLY
    /// on an IPv4 socket.
    pub fn option(&self, id: SocketId, option: SocketOption) -> Result<i64, LinuxRefusal> {
        let s = self.live(id)?;
        linux_calls::get_option(s.family, option).map_err(refuse)?;
        Ok(i64::from(match option {
            SocketOption::ReuseAddr => s.reuseaddr,
            SocketOption::ReusePort => s.reuseport,
            SocketOption::Linger => s.abortive,
            SocketOption::AcceptConn => s.state == LinuxSocketState::Listening,
            SocketOption::V6Only => s.v6only,
            SocketOption::ExclusiveAddressUse => false,
        }))
    }

    /// `bind(2)`. Port 0 picks the first free port of `ip_local_port_range` (32768-60999) from
    /// where the last pick stopped; the kernel's pick is not predictable, the model's is.
    ///
    /// # Errors
    /// EBADF (L1); EINVAL (L3) when already bound; EAFNOSUPPORT (L5) or EINVAL (L6) for an
    /// address of the other family; EADDRNOTAVAIL (L4) for an address not local; then the bind
    /// rules X1-X10 (EACCES, EINVAL, EADDRINUSE).
    pub fn bind(&mut self, id: SocketId, endpoint: Endpoint) -> Result<LinuxAnswer, LinuxRefusal> {
        let s = self.live(id)?;
        if s.local.is_some() {
            return Err(LinuxRefusal::new(LinuxError::Inval, LinuxReason::AlreadyBound));
        }
        let ip = endpoint.addr.ip();
        linux_calls::address_family(s.family, ip).map_err(refuse)?;
        self.bind_to(id, SocketAddr::new(ip, endpoint.port))
    }

    /// The bind rules, then the binding (explicit or implicit).
    fn bind_to(&mut self, id: SocketId, addr: SocketAddr) -> Result<LinuxAnswer, LinuxRefusal> {
        self.bind_flow(id, addr)
    }

    /// The address checks before a port is picked: `__inet_bind` refuses a foreign IPv4 address
    /// first; `__inet6_bind` checks the privileged port and a mapped address on a v6only socket
    /// before it.
    fn address_checks(&self, id: SocketId, addr: SocketAddr) -> Result<(), LinuxRefusal> {
        let s = self.live(id)?;
        let ip = addr.ip();
        if linux::is_wildcard(ip) || self.is_local(ip) {
            return Ok(());
        }
        let policy = self.policy_of(s.owner);
        let attempt = bind_attempt(s, ip);
        let early = match s.family {
            Family::V4 => None,
            Family::V6 => linux::decide(s.proto, addr.port(), &attempt, policy, &[]).outcome.err(),
        };
        Err(match early {
            Some(error) => {
                let d = linux::decide(s.proto, addr.port(), &attempt, policy, &[]);
                LinuxRefusal { error, answer: LinuxAnswer::alone(LinuxReason::Bind(d.rule)) }
            }
            None => LinuxRefusal::new(LinuxError::AddrNotAvail, LinuxReason::AddressNotLocal),
        })
    }

    /// The bind rules X1-X10 on `addr`, its port 0 replaced by `port`, against the distinct
    /// claims on the port: the answer.
    fn decide_bind(&self, id: SocketId, addr: SocketAddr, port: u16) -> Result<LinuxAnswer, LinuxRefusal> {
        let s = self.live(id)?;
        let ip = addr.ip();
        let attempt = bind_attempt(s, ip);
        let claims = self.distinct_claims(s.proto, port, Some(id));
        let existing: Vec<LinuxSocket> = claims.iter().map(|(c, _)| *c).collect();
        // Port 0 is never privileged, and its pick is a port nobody holds (X1).
        let d = linux::decide(s.proto, addr.port(), &attempt, self.policy_of(s.owner), &existing);
        let answer = LinuxAnswer { reason: LinuxReason::Bind(d.rule), against: d.against.map(|i| claims[i].1) };
        match d.outcome {
            Err(error) => Err(LinuxRefusal { error, answer }),
            Ok(_) => Ok(answer),
        }
    }

    /// `listen(2)`. An unbound socket is first bound to the wildcard and an ephemeral port. Linux
    /// checks the port again at listen (`inet_csk_listen_start` calls `get_port`), now as a
    /// listening socket: two sockets bound with SO_REUSEADDR share a port, but the second to
    /// listen gets EADDRINUSE (X6), since the other already listens.
    ///
    /// # Errors
    /// EBADF (L1); EOPNOTSUPP (L7) for UDP; EINVAL (L8) when connected; EADDRINUSE by the bind
    /// rules at the re-check; the implicit bind's errors.
    pub fn listen(&mut self, id: SocketId) -> Result<Option<LinuxAnswer>, LinuxRefusal> {
        self.listen_flow(id)
    }

    /// The re-check at listen, as a listening socket against the port's claims, then the state.
    fn start_listening(&mut self, id: SocketId) -> Result<(), LinuxRefusal> {
        let s = self.live(id)?;
        let local = s.local.ok_or(LinuxRefusal::new(LinuxError::Inval, LinuxReason::NotListening))?;
        let mut attempt = s.claim(local.ip());
        attempt.state = LinuxState::Listening;
        let claims = self.distinct_claims(Proto::Tcp, local.port(), Some(id));
        let existing: Vec<LinuxSocket> = claims.iter().map(|(c, _)| *c).collect();
        // The re-check runs with the capability question settled at bind: only the sockets decide.
        let d = linux::decide(Proto::Tcp, local.port(), &attempt, PortPolicy::privileged(), &existing);
        if let Err(error) = d.outcome {
            let answer = LinuxAnswer { reason: LinuxReason::Bind(d.rule), against: d.against.map(|i| claims[i].1) };
            return Err(LinuxRefusal { error, answer });
        }
        self.change(id, |s| s.state = LinuxSocketState::Listening)
    }

    /// `connect(2)` from a local socket, or an incoming TCP connection from a remote peer
    /// (`None`). An unbound socket is first bound to an ephemeral port. For TCP the connection
    /// goes to the listener [`rules::linux::deliver`](crate::rules::linux::deliver) names and
    /// waits in its backlog until `accept`; for UDP connect only sets the default destination.
    ///
    /// # Errors
    /// EBADF (L1); EISCONN (L9) when connected or listening; EAFNOSUPPORT (L5) or EINVAL (L6)
    /// for an address of the other family; ECONNREFUSED (L10) when nobody listens; the implicit
    /// bind's errors.
    pub fn connect(&mut self, from: Option<SocketId>, to: SocketAddr) -> Result<LinuxConnect, LinuxRefusal> {
        if let Some(id) = from {
            let s = self.live(id)?;
            match s.state {
                LinuxSocketState::Listening => {
                    return Err(LinuxRefusal::new(LinuxError::IsConn, LinuxReason::AlreadyConnected))
                }
                LinuxSocketState::Connected if s.proto == Proto::Tcp => {
                    return Err(LinuxRefusal::new(LinuxError::IsConn, LinuxReason::AlreadyConnected))
                }
                LinuxSocketState::Created
                | LinuxSocketState::Bound
                | LinuxSocketState::Connected
                | LinuxSocketState::Closed => {}
            }
            linux_calls::address_family(s.family, to.ip()).map_err(refuse)?;
            if s.proto == Proto::Udp {
                self.bind_implicitly(id).map_err(|r| exhausted_as(r, LinuxError::Again))?;
                // The first connect places the socket among the connected ones (udp_lib_hash4,
                // XR8); a later one leaves it there.
                let first = self.live(id)?.connected_at == 0;
                let clock = if first { self.core.tick() } else { 0 };
                // ip4_datagram_connect: a wildcard address narrows to the route's source.
                self.change(id, |s| {
                    if first {
                        s.connected_at = clock;
                    }
                    s.local = s
                        .local
                        .map(|l| SocketAddr::new(linux_calls::connected_local(l.ip(), to.ip(), s.family), l.port()));
                    s.peer = Some(to);
                    s.state = LinuxSocketState::Connected;
                })?;
                let none = LinuxDelivered { receivers: LinuxReceivers::Nobody, rule: LinuxDeliveryRule::Nobody };
                let local = self.live(id)?.local;
                return Ok(LinuxConnect { delivery: none, listener: None, conn: None, queued: None, local });
            }
        }
        let delivery = self.tcp_delivery(to);
        let listener = match &delivery.receivers {
            LinuxReceivers::One(l) => *l,
            LinuxReceivers::SpreadByHash(v) | LinuxReceivers::Every(v) if !v.is_empty() => v[0],
            LinuxReceivers::SpreadByHash(_) | LinuxReceivers::Every(_) | LinuxReceivers::Nobody => {
                return Err(LinuxRefusal::new(LinuxError::ConnRefused, LinuxReason::NothingListening))
            }
        };
        let since = self.core.tick();
        let client = match from {
            Some(id) => {
                self.bind_implicitly(id).map_err(|r| exhausted_as(r, LinuxError::AddrNotAvail))?;
                // tcp_v4_connect: a wildcard-bound client takes the route's source address.
                let (claim, port) = self.change(id, |s| {
                    let local = s.local.unwrap_or_else(|| SocketAddr::new(wildcard(s.family), 0));
                    let ip = linux_calls::connected_local(local.ip(), to.ip(), s.family);
                    s.local = Some(SocketAddr::new(ip, local.port()));
                    s.state = LinuxSocketState::Connected;
                    (s.claim(ip), local.port())
                })?;
                Some((id, claim, port))
            }
            None => None,
        };
        let l = self.live(listener)?;
        let server_ip = match l.family {
            Family::V4 => canonical(to.ip()),
            Family::V6 => match canonical(to.ip()) {
                IpAddr::V4(v4) => IpAddr::V6(v4.to_ipv6_mapped()),
                v6 => v6,
            },
        };
        let server_claim = l.claim(server_ip);
        let server_claim = LinuxSocket { state: LinuxState::Bound, ..server_claim };
        let server_id = self.next_conn();
        let client_id = client.map(|_| ConnId(server_id.0 + 1));
        self.core.conns.insert(
            server_id,
            End {
                id: server_id,
                socket: None,
                origin: listener,
                claim: server_claim,
                port: to.port(),
                peer: client_id,
                state: TcpState::Established,
                since,
            },
        );
        if let (Some((id, claim, port)), Some(cid)) = (client, client_id) {
            self.core.conns.insert(
                cid,
                End {
                    id: cid,
                    socket: Some(id),
                    origin: id,
                    claim: LinuxSocket { state: LinuxState::Bound, ..claim },
                    port,
                    peer: Some(server_id),
                    state: TcpState::Established,
                    since,
                },
            );
        }
        self.core.conns.queue(listener, server_id);
        let local = from.and_then(|id| self.get(id)).and_then(|s| s.local);
        Ok(LinuxConnect { delivery, listener: Some(listener), conn: client_id, queued: Some(server_id), local })
    }

    /// `accept(2)`, non-blocking: takes the oldest pending connection. The new socket inherits
    /// the listener's owner and options, and holds the port with the address connected to.
    ///
    /// # Errors
    /// EBADF (L1); EINVAL (L11) when not listening; EAGAIN (L12) when nothing is pending.
    pub fn accept(&mut self, listener: SocketId) -> Result<SocketId, LinuxRefusal> {
        self.accept_flow(listener)
    }

    /// The socket `accept` makes: the listener's owner and options, the address connected to.
    fn accepted(&mut self, listener: SocketId, conn: ConnId) -> Result<SocketId, LinuxRefusal> {
        let l = self.live(listener)?;
        let (family, owner, reuseaddr, reuseport, v6only) = (l.family, l.owner, l.reuseaddr, l.reuseport, l.v6only);
        let id = self.socket(family, Proto::Tcp, owner)?;
        let end = self.core.conns.get(&conn).cloned();
        self.change(id, |s| {
            s.reuseaddr = reuseaddr;
            s.reuseport = reuseport;
            s.v6only = v6only;
            s.state = LinuxSocketState::Connected;
            if let Some(e) = end {
                s.local = Some(SocketAddr::new(e.claim.address, e.port));
                s.bound_at = e.since;
            }
        })?;
        Ok(id)
    }

    /// `shutdown(2)` with SHUT_WR: our end sends FIN. A remote peer answers with its own FIN at
    /// once, so the end waits in TIME_WAIT; a local peer goes to CLOSE_WAIT until it closes.
    /// A listening socket has nothing to shut down and answers success, as the kernel does.
    ///
    /// # Errors
    /// EBADF (L1); ENOTCONN (L13) for a socket that is neither connected nor listening.
    pub fn shutdown(&mut self, id: SocketId) -> Result<Vec<Transition>, LinuxRefusal> {
        self.shutdown_flow(id)
    }

    /// `close(2)`: graceful unless SO_LINGER is on with 0 seconds. A listener's pending
    /// connections are reset. The side that closes a connection first keeps its port in
    /// TIME_WAIT with the socket's SO_REUSEADDR and SO_REUSEPORT (an orphaned FIN_WAIT2 end
    /// becomes a TIME_WAIT socket at once: `tcp_close` in `net/ipv4/tcp.c`).
    ///
    /// # Errors
    /// EBADF (L1).
    pub fn close(&mut self, id: SocketId) -> Result<Vec<Transition>, LinuxRefusal> {
        self.close_flow(id)
    }

    /// `close(2)` with SO_LINGER on and 0 seconds: every connection is reset (no TIME_WAIT).
    ///
    /// # Errors
    /// EBADF (L1).
    pub fn abort(&mut self, id: SocketId) -> Result<Vec<Transition>, LinuxRefusal> {
        self.abort_flow(id)
    }

    /// `sendto(2)` of one UDP datagram from a local socket, or from a remote peer (`None`);
    /// returns who receives it ([`linux_calls::deliver_datagram`]). An unbound socket is first
    /// bound to the wildcard and an ephemeral port.
    ///
    /// # Errors
    /// EBADF (L1); EOPNOTSUPP (L18) from a TCP socket; EAFNOSUPPORT (L5) for an IPv6 address
    /// from an IPv4 socket; the implicit bind's errors.
    pub fn send(&mut self, from: Option<SocketId>, to: SocketAddr) -> Result<LinuxDelivered, LinuxRefusal> {
        let mut sender = None;
        if let Some(id) = from {
            let s = self.live(id)?;
            linux_calls::send_from(s.proto, s.family, to.ip()).map_err(refuse)?;
            self.bind_implicitly(id).map_err(|r| exhausted_as(r, LinuxError::Again))?;
            // The datagram leaves from the socket's port and address (the route's source for a
            // wildcard), which is what a connected receiver compares with its peer.
            let s = self.live(id)?;
            sender =
                s.local.map(|l| SocketAddr::new(linux_calls::connected_local(l.ip(), to.ip(), s.family), l.port()));
        }
        Ok(self.udp_delivery(to, sender))
    }

    /// `setsockopt(IP_ADD_MEMBERSHIP)`: the UDP socket joins `group` on the local interface
    /// `iface`.
    ///
    /// # Errors
    /// EBADF (L1); EPROTO (L17) for TCP; EINVAL (L17) when `group` is not multicast; ENODEV
    /// (L17) when `iface` is not local.
    pub fn join(&mut self, id: SocketId, group: IpAddr, iface: IpAddr) -> Result<(), LinuxRefusal> {
        let s = self.live(id)?;
        linux_calls::join(s.proto, group, self.is_local(iface)).map_err(refuse)?;
        self.core.join(id, group, iface);
        Ok(())
    }

    /// Who would receive a TCP connection to `to` right now (XR1, XR2, XR5).
    pub fn tcp_delivery(&self, to: SocketAddr) -> LinuxDelivered {
        let listeners: Vec<&LinuxHostSocket> = self
            .core
            .sockets
            .iter()
            .filter(|s| {
                s.proto == Proto::Tcp
                    && s.state == LinuxSocketState::Listening
                    && s.local.is_some_and(|l| l.port() == to.port())
            })
            .collect();
        let claims: Vec<LinuxSocket> =
            listeners.iter().map(|s| s.claim(s.local.map_or(wildcard(s.family), |l| l.ip()))).collect();
        if !self.is_local(to.ip()) {
            return LinuxDelivered { receivers: LinuxReceivers::Nobody, rule: LinuxDeliveryRule::Nobody };
        }
        match linux::deliver(to.ip(), &claims) {
            linux::LinuxDelivery::Nobody => {
                LinuxDelivered { receivers: LinuxReceivers::Nobody, rule: LinuxDeliveryRule::Nobody }
            }
            linux::LinuxDelivery::One(i) => LinuxDelivered {
                receivers: LinuxReceivers::One(listeners[i].id),
                rule: LinuxDeliveryRule::MostSpecific,
            },
            linux::LinuxDelivery::SpreadByHash(v) => LinuxDelivered {
                receivers: LinuxReceivers::SpreadByHash(v.into_iter().map(|i| listeners[i].id).collect()),
                rule: LinuxDeliveryRule::SpreadByHash,
            },
        }
    }

    /// Who would receive a UDP datagram sent to `to` from `from` right now (XR1-XR8); `None` is
    /// a remote sender, which no connected socket hears.
    pub fn udp_delivery(&self, to: SocketAddr, from: Option<SocketAddr>) -> LinuxDelivered {
        if !to.ip().is_multicast() && !self.is_local(to.ip()) {
            return LinuxDelivered { receivers: LinuxReceivers::Nobody, rule: LinuxDeliveryRule::Nobody };
        }
        let joined =
            |id: SocketId| self.core.memberships.get(&id).is_some_and(|m| m.iter().any(|(g, _)| *g == to.ip()));
        let any_joined = self.core.memberships.values().flatten().any(|(g, _)| *g == to.ip());
        let sockets: Vec<DatagramSocket> = self
            .core
            .sockets
            .iter()
            .filter(|s| s.proto == Proto::Udp && s.state != LinuxSocketState::Closed)
            .filter_map(|s| {
                let local = s.local.filter(|l| l.port() == to.port())?;
                Some(DatagramSocket {
                    id: s.id,
                    claim: s.claim(local.ip()),
                    bound_at: s.bound_at,
                    joined: joined(s.id),
                    peer: s.peer,
                    connected_at: s.connected_at,
                })
            })
            .collect();
        linux_calls::deliver_datagram(to.ip(), from, &sockets, any_joined)
    }

    // ---- internals ---------------------------------------------------------------------------

    /// Closes a socket: it leaves the port it held.
    fn mark_closed(&mut self, id: SocketId) -> Result<(), LinuxRefusal> {
        self.change(id, |s| s.state = LinuxSocketState::Closed)
    }

    /// Changes an open socket, keeping the port index in step with its binding and its claim.
    fn change<T>(&mut self, id: SocketId, f: impl FnOnce(&mut LinuxHostSocket) -> T) -> Result<T, LinuxRefusal> {
        let before = Self::place(self.live(id)?);
        let out = f(self.live_mut(id)?);
        let after = self.get(id).and_then(Self::place);
        if before != after {
            if let Some(((proto, port), claim, member)) = before {
                if let Some(groups) = self.own.ports.get_mut(proto, port) {
                    if let Some(group) = groups.get_mut(&claim) {
                        group.remove(&member);
                        if group.is_empty() {
                            groups.remove(&claim);
                        }
                    }
                    if groups.is_empty() {
                        self.own.ports.vacate(proto, port);
                    }
                }
            }
            if let Some(((proto, port), claim, member)) = after {
                self.own.ports.entry(proto, port, Groups::default).entry(claim).or_default().insert(member);
            }
        }
        Ok(out)
    }

    /// Where a socket sits in the port index: its (protocol, port), its claim, and its bind
    /// time and id; `None` unless it is open and bound.
    fn place(s: &LinuxHostSocket) -> Option<Place> {
        if s.state == LinuxSocketState::Closed {
            return None;
        }
        let l = s.local?;
        Some(((s.proto, l.port()), s.claim(l.ip()), (s.bound_at, s.id)))
    }

    /// The policy a user's binds run under: the host's, with the capability for a privileged user.
    fn policy_of(&self, user: UserId) -> PortPolicy {
        let privileged = self.core.is_privileged(user);
        PortPolicy { cap_net_bind_service: self.system.0.cap_net_bind_service || privileged, ..self.system.0 }
    }

    /// Whether an address is the machine's: an added one, ::1, or any of 127.0.0.0/8 (Linux routes
    /// the whole block to the loopback device).
    fn is_local(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match ip {
            IpAddr::V4(v4) if v4.is_loopback() => true,
            IpAddr::V4(_) | IpAddr::V6(_) => self.core.addresses.contains(&ip),
        }
    }

    /// Every claim on `(proto, port)` but `except`'s, oldest first: open bound sockets, and the
    /// connection ends no open socket holds (pending in a backlog, or left by a closed socket).
    /// Oldest is by bind time, ties in creation order; the sockets come from the port's index.
    #[cfg(test)]
    fn claims(&self, proto: Proto, port: u16, except: Option<SocketId>) -> Vec<(LinuxSocket, Holder)> {
        self.collect_claims(proto, port, except, false)
    }

    /// The claims on `(proto, port)` but `except`'s that a decision reads: of identical claims
    /// only the oldest, in the order of [`claims`](Self::claims).
    ///
    /// [`linux::decide`] gives the same answer on this list as on the whole one. It walks the
    /// claims oldest first and what it does with one depends on the claim's value alone (whether
    /// it overlaps the attempt, and the pair rule between the two): it stops at the first that
    /// refuses, and names the first that shares. A later claim equal to an earlier one gets the
    /// same verdict as the earlier, which came first: if that refused, the walk stopped there; if
    /// it shared, the first sharer is already named; if it did not overlap, neither does the
    /// copy. So dropping later copies changes no outcome, no rule and no `against` (the kept
    /// claim is the oldest of its copies). A port shared by thousands of alike sockets then
    /// costs one check per distinct claim.
    fn distinct_claims(&self, proto: Proto, port: u16, except: Option<SocketId>) -> Vec<(LinuxSocket, Holder)> {
        self.collect_claims(proto, port, except, true)
    }

    fn collect_claims(
        &self,
        proto: Proto,
        port: u16,
        except: Option<SocketId>,
        distinct: bool,
    ) -> Vec<(LinuxSocket, Holder)> {
        // Of each group of alike sockets, every member, or only its oldest (but `except`).
        let mut members: Vec<(u64, SocketId, LinuxSocket)> = Vec::new();
        for (claim, group) in self.own.ports.get(proto, port).into_iter().flatten() {
            let others = group.iter().filter(|(_, id)| Some(*id) != except);
            let take = if distinct { 1 } else { usize::MAX };
            members.extend(others.take(take).map(|&(at, id)| (at, id, *claim)));
        }
        // The groups come in no set order: by bind time, then creation, as a scan finds them.
        members.sort_unstable_by_key(|&(at, id, _)| (at, id));
        let mut out: Vec<(u64, LinuxSocket, Holder)> =
            members.into_iter().map(|(at, id, claim)| (at, claim, Holder::Socket(id))).collect();
        self.push_ends(proto, port, &mut out);
        out.sort_by_key(|(t, ..)| *t);
        if distinct {
            let mut kept: HashSet<LinuxSocket> = HashSet::new();
            out.retain(|(_, c, _)| kept.insert(*c));
        }
        out.into_iter().map(|(_, c, h)| (c, h)).collect()
    }

    /// The connection ends on a TCP `port` no open socket holds, with their time.
    fn push_ends(&self, proto: Proto, port: u16, out: &mut Vec<(u64, LinuxSocket, Holder)>) {
        if proto != Proto::Tcp {
            return;
        }
        for e in self.core.conns.values().filter(|e| e.port == port && e.state != TcpState::Closed) {
            let held_by_open = e.socket.is_some_and(|s| self.live(s).is_ok());
            if held_by_open {
                continue;
            }
            let state = match e.state {
                // An orphaned end past its FIN is a TIME_WAIT socket to the bind rules.
                TcpState::FinWait1 | TcpState::FinWait2 | TcpState::Closing | TcpState::TimeWait => {
                    LinuxState::TimeWait
                }
                TcpState::Established | TcpState::CloseWait | TcpState::LastAck | TcpState::Closed => LinuxState::Bound,
            };
            let holder = Holder::Connection { conn: e.id, of: e.origin, state: e.state };
            out.push((e.since, LinuxSocket { state, ..e.claim }, holder));
        }
    }

    /// [`claims`](Self::claims) by a scan of every socket of the machine: what the port index
    /// must agree with.
    #[cfg(test)]
    fn claims_by_scan(&self, proto: Proto, port: u16, except: Option<SocketId>) -> Vec<(LinuxSocket, Holder)> {
        let mut out: Vec<(u64, LinuxSocket, Holder)> = Vec::new();
        for s in self.core.sockets.iter() {
            if s.proto != proto || s.state == LinuxSocketState::Closed || Some(s.id) == except {
                continue;
            }
            if let Some(l) = s.local.filter(|l| l.port() == port) {
                out.push((s.bound_at, s.claim(l.ip()), Holder::Socket(s.id)));
            }
        }
        self.push_ends(proto, port, &mut out);
        out.sort_by_key(|(t, ..)| *t);
        out.into_iter().map(|(_, c, h)| (c, h)).collect()
    }

    /// The next free port of the ephemeral range for `proto`, by the sequential pick both
    /// systems share; `None` when every one is taken.
    fn ephemeral(&mut self, proto: Proto) -> Option<u16> {
        let range = self.own.range;
        let mut cursor = self.own.cursor;
        let port = sequential(&mut cursor, range, |from, to| self.first_free(proto, from, to));
        self.own.cursor = cursor;
        port
    }

    /// The first port of `from..=to` nothing claims: no open socket bound there (the port
    /// slots' occupancy says so in a few word reads) and no connection end left on it.
    fn first_free(&self, proto: Proto, from: u16, to: u16) -> Option<u16> {
        let mut at = from;
        loop {
            let port = self.own.ports.next_unused(proto, at, to)?;
            let mut ends = Vec::new();
            self.push_ends(proto, port, &mut ends);
            if ends.is_empty() {
                return Some(port);
            }
            at = port.checked_add(1).filter(|next| *next <= to)?;
        }
    }

    fn next_conn(&self) -> ConnId {
        ConnId(u32::try_from(self.core.conns.len() + 1).unwrap_or(u32::MAX))
    }
}

/// An implicit bind that found the port range exhausted (L19) fails with `error`, as the call
/// that made it does; any other refusal stays.
fn exhausted_as(r: LinuxRefusal, error: LinuxError) -> LinuxRefusal {
    match r.answer.reason {
        LinuxReason::PortsExhausted => LinuxRefusal { error, ..r },
        _ => r,
    }
}

/// What a bind of `s` to `ip` claims: `__inet6_bind` makes a socket bound to a specific IPv6
/// address IPv6-only (kept on success, by `Linux::record_bind`), and a bind
/// is never a connect's claim.
fn bind_attempt(s: &LinuxHostSocket, ip: IpAddr) -> LinuxSocket {
    let mut attempt = s.claim(ip);
    attempt.v6only = linux::v6only_after_bind(ip, attempt.v6only);
    attempt.by_connect = false;
    attempt
}

/// A refusal of the call rules, about no other socket.
fn refuse((error, reason): linux_calls::CallRefusal) -> LinuxRefusal {
    LinuxRefusal::new(error, reason)
}

/// The wildcard of a family.
fn wildcard(family: Family) -> IpAddr {
    match family {
        Family::V4 => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        Family::V6 => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
    }
}

mod system;
#[cfg(test)]
mod tests;
