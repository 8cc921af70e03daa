//! The Linux profile of the bind rules: one Linux bind against the sockets already on its port.
//!
//! Pure, like the Windows rules beside it: no I/O, no state. The same program means different
//! things on the two systems. On Linux SO_REUSEADDR lets a TCP server bind again while old
//! connections sit in TIME_WAIT (and lets sockets that are not listening share a port), and
//! SO_REUSEPORT lets sockets of one effective user share a port, the kernel spreading
//! connections among them by a hash of the 4-tuple. On Windows SO_REUSEADDR shares, shadows or
//! (before Server 2003) steals a port.
//!
//! The rules, checked by `tests/linux_kernel.rs` against the running kernel:
//!
//! | id | rule | outcome |
//! |----|------|---------|
//! | X1 | no socket of the protocol holds an overlapping address | success |
//! | X2 | both set SO_REUSEADDR and the first is not listening (TCP) | success |
//! | X3 | both set SO_REUSEADDR (UDP) | success |
//! | X4 | both set SO_REUSEPORT and have the same effective uid | success |
//! | X5 | both set SO_REUSEPORT and the first is in TIME_WAIT (TCP, any uid) | success |
//! | X6 | both set SO_REUSEADDR but the first is listening (TCP) | EADDRINUSE |
//! | X7 | both set SO_REUSEPORT but the effective uids differ | EADDRINUSE |
//! | X8 | the addresses overlap and the pair did not both opt in | EADDRINUSE |
//! | X9 | a port below `ip_unprivileged_port_start` without CAP_NET_BIND_SERVICE | EACCES |
//! | X10 | an IPv4-mapped address on an IPV6_V6ONLY socket | EINVAL |
//!
//! Addresses overlap as in the kernel's `inet_rcv_saddr_equal`: a wildcard overlaps every
//! address of its family (so wildcard against specific conflicts like identical addresses); a
//! dual-stack `[::]` (IPV6_V6ONLY off, Linux's default from `net.ipv6.bindv6only = 0`) also
//! overlaps every IPv4 address; two `[::]` always overlap; a specific IPv6 address bound by
//! `bind` never meets IPv4 (the bind makes the socket IPV6_V6ONLY), while one that `connect`
//! narrowed a dual-stack socket to still meets the IPv4 wildcard; an IPv4-mapped address
//! (`::ffff:a.b.c.d`, `::ffff:0.0.0.0` included) is its IPv4 address.
//!
//! A connection in TIME_WAIT keeps the SO_REUSEADDR of the socket it was, so a server that
//! restarts past it needs SO_REUSEADDR on both the old and the new listener (X2); the new one
//! alone gets EADDRINUSE (X8), as the kernel answers.
//!
//! Sources: socket(7) (SO_REUSEADDR, SO_REUSEPORT), <https://man7.org/linux/man-pages/man7/socket.7.html>;
//! ip(7) (privileged ports, EADDRINUSE), <https://man7.org/linux/man-pages/man7/ip.7.html>;
//! ipv6(7) (IPV6_V6ONLY), <https://man7.org/linux/man-pages/man7/ipv6.7.html>; the kernel's
//! `inet_csk_bind_conflict` and `inet_bind_conflict` in `net/ipv4/inet_connection_sock.c` and
//! `udp_lib_lport_inuse` in `net/ipv4/udp.c`, <https://github.com/torvalds/linux>.
//!
//! ```
//! use std::net::Ipv4Addr;
//! use winsock_bind::rules::linux::{decide, LinuxError, LinuxRule, LinuxSocket, PortPolicy};
//! use winsock_bind::{Proto, UserId};
//! let me = UserId(1000);
//! let server = LinuxSocket::bound(Ipv4Addr::UNSPECIFIED.into(), me).reuseaddr().listening();
//! let restart = LinuxSocket::bound(Ipv4Addr::LOCALHOST.into(), me).reuseaddr();
//! // SO_REUSEADDR on both does not share a port with a listening socket.
//! let d = decide(Proto::Tcp, 8080, &restart, PortPolicy::default(), &[server]);
//! assert_eq!(d.outcome, Err(LinuxError::AddrInUse));
//! assert_eq!(d.rule, LinuxRule::ListeningRefusesReuseAddr);
//! assert_eq!(d.rule.id(), "X6");
//! ```

use std::fmt;
use std::net::IpAddr;

use serde::Serialize;

use super::Users;
use crate::endpoint::Proto;
use crate::evidence::Evidence;
use crate::id::UserId;

