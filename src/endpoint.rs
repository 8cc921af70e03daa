//! Addresses, ports and how two endpoints on one port overlap.
//!
//! [`Endpoint::overlap`] is the only place that understands wildcards and IPv4-mapped IPv6
//! addresses. Dual-stack sockets (whose IPv4 half depends on a socket option, not the address)
//! are handled by the rules, in `rules::dual_stack`.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV6};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::InputError;

/// An address family: which kind of socket, and which IP stack an address belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// IPv4 (`AF_INET`).
    V4,
    /// IPv6 (`AF_INET6`).
    V6,
}

/// A transport protocol. TCP and UDP ports are separate spaces: a binding on one never affects
/// the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Proto {
    /// TCP (`SOCK_STREAM`).
    Tcp,
    /// UDP (`SOCK_DGRAM`).
    Udp,
}

macro_rules! word_enum {
    ($ty:ident, $what:literal, $($variant:ident => [$($word:literal),+]),+ $(,)?) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(match self { $(Self::$variant => [$($word),+][0],)+ })
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = $crate::InputError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let lower = s.trim().to_ascii_lowercase();
                $( if [$($word),+].contains(&lower.as_str()) { return Ok(Self::$variant); } )+
                Err($crate::InputError::unknown($what, s, [$([$($word),+][0]),+].join(", ")))
            }
        }
    };
}
pub(crate) use word_enum;

word_enum!(Family, "family", V4 => ["v4", "ipv4", "inet"], V6 => ["v6", "ipv6", "inet6"]);
word_enum!(Proto, "protocol", Tcp => ["tcp"], Udp => ["udp"]);

/// The local address part of a binding: the wildcard of a family, or one specific address,
/// with its zone when it has one.
///
/// # Zones
///
/// A link-local IPv6 address such as `fe80::1` exists once per interface, and Windows tools
/// print which one after a `%`: `[fe80::1%12]:80` (the zone, or scope id, is the interface
/// index). `fe80::1%12` and `fe80::1%13` are two addresses: sockets on both never conflict.
///
/// An IPv6 address written without a zone (or with zone 0, which `sin6_scope_id` uses for "none")
/// leaves the interface to Windows, which a snapshot cannot show. The crate takes it to be the
/// same address as each of its zoned forms: `[fe80::1]:80` conflicts with `[fe80::1%12]:80` and
/// with `[fe80::1%13]:80`, so that a conflict on any interface is reported rather than missed.
/// Write the zone to ask about one interface.
///
/// ```
/// use winsock_bind::{Endpoint, Overlap};
/// let twelve: Endpoint = "[fe80::1%12]:80".parse().unwrap();
/// let thirteen: Endpoint = "[fe80::1%13]:80".parse().unwrap();
/// let any: Endpoint = "[fe80::1]:80".parse().unwrap();
/// assert_eq!(twelve.to_string(), "[fe80::1%12]:80");
/// assert_eq!(twelve.overlap(&thirteen), Overlap::Disjoint);
/// assert_eq!(any.overlap(&twelve), Overlap::Identical);
/// assert_eq!(any.overlap(&thirteen), Overlap::Identical);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocalAddr {
    /// `0.0.0.0` or `::`: every address of that family on the host.
    Wildcard(Family),
    /// One address; IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) stand for their IPv4 address.
    Specific(IpAddr),
    /// One IPv6 address on one interface: the address and its zone (never 0), `fe80::1%12`.
    Scoped(Ipv6Addr, u32),
}

impl LocalAddr {
    /// The address family of a socket that can bind this address (IPv6 for IPv4-mapped ones).
    pub fn family(self) -> Family {
        match self {
            Self::Wildcard(f) => f,
            Self::Specific(IpAddr::V4(_)) => Family::V4,
            Self::Specific(IpAddr::V6(_)) | Self::Scoped(..) => Family::V6,
        }
    }

    /// The zone of a [`LocalAddr::Scoped`] address; `None` for every other address.
    pub fn zone(self) -> Option<u32> {
        match self {
            Self::Scoped(_, zone) => Some(zone),
            Self::Wildcard(_) | Self::Specific(_) => None,
        }
    }

