//! Several machines in one scenario: the library's `Network`, the scenario keys `hosts`, `host`,
//! `from` and the `request` op, their load errors, the probe's one-machine check, and the
//! properties of routing and connection identity (proptest).

use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};
use winsock_bind::Privilege;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use winsock_bind::rules::route::{RouteRule, Target};
use winsock_bind::scenario::{self, Format};
use winsock_bind::{probe, Era, Family, HostRef, Network, Proto, Reason, SocketId, WsaError};

fn ip(s: &str) -> IpAddr {
    s.parse().expect("an address")
}

fn sa(s: &str) -> SocketAddr {
    s.parse().expect("a socket address")
}

/// A network whose hosts listen on 0.0.0.0:80, with the listeners' ids.
fn listening(hosts: &[(&str, &[&str])]) -> (Network, Vec<SocketId>) {
    let mut net = Network::new(hosts.iter().map(|(n, _)| (*n, Era::Win11))).expect("unique names");
    let mut listeners = Vec::new();
    for (h, (_, addresses)) in net.hosts().collect::<Vec<_>>().into_iter().zip(hosts) {
        let host = net.host_mut(h);
        for a in *addresses {
            host.add_address(ip(a));
        }
        let user = host.add_user("user", Privilege::User);
        let s = host.socket(Family::V4, Proto::Tcp, user).expect("socket");
        host.bind(s, "0.0.0.0:80".parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
        host.listen(s).expect("listen");
        listeners.push(s);
    }
    (net, listeners)
}

fn client(net: &mut Network, h: HostRef) -> SocketId {
    let host = net.host_mut(h);
    let user = host.add_user("client", Privilege::User);
    host.socket(Family::V4, Proto::Tcp, user).expect("socket")
}

#[test]
fn socket_ids_are_unique_across_hosts() {
    let (net, listeners) = listening(&[("a", &["10.0.0.1"]), ("b", &["10.0.0.2"]), ("c", &["10.0.0.3"])]);
    let unique: BTreeSet<SocketId> = listeners.iter().copied().collect();
    assert_eq!(unique.len(), 3);
    for (h, s) in net.hosts().zip(&listeners) {
        assert!(net.host(h).get(*s).is_some(), "{s} is on {}", net.name(h));
        for (other, _) in net.hosts().zip(&listeners).filter(|(o, _)| *o != h) {
            assert!(net.host(other).get(*s).is_none(), "{s} is not on {}", net.name(other));
        }
    }
}

#[test]
fn every_routing_rule_cites_a_source_on_the_sources_page() {
    let page = winsock_bind::rules::sources_page();
    for r in RouteRule::ALL {
        let anchor = r.source().rsplit_once('#').map(|(_, a)| a.trim_end_matches(')')).expect("an anchor");
        assert!(page.contains(&format!("<a id=\"{anchor}\"></a>")), "{r}: #{anchor}");
        assert_eq!(r.cites().anchor(), anchor, "{r}");
    }
}

#[test]
fn duplicate_host_names_are_refused() {
    let err = Network::new([("a", Era::Win11), ("a", Era::Xp)]).unwrap_err();
    assert_eq!(err.to_string(), "host `a` is named twice; give each host its own name");
}

#[test]
fn an_address_nobody_has_is_unreachable_and_the_client_stays_bound() {
    let (mut net, _) = listening(&[("a", &["10.0.0.1"]), ("b", &["10.0.0.2"])]);
    let a = net.find("a").expect("a");
    let c = client(&mut net, a);
    let r = net.connect(a, c, sa("10.9.9.9:80")).unwrap_err();
    assert_eq!((r.error(), r.reason()), (WsaError::HostUnreach, Reason::NoHostHasAddress));
    assert_eq!(r.error().to_string(), "WSAEHOSTUNREACH (10065)");
    assert!(net.host(a).get(c).and_then(|s| s.local()).is_some(), "connect binds before it fails");
}

#[test]
fn nothing_listening_on_the_other_host_is_refused() {
    let (mut net, _) = listening(&[("a", &["10.0.0.1"]), ("b", &["10.0.0.2"])]);
    let a = net.find("a").expect("a");
    let c = client(&mut net, a);
    let r = net.connect(a, c, sa("10.0.0.2:81")).unwrap_err();
    assert_eq!(r.error(), WsaError::ConnRefused);
}

#[test]
fn an_outside_peer_reaching_a_duplicate_address_is_undetermined() {
    let (mut net, listeners) = listening(&[("a", &["169.254.1.1"]), ("b", &["169.254.1.1"]), ("c", &["10.0.0.3"])]);
    let c = net.connect_from_outside(sa("169.254.1.1:80")).expect("one of them answers");
    assert_eq!((c.route.target.clone(), c.route.rule), (Target::Undetermined(vec![0, 1]), RouteRule::DuplicateAddress));
    assert_eq!(c.delivery.receivers, winsock_bind::rules::delivery::Receivers::Undetermined(listeners[..2].to_vec()));
    assert_eq!(c.identity.client_host, None);
    // From the third host too, and the answer rests on an extrapolation.
    let third = net.find("c").expect("c");
    let s = client(&mut net, third);
    let c = net.connect(third, s, sa("169.254.1.1:80")).expect("connects");
    assert_eq!(c.route.rule, RouteRule::DuplicateAddress);
    assert_eq!(c.evidence(), winsock_bind::Evidence::Extrapolated);
}

#[test]
fn a_specific_client_binding_is_the_client_address() {
    let (mut net, _) = listening(&[("a", &["10.0.0.1", "10.0.1.1"]), ("b", &["10.0.0.2"])]);
    let a = net.find("a").expect("a");
    let c = client(&mut net, a);
    net.host_mut(a).bind(c, "10.0.1.1:0".parse::<winsock_bind::Endpoint>().expect("endpoint")).expect("bind");
    let made = net.connect(a, c, sa("10.0.0.2:80")).expect("connects");
    assert_eq!(made.identity.client.ip(), ip("10.0.1.1"), "not the nearer 10.0.0.1: the socket chose");
    assert_eq!(net.identity(a, c).expect("connected"), made.identity);
}

#[test]
fn a_request_on_an_unconnected_socket_is_not_connected() {
    let (mut net, listeners) = listening(&[("a", &["10.0.0.1"])]);
    let a = net.find("a").expect("a");
    assert_eq!(net.identity(a, listeners[0]).unwrap_err().error(), WsaError::NotConn);
    let c = client(&mut net, a);
    net.connect(a, c, sa("10.0.0.1:80")).expect("connects");
    net.host_mut(a).abort(c).expect("abort");
    assert_eq!(net.identity(a, c).unwrap_err().error(), WsaError::NotSock);
}

#[test]
fn closing_one_end_is_told_to_the_other_host() {
    let (mut net, listeners) = listening(&[("a", &["10.0.0.1"]), ("b", &["10.0.0.2"])]);
    let (a, b) = (net.find("a").expect("a"), net.find("b").expect("b"));
    let c = client(&mut net, a);
    net.connect(a, c, sa("10.0.0.2:80")).expect("connects");
    let served = net.host_mut(b).accept(listeners[1]).expect("accept");
    let t = net.close(a, c).expect("close");
    let states: Vec<String> = t.iter().map(ToString::to_string).collect();
    assert_eq!(states.len(), 2, "{states:?}");
    assert!(states[0].ends_with("ESTABLISHED -> FIN_WAIT_1 -> FIN_WAIT_2 -> TIME_WAIT"), "{states:?}");
    assert!(states[1].ends_with("ESTABLISHED -> CLOSE_WAIT"), "{states:?}");
    // The server may still answer on a half-closed connection, with the same identity.
    assert_eq!(net.identity(b, served).expect("CLOSE_WAIT still sends").client.ip(), ip("10.0.0.1"));
    let t = net.close(b, served).expect("close");
    assert!(t[0].to_string().ends_with("CLOSE_WAIT -> LAST_ACK -> CLOSED"), "{t:?}");

    let c = client(&mut net, a);
    net.connect(a, c, sa("10.0.0.2:80")).expect("connects");
    let served = net.host_mut(b).accept(listeners[1]).expect("accept");
    let t = net.abort(a, c).expect("abort");
    assert!(t[1].to_string().ends_with("ESTABLISHED -> CLOSED"), "{t:?}");
    assert_eq!(net.identity(b, served).unwrap_err().error(), WsaError::NotConn, "a reset connection carries nothing");
}

// ---- scenarios -------------------------------------------------------------------------------

fn load(steps: &str) -> Result<scenario::Checked, scenario::ScenarioError> {
    let text = format!(
        r#"{{"name": "t", "era": "win11",
            "hosts": [{{"name": "a", "addresses": ["10.0.0.1"]}}, {{"name": "b", "era": "xp", "addresses": ["10.0.0.2"]}}],
            "steps": [{steps}]}}"#
    );
    scenario::from_str(&text, Format::Json)
}

