//! The Linux rules (`winsock_bind::rules::linux`) against the kernel this test runs on.
//!
//! Every cell binds real sockets on loopback with socket2 and asserts that the pure rules give
//! the kernel's answer: first and second socket each in {default, reuseaddr, reuseport, both} x
//! address {0.0.0.0, 127.0.0.1, dual-stack [::], [::] with IPV6_V6ONLY, [::1],
//! [::ffff:127.0.0.1]} x {tcp bound, tcp listening, udp}, plus TIME_WAIT, privileged ports and
//! delivery among SO_REUSEPORT listeners. The Linux tables (`tables/linux/`, kept equal to the
//! rules by `tests/linux_tables.rs`) are the 0.0.0.0/127.0.0.1 subset of these cells.
//!
//! "Different user" cells need root: the first sockets are bound here (as root), and one helper
//! process, this test binary run by `setpriv --reuid=65534 --regid=65534 --clear-groups`, makes
//! the second binds as `nobody` while this process holds the first sockets open. Without root
//! those cells are skipped with a printed message.
#![cfg(target_os = "linux")]

use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::Duration;

use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use winsock_bind::rules::linux::{
    decide, deliver, LinuxDelivery, LinuxError, LinuxSocket, LinuxState, PortPolicy, TableOption,
};
use winsock_bind::{Proto, UserId};

/// The uid the "different user" binds run as.
const NOBODY: u32 = 65534;
/// The environment variable that turns this binary into the different-user helper.
const HELPER_ENV: &str = "LINUX_KERNEL_HELPER";

/// The addresses of the matrix, as (address, IPV6_V6ONLY).
fn addresses() -> [(IpAddr, bool); 6] {
    [
        (Ipv4Addr::UNSPECIFIED.into(), false),
        (Ipv4Addr::LOCALHOST.into(), false),
        (Ipv6Addr::UNSPECIFIED.into(), false),
        (Ipv6Addr::UNSPECIFIED.into(), true),
        (Ipv6Addr::LOCALHOST.into(), false),
        (Ipv4Addr::LOCALHOST.to_ipv6_mapped().into(), false),
    ]
}

fn proto_states() -> [(Proto, LinuxState); 3] {
    [(Proto::Tcp, LinuxState::Bound), (Proto::Tcp, LinuxState::Listening), (Proto::Udp, LinuxState::Bound)]
}

/// The effective uid of this process, from /proc (the crate forbids unsafe code, so no libc).
fn euid() -> u32 {
    let status = fs::read_to_string("/proc/self/status").expect("read /proc/self/status");
    let line = status.lines().find(|l| l.starts_with("Uid:")).expect("Uid line");
    line.split_whitespace().nth(2).and_then(|s| s.parse().ok()).expect("effective uid")
}

fn unprivileged_port_start() -> u16 {
    fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(PortPolicy::DEFAULT_UNPRIVILEGED_PORT_START)
}

/// This process's policy: root holds CAP_NET_BIND_SERVICE; the test never runs with it as
/// another user.
fn policy_for(uid: u32) -> PortPolicy {
    PortPolicy { unprivileged_port_start: unprivileged_port_start(), cap_net_bind_service: uid == 0 }
}

fn errno_of(e: &io::Error) -> i32 {
    e.raw_os_error().unwrap_or_else(|| panic!("no errno in {e}"))
}

/// A socket with the model socket's options (not yet bound).
fn open(proto: Proto, s: &LinuxSocket) -> Socket {
    let domain = if s.address.is_ipv4() { Domain::IPV4 } else { Domain::IPV6 };
    let (ty, p) = match proto {
        Proto::Tcp => (Type::STREAM, Protocol::TCP),
        Proto::Udp => (Type::DGRAM, Protocol::UDP),
    };
    let sock = Socket::new(domain, ty, Some(p)).expect("socket");
    sock.set_reuse_address(s.reuseaddr).expect("SO_REUSEADDR");
    sock.set_reuse_port(s.reuseport).expect("SO_REUSEPORT");
    if s.address.is_ipv6() {
        // Set either way, so the test does not rest on net.ipv6.bindv6only.
        sock.set_only_v6(s.v6only).expect("IPV6_V6ONLY");
    }
    sock
}

