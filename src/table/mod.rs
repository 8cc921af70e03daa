//! Outcome tables in the documents' layout, generated from the rules.
//!
//! [`generate`] builds a [`Table`] (pure), [`render`] writes it in a [`Format`] (pure). The row
//! and column order is one constant, [`CALLERS`], taken from "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", so every format agrees.
//!
//! ```
//! use winsock_bind::table::{self, Format, Spec};
//! use winsock_bind::{rules::Users, Era};
//! let t = table::generate(&Spec::new(Era::Server2003, Users::Different));
//! let csv = table::render(&t, Format::Csv);
//! assert!(csv.starts_with("first_option,first_address,second_option,second_address,outcome\n"));
//! assert_eq!(csv.lines().count(), 37);
//! ```

mod compare;
mod csv;
mod generated;
mod html;
mod json;
mod linux;
mod markdown;
mod render;

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

pub use compare::{CompareCell, CompareOption, CompareSpec, CompareTable, COMPARE_SCHEMA_VERSION};
pub use generated::{generated_set, REGENERATE_COMMAND};
pub use json::SCHEMA_VERSION;
pub use linux::{FirstState, LinuxSpec, LINUX_SCHEMA_VERSION};
pub use render::{render, render_with, Format, RenderOptions};

use crate::endpoint::{Endpoint, Proto};
use crate::era::{Era, Exclusive, Ipv6};
use crate::error::InputError;
use crate::evidence::Evidence;
use crate::explain::BindSpec;
use crate::options::ReuseMode;
use crate::rules::{Decision, Users};

/// Which address a caller binds: the family's wildcard or one specific address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AddrKind {
    /// `0.0.0.0` / `::`.
    Wildcard,
    /// One address of an interface (the same one for both callers).
    Specific,
}

impl fmt::Display for AddrKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Wildcard => "wildcard",
            Self::Specific => "specific",
        })
    }
}

impl AddrKind {
    /// The label the documents use: `Wildcard`, `Specific`.
    pub fn document_label(self) -> &'static str {
        match self {
            Self::Wildcard => "Wildcard",
            Self::Specific => "Specific",
        }
    }
}

/// One caller of a table: the option it sets and the kind of address it binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Caller {
    /// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither.
    pub mode: ReuseMode,
    /// Wildcard or specific.
    pub addr: AddrKind,
}

/// The rows (first caller) and columns (second caller), in the documents' order.
pub const CALLERS: [Caller; 6] = [
    Caller { mode: ReuseMode::Default, addr: AddrKind::Wildcard },
    Caller { mode: ReuseMode::Default, addr: AddrKind::Specific },
    Caller { mode: ReuseMode::ReuseAddr, addr: AddrKind::Wildcard },
    Caller { mode: ReuseMode::ReuseAddr, addr: AddrKind::Specific },
    Caller { mode: ReuseMode::Exclusive, addr: AddrKind::Wildcard },
    Caller { mode: ReuseMode::Exclusive, addr: AddrKind::Specific },
];

/// The address families a table can be drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TableFamily {
    /// IPv4 sockets: `0.0.0.0` and `10.0.0.1` (the documents' tables).
    V4,
    /// IPv6 sockets with IPV6_V6ONLY on: `::` and `2001:db8::1`.
    V6,
    /// IPv6 sockets with IPV6_V6ONLY off (dual-stack): `::` and `2001:db8::1`.
    Dual,
    /// A dual-stack socket (`[::]`, `[::ffff:10.0.0.1]`, IPV6_V6ONLY off) and an IPv4 socket
    /// (`0.0.0.0`, `10.0.0.1`), in both orders: two sections, dual-stack first, then IPv4 first.
    Mixed,
}

crate::endpoint::word_enum!(
    TableFamily, "family",
    V4 => ["v4", "ipv4"], V6 => ["v6", "ipv6"], Dual => ["dual", "dual-stack"], Mixed => ["mixed"]
);

