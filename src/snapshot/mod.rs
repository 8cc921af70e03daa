//! A real machine as input: what Windows tools print about its sockets, read into one
//! [`Snapshot`], and a snapshot turned into a [`Host`](crate::Host) ([`Snapshot::host`]).
//!
//! Each file is recognised from its content, so a user passes files without saying what they
//! are ([`Kind`]):
//!
//! - `netstat -ano` and `netstat -anob` (TCP and UDP, IPv4 and IPv6 with zones, localised
//!   headers; the English TCP states and the German ones seen on real machines);
//! - PowerShell `Get-NetTCPConnection` and `Get-NetUDPEndpoint` piped to `ConvertTo-Json` or
//!   `Export-Csv`;
//! - `netsh int ipv4 show excludedportrange` and `show dynamicport` (read by [`crate::ports::netsh`]);
//! - `netsh http show iplisten`, `netsh http show servicestate` and `netsh http show sslcert`;
//! - `tasklist /svc`.
//!
//! Every reader is exact or loud: a row with the wrong number of fields, an unknown state, a key
//! or PID given twice, a signed number or broken UTF-16 is a [`SnapshotError`] naming the file
//! and line (or byte), never a guess; files are at most
//! [`MAX_INPUT_BYTES`](crate::text::MAX_INPUT_BYTES).
//!
//! A snapshot shows addresses, ports and process ids. It cannot show a socket's options or the
//! account of its process: those stay unknown, and [`Snapshot::host`] takes an [`Assume`] for
//! each socket. The kernel (PID 4: HTTP.sys, SMB) is known: the SYSTEM account, no options
//! (Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE",
//! <https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>).
//!
//! ```
//! use winsock_bind::snapshot::{Kind, Snapshot};
//! use winsock_bind::Proto;
//!
//! let netstat = "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n\
//!                \x20 TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4\r\n\
//!                \x20 UDP    0.0.0.0:1645           *:*                                    2148\r\n";
//! let mut snap = Snapshot::default();
//! assert_eq!(snap.add_text("netstat.txt", netstat)?, Kind::Netstat);
//! assert_eq!(snap.listeners.len(), 2);
//! assert_eq!((snap.listeners[1].proto, snap.listeners[1].pid), (Proto::Udp, 2148));
//!
//! let err = Snapshot::default().add_text("notes.txt", "hello\n").unwrap_err();
//! assert!(err.to_string().starts_with("notes.txt: line 1: not output this program reads"));
//! # Ok::<(), winsock_bind::snapshot::SnapshotError>(())
//! ```

mod http;
mod machine;
mod netstat;
mod powershell;
mod services;
mod tasklist;

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::path::Path;

use serde::Serialize;

use crate::endpoint::{Endpoint, LocalAddr, Proto};
use crate::ports::netsh::{self, NetshError};
use crate::ports::{DynamicPorts, ExcludedRanges};
use crate::text::{read_file, ReadError, Utf8};

pub use http::{HttpUrl, SslBinding, SslKey, UrlHost};
pub use machine::{Assume, Inconsistent, SnapshotHost, KERNEL_ACCOUNT, KERNEL_PID};
pub use services::builtin_service;

/// What a snapshot file is, recognised from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// `netstat -ano` or `netstat -anob`.
    Netstat,
    /// `Get-NetTCPConnection | ConvertTo-Json` or `| Export-Csv`.
    PsTcp,
    /// `Get-NetUDPEndpoint | ConvertTo-Json` or `| Export-Csv`.
    PsUdp,
    /// `netsh int ipv4 show excludedportrange protocol=tcp|udp`.
    ExcludedPorts,
    /// `netsh int ipv4 show dynamicport tcp|udp`.
    DynamicPorts,
    /// `netsh http show iplisten`.
    HttpIplisten,
    /// `netsh http show servicestate`.
    HttpServiceState,
    /// `netsh http show sslcert`.
    HttpSslcert,
    /// `tasklist /svc`.
    Tasklist,
}

