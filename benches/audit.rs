//! A full audit of one configuration: every threat for every attacker, each finding proven by
//! replay and its fix verified by a new search. Target: well under 10 ms.

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

criterion_group!(benches, full_audit);
criterion_main!(benches);
