//! What a simulated machine is whatever system runs inside it, and what the system supplies.
//!
//! A [`Machine`] is one simulated machine: the system value inside it ([`Windows`](super::Windows)
//! with its era, [`Linux`](super::Linux) with its port policy), the [`Core`] every system keeps,
//! and what only that system keeps beside it ([`System::Own`]).
//!
//! [`Core`] is the state both systems keep alike: the local addresses, the accounts, the
//! sockets as data addressed by handles, the connection ends with their TCP life cycle
//! ([`Tcp`]), the multicast memberships and the logical clock. The call flow both systems
//! share is `Machine<S>`'s: `socket`, `bind` (explicit, and the implicit bind of `connect`,
//! `send` and `listen`), `listen`, `accept`, `shutdown`, `close` and `abort`. A [`System`]
//! supplies what differs: its socket (the options it has and their defaults), its connection
//! end, its refusal (the errors and their names), its checks, its bind decision and
//! listen-time re-check, its port range. The rules that decide a call stay the system's own
//! ([`rules`](crate::rules) for Windows, [`rules::linux`](crate::rules::linux) for Linux), and
//! what is not shared (`connect` beyond its implicit bind, `send`, `join`, the options) stays
//! a method of [`Host`](super::Host) or [`LinuxHost`](super::LinuxHost). Static dispatch, a
//! trait rather than an enum: a system is a type, so nothing on the bind path goes through a
//! virtual call or a match on the system, a third system is one more `impl System` (and no arm
//! to add in every match), and each system keeps its own answer and refusal types.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

use super::conn::{ConnId, Tcp, TcpEnd, Transition};
use super::sockets::SocketSet;
use super::User;
use crate::endpoint::{Family, Proto};
use crate::id::{SocketId, UserId};
use crate::rules::options::Privilege;

/// What one operating system supplies to the machine around it. Public only so that
/// [`Machine`]'s bound can name it; it lives in a private module, so no other crate can
/// implement it (a sealed trait).
pub trait System: Clone + fmt::Debug {
    /// A socket as the system keeps it: its options, its state, its binding.
    type Socket: Clone + fmt::Debug;
    /// One end of a TCP connection, with what the system's rules read of it.
    type End: TcpEnd + Clone + fmt::Debug;
    /// A refused call: the system's error, and the rule behind it.
    type Refusal;
    /// What the system keeps on the machine beside the shared [`Core`] (its port index, its
    /// port space, its id counters).
    type Own: Clone + fmt::Debug;
    /// The refusal of a call on a socket id that is unknown or closed (WSAENOTSOCK, EBADF).
    fn not_a_socket() -> Self::Refusal;
    /// Whether the socket is closed: every call on it is refused.
    fn is_closed(socket: &Self::Socket) -> bool;
    /// Socket `id`'s creation number on this machine (0 for the first), if the machine made it.
    fn place(m: &Machine<Self>, id: SocketId) -> Option<usize>;
    /// A call the shared flow refuses, in the system's words (its error and its rule).
    fn refusal(why: Refused) -> Self::Refusal;
    /// A new socket of `owner` with the system's option defaults, and its id; or the system's
    /// refusal of the family (an era without IPv6).
    fn new_socket(
        m: &mut Machine<Self>,
        family: Family,
        proto: Proto,
        owner: UserId,
    ) -> Result<(SocketId, Self::Socket), Self::Refusal>;

