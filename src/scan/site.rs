//! What `scan` reads from a server socket set-up: the language and runtime, the protocol, the
//! address and port, and the options, each either known or `unknown` (never guessed).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use serde::{Serialize, Serializer};

use crate::endpoint::{Family, Proto};
use crate::program::Preset;

/// A source language `scan` reads, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// C (`.c`, `.h`): Winsock calls.
    C,
    /// C++ (`.cpp`, `.cc`, `.cxx`, `.hpp`, `.hh`, `.hxx`): Winsock calls.
    Cpp,
    /// C# (`.cs`): `System.Net.Sockets`, `HttpListener`, Kestrel.
    CSharp,
    /// Go (`.go`): `net`, `syscall`, `golang.org/x/sys/windows`.
    Go,
    /// Python (`.py`, `.pyw`): `socket`, `socketserver`, `http.server`, `asyncio`.
    Python,
    /// Java (`.java`): `java.net`, `java.nio.channels`.
    Java,
    /// JavaScript on Node.js (`.js`, `.mjs`, `.cjs`): `net`, `http`, `https`, `dgram`.
    JavaScript,
    /// Rust (`.rs`): std, tokio, mio, socket2.
    Rust,
}

impl Language {
    /// Every language.
    pub const ALL: [Self; 8] =
        [Self::C, Self::Cpp, Self::CSharp, Self::Go, Self::Python, Self::Java, Self::JavaScript, Self::Rust];

    /// The language of a file, from its extension; `None` for a file that is not source.
    ///
    /// ```
    /// use winsock_bind::scan::Language;
    /// assert_eq!(Language::from_path("src/server.cc".as_ref()), Some(Language::Cpp));
    /// assert_eq!(Language::from_path("README.md".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "c" | "h" => Self::C,
            "cpp" | "cc" | "cxx" | "hpp" | "hh" | "hxx" => Self::Cpp,
            "cs" => Self::CSharp,
            "go" => Self::Go,
            "py" | "pyw" => Self::Python,
            "java" => Self::Java,
            "js" | "mjs" | "cjs" => Self::JavaScript,
            "rs" => Self::Rust,
            _ => return None,
        })
    }

    /// The name in output and in `examples/scan/<name>/`: `c`, `cpp`, `csharp` ...
    pub fn name(self) -> &'static str {
        match self {
            Self::C => "c",
            Self::Cpp => "cpp",
            Self::CSharp => "csharp",
            Self::Go => "go",
            Self::Python => "python",
            Self::Java => "java",
            Self::JavaScript => "javascript",
            Self::Rust => "rust",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The library or runtime that creates and binds the socket: it decides the options set before
/// the code's own, and the addresses bound when the code gives only a port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Runtime {
    /// Winsock called directly (C, C++): no option unless the code sets it.
    Winsock,
    /// .NET `Socket`, `TcpListener`, `UdpClient`: no option; `DualMode` and
    /// `ExclusiveAddressUse` opt in.
    Dotnet,
    /// ASP.NET Core Kestrel (`Listen`, `ListenAnyIP`, `ListenLocalhost`): .NET sockets, `[::]`
    /// dual-stack for `ListenAnyIP`.
    Kestrel,
    /// `HttpListener`: the kernel's HTTP.sys listens for it, on every address (`0.0.0.0` and
    /// `[::]`) unless `netsh http add iplisten` narrows it, as the SYSTEM account.
    HttpSys,
    /// Go `net.Listen`, `net.ListenPacket`, `net.ListenConfig`.
    Go,
    /// Python's `socket` module.
    Python,
    /// Python `socketserver` / `http.server` servers (`allow_reuse_address`).
    PythonSocketserver,
    /// Python `asyncio` (`create_server`, `start_server`, `create_datagram_endpoint`).
    PythonAsyncio,
    /// Java `ServerSocket`, `ServerSocketChannel`, `DatagramSocket` (SO_EXCLUSIVEADDRUSE unless
    /// SO_REUSEADDR is asked for).
    Java,
    /// Node.js `net`, `http`, `https` servers and `dgram` sockets.
    Node,
    /// Rust std `TcpListener` / `UdpSocket`.
    RustStd,
    /// tokio `TcpListener`, `UdpSocket`, `TcpSocket`.
    Tokio,
    /// mio `TcpListener` / `UdpSocket`.
    Mio,
    /// socket2 `Socket`.
    Socket2,
}

