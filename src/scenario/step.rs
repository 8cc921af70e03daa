//! The step vocabulary of the scenario format (README, "Scenario files"), one struct per op,
//! each refusing unknown keys.

use std::fmt;
use std::net::IpAddr;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::endpoint::{Endpoint, Family, Proto};
use crate::error::{InputError, WsaError};
use crate::options::SocketOption;
use crate::ports::{PortKind, PortRange};

/// One step of a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
#[allow(missing_docs)] // each variant is its struct
#[non_exhaustive]
pub enum Step {
    Socket(SocketStep),
    Setsockopt(SetsockoptStep),
    Getsockopt(GetsockoptStep),
    Bind(BindStep),
    Listen(IdStep),
    Connect(ConnectStep),
    Accept(AcceptStep),
    Close(IdStep),
    Shutdown(IdStep),
    Abort(IdStep),
    Send(SendStep),
    Join(JoinStep),
    Reserve(ReserveStep),
}

/// The op names, in the vocabulary's order.
pub const OPS: [&str; 13] = [
    "socket",
    "setsockopt",
    "getsockopt",
    "bind",
    "listen",
    "connect",
    "accept",
    "close",
    "shutdown",
    "abort",
    "send",
    "join",
    "reserve",
];

impl Step {
    /// The op name, e.g. `bind`.
    pub fn op(&self) -> &'static str {
        match self {
            Self::Socket(_) => "socket",
            Self::Setsockopt(_) => "setsockopt",
            Self::Getsockopt(_) => "getsockopt",
            Self::Bind(_) => "bind",
            Self::Listen(_) => "listen",
            Self::Connect(_) => "connect",
            Self::Accept(_) => "accept",
            Self::Close(_) => "close",
            Self::Shutdown(_) => "shutdown",
            Self::Abort(_) => "abort",
            Self::Send(_) => "send",
            Self::Join(_) => "join",
            Self::Reserve(_) => "reserve",
        }
    }

    /// The step's `expect`, if any.
    pub fn expect(&self) -> Option<Expect> {
        match self {
            Self::Socket(s) => s.expect,
            Self::Setsockopt(s) => s.expect,
            Self::Getsockopt(s) => s.expect,
            Self::Bind(s) => s.expect,
            Self::Listen(s) | Self::Close(s) | Self::Shutdown(s) | Self::Abort(s) => s.expect,
            Self::Connect(s) => s.expect,
            Self::Accept(s) => s.expect,
            Self::Send(s) => s.expect,
            Self::Join(s) => s.expect,
            Self::Reserve(_) => None,
        }
    }
}

/// `socket`: create a socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocketStep {
    /// The name the other steps use for it.
    pub id: String,
    /// `v4` or `v6`.
    pub family: Family,
    /// `tcp` (default) or `udp`.
    #[serde(default = "tcp")]
    pub proto: Proto,
    /// The owning user (may be omitted when the scenario has one user).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

fn tcp() -> Proto {
    Proto::Tcp
}

/// A `setsockopt` value: a boolean, an integer (non-zero is on), or a `LINGER` for SO_LINGER.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged, expecting = "expected true, false, an integer, or { \"onoff\": bool, \"seconds\": n } for SO_LINGER")]
pub enum OptionValue {
    /// `true` / `false`.
    Bool(bool),
    /// An integer; non-zero is on.
    Int(i64),
    /// SO_LINGER's structure.
    Linger(LingerValue),
}

impl OptionValue {
    /// The value as `setsockopt` takes an integer: booleans are 0 or 1, SO_LINGER is `l_onoff`.
    pub fn as_int(self) -> i64 {
        match self {
            Self::Bool(b) => i64::from(b),
            Self::Int(i) => i,
            Self::Linger(l) => i64::from(l.onoff),
        }
    }
}

/// SO_LINGER as written in a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LingerValue {
    /// `l_onoff`.
    pub onoff: bool,
    /// `l_linger`, in seconds.
    pub seconds: u16,
}

