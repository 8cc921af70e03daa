//! The runner and transcript side at scale (issue 13, "speed at scale"): a datagram to 5,000
//! sockets sharing a port, 5,000 times, written as a text transcript step by step.
//!
//! The transcript summarises each receiver set (count, first and last names) and is streamed to
//! a writer, so its cost is the Host's delivery plus a line per step. Run with
//! `cargo bench --bench transcript -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use winsock_bind::scenario::{self, Format};

/// `members` UDP sockets sharing port 5000 with SO_REUSEADDR, each joined to 239.1.1.1, then
/// `sends` datagrams to the group from a remote peer, each expecting success.
fn multicast_scenario(members: usize, sends: usize) -> String {
    let mut steps = Vec::with_capacity(members * 4 + sends);
    for i in 0..members {
        steps.push(format!(r#"{{"op":"socket","id":"m{i}","family":"v4","proto":"udp"}}"#));
        steps.push(format!(r#"{{"op":"setsockopt","id":"m{i}","option":"SO_REUSEADDR","value":true}}"#));
        steps.push(format!(r#"{{"op":"bind","id":"m{i}","addr":"0.0.0.0:5000"}}"#));
        steps.push(format!(r#"{{"op":"join","id":"m{i}","group":"239.1.1.1","iface":"127.0.0.1"}}"#));
    }
    for _ in 0..sends {
        steps.push(r#"{"op":"send","to":"239.1.1.1:5000","expect":"ok"}"#.to_owned());
    }
    format!(r#"{{"name":"datagram to {members} sharers, {sends} times","era":"win11","steps":[{}]}}"#, steps.join(","))
}

fn datagram_to_5000_sharers_5000_times(c: &mut Criterion) {
    let checked = scenario::from_str(&multicast_scenario(5_000, 5_000), Format::Json).expect("valid scenario");
    let mut g = c.benchmark_group("transcript");
    g.sample_size(10);
    g.bench_function("datagram_to_5000_sharers_5000_times", |b| {
        b.iter(|| {
            let tally = checked.run_text(&mut std::io::sink()).expect("a sink never fails");
            assert!(tally.passed());
            black_box(tally)
        });
    });
    g.finish();
}

criterion_group!(benches, datagram_to_5000_sharers_5000_times);
criterion_main!(benches);
