//! Five realistic tests written with the API as it was before the test API (issue 16): every
//! socket spelled out call by call. Kept to measure the difference with `five_new_api.rs` (the
//! same five tests) and to keep that API working.

use winsock_bind::Privilege;
use winsock_bind::{Endpoint, Era, Family, Host, Proto, Reason, SocketOption, WsaError};

#[test]
fn another_account_cannot_shadow_our_exclusive_listener_on_loopback() {
    let mut host = Host::new(Era::Win11);
    let service = host.add_user("service", Privilege::User);
    let other = host.add_user("other", Privilege::User);
    let server = host.socket(Family::V4, Proto::Tcp, service).unwrap();
    host.set_option(server, SocketOption::ExclusiveAddressUse, 1).unwrap();
    host.bind(server, "0.0.0.0:8080".parse::<Endpoint>().unwrap()).unwrap();
    host.listen(server).unwrap();
    let evil = host.socket(Family::V4, Proto::Tcp, other).unwrap();
    host.set_option(evil, SocketOption::ReuseAddr, 1).unwrap();
    let refusal = host.bind(evil, "127.0.0.1:8080".parse::<Endpoint>().unwrap()).unwrap_err();
    assert_eq!(refusal.error(), WsaError::Access);
    assert_eq!(refusal.reason(), Reason::UnderExclusiveWildcard);
    let connection = host.connect(None, "127.0.0.1:8080".parse::<Endpoint>().unwrap()).unwrap();
    assert_eq!(connection.listener, Some(server));
}

#[test]
fn reuseaddr_to_restart_fast_lets_another_account_share_the_port() {
    let mut host = Host::new(Era::Win10);
    let service = host.add_user("service", Privilege::User);
    let other = host.add_user("other", Privilege::User);
    let server = host.socket(Family::V4, Proto::Tcp, service).unwrap();
    host.set_option(server, SocketOption::ReuseAddr, 1).unwrap();
    host.bind(server, "0.0.0.0:8080".parse::<Endpoint>().unwrap()).unwrap();
    host.listen(server).unwrap();
    let evil = host.socket(Family::V4, Proto::Tcp, other).unwrap();
    host.set_option(evil, SocketOption::ReuseAddr, 1).unwrap();
    let decision = host.bind(evil, "0.0.0.0:8080".parse::<Endpoint>().unwrap()).unwrap();
    assert_eq!(decision.reason, Reason::SharedByMutualReuse);
}

#[test]
fn a_dual_stack_listener_loses_ipv4_loopback_to_a_second_instances_ipv4_bind() {
    let mut host = Host::new(Era::Win11);
    let service = host.add_user("service", Privilege::User);
    let server = host.socket(Family::V6, Proto::Tcp, service).unwrap();
    host.set_option(server, SocketOption::V6Only, 0).unwrap();
    host.bind(server, "[::]:3000".parse::<Endpoint>().unwrap()).unwrap();
    host.listen(server).unwrap();
    let evil = host.socket(Family::V4, Proto::Tcp, service).unwrap();
    let decision = host.bind(evil, "0.0.0.0:3000".parse::<Endpoint>().unwrap()).unwrap();
    assert_eq!(decision.reason, Reason::UnderOwnWildcard);
    host.listen(evil).unwrap();
    let connection = host.connect(None, "127.0.0.1:3000".parse::<Endpoint>().unwrap()).unwrap();
    assert_eq!(connection.listener, Some(evil));
}

#[test]
fn two_instances_of_our_udp_discovery_service_share_the_port() {
    let mut host = Host::new(Era::Win10);
    let service = host.add_user("service", Privilege::User);
    let first = host.socket(Family::V4, Proto::Udp, service).unwrap();
    host.set_option(first, SocketOption::ReuseAddr, 1).unwrap();
    host.bind(first, "0.0.0.0:5353".parse::<Endpoint>().unwrap()).unwrap();
    let second = host.socket(Family::V4, Proto::Udp, service).unwrap();
    host.set_option(second, SocketOption::ReuseAddr, 1).unwrap();
    let decision = host.bind(second, "0.0.0.0:5353".parse::<Endpoint>().unwrap()).unwrap();
    assert!(decision.is_ok());
}

#[test]
fn on_xp_reuseaddr_steals_a_plain_wildcard_listener() {
    let mut host = Host::new(Era::Xp);
    let service = host.add_user("service", Privilege::User);
    let other = host.add_user("other", Privilege::User);
    let server = host.socket(Family::V4, Proto::Tcp, service).unwrap();
    host.bind(server, "0.0.0.0:80".parse::<Endpoint>().unwrap()).unwrap();
    host.listen(server).unwrap();
    let thief = host.socket(Family::V4, Proto::Tcp, other).unwrap();
    host.set_option(thief, SocketOption::ReuseAddr, 1).unwrap();
    let decision = host.bind(thief, "0.0.0.0:80".parse::<Endpoint>().unwrap()).unwrap();
    assert_eq!(decision.reason, Reason::LegacyReuseShares);
}
