//! Terse calls for tests: `host.tcp(user).reuse_address(true).bind("0.0.0.0:8080")?`.
//!
//! The builder replays exactly the Winsock calls a program makes (`socket`, one `setsockopt` per
//! option in the order given, `bind`, `listen`) through the [`Host`]'s own methods, so it answers
//! as they do: setting both SO_REUSEADDR and SO_EXCLUSIVEADDRUSE is refused at the second
//! `setsockopt` (rule O3), as on Windows.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use super::{Connect, Host};
use crate::endpoint::{Endpoint, Family, Proto};
use crate::error::{InputError, WsaError};
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::rules::delivery::Delivery;
use crate::rules::{Decision, Refusal};

/// Anything that names an endpoint: an [`Endpoint`], a [`SocketAddr`], [`SocketAddrV4`],
/// [`SocketAddrV6`], `(IpAddr, u16)`, `(Ipv4Addr, u16)`, `(Ipv6Addr, u16)`, or the text
/// `"0.0.0.0:8080"` / `"[::]:8080"` (parsed, so a typo is an [`InputError`], not a panic).
///
/// [`Host::bind`] and [`Host::connect`] take one too, and fail with its [`Error`](Self::Error):
/// a [`Refusal`] for a typed address, which cannot be malformed, and a [`CallError`] for text,
/// which may not parse.
///
/// ```
/// use std::net::{Ipv4Addr, SocketAddrV4};
/// use winsock_bind::{Endpoint, ToEndpoint};
/// let std: std::net::SocketAddr = "10.0.0.1:80".parse().unwrap();
/// assert_eq!("10.0.0.1:80".to_endpoint()?, std.to_endpoint()?);
/// assert_eq!((Ipv4Addr::LOCALHOST, 80).to_endpoint()?, SocketAddrV4::new(Ipv4Addr::LOCALHOST, 80).to_endpoint()?);
/// assert_eq!(Endpoint::from(std).to_string(), "10.0.0.1:80");
/// assert!("10.0.0.1:99999".to_endpoint().is_err());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
pub trait ToEndpoint {
    /// What a [`Host`] call taking this address fails with: [`Refusal`] when the address cannot
    /// be malformed, [`CallError`] when it may not parse.
    type Error: From<Refusal>;

    /// The endpoint.
    ///
    /// # Errors
    /// [`InputError`] when text does not parse as `ip:port` or `[ipv6]:port`.
    fn to_endpoint(&self) -> Result<Endpoint, InputError>;

    /// The endpoint, or the parse error as this address's [`Error`](Self::Error).
    ///
    /// # Errors
    /// As [`to_endpoint`](Self::to_endpoint).
    fn endpoint(&self) -> Result<Endpoint, Self::Error>;
}

/// `ToEndpoint` for address types that cannot be malformed.
macro_rules! typed_endpoint {
    ($($ty:ty => |$a:ident| $e:expr;)+) => {$(
        impl ToEndpoint for $ty {
            type Error = Refusal;
            fn to_endpoint(&self) -> Result<Endpoint, InputError> {
                Ok(self.endpoint_of())
            }
            fn endpoint(&self) -> Result<Endpoint, Refusal> {
                Ok(self.endpoint_of())
            }
        }
        impl EndpointOf for $ty {
            fn endpoint_of(&self) -> Endpoint {
                let $a = self;
                $e
            }
        }
    )+};
}

/// The infallible conversion behind the typed [`ToEndpoint`] impls.
trait EndpointOf {
    fn endpoint_of(&self) -> Endpoint;
}

typed_endpoint! {
    Endpoint => |e| *e;
    SocketAddr => |a| Endpoint::from(*a);
    SocketAddrV4 => |a| Endpoint::new(IpAddr::V4(*a.ip()), a.port());
    SocketAddrV6 => |a| Endpoint::new(IpAddr::V6(*a.ip()), a.port());
    (IpAddr, u16) => |t| Endpoint::new(t.0, t.1);
    (Ipv4Addr, u16) => |t| Endpoint::new(IpAddr::V4(t.0), t.1);
    (Ipv6Addr, u16) => |t| Endpoint::new(IpAddr::V6(t.0), t.1);
}

