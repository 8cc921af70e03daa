//! The port index: for each (protocol, port), the sockets bound there, grouped by what the bind
//! rules read of them, so that one bind decision costs O(groups) and not O(sockets).
//!
//! A pairwise verdict (`rules::pair`) depends on the existing binding only through its endpoint,
//! reuse mode, IPV6_V6ONLY, whether it lingers, and whether its owner is the attempt's owner.
//! Within a group of bindings that share the first three, every binding owned by the attempt's
//! owner gets the same verdict, and so does every binding owned by anyone else. `decide` answers
//! by a precedence over the verdicts and names the earliest binding with the winning one, so it
//! is enough to show it, per group, the earliest binding of the attempt's owner and the earliest
//! of any other owner:
//! [`PortIndex::representatives`]. The rules then answer exactly as on the full list (a property
//! test in `tests/it/host_properties.rs` holds this), 10,000 sharers of one address cost one group.

use crate::endpoint::{Endpoint, Proto};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::rules::Binding;

/// Where a binding sits in bind order, and which socket it is.
pub(crate) type Entry = (u64, SocketId);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct GroupKey {
    endpoint: Endpoint,
    mode: ReuseMode,
    v6only: bool,
}

/// The bindings of one port. Most ports hold one socket, kept inline; a crowded port keeps small
/// sorted vectors (a B-tree node would reserve room for eleven entries per map).
#[derive(Debug, Clone)]
enum PortEntry {
    /// One binding; `held` when its socket is closed but its connections may hold the port. Its
    /// key lives in the socket table and is asked for when a second binding arrives.
    One { entry: Entry, held: bool },
    /// Several.
    Many(Box<Crowd>),
}

#[derive(Debug, Clone, Default)]
struct Crowd {
    /// Groups sorted by key.
    groups: Vec<(GroupKey, Group)>,
    /// Closed SO_EXCLUSIVEADDRUSE sockets whose connections may still hold the port, sorted.
    held: Vec<Entry>,
}

#[derive(Debug, Clone, Default)]
struct Group {
    /// Each owner's bindings in bind order, sorted by owner.
    by_owner: Vec<(UserId, Vec<Entry>)>,
    /// Each owner's earliest binding, in bind order.
    firsts: Vec<(u64, SocketId, UserId)>,
}

impl Group {
    fn insert(&mut self, owner: UserId, entry: Entry) {
        match self.by_owner.binary_search_by_key(&owner, |(o, _)| *o) {
            Ok(i) => {
                let mine = &mut self.by_owner[i].1;
                let at = mine.binary_search(&entry).unwrap_or_else(|e| e);
                mine.insert(at, entry);
                if at == 0 {
                    self.firsts.retain(|(_, _, o)| *o != owner);
                    self.insert_first(entry, owner);
                }
            }
            Err(i) => {
                self.by_owner.insert(i, (owner, vec![entry]));
                self.insert_first(entry, owner);
            }
        }
    }

    fn insert_first(&mut self, (seq, id): Entry, owner: UserId) {
        let f = (seq, id, owner);
        let at = self.firsts.binary_search(&f).unwrap_or_else(|e| e);
        self.firsts.insert(at, f);
    }

    fn remove(&mut self, owner: UserId, entry: Entry) {
        let Ok(i) = self.by_owner.binary_search_by_key(&owner, |(o, _)| *o) else { return };
        let mine = &mut self.by_owner[i].1;
        let Ok(at) = mine.binary_search(&entry) else { return };
        mine.remove(at);
        if at == 0 {
            self.firsts.retain(|(_, _, o)| *o != owner);
            if let Some(&next) = mine.first() {
                self.insert_first(next, owner);
            }
        }
        if self.by_owner[i].1.is_empty() {
            self.by_owner.remove(i);
        }
    }
}

