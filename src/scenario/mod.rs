//! Scenario files: a simulated machine and a list of socket calls with expectations, in JSON or
//! TOML, that read like a test.
//!
//! ```
//! use winsock_bind::scenario::{self, Format};
//!
//! let text = r#"{
//!   "name": "SO_REUSEADDR steals a port on Windows XP",
//!   "era": "xp",
//!   "users": [ { "name": "server" }, { "name": "thief" } ],
//!   "steps": [
//!     { "op": "socket", "id": "srv", "family": "v4", "user": "server" },
//!     { "op": "bind", "id": "srv", "addr": "0.0.0.0:80", "expect": "ok" },
//!     { "op": "socket", "id": "evil", "family": "v4", "user": "thief" },
//!     { "op": "setsockopt", "id": "evil", "option": "SO_REUSEADDR", "value": true },
//!     { "op": "bind", "id": "evil", "addr": "0.0.0.0:80", "expect": "ok" }
//!   ]
//! }"#;
//! let transcript = scenario::from_str(text, Format::Json)?.run();
//! assert!(transcript.passed(), "{transcript}");
//! # Ok::<(), winsock_bind::scenario::ScenarioError>(())
//! ```
//!
//! # The format
//!
//! A [`Scenario`] has a `name`, an `era` (or `"os": "linux"`), optionally a `description`, a `behaviour`
//! (`documented` or `observed`; the era's default when absent), a `host` ([`HostSpec`]:
//! `addresses`, `dynamic_ports`, `ephemeral`, and on Linux `ip_local_port_range`), `users`
//! (one named `user` when absent; each with `admin`, and on Linux an optional `uid`) and
//! `steps`. A [`Step`] is `{ op, expect }`: the call, an [`Op`] tagged by its `op` key, and the
//! outcome it expects (`ok`, `error`, an error name such as `WSAEACCES` or `access`, or its
//! number). Some ops take more expectations: `getsockopt` `expect_value`, `bind` `expect_port`
//! (a port, a range `"32768-60999"` or a saved port `"$p"`), `connect` `expect_accepted_by`
//! (`null`: refused) and `expect_undetermined`, `send` `expect_receivers` and
//! `expect_undetermined`.
//!
//! # Ports a step got
//!
//! `"save_port": "NAME"` on a `bind`, `listen`, `connect` or `send` (with an `id`) saves the port
//! its socket has after the call, as `getsockname` reads it: the pick of a bind to port 0 or of
//! an implicit bind (0 if the socket has none). A later [`Address`] (`addr`, `to`) writes it as
//! `$NAME` (`"127.0.0.1:$p"`, `"[::1]:$p"`), and `expect_port` as `"$p"`. Names are letters,
//! digits, `_` and `-`. Using a name before a step saves it, saving one twice, or saving a remote
//! peer's port is a load error naming the step. A real stack picks its own ports, and the probe
//! saves the real ones, so a scenario with saved ports compares exactly.
//!
//! # Linux: the port range and uids
//!
//! `host.ip_local_port_range` (`"40000-40003"`) is the sysctl: port 0 and the implicit binds
//! pick there, and when every port is taken bind and listen fail with EADDRINUSE, a TCP connect
//! with EADDRNOTAVAIL and a UDP connect or send that must bind first with EAGAIN (rule L19). A
//! range below `ip_unprivileged_port_start` (the kernel refuses it) or in a Windows scenario is an
//! error. A user's `uid` makes users of one uid one user (a SO_REUSEPORT group is per uid); uid 0
//! is root, which holds CAP_NET_BIND_SERVICE; a user without a uid has one of its own. Two users
//! of one uid must agree on `admin`, and a Windows scenario has no uids. A Linux scenario replayed
//! on Windows ([`Checked::run_on`]) ignores both.
//!
//! Every op refuses keys it does not have, and an unknown op name is an error: a typo never
//! turns into another op or a silently ignored key. A key given twice is an error, a UTF-8
//! byte-order mark is accepted, and every error names the file, the step (1-based, with its op)
//! and the field; control characters in what it quotes are escaped, and a long line is cut to
//! an excerpt ([`ScenarioError`]).
//!
//! A Linux scenario (`"os": "linux"`) runs on a [`LinuxHost`](crate::LinuxHost): it has no
//! `behaviour` (an error naming the field) and no `reserve` steps (a load error: excluded
//! ranges and ReservedPorts are Windows' port space); its `expect` takes Linux errno names
//! (`EADDRINUSE`, `EACCES`, `EINVAL` ...) or their numbers, and Windows names are an error that
//! says which Linux name to use (and the reverse in a Windows scenario). The short words
//! (`ok`, `error`, `inuse`, `access`, `inval` ...) work in both. Options include
//! `SO_REUSEPORT`, which Windows answers with WSAENOPROTOOPT.
//!
//! `reserve` keeps a port range from programs: `"kind": "excluded"` (netsh's excluded port
//! ranges, Vista on: binds fail with WSAEACCES) for `"proto": "tcp"` or `"udp"`, or both when
//! `proto` is absent (as a range excluded once for each protocol); or `"kind": "reserved"` (the
//! ReservedPorts registry value, before Vista: out of the ephemeral pool only, TCP and UDP alike).
//!
//! # Several machines
//!
//! A top-level `hosts` list makes a network ([`Network`](crate::Network)): `[{ "name": "srv1",
//! "era": "server2012", "addresses": ["192.0.2.1", "169.254.95.120"] }]` ([`NetHostSpec`]; `era`
//! defaults to the scenario's, and an address may sit on several hosts). When every host names
//! its era the top-level `era` may be left out, and the scenario reports the first host's (its
//! [`Checked::os`], its transcript's header); when both are given, each host answers in its own
//! era and the top-level one is only what the scenario reports. Then `socket` takes
//! `host` (required when there are several), `connect` and `send` take `from` (a host name: the
//! host of `id`, or without `id` a new socket of that host; with neither, an anonymous peer
//! outside every host, as on one machine), and a destination is routed by the rules N1-N4
//! ([`rules::route`](crate::rules::route)): an address of the sender itself stays on it,
//! another host's reaches that host, a duplicate address is undetermined, an unknown one is
//! WSAEHOSTUNREACH. Socket names are unique across hosts and `expect_accepted_by` names a
//! listener on any host. `host` then gives only `dynamic_ports` and `ephemeral`, for every host;
//! `reserve` applies to every host.
//!
//! A connection's identity is its client address and port (the ephemeral port of the client's
//! implicit bind) and the server's: `connect` takes `expect_client` (`"198.51.100.10:49152"`), and
//! the `request` op ([`RequestStep`]) sends a request on a connected socket, either end, with
//! `label`, `expect_client`, `expect_server_host`, `expect_same_connection_as` and
//! `expect_other_connection_than` (labels of earlier requests). Two requests on one connection
//! have one identity; a new connection from the same host gets a new ephemeral port.
//!
//! A load balancer is a pattern of these steps: a listener on its virtual address, and a
//! backend socket per client connection (affinity: every request of the client goes on it) or
//! per request (no affinity: a new connection, maybe to another server). Connection-bound
//! authentication such as NTLM is then `expect_same_connection_as` on the backend requests
//! (`examples/network-ntlm-*.json`). A bad host name, a `from` that is not the socket's host, or
//! a host key in a scenario without `hosts` is an error naming the step and field. Scenarios
//! without `hosts` run exactly as before.
//!
//! # Checking, then running
//!
//! [`from_str`] and [`from_path`] parse and then [`check`](Scenario::check): users are listed
//! once, every socket a step uses was created by an earlier `socket` or `accept` step, no name is
//! created twice, and a closed socket is used again only by a step that expects an error. The
//! result is a [`Checked`] scenario whose steps hold [`SocketRef`] and [`UserRef`] handles
//! instead of names, so running it never meets a name it does not know.
//!
//! [`Checked::run`] runs the steps on a fresh [`Host`](crate::Host) and returns a
//! [`Transcript`] of typed [`StepResult`]s: the Host's `Result<Outcome, Refusal>` (with the rule,
//! the socket collided with and the other behaviour's answer) and each expectation as a typed
//! [`Check`]. Text is made only when a transcript is printed: its `Display` names sockets by
//! the scenario's names through the ids the Host returned, and shows the [evidence](crate::Evidence)
//! of every answer (`by rule E3 under-exclusive-wildcard (documented): ...`); its `Serialize` is
//! what `winsock-bind run --format json` prints (`rule`, `evidence`, `against`, `receivers`,
//! `checks` with numbers as numbers). [`Checked::run_text`] and [`Checked::run_json`] write each
//! step as it runs, for scenarios too long to keep in memory; a set of more than eight receivers
//! prints as its count and its first and last names.
//!
//! # Adding an op
//!
//! An op is one line of the `ops!` list in `step.rs` with its struct (the enum, its names and
//! its reader come from the list), one arm of `Op::resolve` there (which of its keys name
//! sockets), its Host call in `run.rs`, and its line for the real-socket probe in
//! `src/probe/mod.rs`. The compiler points at each: every `match` on [`Op`] is exhaustive.

