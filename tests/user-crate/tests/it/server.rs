//! The server's own socket, checked against Windows' bind rules from any OS: read from the real
//! socket (socket2, std, tokio), or taken from the shared configuration.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use winsock_bind::Privilege;

use winsock_bind::from_socket::{self, Translation};
use winsock_bind::prelude::*;
use winsock_bind_user_tests::{listen, socket_config};

/// The server's configured address on a port of this machine that is free now.
fn on_free_port(config: SocketConfig) -> SocketConfig {
    SocketConfig { address: Endpoint::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0), ..config }
}

#[test]
fn the_shared_config_keeps_another_account_off_our_port_on_windows() -> Result<(), CallError> {
    let config = socket_config();
    assert_eq!((config.address.to_string(), config.mode), ("0.0.0.0:8080".to_owned(), ReuseMode::Exclusive));
    for era in [Era::Server2003, Era::Win7, Era::Win11] {
        let mut host = Host::new(era);
        let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
        config.listen_on(&mut host, service)?;
        for (reuse, address) in [(false, "127.0.0.1:8080"), (true, "127.0.0.1:8080"), (true, "0.0.0.0:8080")] {
            let attempt = host.tcp(other).reuse_address(reuse).attempt(address)?;
            assert!(attempt.decision.error().is_some(), "{era}: {attempt:?}");
        }
    }
    Ok(())
}

#[test]
fn the_real_listener_the_server_opens_reads_back_as_its_config() {
    let config = on_free_port(socket_config());
    let listener = listen(&config).unwrap();
    let real = from_socket::read_listener(&listener).unwrap();
    assert!(real.bound && real.listening);
    assert_eq!(real.config.address, Endpoint::from(listener.local_addr().unwrap()));
    // Off Windows SO_EXCLUSIVEADDRUSE cannot be read back: the shared config carries it.
    if cfg!(windows) {
        assert_eq!(real.config.mode, ReuseMode::Exclusive);
    } else {
        assert_eq!(real.config.mode, ReuseMode::Default);
        assert!(real.translations.contains(&Translation::ExclusiveNotReadable));
    }
}

#[test]
fn a_socket2_socket_with_reuseaddr_is_translated_and_shareable_on_windows() -> Result<(), CallError> {
    // What a server that sets SO_REUSEADDR "to restart fast" does, before bind.
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_reuse_address(true).unwrap();
    let real = from_socket::read(&socket).unwrap();
    assert!(!real.bound);
    assert_eq!(real.config.mode, ReuseMode::ReuseAddr);
    assert_eq!(real.is_translation(), !cfg!(windows));
    let mut host = Host::new(Era::Win10);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    real.config_at("0.0.0.0:9000")?.listen_on(&mut host, service)?;
    // Rule E6: both set SO_REUSEADDR, so another account shares the port on Windows.
    assert_bind!(host.tcp(other).reuse_address(true), "0.0.0.0:9000", Ok(()));
    Ok(())
}

#[test]
fn a_std_listener_and_stream_become_host_sockets() -> Result<(), CallError> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let stream = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    let mut host = Host::new(Era::Win11);
    let me = host.add_user("me", Privilege::User);
    let server = from_socket::read_listener(&listener).unwrap().open_on(&mut host, me)?;
    let client = from_socket::read(&stream).unwrap();
    assert!(client.bound && !client.listening);
    client.open_on(&mut host, me)?;
    let port = listener.local_addr().unwrap().port();
    assert_eq!(host.connect_from_remote(SocketAddr::from(([127, 0, 0, 1], port)))?.listener, Some(server));
    let local = host.tcp(me).family(Family::V4).create()?;
    assert_eq!(host.connect_to(local, listener.local_addr().unwrap())?.listener, Some(server));
    Ok(())
}

#[test]
fn a_std_udp_socket_becomes_a_host_socket() -> Result<(), CallError> {
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let real = from_socket::read(&udp).unwrap();
    assert_eq!(real.config.proto, Proto::Udp);
    let mut host = Host::new(Era::Win11);
    let me = host.add_user("me", Privilege::User);
    let id = real.open_on(&mut host, me)?;
    assert_eq!(host.send_from_remote(real.config.address)?.one(), Some(id));
    Ok(())
}

#[test]
fn a_tokio_tcp_socket_is_read_without_a_runtime() {
    // tokio's TcpSocket::new_v6 creates the socket without a runtime; bind and listen need none
    // either until the listener is registered with the reactor.
    let Ok(socket) = tokio::net::TcpSocket::new_v6() else { return }; // no IPv6 here
    socket.set_reuseaddr(true).unwrap();
    let real = from_socket::read(&socket).unwrap();
    assert_eq!((real.config.family(), real.config.mode), (Family::V6, ReuseMode::ReuseAddr));
    let config = real.config_at("[::]:8443").unwrap();
    let mut host = Host::new(Era::Win11);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    config.listen_on(&mut host, service).unwrap();
    assert_bind!(host.tcp(other), "[::1]:8443", Err(WsaError::Access));
}

#[test]
fn a_failing_assertion_explains_the_rule_the_socket_and_the_evidence() {
    let config = socket_config();
    let mut host = Host::new(Era::Win11);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    config.listen_on(&mut host, service).unwrap();
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_bind!(host.tcp(other), "127.0.0.1:8080", Ok(()));
    }))
    .unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    for needle in [
        "expected: success",
        "got:      WSAEACCES (10013)",
        "rule:     E3 under-exclusive-wildcard",
        "against:  socket #1 (service) on 0.0.0.0:8080, SO_EXCLUSIVEADDRUSE",
        "evidence: documented",
    ] {
        assert!(message.contains(needle), "{needle}\n{message}");
    }
}

#[test]
fn unwrap_of_a_refusal_prints_the_explanation_not_a_struct() {
    let mut host = Host::new(Era::Win11);
    let me = host.add_user("me", Privilege::User);
    host.tcp(me).bind("0.0.0.0:80").unwrap();
    let err = host.tcp(me).bind("0.0.0.0:80").unwrap_err();
    let debug = format!("{err:?}");
    assert!(debug.starts_with("WSAEADDRINUSE (10048) by rule E8 identical-in-use: "), "{debug}");
    assert!(!debug.contains('{'), "{debug}");
}
