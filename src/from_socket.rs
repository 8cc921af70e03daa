//! Reading a real socket (feature `socket2`): the options a program really set, turned into the
//! model's [`SocketConfig`] for the Windows program the user ships, so a test does not retype
//! them.
//!
//! [`read`] takes anything socket2's `SockRef` takes: a configured, not yet bound
//! `socket2::Socket`, or an already bound `std::net::UdpSocket` or `TcpStream` (then the address
//! is its local address), or tokio's `TcpSocket`; it reports what was set. [`read_listener`]
//! takes a listener whose type says which runtime made it ([`Listener`]: std's `TcpListener`,
//! tokio's and mio's with the features `tokio` and `mio`, or a raw `socket2::Socket`). Both read
//! the type (TCP or UDP), the family, SO_REUSEADDR, IPV6_V6ONLY and, on Windows,
//! SO_EXCLUSIVEADDRUSE.
//!
//! **Read on Linux or macOS, the answer is a translation** to what the same code does on
//! Windows, each step listed in [`RealSocket::translations`]:
//! - SO_REUSEADDR set by the runtime itself: Rust's std, mio and tokio set it on their Unix
//!   listeners and set nothing on Windows, so a listener of theirs answers as the `rust-std`
//!   preset ([`Translation::RuntimeReuseAddress`]).
//! - SO_REUSEADDR on a raw socket: carried over as the SO_REUSEADDR the same code sets on
//!   Windows ([`Translation::ReuseAddress`]). On Linux it meant "let me rebind while old
//!   connections sit in TIME_WAIT"; on Windows it lets another socket share the port (Microsoft
//!   Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE",
//!   <https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>).
//! - IPV6_V6ONLY read off, Linux's default: the reader cannot tell "set" from "defaulted", so it
//!   takes Windows' default, on, where a socket that never set it is IPv6-only (Microsoft Learn,
//!   "Dual-Stack Sockets for IPv6 Winsock Applications",
//!   <https://learn.microsoft.com/en-us/windows/win32/winsock/dual-stack-sockets>;
//!   [`Translation::OnlyV6Default`]). tokio's `TcpSocket::new_v6` cannot set the option, so the
//!   same code is V6-only on Windows.
//! - SO_EXCLUSIVEADDRUSE does not exist there, so it reads as off
//!   ([`Translation::ExclusiveNotReadable`]). A `#[cfg(windows)]` branch that sets it is
//!   invisible to a test on Linux: keep the option in a [`SocketConfig`] that the production code
//!   applies ([`SocketConfig::socket`]) and the test hands to the model.
//!
//! Where the code does something the reader cannot see, the caller states it:
//! [`RealSocket::reuse_address`], [`RealSocket::only_v6`] and
//! [`RealSocket::exclusive_address_use`] set the option and drop the translation they settle.
//!
//! ```
//! use winsock_bind::from_socket;
//! use winsock_bind::prelude::*;
//!
//! // What the production code does...
//! let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
//! socket.set_reuse_address(true).unwrap();
//! // ...read back and bound in the model, as it would bind on Windows.
//! let real = from_socket::read(&socket).unwrap();
//! assert_eq!((real.config.proto, real.config.mode), (Proto::Tcp, ReuseMode::ReuseAddr));
//! let config = real.config_at("0.0.0.0:8080")?;
//!
//! let mut host = Host::new(Era::Win11);
//! let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
//! config.listen_on(&mut host, service)?;
//! // Another account can bind a specific address beneath it on Windows (rule E5 needs both to reuse).
//! assert_bind!(host.tcp(other).reuse_address(true), "127.0.0.1:8080", Ok(()));
//!
//! // std's listener: SO_REUSEADDR is std's own doing on Unix, and std sets nothing on Windows.
//! let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
//! let real = from_socket::read_listener(&listener).unwrap();
//! assert_eq!((real.config.mode, real.config.runtime), (ReuseMode::Default, Some(Runtime::RustStd)));
//! # Ok::<(), CallError>(())
//! ```

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use socket2::{SockRef, Type};

