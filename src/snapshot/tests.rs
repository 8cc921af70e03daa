//! The readers on the committed fixtures (formats as Windows prints them) and on broken text.

use super::*;
use crate::ports::PortRange;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/snapshots").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str) -> (Kind, Snapshot) {
    let mut snap = Snapshot::default();
    let kind = snap.add_text(name, &fixture(name)).unwrap_or_else(|e| panic!("{e}"));
    (kind, snap)
}

fn malformed(name: &str, text: &str) -> (usize, String) {
    match Snapshot::default().add_text(name, text) {
        Err(SnapshotError::Malformed { line, message, .. }) => (line, message),
        other => panic!("expected a malformed-file error, got {other:?}"),
    }
}

#[test]
fn netstat_anob_gives_listeners_pids_and_owners() {
    let (kind, snap) = read("netstat-anob.txt");
    assert_eq!(kind, Kind::Netstat);
    let rows: Vec<String> =
        snap.listeners.iter().map(|l| format!("{} {} {} {:?}", l.proto, l.endpoint, l.pid, l.state)).collect();
    assert_eq!(
        rows,
        [
            "tcp 0.0.0.0:80 4 Listen",
            "tcp 0.0.0.0:135 1004 Listen",
            "tcp 127.0.0.1:8080 5120 Listen",
            "tcp [::]:80 4 Listen",
            "udp 0.0.0.0:53 2148 Udp"
        ]
    );
    assert_eq!(snap.listeners[2].origin.line, 10);
    assert_eq!(snap.process_name(5120), Some("nginx.exe"));
    assert_eq!(snap.processes[&1004].services, ["RpcSs"]);
    assert_eq!(snap.process_name(KERNEL_PID), Some("System"));
}

#[test]
fn netstat_in_german_with_connections_and_scoped_ipv6() {
    let text = "\r\nAktive Verbindungen\r\n\r\n  Proto  Lokale Adresse         Remoteadresse          Status           PID\r\n\
                \x20 TCP    0.0.0.0:445            0.0.0.0:0              ABHÖREN         4\r\n\
                \x20 TCP    10.0.0.5:52000         10.0.0.9:443           HERGESTELLT     8800\r\n\
                \x20 UDP    [fe80::1%12]:546       *:*                                    1200\r\n";
    let mut snap = Snapshot::default();
    assert_eq!(snap.add_text("de.txt", text).unwrap(), Kind::Netstat);
    assert_eq!(snap.listeners.len(), 2);
    assert_eq!(snap.listeners[1].endpoint.to_string(), "[fe80::1%12]:546");
    assert_eq!(snap.connections[0].state, "HERGESTELLT");
    assert_eq!(snap.connections[0].remote.to_string(), "10.0.0.9:443");
}

#[test]
fn netstat_bad_rows_name_the_line() {
    let head = "  Proto  Local Address          Foreign Address        State           PID\n";
    assert_eq!(
        malformed("n.txt", &format!("{head}  TCP    0.0.0.0:80   0.0.0.0:0   LISTENING   x4\n")),
        (2, "`x4` is not a process id (netstat -ano prints it last)".to_owned())
    );
    assert_eq!(malformed("n.txt", &format!("{head}  TCP    0.0.0.0:80  0.0.0.0:0 LISTENING 4\n  garbage here\n")).0, 3);
    assert_eq!(malformed("n.txt", &format!("{head}  UDP    0.0.0.0:99999  *:*  4\n")).0, 2);
}

#[test]
fn powershell_json_51_and_7_and_csv_agree() {
    let (kind, json) = read("get-nettcpconnection-ps51.json");
    assert_eq!(kind, Kind::PsTcp);
    let (_, csv) = read("get-nettcpconnection-ps51.csv");
    let summary = |s: &Snapshot| -> Vec<String> {
        s.listeners.iter().map(|l| format!("{} {} {:?}", l.endpoint, l.pid, l.state)).collect()
    };
    assert_eq!(
        summary(&json),
        ["[::]:80 4 Listen", "0.0.0.0:80 4 Listen", "127.0.0.1:8080 5120 Listen", "0.0.0.0:7070 8800 Bound"]
    );
    assert_eq!(summary(&csv), summary(&json));
    assert_eq!(json.connections.len(), 1);
    assert_eq!(json.listeners[2].origin.line, 20, "the line of the object's brace");
    assert_eq!(json.listeners[0].created.as_deref(), Some("/Date(1764309600000)/"));
    let (_, one) = read("get-nettcpconnection-ps7.json");
    assert_eq!(summary(&one), ["0.0.0.0:3000 6000 Listen"]);
    let (kind, udp) = read("get-netudpendpoint-ps51.json");
    assert_eq!((kind, udp.listeners.len(), udp.listeners[0].proto), (Kind::PsUdp, 2, Proto::Udp));
}

