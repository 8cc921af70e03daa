//! The port space of a host (issue 6): ephemeral allocation, exhaustion, excluded port ranges,
//! ReservedPorts, the netsh readers, the `ports` and `explain --excluded` commands, and the seed
//! 000 scenarios in examples/.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use winsock_bind::Privilege;

use proptest::prelude::*;
use winsock_bind::ports::{netsh, EphemeralOrder, Exclusion, PortRange};
use winsock_bind::scenario::{self, Format};
use winsock_bind::{Era, Family, Host, Proto, Reason, ReuseMode, SocketOption, UserId, WsaError};

const TCP: Proto = Proto::Tcp;
const UDP: Proto = Proto::Udp;

fn range(s: &str) -> PortRange {
    s.parse().expect("valid range")
}

fn excluded(s: &str, administered: bool) -> Exclusion {
    Exclusion { range: range(s), administered }
}

fn host(era: Era) -> (Host, UserId) {
    let mut h = Host::new(era);
    let u = h.add_user("user", Privilege::User);
    (h, u)
}

/// Binds a new socket of `proto` to 0.0.0.0:`port` and returns the port it got.
fn bind(h: &mut Host, u: UserId, proto: Proto, port: u16) -> Result<u16, winsock_bind::Refusal> {
    let s = h.socket(Family::V4, proto, u)?;
    h.bind(s, format!("0.0.0.0:{port}").parse::<winsock_bind::Endpoint>().expect("valid"))?;
    Ok(h.get(s).and_then(|s| s.local()).map(|e| e.port).expect("bound"))
}

fn ephemeral(h: &mut Host, u: UserId, proto: Proto, n: usize) -> Vec<u16> {
    (0..n).map(|_| bind(h, u, proto, 0).expect("a free port")).collect()
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    manifest().join("tests/fixtures").join(name)
}

// ---- ephemeral allocation ----------------------------------------------------------------------

#[test]
fn port_0_hands_out_the_dynamic_range_in_order_from_its_first_port() {
    let (mut h, u) = host(Era::Win11);
    assert_eq!(ephemeral(&mut h, u, TCP, 3), [49152, 49153, 49154]);
    let (mut h, u) = host(Era::Server2003);
    assert_eq!(ephemeral(&mut h, u, TCP, 3), [1025, 1026, 1027]);
}

#[test]
fn tcp_and_udp_are_separate_pools() {
    let (mut h, u) = host(Era::Win10);
    assert_eq!(ephemeral(&mut h, u, TCP, 2), [49152, 49153]);
    assert_eq!(ephemeral(&mut h, u, UDP, 2), [49152, 49153], "UDP has its own cursor and its own ports");
    h.set_dynamic_ports(UDP, 10000, 1000).expect("valid range");
    assert_eq!(ephemeral(&mut h, u, UDP, 1), [10000]);
    assert_eq!(ephemeral(&mut h, u, TCP, 1), [49154], "TCP keeps the era's range");
    assert_eq!(h.dynamic_ports(UDP), range("10000-10999"));
}

#[test]
fn port_0_skips_ports_in_use_excluded_and_reserved() {
    let (mut h, u) = host(Era::Server2003);
    h.set_dynamic_ports(TCP, 1025, 10).expect("valid range");
    assert_eq!(bind(&mut h, u, TCP, 1025).expect("explicit bind"), 1025);
    h.reserve_ports(range("1026-1027"));
    h.exclude_ports(TCP, excluded("1028", false));
    assert_eq!(ephemeral(&mut h, u, TCP, 2), [1029, 1030]);
    // Only TCP 1025 is bound: UDP skips the reserved and excluded ports only.
    h.exclude_ports(UDP, excluded("1025", true));
    assert_eq!(ephemeral(&mut h, u, UDP, 2), [1028, 1029]);
}

#[test]
fn the_cursor_wraps_around_and_reuses_a_freed_port() {
    let (mut h, u) = host(Era::Win11);
    h.set_dynamic_ports(TCP, 60000, 3).expect("valid range");
    let s = h.socket(Family::V4, TCP, u).expect("socket");
    h.bind(s, "0.0.0.0:0".parse::<winsock_bind::Endpoint>().expect("valid")).expect("bind");
    assert_eq!(ephemeral(&mut h, u, TCP, 2), [60001, 60002]);
    h.close(s).expect("close");
    assert_eq!(ephemeral(&mut h, u, TCP, 1), [60000], "after the last port the cursor starts again at the first");
}

