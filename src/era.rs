//! Windows release lines and the socket rules each one has.
//!
//! All the facts live in one constant table, [`PROFILES`], so that a reader can check them
//! against their sources in one place: Table 1 of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", KB 929851 and
//! the release history (docs/sources.md).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::InputError;

/// A Windows release line with its socket rules.
///
/// Parse one from its id or an alias, case-insensitively:
///
/// ```
/// use winsock_bind::Era;
/// let era: Era = "Server2003".parse().unwrap();
/// assert_eq!(era, Era::Server2003);
/// assert!(era.profile().enhanced_security);
/// assert_eq!("winxp".parse::<Era>().unwrap(), Era::Xp);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
#[allow(missing_docs)] // each variant is described by its profile's `releases`
pub enum Era {
    Win95,
    Win98,
    Me,
    Nt4,
    Nt4Sp4,
    Win2000,
    Xp,
    XpSp2,
    Server2003,
    Vista,
    Server2008,
    Win7,
    Server2008R2,
    Win8,
    Server2012,
    Win10,
    Server2016,
    Server2019,
    Win11,
    Server2022,
    Server2025,
}

/// Whether a program can set SO_EXCLUSIVEADDRUSE in an era.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exclusive {
    /// The option does not exist: setsockopt fails with WSAENOPROTOOPT (9x, NT 4.0 before SP4).
    Unavailable,
    /// Only administrators may set it; others get WSAEACCES (NT 4.0 SP4 to XP before SP2).
    AdminOnly,
    /// Anyone may set it (XP SP2, Server 2003 and later).
    Anyone,
}

/// How an era supports IPv6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ipv6 {
    /// No IPv6 stack: an IPv6 socket fails with WSAEAFNOSUPPORT.
    None,
    /// An IPv6 stack separate from IPv4: no dual-stack sockets, IPv4-mapped addresses unusable.
    SeparateStack,
    /// One dual-stack TCP/IP stack: an IPv6 socket with IPV6_V6ONLY off also takes IPv4.
    DualStack,
}

/// Which answer the model gives where current Windows differs from the documents.
///
/// the manual, "Documented and observed behaviour": eras up to Vista answer as documented;
/// later eras answer as observed on current Windows unless the documented answer is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Behaviour {
    /// What Microsoft's documents say (docs/sources.md).
    Documented,
    /// What current Windows does, as observed by public test suites (docs/sources.md).
    Observed,
}

impl fmt::Display for Behaviour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Documented => "documented",
            Self::Observed => "observed",
        })
    }
}

/// The socket rules of one era. Every field cites where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EraProfile {
    /// The canonical id, e.g. `server2003`.
    pub id: &'static str,
    /// The releases this era stands for.
    pub releases: &'static str,
    /// Other names accepted when parsing (lowercase).
    pub aliases: &'static [&'static str],
    /// SO_REUSEADDR exists in every era ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Table 1).
    pub reuseaddr: bool,
    /// Who may set SO_EXCLUSIVEADDRUSE ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Table 1 and "One final note").
    pub exclusive: Exclusive,
    /// Enhanced socket security: ports are not shareable by default ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", from Server 2003).
    pub enhanced_security: bool,
    /// IPv6 support (Microsoft Learn, Dual-Stack Sockets: separate stack on Server 2003, dual stack from Vista).
    pub ipv6: Ipv6,
    /// The dynamic (ephemeral) port range, inclusive (KB 929851: 1025-5000 up to Server 2003,
    /// 49152-65535 from Vista).
    pub dynamic_ports: (u16, u16),
    /// The answer given by default where documents and current Windows differ (the manual,
    /// "Documented and observed behaviour").
    pub behaviour: Behaviour,
}

const LEGACY_PORTS: (u16, u16) = (1025, 5000);
const MODERN_PORTS: (u16, u16) = (49152, 65535);

const fn legacy(
    id: &'static str,
    releases: &'static str,
    aliases: &'static [&'static str],
    exclusive: Exclusive,
    ipv6: Ipv6,
) -> EraProfile {
    EraProfile {
        id,
        releases,
        aliases,
        reuseaddr: true,
        exclusive,
        enhanced_security: false,
        ipv6,
        dynamic_ports: LEGACY_PORTS,
        behaviour: Behaviour::Documented,
    }
}

const fn modern(
    id: &'static str,
    releases: &'static str,
    aliases: &'static [&'static str],
    behaviour: Behaviour,
) -> EraProfile {
    EraProfile {
        id,
        releases,
        aliases,
        reuseaddr: true,
        exclusive: Exclusive::Anyone,
        enhanced_security: true,
        ipv6: Ipv6::DualStack,
        dynamic_ports: MODERN_PORTS,
        behaviour,
    }
}

