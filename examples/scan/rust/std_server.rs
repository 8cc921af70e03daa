//! A small std-only server: a TCP listener and a UDP responder.
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};

const ADDR: &str = "0.0.0.0:7878";

fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind(ADDR)?;
    let udp = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 7879))?;
    let local: SocketAddr = "127.0.0.1:7880".parse().unwrap();
    let admin = TcpListener::bind(local)?;
    // let old = TcpListener::bind("0.0.0.0:80")?;
    for stream in listener.incoming() {
        handle(stream?)?;
    }
    drop((udp, admin));
    Ok(())
}

fn handle(mut stream: TcpStream) -> std::io::Result<()> {
    let mut buf = [0; 512];
    let n = stream.read(&mut buf)?;
    stream.write_all(&buf[..n])
}

fn fetch() -> std::io::Result<TcpStream> {
    TcpStream::connect("example.com:80")
}

const HELP: &str = "TcpListener::bind(\"[::]:8080\") listens on IPv6";

// actix-web binds through its own builder: not followed yet.
pub fn actix() -> std::io::Result<actix_web::dev::Server> {
    Ok(actix_web::HttpServer::new(|| actix_web::App::new()).bind(("127.0.0.1", 8088))?.run())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoes() {
        // A test's own server on a fixed port is not a deployment's: no site.
        let listener = TcpListener::bind("127.0.0.1:17878").unwrap();
        let ephemeral = TcpListener::bind("127.0.0.1:0").unwrap();
        drop((listener, ephemeral));
    }
}