impl TableFamily {
    /// Every family, in the order of the selectors and of `tables/generated/`.
    pub const ALL: [Self; 4] = [Self::V4, Self::V6, Self::Dual, Self::Mixed];

    /// The sections of a table of this family: which kind of socket binds first and second.
    pub fn sections(self) -> &'static [Section] {
        use SocketKind::{Dual, DualMapped, V4, V6};
        const fn s(first: SocketKind, second: SocketKind) -> Section {
            Section { first, second }
        }
        const V4_ONLY: [Section; 1] = [s(V4, V4)];
        const V6_ONLY: [Section; 1] = [s(V6, V6)];
        const DUAL: [Section; 1] = [s(Dual, Dual)];
        const MIXED: [Section; 2] = [s(DualMapped, V4), s(V4, DualMapped)];
        match self {
            Self::V4 => &V4_ONLY,
            Self::V6 => &V6_ONLY,
            Self::Dual => &DUAL,
            Self::Mixed => &MIXED,
        }
    }

    /// Whether an era's stack can draw this family (`Era::profile().ipv6`): IPv6 needs an IPv6
    /// stack, `dual` and `mixed` need the one dual-stack TCP/IP stack of Vista and later.
    pub fn available_in(self, era: Era) -> bool {
        match (self, era.profile().ipv6) {
            (Self::V4, Ipv6::None | Ipv6::SeparateStack | Ipv6::DualStack) => true,
            (Self::V6, Ipv6::SeparateStack | Ipv6::DualStack) => true,
            (Self::Dual | Self::Mixed, Ipv6::DualStack) => true,
            (Self::V6, Ipv6::None) | (Self::Dual | Self::Mixed, Ipv6::None | Ipv6::SeparateStack) => false,
        }
    }
}

/// How one caller's socket is made in a table: its family, IPV6_V6ONLY, and the two addresses it
/// binds (wildcard and specific, port 5150).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SocketKind {
    /// An IPv4 socket: `0.0.0.0`, `10.0.0.1`.
    V4,
    /// An IPv6 socket with IPV6_V6ONLY on (Windows' default): `[::]`, `[2001:db8::1]`.
    V6,
    /// An IPv6 socket with IPV6_V6ONLY off: `[::]`, `[2001:db8::1]`.
    Dual,
    /// An IPv6 socket with IPV6_V6ONLY off that reaches IPv4: `[::]`, `[::ffff:10.0.0.1]` (the
    /// dual-stack side of a `mixed` table).
    DualMapped,
}

impl SocketKind {
    /// The word used in CSV, JSON and the HTML page: `v4`, `v6`, `dual` (both dual-stack kinds).
    pub fn word(self) -> &'static str {
        match self {
            Self::V4 => "v4",
            Self::V6 => "v6",
            Self::Dual | Self::DualMapped => "dual",
        }
    }

    /// A short description for titles: `IPv4`, `IPv6 dual-stack (IPV6_V6ONLY off)`, ...
    pub fn label(self) -> &'static str {
        match self {
            Self::V4 => "IPv4",
            Self::V6 => "IPv6 (IPV6_V6ONLY on)",
            Self::Dual | Self::DualMapped => "IPv6 dual-stack (IPV6_V6ONLY off)",
        }
    }

    /// Whether the socket has IPV6_V6ONLY on (true for IPv4 sockets, where it means nothing).
    pub fn v6only(self) -> bool {
        match self {
            Self::V4 | Self::V6 => true,
            Self::Dual | Self::DualMapped => false,
        }
    }

    /// The endpoint this kind of socket binds for a kind of address.
    pub fn endpoint(self, kind: AddrKind) -> Endpoint {
        let ip = match (self, kind) {
            (Self::V4, AddrKind::Wildcard) => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            (Self::V4, AddrKind::Specific) => IpAddr::V4(SPECIFIC_V4),
            (Self::V6 | Self::Dual | Self::DualMapped, AddrKind::Wildcard) => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            (Self::V6 | Self::Dual, AddrKind::Specific) => IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
            (Self::DualMapped, AddrKind::Specific) => IpAddr::V6(SPECIFIC_V4.to_ipv6_mapped()),
        };
        Endpoint::new(ip, PORT)
    }
}

