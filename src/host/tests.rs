//! One test per fact the model rests on (addresses and overlap, options, lifetimes, who
//! receives; docs/sources.md), named after the fact, plus the state-by-operation matrix.

use super::*;
use crate::evidence::Evidence;
use crate::rules::delivery::{DeliveryRule, Receivers};

const V4: Family = Family::V4;
const V6: Family = Family::V6;
const TCP: Proto = Proto::Tcp;
const UDP: Proto = Proto::Udp;

fn ep(s: &str) -> Endpoint {
    s.parse().expect("test endpoint")
}

fn sa(s: &str) -> SocketAddr {
    s.parse().expect("test socket address")
}

/// A host with 10.0.0.1, 10.99.99.99 and 127.0.0.2, and two ordinary users.
fn host(era: Era) -> (Host, UserId, UserId) {
    let mut h = Host::new(era);
    for a in ["10.0.0.1", "10.99.99.99", "127.0.0.2"] {
        h.add_address(a.parse().expect("test address"));
    }
    let a = h.add_user("alice", Privilege::User);
    let b = h.add_user("bob", Privilege::User);
    (h, a, b)
}

/// Creates, sets `mode`, optionally clears V6ONLY, and binds.
fn bound(
    h: &mut Host,
    user: UserId,
    family: Family,
    proto: Proto,
    mode: ReuseMode,
    addr: &str,
    dual: bool,
) -> Result<SocketId, Refusal> {
    let s = h.socket(family, proto, user)?;
    if let Some(opt) = mode.option() {
        h.set_option(s, opt, 1)?;
    }
    if dual {
        h.set_option(s, SocketOption::V6Only, 0)?;
    }
    h.bind(s, ep(addr))?;
    Ok(s)
}

fn err(r: Result<SocketId, Refusal>) -> WsaError {
    r.expect_err("expected the call to fail").error()
}

fn listener(h: &mut Host, user: UserId, family: Family, mode: ReuseMode, addr: &str, dual: bool) -> SocketId {
    let s = bound(h, user, family, TCP, mode, addr, dual).expect("bind");
    h.listen(s).expect("listen");
    s
}

// ---- Addresses and overlap ----------------------------------------------------------------------

#[test]
fn ipv4_wildcard_covers_every_ipv4_address() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).unwrap();
    for addr in ["127.0.0.1:80", "10.0.0.1:80", "10.99.99.99:80"] {
        assert_eq!(err(bound(&mut h, b, V4, TCP, ReuseMode::Default, addr, false)), WsaError::Access, "{addr}");
    }
}

#[test]
fn different_specific_addresses_coexist_even_when_the_second_is_exclusive() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "127.0.0.1:80", false).unwrap();
    bound(&mut h, b, V4, TCP, ReuseMode::Exclusive, "127.0.0.2:80", false).unwrap();
}

#[test]
fn ipv6_wildcard_covers_ipv6_addresses_as_ipv4_wildcard_does() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V6, TCP, ReuseMode::Exclusive, "[::]:80", false).unwrap();
    assert_eq!(err(bound(&mut h, b, V6, TCP, ReuseMode::ReuseAddr, "[::1]:80", false)), WsaError::Access);
}

#[test]
fn binding_an_address_the_host_does_not_have_fails_with_addrnotavail() {
    let (mut h, a, _) = host(Era::Win10);
    assert_eq!(err(bound(&mut h, a, V4, TCP, ReuseMode::Default, "192.0.2.7:80", false)), WsaError::AddrNotAvail);
    assert_eq!(err(bound(&mut h, a, V6, TCP, ReuseMode::Default, "[2001:db8::9]:80", false)), WsaError::AddrNotAvail);
}

#[test]
fn ipv6_sockets_start_with_v6only_on() {
    let (mut h, a, _) = host(Era::Win11);
    let s = h.socket(V6, TCP, a).unwrap();
    assert_eq!(h.option(s, SocketOption::V6Only), Ok(1));
}

#[test]
fn dual_stack_wildcard_and_ipv4_wildcard_coexist_in_either_order_when_neither_is_exclusive() {
    // Observed for one account (Wine's test_reuseaddr); E2 one way, E4 the other.
    for v4_first in [true, false] {
        let (mut h, a, _) = host(Era::Win10);
        let d = if v4_first {
            bound(&mut h, a, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).unwrap();
            let s = h.socket(V6, TCP, a).unwrap();
            h.set_option(s, SocketOption::V6Only, 0).unwrap();
            h.bind(s, ep("[::]:80")).unwrap()
        } else {
            bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", true).unwrap();
            let s = h.socket(V4, TCP, a).unwrap();
            h.bind(s, ep("0.0.0.0:80")).unwrap()
        };
        assert_eq!(d.evidence(), Evidence::Observed, "v4 first: {v4_first}");
    }
}

#[test]
fn exclusive_dual_stack_wildcard_blocks_later_ipv4_binds_with_access_even_with_reuseaddr() {
    for (mode, addr) in
        [(ReuseMode::Default, "0.0.0.0:80"), (ReuseMode::Default, "127.0.0.1:80"), (ReuseMode::ReuseAddr, "0.0.0.0:80")]
    {
        let (mut h, a, _) = host(Era::Win10);
        bound(&mut h, a, V6, TCP, ReuseMode::Exclusive, "[::]:80", true).unwrap();
        let r = bound(&mut h, a, V4, TCP, mode, addr, false).unwrap_err();
        // The dual-stack [::] covers 0.0.0.0: E3 as beneath an exclusive 0.0.0.0, as observed.
        assert_eq!((r.error(), r.reason()), (WsaError::Access, Reason::UnderExclusiveWildcard), "{mode} {addr}");
        assert_eq!(r.decision().evidence(), Evidence::Observed);
    }
}

