//! What a simulated machine is whatever system runs inside it, and what the system supplies.
//!
//! [`Core`] is the state both systems keep alike: the local addresses, the accounts, the
//! sockets as data addressed by handles, the connection ends with their TCP life cycle
//! ([`Tcp`]), the multicast memberships and the logical clock. A [`System`] names what differs:
//! its socket (the options it has and their defaults), its connection end, its refusal (the
//! errors and their names). The rules that decide a call stay the system's own
//! ([`rules`](crate::rules) for Windows, [`rules::linux`](crate::rules::linux) for Linux);
//! [`Host`](super::Host) and [`LinuxHost`](super::LinuxHost) each keep a `Core` and ask their
//! rules. Static dispatch: a system is a type, so nothing on the bind path goes through a
//! virtual call or a match on the system.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

use super::conn::{Tcp, TcpEnd};
use super::User;
use crate::id::{SocketId, UserId};
use crate::rules::options::Privilege;

/// What one operating system supplies to the machine around it.
pub(crate) trait System: Clone + fmt::Debug {
    /// A socket as the system keeps it: its options, its state, its binding.
    type Socket: Clone + fmt::Debug;
    /// One end of a TCP connection, with what the system's rules read of it.
    type End: TcpEnd + Clone + fmt::Debug;
    /// A refused call: the system's error, and the rule behind it.
    type Refusal;
    /// The refusal of a call on a socket id that is unknown or closed (WSAENOTSOCK, EBADF).
    fn not_a_socket() -> Self::Refusal;
    /// Whether the socket is closed: every call on it is refused.
    fn is_closed(socket: &Self::Socket) -> bool;
}

/// The state of one machine that does not depend on the system (see the module doc).
#[derive(Debug, Clone)]
pub(crate) struct Core<S: System> {
    /// Local addresses; IPv4-mapped ones are kept as IPv4.
    pub(crate) addresses: BTreeSet<IpAddr>,
    /// The IPv4 ones again, sorted, for [`Core::is_local`]: a bind asks for its address, and a
    /// few words are read faster than a B-tree of `IpAddr` is searched.
    v4: Vec<Ipv4Addr>,
    pub(crate) users: BTreeMap<UserId, User>,
    /// Every socket ever created, in creation order; the host maps ids to places.
    pub(crate) sockets: Vec<S::Socket>,
    /// The connection ends and the listeners' backlogs, with the TCP life cycle.
    pub(crate) conns: Tcp<S::End>,
    /// Multicast groups joined per socket: (group, interface).
    pub(crate) memberships: BTreeMap<SocketId, Vec<(IpAddr, IpAddr)>>,
    /// Logical time: bind and listen order.
    pub(crate) clock: u64,
}

impl<S: System> Core<S> {
    /// A machine with these addresses, no accounts and no sockets.
    pub(crate) fn new(addresses: impl IntoIterator<Item = IpAddr>) -> Self {
        let addresses: BTreeSet<IpAddr> = addresses.into_iter().map(canonical).collect();
        Self {
            v4: v4_of(&addresses),
            addresses,
            users: BTreeMap::new(),
            sockets: Vec::new(),
            conns: Tcp::default(),
            memberships: BTreeMap::new(),
            clock: 0,
        }
    }

    /// Adds a local address.
    pub(crate) fn add_address(&mut self, ip: IpAddr) {
        if self.addresses.insert(canonical(ip)) {
            self.v4 = v4_of(&self.addresses);
        }
    }

    /// Whether `ip` (canonical: an IPv4-mapped address as IPv4) is an address of the machine.
    pub(crate) fn is_local(&self, ip: &IpAddr) -> bool {
        match ip {
            IpAddr::V4(v4) => self.v4.binary_search(v4).is_ok(),
            IpAddr::V6(_) => self.addresses.contains(ip),
        }
    }

    /// Records an account under the id the system gave it.
    pub(crate) fn add_user(&mut self, id: UserId, name: &str, privilege: Privilege) -> UserId {
        let admin = match privilege {
            Privilege::Admin => true,
            Privilege::User => false,
        };
        self.users.insert(id, User { name: name.to_owned(), admin });
        id
    }

    /// Whether the account holds the system's privilege (administrator, CAP_NET_BIND_SERVICE).
    pub(crate) fn is_privileged(&self, user: UserId) -> bool {
        self.users.get(&user).is_some_and(|u| u.admin)
    }

    /// The next logical time.
    pub(crate) fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// The open socket at place `at` in creation order.
    pub(crate) fn live(&self, at: Option<usize>) -> Result<&S::Socket, S::Refusal> {
        match at.and_then(|i| self.sockets.get(i)) {
            Some(s) if !S::is_closed(s) => Ok(s),
            Some(_) | None => Err(S::not_a_socket()),
        }
    }

    /// The open socket at place `at`, to change.
    pub(crate) fn live_mut(&mut self, at: Option<usize>) -> Result<&mut S::Socket, S::Refusal> {
        match at.and_then(|i| self.sockets.get_mut(i)) {
            Some(s) if !S::is_closed(s) => Ok(s),
            Some(_) | None => Err(S::not_a_socket()),
        }
    }

    /// Records that a socket joined a multicast group on an interface.
    pub(crate) fn join(&mut self, id: SocketId, group: IpAddr, iface: IpAddr) {
        self.memberships.entry(id).or_default().push((group, canonical(iface)));
    }
}

/// The IPv4 addresses of a set, sorted.
fn v4_of(addresses: &BTreeSet<IpAddr>) -> Vec<Ipv4Addr> {
    addresses
        .iter()
        .filter_map(|ip| match ip {
            IpAddr::V4(v4) => Some(*v4),
            IpAddr::V6(_) => None,
        })
        .collect()
}

/// IPv4-mapped IPv6 addresses stand for their IPv4 address (Wine's `test_reuseaddr`, docs/sources.md).
pub(crate) fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}