impl ToEndpoint for str {
    type Error = CallError;
    fn to_endpoint(&self) -> Result<Endpoint, InputError> {
        self.parse()
    }
    fn endpoint(&self) -> Result<Endpoint, CallError> {
        Ok(self.parse()?)
    }
}

impl ToEndpoint for String {
    type Error = CallError;
    fn to_endpoint(&self) -> Result<Endpoint, InputError> {
        self.as_str().to_endpoint()
    }
    fn endpoint(&self) -> Result<Endpoint, CallError> {
        self.as_str().endpoint()
    }
}

impl<T: ToEndpoint + ?Sized> ToEndpoint for &T {
    type Error = T::Error;
    fn to_endpoint(&self) -> Result<Endpoint, InputError> {
        (**self).to_endpoint()
    }
    fn endpoint(&self) -> Result<Endpoint, T::Error> {
        (**self).endpoint()
    }
}

impl From<SocketAddr> for Endpoint {
    fn from(addr: SocketAddr) -> Self {
        Self::new(addr.ip(), addr.port())
    }
}

impl From<Endpoint> for SocketAddr {
    fn from(e: Endpoint) -> Self {
        e.socket_addr()
    }
}

/// Why a terse call failed: the input did not parse, or the simulated Windows refused.
///
/// `Debug` prints the one-line message, as `Display` does (`{:#?}` shows the variant), so
/// `unwrap()` in a test reads `WSAEACCES (10013) by rule E3 ...`.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// An address that does not parse.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A Winsock error, with its rule.
    #[error(transparent)]
    Refused(#[from] Refusal),
}

impl CallError {
    /// The Winsock error, when the simulated machine refused.
    pub fn error(&self) -> Option<WsaError> {
        self.refusal().map(Refusal::error)
    }

    /// The refusal, when the simulated machine refused.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            Self::Refused(r) => Some(r),
            Self::Input(_) => None,
        }
    }
}

impl fmt::Debug for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (f.alternate(), self) {
            (false, _) => fmt::Display::fmt(self, f),
            (true, Self::Input(e)) => f.debug_tuple("Input").field(e).finish(),
            (true, Self::Refused(r)) => f.debug_tuple("Refused").field(r).finish(),
        }
    }
}

/// A socket being described before its `bind`: [`Host::tcp`] or [`Host::udp`], then boolean
/// option setters named as socket2 names them, then [`bind`](Self::bind),
/// [`listen`](Self::listen), [`attempt`](Self::attempt) or [`predict`](Self::predict).
///
/// Which calls change the Host: `create`, `bind`, `listen` and `attempt` make the socket (it stays
/// whether the bind succeeds or not, as after a real `socket` call) and bind it when the bind
/// succeeds, so a later question sees it; [`predict`](Self::predict) answers on a copy and leaves
/// the Host as it was, for what-if questions.
///
/// The family comes from the address unless [`family`](Self::family) says otherwise (an
/// IPv4-mapped address such as `[::ffff:10.0.0.1]:80` needs an IPv6 socket, as on Windows).
///
/// ```
/// use winsock_bind::{Privilege, Era, Host, WsaError};
/// let mut host = Host::new(Era::Win11);
/// let (me, other) = (host.add_user("me", Privilege::User), host.add_user("other", Privilege::User));
/// let server = host.tcp(me).exclusive_address_use(true).listen("0.0.0.0:8080")?;
/// let err = host.tcp(other).reuse_address(true).bind("127.0.0.1:8080").unwrap_err();
/// assert_eq!(err.error(), Some(WsaError::Access));
/// assert_eq!(err.refusal().and_then(|r| r.decision().against).map(|b| b.socket), Some(server));
/// # Ok::<(), winsock_bind::CallError>(())
/// ```
#[derive(Debug)]
#[must_use = "a socket builder does nothing until bind, listen or attempt"]
pub struct SocketBuilder<'h> {
    host: &'h mut Host,
    proto: Proto,
    owner: UserId,
    family: Option<Family>,
    options: Vec<(SocketOption, bool)>,
}

/// A bind that was tried: the socket (which exists whether the bind succeeded or not, as after a
/// real `socket` call) and the decision (success or the refusal, with its rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// The socket created.
    pub socket: SocketId,
    /// What `setsockopt` or `bind` answered: the first refusal, or the bind's success.
    pub decision: Decision,
}

