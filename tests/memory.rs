//! Bytes per bound socket in the Host, counted by an instrumented global allocator (live bytes).
//! (Issue 9's target: under 200 bytes per bound socket.) Run with `--nocapture` to see the figure.

use std::alloc::System;
use winsock_bind::Privilege;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use winsock_bind::{Era, Family, Host, Proto, SocketOption};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// A host with `n` bound sockets: 10,000 sharing one port, the rest on other ports.
fn host_with(n: usize) -> Host {
    let mut h = Host::new(Era::Win11);
    let u = h.add_user("u", Privilege::User);
    for i in 0..n {
        let s = h.socket(Family::V4, if i % 2 == 0 { Proto::Tcp } else { Proto::Udp }, u).expect("socket");
        let port = if i < 10_000 {
            h.set_option(s, SocketOption::ReuseAddr, 1).expect("option");
            5000
        } else {
            10_000 + u16::try_from(i / 2 % 50_000).expect("fits")
        };
        h.bind(s, format!("0.0.0.0:{port}").parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
    }
    h
}

#[test]
fn bytes_per_bound_socket_stay_under_200() {
    let n = 100_000;
    let region = Region::new(GLOBAL);
    let host = host_with(n);
    let stats = region.change();
    // stats_alloc already folds each realloc's growth into bytes_allocated (and shrinking into
    // bytes_deallocated), so live bytes are the difference of the two.
    let live = stats.bytes_allocated as isize - stats.bytes_deallocated as isize;
    let per_socket = live as f64 / n as f64;
    println!("{per_socket:.1} bytes per bound socket ({n} sockets, {live} bytes live)");
    assert_eq!(host.sockets().count(), n);
    assert!(per_socket < 200.0, "{per_socket:.1} bytes per bound socket");
}