/// The port of the example of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE".
const PORT: u16 = 5150;
/// The specific IPv4 address of the example of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE".
const SPECIFIC_V4: Ipv4Addr = Ipv4Addr::new(10, 0, 0, 1);

/// Which kind of socket binds first (the rows) and which binds second (the columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Section {
    /// The socket that binds first.
    pub first: SocketKind,
    /// The socket that binds second.
    pub second: SocketKind,
}

/// What a table is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Spec {
    /// The Windows era.
    pub era: Era,
    /// Same or different accounts (matters only with enhanced socket security).
    pub users: Users,
    /// The address family of both sockets.
    pub family: TableFamily,
    /// The protocol of both sockets (the bind rules are the same for TCP and UDP).
    pub proto: Proto,
}

impl Spec {
    /// An IPv4 TCP table, as in the documents.
    pub fn new(era: Era, users: Users) -> Self {
        Self { era, users, family: TableFamily::V4, proto: Proto::Tcp }
    }

    /// Whether the callers are administrators: only in eras where SO_EXCLUSIVEADDRUSE needs one,
    /// so that its rows show what the option does rather than the refusal to set it.
    pub fn callers_are_admins(&self) -> bool {
        self.era.profile().exclusive == Exclusive::AdminOnly
    }

    /// Whether same or different users give different tables: only with enhanced socket
    /// security (Server 2003 on).
    pub fn users_matter(&self) -> bool {
        self.era.profile().enhanced_security
    }

    /// Checks that the era can draw the family at all.
    ///
    /// # Errors
    ///
    /// [`InputError::Value`] naming the families that work for the era, when the era has no IPv6
    /// (`v6`, `dual`, `mixed`) or no dual-stack sockets (`dual`, `mixed`; everything before
    /// Vista).
    ///
    /// ```
    /// use winsock_bind::table::{Spec, TableFamily};
    /// use winsock_bind::{rules::Users, Era};
    /// let spec = Spec { family: TableFamily::Mixed, ..Spec::new(Era::XpSp2, Users::Same) };
    /// let err = spec.validate().unwrap_err().to_string();
    /// assert!(err.contains("families for xpsp2: v4, v6"), "{err}");
    /// ```
    pub fn validate(&self) -> Result<(), InputError> {
        if self.family.available_in(self.era) {
            return Ok(());
        }
        let p = self.era.profile();
        let lacks = match p.ipv6 {
            Ipv6::None => "has no IPv6 stack",
            Ipv6::SeparateStack | Ipv6::DualStack => "has no dual-stack sockets (its IPv6 stack is separate from IPv4)",
        };
        let works: Vec<String> =
            TableFamily::ALL.iter().filter(|f| f.available_in(self.era)).map(ToString::to_string).collect();
        Err(InputError::value(
            "family",
            &self.family.to_string(),
            format!("{} ({}) {lacks}; families for {}: {}", p.id, p.releases, p.id, works.join(", ")),
        ))
    }
}

/// One cell: the second caller's outcome after the first caller bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The kinds of socket of the two callers (one section of the table).
    #[serde(skip)]
    pub section: Section,
    /// The row.
    pub first: Caller,
    /// The column.
    pub second: Caller,
    /// What happened to the second caller, and why. If a caller cannot even set its option in
    /// this era, the cell is that refusal.
    pub decision: Decision,
}

impl Cell {
    /// The endpoint the first caller binds.
    pub fn first_endpoint(&self) -> Endpoint {
        self.section.first.endpoint(self.first.addr)
    }

    /// The endpoint the second caller binds.
    pub fn second_endpoint(&self) -> Endpoint {
        self.section.second.endpoint(self.second.addr)
    }