impl Kind {
    /// The command that prints this kind of file.
    pub fn command(self) -> &'static str {
        match self {
            Self::Netstat => "netstat -ano",
            Self::PsTcp => "Get-NetTCPConnection",
            Self::PsUdp => "Get-NetUDPEndpoint",
            Self::ExcludedPorts => "netsh int ipv4 show excludedportrange",
            Self::DynamicPorts => "netsh int ipv4 show dynamicport",
            Self::HttpIplisten => "netsh http show iplisten",
            Self::HttpServiceState => "netsh http show servicestate",
            Self::HttpSslcert => "netsh http show sslcert",
            Self::Tasklist => "tasklist /svc",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.command())
    }
}

/// Where a row came from: the file and the line (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Origin {
    /// The file name as given.
    pub file: String,
    /// The line.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Whether a socket listens (TCP), is only bound (TCP, PowerShell's `Bound`), or is a UDP
/// endpoint (which receives as soon as it is bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ListenState {
    /// A TCP socket in LISTEN.
    Listen,
    /// A TCP socket bound and not listening.
    Bound,
    /// A bound UDP socket.
    Udp,
}

/// One socket that holds a local address and port: a TCP listener, a bound TCP socket, or a
/// UDP endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listener {
    /// TCP or UDP.
    pub proto: Proto,
    /// The local address and port.
    pub endpoint: Endpoint,
    /// The owning process.
    pub pid: u32,
    /// Listening, bound, or UDP.
    pub state: ListenState,
    /// The creation time as printed (PowerShell only), to order listeners: on current Windows
    /// the older of two listeners on one address receives new connections.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Where it was read.
    pub origin: Origin,
}

/// One TCP connection (not a listener): its local end holds a port too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TcpConnection {
    /// The local address and port.
    pub local: Endpoint,
    /// The remote address and port.
    pub remote: Endpoint,
    /// The state as printed (`ESTABLISHED`, `TIME_WAIT`, or a translation).
    pub state: String,
    /// The owning process (0 for TIME_WAIT).
    pub pid: u32,
    /// Where it was read.
    pub origin: Origin,
}

/// A process: its image name and the services it hosts (`tasklist /svc`, `netstat -anob`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Process {
    /// The image, e.g. `nginx.exe`; empty when unknown.
    pub image: String,
    /// The services hosted, e.g. `["W3SVC", "WAS"]`.
    pub services: Vec<String>,
}

/// HTTP.sys's configuration as `netsh http show` prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct HttpState {
    /// The IP listen list: `None` when no `show iplisten` output was given; an empty list means
    /// HTTP.sys listens on every address.
    pub iplisten: Option<Vec<IpAddr>>,
    /// Whether `show servicestate` output was given (else [`HttpState::urls`] is not known).
    pub servicestate: bool,
    /// The registered URLs (`show servicestate`), each once, in the order first seen.
    pub urls: Vec<HttpUrl>,
    /// The HTTPS certificate bindings (`show sslcert`), in listing order.
    pub sslcert: Vec<SslBinding>,
}

/// Everything read from a machine's files.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Listening, bound and UDP sockets, in reading order.
    pub listeners: Vec<Listener>,
    /// TCP connections (not listening), in reading order.
    pub connections: Vec<TcpConnection>,
    /// Processes by PID.
    pub processes: BTreeMap<u32, Process>,
    /// Excluded port ranges (netsh), one section per protocol and file.
    pub excluded: Vec<ExcludedRanges>,
    /// Dynamic port ranges (netsh).
    pub dynamic: Vec<DynamicPorts>,
    /// HTTP.sys's configuration.
    pub http: HttpState,
    /// The files read and what each was.
    pub files: Vec<(String, Kind)>,
}

