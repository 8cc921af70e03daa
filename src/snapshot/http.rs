//! `netsh http show iplisten`, `show servicestate` and `show sslcert`: where HTTP.sys (the
//! kernel, PID 4) listens, on which ports URLs are registered, and which certificate each HTTPS
//! binding carries.

use std::net::IpAddr;

use serde::Serialize;

use super::{parse_ip, LineError};
use crate::text::{decimal, Quoted};

/// The host part of a registered URL (`netsh http show servicestate`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "value")]
pub enum UrlHost {
    /// `+`: the strong wildcard, every host name.
    Strong,
    /// `*`: the weak wildcard, host names no other registration claims.
    Weak,
    /// An IP address.
    Address(IpAddr),
    /// A host name.
    Name(String),
}

/// One registered URL: `HTTP://+:5985/WSMAN/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpUrl {
    /// The URL as printed.
    pub url: String,
    /// `HTTP` or `HTTPS`, upper case.
    pub scheme: String,
    /// Its host part.
    pub host: UrlHost,
    /// Its port.
    pub port: u16,
    /// The worker processes of its request queue, when the listing names them.
    pub pids: Vec<u32>,
    /// The line where it is first listed.
    pub line: usize,
}

/// What an HTTPS binding is keyed by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "value")]
pub enum SslKey {
    /// `IP:port`, e.g. `0.0.0.0:443` or `[::]:443`.
    Ip(crate::Endpoint),
    /// `Hostname:port` (SNI, Windows 8 / Server 2012 on).
    Hostname(String, u16),
    /// `Central Certificate Store:port` and other keys, as printed.
    Other(String),
}

impl std::fmt::Display for SslKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Ip(ep) => write!(f, "{ep}"),
            Self::Hostname(host, port) => write!(f, "{host}:{port}"),
            Self::Other(text) => f.write_str(text),
        }
    }
}

/// One HTTPS certificate binding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SslBinding {
    /// `IP:port` or `Hostname:port`.
    pub key: SslKey,
    /// The certificate's SHA-1 hash, lower case.
    pub hash: String,
    /// The application that made the binding.
    pub app_id: String,
    /// The line of the block's first field.
    pub line: usize,
}

/// `netsh http show iplisten`: the addresses of the IP listen list, indented under a line of
/// dashes; an empty list means every address.
pub(super) fn parse_iplisten(text: &str) -> Result<Vec<IpAddr>, LineError> {
    let mut out = Vec::new();
    let mut after_dashes = false;
    for (n, line) in super::lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if !after_dashes {
            after_dashes = t.chars().all(|c| c == '-');
            continue;
        }
        let ip =
            parse_ip(t).ok_or_else(|| (n, format!("`{}` is not an IP address of the IP listen list", Quoted(t))))?;
        out.push(ip);
    }
    Ok(out)
}

/// `SCHEME://HOST:PORT/PATH/`.
fn parse_url(text: &str) -> Result<HttpUrl, String> {
    let bad = |why: &str| format!("`{}` is not a registered URL ({why})", Quoted(text));
    let (scheme, rest) = text.split_once("://").ok_or_else(|| bad("no ://"))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let (host, port) = authority.rsplit_once(':').ok_or_else(|| bad("no :PORT"))?;
    let port: u16 = decimal(port).ok_or_else(|| bad("the port is not a number"))?;
    let host = match host {
        "+" => UrlHost::Strong,
        "*" => UrlHost::Weak,
        h => parse_ip(h).map_or_else(|| UrlHost::Name(h.to_ascii_lowercase()), UrlHost::Address),
    };
    Ok(HttpUrl { url: text.to_owned(), scheme: scheme.to_ascii_uppercase(), host, port, pids: Vec::new(), line: 0 })
}

