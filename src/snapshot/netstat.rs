//! `netstat -ano` and `netstat -anob`.
//!
//! ```text
//!   Proto  Local Address          Foreign Address        State           PID
//!   TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4
//!   TCP    [::]:80                [::]:0                 LISTENING       4
//!   UDP    0.0.0.0:53             *:*                                    2148
//! ```
//!
//! Headers are translated on non-English Windows and are not read. A TCP row has exactly five
//! fields and a UDP row four; a TCP state must be one netstat prints ([`STATES`]: the English
//! names and the German ones seen on real machines), and a listening (or bound) state goes with
//! the foreign address `0.0.0.0:0` or `[::]:0`, every other state with a real peer. Numbers
//! are digits only (`+80` is refused). A local address keeps its zone (`[fe80::1%12]:546`). With
//! `-b`, the lines after a row name its owner: `[image.exe]`, a service name, or a sentence saying
//! ownership is unknown.

use std::collections::BTreeMap;

use super::{parse_local, LineError, ListenState, Listener, Origin, Process, TcpConnection};
use crate::endpoint::{Endpoint, Proto};
use crate::text::{decimal, Quoted};

/// What a TCP state says of a row: listening, bound (not listening), or a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StateClass {
    Listen,
    Bound,
    Connection,
}

/// Every TCP state netstat prints, in English and in German (`ABHÖREN` also as a console code
/// page shows it when read as UTF-8, with U+FFFD for the `Ö`). Anything else is refused.
const STATES: &[(&str, StateClass)] = &[
    ("LISTENING", StateClass::Listen),
    ("BOUND", StateClass::Bound),
    ("ESTABLISHED", StateClass::Connection),
    ("SYN_SENT", StateClass::Connection),
    ("SYN_RECEIVED", StateClass::Connection),
    ("FIN_WAIT_1", StateClass::Connection),
    ("FIN_WAIT_2", StateClass::Connection),
    ("CLOSE_WAIT", StateClass::Connection),
    ("CLOSING", StateClass::Connection),
    ("LAST_ACK", StateClass::Connection),
    ("TIME_WAIT", StateClass::Connection),
    ("DELETE_TCB", StateClass::Connection),
    ("CLOSED", StateClass::Connection),
    ("ABHÖREN", StateClass::Listen),
    ("ABH\u{fffd}REN", StateClass::Listen),
    ("HERGESTELLT", StateClass::Connection),
    ("WARTEND", StateClass::Connection),
    ("SCHLIESSEN_WARTEN", StateClass::Connection),
    ("SYN_GESENDET", StateClass::Connection),
];

fn state_class(word: &str) -> Option<StateClass> {
    STATES.iter().find(|(name, _)| *name == word).map(|&(_, class)| class)
}

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

/// `0.0.0.0:80`, `[::]:80`, `[fe80::1%12]:123` (the zone kept).
fn endpoint(word: &str) -> Option<Endpoint> {
    let (host, port) = word.rsplit_once(':')?;
    if host.contains(':') && !(host.starts_with('[') && host.ends_with(']')) {
        return None;
    }
    Some(Endpoint { addr: parse_local(host)?, port: decimal(port)? })
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
                    return Err((
                        n,
                        format!("`{}` is not a netstat row (expected PROTO LOCAL FOREIGN [STATE] PID)", Quoted(t)),
                    ))
                }
            }
        };
        seen_row = true;
        let (fields, expected) = match proto {
            Proto::Tcp => (5, "TCP LOCAL FOREIGN STATE PID"),
            Proto::Udp => (4, "UDP LOCAL *:* PID"),
        };
        if words.len() != fields {
            return Err((
                n,
                format!(
                    "`{}` has {} fields; a {} row has {fields} ({expected})",
                    Quoted(t),
                    words.len(),
                    words[0].to_ascii_uppercase()
                ),
            ));
        }
        let pid_word = words[fields - 1];
        let pid: u32 = decimal(pid_word)
            .ok_or_else(|| (n, format!("`{}` is not a process id (netstat -ano prints it last)", Quoted(pid_word))))?;
        let local = endpoint(words[1]).ok_or_else(|| (n, format!("`{}` is not ADDRESS:PORT", Quoted(words[1]))))?;
        let origin = Origin { file: file.to_owned(), line: n };
        match proto {
            Proto::Udp => {
                if words[2] != "*:*" {
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
                let state = words[3];
                let class = state_class(state).ok_or_else(|| {
                    (
                        n,
                        format!(
                            "state `{}` is not a TCP state netstat prints (LISTENING, BOUND, ESTABLISHED, SYN_SENT, \
                             SYN_RECEIVED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT, \
                             DELETE_TCB, CLOSED, or their German translations)",
                            Quoted(state)
                        ),
                    )
                })?;
                let no_peer = is_unspecified_peer(words[2]);
                let listen = match (class, no_peer) {
                    (StateClass::Listen, true) => ListenState::Listen,
                    (StateClass::Bound, true) => ListenState::Bound,
                    (StateClass::Connection, false) => {
                        let remote = endpoint(words[2])
                            .ok_or_else(|| (n, format!("`{}` is not ADDRESS:PORT", Quoted(words[2]))))?;
                        read.connections.push(TcpConnection { local, remote, state: state.to_owned(), pid, origin });
                        last_pid = Some(pid);
                        continue;
                    }
                    (StateClass::Connection, true) => {
                        return Err((
                            n,
                            format!(
                                "state `{state}` with the foreign address `{}`: only a listening or bound socket has no peer",
                                words[2]
                            ),
                        ))
                    }
                    (StateClass::Listen | StateClass::Bound, false) => {
                        return Err((
                            n,
                            format!(
                                "state `{state}` with the foreign address `{}`: a listening or bound socket has no peer",
                                Quoted(words[2])
                            ),
                        ))
                    }
                };
                read.listeners.push(Listener { proto, endpoint: local, pid, state: listen, created: None, origin });
            }
        }
        last_pid = Some(pid);
    }
    if !seen_row {
        return Err((1, "no TCP or UDP rows".to_owned()));
    }
    Ok(read)
}
