//! Which machine of a network a connection or datagram reaches: pure, like the bind rules.
//!
//! The network is one link: every machine can reach every other, there are no routers,
//! firewalls or subnets. A destination address is looked up among the machines that carry it:
//!
//! - N1: the destination is an address of the sending machine itself: it is delivered on that
//!   machine (through its loopback path), whatever other machine also carries the address.
//!   Windows routes traffic to any of its own addresses internally (Microsoft Learn, "Strong and
//!   Weak Host Models": a host's own addresses are reached without leaving it); a reported
//!   incident with two servers sharing 169.254.95.120 shows the effect: "instead of remote
//!   system, it connects to itself". Observed.
//! - N2: exactly one other machine carries the address: it receives. Extrapolated: the model's
//!   one-link network; on a real network a route and a firewall must allow it (RFC 1122).
//! - N3: several other machines carry the address (a duplicate address): which one receives is
//!   undetermined; the one whose ARP (or neighbour discovery) answer the sender keeps wins, and
//!   that can change between connections (RFC 5227, IPv4 Address Conflict Detection: a
//!   conflicting address disrupts both hosts' traffic). Extrapolated.
//! - N4: no machine carries the address: nothing answers, the connection fails with
//!   WSAEHOSTUNREACH and the datagram is lost. Extrapolated (on a real network it may also time
//!   out with WSAETIMEDOUT, depending on the route).
//!
//! The source address of a connection made from a wildcard-bound socket to another machine is
//! the sender's address of the same family that shares the longest prefix with the destination
//! (RFC 6724, rule 8 "use longest matching prefix", which Windows applies to IPv4 as well);
//! loopback addresses never leave a machine ([`source_address`]).
#![deny(clippy::wildcard_enum_match_arm)]

use std::collections::BTreeSet;
use std::fmt;
use std::net::IpAddr;

use serde::Serialize;

use super::Source;
use crate::evidence::Evidence;

/// Which machine a destination reaches, by index into the machines given to [`route`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "hosts")]
pub enum Target {
    /// The sender itself (rule N1).
    Local(usize),
    /// One other machine (rule N2).
    Remote(usize),
    /// One of these machines, undetermined (rule N3): all carry the address.
    Undetermined(Vec<usize>),
    /// No machine carries the address (rule N4).
    Unreachable,
}

/// The routing rule that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RouteRule {
    /// N1: an address of the sender itself is delivered on the sender.
    OwnAddress,
    /// N2: the one other machine that carries the address.
    OnlyHost,
    /// N3: several other machines carry it; undetermined.
    DuplicateAddress,
    /// N4: no machine carries it.
    NoHost,
}

impl RouteRule {
    /// Every rule, in id order.
    pub const ALL: [Self; 4] = [Self::OwnAddress, Self::OnlyHost, Self::DuplicateAddress, Self::NoHost];