impl Host {
    /// Starts describing a TCP socket of `owner`; see [`SocketBuilder`].
    pub fn tcp(&mut self, owner: UserId) -> SocketBuilder<'_> {
        SocketBuilder { host: self, proto: Proto::Tcp, owner, family: None, options: Vec::new() }
    }

    /// Starts describing a UDP socket of `owner`; see [`SocketBuilder`].
    pub fn udp(&mut self, owner: UserId) -> SocketBuilder<'_> {
        SocketBuilder { host: self, proto: Proto::Udp, owner, family: None, options: Vec::new() }
    }

    /// A connection from a remote peer to `to`: [`Host::connect`] with no local socket, taking
    /// any [`ToEndpoint`].
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse; otherwise as [`Host::connect`]
    /// (WSAECONNREFUSED when nothing listens).
    pub fn connect_from_remote(&mut self, to: impl ToEndpoint) -> Result<Connect, CallError> {
        let to = to.to_endpoint()?;
        Ok(self.connect(None, to.socket_addr())?)
    }

    /// A connection from the local TCP socket `from` to `to`: [`Host::connect`] taking any
    /// [`ToEndpoint`].
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse; otherwise as [`Host::connect`].
    pub fn connect_to(&mut self, from: SocketId, to: impl ToEndpoint) -> Result<Connect, CallError> {
        let to = to.to_endpoint()?;
        Ok(self.connect(Some(from), to.socket_addr())?)
    }

    /// A datagram from the local UDP socket `from` to `to`: [`Host::send`] taking any
    /// [`ToEndpoint`]; returns who receives it.
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse; otherwise as [`Host::send`].
    pub fn send_to(&mut self, from: SocketId, to: impl ToEndpoint) -> Result<Delivery, CallError> {
        let to = to.to_endpoint()?;
        Ok(self.send(Some(from), to.socket_addr())?)
    }

    /// A datagram from a remote peer to `to`: [`Host::send`] with no local socket, taking any
    /// [`ToEndpoint`]; returns who receives it.
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse.
    pub fn send_from_remote(&mut self, to: impl ToEndpoint) -> Result<Delivery, CallError> {
        let to = to.to_endpoint()?;
        Ok(self.send(None, to.socket_addr())?)
    }
}

impl<'h> SocketBuilder<'h> {
    /// The address family, when it should not follow the address.
    pub fn family(mut self, family: Family) -> Self {
        self.family = Some(family);
        self
    }

    /// `setsockopt(SO_REUSEADDR)`, as socket2's `set_reuse_address`.
    pub fn reuse_address(mut self, on: bool) -> Self {
        self.options.push((SocketOption::ReuseAddr, on));
        self
    }

    /// `setsockopt(SO_EXCLUSIVEADDRUSE)` (Windows only; socket2 has no setter for it).
    pub fn exclusive_address_use(mut self, on: bool) -> Self {
        self.options.push((SocketOption::ExclusiveAddressUse, on));
        self
    }

    /// `setsockopt(IPV6_V6ONLY)`, as socket2's `set_only_v6`; `false` makes an IPv6 socket
    /// dual-stack (Windows' default is on).
    pub fn only_v6(mut self, on: bool) -> Self {
        self.options.push((SocketOption::V6Only, on));
        self
    }

    /// Creates the socket and sets the options in order, without binding.
    ///
    /// # Errors
    /// The first refusal of `socket` or `setsockopt`.
    pub fn create(self) -> Result<SocketId, Refusal> {
        let family = self.family.unwrap_or(Family::V4);
        let socket = self.host.socket(family, self.proto, self.owner)?;
        for (option, on) in self.options {
            self.host.set_option(socket, option, i64::from(on))?;
        }
        Ok(socket)
    }

    /// Creates the socket, sets the options in order and binds `addr`.
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse; [`CallError::Refused`] with the
    /// first refusal of `socket`, `setsockopt` or `bind` (the socket stays created).
    pub fn bind(self, addr: impl ToEndpoint) -> Result<SocketId, CallError> {
        let (_, socket, decision) = self.run(addr.to_endpoint()?)?;
        match Refusal::from_decision(decision) {
            Some(refusal) => Err(refusal.into()),
            None => Ok(socket),
        }
    }

