//! The port space of a Windows host: the dynamic (ephemeral) port range, excluded port ranges,
//! ReservedPorts, and the order in which `bind` to port 0 hands out ports.
//!
//! Plain data: the rules that use it are in [`rules::ports`](crate::rules::ports), the state in
//! [`Host`](crate::Host). The reader of the text `netsh` prints on a real machine is the separate
//! module [`netsh`]: it depends on these types, and nothing here (nor the rules, nor the Host)
//! depends on it or on reading files.
//!
//! Facts (docs/sources.md: KB 929851, KB 812873, netsh int ipv4 show excludedportrange):
//! - the dynamic port range is 1025-5000 up to Server 2003 (MaxUserPort) and 49152-65535 from
//!   Vista on (`netsh int ipv4 show dynamicport tcp`); TCP and UDP have a range each;
//! - administrators, Hyper-V, WinNAT and Docker exclude port ranges
//!   (`netsh int ipv4 add excludedportrange`); binding an excluded port fails with WSAEACCES;
//! - before Vista, the `ReservedPorts` registry value removed ports from the ephemeral pool only:
//!   explicit binds to them still work (seed `000_*.txt`: the IAS/DNS incident).

pub mod netsh;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::endpoint::Proto;
use crate::era::Era;
use crate::error::InputError;

/// An inclusive range of ports, `first..=last`, never containing port 0.
///
/// Written `1645-1646`, or `1645` for one port:
///
/// ```
/// use winsock_bind::ports::PortRange;
/// let r: PortRange = "1645-1646".parse()?;
/// assert!(r.contains(1646) && !r.contains(1647));
/// assert_eq!(r.len(), 2);
/// assert_eq!("50000".parse::<PortRange>()?.to_string(), "50000-50000");
/// assert!("5000-1025".parse::<PortRange>().is_err());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RangeText", into = "String")]
pub struct PortRange {
    first: u16,
    last: u16,
}

impl PortRange {
    /// The range `first..=last`.
    ///
    /// # Errors
    /// [`InputError`] when `first` is 0 (port 0 means "any port", it is never a port of a range)
    /// or `first > last`.
    pub fn new(first: u16, last: u16) -> Result<Self, InputError> {
        // The text is built only for an error: `new` sits on the path of every ephemeral bind.
        let text = || format!("{first}-{last}");
        if first == 0 {
            return Err(InputError::value("port range", &text(), "ports are 1 to 65535; port 0 means any port"));
        }
        if first > last {
            return Err(InputError::value("port range", &text(), format!("start {first} is above end {last}")));
        }
        Ok(Self { first, last })
    }

    /// A range known to be valid (an era's dynamic range), made without the checks of
    /// [`new`](Self::new), which sit on the path of every ephemeral bind.
    pub(crate) const fn valid(first: u16, last: u16) -> Self {
        debug_assert!(first != 0 && first <= last, "a valid port range");
        Self { first, last }
    }

    /// The range of `count` ports from `start`, as `netsh int ipv4 set dynamicport tcp start=N
    /// num=M` gives it.
    ///
    /// # Errors
    /// [`InputError`] when `count` is 0 or the range would go past port 65535.
    pub fn from_start_count(start: u16, count: u32) -> Result<Self, InputError> {
        let text = format!("start={start} num={count}");
        let last = u32::from(start).saturating_add(count.saturating_sub(1));
        if count == 0 {
            return Err(InputError::value("port range", &text, "the number of ports must be at least 1"));
        }
        let last = u16::try_from(last).map_err(|_| {
            InputError::value("port range", &text, format!("{count} ports from {start} go past port 65535"))
        })?;
        Self::new(start, last).map_err(|_| InputError::value("port range", &text, "ports are 1 to 65535"))
    }

    /// The first port.
    pub fn first(self) -> u16 {
        self.first
    }

    /// The last port (inclusive).
    pub fn last(self) -> u16 {
        self.last
    }

    /// The number of ports (1 to 65535).
    #[allow(clippy::len_without_is_empty)] // a range is never empty
    pub fn len(self) -> u32 {
        u32::from(self.last - self.first) + 1
    }

    /// Whether `port` is inside.
    pub fn contains(self, port: u16) -> bool {
        (self.first..=self.last).contains(&port)
    }

    /// Whether the two ranges share a port.
    pub fn overlaps(self, other: Self) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// Every port of the range, in order.
    pub fn ports(self) -> impl Iterator<Item = u16> {
        self.first..=self.last
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.last)
    }
}

