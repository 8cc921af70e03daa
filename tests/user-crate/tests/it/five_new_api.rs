//! The five tests of `five_old_api.rs`, written with the test API: the builder, the prelude and
//! `assert_bind!`, whose failure prints the rule, the colliding socket and the evidence.

use winsock_bind::prelude::*;
use winsock_bind::Privilege;

#[test]
fn another_account_cannot_shadow_our_exclusive_listener_on_loopback() -> Result<(), CallError> {
    let mut host = Host::new(Era::Win11);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    let server = host.tcp(service).exclusive_address_use(true).listen("0.0.0.0:8080")?;
    let evil = assert_bind!(host.tcp(other).reuse_address(true), "127.0.0.1:8080", Err(WsaError::Access));
    assert_eq!(evil.decision.reason, Reason::UnderExclusiveWildcard);
    assert_eq!(host.connect_from_remote("127.0.0.1:8080")?.listener, Some(server));
    Ok(())
}

#[test]
fn reuseaddr_to_restart_fast_lets_another_account_share_the_port() -> Result<(), CallError> {
    let mut host = Host::new(Era::Win10);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    host.tcp(service).reuse_address(true).listen("0.0.0.0:8080")?;
    let evil = assert_bind!(host.tcp(other).reuse_address(true), "0.0.0.0:8080", Ok(()));
    assert_eq!(evil.decision.reason, Reason::SharedByMutualReuse);
    Ok(())
}

#[test]
fn a_dual_stack_listener_loses_ipv4_loopback_to_a_second_instances_ipv4_bind() -> Result<(), CallError> {
    let mut host = Host::new(Era::Win11);
    let service = host.add_user("service", Privilege::User);
    host.tcp(service).only_v6(false).listen("[::]:3000")?;
    let evil = assert_bind!(host.tcp(service), "0.0.0.0:3000", Ok(()));
    assert_eq!(evil.decision.reason, Reason::UnderOwnWildcard);
    host.listen(evil.socket)?;
    assert_eq!(host.connect_from_remote("127.0.0.1:3000")?.listener, Some(evil.socket));
    Ok(())
}

#[test]
fn two_instances_of_our_udp_discovery_service_share_the_port() -> Result<(), CallError> {
    let mut host = Host::new(Era::Win10);
    let service = host.add_user("service", Privilege::User);
    host.udp(service).reuse_address(true).bind("0.0.0.0:5353")?;
    assert_bind!(host.udp(service).reuse_address(true), "0.0.0.0:5353", Ok(()));
    Ok(())
}

#[test]
fn on_xp_reuseaddr_steals_a_plain_wildcard_listener() -> Result<(), CallError> {
    let mut host = Host::new(Era::Xp);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    host.tcp(service).listen("0.0.0.0:80")?;
    let thief = assert_bind!(host.tcp(other).reuse_address(true), "0.0.0.0:80", Ok(()));
    assert_eq!(thief.decision.reason, Reason::LegacyReuseShares);
    Ok(())
}
