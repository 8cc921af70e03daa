//! The Linux rules of the socket calls around a bind: what a [`LinuxHost`](crate::LinuxHost)
//! answers to `setsockopt`, `listen`, `connect`, `accept`, `shutdown`, `send` and `join`, and
//! who receives a UDP datagram. The bind itself is [`rules::linux`](super::linux) (X1-X10).
//!
//! Every answer carries a [`LinuxReason`] (its id, sentence, source and evidence) like the
//! Windows [`Reason`](super::Reason); the Host adds the socket a conflict is with.
//! Each rule here was measured on the kernel by `tests/it/linux_host.rs` and by the scenario check
//! of `.ci/check-real-sockets.sh linux`.
//!
//! Sources: bind(2), listen(2), connect(2), accept(2), shutdown(2), setsockopt(2) (their ERRORS
//! sections), <https://man7.org/linux/man-pages/man2/bind.2.html> and the pages beside it;
//! socket(7), ip(7) (`ip_local_port_range`, IP_ADD_MEMBERSHIP, IP_MULTICAST_ALL), ipv6(7); the
//! kernel's `net/ipv4/af_inet.c`, `net/ipv4/tcp.c`, `net/ipv4/udp.c` and
//! `net/ipv6/ipv6_sockglue.c`, <https://github.com/torvalds/linux>.

use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

use super::linux::{LinuxError, LinuxRule, LinuxSocket};
use crate::endpoint::{Family, Proto};
use crate::evidence::Evidence;
use crate::id::SocketId;
use crate::options::SocketOption;

/// Why a Linux call answered as it did: a bind rule (X1-X10, also for the implicit bind of
/// `listen`, `connect` and `send`, and for the re-check at `listen`), a call rule (L1-L19) or a
/// delivery rule (XR1-XR7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LinuxReason {
    /// A bind rule of [`rules::linux`](super::linux).
    Bind(LinuxRule),
    /// L1: the socket was closed (or never created).
    NotASocket,
    /// L2: the owner is not a user of this host (a model check: the kernel has no such error).
    UnknownUser,
    /// L3: the socket is already bound.
    AlreadyBound,
    /// L4: the address is not one of the machine's.
    AddressNotLocal,
    /// L5: an IPv6 address for an IPv4 socket.
    V6AddressOnV4Socket,
    /// L6: an IPv4 address for an IPv6 socket.
    V4AddressOnV6Socket,
    /// L7: listen on a UDP socket.
    ListenNeedsStream,
    /// L8: listen on a connected socket.
    ListenWhileConnected,
    /// L9: connect on a socket that is connected or listening.
    AlreadyConnected,
    /// L10: nobody listens on the address connected to.
    NothingListening,
    /// L11: accept on a socket that is not listening.
    NotListening,
    /// L12: a non-blocking accept with nothing pending.
    NothingPending,
    /// L13: shutdown of a socket that is not connected.
    NotConnected,
    /// L14: an option Linux does not have at that level.
    NoSuchOption,
    /// L15: IPV6_V6ONLY read on an IPv4 socket.
    V6OnlyOnV4Socket,
    /// L16: IPV6_V6ONLY changed after bind.
    V6OnlyAfterBind,
    /// L17: a multicast membership that cannot be (not a group, not an interface, not UDP).
    BadMembership,
    /// L18: `send` (one UDP datagram) from a TCP socket.
    NotADatagramSocket,
    /// L19: port 0 or an implicit bind, with every port of `ip_local_port_range` taken.
    PortsExhausted,
    /// A delivery rule.
    Delivery(LinuxDeliveryRule),
}