impl FromStr for PortRange {
    type Err = InputError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let port = |p: &str| -> Result<u16, InputError> {
            let p = p.trim();
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(InputError::value("port range", s, format!("`{p}` is not a port number")));
            }
            match p.parse::<u32>() {
                Ok(n @ 1..=65535) => Ok(u16::try_from(n).expect("checked 1..=65535")),
                Ok(_) | Err(_) => {
                    Err(InputError::value("port range", s, format!("port {p} is out of range (1 to 65535)")))
                }
            }
        };
        let (first, last) = match s.split_once('-') {
            Some((a, b)) => (port(a)?, port(b)?),
            None => {
                let p = port(s)?;
                (p, p)
            }
        };
        Self::new(first, last).map_err(|e| match e {
            InputError::Value { why, .. } => InputError::value("port range", s, why),
            other => other,
        })
    }
}

/// A port range as written in a scenario: `"1645-1646"`, `"1645"` or `1645`.
#[derive(Deserialize)]
#[serde(untagged, expecting = "expected a port range such as \"1645-1646\" or a port number")]
enum RangeText {
    Text(String),
    Port(u64),
}

impl TryFrom<RangeText> for PortRange {
    type Error = InputError;
    fn try_from(t: RangeText) -> Result<Self, Self::Error> {
        match t {
            RangeText::Text(s) => s.parse(),
            RangeText::Port(n) => n.to_string().parse(),
        }
    }
}

impl From<PortRange> for String {
    fn from(r: PortRange) -> Self {
        r.to_string()
    }
}

/// How a range is kept from programs (the `reserve` step of scenarios).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PortKind {
    /// An excluded port range (Vista and later) as the system takes one (Hyper-V, WinNAT):
    /// every bind to it fails with WSAEACCES, and port 0 never picks it. (One an administrator
    /// adds with `netsh int ipv4 add excludedportrange` refuses no explicit bind: see
    /// [`Exclusion::administered`].)
    Excluded,
    /// A `ReservedPorts` range (registry, before Vista): port 0 never picks it, but an explicit
    /// bind still succeeds (seed `000_*.txt`).
    Reserved,
}

crate::endpoint::word_enum!(PortKind, "port range kind", Excluded => ["excluded"], Reserved => ["reserved"]);

impl PortKind {
    /// Whether the era has this mechanism: excluded port ranges from Vista on, ReservedPorts
    /// before Vista (KB 812873: "Before Vista, the `ReservedPorts` registry value ...";
    /// Vista replaced it with `netsh int ipv4 ... excludedportrange`).
    ///
    /// # Errors
    /// A sentence saying what the era has instead.
    pub fn check_era(self, era: Era) -> Result<(), String> {
        match (self, era >= Era::Vista) {
            (Self::Excluded, true) | (Self::Reserved, false) => Ok(()),
            (Self::Excluded, false) => Err(format!(
                "{era} has no excluded port ranges (netsh int ipv4 add excludedportrange exists from vista on); \
                 use kind `reserved` (the ReservedPorts registry value)"
            )),
            (Self::Reserved, true) => Err(format!(
                "{era} ignores the ReservedPorts registry value (it applies before vista); \
                 use kind `excluded` (netsh int ipv4 add excludedportrange)"
            )),
        }
    }
}

/// One excluded port range, as `netsh int ipv4 show excludedportrange` lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Exclusion {
    /// The ports.
    pub range: PortRange,
    /// Added by an administrator with `netsh ... add excludedportrange` (the `*` in netsh's
    /// listing); otherwise added by the system (Hyper-V, WinNAT ...).
    pub administered: bool,
}

/// The excluded ranges of one protocol, as one `netsh ... show excludedportrange` section
/// lists them ([`netsh::parse_excluded`] reads them; [`Host::apply_excluded`](crate::Host::apply_excluded)
/// applies them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExcludedRanges {
    /// The protocol of the section (`Protocol tcp ...`).
    pub proto: Proto,
    /// The ranges, in the listing's order.
    pub ranges: Vec<Exclusion>,
}

/// The dynamic port range of one protocol, as one `netsh ... show dynamicport` section gives it
/// ([`netsh::parse_dynamic`] reads it; [`Host::apply_dynamic`](crate::Host::apply_dynamic)
/// applies it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DynamicPorts {
    /// The protocol of the section (`Protocol tcp ...`).
    pub proto: Proto,
    /// `Start Port` and `Number of Ports` as a range.
    pub range: PortRange,
}

