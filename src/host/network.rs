//! [`Network`]: several named [`Host`]s on one link, for the incidents one machine cannot tell:
//! which machine a connection reaches when an address sits on several, and which client
//! address and ephemeral port a connection gets.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

use super::{canonical, Connect, Host, Peer, TcpState, Transition};
use crate::endpoint::{Endpoint, LocalAddr, Proto};
use crate::era::Era;
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::id::SocketId;
use crate::rules::delivery::{Delivery, DeliveryRule, Receivers};
use crate::rules::route::{self, Route, Target};
use crate::rules::{Reason, Refusal};

use super::ConnId;

/// A host of a [`Network`], by its place in the network (the order the hosts were given in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct HostRef(usize);

impl HostRef {
    /// The host's place in its network, from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A network that cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkError {
    /// Two hosts have the same name.
    #[error("host `{0}` is named twice; give each host its own name")]
    DuplicateName(String),
}

/// Who a connection is, as the server sees it: the client's address and port (the ephemeral
/// port of its implicit bind) and the server's, with the hosts at both ends. Connection-bound
/// authentication (NTLM) works only while every message of one exchange arrives with one
/// identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Identity {
    /// The client's host; `None` for an anonymous peer outside the network.
    pub client_host: Option<HostRef>,
    /// The client's address and port.
    pub client: SocketAddr,
    /// The server's host.
    pub server_host: HostRef,
    /// The address and port the client reached.
    pub server: SocketAddr,
}

/// What a successful [`Network::connect`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetConnect {
    /// Which host the destination reached, by which rule.
    pub route: Route,
    /// The host whose listener got the connection (for an undetermined route, the one the
    /// model continues on).
    pub server: HostRef,
    /// The server host's answer: its delivery, listener and queued end.
    pub connect: Connect,
    /// Who receives, over the whole network: the server host's delivery, or for an undetermined
    /// route (rule N3) the listeners of every candidate host, one of which gets it.
    pub delivery: Delivery,
    /// The connecting end, on the client's host.
    pub client_end: ConnId,
    /// The connection's identity.
    pub identity: Identity,
}

impl NetConnect {
    /// What the answer rests on: the weaker of the route's and the delivery's evidence.
    pub fn evidence(&self) -> Evidence {
        self.route.evidence().max(self.delivery.evidence())
    }
}

/// What a [`Network::send`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetDelivery {
    /// Which host the destination reached, by which rule.
    pub route: Route,
    /// Who receives, over the whole network (for an undetermined route, the sockets of every
    /// candidate host, one of which gets it).
    pub delivery: Delivery,
}

impl NetDelivery {
    /// What the answer rests on: the weaker of the route's and the delivery's evidence.
    pub fn evidence(&self) -> Evidence {
        self.route.evidence().max(self.delivery.evidence())
    }
}

#[derive(Debug, Clone)]
struct Machine {
    name: String,
    host: Host,
}