    // ---- bind --------------------------------------------------------------------------------
    /// A local address as the system's bind takes it (with its port).
    type Addr: Copy;
    /// What a bind leaves on the socket (a Windows [`Binding`](crate::rules::Binding), a Linux
    /// local address).
    type Bound;
    /// The answer to a successful bind: its rule, and the socket it shares with.
    type Answer;
    /// What the checks read of the socket for the rest of the bind: the socket cannot change
    /// between the checks and the record, so it is looked up once per bind, not once per hook.
    type Checked;
    /// The port of an address.
    fn port(addr: Self::Addr) -> u16;
    /// What a bind to `addr` leaves on the socket, port 0 replaced by `port`.
    fn bound(addr: Self::Addr, port: u16) -> Self::Bound;
    /// The checks of the socket and the address that come before a port is picked.
    fn bind_checks(m: &Machine<Self>, id: SocketId, addr: Self::Addr) -> Result<Self::Checked, Self::Refusal>;
    /// The port a bind to port 0 takes, by the system's port policy.
    fn ephemeral(
        m: &mut Machine<Self>,
        id: SocketId,
        checked: &Self::Checked,
        addr: Self::Addr,
    ) -> Result<u16, Self::Refusal>;
    /// The system's bind decision on `addr` (port 0 already replaced by `port`): the answer,
    /// or the refusal. Only the answer: a pair with what the socket will hold was one more
    /// copy of the answer per bind ([`bound`](Self::bound) makes that).
    fn decide_bind(
        m: &Machine<Self>,
        id: SocketId,
        checked: &Self::Checked,
        addr: Self::Addr,
        port: u16,
    ) -> Result<Self::Answer, Self::Refusal>;
    /// Records a decided bind at logical time `clock`, in the socket and the port index.
    fn record_bind(
        m: &mut Machine<Self>,
        id: SocketId,
        checked: Self::Checked,
        bound: Self::Bound,
        clock: u64,
    ) -> Result<(), Self::Refusal>;
    /// The address an implicit bind of an unbound socket takes (the wildcard of its family,
    /// port 0); `None` when the socket is bound.
    fn implicit_address(socket: &Self::Socket) -> Option<Self::Addr>;

    // ---- listen, accept, shutdown, close -----------------------------------------------------
    /// Whether the socket may listen, by the system's errors. One that may and is unbound is
    /// first bound implicitly (a system that refuses an unbound socket says so here).
    fn listen_from(socket: &Self::Socket) -> Result<Listen, Self::Refusal>;
    /// The socket starts listening, after the system's listen-time re-check.
    fn start_listening(m: &mut Machine<Self>, id: SocketId) -> Result<(), Self::Refusal>;
    /// Whether the socket listens.
    fn is_listening(socket: &Self::Socket) -> bool;
    /// The socket `accept` makes for a pending connection: it inherits the listener's owner and
    /// options, and is connected.
    fn accepted(m: &mut Machine<Self>, listener: SocketId, conn: ConnId) -> Result<SocketId, Self::Refusal>;
    /// Whether `shutdown` has ends to send FIN on (`false`: nothing to do), or its refusal.
    fn sends_fin(m: &Machine<Self>, id: SocketId) -> Result<bool, Self::Refusal>;
    /// Whether SO_LINGER is on with 0 seconds: `close` resets.
    fn is_abortive(socket: &Self::Socket) -> bool;
    /// Sets SO_LINGER on with 0 seconds.
    fn set_abortive(socket: &mut Self::Socket);
    /// The socket (creation number `at`, found by the caller) is closed and its connections
    /// went through `transitions`: the system marks it closed and leaves (or keeps) its port.
    fn closed(m: &mut Machine<Self>, id: SocketId, at: usize, transitions: &[Transition]) -> Result<(), Self::Refusal>;
}

/// A call the shared flow refuses; each system names it with its own error and rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// `socket` for an owner that is not an account of the machine.
    UnknownUser,
    /// `accept` on a socket that does not listen.
    NotListening,
    /// `accept` with no connection pending.
    NothingPending,
}

/// Where a `listen` starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listen {
    /// The socket listens already: nothing to do.
    Already,
    /// The socket may start listening (after an implicit bind, if it is unbound).
    Start,
}