#[test]
fn powershell_bad_values_name_the_result_and_line() {
    let text = "[\n  {\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 80, \"State\": 2, \"OwningProcess\": 4},\n  {\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": \"eighty\", \"State\": 2, \"OwningProcess\": 4}\n]\n";
    let (line, message) = malformed("p.json", text);
    assert_eq!(line, 3);
    assert!(message.starts_with("result 2: field `LocalPort`"), "{message}");
    let (line, message) =
        malformed("p.json", "{\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 80, \"State\": 77, \"OwningProcess\": 4}");
    assert_eq!((line, message.as_str()), (1, "`State` 77 is not a TCP state of Get-NetTCPConnection"));
    let (line, _) = malformed(
        "p.csv",
        "\"LocalAddress\",\"LocalPort\",\"State\",\"OwningProcess\"\n\"0.0.0.0\",\"80\",\"Listen\"\n",
    );
    assert_eq!(line, 2);
}

#[test]
fn http_views() {
    let (kind, snap) = read("netsh-http-show-iplisten.txt");
    assert_eq!(kind, Kind::HttpIplisten);
    assert_eq!(snap.http.iplisten, Some(vec!["127.0.0.1".parse().unwrap(), "::".parse().unwrap()]));
    let (_, empty) = read("netsh-http-show-iplisten-empty.txt");
    assert_eq!(empty.http.iplisten, Some(vec![]));

    let (kind, snap) = read("netsh-http-show-servicestate.txt");
    assert_eq!(kind, Kind::HttpServiceState);
    let urls: Vec<(&str, u16, &[u32])> =
        snap.http.urls.iter().map(|u| (u.url.as_str(), u.port, u.pids.as_slice())).collect();
    assert_eq!(
        urls,
        [
            ("HTTP://+:5985/WSMAN/", 5985, &[1396][..]),
            ("HTTP://+:47001/WSMAN/", 47001, &[1396][..]),
            ("HTTP://*:80/", 80, &[][..])
        ]
    );
    assert_eq!(snap.http.urls[2].host, UrlHost::Weak);
    assert_eq!(snap.http_sys_endpoints(80).len(), 2, "no iplisten given: both wildcards");
    assert!(snap.http_sys_endpoints(81).is_empty());

    let (kind, snap) = read("netsh-http-show-sslcert.txt");
    assert_eq!(kind, Kind::HttpSslcert);
    let keys: Vec<String> = snap.http.sslcert.iter().map(|b| format!("{} {}", b.key, &b.hash[..6])).collect();
    assert_eq!(keys, ["0.0.0.0:443 5f3a1e", "[::]:443 0c9d8e", "www.example.com:443 5f3a1e"]);
}

#[test]
fn tasklist_columns_by_the_underline() {
    let (kind, snap) = read("tasklist-svc.txt");
    assert_eq!(kind, Kind::Tasklist);
    assert_eq!(snap.processes[&0].image, "System Idle Process");
    assert_eq!(snap.processes[&1004].services, ["RpcEptMapper", "RpcSs"]);
    assert!(snap.processes[&5120].services.is_empty(), "N/A is no service");
    let text = "Image Name                     PID Services\n========================= ======== ============\nsvchost.exe                   1004 RpcSs, Dnscache,\n                                   mDNS\nbad.exe                       12x4 N/A\n";
    assert_eq!(malformed("t.txt", text).0, 5);
}

#[test]
fn netsh_port_ranges_are_read_by_the_netsh_readers() {
    let text = "\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n     50000       50059\n\n";
    let mut snap = Snapshot::default();
    assert_eq!(snap.add_text("x.txt", text).unwrap(), Kind::ExcludedPorts);
    assert_eq!(snap.excluded[0].ranges[0].range, PortRange::new(50000, 50059).unwrap());
    let err = snap
        .add_text("y.txt", "Protocol tcp Dynamic Port Range\n---\nStart Port : 49152\nNumber of Ports : x\n")
        .unwrap_err();
    assert!(err.to_string().starts_with("y.txt: line 4:"), "{err}");
}

#[test]
fn unrecognised_files_name_the_first_line() {
    let err = Snapshot::default().add_text("empty.txt", "\n\n  \n").unwrap_err();
    assert!(matches!(err, SnapshotError::Unrecognised { line: 1, .. }));
    let err = Snapshot::default().add_text("w.json", "\n{\"name\": \"x\"}").unwrap_err();
    assert!(matches!(err, SnapshotError::Unrecognised { line: 2, .. }), "{err}");
}

