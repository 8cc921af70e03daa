//! What a program binds, shared by the audit and the doctor: the sockets of a server
//! ([`ServerSocket`]), how popular runtimes bind them by default ([`Preset`]), and a `--bind`
//! value ([`Bind`]).
//!
//! ```
//! use winsock_bind::program::{Bind, Preset};
//! use winsock_bind::ReuseMode;
//! let sockets = Preset::Nginx.sockets("80".parse::<Bind>()?);
//! assert_eq!(sockets[0].describe(), "0.0.0.0:80 (SO_REUSEADDR)");
//! assert_eq!(Preset::Java.mode(), ReuseMode::Exclusive);
//! # Ok::<(), winsock_bind::InputError>(())
//! ```

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use serde::Serialize;

use crate::endpoint::{parse_port, Endpoint, Family, LocalAddr};
use crate::error::InputError;
use crate::options::ReuseMode;

/// One listening (TCP) or receiving (UDP) socket of the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct ServerSocket {
    /// The address and port it binds.
    pub endpoint: Endpoint,
    /// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither, set before bind.
    pub mode: ReuseMode,
    /// IPV6_V6ONLY; `false` on an IPv6 wildcard makes it dual-stack (Vista on). Ignored for
    /// IPv4 sockets and specific addresses.
    pub v6only: bool,
}

impl ServerSocket {
    /// A socket with no options set (Windows' defaults: IPV6_V6ONLY on).
    pub fn plain(endpoint: Endpoint) -> Self {
        Self { endpoint, mode: ReuseMode::Default, v6only: true }
    }

    /// Whether it is a dual-stack `[::]` socket (IPV6_V6ONLY off on the IPv6 wildcard).
    pub fn dual_stack(&self) -> bool {
        self.endpoint.addr == LocalAddr::Wildcard(Family::V6) && !self.v6only
    }

    /// How the socket binds, in words: `[::]:3000 (dual-stack, SO_EXCLUSIVEADDRUSE)`.
    pub fn describe(&self) -> String {
        let mut words = Vec::new();
        if self.dual_stack() {
            words.push("dual-stack");
        }
        words.push(match self.mode {
            ReuseMode::Default => "no options",
            ReuseMode::ReuseAddr => "SO_REUSEADDR",
            ReuseMode::Exclusive => "SO_EXCLUSIVEADDRUSE",
        });
        format!("{} ({})", self.endpoint, words.join(", "))
    }
}

/// How a popular runtime binds a listening socket on Windows by default (runtime documentation and test suites, "How
/// popular runtimes bind on Windows").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Preset {
    /// Rust std `TcpListener::bind`, tokio, mio: a plain bind; IPv6 sockets keep IPV6_V6ONLY on.
    RustStd,
    /// tokio `TcpSocket` with `set_reuseaddr(true)`, as many Rust servers do: SO_REUSEADDR.
    TokioReuseaddr,
    /// .NET `TcpListener.Create` / dual-mode `Socket`: `[::]` dual-stack, no options
    /// (`ExclusiveAddressUse` is opt-in).
    Dotnet,
    /// Python `http.server` / `socketserver` with `allow_reuse_address`: SO_REUSEADDR.
    PythonHttpServer,
    /// Python `asyncio` `create_server` with no host: one socket per family (`0.0.0.0` and
    /// `[::]` with IPV6_V6ONLY on), no options on Windows.
    PythonAsyncio,
    /// Node.js `net.Server.listen(port)`: `[::]` dual-stack, no options.
    Node,
    /// Go `net.Listen("tcp", ":port")`: `[::]` dual-stack, no options on Windows.
    Go,
    /// Java `ServerSocket` (7u25 and later): `[::]` dual-stack with SO_EXCLUSIVEADDRUSE, unless
    /// SO_REUSEADDR is asked for.
    Java,
    /// nginx `listen port`: `0.0.0.0` with SO_REUSEADDR.
    Nginx,
}

