//! Socket options: the reuse axis that the bind rules read, and the option names of Winsock.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::InputError;

/// How a socket asked to share its port: the one axis of options the bind rules read.
///
/// Setting both SO_REUSEADDR and SO_EXCLUSIVEADDRUSE is refused at `setsockopt` (WSAEINVAL),
/// so there is no variant for it.
///
/// It reads (from text, and in files) from the same words everywhere: `default` (or `none`),
/// `reuseaddr` (or `SO_REUSEADDR`), `exclusive` (or `SO_EXCLUSIVEADDRUSE`), in any case.
///
/// ```
/// use winsock_bind::ReuseMode;
/// assert_eq!("SO_EXCLUSIVEADDRUSE".parse::<ReuseMode>()?, ReuseMode::Exclusive);
/// assert_eq!(serde_json::from_str::<ReuseMode>(r#""SO_REUSEADDR""#).unwrap(), ReuseMode::ReuseAddr);
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum ReuseMode {
    /// Neither option set: Windows' default.
    Default,
    /// SO_REUSEADDR set.
    #[serde(rename = "reuseaddr")]
    ReuseAddr,
    /// SO_EXCLUSIVEADDRUSE set.
    Exclusive,
}

impl ReuseMode {
    /// The three modes in the documents' row and column order.
    pub const ALL: [Self; 3] = [Self::Default, Self::ReuseAddr, Self::Exclusive];

    /// The label the documents use in their tables: `Default`, `SO_REUSEADDR`, `SO_EXCLUSIVEADDRUSE`.
    pub fn document_label(self) -> &'static str {
        match self {
            Self::Default => "Default",
            Self::ReuseAddr => "SO_REUSEADDR",
            Self::Exclusive => "SO_EXCLUSIVEADDRUSE",
        }
    }

    /// The option this mode sets, if any.
    pub fn option(self) -> Option<SocketOption> {
        match self {
            Self::Default => None,
            Self::ReuseAddr => Some(SocketOption::ReuseAddr),
            Self::Exclusive => Some(SocketOption::ExclusiveAddressUse),
        }
    }
}

impl TryFrom<String> for ReuseMode {
    type Error = InputError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl fmt::Display for ReuseMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Default => "default",
            Self::ReuseAddr => "reuseaddr",
            Self::Exclusive => "exclusive",
        })
    }
}

impl FromStr for ReuseMode {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "default" | "none" => Ok(Self::Default),
            "reuseaddr" | "so_reuseaddr" | "reuse" => Ok(Self::ReuseAddr),
            "exclusive" | "so_exclusiveaddruse" | "exclusiveaddruse" => Ok(Self::Exclusive),
            _ => Err(InputError::unknown(
                "option",
                s,
                "default, reuseaddr (SO_REUSEADDR), exclusive (SO_EXCLUSIVEADDRUSE)",
            )),
        }
    }
}

/// A socket option of Winsock that the model knows, by its Windows name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SocketOption {
    /// `SO_REUSEADDR`: **simulated**; lets the socket share a port ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
    #[serde(rename = "SO_REUSEADDR")]
    ReuseAddr,
    /// `SO_EXCLUSIVEADDRUSE`: **simulated**; forbids sharing the port ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
    #[serde(rename = "SO_EXCLUSIVEADDRUSE")]
    ExclusiveAddressUse,
    /// `IPV6_V6ONLY`: **simulated**; off makes an IPv6 socket dual-stack (Microsoft Learn, Dual-Stack Sockets).
    #[serde(rename = "IPV6_V6ONLY")]
    V6Only,
    /// `SO_LINGER`: **simulated** for on with 0 seconds (abortive close); other values are stored.
    #[serde(rename = "SO_LINGER")]
    Linger,
    /// `SO_ACCEPTCONN`: read-only; whether the socket is listening.
    #[serde(rename = "SO_ACCEPTCONN")]
    AcceptConn,
    /// `SO_REUSEPORT`: Linux's option to share a port among sockets of one user (socket(7));
    /// Winsock has no such option, so Windows answers WSAENOPROTOOPT.
    #[serde(rename = "SO_REUSEPORT")]
    ReusePort,
}

impl SocketOption {
    /// The old spelling of [`ExclusiveAddressUse`](Self::ExclusiveAddressUse), kept so that code
    /// written before it compiles.
    #[deprecated(note = "use SocketOption::ExclusiveAddressUse: one spelling with the builder and files")]
    #[allow(non_upper_case_globals)]
    pub const ExclusiveAddrUse: Self = Self::ExclusiveAddressUse;

    /// Every option, in definition order.
    pub const ALL: [Self; 6] =
        [Self::ReuseAddr, Self::ExclusiveAddressUse, Self::V6Only, Self::Linger, Self::AcceptConn, Self::ReusePort];

    /// The Winsock name, e.g. `SO_EXCLUSIVEADDRUSE`.
    pub fn name(self) -> &'static str {
        match self {
            Self::ReuseAddr => "SO_REUSEADDR",
            Self::ExclusiveAddressUse => "SO_EXCLUSIVEADDRUSE",
            Self::V6Only => "IPV6_V6ONLY",
            Self::Linger => "SO_LINGER",
            Self::AcceptConn => "SO_ACCEPTCONN",
            Self::ReusePort => "SO_REUSEPORT",
        }
    }
}

impl fmt::Display for SocketOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SocketOption {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        Self::ALL.into_iter().find(|o| o.name().eq_ignore_ascii_case(t)).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|o| o.name()).collect();
            InputError::unknown("socket option", s, names.join(", "))
        })
    }
}