mod address;
mod check;
mod linux;
mod load;
mod render;
mod run;
mod step;
mod text;
#[cfg(test)]
mod toy;
mod transcript;

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

pub use address::{Address, ExpectPort};
pub use check::{Check, CheckKey, Expected, Got};
pub(crate) use linux::run as run_linux;
pub use linux::{LinuxCheck, LinuxGot, LinuxOutcome, LinuxStepResult, LinuxTranscript};
pub use load::{expand, from_path, from_str, Format, ScenarioError};
pub use step::{
    linux_counterpart, AcceptStep, BindStep, Brief, ConnectStep, Expect, GetsockoptStep, IdStep, JoinStep, LingerValue,
    ListenStep, Op, OptionValue, RequestStep, ReserveStep, SendStep, SetsockoptStep, SocketStep, Step,
};
pub use text::Escaped;
pub use transcript::{Outcome, Run, StepResult, Tally, Transcript};

use crate::era::{Behaviour, Era};
use crate::os::Os;
use crate::ports::{EphemeralOrder, PortRange};

/// A scenario as written: the machine, its users, and the steps (see the [module
/// documentation](self) for the format). [`check`](Self::check) it to run it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the scenario shows, in a line.
    pub name: String,
    /// A longer explanation (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Windows era; absent when `os` says `linux`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub era: Option<Era>,
    /// The operating system instead of `era`: `linux` (or an era name, as `era` takes). A
    /// scenario gives one of the two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<Os>,
    /// `documented` or `observed`; the era's default when absent (Windows only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behaviour: Option<Behaviour>,
    /// The machine. With `hosts`, its `dynamic_ports` and `ephemeral` apply to every host, and
    /// its addresses must be empty (each host lists its own).
    #[serde(default)]
    pub host: HostSpec,
    /// The machines of a network scenario, each with its name, era and addresses; absent: one
    /// machine, `host`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<NetHostSpec>,
    /// The accounts; one named `user` when absent.
    #[serde(default = "default_users")]
    pub users: Vec<UserSpec>,
    /// The calls, in order.
    pub steps: Vec<Step>,
}

