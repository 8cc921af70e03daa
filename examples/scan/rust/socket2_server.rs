//! A dual-stack listener built with socket2, and a mio UDP socket.
use mio::net::UdpSocket;
use socket2::{Domain, Protocol, Socket, Type};
use std::net::{Ipv6Addr, SocketAddr};

pub fn dual_stack(port: u16) -> std::io::Result<std::net::TcpListener> {
    let socket = Socket::new(Domain::IPV6, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_only_v6(false)?;
    socket.set_reuse_address(true)?;
    let addr = SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 9443);
    socket.bind(&addr.into())?;
    socket.listen(128)?;
    let _ = port;
    Ok(socket.into())
}

pub fn receiver() -> std::io::Result<UdpSocket> {
    UdpSocket::bind("[::1]:9444".parse().unwrap())
}

pub fn rebind(socket: &Socket, addr: SocketAddr) -> std::io::Result<()> {
    // A socket made elsewhere: the scan does not guess its options.
    socket.bind(&addr.into())
}

/// Connects out with a fixed source port (a client: it binds, then connects, never listens).
/// Not: `TcpListener::bind("0.0.0.0:9445")`.
pub fn connect_from(local: SocketAddr, to: SocketAddr) -> std::io::Result<Socket> {
    let out = Socket::new(Domain::IPV4, Type::STREAM, None)?;
    out.set_reuse_address(true)?;
    out.bind(&local.into())?;
    out.connect(&to.into())?;
    Ok(out)
}