    /// The address with `zone` (0: none). A zone is kept only on a specific IPv6 address that is
    /// not IPv4-mapped; on any other address it is an error.
    ///
    /// # Errors
    /// A message saying why the address cannot have a zone.
    pub fn with_zone(self, zone: u32) -> Result<Self, &'static str> {
        match (self, zone) {
            (_, 0) => Ok(self),
            (Self::Specific(IpAddr::V6(v6)), _) if v6.to_ipv4_mapped().is_none() => Ok(Self::Scoped(v6, zone)),
            (Self::Wildcard(_) | Self::Specific(_), _) => Err("only a specific IPv6 address has a zone (`%N`)"),
            (Self::Scoped(v6, _), _) => Ok(Self::Scoped(v6, zone)),
        }
    }

    /// Whether this is a wildcard (including the IPv4-mapped wildcard `::ffff:0.0.0.0`).
    pub fn is_wildcard(self) -> bool {
        self.stack().1.is_none()
    }

    /// The IP address as a socket address would carry it.
    pub fn ip(self) -> IpAddr {
        match self {
            Self::Wildcard(Family::V4) => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            Self::Wildcard(Family::V6) => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            Self::Specific(ip) => ip,
            Self::Scoped(v6, _) => IpAddr::V6(v6),
        }
    }

    /// Which IP stack the address lives in and which address it is there (`None`: wildcard).
    ///
    /// Microsoft Learn, Dual-Stack Sockets, and Wine's `test_reuseaddr` (docs/sources.md): an IPv4-mapped address behaves as that IPv4
    /// address for conflicts, in both directions. A zone is not part of the answer: see
    /// [`Endpoint::overlap`].
    pub fn stack(self) -> (Family, Option<IpAddr>) {
        // Matched by reference, so that only the variant's own bytes are read.
        match &self {
            Self::Wildcard(f) => (*f, None),
            Self::Specific(IpAddr::V4(v4)) => (Family::V4, (!v4.is_unspecified()).then_some(IpAddr::V4(*v4))),
            Self::Specific(IpAddr::V6(v6)) | Self::Scoped(v6, _) => match v6.to_ipv4_mapped() {
                Some(v4) => (Family::V4, (!v4.is_unspecified()).then_some(IpAddr::V4(v4))),
                None => (Family::V6, (!v6.is_unspecified()).then_some(IpAddr::V6(*v6))),
            },
        }
    }

    /// [`stack`](Self::stack) for an address written as IPv4 (`0.0.0.0` or one address), the
    /// common case on the bind path: `Some(None)` for the wildcard, `Some(Some(ip))` for one
    /// address; `None` for any IPv6 form, mapped or not, which takes the general path.
    /// By reference: a copy of the whole address is read byte by byte before the variant is.
    #[inline]
    pub(crate) fn native_v4(&self) -> Option<Option<Ipv4Addr>> {
        match self {
            Self::Wildcard(Family::V4) => Some(None),
            Self::Specific(IpAddr::V4(v4)) => Some((!v4.is_unspecified()).then_some(*v4)),
            Self::Wildcard(Family::V6) | Self::Specific(IpAddr::V6(_)) | Self::Scoped(..) => None,
        }
    }

    /// Whether this is an IPv4-mapped IPv6 address such as `::ffff:127.0.0.1`.
    pub fn is_v4_mapped(self) -> bool {
        match &self {
            Self::Specific(IpAddr::V6(v6)) | Self::Scoped(v6, _) => v6.to_ipv4_mapped().is_some(),
            Self::Wildcard(_) | Self::Specific(IpAddr::V4(_)) => false,
        }
    }
}

impl From<IpAddr> for LocalAddr {
    fn from(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) if v4.is_unspecified() => Self::Wildcard(Family::V4),
            IpAddr::V6(v6) if v6.is_unspecified() => Self::Wildcard(Family::V6),
            ip => Self::Specific(ip),
        }
    }
}

impl fmt::Display for LocalAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Scoped(v6, zone) => write!(f, "{v6}%{zone}"),
            Self::Wildcard(_) | Self::Specific(_) => self.ip().fmt(f),
        }
    }
}

