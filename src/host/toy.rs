//! A throwaway third system, to show what one costs: its rules, its [`System`], and a machine
//! that keeps a [`Core`] of it. The toy shares a port only between sockets of one owner that
//! both set SO_REUSEPORT, and a connection left in TIME_WAIT never blocks a bind. Everything
//! else (sockets by handle, accounts, addresses, the clock, connections and their TCP life
//! cycle, backlogs) is the shared core's.

use std::net::{IpAddr, Ipv4Addr};

use super::conn::{ConnId, End, TcpState, Transition};
use super::system::{Core, System};
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
}

#[derive(Debug, Clone)]
struct ToySocket {
    owner: UserId,
    reuseport: bool,
    port: Option<u16>,
    listening: bool,
    closed: bool,
}

#[derive(Debug, Clone)]
struct Toy;

impl System for Toy {
    type Socket = ToySocket;
    type End = End<()>;
    type Refusal = ToyError;
    fn not_a_socket() -> ToyError {
        ToyError::NoSocket
    }
    fn is_closed(socket: &ToySocket) -> bool {
        socket.closed
    }
}

/// The toy machine: the shared core and the toy's calls, each a check, the toy's rule, and
/// the shared state changed.
struct ToyHost {
    core: Core<Toy>,
}

impl ToyHost {
    fn live(&self, id: SocketId) -> Result<&ToySocket, ToyError> {
        self.core.live(usize::try_from(id.0).ok().and_then(|n| n.checked_sub(1)))
    }

    fn live_mut(&mut self, id: SocketId) -> Result<&mut ToySocket, ToyError> {
        self.core.live_mut(usize::try_from(id.0).ok().and_then(|n| n.checked_sub(1)))
    }

    fn socket(&mut self, owner: UserId, reuseport: bool) -> SocketId {
        self.core.sockets.push(ToySocket { owner, reuseport, port: None, listening: false, closed: false });
        SocketId(u32::try_from(self.core.sockets.len()).expect("few sockets"))
    }

    fn bind(&mut self, id: SocketId, port: u16) -> Result<rules::Rule, ToyError> {
        let s = self.live(id)?;
        let attempt = rules::Claim { owner: s.owner, reuseport: s.reuseport };
        let open = self.core.sockets.iter().filter(|o| !o.closed && o.port == Some(port));
        let ends = self.core.conns.values().filter(|e| e.port == port && e.state == TcpState::Established);
        let existing: Vec<rules::Claim> = open
            .map(|o| rules::Claim { owner: o.owner, reuseport: o.reuseport })
            .chain(ends.map(|_| rules::Claim { owner: UserId(0), reuseport: false }))
            .collect();
        let rule = rules::decide(attempt, &existing);
        if rule == rules::Rule::Taken {
            return Err(ToyError::Busy);
        }
        self.live_mut(id)?.port = Some(port);
        Ok(rule)
    }

    fn listen(&mut self, id: SocketId) -> Result<(), ToyError> {
        self.live_mut(id)?.listening = true;
        Ok(())
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

    fn accept(&mut self, listener: SocketId) -> Option<SocketId> {
        let conn = self.core.conns.next_pending(listener)?;
        let owner = self.live(listener).ok()?.owner;
        let id = self.socket(owner, false);
        self.core.conns.set_owner(conn, id);
        Some(id)
    }

    fn close(&mut self, id: SocketId) -> Result<Vec<Transition>, ToyError> {
        self.live(id)?;
        let out = self.core.conns.close(id);
        self.live_mut(id)?.closed = true;
        Ok(out)
    }
}

#[test]
fn a_toy_system_runs_on_the_shared_machine() {
    let mut host = ToyHost { core: Core::new([IpAddr::V4(Ipv4Addr::LOCALHOST)]) };
    let (web, other) = (UserId(1), UserId(2));
    host.core.add_user(web, "web", Privilege::User);
    host.core.add_user(other, "other", Privilege::User);

    let a = host.socket(web, true);
    let b = host.socket(web, true);
    let c = host.socket(other, true);
    assert_eq!(host.bind(a, 80), Ok(rules::Rule::Free));
    assert_eq!(host.bind(b, 80), Ok(rules::Rule::Shared), "T2: one owner, both SO_REUSEPORT");
    assert_eq!(host.bind(c, 80), Err(ToyError::Busy), "T3: another owner");

    // The shared TCP life cycle: accepted, then closed by our side first, it waits in TIME_WAIT.
    host.listen(a).unwrap();
    let conn = host.arrive(80).expect("a listens on 80");
    let served = host.accept(a).expect("pending");
    let transitions = host.close(served).unwrap();
    assert_eq!(transitions.len(), 1);
    assert_eq!(transitions[0].conn, conn);
    assert_eq!(
        transitions[0].states,
        [TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait]
    );
    host.close(a).unwrap();
    host.close(b).unwrap();
    assert_eq!(host.close(a), Err(ToyError::NoSocket), "a closed socket is the system's no-socket error");
    assert_eq!(host.bind(c, 80), Ok(rules::Rule::Free), "TIME_WAIT does not block a toy bind");
}