/// The order in which `bind` to port 0 hands out ports of the dynamic range.
///
/// [`Sequential`](Self::Sequential) is the default: Windows hands out ephemeral ports one after
/// the other from its range (the lead's decision on issue 6, after turmoil's `PortAllocator`,
/// `style.md` habit 7), and a predictable order keeps transcripts readable ("the first
/// ephemeral port of win11 is 49152"). [`Random`](Self::Random) stands for a program that picks
/// random ports itself, such as the DNS server after MS08-037 (seed `000_*.txt`); a seed makes
/// it reproducible. Neither reads a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "OrderSpec", into = "OrderSpec")]
pub enum EphemeralOrder {
    /// A rotating cursor: the range's first port, then upwards, wrapping, skipping ports that
    /// are not free.
    #[default]
    Sequential,
    /// A random free port: draws from a splitmix64 generator with this seed until a draw is
    /// free, so a reserved or bound port costs one more draw and leaves the rest of the
    /// sequence as it was.
    Random {
        /// The generator's seed.
        seed: u64,
    },
}

impl fmt::Display for EphemeralOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sequential => f.write_str("sequential (rotating cursor from the first port)"),
            Self::Random { seed } => write!(f, "random (splitmix64, seed {seed})"),
        }
    }
}

/// `{"order": "random", "seed": 8}` or `{"order": "sequential"}` in a scenario's `host.ephemeral`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrderSpec {
    order: OrderWord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed: Option<u64>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum OrderWord {
    Sequential,
    Random,
}

impl TryFrom<OrderSpec> for EphemeralOrder {
    type Error = String;
    fn try_from(s: OrderSpec) -> Result<Self, Self::Error> {
        match (s.order, s.seed) {
            (OrderWord::Sequential, None) => Ok(Self::Sequential),
            (OrderWord::Random, Some(seed)) => Ok(Self::Random { seed }),
            (OrderWord::Sequential, Some(_)) => Err("order `sequential` takes no `seed`".to_owned()),
            (OrderWord::Random, None) => {
                Err("order `random` needs a `seed` (an integer), so that every run picks the same ports".to_owned())
            }
        }
    }
}

impl From<EphemeralOrder> for OrderSpec {
    fn from(o: EphemeralOrder) -> Self {
        match o {
            EphemeralOrder::Sequential => Self { order: OrderWord::Sequential, seed: None },
            EphemeralOrder::Random { seed } => Self { order: OrderWord::Random, seed: Some(seed) },
        }
    }
}

/// The dynamic port range of one protocol, as a [`PortMap`] shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DynamicRange {
    /// The protocol.
    pub proto: Proto,
    /// The range.
    pub range: PortRange,
    /// Whether it was configured (netsh, a scenario) rather than the era's default.
    pub configured: bool,
    /// How many of its ports port 0 may pick: neither excluded nor reserved.
    pub available: u32,
}

/// A host's port configuration, for reading: what `winsock-bind ports` prints.
///
/// Built by [`Host::port_map`](crate::Host::port_map). `Display` is deterministic text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortMap {
    /// The era.
    pub era: Era,
    /// The dynamic range of TCP, then UDP.
    pub dynamic: Vec<DynamicRange>,
    /// How port 0 picks.
    pub order: EphemeralOrder,
    /// Excluded port ranges, TCP first, each protocol in port order.
    pub excluded: Vec<(Proto, Exclusion)>,
    /// ReservedPorts ranges (both protocols), in port order.
    pub reserved: Vec<PortRange>,
}