/// One simulated machine: the system inside it, the state every system keeps alike, and what
/// only this system keeps. [`Host`](super::Host) is `Machine<Windows>` and
/// [`LinuxHost`](super::LinuxHost) is `Machine<Linux>`: each system's calls are inherent methods
/// of its machine, with the names and signatures of that system's sockets API; what they share
/// (the sockets by handle, the call flow of bind, listen, accept, shutdown and close, the TCP
/// life cycle) is written once, here.
///
/// ```
/// use winsock_bind::rules::linux::PortPolicy;
/// use winsock_bind::{Era, Family, Host, Linux, LinuxHost, Machine, Privilege, Proto, Windows};
///
/// let mut windows: Machine<Windows> = Host::new(Era::Win11);
/// let mut linux: Machine<Linux> = LinuxHost::new(PortPolicy::default());
/// let me = windows.add_user("me", Privilege::User);
/// let s = windows.socket(Family::V4, Proto::Tcp, me)?;
/// let uid = linux.add_user("me", Privilege::User);
/// let l = linux.socket(Family::V4, Proto::Tcp, uid).expect("a user of this host");
/// // The same handle, the same shared lookup; each system's own socket behind it.
/// assert_eq!(windows.get(s).map(|s| s.proto()), linux.get(l).map(|s| s.proto));
/// # Ok::<(), winsock_bind::Refusal>(())
/// ```
#[derive(Debug, Clone)]
pub struct Machine<S: System> {
    /// The system value: `Windows(era)` or `Linux(policy)`.
    pub(crate) system: S,
    /// What every system keeps alike.
    pub(crate) core: Core<S>,
    /// What only this system keeps.
    pub(crate) own: S::Own,
}

/// What both systems do alike, around the system's own decisions.
impl<S: System> Machine<S> {
    /// The socket with this id: open, or closed while a connection end still refers to it.
    /// A closed socket that nothing refers to is forgotten (its record's room goes to the next
    /// new socket), and its id finds nothing; ids are never given again.
    pub fn get(&self, id: SocketId) -> Option<&S::Socket> {
        self.core.sockets.get(S::place(self, id)?)
    }

    /// Every socket [`get`](Self::get) finds, in creation order.
    pub fn sockets(&self) -> impl Iterator<Item = &S::Socket> {
        self.core.sockets.iter()
    }

    /// Adds a local address (an interface). IPv4-mapped addresses are stored as IPv4.
    pub fn add_address(&mut self, ip: IpAddr) {
        self.core.add_address(ip);
    }

    /// `socket`: a socket of an account of this machine, with the system's defaults, kept in
    /// creation order and addressed by its handle from then on.
    pub(crate) fn socket_flow(&mut self, family: Family, proto: Proto, owner: UserId) -> Result<SocketId, S::Refusal> {
        if !self.core.users.contains_key(&owner) {
            return Err(S::refusal(Refused::UnknownUser));
        }
        let (id, socket) = S::new_socket(self, family, proto, owner)?;
        self.core.sockets.push(socket);
        Ok(id)
    }

    /// The open socket with this id.
    pub(crate) fn live(&self, id: SocketId) -> Result<&S::Socket, S::Refusal> {
        self.core.live(S::place(self, id))
    }

    /// The open socket with this id, to change.
    pub(crate) fn live_mut(&mut self, id: SocketId) -> Result<&mut S::Socket, S::Refusal> {
        let at = S::place(self, id);
        self.core.live_mut(at)
    }

    /// A bind, explicit or implicit: the system's checks, a port for port 0 by its policy, its
    /// decision, then the binding recorded at the next logical time.
    pub(crate) fn bind_flow(&mut self, id: SocketId, addr: S::Addr) -> Result<S::Answer, S::Refusal> {
        let checked = S::bind_checks(self, id, addr)?;
        let port = match S::port(addr) {
            0 => S::ephemeral(self, id, &checked, addr)?,
            p => p,
        };
        // The decision is returned as it came (not taken apart and made again): one copy of it
        // fewer per bind.
        let decided = S::decide_bind(self, id, &checked, addr, port);
        if decided.is_ok() {
            let clock = self.core.tick();
            S::record_bind(self, id, checked, S::bound(addr, port), clock)?;
        }
        decided
    }

    /// The implicit bind of `connect`, `send` and `listen` on an unbound socket: the wildcard
    /// of its family and an ephemeral port, through the whole bind flow. Its answer, if it bound.
    pub(crate) fn bind_implicitly(&mut self, id: SocketId) -> Result<Option<S::Answer>, S::Refusal> {
        match S::implicit_address(self.live(id)?) {
            Some(any) => self.bind_flow(id, any).map(Some),
            None => Ok(None),
        }
    }

