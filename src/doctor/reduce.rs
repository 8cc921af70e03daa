//! The sound reduction of a port with many listeners: classes of equivalent listeners cut to
//! the few the search needs, and what was cut, for the diagnosis to say.

use super::*;

/// Up to this many listeners on the port, the search replays every one of them; beyond, large
/// classes of equivalent listeners are reduced ([`reduce`]).
pub(super) const EXACT_UP_TO: usize = 16;

/// How many listeners of a class a reduced search keeps: one more than [`MAX_VARIED`], so that
/// in every world at least one kept member is at the defaults, as every dropped member is.
pub(super) const KEPT_PER_CLASS: usize = MAX_VARIED + 1;

#[cfg(test)]
thread_local! {
    /// Tests raise the threshold to compare the exact search with the reduced one.
    pub(super) static EXACT_UP_TO_IN_TEST: std::cell::Cell<usize> = const { std::cell::Cell::new(EXACT_UP_TO) };
}

fn exact_up_to() -> usize {
    #[cfg(test)]
    return EXACT_UP_TO_IN_TEST.with(std::cell::Cell::get);
    #[cfg(not(test))]
    EXACT_UP_TO
}

/// What a listener is to the search, for grouping equivalent ones: its state, its socket's
/// family and stack, whether its address is loopback or zoned, and how it overlaps each of the
/// program's addresses (and whether their families match).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Facts {
    state: ListenState,
    family: Family,
    stack: Family,
    loopback: bool,
    zoned: bool,
    relation: Vec<(crate::Overlap, bool)>,
}

/// A class of listeners with equivalent facts that the search replayed only in part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reduction {
    /// The facts the listeners share, in words.
    pub facts: String,
    /// How many listeners of the snapshot are in the class.
    pub listeners: usize,
    /// The PIDs of the members replayed: the first in reading order.
    pub replayed: Vec<u32>,
    /// The PIDs of the members not replayed.
    pub omitted: Vec<u32>,
}

/// The classes of listeners that can be reduced, each in reading order: non-kernel listeners
/// that are their process's only socket on the port and overlap no other listener (a specific
/// address nobody else holds, with no wildcard of its stack and no `[::]`, which may be
/// dual-stack, on the port), grouped by [`Facts`].
///
/// Such listeners are interchangeable: each meets nothing but the program's bind, the same way,
/// and the search varies only the first [`MAX_VARIED`] listeners, leaving the rest at the
/// defaults. Keeping the first [`KEPT_PER_CLASS`] of a class keeps every varied member and at
/// least one at the defaults, so each world answers as on the whole snapshot, with the same
/// holder (the earliest in bind order); a dropped member would take traffic, or refuse, exactly
/// as the last kept one does.
fn classes(f: &Snapshot, req: &Request) -> Vec<(Facts, Vec<usize>)> {
    use std::collections::BTreeMap;
    let mut per_ip: BTreeMap<IpAddr, usize> = BTreeMap::new();
    let mut per_pid: BTreeMap<u32, usize> = BTreeMap::new();
    let mut wild: BTreeSet<Family> = BTreeSet::new();
    let mut mapped = false;
    for l in &f.listeners {
        *per_pid.entry(l.pid).or_default() += 1;
        let (stack, ip) = l.endpoint.addr.stack();
        match ip {
            Some(ip) => *per_ip.entry(ip).or_default() += 1,
            None => {
                wild.insert(stack);
                // A `[::]` socket may be dual-stack: it may cover every IPv4 address too.
                if l.endpoint.addr.family() == Family::V6 {
                    wild.insert(Family::V4);
                }
            }
        }
        mapped |= stack != l.endpoint.addr.family();
    }
    let mut out: Vec<(Facts, Vec<usize>)> = Vec::new();
    for (i, l) in f.listeners.iter().enumerate() {
        let (stack, ip) = l.endpoint.addr.stack();
        let Some(ip) = ip else { continue };
        if l.pid == KERNEL_PID || per_pid[&l.pid] > 1 || per_ip[&ip] > 1 || wild.contains(&stack) || mapped {
            continue;
        }
        let facts = Facts {
            state: l.state,
            family: l.endpoint.addr.family(),
            stack,
            loopback: ip.is_loopback(),
            zoned: l.endpoint.addr.zone().is_some(),
            relation: req
                .sockets
                .iter()
                .map(|s| (s.endpoint.overlap(&l.endpoint), s.endpoint.addr.family() == l.endpoint.addr.family()))
                .collect(),
        };
        match out.iter_mut().find(|(k, _)| *k == facts) {
            Some((_, members)) => members.push(i),
            None => out.push((facts, vec![i])),
        }
    }
    out
}

/// Above [`exact_up_to`] listeners, cuts each class of [`classes`] to its first
/// [`KEPT_PER_CLASS`] members; returns what was cut, for the diagnosis to say.
pub(super) fn reduce(f: &mut Snapshot, req: &Request) -> Vec<Reduction> {
    if f.listeners.len() <= exact_up_to() {
        return Vec::new();
    }
    let mut dropped: BTreeSet<usize> = BTreeSet::new();
    let mut out = Vec::new();
    for (facts, members) in classes(f, req) {
        if members.len() <= KEPT_PER_CLASS {
            continue;
        }
        let (kept, rest) = members.split_at(KEPT_PER_CLASS);
        dropped.extend(rest.iter().copied());
        let relation = match facts.relation.first() {
            Some((crate::Overlap::Covers, _)) => "beneath the program's wildcard",
            Some((crate::Overlap::Identical, _)) => "on the program's address",
            Some((crate::Overlap::Disjoint | crate::Overlap::CoveredBy, _)) | None => {
                "apart from the program's address"
            }
        };
        out.push(Reduction {
            facts: format!(
                "{} sockets, each on an {}{} address no other listener holds {relation}, one per process",
                match facts.state {
                    ListenState::Listen => "TCP listening",
                    ListenState::Bound => "TCP bound",
                    ListenState::Udp => "UDP",
                },
                match facts.stack {
                    Family::V4 => "IPv4",
                    Family::V6 => "IPv6",
                },
                if facts.loopback { " loopback" } else { "" },
            ),
            listeners: members.len(),
            replayed: kept.iter().map(|&i| f.listeners[i].pid).collect(),
            omitted: rest.iter().map(|&i| f.listeners[i].pid).collect(),
        });
    }
    let mut i = 0;
    f.listeners.retain(|_| {
        i += 1;
        !dropped.contains(&(i - 1))
    });
    out
}