impl LinuxReason {
    /// The rule id: `X1`-`X10`, `L1`-`L19`, `XR1`-`XR7`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Bind(r) => r.id(),
            Self::NotASocket => "L1",
            Self::UnknownUser => "L2",
            Self::AlreadyBound => "L3",
            Self::AddressNotLocal => "L4",
            Self::V6AddressOnV4Socket => "L5",
            Self::V4AddressOnV6Socket => "L6",
            Self::ListenNeedsStream => "L7",
            Self::ListenWhileConnected => "L8",
            Self::AlreadyConnected => "L9",
            Self::NothingListening => "L10",
            Self::NotListening => "L11",
            Self::NothingPending => "L12",
            Self::NotConnected => "L13",
            Self::NoSuchOption => "L14",
            Self::V6OnlyOnV4Socket => "L15",
            Self::V6OnlyAfterBind => "L16",
            Self::BadMembership => "L17",
            Self::NotADatagramSocket => "L18",
            Self::PortsExhausted => "L19",
            Self::Delivery(d) => d.id(),
        }
    }

    /// One sentence saying why.
    pub const fn explanation(self) -> &'static str {
        match self {
            Self::Bind(r) => r.explanation(),
            Self::NotASocket => "The descriptor was closed, so every call on it fails with EBADF.",
            Self::UnknownUser => "The owner is not a user of this host.",
            Self::AlreadyBound => "A socket binds once: a second bind fails with EINVAL.",
            Self::AddressNotLocal => "The address is not one of the machine's, so it cannot be bound.",
            Self::V6AddressOnV4Socket => "An IPv4 socket cannot take an IPv6 address.",
            Self::V4AddressOnV6Socket => "An IPv6 socket takes an IPv6 address; an IPv4 one is too short for it.",
            Self::ListenNeedsStream => "Only a stream (TCP) socket can listen.",
            Self::ListenWhileConnected => "A connected socket cannot listen.",
            Self::AlreadyConnected => "The socket is already connected or listening, so it cannot connect.",
            Self::NothingListening => "No socket listens on the address, so the connection is refused.",
            Self::NotListening => "Only a listening socket can accept.",
            Self::NothingPending => "No connection waits in the backlog, so a non-blocking accept fails with EAGAIN.",
            Self::NotConnected => "The socket is not connected, so there is nothing to shut down.",
            Self::NoSuchOption => "Linux has no such option at this level (SO_EXCLUSIVEADDRUSE is Windows-only).",
            Self::V6OnlyOnV4Socket => "IPV6_V6ONLY belongs to IPv6 sockets.",
            Self::V6OnlyAfterBind => "IPV6_V6ONLY can change only before bind.",
            Self::BadMembership => "A multicast membership needs a UDP socket, a group address and a local interface.",
            Self::NotADatagramSocket => "A datagram is sent from a UDP socket; this one is TCP.",
            Self::PortsExhausted => "Every port of net.ipv4.ip_local_port_range is taken, so no ephemeral port is left: bind and listen fail with EADDRINUSE, a TCP connect with EADDRNOTAVAIL, a UDP socket bound by connect or send with EAGAIN.",
            Self::Delivery(d) => d.explanation(),
        }
    }

    /// The public sources a user can open.
    pub const fn source(self) -> &'static str {
        match self {
            Self::Bind(r) => r.source(),
            Self::NotASocket => "close(2), EBADF: https://man7.org/linux/man-pages/man2/close.2.html",
            Self::UnknownUser => "the model's own check of its handles",
            Self::NotADatagramSocket => "the model's own check: a scenario's send is one UDP datagram",
            Self::PortsExhausted => {
                "bind(2) EADDRINUSE, connect(2) EADDRNOTAVAIL, send(2) EAGAIN: https://man7.org/linux/man-pages/man2/bind.2.html, https://man7.org/linux/man-pages/man2/connect.2.html, https://man7.org/linux/man-pages/man2/send.2.html; ip(7), ip_local_port_range"
            }
            Self::AlreadyBound | Self::AddressNotLocal => {
                "bind(2), ERRORS: https://man7.org/linux/man-pages/man2/bind.2.html"
            }
            Self::V6AddressOnV4Socket | Self::V4AddressOnV6Socket => {
                "inet_bind and __inet6_bind, net/ipv4/af_inet.c and net/ipv6/af_inet6.c: https://github.com/torvalds/linux"
            }
            Self::ListenNeedsStream => "listen(2), EOPNOTSUPP: https://man7.org/linux/man-pages/man2/listen.2.html",
            Self::ListenWhileConnected => "inet_listen, net/ipv4/af_inet.c: https://github.com/torvalds/linux",
            Self::AlreadyConnected | Self::NothingListening => {
                "connect(2), ERRORS: https://man7.org/linux/man-pages/man2/connect.2.html"
            }
            Self::NotListening | Self::NothingPending => {
                "accept(2), ERRORS: https://man7.org/linux/man-pages/man2/accept.2.html"
            }
            Self::NotConnected => "shutdown(2), ENOTCONN: https://man7.org/linux/man-pages/man2/shutdown.2.html",
            Self::NoSuchOption => {
                "setsockopt(2), ENOPROTOOPT: https://man7.org/linux/man-pages/man2/setsockopt.2.html"
            }
            Self::V6OnlyOnV4Socket | Self::V6OnlyAfterBind => {
                "ipv6(7), IPV6_V6ONLY: https://man7.org/linux/man-pages/man7/ipv6.7.html; do_ipv6_setsockopt, net/ipv6/ipv6_sockglue.c"
            }
            Self::BadMembership => {
                "ip(7), IP_ADD_MEMBERSHIP: https://man7.org/linux/man-pages/man7/ip.7.html; do_ip_setsockopt, net/ipv4/ip_sockglue.c"
            }
            Self::Delivery(d) => d.source(),
        }
    }

    /// What the rule rests on: a man page states it (documented), or the kernel was measured
    /// (observed).
    pub const fn evidence(self) -> Evidence {
        match self {
            Self::Bind(r) => r.evidence(),
            Self::NotASocket
            | Self::AlreadyBound
            | Self::AddressNotLocal
            | Self::ListenNeedsStream
            | Self::AlreadyConnected
            | Self::NothingListening
            | Self::NotListening
            | Self::NothingPending
            | Self::NotConnected
            | Self::NoSuchOption
            | Self::PortsExhausted => Evidence::Documented,
            Self::NotADatagramSocket => Evidence::Extrapolated,
            Self::UnknownUser
            | Self::V6AddressOnV4Socket
            | Self::V4AddressOnV6Socket
            | Self::ListenWhileConnected
            | Self::V6OnlyOnV4Socket
            | Self::V6OnlyAfterBind
            | Self::BadMembership => Evidence::Observed,
            Self::Delivery(d) => d.evidence(),
        }
    }
}

