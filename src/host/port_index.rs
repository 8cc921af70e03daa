//! The port index: for each (protocol, port), the sockets bound there, grouped by what the bind
//! rules read of them, so that one bind decision costs O(groups) and not O(sockets).
//!
//! A pairwise verdict (`rules::pair`) depends on the existing binding only through its endpoint,
//! reuse mode, IPV6_V6ONLY, whether it lingers, and whether its owner is the attempt's owner.
//! Within a group of bindings that share the first three, every binding owned by the attempt's
//! owner gets the same verdict, and so does every binding owned by anyone else. `decide` returns
//! the *first* refusal (or the first allowing overlap) in bind order, so it is enough to show it,
//! per group, the earliest binding of the attempt's owner and the earliest of any other owner:
//! [`PortIndex::representatives`]. The rules then answer exactly as on the full list (a property
//! test in `tests/host_properties.rs` holds this), 10,000 sharers of one address cost one group.

use std::collections::{BTreeMap, BTreeSet};

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

#[derive(Debug, Clone, Default)]
struct Group {
    /// Every binding of the group, per owner, in bind order.
    by_owner: BTreeMap<UserId, BTreeSet<Entry>>,
    /// Each owner's earliest binding, in bind order.
    firsts: BTreeSet<(u64, SocketId, UserId)>,
}

#[derive(Debug, Clone, Default)]
struct PortEntry {
    groups: BTreeMap<GroupKey, Group>,
    /// Closed SO_EXCLUSIVEADDRUSE sockets whose connections may still hold the port.
    held: BTreeSet<Entry>,
}

impl PortEntry {
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
    /// Records an open binding.
    pub(crate) fn insert(&mut self, key: &Key, entry: Entry) {
        let port = self.ports.entry((key.proto, key.endpoint.port)).or_default();
        let group = port.groups.entry(key.group()).or_default();
        let mine = group.by_owner.entry(key.owner).or_default();
        let old_first = mine.first().copied();
        mine.insert(entry);
        if mine.first().copied() != old_first {
            if let Some((seq, id)) = old_first {
                group.firsts.remove(&(seq, id, key.owner));
            }
            group.firsts.insert((entry.0, entry.1, key.owner));
        }
    }

    /// Forgets an open binding (its socket closed); `hold` keeps it as a closed socket whose
    /// connections may still hold the port.
    pub(crate) fn remove(&mut self, key: &Key, entry: Entry, hold: bool) {
        let slot = (key.proto, key.endpoint.port);
        let Some(port) = self.ports.get_mut(&slot) else { return };
        if let Some(group) = port.groups.get_mut(&key.group()) {
            if let Some(mine) = group.by_owner.get_mut(&key.owner) {
                let was_first = mine.first() == Some(&entry);
                mine.remove(&entry);
                if was_first {
                    group.firsts.remove(&(entry.0, entry.1, key.owner));
                    if let Some(&(seq, id)) = mine.first() {
                        group.firsts.insert((seq, id, key.owner));
                    }
                }
                if mine.is_empty() {
                    group.by_owner.remove(&key.owner);
                }
            }
            if group.by_owner.is_empty() {
                port.groups.remove(&key.group());
            }
        }
        if hold {
            port.held.insert(entry);
        }
        if port.is_empty() {
            self.ports.remove(&slot);
        }
    }

    /// Forgets a held closed socket once nothing holds its port any more.
    pub(crate) fn release(&mut self, proto: Proto, port: u16, entry: Entry) {
        if let Some(p) = self.ports.get_mut(&(proto, port)) {
            p.held.remove(&entry);
            if p.is_empty() {
                self.ports.remove(&(proto, port));
            }
        }
    }

    /// Whether anything is bound (or held) on the port.
    pub(crate) fn is_used(&self, proto: Proto, port: u16) -> bool {
        self.ports.contains_key(&(proto, port))
    }

    /// Every open binding and held socket on the port, in bind order.
    pub(crate) fn all(&self, proto: Proto, port: u16) -> Vec<Entry> {
        let Some(p) = self.ports.get(&(proto, port)) else { return Vec::new() };
        let mut v: Vec<Entry> = p
            .groups
            .values()
            .flat_map(|g| g.by_owner.values().flatten().copied())
            .chain(p.held.iter().copied())
            .collect();
        v.sort_unstable();
        v
    }

    /// The bindings the rules need to see to decide a bind by `owner` exactly as on the whole
    /// port (see the module doc), in bind order.
    pub(crate) fn representatives(&self, proto: Proto, port: u16, owner: UserId) -> Vec<Entry> {
        let Some(p) = self.ports.get(&(proto, port)) else { return Vec::new() };
        let mut v: Vec<Entry> = Vec::with_capacity(2 * p.groups.len() + p.held.len());
        for g in p.groups.values() {
            if let Some(first) = g.by_owner.get(&owner).and_then(BTreeSet::first) {
                v.push(*first);
            }
            if let Some(&(seq, id, _)) = g.firsts.iter().find(|(_, _, o)| *o != owner) {
                v.push((seq, id));
            }
        }
        v.extend(p.held.iter().copied());
        v.sort_unstable();
        v
    }
}