#[test]
fn later_exclusive_dual_stack_wildcard_fails_with_inuse_when_ipv4_holds_loopback() {
    let (mut h, a, _) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Default, "127.0.0.1:80", false).unwrap();
    let r = bound(&mut h, a, V6, TCP, ReuseMode::Exclusive, "[::]:80", true).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::AddrInUse, Reason::ExclusiveWildcardOverSpecific));
    assert_eq!(r.decision().evidence(), Evidence::Observed);
}

#[test]
fn plain_dual_stack_wildcard_then_exclusive_ipv4_wildcard_of_the_same_account_succeeds() {
    // Wine's test_reuseaddr, passing on Windows: E4, the same user beneath their own wildcard.
    let (mut h, a, _) = host(Era::Win10);
    bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", true).unwrap();
    let s = h.socket(V4, TCP, a).unwrap();
    h.set_option(s, SocketOption::ExclusiveAddressUse, 1).unwrap();
    let d = h.bind(s, ep("0.0.0.0:80")).unwrap();
    assert_eq!((d.reason, d.evidence()), (Reason::UnderOwnWildcard, Evidence::Observed));
}

// Extrapolated dual-stack cases: no observation; the principle of rules::dual_stack decides.

#[test]
fn extrapolated_a_dual_stack_wildcard_goes_around_an_exclusive_specific_ipv4_address() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "10.0.0.1:80", false).unwrap();
    let s = h.socket(V6, TCP, b).unwrap();
    h.set_option(s, SocketOption::V6Only, 0).unwrap();
    let d = h.bind(s, ep("[::]:80")).unwrap();
    assert_eq!((d.reason, d.evidence()), (Reason::WildcardAroundSpecific, Evidence::Extrapolated));
}

#[test]
fn extrapolated_another_account_beneath_a_plain_dual_stack_wildcard_is_refused_as_beneath_0000() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", true).unwrap();
    for (mode, addr) in [
        (ReuseMode::Default, "10.0.0.1:80"),
        (ReuseMode::Exclusive, "10.0.0.1:80"),
        (ReuseMode::Exclusive, "0.0.0.0:80"),
    ] {
        let r = bound(&mut h, b, V4, TCP, mode, addr, false).unwrap_err();
        assert_eq!((r.error(), r.reason()), (WsaError::Access, Reason::UnderForeignWildcard), "{mode} {addr}");
        assert_eq!(r.decision().evidence(), Evidence::Extrapolated, "{mode} {addr}");
    }
    // The same account may: E4, as beneath its own 0.0.0.0 (an exclusive specific address has no
    // observation either).
    let d = bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "10.0.0.1:80", false);
    assert!(d.is_ok(), "{d:?}");
}

#[test]
fn two_dual_stack_wildcards_conflict_like_two_ipv4_wildcards() {
    for (second, expected) in [(ReuseMode::Default, WsaError::AddrInUse), (ReuseMode::ReuseAddr, WsaError::Access)] {
        let (mut h, a, _) = host(Era::Win10);
        bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", true).unwrap();
        assert_eq!(err(bound(&mut h, a, V6, TCP, second, "[::]:80", true)), expected);
        let (mut h4, a4, _) = host(Era::Win10);
        bound(&mut h4, a4, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).unwrap();
        assert_eq!(err(bound(&mut h4, a4, V4, TCP, second, "0.0.0.0:80", false)), expected);
    }
}

#[test]
fn ipv4_mapped_addresses_conflict_as_their_ipv4_address_in_both_directions() {
    let (mut h, a, _) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Default, "127.0.0.1:80", false).unwrap();
    assert_eq!(err(bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::ffff:127.0.0.1]:80", false)), WsaError::AddrInUse);
    let (mut h, a, _) = host(Era::Win10);
    bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::ffff:127.0.0.1]:81", false).unwrap();
    assert_eq!(err(bound(&mut h, a, V4, TCP, ReuseMode::Default, "127.0.0.1:81", false)), WsaError::AddrInUse);
}

#[test]
fn a_socket_bound_to_an_ipv4_mapped_address_accepts_only_ipv4() {
    let (mut h, a, _) = host(Era::Win10);
    let s = listener(&mut h, a, V6, ReuseMode::Default, "[::ffff:0.0.0.0]:80", false);
    assert_eq!(h.connect(None, sa("127.0.0.1:80")).unwrap().listener, Some(s));
    assert_eq!(h.connect(None, sa("[::1]:80")).unwrap_err().error(), WsaError::ConnRefused);
}

#[test]
fn native_ipv6_addresses_never_conflict_with_ipv4_binds() {
    let (mut h, a, b) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).unwrap();
    bound(&mut h, b, V6, TCP, ReuseMode::Exclusive, "[::1]:80", false).unwrap();
    bound(&mut h, b, V6, TCP, ReuseMode::Default, "[::]:80", false).unwrap();
}

#[test]
fn server2003_has_a_separate_ipv6_stack_without_dual_stack_or_mapped_addresses() {
    let (mut h, a, _) = host(Era::Server2003);
    let s = h.socket(V6, TCP, a).unwrap();
    assert_eq!(h.set_option(s, SocketOption::V6Only, 0).unwrap_err().error(), WsaError::NoProtoOpt);
    assert_eq!(h.bind(s, ep("[::ffff:127.0.0.1]:80")).unwrap_err().error(), WsaError::AfNoSupport);
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).unwrap();
    h.bind(s, ep("[::]:80")).expect("the IPv6 stack is separate");
}

#[test]
fn eras_without_ipv6_refuse_ipv6_sockets() {
    let (mut h, a, _) = host(Era::Win2000);
    assert_eq!(h.socket(V6, TCP, a).unwrap_err().error(), WsaError::AfNoSupport);
}

#[test]
fn the_bind_rules_apply_to_ipv6_as_to_ipv4() {
    // Table 4's specific-under-wildcard cell, on IPv6.
    let (mut h, a, b) = host(Era::Server2003);
    bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", false).unwrap();
    assert_eq!(err(bound(&mut h, b, V6, TCP, ReuseMode::Default, "[::1]:80", false)), WsaError::Access);
    bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::1]:80", false).expect("same user, Table 3");
}