impl fmt::Display for LinuxReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id(), self.explanation())
    }
}

/// Who receives a connection or a datagram, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LinuxDeliveryRule {
    /// XR1: the listener or socket with the most specific address (specific before wildcard,
    /// IPv4 before a dual-stack `[::]`).
    MostSpecific,
    /// XR2: a SO_REUSEPORT group of one user and address, spread by a hash of the 4-tuple.
    SpreadByHash,
    /// XR3: UDP sockets sharing a port by SO_REUSEADDR: the one bound last gets the datagram.
    NewestBound,
    /// XR4: a multicast datagram: every socket of the port that takes the group.
    Multicast,
    /// XR5: nobody: no socket takes the address.
    Nobody,
    /// XR6: a UDP socket connected to the sender's address and port, before every socket that
    /// is not connected.
    ConnectedToSender,
    /// XR7: nobody: every UDP socket that takes the address is connected to another peer.
    ConnectedToOthers,
    /// XR8: of several UDP sockets connected to the sender's address and port, the one whose
    /// first connect came last.
    LastConnected,
}

impl LinuxDeliveryRule {
    /// `XR1`-`XR7`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::MostSpecific => "XR1",
            Self::SpreadByHash => "XR2",
            Self::NewestBound => "XR3",
            Self::Multicast => "XR4",
            Self::Nobody => "XR5",
            Self::ConnectedToSender => "XR6",
            Self::ConnectedToOthers => "XR7",
            Self::LastConnected => "XR8",
        }
    }

    /// One sentence saying why.
    pub const fn explanation(self) -> &'static str {
        match self {
            Self::MostSpecific => {
                "The socket with the most specific address takes it: a specific address before a wildcard, IPv4 before a dual-stack [::]."
            }
            Self::SpreadByHash => {
                "These SO_REUSEPORT sockets of one user share the address; the kernel picks one per 4-tuple by a hash, spreading the load."
            }
            Self::NewestBound => {
                "Several UDP sockets share the address by SO_REUSEADDR; the one bound last gets each datagram, the others nothing."
            }
            Self::Multicast => {
                "A multicast datagram reaches every socket of the port bound to the group or a wildcard, once any socket joined the group (IP_MULTICAST_ALL is on by default)."
            }
            Self::Nobody => "No socket of this protocol takes the address and port.",
            Self::ConnectedToSender => {
                "This UDP socket is connected to the sender's address and port, so it gets the sender's datagrams before every socket that is not connected, whatever the bind order."
            }
            Self::ConnectedToOthers => {
                "Every UDP socket on the address is connected to another peer, and a connected socket receives only from its peer, so nobody gets the datagram."
            }
            Self::LastConnected => {
                "Several UDP sockets are connected to the sender's address and port; the one whose first connect came last gets its datagrams, whatever the bind order (connecting again does not change its place)."
            }
        }
    }

    /// The public sources a user can open.
    pub const fn source(self) -> &'static str {
        match self {
            Self::SpreadByHash => "socket(7), SO_REUSEPORT: https://man7.org/linux/man-pages/man7/socket.7.html",
            Self::Multicast => {
                "ip(7), IP_ADD_MEMBERSHIP and IP_MULTICAST_ALL: https://man7.org/linux/man-pages/man7/ip.7.html"
            }
            Self::MostSpecific | Self::NewestBound | Self::Nobody => {
                "compute_score and udp4_lib_lookup2, net/ipv4/udp.c; inet_lhash2_lookup, net/ipv4/inet_hashtables.c: https://github.com/torvalds/linux"
            }
            Self::ConnectedToSender => {
                "compute_score, udp4_lib_lookup2 and __udp4_lib_lookup, net/ipv4/udp.c (and compute_score in net/ipv6/udp.c): https://github.com/torvalds/linux"
            }
            Self::ConnectedToOthers => {
                "connect(2), \"the only address from which datagrams are received\": https://man7.org/linux/man-pages/man2/connect.2.html; compute_score, net/ipv4/udp.c"
            }
            Self::LastConnected => {
                "udp_lib_hash4 and udp4_lib_lookup4, net/ipv4/udp.c (Linux 6.13 and later; udp_lib_rehash before): https://github.com/torvalds/linux"
            }
        }
    }

    /// SO_REUSEPORT's spreading, multicast and a connected socket hearing only its peer are in
    /// the man pages; the rest was measured.
    pub const fn evidence(self) -> Evidence {
        match self {
            Self::SpreadByHash | Self::Multicast | Self::ConnectedToOthers => Evidence::Documented,
            Self::MostSpecific | Self::NewestBound | Self::Nobody | Self::ConnectedToSender | Self::LastConnected => {
                Evidence::Observed
            }
        }
    }
}