/// A refused Linux call: the errno it returns (bind's, and those of the other socket calls a
/// [`LinuxHost`](crate::LinuxHost) answers).
///
/// ```
/// use winsock_bind::rules::linux::LinuxError;
/// assert_eq!(LinuxError::AddrInUse.to_string(), "EADDRINUSE (98)");
/// assert_eq!(LinuxError::from_errno(13), Some(LinuxError::Access));
/// assert_eq!("ECONNREFUSED".parse::<LinuxError>(), Ok(LinuxError::ConnRefused));
/// assert_eq!("111".parse::<LinuxError>(), Ok(LinuxError::ConnRefused));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, thiserror::Error)]
pub enum LinuxError {
    /// `EADDRINUSE`: another socket holds the address and the pair may not share it.
    #[error("EADDRINUSE (98)")]
    AddrInUse,
    /// `EACCES`: a privileged port without CAP_NET_BIND_SERVICE.
    #[error("EACCES (13)")]
    Access,
    /// `EINVAL`: the call makes no sense for this socket (an IPv4-mapped address on an
    /// IPV6_V6ONLY socket, a second bind, accept on a socket that is not listening ...).
    #[error("EINVAL (22)")]
    Inval,
    /// `EADDRNOTAVAIL`: the address is not one of the machine's.
    #[error("EADDRNOTAVAIL (99)")]
    AddrNotAvail,
    /// `ECONNREFUSED`: nobody listens on the address connected to.
    #[error("ECONNREFUSED (111)")]
    ConnRefused,
    /// `ENOPROTOOPT`: the option does not exist at that level (SO_EXCLUSIVEADDRUSE, IPV6_V6ONLY on
    /// an IPv4 socket).
    #[error("ENOPROTOOPT (92)")]
    NoProtoOpt,
    /// `EOPNOTSUPP`: the operation does not apply to this kind of socket (listen on UDP).
    #[error("EOPNOTSUPP (95)")]
    OpNotSupp,
    /// `EAFNOSUPPORT`: an address of the other family.
    #[error("EAFNOSUPPORT (97)")]
    AfNoSupport,
    /// `EISCONN`: connect on a socket already connected or listening.
    #[error("EISCONN (106)")]
    IsConn,
    /// `ENOTCONN`: shutdown of a socket that is not connected.
    #[error("ENOTCONN (107)")]
    NotConn,
    /// `EAGAIN` (`EWOULDBLOCK`): a non-blocking accept with nothing pending.
    #[error("EAGAIN (11)")]
    Again,
    /// `EBADF`: the descriptor was closed (or never opened).
    #[error("EBADF (9)")]
    BadF,
    /// `EPROTO`: a multicast membership on a TCP socket.
    #[error("EPROTO (71)")]
    Proto,
    /// `ENODEV`: a multicast interface that is not the machine's.
    #[error("ENODEV (19)")]
    NoDev,
}

impl LinuxError {
    /// Every error, in the order of definition.
    pub const ALL: [Self; 14] = [
        Self::AddrInUse,
        Self::Access,
        Self::Inval,
        Self::AddrNotAvail,
        Self::ConnRefused,
        Self::NoProtoOpt,
        Self::OpNotSupp,
        Self::AfNoSupport,
        Self::IsConn,
        Self::NotConn,
        Self::Again,
        Self::BadF,
        Self::Proto,
        Self::NoDev,
    ];

    /// The errno number (asm-generic, as on x86_64 and aarch64).
    pub const fn errno(self) -> i32 {
        match self {
            Self::AddrInUse => 98,
            Self::Access => 13,
            Self::Inval => 22,
            Self::AddrNotAvail => 99,
            Self::ConnRefused => 111,
            Self::NoProtoOpt => 92,
            Self::OpNotSupp => 95,
            Self::AfNoSupport => 97,
            Self::IsConn => 106,
            Self::NotConn => 107,
            Self::Again => 11,
            Self::BadF => 9,
            Self::Proto => 71,
            Self::NoDev => 19,
        }
    }

    /// The errno name, e.g. `EADDRINUSE`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::AddrInUse => "EADDRINUSE",
            Self::Access => "EACCES",
            Self::Inval => "EINVAL",
            Self::AddrNotAvail => "EADDRNOTAVAIL",
            Self::ConnRefused => "ECONNREFUSED",
            Self::NoProtoOpt => "ENOPROTOOPT",
            Self::OpNotSupp => "EOPNOTSUPP",
            Self::AfNoSupport => "EAFNOSUPPORT",
            Self::IsConn => "EISCONN",
            Self::NotConn => "ENOTCONN",
            Self::Again => "EAGAIN",
            Self::BadF => "EBADF",
            Self::Proto => "EPROTO",
            Self::NoDev => "ENODEV",
        }
    }

    /// The short word used in table cells and comparisons: `inuse`, `access`, `invalid` ...
    pub const fn short(self) -> &'static str {
        match self {
            Self::AddrInUse => "inuse",
            Self::Access => "access",
            Self::Inval => "invalid",
            Self::AddrNotAvail => "addrnotavail",
            Self::ConnRefused => "connrefused",
            Self::NoProtoOpt => "noprotoopt",
            Self::OpNotSupp => "opnotsupp",
            Self::AfNoSupport => "afnosupport",
            Self::IsConn => "isconn",
            Self::NotConn => "notconn",
            Self::Again => "again",
            Self::BadF => "badf",
            Self::Proto => "proto",
            Self::NoDev => "nodev",
        }
    }

    /// The error for an errno, if it is one of ours.
    pub fn from_errno(errno: i32) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.errno() == errno)
    }
}