    /// What the answer rests on: the decision's evidence, from its rule and from how the two
    /// addresses relate (an IPv4-mapped address or a dual-stack pair seen on Windows is
    /// observed; a dual-stack pair only the principle decides is extrapolated).
    pub fn basis(&self) -> Evidence {
        self.decision.evidence()
    }
}

/// A generated table: for each section of its family, 36 cells, rows then columns in
/// [`CALLERS`] order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// What the table is about.
    pub spec: Spec,
    /// The cells, section by section, row by row.
    pub cells: Vec<Cell>,
}

impl Table {
    /// The sections in order, each with its 36 cells.
    pub fn sections(&self) -> impl Iterator<Item = (Section, &[Cell])> + '_ {
        self.cells.chunks(CALLERS.len() * CALLERS.len()).map(|cells| (cells[0].section, cells))
    }

    /// Whether any cell rests on this evidence.
    pub fn has_cells(&self, evidence: Evidence) -> bool {
        self.cells.iter().any(|c| c.basis() == evidence)
    }

    /// Whether any cell rests on something other than the documents.
    pub fn has_undocumented_cells(&self) -> bool {
        self.cells.iter().any(|c| c.basis() != Evidence::Documented)
    }
}

/// Generates a table from the rules.
///
/// Call [`Spec::validate`] first on specs from users: for a family the era cannot draw, the
/// cells show what the bind rules alone would say, which no real machine of that era could do.
pub fn generate(spec: &Spec) -> Table {
    let cells = spec
        .family
        .sections()
        .iter()
        .flat_map(|&section| {
            CALLERS.iter().flat_map(move |&first| {
                CALLERS.iter().map(move |&second| Cell {
                    section,
                    first,
                    second,
                    decision: cell(spec, section, first, second),
                })
            })
        })
        .collect();
    Table { spec: *spec, cells }
}