    /// The short id, e.g. `N1`.
    pub const fn rule_id(self) -> &'static str {
        match self {
            Self::OwnAddress => "N1",
            Self::OnlyHost => "N2",
            Self::DuplicateAddress => "N3",
            Self::NoHost => "N4",
        }
    }

    /// The rule's name in kebab case.
    pub const fn slug(self) -> &'static str {
        match self {
            Self::OwnAddress => "own-address",
            Self::OnlyHost => "only-host",
            Self::DuplicateAddress => "duplicate-address",
            Self::NoHost => "no-host",
        }
    }

    /// What the rule rests on.
    pub const fn evidence(self) -> Evidence {
        match self {
            // A reported incident on Windows Server 2012 (two servers sharing a link-local
            // address; the connection looped back), and the strong/weak host model article.
            Self::OwnAddress => Evidence::Observed,
            // The model's one-link network: no route, firewall or conflict detection modelled.
            Self::OnlyHost | Self::DuplicateAddress | Self::NoHost => Evidence::Extrapolated,
        }
    }

    /// The public source the rule rests on.
    pub const fn cites(self) -> Source {
        match self {
            Self::OwnAddress => Source::MsHostModel,
            Self::OnlyHost | Self::NoHost => Source::Rfc1122,
            Self::DuplicateAddress => Source::Rfc5227,
        }
    }

    /// Where the rule comes from, as a citation a reader can follow, with its anchor on
    /// `docs/sources.md` (as [`Reason::source`](crate::Reason::source) gives a bind rule's).
    ///
    /// ```
    /// use winsock_bind::rules::route::RouteRule;
    /// assert!(RouteRule::OwnAddress.source().ends_with("(docs/sources.md#ms-host-model)"));
    /// ```
    pub const fn source(self) -> &'static str {
        match self {
            Self::OwnAddress => {
                "Microsoft Learn, Strong and Weak Host Models (a host's own addresses are reached without leaving it), and a reported incident of two servers sharing a link-local address (docs/sources.md#ms-host-model)"
            }
            Self::OnlyHost => "RFC 1122, Requirements for Internet Hosts (the link layer, ARP) (docs/sources.md#rfc-1122)",
            Self::DuplicateAddress => "RFC 5227, IPv4 Address Conflict Detection (docs/sources.md#rfc-5227)",
            Self::NoHost => "RFC 1122, Requirements for Internet Hosts (no host answers) (docs/sources.md#rfc-1122)",
        }
    }

    /// The rule in one sentence.
    pub const fn sentence(self) -> &'static str {
        match self {
            Self::OwnAddress => {
                "the destination is one of the sender's own addresses, so it is delivered on the sender itself, whatever other host also has it"
            }
            Self::OnlyHost => "the destination is an address of exactly one other host",
            Self::DuplicateAddress => {
                "several hosts other than the sender have the destination address (a duplicate address): whichever answers ARP receives, undetermined"
            }
            Self::NoHost => "no host has the destination address, so nothing answers (WSAEHOSTUNREACH)",
        }
    }
}

impl fmt::Display for RouteRule {
    /// `N1 own-address`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.rule_id(), self.slug())
    }
}

/// The answer of [`route`]: the target and the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    /// Where it goes.
    pub target: Target,
    /// Why.
    pub rule: RouteRule,
}

impl Route {
    /// What the answer rests on: its rule's evidence.
    pub fn evidence(&self) -> Evidence {
        self.rule.evidence()
    }

    /// The machine the model continues on: the target, or for an undetermined one the first
    /// candidate (the simulation has to go on somewhere; the answer still says undetermined).
    pub fn chosen(&self) -> Option<usize> {
        match &self.target {
            Target::Local(h) | Target::Remote(h) => Some(*h),
            Target::Undetermined(v) => v.first().copied(),
            Target::Unreachable => None,
        }
    }
}

/// Routes a destination: `from` is the sending machine (`None`: a peer outside every machine),
/// `hosts` the addresses of every machine, in the network's order. IPv4-mapped destinations
/// must be given as their IPv4 address.
///
/// ```
/// use std::collections::BTreeSet;
/// use winsock_bind::rules::route::{route, RouteRule, Target};
///
/// let shared = "169.254.95.120".parse().unwrap();
/// let srv1 = BTreeSet::from(["192.0.2.1".parse().unwrap(), shared]);
/// let srv2 = BTreeSet::from(["203.0.113.2".parse().unwrap(), shared]);
/// let r = route(Some(0), shared, &[&srv1, &srv2]);
/// assert_eq!((r.target, r.rule), (Target::Local(0), RouteRule::OwnAddress));
/// let r = route(None, shared, &[&srv1, &srv2]);
/// assert_eq!((r.target, r.rule), (Target::Undetermined(vec![0, 1]), RouteRule::DuplicateAddress));
/// ```
pub fn route(from: Option<usize>, to: IpAddr, hosts: &[&BTreeSet<IpAddr>]) -> Route {
    // N1 comes first: the sender's own address never leaves it.
    if let Some(me) = from {
        if hosts.get(me).is_some_and(|a| a.contains(&to)) {
            return Route { target: Target::Local(me), rule: RouteRule::OwnAddress };
        }
    }
    // Loopback addresses are every machine's own; another machine's loopback is never reached.
    let others: Vec<usize> = if to.is_loopback() {
        Vec::new()
    } else {
        hosts.iter().enumerate().filter(|(i, a)| Some(*i) != from && a.contains(&to)).map(|(i, _)| i).collect()
    };
    match others.as_slice() {
        [] => Route { target: Target::Unreachable, rule: RouteRule::NoHost },
        [one] => Route { target: Target::Remote(*one), rule: RouteRule::OnlyHost },
        [_, _, ..] => Route { target: Target::Undetermined(others), rule: RouteRule::DuplicateAddress },
    }
}

