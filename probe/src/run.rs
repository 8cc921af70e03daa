//! Carries out the steps on real sockets.

use crate::script::{Addr, Step};
use crate::sys;
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use std::fmt;
use std::io::{self, Read};
use std::net::{Shutdown, SocketAddr};
use std::thread;
use std::time::{Duration, Instant};

/// How long a `connect` may take. Real Windows needs about 2 s to report a
/// refused connection on loopback (it retries the SYN), so 1 s would turn
/// WSAECONNREFUSED into WSAETIMEDOUT there.
const CONNECT_TIMEOUT: Duration = Duration::from_millis(3000);
/// How long to wait for one of our listeners to accept, or for our UDP
/// sockets to receive a datagram.
const DELIVERY_WAIT: Duration = Duration::from_millis(300);
const POLL_PAUSE: Duration = Duration::from_millis(5);

/// The result of one step, printed after its number.
pub enum Outcome {
    Ok,
    Value(i32),
    AcceptedBy(Option<String>),
    Received(Vec<String>),
    Err(io::Error),
    Skip(String),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Ok => write!(f, "ok"),
            Outcome::Value(v) => write!(f, "ok {}", v),
            Outcome::AcceptedBy(Some(id)) => write!(f, "ok accepted_by {}", id),
            Outcome::AcceptedBy(None) => write!(f, "ok accepted_by -"),
            Outcome::Received(ids) if ids.is_empty() => write!(f, "ok received -"),
            Outcome::Received(ids) => write!(f, "ok received {}", ids.join(" ")),
            Outcome::Err(e) => {
                let (code, name) = sys::error_code(e);
                write!(f, "err {} {}", code, name)
            }
            Outcome::Skip(reason) => write!(f, "skip {}", reason),
        }
    }
}

impl From<io::Result<()>> for Outcome {
    fn from(r: io::Result<()>) -> Outcome {
        match r {
            Ok(()) => Outcome::Ok,
            Err(e) => Outcome::Err(e),
        }
    }
}

/// A socket the scenario can name.
struct Entry {
    id: String,
    /// Unique for the run (IDs can be reused after `close`).
    serial: u64,
    sock: Socket,
    udp: bool,
    listening: bool,
}

pub struct Runner {
    /// Open sockets in creation order (accepted sockets count as created when
    /// accepted).
    entries: Vec<Entry>,
    next_serial: u64,
    /// Connections that a listener accepted while the probe looked for the
    /// acceptor of a `connect`: (listener serial, socket). `accept` takes
    /// them first, oldest first.
    pending: Vec<(u64, Socket)>,
    /// Client ends of `connect -`, kept open for the whole run.
    remotes: Vec<Socket>,
    noted_v6_default: bool,
    /// Ports saved by `save=NAME`, in order.
    saved: Vec<(String, u16)>,
}