impl Runtime {
    /// The name in output: `winsock`, `dotnet`, `http.sys` ...
    pub fn name(self) -> &'static str {
        match self {
            Self::Winsock => "winsock",
            Self::Dotnet => "dotnet",
            Self::Kestrel => "kestrel",
            Self::HttpSys => "http.sys",
            Self::Go => "go",
            Self::Python => "python",
            Self::PythonSocketserver => "python-socketserver",
            Self::PythonAsyncio => "python-asyncio",
            Self::Java => "java",
            Self::Node => "node",
            Self::RustStd => "rust-std",
            Self::Tokio => "tokio",
            Self::Mio => "mio",
            Self::Socket2 => "socket2",
        }
    }

    /// The audit preset whose API a fix is written in (`None`: Winsock and HTTP.sys, whose fix
    /// is the audit's own wording).
    pub fn preset(self) -> Option<Preset> {
        match self {
            Self::Winsock | Self::HttpSys => None,
            Self::Dotnet | Self::Kestrel => Some(Preset::Dotnet),
            Self::Go => Some(Preset::Go),
            Self::Python | Self::PythonAsyncio => Some(Preset::PythonAsyncio),
            Self::PythonSocketserver => Some(Preset::PythonHttpServer),
            Self::Java => Some(Preset::Java),
            Self::Node => Some(Preset::Node),
            Self::RustStd | Self::Tokio | Self::Mio | Self::Socket2 => Some(Preset::RustStd),
        }
    }
}

impl fmt::Display for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Runtime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One socket option's value at bind: the runtime's default, set by the code, or unknown (set
/// from a value the scan cannot read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Opt {
    /// The runtime's default (the code did not set it).
    Default(bool),
    /// The code sets it to this value.
    Set(bool),
    /// The code sets it from a value the scan cannot read.
    Unknown,
}

impl Opt {
    /// The known value, if any.
    pub(crate) fn known(self) -> Option<bool> {
        match self {
            Self::Default(v) | Self::Set(v) => Some(v),
            Self::Unknown => None,
        }
    }
}

/// Which of the three options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum OptKind {
    ReuseAddr,
    Exclusive,
    V6Only,
}

/// The addresses a set-up binds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Addrs {
    /// These addresses, one socket each.
    Known(Vec<IpAddr>),
    /// An address the scan cannot read.
    Unknown,
}

/// A server socket set-up as the scan follows it, before it becomes a [`Site`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Setup {
    pub(crate) runtime: Runtime,
    pub(crate) proto: Proto,
    /// The socket's family where its creation says it (`AF_INET6`); `None`: from the address.
    pub(crate) family: Option<Family>,
    pub(crate) addrs: Addrs,
    /// `None`: unknown.
    pub(crate) port: Option<u16>,
    pub(crate) reuse: Opt,
    pub(crate) exclusive: Opt,
    pub(crate) v6only: Opt,
}

impl Setup {
    /// A socket of `runtime` with Windows' defaults: no sharing option, IPV6_V6ONLY on, address
    /// and port not yet known.
    pub(crate) fn new(runtime: Runtime, proto: Proto) -> Self {
        Self {
            runtime,
            proto,
            family: None,
            addrs: Addrs::Unknown,
            port: None,
            reuse: Opt::Default(false),
            exclusive: Opt::Default(false),
            v6only: Opt::Default(true),
        }
    }

    /// The code sets an option. SO_REUSEADDR and SO_EXCLUSIVEADDRUSE exclude each other: where
    /// the code set one on, setting the other on fails (WSAEINVAL) and changes nothing; over a
    /// runtime's default (Java's SO_EXCLUSIVEADDRUSE) the runtime clears its own.
    pub(crate) fn set(&mut self, kind: OptKind, value: Option<bool>) {
        let v = value.map_or(Opt::Unknown, Opt::Set);
        match kind {
            OptKind::ReuseAddr => {
                if value == Some(true) && self.exclusive == Opt::Set(true) {
                    return;
                }
                if value != Some(false) && matches!(self.exclusive, Opt::Default(true)) {
                    self.exclusive = Opt::Default(false);
                }
                self.reuse = v;
            }
            OptKind::Exclusive => {
                if value == Some(true) && self.reuse == Opt::Set(true) {
                    return;
                }
                if value == Some(true) {
                    self.reuse = Opt::Default(false);
                }
                self.exclusive = v;
            }
            OptKind::V6Only => self.v6only = v,
        }
    }

    /// Whether any socket of the set-up is (or may be) IPv6.
    fn maybe_v6(&self) -> bool {
        match (&self.addrs, self.family) {
            (_, Some(Family::V6)) => true,
            (_, Some(Family::V4)) => false,
            (Addrs::Known(ips), None) => ips.iter().any(IpAddr::is_ipv6),
            (Addrs::Unknown, None) => true,
        }
    }

