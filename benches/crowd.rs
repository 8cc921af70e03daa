//! The crowded host the bind benches decide on, shared by `bind.rs` and the instruction-count
//! driver `examples/count.rs`.

use winsock_bind::{Era, Family, Host, Privilege, Proto, SocketId, SocketOption};

/// The port up to 10,000 sockets share.
pub(crate) const SHARED_PORT: u16 = 5000;

/// A host with `n` bound sockets: up to 10,000 share 0.0.0.0:5000 (TCP) with SO_REUSEADDR, the
/// rest are spread over other ports of TCP and UDP. Returns the host and a fresh, unbound socket.
pub(crate) fn crowded_host(n: usize) -> (Host, SocketId) {
    let mut h = Host::new(Era::Win11);
    let users = [h.add_user("a", Privilege::User), h.add_user("b", Privilege::User)];
    let sharers = n.min(10_000);
    for i in 0..n {
        let user = users[i % 2];
        if i < sharers {
            let s = h.socket(Family::V4, Proto::Tcp, user).expect("socket");
            h.set_option(s, SocketOption::ReuseAddr, 1).expect("option");
            h.bind(s, format!("0.0.0.0:{SHARED_PORT}").parse::<winsock_bind::Endpoint>().expect("endpoint"))
                .expect("shared bind");
        } else {
            let k = i - sharers;
            let proto = if k % 2 == 0 { Proto::Tcp } else { Proto::Udp };
            let port = 10_000 + u16::try_from(k / 2 % 50_000).expect("fits");
            let s = h.socket(Family::V4, proto, user).expect("socket");
            h.bind(s, format!("127.0.0.1:{port}").parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
        }
    }
    let probe = h.socket(Family::V4, Proto::Tcp, users[0]).expect("socket");
    (h, probe)
}
