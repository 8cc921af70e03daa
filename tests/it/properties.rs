//! Invariants of the pure rules, checked on random bindings (proptest).

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use winsock_bind::rules::{decide, Binding};
use winsock_bind::{Endpoint, Era, Overlap, ReuseMode, SocketId, UserId};

const ADDRS: [&str; 8] =
    ["0.0.0.0", "10.0.0.1", "10.0.0.2", "127.0.0.1", "[::]", "[::1]", "[::ffff:10.0.0.1]", "[::ffff:0.0.0.0]"];

fn era() -> impl Strategy<Value = Era> {
    proptest::sample::select(Era::ALL.to_vec())
}

fn binding(socket: u32, port: impl Strategy<Value = u16>) -> impl Strategy<Value = Binding> {
    (
        1u32..4,
        proptest::sample::select(ADDRS.to_vec()),
        port,
        proptest::sample::select(ReuseMode::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(move |(owner, addr, port, mode, v6only)| {
            let endpoint = format!("{addr}:{port}").parse().expect("valid by construction");
            Binding::new(SocketId(socket), UserId(owner), endpoint, mode, v6only)
        })
}

fn bindings(port: u16) -> impl Strategy<Value = Vec<Binding>> {
    proptest::collection::vec(binding(0, Just(port)), 0..6).prop_map(|mut v| {
        for (i, b) in v.iter_mut().enumerate() {
            b.socket = SocketId(i as u32 + 1);
        }
        v
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/proptest-regressions/properties.txt"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_decision_is_deterministic(era in era(), existing in bindings(80), attempt in binding(100, Just(80))) {
        prop_assert_eq!(decide(era, &attempt, &existing), decide(era, &attempt, &existing));
    }

    #[test]
    fn sockets_on_other_ports_never_change_the_decision(
        era in era(), existing in bindings(80), others in bindings(81), attempt in binding(100, Just(80)),
    ) {
        let mut all = existing.clone();
        all.extend(others.into_iter().map(|mut b| { b.socket.0 += 50; b }));
        all.sort_by_key(|b| b.socket);
        prop_assert_eq!(decide(era, &attempt, &existing), decide(era, &attempt, &all));
    }

    #[test]
    fn a_disjoint_specific_address_never_conflicts(era in era(), existing in bindings(80), mode in proptest::sample::select(ReuseMode::ALL.to_vec())) {
        // 10.0.0.3 is bound by nobody and is not beneath any wildcard unless one is present.
        let attempt = Binding::new(SocketId(100), UserId(9), "10.0.0.3:80".parse().expect("valid"), mode, true);
        let only_specifics: Vec<Binding> = existing.into_iter().filter(|b| !b.endpoint.addr.is_wildcard()).collect();
        let d = decide(era, &attempt, &only_specifics);
        prop_assert!(d.is_ok(), "{}", d);
    }

    #[test]
    fn with_enhanced_security_no_socket_shares_an_identical_endpoint_without_reuseaddr(
        era in era().prop_filter("enhanced", |e| e.profile().enhanced_security),
        existing in bindings(80),
        attempt in binding(100, Just(80)).prop_filter("no SO_REUSEADDR", |b| b.mode != ReuseMode::ReuseAddr),
    ) {
        let identical = existing.iter().any(|b| b.endpoint.overlap(&attempt.endpoint) == Overlap::Identical);
        if identical {
            prop_assert!(!decide(era, &attempt, &existing).is_ok());
        }
    }

    #[test]
    fn the_answer_does_not_depend_on_the_order_the_sockets_were_bound_in(
        era in era(), existing in bindings(80), attempt in binding(100, Just(80)), seed in any::<u64>(),
    ) {
        let mut shuffled = existing.clone();
        // A deterministic shuffle from the seed (Fisher-Yates with a small LCG).
        let mut x = seed;
        for i in (1..shuffled.len()).rev() {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (x >> 33) as usize % (i + 1));
        }
        let (a, b) = (decide(era, &attempt, &existing), decide(era, &attempt, &shuffled));
        prop_assert_eq!((a.result, a.reason, a.evidence()), (b.result, b.reason, b.evidence()));
    }

    #[test]
    fn a_refusal_always_names_an_overlapping_socket_of_the_port(era in era(), existing in bindings(80), attempt in binding(100, Just(80))) {
        let d = decide(era, &attempt, &existing);
        if !d.is_ok() {
            let against = d.against.expect("a refusal names the socket");
            prop_assert!(existing.contains(&against));
            prop_assert_eq!(against.endpoint.port, attempt.endpoint.port);
        }
    }
}

#[test]
fn endpoint_strategy_covers_every_overlap() {
    // Guards the generator: if ADDRS lost its wildcards the properties above would prove little.
    let e = |s: &str| s.parse::<Endpoint>().expect("valid");
    assert_eq!(e("0.0.0.0:1").overlap(&e("10.0.0.1:1")), Overlap::Covers);
    assert_eq!(e("[::ffff:10.0.0.1]:1").overlap(&e("10.0.0.1:1")), Overlap::Identical);
}