/// The source address a machine with `addresses` uses to reach `to` on another machine: an
/// address of the same family, not loopback, sharing the longest prefix with `to` (RFC 6724,
/// rule 8); among equals, the smallest. `None` when the machine has no such address.
///
/// ```
/// use std::collections::BTreeSet;
/// use winsock_bind::rules::route::source_address;
/// let lb = BTreeSet::from(["192.0.2.100".parse().unwrap(), "198.51.100.10".parse().unwrap()]);
/// assert_eq!(source_address(&lb, "198.51.100.21".parse().unwrap()), Some("198.51.100.10".parse().unwrap()));
/// ```
pub fn source_address(addresses: &BTreeSet<IpAddr>, to: IpAddr) -> Option<IpAddr> {
    let mut best: Option<(u32, IpAddr)> = None;
    for &a in addresses {
        if a.is_loopback() || a.is_ipv4() != to.is_ipv4() {
            continue;
        }
        let common = common_prefix(a, to);
        if best.is_none_or(|(n, _)| common > n) {
            best = Some((common, a));
        }
    }
    best.map(|(_, a)| a)
}

/// The number of leading bits two addresses of one family share.
fn common_prefix(a: IpAddr, b: IpAddr) -> u32 {
    match (a, b) {
        (IpAddr::V4(a), IpAddr::V4(b)) => (u32::from(a) ^ u32::from(b)).leading_zeros(),
        (IpAddr::V6(a), IpAddr::V6(b)) => (u128::from(a) ^ u128::from(b)).leading_zeros(),
        (IpAddr::V4(_), IpAddr::V6(_)) | (IpAddr::V6(_), IpAddr::V4(_)) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(v: &[&str]) -> BTreeSet<IpAddr> {
        v.iter().map(|s| s.parse().expect("an address")).collect()
    }

    #[test]
    fn routing_cases() {
        let a = set(&["127.0.0.1", "10.0.0.1", "169.254.1.1"]);
        let b = set(&["127.0.0.1", "10.0.0.2", "169.254.1.1"]);
        let c = set(&["127.0.0.1", "10.0.0.3", "169.254.1.1"]);
        let hosts = [&a, &b, &c];
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        let cases: &[(Option<usize>, &str, Target, RouteRule)] = &[
            (Some(0), "169.254.1.1", Target::Local(0), RouteRule::OwnAddress),
            (Some(0), "127.0.0.1", Target::Local(0), RouteRule::OwnAddress),
            (Some(0), "10.0.0.2", Target::Remote(1), RouteRule::OnlyHost),
            (Some(2), "10.0.0.1", Target::Remote(0), RouteRule::OnlyHost),
            (None, "10.0.0.3", Target::Remote(2), RouteRule::OnlyHost),
            (None, "169.254.1.1", Target::Undetermined(vec![0, 1, 2]), RouteRule::DuplicateAddress),
            (None, "127.0.0.1", Target::Unreachable, RouteRule::NoHost),
            (Some(1), "10.9.9.9", Target::Unreachable, RouteRule::NoHost),
        ];
        for (from, to, target, rule) in cases {
            let r = route(*from, ip(to), &hosts);
            assert_eq!((&r.target, r.rule), (target, *rule), "{from:?} -> {to}");
        }
    }

    #[test]
    fn source_address_prefers_the_longest_prefix_and_never_loopback() {
        let lb = set(&["127.0.0.1", "::1", "192.0.2.100", "198.51.100.10", "198.51.100.200"]);
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        assert_eq!(source_address(&lb, ip("198.51.100.21")), Some(ip("198.51.100.10")));
        assert_eq!(source_address(&lb, ip("192.0.2.7")), Some(ip("192.0.2.100")));
        assert_eq!(source_address(&lb, ip("2001:db8::1")), None);
        assert_eq!(source_address(&set(&["127.0.0.1"]), ip("10.0.0.1")), None);
    }
}
