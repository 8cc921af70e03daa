//! `LinuxHost`, the Linux counterpart of `Host`, as a specification: each Linux bind rule met
//! through the socket calls, the re-check at listen, a restart past TIME_WAIT, a SO_REUSEPORT
//! pool, port 0, and the errnos of the other calls. The same answers are checked against the
//! running kernel by `.ci/check-real-sockets.sh linux` (the example scenarios on real sockets).

use std::net::SocketAddr;
use winsock_bind::Privilege;

use winsock_bind::rules::linux::{LinuxError, LinuxRule, PortPolicy};
use winsock_bind::rules::linux_calls::{LinuxDeliveryRule, LinuxReason, LinuxReceivers};
use winsock_bind::{Family, Holder, LinuxHost, LinuxRefusal, Os, Proto, SocketId, SocketOption, TcpState, UserId};

fn host() -> (LinuxHost, UserId, UserId) {
    let mut h = LinuxHost::new(PortPolicy::default());
    let alice = h.add_user("alice", Privilege::User);
    let bob = h.add_user("bob", Privilege::User);
    (h, alice, bob)
}

fn addr(s: &str) -> SocketAddr {
    s.parse().expect("an address")
}

/// A socket with the options given, bound to `at`.
fn bound(
    h: &mut LinuxHost,
    user: UserId,
    proto: Proto,
    opts: &[SocketOption],
    at: &str,
) -> Result<SocketId, LinuxRefusal> {
    let family = if at.starts_with('[') { Family::V6 } else { Family::V4 };
    let s = h.socket(family, proto, user)?;
    for o in opts {
        h.set_option(s, *o, 1)?;
    }
    h.bind(s, at.parse().expect("an endpoint"))?;
    Ok(s)
}

fn rule(r: &Result<SocketId, LinuxRefusal>) -> Option<LinuxRule> {
    match r {
        Ok(_) => None,
        Err(e) => match e.answer.reason {
            LinuxReason::Bind(rule) => Some(rule),
            _ => None,
        },
    }
}

const RA: SocketOption = SocketOption::ReuseAddr;
const RP: SocketOption = SocketOption::ReusePort;

#[test]
fn x1_x2_x6_x8_reuseaddr_shares_only_with_a_socket_that_is_not_listening() {
    let (mut h, me, _) = host();
    let first = bound(&mut h, me, Proto::Tcp, &[RA], "0.0.0.0:8080").unwrap();
    // X2: both SO_REUSEADDR, the first bound but not listening.
    let second = h.socket(Family::V4, Proto::Tcp, me).unwrap();
    h.set_option(second, RA, 1).unwrap();
    let ok = h.bind(second, "127.0.0.1:8080".parse().unwrap()).unwrap();
    assert_eq!(
        (ok.reason, ok.against),
        (LinuxReason::Bind(LinuxRule::ReuseAddrNotListening), Some(Holder::Socket(first)))
    );
    // X8: without SO_REUSEADDR on the newcomer.
    let plain = bound(&mut h, me, Proto::Tcp, &[], "127.0.0.1:8080");
    assert_eq!(plain.as_ref().unwrap_err().error, LinuxError::AddrInUse);
    assert_eq!(rule(&plain), Some(LinuxRule::NotShared));
    // X6: once the first listens, SO_REUSEADDR no longer shares.
    h.listen(first).unwrap();
    let third = bound(&mut h, me, Proto::Tcp, &[RA], "127.0.0.1:8080");
    assert_eq!(rule(&third), Some(LinuxRule::ListeningRefusesReuseAddr));
    assert_eq!(third.unwrap_err().answer.against, Some(Holder::Socket(first)));
    // X1: another port.
    assert!(bound(&mut h, me, Proto::Tcp, &[], "127.0.0.1:8081").is_ok());
}

#[test]
fn the_second_of_two_reuseaddr_sockets_to_listen_gets_eaddrinuse() {
    let (mut h, me, _) = host();
    let a = bound(&mut h, me, Proto::Tcp, &[RA], "0.0.0.0:9000").unwrap();
    let b = bound(&mut h, me, Proto::Tcp, &[RA], "0.0.0.0:9000").unwrap();
    assert_eq!(h.listen(a), Ok(None), "the other is only bound: the re-check passes");
    let e = h.listen(b).unwrap_err();
    assert_eq!(
        (e.error, e.answer.reason),
        (LinuxError::AddrInUse, LinuxReason::Bind(LinuxRule::ListeningRefusesReuseAddr))
    );
    assert_eq!(e.answer.against, Some(Holder::Socket(a)));
    assert_eq!(h.option(b, SocketOption::AcceptConn), Ok(0), "b stays bound, not listening");
}