// ---- Options -------------------------------------------------------------------------------------

#[test]
fn enabling_one_reuse_option_while_the_other_is_on_is_invalid() {
    let (mut h, a, _) = host(Era::Win10);
    let s = h.socket(V4, TCP, a).unwrap();
    h.set_option(s, SocketOption::ReuseAddr, 1).unwrap();
    assert_eq!(h.set_option(s, SocketOption::ExclusiveAddressUse, 1).unwrap_err().error(), WsaError::Inval);
    h.set_option(s, SocketOption::ExclusiveAddressUse, 0).expect("turning off always succeeds");
    h.set_option(s, SocketOption::ReuseAddr, 0).unwrap();
    h.set_option(s, SocketOption::ExclusiveAddressUse, 1).unwrap();
    assert_eq!(h.set_option(s, SocketOption::ReuseAddr, 1).unwrap_err().error(), WsaError::Inval);
}

#[test]
fn any_non_zero_value_is_on_and_reads_back_as_one() {
    let (mut h, a, _) = host(Era::Win10);
    let s = h.socket(V4, TCP, a).unwrap();
    h.set_option(s, SocketOption::ReuseAddr, 7).unwrap();
    assert_eq!(h.option(s, SocketOption::ReuseAddr), Ok(1));
    h.set_option(s, SocketOption::ReuseAddr, -1).unwrap();
    assert_eq!(h.option(s, SocketOption::ReuseAddr), Ok(1));
    h.set_option(s, SocketOption::ReuseAddr, 0).unwrap();
    assert_eq!(h.option(s, SocketOption::ReuseAddr), Ok(0));
}

#[test]
fn reuse_options_set_after_bind_do_not_change_the_binding() {
    let (mut h, a, _) = host(Era::Win10);
    let s = bound(&mut h, a, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).unwrap();
    h.set_option(s, SocketOption::ReuseAddr, 1).unwrap();
    assert_eq!(h.option(s, SocketOption::ReuseAddr), Ok(1));
    assert_eq!(err(bound(&mut h, a, V4, TCP, ReuseMode::ReuseAddr, "0.0.0.0:80", false)), WsaError::Access);
}

#[test]
fn v6only_cannot_change_after_bind() {
    let (mut h, a, _) = host(Era::Win10);
    let s = bound(&mut h, a, V6, TCP, ReuseMode::Default, "[::]:80", false).unwrap();
    assert_eq!(h.set_option(s, SocketOption::V6Only, 0).unwrap_err().error(), WsaError::Inval);
}

#[test]
fn binding_twice_and_listening_unbound_are_invalid() {
    let (mut h, a, _) = host(Era::Win10);
    let s = h.socket(V4, TCP, a).unwrap();
    assert_eq!(h.listen(s).unwrap_err().error(), WsaError::Inval);
    h.bind(s, ep("0.0.0.0:80")).unwrap();
    assert_eq!(h.bind(s, ep("0.0.0.0:81")).unwrap_err().error(), WsaError::Inval);
}

#[test]
fn a_failed_bind_leaves_the_socket_unbound_to_change_options_and_retry() {
    let (mut h, a, _) = host(Era::Win10);
    bound(&mut h, a, V4, TCP, ReuseMode::ReuseAddr, "0.0.0.0:80", false).unwrap();
    let s = h.socket(V4, TCP, a).unwrap();
    assert_eq!(h.bind(s, ep("0.0.0.0:80")).unwrap_err().error(), WsaError::AddrInUse);
    assert_eq!(h.get(s).map(Socket::state), Some(SocketState::Created));
    h.set_option(s, SocketOption::ReuseAddr, 1).unwrap();
    h.bind(s, ep("0.0.0.0:80")).expect("both opted in");
}

#[test]
fn exclusive_is_unavailable_before_nt4_sp4_and_needs_an_administrator_before_xp_sp2() {
    for (era, admin, expected) in [
        (Era::Win95, true, Some(WsaError::NoProtoOpt)),
        (Era::Nt4, true, Some(WsaError::NoProtoOpt)),
        (Era::Nt4Sp4, false, Some(WsaError::Access)),
        (Era::Nt4Sp4, true, None),
        (Era::Xp, false, Some(WsaError::Access)),
        (Era::Xp, true, None),
        (Era::XpSp2, false, None),
    ] {
        let mut h = Host::new(era);
        let u = h.add_user("u", Privilege::from(admin));
        let s = h.socket(V4, TCP, u).unwrap();
        assert_eq!(
            h.set_option(s, SocketOption::ExclusiveAddressUse, 1).err().map(|r| r.error()),
            expected,
            "{era} admin={admin}"
        );
    }
}

#[test]
fn connect_and_sendto_bind_an_unbound_socket_to_the_wildcard_and_an_ephemeral_port() {
    let (mut h, a, _) = host(Era::Win10);
    listener(&mut h, a, V4, ReuseMode::Default, "127.0.0.1:80", false);
    let c = h.socket(V4, TCP, a).unwrap();
    h.connect(Some(c), sa("127.0.0.1:80")).unwrap();
    assert_eq!(h.get(c).and_then(Socket::local), Some(ep("0.0.0.0:49152")));
    let u = h.socket(V4, UDP, a).unwrap();
    h.send(Some(u), sa("127.0.0.1:53")).unwrap();
    assert_eq!(h.get(u).and_then(Socket::local), Some(ep("0.0.0.0:49152")), "UDP ports are a separate space");
}

#[test]
fn unknown_and_closed_sockets_are_not_sockets() {
    let (mut h, a, _) = host(Era::Win10);
    let s = h.socket(V4, TCP, a).unwrap();
    h.close(s).unwrap();
    for id in [s, SocketId(999)] {
        assert_eq!(h.bind(id, ep("0.0.0.0:80")).unwrap_err().error(), WsaError::NotSock);
        assert_eq!(h.listen(id).unwrap_err().error(), WsaError::NotSock);
        assert_eq!(h.close(id).unwrap_err().error(), WsaError::NotSock);
        assert_eq!(h.option(id, SocketOption::ReuseAddr).unwrap_err().error(), WsaError::NotSock);
    }
}

