//! Who receives an incoming TCP connection or UDP datagram: pure, like the bind rules.
//!
//! Sources: Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"
//! (<https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>),
//! "IPPROTO_IP socket options" (IP_ADD_MEMBERSHIP joins a group "on the specified interface"),
//! and runtime test suites that pass on current Windows.
//! - R1: a socket reaches a destination if its address covers it; IPv4-mapped bindings receive
//!   only IPv4; a dual-stack `[::]` receives IPv4 too, a V6ONLY one does not.
//! - R2: with enhanced security, a socket on a specific address beats one on the wildcard,
//!   whichever bound first, and this needs no options (observed; and "Application Strategies" on
//!   the page above: without the exclusive flag "some other process would receive the traffic
//!   from the explicit interface"). We also rank a native IPv4 wildcard above a dual-stack `[::]`
//!   for IPv4 traffic (our reading: the dual-stack half is the weaker binding). Before enhanced
//!   security two overlapping sockets coexist only through an SO_REUSEADDR hijack, and then "the
//!   behavior is undetermined as to which socket will receive packets": no ranking, R4.
//! - R3: among TCP listeners on the identical address, the one listening longest gets new
//!   connections (observed from Windows 7 on); the documents call it undetermined (R4).
//! - R4: among SO_REUSEADDR sharers the receiver is undetermined (documented); for UDP unicast
//!   no public evidence says more, so it stays undetermined under both behaviours.
//! - R5: multicast: every member of the group receives, where a member is a socket that joined
//!   the group on the interface the datagram arrives on and whose bound address covers that
//!   interface's address (a socket bound to `10.0.0.1` does not hear a group it joined on
//!   another interface).
//! - R6: nobody reaches the destination: a connection is refused, a datagram dropped.
//! - R7: the destination is not an address of this host: no socket here reaches it, whatever
//!   is bound to its port.
//!
//! [`Sharing`] says, for an era and behaviour, what R3/R4 answer among sharers; the bind rule
//! E6 ("both set SO_REUSEADDR") quotes it, so the bind answer and the delivery answer cannot
//! disagree.

use std::collections::BTreeSet;
use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::ser::SerializeStruct;
use serde::Serialize;

use super::lifetime::effective;
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

/// One multicast membership: `socket` joined `group` on the local interface whose address is
/// `iface` (`IP_ADD_MEMBERSHIP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// The socket that joined.
    pub socket: SocketId,
    /// The group.
    pub group: IpAddr,
    /// The local interface, by its address.
    pub iface: IpAddr,
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
    /// R7: the destination is not an address of this host.
    NotLocal,
    /// R8: a UDP socket connected to the sender meets other sockets that reach the address, and
    /// one binding is more specific (extrapolated): ranked by its binding like any other.
    PeerAmongSharers,
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
            Self::NotLocal => "R7",
            Self::PeerAmongSharers => "R8",
        }
    }

    /// What the rule rests on.
    pub fn evidence(self) -> Evidence {
        match self {
            // Documented: "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE" (undetermined receiver,
            // multicast exception), "IPPROTO_IP socket options" (a membership is on an
            // interface); R1, R2, R6 and R7 follow from what binding a local address means.
            Self::OnlyCandidate
            | Self::MostSpecific
            | Self::Undetermined
            | Self::Multicast
            | Self::Nobody
            | Self::NotLocal => Evidence::Documented,
            // Observed on current Windows by runtime test suites.
            Self::ListeningLongest => Evidence::Observed,
            // Microsoft Learn's connect page documents only that a connected datagram socket
            // discards other senders' datagrams, not how it ranks among sockets sharing a port.
            Self::PeerAmongSharers => Evidence::Extrapolated,
        }
    }
}

/// The answer: receivers, the rule, and the other behaviour's receivers where they differ.
///
/// Serialised with the rule's [`Evidence`] as an `evidence` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// Who receives.
    pub receivers: Receivers,
    /// Why.
    pub rule: DeliveryRule,
    /// The other behaviour's answer, where documents and current Windows differ (only in eras
    /// where observations exist: Windows 7 on).
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

    /// What the answer rests on: its rule's evidence.
    pub fn evidence(&self) -> Evidence {
        self.rule.evidence()
    }

    fn nobody(rule: DeliveryRule) -> Self {
        Self { receivers: Receivers::Nobody, rule, alternative: None }
    }
}

impl Serialize for Delivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Delivery", 4)?;
        st.serialize_field("receivers", &self.receivers)?;
        st.serialize_field("rule", &self.rule)?;
        st.serialize_field("evidence", &self.evidence())?;
        st.serialize_field("alternative", &self.alternative)?;
        st.end()
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
            Self::Multicast => {
                "every socket that joined the group on the interface it arrives on, and whose bound address covers that interface, receives"
            }
            Self::Nobody => "no socket reaches that address",
            Self::NotLocal => "that address is not one of this host's, so no socket here receives it",
            Self::PeerAmongSharers => {
                "a socket connected to the sender meets others on the address: the model ranks it by its binding like any other, which no source confirms for Windows"
            }
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