#[test]
fn an_exhausted_range_fails_with_wsaenobufs_naming_the_range() {
    let (mut h, u) = host(Era::Win11);
    h.set_dynamic_ports(TCP, 50000, 3).expect("valid range");
    h.reserve_ports(range("50001"));
    assert_eq!(ephemeral(&mut h, u, TCP, 2), [50000, 50002]);
    let refusal = bind(&mut h, u, TCP, 0).expect_err("no port left");
    assert_eq!(refusal.error(), WsaError::NoBufs);
    assert_eq!(refusal.reason(), Reason::EphemeralExhausted);
    assert_eq!(refusal.decision().ports, Some(range("50000-50002")));
    assert!(refusal.to_string().starts_with(
        "WSAENOBUFS (10055) by rule P1 ephemeral-exhausted: no port of the dynamic range 50000-50002 is free"
    ));
    // An explicit bind to the reserved port still works, and UDP is unaffected.
    assert_eq!(bind(&mut h, u, TCP, 50001).expect("explicit bind to a reserved port"), 50001);
    assert_eq!(ephemeral(&mut h, u, UDP, 1), [49152]);
}

#[test]
fn random_order_is_reproducible_from_its_seed() {
    let run = |seed| {
        let (mut h, u) = host(Era::Server2003);
        h.set_ephemeral_order(EphemeralOrder::Random { seed });
        ephemeral(&mut h, u, UDP, 6)
    };
    assert_eq!(run(1464), [4072, 1916, 1645, 1802, 1297, 2169], "the seed 000 scenario depends on this sequence");
    assert_eq!(run(1464), run(1464));
    assert_ne!(run(1), run(2));
    assert!(run(7).iter().all(|p| (1025..=5000).contains(p)));
}

#[test]
fn a_reserved_port_costs_the_random_order_one_draw_only() {
    let (mut h, u) = host(Era::Server2003);
    h.set_ephemeral_order(EphemeralOrder::Random { seed: 1464 });
    h.reserve_ports(range("1645-1646"));
    assert_eq!(ephemeral(&mut h, u, UDP, 5), [4072, 1916, 1802, 1297, 2169]);
}

#[test]
fn connect_and_sendto_pick_their_implicit_port_outside_excluded_ranges() {
    let (mut h, u) = host(Era::Win11);
    h.exclude_ports(TCP, excluded("49152-49200", false));
    let l = h.socket(Family::V4, TCP, u).expect("socket");
    h.bind(l, "127.0.0.1:80".parse::<winsock_bind::Endpoint>().expect("valid")).expect("bind");
    h.listen(l).expect("listen");
    let c = h.socket(Family::V4, TCP, u).expect("socket");
    h.connect(Some(c), "127.0.0.1:80".parse::<winsock_bind::Endpoint>().expect("valid")).expect("connect");
    assert_eq!(h.get(c).and_then(|s| s.local()).map(|e| e.port), Some(49201));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the order and configuration, port 0 hands out distinct ports of the range that
    /// are neither excluded nor reserved, exactly as many as the pool has, then WSAENOBUFS.
    #[test]
    fn port_0_drains_exactly_the_pool(
        seed in proptest::option::of(any::<u64>()),
        start in 1000u16..1100,
        len in 1u32..40,
        holes in proptest::collection::vec((0u16..40, 0u16..4, any::<bool>()), 0..4),
    ) {
        let (mut h, u) = host(Era::Win11);
        h.set_ephemeral_order(seed.map_or(EphemeralOrder::Sequential, |seed| EphemeralOrder::Random { seed }));
        let dynamic = h.set_dynamic_ports(UDP, start, len).expect("valid range");
        let mut kept = Vec::new();
        for (offset, width, reserve) in holes {
            let r = PortRange::new(start + offset, start + offset + width).expect("valid");
            if reserve { h.reserve_ports(r) } else { h.exclude_ports(UDP, Exclusion { range: r, administered: false }) }
            kept.push(r);
        }
        let pool: Vec<u16> = dynamic.ports().filter(|p| !kept.iter().any(|r| r.contains(*p))).collect();
        prop_assert_eq!(h.port_map().dynamic[1].available as usize, pool.len());
        let mut got = Vec::new();
        loop {
            match bind(&mut h, u, UDP, 0) {
                Ok(port) => got.push(port),
                Err(r) => {
                    prop_assert_eq!(r.error(), WsaError::NoBufs);
                    break;
                }
            }
            prop_assert!(got.len() <= pool.len());
        }
        got.sort_unstable();
        prop_assert_eq!(got, pool);
    }
}