/// A snapshot file that cannot be read: which file, which line, what is wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SnapshotError {
    /// The file could not be read: the operating system refused, it is over
    /// [`MAX_INPUT_BYTES`](crate::text::MAX_INPUT_BYTES), or it is broken UTF-16.
    #[error("{}: {source}", crate::Escaped(file))]
    Io {
        /// The file.
        file: String,
        /// Why.
        source: ReadError,
    },
    /// Output of a known command with a line that does not fit.
    #[error("{}: line {line}: {}", crate::Escaped(file), crate::Escaped(message))]
    Malformed {
        /// The file.
        file: String,
        /// The line (1-based).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Text that is none of the outputs this module reads.
    #[error("{}: line {line}: not output this program reads (expected netstat -ano, Get-NetTCPConnection or Get-NetUDPEndpoint as JSON or CSV, netsh int ipv4 show excludedportrange|dynamicport, netsh http show iplisten|servicestate|sslcert, or tasklist /svc)", crate::Escaped(file))]
    Unrecognised {
        /// The file.
        file: String,
        /// The first line that is not blank.
        line: usize,
    },
}

/// A reader's problem before the file name is known: (line, message).
pub(crate) type LineError = (usize, String);

/// The text's lines, numbered from 1, without `\r` or a byte-order mark.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.trim_start_matches('\u{feff}').lines().map(|l| l.trim_end_matches('\r')).enumerate().map(|(i, l)| (i + 1, l))
}

/// Parses an address as the tools print it: `0.0.0.0`, `::`, `[::]`, `fe80::1%12`; the zone,
/// which must be a number, is dropped (for remote addresses and HTTP.sys's lists).
pub(crate) fn parse_ip(text: &str) -> Option<IpAddr> {
    parse_local(text).map(LocalAddr::ip)
}

/// Parses a local address as the tools print it, keeping its zone: `fe80::1%12` and
/// `fe80::1%13` are two addresses ([`LocalAddr::Scoped`]).
pub(crate) fn parse_local(text: &str) -> Option<LocalAddr> {
    let t = text.trim();
    let t = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')).unwrap_or(t);
    let (ip, zone) = match t.split_once('%') {
        Some((ip, zone)) => (ip, Some(zone)),
        None => (t, None),
    };
    let addr = LocalAddr::from(ip.parse::<IpAddr>().ok()?);
    match zone {
        None => Some(addr),
        Some(zone) => addr.with_zone(crate::text::decimal(zone)?).ok(),
    }
}

impl Snapshot {
    /// Reads each file, recognising what it is.
    ///
    /// # Errors
    /// [`SnapshotError`] naming the first file (and line) that cannot be read.
    pub fn read(paths: &[impl AsRef<Path>]) -> Result<Self, SnapshotError> {
        let mut snap = Self::default();
        for path in paths {
            let path = path.as_ref();
            let name = path.display().to_string();
            let bytes = read_file(path).map_err(|source| SnapshotError::Io { file: name.clone(), source })?;
            snap.add_bytes(&name, &bytes)?;
        }
        Ok(snap)
    }

    /// Recognises `text` (the content of the file `name`) and adds what it says.
    ///
    /// # Errors
    /// [`SnapshotError::Unrecognised`] for text of no known kind, [`SnapshotError::Malformed`]
    /// for a known kind with a line that does not fit.
    pub fn add_text(&mut self, name: &str, text: &str) -> Result<Kind, SnapshotError> {
        let kind = detect(text).ok_or_else(|| SnapshotError::Unrecognised {
            file: name.to_owned(),
            line: lines(text).find(|(_, l)| !l.trim().is_empty()).map_or(1, |(n, _)| n),
        })?;
        self.add_text_as(name, text, kind)?;
        Ok(kind)
    }