impl std::str::FromStr for LinuxError {
    type Err = crate::InputError;

    /// An errno name (`EADDRINUSE`, any case; `EWOULDBLOCK` is `EAGAIN`) or its number.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Ok(n) = t.parse::<i32>() {
            if let Some(e) = Self::from_errno(n) {
                return Ok(e);
            }
        }
        let upper = t.to_ascii_uppercase();
        let upper = if upper == "EWOULDBLOCK" { "EAGAIN".to_owned() } else { upper };
        Self::ALL.into_iter().find(|e| e.name() == upper).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|e| e.name()).collect();
            crate::InputError::unknown("Linux error", s, names.join(", "))
        })
    }
}

/// Where an existing TCP socket is in its life (UDP sockets are always [`Bound`](Self::Bound)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinuxState {
    /// Bound, not listening (nor connected).
    Bound,
    /// Listening (`listen(2)` was called).
    Listening,
    /// A connection that was closed first on this side, waiting out TIME_WAIT; it keeps the
    /// SO_REUSEADDR and SO_REUSEPORT of the socket it was.
    TimeWait,
}

impl LinuxState {
    /// The lowercase name, as in table file names.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bound => "bound",
            Self::Listening => "listening",
            Self::TimeWait => "timewait",
        }
    }
}

/// A socket's claim on a port, as the Linux rules see it. The address carries the family: an
/// IPv6 address (including an IPv4-mapped one) is an `AF_INET6` socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct LinuxSocket {
    /// The local address (`0.0.0.0` and `::` are the wildcards).
    pub address: IpAddr,
    /// SO_REUSEADDR.
    pub reuseaddr: bool,
    /// SO_REUSEPORT.
    pub reuseport: bool,
    /// IPV6_V6ONLY (ignored for IPv4 sockets; Linux's default is off).
    pub v6only: bool,
    /// The effective uid of the process that bound it.
    pub uid: UserId,
    /// Bound, listening or in TIME_WAIT (meaningful for an existing TCP socket only).
    pub state: LinuxState,
    /// The specific IPv6 address is one `connect` (or `accept`) gave a dual-stack socket, not
    /// one `bind` did: the socket keeps IPV6_V6ONLY as it was and LOOPBACK4_IPV6 (127.0.0.6) as
    /// its IPv4 address, which the IPv4 wildcard meets (a bind to a specific IPv6 address makes
    /// the socket IPv6-only instead, [`v6only_after_bind`]).
    pub by_connect: bool,
}

impl LinuxSocket {
    /// A bound socket with Linux's defaults: no SO_REUSEADDR, no SO_REUSEPORT, IPV6_V6ONLY off.
    pub fn bound(address: IpAddr, uid: UserId) -> Self {
        Self {
            address,
            reuseaddr: false,
            reuseport: false,
            v6only: false,
            uid,
            state: LinuxState::Bound,
            by_connect: false,
        }
    }

    /// With SO_REUSEADDR set.
    #[must_use]
    pub fn reuseaddr(self) -> Self {
        Self { reuseaddr: true, ..self }
    }

    /// With SO_REUSEPORT set.
    #[must_use]
    pub fn reuseport(self) -> Self {
        Self { reuseport: true, ..self }
    }

    /// With IPV6_V6ONLY set.
    #[must_use]
    pub fn v6only(self) -> Self {
        Self { v6only: true, ..self }
    }

    /// Listening.
    #[must_use]
    pub fn listening(self) -> Self {
        Self { state: LinuxState::Listening, ..self }
    }

    /// Whether the address is specific (neither `0.0.0.0` nor `[::]`).
    pub fn is_specific(&self) -> bool {
        match self.view() {
            View::V4(a) => a.is_some(),
            View::V6 { .. } => true,
            View::V6Any { .. } => false,
        }
    }

    /// The address as the kernel compares it.
    fn view(&self) -> View {
        match self.address {
            IpAddr::V4(a) => View::V4(if a.is_unspecified() { None } else { Some(a) }),
            IpAddr::V6(a) => match a.to_ipv4_mapped() {
                Some(v4) => View::V4(if v4.is_unspecified() { None } else { Some(v4) }),
                None if a.is_unspecified() => View::V6Any { v6only: self.v6only },
                None => View::V6 { addr: a, meets_v4: self.by_connect && !self.v6only },
            },
        }
    }