impl Preset {
    /// Every preset.
    pub const ALL: [Self; 9] = [
        Self::RustStd,
        Self::TokioReuseaddr,
        Self::Dotnet,
        Self::PythonHttpServer,
        Self::PythonAsyncio,
        Self::Node,
        Self::Go,
        Self::Java,
        Self::Nginx,
    ];

    /// The name used by `--preset`, e.g. `python-http-server`.
    pub fn name(self) -> &'static str {
        match self {
            Self::RustStd => "rust-std",
            Self::TokioReuseaddr => "tokio-reuseaddr",
            Self::Dotnet => "dotnet",
            Self::PythonHttpServer => "python-http-server",
            Self::PythonAsyncio => "python-asyncio",
            Self::Node => "node",
            Self::Go => "go",
            Self::Java => "java",
            Self::Nginx => "nginx",
        }
    }

    /// The option the runtime sets before bind.
    pub fn mode(self) -> ReuseMode {
        match self {
            Self::TokioReuseaddr | Self::PythonHttpServer | Self::Nginx => ReuseMode::ReuseAddr,
            Self::Java => ReuseMode::Exclusive,
            Self::RustStd | Self::Dotnet | Self::PythonAsyncio | Self::Node | Self::Go => ReuseMode::Default,
        }
    }

    /// Whether its IPv6 wildcard socket is dual-stack (IPV6_V6ONLY off).
    pub fn dual_stack(self) -> bool {
        match self {
            Self::Dotnet | Self::Node | Self::Go | Self::Java => true,
            Self::RustStd | Self::TokioReuseaddr | Self::PythonHttpServer | Self::PythonAsyncio | Self::Nginx => false,
        }
    }

    /// The addresses it binds when given only a port.
    pub fn default_addresses(self) -> Vec<IpAddr> {
        let v4 = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
        let v6 = IpAddr::V6(Ipv6Addr::UNSPECIFIED);
        match self {
            Self::RustStd | Self::TokioReuseaddr | Self::PythonHttpServer | Self::Nginx => vec![v4],
            Self::PythonAsyncio => vec![v4, v6],
            Self::Dotnet | Self::Node | Self::Go | Self::Java => vec![v6],
        }
    }

    /// The server sockets for one `--bind`: the runtime's addresses when only a port is given.
    pub fn sockets(self, bind: Bind) -> Vec<ServerSocket> {
        let addrs =
            bind.addr.map_or_else(|| self.default_addresses().into_iter().map(LocalAddr::from).collect(), |a| vec![a]);
        addrs
            .into_iter()
            .map(|addr| {
                let endpoint = Endpoint { addr, port: bind.port };
                ServerSocket { endpoint, mode: self.mode(), v6only: !self.dual_stack() }
            })
            .collect()
    }
}

impl Serialize for Preset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Preset {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|p| p.name() == wanted).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|p| p.name()).collect();
            InputError::unknown("preset", s, names.join(", "))
        })
    }
}

/// A `--bind` value: a port alone (`3000`, `:3000`), or an address and a port
/// (`0.0.0.0:3000`, `[::]:3000`, `[::ffff:10.0.0.1]:3000`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bind {
    /// The address (with its zone, if written); `None` takes the preset's addresses (`0.0.0.0`
    /// without a preset).
    pub addr: Option<LocalAddr>,
    /// The port.
    pub port: u16,
}

impl FromStr for Bind {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let port_only = t.strip_prefix(':').unwrap_or(t);
        let bind = if !port_only.is_empty() && port_only.bytes().all(|b| b.is_ascii_digit()) {
            Self { addr: None, port: parse_port(s, port_only)? }
        } else {
            let e: Endpoint = s.parse()?;
            Self { addr: Some(e.addr), port: e.port }
        };
        if bind.port == 0 {
            return Err(InputError::address(s, "port 0 asks for an ephemeral port; give the server's port"));
        }
        Ok(bind)
    }
}

impl fmt::Display for Bind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.addr {
            Some(addr) => Endpoint { addr, port: self.port }.fmt(f),
            None => self.port.fmt(f),
        }
    }
}
