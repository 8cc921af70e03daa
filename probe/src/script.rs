//! The input language: one step per line.
//!
//! ```text
//! socket ID v4|v6 tcp|udp [user=UID]
//! setsockopt ID SO_REUSEADDR|SO_REUSEPORT|SO_EXCLUSIVEADDRUSE|IPV6_V6ONLY INT
//! linger ID ONOFF SECONDS
//! getsockopt ID SO_REUSEADDR|SO_REUSEPORT|SO_EXCLUSIVEADDRUSE|IPV6_V6ONLY|SO_ACCEPTCONN
//! ```
//!
//! `user=UID` creates the socket as that user (Linux, as root: the socket's
//! owner is what SO_REUSEPORT compares); elsewhere the step is skipped.
//!
//! ```text
//! bind ID ADDR
//! listen ID
//! connect ID|- ADDR
//! accept LISTENER NEWID
//! close ID
//! shutdown ID
//! abort ID
//! send ID|- ADDR
//! join ID GROUP IFACE
//! ```
//!
//! `bind`, `listen`, `connect ID` and `send ID` take `save=NAME` last: after the call the
//! probe reads the socket's port (`getsockname`; 0 when it has none) and keeps it under NAME.
//! A later ADDR may then give `$NAME` as its port (`127.0.0.1:$p`, `[::1]:$p`): the real port,
//! which the port mapping leaves alone.
//!
//! `join` is IP_ADD_MEMBERSHIP of an IPv4 group on the interface with that address; a send to
//! an IPv4 multicast group goes out of the loopback interface (Linux; elsewhere it is skipped).
//!
//! Blank lines and lines whose first non-blank character is `#` are ignored.

use crate::sys::Opt;
use std::net::SocketAddr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Socket {
        id: String,
        v6: bool,
        udp: bool,
        /// `user=UID`: create it as that user.
        user: Option<u32>,
    },
    SetOpt {
        id: String,
        opt: Opt,
        value: i32,
    },
    Linger {
        id: String,
        on: bool,
        secs: u16,
    },
    GetOpt {
        id: String,
        opt: Opt,
    },
    Bind {
        id: String,
        addr: Addr,
        save: Option<String>,
    },
    Listen {
        id: String,
        save: Option<String>,
    },
    /// `from == None` is `connect - ADDR` (a fresh "remote" socket).
    Connect {
        from: Option<String>,
        addr: Addr,
        save: Option<String>,
    },
    Accept {
        listener: String,
        new_id: String,
    },
    Close {
        id: String,
    },
    Shutdown {
        id: String,
    },
    Abort {
        id: String,
    },
    /// `from == None` is `send - ADDR` (a fresh unbound UDP socket).
    Send {
        from: Option<String>,
        addr: Addr,
        save: Option<String>,
    },
    /// IP_ADD_MEMBERSHIP.
    Join {
        id: String,
        group: std::net::Ipv4Addr,
        iface: std::net::Ipv4Addr,
    },
}

/// An address of a step: its port written as a number, or `$NAME` for a saved port (then the
/// port of `addr` is 0 until the run looks the name up).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addr {
    pub addr: SocketAddr,
    pub saved: Option<String>,
}

impl Step {
    /// Every address with a written port the step names (for the port mapping); an address of
    /// a saved port already has a real one.
    pub fn addr_mut(&mut self) -> Option<&mut SocketAddr> {
        match self {
            Step::Bind { addr, .. } | Step::Connect { addr, .. } | Step::Send { addr, .. } if addr.saved.is_none() => {
                Some(&mut addr.addr)
            }
            _ => None,
        }
    }

    /// The name the step saves its socket's port under.
    pub fn save(&self) -> Option<&str> {
        match self {
            Step::Bind { save, .. }
            | Step::Listen { save, .. }
            | Step::Connect { save, .. }
            | Step::Send { save, .. } => save.as_deref(),
            _ => None,
        }
    }
}

/// A script: its steps, and the machine they run on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    /// `netns ip_local_port_range LOW HIGH` before the steps: run them in a network namespace
    /// of their own with that sysctl (Linux, as root).
    pub netns: Option<(u16, u16)>,
    pub steps: Vec<Step>,
}

/// An input error: the line number and what is wrong.
#[derive(Debug)]
pub struct ParseError {
    pub line_no: usize,
    pub what: String,
}

pub fn parse(input: &str) -> Result<Script, ParseError> {
    let mut steps = Vec::new();
    let mut netns = None;
    for (i, raw) in input.lines().enumerate() {
        let line_no = i + 1;
        let text = raw.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if text.starts_with("netns") {
            let what = if !steps.is_empty() || netns.is_some() {
                Err("`netns` comes once, before every step".to_string())
            } else {
                parse_netns(text)
            };
            netns = Some(what.map_err(|what| ParseError { line_no, what })?);
            continue;
        }
        let step = parse_step(text).map_err(|what| ParseError { line_no, what })?;
        steps.push(step);
    }
    Ok(Script { netns, steps })
}