impl Crowd {
    fn insert(&mut self, key: GroupKey, owner: UserId, entry: Entry) {
        let i = match self.groups.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(i) => i,
            Err(i) => {
                self.groups.insert(i, (key, Group::default()));
                i
            }
        };
        self.groups[i].1.insert(owner, entry);
    }

    fn remove(&mut self, key: GroupKey, owner: UserId, entry: Entry) {
        if let Ok(i) = self.groups.binary_search_by_key(&key, |(k, _)| *k) {
            self.groups[i].1.remove(owner, entry);
            if self.groups[i].1.by_owner.is_empty() {
                self.groups.remove(i);
            }
        }
    }

    fn hold(&mut self, entry: Entry) {
        let at = self.held.binary_search(&entry).unwrap_or_else(|e| e);
        self.held.insert(at, entry);
    }

    fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.held.is_empty()
    }
}

/// What the index needs to know of a binding.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Key {
    pub(crate) proto: Proto,
    pub(crate) endpoint: Endpoint,
    pub(crate) mode: ReuseMode,
    pub(crate) v6only: bool,
    pub(crate) owner: UserId,
}

impl Key {
    fn group(&self) -> GroupKey {
        GroupKey { endpoint: self.endpoint, mode: self.mode, v6only: self.v6only }
    }
}

/// Which ports of one protocol hold anything (a binding or a held closed socket): one bit per
/// port, and one summary bit per word of 64 ports that is full. The ephemeral allocator asks it
/// for the next unused port, which costs a few word reads however full the range is, instead of
/// a lookup per port (18,000 binds to port 0 on a full range used to scan the range each time).
#[derive(Debug, Clone)]
struct Occupancy {
    words: [u64; 1024],
    full: [u64; 16],
}

impl Occupancy {
    fn new() -> Box<Self> {
        Box::new(Self { words: [0; 1024], full: [0; 16] })
    }

    fn set(&mut self, port: u16, used: bool) {
        let (w, bit) = (usize::from(port / 64), 1u64 << (port % 64));
        let (s, sbit) = (w / 64, 1u64 << (w % 64));
        if used {
            self.words[w] |= bit;
            if self.words[w] == u64::MAX {
                self.full[s] |= sbit;
            }
        } else {
            // A word with a port unused is not full: no need to look.
            self.words[w] &= !bit;
            self.full[s] &= !sbit;
        }
    }

    fn get(&self, port: u16) -> bool {
        self.words[usize::from(port / 64)] & (1u64 << (port % 64)) != 0
    }

    /// The first unused port of `from..=to`.
    fn next_unused(&self, from: u16, to: u16) -> Option<u16> {
        if from > to {
            return None;
        }
        let last_word = usize::from(to / 64);
        let mut w = usize::from(from / 64);
        let mut free = !self.words[w] & (u64::MAX << (from % 64));
        loop {
            if free != 0 {
                let port = u16::try_from(w * 64).expect("below 65536")
                    + u16::try_from(free.trailing_zeros()).expect("below 64");
                return (port <= to).then_some(port);
            }
            // The next word that is not full, by the summary bits.
            w += 1;
            if w > last_word {
                return None;
            }
            let mut s = w / 64;
            let mut open = !self.full[s] & (u64::MAX << (w % 64));
            while open == 0 {
                s += 1;
                if s >= self.full.len() {
                    return None;
                }
                open = !self.full[s];
            }
            w = s * 64 + usize::try_from(open.trailing_zeros()).expect("below 64");
            if w > last_word {
                return None;
            }
            free = !self.words[w];
        }
    }
}

/// Ports per page of the [`PortTable`].
const PAGE: usize = 256;

/// The entries of 256 consecutive ports of one protocol.
type Page<E> = [Option<E>; PAGE];

/// The entries of every port of TCP and UDP, by direct indexing: a port's entry is two array
/// reads away, where a B-tree map of (protocol, port) cost a search on every bind and a
/// rebalancing on every close (a third of a simulated socket + bind + close). Pages of 256
/// ports are made on first use, so an idle protocol or range costs nothing.
#[derive(Debug, Clone)]
struct PortTable<E> {
    pages: [Vec<Option<Box<Page<E>>>>; 2],
}

