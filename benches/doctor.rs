//! The doctor on a port many processes listen on: `n` listeners on TCP port 8080, each a
//! distinct address and PID, and a program binding the wildcard beneath which they all sit (a
//! shadow each), or one of their addresses (a refusal with the others around). Target: under 2 s
//! for 250 listeners (issue 22; it was about cubic: 30 listeners 1.0 s, 120 listeners 44 s).

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::doctor::{diagnose, Request};
use winsock_bind::snapshot::Snapshot;
use winsock_bind::{Era, Proto};

/// `netstat -ano` text of `n` TCP listeners on port 8080: `10.0.X.Y:8080` by PID `2000 + i`.
fn netstat(n: u32) -> String {
    let mut out = String::from("  Proto  Local Address          Foreign Address        State           PID\r\n");
    for i in 0..n {
        out += &format!("  TCP    10.0.{}.{}:8080  0.0.0.0:0  LISTENING  {}\r\n", i / 200, i % 200 + 1, 2000 + i);
    }
    out
}

fn snapshot(n: u32) -> Snapshot {
    let mut snap = Snapshot::default();
    snap.add_text("netstat.txt", &netstat(n)).expect("reads");
    snap
}

fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("doctor");
    group.sample_size(10);
    for n in [30, 120, 250] {
        let snap = snapshot(n);
        let wildcard = Request::from_spec(Era::Win11, Proto::Tcp, &"default 0.0.0.0:8080".parse().expect("spec"));
        group.bench_function(format!("wildcard beneath {n} listeners on one port"), |b| {
            b.iter(|| diagnose(&snap, &wildcard).expect("diagnoses"));
        });
        let exclusive = Request::from_spec(Era::Win11, Proto::Tcp, &"exclusive 0.0.0.0:8080".parse().expect("spec"));
        group.bench_function(format!("exclusive wildcard over {n} listeners on one port"), |b| {
            b.iter(|| diagnose(&snap, &exclusive).expect("diagnoses"));
        });
        let held = Request::from_spec(Era::Win11, Proto::Tcp, &"reuseaddr 10.0.0.1:8080".parse().expect("spec"));
        group.bench_function(format!("held address among {n} listeners on one port"), |b| {
            b.iter(|| diagnose(&snap, &held).expect("diagnoses"));
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