/// Who receives a connection or a datagram on a [`LinuxHost`](crate::LinuxHost).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "sockets")]
pub enum LinuxReceivers {
    /// Nobody.
    Nobody,
    /// This socket.
    One(SocketId),
    /// One of these, chosen per 4-tuple by a hash (SO_REUSEPORT).
    SpreadByHash(Vec<SocketId>),
    /// Every one of these (multicast).
    Every(Vec<SocketId>),
}

impl LinuxReceivers {
    /// The sockets named, in order.
    pub fn sockets(&self) -> &[SocketId] {
        match self {
            Self::Nobody => &[],
            Self::One(s) => std::slice::from_ref(s),
            Self::SpreadByHash(v) | Self::Every(v) => v,
        }
    }
}

/// Who receives, and by which rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinuxDelivered {
    /// The receivers.
    pub receivers: LinuxReceivers,
    /// The rule.
    pub rule: LinuxDeliveryRule,
}

/// A UDP socket as datagram delivery sees it: its claim and when it was bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatagramSocket {
    /// The socket.
    pub id: SocketId,
    /// Its address and options.
    pub claim: LinuxSocket,
    /// When it was bound (larger is later).
    pub bound_at: u64,
    /// It joined the datagram's group itself.
    pub joined: bool,
    /// The peer it is connected to (`connect(2)` on a UDP socket), if any.
    pub peer: Option<SocketAddr>,
    /// When it was first connected (larger is later; 0 if never): a later connect leaves its
    /// place among the connected sockets as it was (XR8).
    pub connected_at: u64,
}