impl<E> Default for PortTable<E> {
    fn default() -> Self {
        Self { pages: [Vec::new(), Vec::new()] }
    }
}

impl<E> PortTable<E> {
    fn split(port: u16) -> (usize, usize) {
        (usize::from(port) / PAGE, usize::from(port) % PAGE)
    }

    fn get(&self, (proto, port): (Proto, u16)) -> Option<&E> {
        let (page, slot) = Self::split(port);
        self.pages[proto_index(proto)].get(page)?.as_deref()?[slot].as_ref()
    }

    fn get_mut(&mut self, key: (Proto, u16)) -> Option<&mut E> {
        self.slot_mut(key)?.as_mut()
    }

    /// The slot of a port whose page exists, to change or empty in place.
    fn slot_mut(&mut self, (proto, port): (Proto, u16)) -> Option<&mut Option<E>> {
        let (page, slot) = Self::split(port);
        Some(&mut self.pages[proto_index(proto)].get_mut(page)?.as_deref_mut()?[slot])
    }

    /// Empties a port's slot.
    fn remove(&mut self, key: (Proto, u16)) {
        if let Some(slot) = self.slot_mut(key) {
            *slot = None;
        }
    }

    /// The slot of a port, made if need be.
    fn slot(&mut self, (proto, port): (Proto, u16)) -> &mut Option<E> {
        let (page, slot) = Self::split(port);
        let pages = &mut self.pages[proto_index(proto)];
        if pages.len() <= page {
            pages.resize_with(page + 1, || None);
        }
        &mut pages[page].get_or_insert_with(|| Box::new([const { None }; PAGE]))[slot]
    }
}

/// The port mechanics every system shares: one entry of the system's kind per (protocol, port)
/// by direct index ([`PortTable`]), and which ports hold one ([`Occupancy`]), which the
/// ephemeral allocator reads. What an entry groups, and how, is the system's: Windows keeps its
/// bindings grouped for its rules ([`PortIndex`]), Linux its sockets grouped by claim.
#[derive(Debug, Clone)]
pub(crate) struct PortSlots<E> {
    table: PortTable<E>,
    /// Used ports of TCP and UDP, made at the protocol's first entry.
    occupancy: [Option<Box<Occupancy>>; 2],
}

impl<E> Default for PortSlots<E> {
    fn default() -> Self {
        Self { table: PortTable::default(), occupancy: [None, None] }
    }
}

impl<E> PortSlots<E> {
    /// The entry of a port.
    pub(crate) fn get(&self, proto: Proto, port: u16) -> Option<&E> {
        self.table.get((proto, port))
    }

    /// The entry of a port, to change.
    pub(crate) fn get_mut(&mut self, proto: Proto, port: u16) -> Option<&mut E> {
        self.table.get_mut((proto, port))
    }

    /// The slot of a port, made if need be; [`occupy`](Self::occupy) it when it is filled.
    fn slot(&mut self, proto: Proto, port: u16) -> &mut Option<E> {
        self.table.slot((proto, port))
    }

    /// Marks a port used.
    fn occupy(&mut self, proto: Proto, port: u16) {
        self.occupancy[proto_index(proto)].get_or_insert_with(Occupancy::new).set(port, true);
    }

    /// The entry of a port, made by `make` (and the port marked used) if it has none.
    pub(crate) fn entry(&mut self, proto: Proto, port: u16, make: impl FnOnce() -> E) -> &mut E {
        if self.table.get((proto, port)).is_none() {
            self.occupy(proto, port);
        }
        self.table.slot((proto, port)).get_or_insert_with(make)
    }

    /// Empties a port's slot: nothing is on it any more.
    pub(crate) fn vacate(&mut self, proto: Proto, port: u16) {
        self.table.remove((proto, port));
        self.unoccupy(proto, port);
    }