/// The machine's configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostSpec {
    /// Addresses besides 127.0.0.1 and ::1.
    #[serde(default, deserialize_with = "ip_list")]
    pub addresses: Vec<IpAddr>,
    /// Dynamic port ranges other than the era's, per protocol:
    /// `{ "udp": "1025-5000" }` (as `netsh int ipv4 set dynamicport udp ...` sets them).
    #[serde(default, skip_serializing_if = "DynamicPortsSpec::is_empty")]
    pub dynamic_ports: DynamicPortsSpec,
    /// How port 0 picks: `{ "order": "sequential" }` (the default) or
    /// `{ "order": "random", "seed": 8 }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral: Option<EphemeralOrder>,
    /// Linux's `net.ipv4.ip_local_port_range` (`"40000-40009"`; default 32768-60999), where
    /// port 0 and the implicit binds pick (Linux scenarios only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_local_port_range: Option<PortRange>,
}

/// One machine of a network scenario (`hosts`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetHostSpec {
    /// Its name, used by `socket` (`host`), `connect` and `send` (`from`).
    pub name: String,
    /// Its era; the scenario's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub era: Option<Era>,
    /// Its addresses besides 127.0.0.1 and ::1; several hosts may list the same one.
    #[serde(default, deserialize_with = "ip_list")]
    pub addresses: Vec<IpAddr>,
}

