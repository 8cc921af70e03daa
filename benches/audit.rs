//! A full audit of one configuration: every threat for every attacker, each finding proven by
//! replay and its fix verified by a new search. Targets: well under 10 ms for one socket, under
//! 2 s for a configuration of 200 binds (issue 14; it took 80 s before the audit went port by
//! port). A machine snapshot of 500 listeners, read from `netstat -ano` text and audited for
//! live conflicts and each listener's exposure: target under 10 s and 200 MB (measured 0.2 s, 22 MB
//! peak RSS for the bench process, with the exposures; 2 ms before them).

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

/// `netstat -ano` text of 500 listeners (TCP and UDP, IPv4 and IPv6, CRLF line ends as Windows
/// writes them) with every kind of live conflict among them: pairs sharing an address, specific
/// addresses beneath a wildcard, ports inside the dynamic range.
fn netstat_500() -> String {
    let mut out = String::from(
        "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n",
    );
    for i in 0..500u32 {
        let port = 20_000 + i / 2 + if i % 10 == 9 { 30_000 } else { 0 };
        let pid = 1_000 + i;
        let line = match i % 5 {
            // 0.0.0.0:P by two PIDs in turn (i and i+1 share a port when i is even).
            0 | 1 => format!("  TCP    0.0.0.0:{port}  0.0.0.0:0  LISTENING  {pid}"),
            2 => format!("  TCP    10.0.0.1:{port}  0.0.0.0:0  LISTENING  {pid}"),
            3 => format!("  TCP    [::]:{port}  [::]:0  LISTENING  {pid}"),
            _ => format!("  UDP    0.0.0.0:{port}  *:*  {pid}"),
        };
        out += &line;
        out += "\r\n";
    }
    out
}

/// `netstat -ano` text of `n` listeners (up to 128,000) in the shape of [`netstat_500`] spread
/// over ports 1024 upwards, two listeners a port: pairs sharing `0.0.0.0`, specific addresses,
/// `[::]`, UDP, and ports inside the dynamic range from 49152 on.
fn netstat_many(n: u32) -> String {
    let mut out = String::from("  Proto  Local Address          Foreign Address        State           PID\r\n");
    for i in 0..n {
        let port = 1024 + i / 2;
        let pid = 1_000 + i;
        let line = match i % 5 {
            0 | 1 => format!("  TCP    0.0.0.0:{port}  0.0.0.0:0  LISTENING  {pid}"),
            2 => format!("  TCP    10.0.{}.{}:{port}  0.0.0.0:0  LISTENING  {pid}", (i / 250) % 250, i % 250 + 1),
            3 => format!("  TCP    [::]:{port}  [::]:0  LISTENING  {pid}"),
            _ => format!("  UDP    0.0.0.0:{port}  *:*  {pid}"),
        };
        out += &line;
        out += "\r\n";
    }
    out
}

fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    let big = two_hundred_binds();
    group.bench_function("audit 200 binds of every preset on win11 (restarts)", |b| {
        b.iter(|| audit::audit(&big).expect("audits"));
    });
    let netstat = netstat_500();
    group.bench_function("machine audit of 500 listeners from netstat -ano on win11", |b| {
        b.iter(|| {
            let mut snap = winsock_bind::snapshot::Snapshot::default();
            snap.add_text("netstat.txt", &netstat).expect("reads");
            assert_eq!(snap.listeners.len(), 500);
            audit::machine::machine_audit(Era::Win11, &snap)
        });
    });
    for n in [10_000, 20_000, 100_000] {
        let netstat = netstat_many(n);
        group.bench_function(format!("machine audit of {n} listeners from netstat -ano on win11"), |b| {
            b.iter(|| {
                let mut snap = winsock_bind::snapshot::Snapshot::default();
                snap.add_text("netstat.txt", &netstat).expect("reads");
                audit::machine::machine_audit(Era::Win11, &snap)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, full_audit, scale);
criterion_main!(benches);
