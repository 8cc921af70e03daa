//! One decision path: `explain`, `second_bind` and the tables (all through `play`) answer as a
//! Host driven step by step, and as the pure rules where a bind reaches them.

use std::net::IpAddr;
use winsock_bind::Privilege;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use winsock_bind::rules::{self, Binding, Users};
use winsock_bind::{
    play, second_bind, BindSpec, Call, Decision, Era, Host, LocalAddr, Proto, Reason, ReuseMode, SecondBindError,
    SocketOption, Turn, UserId, WsaError,
};

/// Every kind of address a bind description can name: wildcards of both families, specific IPv4
/// and IPv6 addresses, IPv4-mapped ones, loopbacks ...
const ADDRS: [&str; 9] = [
    "0.0.0.0",
    "10.0.0.1",
    "10.0.0.2",
    "127.0.0.1",
    "[::]",
    "[::1]",
    "[2001:db8::1]",
    "[::ffff:10.0.0.1]",
    "[::ffff:0.0.0.0]",
];

/// ... and addresses a bind can never use.
const NEVER_LOCAL: [&str; 4] = ["224.0.0.251", "255.255.255.255", "[::ffff:224.0.0.1]", "[ff02::1]"];

/// A bind description as a user writes it, e.g. `admin dual exclusive [::]:80`.
fn description() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(vec!["", "default ", "reuseaddr ", "exclusive "]),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![6 => proptest::sample::select(ADDRS.to_vec()), 1 => proptest::sample::select(NEVER_LOCAL.to_vec())],
        proptest::sample::select(vec![None, Some(0u16), Some(80), Some(5150)]),
    )
        .prop_map(|(mode, dual, admin, addr, port)| {
            let words = format!("{}{}{mode}", if admin { "admin " } else { "" }, if dual { "dual " } else { "" });
            match port {
                Some(p) => format!("{words}{addr}:{p}"),
                None => format!("{words}{addr}"),
            }
        })
}

/// What a step-by-step Host says: which caller and call answered, and the decision.
type Played = (Turn, Call, Decision);

/// The two callers on a Host with every specific address of [`ADDRS`], driven one
/// Winsock call at a time as a scenario would.
fn on_a_host(era: Era, users: Users, proto: Proto, first: &BindSpec, second: &BindSpec) -> Played {
    let mut host = Host::new(era);
    for a in ["10.0.0.1", "10.0.0.2", "2001:db8::1"] {
        host.add_address(a.parse().expect("address"));
    }
    let same = users == Users::Same;
    let one = host.add_user("one", Privilege::from(first.admin || (same && second.admin)));
    let two = if same { one } else { host.add_user("two", Privilege::from(second.admin)) };
    let step = |host: &mut Host, turn, spec: &BindSpec, user: UserId| -> Result<Decision, Played> {
        let fail = |call, r: rules::Refusal| (turn, call, *r.decision());
        let s = host.socket(spec.endpoint.addr.family(), proto, user).map_err(|r| fail(Call::Socket, r))?;
        if let Some(o) = spec.mode.option() {
            host.set_option(s, o, 1).map_err(|r| fail(Call::Setsockopt(o), r))?;
        }
        if !spec.v6only {
            let o = SocketOption::V6Only;
            host.set_option(s, o, 0).map_err(|r| fail(Call::Setsockopt(o), r))?;
        }
        host.bind(s, spec.endpoint).map_err(|r| fail(Call::Bind, r))
    };
    if let Err(p) = step(&mut host, Turn::First, first, one) {
        return p;
    }
    match step(&mut host, Turn::Second, second, two) {
        Ok(d) => (Turn::Second, Call::Bind, d),
        Err(p) => p,
    }
}

fn parse_pair(first: &str, second: &str) -> (BindSpec, BindSpec) {
    let mut a: BindSpec = first.parse().expect("generated descriptions parse");
    let mut b: BindSpec = second.parse().expect("generated descriptions parse");
    match (a.port_given, b.port_given) {
        (true, false) => b.endpoint.port = a.endpoint.port,
        (false, true) => a.endpoint.port = b.endpoint.port,
        (true, true) | (false, false) => {}
    }
    (a, b)
}