use crate::config::{Runtime, SocketConfig};
use crate::endpoint::{Endpoint, Family, Proto};
use crate::error::InputError;
use crate::host::{CallError, Host, ToEndpoint};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;

/// What [`read`] found: the configuration, whether the socket is bound, and what was translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RealSocket {
    /// Family, protocol, options as the same code has them on Windows; the runtime when the
    /// reader knew it; the address is the local address when bound, else the family's wildcard
    /// with port 0 (give it one with [`config_at`](Self::config_at): the model refuses port 0).
    pub config: SocketConfig,
    /// Whether the socket had a local address (a bound socket never has port 0).
    pub bound: bool,
    /// Whether the socket listens: set by [`read_listener`], which knows it from the type.
    pub listening: bool,
    /// What the reading carried over from another OS's meaning; empty when read on Windows.
    pub translations: Vec<Translation>,
}

/// A value read on an OS other than Windows and carried over to what the same code does on
/// Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Translation {
    /// SO_REUSEADDR was on, on a raw socket: there it let the program restart past TIME_WAIT;
    /// the same call on Windows lets another socket share (or, before Server 2003, steal) the
    /// port.
    ReuseAddress,
    /// SO_REUSEADDR was on, as `runtime` sets it by itself on its Unix listeners; on Windows it
    /// sets what its preset says (nothing, for Rust's std, mio and tokio), which the config took.
    RuntimeReuseAddress {
        /// The runtime that made the listener.
        runtime: Runtime,
    },
    /// IPV6_V6ONLY read off, which is also Linux's default, so the reader cannot tell whether
    /// the program set it: the config takes Windows' default, on (IPv6 only).
    OnlyV6Default,
    /// SO_EXCLUSIVEADDRUSE exists only on Windows, so it reads as off; pass it through a shared
    /// [`SocketConfig`], or state it with [`RealSocket::exclusive_address_use`].
    ExclusiveNotReadable,
}

impl std::fmt::Display for Translation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ReuseAddress => f.write_str(
                "SO_REUSEADDR read off Windows (there: restart past TIME_WAIT) is taken as the same call on Windows (share the port)",
            ),
            Self::RuntimeReuseAddress { runtime } => write!(
                f,
                "SO_REUSEADDR read off Windows is what {runtime} sets there by itself; on Windows it sets {}",
                match runtime.mode() {
                    ReuseMode::Default => "no option",
                    ReuseMode::ReuseAddr => "SO_REUSEADDR",
                    ReuseMode::Exclusive => "SO_EXCLUSIVEADDRUSE",
                }
            ),
            Self::OnlyV6Default => f.write_str(
                "IPV6_V6ONLY read off Windows as off, that system's default: Windows' default (on) is taken; state it if the program turns it off",
            ),
            Self::ExclusiveNotReadable => {
                f.write_str("SO_EXCLUSIVEADDRUSE does not exist off Windows and reads as off; pass it through SocketConfig")
            }
        }
    }
}

impl RealSocket {
    /// The configuration with `address` (for a socket read before `bind`).
    ///
    /// # Errors
    /// [`InputError`] when `address` does not parse.
    pub fn config_at(&self, address: impl ToEndpoint) -> Result<SocketConfig, InputError> {
        Ok(SocketConfig { address: address.to_endpoint()?, ..self.config })
    }

    /// Whether anything was carried over from another OS's meaning.
    pub fn is_translation(&self) -> bool {
        !self.translations.is_empty()
    }

    /// States that the code sets SO_REUSEADDR on Windows (`true`) or not: the config takes it,
    /// and the SO_REUSEADDR translations go.
    #[must_use]
    pub fn reuse_address(self, on: bool) -> Self {
        let config = self.config.reuse_address(on);
        self.stated(config, |t| matches!(t, Translation::ReuseAddress | Translation::RuntimeReuseAddress { .. }))
    }

    /// States whether the code sets IPV6_V6ONLY (`false`: dual-stack): the config takes it, and
    /// [`Translation::OnlyV6Default`] goes.
    #[must_use]
    pub fn only_v6(self, on: bool) -> Self {
        let config = self.config.only_v6(on);
        self.stated(config, |t| *t == Translation::OnlyV6Default)
    }