    /// Whether the two sockets' addresses overlap (the kernel's `inet_rcv_saddr_equal` with
    /// wildcards matching).
    pub fn overlaps(&self, other: &Self) -> bool {
        use View::{V6Any, V4, V6};
        match (self.view(), other.view()) {
            (V4(a), V4(b)) => a.is_none() || b.is_none() || a == b,
            // ipv6(7): IPV6_V6ONLY restricts the socket to IPv6; otherwise `[::]` also takes
            // IPv4.
            (V4(_), V6Any { v6only }) | (V6Any { v6only }, V4(_)) => !v6only,
            // A bind to a specific IPv6 address sets IPV6_V6ONLY (`__inet6_bind`), so it never
            // meets IPv4. A dual-stack socket that `connect` narrowed to one keeps IPV6_V6ONLY
            // off and LOOPBACK4_IPV6 (127.0.0.6) as its IPv4 address (`ip6_datagram_dst_update`,
            // `tcp_v6_connect`), which the IPv4 wildcard meets (`ipv4_rcv_saddr_equal`; measured).
            (V4(a), V6 { meets_v4, .. }) | (V6 { meets_v4, .. }, V4(a)) => {
                meets_v4 && a.is_none_or(|a| a == LOOPBACK4_IPV6)
            }
            (V6Any { .. }, V6Any { .. } | V6 { .. }) | (V6 { .. }, V6Any { .. }) => true,
            (V6 { addr: a, .. }, V6 { addr: b, .. }) => a == b,
        }
    }
}

/// Whether `ip` is a wildcard, which a socket binds without the machine having it: `0.0.0.0`,
/// `[::]`, and the IPv4-mapped wildcard `[::ffff:0.0.0.0]`. For a mapped address the kernel
/// checks only its IPv4 part, and `0.0.0.0` is always valid (`__inet6_bind` in
/// `net/ipv6/af_inet6.c`, `inet_addr_valid_or_nonlocal` in `net/ipv4/af_inet.c`), so a
/// dual-stack socket binds `[::ffff:0.0.0.0]` and then holds the port as `0.0.0.0` would
/// (measured on the kernel; on an IPV6_V6ONLY socket it is EINVAL, X10).
///
/// ```
/// use winsock_bind::rules::linux::is_wildcard;
/// assert!(is_wildcard("::ffff:0.0.0.0".parse().unwrap()));
/// assert!(is_wildcard("0.0.0.0".parse().unwrap()) && is_wildcard("::".parse().unwrap()));
/// assert!(!is_wildcard("::ffff:127.0.0.1".parse().unwrap()));
/// ```
pub fn is_wildcard(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(a) => a.is_unspecified(),
        IpAddr::V6(a) => a.is_unspecified() || a.to_ipv4_mapped().is_some_and(|v4| v4.is_unspecified()),
    }
}

/// IPV6_V6ONLY of a socket that had `v6only` and is now bound to `address`: a specific IPv6
/// address (not the wildcard, not IPv4-mapped) turns it on, as `__inet6_bind` in
/// `net/ipv6/af_inet6.c` does (measured: getsockopt reads 1 after binding `[::1]`). `connect`
/// narrowing a dual-stack wildcard to a specific address does not.
///
/// ```
/// use winsock_bind::rules::linux::v6only_after_bind;
/// assert!(v6only_after_bind("::1".parse().unwrap(), false));
/// assert!(!v6only_after_bind("::".parse().unwrap(), false));
/// assert!(!v6only_after_bind("::ffff:127.0.0.1".parse().unwrap(), false));
/// ```
pub fn v6only_after_bind(address: IpAddr, v6only: bool) -> bool {
    match address {
        IpAddr::V4(_) => v6only,
        IpAddr::V6(a) => v6only || !(a.is_unspecified() || a.to_ipv4_mapped().is_some()),
    }
}

/// `LOOPBACK4_IPV6`: the IPv4 address the kernel gives a socket's IPv4 side once it holds a
/// native IPv6 address (`include/net/ipv6.h`).
const LOOPBACK4_IPV6: std::net::Ipv4Addr = std::net::Ipv4Addr::new(127, 0, 0, 6);

/// An address reduced to what the kernel compares: IPv4 (`None`: the wildcard), the IPv6
/// wildcard, or one IPv6 address (and whether its IPv4 side, 127.0.0.6, is live: connect gave
/// it to a socket without IPV6_V6ONLY).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    V4(Option<std::net::Ipv4Addr>),
    V6Any { v6only: bool },
    V6 { addr: std::net::Ipv6Addr, meets_v4: bool },
}

/// Who may bind a privileged port: the `net.ipv4.ip_unprivileged_port_start` sysctl and whether
/// the binding process has CAP_NET_BIND_SERVICE (root has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PortPolicy {
    /// Ports below this need the capability (default 1024).
    pub unprivileged_port_start: u16,
    /// The process holds CAP_NET_BIND_SERVICE.
    pub cap_net_bind_service: bool,
}

impl PortPolicy {
    /// The sysctl's default.
    pub const DEFAULT_UNPRIVILEGED_PORT_START: u16 = 1024;

    /// A process without the capability, under the default sysctl.
    pub const fn unprivileged() -> Self {
        Self { unprivileged_port_start: Self::DEFAULT_UNPRIVILEGED_PORT_START, cap_net_bind_service: false }
    }

