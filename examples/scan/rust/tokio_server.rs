//! A tokio server that sets SO_REUSEADDR by hand, as many Rust servers do.
use std::net::SocketAddr;
use tokio::net::{TcpListener, TcpSocket, UdpSocket};

pub async fn serve(port: u16) -> std::io::Result<()> {
    let addr: SocketAddr = "[::]:8443".parse().unwrap();
    let socket = TcpSocket::new_v6()?;
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    let listener = socket.listen(1024)?;

    let api = TcpListener::bind(("0.0.0.0", 8444)).await?;
    let dynamic = TcpListener::bind(SocketAddr::from(([0, 0, 0, 0], port))).await?;
    let dns = UdpSocket::bind("0.0.0.0:5300").await?;
    drop((listener, api, dynamic, dns));
    Ok(())
}

pub async fn client(addr: SocketAddr) -> std::io::Result<()> {
    let socket = TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    let _stream = socket.connect(addr).await?;
    Ok(())
}