/// Binds `s` to `port`: success, or the errno.
fn bind(sock: &Socket, s: &LinuxSocket, port: u16) -> Result<(), i32> {
    sock.bind(&SockAddr::from(SocketAddr::new(s.address, port))).map_err(|e| errno_of(&e))
}

/// A port that no socket of `proto` holds on any address right now: a dual-stack `[::]`
/// without options conflicts with every binding of the port, so the kernel gives it only a
/// free one. (Other programs on the machine can take it in between; the first bind then fails
/// and the cell retries with another port.)
fn free_port(proto: Proto) -> u16 {
    let probe = LinuxSocket::bound(Ipv6Addr::UNSPECIFIED.into(), UserId(0));
    let sock = open(proto, &probe);
    bind(&sock, &probe, 0).expect("bind [::]:0");
    sock.local_addr().expect("local_addr").as_socket().expect("inet").port()
}

fn with_option(option: TableOption, address: IpAddr, v6only: bool, uid: u32) -> LinuxSocket {
    let s = LinuxSocket { v6only, ..LinuxSocket::bound(address, UserId(uid)) };
    option.apply(s)
}

/// The first socket of a cell, bound (and listening) on a free port, held open.
fn first_socket(proto: Proto, first: &LinuxSocket) -> Option<(Socket, u16)> {
    for _ in 0..20 {
        let port = free_port(proto);
        let sock = open(proto, first);
        match bind(&sock, first, port) {
            Ok(()) => {
                if first.state == LinuxState::Listening {
                    sock.listen(128).expect("listen");
                }
                return Some((sock, port));
            }
            // Taken by another program in between: pick another port.
            Err(98) => continue,
            Err(errno) => panic!("first bind of {first:?} failed with errno {errno}"),
        }
    }
    None
}

fn describe(proto: Proto, first: &LinuxSocket, second: &LinuxSocket) -> String {
    let opt = |s: &LinuxSocket| match (s.reuseaddr, s.reuseport) {
        (false, false) => "default",
        (true, false) => "reuseaddr",
        (false, true) => "reuseport",
        (true, true) => "both",
    };
    let v6 = |s: &LinuxSocket| if s.v6only { " v6only" } else { "" };
    format!(
        "{proto} first {} {}{} ({}, uid {}) then {} {}{} (uid {})",
        opt(first),
        first.address,
        v6(first),
        first.state.name(),
        first.uid.0,
        opt(second),
        second.address,
        v6(second),
        second.uid.0
    )
}

fn show(outcome: Result<(), LinuxError>) -> String {
    match outcome {
        Ok(()) => "success".into(),
        Err(e) => e.to_string(),
    }
}

fn kernel_outcome(errno: Result<(), i32>) -> Result<(), LinuxError> {
    errno.map_err(|n| LinuxError::from_errno(n).unwrap_or_else(|| panic!("errno {n} is not in the Linux error enum")))
}

/// One cell: the kernel's answer for `second` after `first`, next to the model's.
struct Compared {
    what: String,
    kernel: Result<(), LinuxError>,
    model: Result<(), LinuxError>,
}

