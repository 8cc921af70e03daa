//! Outcome tables in the documents' layout, generated from the rules.
//!
//! [`generate`] builds a [`Table`] (pure), [`render`] writes it in a [`Format`] (pure). The row
//! and column order is one constant, [`CALLERS`], taken from seed 002, so every format agrees.
//!
//! ```
//! use winsock_bind::table::{self, Format, Spec};
//! use winsock_bind::{rules::Users, Era};
//! let t = table::generate(&Spec::new(Era::Server2003, Users::Different));
//! let csv = table::render(&t, Format::Csv);
//! assert!(csv.starts_with("first_option,first_address,second_option,second_address,outcome\n"));
//! assert_eq!(csv.lines().count(), 37);
//! ```

mod render;

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

pub use render::{render, Format};

use crate::endpoint::{Endpoint, Proto};
use crate::era::{Era, Exclusive};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::rules::{self, Binding, Decision, Refusal, Users};

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
}

crate::endpoint::word_enum!(TableFamily, "family", V4 => ["v4", "ipv4"], V6 => ["v6", "ipv6"], Dual => ["dual", "dual-stack"]);

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

    fn endpoint(&self, kind: AddrKind) -> (Endpoint, bool) {
        const PORT: u16 = 5150; // the port of seed 002's example
        let ip = match (self.family, kind) {
            (TableFamily::V4, AddrKind::Wildcard) => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            (TableFamily::V4, AddrKind::Specific) => IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)),
            (TableFamily::V6 | TableFamily::Dual, AddrKind::Wildcard) => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            (TableFamily::V6 | TableFamily::Dual, AddrKind::Specific) => {
                IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1))
            }
        };
        (Endpoint::new(ip, PORT), self.family != TableFamily::Dual)
    }
}

/// One cell: the second caller's outcome after the first caller bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The row.
    pub first: Caller,
    /// The column.
    pub second: Caller,
    /// What happened to the second caller, and why. If a caller cannot even set its option in
    /// this era, the cell is that refusal.
    pub decision: Decision,
}

/// A generated table: 36 cells, rows then columns in [`CALLERS`] order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// What the table is about.
    pub spec: Spec,
    /// The cells, row by row.
    pub cells: Vec<Cell>,
}

/// Generates a table from the rules.
pub fn generate(spec: &Spec) -> Table {
    let cells = CALLERS
        .iter()
        .flat_map(|&first| {
            CALLERS.iter().map(move |&second| Cell { first, second, decision: cell(spec, first, second) })
        })
        .collect();
    Table { spec: *spec, cells }
}

fn cell(spec: &Spec, first: Caller, second: Caller) -> Decision {
    let admin = spec.callers_are_admins();
    let binding = |socket, owner, caller: Caller| -> Result<Binding, Refusal> {
        let mode = rules::options::apply(spec.era, caller.mode, admin)?;
        let (endpoint, v6only) = spec.endpoint(caller.addr);
        Ok(Binding::new(SocketId(socket), UserId(owner), endpoint, mode, v6only))
    };
    let second_owner = match spec.users {
        Users::Same => 1,
        Users::Different => 2,
    };
    match (binding(1, 1, first), binding(2, second_owner, second)) {
        (Ok(a), Ok(b)) => rules::decide(spec.era, &b, &[a]),
        (Err(refusal), _) | (Ok(_), Err(refusal)) => *refusal.decision(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::WsaError;

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
}
