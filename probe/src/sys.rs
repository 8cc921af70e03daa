//! Everything that differs between platforms lives here (socket2-style):
//! the socket options socket2 has no portable setter for, the names of OS
//! errors, and creating a socket as another user.
//!
//! On Windows an OS error of a socket call *is* the Winsock code
//! (`io::Error::raw_os_error()`), printed with its WSAE name. On Linux the
//! errno is printed as it is, with its E name (`err 98 EADDRINUSE`), since the
//! Linux model answers in errnos; on other Unix systems errno is translated to
//! the Winsock equivalent.

use socket2::Socket;
use std::io;

/// The socket options that the `setsockopt` and `getsockopt` steps name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    ReuseAddr,
    ExclusiveAddrUse,
    V6Only,
    /// Read-only (`getsockopt` only).
    AcceptConn,
    /// SO_REUSEPORT (Linux and the BSDs; Winsock has none).
    ReusePort,
}

/// The value Windows gives IPV6_V6ONLY on a new IPv6 socket.
pub const WINDOWS_V6ONLY_DEFAULT: bool = true;

/// A short name of the platform the probe was built for, for stderr notes.
pub const PLATFORM: &str = if cfg!(windows) {
    "windows"
} else if cfg!(target_os = "linux") {
    "linux"
} else {
    "unix"
};

/// Sets an integer socket option. `value` is passed to the OS verbatim where
/// the platform allows it (Windows: SO_REUSEADDR and SO_EXCLUSIVEADDRUSE), so
/// that "any non-zero value counts as on" can be observed.
pub fn set_opt(sock: &Socket, opt: Opt, value: i32) -> io::Result<()> {
    match opt {
        Opt::V6Only => sock.set_only_v6(value != 0),
        Opt::ReuseAddr | Opt::ExclusiveAddrUse | Opt::AcceptConn | Opt::ReusePort => {
            imp::set_sol_socket(sock, opt, value)
        }
    }
}

/// Reads an integer socket option back.
pub fn get_opt(sock: &Socket, opt: Opt) -> io::Result<i32> {
    match opt {
        Opt::V6Only => sock.only_v6().map(i32::from),
        Opt::ReuseAddr | Opt::ExclusiveAddrUse | Opt::AcceptConn | Opt::ReusePort => imp::get_sol_socket(sock, opt),
    }
}

/// Runs `f` (which creates a socket) with the file-system uid set to `uid`,
/// so that the socket belongs to that user (Linux gives a new socket the
/// caller's fsuid: `sock_alloc` in net/socket.c), while the process keeps its
/// capabilities (setfsuid(2) clears only the file-system ones). Needs root.
#[cfg(target_os = "linux")]
pub fn as_user<T>(uid: u32, f: impl FnOnce() -> io::Result<T>) -> Result<io::Result<T>, String> {
    extern "C" {
        fn setfsuid(fsuid: u32) -> i32;
        fn geteuid() -> u32;
    }
    // SAFETY: geteuid takes no arguments and cannot fail.
    if unsafe { geteuid() } != 0 {
        return Err("user= needs root".to_string());
    }
    // SAFETY: setfsuid takes a plain integer; it returns the previous fsuid,
    // which is restored right after the call.
    let old = unsafe { setfsuid(uid) };
    let r = f();
    // SAFETY: as above.
    unsafe { setfsuid(old as u32) };
    Ok(r)
}