/// How two endpoints on one port relate, seen from the first one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overlap {
    /// The same address (two wildcards of one stack, or the same specific address).
    Identical,
    /// No address in common: different specific addresses, different stacks or different ports.
    Disjoint,
    /// This endpoint is the wildcard and the other a specific address beneath it.
    Covers,
    /// This endpoint is a specific address beneath the other's wildcard.
    CoveredBy,
}

/// A local address and port, as passed to `bind`.
///
/// Parses and displays as Windows tools write it: `0.0.0.0:5150`, `[::]:5150`, and with a zone
/// `[fe80::1%12]:5150` (see [`LocalAddr`] for what an address without one means); `{:?}` prints
/// the same (`{:#?}` shows the fields).
///
/// ```
/// use winsock_bind::{Endpoint, Overlap};
/// let wildcard: Endpoint = "0.0.0.0:5150".parse().unwrap();
/// let specific: Endpoint = "10.0.0.1:5150".parse().unwrap();
/// let mapped: Endpoint = "[::ffff:10.0.0.1]:5150".parse().unwrap();
/// assert_eq!(wildcard.overlap(&specific), Overlap::Covers);
/// assert_eq!(mapped.overlap(&specific), Overlap::Identical);
/// assert_eq!(specific.to_string(), "10.0.0.1:5150");
/// assert_eq!(format!("{specific:?}"), "10.0.0.1:5150");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Endpoint {
    /// The local address.
    pub addr: LocalAddr,
    /// The port; 0 asks for an ephemeral port.
    pub port: u16,
}

impl Endpoint {
    /// An endpoint from an IP address and a port.
    pub fn new(ip: IpAddr, port: u16) -> Self {
        Self { addr: LocalAddr::from(ip), port }
    }

    /// The same address on another port.
    #[must_use]
    pub fn with_port(self, port: u16) -> Self {
        Self { port, ..self }
    }

    /// How this endpoint relates to `other`: identical, disjoint, or one covers the other.
    ///
    /// Only the address stack counts: an IPv4-mapped address is its IPv4 address, and a native
    /// IPv6 address (including `::` and `::1`) never overlaps an IPv4 one (Wine's
    /// `test_reuseaddr`, docs/sources.md). Different specific addresses never overlap ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE": "when two
    /// sockets are bound to the same port number but each on a different explicit interface,
    /// there is no conflict"). The same address in two zones (`fe80::1%12`, `fe80::1%13`) is two
    /// addresses on two interfaces, so disjoint; an address without a zone is identical to each
    /// of its zoned forms ([`LocalAddr`], "Zones").
    pub fn overlap(&self, other: &Self) -> Overlap {
        if self.port != other.port {
            return Overlap::Disjoint;
        }
        if let Some(overlap) = self.overlap_v4(other) {
            return overlap;
        }
        let (mine_stack, mine) = self.addr.stack();
        let (theirs_stack, theirs) = other.addr.stack();
        if mine_stack != theirs_stack {
            return Overlap::Disjoint;
        }
        match (mine, theirs) {
            (None, None) => Overlap::Identical,
            (None, Some(_)) => Overlap::Covers,
            (Some(_), None) => Overlap::CoveredBy,
            (Some(a), Some(b)) if a == b => match (self.addr.zone(), other.addr.zone()) {
                (Some(x), Some(y)) if x != y => Overlap::Disjoint,
                (Some(_) | None, Some(_) | None) => Overlap::Identical,
            },
            (Some(_), Some(_)) => Overlap::Disjoint,
        }
    }

    /// [`overlap`](Self::overlap) of two IPv4 addresses (no mapping, no zone), which compare
    /// as they are: the bind path's common case. `None` when either is written as IPv6.
    #[inline]
    pub(crate) fn overlap_v4(&self, other: &Self) -> Option<Overlap> {
        if self.port != other.port {
            return Some(Overlap::Disjoint);
        }
        Some(match (self.addr.native_v4()?, other.addr.native_v4()?) {
            (None, None) => Overlap::Identical,
            (None, Some(_)) => Overlap::Covers,
            (Some(_), None) => Overlap::CoveredBy,
            (Some(a), Some(b)) if a == b => Overlap::Identical,
            (Some(_), Some(_)) => Overlap::Disjoint,
        })
    }