    /// States that the code sets SO_EXCLUSIVEADDRUSE on Windows (`true`) or not: the config takes
    /// it, and [`Translation::ExclusiveNotReadable`] goes.
    #[must_use]
    pub fn exclusive_address_use(self, on: bool) -> Self {
        let config = self.config.exclusive_address_use(on);
        self.stated(config, |t| *t == Translation::ExclusiveNotReadable)
    }

    fn stated(self, config: SocketConfig, settled: impl Fn(&Translation) -> bool) -> Self {
        let translations = self.translations.into_iter().filter(|t| !settled(t)).collect();
        Self { config, translations, ..self }
    }

    /// The socket on `host` for `owner`: created with the options, bound to the local address if
    /// the real one was bound, listening if it listened.
    ///
    /// # Errors
    /// The model's first refusal: a real socket bound on Linux may not be bindable on Windows.
    pub fn open_on(&self, host: &mut Host, owner: UserId) -> Result<SocketId, CallError> {
        match (self.bound, self.listening) {
            (true, true) => self.config.listen_on(host, owner),
            (true, false) => self.config.bind_on(host, owner),
            (false, _) => {
                let builder = self.config.socket_on(host, owner);
                // No address: create the socket and set its options only, as the real program has.
                Ok(builder.create()?)
            }
        }
    }
}

/// A listening socket whose type says which runtime made it, for [`read_listener`]: std's
/// `TcpListener`, tokio's and mio's (features `tokio`, `mio`), all [`Runtime::RustStd`] (they set
/// SO_REUSEADDR by themselves on Unix and nothing on Windows), or a raw `socket2::Socket` (no
/// runtime: what was set is what the program set).
pub trait Listener {
    /// The runtime whose own defaults the socket carries, if any.
    fn runtime(&self) -> Option<Runtime>;
    /// The socket, for `getsockopt`.
    fn sock_ref(&self) -> SockRef<'_>;
}

/// `Listener` for a type whose runtime is known.
macro_rules! listener {
    ($($(#[$cfg:meta])* $ty:ty => $runtime:expr;)+) => {$(
        $(#[$cfg])*
        impl Listener for $ty {
            fn runtime(&self) -> Option<Runtime> {
                $runtime
            }
            fn sock_ref(&self) -> SockRef<'_> {
                SockRef::from(self)
            }
        }
    )+};
}

listener! {
    std::net::TcpListener => Some(Runtime::RustStd);
    socket2::Socket => None;
    #[cfg(feature = "tokio")]
    tokio::net::TcpListener => Some(Runtime::RustStd);
    #[cfg(feature = "mio")]
    mio::net::TcpListener => Some(Runtime::RustStd);
}

/// Reads a socket's type, family and options, and its local address when bound, as the same
/// calls set them on Windows: what was set, with IPV6_V6ONLY and SO_EXCLUSIVEADDRUSE translated
/// off Windows (see the module documentation).
///
/// # Errors
/// The OS error of a `getsockopt`; [`io::ErrorKind::InvalidInput`] for a socket that is neither
/// TCP nor UDP.
pub fn read<'s>(socket: impl Into<SockRef<'s>>) -> io::Result<RealSocket> {
    read_as(&socket.into(), None)
}

/// [`read`] for a listening socket, with `listening` set, translated with what the runtime that
/// made it does by itself ([`Listener`]): SO_REUSEADDR on a std, tokio or mio listener read off
/// Windows is that runtime's own Unix default, and the config takes what it does on Windows.
///
/// # Errors
/// As [`read`].
pub fn read_listener<L: Listener + ?Sized>(listener: &L) -> io::Result<RealSocket> {
    Ok(RealSocket { listening: true, ..read_as(&listener.sock_ref(), listener.runtime())? })
}

