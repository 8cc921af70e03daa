//! A throwaway third system, to show what one costs: its rules, its [`System`], and a machine
//! that keeps a [`Core`] of it. The toy shares a port only between sockets of one owner that
//! both set SO_REUSEPORT, and a connection left in TIME_WAIT never blocks a bind. Everything
//! else (sockets by handle, accounts, addresses, the clock, connections and their TCP life
//! cycle, backlogs) is the shared core's.

use std::net::{IpAddr, Ipv4Addr};

use super::conn::{ConnId, End, TcpState, Transition};
use super::system::{Core, Listen, Machine, Refused, System};
use crate::id::{SocketId, UserId};
use crate::rules::options::Privilege;

/// The toy's rules: pure, as every system's are.
mod rules {
    use crate::id::UserId;

    /// What a toy bind reads of a socket already on the port.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) struct Claim {
        pub(super) owner: UserId,
        pub(super) reuseport: bool,
    }

    /// The toy's rules, by id.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Rule {
        /// T1: a free port binds.
        Free,
        /// T2: sockets of one owner that all set SO_REUSEPORT share.
        Shared,
        /// T3: anything else on the port refuses.
        Taken,
    }

    /// Decides a bind of `attempt` against the claims on its port.
    pub(super) fn decide(attempt: Claim, existing: &[Claim]) -> Rule {
        if existing.is_empty() {
            Rule::Free
        } else if existing.iter().all(|c| c.reuseport && attempt.reuseport && c.owner == attempt.owner) {
            Rule::Shared
        } else {
            Rule::Taken
        }
    }
}

/// The toy's errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ToyError {
    NoSocket,
    Busy,
    Invalid,
    Empty,
}

#[derive(Debug, Clone)]
struct ToySocket {
    owner: UserId,
    reuseport: bool,
    port: Option<u16>,
    listening: bool,
    abortive: bool,
    closed: bool,
}

/// The toy system: no value inside (a real one carries its version or its policy).
#[derive(Debug, Clone)]
struct Toy;

/// What the toy supplies to the shared call flow: its socket, its errors, its bind rule.
impl System for Toy {
    type Socket = ToySocket;
    type End = End<()>;
    type Refusal = ToyError;
    type Own = ();
    type Addr = u16;
    type Bound = u16;
    type Answer = rules::Rule;
    fn not_a_socket() -> ToyError {
        ToyError::NoSocket
    }
    fn is_closed(socket: &ToySocket) -> bool {
        socket.closed
    }
    fn place(_: &ToyHost, id: SocketId) -> Option<usize> {
        usize::try_from(id.0).ok()?.checked_sub(1)
    }
    fn refusal(why: Refused) -> ToyError {
        match why {
            Refused::NotListening => ToyError::Invalid,
            Refused::NothingPending => ToyError::Empty,
        }
    }
    fn port(addr: u16) -> u16 {
        addr
    }
    fn bind_checks(m: &ToyHost, id: SocketId, _: u16) -> Result<(), ToyError> {
        match m.live(id)?.port {
            Some(_) => Err(ToyError::Invalid),
            None => Ok(()),
        }
    }
    fn ephemeral(m: &mut ToyHost, _: SocketId, _: u16) -> Result<u16, ToyError> {
        (40000..=40999).find(|&p| m.claims(p).is_empty()).ok_or(ToyError::Busy)
    }
    fn decide_bind(m: &ToyHost, id: SocketId, _: u16, port: u16) -> Result<(u16, rules::Rule), ToyError> {
        let s = m.live(id)?;
        match rules::decide(rules::Claim { owner: s.owner, reuseport: s.reuseport }, &m.claims(port)) {
            rules::Rule::Taken => Err(ToyError::Busy),
            rule @ (rules::Rule::Free | rules::Rule::Shared) => Ok((port, rule)),
        }
    }
    fn record_bind(m: &mut ToyHost, id: SocketId, port: u16, _: u64) -> Result<(), ToyError> {
        m.live_mut(id)?.port = Some(port);
        Ok(())
    }
    fn listen_from(s: &ToySocket) -> Result<Listen<u16>, ToyError> {
        match (s.listening, s.port) {
            (true, _) => Ok(Listen::Already),
            (false, Some(_)) => Ok(Listen::Bound),
            (false, None) => Err(ToyError::Invalid),
        }
    }
    fn start_listening(m: &mut ToyHost, id: SocketId) -> Result<(), ToyError> {
        m.live_mut(id)?.listening = true;
        Ok(())
    }
    fn is_listening(s: &ToySocket) -> bool {
        s.listening
    }
    fn accepted(m: &mut ToyHost, listener: SocketId, _: ConnId) -> Result<SocketId, ToyError> {
        let owner = m.live(listener)?.owner;
        Ok(m.socket(owner, false))
    }
    fn sends_fin(m: &ToyHost, id: SocketId) -> Result<bool, ToyError> {
        m.live(id).map(|_| true)
    }
    fn is_abortive(s: &ToySocket) -> bool {
        s.abortive
    }
    fn set_abortive(s: &mut ToySocket) {
        s.abortive = true;
    }
    fn closed(m: &mut ToyHost, id: SocketId, _: &[Transition]) -> Result<(), ToyError> {
        m.live_mut(id)?.closed = true;
        Ok(())
    }
}