#[test]
fn x3_udp_reuseaddr_shares_across_users_and_the_newest_gets_the_datagram() {
    let (mut h, alice, bob) = host();
    let a = bound(&mut h, alice, Proto::Udp, &[RA], "0.0.0.0:5353").unwrap();
    let b = bound(&mut h, bob, Proto::Udp, &[RA], "0.0.0.0:5353").unwrap();
    let d = h.send(None, addr("127.0.0.1:5353")).unwrap();
    assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(b), LinuxDeliveryRule::NewestBound));
    // A specific address beats the wildcards, however old.
    let c = bound(&mut h, alice, Proto::Udp, &[RA], "127.0.0.1:5353").unwrap();
    let _d = bound(&mut h, alice, Proto::Udp, &[RA], "0.0.0.0:5353").unwrap();
    assert_eq!(h.send(None, addr("127.0.0.1:5353")).unwrap().receivers, LinuxReceivers::One(c));
    assert_ne!(a, c);
}

#[test]
fn x4_x7_reuseport_shares_within_one_user_only() {
    let (mut h, alice, bob) = host();
    let first = bound(&mut h, alice, Proto::Tcp, &[RP], "0.0.0.0:7000").unwrap();
    h.listen(first).unwrap();
    let same = h.socket(Family::V4, Proto::Tcp, alice).unwrap();
    h.set_option(same, RP, 1).unwrap();
    let ok = h.bind(same, "0.0.0.0:7000".parse().unwrap()).unwrap();
    assert_eq!(ok.reason, LinuxReason::Bind(LinuxRule::ReusePortSameUser));
    let other = bound(&mut h, bob, Proto::Tcp, &[RP], "0.0.0.0:7000");
    assert_eq!(rule(&other), Some(LinuxRule::ReusePortOtherUser));
}

#[test]
fn a_reuseport_pool_spreads_connections_by_hash() {
    let (mut h, me, _) = host();
    let workers: Vec<SocketId> = (0..3)
        .map(|_| {
            let w = bound(&mut h, me, Proto::Tcp, &[RP], "0.0.0.0:8443").unwrap();
            h.listen(w).unwrap();
            w
        })
        .collect();
    let c = h.connect(None, addr("127.0.0.1:8443")).unwrap();
    assert_eq!(c.delivery.receivers, LinuxReceivers::SpreadByHash(workers.clone()));
    assert_eq!(c.delivery.rule, LinuxDeliveryRule::SpreadByHash);
    assert_eq!(c.listener, Some(workers[0]), "the model queues on the oldest so a run can go on");
}

#[test]
fn x5_reuseport_shares_with_another_users_time_wait() {
    let (mut h, alice, bob) = host();
    let srv = bound(&mut h, alice, Proto::Tcp, &[RP], "127.0.0.1:6000").unwrap();
    h.listen(srv).unwrap();
    h.connect(None, addr("127.0.0.1:6000")).unwrap();
    let conn = h.accept(srv).unwrap();
    h.close(conn).unwrap();
    h.close(srv).unwrap();
    let s = h.socket(Family::V4, Proto::Tcp, bob).unwrap();
    h.set_option(s, RP, 1).unwrap();
    let ok = h.bind(s, "127.0.0.1:6000".parse().unwrap()).unwrap();
    assert_eq!(ok.reason, LinuxReason::Bind(LinuxRule::ReusePortTimeWait));
    assert!(matches!(ok.against, Some(Holder::Connection { of, state: TcpState::TimeWait, .. }) if of == srv));
}

/// The restart: the server closes its connection first, so the port waits in TIME_WAIT.
fn closed_server(h: &mut LinuxHost, me: UserId, opts: &[SocketOption]) {
    let srv = bound(h, me, Proto::Tcp, opts, "0.0.0.0:8080").unwrap();
    h.listen(srv).unwrap();
    let client = h.socket(Family::V4, Proto::Tcp, me).unwrap();
    h.connect(Some(client), addr("127.0.0.1:8080")).unwrap();
    let conn = h.accept(srv).unwrap();
    h.close(conn).unwrap();
    h.close(srv).unwrap();
    h.close(client).unwrap();
}