/// Several named [`Host`]s on one link. Every host has its own era, addresses, sockets and
/// ephemeral ports; the same address may sit on several hosts. Socket and connection ids are
/// unique across the network (the hosts interleave them), so one id names one socket.
///
/// Routing ([`route`](crate::rules::route), rules N1-N4): a destination that is one of the
/// sender's own addresses is delivered on the sender, whatever other host also has it (N1);
/// otherwise on the one other host that has it (N2); several others is undetermined (N3, a
/// duplicate address: ARP decides); none is WSAEHOSTUNREACH (N4). A connection to another
/// host has two real ends: the client's socket is bound implicitly to an ephemeral port of its
/// own host's era, and the client address is its host's address nearest the destination.
///
/// ```
/// use winsock_bind::{Privilege, Era, Family, Network, Proto};
///
/// let mut net = Network::new([("srv1", Era::Server2012), ("srv2", Era::Server2012)])?;
/// let (srv1, srv2) = (net.find("srv1").unwrap(), net.find("srv2").unwrap());
/// for (h, own) in [(srv1, "192.0.2.1"), (srv2, "203.0.113.2")] {
///     net.host_mut(h).add_address(own.parse()?);
///     net.host_mut(h).add_address("169.254.95.120".parse()?); // on both servers
/// }
/// let mut listen = |h| -> Result<_, Box<dyn std::error::Error>> {
///     let host = net.host_mut(h);
///     let user = host.add_user("system", Privilege::User);
///     let s = host.socket(Family::V4, Proto::Tcp, user)?;
///     host.bind(s, "0.0.0.0:135")?;
///     host.listen(s)?;
///     Ok((s, user))
/// };
/// let ((rpc1, system), (rpc2, _)) = (listen(srv1)?, listen(srv2)?);
///
/// // srv1 "reaches srv2" at the shared address, and lands on its own listener (rule N1).
/// let client = net.host_mut(srv1).socket(Family::V4, Proto::Tcp, system)?;
/// let c = net.connect(srv1, client, "169.254.95.120:135".parse()?)?;
/// assert_eq!((c.server, c.connect.listener), (srv1, Some(rpc1)));
///
/// // At srv2's own address it reaches srv2, from srv1's address and an ephemeral port.
/// let client = net.host_mut(srv1).socket(Family::V4, Proto::Tcp, system)?;
/// let c = net.connect(srv1, client, "203.0.113.2:135".parse()?)?;
/// assert_eq!((c.server, c.connect.listener), (srv2, Some(rpc2)));
/// assert_eq!(c.identity.client.to_string(), "192.0.2.1:49153");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Network {
    machines: Vec<Machine>,
    /// The two ends of each connection between hosts.
    links: BTreeMap<(HostRef, ConnId), (HostRef, ConnId)>,
}

impl Network {
    /// A network of hosts, each with a name and an era, in this order; each starts as
    /// [`Host::new`] does (loopback addresses only, no users).
    ///
    /// # Errors
    /// [`NetworkError::DuplicateName`] when two hosts share a name.
    pub fn new<N: Into<String>>(hosts: impl IntoIterator<Item = (N, Era)>) -> Result<Self, NetworkError> {
        let hosts: Vec<(String, Era)> = hosts.into_iter().map(|(n, e)| (n.into(), e)).collect();
        let stride = u32::try_from(hosts.len()).unwrap_or(u32::MAX).max(1);
        let mut machines: Vec<Machine> = Vec::with_capacity(hosts.len());
        for (offset, (name, era)) in (0u32..).zip(hosts) {
            if machines.iter().any(|m| m.name == name) {
                return Err(NetworkError::DuplicateName(name));
            }
            let mut host = Host::new(era);
            host.own.stride = stride;
            host.own.offset = offset;
            machines.push(Machine { name, host });
        }
        Ok(Self { machines, links: BTreeMap::new() })
    }

    /// Every host, in the network's order.
    pub fn hosts(&self) -> impl Iterator<Item = HostRef> + use<> {
        (0..self.machines.len()).map(HostRef)
    }

    /// The host with this name.
    pub fn find(&self, name: &str) -> Option<HostRef> {
        self.machines.iter().position(|m| m.name == name).map(HostRef)
    }

    /// The host at this place of the network (from 0), as [`HostRef::index`] gives it.
    pub fn at(&self, index: usize) -> Option<HostRef> {
        (index < self.machines.len()).then_some(HostRef(index))
    }

    /// A host's name.
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn name(&self, h: HostRef) -> &str {
        &self.machine(h).name
    }

    /// A host.
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn host(&self, h: HostRef) -> &Host {
        &self.machine(h).host
    }

    /// A host, to set it up or call Winsock on it.
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn host_mut(&mut self, h: HostRef) -> &mut Host {
        &mut self.machines.get_mut(h.0).expect("a HostRef of this network").host
    }