/// Who receives among sockets that share one address (both set SO_REUSEADDR), by protocol: the
/// rule [`connection`] and [`datagram`] apply to them in an era under a behaviour.
///
/// The bind rule E6 quotes it, so that what a bind answer says about the receiver is what
/// delivery then answers.
///
/// ```
/// use winsock_bind::rules::delivery::{DeliveryRule, Sharing};
/// use winsock_bind::{Behaviour, Era};
/// let win11 = Sharing::of(Era::Win11, Behaviour::Observed);
/// assert_eq!((win11.tcp, win11.udp), (DeliveryRule::ListeningLongest, DeliveryRule::Undetermined));
/// // No observation exists for Windows Server 2003: the documents' answer only.
/// assert_eq!(Sharing::of(Era::Server2003, Behaviour::Observed).tcp, DeliveryRule::Undetermined);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sharing {
    /// Who gets a new TCP connection.
    pub tcp: DeliveryRule,
    /// Who gets a UDP datagram.
    pub udp: DeliveryRule,
}

impl Sharing {
    /// The rules among sharers in `era` under `behaviour`. The observed answer (R3) exists only
    /// where observations exist, Windows 7 on.
    pub fn of(era: Era, behaviour: Behaviour) -> Self {
        let tcp = match effective(era, behaviour) {
            Behaviour::Observed => DeliveryRule::ListeningLongest,
            Behaviour::Documented => DeliveryRule::Undetermined,
        };
        Self { tcp, udp: DeliveryRule::Undetermined }
    }

    /// The rule among sharers for one protocol.
    pub fn of_proto(self, proto: crate::endpoint::Proto) -> DeliveryRule {
        match proto {
            crate::endpoint::Proto::Tcp => self.tcp,
            crate::endpoint::Proto::Udp => self.udp,
        }
    }

    /// What the rule says for one protocol, as a clause: for UDP, "which one receives is
    /// undetermined (rule R4)".
    ///
    /// ```
    /// use winsock_bind::rules::delivery::Sharing;
    /// use winsock_bind::{Behaviour, Era, Proto};
    /// let win11 = Sharing::of(Era::Win11, Behaviour::Observed);
    /// assert_eq!(win11.clause_for(Proto::Udp), "which one receives is undetermined (rule R4)");
    /// assert!(win11.clause_for(Proto::Tcp).contains("rule R3, observed"));
    /// ```
    pub fn clause_for(self, proto: crate::endpoint::Proto) -> String {
        says(self.of_proto(proto))
    }

    /// What the rules say, as a clause: "which one receives is undetermined (rule R4)".
    pub fn clause(self) -> String {
        if self.tcp == self.udp {
            says(self.tcp)
        } else {
            format!("for new TCP connections {}; for UDP datagrams {}", says(self.tcp), says(self.udp))
        }
    }
}

/// One sharing rule as a clause.
fn says(r: DeliveryRule) -> String {
    match r {
        DeliveryRule::ListeningLongest => "the listener listening longest gets them (rule R3, observed)".to_owned(),
        DeliveryRule::Undetermined => "which one receives is undetermined (rule R4)".to_owned(),
        DeliveryRule::OnlyCandidate
        | DeliveryRule::MostSpecific
        | DeliveryRule::Multicast
        | DeliveryRule::Nobody
        | DeliveryRule::NotLocal
        | DeliveryRule::PeerAmongSharers => format!("{} (rule {})", r.sentence(), r.rule_id()),
    }
}

impl fmt::Display for Sharing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.clause())
    }
}

/// The other behaviour.
fn other(behaviour: Behaviour) -> Behaviour {
    match behaviour {
        Behaviour::Documented => Behaviour::Observed,
        Behaviour::Observed => Behaviour::Documented,
    }
}

/// Whether a UDP socket connected to `peer` (`None`: not connected) receives a datagram from
/// `sender` (`None`: a sender the model does not name, which no connected socket hears).
///
/// A connected datagram socket receives only from its peer, on both systems. Windows:
/// "Any datagrams received from an address other than the destination address specified will
/// be discarded" (Microsoft Learn, connect function, documented). Linux: connect(2) makes the
/// peer "the only address from which datagrams are received" (and the kernel's `compute_score`
/// in `net/ipv4/udp.c` gives any other sender -1). The address and the port must both match;
/// an IPv4-mapped address is its IPv4 address.
///
/// ```
/// use winsock_bind::rules::delivery::hears;
/// let peer = Some("127.0.0.1:6000".parse().unwrap());
/// assert!(hears(peer, Some("[::ffff:127.0.0.1]:6000".parse().unwrap())));
/// assert!(!hears(peer, Some("127.0.0.1:6001".parse().unwrap())));
/// assert!(!hears(peer, None) && hears(None, None));
/// ```
pub fn hears(peer: Option<SocketAddr>, sender: Option<SocketAddr>) -> bool {
    match (peer, sender) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(p), Some(s)) => p.port() == s.port() && canonical(p.ip()) == canonical(s.ip()),
    }
}

