//! The Linux bind rules, pair by pair.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::*;

const ME: UserId = UserId(1000);
const OTHER: UserId = UserId(1001);

fn v4(a: Ipv4Addr) -> LinuxSocket {
    LinuxSocket::bound(a.into(), ME)
}

#[test]
fn every_rule_has_a_distinct_id_and_a_sentence() {
    let ids: std::collections::BTreeSet<_> = LinuxRule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(ids.len(), LinuxRule::ALL.len());
    assert!(LinuxRule::ALL.iter().all(|r| r.explanation().ends_with('.') && r.source().contains("http")));
}

#[test]
fn dual_stack_wildcard_meets_ipv4_unless_v6only() {
    let any6 = LinuxSocket::bound(Ipv6Addr::UNSPECIFIED.into(), ME);
    let any4 = v4(Ipv4Addr::UNSPECIFIED);
    assert!(any6.overlaps(&any4));
    assert!(!any6.v6only().overlaps(&any4));
    assert!(any6.v6only().overlaps(&any6), "two [::] always overlap");
    let loop6 = LinuxSocket::bound(Ipv6Addr::LOCALHOST.into(), ME);
    assert!(!loop6.overlaps(&any4));
    let mapped = LinuxSocket::bound(Ipv4Addr::LOCALHOST.to_ipv6_mapped().into(), ME);
    assert!(mapped.overlaps(&v4(Ipv4Addr::LOCALHOST)));
    assert!(!mapped.overlaps(&v4(Ipv4Addr::new(127, 0, 0, 2))));
}

#[test]
fn the_mapped_ipv4_wildcard_is_a_wildcard_and_overlaps_as_0_0_0_0() {
    let mapped_any = Ipv4Addr::UNSPECIFIED.to_ipv6_mapped();
    assert!(is_wildcard(mapped_any.into()));
    assert!(is_wildcard(Ipv4Addr::UNSPECIFIED.into()) && is_wildcard(Ipv6Addr::UNSPECIFIED.into()));
    assert!(!is_wildcard(Ipv4Addr::LOCALHOST.to_ipv6_mapped().into()));
    let s = LinuxSocket::bound(mapped_any.into(), ME);
    assert!(!s.is_specific());
    assert!(s.overlaps(&v4(Ipv4Addr::LOCALHOST)) && s.overlaps(&v4(Ipv4Addr::UNSPECIFIED)));
    assert!(!s.overlaps(&LinuxSocket::bound(Ipv6Addr::LOCALHOST.into(), ME)));
    assert!(!s.overlaps(&LinuxSocket::bound(Ipv6Addr::UNSPECIFIED.into(), ME).v6only()));
}

#[test]
fn a_specific_ipv6_bind_is_ipv6_only_but_a_narrowed_dual_stack_socket_meets_the_ipv4_wildcard() {
    let bound_loop6 = LinuxSocket::bound(Ipv6Addr::LOCALHOST.into(), ME);
    assert!(v6only_after_bind(bound_loop6.address, false), "__inet6_bind sets IPV6_V6ONLY");
    assert!(!bound_loop6.overlaps(&v4(Ipv4Addr::UNSPECIFIED)));
    let narrowed = LinuxSocket { by_connect: true, ..bound_loop6 };
    assert!(narrowed.overlaps(&v4(Ipv4Addr::UNSPECIFIED)) && v4(Ipv4Addr::UNSPECIFIED).overlaps(&narrowed));
    assert!(narrowed.overlaps(&v4(Ipv4Addr::new(127, 0, 0, 6))), "LOOPBACK4_IPV6");
    assert!(!narrowed.overlaps(&v4(Ipv4Addr::LOCALHOST)));
    assert!(!narrowed.v6only().overlaps(&v4(Ipv4Addr::UNSPECIFIED)), "an IPv6-only socket stays so");
}

#[test]
fn order_of_checks_privileged_port_then_mapped_then_sockets() {
    let mapped = LinuxSocket::bound(Ipv4Addr::LOCALHOST.to_ipv6_mapped().into(), ME).v6only();
    let d = decide(Proto::Tcp, 80, &mapped, PortPolicy::unprivileged(), &[]);
    assert_eq!((d.outcome, d.rule), (Err(LinuxError::Access), LinuxRule::PrivilegedPort));
    let d = decide(Proto::Tcp, 80, &mapped, PortPolicy::privileged(), &[]);
    assert_eq!((d.outcome, d.rule), (Err(LinuxError::Inval), LinuxRule::MappedOnV6Only));
    let d = decide(Proto::Tcp, 0, &v4(Ipv4Addr::LOCALHOST), PortPolicy::unprivileged(), &[]);
    assert_eq!(d.outcome, Ok(()), "port 0 is never privileged");
}

#[test]
fn reuseport_other_user_refused_except_against_time_wait() {
    let mut tw = v4(Ipv4Addr::LOCALHOST).reuseport();
    tw.state = LinuxState::TimeWait;
    let attempt = LinuxSocket::bound(Ipv4Addr::LOCALHOST.into(), OTHER).reuseport();
    let d = decide(Proto::Tcp, 9000, &attempt, PortPolicy::default(), &[tw]);
    assert_eq!(d.rule, LinuxRule::ReusePortTimeWait);
    tw.state = LinuxState::Bound;
    let d = decide(Proto::Tcp, 9000, &attempt, PortPolicy::default(), &[tw]);
    assert_eq!((d.outcome, d.rule, d.against), (Err(LinuxError::AddrInUse), LinuxRule::ReusePortOtherUser, Some(0)));
}

#[test]
fn the_first_refusal_wins_and_a_success_names_the_first_sharer() {
    let a = v4(Ipv4Addr::LOCALHOST).reuseaddr();
    let b = v4(Ipv4Addr::UNSPECIFIED);
    let attempt = v4(Ipv4Addr::LOCALHOST).reuseaddr();
    let d = decide(Proto::Udp, 9000, &attempt, PortPolicy::default(), &[a, b]);
    assert_eq!((d.rule, d.against), (LinuxRule::NotShared, Some(1)));
    let d = decide(Proto::Udp, 9000, &attempt, PortPolicy::default(), &[a, a]);
    assert_eq!((d.rule, d.against), (LinuxRule::ReuseAddrUdp, Some(0)));
}

#[test]
fn delivery_prefers_the_specific_listener_then_ipv4() {
    let any4 = v4(Ipv4Addr::UNSPECIFIED).listening();
    let lo = v4(Ipv4Addr::LOCALHOST).listening();
    let any6 = LinuxSocket::bound(Ipv6Addr::UNSPECIFIED.into(), ME).listening();
    let to = IpAddr::V4(Ipv4Addr::LOCALHOST);
    assert_eq!(deliver(to, &[any4, lo]), LinuxDelivery::One(1));
    assert_eq!(deliver(to, &[any6, any4]), LinuxDelivery::One(1));
    assert_eq!(deliver(to, &[any6.v6only()]), LinuxDelivery::Nobody);
    assert_eq!(deliver(to, &[v4(Ipv4Addr::LOCALHOST)]), LinuxDelivery::Nobody, "bound, not listening");
}

#[test]
fn table_files_cover_users_proto_and_state() {
    let names: Vec<String> = table_files().into_iter().map(|(n, ..)| n).collect();
    assert_eq!(names.len(), 6);
    assert!(names.contains(&"different-tcp-listening.csv".to_string()));
    assert_eq!(table(Users::Same, Proto::Udp, LinuxState::Bound).len(), 64);
}
