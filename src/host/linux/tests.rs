use super::*;
use proptest::prelude::*;

/// One call on a small machine; indices pick among the sockets made so far.
#[derive(Debug, Clone)]
enum Op {
    Socket { v6: bool, tcp: bool, second_user: bool },
    Set { at: usize, port_option: bool, on: bool },
    Bind { at: usize, specific: bool, port: u16 },
    Listen { at: usize },
    Connect { at: Option<usize>, port: u16 },
    Accept { at: usize },
    Send { at: usize, port: u16 },
    Close { at: usize, abortive: bool },
}

const PORTS: [u16; 3] = [0, 5000, 5001];

fn op() -> impl Strategy<Value = Op> {
    let port = prop::sample::select(PORTS.to_vec());
    prop_oneof![
        (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(v6, tcp, second_user)| Op::Socket {
            v6,
            tcp,
            second_user
        }),
        (0..8usize, any::<bool>(), any::<bool>()).prop_map(|(at, port_option, on)| Op::Set { at, port_option, on }),
        (0..8usize, any::<bool>(), port.clone()).prop_map(|(at, specific, port)| Op::Bind { at, specific, port }),
        (0..8usize).prop_map(|at| Op::Listen { at }),
        (prop::option::of(0..8usize), port.clone()).prop_map(|(at, port)| Op::Connect { at, port }),
        (0..8usize).prop_map(|at| Op::Accept { at }),
        (0..8usize, port).prop_map(|(at, port)| Op::Send { at, port }),
        (0..8usize, any::<bool>()).prop_map(|(at, abortive)| Op::Close { at, abortive }),
    ]
}

/// Applies a call; refusals are part of the run and leave the machine as the call found it.
fn apply(host: &mut LinuxHost, users: [UserId; 2], op: &Op) {
    let pick = |at: usize| SocketId(u32::try_from(at % host.core.sockets.made().max(1) + 1).unwrap());
    let addr = |v6: bool, specific: bool, port: u16| -> SocketAddr {
        match (v6, specific) {
            (false, false) => SocketAddr::from(([0, 0, 0, 0], port)),
            (false, true) => SocketAddr::from(([127, 0, 0, 1], port)),
            (true, false) => SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), port),
            (true, true) => SocketAddr::new(Ipv6Addr::LOCALHOST.into(), port),
        }
    };
    let v6 = |host: &LinuxHost, id| host.get(id).is_some_and(|s| s.family == Family::V6);
    let _ = match *op {
        Op::Socket { v6, tcp, second_user } => {
            let family = if v6 { Family::V6 } else { Family::V4 };
            let proto = if tcp { Proto::Tcp } else { Proto::Udp };
            host.socket(family, proto, users[usize::from(second_user)]).map(drop)
        }
        Op::Set { at, port_option, on } => {
            let option = if port_option { SocketOption::ReusePort } else { SocketOption::ReuseAddr };
            host.set_option(pick(at), option, i64::from(on))
        }
        Op::Bind { at, specific, port } => {
            let id = pick(at);
            let a = addr(v6(host, id), specific, port);
            host.bind(id, Endpoint::new(a.ip(), a.port())).map(drop)
        }
        Op::Listen { at } => host.listen(pick(at)).map(drop),
        Op::Connect { at, port } => {
            let from = at.map(pick);
            let to = addr(from.is_some_and(|id| v6(host, id)), true, port);
            host.connect(from, to).map(drop)
        }
        Op::Accept { at } => host.accept(pick(at)).map(drop),
        Op::Send { at, port } => host.send(Some(pick(at)), addr(false, true, port)).map(drop),
        Op::Close { at, abortive: true } => host.abort(pick(at)).map(drop),
        Op::Close { at, abortive: false } => host.close(pick(at)).map(drop),
    };
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The port index finds exactly the claims a scan of every socket finds, in the same
    /// order, after any sequence of calls; and a decision on the distinct claims is the
    /// decision on all of them.
    #[test]
    fn indexed_claims_agree_with_a_scan_of_every_socket(
        ops in prop::collection::vec(op(), 1..40),
        attempt_reuse in any::<(bool, bool, bool)>(),
    ) {
        let mut host = LinuxHost::new(PortPolicy::unprivileged());
        // A range of three ports, so that the sequential pick wraps round and meets ports
        // left in TIME_WAIT by closed sockets.
        host.own.range = PortRange::new(LINUX_EPHEMERAL_FIRST, LINUX_EPHEMERAL_FIRST + 2).unwrap();
        let users = [host.add_user("a", Privilege::User), host.add_user("b", Privilege::User)];
        for op in &ops {
            apply(&mut host, users, op);
            let ephemeral = LINUX_EPHEMERAL_FIRST..LINUX_EPHEMERAL_FIRST + 3;
            let excepts = [None, Some(SocketId(1)), Some(SocketId(u32::try_from(host.core.sockets.made()).unwrap()))];
            for (proto, port) in [Proto::Tcp, Proto::Udp].into_iter().flat_map(|p| {
                PORTS.into_iter().chain(ephemeral.clone()).map(move |port| (p, port))
            }) {
                for except in excepts {
                    let all = host.claims_by_scan(proto, port, except);
                    prop_assert_eq!(&host.claims(proto, port, except), &all, "{:?} {} except {:?} after {:?}", proto, port, except, op);
                    let distinct = host.distinct_claims(proto, port, except);
                    let (reuseaddr, reuseport, second) = attempt_reuse;
                    let mut attempt = LinuxSocket::bound(IpAddr::V4(Ipv4Addr::UNSPECIFIED), users[usize::from(second)]);
                    attempt.reuseaddr = reuseaddr;
                    attempt.reuseport = reuseport;
                    let policy = PortPolicy::privileged();
                    let full: Vec<LinuxSocket> = all.iter().map(|(c, _)| *c).collect();
                    let few: Vec<LinuxSocket> = distinct.iter().map(|(c, _)| *c).collect();
                    let (a, b) = (linux::decide(proto, port, &attempt, policy, &full), linux::decide(proto, port, &attempt, policy, &few));
                    prop_assert_eq!((a.outcome, a.rule), (b.outcome, b.rule));
                    prop_assert_eq!(a.against.map(|i| all[i].1), b.against.map(|i| distinct[i].1));
                }
            }
            for proto in [Proto::Tcp, Proto::Udp] {
                prop_assert_eq!(host.clone().ephemeral(proto), ephemeral_by_scan(&host, proto), "{:?} after {:?}", proto, op);
            }
        }
    }
}

