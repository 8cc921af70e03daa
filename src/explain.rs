//! Two binds in one line: the answer a unit test or `winsock-bind explain` wants.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::Serialize;

use crate::endpoint::{parse_port, split_local_port, Endpoint, LocalAddr, Proto};
use crate::era::Era;
use crate::error::InputError;
use crate::host::Host;
use crate::id::UserId;
use crate::options::{ReuseMode, SocketOption};
use crate::ports::netsh::{self, NetshError};
use crate::ports::{Exclusion, PortKind};
use crate::rules::options::Privilege;
use crate::rules::{Decision, Refusal, Users};

/// The port used when a bind description gives none (the example port of "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE").
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
        let (local, port) = split_local_port(addr)?;
        let mut spec = Self {
            mode: ReuseMode::Default,
            endpoint: Endpoint { addr: local, port: DEFAULT_PORT },
            port_given: false,
            v6only: true,
            admin: false,
        };
        if let Some(port) = port {
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

/// Which of the two callers of a question an answer is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Turn {
    /// The caller that binds first.
    First,
    /// The caller that binds second: the one the question is about.
    Second,
}

/// The Winsock call that gave an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Call {
    /// `socket()` (an address family the era lacks).
    Socket,
    /// `setsockopt()` of this option, before bind.
    Setsockopt(SocketOption),
    /// `bind()`.
    Bind,
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Socket => f.write_str("socket"),
            Self::Setsockopt(o) => write!(f, "setsockopt({o})"),
            Self::Bind => f.write_str("bind"),
        }
    }
}

/// The answer to a two-bind question: the decision, and which caller's call gave it. It is the
/// second caller's bind unless an earlier call already failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// Whose call gave the decision.
    pub turn: Turn,
    /// Which call.
    pub call: Call,
    /// The outcome, its rule and its evidence.
    pub decision: Decision,
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.turn, self.call) {
            (Turn::Second, Call::Bind) => {}
            (Turn::First | Turn::Second, call) => {
                let who = match self.turn {
                    Turn::First => "first",
                    Turn::Second => "second",
                };
                write!(f, "the {who} caller's {call} fails: ")?;
            }
        }
        self.decision.fmt(f)
    }
}

/// Plays a two-bind question on a fresh [`Host`] of `era`: the one decision path that
/// [`second_bind`], [`bind_with_exclusions`], the tables and the Host's own users share.
///
/// The host has every specific address the descriptions name (a multicast or broadcast address
/// is refused all the same), the excluded ranges given for `proto`, and one account (`users`
/// same, an administrator if either description says `admin`) or two. Each caller creates its
/// socket, sets its options (`reuseaddr` or `exclusive`, then IPV6_V6ONLY off for `dual`) and
/// binds, `first` first; a port 0 binds an ephemeral port. The first call that fails is the
/// answer; otherwise the second bind's decision is.
///
/// ```
/// use winsock_bind::{play, Call, Turn};
/// use winsock_bind::{rules::Users, Era, Proto, WsaError};
/// // IPV6_V6ONLY off does not exist on Windows XP: the first caller's setsockopt fails.
/// let a = play(Era::Xp, Users::Same, Proto::Tcp, Some(&"dual [::]:80".parse()?), &"default [::]:80".parse()?, &[]);
/// assert_eq!((a.turn, a.decision.error()), (Turn::First, Some(WsaError::NoProtoOpt)));
/// // Port 0 is an ephemeral port, never a literal port 0: two such binds both succeed.
/// let a = play(Era::Win11, Users::Same, Proto::Tcp, Some(&"0.0.0.0:0".parse()?), &"0.0.0.0:0".parse()?, &[]);
/// assert_eq!((a.turn, a.call, a.decision.is_ok()), (Turn::Second, Call::Bind, true));
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn play(
    era: Era,
    users: Users,
    proto: Proto,
    first: Option<&BindSpec>,
    second: &BindSpec,
    excluded: &[Exclusion],
) -> Answer {
    let mut host = Host::new(era);
    for spec in first.into_iter().chain(std::iter::once(second)) {
        match spec.endpoint.addr {
            LocalAddr::Specific(ip) => host.add_address(ip),
            LocalAddr::Scoped(v6, _) => host.add_address(v6.into()),
            LocalAddr::Wildcard(_) => {}
        }
    }
    for e in excluded {
        host.exclude_ports(proto, *e);
    }
    let admin = |spec: &BindSpec| match users {
        Users::Same => first.is_some_and(|f| f.admin) || second.admin,
        Users::Different => spec.admin,
    };
    let first_user = first.map(|f| host.add_user("first", Privilege::from(admin(f))));
    let second_user = match (first_user, users) {
        (Some(u), Users::Same) => u,
        (Some(_), Users::Different) | (None, Users::Same | Users::Different) => {
            host.add_user("second", Privilege::from(admin(second)))
        }
    };
    if let (Some(spec), Some(user)) = (first, first_user) {
        if let Err(answer) = play_caller(&mut host, Turn::First, spec, user, proto) {
            return answer;
        }
    }
    match play_caller(&mut host, Turn::Second, second, second_user, proto) {
        Ok(decision) => Answer { turn: Turn::Second, call: Call::Bind, decision },
        Err(answer) => answer,
    }
}