impl fmt::Display for PortMap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let modern = self.era >= Era::Vista;
        let line = |f: &mut fmt::Formatter<'_>, text: String| writeln!(f, "{}", text.trim_end());
        writeln!(f, "port map of a {} host", self.era)?;
        writeln!(f)?;
        let source = if modern { "netsh int ipv4 show dynamicport" } else { "MaxUserPort" };
        writeln!(f, "dynamic port range (bind to port 0 picks a free port from it; {source}):")?;
        for d in &self.dynamic {
            let origin = if d.configured { "configured" } else { "era default" };
            let (proto, range) = (d.proto.to_string(), d.range.to_string());
            let (len, available) = (d.range.len(), d.available);
            line(f, format!("  {proto:<4} {range:<12} {len:>5} ports, {available:>5} available to port 0 ({origin})"))?;
        }
        writeln!(f, "  order: {}", self.order)?;
        writeln!(f)?;
        writeln!(
            f,
            "excluded port ranges (every bind fails with WSAEACCES (10013); netsh int ipv4 show excludedportrange):"
        )?;
        if self.excluded.is_empty() {
            writeln!(f, "  none{}", if modern { "" } else { " (excluded port ranges exist from vista on)" })?;
        }
        for (proto, e) in &self.excluded {
            let mark = if e.administered { "*" } else { "" };
            line(f, format!("  {:<4} {:<12} {mark}", proto.to_string(), e.range.to_string()))?;
        }
        if self.excluded.iter().any(|(_, e)| e.administered) {
            writeln!(f, "  * - Administered port exclusions.")?;
        }
        writeln!(f)?;
        writeln!(f, "reserved ports (ReservedPorts registry value: kept out of the ephemeral pool only, explicit binds succeed):")?;
        if self.reserved.is_empty() {
            writeln!(f, "  none{}", if modern { " (ReservedPorts applies before vista)" } else { "" })?;
        }
        for r in &self.reserved {
            writeln!(f, "  tcp+udp {r}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    /// Found by the `netsh_dynamic` fuzz target: `Number of Ports : 1888...8` (u32::MAX after
    /// the reader's clamp) from start 10000 overflowed the addition and panicked.
    #[test]
    fn a_count_near_u32_max_goes_past_65535_without_overflow() {
        let err = PortRange::from_start_count(10000, u32::MAX).unwrap_err().to_string();
        assert!(err.ends_with("4294967295 ports from 10000 go past port 65535"), "{err}");
    }

    use super::*;

    #[test]
    fn port_ranges_parse_single_ports_and_ranges() {
        let cases = [("1645-1646", (1645, 1646)), ("1645", (1645, 1645)), (" 1 - 65535 ", (1, 65535))];
        for (text, (first, last)) in cases {
            let r: PortRange = text.parse().unwrap();
            assert_eq!((r.first(), r.last()), (first, last), "{text}");
        }
    }

    #[test]
    fn bad_port_ranges_say_what_is_wrong() {
        let cases = [
            ("5000-1025", "start 5000 is above end 1025"),
            ("0-10", "port 0 is out of range (1 to 65535)"),
            ("70000", "port 70000 is out of range (1 to 65535)"),
            ("1645-", "`` is not a port number"),
            ("a-b", "`a` is not a port number"),
            ("", "`` is not a port number"),
            ("-5", "`` is not a port number"),
        ];
        for (text, needle) in cases {
            let err = text.parse::<PortRange>().unwrap_err().to_string();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }

    #[test]
    fn start_and_count_work_like_netsh_set_dynamicport() {
        assert_eq!(PortRange::from_start_count(49152, 16384).unwrap().to_string(), "49152-65535");
        assert_eq!(PortRange::from_start_count(1025, 3976).unwrap().to_string(), "1025-5000");
        assert!(PortRange::from_start_count(49152, 16385).unwrap_err().to_string().contains("go past port 65535"));
        assert!(PortRange::from_start_count(1025, 0).is_err());
        assert!(PortRange::from_start_count(0, 10).is_err());
    }

    #[test]
    fn overlap_is_symmetric() {
        let r = |s: &str| s.parse::<PortRange>().unwrap();
        for (a, b, expected) in [("1-10", "10-20", true), ("1-10", "11-20", false), ("5", "1-10", true)] {
            assert_eq!(r(a).overlaps(r(b)), expected, "{a} {b}");
            assert_eq!(r(b).overlaps(r(a)), expected, "{b} {a}");
        }
    }

    #[test]
    fn each_mechanism_belongs_to_its_eras() {
        assert!(PortKind::Reserved.check_era(Era::Server2003).is_ok());
        assert!(PortKind::Excluded.check_era(Era::Win11).is_ok());
        assert!(PortKind::Excluded.check_era(Era::Vista).is_ok());
        assert!(PortKind::Reserved.check_era(Era::Win10).unwrap_err().contains("ignores the ReservedPorts"));
        assert!(PortKind::Excluded.check_era(Era::Server2003).unwrap_err().contains("from vista on"));
    }
}