/// Moves the probe into a network namespace of its own (unshare(CLONE_NEWNET): needs root or
/// CAP_SYS_ADMIN), brings its loopback interface up, and sets its
/// `net.ipv4.ip_local_port_range` (the sysctl is per namespace: /proc/sys/net is the caller's).
#[cfg(target_os = "linux")]
pub fn enter_netns(low: u16, high: u16) -> Result<(), String> {
    use std::os::fd::AsRawFd;
    extern "C" {
        fn unshare(flags: i32) -> i32;
        fn ioctl(fd: i32, request: u64, ...) -> i32;
    }
    const CLONE_NEWNET: i32 = 0x4000_0000;
    const SIOCGIFFLAGS: u64 = 0x8913;
    const SIOCSIFFLAGS: u64 = 0x8914;
    const IFF_UP: i16 = 0x1;
    /// `struct ifreq`: the name, then a union of 24 bytes whose first member here is the flags.
    #[repr(C)]
    struct IfReq {
        name: [u8; 16],
        flags: i16,
        pad: [u8; 22],
    }
    // SAFETY: unshare takes a flag word; the probe is single-threaded, so the whole process moves.
    if unsafe { unshare(CLONE_NEWNET) } != 0 {
        return Err(format!("unshare(CLONE_NEWNET): {}", io::Error::last_os_error()));
    }
    let sock = Socket::new(socket2::Domain::IPV4, socket2::Type::DGRAM, None).map_err(|e| format!("socket: {}", e))?;
    let mut req = IfReq { name: [0; 16], flags: 0, pad: [0; 22] };
    req.name[..2].copy_from_slice(b"lo");
    // SAFETY: the fd is open while `sock` lives; `req` is a valid, writable struct ifreq.
    if unsafe { ioctl(sock.as_raw_fd(), SIOCGIFFLAGS, &mut req as *mut IfReq) } != 0 {
        return Err(format!("SIOCGIFFLAGS lo: {}", io::Error::last_os_error()));
    }
    req.flags |= IFF_UP;
    // SAFETY: as above.
    if unsafe { ioctl(sock.as_raw_fd(), SIOCSIFFLAGS, &mut req as *mut IfReq) } != 0 {
        return Err(format!("SIOCSIFFLAGS lo up: {}", io::Error::last_os_error()));
    }
    std::fs::write("/proc/sys/net/ipv4/ip_local_port_range", format!("{} {}", low, high))
        .map_err(|e| format!("ip_local_port_range {} {}: {}", low, high, e))
}

/// Network namespaces are Linux's.
#[cfg(not(target_os = "linux"))]
pub fn enter_netns(_low: u16, _high: u16) -> Result<(), String> {
    Err("network namespaces are Linux's".to_string())
}

/// A datagram to an IPv4 multicast group leaves through the loopback interface, where the
/// scenario's members joined (their interfaces map onto 127.0.0.x): IP_MULTICAST_IF 127.0.0.1.
/// Only on Linux; elsewhere the default route decides, as before.
#[cfg(target_os = "linux")]
pub fn multicast_out_of_loopback(sock: &Socket, to: std::net::SocketAddr) -> io::Result<()> {
    match to {
        std::net::SocketAddr::V4(a) if a.ip().is_multicast() => {
            sock.set_multicast_if_v4(&std::net::Ipv4Addr::LOCALHOST)
        }
        _ => Ok(()),
    }
}

/// Elsewhere the default route decides.
#[cfg(not(target_os = "linux"))]
pub fn multicast_out_of_loopback(_sock: &Socket, _to: std::net::SocketAddr) -> io::Result<()> {
    Ok(())
}

/// Sockets of another user need Linux here.
#[cfg(not(target_os = "linux"))]
pub fn as_user<T>(_uid: u32, _f: impl FnOnce() -> io::Result<T>) -> Result<io::Result<T>, String> {
    Err("user= needs Linux".to_string())
}

/// The number and name the probe prints for an error of a socket call: the
/// errno and its name on Linux, the Winsock code and name elsewhere. `name` is
/// `"OS"` when the error has no known name.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn error_code(e: &io::Error) -> (i32, &'static str) {
    match e.raw_os_error() {
        Some(raw) => (raw, imp::errno_name(raw).unwrap_or("OS")),
        // socket2's connect_timeout reports its own time-out without an OS code.
        None => match e.kind() {
            io::ErrorKind::TimedOut => (110, "ETIMEDOUT"),
            io::ErrorKind::WouldBlock => (11, "EAGAIN"),
            _ => (0, "OS"),
        },
    }
}

/// As on Linux, with Winsock codes.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub fn error_code(e: &io::Error) -> (i32, &'static str) {
    winsock_error(e)
}

/// The Winsock error number and name for an error of a socket call.
/// Returns `(code, name)`; `name` is `"OS"` when the error has no Winsock
/// equivalent (then `code` is the raw OS code, or 0 when there is none).
#[cfg_attr(any(target_os = "linux", target_os = "android"), allow(dead_code))]
pub fn winsock_error(e: &io::Error) -> (i32, &'static str) {
    match e.raw_os_error() {
        Some(raw) => match imp::to_winsock(raw) {
            Some(code) => (code, wsa_name(code).unwrap_or("OS")),
            None => (raw, "OS"),
        },
        // socket2's connect_timeout reports its own time-out without an OS code.
        None => match e.kind() {
            io::ErrorKind::TimedOut => (WSAETIMEDOUT, "WSAETIMEDOUT"),
            io::ErrorKind::WouldBlock => (WSAEWOULDBLOCK, "WSAEWOULDBLOCK"),
            _ => (0, "OS"),
        },
    }
}