/// `ip` as the host stores its addresses: IPv4-mapped IPv6 stands for its IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// Whether a socket `connected` names (a UDP socket connected to the sender) reaches the
/// unicast `dest` together with at least one other socket of `bound`. Where the answer then
/// ranks them (R2, a specific binding beats a wildcard), it rests on rule R8 instead: the
/// connect page (Microsoft Learn, connect function) documents only that a connected datagram
/// socket discards other senders' datagrams, not how Windows ranks it among sockets sharing the
/// port, so the ranking is the model's reading and says `extrapolated`. Alone on the address it
/// is the only candidate (R1); among equals the receiver stays undetermined (R4); both
/// documented.
///
/// ```
/// use winsock_bind::rules::delivery::{connected_meets_others, Receiver};
/// use winsock_bind::rules::Binding;
/// use winsock_bind::{Era, ReuseMode, SocketId, UserId};
/// let b = |id, ep: &str| Receiver {
///     binding: Binding::new(SocketId(id), UserId(1), ep.parse().unwrap(), ReuseMode::ReuseAddr, true),
///     since: u64::from(id),
/// };
/// let bound = [b(1, "0.0.0.0:5000"), b(2, "127.0.0.1:5000"), b(3, "10.0.0.1:5000")];
/// let connected = |s: SocketId| s == SocketId(1);
/// assert!(connected_meets_others(Era::Win11, "127.0.0.1:5000".parse().unwrap(), &bound, connected));
/// // At 10.0.0.2 only the connected wildcard socket reaches: nothing to rank.
/// assert!(!connected_meets_others(Era::Win11, "10.0.0.2:5000".parse().unwrap(), &bound, connected));
/// ```
pub fn connected_meets_others(
    era: Era,
    dest: SocketAddr,
    bound: &[Receiver],
    connected: impl Fn(SocketId) -> bool,
) -> bool {
    if dest.ip().is_multicast() {
        return false;
    }
    let reaching: Vec<SocketId> =
        bound.iter().filter(|r| tier(era, &r.binding, dest).is_some()).map(|r| r.binding.socket).collect();
    reaching.len() > 1 && reaching.iter().any(|&s| connected(s))
}