    /// [`bind`](Self::bind), then `listen` (TCP).
    ///
    /// # Errors
    /// As [`bind`](Self::bind), and `listen`'s refusals (WSAEOPNOTSUPP on UDP).
    pub fn listen(self, addr: impl ToEndpoint) -> Result<SocketId, CallError> {
        let (host, socket, decision) = self.run(addr.to_endpoint()?)?;
        if let Some(refusal) = Refusal::from_decision(decision) {
            return Err(refusal.into());
        }
        host.listen(socket)?;
        Ok(socket)
    }

    /// Tries the bind and returns the socket with the decision, success or refusal; what
    /// [`assert_bind!`](crate::assert_bind) reads.
    ///
    /// # Errors
    /// [`CallError::Input`] for an address that does not parse; [`CallError::Refused`] only when
    /// `socket` itself is refused (an IPv6 socket in an era without IPv6), as then there is no
    /// socket.
    pub fn attempt(self, addr: impl ToEndpoint) -> Result<Attempt, CallError> {
        let (_, socket, decision) = self.run(addr.to_endpoint()?)?;
        Ok(Attempt { socket, decision })
    }

    /// What [`attempt`](Self::attempt) would answer, without changing the Host: the same calls
    /// on a copy of it, so no socket is created and nothing is bound. For what-if questions in a
    /// loop, where `attempt` would leave every successful bind behind.
    ///
    /// ```
    /// use winsock_bind::{Era, Host, Privilege, WsaError};
    /// let mut host = Host::new(Era::Win11);
    /// let (me, other) = (host.add_user("me", Privilege::User), host.add_user("other", Privilege::User));
    /// host.tcp(me).listen("0.0.0.0:8080")?;
    /// for addr in ["0.0.0.0:8080", "127.0.0.1:8080"] {
    ///     let d = host.tcp(other).reuse_address(true).predict(addr)?;
    ///     assert_eq!(d.error(), Some(WsaError::Access));
    /// }
    /// assert!(host.tcp(me).predict("127.0.0.1:8080")?.is_ok());
    /// assert_eq!(host.sockets().count(), 1);
    /// # Ok::<(), winsock_bind::CallError>(())
    /// ```
    ///
    /// # Errors
    /// As [`attempt`](Self::attempt).
    pub fn predict(self, addr: impl ToEndpoint) -> Result<Decision, CallError> {
        let endpoint = addr.to_endpoint()?;
        let mut copy = self.host.clone();
        let what_if = SocketBuilder {
            host: &mut copy,
            proto: self.proto,
            owner: self.owner,
            family: self.family,
            options: self.options,
        };
        let (_, _, decision) = what_if.run(endpoint)?;
        Ok(decision)
    }

    /// [`attempt`](Self::attempt), checked against `expected`: what
    /// [`assert_bind!`](crate::assert_bind) runs. The failure message names the accounts.
    #[doc(hidden)]
    pub fn attempt_expecting(
        self,
        addr: impl ToEndpoint,
        expected: Result<(), WsaError>,
        what: &str,
    ) -> Result<Attempt, String> {
        let endpoint = addr.to_endpoint().map_err(|e| crate::assert::no_decision(expected, what, &e.into()))?;
        let (host, socket, decision) =
            self.run(endpoint).map_err(|e| crate::assert::no_decision(expected, what, &e.into()))?;
        crate::assert::check_decision(decision, expected, what, |u| host.user(u).map(|u| u.name.clone()))?;
        Ok(Attempt { socket, decision })
    }

    /// `socket`, then the options in order, then `bind`: the decision is the first refusal or
    /// the bind's success. Only a refused `socket` is an error, as there is no socket then.
    fn run(self, endpoint: Endpoint) -> Result<(&'h mut Host, SocketId, Decision), Refusal> {
        let host = self.host;
        let family = self.family.unwrap_or_else(|| endpoint.addr.family());
        let socket = host.socket(family, self.proto, self.owner)?;
        for (option, on) in self.options {
            if let Err(refusal) = host.set_option(socket, option, i64::from(on)) {
                return Ok((host, socket, *refusal.decision()));
            }
        }
        let decision = host.bind(socket, endpoint).unwrap_or_else(|refusal| *refusal.decision());
        Ok((host, socket, decision))
    }
}