    /// A process with the capability (root), under the default sysctl.
    pub const fn privileged() -> Self {
        Self { unprivileged_port_start: Self::DEFAULT_UNPRIVILEGED_PORT_START, cap_net_bind_service: true }
    }
}

impl Default for PortPolicy {
    /// An ordinary, unprivileged process.
    fn default() -> Self {
        Self::unprivileged()
    }
}

/// A Linux rule: its id, its sentence and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LinuxRule {
    /// X1: nothing overlaps.
    NoOverlap,
    /// X2: TCP, both SO_REUSEADDR, the first not listening.
    ReuseAddrNotListening,
    /// X3: UDP, both SO_REUSEADDR.
    ReuseAddrUdp,
    /// X4: both SO_REUSEPORT, same effective uid.
    ReusePortSameUser,
    /// X5: both SO_REUSEPORT, the first in TIME_WAIT.
    ReusePortTimeWait,
    /// X6: both SO_REUSEADDR, the first listening.
    ListeningRefusesReuseAddr,
    /// X7: both SO_REUSEPORT, different effective uids.
    ReusePortOtherUser,
    /// X8: overlapping, not both opted in.
    NotShared,
    /// X9: a privileged port without the capability.
    PrivilegedPort,
    /// X10: an IPv4-mapped address on an IPV6_V6ONLY socket.
    MappedOnV6Only,
}

impl LinuxRule {
    /// Every rule, in id order.
    pub const ALL: [Self; 10] = [
        Self::NoOverlap,
        Self::ReuseAddrNotListening,
        Self::ReuseAddrUdp,
        Self::ReusePortSameUser,
        Self::ReusePortTimeWait,
        Self::ListeningRefusesReuseAddr,
        Self::ReusePortOtherUser,
        Self::NotShared,
        Self::PrivilegedPort,
        Self::MappedOnV6Only,
    ];

    /// The rule id, `X1` to `X10`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::NoOverlap => "X1",
            Self::ReuseAddrNotListening => "X2",
            Self::ReuseAddrUdp => "X3",
            Self::ReusePortSameUser => "X4",
            Self::ReusePortTimeWait => "X5",
            Self::ListeningRefusesReuseAddr => "X6",
            Self::ReusePortOtherUser => "X7",
            Self::NotShared => "X8",
            Self::PrivilegedPort => "X9",
            Self::MappedOnV6Only => "X10",
        }
    }

    /// One sentence saying why.
    pub const fn explanation(self) -> &'static str {
        match self {
            Self::NoOverlap => "No socket of this protocol holds an overlapping address on the port, so the bind succeeds.",
            Self::ReuseAddrNotListening => {
                "Both sockets set SO_REUSEADDR and the first is not listening, so Linux lets them share the port."
            }
            Self::ReuseAddrUdp => "Both UDP sockets set SO_REUSEADDR, so Linux lets them share the port, whatever their users.",
            Self::ReusePortSameUser => {
                "Both sockets set SO_REUSEPORT under the same effective user, so Linux lets them share the port."
            }
            Self::ReusePortTimeWait => {
                "Both sockets set SO_REUSEPORT and the first is only a connection in TIME_WAIT, so the user does not matter."
            }
            Self::ListeningRefusesReuseAddr => {
                "On Linux SO_REUSEADDR never shares a port with a listening socket: it only allows a restart past TIME_WAIT."
            }
            Self::ReusePortOtherUser => {
                "Both sockets set SO_REUSEPORT but under different effective users, and Linux refuses that to prevent port hijacking."
            }
            Self::NotShared => "The addresses overlap and the two sockets did not both set SO_REUSEADDR or SO_REUSEPORT.",
            Self::PrivilegedPort => {
                "The port is below net.ipv4.ip_unprivileged_port_start and the process lacks CAP_NET_BIND_SERVICE."
            }
            Self::MappedOnV6Only => "An IPV6_V6ONLY socket cannot bind an IPv4-mapped address.",
        }
    }

    /// The rule as a clause to follow "because", lowercase and without a full stop, for
    /// sentences that set Linux beside Windows.
    pub const fn clause(self) -> &'static str {
        match self {
            Self::NoOverlap => "no socket holds an overlapping address",
            Self::ReuseAddrNotListening => "both set SO_REUSEADDR and the first socket is not listening",
            Self::ReuseAddrUdp => "both UDP sockets set SO_REUSEADDR, whatever their users",
            Self::ReusePortSameUser => "both set SO_REUSEPORT under the same effective uid",
            Self::ReusePortTimeWait => "both set SO_REUSEPORT and the first is only a connection in TIME_WAIT",
            Self::ListeningRefusesReuseAddr => {
                "SO_REUSEADDR never shares a port with a listening socket (it only allows a restart past TIME_WAIT)"
            }
            Self::ReusePortOtherUser => "a SO_REUSEPORT group only admits sockets of the same effective uid",
            Self::NotShared => {
                "the addresses overlap and the two sockets did not both set SO_REUSEADDR or SO_REUSEPORT"
            }
            Self::PrivilegedPort => "the port is privileged and the process lacks CAP_NET_BIND_SERVICE",
            Self::MappedOnV6Only => "an IPV6_V6ONLY socket cannot bind an IPv4-mapped address",
        }
    }

    /// The public sources a user can open.
    pub const fn source(self) -> &'static str {
        match self {
            Self::ReuseAddrNotListening | Self::ReuseAddrUdp | Self::ListeningRefusesReuseAddr => {
                "socket(7), SO_REUSEADDR: https://man7.org/linux/man-pages/man7/socket.7.html"
            }
            Self::ReusePortSameUser | Self::ReusePortOtherUser => {
                "socket(7), SO_REUSEPORT: https://man7.org/linux/man-pages/man7/socket.7.html"
            }
            Self::ReusePortTimeWait | Self::NoOverlap | Self::NotShared => {
                "inet_bind_conflict and inet_rcv_saddr_equal, net/ipv4/inet_connection_sock.c: https://github.com/torvalds/linux"
            }
            Self::PrivilegedPort => {
                "ip(7), privileged ports and ip_unprivileged_port_start: https://man7.org/linux/man-pages/man7/ip.7.html"
            }
            Self::MappedOnV6Only => {
                "ipv6(7), IPV6_V6ONLY: https://man7.org/linux/man-pages/man7/ipv6.7.html; __inet6_bind, net/ipv6/af_inet6.c"
            }
        }
    }

    /// What the rule rests on: the man pages state X2-X4, X6, X7 and X9; the others are the
    /// kernel's code as measured on a real kernel.
    pub const fn evidence(self) -> Evidence {
        match self {
            Self::ReuseAddrNotListening
            | Self::ReuseAddrUdp
            | Self::ReusePortSameUser
            | Self::ListeningRefusesReuseAddr
            | Self::ReusePortOtherUser
            | Self::PrivilegedPort => Evidence::Documented,
            Self::NoOverlap | Self::ReusePortTimeWait | Self::NotShared | Self::MappedOnV6Only => Evidence::Observed,
        }
    }
}

