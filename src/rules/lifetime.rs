//! Lifetime rules: a closed SO_EXCLUSIVEADDRUSE socket whose connections are still active.
//!
//! Documented (Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", the caveat after
//! the tables: <https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>):
//! "If at least one connection which originated from or was accepted on a port bound with
//! exclusive access is active then all binds to this port will fail." Active means any TCP state
//! but TIME_WAIT and CLOSED: the same page says TIME_WAIT does not block a new exclusive bind.
//!
//! We take "all binds to this port" literally: every address of the port, not only the addresses
//! that overlap the closed socket's, on every stack the closed socket held. An IPv4 socket holds
//! the port on the IPv4 stack, an IPv6 socket with IPV6_V6ONLY on the IPv6 stack, a dual-stack
//! `[::]` both (Microsoft Learn, "Dual-Stack Sockets for IPv6 Winsock Applications":
//! <https://learn.microsoft.com/en-us/windows/win32/winsock/dual-stack-sockets>). So after an
//! exclusive `10.0.0.1:80` closes with an accepted connection active, `10.0.0.2:80` fails too.
//!
//! Observed on current Windows (runtime test suites that pass there): a new exclusive listener
//! can bind after the old listener closed even while an accepted connection of the old one is
//! still open. We read that as: the lingering connections block nothing (rule T2). That answer
//! exists only for the eras where observations exist (Windows 7 on, the eras whose
//! [`EraProfile::behaviour`](crate::era::EraProfile::behaviour) is observed); in earlier eras
//! the documented answer is the only one, whatever behaviour is asked for.

use super::{Binding, Reason, Verdict};
use crate::endpoint::{Family, LocalAddr};
use crate::era::{Behaviour, Era, Ipv6};
use crate::error::WsaError;

/// The verdict on an `attempt` against a `lingering` binding (a closed exclusive socket whose
/// connections are active): T1 (documented) refuses every bind to the port on a stack the closed
/// socket held; T2 (observed, Windows 7 on) lets it through.
///
/// ```
/// use winsock_bind::rules::{lifetime, Binding, Reason, Verdict};
/// use winsock_bind::{Behaviour, Era, ReuseMode, SocketId, UserId, WsaError};
/// let old = Binding { lingering: true,
///     ..Binding::new(SocketId(1), UserId(1), "10.0.0.1:80".parse().unwrap(), ReuseMode::Exclusive, true) };
/// let new = Binding::new(SocketId(2), UserId(1), "10.0.0.2:80".parse().unwrap(), ReuseMode::Default, true);
/// assert_eq!(lifetime::pair(Era::Win10, Behaviour::Documented, &old, &new),
///            Verdict::Refuse(WsaError::AddrInUse, Reason::HeldByActiveConnections));
/// assert_eq!(lifetime::pair(Era::Win10, Behaviour::Observed, &old, &new),
///            Verdict::Allow(Reason::ActiveConnectionsIgnored));
/// // No observation exists for Windows XP: the documented answer stands.
/// assert_eq!(lifetime::pair(Era::Xp, Behaviour::Observed, &old, &new),
///            Verdict::Refuse(WsaError::AddrInUse, Reason::HeldByActiveConnections));
/// ```
pub fn pair(era: Era, behaviour: Behaviour, lingering: &Binding, attempt: &Binding) -> Verdict {
    if lingering.endpoint.port != attempt.endpoint.port || !shares_a_stack(era, lingering, attempt) {
        return Verdict::Apart;
    }
    match effective(era, behaviour) {
        // T1
        Behaviour::Documented => Verdict::Refuse(WsaError::AddrInUse, Reason::HeldByActiveConnections),
        // T2
        Behaviour::Observed => Verdict::Allow(Reason::ActiveConnectionsIgnored),
    }
}