    /// Marks a port unused (its slot emptied).
    fn unoccupy(&mut self, proto: Proto, port: u16) {
        if let Some(o) = &mut self.occupancy[proto_index(proto)] {
            o.set(port, false);
        }
    }

    /// Whether the port has an entry.
    pub(crate) fn is_used(&self, proto: Proto, port: u16) -> bool {
        self.occupancy[proto_index(proto)].as_ref().is_some_and(|o| o.get(port))
    }

    /// The first port of `from..=to` with no entry.
    pub(crate) fn next_unused(&self, proto: Proto, from: u16, to: u16) -> Option<u16> {
        match &self.occupancy[proto_index(proto)] {
            Some(o) => o.next_unused(from, to),
            None => (from <= to).then_some(from),
        }
    }
}

/// The Windows index: per (protocol, port), the bindings grouped for the rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct PortIndex {
    ports: PortSlots<PortEntry>,
}

/// TCP's and UDP's places in per-protocol arrays.
pub(crate) fn proto_index(proto: Proto) -> usize {
    match proto {
        Proto::Tcp => 0,
        Proto::Udp => 1,
    }
}

impl PortIndex {
    /// The socket bound alone on the port, if one is: the caller gives its key to `insert`.
    pub(crate) fn alone(&self, proto: Proto, port: u16) -> Option<SocketId> {
        match self.ports.get(proto, port) {
            Some(PortEntry::One { entry, held: false }) => Some(entry.1),
            Some(PortEntry::One { held: true, .. } | PortEntry::Many(_)) | None => None,
        }
    }

    /// Records an open binding; `alone` is the key of the socket bound alone on the port, if any
    /// (see [`PortIndex::alone`]).
    pub(crate) fn insert(&mut self, key: &Key, entry: Entry, alone: Option<Key>) {
        // One search of the map per call: the entry is changed in place. The group key is made
        // only for a port that already holds something.
        let slot = self.ports.slot(key.proto, key.endpoint.port);
        match slot {
            None => {
                *slot = Some(PortEntry::One { entry, held: false });
                self.ports.occupy(key.proto, key.endpoint.port);
            }
            Some(o) => Self::join(o, key, entry, alone),
        }
    }

    /// A binding joins a port that holds something. Out of line: the usual bind, on a free
    /// port, then makes a short call with a small frame.
    #[inline(never)]
    fn join(o: &mut PortEntry, key: &Key, entry: Entry, alone: Option<Key>) {
        match o {
            PortEntry::One { entry: e, held } => {
                let mut crowd = Crowd::default();
                match (*held, alone) {
                    (false, Some(k)) => crowd.insert(k.group(), k.owner, *e),
                    (true, _) | (false, None) => crowd.hold(*e),
                }
                crowd.insert(key.group(), key.owner, entry);
                *o = PortEntry::Many(Box::new(crowd));
            }
            PortEntry::Many(crowd) => crowd.insert(key.group(), key.owner, entry),
        }
    }

    /// Forgets an open binding (its socket closed); `hold` keeps it as a closed socket whose
    /// connections may still hold the port.
    pub(crate) fn remove(&mut self, key: &Key, entry: Entry, hold: bool) {
        let (proto, port) = (key.proto, key.endpoint.port);
        let Some(slot) = self.ports.table.slot_mut((proto, port)) else { return };
        let now_empty = match slot {
            Some(PortEntry::One { entry: e, held, .. }) if *e == entry => {
                *held = hold;
                !hold
            }
            Some(PortEntry::One { .. }) | None => false,
            Some(PortEntry::Many(crowd)) => Self::leave(crowd, key, entry, hold),
        };
        if now_empty {
            // Emptied through the slot at hand: `vacate` would search the table again.
            *slot = None;
            self.ports.unoccupy(proto, port);
        }
    }

    /// A binding leaves a crowded port; whether the port is empty then. Out of line, as `join`.
    #[inline(never)]
    fn leave(crowd: &mut Crowd, key: &Key, entry: Entry, hold: bool) -> bool {
        crowd.remove(key.group(), key.owner, entry);
        if hold {
            crowd.hold(entry);
        }
        crowd.is_empty()
    }