#[test]
fn a_restart_past_time_wait_needs_reuseaddr_on_both_listeners() {
    let (mut h, me, _) = host();
    closed_server(&mut h, me, &[RA]);
    let plain = bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:8080");
    assert_eq!(rule(&plain), Some(LinuxRule::NotShared));
    assert!(matches!(plain.unwrap_err().answer.against, Some(Holder::Connection { state: TcpState::TimeWait, .. })));
    let restarted = bound(&mut h, me, Proto::Tcp, &[RA], "0.0.0.0:8080").unwrap();
    h.listen(restarted).expect("TIME_WAIT does not count as listening at the re-check either");

    let (mut h, me, _) = host();
    closed_server(&mut h, me, &[]);
    let e = bound(&mut h, me, Proto::Tcp, &[RA], "0.0.0.0:8080").unwrap_err();
    assert_eq!(e.error, LinuxError::AddrInUse, "the old listener did not set SO_REUSEADDR: its TIME_WAIT blocks");
}

#[test]
fn an_abortive_close_leaves_no_time_wait() {
    let (mut h, me, _) = host();
    let srv = bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:8080").unwrap();
    h.listen(srv).unwrap();
    h.connect(None, addr("127.0.0.1:8080")).unwrap();
    let conn = h.accept(srv).unwrap();
    h.abort(conn).unwrap();
    h.close(srv).unwrap();
    assert!(bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:8080").is_ok());
}

#[test]
fn x9_x10_privileged_ports_and_mapped_addresses_on_v6only() {
    let (mut h, me, _) = host();
    let low = bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:80");
    assert_eq!((low.as_ref().unwrap_err().error, rule(&low)), (LinuxError::Access, Some(LinuxRule::PrivilegedPort)));
    let mut root = LinuxHost::new(PortPolicy::privileged());
    let r = root.add_user("root", Privilege::User);
    assert!(bound(&mut root, r, Proto::Tcp, &[], "0.0.0.0:80").is_ok());
    let mapped = bound(&mut h, me, Proto::Tcp, &[SocketOption::V6Only], "[::ffff:127.0.0.1]:8080");
    assert_eq!(
        (mapped.as_ref().unwrap_err().error, rule(&mapped)),
        (LinuxError::Inval, Some(LinuxRule::MappedOnV6Only))
    );
}

#[test]
fn dual_stack_is_the_default_so_ipv6_wildcard_meets_ipv4() {
    let (mut h, me, _) = host();
    let s6 = bound(&mut h, me, Proto::Tcp, &[], "[::]:3000").unwrap();
    assert_eq!(h.option(s6, SocketOption::V6Only), Ok(0));
    let v4 = bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:3000");
    assert_eq!(rule(&v4), Some(LinuxRule::NotShared));
    let only = bound(&mut h, me, Proto::Tcp, &[SocketOption::V6Only], "[::]:3001").unwrap();
    assert!(bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:3001").is_ok());
    h.listen(only).unwrap();
}

#[test]
fn port_zero_picks_from_ip_local_port_range_in_order() {
    let (mut h, me, _) = host();
    let a = bound(&mut h, me, Proto::Tcp, &[], "0.0.0.0:0").unwrap();
    let b = bound(&mut h, me, Proto::Tcp, &[], "127.0.0.1:0").unwrap();
    let port = |h: &LinuxHost, s| h.get(s).and_then(|s| s.local).map(|l| l.port());
    assert_eq!((port(&h, a), port(&h, b)), (Some(32768), Some(32769)));
    let unbound = h.socket(Family::V4, Proto::Tcp, me).unwrap();
    h.listen(unbound).unwrap();
    assert_eq!(port(&h, unbound), Some(32770), "listen binds an unbound socket to an ephemeral port");
}

#[test]
fn the_other_calls_answer_linux_errnos() {
    let (mut h, me, _) = host();
    let err = |r: Result<(), LinuxRefusal>| r.unwrap_err().error;
    let t = h.socket(Family::V4, Proto::Tcp, me).unwrap();
    assert_eq!(err(h.set_option(t, SocketOption::ExclusiveAddressUse, 1)), LinuxError::NoProtoOpt);
    assert_eq!(err(h.set_option(t, SocketOption::V6Only, 1)), LinuxError::NoProtoOpt);
    assert_eq!(h.option(t, SocketOption::V6Only).unwrap_err().error, LinuxError::OpNotSupp);
    assert_eq!(h.connect(Some(t), addr("127.0.0.1:1")).unwrap_err().error, LinuxError::ConnRefused);
    assert_eq!(err(h.shutdown(t).map(drop)), LinuxError::NotConn);
    assert_eq!(h.accept(t).unwrap_err().error, LinuxError::Inval);
    let l = bound(&mut h, me, Proto::Tcp, &[], "127.0.0.1:4000").unwrap();
    h.listen(l).unwrap();
    assert_eq!(h.accept(l).unwrap_err().error, LinuxError::Again);
    assert_eq!(h.connect(Some(l), addr("127.0.0.1:4000")).unwrap_err().error, LinuxError::IsConn);
    assert_eq!(h.bind(l, "127.0.0.1:4001".parse().unwrap()).unwrap_err().error, LinuxError::Inval);
    let u = h.socket(Family::V4, Proto::Udp, me).unwrap();
    assert_eq!(err(h.listen(u).map(drop)), LinuxError::OpNotSupp);
    assert_eq!(h.bind(u, "10.9.9.9:53".parse().unwrap()).unwrap_err().error, LinuxError::AddrNotAvail);
    h.close(u).unwrap();
    assert_eq!(h.bind(u, "127.0.0.1:53".parse().unwrap()).unwrap_err().error, LinuxError::BadF);
    assert_eq!(LinuxError::ConnRefused.to_string(), "ECONNREFUSED (111)");
}

#[test]
fn windows_has_no_so_reuseport() {
    let mut host = winsock_bind::Host::new(winsock_bind::Era::Win11);
    let user = host.add_user("user", Privilege::User);
    let s = host.socket(Family::V4, Proto::Tcp, user).unwrap();
    assert_eq!(host.set_option(s, SocketOption::ReusePort, 1).unwrap_err().error(), winsock_bind::WsaError::NoProtoOpt);
    assert_eq!(host.option(s, SocketOption::ReusePort).unwrap_err().error(), winsock_bind::WsaError::NoProtoOpt);
}

/// The same Windows scenario on Windows XP and replayed on Linux: the SO_REUSEADDR that steals
/// a port on XP is refused on Linux, and the replay's checks say where the two differ.
#[test]
fn a_windows_scenario_replayed_on_linux_shows_where_they_differ() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/xp-reuseaddr-steals-port.json");
    let checked = winsock_bind::scenario::from_path(path).unwrap();
    assert!(checked.run().as_windows().is_some_and(|t| t.passed()));
    let linux = checked.run_on(Os::LINUX);
    let t = linux.as_linux().expect("a Linux run");
    let steal = t.steps.iter().find(|s| t.call(s) == "bind evil 0.0.0.0:5150" && s.step == 7).expect("the steal");
    assert_eq!(steal.error(), Some(LinuxError::AddrInUse));
    assert_eq!(steal.reason(), Some(LinuxReason::Bind(LinuxRule::NotShared)), "the server did not set SO_REUSEADDR");
    assert!(!linux.passed());
    assert!(linux.first_failure().is_some_and(|f| f.starts_with("bind evil 0.0.0.0:5150")), "{linux}");
    assert!(linux.to_string().starts_with("scenario: SO_REUSEADDR steals a port on Windows XP (linux)"));
    // Side by side, the first datagram reaches the same scenario socket on both systems.
    let windows = checked.run().into_windows().expect("a Windows run");
    let on_windows = match windows.steps[2].receivers() {
        Some(winsock_bind::rules::delivery::Receivers::One(id)) => windows.socket_ref(*id),
        _ => None,
    };
    assert!(on_windows.is_some());
    assert_eq!(t.steps[2].receiver_refs(), on_windows.as_ref().map(std::slice::from_ref));
}

/// `run --format json` streams a Linux transcript with the shape its `Serialize` gives.
#[test]
fn a_linux_transcript_streams_the_json_it_serializes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/linux/second-reuseaddr-listener-fails-at-listen.json");
    let checked = winsock_bind::scenario::from_path(path).unwrap();
    let mut out = Vec::new();
    assert!(checked.run_json(&mut out).unwrap().passed());
    let streamed: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(streamed, serde_json::to_value(checked.run()).unwrap());
    assert_eq!(streamed["os"], "linux");
    let listen_b = &streamed["steps"][7];
    assert_eq!((listen_b["outcome"].as_str(), listen_b["rule"].as_str()), (Some("EADDRINUSE"), Some("X6")));
    assert_eq!(listen_b["error"]["errno"], 98);
    assert_eq!(listen_b["against"], "socket `a`");
    let mut text = Vec::new();
    checked.run_text(&mut text).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), checked.run().to_string());
}