#[test]
fn every_bad_network_reference_is_a_load_error_naming_step_and_field() {
    let s = r#"{"op": "socket", "id": "s", "family": "v4", "host": "a"}"#;
    let cases: &[(&str, &str)] = &[
        (
            r#"{"op": "socket", "id": "s", "family": "v4"}"#,
            "step 1 (socket): field `host`: missing: the scenario has several hosts",
        ),
        (
            r#"{"op": "socket", "id": "s", "family": "v4", "host": "c"}"#,
            "step 1 (socket): field `host`: unknown host `c` (hosts: `a`, `b`)",
        ),
        (
            &format!(r#"{s}, {{"op": "connect", "id": "s", "from": "b", "to": "10.0.0.2:80"}}"#),
            "step 2 (connect): field `from`: the socket is on host `a`, not `b`",
        ),
        (r#"{"op": "connect", "from": "z", "to": "10.0.0.2:80"}"#, "step 1 (connect): field `from`: unknown host `z`"),
        (r#"{"op": "send", "from": "z", "to": "10.0.0.2:53"}"#, "step 1 (send): field `from`: unknown host `z`"),
        (
            &format!(r#"{s}, {{"op": "request", "id": "s", "expect_same_connection_as": "x"}}"#),
            "step 2 (request): field `expect_same_connection_as`: no earlier request is labelled `x`",
        ),
        (
            &format!(r#"{s}, {{"op": "request", "id": "s", "expect_other_connection_than": "x"}}"#),
            "step 2 (request): field `expect_other_connection_than`: no earlier request is labelled `x`",
        ),
        (
            &format!(
                r#"{s}, {{"op": "request", "id": "s", "label": "x"}}, {{"op": "request", "id": "s", "label": "x"}}"#
            ),
            "step 3 (request): field `label`: label `x` is already used",
        ),
        (
            &format!(r#"{s}, {{"op": "request", "id": "s", "expect_server_host": "q"}}"#),
            "step 2 (request): field `expect_server_host`: unknown host `q`",
        ),
        (r#"{"op": "request", "id": "nobody"}"#, "step 1 (request): field `id`: unknown socket id `nobody`"),
        (
            &format!(r#"{s}, {{"op": "request", "id": "s", "expect_identity": "x"}}"#),
            "step 2 (request): field `expect_identity`: unknown field `expect_identity`",
        ),
        (
            &format!(r#"{s}, {{"op": "connect", "id": "s", "to": "10.0.0.2:80", "expect_client": "nonsense"}}"#),
            "step 2 (connect): field `expect_client`",
        ),
    ];
    for (steps, want) in cases {
        let err = load(steps).unwrap_err().to_string();
        assert!(err.starts_with(want), "{steps}\n  got:  {err}\n  want: {want}");
    }
}

#[test]
fn network_keys_need_hosts_and_hosts_need_their_own_addresses() {
    let one = |extra: &str, step: &str| {
        let text = format!(r#"{{"name": "t", "era": "win11", {extra} "steps": [{step}]}}"#);
        scenario::from_str(&text, Format::Json).unwrap_err().to_string()
    };
    let socket = r#"{"op": "socket", "id": "s", "family": "v4", "host": "a"}"#;
    assert!(
        one("", socket).starts_with("step 1 (socket): field `host`: the scenario has one machine"),
        "{}",
        one("", socket)
    );
    let connect = r#"{"op": "connect", "from": "a", "to": "127.0.0.1:80"}"#;
    assert!(one("", connect).starts_with("step 1 (connect): field `from`: the scenario has one machine"));
    let no_users = r#""hosts": [{"name": "a"}], "users": [],"#;
    assert!(
        one(no_users, connect).starts_with("step 1 (connect): field `from`: a connection from a host opens a socket")
    );
    let twice = r#""hosts": [{"name": "a"}, {"name": "a"}],"#;
    assert_eq!(one(twice, socket), "field `hosts[1].name`: host `a` is listed twice");
    let both = r#""host": {"addresses": ["10.0.0.9"]}, "hosts": [{"name": "a"}],"#;
    assert!(one(both, socket).starts_with("field `host.addresses`: with `hosts`"), "{}", one(both, socket));
    let unknown = r#""hosts": [{"name": "a", "adresses": []}],"#;
    assert!(one(unknown, socket).contains("unknown field `adresses`"), "{}", one(unknown, socket));
    let bad_ip = r#""hosts": [{"name": "a", "addresses": ["10.0.0.300"]}],"#;
    assert!(one(bad_ip, socket).contains("`10.0.0.300` is not an IP address"), "{}", one(bad_ip, socket));
}

#[test]
fn the_cli_exits_2_on_a_bad_network_reference() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-network-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bad.json");
    let text = r#"{"name": "t", "era": "win11", "hosts": [{"name": "a"}, {"name": "b"}],
        "steps": [{"op": "socket", "id": "s", "family": "v4", "host": "a"},
                  {"op": "connect", "id": "s", "from": "b", "to": "10.0.0.2:80"}]}"#;
    std::fs::write(&file, text).expect("write");
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_winsock-bind")).arg("run").arg(&file).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("bad.json: step 2 (connect): field `from`: the socket is on host `a`, not `b`"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// The NTLM story's claims are checks that can fail: the same expectations on the other
/// load balancer fail.
#[test]
fn connection_identity_expectations_fail_when_the_connection_differs() {
    let steps = r#"
        {"op": "socket", "id": "web", "host": "b", "family": "v4"},
        {"op": "bind", "id": "web", "addr": "0.0.0.0:80"},
        {"op": "listen", "id": "web"},
        {"op": "socket", "id": "c1", "host": "a", "family": "v4"},
        {"op": "connect", "id": "c1", "to": "10.0.0.2:80", "expect_client": "10.0.0.1:49152"},
        {"op": "request", "id": "c1", "label": "one"},
        {"op": "request", "id": "c1", "expect_same_connection_as": "one", "expect_other_connection_than": "one"},
        {"op": "socket", "id": "c2", "host": "a", "family": "v4"},
        {"op": "connect", "id": "c2", "to": "10.0.0.2:80", "expect_client": "10.0.0.1:49152"},
        {"op": "request", "id": "c2", "expect_same_connection_as": "one", "expect_server_host": "a"}
    "#;
    let t = load(steps).expect("loads").run().into_windows().expect("a Windows network");
    let failed: Vec<(usize, &str)> =
        t.steps.iter().flat_map(|s| s.checks.iter().filter(|c| !c.held).map(move |c| (s.step, c.key.name()))).collect();
    assert_eq!(
        failed,
        [
            (7, "expect_other_connection_than"),
            (9, "expect_client"),
            (10, "expect_server_host"),
            (10, "expect_same_connection_as")
        ]
    );
    let text = t.to_string();
    assert!(
        text.contains("expect_client expected 10.0.0.1:49152, got 10.0.0.1:49153 on a -> 10.0.0.2:80 on b"),
        "{text}"
    );
    assert!(!t.passed());
}

#[test]
fn single_host_scenarios_can_state_identity_too() {
    let text = r#"{"name": "t", "era": "win11", "steps": [
        {"op": "socket", "id": "srv", "family": "v4"},
        {"op": "bind", "id": "srv", "addr": "127.0.0.1:80"},
        {"op": "listen", "id": "srv"},
        {"op": "socket", "id": "c", "family": "v4"},
        {"op": "connect", "id": "c", "to": "127.0.0.1:80", "expect_client": "127.0.0.1:49152"},
        {"op": "request", "id": "c", "label": "r", "expect_client": "127.0.0.1:49152"},
        {"op": "accept", "id": "srv", "as": "conn"},
        {"op": "request", "id": "conn", "expect_same_connection_as": "r"},
        {"op": "connect", "to": "127.0.0.1:80", "expect_client": "203.0.113.1:50000"}
    ]}"#;
    let t = scenario::from_str(text, Format::Json).expect("loads").run();
    assert!(t.passed(), "{t}");
}

// ---- the probe ---------------------------------------------------------------------------------

#[test]
fn the_probe_runs_a_network_on_one_machine_only_where_its_addresses_fit() {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let load = |f: &str| scenario::from_path(examples.join(f)).expect("an example").into_scenario();
    let shared = probe::one_machine(&load("network-duplicate-link-local-address-loops-back.json")).unwrap_err();
    assert!(shared.contains("169.254.95.120 is on srv1 and srv2"), "{shared}");
    let wildcard =
        probe::one_machine(&load("network-renumbered-link-local-address-reaches-the-other-server.json")).unwrap_err();
    assert!(wildcard.contains("binds the wildcard 0.0.0.0:135 on srv1, which has 2 addresses"), "{wildcard}");
    let err = probe::prepare(&load("network-duplicate-link-local-address-loops-back.json"), Era::Win11).unwrap_err();
    assert!(err.to_string().contains("not comparable on one machine"), "{err}");
    // `check` says so without starting the probe (this program does not exist).
    let c = probe::compare_scenario(
        std::path::Path::new("/nonexistent/probe"),
        "dup.json",
        &load("network-duplicate-link-local-address-loops-back.json"),
        Era::Win11,
        &probe::Known::none(),
    )
    .expect("no probe is needed to say so");
    assert_eq!(c.counts(), (0, 0, 0, 0));
    assert!(c.summary("Wine").ends_with(
        "under Wine: not comparable on one machine (169.254.95.120 is on srv1 and srv2; one machine cannot give it to two hosts)"
    ));

    // The NTLM story fits: each web server's wildcard becomes its one address; as one machine
    // it gives the same listeners as the network did.
    for f in [
        "network-ntlm-without-affinity-spans-connections.json",
        "network-ntlm-with-cookie-affinity-keeps-one-connection.json",
    ] {
        let network = load(f);
        let flat = probe::one_machine(&network).expect("fits on one machine");
        assert!(flat.hosts.is_empty());
        let net_run = network.check().expect("checks").run().into_windows().expect("a Windows network");
        let flat_run = flat.check().expect("checks").run().into_windows().expect("a Windows network");
        let names = |t: &scenario::Transcript| -> Vec<Vec<String>> {
            t.steps
                .iter()
                .filter_map(|s| match s.receivers() {
                    Some(winsock_bind::rules::delivery::Receivers::One(id)) => Some(vec![t.socket_name(*id)]),
                    Some(_) | None => None,
                })
                .collect()
        };
        assert_eq!(names(&net_run), names(&flat_run), "{f}");
        let p = probe::prepare(&network, Era::Win11).expect("prepares");
        assert!(p.script().contains("bind iis1 127.0.0."), "{}", p.script());
        assert!(!p.script().contains("request"), "requests are not sent to the probe");
    }
}

// ---- properties ---------------------------------------------------------------------------------

const POOL: [&str; 4] = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "169.254.1.1"];

/// 2 to 4 hosts, each with 1 to 3 addresses of a small pool, so addresses repeat.
fn network_spec() -> impl Strategy<Value = Vec<Vec<usize>>> {
    proptest::collection::vec(proptest::collection::btree_set(0..POOL.len(), 1..=3), 2..=4)
        .prop_map(|v| v.into_iter().map(|s| s.into_iter().collect()).collect())
}

fn build(spec: &[Vec<usize>]) -> (Network, Vec<SocketId>) {
    let names: Vec<String> = (0..spec.len()).map(|i| format!("h{i}")).collect();
    let hosts: Vec<(&str, Vec<&str>)> =
        names.iter().zip(spec).map(|(n, a)| (n.as_str(), a.iter().map(|i| POOL[*i]).collect())).collect();
    let refs: Vec<(&str, &[&str])> = hosts.iter().map(|(n, a)| (*n, a.as_slice())).collect();
    listening(&refs)
}

#[derive(Debug, Clone)]
enum NetOp {
    /// A new client socket on host `from` connects to a pool address.
    Connect { from: usize, to: usize },
    /// A request on the `n`th client socket made so far.
    Request(usize),
    /// Close the `n`th client socket.
    Close(usize),
}

fn net_op() -> impl Strategy<Value = NetOp> {
    prop_oneof![
        3 => (0..4usize, 0..POOL.len()).prop_map(|(from, to)| NetOp::Connect { from, to }),
        2 => (0..16usize).prop_map(NetOp::Request),
        1 => (0..16usize).prop_map(NetOp::Close),
    ]
}

/// A scenario text for a network spec and ops, to replay through the scenario runner.
fn scenario_text(spec: &[Vec<usize>], ops: &[NetOp]) -> String {
    let hosts: Vec<String> = spec
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let addresses: Vec<String> = a.iter().map(|j| format!("\"{}\"", POOL[*j])).collect();
            format!(r#"{{"name": "h{i}", "addresses": [{}]}}"#, addresses.join(", "))
        })
        .collect();
    let mut steps = Vec::new();
    for i in 0..spec.len() {
        steps.push(format!(r#"{{"op": "socket", "id": "l{i}", "host": "h{i}", "family": "v4"}}"#));
        steps.push(format!(r#"{{"op": "bind", "id": "l{i}", "addr": "0.0.0.0:80"}}"#));
        steps.push(format!(r#"{{"op": "listen", "id": "l{i}"}}"#));
    }
    let mut clients = 0;
    for op in ops {
        match op {
            NetOp::Connect { from, to } => {
                let h = from % spec.len();
                steps.push(format!(r#"{{"op": "socket", "id": "c{clients}", "host": "h{h}", "family": "v4"}}"#));
                steps.push(format!(r#"{{"op": "connect", "id": "c{clients}", "to": "{}:80"}}"#, POOL[*to]));
                clients += 1;
            }
            NetOp::Request(n) if clients > 0 => {
                steps.push(format!(r#"{{"op": "request", "id": "c{}", "expect": "error"}}"#, n % clients));
            }
            NetOp::Close(n) if clients > 0 => {
                steps.push(format!(r#"{{"op": "close", "id": "c{}", "expect": "error"}}"#, n % clients));
            }
            NetOp::Request(_) | NetOp::Close(_) => {}
        }
    }
    format!(
        r#"{{"name": "random network", "era": "win11", "hosts": [{}], "steps": [{}]}}"#,
        hosts.join(", "),
        steps.join(", ")
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/proptest-regressions/network.txt"))),
        ..ProptestConfig::default()
    })]

    /// Rule N1: a connection to one of the sender's own addresses is accepted on the sender,
    /// whatever other host has the address too.
    #[test]
    fn routing_to_a_local_address_never_leaves_the_host(spec in network_spec(), from in 0..4usize, pick in 0..3usize) {
        let (mut net, listeners) = build(&spec);
        let from = net.at(from % spec.len()).expect("a host");
        let own = &spec[from.index()];
        let to = ip(POOL[own[pick % own.len()]]);
        let route = net.route(Some(from), to);
        prop_assert_eq!(route.target, Target::Local(from.index()));
        prop_assert_eq!(route.rule, RouteRule::OwnAddress);
        let c = client(&mut net, from);
        let made = net.connect(from, c, SocketAddr::new(to, 80)).expect("its own listener answers");
        prop_assert_eq!(made.server, from);
        prop_assert_eq!(made.connect.listener, Some(listeners[from.index()]));
        prop_assert_eq!(made.identity.client_host, Some(from));
        prop_assert_eq!(made.identity.server_host, from);
    }

    /// A connection's identity is the same for every request over its life, and no two live
    /// connections of a host share one.
    #[test]
    fn identity_is_stable_and_unique_among_live_connections(spec in network_spec(), ops in proptest::collection::vec(net_op(), 1..24)) {
        let (mut net, _) = build(&spec);
        // (host, socket, identity at connect) of every client socket; `None` once closed.
        let mut clients: Vec<Option<(HostRef, SocketId, winsock_bind::Identity)>> = Vec::new();
        for op in ops {
            match op {
                NetOp::Connect { from, to } => {
                    let h = net.at(from % spec.len()).expect("a host");
                    let s = client(&mut net, h);
                    match net.connect(h, s, SocketAddr::new(ip(POOL[to]), 80)) {
                        Ok(made) => {
                            prop_assert_eq!(net.identity(h, s).expect("connected"), made.identity);
                            clients.push(Some((h, s, made.identity)));
                        }
                        Err(r) => prop_assert_eq!(r.error(), WsaError::HostUnreach),
                    }
                }
                NetOp::Request(n) if !clients.is_empty() => {
                    if let Some((h, s, identity)) = clients[n % clients.len()] {
                        prop_assert_eq!(net.identity(h, s).expect("still connected"), identity);
                    }
                }
                NetOp::Close(n) if !clients.is_empty() => {
                    let k = n % clients.len();
                    if let Some((h, s, _)) = clients[k].take() {
                        net.host_mut(h).close(s).expect("close");
                        prop_assert!(net.identity(h, s).is_err());
                    }
                }
                NetOp::Request(_) | NetOp::Close(_) => {}
            }
            let live: Vec<winsock_bind::Identity> = clients.iter().flatten().map(|(_, _, i)| *i).collect();
            let unique: BTreeSet<_> = live.iter().copied().collect();
            prop_assert_eq!(unique.len(), live.len(), "two live connections share an identity: {:?}", live);
            let ends: BTreeSet<(HostRef, SocketAddr)> =
                clients.iter().flatten().map(|(h, _, i)| (*h, i.client)).collect();
            prop_assert_eq!(ends.len(), live.len(), "two live connections of one host share a client address and port");
        }
    }

    /// The same network scenario runs to the same transcript, text and JSON.
    #[test]
    fn replaying_a_network_scenario_gives_identical_results(spec in network_spec(), ops in proptest::collection::vec(net_op(), 0..16)) {
        let text = scenario_text(&spec, &ops);
        let checked = scenario::from_str(&text, Format::Json).expect("a valid scenario");
        let (one, two) = (checked.run(), checked.run());
        prop_assert_eq!(&one, &two);
        prop_assert_eq!(one.to_string(), two.to_string());
        prop_assert_eq!(serde_json::to_string(&one).expect("json"), serde_json::to_string(&two).expect("json"));
        let again = scenario::from_str(&text, Format::Json).expect("a valid scenario").run();
        prop_assert_eq!(one.to_string(), again.to_string());
    }
}