/// One cell, played on a two-socket Host by [`play`](crate::play): the same path as
/// `winsock-bind explain` and every Host user.
fn cell(spec: &Spec, section: Section, first: Caller, second: Caller) -> Decision {
    let admin = spec.callers_are_admins();
    let bind = |kind: SocketKind, caller: Caller| BindSpec {
        mode: caller.mode,
        endpoint: kind.endpoint(caller.addr),
        port_given: true,
        v6only: kind.v6only(),
        admin,
    };
    let (a, b) = (bind(section.first, first), bind(section.second, second));
    crate::explain::play(spec.era, spec.users, spec.proto, Some(&a), &b, &[]).decision
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::WsaError;
    use crate::id::SocketId;

    #[test]
    fn eras_without_exclusive_show_the_option_error_in_exclusive_rows_and_columns() {
        let t = generate(&Spec::new(Era::Win98, Users::Same));
        for c in &t.cells {
            let involves_exclusive = c.first.mode == ReuseMode::Exclusive || c.second.mode == ReuseMode::Exclusive;
            assert_eq!(c.decision.error() == Some(WsaError::NoProtoOpt), involves_exclusive, "{c:?}");
        }
    }

    #[test]
    fn users_change_nothing_before_enhanced_security() {
        for era in [Era::Win95, Era::Nt4Sp4, Era::Xp, Era::XpSp2] {
            let same = generate(&Spec::new(era, Users::Same));
            let different = generate(&Spec::new(era, Users::Different));
            let results = |t: &Table| t.cells.iter().map(|c| c.decision.result).collect::<Vec<_>>();
            assert_eq!(results(&same), results(&different), "{era}");
        }
    }

    #[test]
    fn families_follow_each_eras_ip_stack() {
        let cases = [
            (Era::Win95, [true, false, false, false]),
            (Era::Win2000, [true, false, false, false]),
            (Era::Xp, [true, true, false, false]),
            (Era::XpSp2, [true, true, false, false]),
            (Era::Server2003, [true, true, false, false]),
            (Era::Vista, [true, true, true, true]),
            (Era::Win10, [true, true, true, true]),
        ];
        for (era, expected) in cases {
            for (family, ok) in TableFamily::ALL.into_iter().zip(expected) {
                let spec = Spec { family, ..Spec::new(era, Users::Same) };
                assert_eq!(spec.validate().is_ok(), ok, "{era} {family}");
            }
        }
    }

    #[test]
    fn an_unsupported_family_names_the_families_that_work() {
        let err = Spec { family: TableFamily::Dual, ..Spec::new(Era::Server2003, Users::Same) }.validate().unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad family `dual`: server2003 (Windows Server 2003 and R2) has no dual-stack sockets \
             (its IPv6 stack is separate from IPv4); families for server2003: v4, v6"
        );
        let err = Spec { family: TableFamily::V6, ..Spec::new(Era::Win98, Users::Same) }.validate().unwrap_err();
        assert!(err.to_string().contains("has no IPv6 stack; families for win98: v4"), "{err}");
    }

    #[test]
    fn mixed_tables_have_a_dual_first_and_an_ipv4_first_section() {
        let t = generate(&Spec { family: TableFamily::Mixed, ..Spec::new(Era::Win10, Users::Different) });
        let sections: Vec<Section> = t
            .sections()
            .map(|(s, cells)| {
                assert_eq!(cells.len(), 36);
                assert!(cells.iter().all(|c| c.section == s));
                s
            })
            .collect();
        assert_eq!(
            sections,
            [
                Section { first: SocketKind::DualMapped, second: SocketKind::V4 },
                Section { first: SocketKind::V4, second: SocketKind::DualMapped },
            ]
        );
        let c = &t.cells[36 + 1]; // IPv4 first: Default Wildcard; dual second: Default Specific
        assert_eq!(
            (c.first_endpoint().to_string(), c.second_endpoint().to_string()),
            ("0.0.0.0:5150".into(), "[::ffff:10.0.0.1]:5150".into())
        );
        assert_eq!(c.decision.against.map(|b| b.socket), Some(SocketId(1)));
    }

    #[test]
    fn only_cells_beyond_the_documents_rest_on_observation_or_extrapolation() {
        for era in [Era::Vista, Era::Win10, Era::Server2025] {
            for users in [Users::Same, Users::Different] {
                for family in [TableFamily::V4, TableFamily::V6, TableFamily::Dual] {
                    let t = generate(&Spec { family, ..Spec::new(era, users) });
                    assert!(!t.has_undocumented_cells(), "{era} {users} {family}");
                }
                // A dual-stack socket against an IPv4 one: the documents say nothing. A mapped
                // address is its IPv4 address (observed); a dual-stack [::] meets IPv4 through
                // the principle, observed only for one account and the options Wine tried.
                let t = generate(&Spec { family: TableFamily::Mixed, ..Spec::new(era, users) });
                for c in &t.cells {
                    let dual = c.first.addr == AddrKind::Wildcard && c.section.first == SocketKind::DualMapped
                        || c.second.addr == AddrKind::Wildcard && c.section.second == SocketKind::DualMapped;
                    match (dual, users) {
                        (false, Users::Same | Users::Different) => {
                            assert_eq!(c.basis(), Evidence::Observed, "{era} {users} {c:?}");
                        }
                        (true, Users::Different) => assert_eq!(c.basis(), Evidence::Extrapolated, "{c:?}"),
                        (true, Users::Same) => assert_ne!(c.basis(), Evidence::Documented, "{c:?}"),
                    }
                }
                assert!(t.has_cells(Evidence::Observed));
                assert!(t.has_cells(Evidence::Extrapolated));
            }
        }
    }

    #[test]
    fn an_exclusive_dual_stack_wildcard_refuses_every_ipv4_bind() {
        let t = generate(&Spec { family: TableFamily::Mixed, ..Spec::new(Era::Win10, Users::Same) });
        // Exclusive dual-stack [::] first: it covers every IPv4 address, so E3 refuses them all.
        let row = &t.cells[4 * 6..5 * 6];
        assert!(row.iter().all(|c| c.decision.error() == Some(WsaError::Access)), "{row:?}");
    }
}
