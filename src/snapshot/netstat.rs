//! `netstat -ano` and `netstat -anob`.
//!
//! ```text
//!   Proto  Local Address          Foreign Address        State           PID
//!   TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4
//!   TCP    [::]:80                [::]:0                 LISTENING       4
//!   UDP    0.0.0.0:53             *:*                                    2148
//! ```
//!
//! Headers and states are translated on non-English Windows, so neither is read: a TCP row
//! whose foreign address is `0.0.0.0:0` or `[::]:0` is a listener, any other a connection; a UDP
//! row (foreign `*:*`) is a bound endpoint. With `-b`, the lines after a row name its owner:
//! `[image.exe]`, a service name, or a sentence saying ownership is unknown.

use std::collections::BTreeMap;

use super::{parse_ip, LineError, ListenState, Listener, Origin, Process, TcpConnection};
use crate::endpoint::{Endpoint, Proto};

/// What one netstat file holds.
pub(super) struct Read {
    pub(super) listeners: Vec<Listener>,
    pub(super) connections: Vec<TcpConnection>,
    pub(super) processes: BTreeMap<u32, Process>,
}

fn proto_word(word: &str) -> Option<Proto> {
    match word.to_ascii_uppercase().as_str() {
        "TCP" | "TCPV6" => Some(Proto::Tcp),
        "UDP" | "UDPV6" => Some(Proto::Udp),
        _ => None,
    }
}

/// Whether these (trimmed, non-blank) lines look like netstat output: some line is a row.
pub(super) fn recognise(body: &[&str]) -> bool {
    body.iter().any(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        words.len() >= 4 && proto_word(words[0]).is_some() && words[1].contains(':')
    })
}

/// `0.0.0.0:80`, `[::]:80`, `[fe80::1%12]:123`.
fn endpoint(word: &str) -> Option<Endpoint> {
    let (host, port) = word.rsplit_once(':')?;
    if host.contains(':') && !host.starts_with('[') {
        return None;
    }
    Some(Endpoint::new(parse_ip(host)?, port.parse().ok()?))
}

fn is_unspecified_peer(word: &str) -> bool {
    word == "*:*" || endpoint(word).is_some_and(|e| e.port == 0 && e.addr.is_wildcard())
}

pub(super) fn parse(file: &str, text: &str) -> Result<Read, LineError> {
    let mut read = Read { listeners: Vec::new(), connections: Vec::new(), processes: BTreeMap::new() };
    let with_owners = super::lines(text).any(|(_, l)| {
        let t = l.trim();
        t.starts_with('[') && t.ends_with(']') && !t.contains(':')
    });
    // The PID of the last row, while its owner lines (netstat -b) may follow.
    let mut last_pid: Option<u32> = None;
    let mut seen_row = false;
    for (n, line) in super::lines(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let Some(proto) = proto_word(words[0]) else {
            if !seen_row {
                continue; // titles and column headers, in whatever language
            }
            match last_pid {
                Some(pid) if with_owners => {
                    let p = read.processes.entry(pid).or_default();
                    if let Some(image) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                        p.image = image.to_owned();
                        last_pid = None;
                    } else if words.len() == 1 {
                        if !p.services.iter().any(|s| s == t) {
                            p.services.push(t.to_owned());
                        }
                    } else {
                        // "Can not obtain ownership information", translated.
                        last_pid = None;
                    }
                    continue;
                }
                Some(_) | None => {
                    return Err((n, format!("`{t}` is not a netstat row (expected PROTO LOCAL FOREIGN [STATE] PID)")))
                }
            }
        };
        seen_row = true;
        let pid_word = words.last().copied().unwrap_or_default();
        let pid: u32 = pid_word
            .parse()
            .map_err(|_| (n, format!("`{pid_word}` is not a process id (netstat -ano prints it last)")))?;
        let expected = match proto {
            Proto::Tcp => "TCP LOCAL FOREIGN STATE PID",
            Proto::Udp => "UDP LOCAL *:* PID",
        };
        if words.len() < 4 {
            return Err((n, format!("too few columns (expected {expected})")));
        }
        let local = endpoint(words[1]).ok_or_else(|| (n, format!("`{}` is not ADDRESS:PORT", words[1])))?;
        let origin = Origin { file: file.to_owned(), line: n };
        match proto {
            Proto::Udp => {
                if words.len() != 4 || words[2] != "*:*" {
                    return Err((n, format!("a UDP row reads {expected}")));
                }
                read.listeners.push(Listener {
                    proto,
                    endpoint: local,
                    pid,
                    state: ListenState::Udp,
                    created: None,
                    origin,
                });
            }
            Proto::Tcp => {
                if words.len() < 5 {
                    return Err((n, format!("too few columns (expected {expected})")));
                }
                let state = words[3..words.len() - 1].join(" ");
                if is_unspecified_peer(words[2]) {
                    read.listeners.push(Listener {
                        proto,
                        endpoint: local,
                        pid,
                        state: ListenState::Listen,
                        created: None,
                        origin,
                    });
                } else {
                    let remote =
                        endpoint(words[2]).ok_or_else(|| (n, format!("`{}` is not ADDRESS:PORT", words[2])))?;
                    read.connections.push(TcpConnection { local, remote, state, pid, origin });
                }
            }
        }
        last_pid = Some(pid);
    }
    if !seen_row {
        return Err((1, "no TCP or UDP rows".to_owned()));
    }
    Ok(read)
}