/// The profile of every era, in [`Era::ALL`] order.
///
/// IPv6 before Server 2003 is not covered by the sources; we follow the release history: Windows XP
/// shipped a separate IPv6 stack (as Server 2003 did), earlier releases had none.
pub const PROFILES: [EraProfile; 21] = [
    legacy("win95", "Windows 95", &["95", "windows95"], Exclusive::Unavailable, Ipv6::None),
    legacy("win98", "Windows 98", &["98", "windows98"], Exclusive::Unavailable, Ipv6::None),
    legacy("me", "Windows Millennium", &["winme", "millennium"], Exclusive::Unavailable, Ipv6::None),
    legacy("nt4", "Windows NT 4.0 before SP4", &["nt", "winnt4"], Exclusive::Unavailable, Ipv6::None),
    legacy("nt4sp4", "Windows NT 4.0 SP4 and later", &["nt4-sp4"], Exclusive::AdminOnly, Ipv6::None),
    legacy("win2000", "Windows 2000", &["win2k", "2000"], Exclusive::AdminOnly, Ipv6::None),
    legacy("xp", "Windows XP before SP2", &["winxp"], Exclusive::AdminOnly, Ipv6::SeparateStack),
    legacy("xpsp2", "Windows XP SP2, SP3", &["xp-sp2", "xpsp3"], Exclusive::Anyone, Ipv6::SeparateStack),
    EraProfile {
        id: "server2003",
        releases: "Windows Server 2003 and R2",
        aliases: &["2003", "ws2003", "win2003"],
        reuseaddr: true,
        exclusive: Exclusive::Anyone,
        enhanced_security: true,
        ipv6: Ipv6::SeparateStack,
        dynamic_ports: LEGACY_PORTS,
        behaviour: Behaviour::Documented,
    },
    modern("vista", "Windows Vista", &["winvista"], Behaviour::Documented),
    modern("server2008", "Windows Server 2008", &["2008", "ws2008"], Behaviour::Documented),
    modern("win7", "Windows 7", &["windows7"], Behaviour::Observed),
    modern("server2008r2", "Windows Server 2008 R2", &["2008r2", "ws2008r2"], Behaviour::Observed),
    modern("win8", "Windows 8 and 8.1", &["windows8", "win81"], Behaviour::Observed),
    modern("server2012", "Windows Server 2012 and R2", &["2012", "ws2012", "server2012r2"], Behaviour::Observed),
    modern("win10", "Windows 10", &["windows10"], Behaviour::Observed),
    modern("server2016", "Windows Server 2016", &["2016", "ws2016"], Behaviour::Observed),
    modern("server2019", "Windows Server 2019", &["2019", "ws2019"], Behaviour::Observed),
    modern("win11", "Windows 11", &["windows11"], Behaviour::Observed),
    modern("server2022", "Windows Server 2022", &["2022", "ws2022"], Behaviour::Observed),
    modern("server2025", "Windows Server 2025", &["2025", "ws2025"], Behaviour::Observed),
];

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Self; 21] = [
        Self::Win95,
        Self::Win98,
        Self::Me,
        Self::Nt4,
        Self::Nt4Sp4,
        Self::Win2000,
        Self::Xp,
        Self::XpSp2,
        Self::Server2003,
        Self::Vista,
        Self::Server2008,
        Self::Win7,
        Self::Server2008R2,
        Self::Win8,
        Self::Server2012,
        Self::Win10,
        Self::Server2016,
        Self::Server2019,
        Self::Win11,
        Self::Server2022,
        Self::Server2025,
    ];

    /// The era's socket rules.
    pub fn profile(self) -> &'static EraProfile {
        // The variants are declared in `ALL` order, so the discriminant is the profile's index:
        // one array access on every call, which the bind path makes several times.
        &PROFILES[self as usize]
    }

    /// The canonical id, e.g. `server2003`.
    pub fn id(self) -> &'static str {
        self.profile().id
    }
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Era {
    type Err = InputError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|e| e.id() == wanted || e.profile().aliases.contains(&wanted.as_str())).ok_or_else(
            || {
                let ids: Vec<&str> = Self::ALL.iter().map(|e| e.id()).collect();
                InputError::unknown("era", s, ids.join(", "))
            },
        )
    }
}