impl fmt::Display for LinuxRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id(), self.explanation())
    }
}

/// The answer to one Linux bind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LinuxDecision {
    /// Success, or the errno.
    pub outcome: Result<(), LinuxError>,
    /// The rule that decided.
    pub rule: LinuxRule,
    /// The index in `existing` of the socket the rule is about (none for X1, X9, X10).
    pub against: Option<usize>,
}

impl LinuxDecision {
    /// What the answer rests on (its rule's evidence).
    pub const fn evidence(&self) -> Evidence {
        self.rule.evidence()
    }

    const fn alone(outcome: Result<(), LinuxError>, rule: LinuxRule) -> Self {
        Self { outcome, rule, against: None }
    }
}

/// Decides one Linux bind of `attempt` to `port` against the sockets of the same protocol
/// already bound to that port, oldest first. The first refusal wins; a success names the first
/// overlapping socket it shares with.
///
/// The order of the checks is the kernel's: the privileged port (X9), then the IPv4-mapped
/// address on an IPV6_V6ONLY socket (X10), then the sockets on the port. The attempt's `state`
/// is ignored. Port 0 (let the kernel pick) never conflicts.
pub fn decide(
    proto: Proto,
    port: u16,
    attempt: &LinuxSocket,
    policy: PortPolicy,
    existing: &[LinuxSocket],
) -> LinuxDecision {
    // ip(7): binding below the limit needs CAP_NET_BIND_SERVICE; checked before the address.
    if port != 0 && port < policy.unprivileged_port_start && !policy.cap_net_bind_service {
        return LinuxDecision::alone(Err(LinuxError::Access), LinuxRule::PrivilegedPort);
    }
    if let IpAddr::V6(a) = attempt.address {
        if attempt.v6only && a.to_ipv4_mapped().is_some() {
            return LinuxDecision::alone(Err(LinuxError::Inval), LinuxRule::MappedOnV6Only);
        }
    }
    if port == 0 {
        return LinuxDecision::alone(Ok(()), LinuxRule::NoOverlap);
    }
    let mut shared: Option<(usize, LinuxRule)> = None;
    for (i, e) in existing.iter().enumerate() {
        if !attempt.overlaps(e) {
            continue;
        }
        match pair(proto, e, attempt) {
            Ok(rule) => {
                shared.get_or_insert((i, rule));
            }
            Err(rule) => return LinuxDecision { outcome: Err(LinuxError::AddrInUse), rule, against: Some(i) },
        }
    }
    match shared {
        Some((i, rule)) => LinuxDecision { outcome: Ok(()), rule, against: Some(i) },
        None => LinuxDecision::alone(Ok(()), LinuxRule::NoOverlap),
    }
}

