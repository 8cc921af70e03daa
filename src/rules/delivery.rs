//! Who receives an incoming TCP connection or UDP datagram: pure, like the bind rules.
//!
//! Sources (docs/sources.md: `ms-reuseaddr`, `runtime-tests`):
//! - R1: a socket reaches a destination if its address covers it; IPv4-mapped bindings receive
//!   only IPv4; a dual-stack `[::]` receives IPv4 too, a V6ONLY one does not.
//! - R2: with enhanced security, a socket on a specific address beats one on the wildcard,
//!   whichever bound first, and this needs no options (observed; and "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Application
//!   Strategies: without the exclusive flag "some other process would receive the traffic from
//!   the explicit interface", and Table 3's note: the wildcard gets "any local interface except"
//!   the specific one). We also rank a native IPv4 wildcard above a dual-stack `[::]` for IPv4
//!   traffic (our reading: the dual-stack half is the weaker binding, as rule D3 lets the two
//!   coexist). Before enhanced security two overlapping sockets coexist only through an
//!   SO_REUSEADDR hijack, and then "the behavior is undetermined as to which socket will receive
//!   packets" ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", after Table 2): no ranking, R4.
//! - R3: among TCP listeners on the identical address, the one listening longest gets new
//!   connections (observed); the documents call it undetermined (R4).
//! - R4: among SO_REUSEADDR sharers the receiver is undetermined ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"); for UDP unicast
//!   no public evidence says more, so it stays undetermined under both behaviours.
//! - R5: multicast: every member of the group on the port gets each datagram ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
//! - R6: nobody reaches the destination: a connection is refused, a datagram dropped.

use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

use crate::endpoint::{Family, LocalAddr};
use crate::era::{Behaviour, Era, Ipv6};
use crate::evidence::Evidence;
use crate::id::SocketId;
use crate::rules::Binding;

/// A socket that could receive: its binding and when it started listening (TCP) or bound (UDP).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receiver {
    /// The socket's binding.
    pub binding: Binding,
    /// A logical time: smaller is older.
    pub since: u64,
}

/// Who gets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "sockets")]
pub enum Receivers {
    /// Exactly this socket.
    One(SocketId),
    /// One of these, the documents do not say which.
    Undetermined(Vec<SocketId>),
    /// Every one of these (multicast).
    Every(Vec<SocketId>),
    /// Nobody: refused or dropped.
    Nobody,
}

/// The delivery rule that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DeliveryRule {
    /// R1: one socket reaches the destination.
    OnlyCandidate,
    /// R2: a more specific binding beats a wildcard.
    MostSpecific,
    /// R3: the listener that has listened longest (observed).
    ListeningLongest,
    /// R4: several sharers; undetermined.
    Undetermined,
    /// R5: every multicast member.
    Multicast,
    /// R6: nobody.
    Nobody,
}

impl DeliveryRule {
    /// The rule's short id.
    pub fn rule_id(self) -> &'static str {
        match self {
            Self::OnlyCandidate => "R1",
            Self::MostSpecific => "R2",
            Self::ListeningLongest => "R3",
            Self::Undetermined => "R4",
            Self::Multicast => "R5",
            Self::Nobody => "R6",
        }
    }

    /// What the rule rests on.
    pub fn evidence(self) -> Evidence {
        match self {
            // Documented: "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE" (undetermined receiver,
            // multicast exception); R1, R2 and R6 follow from what binding an address means.
            Self::OnlyCandidate | Self::MostSpecific | Self::Undetermined | Self::Multicast | Self::Nobody => {
                Evidence::Documented
            }
            // Observed on current Windows by runtime test suites.
            Self::ListeningLongest => Evidence::Observed,
        }
    }
}

/// The answer: receivers, the rule, and the other behaviour's receivers where they differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// Who receives.
    pub receivers: Receivers,
    /// Why.
    pub rule: DeliveryRule,
    /// The other behaviour's answer, where documents and current Windows differ.
    pub alternative: Option<(Behaviour, Receivers)>,
}

impl Delivery {
    /// The one socket that receives, if exactly one does.
    pub fn one(&self) -> Option<SocketId> {
        match &self.receivers {
            Receivers::One(s) => Some(*s),
            Receivers::Undetermined(_) | Receivers::Every(_) | Receivers::Nobody => None,
        }
    }
}

impl fmt::Display for Receivers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[SocketId]| v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        match self {
            Self::One(s) => write!(f, "{s}"),
            Self::Undetermined(v) => write!(f, "one of {} (undetermined)", list(v)),
            Self::Every(v) => write!(f, "every one of {}", list(v)),
            Self::Nobody => f.write_str("nobody"),
        }
    }
}