impl TryFrom<String> for Era {
    type Error = InputError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Era> for String {
    fn from(e: Era) -> Self {
        e.id().to_owned()
    }
}

/// All eras as an aligned text table, one line each: what `winsock-bind eras` prints.
pub fn eras_table() -> String {
    let header = [
        "era",
        "releases",
        "SO_REUSEADDR",
        "SO_EXCLUSIVEADDRUSE",
        "enhanced security",
        "IPv6",
        "dynamic ports",
        "default answer",
    ];
    let rows: Vec<[String; 8]> = PROFILES
        .iter()
        .map(|p| {
            [
                p.id.to_owned(),
                p.releases.to_owned(),
                if p.reuseaddr { "yes" } else { "no" }.to_owned(),
                match p.exclusive {
                    Exclusive::Unavailable => "no (WSAENOPROTOOPT)",
                    Exclusive::AdminOnly => "administrators only",
                    Exclusive::Anyone => "yes",
                }
                .to_owned(),
                if p.enhanced_security { "yes" } else { "no" }.to_owned(),
                match p.ipv6 {
                    Ipv6::None => "no",
                    Ipv6::SeparateStack => "separate stack",
                    Ipv6::DualStack => "dual-stack",
                }
                .to_owned(),
                format!("{}-{}", p.dynamic_ports.0, p.dynamic_ports.1),
                p.behaviour.to_string(),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.len());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let parts: Vec<String> = cells.zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        parts.join("  ").trim_end().to_owned() + "\n"
    };
    let mut out = line(&mut header.iter().copied());
    for row in &rows {
        out += &line(&mut row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_in_era_order() {
        for (era, profile) in Era::ALL.iter().zip(PROFILES.iter()) {
            assert_eq!(format!("{era:?}").to_lowercase(), profile.id, "{era:?} has the wrong profile");
        }
        for (index, era) in Era::ALL.iter().enumerate() {
            assert_eq!(*era as usize, index, "{era:?} is declared out of `ALL` order");
            assert_eq!(era.profile().id, PROFILES[index].id);
        }
    }

    #[test]
    fn every_era_parses_from_its_id_and_aliases_case_insensitively() {
        for era in Era::ALL {
            assert_eq!(era.id().parse::<Era>(), Ok(era));
            assert_eq!(era.id().to_uppercase().parse::<Era>(), Ok(era));
            for alias in era.profile().aliases {
                assert_eq!(alias.parse::<Era>(), Ok(era), "alias {alias}");
            }
        }
    }

    #[test]
    fn ids_and_aliases_are_unique() {
        let mut all: Vec<&str> =
            PROFILES.iter().flat_map(|p| std::iter::once(p.id).chain(p.aliases.iter().copied())).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "an id or alias is used twice");
    }

    #[test]
    fn table_1_of_seed_002() {
        // Platform, SO_EXCLUSIVEADDRUSE, enhanced socket security: Table 1 (NT 4.0 "Yes (SP4 and later)").
        let rows = [
            (Era::Win95, Exclusive::Unavailable, false),
            (Era::Win98, Exclusive::Unavailable, false),
            (Era::Me, Exclusive::Unavailable, false),
            (Era::Nt4, Exclusive::Unavailable, false),
            (Era::Nt4Sp4, Exclusive::AdminOnly, false),
            (Era::Win2000, Exclusive::AdminOnly, false),
            (Era::Xp, Exclusive::AdminOnly, false),
            (Era::XpSp2, Exclusive::Anyone, false),
            (Era::Server2003, Exclusive::Anyone, true),
            (Era::Vista, Exclusive::Anyone, true),
        ];
        for (era, exclusive, enhanced) in rows {
            let p = era.profile();
            assert!(p.reuseaddr, "{era}");
            assert_eq!(p.exclusive, exclusive, "{era}");
            assert_eq!(p.enhanced_security, enhanced, "{era}");
        }
    }

    #[test]
    fn dynamic_ports_and_dual_stack_change_at_vista() {
        assert_eq!(Era::Server2003.profile().dynamic_ports, (1025, 5000));
        assert_eq!(Era::Server2003.profile().ipv6, Ipv6::SeparateStack);
        assert_eq!(Era::Vista.profile().dynamic_ports, (49152, 65535));
        assert_eq!(Era::Vista.profile().ipv6, Ipv6::DualStack);
    }

    #[test]
    fn every_dynamic_range_is_a_valid_port_range() {
        // The ephemeral allocator takes the era's range without checking it on each bind.
        for era in Era::ALL {
            let (first, last) = era.profile().dynamic_ports;
            assert!(crate::ports::PortRange::new(first, last).is_ok(), "{era}");
        }
    }

    #[test]
    fn only_eras_after_vista_default_to_observed_behaviour() {
        for era in Era::ALL {
            let expected = if era > Era::Server2008 { Behaviour::Observed } else { Behaviour::Documented };
            assert_eq!(era.profile().behaviour, expected, "{era}");
        }
    }

    #[test]
    fn unknown_era_lists_the_known_ones() {
        let err = "win3.1".parse::<Era>().unwrap_err().to_string();
        assert!(err.starts_with("unknown era `win3.1` (expected one of: win95, win98"), "{err}");
    }
}