    fn machine(&self, h: HostRef) -> &Machine {
        self.machines.get(h.0).expect("a HostRef of this network")
    }

    /// Which host `to` reaches from `from` (`None`: a peer outside the network), by the rules
    /// N1-N4 ([`route`](crate::rules::route::route)).
    pub fn route(&self, from: Option<HostRef>, to: IpAddr) -> Route {
        let addresses: Vec<&BTreeSet<IpAddr>> = self.machines.iter().map(|m| &m.host.core.addresses).collect();
        route::route(from.map(|h| h.0), canonical(to), &addresses)
    }

    /// Simulates `connect` from `socket` on host `from` to `to`: the route decides the host, and
    /// that host's delivery rules the listener. An unbound socket is first bound to the wildcard
    /// and an ephemeral port of its host's era, as on one host.
    ///
    /// # Errors
    /// The client's checks and implicit bind, as [`Host::connect`]; WSAEHOSTUNREACH (rule N4)
    /// when no host has `to`, or the client's host has no address to reach it from;
    /// WSAECONNREFUSED when nothing listens there. A failed connect leaves the socket bound.
    ///
    /// # Panics
    /// When `from` is a host of another, larger network.
    pub fn connect(&mut self, from: HostRef, socket: SocketId, to: SocketAddr) -> Result<NetConnect, Refusal> {
        let route = self.route(Some(from), to.ip());
        let dest = Endpoint::new(to.ip(), to.port());
        let unreachable = || Refusal::at(WsaError::HostUnreach, Reason::NoHostHasAddress, dest);
        let server = match &route.target {
            Target::Local(_) => {
                let connect = self.host_mut(from).connect(Some(socket), to)?;
                let client_end = connect.conn.expect("a local socket's connection has a connecting end");
                let identity = self.identity_of(from, client_end).expect("the connection was just made");
                let delivery = connect.delivery.clone();
                return Ok(NetConnect { route, server: from, connect, delivery, client_end, identity });
            }
            Target::Remote(_) | Target::Undetermined(_) => HostRef(route.chosen().expect("a host was found")),
            Target::Unreachable => {
                self.host_mut(from).connect_checks(socket, to)?;
                return Err(unreachable());
            }
        };
        let bound = self.host_mut(from).connect_checks(socket, to)?;
        let client_ip = match bound.addr {
            LocalAddr::Specific(_) | LocalAddr::Scoped(..) => bound.addr.ip(),
            LocalAddr::Wildcard(_) => {
                route::source_address(&self.host(from).core.addresses, canonical(to.ip())).ok_or_else(unreachable)?
            }
        };
        let client = SocketAddr::new(client_ip, bound.port);
        let delivery = self.undetermined(&route, |h| h.delivery(Proto::Tcp, to));
        let connect = self.host_mut(server).arrive(None, to, Some(client))?;
        let client_end = self.host_mut(from).outgoing(socket, Endpoint::new(client_ip, bound.port), to);
        self.links.insert((from, client_end), (server, connect.queued));
        self.links.insert((server, connect.queued), (from, client_end));
        let identity = Identity {
            client_host: Some(from),
            client,
            server_host: server,
            server: SocketAddr::new(canonical(to.ip()), to.port()),
        };
        let delivery = delivery.unwrap_or_else(|| connect.delivery.clone());
        Ok(NetConnect { route, server, connect, delivery, client_end, identity })
    }