/// The rule for two sockets whose addresses overlap: `Ok` when they may share the port.
fn pair(proto: Proto, existing: &LinuxSocket, attempt: &LinuxSocket) -> Result<LinuxRule, LinuxRule> {
    let both_addr = existing.reuseaddr && attempt.reuseaddr;
    let both_port = existing.reuseport && attempt.reuseport;
    let same_user = existing.uid == attempt.uid;
    match proto {
        // udp_lib_lport_inuse: SO_REUSEADDR on both, or SO_REUSEPORT on both under one uid.
        Proto::Udp => {
            if both_addr {
                Ok(LinuxRule::ReuseAddrUdp)
            } else if both_port && same_user {
                Ok(LinuxRule::ReusePortSameUser)
            } else if both_port {
                Err(LinuxRule::ReusePortOtherUser)
            } else {
                Err(LinuxRule::NotShared)
            }
        }
        // inet_bind_conflict, as called for an explicit port (relax and reuseport_ok true).
        Proto::Tcp => {
            let listening = match existing.state {
                LinuxState::Listening => true,
                LinuxState::Bound | LinuxState::TimeWait => false,
            };
            let time_wait = match existing.state {
                LinuxState::TimeWait => true,
                LinuxState::Bound | LinuxState::Listening => false,
            };
            if both_addr && !listening {
                Ok(LinuxRule::ReuseAddrNotListening)
            } else if both_port && same_user {
                Ok(LinuxRule::ReusePortSameUser)
            } else if both_port && time_wait {
                Ok(LinuxRule::ReusePortTimeWait)
            } else if both_port {
                Err(LinuxRule::ReusePortOtherUser)
            } else if both_addr {
                Err(LinuxRule::ListeningRefusesReuseAddr)
            } else {
                Err(LinuxRule::NotShared)
            }
        }
    }
}

/// Who receives a new TCP connection to `local` among the listening sockets of its port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum LinuxDelivery {
    /// No listener takes the address: the connection is refused.
    Nobody,
    /// This listener (an index into the listeners given).
    One(usize),
    /// These SO_REUSEPORT listeners, each connection going to one of them chosen by a hash of
    /// the 4-tuple (socket(7), SO_REUSEPORT).
    SpreadByHash(Vec<usize>),
}

/// Who receives a TCP connection to `local`: the listener with the most specific address (a
/// specific address before a wildcard, an IPv4 socket before a dual-stack `[::]`), and with it
/// every listener of the same address that also set SO_REUSEPORT under the same uid, among
/// which the kernel spreads connections by a hash of the 4-tuple.
///
/// ```
/// use std::net::Ipv4Addr;
/// use winsock_bind::rules::linux::{deliver, LinuxDelivery, LinuxSocket};
/// use winsock_bind::UserId;
/// let worker = LinuxSocket::bound(Ipv4Addr::UNSPECIFIED.into(), UserId(1000)).reuseport().listening();
/// let d = deliver(Ipv4Addr::LOCALHOST.into(), &[worker, worker]);
/// assert_eq!(d, LinuxDelivery::SpreadByHash(vec![0, 1]));
/// ```
pub fn deliver(local: IpAddr, listeners: &[LinuxSocket]) -> LinuxDelivery {
    let target = LinuxSocket::bound(local, UserId(0));
    // Higher is preferred: specific before wildcard (the kernel looks the address up before
    // the wildcard), then an AF_INET socket before an AF_INET6 one (compute_score).
    let score = |s: &LinuxSocket| -> Option<u8> {
        let listening = match s.state {
            LinuxState::Listening => true,
            LinuxState::Bound | LinuxState::TimeWait => false,
        };
        if !listening || !s.overlaps(&target) {
            return None;
        }
        let specific = match s.view() {
            View::V4(a) => a.is_some(),
            View::V6 { .. } => true,
            View::V6Any { .. } => false,
        };
        Some(u8::from(specific) * 2 + u8::from(s.address.is_ipv4()))
    };
    let best = listeners
        .iter()
        .enumerate()
        .filter_map(|(i, s)| score(s).map(|sc| (sc, i)))
        .max_by_key(|&(sc, i)| (sc, std::cmp::Reverse(i)));
    let Some((_, first)) = best else {
        return LinuxDelivery::Nobody;
    };
    let head = listeners[first];
    if !head.reuseport {
        return LinuxDelivery::One(first);
    }
    let group: Vec<usize> = listeners
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.reuseport
                && s.uid == head.uid
                && s.address == head.address
                && s.v6only == head.v6only
                && score(s).is_some()
        })
        .map(|(i, _)| i)
        .collect();
    if group.len() == 1 {
        LinuxDelivery::One(first)
    } else {
        LinuxDelivery::SpreadByHash(group)
    }
}

/// An option column of the Linux tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TableOption {
    /// Neither option.
    Default,
    /// SO_REUSEADDR.
    ReuseAddr,
    /// SO_REUSEPORT.
    ReusePort,
    /// SO_REUSEADDR and SO_REUSEPORT.
    Both,
}