/// `netsh http show servicestate`: the URLs under each `Registered URLs:`, with the PIDs under
/// the `Process IDs:` of the request queue they belong to.
pub(super) fn parse_servicestate(text: &str) -> Result<Vec<HttpUrl>, LineError> {
    #[derive(PartialEq)]
    enum List {
        None,
        Urls,
        Pids,
    }
    let mut out: Vec<HttpUrl> = Vec::new();
    let mut list = List::None;
    let mut list_indent = 0;
    // The PIDs of the current request queue; a queue's PIDs come before its URLs.
    let mut queue_pids: Vec<u32> = Vec::new();
    for (n, line) in super::lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let lower = t.to_ascii_lowercase();
        if lower.starts_with("request queue name:") || lower.starts_with("server session id:") {
            queue_pids.clear();
        }
        if list != List::None && indent > list_indent && !t.ends_with(':') && !t.contains(": ") {
            match list {
                List::Urls => {
                    let mut url = parse_url(t).map_err(|m| (n, m))?;
                    url.pids.clone_from(&queue_pids);
                    url.line = n;
                    match out.iter_mut().find(|u| u.url == url.url) {
                        Some(known) => {
                            known.pids.extend(url.pids);
                            known.pids.sort_unstable();
                            known.pids.dedup();
                        }
                        None => out.push(url),
                    }
                }
                List::Pids => {
                    let pid = decimal(t).ok_or_else(|| (n, format!("`{}` is not a process id", Quoted(t))))?;
                    queue_pids.push(pid);
                }
                List::None => {}
            }
            continue;
        }
        list = match lower.as_str() {
            "registered urls:" => List::Urls,
            "process ids:" => List::Pids,
            _ => List::None,
        };
        list_indent = indent;
    }
    Ok(out)
}

/// Whether a (lower-case) line is the first field of a certificate binding block.
pub(super) fn is_sslcert_key(lower: &str) -> bool {
    ["ip:port", "hostname:port", "central certificate store", "ccs:port"]
        .iter()
        .any(|k| lower.trim_start().starts_with(k) && lower.contains(" : "))
}

/// `netsh http show sslcert`: blocks of `Name : value` lines, the first being `IP:port` or
/// `Hostname:port`.
pub(super) fn parse_sslcert(text: &str) -> Result<Vec<SslBinding>, LineError> {
    let mut out: Vec<SslBinding> = Vec::new();
    let mut header_done = false;
    for (n, line) in super::lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let lower = t.to_ascii_lowercase();
        if is_sslcert_key(&lower) {
            header_done = true;
            let (name, value) = t.split_once(" : ").map_or((t, ""), |(a, b)| (a.trim(), b.trim()));
            let name = name.to_ascii_lowercase();
            let key = if name.starts_with("ip:port") {
                let ep =
                    value.parse::<crate::Endpoint>().map_err(|e| (n, format!("`IP:port` `{}`: {e}", Quoted(value))))?;
                SslKey::Ip(ep)
            } else if name.starts_with("hostname:port") {
                let (host, port) = value
                    .rsplit_once(':')
                    .ok_or_else(|| (n, format!("`Hostname:port` `{}` has no port", Quoted(value))))?;
                let port =
                    decimal(port).ok_or_else(|| (n, format!("`Hostname:port` `{}`: bad port", Quoted(value))))?;
                SslKey::Hostname(host.to_ascii_lowercase(), port)
            } else {
                SslKey::Other(value.to_owned())
            };
            out.push(SslBinding { key, hash: String::new(), app_id: String::new(), line: n });
            continue;
        }
        if !header_done {
            continue; // the title and its dashes, in whatever language
        }
        let Some((name, value)) = t.split_once(':') else {
            return Err((n, format!("`{}` is not a `Name : value` line", Quoted(t))));
        };
        let block = out.last_mut().ok_or_else(|| (n, "a field before any `IP:port`".to_owned()))?;
        match name.trim().to_ascii_lowercase().as_str() {
            "certificate hash" => block.hash = value.trim().to_ascii_lowercase(),
            "application id" => block.app_id = value.trim().to_owned(),
            _ => {} // the many per-binding flags that do not bear on which socket answers
        }
    }
    Ok(out)
}