#[test]
fn a_closed_socket_nothing_refers_to_is_forgotten_and_its_id_stays_dead() {
    let (mut h, a, _) = host(Era::Win10);
    let s = h.socket(V4, UDP, a).unwrap();
    h.bind(s, ep("0.0.0.0:53")).unwrap();
    h.close(s).unwrap();
    assert!(h.get(s).is_none(), "no record left");
    let next = h.socket(V4, UDP, a).unwrap();
    assert_ne!(next, s, "ids are never given again");
    assert_eq!(h.bind(s, ep("0.0.0.0:54")).unwrap_err().error(), WsaError::NotSock);
    assert_eq!(h.sockets().map(Socket::id).collect::<Vec<_>>(), [next]);
    h.bind(next, ep("0.0.0.0:53")).unwrap();
}

#[test]
fn a_closed_socket_with_connection_ends_keeps_its_record() {
    let (mut h, a, _) = host(Era::Win10);
    let l = listener(&mut h, a, V4, ReuseMode::Exclusive, "0.0.0.0:80", false);
    h.connect(None, sa("10.0.0.1:80")).unwrap();
    let accepted = h.accept(l).unwrap();
    h.close(accepted).unwrap(); // TIME_WAIT: the end still names the socket
    h.close(l).unwrap(); // the accepted end names the listener as its origin
    for id in [l, accepted] {
        assert_eq!(h.get(id).map(Socket::state), Some(SocketState::Closed), "{id}");
    }
}

// ---- Lifetimes -----------------------------------------------------------------------------------

/// An exclusive listener on 0.0.0.0:80 that accepted one connection and was then closed.
fn closed_exclusive_listener_with_accepted_connection(behaviour: Behaviour) -> (Host, UserId, SocketId) {
    let (mut h, a, _) = host(Era::Win10);
    h.set_behaviour(behaviour);
    let l = listener(&mut h, a, V4, ReuseMode::Exclusive, "0.0.0.0:80", false);
    h.connect(None, sa("10.0.0.1:80")).unwrap();
    let accepted = h.accept(l).unwrap();
    h.close(l).unwrap();
    (h, a, accepted)
}

#[test]
fn documented_a_closed_exclusive_port_stays_blocked_while_an_accepted_connection_is_active() {
    let (mut h, a, _) = closed_exclusive_listener_with_accepted_connection(Behaviour::Documented);
    let r = bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::AddrInUse, Reason::HeldByActiveConnections));
    let alt = r.decision().alternative.expect("the observed answer is attached");
    assert_eq!((alt.behaviour, alt.result), (Behaviour::Observed, Ok(())));
}

#[test]
fn observed_a_new_exclusive_listener_binds_while_the_old_accepted_connection_is_open() {
    let (mut h, a, _) = closed_exclusive_listener_with_accepted_connection(Behaviour::Observed);
    let s = h.socket(V4, TCP, a).unwrap();
    h.set_option(s, SocketOption::ExclusiveAddressUse, 1).unwrap();
    let d = h.bind(s, ep("0.0.0.0:80")).unwrap();
    assert_eq!(d.reason, Reason::ActiveConnectionsIgnored);
    assert_eq!(d.alternative.map(|a| a.result), Some(Err(WsaError::AddrInUse)), "the documented answer is attached");
}

/// An exclusive TCP listener on `addr` that accepted one connection and was then closed.
fn closed_exclusive(era: Era, behaviour: Behaviour, family: Family, addr: &str, dual: bool) -> (Host, UserId) {
    let (mut h, _, b) = host(era);
    h.add_address("10.0.0.2".parse().unwrap());
    let admin = h.add_user("admin", Privilege::Admin);
    h.set_behaviour(behaviour);
    let l = listener(&mut h, admin, family, ReuseMode::Exclusive, addr, dual);
    h.connect(None, sa("10.0.0.1:80")).unwrap();
    h.accept(l).unwrap();
    h.close(l).unwrap();
    assert!(h.holds_port_after_close(l));
    (h, b)
}

#[test]
fn documented_a_closed_exclusive_dual_stack_socket_holds_the_ipv4_side_of_its_port_too() {
    let (mut h, b) = closed_exclusive(Era::Win10, Behaviour::Documented, V6, "[::]:80", true);
    let r = bound(&mut h, b, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::AddrInUse, Reason::HeldByActiveConnections));
    let alt = r.decision().alternative.expect("the observed answer is attached");
    assert_eq!((alt.behaviour, alt.result), (Behaviour::Observed, Ok(())));
    assert_eq!(err(bound(&mut h, b, V6, TCP, ReuseMode::Default, "[::1]:80", false)), WsaError::AddrInUse);
    bound(&mut h, b, V4, TCP, ReuseMode::Default, "0.0.0.0:81", false).expect("another port is free");
}

#[test]
fn documented_a_closed_exclusive_specific_address_holds_every_address_of_its_port() {
    let (mut h, b) = closed_exclusive(Era::Win10, Behaviour::Documented, V4, "10.0.0.1:80", false);
    let r = bound(&mut h, b, V4, TCP, ReuseMode::Default, "10.0.0.2:80", false).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::AddrInUse, Reason::HeldByActiveConnections));
    // The IPv4 socket held the IPv4 stack only.
    bound(&mut h, b, V6, TCP, ReuseMode::Default, "[::1]:80", false).expect("IPv6 was never held");
    let (mut h, b) = closed_exclusive(Era::Win10, Behaviour::Observed, V4, "10.0.0.1:80", false);
    let s = h.socket(V4, TCP, b).unwrap();
    let d = h.bind(s, ep("10.0.0.2:80")).unwrap();
    assert_eq!(d.reason, Reason::ActiveConnectionsIgnored);
    assert_eq!(d.alternative.map(|a| (a.behaviour, a.result)), Some((Behaviour::Documented, Err(WsaError::AddrInUse))));
}