const WSAETIMEDOUT: i32 = 10060;
const WSAEWOULDBLOCK: i32 = 10035;

/// Winsock error names (winerror.h / winsock2.h).
fn wsa_name(code: i32) -> Option<&'static str> {
    Some(match code {
        10004 => "WSAEINTR",
        10009 => "WSAEBADF",
        10013 => "WSAEACCES",
        10014 => "WSAEFAULT",
        10022 => "WSAEINVAL",
        10024 => "WSAEMFILE",
        10035 => "WSAEWOULDBLOCK",
        10036 => "WSAEINPROGRESS",
        10037 => "WSAEALREADY",
        10038 => "WSAENOTSOCK",
        10039 => "WSAEDESTADDRREQ",
        10040 => "WSAEMSGSIZE",
        10041 => "WSAEPROTOTYPE",
        10042 => "WSAENOPROTOOPT",
        10043 => "WSAEPROTONOSUPPORT",
        10044 => "WSAESOCKTNOSUPPORT",
        10045 => "WSAEOPNOTSUPP",
        10046 => "WSAEPFNOSUPPORT",
        10047 => "WSAEAFNOSUPPORT",
        10048 => "WSAEADDRINUSE",
        10049 => "WSAEADDRNOTAVAIL",
        10050 => "WSAENETDOWN",
        10051 => "WSAENETUNREACH",
        10052 => "WSAENETRESET",
        10053 => "WSAECONNABORTED",
        10054 => "WSAECONNRESET",
        10055 => "WSAENOBUFS",
        10056 => "WSAEISCONN",
        10057 => "WSAENOTCONN",
        10058 => "WSAESHUTDOWN",
        10060 => "WSAETIMEDOUT",
        10061 => "WSAECONNREFUSED",
        10064 => "WSAEHOSTDOWN",
        10065 => "WSAEHOSTUNREACH",
        10093 => "WSANOTINITIALISED",
        _ => return None,
    })
}

#[cfg(windows)]
mod imp {
    //! Windows: SO_EXCLUSIVEADDRUSE has no setter in socket2, so the two
    //! Winsock calls are declared here and used on `as_raw_socket()`.
    use super::Opt;
    use socket2::Socket;
    use std::io;
    use std::os::windows::io::AsRawSocket;

    // winsock2.h / ws2def.h
    const SOL_SOCKET: i32 = 0xffff;
    const SO_ACCEPTCONN: i32 = 0x0002;
    const SO_REUSEADDR: i32 = 0x0004;
    /// `#define SO_EXCLUSIVEADDRUSE ((int)(~SO_REUSEADDR))`, i.e. -5.
    const SO_EXCLUSIVEADDRUSE: i32 = !SO_REUSEADDR;
    const SOCKET_ERROR: i32 = -1;

    #[allow(non_snake_case)]
    mod ffi {
        /// `SOCKET` is `UINT_PTR`.
        #[allow(clippy::upper_case_acronyms)] // Winsock's name
        pub type SOCKET = usize;
        #[link(name = "ws2_32")]
        extern "system" {
            pub fn setsockopt(s: SOCKET, level: i32, optname: i32, optval: *const u8, optlen: i32) -> i32;
            pub fn getsockopt(s: SOCKET, level: i32, optname: i32, optval: *mut u8, optlen: *mut i32) -> i32;
            pub fn WSAGetLastError() -> i32;
        }
    }

    fn name(opt: Opt) -> i32 {
        match opt {
            Opt::ReuseAddr => SO_REUSEADDR,
            Opt::ExclusiveAddrUse => SO_EXCLUSIVEADDRUSE,
            Opt::AcceptConn => SO_ACCEPTCONN,
            // Not reached: IPV6_V6ONLY goes through socket2; SO_REUSEPORT is refused below.
            Opt::V6Only => 27,
            Opt::ReusePort => 0,
        }
    }

    /// Winsock has no SO_REUSEPORT.
    const WSAENOPROTOOPT: i32 = 10042;

    fn last_error() -> io::Error {
        // SAFETY: no arguments; reads the calling thread's last Winsock error.
        io::Error::from_raw_os_error(unsafe { ffi::WSAGetLastError() })
    }