/// `host.dynamic_ports`: a range per protocol, each optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DynamicPortsSpec {
    /// The TCP range, e.g. `"49152-65535"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp: Option<PortRange>,
    /// The UDP range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udp: Option<PortRange>,
}

impl DynamicPortsSpec {
    fn is_empty(&self) -> bool {
        self.tcp.is_none() && self.udp.is_none()
    }
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    /// Its name, used by `socket` steps.
    pub name: String,
    /// Whether it is an administrator (on Linux: holds CAP_NET_BIND_SERVICE).
    #[serde(default)]
    pub admin: bool,
    /// Its Linux user id (Linux scenarios only): users listed with one uid are one user to the
    /// kernel (SO_REUSEPORT groups compare uids), and uid 0 is root, which holds
    /// CAP_NET_BIND_SERVICE. A user without a uid has one no other user has.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "uid")]
    pub uid: Option<u32>,
}

/// A uid: 0 to 4294967294 (`(uid_t) -1` means "no uid" to the kernel's calls).
fn uid<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let n = i64::deserialize(d).map_err(|_| serde::de::Error::custom("a uid is a number, 0 to 4294967294"))?;
    match u32::try_from(n) {
        Ok(u) if u != u32::MAX => Ok(Some(u)),
        Ok(_) | Err(_) => Err(serde::de::Error::custom(format!("uid {n}: a uid is a number, 0 to 4294967294"))),
    }
}

/// IP addresses with a message that quotes the bad one.
fn ip_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<IpAddr>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|s| s.parse().map_err(|_| serde::de::Error::custom(format!("`{s}` is not an IP address"))))
        .collect()
}

fn default_users() -> Vec<UserSpec> {
    vec![UserSpec { name: "user".to_owned(), admin: false, uid: None }]
}

/// A socket of a [`Checked`] scenario: the step that creates it ran before any step that uses it.
/// Only [`Scenario::check`] makes them, so a handle always names a socket of its scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SocketRef(usize);

/// An account of a [`Checked`] scenario, listed in its `users`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserRef(usize);

/// A scenario whose names are resolved: what [`from_str`], [`from_path`] and
/// [`Scenario::check`] return, and the only thing that runs. Its steps hold [`SocketRef`] and
/// [`UserRef`] handles instead of names, so a run never meets a name it does not know.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    scenario: Scenario,
    /// The operating system it runs on: its `era`, or its `os`.
    os: Os,
    steps: Vec<Step<SocketRef, UserRef>>,
    /// Socket names, by handle.
    sockets: Vec<String>,
    /// The host of each socket, by handle: its place in `hosts` (0 without `hosts`).
    socket_hosts: Vec<usize>,
    /// The host each step names in `from` or `expect_server_host`, by its place in `hosts`.
    step_hosts: Vec<Option<usize>>,
}

impl Checked {
    /// The operating system the scenario runs on: Windows in its `era`, or its `os`.
    pub fn os(&self) -> Os {
        self.os
    }

    /// The scenario as written.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The scenario as written, to change it (then [`check`](Scenario::check) it again).
    pub fn into_scenario(self) -> Scenario {
        self.scenario
    }

    /// The name the file gave a socket; `None` for a handle of another scenario.
    pub fn socket_name(&self, socket: SocketRef) -> Option<&str> {
        self.sockets.get(socket.0).map(String::as_str)
    }

    /// The name of one of this scenario's own handles.
    fn name_of(&self, socket: SocketRef) -> &str {
        self.socket_name(socket).unwrap_or("?")
    }
}