#[test]
fn before_windows_7_a_closed_exclusive_port_has_no_observed_answer() {
    for era in [Era::Xp, Era::XpSp2, Era::Server2003, Era::Vista] {
        for behaviour in [Behaviour::Documented, Behaviour::Observed] {
            let (mut h, b) = closed_exclusive(era, behaviour, V4, "0.0.0.0:80", false);
            let r = bound(&mut h, b, V4, TCP, ReuseMode::ReuseAddr, "10.0.0.2:80", false).unwrap_err();
            assert_eq!(r.reason(), Reason::HeldByActiveConnections, "{era} {behaviour}");
            assert_eq!(r.decision().alternative, None, "{era} {behaviour}: no observed answer exists");
        }
    }
}

#[test]
fn a_graceful_close_of_the_accepted_connection_frees_the_port_through_time_wait() {
    let (mut h, a, accepted) = closed_exclusive_listener_with_accepted_connection(Behaviour::Documented);
    let t = h.close(accepted).unwrap();
    assert_eq!(
        t[0].states,
        [TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait],
        "the remote peer answers our FIN"
    );
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).expect("TIME_WAIT does not block");
}

#[test]
fn an_abortive_close_resets_the_connection_without_time_wait_and_frees_the_port() {
    let (mut h, a, accepted) = closed_exclusive_listener_with_accepted_connection(Behaviour::Documented);
    h.set_linger(accepted, Linger { onoff: true, seconds: 0 }).unwrap();
    let t = h.close(accepted).unwrap();
    assert_eq!(t[0].states, [TcpState::Established, TcpState::Closed]);
    bound(&mut h, a, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).expect("plain rebind after abortive close");
}

#[test]
fn a_shutdown_ends_the_connection_too() {
    let (mut h, a, accepted) = closed_exclusive_listener_with_accepted_connection(Behaviour::Documented);
    h.shutdown(accepted).unwrap();
    bound(&mut h, a, V4, TCP, ReuseMode::Exclusive, "0.0.0.0:80", false).expect("connection in TIME_WAIT");
}

#[test]
fn a_non_exclusive_port_is_free_as_soon_as_its_socket_closes() {
    let (mut h, a, b) = host(Era::Win10);
    let l = listener(&mut h, a, V4, ReuseMode::Default, "0.0.0.0:80", false);
    h.connect(None, sa("10.0.0.1:80")).unwrap();
    h.accept(l).unwrap();
    h.close(l).unwrap();
    h.set_behaviour(Behaviour::Documented);
    bound(&mut h, b, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).expect("reusable at once");
}

#[test]
fn local_connections_walk_through_close_wait_last_ack_and_time_wait() {
    let (mut h, a, _) = host(Era::Win10);
    let l = listener(&mut h, a, V4, ReuseMode::Default, "127.0.0.1:80", false);
    let c = h.socket(V4, TCP, a).unwrap();
    h.connect(Some(c), sa("127.0.0.1:80")).unwrap();
    let s = h.accept(l).unwrap();
    let first = h.close(c).unwrap();
    assert_eq!(first[0].states, [TcpState::Established, TcpState::FinWait1, TcpState::FinWait2]);
    assert_eq!(first[1].states, [TcpState::Established, TcpState::CloseWait]);
    let second = h.close(s).unwrap();
    assert_eq!(second[0].states, [TcpState::CloseWait, TcpState::LastAck, TcpState::Closed]);
    assert_eq!(second[1].states, [TcpState::FinWait2, TcpState::TimeWait]);
}

// ---- Who receives --------------------------------------------------------------------------------