/// Both systems' transcripts are printed by one view: an expected set of more than eight sockets
/// reads as its count and its first and last names on Linux as on Windows, and a Linux run's
/// JSON lists a check's keys in the Windows order.
#[test]
fn a_linux_transcript_prints_expectations_as_the_windows_one_does() {
    let names: Vec<String> = (0..9).map(|i| format!("s{i}")).collect();
    let mut steps: Vec<String> =
        names.iter().map(|n| format!(r#"{{"op": "socket", "id": "{n}", "family": "v4", "proto": "udp"}}"#)).collect();
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    steps.push(format!(r#"{{"op": "send", "to": "127.0.0.1:5353", "expect_receivers": [{}]}}"#, quoted.join(", ")));
    let text = format!(r#"{{"name": "nine", "os": "linux", "steps": [{}]}}"#, steps.join(", "));
    let checked = winsock_bind::scenario::from_str(&text, winsock_bind::scenario::Format::Json).unwrap();
    let linux = checked.run();
    let windows = checked.run_on(Os::Windows(winsock_bind::Era::Win10));
    let failure = "send (remote peer) -> 127.0.0.1:5353: nobody instead of 9 sockets [s0, ..., s8]";
    assert_eq!(linux.first_failure().as_deref(), Some(failure), "{linux}");
    assert_eq!(windows.first_failure().as_deref(), Some(failure), "{windows}");
    assert!(linux.to_string().contains("expect_receivers expected 9 sockets [s0, ..., s8], got nobody"), "{linux}");
    let json = serde_json::to_string(&linux).unwrap();
    assert!(json.contains(r#"{"key":"expect_receivers","expected":["s0","#), "{json}");
}

#[test]
fn udp_connect_narrows_a_wildcard_to_the_source_address_the_route_picks() {
    let (mut h, alice, bob) = host();
    let a = bound(&mut h, alice, Proto::Udp, &[], "0.0.0.0:5000").unwrap();
    h.connect(Some(a), addr("127.0.0.1:6000")).unwrap();
    assert_eq!(h.get(a).and_then(|s| s.local), Some(addr("127.0.0.1:5000")));
    // 127.0.0.2 no longer meets a's address: X1, as on the kernel.
    let b = bound(&mut h, bob, Proto::Udp, &[], "127.0.0.2:5000");
    assert!(b.is_ok(), "{b:?}");
    // The address a now holds, and the wildcard that covers it, still conflict with it (X8).
    let same = bound(&mut h, bob, Proto::Udp, &[], "127.0.0.1:5000");
    assert_eq!((rule(&same), same.unwrap_err().answer.against), (Some(LinuxRule::NotShared), Some(Holder::Socket(a))));
    let any = bound(&mut h, bob, Proto::Udp, &[], "0.0.0.0:5000");
    assert_eq!(any.unwrap_err().answer.against, Some(Holder::Socket(a)));
    // An unbound socket is bound to an ephemeral port, then narrowed the same way.
    let c = h.socket(Family::V4, Proto::Udp, alice).unwrap();
    h.connect(Some(c), addr("127.0.0.3:6000")).unwrap();
    assert_eq!(h.get(c).and_then(|s| s.local).map(|l| l.ip()), Some(addr("127.0.0.1:0").ip()));
}

#[test]
fn xr6_a_udp_socket_connected_to_the_sender_gets_its_datagrams_whatever_the_bind_order() {
    let (mut h, alice, bob) = host();
    let peer = bound(&mut h, alice, Proto::Udp, &[], "127.0.0.1:6000").unwrap();
    let conn = bound(&mut h, alice, Proto::Udp, &[RA], "0.0.0.0:5000").unwrap();
    h.connect(Some(conn), addr("127.0.0.1:6000")).unwrap();
    // Bound after it, on the wildcard and on its very address: still conn for its peer.
    let wild = bound(&mut h, bob, Proto::Udp, &[RA], "0.0.0.0:5000").unwrap();
    let spec = bound(&mut h, bob, Proto::Udp, &[RA], "127.0.0.1:5000").unwrap();
    let d = h.send(Some(peer), addr("127.0.0.1:5000")).unwrap();
    assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(conn), LinuxDeliveryRule::ConnectedToSender));
    assert_eq!(d.rule.id(), "XR6");
    // A stranger never reaches the connected socket: the specific one, then the wildcard.
    let d = h.send(None, addr("127.0.0.1:5000")).unwrap();
    assert_eq!((d.receivers, d.rule), (LinuxReceivers::One(spec), LinuxDeliveryRule::MostSpecific));
    h.close(spec).unwrap();
    assert_eq!(h.send(None, addr("127.0.0.1:5000")).unwrap().receivers, LinuxReceivers::One(wild));
    // Only the connected socket is left: a stranger's datagram reaches nobody (XR7) ...
    h.close(wild).unwrap();
    let d = h.send(None, addr("127.0.0.1:5000")).unwrap();
    assert_eq!((d.receivers, d.rule), (LinuxReceivers::Nobody, LinuxDeliveryRule::ConnectedToOthers));
    assert_eq!(d.rule.id(), "XR7");
    // ... and another local socket is a stranger too; the peer still gets through.
    let other = bound(&mut h, bob, Proto::Udp, &[], "127.0.0.1:6001").unwrap();
    assert_eq!(h.send(Some(other), addr("127.0.0.1:5000")).unwrap().receivers, LinuxReceivers::Nobody);
    assert_eq!(h.send(Some(peer), addr("127.0.0.1:5000")).unwrap().receivers, LinuxReceivers::One(conn));
}

#[test]
fn the_mapped_ipv4_wildcard_binds_and_conflicts_as_the_ipv4_wildcard() {
    let (mut h, me, bob) = host();
    let mapped = bound(&mut h, me, Proto::Tcp, &[], "[::ffff:0.0.0.0]:7000");
    assert!(mapped.is_ok(), "{mapped:?}");
    let lo = bound(&mut h, me, Proto::Tcp, &[], "127.0.0.1:7000");
    assert_eq!(lo.as_ref().unwrap_err().error, LinuxError::AddrInUse);
    assert_eq!(lo.unwrap_err().answer.against, mapped.ok().map(Holder::Socket));
    // A native IPv6 address never meets it.
    assert!(bound(&mut h, me, Proto::Tcp, &[], "[::1]:7000").is_ok());
    // UDP alike, and on an IPV6_V6ONLY socket a mapped address stays EINVAL (X10).
    assert!(bound(&mut h, bob, Proto::Udp, &[], "[::ffff:0.0.0.0]:7001").is_ok());
    let any = bound(&mut h, bob, Proto::Udp, &[], "0.0.0.0:7001");
    assert_eq!(rule(&any), Some(LinuxRule::NotShared));
    let v6only = bound(&mut h, me, Proto::Udp, &[SocketOption::V6Only], "[::ffff:0.0.0.0]:7002");
    assert_eq!(rule(&v6only), Some(LinuxRule::MappedOnV6Only));
    // Another IPv4-mapped address the machine does not have is still EADDRNOTAVAIL (L4).
    let far = bound(&mut h, me, Proto::Udp, &[], "[::ffff:10.9.9.9]:7003");
    assert_eq!(far.unwrap_err().answer.reason, LinuxReason::AddressNotLocal);
}

#[test]
fn a_dual_stack_socket_narrowed_to_an_ipv6_address_still_meets_the_ipv4_wildcard() {
    let (mut h, me, _) = host();
    let a = bound(&mut h, me, Proto::Udp, &[], "[::]:5000").unwrap();
    h.connect(Some(a), addr("[::1]:6000")).unwrap();
    assert_eq!(h.get(a).and_then(|s| s.local), Some(addr("[::1]:5000")));
    assert_eq!(h.option(a, SocketOption::V6Only), Ok(0), "connect does not make it IPv6-only");
    // Its IPv4 address is now LOOPBACK4_IPV6 (127.0.0.6): the IPv4 wildcard still meets it,
    // 127.0.0.1 no longer does.
    let any = bound(&mut h, me, Proto::Udp, &[], "0.0.0.0:5000");
    assert_eq!((rule(&any), any.unwrap_err().answer.against), (Some(LinuxRule::NotShared), Some(Holder::Socket(a))));
    assert!(bound(&mut h, me, Proto::Udp, &[], "127.0.0.1:5000").is_ok());
    // A bind of a specific IPv6 address makes the socket IPv6-only (__inet6_bind): 0.0.0.0 binds
    // beside it, and IPV6_V6ONLY reads 1.
    let s = bound(&mut h, me, Proto::Udp, &[], "[::1]:5001").unwrap();
    assert_eq!(h.option(s, SocketOption::V6Only), Ok(1));
    assert!(bound(&mut h, me, Proto::Udp, &[], "0.0.0.0:5001").is_ok());
}