    /// A connection from an anonymous peer outside the network to `to`: the route (N2-N4)
    /// decides the host, as [`Host::connect`] with no socket does on one host.
    ///
    /// # Errors
    /// WSAEHOSTUNREACH (N4) when no host has `to`; WSAECONNREFUSED when nothing listens there.
    pub fn connect_from_outside(&mut self, to: SocketAddr) -> Result<NetConnect, Refusal> {
        let route = self.route(None, to.ip());
        let Some(server) = route.chosen().map(HostRef) else {
            return Err(Refusal::at(
                WsaError::HostUnreach,
                Reason::NoHostHasAddress,
                Endpoint::new(to.ip(), to.port()),
            ));
        };
        let delivery = self.undetermined(&route, |h| h.delivery(Proto::Tcp, to));
        let connect = self.host_mut(server).connect(None, to)?;
        let identity = self.identity_of(server, connect.queued).expect("the connection was just made");
        let delivery = delivery.unwrap_or_else(|| connect.delivery.clone());
        Ok(NetConnect { route, server, client_end: connect.queued, connect, delivery, identity })
    }

    /// Simulates `sendto` of one UDP datagram from `socket` on host `from` (no socket: a program
    /// of that host whose socket does not matter; no host: a peer outside the network). The
    /// route decides the host, and its delivery rules the receivers. A datagram no host takes
    /// (N4) reaches nobody, as UDP does: the send itself succeeds. Multicast across hosts is not
    /// modelled: a group datagram reaches the members on the sender's host (or, from outside,
    /// on no host).
    ///
    /// # Errors
    /// The sender's checks and implicit bind, as [`Host::send`].
    ///
    /// # Panics
    /// When `from` is a host of another, larger network.
    pub fn send(
        &mut self,
        from: Option<HostRef>,
        socket: Option<SocketId>,
        to: SocketAddr,
    ) -> Result<NetDelivery, Refusal> {
        let route = match from {
            Some(h) if to.ip().is_multicast() => {
                Route { target: Target::Local(h.0), rule: route::RouteRule::OwnAddress }
            }
            Some(_) | None => self.route(from, to.ip()),
        };
        if let Some(h) = from {
            self.host_mut(h).send_from(socket, to)?;
        }
        let delivery = match route.chosen() {
            None => Delivery { receivers: Receivers::Nobody, rule: DeliveryRule::NotLocal, alternative: None },
            Some(h) => match self.undetermined(&route, |host| host.delivery(Proto::Udp, to)) {
                Some(d) => d,
                None => self.host(HostRef(h)).delivery(Proto::Udp, to),
            },
        };
        Ok(NetDelivery { route, delivery })
    }

    /// For an undetermined route, the union of every candidate host's receivers, one of which
    /// gets it; `None` otherwise.
    fn undetermined(&self, route: &Route, delivery: impl Fn(&Host) -> Delivery) -> Option<Delivery> {
        let Target::Undetermined(candidates) = &route.target else { return None };
        let mut rule = None;
        let mut all = Vec::new();
        for &h in candidates {
            let d = delivery(self.host(HostRef(h)));
            rule.get_or_insert(d.rule);
            match d.receivers {
                Receivers::One(s) => all.push(s),
                Receivers::Undetermined(v) | Receivers::Every(v) => all.extend(v),
                Receivers::Nobody => {}
            }
        }
        let receivers = if all.is_empty() { Receivers::Nobody } else { Receivers::Undetermined(all) };
        Some(Delivery { receivers, rule: rule.unwrap_or(DeliveryRule::Nobody), alternative: None })
    }

    /// Simulates `closesocket` on host `h` ([`Host::close`]); the other end of each of its
    /// connections to another host learns of it: after a graceful close it waits in
    /// CLOSE_WAIT for its own program to close, after a reset it is CLOSED. The transitions of
    /// both hosts are returned (connection ids are unique across the network).
    ///
    /// # Errors
    /// As [`Host::close`].
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn close(&mut self, h: HostRef, socket: SocketId) -> Result<Vec<Transition>, Refusal> {
        let transitions = self.host_mut(h).close(socket)?;
        Ok(self.propagate(h, transitions))
    }

    /// [`Host::abort`] on host `h`, told to the other ends as [`close`](Self::close) does.
    ///
    /// # Errors
    /// As [`Host::abort`].
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn abort(&mut self, h: HostRef, socket: SocketId) -> Result<Vec<Transition>, Refusal> {
        let transitions = self.host_mut(h).abort(socket)?;
        Ok(self.propagate(h, transitions))
    }

