//! The bad-input catalogue: every malformed scenario file, address, port, option, era or
//! argument exits with status 2 and one located message (file, step, field), never a panic and
//! never a silently ignored key. Each message below was read and judged right for its input.

use std::path::PathBuf;
use std::process::Command;

/// A malformed input and the first line it must print on stderr. An expectation ending in `*`
/// is matched up to the `*`: what follows is the operating system's own wording (a missing file
/// reads differently on Windows, where the suite runs too).
enum Case {
    /// A scenario file (name, content) given to `winsock-bind run`.
    File(&'static str, &'static str, &'static str),
    /// Command-line arguments.
    Args(&'static [&'static str], &'static str),
    /// A file (name, content) and the arguments that read it (netsh output, audit configs).
    FileFor(&'static str, &'static str, &'static [&'static str], &'static str),
    /// A file given as bytes (UTF-16 output, not text in Rust), and the arguments that read it.
    Bytes(&'static str, &'static [u8], &'static [&'static str], &'static str),
    /// A file of this many bytes (sparse, all zero), and the arguments that read it.
    Sized(&'static str, u64, &'static [&'static str], &'static str),
}

/// `doctor` on the snapshot file `n.txt`, `p.json`, `p.csv` or `t.txt`.
const DOCTOR_N: &[&str] = &["doctor", "--era", "win11", "--bind", "default 0.0.0.0:80", "n.txt"];
const DOCTOR_P_JSON: &[&str] = &["doctor", "--era", "win11", "--bind", "default 0.0.0.0:80", "p.json"];
const DOCTOR_P_CSV: &[&str] = &["doctor", "--era", "win11", "--bind", "default 0.0.0.0:80", "p.csv"];
const DOCTOR_T: &[&str] = &["doctor", "--era", "win11", "--bind", "default 0.0.0.0:80", "t.txt"];
/// The machine audit on `n.txt`.
const MACHINE_AUDIT_N: &[&str] = &["audit", "--era", "win11", "n.txt"];

const CASES: &[Case] = &[
    Case::File(
        r#"unknown-op.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"frob","id":"a"}]}"#,
        r#"winsock-bind: unknown-op.json: step 2: field `op`: unknown op `frob` (one of: socket, setsockopt, getsockopt, bind, listen, connect, accept, close, shutdown, abort, send, join, reserve, request)"#,
    ),
    Case::File(
        r#"unknown-key.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:80","colour":"red"}]}"#,
        r#"winsock-bind: unknown-key.json: step 2 (bind): field `colour`: unknown field `colour`, expected one of `id`, `addr`, `expect_port`, `save_port`, `expect`"#,
    ),
    Case::File(
        r#"unknown-id.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"b","addr":"0.0.0.0:80"}]}"#,
        r#"winsock-bind: unknown-id.json: step 2 (bind): field `id`: unknown socket id `b` (no earlier socket or accept step creates it)"#,
    ),
    Case::File(
        r#"bad-v4.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"256.0.0.1:80"}]}"#,
        r#"winsock-bind: bad-v4.json: step 2 (bind): field `addr`: bad address `256.0.0.1:80`: `256.0.0.1` is not an IPv4 address (four numbers 0-255)"#,
    ),
    Case::File(
        r#"v6-no-port.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v6"},{"op":"bind","id":"a","addr":"[::1]"}]}"#,
        r#"winsock-bind: v6-no-port.json: step 2 (bind): field `addr`: bad address `[::1]`: missing port (write ip:port, or [ipv6]:port)"#,
    ),
    Case::File(
        r#"v6-no-brackets.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v6"},{"op":"bind","id":"a","addr":"::1:80"}]}"#,
        r#"winsock-bind: v6-no-brackets.json: step 2 (bind): field `addr`: bad address `::1:80`: missing port; an IPv6 address with a port needs brackets, e.g. [::1]:80"#,
    ),
    Case::File(
        r#"port-minus-1.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:-1"}]}"#,
        r#"winsock-bind: port-minus-1.json: step 2 (bind): field `addr`: bad address `0.0.0.0:-1`: port `-1` is not a number from 0 to 65535"#,
    ),
    Case::File(
        r#"port-65536.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:65536"}]}"#,
        r#"winsock-bind: port-65536.json: step 2 (bind): field `addr`: bad address `0.0.0.0:65536`: port 65536 is out of range (0 to 65535)"#,
    ),
    Case::File(
        r#"port-70000.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"connect","to":"127.0.0.1:70000"}]}"#,
        r#"winsock-bind: port-70000.json: step 2 (connect): field `to`: bad address `127.0.0.1:70000`: port 70000 is out of range (0 to 65535)"#,
    ),
    Case::File(
        r#"addr-number.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":5}]}"#,
        r#"winsock-bind: addr-number.json: step 2 (bind): field `addr`: invalid type: integer `5`, expected a string"#,
    ),
    Case::File(
        r#"value-string.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"setsockopt","id":"a","option":"SO_REUSEADDR","value":"yes"}]}"#,
        r#"winsock-bind: value-string.json: step 2 (setsockopt): field `value`: expected true, false, an integer, or { "onoff": bool, "seconds": n } for SO_LINGER"#,
    ),
    Case::File(
        r#"unknown-option.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"setsockopt","id":"a","option":"SO_BROADCAST","value":1}]}"#,
        r#"winsock-bind: unknown-option.json: step 2 (setsockopt): field `option`: unknown variant `SO_BROADCAST`, expected one of `SO_REUSEADDR`, `SO_EXCLUSIVEADDRUSE`, `IPV6_V6ONLY`, `SO_LINGER`, `SO_ACCEPTCONN`, `SO_REUSEPORT`"#,
    ),
    Case::File(
        r#"bad-expect.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":"WSAEFOO"}]}"#,
        r#"winsock-bind: bad-expect.json: step 2 (bind): field `expect`: unknown Winsock error `WSAEFOO` (expected one of: access, inval, notsock, wouldblock, noprotoopt, opnotsupp, afnosupport, inuse, addrnotavail, nobufs, isconn, notconn, connrefused, hostunreach)"#,
    ),
    Case::File(
        r#"bad-expect-number.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":99999}]}"#,
        r#"winsock-bind: bad-expect-number.json: step 2 (bind): field `expect`: unknown Winsock error number 99999"#,
    ),
    Case::File(
        r#"duplicate-id.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"socket","id":"a","family":"v4"}]}"#,
        r#"winsock-bind: duplicate-id.json: step 2 (socket): field `id`: socket id `a` is already used by an earlier step; give each socket its own name"#,
    ),
    Case::File(
        r#"closed-socket.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"close","id":"a"},{"op":"bind","id":"a","addr":"0.0.0.0:80"}]}"#,
        r#"winsock-bind: closed-socket.json: step 3 (bind): field `id`: socket `a` was closed at step 2; a later step may use it only to expect an error (WSAENOTSOCK)"#,
    ),
    Case::File(
        r#"missing-op.json"#,
        r#"{"name":"t","era":"win10","steps":[{"id":"a"}]}"#,
        r#"winsock-bind: missing-op.json: step 1: missing `op` (one of: socket, setsockopt, getsockopt, bind, listen, connect, accept, close, shutdown, abort, send, join, reserve, request)"#,
    ),
    Case::File(
        r#"step-not-object.json"#,
        r#"{"name":"t","era":"win10","steps":["bind"]}"#,
        r#"winsock-bind: step-not-object.json: step 1: a step is an object with an `op`"#,
    ),
    Case::File(
        r#"bad-family.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v5"}]}"#,
        r#"winsock-bind: bad-family.json: step 1 (socket): field `family`: unknown variant `v5`, expected `v4` or `v6`"#,
    ),
    Case::File(
        r#"unknown-user.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4","user":"mallory"}]}"#,
        r#"winsock-bind: unknown-user.json: step 1 (socket): field `user`: unknown user `mallory`"#,
    ),
    Case::File(
        r#"missing-user.json"#,
        r#"{"name":"t","era":"win10","users":[{"name":"a"},{"name":"b"}],"steps":[{"op":"socket","id":"s","family":"v4"}]}"#,
        r#"winsock-bind: missing-user.json: step 1 (socket): field `user`: missing: the scenario has several users, say which one owns the socket"#,
    ),
    Case::File(
        r#"duplicate-user.json"#,
        r#"{"name":"t","era":"win10","users":[{"name":"a"},{"name":"a"}],"steps":[]}"#,
        r#"winsock-bind: duplicate-user.json: field `users[1].name`: user `a` is listed twice"#,
    ),
    Case::File(
        r#"missing-field.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"join","id":"a","group":"239.1.1.1"}]}"#,
        r#"winsock-bind: missing-field.json: step 2 (join): missing field `iface`"#,
    ),
    Case::File(
        r#"bad-era.json"#,
        r#"{"name":"t","era":"win31","steps":[]}"#,
        r#"winsock-bind: bad-era.json: field `era`: unknown era `win31` (expected one of: win95, win98, me, nt4, nt4sp4, win2000, xp, xpsp2, server2003, vista, server2008, win7, server2008r2, win8, server2012, win10, server2016, server2019, win11, server2022, server2025)"#,
    ),
    Case::File(
        r#"top-level-key.json"#,
        r#"{"name":"t","era":"win10","colour":1,"steps":[]}"#,
        r#"winsock-bind: top-level-key.json: field `colour`: unknown field `colour`, expected one of `name`, `description`, `era`, `os`, `behaviour`, `host`, `hosts`, `users`, `steps`"#,
    ),
    Case::File(
        r#"linux-behaviour.json"#,
        r#"{"name":"t","os":"linux","behaviour":"documented","steps":[]}"#,
        r#"winsock-bind: linux-behaviour.json: field `behaviour`: `behaviour` chooses between documented and observed Windows; a Linux scenario has none (remove it)"#,
    ),
    Case::File(
        r#"era-and-os.json"#,
        r#"{"name":"t","era":"win10","os":"linux","steps":[]}"#,
        r#"winsock-bind: era-and-os.json: field `os`: give either `era` (a Windows release) or `os` (e.g. linux), not both"#,
    ),
    Case::File(
        r#"no-era-nor-os.json"#,
        r#"{"name":"t","steps":[]}"#,
        r#"winsock-bind: no-era-nor-os.json: missing field `era` (or `os`: linux)"#,
    ),
    Case::File(
        r#"host-without-era.json"#,
        r#"{"name":"t","hosts":[{"name":"a","era":"win11"},{"name":"b"}],"steps":[]}"#,
        r#"winsock-bind: host-without-era.json: field `hosts[1].era`: missing field `era`: give each host its era, or the scenario a top-level `era` for the hosts that name none"#,
    ),
    Case::File(
        r#"windows-uid.json"#,
        r#"{"name":"t","era":"win10","users":[{"name":"a","uid":1000}],"steps":[]}"#,
        r#"winsock-bind: windows-uid.json: field `users[0].uid`: a uid is a Linux user id; Windows accounts have none (remove it, or write `"os": "linux"`)"#,
    ),
    Case::File(
        r#"bad-uid.json"#,
        r#"{"name":"t","os":"linux","users":[{"name":"a","uid":"root"}],"steps":[]}"#,
        r#"winsock-bind: bad-uid.json: field `users[0].uid`: a uid is a number, 0 to 4294967294"#,
    ),
    Case::File(
        r#"uid-admin-differs.json"#,
        r#"{"name":"t","os":"linux","users":[{"name":"a","uid":7},{"name":"b","uid":7,"admin":true}],"steps":[]}"#,
        r#"winsock-bind: uid-admin-differs.json: field `users[1].admin`: user `b` has the same uid 7 as user `a`, so they are one user: give them the same `admin`"#,
    ),
    Case::File(
        r#"unsaved-port.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"connect","id":"a","to":"127.0.0.1:$srv"}]}"#,
        r#"winsock-bind: unsaved-port.json: step 2 (connect): field `to`: port `$srv` is not saved by an earlier step (save it with `"save_port": "srv"` on a bind, listen, connect or send)"#,
    ),
    Case::File(
        r#"port-saved-twice.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:0","save_port":"p"},{"op":"listen","id":"a","save_port":"p"}]}"#,
        r#"winsock-bind: port-saved-twice.json: step 3 (listen): field `save_port`: port `$p` is already saved by step 2; give each saved port its own name"#,
    ),
    Case::File(
        r#"bad-port-name.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"socket","id":"a","family":"v6"},{"op":"bind","id":"a","addr":"[::1]:$"}]}"#,
        r#"winsock-bind: bad-port-name.json: step 2 (bind): field `addr`: bad address `[::1]:$`: `` is not a port name (letters, digits, `_` and `-`, starting with a letter or `_`)"#,
    ),
    Case::File(
        r#"bad-expect-port-range.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":"32768-70000"}]}"#,
        r#"winsock-bind: bad-expect-port-range.json: step 2 (bind): field `expect_port`: bad port range `32768-70000`: port 70000 is out of range (1 to 65535)"#,
    ),
    Case::File(
        r#"windows-port-range.json"#,
        r#"{"name":"t","era":"win11","host":{"ip_local_port_range":"40000-40009"},"steps":[]}"#,
        r#"winsock-bind: windows-port-range.json: field `host.ip_local_port_range`: Linux's sysctl; a Windows scenario sets its dynamic port range with `host.dynamic_ports`"#,
    ),
    Case::File(
        r#"low-port-range.json"#,
        r#"{"name":"t","os":"linux","host":{"ip_local_port_range":"500-600"},"steps":[]}"#,
        r#"winsock-bind: low-port-range.json: field `host.ip_local_port_range`: the kernel refuses a range that starts below ip_unprivileged_port_start (1024): 500-600"#,
    ),
    Case::File(
        r#"host-unknown-key.json"#,
        r#"{"name":"t","os":"linux","host":{"ip_local_port_rnage":"40000-40009"},"steps":[]}"#,
        r#"winsock-bind: host-unknown-key.json: field `host.ip_local_port_rnage`: unknown field `ip_local_port_rnage`, expected one of `addresses`, `dynamic_ports`, `ephemeral`, `ip_local_port_range`"#,
    ),
    Case::File(
        r#"user-unknown-key.json"#,
        r#"{"name":"t","os":"linux","users":[{"name":"a","uuid":3}],"steps":[]}"#,
        r#"winsock-bind: user-unknown-key.json: field `users[0].uuid`: unknown field `uuid`, expected one of `name`, `admin`, `uid`"#,
    ),
    Case::File(
        r#"linux-winsock-name.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"socket","id":"a","family":"v4","expect":"WSAEADDRINUSE"}]}"#,
        r#"winsock-bind: linux-winsock-name.json: step 1 (socket): field `expect`: WSAEADDRINUSE is a Winsock error; this is a Linux scenario: write EADDRINUSE (or `inuse`)"#,
    ),
    Case::File(
        r#"windows-errno-name.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4","expect":"ECONNREFUSED"}]}"#,
        r#"winsock-bind: windows-errno-name.json: step 1 (socket): field `expect`: ECONNREFUSED is a Linux errno; this is a Windows scenario: write WSAECONNREFUSED (or `connrefused`)"#,
    ),
    Case::File(
        r#"linux-hosts.json"#,
        r#"{"name":"t","os":"linux","hosts":[{"name":"a","era":"win10","addresses":["192.0.2.1"]}],"steps":[]}"#,
        r#"winsock-bind: linux-hosts.json: field `hosts`: a network of hosts is modelled for Windows machines; a Linux scenario is one machine (remove `hosts`)"#,
    ),
    Case::File(
        r#"linux-request.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"request","id":"a"}]}"#,
        r#"winsock-bind: linux-request.json: step 2 (request): field `op`: `request` states a connection's identity across Windows hosts; a Linux scenario cannot use it"#,
    ),
    Case::File(
        r#"linux-reserve.json"#,
        r#"{"name":"t","os":"linux","steps":[{"op":"reserve","ports":"5000","kind":"excluded"}]}"#,
        r#"winsock-bind: linux-reserve.json: step 1 (reserve): field `op`: `reserve` keeps Windows port ranges (netsh excluded ranges, ReservedPorts); a Linux scenario cannot use it"#,
    ),
    Case::File(
        r#"linux-dynamic-ports.json"#,
        r#"{"name":"t","os":"linux","host":{"dynamic_ports":{"tcp":"1025-5000"}},"steps":[]}"#,
        r#"winsock-bind: linux-dynamic-ports.json: field `host.dynamic_ports`: Windows' dynamic port settings; Linux picks ports in ip_local_port_range (32768-60999; set it with `host.ip_local_port_range`)"#,
    ),
    Case::File(
        r#"truncated.json"#,
        r#"{"name":"t","era":"win10","steps":["#,
        r#"winsock-bind: truncated.json: not valid JSON: EOF while parsing a list at line 1 column 35"#,
    ),
    Case::File(
        r#"no-steps.json"#,
        r#"{"name":"t","era":"win10"}"#,
        r#"winsock-bind: no-steps.json: missing field `steps`"#,
    ),
    Case::File(
        r#"steps-not-list.json"#,
        r#"{"name":"t","era":"win10","steps":{}}"#,
        r#"winsock-bind: steps-not-list.json: field `steps`: expected a list of steps"#,
    ),
    Case::File(
        r#"no-name.json"#,
        r#"{"era":"win10","steps":[]}"#,
        r#"winsock-bind: no-name.json: missing field `name`"#,
    ),
    Case::File(
        r#"bad-host-address.json"#,
        r#"{"name":"t","era":"win10","host":{"addresses":["10.0.0.300"]},"steps":[]}"#,
        r#"winsock-bind: bad-host-address.json: field `host.addresses`: `10.0.0.300` is not an IP address"#,
    ),
    Case::File(
        r#"bad-behaviour.json"#,
        r#"{"name":"t","era":"win10","behaviour":"guessed","steps":[]}"#,
        r#"winsock-bind: bad-behaviour.json: field `behaviour`: unknown variant `guessed`, expected `documented` or `observed`"#,
    ),
    Case::File(
        r#"accepted-by-ghost.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"connect","to":"127.0.0.1:80","expect_accepted_by":"ghost"}]}"#,
        r#"winsock-bind: accepted-by-ghost.json: step 1 (connect): field `expect_accepted_by`: unknown socket id `ghost` (no earlier socket or accept step creates it)"#,
    ),
    Case::File(
        r#"bad-reserve.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"reserve","ports":"2000-1000","kind":"excluded"}]}"#,
        r#"winsock-bind: bad-reserve.json: step 1 (reserve): field `ports`: bad port range `2000-1000`: start 2000 is above end 1000"#,
    ),
    Case::File(
        r#"bad-reserve-kind.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"reserve","ports":"1645","kind":"borrowed"}]}"#,
        r#"winsock-bind: bad-reserve-kind.json: step 1 (reserve): field `kind`: unknown variant `borrowed`, expected `excluded` or `reserved`"#,
    ),
    Case::File(
        r#"duplicate-key.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"bind","id":"a","addr":"0.0.0.0:80","addr":"0.0.0.0:81"}]}"#,
        r#"winsock-bind: duplicate-key.json: step 2: field `addr`: duplicate key `addr`: give each key once"#,
    ),
    Case::File(
        r#"duplicate-top-key.json"#,
        r#"{"name":"t","era":"win10","era":"xp","steps":[]}"#,
        r#"winsock-bind: duplicate-top-key.json: field `era`: duplicate key `era`: give each key once"#,
    ),
    Case::File(
        r#"duplicate-nested-key.json"#,
        r#"{"name":"t","era":"win10","host":{"addresses":[],"addresses":["10.0.0.1"]},"steps":[]}"#,
        r#"winsock-bind: duplicate-nested-key.json: field `host.addresses`: duplicate key `addresses`: give each key once"#,
    ),
    Case::File(
        r#"control-in-id.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"listen","id":"a\u001b[2J\nFAKE"}]}"#,
        r#"winsock-bind: control-in-id.json: step 2 (listen): field `id`: unknown socket id `a\u{1b}[2J\nFAKE` (no earlier socket or accept step creates it)"#,
    ),
    Case::File(
        r#"reserved-with-proto.json"#,
        r#"{"name":"t","era":"xp","steps":[{"op":"reserve","ports":"1645","kind":"reserved","proto":"udp"}]}"#,
        r#"winsock-bind: reserved-with-proto.json: step 1 (reserve): field `proto`: ReservedPorts keeps a range from TCP and UDP alike; `proto` applies to excluded ranges"#,
    ),
    Case::File(
        r#"reserve-bad-proto.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"reserve","ports":"1645","kind":"excluded","proto":"sctp"}]}"#,
        r#"winsock-bind: reserve-bad-proto.json: step 1 (reserve): field `proto`: *"#,
    ),
    Case::File(
        r#"no-users.json"#,
        r#"{"name":"t","era":"win10","users":[],"steps":[{"op":"socket","id":"a","family":"v4"}]}"#,
        r#"winsock-bind: no-users.json: step 1 (socket): field `user`: missing: the scenario lists no users; add one under `users`"#,
    ),
    Case::File(
        r#"typo.toml"#,
        r#"name = "t"
era = "win10"
[[steps]]
op = "socket"
id = "a"
family = "v4"
[[steps]]
op = "bind"
id = "a"
addr = "0.0.0.0:80"
expct = "ok""#,
        r#"winsock-bind: typo.toml: step 2 (bind): field `expct`: unknown field `expct`, expected one of `id`, `addr`, `expect_port`, `save_port`, `expect`"#,
    ),
    Case::File(
        r#"bad.toml"#,
        r#"name = "#,
        r#"winsock-bind: bad.toml: not valid TOML: TOML parse error at line 1, column 8"#,
    ),
    Case::File(
        r#"scenario.yaml"#,
        r#"name: t"#,
        r#"winsock-bind: scenario.yaml: unknown scenario format (expected .json or .toml)"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"win31"#],
        r#"error: invalid value 'win31' for '--era <ERA>': unknown era `win31` (expected one of: win95, win98, me, nt4, nt4sp4, win2000, xp, xpsp2, server2003, vista, server2008, win7, server2008r2, win8, server2012, win10, server2016, server2019, win11, server2022, server2025)"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"xp"#, r#"--users"#, r#"both"#],
        r#"error: invalid value 'both' for '--users <USERS>': unknown users `both` (expected one of: same, different)"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"xp"#, r#"--format"#, r#"pdf"#],
        r#"error: invalid value 'pdf' for '--format <FORMAT>': unknown format `pdf` (expected one of: csv, markdown, json, html)"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"xp"#, r#"--family"#, r#"v5"#],
        r#"error: invalid value 'v5' for '--family <FAMILY>': unknown family `v5` (expected one of: v4, v6, dual, mixed)"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"xpsp2"#, r#"--family"#, r#"mixed"#],
        r#"winsock-bind: bad family `mixed`: xpsp2 (Windows XP SP2, SP3) has no dual-stack sockets (its IPv6 stack is separate from IPv4); families for xpsp2: v4, v6"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"win95"#, r#"--family"#, r#"v6"#],
        r#"winsock-bind: bad family `v6`: win95 (Windows 95) has no IPv6 stack; families for win95: v4"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"xp"#, r#"--proto"#, r#"sctp"#],
        r#"error: invalid value 'sctp' for '--proto <PROTO>': unknown protocol `sctp` (expected one of: tcp, udp)"#,
    ),
    Case::Args(&[r#"table"#], r#"error: the following required arguments were not provided:"#),
    Case::Args(&[r#"frobnicate"#], r#"error: unrecognized subcommand 'frobnicate'"#),
    Case::Args(
        &[r#"explain"#, r#"--era"#, r#"xp"#, r#"--first"#, r#"steal 0.0.0.0"#, r#"--second"#, r#"default 0.0.0.0"#],
        r#"winsock-bind: unknown bind word `steal` (expected one of: default, reuseaddr, exclusive, dual, admin)"#,
    ),
    Case::Args(
        &[r#"explain"#, r#"--era"#, r#"xp"#, r#"--first"#, r#"default 256.0.0.1"#, r#"--second"#, r#"default 0.0.0.0"#],
        r#"winsock-bind: bad address `256.0.0.1`: `256.0.0.1` is not an IPv4 address (four numbers 0-255)"#,
    ),
    Case::Args(
        &[
            r#"explain"#,
            r#"--era"#,
            r#"xp"#,
            r#"--first"#,
            r#"default 0.0.0.0:65536"#,
            r#"--second"#,
            r#"default 0.0.0.0"#,
        ],
        r#"winsock-bind: bad address `0.0.0.0:65536`: port 65536 is out of range (0 to 65535)"#,
    ),
    Case::Args(
        &[
            r#"explain"#,
            r#"--era"#,
            r#"xp"#,
            r#"--first"#,
            r#"default 0.0.0.0:-1"#,
            r#"--second"#,
            r#"default 0.0.0.0"#,
        ],
        r#"winsock-bind: bad address `0.0.0.0:-1`: port `-1` is not a number from 0 to 65535"#,
    ),
    Case::Args(
        &[r#"explain"#, r#"--era"#, r#"xp"#, r#"--first"#, r#"default ::1:80"#, r#"--second"#, r#"default 0.0.0.0"#],
        r#"winsock-bind: bad address `::1:80`: write IPv6 addresses in brackets, e.g. [::1] or [::1]:80"#,
    ),
    Case::Args(
        &[r#"explain"#, r#"--era"#, r#"xp"#, r#"--first"#, r#""#, r#"--second"#, r#"default 0.0.0.0"#],
        r#"winsock-bind: bad bind description ``: expected options then an address, e.g. "exclusive 0.0.0.0""#,
    ),
    Case::Args(
        &[
            r#"explain"#,
            r#"--era"#,
            r#"xp"#,
            r#"--first"#,
            r#"exclusive reuseaddr 0.0.0.0"#,
            r#"--second"#,
            r#"default 0.0.0.0"#,
        ],
        r#"winsock-bind: bad bind description `exclusive reuseaddr 0.0.0.0`: give at most one of default, reuseaddr, exclusive"#,
    ),
    Case::Args(
        &[r#"explain"#, r#"--era"#, r#"xp"#, r#"--first"#, r#"default [::1"#, r#"--second"#, r#"default 0.0.0.0"#],
        r#"winsock-bind: bad address `[::1`: missing `]` after an IPv6 address"#,
    ),
    Case::Args(&[r#"run"#], r#"error: the following required arguments were not provided:"#),
    Case::Args(
        &[r#"run"#, r#"--format"#, r#"yaml"#, r#"x.json"#],
        r#"error: invalid value 'yaml' for '--format <FORMAT>'"#,
    ),
    Case::Args(
        &[r#"check"#, r#"--probe"#, r#"/nonexistent/probe"#, r#"--era"#, r#"win10"#],
        r#"winsock-bind: cannot run the probe `/nonexistent/probe`: *"#,
    ),
    Case::Args(
        &[r#"ports"#, r#"--era"#, r#"win31"#],
        r#"error: invalid value 'win31' for '--era <ERA>': unknown era `win31` (expected one of: win95, win98, me, nt4, nt4sp4, win2000, xp, xpsp2, server2003, vista, server2008, win7, server2008r2, win8, server2012, win10, server2016, server2019, win11, server2022, server2025)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win31"#, r#"--bind"#, r#"80"#],
        r#"error: invalid value 'win31' for '--era <ERA>': unknown era `win31` (expected one of: win95, win98, me, nt4, nt4sp4, win2000, xp, xpsp2, server2003, vista, server2008, win7, server2008r2, win8, server2012, win10, server2016, server2019, win11, server2022, server2025)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--bind"#, r#"80"#],
        r#"winsock-bind: field `era`: missing (give --era, e.g. --era win11)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#],
        r#"winsock-bind: field `bind`: missing (give --bind PORT or --bind ADDR:PORT)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"70000"#],
        r#"error: invalid value '70000' for '--bind <[ADDR:]PORT>': bad address `70000`: port 70000 is out of range (0 to 65535)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"0"#],
        r#"error: invalid value '0' for '--bind <[ADDR:]PORT>': bad address `0`: port 0 asks for an ephemeral port; give the server's port"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"256.1.1.1:80"#],
        r#"error: invalid value '256.1.1.1:80' for '--bind <[ADDR:]PORT>': bad address `256.1.1.1:80`: `256.1.1.1` is not an IPv4 address (four numbers 0-255)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--preset"#, r#"rails"#],
        r#"error: invalid value 'rails' for '--preset <PRESET>': unknown preset `rails` (expected one of: rust-std, tokio-reuseaddr, dotnet, python-http-server, python-asyncio, node, go, java, nginx)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--reuseaddr"#, r#"--exclusive"#],
        r#"error: the argument '--reuseaddr' cannot be used with '--exclusive'"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--v6only"#, r#"false"#],
        r#"winsock-bind: field `v6only`: applies to IPv6 sockets, and no bind is IPv6 (e.g. --bind [::]:PORT)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--fail-on"#, r#"critical"#],
        r#"error: invalid value 'critical' for '--fail-on <SEVERITY>': unknown severity `critical` (expected one of: low, medium, high)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--start"#, r#"never"#],
        r#"error: invalid value 'never' for '--start <START>': unknown start `never` (expected one of: first, restarts, late)"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win98"#, r#"--bind"#, r#"80"#, r#"--exclusive"#],
        r#"winsock-bind: the server cannot start on win98 even with no other program running: setsockopt SO_EXCLUSIVEADDRUSE on (server socket 0.0.0.0:80) fails with WSAENOPROTOOPT (10042) by rule O1 exclusive-unavailable: SO_EXCLUSIVEADDRUSE does not exist in this Windows release"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"server2003"#, r#"--preset"#, r#"node"#, r#"--bind"#, r#"80"#],
        r#"winsock-bind: the server cannot start on server2003 even with no other program running: setsockopt IPV6_V6ONLY off (server socket [::]:80) fails with WSAENOPROTOOPT (10042) by rule O5 option-not-applicable: that option does not apply to this socket in this Windows release"#,
    ),
    Case::Args(
        &[r#"audit"#, r#"--era"#, r#"win11"#, r#"--bind"#, r#"80"#, r#"--account"#, r#"attacker"#],
        r#"winsock-bind: account name `attacker` is used by the audit for an attacker; choose another"#,
    ),
    Case::Args(&[r#"audit"#, r#"--config"#, r#"no-such-audit.toml"#], r#"winsock-bind: no-such-audit.toml: *"#),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"server2003"#, r#"--family"#, r#"dual"#],
        r#"winsock-bind: bad family `dual`: server2003 (Windows Server 2003 and R2) has no dual-stack sockets (its IPv6 stack is separate from IPv4); families for server2003: v4, v6"#,
    ),
    Case::Args(
        &[r#"table"#, r#"--era"#, r#"win2000"#, r#"--family"#, r#"mixed"#, r#"--format"#, r#"html"#],
        r#"winsock-bind: bad family `mixed`: win2000 (Windows 2000) has no IPv6 stack; families for win2000: v4"#,
    ),
    Case::Args(&[r#"run"#, r#"no-such-file.json"#], r#"winsock-bind: no-such-file.json: *"#),
    Case::Args(
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--excluded"#, r#"no-such-file.txt"#],
        r#"winsock-bind: no-such-file.txt: *"#,
    ),
    Case::FileFor(
        r#"excluded.txt"#,
        r#"
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
  5357 53x7
"#,
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--excluded"#, r#"excluded.txt"#],
        r#"winsock-bind: excluded.txt: line 6: `53x7` is not a port number"#,
    ),
    Case::FileFor(
        r#"excluded.txt"#,
        r#"
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
  5357 53x7
"#,
        &[
            r#"explain"#,
            r#"--era"#,
            r#"win11"#,
            r#"--excluded"#,
            r#"excluded.txt"#,
            r#"--second"#,
            r#"default 0.0.0.0:1"#,
        ],
        r#"winsock-bind: excluded.txt: line 6: `53x7` is not a port number"#,
    ),
    Case::FileFor(
        r#"excludedportrange.txt"#,
        r#"
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      1080        1179
      1180        1279
      2869        2869
      5357        5357
     49709       49808
     50000       50059     *
     50060       50159

* - Administered port exclusions.

"#,
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--dynamic"#, r#"excludedportrange.txt"#],
        r#"winsock-bind: excludedportrange.txt: line 2: this is `netsh int ipv4 show excludedportrange` output; expected `netsh int ipv4 show dynamicport tcp` output"#,
    ),
    Case::FileFor(
        r#"excludedportrange.txt"#,
        r#"
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      1080        1179
      1180        1279
      2869        2869
      5357        5357
     49709       49808
     50000       50059     *
     50060       50159

* - Administered port exclusions.

"#,
        &[r#"ports"#, r#"--era"#, r#"server2003"#, r#"--excluded"#, r#"excludedportrange.txt"#],
        r#"winsock-bind: excludedportrange.txt: server2003 has no `netsh int ipv4 show excludedportrange`: netsh int ipv4 exists from vista on"#,
    ),
    Case::FileFor(
        r#"audit.toml"#,
        r#"era = 'win11'
bind = 3000
colour = 'red'
"#,
        &[r#"audit"#, r#"--config"#, r#"audit.toml"#],
        r#"winsock-bind: audit.toml: field `colour`: unknown field `colour`, expected one of `os`, `era`, `preset`, `bind`, `proto`, `reuseaddr`, `exclusive`, `reuseport`, `v6only`, `start`, `account`, `admin`, `addresses`, `documented`, `excluded`, `dynamic`"#,
    ),
    // ---- snapshot files and configurations read exactly or refused (issue 21) ----
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4  7\n",
        DOCTOR_N,
        r#"winsock-bind: n.txt: line 2: `TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  4  7` has 6 fields; a TCP row has 5 (TCP LOCAL FOREIGN STATE PID)"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:80  0.0.0.0:0  4\n",
        MACHINE_AUDIT_N,
        r#"winsock-bind: n.txt: line 2: `TCP  0.0.0.0:80  0.0.0.0:0  4` has 4 fields; a TCP row has 5 (TCP LOCAL FOREIGN STATE PID)"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  UDP  0.0.0.0:53  *:*  LISTENING  2148\n",
        DOCTOR_N,
        r#"winsock-bind: n.txt: line 2: `UDP  0.0.0.0:53  *:*  LISTENING  2148` has 5 fields; a UDP row has 4 (UDP LOCAL *:* PID)"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:80  0.0.0.0:0  FOO  4\n",
        DOCTOR_N,
        r#"winsock-bind: n.txt: line 2: state `FOO` is not a TCP state netstat prints (LISTENING, BOUND, ESTABLISHED, SYN_SENT, SYN_RECEIVED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT, DELETE_TCB, CLOSED, or their German translations)"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:80  0.0.0.0:0  ESTABLISHED  4\n",
        MACHINE_AUDIT_N,
        r#"winsock-bind: n.txt: line 2: state `ESTABLISHED` with the foreign address `0.0.0.0:0`: only a listening or bound socket has no peer"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:+80  0.0.0.0:0  LISTENING  4\n",
        DOCTOR_N,
        r#"winsock-bind: n.txt: line 2: `0.0.0.0:+80` is not ADDRESS:PORT"#,
    ),
    Case::FileFor(
        r#"n.txt"#,
        "  Proto  Local Address  Foreign Address  State  PID\n  TCP  0.0.0.0:80  0.0.0.0:0  LISTENING  +4\n",
        DOCTOR_N,
        r#"winsock-bind: n.txt: line 2: `+4` is not a process id (netstat -ano prints it last)"#,
    ),
    Case::FileFor(
        r#"p.json"#,
        "[\n {\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 80, \"State\": 2, \"OwningProcess\": 4},\n {\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": 8080,\n  \"State\": 2, \"OwningProcess\": 9, \"LocalPort\": 80}\n]\n",
        DOCTOR_P_JSON,
        r#"winsock-bind: p.json: line 4: result 2: duplicate key `LocalPort`: give each key once"#,
    ),
    Case::FileFor(
        r#"p.csv"#,
        "\"LocalAddress\",\"LocalPort\",\"State\",\"OwningProcess\",\"LocalPort\"\n\"0.0.0.0\",\"80\",\"Listen\",\"4\",\"8080\"\n",
        DOCTOR_P_CSV,
        r#"winsock-bind: p.csv: line 1: column `LocalPort` is in the header twice (columns 2 and 5)"#,
    ),
    Case::FileFor(
        r#"p.csv"#,
        "\"LocalAddress\",\"LocalPort\",\"State\",\"OwningProcess\"\n\"0.0.0.0\",\"80\",\"Foo\",\"4\"\n",
        DOCTOR_P_CSV,
        r#"winsock-bind: p.csv: line 2: `State` `Foo` is not a TCP state of Get-NetTCPConnection"#,
    ),
    Case::FileFor(
        r#"p.csv"#,
        "\"LocalAddress\",\"LocalPort\",\"State\",\"OwningProcess\"\n\"0.0.0.0\",\"+80\",\"Listen\",\"4\"\n",
        DOCTOR_P_CSV,
        r#"winsock-bind: p.csv: line 2: `LocalPort` `+80` is not a number"#,
    ),
    Case::FileFor(
        r#"audit.json"#,
        r#"{"era": "win11", "bind": 3000, "bind": 4000}"#,
        &[r#"audit"#, r#"--config"#, r#"audit.json"#],
        r#"winsock-bind: audit.json: field `bind`: duplicate key `bind`: give each key once"#,
    ),
    Case::FileFor(
        r#"t.txt"#,
        "Image Name                     PID Services\n========================= ======== ============================================\nSystem                           4 N/A\nnginx.exe                     5120 N/A\nevil.exe                      5120 N/A\n",
        DOCTOR_T,
        r#"winsock-bind: t.txt: line 5: PID 5120 is listed twice (lines 4 and 5); tasklist prints each process once"#,
    ),
    Case::File(
        r#"int-overflow.json"#,
        r#"{"name":"t","era":"win10","steps":[{"op":"socket","id":"a","family":"v4"},{"op":"setsockopt","id":"a","option":"SO_REUSEADDR","value":4294967296}]}"#,
        r#"winsock-bind: int-overflow.json: step 2 (setsockopt): field `value`: 4294967296 does not fit the C int that setsockopt takes (-2147483648 to 2147483647)"#,
    ),
    Case::Bytes(
        r#"n.txt"#,
        // UTF-16 LE with a byte-order mark: "TCP" and one byte of the next character.
        &[0xff, 0xfe, b'T', 0, b'C', 0, b'P', 0, b' '],
        DOCTOR_N,
        r#"winsock-bind: n.txt: byte 8: UTF-16 text cut in the middle of a character"#,
    ),
    Case::Bytes(
        r#"n.txt"#,
        // UTF-16 LE: "T", a lone high surrogate, "C".
        &[0xff, 0xfe, b'T', 0, 0x3d, 0xd8, b'C', 0],
        MACHINE_AUDIT_N,
        r#"winsock-bind: n.txt: byte 4: a lone UTF-16 surrogate (not text)"#,
    ),
    Case::Bytes(
        r#"excluded.txt"#,
        &[0xff, 0xfe, b'T', 0, 0x3d, 0xd8, b'C', 0],
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--excluded"#, r#"excluded.txt"#],
        r#"winsock-bind: excluded.txt: byte 4: a lone UTF-16 surrogate (not text)"#,
    ),
    // Found by the netsh_dynamic fuzz target: the count overflowed the port arithmetic.
    Case::FileFor(
        r#"dynamic.txt"#,
        "\nProtocol udp Dynamic Port Range\n---------------------------------\nStart Port      : 10000\nNumber of Ports : 4294967295\n",
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--dynamic"#, r#"dynamic.txt"#],
        r#"winsock-bind: dynamic.txt: line 5: 4294967295 ports from 10000 go past port 65535"#,
    ),
    Case::FileFor(
        r#"dynamic.txt"#,
        "\nProtocol udp Dynamic Port Range\n---------------------------------\nStart Port      : 10000\nNumber of Ports : 18888888888888888888\n",
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--dynamic"#, r#"dynamic.txt"#],
        r#"winsock-bind: dynamic.txt: line 5: 18888888888888888888 ports from 10000 go past port 65535"#,
    ),
    Case::Sized(
        r#"t.txt"#,
        64 * 1024 * 1024 + 1,
        DOCTOR_T,
        r#"winsock-bind: t.txt: 67108865 bytes is over the limit of 67108864 bytes (64 MiB) for an input file"#,
    ),
    Case::Sized(
        r#"huge.json"#,
        64 * 1024 * 1024 + 1,
        &[r#"run"#, r#"huge.json"#],
        r#"winsock-bind: huge.json: 67108865 bytes is over the limit of 67108864 bytes (64 MiB) for an input file"#,
    ),
    Case::Sized(
        r#"audit.toml"#,
        64 * 1024 * 1024 + 1,
        &[r#"audit"#, r#"--config"#, r#"audit.toml"#],
        r#"winsock-bind: audit.toml: 67108865 bytes is over the limit of 67108864 bytes (64 MiB) for an input file"#,
    ),
    Case::Sized(
        r#"excluded.txt"#,
        64 * 1024 * 1024 + 1,
        &[r#"ports"#, r#"--era"#, r#"win11"#, r#"--excluded"#, r#"excluded.txt"#],
        r#"winsock-bind: excluded.txt: 67108865 bytes is over the limit of 67108864 bytes (64 MiB) for an input file"#,
    ),
];

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("winsock-bind-catalogue-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn every_malformed_input_exits_2_with_its_located_message() {
    assert!(CASES.len() >= 40, "the catalogue keeps at least 40 inputs");
    let dir = dir();
    let mut wrong = Vec::new();
    for case in CASES {
        let (args, expected): (Vec<String>, &str) = match case {
            Case::File(name, content, expected) => {
                std::fs::write(dir.join(name), content).expect("write scenario");
                (vec!["run".into(), (*name).into()], expected)
            }
            Case::Args(args, expected) => (args.iter().map(|a| (*a).to_owned()).collect(), expected),
            Case::FileFor(name, content, args, expected) => {
                std::fs::write(dir.join(name), content).expect("write input file");
                (args.iter().map(|a| (*a).to_owned()).collect(), expected)
            }
            Case::Bytes(name, content, args, expected) => {
                std::fs::write(dir.join(name), content).expect("write input file");
                (args.iter().map(|a| (*a).to_owned()).collect(), expected)
            }
            Case::Sized(name, size, args, expected) => {
                let file = std::fs::File::create(dir.join(name)).expect("create input file");
                file.set_len(*size).expect("a sparse file");
                (args.iter().map(|a| (*a).to_owned()).collect(), expected)
            }
        };
        let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(&args).current_dir(&dir).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().next().unwrap_or("");
        let matches = match expected.strip_suffix('*') {
            Some(prefix) => first.starts_with(prefix),
            None => first == expected,
        };
        if out.status.code() != Some(2) || !matches || !out.stdout.is_empty() {
            let first: String = first.chars().take(500).collect();
            wrong.push(format!("{args:?}: exit {:?}\n  expected: {expected}\n  got:      {first}", out.status.code()));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(wrong.is_empty(), "{} of {} inputs misbehave:\n{}", wrong.len(), CASES.len(), wrong.join("\n"));
}
