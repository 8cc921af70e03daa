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
//! test in `tests/host_properties.rs` holds this), 10,000 sharers of one address cost one group.

use std::collections::BTreeMap;

use crate::endpoint::{Endpoint, Proto};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;

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

/// The index itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct PortIndex {
    ports: BTreeMap<(Proto, u16), PortEntry>,
}

impl PortIndex {
    /// The socket bound alone on the port, if one is: the caller gives its key to `insert`.
    pub(crate) fn alone(&self, proto: Proto, port: u16) -> Option<SocketId> {
        match self.ports.get(&(proto, port)) {
            Some(PortEntry::One { entry, held: false }) => Some(entry.1),
            Some(PortEntry::One { held: true, .. } | PortEntry::Many(_)) | None => None,
        }
    }

    /// Records an open binding; `alone` is the key of the socket bound alone on the port, if any
    /// (see [`PortIndex::alone`]).
    pub(crate) fn insert(&mut self, key: &Key, entry: Entry, alone: Option<Key>) {
        let slot = (key.proto, key.endpoint.port);
        let (group, owner) = (key.group(), key.owner);
        let new = match self.ports.remove(&slot) {
            None => PortEntry::One { entry, held: false },
            Some(PortEntry::One { entry: e, held }) => {
                let mut crowd = Crowd::default();
                match (held, alone) {
                    (false, Some(k)) => crowd.insert(k.group(), k.owner, e),
                    (true, _) | (false, None) => crowd.hold(e),
                }
                crowd.insert(group, owner, entry);
                PortEntry::Many(Box::new(crowd))
            }
            Some(PortEntry::Many(mut crowd)) => {
                crowd.insert(group, owner, entry);
                PortEntry::Many(crowd)
            }
        };
        self.ports.insert(slot, new);
    }

    /// Forgets an open binding (its socket closed); `hold` keeps it as a closed socket whose
    /// connections may still hold the port.
    pub(crate) fn remove(&mut self, key: &Key, entry: Entry, hold: bool) {
        let slot = (key.proto, key.endpoint.port);
        let Some(port) = self.ports.get_mut(&slot) else { return };
        let now_empty = match port {
            PortEntry::One { entry: e, held, .. } if *e == entry => {
                *held = hold;
                !hold
            }
            PortEntry::One { .. } => false,
            PortEntry::Many(crowd) => {
                crowd.remove(key.group(), key.owner, entry);
                if hold {
                    crowd.hold(entry);
                }
                crowd.is_empty()
            }
        };
        if now_empty {
            self.ports.remove(&slot);
        }
    }

    /// Forgets a held closed socket once nothing holds its port any more.
    pub(crate) fn release(&mut self, proto: Proto, port: u16, entry: Entry) {
        let Some(p) = self.ports.get_mut(&(proto, port)) else { return };
        let now_empty = match p {
            PortEntry::One { entry: e, held: true } => *e == entry,
            PortEntry::One { held: false, .. } => false,
            PortEntry::Many(crowd) => {
                crowd.held.retain(|e| *e != entry);
                crowd.is_empty()
            }
        };
        if now_empty {
            self.ports.remove(&(proto, port));
        }
    }

    /// Whether anything is bound (or held) on the port.
    pub(crate) fn is_used(&self, proto: Proto, port: u16) -> bool {
        self.ports.contains_key(&(proto, port))
    }

    /// Every open binding and held socket on the port, in bind order.
    pub(crate) fn all(&self, proto: Proto, port: u16) -> Vec<Entry> {
        match self.ports.get(&(proto, port)) {
            None => Vec::new(),
            Some(PortEntry::One { entry, .. }) => vec![*entry],
            Some(PortEntry::Many(crowd)) => {
                let mut v: Vec<Entry> = crowd
                    .groups
                    .iter()
                    .flat_map(|(_, g)| g.by_owner.iter().flat_map(|(_, es)| es.iter().copied()))
                    .chain(crowd.held.iter().copied())
                    .collect();
                v.sort_unstable();
                v
            }
        }
    }

    /// The bindings the rules need to see to decide a bind by `owner` exactly as on the whole
    /// port (see the module doc), in bind order.
    pub(crate) fn representatives(&self, proto: Proto, port: u16, owner: UserId) -> Vec<Entry> {
        match self.ports.get(&(proto, port)) {
            None => Vec::new(),
            Some(PortEntry::One { entry, .. }) => vec![*entry],
            Some(PortEntry::Many(crowd)) => {
                let mut v: Vec<Entry> = Vec::with_capacity(2 * crowd.groups.len() + crowd.held.len());
                for (_, g) in &crowd.groups {
                    if let Ok(i) = g.by_owner.binary_search_by_key(&owner, |(o, _)| *o) {
                        v.extend(g.by_owner[i].1.first().copied());
                    }
                    if let Some(&(seq, id, _)) = g.firsts.iter().find(|(_, _, o)| *o != owner) {
                        v.push((seq, id));
                    }
                }
                v.extend(crowd.held.iter().copied());
                v.sort_unstable();
                v
            }
        }
    }
}