/// `netns ip_local_port_range LOW HIGH`.
fn parse_netns(text: &str) -> Result<(u16, u16), String> {
    let usage = "netns ip_local_port_range LOW HIGH (ports 1-65535, LOW <= HIGH)";
    let tokens: Vec<&str> = text.split_whitespace().collect();
    match tokens.as_slice() {
        ["netns", "ip_local_port_range", low, high] => match (low.parse::<u16>(), high.parse::<u16>()) {
            (Ok(l), Ok(h)) if 0 < l && l <= h => Ok((l, h)),
            _ => Err(format!("`{}`: {}", text, usage)),
        },
        _ => Err(format!("`{}`: {}", text, usage)),
    }
}

fn parse_step(text: &str) -> Result<Step, String> {
    let mut tokens: Vec<&str> = text.split_whitespace().collect();
    let verb = tokens[0];
    // `save=NAME` ends the steps that give a socket its port.
    let save = match tokens.last().and_then(|t| t.strip_prefix("save=")) {
        Some(name) if ["bind", "listen", "connect", "send"].contains(&verb) => {
            let name = port_name(name)?;
            tokens.pop();
            Some(name)
        }
        Some(_) => return Err(format!("`{}` takes no save=NAME", verb)),
        None => None,
    };
    if save.is_some() && ["connect", "send"].contains(&verb) && tokens.get(1) == Some(&"-") {
        return Err(format!("`{} -` has no socket of the scenario whose port could be saved", verb));
    }
    let args = &tokens[1..];
    let want = |n: usize, usage: &str| -> Result<(), String> {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!("`{}` takes {} argument(s): {}", verb, n, usage))
        }
    };
    Ok(match verb {
        "socket" => {
            let user = match args.get(3) {
                Some(u) => match u.strip_prefix("user=").and_then(|n| n.parse::<u32>().ok()) {
                    Some(uid) => Some(uid),
                    None => return Err(format!("the 4th argument of socket is user=UID, not `{}`", u)),
                },
                None => None,
            };
            if args.len() != 3 && args.len() != 4 {
                return Err("`socket` takes 3 or 4 argument(s): socket ID v4|v6 tcp|udp [user=UID]".to_string());
            }
            let v6 = match args[1] {
                "v4" => false,
                "v6" => true,
                other => return Err(format!("family must be v4 or v6, not `{}`", other)),
            };
            let udp = match args[2] {
                "tcp" => false,
                "udp" => true,
                other => return Err(format!("type must be tcp or udp, not `{}`", other)),
            };
            Step::Socket { id: new_id(args[0])?, v6, udp, user }
        }
        "setsockopt" => {
            want(3, "setsockopt ID SO_REUSEADDR|SO_EXCLUSIVEADDRUSE|IPV6_V6ONLY INT")?;
            let opt = option(args[1])?;
            if opt == Opt::AcceptConn {
                return Err("SO_ACCEPTCONN is read-only (getsockopt only)".to_string());
            }
            let value = args[2]
                .parse::<i32>()
                .map_err(|_| format!("option value must be a 32-bit integer, not `{}`", args[2]))?;
            Step::SetOpt { id: id(args[0])?, opt, value }
        }
        "linger" => {
            want(3, "linger ID ONOFF SECONDS")?;
            let on = match args[1] {
                "0" => false,
                "1" => true,
                other => return Err(format!("ONOFF must be 0 or 1, not `{}`", other)),
            };
            let secs = args[2]
                .parse::<u16>()
                .map_err(|_| format!("SECONDS must be an integer 0..=65535, not `{}`", args[2]))?;
            Step::Linger { id: id(args[0])?, on, secs }
        }
        "getsockopt" => {
            want(2, "getsockopt ID SO_REUSEADDR|SO_EXCLUSIVEADDRUSE|IPV6_V6ONLY|SO_ACCEPTCONN")?;
            Step::GetOpt { id: id(args[0])?, opt: option(args[1])? }
        }
        "bind" => {
            want(2, "bind ID ADDR")?;
            Step::Bind { id: id(args[0])?, addr: addr(args[1])?, save }
        }
        "listen" => {
            want(1, "listen ID")?;
            Step::Listen { id: id(args[0])?, save }
        }
        "connect" => {
            want(2, "connect ID|- ADDR")?;
            Step::Connect { from: id_or_dash(args[0])?, addr: addr(args[1])?, save }
        }
        "accept" => {
            want(2, "accept LISTENER NEWID")?;
            Step::Accept { listener: id(args[0])?, new_id: new_id(args[1])? }
        }
        "close" => {
            want(1, "close ID")?;
            Step::Close { id: id(args[0])? }
        }
        "shutdown" => {
            want(1, "shutdown ID")?;
            Step::Shutdown { id: id(args[0])? }
        }
        "abort" => {
            want(1, "abort ID")?;
            Step::Abort { id: id(args[0])? }
        }
        "send" => {
            want(2, "send ID|- ADDR")?;
            Step::Send { from: id_or_dash(args[0])?, addr: addr(args[1])?, save }
        }
        "join" => {
            want(3, "join ID GROUP IFACE")?;
            let v4 = |s: &str| s.parse::<std::net::Ipv4Addr>().map_err(|_| format!("`{}` is not an IPv4 address", s));
            Step::Join { id: id(args[0])?, group: v4(args[1])?, iface: v4(args[2])? }
        }
        other => return Err(format!("unknown step `{}`", other)),
    })
}