// ---- excluded port ranges and ReservedPorts ----------------------------------------------------

#[test]
fn an_excluded_port_refuses_every_bind_with_wsaeacces_naming_the_range() {
    for mode in ReuseMode::ALL {
        let (mut h, u) = host(Era::Win11);
        h.exclude_ports(TCP, excluded("50000-50059", false));
        let s = h.socket(Family::V4, TCP, u).expect("socket");
        match mode {
            ReuseMode::Default => {}
            ReuseMode::ReuseAddr => h.set_option(s, SocketOption::ReuseAddr, 1).expect("option"),
            ReuseMode::Exclusive => h.set_option(s, SocketOption::ExclusiveAddressUse, 1).expect("option"),
        }
        let refusal =
            h.bind(s, "127.0.0.1:50010".parse::<winsock_bind::Endpoint>().expect("valid")).expect_err("excluded");
        assert_eq!((refusal.error(), refusal.reason()), (WsaError::Access, Reason::ExcludedPortRange), "{mode}");
        assert_eq!(refusal.decision().ports, Some(range("50000-50059")));
        assert_eq!(refusal.decision().against, None, "no socket is involved");
        assert_eq!(
            refusal.to_string(),
            "WSAEACCES (10013) by rule P2 excluded-port-range: port 50010 is inside the excluded port range \
             50000-50059 (netsh int ipv4 show excludedportrange), so no socket may bind it, whatever its options"
        );
        // The failed bind leaves the socket unbound: it can bind elsewhere.
        h.bind(s, "127.0.0.1:50060".parse::<winsock_bind::Endpoint>().expect("valid"))
            .expect("a port outside the range");
    }
}

#[test]
fn an_exclusion_is_per_protocol_and_leaves_bound_sockets_alone() {
    let (mut h, u) = host(Era::Win10);
    assert_eq!(bind(&mut h, u, TCP, 5357).expect("bound before the exclusion"), 5357);
    h.exclude_ports(TCP, excluded("5357", false));
    assert_eq!(bind(&mut h, u, TCP, 5357).expect_err("excluded").error(), WsaError::Access);
    assert_eq!(bind(&mut h, u, UDP, 5357).expect("UDP 5357 is not excluded"), 5357);
    assert_eq!(h.excluded_ports(TCP), [excluded("5357", false)]);
    assert!(h.excluded_ports(UDP).is_empty());
}

#[test]
fn reserved_ports_still_take_explicit_binds() {
    let (mut h, u) = host(Era::Server2003);
    h.reserve_ports(range("1645-1646"));
    assert_eq!(bind(&mut h, u, UDP, 1645).expect("explicit bind"), 1645);
    assert_eq!(bind(&mut h, u, TCP, 1646).expect("explicit bind"), 1646);
    assert_eq!(h.reserved_ports(), [range("1645-1646")]);
}

#[test]
fn the_port_map_counts_what_port_0_may_pick() {
    let (mut h, _) = host(Era::Win11);
    h.exclude_ports(TCP, excluded("49000-49200", false));
    h.exclude_ports(TCP, excluded("65535", true));
    let map = h.port_map();
    assert_eq!((map.dynamic[0].proto, map.dynamic[0].available), (TCP, 16384 - 49 - 1));
    assert_eq!((map.dynamic[1].proto, map.dynamic[1].available), (UDP, 16384));
    assert_eq!(map.excluded.len(), 2);
}

// ---- netsh output ------------------------------------------------------------------------------

#[test]
fn the_committed_netsh_samples_parse() {
    let tcp = netsh::read_excluded(fixture("netsh-excludedportrange-tcp.txt")).expect("valid sample");
    assert_eq!(tcp.len(), 1);
    assert_eq!(tcp[0].proto, TCP);
    assert_eq!(tcp[0].ranges.len(), 7);
    assert_eq!(
        tcp[0].ranges.iter().filter(|e| e.administered).map(|e| e.range).collect::<Vec<_>>(),
        [range("50000-50059")]
    );
    let udp = netsh::read_excluded(fixture("netsh-excludedportrange-udp.txt")).expect("valid sample");
    assert_eq!((udp[0].proto, udp[0].ranges.clone()), (UDP, vec![excluded("5353", false)]));
    let dynamic = netsh::read_dynamic(fixture("netsh-dynamicport-tcp.txt")).expect("valid sample");
    assert_eq!((dynamic[0].proto, dynamic[0].range), (TCP, range("49152-65535")));
    let dynamic = netsh::read_dynamic(fixture("netsh-dynamicport-udp.txt")).expect("valid sample");
    assert_eq!((dynamic[0].proto, dynamic[0].range), (UDP, range("10000-10999")));
}