/// Who receives a UDP datagram sent to `to` among the sockets bound to its port.
///
/// `from` is the sender's address and port (`None`: a remote peer the scenario does not name,
/// a stranger to every connected socket). A socket connected to a peer other than the sender
/// never gets the datagram ([`hears`](super::delivery::hears); `compute_score` returns -1); when every socket that
/// takes `to` is connected elsewhere, nobody does (XR7).
///
/// Unicast (measured on the kernel): the sockets whose address takes `to` are scored as the
/// kernel's `compute_score` does: a specific address before a wildcard (`__udp4_lib_lookup`
/// looks the address up before the wildcard), then a socket connected to the sender's address
/// and port (+4 for each in `compute_score`: XR6, whatever the bind order), then an IPv4 socket
/// before a dual-stack `[::]`. A connected socket's address is always specific, since connect
/// narrowed it ([`connected_local`]). Of several sockets connected to the sender, the one
/// whose first connect came last gets it (XR8; measured on Linux 6.18, where a socket's first
/// connect puts it first in the 4-tuple chain `udp4_lib_lookup4` reads (`udp_lib_hash4`), and
/// a later connect leaves it where it is). Among the best, a SO_REUSEPORT group of one user spreads
/// datagrams by a hash of the 4-tuple (XR2; never for connected sockets, which
/// `udp4_lib_lookup2` takes as they are), otherwise the socket bound last gets it (XR3; it is
/// first in the kernel's hash chain) or the only one (XR1). Multicast (ip(7)): every socket
/// bound to the group or a wildcard, once some socket joined the group (`any_joined`;
/// IP_MULTICAST_ALL is on by default), XR4.
///
/// ```
/// use std::net::Ipv4Addr;
/// use winsock_bind::rules::linux::LinuxSocket;
/// use winsock_bind::rules::linux_calls::{deliver_datagram, DatagramSocket, LinuxDeliveryRule, LinuxReceivers};
/// use winsock_bind::{SocketId, UserId};
/// let shared = LinuxSocket::bound(Ipv4Addr::UNSPECIFIED.into(), UserId(1000)).reuseaddr();
/// let old = DatagramSocket { id: SocketId(1), claim: shared, bound_at: 1, joined: false, peer: None, connected_at: 0 };
/// let new = DatagramSocket { id: SocketId(2), claim: shared, bound_at: 2, joined: false, peer: None, connected_at: 0 };
/// let d = deliver_datagram(Ipv4Addr::LOCALHOST.into(), None, &[old, new], false);
/// assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(SocketId(2)), LinuxDeliveryRule::NewestBound));
///
/// // The old one connects to 127.0.0.1:6000 (its address narrows to 127.0.0.1): it alone
/// // hears that peer, and never anyone else.
/// let peer = "127.0.0.1:6000".parse().unwrap();
/// let narrowed = LinuxSocket::bound(Ipv4Addr::LOCALHOST.into(), UserId(1000)).reuseaddr();
/// let old = DatagramSocket { claim: narrowed, peer: Some(peer), connected_at: 3, ..old };
/// let d = deliver_datagram(Ipv4Addr::LOCALHOST.into(), Some(peer), &[old, new], false);
/// assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(SocketId(1)), LinuxDeliveryRule::ConnectedToSender));
/// let d = deliver_datagram(Ipv4Addr::LOCALHOST.into(), None, &[old], false);
/// assert_eq!((d.receivers, d.rule), (LinuxReceivers::Nobody, LinuxDeliveryRule::ConnectedToOthers));
/// ```
pub fn deliver_datagram(
    to: IpAddr,
    from: Option<SocketAddr>,
    sockets: &[DatagramSocket],
    any_joined: bool,
) -> LinuxDelivered {
    let target = LinuxSocket::bound(to, crate::id::UserId(0));
    let takes = |s: &DatagramSocket| s.claim.overlaps(&target) && super::delivery::hears(s.peer, from);
    if to.is_multicast() {
        let every: Vec<SocketId> =
            sockets.iter().filter(|s| takes(s) && (s.joined || any_joined)).map(|s| s.id).collect();
        return match every.is_empty() {
            true => LinuxDelivered { receivers: LinuxReceivers::Nobody, rule: LinuxDeliveryRule::Nobody },
            false => LinuxDelivered { receivers: LinuxReceivers::Every(every), rule: LinuxDeliveryRule::Multicast },
        };
    }
    let score = |s: &DatagramSocket| {
        u8::from(s.claim.is_specific()) * 4 + u8::from(s.peer.is_some()) * 2 + u8::from(s.claim.address.is_ipv4())
    };
    let Some(best) = sockets.iter().filter(|s| takes(s)).map(score).max() else {
        let rule = match sockets.iter().any(|s| s.claim.overlaps(&target)) {
            true => LinuxDeliveryRule::ConnectedToOthers,
            false => LinuxDeliveryRule::Nobody,
        };
        return LinuxDelivered { receivers: LinuxReceivers::Nobody, rule };
    };
    // The best share the score, so they are all connected (to the sender) or none is: the
    // newest connect first, then the newest bind.
    let mut top: Vec<&DatagramSocket> = sockets.iter().filter(|s| takes(s) && score(s) == best).collect();
    top.sort_by_key(|s| std::cmp::Reverse((s.connected_at, s.bound_at)));
    let head = top[0];
    if head.peer.is_some() {
        let rule = if top.len() > 1 { LinuxDeliveryRule::LastConnected } else { LinuxDeliveryRule::ConnectedToSender };
        return LinuxDelivered { receivers: LinuxReceivers::One(head.id), rule };
    }
    if head.claim.reuseport {
        let group: Vec<SocketId> = top
            .iter()
            .filter(|s| s.claim.reuseport && s.claim.uid == head.claim.uid && s.claim.address == head.claim.address)
            .map(|s| s.id)
            .collect();
        if group.len() > 1 {
            let mut group = group;
            group.sort_unstable();
            return LinuxDelivered {
                receivers: LinuxReceivers::SpreadByHash(group),
                rule: LinuxDeliveryRule::SpreadByHash,
            };
        }
    }
    let rule = if top.len() > 1 { LinuxDeliveryRule::NewestBound } else { LinuxDeliveryRule::MostSpecific };
    LinuxDelivered { receivers: LinuxReceivers::One(head.id), rule }
}