/// One caller's socket, options and bind; the failure as an [`Answer`].
fn play_caller(host: &mut Host, turn: Turn, spec: &BindSpec, user: UserId, proto: Proto) -> Result<Decision, Answer> {
    let fail = |call, r: Refusal| Answer { turn, call, decision: *r.decision() };
    let s = host.socket(spec.endpoint.addr.family(), proto, user).map_err(|r| fail(Call::Socket, r))?;
    if let Some(option) = spec.mode.option() {
        host.set_option(s, option, 1).map_err(|r| fail(Call::Setsockopt(option), r))?;
    }
    if !spec.v6only {
        host.set_option(s, SocketOption::V6Only, 0).map_err(|r| fail(Call::Setsockopt(SocketOption::V6Only), r))?;
    }
    host.bind(s, spec.endpoint).map_err(|r| fail(Call::Bind, r))
}

/// Two bind descriptions with the port written once applying to both.
fn parse_pair(first: &str, second: &str) -> Result<(BindSpec, BindSpec), InputError> {
    let mut a: BindSpec = first.parse()?;
    let mut b: BindSpec = second.parse()?;
    match (a.port_given, b.port_given) {
        (true, false) => b.endpoint.port = a.endpoint.port,
        (false, true) => a.endpoint.port = b.endpoint.port,
        (true, true) | (false, false) => {}
    }
    Ok((a, b))
}

/// Why [`second_bind`] has no decision of the second bind: a description did not parse, or a
/// call before the second bind failed (named with its caller, as the CLI's `explain` says it).
///
/// `{:?}` prints the one-line `Display` form, as `unwrap()` should; `{:#?}` the variant.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecondBindError {
    /// A bind description that does not parse.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A call before the second bind failed: the first caller's `socket`, `setsockopt` or
    /// `bind`, or the second caller's `socket` or `setsockopt`. Its [`Display`](fmt::Display)
    /// reads `the first caller's setsockopt(SO_EXCLUSIVEADDRUSE) fails: WSAEACCES (10013) ...`.
    #[error("{0}")]
    EarlierCall(Answer),
}

impl fmt::Debug for SecondBindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (f.alternate(), self) {
            (false, _) => fmt::Display::fmt(self, f),
            (true, Self::Input(e)) => f.debug_tuple("Input").field(e).finish(),
            (true, Self::EarlierCall(a)) => f.debug_tuple("EarlierCall").field(a).finish(),
        }
    }
}