fn never_local(spec: &BindSpec) -> bool {
    match spec.endpoint.addr.stack().1 {
        Some(IpAddr::V4(v4)) => v4.is_multicast() || v4.is_broadcast(),
        Some(IpAddr::V6(v6)) => v6.is_multicast(),
        None => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/proptest-regressions/one_path.txt"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_pure_path_and_a_host_scenario_give_the_same_result_rule_and_error(
        era in proptest::sample::select(Era::ALL.to_vec()),
        users in proptest::sample::select(vec![Users::Same, Users::Different]),
        proto in proptest::sample::select(vec![Proto::Tcp, Proto::Udp]),
        first in description(),
        second in description(),
    ) {
        let (a, b) = parse_pair(&first, &second);
        let answer = play(era, users, proto, Some(&a), &b, &[]);
        let (turn, call, d) = on_a_host(era, users, proto, &a, &b);
        prop_assert_eq!((answer.turn, answer.call), (turn, call), "{} then {} on {}", first, second, era);
        prop_assert_eq!(answer.decision.result, d.result);
        prop_assert_eq!(answer.decision.reason, d.reason);
        prop_assert_eq!(answer.decision.evidence(), d.evidence());
        if proto == Proto::Tcp {
            // The second bind's decision, or the earlier call that failed: never that failure
            // as the second bind's decision.
            match (second_bind(era, users, &first, &second), turn, call) {
                (Ok(text), Turn::Second, Call::Bind) => prop_assert_eq!((text.result, text.reason), (d.result, d.reason)),
                (Err(SecondBindError::EarlierCall(a)), _, _) => {
                    prop_assert_ne!((a.turn, a.call), (Turn::Second, Call::Bind));
                    prop_assert_eq!((a.decision.result, a.decision.reason), (d.result, d.reason));
                }
                (other, turn, call) => prop_assert!(false, "{:?} for {:?} {:?}", other, turn, call),
            }
        }

        // The checks before the rules.
        let v6 = |s: &BindSpec| s.endpoint.addr.family() == winsock_bind::Family::V6;
        if era.profile().ipv6 == winsock_bind::Ipv6::None && v6(&a) {
            prop_assert_eq!((answer.turn, answer.call, answer.decision.error()), (Turn::First, Call::Socket, Some(WsaError::AfNoSupport)));
        }
        // IPV6_V6ONLY off before Vista: refused at the first caller's setsockopt, unless its
        // socket or its reuse option failed first.
        let socket_made = era.profile().ipv6 != winsock_bind::Ipv6::None || !v6(&a);
        let reuse_refused =
            matches!(answer.call, Call::Setsockopt(SocketOption::ReuseAddr | SocketOption::ExclusiveAddressUse));
        if era < Era::Vista && !a.v6only && socket_made && !reuse_refused {
            prop_assert_eq!(answer.turn, Turn::First);
            prop_assert_eq!(answer.call, Call::Setsockopt(SocketOption::V6Only));
        }
        if answer.call == Call::Bind && never_local(if answer.turn == Turn::First { &a } else { &b }) {
            // Unless the address is IPv4-mapped where there is no dual stack (a family error).
            let e = answer.decision.error();
            prop_assert!(e == Some(WsaError::AddrNotAvail) || e == Some(WsaError::AfNoSupport), "{:?}", e);
        }

        // A second bind that reaches the rules: the pure rules on the two bindings agree.
        if (answer.turn, answer.call) == (Turn::Second, Call::Bind) {
            let attempt = answer.decision.attempt.expect("a bind names its endpoint");
            if answer.decision.is_ok() {
                prop_assert_ne!(attempt.port, 0, "port 0 is an ephemeral port, never a literal one");
            }
            if b.endpoint.port == 0 && answer.decision.is_ok() {
                let (lo, hi) = era.profile().dynamic_ports;
                prop_assert!((lo..=hi).contains(&attempt.port));
            }
            if matches!(answer.decision.reason, Reason::NoOverlap) || answer.decision.against.is_some() {
                let first_port = if a.endpoint.port == 0 { None } else { Some(a.endpoint.port) };
                if let (Some(port), false) = (first_port, b.endpoint.port == 0) {
                    let owner = |n| if users == Users::Same { UserId(1) } else { UserId(n) };
                    let mode = |s: &BindSpec| s.mode;
                    let x = Binding::new(winsock_bind::SocketId(1), owner(1), a.endpoint.with_port(port), mode(&a), a.v6only);
                    let y = Binding::new(winsock_bind::SocketId(2), owner(2), b.endpoint, mode(&b), b.v6only);
                    let pure = rules::decide(era, &y, &[x]);
                    prop_assert_eq!((pure.result, pure.reason, pure.evidence()), (d.result, d.reason, d.evidence()));
                }
            }
        }
    }
}

// The three disagreements of the issue, each failing before `play`.

#[test]
fn dual_stack_on_xp_is_refused_at_setsockopt_not_at_bind() {
    let a = play(
        Era::Xp,
        Users::Same,
        Proto::Tcp,
        Some(&"dual [::]:80".parse().unwrap()),
        &"default [::]:80".parse().unwrap(),
        &[],
    );
    assert_eq!((a.turn, a.call), (Turn::First, Call::Setsockopt(SocketOption::V6Only)));
    assert_eq!((a.decision.error(), a.decision.reason), (Some(WsaError::NoProtoOpt), Reason::OptionNotApplicable));
    let err = second_bind(Era::Xp, Users::Same, "dual [::]:80", "default [::]:80").unwrap_err();
    assert_eq!(err, SecondBindError::EarlierCall(a), "the first caller's failure is no decision of the second bind");
}

#[test]
fn two_binds_to_port_0_get_two_ephemeral_ports() {
    let d = second_bind(Era::Win11, Users::Same, "default 0.0.0.0:0", "default 0.0.0.0:0").unwrap();
    assert_eq!((d.result, d.reason), (Ok(()), Reason::NoOverlap));
    let port = d.attempt.unwrap().port;
    assert!((49152..=65535).contains(&port), "{port}");
}

