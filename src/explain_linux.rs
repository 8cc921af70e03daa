//! Two binds in one line on Linux: what `winsock-bind explain --os linux` answers, played on a
//! [`LinuxHost`].

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use crate::endpoint::{Endpoint, Family, Proto};
use crate::error::InputError;
use crate::host::{LinuxAnswer, LinuxHost, LinuxRefusal};
use crate::options::SocketOption;
use crate::rules::linux::{LinuxError, PortPolicy};
use crate::rules::options::Privilege;
use crate::rules::Users;

/// How one Linux caller binds, written as words then an address: `"reuseaddr 0.0.0.0:8080"`,
/// `"reuseport 127.0.0.1:8080"`, `"both v6only [::]:8080"`, `"bound reuseaddr 0.0.0.0:8080"`.
///
/// Words: `default`, `reuseaddr`, `reuseport`, `both` (SO_REUSEADDR and SO_REUSEPORT), `v6only`
/// (IPV6_V6ONLY on; Linux's default is off), `bound` (a TCP socket that only binds; without it
/// the first caller of a TCP pair listens, as a server does). The port defaults to 8080.
///
/// ```
/// use winsock_bind::LinuxBindSpec;
/// let spec: LinuxBindSpec = "both 127.0.0.1:9000".parse()?;
/// assert!(spec.reuseaddr && spec.reuseport && !spec.v6only);
/// assert!("exclusive 0.0.0.0".parse::<LinuxBindSpec>().is_err(), "Linux has no SO_EXCLUSIVEADDRUSE");
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinuxBindSpec {
    /// SO_REUSEADDR.
    pub reuseaddr: bool,
    /// SO_REUSEPORT.
    pub reuseport: bool,
    /// IPV6_V6ONLY.
    pub v6only: bool,
    /// Only bound, never listening.
    pub bound_only: bool,
    /// The address and port.
    pub endpoint: Endpoint,
}

/// The port a Linux bind description gets when it gives none.
pub const LINUX_DEFAULT_PORT: u16 = 8080;

impl FromStr for LinuxBindSpec {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let words: Vec<&str> = s.split_whitespace().collect();
        let (addr, opts) = words.split_last().ok_or_else(|| {
            InputError::value(
                "bind description",
                s,
                "expected options then an address, e.g. \"reuseaddr 0.0.0.0:8080\"",
            )
        })?;
        let endpoint = match addr.parse::<Endpoint>() {
            Ok(e) => e,
            Err(_) => match addr.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
                Ok(ip) => Endpoint::new(ip, LINUX_DEFAULT_PORT),
                Err(_) => return Err(InputError::address(addr, "expected an address like 0.0.0.0:8080 or [::]:8080")),
            },
        };
        let mut spec = Self { reuseaddr: false, reuseport: false, v6only: false, bound_only: false, endpoint };
        for word in opts {
            match word.to_ascii_lowercase().as_str() {
                "default" | "none" => {}
                "reuseaddr" | "so_reuseaddr" => spec.reuseaddr = true,
                "reuseport" | "so_reuseport" => spec.reuseport = true,
                "both" => (spec.reuseaddr, spec.reuseport) = (true, true),
                "v6only" => spec.v6only = true,
                "bound" => spec.bound_only = true,
                _ => {
                    return Err(InputError::unknown(
                        "Linux bind word",
                        word,
                        "default, reuseaddr, reuseport, both, v6only, bound",
                    ))
                }
            }
        }
        Ok(spec)
    }
}

/// The answer to a second Linux bind after a first: the first's outcome (it may fail alone,
/// e.g. on a privileged port) and the second's, each with its rule and evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinuxExplained {
    /// The first caller: its bind (and listen) answer, or its refusal.
    pub first: Option<Result<LinuxAnswer, LinuxRefusal>>,
    /// Whether the first socket listens.
    pub first_listens: bool,
    /// The second caller's bind.
    pub second: Result<LinuxAnswer, LinuxRefusal>,
}