    /// Forgets a held closed socket once nothing holds its port any more.
    pub(crate) fn release(&mut self, proto: Proto, port: u16, entry: Entry) {
        let Some(p) = self.ports.get_mut(proto, port) else { return };
        let now_empty = match p {
            PortEntry::One { entry: e, held: true } => *e == entry,
            PortEntry::One { held: false, .. } => false,
            PortEntry::Many(crowd) => {
                crowd.held.retain(|e| *e != entry);
                crowd.is_empty()
            }
        };
        if now_empty {
            self.ports.vacate(proto, port);
        }
    }

    /// Whether anything is bound (or held) on the port.
    pub(crate) fn is_used(&self, proto: Proto, port: u16) -> bool {
        self.ports.is_used(proto, port)
    }

    /// The first port of `from..=to` on which nothing is bound or held.
    pub(crate) fn next_unused(&self, proto: Proto, from: u16, to: u16) -> Option<u16> {
        self.ports.next_unused(proto, from, to)
    }

    /// Every open binding and held socket on the port, in bind order.
    pub(crate) fn all(&self, proto: Proto, port: u16) -> Vec<Entry> {
        match self.ports.get(proto, port) {
            None => Vec::new(),
            Some(PortEntry::One { entry, .. }) => vec![*entry],
            Some(PortEntry::Many(crowd)) => {
                // Sized once: a crowded port (5,000 sharers receiving a datagram) used to spend
                // a fifth of each delivery growing this vector.
                let len = crowd.held.len()
                    + crowd.groups.iter().flat_map(|(_, g)| g.by_owner.iter().map(|(_, es)| es.len())).sum::<usize>();
                let mut v: Vec<Entry> = Vec::with_capacity(len);
                for (_, g) in &crowd.groups {
                    for (_, es) in &g.by_owner {
                        v.extend_from_slice(es);
                    }
                }
                v.extend_from_slice(&crowd.held);
                v.sort_unstable();
                v
            }
        }
    }

    /// The bindings the rules need to see to decide a bind by `owner` exactly as on the whole
    /// port (see the module doc), with their place in bind order, in that order, into `v`
    /// (empty): filled in place, as a returned list was copied whole on every bind. `ask` gives
    /// the binding of a socket the index keeps without its key: the one binding of a port, or a
    /// held closed socket (`None` once it no longer holds the port).
    #[inline]
    pub(crate) fn representatives(
        &self,
        proto: Proto,
        port: u16,
        owner: UserId,
        ask: impl Fn(SocketId) -> Option<Binding>,
        v: &mut Few<(u64, Binding)>,
    ) {
        match self.ports.get(proto, port) {
            None => {}
            Some(PortEntry::One { entry: (seq, id), .. }) => {
                if let Some(b) = ask(*id) {
                    v.push((*seq, b));
                }
            }
            Some(PortEntry::Many(crowd)) => {
                for (key, g) in &crowd.groups {
                    // A grouped socket is open and bound as its key says (a closed one leaves its
                    // group), so its binding is made here, not read from its record.
                    let open = |id, owner| Binding::new(id, owner, key.endpoint, key.mode, key.v6only);
                    if let Ok(i) = g.by_owner.binary_search_by_key(&owner, |(o, _)| *o) {
                        if let Some(&(seq, id)) = g.by_owner[i].1.first() {
                            v.push((seq, open(id, owner)));
                        }
                    }
                    if let Some(&(seq, id, other)) = g.firsts.iter().find(|(_, _, o)| *o != owner) {
                        v.push((seq, open(id, other)));
                    }
                }
                for &(seq, id) in &crowd.held {
                    if let Some(b) = ask(id) {
                        v.push((seq, b));
                    }
                }
                // Bind order; often already so (one group: the owner's first, then another's).
                let order = |(seq, b): &(u64, Binding)| (*seq, b.socket);
                if !v.as_slice().is_sorted_by_key(order) {
                    v.as_mut_slice().sort_unstable_by_key(order);
                }
            }
        }
    }
}