/// [`read`], translated for `runtime` when one made the socket.
fn read_as(socket: &SockRef<'_>, runtime: Option<Runtime>) -> io::Result<RealSocket> {
    let proto = match socket.r#type()? {
        Type::STREAM => Proto::Tcp,
        Type::DGRAM => Proto::Udp,
        other => {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("not a TCP or UDP socket: {other:?}")))
        }
    };
    // An unbound socket has no name on Windows (WSAEINVAL) and port 0 on Linux.
    let local = socket.local_addr().ok().and_then(|a| a.as_socket());
    let bound = local.is_some_and(|a| a.port() != 0);
    let family = match local {
        Some(a) if a.is_ipv4() => Family::V4,
        Some(_) => Family::V6,
        // IPV6_V6ONLY is readable on IPv6 sockets only.
        None if socket.only_v6().is_ok() => Family::V6,
        None => Family::V4,
    };
    let address = match (local, bound) {
        (Some(a), true) => Endpoint::from(a),
        (Some(_) | None, _) => Endpoint::new(unspecified(family), 0),
    };
    let off_windows = !cfg!(windows);
    let mut translations = Vec::new();
    let reuse = socket.reuse_address()?;
    let exclusive = exclusive_address_use(socket)?;
    let read_mode = match (exclusive, reuse) {
        (true, _) => ReuseMode::Exclusive,
        (false, true) => ReuseMode::ReuseAddr,
        (false, false) => ReuseMode::Default,
    };
    let mode = match (reuse && off_windows, runtime) {
        (true, Some(runtime)) => {
            translations.push(Translation::RuntimeReuseAddress { runtime });
            runtime.mode()
        }
        (true, None) => {
            translations.push(Translation::ReuseAddress);
            read_mode
        }
        (false, _) => read_mode,
    };
    let only_v6 = match family {
        Family::V6 => socket.only_v6()?,
        Family::V4 => true,
    };
    // Off (Linux's default) cannot be told from "never set": Windows' default, or the runtime's
    // behaviour there, applies.
    let only_v6 = match (family, only_v6, off_windows) {
        (Family::V6, false, true) => {
            translations.push(Translation::OnlyV6Default);
            runtime.is_none_or(|r| !r.dual_stack())
        }
        (Family::V6 | Family::V4, _, _) => only_v6,
    };
    if off_windows {
        translations.push(Translation::ExclusiveNotReadable);
    }
    let config = SocketConfig { address, proto, mode, only_v6, runtime };
    Ok(RealSocket { config, bound, listening: false, translations })
}

fn unspecified(family: Family) -> IpAddr {
    match family {
        Family::V4 => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        Family::V6 => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
    }
}

impl SocketConfig {
    /// The real socket, created and configured but not bound: what production code binds. It sets
    /// SO_REUSEADDR when the config says so (on Linux that call means restart past TIME_WAIT), on
    /// Windows SO_EXCLUSIVEADDRUSE, and IPV6_V6ONLY explicitly on IPv6 sockets so that the real
    /// socket is dual-stack exactly when the model's is, whatever the OS default.
    ///
    /// ```
    /// use winsock_bind::SocketConfig;
    /// let config = SocketConfig::new("127.0.0.1:0")?.reuse_address(true);
    /// let socket = config.socket().unwrap();
    /// socket.bind(&config.address.socket_addr().into()).unwrap();
    /// socket.listen(128).unwrap();
    /// let listener: std::net::TcpListener = socket.into();
    /// assert!(listener.local_addr().unwrap().port() != 0);
    /// # Ok::<(), winsock_bind::InputError>(())
    /// ```
    ///
    /// # Errors
    /// The OS error of `socket` or `setsockopt`.
    pub fn socket(&self) -> io::Result<socket2::Socket> {
        let domain = match self.family() {
            Family::V4 => socket2::Domain::IPV4,
            Family::V6 => socket2::Domain::IPV6,
        };
        let ty = match self.proto {
            Proto::Tcp => Type::STREAM,
            Proto::Udp => Type::DGRAM,
        };
        let socket = socket2::Socket::new(domain, ty, None)?;
        if self.family() == Family::V6 {
            socket.set_only_v6(self.only_v6)?;
        }
        match self.mode {
            ReuseMode::Default => {}
            ReuseMode::ReuseAddr => socket.set_reuse_address(true)?,
            ReuseMode::Exclusive => set_exclusive_address_use(&socket)?,
        }
        Ok(socket)
    }