impl TableOption {
    /// Every option, in table order.
    pub const ALL: [Self; 4] = [Self::Default, Self::ReuseAddr, Self::ReusePort, Self::Both];

    /// The word in CSV cells.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::ReuseAddr => "reuseaddr",
            Self::ReusePort => "reuseport",
            Self::Both => "both",
        }
    }

    /// `socket` with these options set.
    pub fn apply(self, socket: LinuxSocket) -> LinuxSocket {
        match self {
            Self::Default => socket,
            Self::ReuseAddr => socket.reuseaddr(),
            Self::ReusePort => socket.reuseport(),
            Self::Both => socket.reuseaddr().reuseport(),
        }
    }
}

/// An address row of the Linux tables: `0.0.0.0` or `127.0.0.1` (specific against specific is
/// the same address).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TableAddress {
    /// `0.0.0.0`.
    Wildcard,
    /// `127.0.0.1`.
    Specific,
}

impl TableAddress {
    /// Both addresses, in table order.
    pub const ALL: [Self; 2] = [Self::Wildcard, Self::Specific];

    /// The word in CSV cells.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Wildcard => "wildcard",
            Self::Specific => "specific",
        }
    }

    /// The IP address.
    pub const fn ip(self) -> IpAddr {
        match self {
            Self::Wildcard => IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
            Self::Specific => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        }
    }
}

/// One cell of a Linux table: a first socket (bound or listening), then a second bind to its
/// port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableCell {
    /// The first socket's options.
    pub first_option: TableOption,
    /// The first socket's address.
    pub first_address: TableAddress,
    /// The second socket's options.
    pub second_option: TableOption,
    /// The second socket's address.
    pub second_address: TableAddress,
    /// The answer to the second bind.
    pub decision: LinuxDecision,
}

impl TableCell {
    /// `success`, `inuse`, `access` or `invalid`.
    pub fn outcome(&self) -> &'static str {
        match self.decision.outcome {
            Ok(()) => "success",
            Err(e) => e.short(),
        }
    }
}

/// The uids the tables use for "same" and "different" users.
pub const fn table_uids(users: Users) -> (UserId, UserId) {
    match users {
        Users::Same => (UserId(1000), UserId(1000)),
        Users::Different => (UserId(1000), UserId(1001)),
    }
}

/// The port the tables bind: unprivileged, so only the sockets decide.
pub const TABLE_PORT: u16 = 8080;

/// Every cell of the Linux table for `users`, `proto` and the first socket's state (UDP has
/// no listening state: pass [`LinuxState::Bound`]), first option and address outermost.
pub fn table(users: Users, proto: Proto, first_state: LinuxState) -> Vec<TableCell> {
    let (u1, u2) = table_uids(users);
    let mut cells = Vec::with_capacity(64);
    for first_option in TableOption::ALL {
        for first_address in TableAddress::ALL {
            let mut first = first_option.apply(LinuxSocket::bound(first_address.ip(), u1));
            first.state = first_state;
            for second_option in TableOption::ALL {
                for second_address in TableAddress::ALL {
                    let second = second_option.apply(LinuxSocket::bound(second_address.ip(), u2));
                    let decision = decide(proto, TABLE_PORT, &second, PortPolicy::default(), &[first]);
                    cells.push(TableCell { first_option, first_address, second_option, second_address, decision });
                }
            }
        }
    }
    cells
}

/// The table as CSV: a header, then `first_option,first_address,second_option,second_address,outcome`.
///
/// ```
/// use winsock_bind::rules::linux::{table_csv, LinuxState};
/// use winsock_bind::rules::Users;
/// use winsock_bind::Proto;
/// let csv = table_csv(Users::Same, Proto::Tcp, LinuxState::Listening);
/// assert!(csv.contains("\nreuseaddr,wildcard,reuseaddr,specific,inuse\n"));
/// assert!(csv.contains("\nreuseport,wildcard,reuseport,specific,success\n"));
/// ```
pub fn table_csv(users: Users, proto: Proto, first_state: LinuxState) -> String {
    let mut out = String::from("first_option,first_address,second_option,second_address,outcome\n");
    for c in table(users, proto, first_state) {
        out.push_str(&format!(
            "{},{},{},{},{}\n",
            c.first_option.name(),
            c.first_address.name(),
            c.second_option.name(),
            c.second_address.name(),
            c.outcome()
        ));
    }
    out
}

/// The committed table files: `(file name under tables/linux/, users, proto, first state)`.
pub fn table_files() -> Vec<(String, Users, Proto, LinuxState)> {
    let mut files = Vec::new();
    for users in [Users::Same, Users::Different] {
        for (proto, state) in
            [(Proto::Tcp, LinuxState::Bound), (Proto::Tcp, LinuxState::Listening), (Proto::Udp, LinuxState::Bound)]
        {
            files.push((format!("{users}-{proto}-{}.csv", state.name()), users, proto, state));
        }
    }
    files
}

#[cfg(test)]
mod tests;
