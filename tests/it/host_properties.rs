//! Invariants of the Host over random sequences of Winsock calls (proptest, 10,000 cases each;
//! the test profile is optimised in Cargo.toml so this stays fast).

use std::net::{IpAddr, SocketAddr};
use winsock_bind::Privilege;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use winsock_bind::rules::{decide, Binding};
use winsock_bind::{
    Behaviour, Endpoint, Era, Family, Host, Linger, Proto, Reason, ReuseMode, SocketId, SocketOption, UserId,
};

const ADDRS: [&str; 7] = ["0.0.0.0", "127.0.0.1", "10.0.0.1", "10.0.0.2", "::", "::1", "::ffff:10.0.0.1"];

/// One Winsock call with small indices; socket indices may name sockets that do not exist.
#[derive(Debug, Clone)]
enum Op {
    Socket { v6: bool, udp: bool, user: u8 },
    SetOpt { sock: u8, option: u8, on: bool },
    Bind { sock: u8, addr: u8, port: u8 },
    Listen { sock: u8 },
    Connect { from: Option<u8>, addr: u8, port: u8 },
    Accept { sock: u8 },
    Close { sock: u8 },
    Shutdown { sock: u8 },
    Abort { sock: u8 },
    Send { from: Option<u8>, addr: u8, port: u8 },
    Join { sock: u8 },
}

fn op() -> impl Strategy<Value = Op> {
    let s = 0u8..12;
    prop_oneof![
        3 => (any::<bool>(), any::<bool>(), 0u8..3).prop_map(|(v6, udp, user)| Op::Socket { v6, udp, user }),
        3 => (s.clone(), 0u8..5, any::<bool>()).prop_map(|(sock, option, on)| Op::SetOpt { sock, option, on }),
        4 => (s.clone(), 0u8..7, 0u8..3).prop_map(|(sock, addr, port)| Op::Bind { sock, addr, port }),
        2 => s.clone().prop_map(|sock| Op::Listen { sock }),
        2 => (proptest::option::of(s.clone()), 0u8..7, 0u8..3).prop_map(|(from, addr, port)| Op::Connect { from, addr, port }),
        1 => s.clone().prop_map(|sock| Op::Accept { sock }),
        2 => s.clone().prop_map(|sock| Op::Close { sock }),
        1 => s.clone().prop_map(|sock| Op::Shutdown { sock }),
        1 => s.clone().prop_map(|sock| Op::Abort { sock }),
        1 => (proptest::option::of(s.clone()), 0u8..7, 0u8..3).prop_map(|(from, addr, port)| Op::Send { from, addr, port }),
        1 => s.prop_map(|sock| Op::Join { sock }),
    ]
}

fn ip(i: u8) -> IpAddr {
    ADDRS[usize::from(i) % ADDRS.len()].parse().expect("valid")
}

fn port(i: u8) -> u16 {
    [80, 81, 0][usize::from(i) % 3]
}

fn new_host(era: Era, behaviour: Behaviour) -> (Host, [UserId; 3]) {
    let mut h = Host::new(era);
    h.set_behaviour(behaviour);
    for a in ["10.0.0.1", "10.0.0.2"] {
        h.add_address(a.parse().expect("valid"));
    }
    let users =
        [h.add_user("a", Privilege::User), h.add_user("b", Privilege::User), h.add_user("admin", Privilege::Admin)];
    (h, users)
}