    pub fn set_sol_socket(sock: &Socket, opt: Opt, value: i32) -> io::Result<()> {
        if opt == Opt::ReusePort {
            return Err(io::Error::from_raw_os_error(WSAENOPROTOOPT));
        }
        let bytes = value.to_ne_bytes();
        // SAFETY: the socket handle is valid while `sock` is borrowed; the
        // option value points at 4 readable bytes and its length says 4.
        let rc = unsafe {
            ffi::setsockopt(
                sock.as_raw_socket() as ffi::SOCKET,
                SOL_SOCKET,
                name(opt),
                bytes.as_ptr(),
                bytes.len() as i32,
            )
        };
        if rc == SOCKET_ERROR {
            Err(last_error())
        } else {
            Ok(())
        }
    }

    pub fn get_sol_socket(sock: &Socket, opt: Opt) -> io::Result<i32> {
        if opt == Opt::ReusePort {
            return Err(io::Error::from_raw_os_error(WSAENOPROTOOPT));
        }
        let mut bytes = [0u8; 4];
        let mut len = bytes.len() as i32;
        // SAFETY: the socket handle is valid while `sock` is borrowed; the
        // buffer has room for `len` bytes and `len` is a valid out pointer.
        let rc = unsafe {
            ffi::getsockopt(sock.as_raw_socket() as ffi::SOCKET, SOL_SOCKET, name(opt), bytes.as_mut_ptr(), &mut len)
        };
        if rc == SOCKET_ERROR {
            return Err(last_error());
        }
        // A BOOL option may be reported with fewer bytes; the rest stay 0.
        Ok(i32::from_ne_bytes(bytes))
    }

    /// On Windows the raw OS error of a socket call is already the Winsock code.
    pub fn to_winsock(raw: i32) -> Option<i32> {
        Some(raw)
    }
}

#[cfg(not(windows))]
mod imp {
    //! Unix: SO_REUSEADDR through socket2 (Linux stores it as a boolean
    //! anyway); SO_EXCLUSIVEADDRUSE does not exist (WSAENOPROTOOPT).
    use super::Opt;
    use socket2::Socket;
    use std::io;