impl LinuxExplained {
    /// The answer that decides: the first caller's refusal, else the second's.
    pub fn deciding(&self) -> Result<LinuxAnswer, LinuxRefusal> {
        match self.first {
            Some(Err(r)) => Err(r),
            Some(Ok(_)) | None => self.second,
        }
    }

    /// The errno of the deciding answer.
    pub fn error(&self) -> Option<LinuxError> {
        self.deciding().err().map(|r| r.error)
    }
}

impl fmt::Display for LinuxExplained {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (prefix, answer) = match (self.first, self.first_listens) {
            (Some(Err(r)), _) => ("the first caller fails: ", Err(r)),
            (Some(Ok(_)), true) => ("with the first socket listening: ", self.second),
            (Some(Ok(_)), false) => ("with the first socket bound: ", self.second),
            (None, _) => ("", self.second),
        };
        f.write_str(prefix)?;
        match answer {
            Ok(a) => write!(f, "success by rule {}", a.reason)?,
            Err(r) => r.fmt(f)?,
        }
        let against = match answer {
            Ok(a) => a.against,
            Err(r) => r.answer.against,
        };
        if against.is_some() {
            f.write_str(" (the other socket is the first caller's)")?;
        }
        Ok(())
    }
}

/// Plays one bind after another on a fresh [`LinuxHost`] under `policy`: the first caller
/// binds (and, for TCP without `bound`, listens), then the second binds. `users` says whether
/// the second runs as the same effective uid.
///
/// ```
/// use winsock_bind::rules::linux::{LinuxError, PortPolicy};
/// use winsock_bind::rules::Users;
/// use winsock_bind::{linux_second_bind, Proto};
/// let a = linux_second_bind(PortPolicy::default(), Users::Same, Proto::Tcp,
///     Some("reuseaddr 0.0.0.0:8080"), "reuseaddr 127.0.0.1:8080")?;
/// assert_eq!(a.error(), Some(LinuxError::AddrInUse));
/// assert!(a.to_string().contains("rule X6"));
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
///
/// # Errors
/// [`InputError`] when a description does not parse.
pub fn linux_second_bind(
    policy: PortPolicy,
    users: Users,
    proto: Proto,
    first: Option<&str>,
    second: &str,
) -> Result<LinuxExplained, InputError> {
    let second: LinuxBindSpec = second.parse()?;
    let first: Option<LinuxBindSpec> = first.map(str::parse).transpose()?;
    let mut host = LinuxHost::new(policy);
    let u1 = host.add_user("first", Privilege::User);
    let u2 = match users {
        Users::Same => u1,
        Users::Different => host.add_user("second", Privilege::User),
    };
    let mut first_listens = false;
    let first_answer = first.map(|spec| {
        first_listens = proto == Proto::Tcp && !spec.bound_only;
        play(&mut host, u1, proto, &spec, first_listens)
    });
    let second = play(&mut host, u2, proto, &second, false);
    Ok(LinuxExplained { first: first_answer, first_listens, second })
}

/// One caller: socket, options, bind, and listen when asked.
fn play(
    host: &mut LinuxHost,
    user: crate::id::UserId,
    proto: Proto,
    spec: &LinuxBindSpec,
    listen: bool,
) -> Result<LinuxAnswer, LinuxRefusal> {
    let family = match spec.endpoint.addr.ip() {
        IpAddr::V4(_) => Family::V4,
        IpAddr::V6(_) => Family::V6,
    };
    let s = host.socket(family, proto, user)?;
    for (on, option) in [
        (spec.reuseaddr, SocketOption::ReuseAddr),
        (spec.reuseport, SocketOption::ReusePort),
        (spec.v6only && family == Family::V6, SocketOption::V6Only),
    ] {
        if on {
            host.set_option(s, option, 1)?;
        }
    }
    let answer = host.bind(s, spec.endpoint)?;
    if listen {
        host.listen(s)?;
    }
    Ok(answer)
}