    /// The set-up as reported.
    pub(crate) fn site(&self, file: &str, language: Language, line: usize, column: usize) -> Site {
        let mut options = Vec::new();
        let mut unknown = Vec::new();
        if matches!(self.addrs, Addrs::Unknown) {
            unknown.push("address".to_owned());
        }
        if self.port.is_none() {
            unknown.push("port".to_owned());
        }
        for (opt, name) in [(self.reuse, "SO_REUSEADDR"), (self.exclusive, "SO_EXCLUSIVEADDRUSE")] {
            match opt.known() {
                Some(true) => options.push(name.to_owned()),
                Some(false) => {}
                None => unknown.push(name.to_owned()),
            }
        }
        if self.maybe_v6() {
            match self.v6only.known() {
                Some(v) => options.push(format!("IPV6_V6ONLY={}", u8::from(v))),
                None => unknown.push("IPV6_V6ONLY".to_owned()),
            }
        }
        let address = match &self.addrs {
            Addrs::Known(ips) => ips.iter().map(ToString::to_string).collect::<Vec<_>>().join(","),
            Addrs::Unknown => "unknown".to_owned(),
        };
        Site {
            file: file.to_owned(),
            line,
            column,
            language,
            runtime: self.runtime,
            proto: self.proto,
            address,
            port: self.port,
            options,
            unknown,
            setup: self.clone(),
        }
    }
}

/// One server socket set-up found in source code, at the line that binds it (or, where the
/// runtime binds when the object is created, the line that creates it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Site {
    /// The file, as the path given to the scan joined with the path below it (`/` separated).
    pub file: String,
    /// The line (1-based).
    pub line: usize,
    /// The column (1-based, in bytes).
    pub column: usize,
    /// The language.
    pub language: Language,
    /// The runtime that binds.
    pub runtime: Runtime,
    /// TCP or UDP.
    pub proto: Proto,
    /// The address bound (`0.0.0.0`, `::`, `10.0.0.1`), several joined by `,` where the runtime
    /// binds one socket per address (`0.0.0.0,::`), or `unknown`.
    pub address: String,
    /// The port, or `unknown`.
    #[serde(serialize_with = "port_or_unknown")]
    pub port: Option<u16>,
    /// The Winsock options the socket has at bind on Windows, the runtime's own and the code's:
    /// `SO_REUSEADDR`, `SO_EXCLUSIVEADDRUSE`, and `IPV6_V6ONLY=0|1` for IPv6 sockets.
    pub options: Vec<String>,
    /// What the code sets from values the scan cannot read: `address`, `port`, or an option name.
    pub unknown: Vec<String>,
    /// The set-up the audit examines.
    #[serde(skip)]
    pub(crate) setup: Setup,
}

fn port_or_unknown<S: Serializer>(port: &Option<u16>, s: S) -> Result<S::Ok, S::Error> {
    match port {
        Some(p) => s.serialize_u16(*p),
        None => s.serialize_str("unknown"),
    }
}

impl Site {
    /// The site in one line, as the corpus's expected files write it: `tcp 0.0.0.0 8080
    /// SO_REUSEADDR`, then `unknown:FIELD` for each unknown.
    ///
    /// ```
    /// use winsock_bind::scan::{self, Language};
    /// let found = scan::scan_source("a.go", Language::Go, "package main\nimport \"net\"\nfunc main() { net.Listen(\"tcp\", \":8080\") }\n");
    /// assert_eq!(found.sites[0].describe(), "tcp :: 8080 IPV6_V6ONLY=0");
    /// ```
    pub fn describe(&self) -> String {
        let port = self.port.map_or_else(|| "unknown".to_owned(), |p| p.to_string());
        let mut words = vec![self.proto.to_string(), self.address.clone(), port];
        words.extend(self.options.iter().cloned());
        words.extend(self.unknown.iter().map(|u| format!("unknown:{u}")));
        words.join(" ")
    }
}

/// A construct the scan sees but cannot follow: reported with its line, never guessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unrecognised {
    /// The file.
    pub file: String,
    /// The line (1-based).
    pub line: usize,
    /// What it is, e.g. `bind on a socket created elsewhere (s)`.
    pub what: String,
}

/// The IPv4 wildcard.
pub(crate) const ANY4: IpAddr = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
/// The IPv6 wildcard.
pub(crate) const ANY6: IpAddr = IpAddr::V6(Ipv6Addr::UNSPECIFIED);