/// `setsockopt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetsockoptStep {
    /// The socket.
    pub id: String,
    /// The option, by its Windows name.
    pub option: SocketOption,
    /// The value.
    pub value: OptionValue,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// `getsockopt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetsockoptStep {
    /// The socket.
    pub id: String,
    /// The option.
    pub option: SocketOption,
    /// The value expected back (`true`/`false` read as 1/0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_value: Option<OptionValue>,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// `bind`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BindStep {
    /// The socket.
    pub id: String,
    /// `ip:port` or `[v6]:port`; port 0 picks an ephemeral port.
    pub addr: Endpoint,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
    /// The port the socket is expected to get: for port 0, the ephemeral port picked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_port: Option<u16>,
}

/// `listen`, `close`, `shutdown`, `abort`: a socket and an expectation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdStep {
    /// The socket.
    pub id: String,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// `connect`: from a local socket, or (no `id`) from a remote peer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectStep {
    /// The connecting socket; absent for a remote peer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The destination.
    pub to: Endpoint,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
    /// The listener expected to receive it; `null` for refused.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub expect_accepted_by: Option<Option<String>>,
    /// The listeners one of which receives it, where the documents leave it undetermined
    /// (rule R4; the model queues it on the observed receiver so the run can go on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_undetermined: Option<Vec<String>>,
}

/// `accept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptStep {
    /// The listener.
    pub id: String,
    /// The name of the accepted socket.
    #[serde(rename = "as")]
    pub as_id: String,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// `send`: one UDP datagram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SendStep {
    /// The sending socket; absent for a remote peer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The destination.
    pub to: Endpoint,
    /// The expected outcome of the send call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
    /// Every socket expected to get the datagram (`[]` for none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_receivers: Option<Vec<String>>,
    /// The sockets one of which gets it (undetermined).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_undetermined: Option<Vec<String>>,
}

/// `join`: a multicast group on a local interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinStep {
    /// The UDP socket.
    pub id: String,
    /// The group address.
    pub group: IpAddr,
    /// The local interface address.
    pub iface: IpAddr,
    /// The expected outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

/// `reserve`: a port range kept from programs, for TCP and UDP alike (README, "Scenario files"): `excluded`
/// (binds fail with WSAEACCES; Vista and later) or `reserved` (ReservedPorts: out of the
/// ephemeral pool only; before Vista).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReserveStep {
    /// `"1645-1646"`, `"1645"` or `1645`.
    pub ports: PortRange,
    /// `excluded` or `reserved`.
    pub kind: PortKind,
}

/// Distinguishes an absent key (`None`) from `null` (`Some(None)`).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// An expected outcome: `ok`, `error` (any error), an error name (`WSAEACCES`, `access`) or its
/// number (`10013`, as a number or a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// The call succeeds.
    Ok,
    /// The call fails, with any error.
    AnyError,
    /// The call fails with this error.
    Error(WsaError),
}

impl Expect {
    /// Whether an outcome meets the expectation.
    pub fn holds(self, got: Result<(), WsaError>) -> bool {
        match (self, got) {
            (Self::Ok, Ok(())) | (Self::AnyError, Err(_)) => true,
            (Self::Error(want), Err(e)) => want == e,
            (Self::Ok, Err(_)) | (Self::AnyError | Self::Error(_), Ok(())) => false,
        }
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ok => f.write_str("ok"),
            Self::AnyError => f.write_str("an error"),
            Self::Error(e) => e.fmt(f),
        }
    }
}

impl std::str::FromStr for Expect {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ok" | "success" => Ok(Self::Ok),
            "error" => Ok(Self::AnyError),
            _ => s.parse().map(Self::Error),
        }
    }
}

impl Serialize for Expect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Ok => s.serialize_str("ok"),
            Self::AnyError => s.serialize_str("error"),
            Self::Error(e) => s.serialize_str(e.name()),
        }
    }
}

impl<'de> Deserialize<'de> for Expect {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Number(u32),
        }
        match Raw::deserialize(d)
            .map_err(|_| de::Error::custom("expected ok, error, a Winsock error name or number"))?
        {
            Raw::Text(t) => t.parse().map_err(de::Error::custom),
            Raw::Number(n) => WsaError::from_code(n)
                .map(Self::Error)
                .ok_or_else(|| de::Error::custom(format!("unknown Winsock error number {n}"))),
        }
    }
}
