//! The two kinds of error: [`WsaError`], a correct answer from the simulated Windows machine,
//! and [`InputError`], a problem with what the user gave us (a scenario, an argument).
//!
//! The split follows turmoil-net: a refused bind is a value the model computes, whereas a
//! malformed address is a failure of the input and exits with status 2.

use std::fmt;
use std::str::FromStr;

/// Defines [`WsaError`] once, from rows of `Variant = code, "WSANAME", "short", "description";`.
///
/// Everything about an error (its number, its real name, the short name used in CSV cells and
/// scenario files, its description) comes from one row, so the vocabulary cannot drift.
macro_rules! wsa_errors {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $name:literal, $short:literal, $desc:literal; )*) => {
        /// A Winsock error, with its real name and number.
        ///
        /// `Display` shows both, as Windows programmers read them:
        ///
        /// ```
        /// use winsock_bind::WsaError;
        /// assert_eq!(WsaError::Access.to_string(), "WSAEACCES (10013)");
        /// assert_eq!("inuse".parse::<WsaError>(), Ok(WsaError::AddrInUse));
        /// assert_eq!("10013".parse::<WsaError>(), Ok(WsaError::Access));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        #[non_exhaustive]
        pub enum WsaError {
            $( $(#[$doc])* #[doc(alias = $name)] $variant = $code, )*
        }

        impl WsaError {
            /// Every error of the vocabulary, in the order of definition.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The Winsock error number, e.g. 10013.
            pub const fn code(self) -> u16 {
                self as u16
            }

            /// The real Winsock name, e.g. `WSAEACCES`.
            pub const fn name(self) -> &'static str {
                match self { $(Self::$variant => $name,)* }
            }

            /// The short lowercase name used in CSV cells, e.g. `access`.
            pub const fn short(self) -> &'static str {
                match self { $(Self::$variant => $short,)* }
            }

            /// What the error means, in a few words.
            pub const fn description(self) -> &'static str {
                match self { $(Self::$variant => $desc,)* }
            }

            /// The error with this Winsock number, if it is one of ours.
            pub fn from_code(code: u32) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)* _ => None }
            }
        }
    };
}

wsa_errors! {
    /// Permission denied: the port is protected ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Tables 2 to 4) or excluded.
    Access = 10013, "WSAEACCES", "access", "permission denied";
    /// Invalid argument: bind twice, listen before bind, both reuse options on.
    Inval = 10022, "WSAEINVAL", "inval", "invalid argument";
    /// The handle is not a socket, or the socket is closed.
    NotSock = 10038, "WSAENOTSOCK", "notsock", "not a socket";
    /// A non-blocking call found nothing to do (accept with no pending connection).
    WouldBlock = 10035, "WSAEWOULDBLOCK", "wouldblock", "resource temporarily unavailable";
    /// The option is unknown or unsupported in this era (SO_EXCLUSIVEADDRUSE on 9x).
    NoProtoOpt = 10042, "WSAENOPROTOOPT", "noprotoopt", "bad protocol option";
    /// The operation is not supported on this kind of socket (listen on UDP).
    OpNotSupp = 10045, "WSAEOPNOTSUPP", "opnotsupp", "operation not supported";
    /// The address family is not supported (IPv6 before it existed, an IPv6 address on an IPv4 socket).
    AfNoSupport = 10047, "WSAEAFNOSUPPORT", "afnosupport", "address family not supported";
    /// The address and port are in use ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", Tables 2 to 4).
    AddrInUse = 10048, "WSAEADDRINUSE", "inuse", "address already in use";
    /// The address is not one of this host's addresses.
    AddrNotAvail = 10049, "WSAEADDRNOTAVAIL", "addrnotavail", "cannot assign requested address";
    /// No buffer space: the ephemeral port range is exhausted.
    NoBufs = 10055, "WSAENOBUFS", "nobufs", "no buffer space available";
    /// The socket is already connected.
    IsConn = 10056, "WSAEISCONN", "isconn", "socket is already connected";
    /// The socket is not connected.
    NotConn = 10057, "WSAENOTCONN", "notconn", "socket is not connected";
    /// Nobody listens on the address the connection was sent to.
    ConnRefused = 10061, "WSAECONNREFUSED", "connrefused", "connection refused";
    /// No host of the network has the destination address (a network of hosts, rule N4).
    HostUnreach = 10065, "WSAEHOSTUNREACH", "hostunreach", "no route to host";
}

impl fmt::Display for WsaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.code())
    }
}

impl std::error::Error for WsaError {}

impl FromStr for WsaError {
    type Err = InputError;

