//! One bind decision on a crowded host, and the simulator against a real socket2 bind.
//!
//! Figures go in the closing notes; tests never time themselves.

use std::hint::black_box;
use std::net::{Ipv4Addr, SocketAddr};
use winsock_bind::Privilege;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use winsock_bind::{Era, Family, Host, Proto, SocketOption};

#[path = "crowd.rs"]
mod crowd;
use crowd::{crowded_host, SHARED_PORT};

fn bind_decision(c: &mut Criterion) {
    let mut g = c.benchmark_group("bind_decision");
    for n in [1usize, 100, 10_000, 100_000] {
        // Hosts are built inside the closures, so a filtered run does not build them.
        // Refused (no SO_REUSEADDR on an identical address): the host does not change, so every
        // iteration decides the same bind against the 10,000 sharers of the port.
        g.bench_with_input(BenchmarkId::new("refused_on_shared_port", n), &n, |b, &n| {
            let (mut h, probe) = crowded_host(n);
            let shared: winsock_bind::Endpoint = format!("0.0.0.0:{SHARED_PORT}").parse().expect("endpoint");
            b.iter(|| black_box(h.bind(probe, black_box(shared)).is_err()));
        });
        // Allowed (SO_REUSEADDR like the sharers), predicted without binding.
        g.bench_with_input(BenchmarkId::new("allowed_on_shared_port", n), &n, |b, &n| {
            let (mut h, probe) = crowded_host(n);
            h.set_option(probe, SocketOption::ReuseAddr, 1).expect("option");
            let shared: winsock_bind::Endpoint = format!("0.0.0.0:{SHARED_PORT}").parse().expect("endpoint");
            b.iter(|| black_box(h.predict_bind(probe, black_box(shared)).is_ok()));
        });
        // A port with one other socket, on the same crowded host.
        g.bench_with_input(BenchmarkId::new("refused_on_quiet_port", n), &n, |b, &n| {
            let (mut q, qp) = crowded_host(n);
            let quiet: winsock_bind::Endpoint = "127.0.0.1:7".parse().expect("endpoint");
            let blocker = q.socket(Family::V4, Proto::Tcp, winsock_bind::UserId(1)).expect("socket");
            q.bind(blocker, quiet).expect("bind");
            b.iter(|| black_box(q.bind(qp, black_box(quiet)).is_err()));
        });
    }
    g.finish();
}

fn simulated_vs_real(c: &mut Criterion) {
    let mut g = c.benchmark_group("socket_bind_close");
    g.bench_function("real_socket2", |b| {
        let addr: SocketAddr = (Ipv4Addr::LOCALHOST, 0).into();
        b.iter(|| {
            let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
            s.bind(&addr.into()).expect("bind");
            drop(black_box(s));
        });
    });
    g.bench_function("simulated", |b| {
        let mut h = Host::new(Era::Win11);
        let u = h.add_user("u", Privilege::User);
        let addr: winsock_bind::Endpoint = "127.0.0.1:0".parse().expect("endpoint");
        b.iter(|| {
            let s = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
            h.bind(s, addr).expect("bind");
            h.close(s).expect("close");
        });
    });
    g.finish();
}

/// Binds to port 0 on a range that fills up: 18,000 binds on win11's 16,384 ports (the last
/// 1,616 find none and fail with WSAENOBUFS), and 40,000 client connects to one listener, each
/// from a fresh socket bound implicitly to an ephemeral port. Each iteration builds its host.
fn ephemeral_at_scale(c: &mut Criterion) {
    let mut g = c.benchmark_group("ephemeral");
    g.sample_size(10);
    g.bench_function("18000_binds_to_port_0", |b| {
        b.iter_batched(
            || {
                let mut h = Host::new(Era::Win11);
                let u = h.add_user("u", Privilege::User);
                (h, u)
            },
            |(mut h, u)| {
                let addr: winsock_bind::Endpoint = "0.0.0.0:0".parse().expect("endpoint");
                let mut ok = 0;
                for _ in 0..18_000 {
                    let s = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
                    ok += usize::from(h.bind(s, addr).is_ok());
                }
                assert_eq!(ok, 16_384, "every port of the range, then WSAENOBUFS");
                h
            },
            BatchSize::PerIteration,
        );
    });
    g.bench_function("40000_client_connects", |b| {
        b.iter_batched(
            || {
                let mut h = Host::new(Era::Win11);
                let u = h.add_user("u", Privilege::User);
                let l = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
                h.bind(l, "127.0.0.1:80".parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
                h.listen(l).expect("listen");
                (h, u)
            },
            |(mut h, u)| {
                let to: SocketAddr = "127.0.0.1:80".parse().expect("address");
                let mut ok = 0;
                for _ in 0..40_000 {
                    let s = h.socket(Family::V4, Proto::Tcp, u).expect("socket");
                    ok += usize::from(h.connect(Some(s), to).is_ok());
                }
                assert_eq!(ok, 16_384, "one connection per ephemeral port, then WSAENOBUFS");
                h
            },
            BatchSize::PerIteration,
        );
    });
    g.finish();
}

/// The Host side of a datagram to 5,000 UDP sockets sharing one port (SO_REUSEADDR on all),
/// 5,000 times: who receives each one.
fn datagram_fanout(c: &mut Criterion) {
    let mut g = c.benchmark_group("datagram_fanout");
    g.sample_size(10);
    g.bench_function("5000_sockets_5000_datagrams", |b| {
        let mut h = Host::new(Era::Win11);
        let u = h.add_user("u", Privilege::User);
        for _ in 0..5_000 {
            let s = h.socket(Family::V4, Proto::Udp, u).expect("socket");
            h.set_option(s, SocketOption::ReuseAddr, 1).expect("option");
            h.bind(s, "0.0.0.0:5353".parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
        }
        let to: SocketAddr = "127.0.0.1:5353".parse().expect("address");
        b.iter(|| {
            for _ in 0..5_000 {
                black_box(h.send(None, to).expect("delivered"));
            }
        });
    });
    g.finish();
}

criterion_group!(benches, bind_decision, simulated_vs_real, ephemeral_at_scale, datagram_fanout);
criterion_main!(benches);