    /// A bound, listening `std::net::TcpListener` from [`socket`](Self::socket).
    ///
    /// # Errors
    /// The OS error of any call.
    pub fn tcp_listener(&self) -> io::Result<std::net::TcpListener> {
        let socket = self.socket()?;
        socket.bind(&self.address.socket_addr().into())?;
        socket.listen(1024)?;
        Ok(socket.into())
    }

    /// A bound `std::net::UdpSocket` from [`socket`](Self::socket).
    ///
    /// # Errors
    /// The OS error of any call.
    pub fn udp_socket(&self) -> io::Result<std::net::UdpSocket> {
        let socket = self.socket()?;
        socket.bind(&self.address.socket_addr().into())?;
        Ok(socket.into())
    }
}

#[cfg(windows)]
fn exclusive_address_use(socket: &socket2::Socket) -> io::Result<bool> {
    windows::exclusive_address_use(socket)
}

/// Off Windows the option does not exist: nothing set it.
#[cfg(not(windows))]
#[allow(clippy::unnecessary_wraps)] // the same signature as the Windows reader
fn exclusive_address_use(_: &socket2::Socket) -> io::Result<bool> {
    Ok(false)
}

#[cfg(windows)]
fn set_exclusive_address_use(socket: &socket2::Socket) -> io::Result<()> {
    windows::set_exclusive_address_use(socket)
}

/// Off Windows there is no such option; Linux already refuses a second bind unless both
/// sockets ask to share.
#[cfg(not(windows))]
#[allow(clippy::unnecessary_wraps)] // the same signature as the Windows setter
fn set_exclusive_address_use(_: &socket2::Socket) -> io::Result<()> {
    Ok(())
}

/// SO_EXCLUSIVEADDRUSE through Winsock's `getsockopt`/`setsockopt`, which socket2 does not wrap
/// (Microsoft Learn, "SOL_SOCKET socket options").
#[cfg(windows)]
#[allow(unsafe_code)] // two FFI calls on a live socket handle; see the SAFETY notes
mod windows {
    use std::io;
    use std::os::windows::io::AsRawSocket;

    use windows_sys::Win32::Networking::WinSock::{
        getsockopt, setsockopt, WSAGetLastError, SOCKET, SOCKET_ERROR, SOL_SOCKET, SO_EXCLUSIVEADDRUSE,
    };

    const BOOL_SIZE: i32 = size_of::<i32>() as i32;

    pub(super) fn exclusive_address_use(socket: &socket2::Socket) -> io::Result<bool> {
        let mut value: i32 = 0;
        let mut len = BOOL_SIZE;
        // SAFETY: the handle is a live socket borrowed for the call; `value` and `len` are locals
        // of the size passed.
        let rc = unsafe {
            getsockopt(
                socket.as_raw_socket() as SOCKET,
                SOL_SOCKET,
                SO_EXCLUSIVEADDRUSE,
                std::ptr::addr_of_mut!(value).cast::<u8>(),
                &mut len,
            )
        };
        check(rc).map(|()| value != 0)
    }

    pub(super) fn set_exclusive_address_use(socket: &socket2::Socket) -> io::Result<()> {
        let value: i32 = 1;
        // SAFETY: as above; `value` outlives the call and is `BOOL_SIZE` bytes.
        let rc = unsafe {
            setsockopt(
                socket.as_raw_socket() as SOCKET,
                SOL_SOCKET,
                SO_EXCLUSIVEADDRUSE,
                std::ptr::addr_of!(value).cast::<u8>(),
                BOOL_SIZE,
            )
        };
        check(rc)
    }