/// The source address a socket's traffic to `to` takes: Linux routes all of 127.0.0.0/8
/// through the loopback device with source 127.0.0.1 (`ip route get 127.0.0.2`); another local
/// address is its own source. An IPv6 socket reaching an IPv4 address uses the mapped form.
pub fn source_for(to: IpAddr, family: Family) -> IpAddr {
    let v4 = |a: std::net::Ipv4Addr| if a.is_loopback() { std::net::Ipv4Addr::LOCALHOST } else { a };
    let to = match to {
        IpAddr::V6(a) => a.to_ipv4_mapped().map_or(to, IpAddr::V4),
        IpAddr::V4(_) => to,
    };
    match (to, family) {
        (IpAddr::V4(a), Family::V4) => IpAddr::V4(v4(a)),
        (IpAddr::V4(a), Family::V6) => IpAddr::V6(v4(a).to_ipv6_mapped()),
        (IpAddr::V6(a), Family::V4 | Family::V6) => IpAddr::V6(a),
    }
}

/// The local address of a socket of `family` bound to `local` once `connect(2)` gave it the
/// peer `to`: a wildcard (`0.0.0.0`, `[::]`, `[::ffff:0.0.0.0]`) narrows to the source address
/// the route picks ([`source_for`]), a specific address stays. TCP (`tcp_v4_connect`,
/// `tcp_v6_connect`) and UDP alike: `__ip4_datagram_connect` in `net/ipv4/datagram.c` sets a
/// wildcard `inet_rcv_saddr` to the route's source and rehashes the socket, and
/// `ip6_datagram_dst_update` in `net/ipv6/datagram.c` does the same for IPv6 (measured on the
/// kernel: a UDP socket on `0.0.0.0:P` connected to `127.0.0.1:Q` holds `127.0.0.1:P`, and
/// another socket then binds `127.0.0.2:P`). From then on the bind rules and delivery see the
/// narrowed address.
///
/// ```
/// use winsock_bind::rules::linux_calls::connected_local;
/// use winsock_bind::Family;
/// let local = connected_local("0.0.0.0".parse().unwrap(), "127.0.0.2".parse().unwrap(), Family::V4);
/// assert_eq!(local, "127.0.0.1".parse::<std::net::IpAddr>().unwrap());
/// ```
pub fn connected_local(local: IpAddr, to: IpAddr, family: Family) -> IpAddr {
    if super::linux::is_wildcard(local) {
        source_for(to, family)
    } else {
        local
    }
}

/// A refused call as the rules give it: the errno and the rule (the Host adds what it collided
/// with).
pub type CallRefusal = (LinuxError, LinuxReason);