    /// Linux errno values (asm-generic, as on x86_64 and aarch64).
    #[cfg(any(target_os = "linux", target_os = "android"))]
    mod errno {
        pub const EINTR: i32 = 4;
        pub const EBADF: i32 = 9;
        pub const EAGAIN: i32 = 11;
        pub const EACCES: i32 = 13;
        pub const EFAULT: i32 = 14;
        pub const EINVAL: i32 = 22;
        pub const EMFILE: i32 = 24;
        pub const ENOTSOCK: i32 = 88;
        pub const EDESTADDRREQ: i32 = 89;
        pub const EMSGSIZE: i32 = 90;
        pub const EPROTOTYPE: i32 = 91;
        pub const ENOPROTOOPT: i32 = 92;
        pub const EPROTONOSUPPORT: i32 = 93;
        pub const ESOCKTNOSUPPORT: i32 = 94;
        pub const EOPNOTSUPP: i32 = 95;
        pub const EPFNOSUPPORT: i32 = 96;
        pub const EAFNOSUPPORT: i32 = 97;
        pub const EADDRINUSE: i32 = 98;
        pub const EADDRNOTAVAIL: i32 = 99;
        pub const ENETDOWN: i32 = 100;
        pub const ENETUNREACH: i32 = 101;
        pub const ENETRESET: i32 = 102;
        pub const ECONNABORTED: i32 = 103;
        pub const ECONNRESET: i32 = 104;
        pub const ENOBUFS: i32 = 105;
        pub const EISCONN: i32 = 106;
        pub const ENOTCONN: i32 = 107;
        pub const ESHUTDOWN: i32 = 108;
        pub const ETIMEDOUT: i32 = 110;
        pub const ECONNREFUSED: i32 = 111;
        pub const EHOSTDOWN: i32 = 112;
        pub const EHOSTUNREACH: i32 = 113;
        pub const EALREADY: i32 = 114;
        pub const EINPROGRESS: i32 = 115;
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    fn no_such_option() -> io::Error {
        io::Error::from_raw_os_error(errno::ENOPROTOOPT)
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    fn no_such_option() -> io::Error {
        io::Error::new(io::ErrorKind::Unsupported, "option not available on this platform")
    }

    pub fn set_sol_socket(sock: &Socket, opt: Opt, value: i32) -> io::Result<()> {
        match opt {
            Opt::ReuseAddr => sock.set_reuse_address(value != 0),
            Opt::ReusePort => sock.set_reuse_port(value != 0),
            // SO_EXCLUSIVEADDRUSE is Windows-only; SO_ACCEPTCONN is read-only.
            _ => Err(no_such_option()),
        }
    }

    pub fn get_sol_socket(sock: &Socket, opt: Opt) -> io::Result<i32> {
        match opt {
            Opt::ReuseAddr => sock.reuse_address().map(i32::from),
            Opt::ReusePort => sock.reuse_port().map(i32::from),
            #[cfg(any(target_os = "linux", target_os = "android"))]
            Opt::AcceptConn => sock.is_listener().map(i32::from),
            _ => Err(no_such_option()),
        }
    }

    /// The errno names the probe prints on Linux.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    pub fn errno_name(raw: i32) -> Option<&'static str> {
        use errno::*;
        Some(match raw {
            EINTR => "EINTR",
            EBADF => "EBADF",
            EAGAIN => "EAGAIN",
            EACCES => "EACCES",
            EFAULT => "EFAULT",
            EINVAL => "EINVAL",
            EMFILE => "EMFILE",
            ENOTSOCK => "ENOTSOCK",
            EDESTADDRREQ => "EDESTADDRREQ",
            EMSGSIZE => "EMSGSIZE",
            EPROTOTYPE => "EPROTOTYPE",
            ENOPROTOOPT => "ENOPROTOOPT",
            EPROTONOSUPPORT => "EPROTONOSUPPORT",
            ESOCKTNOSUPPORT => "ESOCKTNOSUPPORT",
            EOPNOTSUPP => "EOPNOTSUPP",
            EPFNOSUPPORT => "EPFNOSUPPORT",
            EAFNOSUPPORT => "EAFNOSUPPORT",
            EADDRINUSE => "EADDRINUSE",
            EADDRNOTAVAIL => "EADDRNOTAVAIL",
            ENETDOWN => "ENETDOWN",
            ENETUNREACH => "ENETUNREACH",
            ENETRESET => "ENETRESET",
            ECONNABORTED => "ECONNABORTED",
            ECONNRESET => "ECONNRESET",
            ENOBUFS => "ENOBUFS",
            EISCONN => "EISCONN",
            ENOTCONN => "ENOTCONN",
            ESHUTDOWN => "ESHUTDOWN",
            ETIMEDOUT => "ETIMEDOUT",
            ECONNREFUSED => "ECONNREFUSED",
            EHOSTDOWN => "EHOSTDOWN",
            EHOSTUNREACH => "EHOSTUNREACH",
            EALREADY => "EALREADY",
            EINPROGRESS => "EINPROGRESS",
            71 => "EPROTO",
            19 => "ENODEV",
            _ => return None,
        })
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[allow(dead_code)]
    pub fn to_winsock(raw: i32) -> Option<i32> {
        use errno::*;
        Some(match raw {
            EINTR => 10004,
            EACCES => 10013,
            EFAULT => 10014,
            EINVAL => 10022,
            EMFILE => 10024,
            EAGAIN => 10035,
            EINPROGRESS => 10036,
            EALREADY => 10037,
            ENOTSOCK | EBADF => 10038,
            EDESTADDRREQ => 10039,
            EMSGSIZE => 10040,
            EPROTOTYPE => 10041,
            ENOPROTOOPT => 10042,
            EPROTONOSUPPORT => 10043,
            ESOCKTNOSUPPORT => 10044,
            EOPNOTSUPP => 10045,
            EPFNOSUPPORT => 10046,
            EAFNOSUPPORT => 10047,
            EADDRINUSE => 10048,
            EADDRNOTAVAIL => 10049,
            ENETDOWN => 10050,
            ENETUNREACH => 10051,
            ENETRESET => 10052,
            ECONNABORTED => 10053,
            ECONNRESET => 10054,
            ENOBUFS => 10055,
            EISCONN => 10056,
            ENOTCONN => 10057,
            ESHUTDOWN => 10058,
            ETIMEDOUT => 10060,
            ECONNREFUSED => 10061,
            EHOSTDOWN => 10064,
            EHOSTUNREACH => 10065,
            _ => return None,
        })
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    pub fn to_winsock(_raw: i32) -> Option<i32> {
        None
    }
}