impl Runner {
    pub fn new() -> Runner {
        Runner {
            entries: Vec::new(),
            next_serial: 0,
            pending: Vec::new(),
            remotes: Vec::new(),
            noted_v6_default: false,
            saved: Vec::new(),
        }
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    fn add(&mut self, id: &str, sock: Socket, udp: bool) {
        self.next_serial += 1;
        self.entries.push(Entry { id: id.to_string(), serial: self.next_serial, sock, udp, listening: false });
    }

    /// Runs a step, then saves its socket's port when it says `save=NAME`.
    pub fn step(&mut self, step_no: usize, step: &Step) -> Outcome {
        let outcome = self.call(step_no, step);
        if let Some(name) = step.save() {
            // getsockname after the call, failed or not: 0 when the socket has no port.
            let id = match step {
                Step::Bind { id, .. } | Step::Listen { id, .. } => Some(id),
                Step::Connect { from, .. } | Step::Send { from, .. } => from.as_ref(),
                _ => None,
            };
            let port = id
                .and_then(|id| self.find(id))
                .and_then(|i| self.entries[i].sock.local_addr().ok())
                .and_then(|a| a.as_socket())
                .map_or(0, |a| a.port());
            eprintln!("probe: step {} saves port ${} = {}", step_no, name, port);
            self.saved.push((name.to_string(), port));
        }
        outcome
    }

    /// An address with its saved port looked up (0 for a name never saved).
    fn resolve(&self, a: &Addr) -> SocketAddr {
        let mut addr = a.addr;
        if let Some(name) = &a.saved {
            addr.set_port(self.saved.iter().rev().find(|(n, _)| n == name).map_or(0, |(_, p)| *p));
        }
        addr
    }

    fn call(&mut self, step_no: usize, step: &Step) -> Outcome {
        // Steps on an existing socket: look it up first.
        let idx = match step {
            Step::SetOpt { id, .. }
            | Step::Linger { id, .. }
            | Step::GetOpt { id, .. }
            | Step::Bind { id, .. }
            | Step::Listen { id, .. }
            | Step::Close { id }
            | Step::Shutdown { id }
            | Step::Abort { id }
            | Step::Connect { from: Some(id), .. }
            | Step::Send { from: Some(id), .. }
            | Step::Accept { listener: id, .. }
            | Step::Join { id, .. } => match self.find(id) {
                Some(i) => Some(i),
                None => return Outcome::Skip(format!("unknown id {}", id)),
            },
            Step::Socket { .. } | Step::Connect { from: None, .. } | Step::Send { from: None, .. } => None,
        };
        match (step, idx) {
            (Step::Socket { id, v6, udp, user }, _) => self.socket(id, *v6, *udp, *user),
            (Step::SetOpt { opt, value, .. }, Some(i)) => sys::set_opt(&self.entries[i].sock, *opt, *value).into(),
            (Step::Linger { on, secs, .. }, Some(i)) => {
                let linger = if *on { Some(Duration::from_secs(u64::from(*secs))) } else { None };
                self.entries[i].sock.set_linger(linger).into()
            }
            (Step::GetOpt { opt, .. }, Some(i)) => match sys::get_opt(&self.entries[i].sock, *opt) {
                Ok(v) => Outcome::Value(v),
                Err(e) => Outcome::Err(e),
            },
            (Step::Bind { addr, .. }, Some(i)) => self.entries[i].sock.bind(&SockAddr::from(self.resolve(addr))).into(),
            (Step::Listen { .. }, Some(i)) => {
                let r = self.entries[i].sock.listen(128);
                if r.is_ok() {
                    self.entries[i].listening = true;
                }
                r.into()
            }
            (Step::Connect { addr, .. }, i) => self.connect(i, self.resolve(addr)),
            (Step::Accept { new_id, .. }, Some(i)) => self.accept(i, new_id),
            (Step::Close { .. }, Some(i)) => {
                drop(self.entries.remove(i));
                Outcome::Ok
            }
            (Step::Shutdown { .. }, Some(i)) => self.entries[i].sock.shutdown(Shutdown::Write).into(),
            (Step::Abort { .. }, Some(i)) => match self.entries[i].sock.set_linger(Some(Duration::from_secs(0))) {
                Ok(()) => {
                    drop(self.entries.remove(i));
                    Outcome::Ok
                }
                Err(e) => Outcome::Err(e),
            },
            (Step::Send { addr, .. }, i) => self.send(step_no, i, self.resolve(addr)),
            (Step::Join { group, iface, .. }, Some(i)) => self.entries[i].sock.join_multicast_v4(group, iface).into(),
            // Not reached: every step that names a socket has `Some(i)` here.
            (_, None) => Outcome::Skip("internal: no socket".to_string()),
        }
    }

    fn socket(&mut self, id: &str, v6: bool, udp: bool, user: Option<u32>) -> Outcome {
        if self.find(id).is_some() {
            return Outcome::Skip(format!("id {} already in use", id));
        }
        let domain = if v6 { Domain::IPV6 } else { Domain::IPV4 };
        let (ty, proto) = if udp { (Type::DGRAM, Protocol::UDP) } else { (Type::STREAM, Protocol::TCP) };
        let made = match user {
            None => Socket::new(domain, ty, Some(proto)),
            Some(uid) => match sys::as_user(uid, || Socket::new(domain, ty, Some(proto))) {
                Ok(r) => r,
                Err(why) => return Outcome::Skip(why),
            },
        };
        match made {
            Ok(sock) => {
                if v6 && !self.noted_v6_default {
                    self.noted_v6_default = true;
                    match sock.only_v6() {
                        Ok(v) if v != sys::WINDOWS_V6ONLY_DEFAULT => eprintln!(
                            "probe: note: new IPv6 sockets start with IPV6_V6ONLY={} on {} (Windows: {}); the probe keeps the platform default",
                            i32::from(v),
                            sys::PLATFORM,
                            i32::from(sys::WINDOWS_V6ONLY_DEFAULT)
                        ),
                        Ok(v) => eprintln!("probe: new IPv6 sockets start with IPV6_V6ONLY={} here, as on Windows", i32::from(v)),
                        Err(e) => eprintln!("probe: cannot read IPV6_V6ONLY: {}", e),
                    }
                }
                self.add(id, sock, udp);
                Outcome::Ok
            }
            Err(e) => Outcome::Err(e),
        }
    }

    /// `connect ID ADDR` (from = Some) or `connect - ADDR` (a fresh TCP socket).
    fn connect(&mut self, from: Option<usize>, addr: SocketAddr) -> Outcome {
        let target = SockAddr::from(addr);
        let local = match from {
            Some(i) => {
                let e = &self.entries[i];
                if let Err(err) = e.sock.connect_timeout(&target, CONNECT_TIMEOUT) {
                    return Outcome::Err(err);
                }
                if e.udp {
                    return Outcome::Ok;
                }
                e.sock.local_addr().ok().and_then(|a| a.as_socket())
            }
            None => {
                let sock = match Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP)) {
                    Ok(s) => s,
                    Err(e) => return Outcome::Err(e),
                };
                if addr.is_ipv6() {
                    // The remote end is not under test: let it reach
                    // IPv4-mapped addresses too.
                    let _ = sock.set_only_v6(false);
                }
                if let Err(err) = sock.connect_timeout(&target, CONNECT_TIMEOUT) {
                    return Outcome::Err(err);
                }
                let local = sock.local_addr().ok().and_then(|a| a.as_socket());
                self.remotes.push(sock);
                local
            }
        };
        Outcome::AcceptedBy(self.find_acceptor(local))
    }

    /// Looks for the listener that accepts the connection whose client end is
    /// `client`: non-blocking accepts on every listening socket in creation
    /// order, for up to DELIVERY_WAIT. Connections accepted on the way are
    /// kept for `accept`.
    fn find_acceptor(&mut self, client: Option<SocketAddr>) -> Option<String> {
        let deadline = Instant::now() + DELIVERY_WAIT;
        loop {
            for e in self.entries.iter().filter(|e| e.listening && !e.udp) {
                if e.sock.set_nonblocking(true).is_err() {
                    continue;
                }
                let mut found = false;
                // Until WouldBlock (nothing queued) or another error.
                while let Ok((s, peer)) = e.sock.accept() {
                    // Windows: an accepted socket inherits non-blocking mode.
                    let _ = s.set_nonblocking(false);
                    let is_ours = match (client, peer.as_socket()) {
                        (Some(c), Some(p)) => same_endpoint(c, p),
                        _ => true,
                    };
                    self.pending.push((e.serial, s));
                    if is_ours {
                        found = true;
                        break;
                    }
                }
                let _ = e.sock.set_nonblocking(false);
                if found {
                    return Some(e.id.clone());
                }
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(POLL_PAUSE);
        }
    }

    fn accept(&mut self, i: usize, new_id: &str) -> Outcome {
        if self.find(new_id).is_some() {
            return Outcome::Skip(format!("id {} already in use", new_id));
        }
        let serial = self.entries[i].serial;
        if let Some(k) = self.pending.iter().position(|(l, _)| *l == serial) {
            let (_, s) = self.pending.remove(k);
            self.add(new_id, s, false);
            return Outcome::Ok;
        }
        let listener = &self.entries[i].sock;
        if let Err(e) = listener.set_nonblocking(true) {
            return Outcome::Err(e);
        }
        let r = listener.accept();
        let _ = listener.set_nonblocking(false);
        match r {
            Ok((s, _)) => {
                let _ = s.set_nonblocking(false);
                self.add(new_id, s, false);
                Outcome::Ok
            }
            Err(e) => Outcome::Err(e),
        }
    }

    /// `send ID ADDR` or `send - ADDR` (a fresh unbound UDP socket), then
    /// lists which of our bound UDP sockets received the datagram.
    fn send(&mut self, step_no: usize, from: Option<usize>, addr: SocketAddr) -> Outcome {
        let payload = format!("winsock-bind-probe {} step {}", std::process::id(), step_no);
        let target = SockAddr::from(addr);
        let sent = match from {
            Some(i) => {
                if !self.entries[i].udp {
                    return Outcome::Skip(format!("{} is not a udp socket", self.entries[i].id));
                }
                if let Err(e) = sys::multicast_out_of_loopback(&self.entries[i].sock, addr) {
                    return Outcome::Err(e);
                }
                self.entries[i].sock.send_to(payload.as_bytes(), &target)
            }
            None => {
                let sock = match Socket::new(Domain::for_address(addr), Type::DGRAM, Some(Protocol::UDP)) {
                    Ok(s) => s,
                    Err(e) => return Outcome::Err(e),
                };
                if addr.is_ipv6() {
                    let _ = sock.set_only_v6(false);
                }
                if let Err(e) = sys::multicast_out_of_loopback(&sock, addr) {
                    return Outcome::Err(e);
                }
                sock.send_to(payload.as_bytes(), &target)
            }
        };
        if let Err(e) = sent {
            return Outcome::Err(e);
        }
        Outcome::Received(self.receivers(payload.as_bytes()))
    }

    fn receivers(&mut self, payload: &[u8]) -> Vec<String> {
        let bound: Vec<usize> = (0..self.entries.len())
            .filter(|&i| {
                let e = &self.entries[i];
                e.udp
                    && e.sock.local_addr().ok().and_then(|a| a.as_socket()).is_some_and(|a| a.port() != 0)
                    && e.sock.set_nonblocking(true).is_ok()
            })
            .collect();
        let mut got = vec![false; self.entries.len()];
        let mut buf = [0u8; 2048];
        let deadline = Instant::now() + DELIVERY_WAIT;
        loop {
            for &i in &bound {
                let mut sock = &self.entries[i].sock;
                // Read everything queued; other datagrams (earlier steps) are dropped.
                for _ in 0..64 {
                    match sock.read(&mut buf) {
                        Ok(n) => {
                            if &buf[..n] == payload {
                                got[i] = true;
                            }
                        }
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                        // Windows reports an ICMP port-unreachable for an earlier
                        // datagram as WSAECONNRESET on the next receive: go on.
                        Err(_) => continue,
                    }
                }
            }
            if Instant::now() >= deadline {
                break;
            }
            thread::sleep(POLL_PAUSE);
        }
        for &i in &bound {
            let _ = self.entries[i].sock.set_nonblocking(false);
        }
        bound.iter().filter(|&&i| got[i]).map(|&i| self.entries[i].id.clone()).collect()
    }
}

/// Compares two endpoints, taking an IPv4-mapped IPv6 address as the IPv4
/// address it maps (a dual-stack listener sees IPv4 peers that way).
fn same_endpoint(a: SocketAddr, b: SocketAddr) -> bool {
    fn norm(s: SocketAddr) -> SocketAddr {
        match s {
            SocketAddr::V6(v6) => match v6.ip().to_ipv4_mapped() {
                Some(v4) => SocketAddr::from((v4, v6.port())),
                None => s,
            },
            v4 => v4,
        }
    }
    norm(a) == norm(b)
}