/// Applies one call; returns a line describing the outcome (including delivery answers), and
/// for binds the refusal's (reason, against).
fn apply(h: &mut Host, users: &[UserId; 3], op: &Op) -> (String, Option<(Reason, Option<SocketId>)>) {
    let id = |i: u8| SocketId(u32::from(i) + 1);
    let text = |r: Result<String, winsock_bind::Refusal>| match r {
        Ok(s) => format!("ok {s}"),
        Err(e) => format!("err {e}"),
    };
    match op {
        Op::Socket { v6, udp, user } => {
            let family = if *v6 { Family::V6 } else { Family::V4 };
            let proto = if *udp { Proto::Udp } else { Proto::Tcp };
            (text(h.socket(family, proto, users[usize::from(*user)]).map(|s| s.to_string())), None)
        }
        Op::SetOpt { sock, option, on } => {
            let r = match option {
                0 => h.set_option(id(*sock), SocketOption::ReuseAddr, i64::from(*on)),
                1 => h.set_option(id(*sock), SocketOption::ExclusiveAddressUse, i64::from(*on)),
                2 => h.set_option(id(*sock), SocketOption::V6Only, i64::from(*on)),
                3 => h.set_linger(id(*sock), Linger { onoff: *on, seconds: 0 }),
                _ => h.set_option(id(*sock), SocketOption::AcceptConn, 1),
            };
            (text(r.map(|()| String::new())), None)
        }
        Op::Bind { sock, addr, port: p } => {
            let r = h.bind(id(*sock), Endpoint::new(ip(*addr), port(*p)));
            let refusal = r.as_ref().err().map(|e| (e.reason(), e.decision().against.map(|b| b.socket)));
            (text(r.map(|d| d.to_string())), refusal)
        }
        Op::Listen { sock } => (text(h.listen(id(*sock)).map(|()| String::new())), None),
        Op::Connect { from, addr, port: p } => {
            let to = SocketAddr::new(ip(*addr), port(*p));
            (text(h.connect(from.map(id), to).map(|c| format!("{:?}", c))), None)
        }
        Op::Accept { sock } => (text(h.accept(id(*sock)).map(|s| s.to_string())), None),
        Op::Close { sock } => (text(h.close(id(*sock)).map(|t| format!("{t:?}"))), None),
        Op::Shutdown { sock } => (text(h.shutdown(id(*sock)).map(|t| format!("{t:?}"))), None),
        Op::Abort { sock } => (text(h.abort(id(*sock)).map(|t| format!("{t:?}"))), None),
        Op::Send { from, addr, port: p } => {
            let to = SocketAddr::new(ip(*addr), port(*p));
            (text(h.send(from.map(id), to).map(|d| d.to_string())), None)
        }
        Op::Join { sock } => {
            let r = h.join(id(*sock), "239.1.1.1".parse().expect("valid"), "10.0.0.1".parse().expect("valid"));
            (text(r.map(|()| String::new())), None)
        }
    }
}

fn era() -> impl Strategy<Value = Era> {
    proptest::sample::select(Era::ALL.to_vec())
}