/// Predicts a second bind after a first one, on a machine of `era`, as [`play`] does (TCP).
///
/// `first` and `second` are [`BindSpec`] texts. When only one gives a port, the other uses the
/// same one.
///
/// # Errors
///
/// [`SecondBindError::Input`] when a description does not parse;
/// [`SecondBindError::EarlierCall`] when a call before the second bind fails (a caller cannot
/// create its socket or set its option, as SO_EXCLUSIVEADDRUSE without an administrator on
/// Windows XP, or the first bind fails): that refusal is not the second bind's decision.
///
/// ```
/// use winsock_bind::{second_bind, rules::Users, Call, Era, SecondBindError, SocketOption, Turn, WsaError};
/// // Another account's SO_REUSEADDR bind to a specific address under an exclusive wildcard:
/// assert_eq!(second_bind(Era::Server2003, Users::Different, "exclusive 0.0.0.0", "reuseaddr 10.0.0.1")?.error(),
///            Some(WsaError::Access));
/// // On XP only an administrator may set SO_EXCLUSIVEADDRUSE: the first caller's call fails.
/// let err = second_bind(Era::Xp, Users::Different, "exclusive 0.0.0.0:8443", "default 0.0.0.0:8443").unwrap_err();
/// let SecondBindError::EarlierCall(a) = &err else { unreachable!() };
/// assert_eq!((a.turn, a.call), (Turn::First, Call::Setsockopt(SocketOption::ExclusiveAddressUse)));
/// assert!(err.to_string().starts_with("the first caller's setsockopt(SO_EXCLUSIVEADDRUSE) fails: WSAEACCES (10013)"));
/// # Ok::<(), SecondBindError>(())
/// ```
pub fn second_bind(era: Era, users: Users, first: &str, second: &str) -> Result<Decision, SecondBindError> {
    let (a, b) = parse_pair(first, second)?;
    let answer = play(era, users, Proto::Tcp, Some(&a), &b, &[]);
    match (answer.turn, answer.call) {
        (Turn::Second, Call::Bind) => Ok(answer.decision),
        (Turn::First, _) | (Turn::Second, Call::Socket | Call::Setsockopt(_)) => {
            Err(SecondBindError::EarlierCall(answer))
        }
    }
}

/// Predicts a bind on a machine with excluded port ranges (for `proto`), after an optional
/// first bind: what `winsock-bind explain --excluded FILE` answers, through [`play`].
///
/// A port inside one of `excluded` fails with WSAEACCES by rule P2, naming the range, whatever
/// the options; an option the caller cannot set is refused first, as `setsockopt` comes before
/// `bind`.
///
/// # Errors
///
/// [`InputError`] when a description does not parse.
///
/// ```
/// use winsock_bind::ports::{Exclusion, PortRange};
/// use winsock_bind::{bind_with_exclusions, rules::Users, Era, Proto, Reason, WsaError};
/// let docker = [Exclusion { range: PortRange::new(50000, 50059)?, administered: false }];
/// let a = bind_with_exclusions(Era::Win11, Users::Same, Proto::Tcp, None, "default 0.0.0.0:50000", &docker)?;
/// assert_eq!((a.decision.error(), a.decision.reason), (Some(WsaError::Access), Reason::ExcludedPortRange));
/// assert!(a.to_string().contains("inside the excluded port range 50000-50059"));
/// assert!(bind_with_exclusions(Era::Win11, Users::Same, Proto::Tcp, None, "default 0.0.0.0:50060", &docker)?.decision.is_ok());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub fn bind_with_exclusions(
    era: Era,
    users: Users,
    proto: Proto,
    first: Option<&str>,
    second: &str,
    excluded: &[Exclusion],
) -> Result<Answer, InputError> {
    Ok(match first {
        Some(first) => {
            let (a, b) = parse_pair(first, second)?;
            play(era, users, proto, Some(&a), &b, excluded)
        }
        None => play(era, users, proto, None, &second.parse()?, excluded),
    })
}

/// The excluded ranges for `proto` in files of `netsh interface ipv4 show excludedportrange`
/// output, for [`bind_with_exclusions`]: what `explain --excluded FILE --proto P` reads.
///
/// # Errors
///
/// [`NetshError`] naming the file and line of malformed text, the file when the era has no such
/// netsh output (before Vista), or the files when none lists ranges for `proto`: a TCP listing
/// says nothing about UDP, so answering for UDP from it would be silently wrong.
pub fn exclusions_from_netsh(era: Era, proto: Proto, files: &[impl AsRef<Path>]) -> Result<Vec<Exclusion>, NetshError> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let none: [&Path; 0] = [];
    let host = host_from_netsh(era, files, &none)?;
    let mut listed = false;
    for path in files {
        listed |= netsh::read_excluded(path)?.iter().any(|s| s.proto == proto);
    }
    if !listed {
        let names: Vec<String> = files.iter().map(|p| p.as_ref().display().to_string()).collect();
        return Err(NetshError::NoSection { files: names.join(", "), proto });
    }
    Ok(host.excluded_ports(proto).to_vec())
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
    let pre_vista =
        |path: &Path, command: &'static str| NetshError::PreVista { file: path.display().to_string(), era, command };
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
