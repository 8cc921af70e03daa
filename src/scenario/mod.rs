//! Scenario files: a simulated machine and a list of socket calls with expectations, in JSON or
//! TOML, that read like a test (`design.md`, "Scenario files").
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

mod load;
mod run;
mod step;
mod text;

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

pub use load::{expand, from_path, from_str, Format, ScenarioError};
pub use run::{Check, CheckKey, Expected, Got, Outcome, StepResult, Tally, Transcript};
pub use step::{
    AcceptStep, BindStep, ConnectStep, Expect, GetsockoptStep, IdStep, JoinStep, LingerValue, Op, OptionValue,
    ReserveStep, SendStep, SetsockoptStep, SocketStep, Step,
};
pub use text::Escaped;

use crate::era::{Behaviour, Era};
use crate::ports::{EphemeralOrder, PortRange};

/// A scenario: the machine, its users, and the steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the scenario shows, in a line.
    pub name: String,
    /// A longer explanation (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Windows era.
    pub era: Era,
    /// `documented` or `observed`; the era's default when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behaviour: Option<Behaviour>,
    /// The machine.
    #[serde(default)]
    pub host: HostSpec,
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
    /// Whether it is an administrator.
    #[serde(default)]
    pub admin: bool,
}

/// IP addresses with a message that quotes the bad one.
fn ip_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<IpAddr>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|s| s.parse().map_err(|_| serde::de::Error::custom(format!("`{s}` is not an IP address"))))
        .collect()
}

fn default_users() -> Vec<UserSpec> {
    vec![UserSpec { name: "user".to_owned(), admin: false }]
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
    steps: Vec<Step<SocketRef, UserRef>>,
    /// Socket names, by handle.
    sockets: Vec<String>,
}

impl Checked {
    /// The scenario as written.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The scenario as written, to change it (then [`check`](Scenario::check) it again).
    pub fn into_scenario(self) -> Scenario {
        self.scenario
    }

    /// The name a file gave a socket.
    pub fn socket_name(&self, socket: SocketRef) -> &str {
        &self.sockets[socket.0]
    }
}