#[test]
fn ipv6_on_windows_95_is_no_such_family() {
    let a = play(Era::Win95, Users::Same, Proto::Tcp, Some(&"[::]".parse().unwrap()), &"[::]".parse().unwrap(), &[]);
    assert_eq!((a.turn, a.call, a.decision.error()), (Turn::First, Call::Socket, Some(WsaError::AfNoSupport)));
    assert_eq!(a.decision.reason, Reason::FamilyMismatch);
}

#[test]
fn mapped_addresses_need_dual_stack_and_multicast_is_never_local() {
    let d = second_bind(Era::Server2003, Users::Same, "default 0.0.0.0:80", "default [::ffff:10.0.0.1]:80").unwrap();
    assert_eq!(d.error(), Some(WsaError::AfNoSupport));
    let d = second_bind(Era::Win11, Users::Same, "default 10.0.0.1:80", "reuseaddr 239.1.2.3:80").unwrap();
    assert_eq!((d.error(), d.reason), (Some(WsaError::AddrNotAvail), Reason::AddressNotLocal));
    assert!(matches!(d.attempt.map(|e| e.addr), Some(LocalAddr::Specific(_))));
}

#[test]
fn a_refused_first_bind_is_the_answer_and_says_so() {
    // The first bind hits the same excluded range as the second would.
    let docker = [winsock_bind::ports::Exclusion { range: "50000-50059".parse().unwrap(), administered: false }];
    let a = winsock_bind::bind_with_exclusions(
        Era::Win11,
        Users::Same,
        Proto::Tcp,
        Some("default 0.0.0.0:50000"),
        "default 0.0.0.0",
        &docker,
    )
    .unwrap();
    assert_eq!((a.turn, a.call, a.decision.reason), (Turn::First, Call::Bind, Reason::ExcludedPortRange));
    assert!(a.to_string().starts_with("the first caller's bind fails: WSAEACCES (10013)"), "{a}");
    assert_eq!(ReuseMode::Default, "default 0.0.0.0".parse::<BindSpec>().unwrap().mode);
}

#[test]
fn ipv6_only_reads_as_it_writes_on_the_host_in_every_era() {
    use winsock_bind::Family;
    for era in Era::ALL {
        for family in [Family::V4, Family::V6] {
            for value in [0, 1] {
                let mut host = Host::new(era);
                let user = host.add_user("u", Privilege::User);
                let Ok(s) = host.socket(family, Proto::Tcp, user) else { continue };
                let set = host.set_option(s, SocketOption::V6Only, value).map_err(|r| r.error());
                let read = host.option(s, SocketOption::V6Only).map_err(|r| r.error());
                match set {
                    // What was written reads back.
                    Ok(()) => assert_eq!(read, Ok(value), "{era} {family:?} {value}"),
                    // An option that cannot be written cannot be read either.
                    Err(e) => {
                        assert_eq!((e, read), (WsaError::NoProtoOpt, Err(WsaError::NoProtoOpt)), "{era} {family:?}")
                    }
                }
            }
        }
    }
}

#[test]
fn ipv6_only_on_an_ipv4_socket_is_accepted_before_bind_and_reads_1_after() {
    // Wine's test_ipv6only, which passes on Windows.
    use winsock_bind::Family;
    let mut host = Host::new(Era::Win10);
    let user = host.add_user("u", Privilege::User);
    let s = host.socket(Family::V4, Proto::Tcp, user).unwrap();
    assert_eq!(host.option(s, SocketOption::V6Only), Ok(1));
    host.set_option(s, SocketOption::V6Only, 0).unwrap();
    assert_eq!(host.option(s, SocketOption::V6Only), Ok(0));
    let d = host.bind(s, "0.0.0.0:80".parse::<winsock_bind::Endpoint>().unwrap()).unwrap();
    assert!(d.is_ok());
    assert_eq!(host.option(s, SocketOption::V6Only), Ok(1));
    assert_eq!(host.set_option(s, SocketOption::V6Only, 0).unwrap_err().reason(), Reason::V6OnlyFrozen);
    // It changes nothing about the IPv4 binding: a dual-stack [::] of the same account still
    // coexists with it, as with any 0.0.0.0.
    let v6 = host.socket(Family::V6, Proto::Tcp, user).unwrap();
    host.set_option(v6, SocketOption::V6Only, 0).unwrap();
    assert!(host.bind(v6, "[::]:80".parse::<winsock_bind::Endpoint>().unwrap()).is_ok());
}

#[test]
fn a_decision_serialises_its_evidence() {
    let d = second_bind(Era::Win10, Users::Different, "dual [::]:80", "default 10.0.0.1:80").unwrap();
    let json = serde_json::to_value(d).expect("a decision serialises");
    assert_eq!((json["result"].as_str(), json["reason"].as_str()), (Some("WSAEACCES"), Some("E5")));
    assert_eq!(json["evidence"], "extrapolated");
    let d = second_bind(Era::Win10, Users::Same, "dual [::]:80", "exclusive 0.0.0.0:80").unwrap();
    assert_eq!(serde_json::to_value(d).expect("serialises")["evidence"], "observed");
}