/// The port the shared sequential pick must give: from the cursor round the range, the first
/// port on which a scan of every socket and connection end finds no claim; `None` when the range
/// is full.
fn ephemeral_by_scan(host: &LinuxHost, proto: Proto) -> Option<u16> {
    let range = host.own.range;
    let start = host.own.cursor.filter(|c| range.contains(*c)).unwrap_or(range.first());
    let from_cursor = (start..=range.last()).chain(range.first()..start);
    from_cursor.into_iter().find(|&p| host.claims_by_scan(proto, p, None).is_empty())
}

/// The shared sequential pick reads the port slots' occupancy, which knows only bound sockets:
/// a port left with a connection end by a closed socket is still claimed, and skipped.
#[test]
fn the_ephemeral_pick_steps_over_a_port_a_closed_client_left_in_time_wait() {
    let mut host = LinuxHost::new(PortPolicy::unprivileged());
    host.own.range = PortRange::new(LINUX_EPHEMERAL_FIRST, LINUX_EPHEMERAL_FIRST + 1).unwrap();
    let me = host.add_user("me", Privilege::User);
    let tcp = |host: &mut LinuxHost| host.socket(Family::V4, Proto::Tcp, me).unwrap();
    let any = |port: u16| Endpoint::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port);
    let srv = tcp(&mut host);
    host.bind(srv, any(5000)).unwrap();
    host.listen(srv).unwrap();
    let client = tcp(&mut host);
    host.connect(Some(client), "127.0.0.1:5000".parse().unwrap()).unwrap();
    assert_eq!(host.get(client).and_then(|s| s.local).map(|l| l.port()), Some(LINUX_EPHEMERAL_FIRST));
    host.accept(srv).unwrap();
    host.close(client).unwrap(); // the client closes first: its end stays on the port
    let second = tcp(&mut host);
    host.bind(second, any(0)).unwrap();
    host.close(second).unwrap();
    // The pick wraps round to the first port, which the client's end still claims.
    let third = tcp(&mut host);
    host.bind(third, any(0)).unwrap();
    assert_eq!(host.get(third).and_then(|s| s.local).map(|l| l.port()), Some(LINUX_EPHEMERAL_FIRST + 1));
}