    /// [`Host::shutdown`] on host `h`, told to the other ends as [`close`](Self::close) does.
    ///
    /// # Errors
    /// As [`Host::shutdown`].
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn shutdown(&mut self, h: HostRef, socket: SocketId) -> Result<Vec<Transition>, Refusal> {
        let transitions = self.host_mut(h).shutdown(socket)?;
        Ok(self.propagate(h, transitions))
    }

    /// The other host's end of each connection that changed on `h`: a FIN puts an active end
    /// in CLOSE_WAIT, a reset closes it.
    fn propagate(&mut self, h: HostRef, mut transitions: Vec<Transition>) -> Vec<Transition> {
        let mut told = Vec::new();
        for t in &transitions {
            let Some(&(other, conn)) = self.links.get(&(h, t.conn)) else { continue };
            let reset = t.states.last() == Some(&TcpState::Closed) && !t.states.contains(&TcpState::LastAck);
            let host = self.host_mut(other);
            let Some(end) = host.core.conns.get(&conn) else { continue };
            let next: &[TcpState] = match (end.state, reset) {
                (TcpState::Closed, _) => continue,
                (_, true) => &[TcpState::Closed],
                (TcpState::Established, false) => &[TcpState::CloseWait],
                (
                    TcpState::FinWait1
                    | TcpState::FinWait2
                    | TcpState::CloseWait
                    | TcpState::Closing
                    | TcpState::LastAck
                    | TcpState::TimeWait,
                    false,
                ) => continue,
            };
            let origin = end.origin;
            told.extend(host.set_state(conn, next));
            host.release_if_idle(origin);
        }
        transitions.extend(told);
        transitions
    }

    /// The identity of the connection `socket` (on host `h`) is an end of: the one it made, or
    /// the one it was accepted for.
    ///
    /// # Errors
    /// WSAENOTSOCK; WSAENOTCONN when the socket has no connection that can still carry a
    /// request (ESTABLISHED, or CLOSE_WAIT: the peer finished sending, this end may still send).
    ///
    /// # Panics
    /// When `h` is a host of another, larger network.
    pub fn identity(&self, h: HostRef, socket: SocketId) -> Result<Identity, Refusal> {
        let host = self.host(h);
        host.live(socket)?;
        host.conns_of(socket)
            .into_iter()
            .filter(|c| {
                host.core.conns.get(c).is_some_and(|c| matches!(c.state, TcpState::Established | TcpState::CloseWait))
            })
            .find_map(|c| self.identity_of(h, c))
            .ok_or_else(|| Refusal::new(WsaError::NotConn, Reason::NotConnected))
    }

    /// The identity of the connection whose end `conn` is on host `h`.
    pub(crate) fn identity_of(&self, h: HostRef, conn: ConnId) -> Option<Identity> {
        let host = self.host(h);
        let c = host.core.conns.get(&conn)?;
        // The connecting end is owned by the socket it originated from; an accepted end by a
        // socket other than its listener (or by none yet, in the backlog).
        let is_client = c.socket == Some(c.origin);
        let here = c.local.socket_addr();
        let (there_host, there) = match c.peer {
            Peer::Local(p) => (Some(h), host.core.conns.get(&p)?.local.socket_addr()),
            Peer::Remote(addr) => (self.links.get(&(h, conn)).map(|(other, _)| *other), addr),
        };
        Some(if is_client {
            Identity { client_host: Some(h), client: here, server_host: there_host?, server: there }
        } else {
            Identity { client_host: there_host, client: there, server_host: h, server: here }
        })
    }
}

impl fmt::Display for HostRef {
    /// `host 1` (names live in the [`Network`]: [`Network::name`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "host {}", self.0 + 1)
    }
}