/// `setsockopt(2)` of a boolean option on a socket of `family`, bound or not. SO_EXCLUSIVEADDRUSE
/// is Windows-only and SO_ACCEPTCONN read-only (ENOPROTOOPT, L14, setsockopt(2)); IPV6_V6ONLY
/// is an IPPROTO_IPV6 option, refused on an IPv4 socket (ENOPROTOOPT, `do_ip_setsockopt`), and
/// fixed once the socket has a port (EINVAL, L16, `do_ipv6_setsockopt` in
/// `net/ipv6/ipv6_sockglue.c`).
///
/// ```
/// use winsock_bind::rules::linux::LinuxError;
/// use winsock_bind::rules::linux_calls::{set_option, LinuxReason};
/// use winsock_bind::{Family, SocketOption};
/// assert_eq!(set_option(Family::V6, true, SocketOption::V6Only), Err((LinuxError::Inval, LinuxReason::V6OnlyAfterBind)));
/// assert!(set_option(Family::V4, true, SocketOption::ReusePort).is_ok());
/// ```
pub fn set_option(family: Family, bound: bool, option: SocketOption) -> Result<(), CallRefusal> {
    match (option, family) {
        (SocketOption::ReuseAddr | SocketOption::ReusePort | SocketOption::Linger, _) => Ok(()),
        (SocketOption::V6Only, Family::V4) | (SocketOption::ExclusiveAddressUse | SocketOption::AcceptConn, _) => {
            Err((LinuxError::NoProtoOpt, LinuxReason::NoSuchOption))
        }
        (SocketOption::V6Only, Family::V6) if bound => Err((LinuxError::Inval, LinuxReason::V6OnlyAfterBind)),
        (SocketOption::V6Only, Family::V6) => Ok(()),
    }
}

/// `getsockopt(2)`: SO_EXCLUSIVEADDRUSE does not exist (ENOPROTOOPT, L14); IPV6_V6ONLY read on
/// an IPv4 socket is EOPNOTSUPP (L15, measured: `ipv6_getsockopt` is not reached for AF_INET).
pub fn get_option(family: Family, option: SocketOption) -> Result<(), CallRefusal> {
    match (option, family) {
        (SocketOption::ExclusiveAddressUse, _) => Err((LinuxError::NoProtoOpt, LinuxReason::NoSuchOption)),
        (SocketOption::V6Only, Family::V4) => Err((LinuxError::OpNotSupp, LinuxReason::V6OnlyOnV4Socket)),
        (
            SocketOption::ReuseAddr
            | SocketOption::ReusePort
            | SocketOption::Linger
            | SocketOption::AcceptConn
            | SocketOption::V6Only,
            _,
        ) => Ok(()),
    }
}

/// An address given to `bind(2)` or `connect(2)` must be of the socket's family: an IPv6
/// address on an IPv4 socket is EAFNOSUPPORT (L5, `inet_bind`), an IPv4 one on an IPv6 socket
/// is too short a `sockaddr` and EINVAL (L6, `__inet6_bind`, `tcp_v6_connect`).
pub fn address_family(family: Family, ip: IpAddr) -> Result<(), CallRefusal> {
    match (family, ip) {
        (Family::V4, IpAddr::V6(_)) => Err((LinuxError::AfNoSupport, LinuxReason::V6AddressOnV4Socket)),
        (Family::V6, IpAddr::V4(_)) => Err((LinuxError::Inval, LinuxReason::V4AddressOnV6Socket)),
        (Family::V4, IpAddr::V4(_)) | (Family::V6, IpAddr::V6(_)) => Ok(()),
    }
}

/// `sendto(2)` from a local socket: the scenario's `send` is one UDP datagram, so a TCP socket
/// is refused (L18, the model's own check); an IPv6 destination from an IPv4 socket is
/// EAFNOSUPPORT (L5, `udp_sendmsg`).
pub fn send_from(proto: Proto, family: Family, to: IpAddr) -> Result<(), CallRefusal> {
    match (proto, family, to) {
        (Proto::Tcp, _, _) => Err((LinuxError::OpNotSupp, LinuxReason::NotADatagramSocket)),
        (Proto::Udp, Family::V4, IpAddr::V6(_)) => Err((LinuxError::AfNoSupport, LinuxReason::V6AddressOnV4Socket)),
        (Proto::Udp, Family::V4 | Family::V6, _) => Ok(()),
    }
}

