//! Two binds in one line: the answer a unit test or `winsock-bind explain` wants.

use std::str::FromStr;

use crate::endpoint::{parse_port, split_host_port, Endpoint};
use crate::era::Era;
use crate::error::InputError;
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::rules::{self, Binding, Decision, Refusal, Users};

/// The port used when a bind description gives none (seed 002's example port).
pub const DEFAULT_PORT: u16 = 5150;

/// How one caller binds, written as words then an address: `"exclusive 0.0.0.0"`,
/// `"reuseaddr 10.0.0.1:80"`, `"dual [::]:80"`, `"admin exclusive 0.0.0.0"`.
///
/// Words: `default`, `reuseaddr`, `exclusive` (at most one of these), `dual` (IPV6_V6ONLY off),
/// `admin` (the caller is an administrator). The port defaults to 5150.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BindSpec {
    /// The option set before bind.
    pub mode: ReuseMode,
    /// The address, with the port if one was written.
    pub endpoint: Endpoint,
    /// Whether the text gave a port.
    pub port_given: bool,
    /// IPV6_V6ONLY (Windows' default is on).
    pub v6only: bool,
    /// Whether the caller is an administrator.
    pub admin: bool,
}

impl FromStr for BindSpec {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let words: Vec<&str> = s.split_whitespace().collect();
        let (addr, opts) = words.split_last().ok_or_else(|| {
            InputError::value("bind description", s, "expected options then an address, e.g. \"exclusive 0.0.0.0\"")
        })?;
        let mut spec = Self {
            mode: ReuseMode::Default,
            endpoint: Endpoint::new(split_host_port(addr)?.0, DEFAULT_PORT),
            port_given: false,
            v6only: true,
            admin: false,
        };
        if let (_, Some(port)) = split_host_port(addr)? {
            spec.endpoint.port = parse_port(addr, port)?;
            spec.port_given = true;
        }
        let mut mode_seen = false;
        for word in opts {
            match word.to_ascii_lowercase().as_str() {
                "dual" => spec.v6only = false,
                "admin" => spec.admin = true,
                _ => {
                    let mode = word.parse::<ReuseMode>().map_err(|_| {
                        InputError::unknown("bind word", word, "default, reuseaddr, exclusive, dual, admin")
                    })?;
                    if mode_seen {
                        return Err(InputError::value(
                            "bind description",
                            s,
                            "give at most one of default, reuseaddr, exclusive",
                        ));
                    }
                    mode_seen = true;
                    spec.mode = mode;
                }
            }
        }
        Ok(spec)
    }
}

/// Predicts a second bind after a first one, on a machine of `era`.
///
/// `first` and `second` are [`BindSpec`] texts. When only one gives a port, the other uses the
/// same one. If a caller cannot even set its option (SO_EXCLUSIVEADDRUSE on Windows 98, say), the
/// decision is that refusal.
///
/// # Errors
///
/// [`InputError`] when a description does not parse.
///
/// ```
/// use winsock_bind::{second_bind, rules::Users, Era, WsaError};
/// // Another account's SO_REUSEADDR bind to a specific address under an exclusive wildcard:
/// assert_eq!(second_bind(Era::Server2003, Users::Different, "exclusive 0.0.0.0", "reuseaddr 10.0.0.1")?.error(),
///            Some(WsaError::Access));
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn second_bind(era: Era, users: Users, first: &str, second: &str) -> Result<Decision, InputError> {
    let mut a: BindSpec = first.parse()?;
    let mut b: BindSpec = second.parse()?;
    match (a.port_given, b.port_given) {
        (true, false) => b.endpoint.port = a.endpoint.port,
        (false, true) => a.endpoint.port = b.endpoint.port,
        (true, true) | (false, false) => {}
    }
    let owner_b = match users {
        Users::Same => UserId(1),
        Users::Different => UserId(2),
    };
    let binding = |spec: &BindSpec, socket, owner| -> Result<Binding, Refusal> {
        let mode = rules::options::apply(era, spec.mode, spec.admin)?;
        Ok(Binding::new(SocketId(socket), owner, spec.endpoint, mode, spec.v6only))
    };
    Ok(match (binding(&a, 1, UserId(1)), binding(&b, 2, owner_b)) {
        (Ok(x), Ok(y)) => rules::decide(era, &y, &[x]),
        (Err(refusal), _) | (Ok(_), Err(refusal)) => *refusal.decision(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::WsaError;

    #[test]
    fn bind_descriptions_parse_words_and_addresses() {
        let s: BindSpec = "admin exclusive 0.0.0.0".parse().unwrap();
        assert_eq!(
            (s.mode, s.admin, s.endpoint.to_string(), s.port_given),
            (ReuseMode::Exclusive, true, "0.0.0.0:5150".into(), false)
        );
        let s: BindSpec = "dual [::]:80".parse().unwrap();
        assert_eq!((s.mode, s.v6only, s.endpoint.port), (ReuseMode::Default, false, 80));
        for bad in ["", "exclusive", "steal 0.0.0.0", "exclusive reuseaddr 0.0.0.0", "reuseaddr 300.0.0.1"] {
            assert!(bad.parse::<BindSpec>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_port_given_once_applies_to_both() {
        let d = second_bind(Era::Xp, Users::Same, "default 0.0.0.0:80", "default 0.0.0.0").unwrap();
        assert_eq!(d.error(), Some(WsaError::AddrInUse));
        let d = second_bind(Era::Xp, Users::Same, "default 0.0.0.0:80", "default 0.0.0.0:81").unwrap();
        assert!(d.is_ok());
    }
}