    /// Accepts the real name (`WSAEACCES`), the short name (`access`) or the number (`10013`),
    /// case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Ok(code) = t.parse::<u32>() {
            return Self::from_code(code).ok_or_else(|| InputError::unknown("Winsock error", s, names()));
        }
        Self::ALL
            .iter()
            .copied()
            .find(|e| e.name().eq_ignore_ascii_case(t) || e.short().eq_ignore_ascii_case(t))
            .ok_or_else(|| InputError::unknown("Winsock error", s, names()))
    }
}

fn names() -> String {
    WsaError::ALL.iter().map(|e| e.short()).collect::<Vec<_>>().join(", ")
}

impl serde::Serialize for WsaError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for WsaError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A problem with the user's input: an argument, an address, a scenario file.
///
/// Messages are short and lowercase and say what would be accepted; the command-line tool
/// prints them on stderr and exits with status 2.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// A word that is not one of the accepted values.
    #[error("unknown {what} `{}` (expected one of: {expected})", crate::text::Quoted(got))]
    Unknown {
        /// What kind of word it should have been, e.g. "era".
        what: &'static str,
        /// What the user wrote.
        got: String,
        /// The accepted values.
        expected: String,
    },
    /// An address or endpoint that does not parse.
    #[error("bad address `{}`: {}", crate::text::Quoted(got), crate::Escaped(why))]
    Address {
        /// What the user wrote.
        got: String,
        /// Why it was rejected.
        why: String,
    },
    /// A value that is out of range or of the wrong kind.
    #[error("bad {what} `{}`: {}", crate::text::Quoted(got), crate::Escaped(why))]
    Value {
        /// Which value.
        what: &'static str,
        /// What the user wrote.
        got: String,
        /// Why it was rejected.
        why: String,
    },
}

impl InputError {
    pub(crate) fn unknown(what: &'static str, got: &str, expected: impl Into<String>) -> Self {
        Self::Unknown { what, got: got.to_owned(), expected: expected.into() }
    }

    pub(crate) fn address(got: &str, why: impl Into<String>) -> Self {
        Self::Address { got: got.to_owned(), why: why.into() }
    }

    pub(crate) fn value(what: &'static str, got: &str, why: impl Into<String>) -> Self {
        Self::Value { what, got: got.to_owned(), why: why.into() }
    }
}

/// `{:?}` prints the message (as `Display`), so `unwrap()` in a test says what is wrong;
/// `{:#?}` prints the variant and its fields.
///
/// ```
/// let err = "10.0.0.1:99999".parse::<winsock_bind::Endpoint>().unwrap_err();
/// assert_eq!(format!("{err:?}"), "bad address `10.0.0.1:99999`: port 99999 is out of range (0 to 65535)");
/// assert!(format!("{err:#?}").starts_with("Address {"));
/// ```
impl fmt::Debug for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        match self {
            Self::Unknown { what, got, expected } => {
                f.debug_struct("Unknown").field("what", what).field("got", got).field("expected", expected).finish()
            }
            Self::Address { got, why } => f.debug_struct("Address").field("got", got).field("why", why).finish(),
            Self::Value { what, got, why } => {
                f.debug_struct("Value").field("what", what).field("got", got).field("why", why).finish()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_round_trips_through_name_short_name_and_number() {
        for &e in WsaError::ALL {
            assert_eq!(e.name().parse::<WsaError>(), Ok(e));
            assert_eq!(e.short().parse::<WsaError>(), Ok(e));
            assert_eq!(e.code().to_string().parse::<WsaError>(), Ok(e));
            assert_eq!(e.name().to_lowercase().parse::<WsaError>(), Ok(e));
        }
    }

    #[test]
    fn display_reads_name_then_number() {
        assert_eq!(WsaError::AddrInUse.to_string(), "WSAEADDRINUSE (10048)");
        assert_eq!(WsaError::Inval.to_string(), "WSAEINVAL (10022)");
    }

    #[test]
    fn numbers_are_the_real_winsock_numbers() {
        let expected = [
            (WsaError::Access, 10013),
            (WsaError::Inval, 10022),
            (WsaError::NotSock, 10038),
            (WsaError::NoProtoOpt, 10042),
            (WsaError::AfNoSupport, 10047),
            (WsaError::AddrInUse, 10048),
            (WsaError::AddrNotAvail, 10049),
            (WsaError::NoBufs, 10055),
            (WsaError::IsConn, 10056),
        ];
        for (e, code) in expected {
            assert_eq!(e.code(), code, "{e:?}");
        }
    }

    #[test]
    fn unknown_names_and_numbers_are_input_errors() {
        for bad in ["", "WSAEFOO", "10000", "-1", "acces"] {
            assert!(bad.parse::<WsaError>().is_err(), "{bad}");
        }
    }
}
