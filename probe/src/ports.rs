//! The scenario's port numbers are names, not real ports: each distinct
//! non-zero port is mapped onto a port that is free at run time, the same one
//! for the whole run. Port 0 stays 0 (an ephemeral port).

use crate::script::Step;
use socket2::{Domain, SockAddr, Socket, Type};
use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};

/// Rewrites every address in `steps` and returns the mapping in order of
/// first appearance.
pub fn map_ports(steps: &mut [Step]) -> io::Result<Vec<(u16, u16)>> {
    let mut wanted: Vec<u16> = Vec::new();
    for step in steps.iter_mut() {
        if let Some(addr) = step.addr_mut() {
            let p = addr.port();
            if p != 0 && !wanted.contains(&p) {
                wanted.push(p);
            }
        }
    }

    // The sockets that hold the ports found so far stay open until every port
    // is chosen, so that two scenario ports never get the same real port.
    let mut held: Vec<Socket> = Vec::new();
    let mut map = Vec::new();
    for &p in &wanted {
        let real = free_port(&mut held)?;
        map.push((p, real));
    }
    drop(held);

    for step in steps.iter_mut() {
        if let Some(addr) = step.addr_mut() {
            if let Some(&(_, real)) = map.iter().find(|(p, _)| *p == addr.port()) {
                addr.set_port(real);
            }
        }
    }
    Ok(map)
}

/// Finds a port free for TCP and UDP on the IPv4 wildcard (and on the IPv6
/// wildcard where the host has IPv6) and keeps the sockets in `held`.
fn free_port(held: &mut Vec<Socket>) -> io::Result<u16> {
    let mut last_err = io::Error::new(io::ErrorKind::AddrInUse, "no free port found");
    for _ in 0..50 {
        let tcp4 = Socket::new(Domain::IPV4, Type::STREAM, None)?;
        tcp4.bind(&SockAddr::from(SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0))))?;
        let port = match tcp4.local_addr()?.as_socket() {
            Some(a) => a.port(),
            None => continue,
        };
        let mut group = vec![tcp4];
        match claim(port, &mut group) {
            Ok(()) => {
                held.extend(group);
                return Ok(port);
            }
            // Busy for UDP or IPv6: keep the TCP socket so the next try gets
            // another port, and try again.
            Err(e) => {
                last_err = e;
                held.extend(group);
            }
        }
    }
    Err(last_err)
}

fn claim(port: u16, group: &mut Vec<Socket>) -> io::Result<()> {
    let udp4 = Socket::new(Domain::IPV4, Type::DGRAM, None)?;
    udp4.bind(&SockAddr::from(SocketAddr::from((Ipv4Addr::UNSPECIFIED, port))))?;
    group.push(udp4);
    for ty in [Type::STREAM, Type::DGRAM] {
        let s = match Socket::new(Domain::IPV6, ty, None) {
            Ok(s) => s,
            Err(_) => return Ok(()), // no IPv6 on this host
        };
        if s.set_only_v6(true).is_err() {
            return Ok(());
        }
        match s.bind(&SockAddr::from(SocketAddr::from((Ipv6Addr::UNSPECIFIED, port)))) {
            Ok(()) => group.push(s),
            Err(e) if e.kind() == io::ErrorKind::AddrInUse || e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(e)
            }
            Err(_) => return Ok(()), // IPv6 not usable here; IPv4 is enough
        }
    }
    Ok(())
}
