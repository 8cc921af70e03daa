//! Testing your server's Windows bind behaviour from Linux CI.
//!
//! Your server runs on Windows; your CI runs on Linux. This example checks, on any OS, what
//! Windows would do with the socket your code really configures, in three ways: a socket2
//! socket, a tokio `TcpSocket`, and a std listener, plus the shared `SocketConfig` that carries
//! the Windows-only SO_EXCLUSIVEADDRUSE.
//!
//! Run it with `cargo run --example testing_from_linux_ci --features socket2`.

use std::error::Error;
use winsock_bind::Privilege;

use winsock_bind::from_socket;
use winsock_bind::prelude::*;

fn main() -> Result<(), Box<dyn Error>> {
    // 1. socket2: the production code configures the socket before bind...
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.set_reuse_address(true)?; // "so that the server restarts fast" (Linux's meaning)
    let real = from_socket::read(&socket)?;
    for t in &real.translations {
        println!("translated: {t}");
    }
    // ...and the model binds it as Windows 10 would, next to another account's program.
    let mut host = Host::new(Era::Win10);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    real.config_at("0.0.0.0:8080")?.listen_on(&mut host, service)?;
    let thief = assert_bind!(host.tcp(other).reuse_address(true), "0.0.0.0:8080", Ok(()));
    println!("socket2, SO_REUSEADDR on Windows 10: another account {}", thief.decision);

    // 2. tokio's TcpSocket (no runtime is needed to create and configure it).
    let tokio_socket = tokio::net::TcpSocket::new_v4()?;
    tokio_socket.set_reuseaddr(true)?;
    let real = from_socket::read(&tokio_socket)?;
    assert_eq!(real.config.mode, ReuseMode::ReuseAddr);

    // 3. std: an already bound listener brings its address. std sets SO_REUSEADDR by itself on
    //    Unix and nothing on Windows, so the reader takes what std does on Windows.
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let real = from_socket::read_listener(&listener)?;
    for t in &real.translations {
        println!("translated: {t}");
    }
    let mut host = Host::new(Era::Win11);
    let me = host.add_user("me", Privilege::User);
    let server = real.open_on(&mut host, me)?;
    println!("std listener {} is socket {server} on the simulated Windows 11", listener.local_addr()?);

    // The fix, kept in one shared definition: SO_EXCLUSIVEADDRUSE, set on Windows by
    // `SocketConfig::socket()` and read by the tests from the same value.
    let hardened = SocketConfig::new("0.0.0.0:8080")?.exclusive_address_use(true);
    let mut host = Host::new(Era::Win10);
    let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
    hardened.listen_on(&mut host, service)?;
    let refused = assert_bind!(host.tcp(other).reuse_address(true), "0.0.0.0:8080", Err(WsaError::Access));
    println!("hardened: another account gets {}", refused.decision);
    Ok(())
}