fn behaviour() -> impl Strategy<Value = Behaviour> {
    prop_oneof![Just(Behaviour::Documented), Just(Behaviour::Observed)]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/proptest-regressions/host_properties.txt"))),
        ..ProptestConfig::default()
    })]

    /// No sequence of calls panics, and replaying it gives the same outcomes and deliveries.
    #[test]
    fn any_sequence_runs_without_panic_and_replays_identically(
        era in era(), behaviour in behaviour(), ops in proptest::collection::vec(op(), 0..40),
    ) {
        let run = || {
            let (mut h, users) = new_host(era, behaviour);
            ops.iter().map(|o| apply(&mut h, &users, o).0).collect::<Vec<_>>()
        };
        prop_assert_eq!(run(), run());
    }

    /// A closed socket blocks a later bind only through the documented lifetime rule (T1), and
    /// every refusal names a socket of the same port and protocol.
    #[test]
    fn closed_sockets_block_only_through_the_lifetime_rule(
        era in era(), behaviour in behaviour(), ops in proptest::collection::vec(op(), 0..40),
    ) {
        let (mut h, users) = new_host(era, behaviour);
        for o in &ops {
            if let (_, Some((reason, Some(against)))) = apply(&mut h, &users, o) {
                let s = h.get(against).expect("the refusal names a real socket");
                if s.state() == winsock_bind::SocketState::Closed {
                    prop_assert_eq!(reason, Reason::HeldByActiveConnections);
                    prop_assert_eq!(behaviour, Behaviour::Documented);
                }
                let Op::Bind { sock, addr, port: p } = o else { continue };
                let me = h.get(SocketId(u32::from(*sock) + 1)).expect("bind on a real socket");
                prop_assert_eq!(s.proto(), me.proto());
                if port(*p) != 0 {
                    prop_assert_eq!(s.local().map(|e| e.port), Some(port(*p)), "{}", ip(*addr));
                }
            }
        }
    }

    /// What happens on port 80/TCP never depends on calls made on other ports or protocols.
    #[test]
    fn binds_do_not_depend_on_other_ports_or_protocols(
        era in era(), behaviour in behaviour(),
        main in proptest::collection::vec((0u8..3, 0u8..7, 0u8..3, any::<bool>()), 1..8),
        noise in proptest::collection::vec((0u8..3, 0u8..7, 0u8..3, any::<bool>(), any::<bool>()), 0..8),
    ) {
        // Each entry: (user, address, mode, v6) for a socket bound to port 80 over TCP. The noise
        // binds the same kinds of sockets on port 81, or over UDP on port 80.
        let bind_one = |h: &mut Host, users: &[UserId; 3], (user, addr, mode, v6): (u8, u8, u8, bool), port: u16, proto: Proto| {
            let ip = ip(addr);
            let family = if ip.is_ipv4() { Family::V4 } else { Family::V6 };
            let s = h.socket(family, proto, users[usize::from(user)]).map_err(|e| (e.error(), e.reason()))?;
            if let Some(opt) = ReuseMode::ALL[usize::from(mode)].option() {
                let _ = h.set_option(s, opt, 1);
            }
            if v6 {
                let _ = h.set_option(s, SocketOption::V6Only, 0);
            }
            h.bind(s, Endpoint::new(ip, port)).map(|_| ()).map_err(|e| (e.error(), e.reason()))
        };
        let (mut quiet, users) = new_host(era, behaviour);
        let alone: Vec<_> = main.iter().map(|m| bind_one(&mut quiet, &users, *m, 80, Proto::Tcp)).collect();
        let (mut noisy, users) = new_host(era, behaviour);
        let mut mixed = Vec::new();
        for (i, m) in main.iter().enumerate() {
            if let Some(&(user, addr, mode, v6, udp)) = noise.get(i) {
                let (port, proto) = if udp { (80, Proto::Udp) } else { (81, Proto::Tcp) };
                let _ = bind_one(&mut noisy, &users, (user, addr, mode, v6), port, proto);
            }
            mixed.push(bind_one(&mut noisy, &users, *m, 80, Proto::Tcp));
        }
        prop_assert_eq!(alone, mixed);
    }

    /// The port index shows the rules only a few representatives of a crowded port; the decision
    /// (result, rule, and the socket it names) is exactly the one over every binding of the port.
    #[test]
    fn the_port_index_decides_exactly_as_the_whole_port(
        era in era(), behaviour in behaviour(), ops in proptest::collection::vec(op(), 0..60),
        probe_user in 0u8..3, probe_mode in 0u8..3, probe_dual in any::<bool>(),
    ) {
        let (mut h, users) = new_host(era, behaviour);
        for o in &ops {
            apply(&mut h, &users, o);
        }
        for addr in 0..7u8 {
            let ip = ip(addr);
            let family = if ip.is_ipv4() { Family::V4 } else { Family::V6 };
            let owner = users[usize::from(probe_user)];
            let Ok(s) = h.socket(family, Proto::Tcp, owner) else { continue };
            let mode = ReuseMode::ALL[usize::from(probe_mode)];
            if let Some(opt) = mode.option() {
                if h.set_option(s, opt, 1).is_err() { continue }
            }
            let v6only = !(probe_dual && family == Family::V6 && h.set_option(s, SocketOption::V6Only, 0).is_ok());
            for p in [80u16, 81] {
                let endpoint = Endpoint::new(ip, p);
                let predicted = h.predict_bind(s, endpoint);
                let decision = match &predicted {
                    Ok(d) => *d,
                    Err(r) => *r.decision(),
                };
                let rule = decision.reason.rule_id();
                if !["B", "L", "E", "D", "T"].iter().any(|k| rule.starts_with(k)) {
                    continue; // refused before the rules: socket state, family, address
                }
                let attempt = Binding::new(s, owner, endpoint, mode, v6only);
                let whole = winsock_bind::rules::decide_as(era, behaviour, &attempt, &h.bindings_on_port(Proto::Tcp, p));
                prop_assert_eq!(decision, whole);
            }
        }
    }

    /// The Host answers every two-socket case exactly as the pure rules do.
    #[test]
    fn the_host_agrees_with_the_pure_rules_on_two_sockets(
        era in era(),
        first in (0u8..2, 0u8..7, 0u8..3, any::<bool>()),
        second in (0u8..2, 0u8..7, 0u8..3, any::<bool>()),
    ) {
        let (mut h, users) = new_host(era, era.profile().behaviour);
        let mut bindings = Vec::new();
        let mut host_answer = None;
        for (i, (user, addr, mode, dual)) in [first, second].into_iter().enumerate() {
            let ip = ip(addr);
            let family = if ip.is_ipv4() { Family::V4 } else { Family::V6 };
            let owner = users[usize::from(user)];
            let Ok(s) = h.socket(family, Proto::Tcp, owner) else { return Ok(()) };
            let mode = ReuseMode::ALL[usize::from(mode)];
            if let Some(opt) = mode.option() {
                if h.set_option(s, opt, 1).is_err() { return Ok(()) }
            }
            if dual && family == Family::V6 && h.set_option(s, SocketOption::V6Only, 0).is_err() { return Ok(()) }
            let endpoint = Endpoint::new(ip, 80);
            let binding = Binding::new(s, owner, endpoint, mode, !(dual && family == Family::V6));
            let r = h.bind(s, endpoint);
            if i == 0 {
                if r.is_err() { return Ok(()) } // e.g. a v4-mapped address where there is no dual stack
                bindings.push(binding);
            } else {
                host_answer = Some((r.map(|_| ()).map_err(|e| e.error()), binding));
            }
        }
        let (answer, attempt) = host_answer.expect("second bind attempted");
        let rules = decide(era, &attempt, &bindings);
        // The Host checks socket state and family before the rules; only rule answers compare.
        if !matches!(answer, Err(winsock_bind::WsaError::AfNoSupport)) {
            prop_assert_eq!(answer, rules.result);
        }
    }
}