    /// `listen`: the system's state checks, an implicit bind of an unbound socket (its answer
    /// is returned), then the system's re-check.
    pub(crate) fn listen_flow(&mut self, id: SocketId) -> Result<Option<S::Answer>, S::Refusal> {
        match S::listen_from(self.live(id)?)? {
            Listen::Already => return Ok(None),
            Listen::Start => {}
        }
        let implicit = self.bind_implicitly(id)?;
        S::start_listening(self, id)?;
        Ok(implicit)
    }

    /// `accept`, non-blocking: the oldest pending connection of a listener gets a new socket.
    pub(crate) fn accept_flow(&mut self, listener: SocketId) -> Result<SocketId, S::Refusal> {
        if !S::is_listening(self.live(listener)?) {
            return Err(S::refusal(Refused::NotListening));
        }
        let Some(conn) = self.core.conns.next_pending(listener) else {
            return Err(S::refusal(Refused::NothingPending));
        };
        let id = S::accepted(self, listener, conn)?;
        self.core.conns.set_owner(conn, id);
        Ok(id)
    }

    /// `shutdown` for sending: every end of the socket sends FIN.
    pub(crate) fn shutdown_flow(&mut self, id: SocketId) -> Result<Vec<Transition>, S::Refusal> {
        Ok(if S::sends_fin(self, id)? { self.core.conns.shutdown(id) } else { Vec::new() })
    }

    /// `close`: graceful unless SO_LINGER is on with 0 seconds.
    pub(crate) fn close_flow(&mut self, id: SocketId) -> Result<Vec<Transition>, S::Refusal> {
        // The socket is looked up once: its creation number goes to the system and to the
        // forgetting (three lookups by id per close before).
        let (at, s) = self.core.live_at(S::place(self, id))?;
        if S::is_abortive(s) {
            return self.abort_flow(id);
        }
        let transitions = self.core.conns.close(id);
        S::closed(self, id, at, &transitions)?;
        self.forget_if_unreferred(id, at);
        Ok(transitions)
    }

    /// An abortive close: SO_LINGER on with 0 seconds, every connection reset.
    pub(crate) fn abort_flow(&mut self, id: SocketId) -> Result<Vec<Transition>, S::Refusal> {
        let at = S::place(self, id);
        S::set_abortive(self.core.live_mut(at)?);
        let at = at.ok_or_else(S::not_a_socket)?;
        let transitions = self.core.conns.abort(id);
        S::closed(self, id, at, &transitions)?;
        self.forget_if_unreferred(id, at);
        Ok(transitions)
    }

    /// Forgets a closed socket that no connection end refers to, as owner or as the listener
    /// it came from: nothing can reach its record again, so its room goes to the next socket.
    /// One that still has ends keeps its record (its port may be held through them, and their
    /// transitions name it).
    fn forget_if_unreferred(&mut self, id: SocketId, at: usize) {
        if self.core.conns.refers_to(id) {
            return;
        }
        self.core.sockets.forget(at);
        // Most machines never join a group: skip the search of an empty map.
        if !self.core.memberships.is_empty() {
            self.core.memberships.remove(&id);
        }
    }
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
    /// The sockets by creation number (the system maps ids to numbers), closed ones that
    /// nothing refers to forgotten.
    pub(crate) sockets: SocketSet<S::Socket>,
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
            sockets: SocketSet::default(),
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

    /// The open socket with creation number `at`.
    pub(crate) fn live(&self, at: Option<usize>) -> Result<&S::Socket, S::Refusal> {
        self.live_at(at).map(|(_, s)| s)
    }

    /// The open socket with creation number `at`, with that number (for a caller that comes
    /// back to the socket without a second lookup).
    pub(crate) fn live_at(&self, at: Option<usize>) -> Result<(usize, &S::Socket), S::Refusal> {
        match at.and_then(|i| Some((i, self.sockets.get(i)?))) {
            Some((i, s)) if !S::is_closed(s) => Ok((i, s)),
            Some(_) | None => Err(S::not_a_socket()),
        }
    }

    /// The open socket with creation number `at`, to change.
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
