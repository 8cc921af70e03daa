//! Reading a real socket (feature `socket2`): the options a program really set, turned into the
//! model's [`SocketConfig`], so a test does not retype them.
//!
//! [`read`] takes anything socket2's `SockRef` takes: a configured, not yet bound
//! `socket2::Socket`, or an already bound `std::net::TcpListener`, `UdpSocket` or `TcpStream`
//! (then the address is its local address), or tokio's `TcpSocket`. It reads the type (TCP or
//! UDP), the family, SO_REUSEADDR, IPV6_V6ONLY and, on Windows, SO_EXCLUSIVEADDRUSE.
//!
//! **Read on Linux or macOS, the answer is a translation**, listed in
//! [`RealSocket::translations`]:
//! - SO_REUSEADDR is carried over as the SO_REUSEADDR the same code sets on Windows. On Linux it
//!   meant "let me rebind while old connections sit in TIME_WAIT"; on Windows it lets another
//!   socket share the port (Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE",
//!   <https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>).
//! - IPV6_V6ONLY is read as set; Linux's default is off and Windows' is on, so a program that
//!   never sets it is dual-stack on Linux and IPv6-only on Windows (Microsoft Learn, "Dual-Stack
//!   Sockets for IPv6 Winsock Applications",
//!   <https://learn.microsoft.com/en-us/windows/win32/winsock/dual-stack-sockets>).
//! - SO_EXCLUSIVEADDRUSE does not exist there, so it reads as off. A `#[cfg(windows)]` branch
//!   that sets it is invisible to a test on Linux: keep the option in a [`SocketConfig`] that the
//!   production code applies ([`SocketConfig::socket`]) and the test hands to the model.
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
//! let (service, other) = (host.add_user("service", false), host.add_user("other", false));
//! config.listen_on(&mut host, service).unwrap();
//! // Another account can bind a specific address beneath it on Windows (rule E5 needs both to reuse).
//! assert_bind!(host.tcp(other).reuse_address(true), "127.0.0.1:8080", Ok(()));
//! # Ok::<(), InputError>(())
//! ```

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use socket2::{SockRef, Type};

use crate::config::SocketConfig;
use crate::endpoint::{Endpoint, Family, Proto};
use crate::error::InputError;
use crate::host::{CallError, Host, ToEndpoint};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;

/// What [`read`] found: the configuration, whether the socket is bound, and what was translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RealSocket {
    /// Family, protocol, options; the address is the local address when bound, else the
    /// family's wildcard with port 0 (use [`config_at`](Self::config_at)).
    pub config: SocketConfig,
    /// Whether the socket had a local address (a bound socket never has port 0).
    pub bound: bool,
    /// Whether the socket listens: set by [`read_listener`], which knows it from the type.
    pub listening: bool,
    /// What the reading carried over from another OS's meaning; empty when read on Windows.
    pub translations: Vec<Translation>,
}

/// A value read on an OS other than Windows and carried over to Windows' meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Translation {
    /// SO_REUSEADDR was on: there it let the program restart past TIME_WAIT; the same call on
    /// Windows lets another socket share (or, before Server 2003, steal) the port.
    ReuseAddress,
    /// IPV6_V6ONLY was read as it stands there (`read`); where the program did not set it, the
    /// value is that OS's default (off on Linux), not Windows' (on).
    OnlyV6 {
        /// The value read.
        read: bool,
    },
    /// SO_EXCLUSIVEADDRUSE exists only on Windows, so it reads as off; pass it through a shared
    /// [`SocketConfig`].
    ExclusiveNotReadable,
}

impl std::fmt::Display for Translation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ReuseAddress => f.write_str(
                "SO_REUSEADDR read off Windows (there: restart past TIME_WAIT) is taken as the same call on Windows (share the port)",
            ),
            Self::OnlyV6 { read } => write!(
                f,
                "IPV6_V6ONLY read off Windows as {}; if the program never set it, Windows' default (on) applies there",
                if *read { "on" } else { "off" }
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

/// Reads a socket's type, family and options, and its local address when bound.
///
/// # Errors
/// The OS error of a `getsockopt`; [`io::ErrorKind::InvalidInput`] for a socket that is neither
/// TCP nor UDP.
pub fn read<'s>(socket: impl Into<SockRef<'s>>) -> io::Result<RealSocket> {
    let socket: SockRef<'s> = socket.into();
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
    let mut translations = Vec::new();
    let reuse = socket.reuse_address()?;
    let exclusive = exclusive_address_use(&socket)?;
    if reuse && !cfg!(windows) {
        translations.push(Translation::ReuseAddress);
    }
    let only_v6 = match family {
        Family::V6 => socket.only_v6()?,
        Family::V4 => true,
    };
    if family == Family::V6 && !cfg!(windows) {
        translations.push(Translation::OnlyV6 { read: only_v6 });
    }
    if !cfg!(windows) {
        translations.push(Translation::ExclusiveNotReadable);
    }
    let mode = match (exclusive, reuse) {
        (true, _) => ReuseMode::Exclusive,
        (false, true) => ReuseMode::ReuseAddr,
        (false, false) => ReuseMode::Default,
    };
    let config = SocketConfig { address, proto, mode, only_v6, runtime: None };
    Ok(RealSocket { config, bound, listening: false, translations })
}

/// [`read`] for a listening socket (`std::net::TcpListener`): the same, with `listening` set.
///
/// # Errors
/// As [`read`].
pub fn read_listener<'s>(listener: impl Into<SockRef<'s>>) -> io::Result<RealSocket> {
    Ok(RealSocket { listening: true, ..read(listener)? })
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

    #[test]
    fn an_unbound_socket2_socket_reads_its_family_type_and_options() {
        let s = socket2::Socket::new(socket2::Domain::IPV6, Type::DGRAM, None).unwrap();
        s.set_only_v6(false).unwrap();
        let real = read(&s).unwrap();
        assert!(!real.bound);
        assert_eq!(
            (real.config.family(), real.config.proto, real.config.mode, real.config.only_v6),
            (Family::V6, Proto::Udp, ReuseMode::Default, false)
        );
        assert_eq!(real.config.address.to_string(), "[::]:0");
    }

    #[test]
    fn a_bound_std_listener_brings_its_address_and_listens_in_the_model() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let real = read_listener(&listener).unwrap();
        assert!(real.bound && real.listening);
        assert_eq!(real.config.address, Endpoint::from(listener.local_addr().unwrap()));
        let mut host = Host::new(Era::Win11);
        let me = host.add_user("me", false);
        let id = real.open_on(&mut host, me).unwrap();
        assert_eq!(host.connect_from_remote(("127.0.0.1".parse::<IpAddr>().unwrap(), port)).unwrap().listener, id);
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
            SocketConfig::new("[::1]:0").unwrap().only_v6(false).udp(),
            SocketConfig::new("127.0.0.1:0").unwrap(),
        ] {
            let Ok(socket) = config.socket() else { continue }; // no IPv6 on this machine
            let read = read(&socket).unwrap().config_at(config.address).unwrap();
            assert_eq!(read, config);
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