#[test]
fn pasted_netsh_output_configures_a_host() {
    let h = winsock_bind::host_from_netsh(
        Era::Win11,
        &[fixture("netsh-excludedportrange-tcp.txt")],
        &[fixture("netsh-dynamicport-udp.txt")],
    )
    .expect("valid samples");
    assert_eq!(h.excluded_ports(TCP).len(), 7);
    assert_eq!(h.dynamic_ports(UDP), range("10000-10999"));
    assert_eq!(h.dynamic_ports(TCP), range("49152-65535"));
}

#[test]
fn a_utf16_file_as_powershell_writes_it_parses() {
    let dir = temp_dir("utf16");
    let text = std::fs::read_to_string(fixture("netsh-excludedportrange-tcp.txt")).expect("fixture");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.replace('\n', "\r\n").encode_utf16().flat_map(u16::to_le_bytes));
    let file = dir.join("excluded.txt");
    std::fs::write(&file, bytes).expect("write");
    assert_eq!(
        netsh::read_excluded(&file).expect("UTF-16"),
        netsh::read_excluded(fixture("netsh-excludedportrange-tcp.txt")).expect("UTF-8")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn malformed_netsh_files_are_errors_naming_file_and_line() {
    let dir = temp_dir("netsh-bad");
    let file = dir.join("excluded.txt");
    let sample = std::fs::read_to_string(fixture("netsh-excludedportrange-tcp.txt")).expect("fixture");
    std::fs::write(&file, sample.replace("50000       50059", "50000       70000")).expect("write");
    let err = netsh::read_excluded(&file).expect_err("port 70000").to_string();
    assert_eq!(err, format!("{}: line 11: port 70000 is out of range (1 to 65535)", file.display()));
    std::fs::remove_dir_all(&dir).ok();
}

// ---- the command line --------------------------------------------------------------------------

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(manifest())
        .args(args)
        .output()
        .expect("run winsock-bind")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("winsock-bind-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn ports_prints_the_port_map() {
    let out = winsock_bind(&[
        "ports",
        "--era",
        "win11",
        "--excluded",
        "tests/fixtures/netsh-excludedportrange-tcp.txt",
        "--excluded",
        "tests/fixtures/netsh-excludedportrange-udp.txt",
        "--dynamic",
        "tests/fixtures/netsh-dynamicport-udp.txt",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    insta::assert_snapshot!("ports_win11_from_netsh", String::from_utf8_lossy(&out.stdout));
    let legacy = winsock_bind(&["ports", "--era", "server2003"]);
    assert_eq!(legacy.status.code(), Some(0));
    insta::assert_snapshot!("ports_server2003", String::from_utf8_lossy(&legacy.stdout));
}

#[test]
fn explain_names_the_excluded_range_without_a_first_bind() {
    let explain = |second: &str| {
        winsock_bind(&[
            "explain",
            "--era",
            "win11",
            "--excluded",
            "tests/fixtures/netsh-excludedportrange-tcp.txt",
            "--second",
            second,
        ])
    };
    let out = explain("default 0.0.0.0:50060");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    insta::assert_snapshot!("explain_excluded_port", String::from_utf8_lossy(&out.stdout));
    // 50000-50059 is an administered exclusion (`*`): it refuses no explicit bind (issue 22).
    let administered = explain("default 0.0.0.0:50000");
    assert!(String::from_utf8_lossy(&administered.stdout).starts_with("success"), "{administered:?}");

    // A TCP listing says nothing about UDP: asking for UDP from it is an error, not an answer.
    let udp = winsock_bind(&[
        "explain",
        "--era",
        "win11",
        "--excluded",
        "tests/fixtures/netsh-excludedportrange-tcp.txt",
        "--proto",
        "udp",
        "--second",
        "default 0.0.0.0:50000",
    ]);
    assert_eq!(udp.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&udp.stderr);
    assert!(
        stderr.contains("netsh-excludedportrange-tcp.txt") && stderr.contains("no excluded port ranges for udp"),
        "{stderr}"
    );
    // A first bind still counts, for UDP too.
    let udp = winsock_bind(&[
        "explain",
        "--era",
        "win11",
        "--proto",
        "udp",
        "--first",
        "default 0.0.0.0:50000",
        "--second",
        "default 0.0.0.0",
    ]);
    let stdout = String::from_utf8_lossy(&udp.stdout);
    assert!(stdout.starts_with("WSAEADDRINUSE (10048) by rule E8"), "{stdout}");
    // With both protocols' listings, a UDP bind reads the UDP section: UDP's own 5353 is excluded.
    let both = ["--excluded", "tests/fixtures/netsh-excludedportrange-tcp.txt", "--excluded", UDP_FILE];
    let mdns = winsock_bind(
        &[&["explain", "--era", "win11", "--proto", "udp"][..], &both, &["--second", "default 0.0.0.0:5353"]].concat(),
    );
    let stdout = String::from_utf8_lossy(&mdns.stdout);
    assert!(stdout.starts_with("WSAEACCES (10013) by rule P2"), "{stdout}");
    let alone = winsock_bind(&["explain", "--era", "win11", "--second", "default 0.0.0.0:80"]);
    assert!(String::from_utf8_lossy(&alone.stdout).starts_with("success by rule B1"));
}

const UDP_FILE: &str = "tests/fixtures/netsh-excludedportrange-udp.txt";

#[test]
fn explain_refuses_to_answer_for_one_protocol_from_another_protocols_exclusions() {
    let tcp_file = "tests/fixtures/netsh-excludedportrange-tcp.txt";
    for (file, proto) in [(tcp_file, "udp"), (UDP_FILE, "tcp")] {
        let out = winsock_bind(&[
            "explain",
            "--era",
            "win11",
            "--excluded",
            file,
            "--proto",
            proto,
            "--second",
            "default 0.0.0.0:50000",
        ]);
        assert_eq!(out.status.code(), Some(2), "{file} --proto {proto}");
        assert!(out.stdout.is_empty(), "no answer for the wrong protocol");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(file) && stderr.contains(&format!("no excluded port ranges for {proto}")), "{stderr}");
    }
    // --proto tcp is the default: a UDP-only file is refused without it too.
    let out = winsock_bind(&["explain", "--era", "win11", "--excluded", UDP_FILE, "--second", "default 0.0.0.0:5353"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---- scenarios ---------------------------------------------------------------------------------

const SEED_000: [&str; 2] = [
    "examples/seed000-dns-socket-pool-takes-ias-port.json",
    "examples/seed000-reservedports-keep-dns-off-ias-ports.json",
];

#[test]
fn the_seed_000_scenarios_pass() {
    for file in SEED_000 {
        let t = scenario::from_path(manifest().join(file)).expect("valid scenario").run();
        assert!(t.passed(), "{t}");
    }
    let out = winsock_bind(&["run", SEED_000[0], SEED_000[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn without_reserved_ports_ias_loses_1645_to_the_dns_pool_and_with_them_it_binds() {
    let failing =
        scenario::from_path(manifest().join(SEED_000[0])).expect("valid").run().into_windows().expect("Windows");
    let ias = failing.steps.iter().find(|s| failing.call(s) == "bind ias-auth 0.0.0.0:1645").expect("IAS binds 1645");
    let refusal = ias.result.as_ref().expect_err("the DNS pool holds 1645");
    assert_eq!(refusal.error(), WsaError::AddrInUse);
    let holder = refusal.decision().against.expect("collides with a socket").socket;
    assert_eq!(failing.socket_name(holder), "dns-pool-3");
    let fixed =
        scenario::from_path(manifest().join(SEED_000[1])).expect("valid").run().into_windows().expect("Windows");
    let ias = fixed.steps.iter().find(|s| fixed.call(s) == "bind ias-auth 0.0.0.0:1645").expect("IAS binds 1645");
    assert_eq!(ias.error(), None);
}

fn scenario_error(text: &str) -> String {
    match scenario::from_str(text, Format::Json) {
        Ok(_) => panic!("accepted a malformed scenario: {text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn port_keys_of_scenarios_are_checked_and_located() {
    let cases = [
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","ports":"1645-1646","kind":"reserved"}]}"#,
            "step 1 (reserve): field `kind`: win11 ignores the ReservedPorts registry value",
        ),
        (
            r#"{"name":"t","era":"server2003","steps":[{"op":"reserve","ports":"1645-1646","kind":"excluded"}]}"#,
            "step 1 (reserve): field `kind`: server2003 has no excluded port ranges",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","ports":"1646-1645","kind":"excluded"}]}"#,
            "step 1 (reserve): field `ports`: bad port range `1646-1645`: start 1646 is above end 1645",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","ports":"70000","kind":"excluded"}]}"#,
            "step 1 (reserve): field `ports`: bad port range `70000`: port 70000 is out of range (1 to 65535)",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","ports":"80","kind":"blocked"}]}"#,
            "step 1 (reserve): field `kind`: unknown variant `blocked`, expected `excluded` or `reserved`",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","ports":"80","kind":"excluded","colour":"red"}]}"#,
            "step 1 (reserve): field `colour`: unknown field `colour`, expected one of `ports`, `kind`, `proto`, `expect`",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"reserve","kind":"excluded"}]}"#,
            "step 1 (reserve): missing field `ports`",
        ),
        (
            r#"{"name":"t","era":"win11","host":{"dynamic_ports":{"sctp":"1-2"}},"steps":[]}"#,
            "field `host.dynamic_ports.sctp`: unknown field `sctp`, expected `tcp` or `udp`",
        ),
        (
            r#"{"name":"t","era":"win11","host":{"dynamic_ports":{"udp":"5000-1025"}},"steps":[]}"#,
            "field `host.dynamic_ports.udp`: bad port range `5000-1025`: start 5000 is above end 1025",
        ),
        (
            r#"{"name":"t","era":"win11","host":{"ephemeral":{"order":"random"}},"steps":[]}"#,
            "field `host.ephemeral`: order `random` needs a `seed`",
        ),
        (
            r#"{"name":"t","era":"win11","host":{"ephemeral":{"order":"sequential","seed":3}},"steps":[]}"#,
            "field `host.ephemeral`: order `sequential` takes no `seed`",
        ),
        (
            r#"{"name":"t","era":"win11","host":{"ephemeral":{"order":"shuffled"}},"steps":[]}"#,
            "field `host.ephemeral.order`: unknown variant `shuffled`, expected `sequential` or `random`",
        ),
        (
            r#"{"name":"t","era":"win11","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":70000}]}"#,
            r#"step 2 (bind): field `expect_port`: 70000 is not a port (0 to 65535); expected a port (49152), a range ("32768-60999") or a saved port ("$p")"#,
        ),
    ];
    for (text, expected) in cases {
        let got = scenario_error(text);
        assert!(got.starts_with(expected), "{text}\n  expected: {expected}\n  got:      {got}");
    }
}

#[test]
fn a_scenario_with_port_keys_runs_and_round_trips() {
    let text = r#"{"name":"ports","era":"win11",
        "host":{"dynamic_ports":{"tcp":"50000-50002"},"ephemeral":{"order":"random","seed":8}},
        "steps":[{"op":"reserve","ports":"50001","kind":"excluded"},
                 {"op":"socket","id":"a","family":"v4"},
                 {"op":"bind","id":"a","addr":"0.0.0.0:50001","expect":"WSAEACCES"},
                 {"op":"socket","id":"b","family":"v4","proto":"udp"},
                 {"op":"bind","id":"b","addr":"0.0.0.0:50001","expect":"WSAEACCES"},
                 {"op":"bind","id":"a","addr":"0.0.0.0:0","expect":"ok"},
                 {"op":"socket","id":"c","family":"v4"},
                 {"op":"bind","id":"c","addr":"0.0.0.0:0","expect":"ok"},
                 {"op":"socket","id":"d","family":"v4"},
                 {"op":"bind","id":"d","addr":"0.0.0.0:0","expect":"WSAENOBUFS"}]}"#;
    let parsed = scenario::from_str(text, Format::Json).expect("valid scenario");
    let t = parsed.run().into_windows().expect("a Windows scenario");
    assert!(t.passed(), "{t}");
    let exhausted = t.steps[9].result.as_ref().expect_err("no port is free").decision();
    assert_eq!(
        (exhausted.reason, exhausted.ports.map(|r| r.to_string())),
        (Reason::EphemeralExhausted, Some("50000-50002".to_owned()))
    );
    let again = scenario::from_str(&serde_json::to_string(parsed.scenario()).expect("serialize"), Format::Json)
        .expect("reparse");
    assert_eq!(parsed, again);
}

#[test]
fn a_wrong_expect_port_fails_the_run() {
    let text = r#"{"name":"t","era":"win11","steps":[{"op":"socket","id":"a","family":"v4"},
        {"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":49153}]}"#;
    let t = scenario::from_str(text, Format::Json).expect("valid").run();
    assert!(!t.passed());
    assert!(t.to_string().contains("expect_port expected 49153, got 49152"), "{t}");
}