/// A short list kept inline. A bind decision meets one or two bindings per group of its port
/// and most ports hold one group, so the decision path allocates nothing; a longer list moves
/// to the heap.
#[derive(Debug, Clone)]
pub(crate) struct Few<T: Copy> {
    len: usize,
    inline: [T; FEW],
    more: Vec<T>,
}

/// How many items [`Few`] keeps inline.
const FEW: usize = 4;

impl<T: Copy> Few<T> {
    /// An empty list; `fill` only fills the unused inline room.
    #[inline(always)]
    pub(crate) fn new(fill: T) -> Self {
        Self { len: 0, inline: [fill; FEW], more: Vec::new() }
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, item: T) {
        if self.len < FEW {
            self.inline[self.len] = item;
        } else {
            if self.len == FEW {
                self.more.extend_from_slice(&self.inline);
            }
            self.more.push(item);
        }
        self.len += 1;
    }

    #[inline(always)]
    pub(crate) fn as_slice(&self) -> &[T] {
        if self.len <= FEW {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }

    fn as_mut_slice(&mut self) -> &mut [T] {
        if self.len <= FEW {
            &mut self.inline[..self.len]
        } else {
            &mut self.more
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::ephemeral::SplitMix64;

    #[test]
    fn next_unused_agrees_with_a_scan_of_every_port() {
        let mut rng = SplitMix64::new(7);
        // Sparse, dense and full stretches, with the edges of words and of the summary.
        for density in [0u64, 50, 95, 100] {
            let mut o = Occupancy::new();
            let mut used = vec![false; 65536];
            for port in 1..=u16::MAX {
                let busy = rng.next_u64() % 100 < density || (4096..8192).contains(&port);
                used[usize::from(port)] = busy;
                o.set(port, busy);
            }
            for _ in 0..2000 {
                let a = u16::try_from(rng.next_u64() % 65536).unwrap();
                let b = u16::try_from(rng.next_u64() % 65536).unwrap();
                let (from, to) = (a.min(b), a.max(b));
                let scan = (from..=to).find(|p| !used[usize::from(*p)]);
                assert_eq!(o.next_unused(from, to), scan, "{from}..={to} at density {density}");
            }
            for (from, to) in [(0, 0), (63, 64), (4095, 8192), (4096, 8191), (65535, 65535), (1, 65535)] {
                let scan = (from..=to).find(|p| !used[usize::from(*p)]);
                assert_eq!(o.next_unused(from, to), scan, "{from}..={to} at density {density}");
            }
        }
    }

    #[test]
    fn a_port_is_used_while_anything_binds_or_holds_it() {
        let key = |port| Key {
            proto: Proto::Udp,
            endpoint: Endpoint::new(std::net::Ipv4Addr::UNSPECIFIED.into(), port),
            mode: ReuseMode::ReuseAddr,
            v6only: true,
            owner: UserId(1),
        };
        let mut index = PortIndex::default();
        let (a, b) = ((1, SocketId(1)), (2, SocketId(2)));
        index.insert(&key(64), a, None);
        index.insert(&key(64), b, Some(key(64)));
        assert!(index.is_used(Proto::Udp, 64) && !index.is_used(Proto::Tcp, 64));
        assert_eq!(index.next_unused(Proto::Udp, 64, 70), Some(65));
        index.remove(&key(64), a, false);
        assert!(index.is_used(Proto::Udp, 64));
        index.remove(&key(64), b, true);
        assert!(index.is_used(Proto::Udp, 64), "held by a closed socket's connections");
        index.release(Proto::Udp, 64, b);
        assert!(!index.is_used(Proto::Udp, 64));
        assert_eq!(index.next_unused(Proto::Udp, 64, 70), Some(64));
    }
}