    /// The socket address form (with the zone as the scope id).
    pub fn socket_addr(self) -> SocketAddr {
        match self.addr {
            LocalAddr::Scoped(v6, zone) => SocketAddr::V6(SocketAddrV6::new(v6, self.port, 0, zone)),
            LocalAddr::Wildcard(_) | LocalAddr::Specific(_) => SocketAddr::new(self.addr.ip(), self.port),
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.socket_addr().fmt(f)
    }
}

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        let Self { addr, port } = self;
        f.debug_struct("Endpoint").field("addr", addr).field("port", port).finish()
    }
}

impl FromStr for Endpoint {
    type Err = InputError;

    /// Parses `ip:port`, `[ipv6]:port` or `[ipv6%zone]:port`, with messages that say what is
    /// wrong.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (addr, port) = split_local_port(s)?;
        let host = addr.ip();
        let port = port.ok_or_else(|| match host {
            IpAddr::V6(_) if !s.trim().starts_with('[') => {
                InputError::address(s, "missing port; an IPv6 address with a port needs brackets, e.g. [::1]:80")
            }
            IpAddr::V4(_) | IpAddr::V6(_) => InputError::address(s, "missing port (write ip:port, or [ipv6]:port)"),
        })?;
        Ok(Self { addr, port: parse_port(s, port)? })
    }
}

/// As [`split_host_port`], keeping a zone (`[fe80::1%12]:80`, `fe80::1%12`) in the address.
pub(crate) fn split_local_port(s: &str) -> Result<(LocalAddr, Option<&str>), InputError> {
    let t = s.trim();
    let (inside, after) = match t.strip_prefix('[').map(|r| r.split_once(']')) {
        Some(Some((inside, after))) => (inside, Some(after)),
        Some(None) | None => (t, None),
    };
    let Some((ip_text, zone)) = inside.split_once('%').filter(|_| !t.starts_with('[') || after.is_some()) else {
        let (ip, port) = split_host_port(s)?;
        return Ok((LocalAddr::from(ip), port));
    };
    if after.is_none() && zone.contains(':') {
        return Err(InputError::address(s, "an address with a zone and a port needs brackets, e.g. [fe80::1%12]:80"));
    }
    let zone = crate::text::decimal::<u32>(zone)
        .ok_or_else(|| InputError::address(s, format!("zone `{zone}` is not an interface number (e.g. %12)")))?;
    let ip = ip_text
        .parse::<Ipv6Addr>()
        .map_err(|_| InputError::address(s, format!("`{ip_text}` is not an IPv6 address (only those have a zone)")))?;
    let addr = LocalAddr::from(IpAddr::V6(ip)).with_zone(zone).map_err(|why| InputError::address(s, why))?;
    let port = match after {
        None | Some("") => None,
        Some(after) => match after.strip_prefix(':') {
            Some(port) => Some(port),
            None => return Err(InputError::address(s, format!("unexpected `{after}` after `]`"))),
        },
    };
    Ok((addr, port))
}

/// Splits `ip`, `ip:port`, `[v6]` or `[v6]:port` and parses the IP; the port is left as text.
pub(crate) fn split_host_port(s: &str) -> Result<(IpAddr, Option<&str>), InputError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(InputError::address(s, "empty address"));
    }
    if let Some(rest) = t.strip_prefix('[') {
        let (inside, after) =
            rest.split_once(']').ok_or_else(|| InputError::address(s, "missing `]` after an IPv6 address"))?;
        let ip = inside
            .parse::<Ipv6Addr>()
            .map_err(|_| InputError::address(s, format!("`{inside}` is not an IPv6 address")))?;
        return match after {
            "" => Ok((IpAddr::V6(ip), None)),
            _ => match after.strip_prefix(':') {
                Some(port) => Ok((IpAddr::V6(ip), Some(port))),
                None => Err(InputError::address(s, format!("unexpected `{after}` after `]`"))),
            },
        };
    }
    match t.matches(':').count() {
        0 => parse_v4(s, t).map(|ip| (ip, None)),
        1 => {
            let (ip, port) = t.split_once(':').expect("one colon");
            parse_v4(s, ip).map(|ip| (ip, Some(port)))
        }
        _ => match t.parse::<Ipv6Addr>() {
            Ok(ip) => Ok((IpAddr::V6(ip), None)),
            Err(_) => Err(InputError::address(s, "an IPv6 address with a port needs brackets, e.g. [::1]:80")),
        },
    }
}