    fn check(rc: i32) -> io::Result<()> {
        if rc == SOCKET_ERROR {
            // SAFETY: no arguments; reads the calling thread's last Winsock error.
            return Err(io::Error::from_raw_os_error(unsafe { WSAGetLastError() }));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::era::Era;
    use crate::error::WsaError;
    use crate::rules::options::Privilege;

    #[test]
    fn an_unbound_socket2_socket_reads_its_family_type_and_options() {
        let s = socket2::Socket::new(socket2::Domain::IPV6, Type::DGRAM, None).unwrap();
        s.set_only_v6(true).unwrap();
        let real = read(&s).unwrap();
        assert!(!real.bound);
        assert_eq!(
            (real.config.family(), real.config.proto, real.config.mode, real.config.only_v6),
            (Family::V6, Proto::Udp, ReuseMode::Default, true)
        );
        assert_eq!(real.config.address.to_string(), "[::]:0");
    }

    #[cfg(not(windows))]
    #[test]
    fn v6only_off_read_off_windows_takes_windows_default_until_stated() {
        let s = socket2::Socket::new(socket2::Domain::IPV6, Type::STREAM, None).unwrap();
        s.set_only_v6(false).unwrap();
        let real = read(&s).unwrap();
        assert!(real.config.only_v6);
        assert_eq!(real.translations, [Translation::OnlyV6Default, Translation::ExclusiveNotReadable]);
        let stated = real.only_v6(false).exclusive_address_use(true);
        assert!(!stated.config.only_v6 && stated.config.mode == ReuseMode::Exclusive);
        assert!(!stated.is_translation());
    }

    #[test]
    fn a_bound_std_listener_brings_its_address_and_listens_in_the_model() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let real = read_listener(&listener).unwrap();
        assert!(real.bound && real.listening);
        assert_eq!(real.config.address, Endpoint::from(listener.local_addr().unwrap()));
        let mut host = Host::new(Era::Win11);
        let me = host.add_user("me", Privilege::User);
        let id = real.open_on(&mut host, me).unwrap();
        assert_eq!(host.connect_from_remote((Ipv4Addr::LOCALHOST, port)).unwrap().listener, Some(id));
        // A second plain bind of the same address is WSAEADDRINUSE (rule E8) on Windows.
        let err = host.tcp(me).bind(real.config.address).unwrap_err();
        assert_eq!(err.error(), Some(WsaError::AddrInUse));
    }

    #[cfg(not(windows))]
    #[test]
    fn reuse_address_read_off_windows_is_labelled_a_translation() {
        let s = socket2::Socket::new(socket2::Domain::IPV4, Type::STREAM, None).unwrap();
        s.set_reuse_address(true).unwrap();
        let real = read(&s).unwrap();
        assert_eq!(real.translations, [Translation::ReuseAddress, Translation::ExclusiveNotReadable]);
        assert!(real.is_translation());
    }

    #[test]
    fn a_config_round_trips_through_a_real_socket() {
        for config in [
            SocketConfig::new("127.0.0.1:0").unwrap().reuse_address(true),
            SocketConfig::new("[::1]:0").unwrap().udp(),
            SocketConfig::new("127.0.0.1:0").unwrap(),
        ] {
            let Ok(socket) = config.socket() else { continue }; // no IPv6 on this machine
            let read = read(&socket).unwrap().config_at(config.address).unwrap();
            assert_eq!(read, config);
        }
        // Dual-stack reads back as Linux's default, which the reader cannot tell from "never
        // set": the caller states it.
        let dual = SocketConfig::new("[::1]:0").unwrap().only_v6(false);
        if let Ok(socket) = dual.socket() {
            let read = read(&socket).unwrap().only_v6(false).config_at(dual.address).unwrap();
            assert_eq!(read, dual);
        }
    }

    #[cfg(windows)]
    #[test]
    fn exclusive_address_use_is_read_from_a_real_windows_socket() {
        let config = SocketConfig::new("127.0.0.1:0").unwrap().exclusive_address_use(true);
        let real = read(&config.socket().unwrap()).unwrap();
        assert_eq!(real.config.mode, ReuseMode::Exclusive);
        assert!(real.translations.is_empty());
    }
}