/// The behaviour whose answer the rules give in `era`: the observed one exists only where
/// observations exist (Windows 7 on); before that only the documents speak.
///
/// ```
/// use winsock_bind::rules::lifetime::effective;
/// use winsock_bind::{Behaviour, Era};
/// assert_eq!(effective(Era::Win7, Behaviour::Observed), Behaviour::Observed);
/// assert_eq!(effective(Era::Xp, Behaviour::Observed), Behaviour::Documented);
/// assert_eq!(effective(Era::Win11, Behaviour::Documented), Behaviour::Documented);
/// ```
pub fn effective(era: Era, behaviour: Behaviour) -> Behaviour {
    match era.profile().behaviour {
        Behaviour::Observed => behaviour,
        Behaviour::Documented => Behaviour::Documented,
    }
}

/// Whether the two bindings hold the port on a common stack (IPv4, IPv6).
fn shares_a_stack(era: Era, a: &Binding, b: &Binding) -> bool {
    let (a4, a6) = stacks(era, a);
    let (b4, b6) = stacks(era, b);
    (a4 && b4) || (a6 && b6)
}

/// The stacks a binding holds its port on: (IPv4, IPv6).
fn stacks(era: Era, b: &Binding) -> (bool, bool) {
    let dual = era.profile().ipv6 == Ipv6::DualStack && !b.v6only && b.endpoint.addr == LocalAddr::Wildcard(Family::V6);
    match b.endpoint.addr.stack().0 {
        // An IPv4 address, or an IPv4-mapped one (which stands for its IPv4 address).
        Family::V4 => (true, false),
        Family::V6 => (dual, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::{SocketId, UserId};
    use crate::options::ReuseMode;

    fn lingering(ep: &str, v6only: bool) -> Binding {
        Binding {
            lingering: true,
            ..Binding::new(SocketId(1), UserId(1), ep.parse().unwrap(), ReuseMode::Exclusive, v6only)
        }
    }

    fn attempt(ep: &str, v6only: bool) -> Binding {
        Binding::new(SocketId(2), UserId(2), ep.parse().unwrap(), ReuseMode::Default, v6only)
    }

    const T1: Verdict = Verdict::Refuse(WsaError::AddrInUse, Reason::HeldByActiveConnections);

    #[test]
    fn every_address_of_the_port_on_the_held_stack_is_refused() {
        let old = lingering("10.0.0.1:80", true);
        for to in ["10.0.0.1:80", "10.0.0.2:80", "0.0.0.0:80", "127.0.0.1:80", "[::ffff:10.0.0.2]:80"] {
            assert_eq!(pair(Era::Win10, Behaviour::Documented, &old, &attempt(to, true)), T1, "{to}");
        }
        assert_eq!(pair(Era::Win10, Behaviour::Documented, &old, &attempt("10.0.0.2:81", true)), Verdict::Apart);
    }

    #[test]
    fn a_dual_stack_socket_holds_both_stacks_and_a_v6only_one_only_ipv6() {
        let dual = lingering("[::]:80", false);
        let v6 = lingering("[::]:80", true);
        for to in ["0.0.0.0:80", "10.0.0.2:80", "[::1]:80"] {
            assert_eq!(pair(Era::Win10, Behaviour::Documented, &dual, &attempt(to, true)), T1, "{to}");
        }
        assert_eq!(pair(Era::Win10, Behaviour::Documented, &v6, &attempt("0.0.0.0:80", true)), Verdict::Apart);
        assert_eq!(pair(Era::Win10, Behaviour::Documented, &v6, &attempt("[::1]:80", true)), T1);
        // A dual-stack attempt reaches the IPv4 stack an IPv4 socket held.
        let v4 = lingering("10.0.0.1:80", true);
        assert_eq!(pair(Era::Win10, Behaviour::Documented, &v4, &attempt("[::]:80", false)), T1);
        assert_eq!(pair(Era::Win10, Behaviour::Documented, &v4, &attempt("[::]:80", true)), Verdict::Apart);
    }

    #[test]
    fn the_observed_answer_exists_from_windows_7_on_only() {
        let old = lingering("0.0.0.0:80", true);
        let new = attempt("0.0.0.0:80", true);
        for era in Era::ALL {
            let got = pair(era, Behaviour::Observed, &old, &new);
            if era >= Era::Win7 {
                assert_eq!(got, Verdict::Allow(Reason::ActiveConnectionsIgnored), "{era}");
            } else {
                assert_eq!(got, T1, "{era}");
            }
        }
    }
}