#[test]
fn documented_sharers_of_an_address_receive_connections_undetermined() {
    let (mut h, a, b) = host(Era::Win7);
    h.set_behaviour(Behaviour::Documented);
    let one = listener(&mut h, a, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
    let two = listener(&mut h, b, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
    let c = h.connect(None, sa("10.0.0.1:80")).unwrap();
    assert_eq!(c.delivery.receivers, Receivers::Undetermined(vec![one, two]));
    assert_eq!(c.delivery.alternative, Some((Behaviour::Observed, Receivers::One(one))));
    assert_eq!(
        (c.listener, c.queued_on),
        (None, one),
        "no receiver; queued on the listener listening longest so the run goes on"
    );
}

#[test]
fn before_windows_7_delivery_has_no_observed_answer() {
    // Vista and Server 2003 share by mutual SO_REUSEADDR; XP by a hijack.
    for era in [Era::Xp, Era::Server2003, Era::Vista] {
        for behaviour in [Behaviour::Documented, Behaviour::Observed] {
            let (mut h, a, b) = host(era);
            h.set_behaviour(behaviour);
            let one = listener(&mut h, a, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
            let two = listener(&mut h, b, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
            let c = h.connect(None, sa("10.0.0.1:80")).unwrap();
            let d = &c.delivery;
            assert_eq!((&d.receivers, d.rule), (&Receivers::Undetermined(vec![one, two]), DeliveryRule::Undetermined));
            assert_eq!(d.alternative, None, "{era} {behaviour}: no observed answer exists");
            assert!(!d.to_string().contains("observed"), "{era} {behaviour}: {d}");
            assert_eq!((c.listener, c.queued_on), (None, one), "{era} {behaviour}");
        }
    }
}

#[test]
fn the_e6_sentence_says_what_delivery_then_answers_in_every_era_and_behaviour() {
    for era in Era::ALL.into_iter().filter(|e| e.profile().enhanced_security) {
        for behaviour in [Behaviour::Documented, Behaviour::Observed] {
            let (mut h, a, b) = host(era);
            h.set_behaviour(behaviour);
            let one = listener(&mut h, a, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
            let s = h.socket(V4, TCP, b).unwrap();
            h.set_option(s, SocketOption::ReuseAddr, 1).unwrap();
            let d = h.bind(s, ep("0.0.0.0:80")).unwrap();
            assert_eq!(d.reason, Reason::SharedByMutualReuse);
            let sharing = d.sharing.expect("E6 carries who receives");
            h.listen(s).unwrap();
            let c = h.connect(None, sa("10.0.0.1:80")).unwrap();
            assert_eq!(c.delivery.rule, sharing.tcp, "{era} {behaviour}");
            assert!(d.sentence().contains(&sharing.clause()), "{era} {behaviour}: {}", d.sentence());
            let observed = c.delivery.rule == DeliveryRule::ListeningLongest;
            assert_eq!(observed, era >= Era::Win7 && behaviour == Behaviour::Observed, "{era} {behaviour}");
            assert_eq!(d.sentence().contains("undetermined"), !observed || sharing.udp == DeliveryRule::Undetermined);
            assert_eq!(c.delivery.one(), observed.then_some(one));

            let u1 = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:81", false).unwrap();
            let u2 = h.socket(V4, UDP, b).unwrap();
            h.set_option(u2, SocketOption::ReuseAddr, 1).unwrap();
            let d = h.bind(u2, ep("0.0.0.0:81")).unwrap();
            let sent = h.send(None, sa("10.0.0.1:81")).unwrap();
            assert_eq!(sent.rule, d.sharing.expect("E6").udp, "{era} {behaviour}");
            assert_eq!(sent.receivers, Receivers::Undetermined(vec![u1, u2]));
        }
    }
}

#[test]
fn observed_the_listener_listening_longest_gets_connections_then_the_next() {
    let (mut h, a, b) = host(Era::Win11);
    let one = listener(&mut h, a, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
    let two = listener(&mut h, b, V4, ReuseMode::ReuseAddr, "0.0.0.0:80", false);
    let c = h.connect(None, sa("10.0.0.1:80")).unwrap();
    assert_eq!((c.delivery.receivers, c.delivery.rule), (Receivers::One(one), DeliveryRule::ListeningLongest));
    h.close(one).unwrap();
    assert_eq!(h.connect(None, sa("10.0.0.1:80")).unwrap().listener, Some(two));
}

#[test]
fn a_bound_socket_that_does_not_listen_never_receives_connections() {
    let (mut h, a, _) = host(Era::Win11);
    bound(&mut h, a, V4, TCP, ReuseMode::Default, "0.0.0.0:80", false).unwrap();
    let r = h.connect(None, sa("127.0.0.1:80")).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::ConnRefused, Reason::NothingListening));
}

#[test]
fn a_specific_listener_beats_the_wildcard_whichever_bound_first_with_no_options() {
    for specific_first in [true, false] {
        let (mut h, a, _) = host(Era::Win11);
        let (wild, spec) = if specific_first {
            let s = listener(&mut h, a, V4, ReuseMode::Default, "10.0.0.1:80", false);
            (listener(&mut h, a, V4, ReuseMode::Default, "0.0.0.0:80", false), s)
        } else {
            let w = listener(&mut h, a, V4, ReuseMode::Default, "0.0.0.0:80", false);
            (w, listener(&mut h, a, V4, ReuseMode::Default, "10.0.0.1:80", false))
        };
        let c = h.connect(None, sa("10.0.0.1:80")).unwrap();
        assert_eq!((c.listener, c.delivery.rule), (Some(spec), DeliveryRule::MostSpecific));
        assert_eq!(h.connect(None, sa("127.0.0.1:80")).unwrap().listener, Some(wild));
    }
}

#[test]
fn before_enhanced_security_a_reuseaddr_hijack_beneath_a_wildcard_makes_the_receiver_undetermined() {
    let (mut h, a, b) = host(Era::Xp);
    let server = bound(&mut h, a, V4, UDP, ReuseMode::Default, "0.0.0.0:5150", false).unwrap();
    let thief = bound(&mut h, b, V4, UDP, ReuseMode::ReuseAddr, "10.0.0.1:5150", false).unwrap();
    let d = h.send(None, sa("10.0.0.1:5150")).unwrap();
    assert_eq!((d.receivers, d.rule), (Receivers::Undetermined(vec![server, thief]), DeliveryRule::Undetermined));
    assert_eq!(h.send(None, sa("127.0.0.1:5150")).unwrap().receivers, Receivers::One(server));
}

#[test]
fn a_dual_stack_wildcard_receives_ipv4_and_a_v6only_one_does_not() {
    let (mut h, a, _) = host(Era::Win10);
    let dual = listener(&mut h, a, V6, ReuseMode::Default, "[::]:80", true);
    assert_eq!(h.connect(None, sa("127.0.0.1:80")).unwrap().listener, Some(dual));
    let (mut h, a, _) = host(Era::Win10);
    listener(&mut h, a, V6, ReuseMode::Default, "[::]:80", false);
    assert_eq!(h.connect(None, sa("127.0.0.1:80")).unwrap_err().error(), WsaError::ConnRefused);
}

#[test]
fn udp_unicast_between_sharers_is_undetermined_and_multicast_reaches_every_member() {
    let (mut h, a, b) = host(Era::Win10);
    let one = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    let two = bound(&mut h, b, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    assert_eq!(h.send(None, sa("10.0.0.1:5000")).unwrap().receivers, Receivers::Undetermined(vec![one, two]));
    let group: IpAddr = "239.1.2.3".parse().unwrap();
    h.join(one, group, "10.0.0.1".parse().unwrap()).unwrap();
    h.join(two, group, "10.0.0.1".parse().unwrap()).unwrap();
    assert_eq!(h.send(None, sa("239.1.2.3:5000")).unwrap().receivers, Receivers::Every(vec![one, two]));
    assert_eq!(h.send(None, sa("239.9.9.9:5000")).unwrap().receivers, Receivers::Nobody);
}

#[test]
fn a_connection_to_an_address_the_host_does_not_have_reaches_no_socket() {
    let mut h = Host::new(Era::Win11);
    h.add_address("10.0.0.1".parse().unwrap());
    let a = h.add_user("alice", Privilege::User);
    let l = listener(&mut h, a, V4, ReuseMode::Default, "0.0.0.0:80", false);
    assert_eq!(h.connect(None, sa("10.0.0.1:80")).unwrap().listener, Some(l));
    let r = h.connect(None, sa("10.0.0.9:80")).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::ConnRefused, Reason::AddressNotLocal));
    assert!(r.to_string().contains("10.0.0.9:80 is not an address of this host"), "{r}");
    let d = h.delivery(TCP, sa("10.0.0.9:80"));
    assert_eq!((d.receivers, d.rule), (Receivers::Nobody, DeliveryRule::NotLocal));
    // A dual-stack [::] does not take it either, nor an IPv4-mapped form of it.
    let dual = listener(&mut h, a, V6, ReuseMode::Default, "[::]:81", true);
    assert_eq!(h.connect(None, sa("[::ffff:10.0.0.1]:81")).unwrap().listener, Some(dual));
    assert_eq!(h.connect(None, sa("[::ffff:10.0.0.9]:81")).unwrap_err().reason(), Reason::AddressNotLocal);
    assert_eq!(h.connect(None, sa("[2001:db8::9]:81")).unwrap_err().reason(), Reason::AddressNotLocal);
}

#[test]
fn a_datagram_to_an_address_the_host_does_not_have_reaches_no_socket() {
    let (mut h, a, _) = host(Era::Win10);
    let u = bound(&mut h, a, V4, UDP, ReuseMode::Default, "0.0.0.0:53", false).unwrap();
    assert_eq!(h.send(None, sa("10.0.0.1:53")).unwrap().receivers, Receivers::One(u));
    let d = h.send(None, sa("10.0.0.9:53")).unwrap();
    assert!(d.to_string().contains("not one of this host's"), "{d}");
    assert_eq!((d.receivers, d.rule), (Receivers::Nobody, DeliveryRule::NotLocal));
}

#[test]
fn multicast_reaches_members_on_the_interface_they_joined_on_whose_bound_address_covers_it() {
    let (mut h, a, b) = host(Era::Win10);
    let group: IpAddr = "239.1.2.3".parse().unwrap();
    let (if1, if2): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.99.99.99".parse().unwrap());
    let any_on_1 = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    let any_on_2 = bound(&mut h, b, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    // Bound to 10.0.0.1 but joined on the other interface: it hears neither.
    let bound_1_joined_2 = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "10.0.0.1:5000", false).unwrap();
    let bound_2_joined_2 = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "10.99.99.99:5000", false).unwrap();
    let dual_on_1 = bound(&mut h, a, V6, UDP, ReuseMode::ReuseAddr, "[::]:5000", true).unwrap();
    let v6only_on_1 = bound(&mut h, b, V6, UDP, ReuseMode::ReuseAddr, "[::]:5000", false).unwrap();
    for (s, iface) in [
        (any_on_1, if1),
        (any_on_2, if2),
        (bound_1_joined_2, if2),
        (bound_2_joined_2, if2),
        (dual_on_1, if1),
        (v6only_on_1, if1),
    ] {
        h.join(s, group, iface).unwrap();
    }
    let to = sa("239.1.2.3:5000");
    let on_1 = h.send_via(None, to, if1).unwrap();
    assert_eq!((on_1.receivers, on_1.rule), (Receivers::Every(vec![any_on_1, dual_on_1]), DeliveryRule::Multicast));
    assert_eq!(h.send_via(None, to, if2).unwrap().receivers, Receivers::Every(vec![any_on_2, bound_2_joined_2]));
    assert_eq!(
        h.send(None, to).unwrap().receivers,
        Receivers::Every(vec![any_on_1, any_on_2, bound_2_joined_2, dual_on_1]),
        "without an interface: every interface where the group is joined"
    );
    assert_eq!(h.send_via(None, to, "127.0.0.2".parse().unwrap()).unwrap().receivers, Receivers::Nobody);
    assert_eq!(h.send_via(None, sa("10.0.0.1:5000"), if1).unwrap_err().error(), WsaError::Inval);
    assert_eq!(h.send_via(None, to, "10.0.0.9".parse().unwrap()).unwrap_err().error(), WsaError::AddrNotAvail);
}

#[test]
fn nobody_listening_refuses_the_connection() {
    let (mut h, _, _) = host(Era::Win10);
    assert_eq!(h.connect(None, sa("127.0.0.1:80")).unwrap_err().error(), WsaError::ConnRefused);
}

// ---- State x operation matrix --------------------------------------------------------------------

#[test]
fn every_socket_state_answers_every_operation_without_panicking() {
    type Op = fn(&mut Host, SocketId) -> Option<WsaError>;
    let ops: [(&str, Op); 7] = [
        ("bind", |h, s| h.bind(s, ep("127.0.0.1:7")).err().map(|r| r.error())),
        ("listen", |h, s| h.listen(s).err().map(|r| r.error())),
        ("connect", |h, s| h.connect(Some(s), sa("127.0.0.1:9")).err().map(|r| r.error())),
        ("accept", |h, s| h.accept(s).err().map(|r| r.error())),
        ("shutdown", |h, s| h.shutdown(s).err().map(|r| r.error())),
        ("close", |h, s| h.close(s).err().map(|r| r.error())),
        ("reuseaddr", |h, s| h.set_option(s, SocketOption::ReuseAddr, 1).err().map(|r| r.error())),
    ];
    use WsaError::{Inval, IsConn, NotConn, NotSock, WouldBlock};
    // Expected error per state (created, bound, listening, connected, closed) and operation.
    let expected: [[Option<WsaError>; 7]; 5] = [
        [None, Some(Inval), None, Some(Inval), Some(NotConn), None, None],
        [Some(Inval), None, None, Some(Inval), Some(NotConn), None, None],
        [Some(Inval), None, Some(IsConn), Some(WouldBlock), Some(NotConn), None, None],
        [Some(Inval), Some(IsConn), Some(IsConn), Some(Inval), None, None, None],
        [Some(NotSock), Some(NotSock), Some(NotSock), Some(NotSock), Some(NotSock), Some(NotSock), Some(NotSock)],
    ];
    for (state, row) in expected.iter().enumerate() {
        for ((name, op), want) in ops.iter().zip(row) {
            let (mut h, a, _) = host(Era::Win10);
            let srv = listener(&mut h, a, V4, ReuseMode::Default, "127.0.0.1:9", false);
            let s = h.socket(V4, TCP, a).unwrap();
            match state {
                0 => {}
                1 => drop(h.bind(s, ep("127.0.0.2:8")).unwrap()),
                2 => {
                    h.bind(s, ep("127.0.0.2:8")).unwrap();
                    h.listen(s).unwrap();
                }
                3 => drop(h.connect(Some(s), sa("127.0.0.1:9")).unwrap()),
                _ => drop(h.close(s).unwrap()),
            }
            let _ = srv;
            assert_eq!(op(&mut h, s), *want, "state {state}, {name}");
        }
    }
}

#[test]
fn udp_connect_sets_a_default_destination_and_keeps_the_wildcard_binding() {
    let (mut h, a, b) = host(Era::Win10);
    let conn = bound(&mut h, a, V4, UDP, ReuseMode::Default, "0.0.0.0:5000", false).unwrap();
    // Microsoft Learn, connect: for a datagram socket connect only sets the default destination.
    assert_eq!(h.connect_datagram(conn, sa("127.0.0.1:6000")), Ok(ep("0.0.0.0:5000")));
    assert_eq!(h.get(conn).and_then(Socket::peer), Some(sa("127.0.0.1:6000")));
    // The wildcard still covers 127.0.0.2: another account's bind beneath it is refused, as
    // before the connect (extrapolated: no source says connect narrows a datagram binding).
    let r = bound(&mut h, b, V4, UDP, ReuseMode::Default, "127.0.0.2:5000", false).unwrap_err();
    assert_eq!(r.error(), WsaError::Access);
    // An unbound socket is bound to the wildcard and an ephemeral port first.
    let fresh = h.socket(V4, UDP, a).unwrap();
    let local = h.connect_datagram(fresh, sa("127.0.0.1:6000")).unwrap();
    assert!(local.addr.is_wildcard() && local.port != 0, "{local}");
    // connect on a TCP socket is Host::connect's.
    let tcp = h.socket(V4, TCP, a).unwrap();
    assert_eq!(h.connect_datagram(tcp, sa("127.0.0.1:6000")).unwrap_err().reason(), Reason::WrongProtocol);
}

#[test]
fn a_connected_udp_socket_discards_datagrams_from_other_senders() {
    let (mut h, a, b) = host(Era::Win10);
    let peer = bound(&mut h, a, V4, UDP, ReuseMode::Default, "127.0.0.1:6000", false).unwrap();
    let conn = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    h.connect_datagram(conn, sa("127.0.0.1:6000")).unwrap();
    let d = h.send(Some(peer), sa("127.0.0.1:5000")).unwrap();
    assert_eq!(d.receivers, Receivers::One(conn));
    // Microsoft Learn, connect: datagrams from any other address are discarded.
    let stranger = bound(&mut h, b, V4, UDP, ReuseMode::Default, "127.0.0.1:6001", false).unwrap();
    assert_eq!(h.send(Some(stranger), sa("127.0.0.1:5000")).unwrap().receivers, Receivers::Nobody);
    assert_eq!(h.send(None, sa("127.0.0.1:5000")).unwrap().receivers, Receivers::Nobody);
    // A sharer of the same address hears everyone; for the peer's datagrams the documents
    // leave the receiver among the two undetermined.
    let wild = bound(&mut h, b, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    assert_eq!(h.send(None, sa("127.0.0.1:5000")).unwrap().receivers, Receivers::One(wild));
    let d = h.send(Some(peer), sa("127.0.0.1:5000")).unwrap();
    assert_eq!((d.receivers, d.rule), (Receivers::Undetermined(vec![conn, wild]), DeliveryRule::Undetermined));
}

#[test]
fn a_ranking_a_connected_udp_socket_takes_part_in_says_it_is_extrapolated() {
    let (mut h, a, _) = host(Era::Win10);
    let peer = bound(&mut h, a, V4, UDP, ReuseMode::Default, "127.0.0.1:6000", false).unwrap();
    let conn = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "0.0.0.0:5000", false).unwrap();
    h.connect_datagram(conn, sa("127.0.0.1:6000")).unwrap();
    // Alone on the address: the only candidate, documented.
    let d = h.send(Some(peer), sa("127.0.0.1:5000")).unwrap();
    assert_eq!(
        (d.receivers.clone(), d.rule, d.evidence()),
        (Receivers::One(conn), DeliveryRule::OnlyCandidate, Evidence::Documented)
    );
    // A specific socket of the same account beneath it: the model ranks the two by their bindings
    // (the specific one wins), which no source confirms once one of them is connected.
    let spec = bound(&mut h, a, V4, UDP, ReuseMode::ReuseAddr, "127.0.0.1:5000", false).unwrap();
    let d = h.send(Some(peer), sa("127.0.0.1:5000")).unwrap();
    assert_eq!(
        (d.receivers.clone(), d.rule, d.evidence()),
        (Receivers::One(spec), DeliveryRule::PeerAmongSharers, Evidence::Extrapolated)
    );
    assert_eq!(d.rule.rule_id(), "R8");
    // A stranger's datagram: the connected socket does not hear it, so nothing is ranked.
    let d = h.send(None, sa("127.0.0.1:5000")).unwrap();
    assert_eq!((d.receivers, d.rule), (Receivers::One(spec), DeliveryRule::OnlyCandidate));
}
