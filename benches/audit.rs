//! A full audit of one configuration: every threat for every attacker, each finding proven by
//! replay and its fix verified by a new search. Targets: well under 10 ms for one socket, under
//! 2 s for a configuration of 200 binds (issue 14; it took 80 s before the audit went port by
//! port).

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::audit::{self, Preset, Start};
use winsock_bind::Era;

fn full_audit(c: &mut Criterion) {
    let node = Preset::Node.target(Era::Win11, 3000);
    c.bench_function("audit node on win11 (first)", |b| b.iter(|| audit::audit(&node).expect("audits")));

    let nginx_restarts = audit::Target { start: Start::Restarts, ..Preset::Nginx.target(Era::Win11, 80) };
    c.bench_function("audit nginx on win11 (restarts)", |b| {
        b.iter(|| audit::audit(&nginx_restarts).expect("audits"));
    });

    let asyncio_late = audit::Target { start: Start::Late, ..Preset::PythonAsyncio.target(Era::Win11, 8000) };
    c.bench_function("audit python-asyncio on win11 (late, two sockets)", |b| {
        b.iter(|| audit::audit(&asyncio_late).expect("audits"));
    });
}

/// 200 binds: one per port, every preset's options and addresses in turn (so ports of several
/// shapes), restarted while other programs run.
fn two_hundred_binds() -> audit::Target {
    let mut t = audit::Target { start: Start::Restarts, ..Preset::Nginx.target(Era::Win11, 1) };
    t.sockets = (0..200u16)
        .flat_map(|i| {
            let preset = Preset::ALL[usize::from(i) % Preset::ALL.len()];
            preset.target(Era::Win11, 10_000 + i).sockets
        })
        .take(200)
        .collect();
    t
}

fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    let big = two_hundred_binds();
    group.bench_function("audit 200 binds of every preset on win11 (restarts)", |b| {
        b.iter(|| audit::audit(&big).expect("audits"));
    });
    group.finish();
}

criterion_group!(benches, full_audit, scale);
criterion_main!(benches);