/// Every cell of the matrix for the uids given, with the second bind made by `second_binds`
/// (in this process, or by the helper as another user).
fn matrix(
    second_uid: u32,
    second_binds: impl FnOnce(&[(Proto, LinuxSocket, u16)]) -> Vec<Result<(), i32>>,
) -> Vec<Compared> {
    let first_uid = euid();
    let mut held = Vec::new();
    let mut cells = Vec::new();
    for (proto, state) in proto_states() {
        for (a1, v1) in addresses() {
            for o1 in TableOption::ALL {
                let mut first = with_option(o1, a1, v1, first_uid);
                first.state = state;
                for (a2, v2) in addresses() {
                    for o2 in TableOption::ALL {
                        let second = with_option(o2, a2, v2, second_uid);
                        let (sock, port) = first_socket(proto, &first).expect("no free port in 20 tries");
                        held.push(sock);
                        cells.push((proto, first, second, port));
                    }
                }
            }
        }
    }
    let binds: Vec<(Proto, LinuxSocket, u16)> = cells.iter().map(|&(p, _, s, port)| (p, s, port)).collect();
    let results = second_binds(&binds);
    assert_eq!(results.len(), cells.len(), "one answer per cell");
    let policy = policy_for(second_uid);
    cells
        .iter()
        .zip(results)
        .map(|(&(proto, first, second, port), kernel)| Compared {
            what: describe(proto, &first, &second),
            kernel: kernel_outcome(kernel),
            model: decide(proto, port, &second, policy, &[first]).outcome,
        })
        .collect()
}

/// The second binds, made here; each socket is closed after its bind.
fn bind_here(binds: &[(Proto, LinuxSocket, u16)]) -> Vec<Result<(), i32>> {
    binds.iter().map(|(proto, s, port)| bind(&open(*proto, s), s, *port)).collect()
}

/// The second binds, made by the helper as `nobody`.
fn bind_as_nobody(binds: &[(Proto, LinuxSocket, u16)]) -> Vec<Result<(), i32>> {
    let exe = std::env::current_exe().expect("current_exe");
    let mut child = Command::new("setpriv")
        .args([&format!("--reuid={NOBODY}"), &format!("--regid={NOBODY}"), "--clear-groups", "--"])
        .arg(exe)
        .args(["--ignored", "--exact", "helper_binds_as_another_user", "--nocapture", "--test-threads=1"])
        .env(HELPER_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn setpriv (util-linux)");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        for (proto, s, port) in binds {
            writeln!(stdin, "{proto} {} {} {} {} {port}", s.address, s.reuseaddr, s.reuseport, s.v6only)
                .expect("write");
        }
    }
    let out = child.wait_with_output().expect("helper output");
    assert!(out.status.success(), "the helper failed: {}", String::from_utf8_lossy(&out.stdout));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let results: Vec<Result<(), i32>> = text
        .lines()
        // libtest may print "test NAME ... " on the line of the first result.
        .filter_map(|l| l.find("RESULT ").map(|at| &l[at + "RESULT ".len()..]))
        .map(|r| match r.trim().parse::<i32>().expect("errno") {
            0 => Ok(()),
            n => Err(n),
        })
        .collect();
    results
}

/// The helper: run as another user by [`bind_as_nobody`], never on its own. It reads one bind
/// per line on stdin and prints `RESULT 0` or `RESULT errno` for each.
#[test]
#[ignore = "the different-user helper, started by the other tests"]
fn helper_binds_as_another_user() {
    assert!(std::env::var_os(HELPER_ENV).is_some(), "run only as the helper");
    assert_eq!(euid(), NOBODY, "the helper runs as nobody");
    for line in io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let f: Vec<&str> = line.split_whitespace().collect();
        let proto: Proto = f[0].parse().expect("proto");
        let address: IpAddr = f[1].parse().expect("address");
        let mut s = LinuxSocket::bound(address, UserId(NOBODY));
        s.reuseaddr = f[2].parse().expect("reuseaddr");
        s.reuseport = f[3].parse().expect("reuseport");
        s.v6only = f[4].parse().expect("v6only");
        let port: u16 = f[5].parse().expect("port");
        let code = match bind(&open(proto, &s), &s, port) {
            Ok(()) => 0,
            Err(n) => n,
        };
        println!("RESULT {code}");
    }
}