    /// As [`Snapshot::add_text`] on the bytes of a file: UTF-16 with a byte-order mark (refused
    /// when cut or holding a lone surrogate), else UTF-8 (bytes of a console code page that are
    /// not UTF-8 become U+FFFD).
    ///
    /// # Errors
    /// [`SnapshotError::Io`] for broken UTF-16, else as [`Snapshot::add_text`].
    pub fn add_bytes(&mut self, name: &str, bytes: &[u8]) -> Result<Kind, SnapshotError> {
        let text = crate::text::decode(bytes, Utf8::Lossy)
            .map_err(|source| SnapshotError::Io { file: name.to_owned(), source })?;
        self.add_text(name, &text)
    }

    /// Adds `text` read as the output of `kind`, whatever it looks like (the caller ran the
    /// command, as `--live` does).
    ///
    /// # Errors
    /// [`SnapshotError::Malformed`] for a line that does not fit `kind`.
    pub fn add_text_as(&mut self, name: &str, text: &str, kind: Kind) -> Result<(), SnapshotError> {
        let malformed = |(line, message): LineError| SnapshotError::Malformed { file: name.to_owned(), line, message };
        let from_netsh = |e: NetshError| match e {
            NetshError::Line { line, message, .. } => SnapshotError::Malformed { file: name.to_owned(), line, message },
            // Text never fails to read, and no era is asked here: kept whole should it happen.
            other @ (NetshError::Read { .. } | NetshError::NoSection { .. } | NetshError::PreVista { .. }) => {
                SnapshotError::Malformed { file: name.to_owned(), line: 1, message: other.to_string() }
            }
        };
        match kind {
            Kind::Netstat => {
                let read = netstat::parse(name, text).map_err(malformed)?;
                self.add_listeners(read.listeners);
                self.connections.extend(read.connections);
                for (pid, p) in read.processes {
                    self.merge_process(pid, p);
                }
            }
            Kind::PsTcp | Kind::PsUdp => {
                let read = powershell::parse(name, text, kind).map_err(malformed)?;
                self.add_listeners(read.listeners);
                self.connections.extend(read.connections);
            }
            Kind::ExcludedPorts => self.excluded.extend(netsh::parse_excluded(text).map_err(from_netsh)?),
            Kind::DynamicPorts => self.dynamic.extend(netsh::parse_dynamic(text).map_err(from_netsh)?),
            Kind::HttpIplisten => {
                let list = http::parse_iplisten(text).map_err(malformed)?;
                self.http.iplisten.get_or_insert_with(Vec::new).extend(list);
            }
            Kind::HttpServiceState => {
                self.http.servicestate = true;
                for url in http::parse_servicestate(text).map_err(malformed)? {
                    match self.http.urls.iter_mut().find(|u| u.url == url.url) {
                        Some(known) => {
                            known.pids.extend(url.pids);
                            known.pids.sort_unstable();
                            known.pids.dedup();
                        }
                        None => self.http.urls.push(url),
                    }
                }
            }
            Kind::HttpSslcert => self.http.sslcert.extend(http::parse_sslcert(text).map_err(malformed)?),
            Kind::Tasklist => {
                for (pid, p) in tasklist::parse(text).map_err(malformed)? {
                    self.merge_process(pid, p);
                }
            }
        }
        self.files.push((name.to_owned(), kind));
        Ok(())
    }

    /// Adds listeners; one that another file already listed (netstat and PowerShell show the
    /// same sockets) is the same socket, and only adds its creation time.
    fn add_listeners(&mut self, new: Vec<Listener>) {
        // The same socket read from another file (netstat and PowerShell) is one listener; an
        // index by socket keeps the merge linear in the listeners.
        type Key = (Proto, Endpoint, u32, ListenState);
        let key = |l: &Listener| -> Key { (l.proto, l.endpoint, l.pid, l.state) };
        let mut index: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
        for (i, k) in self.listeners.iter().enumerate() {
            index.entry(key(k)).or_default().push(i);
        }
        for l in new {
            let slot = index.entry(key(&l)).or_default();
            let same = slot.iter().copied().find(|&i| self.listeners[i].origin.file != l.origin.file);
            match same {
                Some(i) => {
                    let known = &mut self.listeners[i];
                    if known.created.is_none() {
                        known.created = l.created;
                    }
                }
                None => {
                    slot.push(self.listeners.len());
                    self.listeners.push(l);
                }
            }
        }
    }

