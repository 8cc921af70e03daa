//! Generating tables and running scenarios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::portability;
use winsock_bind::rules::linux::PortPolicy;
use winsock_bind::rules::Users;
use winsock_bind::scenario::{self, Format};
use winsock_bind::table::{self, Spec};
use winsock_bind::Era;

/// A scenario of `n` steps: sockets that bind, listen, take a remote connection, accept it and
/// close, in a loop over a few ports.
fn long_scenario(n: usize) -> String {
    let mut steps = Vec::new();
    let mut i = 0;
    while steps.len() < n {
        let (s, a, port) = (format!("s{i}"), format!("a{i}"), 8000 + i % 50);
        steps.push(format!(r#"{{"op":"socket","id":"{s}","family":"v4"}}"#));
        steps.push(format!(r#"{{"op":"bind","id":"{s}","addr":"0.0.0.0:{port}","expect":"ok"}}"#));
        steps.push(format!(r#"{{"op":"listen","id":"{s}"}}"#));
        steps.push(format!(r#"{{"op":"connect","to":"127.0.0.1:{port}","expect_accepted_by":"{s}"}}"#));
        steps.push(format!(r#"{{"op":"accept","id":"{s}","as":"{a}"}}"#));
        steps.push(format!(r#"{{"op":"close","id":"{a}"}}"#));
        steps.push(format!(r#"{{"op":"close","id":"{s}"}}"#));
        i += 1;
    }
    steps.truncate(n);
    format!(r#"{{"name":"long","era":"win11","steps":[{}]}}"#, steps.join(","))
}

fn tables(c: &mut Criterion) {
    c.bench_function("all_108_documented_cells", |b| {
        b.iter(|| {
            for (era, users) in
                [(Era::XpSp2, Users::Same), (Era::Server2003, Users::Same), (Era::Server2003, Users::Different)]
            {
                black_box(table::generate(&Spec::new(era, users)));
            }
        });
    });
    c.bench_function("table_markdown", |b| {
        b.iter(|| {
            black_box(table::render(
                &table::generate(&Spec::new(Era::Win10, Users::Different)),
                table::Format::Markdown,
            ))
        });
    });
}

fn scenarios(c: &mut Criterion) {
    let text = long_scenario(1_000);
    let parsed = scenario::from_str(&text, Format::Json).expect("valid scenario");
    assert!(parsed.run().passed(), "the bench scenario itself must pass");
    c.bench_function("scenario_1000_steps_run", |b| b.iter(|| black_box(parsed.run())));
    c.bench_function("scenario_1000_steps_parse_and_run", |b| {
        b.iter(|| black_box(scenario::from_str(&text, Format::Json).expect("valid").run()));
    });
}

/// `n` UDP sockets that set SO_REUSEADDR and bind one port: every bind shares with all before
/// it, on Windows and on Linux alike (`port-check` at scale, issue 25: 33,334 of them, 100k steps).
fn shared_udp_port(n: usize) -> String {
    let steps: Vec<String> = (0..n)
        .flat_map(|i| {
            [
                format!(r#"{{"op":"socket","id":"u{i}","family":"v4","proto":"udp"}}"#),
                format!(r#"{{"op":"setsockopt","id":"u{i}","option":"SO_REUSEADDR","value":true}}"#),
                format!(r#"{{"op":"bind","id":"u{i}","addr":"0.0.0.0:5000","expect":"ok"}}"#),
            ]
        })
        .collect();
    format!(r#"{{"name":"shared udp port","era":"win10","steps":[{}]}}"#, steps.join(","))
}

/// `port-check` is a run on each system and a step-by-step pairing: timed beside the two runs
/// it is made of, at two sizes, so that a cost that grows faster than the steps shows.
fn port_check(c: &mut Criterion) {
    let mut g = c.benchmark_group("port_check_shared_udp_port");
    g.sample_size(10);
    for n in [1_000, 4_000] {
        let checked = scenario::from_str(&shared_udp_port(n), Format::Json).expect("valid scenario");
        assert!(checked.run().passed(), "the bench scenario itself must pass");
        let policy = PortPolicy::unprivileged();
        g.bench_function(format!("{n}_sockets_windows_run"), |b| b.iter(|| black_box(checked.run())));
        g.bench_function(format!("{n}_sockets_linux_run"), |b| {
            b.iter(|| black_box(checked.run_on(winsock_bind::Os::Linux(policy))))
        });
        g.bench_function(format!("{n}_sockets_port_check"), |b| {
            b.iter(|| black_box(portability::compare(&checked, policy, Era::Win10)))
        });
    }
    g.finish();
}

criterion_group!(benches, tables, scenarios, port_check);
criterion_main!(benches);