fn parse_v4(whole: &str, ip: &str) -> Result<IpAddr, InputError> {
    ip.parse::<Ipv4Addr>()
        .map(IpAddr::V4)
        .map_err(|_| InputError::address(whole, format!("`{ip}` is not an IPv4 address (four numbers 0-255)")))
}

pub(crate) fn parse_port(whole: &str, port: &str) -> Result<u16, InputError> {
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::address(whole, format!("port `{port}` is not a number from 0 to 65535")));
    }
    port.parse::<u16>().map_err(|_| InputError::address(whole, format!("port {port} is out of range (0 to 65535)")))
}

impl TryFrom<String> for Endpoint {
    type Error = InputError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Endpoint> for String {
    fn from(e: Endpoint) -> Self {
        e.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ep(s: &str) -> Endpoint {
        s.parse().unwrap()
    }

    #[test]
    fn overlap_is_symmetric_with_covers_mirrored() {
        let cases = [
            ("0.0.0.0:5150", "0.0.0.0:5150", Overlap::Identical),
            ("0.0.0.0:5150", "10.0.0.1:5150", Overlap::Covers),
            ("10.0.0.1:5150", "10.0.0.1:5150", Overlap::Identical),
            ("10.0.0.1:5150", "10.99.99.99:5150", Overlap::Disjoint),
            ("127.0.0.1:5150", "127.0.0.2:5150", Overlap::Disjoint),
            ("0.0.0.0:5150", "0.0.0.0:5151", Overlap::Disjoint),
            ("[::]:5150", "[::1]:5150", Overlap::Covers),
            ("[::]:5150", "0.0.0.0:5150", Overlap::Disjoint),
            ("[::1]:5150", "127.0.0.1:5150", Overlap::Disjoint),
            ("[::ffff:127.0.0.1]:5150", "127.0.0.1:5150", Overlap::Identical),
            ("[::ffff:0.0.0.0]:5150", "127.0.0.1:5150", Overlap::Covers),
            ("[::ffff:0.0.0.0]:5150", "0.0.0.0:5150", Overlap::Identical),
            ("[::]:5150", "[::ffff:127.0.0.1]:5150", Overlap::Disjoint),
        ];
        for (a, b, expected) in cases {
            assert_eq!(ep(a).overlap(&ep(b)), expected, "{a} vs {b}");
            let mirrored = match expected {
                Overlap::Covers => Overlap::CoveredBy,
                Overlap::CoveredBy => Overlap::Covers,
                other => other,
            };
            assert_eq!(ep(b).overlap(&ep(a)), mirrored, "{b} vs {a}");
        }
    }

    /// The IPv4 shortcut of `overlap` answers what the stack of each address says, for every
    /// pair of a set of addresses written every way (IPv4, wildcard, mapped, IPv6, zoned).
    #[test]
    fn overlap_is_the_relation_of_the_two_stacks_for_every_pair() {
        let addrs = [
            LocalAddr::Wildcard(Family::V4),
            LocalAddr::Wildcard(Family::V6),
            LocalAddr::Specific("0.0.0.0".parse().unwrap()),
            LocalAddr::Specific("10.0.0.1".parse().unwrap()),
            LocalAddr::Specific("10.0.0.2".parse().unwrap()),
            LocalAddr::Specific("::ffff:10.0.0.1".parse().unwrap()),
            LocalAddr::Specific("::ffff:0.0.0.0".parse().unwrap()),
            LocalAddr::Specific("::".parse().unwrap()),
            LocalAddr::Specific("fe80::1".parse().unwrap()),
            LocalAddr::Scoped("fe80::1".parse().unwrap(), 12),
            LocalAddr::Scoped("fe80::1".parse().unwrap(), 13),
            LocalAddr::Scoped("::ffff:10.0.0.1".parse().unwrap(), 5),
        ];
        for a in addrs {
            for b in addrs {
                let ((sa, ia), (sb, ib)) = (a.stack(), b.stack());
                let expected = match (ia, ib) {
                    _ if sa != sb => Overlap::Disjoint,
                    (None, None) => Overlap::Identical,
                    (None, Some(_)) => Overlap::Covers,
                    (Some(_), None) => Overlap::CoveredBy,
                    (Some(x), Some(y))
                        if x == y && (a.zone() == b.zone() || a.zone().is_none() || b.zone().is_none()) =>
                    {
                        Overlap::Identical
                    }
                    (Some(_), Some(_)) => Overlap::Disjoint,
                };
                let (ea, eb) = (Endpoint { addr: a, port: 80 }, Endpoint { addr: b, port: 80 });
                assert_eq!(ea.overlap(&eb), expected, "{a} vs {b}");
                assert_eq!(ea.overlap(&Endpoint { port: 81, ..eb }), Overlap::Disjoint, "{a} vs {b} on another port");
                assert_eq!(a.is_v4_mapped(), a.family() == Family::V6 && sa == Family::V4, "{a}");
            }
        }
    }

    #[test]
    fn parse_and_display_round_trip() {
        for s in ["0.0.0.0:5150", "[::]:80", "[::ffff:127.0.0.1]:1", "10.0.0.1:0", "[::1]:65535"] {
            assert_eq!(ep(s).to_string(), s);
        }
    }

    #[test]
    fn bad_addresses_say_what_is_wrong() {
        let cases = [
            ("256.0.0.1:80", "`256.0.0.1` is not an IPv4 address"),
            ("[::1]", "missing port"),
            ("::1:80", "needs brackets"),
            ("10.0.0.1:65536", "out of range"),
            ("10.0.0.1:-1", "is not a number"),
            ("10.0.0.1", "missing port"),
            ("[::1", "missing `]`"),
            ("", "empty"),
            ("[::1]x", "unexpected"),
        ];
        for (input, needle) in cases {
            let err = input.parse::<Endpoint>().unwrap_err().to_string();
            assert!(err.contains(needle), "{input}: {err}");
        }
    }

    #[test]
    fn zones_are_part_of_the_address() {
        for s in ["[fe80::1%12]:80", "[fe80::1%4294967295]:1"] {
            assert_eq!(ep(s).to_string(), s);
        }
        assert_eq!(ep("[fe80::1%0]:80"), ep("[fe80::1]:80"), "zone 0 is no zone");
        assert_eq!(ep("[fe80::1%12]:80").addr.zone(), Some(12));
        assert_eq!(ep("[fe80::1%12]:80").overlap(&ep("[fe80::1%13]:80")), Overlap::Disjoint);
        assert_eq!(ep("[fe80::1%12]:80").overlap(&ep("[fe80::1%12]:80")), Overlap::Identical);
        assert_eq!(ep("[fe80::1]:80").overlap(&ep("[fe80::1%13]:80")), Overlap::Identical);
        assert_eq!(ep("[::]:80").overlap(&ep("[fe80::1%13]:80")), Overlap::Covers);
        assert_eq!(ep("[fe80::2%12]:80").overlap(&ep("[fe80::1%12]:80")), Overlap::Disjoint);
        let cases = [
            ("[fe80::1%eth0]:80", "zone `eth0` is not an interface number"),
            ("[fe80::1%+1]:80", "zone `+1` is not an interface number"),
            ("[::%3]:80", "only a specific IPv6 address has a zone"),
            ("[::ffff:10.0.0.1%3]:80", "only a specific IPv6 address has a zone"),
            ("10.0.0.1%3:80", "needs brackets"),
            ("10.0.0.1%3", "`10.0.0.1` is not an IPv6 address"),
            ("[fe80::1%3]x", "unexpected `x`"),
        ];
        for (input, needle) in cases {
            let err = input.parse::<Endpoint>().unwrap_err().to_string();
            assert!(err.contains(needle), "{input}: {err}");
        }
    }

    #[test]
    fn wildcards_are_recognised_in_every_spelling() {
        assert!(ep("0.0.0.0:1").addr.is_wildcard());
        assert!(ep("[::]:1").addr.is_wildcard());
        assert!(ep("[::ffff:0.0.0.0]:1").addr.is_wildcard());
        assert!(ep("[::ffff:0.0.0.0]:1").addr.is_v4_mapped());
        assert!(!ep("[::1]:1").addr.is_wildcard());
    }
}