/// How closely a binding matches a destination; smaller is more specific.
fn tier(era: Era, b: &Binding, dest: SocketAddr) -> Option<u8> {
    if b.endpoint.port != dest.port() {
        return None;
    }
    let dest_ip = canonical(dest.ip());
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

/// The receivers of a TCP connection to `dest` among listening sockets (in listen order), on a
/// host whose addresses are `addresses` (IPv4-mapped addresses stored as IPv4).
///
/// ```
/// use std::collections::BTreeSet;
/// use winsock_bind::rules::delivery::{connection, DeliveryRule, Receiver, Receivers};
/// use winsock_bind::rules::Binding;
/// use winsock_bind::{Behaviour, Era, ReuseMode, SocketId, UserId};
/// let any = Binding::new(SocketId(1), UserId(1), "0.0.0.0:80".parse().unwrap(), ReuseMode::Default, true);
/// let listeners = [Receiver { binding: any, since: 1 }];
/// let host: BTreeSet<_> = ["10.0.0.1".parse().unwrap()].into();
/// let mine = connection(Era::Win11, Behaviour::Observed, "10.0.0.1:80".parse().unwrap(), &host, &listeners);
/// assert_eq!(mine.receivers, Receivers::One(SocketId(1)));
/// // 10.0.0.9 belongs to another machine: the wildcard listener does not get it.
/// let not_mine = connection(Era::Win11, Behaviour::Observed, "10.0.0.9:80".parse().unwrap(), &host, &listeners);
/// assert_eq!((not_mine.receivers, not_mine.rule), (Receivers::Nobody, DeliveryRule::NotLocal));
/// ```
pub fn connection(
    era: Era,
    behaviour: Behaviour,
    dest: SocketAddr,
    addresses: &BTreeSet<IpAddr>,
    listeners: &[Receiver],
) -> Delivery {
    if !addresses.contains(&canonical(dest.ip())) {
        return Delivery::nobody(DeliveryRule::NotLocal);
    }
    let (best, outranked) = best(era, dest, listeners);
    match best.as_slice() {
        [] => Delivery::nobody(DeliveryRule::Nobody),
        [one] => Delivery {
            receivers: Receivers::One(one.binding.socket),
            rule: if outranked { DeliveryRule::MostSpecific } else { DeliveryRule::OnlyCandidate },
            alternative: None,
        },
        several => {
            let among = |b: Behaviour| -> (DeliveryRule, Receivers) {
                let rule = Sharing::of(era, b).tcp;
                if rule == DeliveryRule::ListeningLongest {
                    let oldest = several.iter().min_by_key(|r| r.since).expect("several is not empty");
                    (rule, Receivers::One(oldest.binding.socket))
                } else {
                    (rule, Receivers::Undetermined(several.iter().map(|r| r.binding.socket).collect()))
                }
            };
            let (rule, receivers) = among(behaviour);
            let (_, theirs) = among(other(behaviour));
            let alternative = (theirs != receivers).then_some((other(behaviour), theirs));
            Delivery { receivers, rule, alternative }
        }
    }
}

/// The receivers of a UDP datagram to `dest` on a host whose addresses are `addresses`.
///
/// `bound` are the open UDP sockets on the port (in bind order); `members` the multicast
/// memberships of any socket. A datagram to a multicast group arrives on the interface `via`
/// (by its local address) or, when `via` is `None`, on every interface where a socket joined the
/// group: the model does not know which links a sender reaches. It reaches every socket that
/// joined the group on an interface it arrives on and whose bound address covers that
/// interface's address (rule R5).
///
/// ```
/// use std::collections::BTreeSet;
/// use winsock_bind::rules::delivery::{datagram, Membership, Receiver, Receivers};
/// use winsock_bind::rules::Binding;
/// use winsock_bind::{Era, ReuseMode, SocketId, UserId};
/// let b = |id, ep: &str| Receiver {
///     binding: Binding::new(SocketId(id), UserId(1), ep.parse().unwrap(), ReuseMode::ReuseAddr, true),
///     since: u64::from(id),
/// };
/// let bound = [b(1, "0.0.0.0:5000"), b(2, "10.0.0.1:5000")];
/// let group = "239.1.2.3".parse().unwrap();
/// let on = |socket, iface: &str| Membership { socket: SocketId(socket), group, iface: iface.parse().unwrap() };
/// // Both joined on 10.0.0.2: socket 2, bound to 10.0.0.1, does not hear that interface.
/// let members = [on(1, "10.0.0.2"), on(2, "10.0.0.2")];
/// let host: BTreeSet<_> = ["10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap()].into();
/// let d = datagram(Era::Win11, "239.1.2.3:5000".parse().unwrap(), None, &host, &bound, &members);
/// assert_eq!(d.receivers, Receivers::Every(vec![SocketId(1)]));
/// ```
pub fn datagram(
    era: Era,
    dest: SocketAddr,
    via: Option<IpAddr>,
    addresses: &BTreeSet<IpAddr>,
    bound: &[Receiver],
    members: &[Membership],
) -> Delivery {
    if dest.ip().is_multicast() {
        let group = canonical(dest.ip());
        let joined = |m: &&Membership| canonical(m.group) == group && m.iface.is_ipv4() == group.is_ipv4();
        let arrives_on: BTreeSet<IpAddr> = match via {
            Some(iface) => BTreeSet::from([canonical(iface)]),
            None => members.iter().filter(joined).map(|m| canonical(m.iface)).collect(),
        };
        let receivers: Vec<SocketId> = bound
            .iter()
            .filter(|r| {
                members.iter().filter(joined).any(|m| {
                    m.socket == r.binding.socket
                        && arrives_on.contains(&canonical(m.iface))
                        && tier(era, &r.binding, SocketAddr::new(m.iface, dest.port())).is_some()
                })
            })
            .map(|r| r.binding.socket)
            .collect();
        if receivers.is_empty() {
            return Delivery::nobody(DeliveryRule::Nobody);
        }
        return Delivery { receivers: Receivers::Every(receivers), rule: DeliveryRule::Multicast, alternative: None };
    }
    if !addresses.contains(&canonical(dest.ip())) {
        return Delivery::nobody(DeliveryRule::NotLocal);
    }
    let (best, outranked) = best(era, dest, bound);
    let (receivers, rule) = match best.as_slice() {
        [] => (Receivers::Nobody, DeliveryRule::Nobody),
        [one] => (
            Receivers::One(one.binding.socket),
            if outranked { DeliveryRule::MostSpecific } else { DeliveryRule::OnlyCandidate },
        ),
        // R4 under both behaviours: UDP has no observed answer (`Sharing::udp`).
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