/// `setsockopt(IP_ADD_MEMBERSHIP)`: a TCP socket cannot join (EPROTO), a group must be
/// multicast (EINVAL) and the interface local (ENODEV); all L17 (ip(7), measured).
pub fn join(proto: Proto, group: IpAddr, iface_is_local: bool) -> Result<(), CallRefusal> {
    match (proto, group.is_multicast(), iface_is_local) {
        (Proto::Tcp, _, _) => Err((LinuxError::Proto, LinuxReason::BadMembership)),
        (Proto::Udp, false, _) => Err((LinuxError::Inval, LinuxReason::BadMembership)),
        (Proto::Udp, true, false) => Err((LinuxError::NoDev, LinuxReason::BadMembership)),
        (Proto::Udp, true, true) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, SocketAddr};

    use super::*;
    use crate::id::UserId;

    fn udp(id: u32, ip: Ipv4Addr, bound_at: u64, peer: Option<&str>) -> DatagramSocket {
        let claim = LinuxSocket::bound(ip.into(), UserId(1000)).reuseaddr();
        let peer = peer.map(|p| p.parse::<SocketAddr>().expect("a peer"));
        let connected_at = if peer.is_some() { bound_at + 10 } else { 0 };
        DatagramSocket { id: SocketId(id), claim, bound_at, joined: false, peer, connected_at }
    }

    #[test]
    fn of_sockets_connected_to_the_sender_the_last_connected_gets_it_whatever_the_bind_order() {
        let lo = Ipv4Addr::LOCALHOST;
        let peer: SocketAddr = "127.0.0.1:6000".parse().unwrap();
        let first_bound = DatagramSocket { connected_at: 20, ..udp(1, lo, 1, Some("127.0.0.1:6000")) };
        let last_bound = DatagramSocket { connected_at: 15, ..udp(2, lo, 2, Some("127.0.0.1:6000")) };
        let d = deliver_datagram(IpAddr::V4(lo), Some(peer), &[first_bound, last_bound], false);
        assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(SocketId(1)), LinuxDeliveryRule::LastConnected));
        assert_eq!(d.rule.id(), "XR8");
        // Connected the other way round, the other one.
        let first_bound = DatagramSocket { connected_at: 15, ..first_bound };
        let last_bound = DatagramSocket { connected_at: 20, ..last_bound };
        let d = deliver_datagram(IpAddr::V4(lo), Some(peer), &[first_bound, last_bound], false);
        assert_eq!(d.receivers, LinuxReceivers::One(SocketId(2)));
    }

    #[test]
    fn a_socket_connected_to_the_sender_outscores_the_rest_and_hears_nobody_else() {
        let lo = Ipv4Addr::LOCALHOST;
        let peer: SocketAddr = "127.0.0.1:6000".parse().unwrap();
        let stranger: SocketAddr = "127.0.0.1:6001".parse().unwrap();
        let conn = udp(1, lo, 1, Some("127.0.0.1:6000"));
        let spec = udp(2, lo, 3, None);
        let wild = udp(3, Ipv4Addr::UNSPECIFIED, 2, None);
        let to = IpAddr::V4(lo);
        let d = deliver_datagram(to, Some(peer), &[conn, spec, wild], false);
        assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(SocketId(1)), LinuxDeliveryRule::ConnectedToSender));
        // The peer's port counts too: another port of the peer's address is a stranger.
        for from in [Some(stranger), None] {
            let d = deliver_datagram(to, from, &[conn, spec, wild], false);
            assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(SocketId(2)), LinuxDeliveryRule::MostSpecific));
            let d = deliver_datagram(to, from, &[conn], false);
            assert_eq!((d.receivers, d.rule), (LinuxReceivers::Nobody, LinuxDeliveryRule::ConnectedToOthers));
        }
        // No socket at all is still XR5.
        assert_eq!(deliver_datagram(to, None, &[], false).rule, LinuxDeliveryRule::Nobody);
    }

    #[test]
    fn connect_narrows_only_a_wildcard() {
        let lo = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let any = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
        assert_eq!(connected_local(any, "127.0.0.7".parse().unwrap(), Family::V4), lo);
        let mapped_any = IpAddr::V6(Ipv4Addr::UNSPECIFIED.to_ipv6_mapped());
        assert_eq!(connected_local(mapped_any, lo, Family::V6), IpAddr::V6(Ipv4Addr::LOCALHOST.to_ipv6_mapped()));
        let two = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
        assert_eq!(connected_local(two, lo, Family::V4), two, "a specific address stays");
    }
}