#[test]
fn a_snapshot_becomes_a_host_with_the_kernel_known() {
    let (_, snap) = read("netstat-anob.txt");
    let sh = snap.host(crate::Era::Win11, |l| Assume::default_for(l.pid)).unwrap();
    assert_eq!(sh.sockets.len(), 5);
    let kernel = sh.users[KERNEL_ACCOUNT];
    let http_sys = sh.host.get(sh.sockets[0].0).unwrap();
    assert_eq!((http_sys.owner(), http_sys.mode()), (kernel, crate::ReuseMode::Default));
    assert!(sh.host.addresses().any(|a| a == "127.0.0.1".parse::<IpAddr>().unwrap()));
}

#[test]
fn netstat_and_powershell_show_the_same_sockets_once() {
    // `--live` reads both; a socket both list is one socket, with PowerShell's creation time.
    let mut snap = Snapshot::default();
    snap.add_text("netstat.txt", &fixture("netstat-anob.txt")).unwrap();
    snap.add_text("tcp.json", &fixture("get-nettcpconnection-ps51.json")).unwrap();
    let port_80: Vec<&Listener> = snap.listeners_on(Proto::Tcp, 80).collect();
    assert_eq!(port_80.len(), 2, "0.0.0.0:80 and [::]:80, each once");
    assert!(port_80.iter().all(|l| l.created.is_some()));
    assert!(snap.host(crate::Era::Win11, |l| Assume::default_for(l.pid)).is_ok());
    // Within one file, two identical rows are two sockets.
    let mut twice = Snapshot::default();
    twice
        .add_text(
            "n.txt",
            "  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  900\n  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  900\n",
        )
        .unwrap();
    assert_eq!(twice.listeners.len(), 2);
}

/// Issue 21, item 1: `[fe80::1%12]:80` and `[fe80::1%13]:80` are one address on two interfaces,
/// so two sockets of two processes there are two addresses, and the machine loads.
#[test]
fn two_zones_of_one_link_local_address_are_two_addresses() {
    let netstat = "  Proto  Local Address  Foreign Address  State  PID\n\
                   \x20 TCP    [fe80::1%12]:80    [::]:0    LISTENING    4\n\
                   \x20 TCP    [fe80::1%13]:80    [::]:0    LISTENING    8\n";
    let csv = "\"LocalAddress\",\"LocalPort\",\"State\",\"OwningProcess\"\n\
               \"fe80::1%12\",\"80\",\"Listen\",\"4\"\n\"fe80::1%13\",\"80\",\"Listen\",\"8\"\n";
    for (name, text) in [("n.txt", netstat), ("p.csv", csv)] {
        let mut snap = Snapshot::default();
        snap.add_text(name, text).unwrap();
        let rows: Vec<String> = snap.listeners.iter().map(|l| format!("{} {}", l.endpoint, l.pid)).collect();
        assert_eq!(rows, ["[fe80::1%12]:80 4", "[fe80::1%13]:80 8"], "{name}");
        let host = snap.host(crate::Era::Win11, |l| Assume::default_for(l.pid));
        assert_eq!(host.map(|h| h.sockets.len()).ok(), Some(2), "{name}: both sockets bind");
    }
    // One zone twice is one address: two processes there without SO_REUSEADDR cannot be.
    let mut same = Snapshot::default();
    same.add_text("n.txt", &netstat.replace("%13", "%12")).unwrap();
    assert!(same.host(crate::Era::Win11, |l| Assume::default_for(l.pid)).is_err());
}

#[test]
fn a_zone_that_is_not_a_number_is_refused() {
    let head = "  Proto  Local Address          Foreign Address        State           PID\n";
    assert_eq!(
        malformed("n.txt", &format!("{head}  TCP    [fe80::1%eth0]:80   [::]:0   LISTENING   4\n")),
        (2, "`[fe80::1%eth0]:80` is not ADDRESS:PORT".to_owned())
    );
}

/// Issue 21, item 5: tasklist prints each PID once; a second line for one is an error naming
/// both lines, not a silent replacement of the first image name.
#[test]
fn tasklist_columns_are_characters_and_a_pid_is_listed_once() {
    let head = "Image Name                     PID Services\n========================= ======== ============================================\n";
    let mut snap = Snapshot::default();
    snap.add_text("t.txt", &format!("{head}Café.exe                       900 N/A\n")).unwrap();
    assert_eq!(snap.process_name(900), Some("Café.exe"));
    assert_eq!(
        malformed(
            "t.txt",
            &format!("{head}nginx.exe                     5120 N/A\nevil.exe                      5120 N/A\n")
        ),
        (4, "PID 5120 is listed twice (lines 3 and 4); tasklist prints each process once".to_owned())
    );
}
