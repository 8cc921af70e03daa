//! Two binds in one line: the answer a unit test or `winsock-bind explain` wants.

use std::path::Path;
use std::str::FromStr;

use crate::endpoint::{parse_port, split_host_port, Endpoint};
use crate::era::Era;
use crate::error::InputError;
use crate::host::Host;
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;
use crate::ports::netsh::{self, NetshError};
use crate::ports::{Exclusion, PortKind};
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
        // With the port optional, `::1:80` would silently be the address ::0.1.0.128 on port 5150.
        if addr.matches(':').count() > 1 && !addr.starts_with('[') {
            return Err(InputError::address(addr, "write IPv6 addresses in brackets, e.g. [::1] or [::1]:80"));
        }
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

/// Predicts a bind on a machine with excluded port ranges, after an optional first bind: what
/// `winsock-bind explain --excluded FILE` answers.
///
/// A port inside one of `excluded` fails with WSAEACCES by rule P2, naming the range, whatever
/// the options (`domain.md`, "Eras"); otherwise the answer is [`second_bind`]'s, or, without a
/// first bind, the bind on a free port. An option the caller cannot set is refused first, as
/// `setsockopt` comes before `bind`.
///
/// # Errors
///
/// [`InputError`] when a description does not parse.
///
/// ```
/// use winsock_bind::ports::{Exclusion, PortRange};
/// use winsock_bind::{bind_with_exclusions, rules::Users, Era, Reason, WsaError};
/// let docker = [Exclusion { range: PortRange::new(50000, 50059)?, administered: true }];
/// let d = bind_with_exclusions(Era::Win11, Users::Same, None, "default 0.0.0.0:50000", &docker)?;
/// assert_eq!((d.error(), d.reason), (Some(WsaError::Access), Reason::ExcludedPortRange));
/// assert!(d.to_string().contains("inside the excluded port range 50000-50059"));
/// assert!(bind_with_exclusions(Era::Win11, Users::Same, None, "default 0.0.0.0:50060", &docker)?.is_ok());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn bind_with_exclusions(
    era: Era,
    users: Users,
    first: Option<&str>,
    second: &str,
    excluded: &[Exclusion],
) -> Result<Decision, InputError> {
    let b: BindSpec = second.parse()?;
    let a: Option<BindSpec> = first.map(str::parse).transpose()?;
    let port = match a {
        Some(a) if a.port_given && !b.port_given => a.endpoint.port,
        Some(_) | None => b.endpoint.port,
    };
    let mode = match rules::options::apply(era, b.mode, b.admin) {
        Ok(mode) => mode,
        Err(refusal) => return Ok(*refusal.decision()),
    };
    let endpoint = b.endpoint.with_port(port);
    if let Some(d) = rules::ports::excluded(endpoint, excluded) {
        return Ok(d);
    }
    match first {
        Some(first) => second_bind(era, users, first, second),
        None => Ok(rules::decide(era, &Binding::new(SocketId(1), UserId(1), endpoint, mode, b.v6only), &[])),
    }
}

/// A host of `era` configured from files of netsh output: `excluded` holds what
/// `netsh interface ipv4 show excludedportrange protocol=tcp` (or `udp`) printed, `dynamic`
/// what `netsh int ipv4 show dynamicport tcp` (or `udp`) printed. What `winsock-bind ports` and
/// `explain --excluded` start from.
///
/// # Errors
///
/// [`NetshError`] naming the file and line of malformed text, or the file when the era has no
/// such netsh output (both commands exist from Vista on).
pub fn host_from_netsh(
    era: Era,
    excluded: &[impl AsRef<Path>],
    dynamic: &[impl AsRef<Path>],
) -> Result<Host, NetshError> {
    let mut host = Host::new(era);
    let pre_vista = |path: &Path, what: &str| NetshError {
        file: Some(path.display().to_string()),
        line: None,
        message: format!("{era} has no `{what}`: netsh int ipv4 exists from vista on"),
    };
    for path in excluded {
        let path = path.as_ref();
        let sections = netsh::read_excluded(path)?;
        if PortKind::Excluded.check_era(era).is_err() {
            return Err(pre_vista(path, "netsh int ipv4 show excludedportrange"));
        }
        sections.iter().for_each(|s| host.apply_excluded(s));
    }
    for path in dynamic {
        let path = path.as_ref();
        let sections = netsh::read_dynamic(path)?;
        if era < Era::Vista {
            return Err(pre_vista(path, "netsh int ipv4 show dynamicport"));
        }
        sections.iter().for_each(|s| host.apply_dynamic(s));
    }
    Ok(host)
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
        for bad in
            ["", "exclusive", "steal 0.0.0.0", "exclusive reuseaddr 0.0.0.0", "reuseaddr 300.0.0.1", "default ::1:80"]
        {
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
