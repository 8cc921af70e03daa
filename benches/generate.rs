//! Generating tables and running scenarios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
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

criterion_group!(benches, tables, scenarios);
criterion_main!(benches);
