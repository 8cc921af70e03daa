//! A driver for instruction counts, which stay stable on a busy machine where criterion's wall
//! times do not: run it twice under `valgrind --tool=callgrind` with two repeat counts, and the
//! difference of the two totals over the difference of the counts is the cost of one repeat,
//! with the set-up cancelled out.
//!
//! ```text
//! cargo build --profile bench -p winsock-bind-benches --example count
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/count socket_bind_close 10000
//! ```
//!
//! `--profile bench` builds it as `cargo bench` builds the benches (fat LTO, one codegen unit;
//! the output still goes to `target/release`), so the counts are those of the timed code.
//!
//! Workloads: `socket_bind_close` (the simulated half of `bind`'s `socket_bind_close`) and
//! `refused_on_shared_port` (one refused bind on the host of 100,000 sockets, 10,000 of them on
//! the port).

use std::hint::black_box;

use winsock_bind::{Era, Family, Host, Privilege, Proto};

#[path = "../crowd.rs"]
mod crowd;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(workload), Some(repeats)) = (args.next(), args.next().and_then(|n| n.parse::<u32>().ok())) else {
        eprintln!("usage: count socket_bind_close|refused_on_shared_port REPEATS");
        std::process::exit(2);
    };
    match workload.as_str() {
        "socket_bind_close" => {
            let mut h = Host::new(Era::Win11);
            let u = h.add_user("u", Privilege::User);
            let addr: winsock_bind::Endpoint = "127.0.0.1:0".parse().expect("endpoint");
            for _ in 0..repeats {
                let s = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
                h.bind(s, black_box(addr)).expect("bind");
                h.close(s).expect("close");
            }
        }
        "refused_on_shared_port" => {
            let (mut h, probe) = crowd::crowded_host(100_000);
            let shared: winsock_bind::Endpoint = format!("0.0.0.0:{}", crowd::SHARED_PORT).parse().expect("endpoint");
            for _ in 0..repeats {
                black_box(h.bind(probe, black_box(shared)).is_err());
            }
        }
        other => {
            eprintln!("count: unknown workload {other:?} (socket_bind_close or refused_on_shared_port)");
            std::process::exit(2);
        }
    }
}