    fn merge_process(&mut self, pid: u32, p: Process) {
        let known = self.processes.entry(pid).or_default();
        if known.image.is_empty() {
            known.image = p.image;
        }
        for s in p.services {
            if !known.services.contains(&s) {
                known.services.push(s);
            }
        }
    }

    /// The sockets of `proto` on `port`, in reading order.
    pub fn listeners_on(&self, proto: Proto, port: u16) -> impl Iterator<Item = &Listener> {
        self.listeners.iter().filter(move |l| l.proto == proto && l.endpoint.port == port)
    }

    /// The process name of `pid` as a reader would say it: `nginx.exe`, `System` for PID 4,
    /// `None` when no file named it.
    pub fn process_name(&self, pid: u32) -> Option<&str> {
        match self.processes.get(&pid) {
            Some(p) if !p.image.is_empty() => Some(&p.image),
            Some(_) | None if pid == KERNEL_PID => Some("System"),
            Some(_) | None => None,
        }
    }

    /// The registered HTTP.sys URLs on `port`.
    pub fn http_urls_on(&self, port: u16) -> impl Iterator<Item = &HttpUrl> {
        self.http.urls.iter().filter(move |u| u.port == port)
    }

    /// Where HTTP.sys listens on `port` by what `netsh http` printed: every address of the IP
    /// listen list (both wildcards when it is empty or was not given) when a URL is registered
    /// on the port; nothing otherwise, or when no `show servicestate` output was given.
    pub fn http_sys_endpoints(&self, port: u16) -> Vec<Endpoint> {
        if self.http_urls_on(port).next().is_none() {
            return Vec::new();
        }
        let wildcards = [IpAddr::from([0, 0, 0, 0]), IpAddr::from([0u16; 8])];
        let addrs: Vec<IpAddr> = match &self.http.iplisten {
            Some(list) if !list.is_empty() => list.clone(),
            Some(_) | None => wildcards.to_vec(),
        };
        addrs.into_iter().map(|ip| Endpoint::new(ip, port)).collect()
    }
}

/// Recognises a file from its content; `None` when it is none of the known outputs.
pub fn detect(text: &str) -> Option<Kind> {
    let body: Vec<&str> = lines(text).map(|(_, l)| l.trim()).filter(|l| !l.is_empty()).collect();
    let first = *body.first()?;
    if first.starts_with('[') || first.starts_with('{') {
        return powershell::detect_json(text);
    }
    if first.starts_with("#TYPE") || first.starts_with('"') || first.to_ascii_lowercase().starts_with("localaddress,") {
        return powershell::detect_csv(text);
    }
    let lower: Vec<String> = body.iter().map(|l| l.to_ascii_lowercase()).collect();
    let has = |needle: &str| lower.iter().any(|l| l.contains(needle));
    if has("port exclusion ranges") {
        return Some(Kind::ExcludedPorts);
    }
    if has("dynamic port range") {
        return Some(Kind::DynamicPorts);
    }
    if has("ip listen list") {
        return Some(Kind::HttpIplisten);
    }
    if has("http service state") || has("registered urls:") {
        return Some(Kind::HttpServiceState);
    }
    if has("ssl certificate bindings") || lower.iter().any(|l| http::is_sslcert_key(l)) {
        return Some(Kind::HttpSslcert);
    }
    if netstat::recognise(&body) {
        return Some(Kind::Netstat);
    }
    if tasklist::recognise(&body) {
        return Some(Kind::Tasklist);
    }
    None
}

#[cfg(test)]
mod tests;