/// The toy machine: the shared machine with the toy inside.
type ToyHost = Machine<Toy>;

/// The toy's calls: the shared flow, and the two things the flow does not have (making a
/// socket, a connection arriving from a remote peer).
impl ToyHost {
    fn socket(&mut self, owner: UserId, reuseport: bool) -> SocketId {
        let s = ToySocket { owner, reuseport, port: None, listening: false, abortive: false, closed: false };
        self.core.sockets.push(s);
        SocketId(u32::try_from(self.core.sockets.len()).expect("few sockets"))
    }

    /// The claims on a port: open bound sockets, and established connections (of anyone).
    fn claims(&self, port: u16) -> Vec<rules::Claim> {
        let open = self.core.sockets.iter().filter(|o| !o.closed && o.port == Some(port));
        let ends = self.core.conns.values().filter(|e| e.port == port && e.state == TcpState::Established);
        open.map(|o| rules::Claim { owner: o.owner, reuseport: o.reuseport })
            .chain(ends.map(|_| rules::Claim { owner: UserId(0), reuseport: false }))
            .collect()
    }

    /// A remote peer connects to a listening port: the connection waits in the backlog.
    fn arrive(&mut self, port: u16) -> Option<ConnId> {
        let listener = (1..=self.core.sockets.len())
            .map(|n| SocketId(u32::try_from(n).expect("few")))
            .find(|&id| self.live(id).is_ok_and(|s| s.listening && s.port == Some(port)))?;
        let conn = ConnId(u32::try_from(self.core.conns.len() + 1).expect("few"));
        let end = End {
            id: conn,
            socket: None,
            origin: listener,
            claim: (),
            port,
            peer: None,
            state: TcpState::Established,
            since: 0,
        };
        self.core.conns.insert(conn, end);
        self.core.conns.queue(listener, conn);
        Some(conn)
    }
}

#[test]
fn a_toy_system_runs_on_the_shared_machine() {
    let mut host = ToyHost { system: Toy, core: Core::new([IpAddr::V4(Ipv4Addr::LOCALHOST)]), own: () };
    let (web, other) = (UserId(1), UserId(2));
    host.core.add_user(web, "web", Privilege::User);
    host.core.add_user(other, "other", Privilege::User);

    let a = host.socket(web, true);
    let b = host.socket(web, true);
    let c = host.socket(other, true);
    assert_eq!(host.bind_flow(a, 80), Ok(rules::Rule::Free));
    assert_eq!(host.bind_flow(b, 80), Ok(rules::Rule::Shared), "T2: one owner, both SO_REUSEPORT");
    assert_eq!(host.bind_flow(c, 80), Err(ToyError::Busy), "T3: another owner");

    // The shared TCP life cycle: accepted, then closed by our side first, it waits in TIME_WAIT.
    host.listen_flow(a).unwrap();
    let conn = host.arrive(80).expect("a listens on 80");
    let served = host.accept_flow(a).expect("pending");
    let transitions = host.close_flow(served).unwrap();
    assert_eq!(transitions.len(), 1);
    assert_eq!(transitions[0].conn, conn);
    assert_eq!(
        transitions[0].states,
        [TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait]
    );
    host.close_flow(a).unwrap();
    host.close_flow(b).unwrap();
    assert_eq!(host.close_flow(a), Err(ToyError::NoSocket), "a closed socket is the system's no-socket error");
    assert_eq!(host.bind_flow(c, 80), Ok(rules::Rule::Free), "TIME_WAIT does not block a toy bind");
}
