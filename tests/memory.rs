//! Bytes per bound socket in the Host, counted by an instrumented global allocator (live bytes).
//! (Issue 9's target: under 200 bytes per bound socket.) Run with `--nocapture` to see the figure.

use std::alloc::System;
use std::sync::Mutex;
use winsock_bind::Privilege;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use winsock_bind::{Era, Family, Host, Proto, SocketOption};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The allocator's counts are global: the tests here measure one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

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
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
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

/// A host that opens, binds and closes sockets for as long as a test runs keeps no record of
/// each: the closed ones are forgotten and their room reused, so what stays per socket is its
/// place (4 bytes) and the growth of the vector that holds them.
#[test]
fn sockets_opened_and_closed_leave_a_few_bytes_each() {
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let n = 100_000;
    let mut h = Host::new(Era::Win11);
    let u = h.add_user("u", Privilege::User);
    let addr: winsock_bind::Endpoint = "127.0.0.1:0".parse().expect("endpoint");
    let mut churn = || {
        let s = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
        h.bind(s, addr).expect("bind");
        h.close(s).expect("close");
    };
    // One turn of the ephemeral range first (16,384 ports on win11): each port's slot in the
    // port index is made once and kept, a cost per port, not per socket.
    for _ in 0..20_000 {
        churn();
    }
    let region = Region::new(GLOBAL);
    for _ in 0..n {
        churn();
    }
    let stats = region.change();
    let live = stats.bytes_allocated as isize - stats.bytes_deallocated as isize;
    let per_socket = live as f64 / n as f64;
    println!("{per_socket:.1} bytes per socket opened, bound and closed ({n} sockets, {live} bytes live)");
    assert_eq!(h.sockets().count(), 0);
    assert!(per_socket <= 8.0, "{per_socket:.1} bytes per closed socket");
}