fn option(s: &str) -> Result<Opt, String> {
    Ok(match s {
        "SO_REUSEADDR" => Opt::ReuseAddr,
        "SO_REUSEPORT" => Opt::ReusePort,
        "SO_EXCLUSIVEADDRUSE" => Opt::ExclusiveAddrUse,
        "IPV6_V6ONLY" => Opt::V6Only,
        "SO_ACCEPTCONN" => Opt::AcceptConn,
        other => return Err(format!("unknown option `{}`", other)),
    })
}

fn addr(s: &str) -> Result<Addr, String> {
    let bad = || format!("`{}` is not an address like 127.0.0.1:5150, [::1]:5150 or 127.0.0.1:$name", s);
    match s.rsplit_once(':') {
        Some((ip, name)) if name.starts_with('$') => {
            let addr = format!("{}:0", ip).parse::<SocketAddr>().map_err(|_| bad())?;
            Ok(Addr { addr, saved: Some(port_name(&name[1..])?) })
        }
        _ => s.parse::<SocketAddr>().map(|addr| Addr { addr, saved: None }).map_err(|_| bad()),
    }
}

/// A saved port's name: letters, digits, `_` and `-`, starting with a letter or `_`.
fn port_name(name: &str) -> Result<String, String> {
    let mut chars = name.chars();
    let start = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if start && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        Ok(name.to_string())
    } else {
        Err(format!("`{}` is not a port name (letters, digits, `_`, `-`)", name))
    }
}

/// An ID that refers to a socket (`-` is not an ID).
fn id(s: &str) -> Result<String, String> {
    if s == "-" {
        Err("`-` is not a socket ID here".to_string())
    } else {
        Ok(s.to_string())
    }
}

/// An ID that a step creates.
fn new_id(s: &str) -> Result<String, String> {
    id(s)
}

fn id_or_dash(s: &str) -> Result<Option<String>, String> {
    if s == "-" {
        Ok(None)
    } else {
        Ok(Some(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_steps_and_skips_comments() {
        let steps = parse("# c\n\nsocket a v4 tcp\r\nbind a 127.0.0.1:5150\nconnect - [::ffff:127.0.0.1]:5150\n")
            .unwrap()
            .steps;
        assert_eq!(steps.len(), 3);
        assert_eq!(steps[0], Step::Socket { id: "a".into(), v6: false, udp: false, user: None });
        let owned = parse("socket b v6 udp user=1001\n").unwrap().steps;
        assert_eq!(owned[0], Step::Socket { id: "b".into(), v6: true, udp: true, user: Some(1001) });
        assert_eq!(
            steps[2],
            Step::Connect {
                from: None,
                addr: Addr { addr: "[::ffff:127.0.0.1]:5150".parse().unwrap(), saved: None },
                save: None
            }
        );
        let saved = parse("bind a 127.0.0.1:0 save=p\nconnect b [::1]:$p\nlisten c save=q\n").unwrap().steps;
        let ns = parse("netns ip_local_port_range 40000 40009\nsocket a v4 tcp\n").unwrap();
        assert_eq!((ns.netns, ns.steps.len()), (Some((40000, 40009)), 1));
        assert_eq!(saved[0].save(), Some("p"));
        assert_eq!(
            saved[1],
            Step::Connect {
                from: Some("b".into()),
                addr: Addr { addr: "[::1]:0".parse().unwrap(), saved: Some("p".into()) },
                save: None
            }
        );
        assert_eq!(saved[2], Step::Listen { id: "c".into(), save: Some("q".into()) });
    }

    #[test]
    fn reports_the_bad_line() {
        let e = parse("socket a v4 tcp\nbind a nowhere\n").unwrap_err();
        assert_eq!(e.line_no, 2);
        for bad in [
            "socket a v5 tcp",
            "setsockopt a SO_ACCEPTCONN 1",
            "setsockopt a SO_REUSEADDR x",
            "linger a 2 0",
            "frob a",
            "close",
            "close - ",
            "socket - v4 tcp",
            "socket a v4 tcp uid=3",
            "socket a v4 tcp user=x",
            "close a save=p",
            "connect - 127.0.0.1:80 save=p",
            "bind a 127.0.0.1:$9",
            "bind a 127.0.0.1:0 save=$p",
            "socket a v4 tcp\nnetns ip_local_port_range 40000 40009",
            "netns ip_local_port_range 40009 40000",
            "netns ip_local_port_range 0 10",
            "netns somaxconn 5",
        ] {
            assert!(parse(bad).is_err(), "{}", bad);
        }
    }
}