fn check(label: &str, compared: &[Compared]) {
    let wrong: Vec<String> = compared
        .iter()
        .filter(|c| c.kernel != c.model)
        .map(|c| format!("{}: kernel {}, model {}", c.what, show(c.kernel), show(c.model)))
        .collect();
    println!("{label}: {} real-kernel cells compared, {} disagreements", compared.len(), wrong.len());
    assert!(
        wrong.is_empty(),
        "{label}: the model disagrees with the kernel on {} cells:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

fn is_root() -> bool {
    euid() == 0
}

#[test]
fn same_user_matrix_matches_the_kernel() {
    let compared = matrix(euid(), bind_here);
    check("same user", &compared);
}

#[test]
fn different_user_matrix_matches_the_kernel() {
    if !is_root() {
        println!("SKIPPED: different-user cells need root (to bind as uid {NOBODY} with setpriv)");
        return;
    }
    let compared = matrix(NOBODY, bind_as_nobody);
    check("different user", &compared);
}

/// A TCP connection to `127.0.0.1:port` closed first by the server, so the server's end sits in
/// TIME_WAIT on the port with the listener's options; the listener itself is closed.
fn leave_time_wait(first: &LinuxSocket) -> u16 {
    let (listener, port) = first_socket(Proto::Tcp, first).expect("free port");
    let mut client = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect");
    let (server, _) = listener.accept().expect("accept");
    drop(listener);
    server.shutdown(std::net::Shutdown::Write).expect("shutdown");
    let mut buf = [0u8; 1];
    assert_eq!(client.read(&mut buf).expect("client reads the FIN"), 0);
    drop(client);
    // The client's FIN: the server end moves from FIN_WAIT2 to TIME_WAIT.
    assert_eq!((&server).read(&mut buf).expect("server reads the FIN"), 0);
    drop(server);
    port
}

/// A new server binding the port of a closed one whose connection sits in TIME_WAIT: the
/// "restart fast" use of SO_REUSEADDR.
#[test]
fn time_wait_matches_the_kernel() {
    let me = euid();
    let users: Vec<u32> = if is_root() { vec![me, NOBODY] } else { vec![me] };
    if !is_root() {
        println!("SKIPPED: different-user TIME_WAIT cells need root");
    }
    for uid in users {
        let mut cells = Vec::new();
        for o1 in TableOption::ALL {
            let first = with_option(o1, Ipv4Addr::LOCALHOST.into(), false, me).listening();
            for second_address in [Ipv4Addr::LOCALHOST, Ipv4Addr::UNSPECIFIED] {
                for o2 in TableOption::ALL {
                    let port = leave_time_wait(&first);
                    let second = with_option(o2, second_address.into(), false, uid);
                    let mut tw = first;
                    tw.state = LinuxState::TimeWait;
                    cells.push((tw, second, port));
                }
            }
        }
        let binds: Vec<_> = cells.iter().map(|&(_, s, port)| (Proto::Tcp, s, port)).collect();
        let results = if uid == me { bind_here(&binds) } else { bind_as_nobody(&binds) };
        let compared: Vec<Compared> = cells
            .iter()
            .zip(results)
            .map(|(&(tw, second, port), kernel)| Compared {
                what: describe(Proto::Tcp, &tw, &second),
                kernel: kernel_outcome(kernel),
                model: decide(Proto::Tcp, port, &second, policy_for(uid), &[tw]).outcome,
            })
            .collect();
        check(&format!("TIME_WAIT, uid {uid}"), &compared);
    }
}

/// EACCES below `ip_unprivileged_port_start` without CAP_NET_BIND_SERVICE (as `nobody`, or as
/// this process when it is not root), and EINVAL for an IPv4-mapped address on an IPV6_V6ONLY
/// socket, which the kernel checks after the port.
#[test]
fn privileged_ports_and_mapped_v6only_match_the_kernel() {
    let start = unprivileged_port_start();
    if start == 0 {
        println!("SKIPPED: net.ipv4.ip_unprivileged_port_start is 0, no port is privileged");
        return;
    }
    let low = start - 1;
    let mapped = Ipv4Addr::LOCALHOST.to_ipv6_mapped().into();
    let unprivileged = if is_root() { NOBODY } else { euid() };
    let mut binds = Vec::new();
    for proto in [Proto::Tcp, Proto::Udp] {
        for (address, v6only) in addresses() {
            binds.push((proto, LinuxSocket { v6only, ..LinuxSocket::bound(address, UserId(unprivileged)) }, low));
        }
        binds.push((proto, LinuxSocket::bound(mapped, UserId(unprivileged)).v6only(), low));
    }
    let results = if is_root() { bind_as_nobody(&binds) } else { bind_here(&binds) };
    let mut compared: Vec<Compared> = binds
        .iter()
        .zip(results)
        .map(|(&(proto, s, port), kernel)| Compared {
            what: format!(
                "{proto} {}{} port {port} as uid {unprivileged}",
                s.address,
                if s.v6only { " v6only" } else { "" }
            ),
            kernel: kernel_outcome(kernel),
            model: decide(proto, port, &s, policy_for(unprivileged), &[]).outcome,
        })
        .collect();
    // With the capability the mapped address on a v6only socket is refused for what it is.
    for proto in [Proto::Tcp, Proto::Udp] {
        let s = LinuxSocket::bound(mapped, UserId(euid())).v6only();
        let port = free_port(proto);
        compared.push(Compared {
            what: format!("{proto} {mapped} v6only port {port}"),
            kernel: kernel_outcome(bind(&open(proto, &s), &s, port)),
            model: decide(proto, port, &s, policy_for(euid()), &[]).outcome,
        });
    }
    check("privileged port and IPv4-mapped on v6only", &compared);
}

/// Accepts every pending connection on each listener; returns how many each took.
fn drain(listeners: &[&Socket]) -> Vec<usize> {
    listeners
        .iter()
        .map(|l| {
            l.set_nonblocking(true).expect("nonblocking");
            let mut n = 0;
            while l.accept().is_ok() {
                n += 1;
            }
            n
        })
        .collect()
}

/// Delivery: SO_REUSEPORT listeners of one address share the connections (a hash of the
/// 4-tuple); a specific listener takes the connections to its address before a wildcard; an
/// IPv4 wildcard before a dual-stack `[::]`.
#[test]
fn delivery_matches_the_kernel() {
    let me = UserId(euid());
    let connections = 64;
    let setups: [(IpAddr, IpAddr); 3] = [
        (Ipv4Addr::LOCALHOST.into(), Ipv4Addr::LOCALHOST.into()),
        (Ipv4Addr::UNSPECIFIED.into(), Ipv4Addr::LOCALHOST.into()),
        (Ipv6Addr::UNSPECIFIED.into(), Ipv4Addr::UNSPECIFIED.into()),
    ];
    for (a, b) in setups {
        let first = LinuxSocket::bound(a, me).reuseport().listening();
        let second = LinuxSocket::bound(b, me).reuseport().listening();
        let (s1, port) = first_socket(Proto::Tcp, &first).expect("free port");
        let s2 = open(Proto::Tcp, &second);
        bind(&s2, &second, port).expect("second reuseport listener");
        s2.listen(128).expect("listen");
        let clients: Vec<TcpStream> =
            (0..connections).map(|_| TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect")).collect();
        std::thread::sleep(Duration::from_millis(50));
        let got = drain(&[&s1, &s2]);
        drop(clients);
        assert_eq!(got.iter().sum::<usize>(), connections, "{a} and {b}: every connection accepted once");
        let expected = deliver(Ipv4Addr::LOCALHOST.into(), &[first, second]);
        let kernel = match (got[0], got[1]) {
            (_, 0) => LinuxDelivery::One(0),
            (0, _) => LinuxDelivery::One(1),
            // Both took some: spread (the chance that a hash sends 64 connections to one of two
            // listeners is 2^-63).
            (_, _) => LinuxDelivery::SpreadByHash(vec![0, 1]),
        };
        println!("delivery {a} + {b}: kernel split {got:?}, model {expected:?}");
        assert_eq!(kernel, expected, "listeners {a} and {b}, connections to 127.0.0.1:{port}");
    }
}