impl DeliveryRule {
    /// The rule in one sentence.
    pub fn sentence(self) -> &'static str {
        match self {
            Self::OnlyCandidate => "the only socket that reaches that address",
            Self::MostSpecific => "a specific binding beats a wildcard",
            Self::ListeningLongest => "the listener listening longest gets new connections (observed)",
            Self::Undetermined => "sockets sharing an address: which one receives is undetermined",
            Self::Multicast => "every member of the multicast group receives",
            Self::Nobody => "no socket reaches that address",
        }
    }
}

impl fmt::Display for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} by rule {}: {}", self.receivers, self.rule.rule_id(), self.rule.sentence())?;
        if let Some((b, r)) = &self.alternative {
            write!(f, " [{b} answer: {r}]")?;
        }
        Ok(())
    }
}

/// How closely a binding matches a destination; smaller is more specific.
fn tier(era: Era, b: &Binding, dest: SocketAddr) -> Option<u8> {
    if b.endpoint.port != dest.port() {
        return None;
    }
    let dest_ip = match dest.ip() {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 @ IpAddr::V4(_) => v4,
    };
    let dest_family = if dest_ip.is_ipv4() { Family::V4 } else { Family::V6 };
    let (stack, addr) = b.endpoint.addr.stack();
    let dual = era.profile().ipv6 == Ipv6::DualStack && !b.v6only && b.endpoint.addr == LocalAddr::Wildcard(Family::V6);
    match (stack == dest_family, addr) {
        (true, Some(a)) if a == dest_ip => Some(0),
        (true, None) => Some(1),
        (false, None) if dual && dest_family == Family::V4 => Some(2),
        (true | false, Some(_) | None) => None,
    }
}

/// The receivers of a TCP connection to `dest` among listening sockets (in listen order).
pub fn connection(era: Era, behaviour: Behaviour, dest: SocketAddr, listeners: &[Receiver]) -> Delivery {
    let (best, outranked) = best(era, dest, listeners);
    match best.as_slice() {
        [] => Delivery { receivers: Receivers::Nobody, rule: DeliveryRule::Nobody, alternative: None },
        [one] => Delivery {
            receivers: Receivers::One(one.binding.socket),
            rule: if outranked { DeliveryRule::MostSpecific } else { DeliveryRule::OnlyCandidate },
            alternative: None,
        },
        several => {
            let oldest = several.iter().min_by_key(|r| r.since).expect("several is not empty").binding.socket;
            let all = Receivers::Undetermined(several.iter().map(|r| r.binding.socket).collect());
            match behaviour {
                Behaviour::Observed => Delivery {
                    receivers: Receivers::One(oldest),
                    rule: DeliveryRule::ListeningLongest,
                    alternative: Some((Behaviour::Documented, all)),
                },
                Behaviour::Documented => Delivery {
                    receivers: all,
                    rule: DeliveryRule::Undetermined,
                    alternative: Some((Behaviour::Observed, Receivers::One(oldest))),
                },
            }
        }
    }
}

/// The receivers of a UDP datagram to `dest`. `members` are the sockets on the port that joined
/// `dest` as a multicast group.
pub fn datagram(era: Era, dest: SocketAddr, bound: &[Receiver], members: &[SocketId]) -> Delivery {
    if dest.ip().is_multicast() {
        let receivers = if members.is_empty() { Receivers::Nobody } else { Receivers::Every(members.to_vec()) };
        let rule = if members.is_empty() { DeliveryRule::Nobody } else { DeliveryRule::Multicast };
        return Delivery { receivers, rule, alternative: None };
    }
    let (best, outranked) = best(era, dest, bound);
    let (receivers, rule) = match best.as_slice() {
        [] => (Receivers::Nobody, DeliveryRule::Nobody),
        [one] => (
            Receivers::One(one.binding.socket),
            if outranked { DeliveryRule::MostSpecific } else { DeliveryRule::OnlyCandidate },
        ),
        several => {
            (Receivers::Undetermined(several.iter().map(|r| r.binding.socket).collect()), DeliveryRule::Undetermined)
        }
    };
    Delivery { receivers, rule, alternative: None }
}

/// The most specific candidates (all of them before enhanced security), and whether less
/// specific ones were passed over.
fn best(era: Era, dest: SocketAddr, candidates: &[Receiver]) -> (Vec<Receiver>, bool) {
    let ranked = era.profile().enhanced_security;
    let tiers: Vec<(u8, Receiver)> = candidates
        .iter()
        .filter_map(|r| tier(era, &r.binding, dest).map(|t| (if ranked { t } else { 0 }, *r)))
        .collect();
    let Some(top) = tiers.iter().map(|(t, _)| *t).min() else {
        return (Vec::new(), false);
    };
    let outranked = tiers.iter().any(|(t, _)| *t != top);
    (tiers.into_iter().filter(|(t, _)| *t == top).map(|(_, r)| r).collect(), outranked)
}
