//! The step vocabulary: a step is `{ expect, op }`; the op is one struct per call, each refusing
//! unknown keys, gathered in the `op`-tagged enum [`Op`].
//!
//! Every op is declared once, in the `ops!` list below: the list derives the enum with serde,
//! its names and the located reader the loader uses. Socket names are a type parameter, so the
//! same structs hold names as written (`Op<String>`) and, once [checked](super::Checked),
//! resolved handles that cannot dangle.

use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};

use crate::endpoint::{Family, Proto};
use crate::error::{InputError, WsaError};
use crate::options::SocketOption;
use crate::ports::{PortKind, PortRange};
use crate::rules::linux::LinuxError;

use super::address::{save_name, Address, ExpectPort};
use super::load::{Keys, ScenarioError};
use super::text::Escaped;

/// Declares the ops: `"name" => Variant(Struct)`. Adding an op is one line here, its struct, one
/// arm in [`Op::resolve`], its Host call in the runner and its line for the probe.
macro_rules! ops {
    ($( $(#[$doc:meta])* $name:literal => $variant:ident($ty:ty), )*) => {
        /// One call of a scenario, tagged by its `op` key (`{"op": "bind", "id": "srv", ...}`).
        ///
        /// `S` names sockets and `U` the owner of a new socket: as written in a file they are
        /// names (`String`, `Option<String>`); in a [`Checked`](super::Checked) scenario they are
        /// handles resolved before anything runs.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "op")]
        #[serde(bound(
            serialize = "S: Serialize, U: Serialize + Default + PartialEq",
            deserialize = "S: Deserialize<'de>, U: Deserialize<'de> + Default"
        ))]
        #[non_exhaustive]
        pub enum Op<S = String, U = Option<String>> {
            $( $(#[$doc])* #[serde(rename = $name)] $variant($ty), )*
        }

        impl<S, U> Op<S, U> {
            /// Every op name, in the vocabulary's order.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The op name, e.g. `bind`.
            pub fn name(&self) -> &'static str {
                match self { $(Self::$variant(_) => $name,)* }
            }
        }

        impl<S: DeserializeOwned, U: DeserializeOwned + Default> Op<S, U> {
            /// Reads the op called `name` from the step's other keys (located errors); `None`
            /// for an unknown name.
            pub(super) fn read(name: &str, keys: Keys) -> Option<Result<Self, ScenarioError>> {
                match name {
                    $($name => Some(keys.typed::<$ty>($name).map(Self::$variant)),)*
                    _ => None,
                }
            }
        }
    };
}

ops! {
    /// `socket`: create a socket.
    "socket" => Socket(SocketStep<S, U>),
    /// `setsockopt`: set an option.
    "setsockopt" => Setsockopt(SetsockoptStep<S>),
    /// `getsockopt`: read an option back.
    "getsockopt" => Getsockopt(GetsockoptStep<S>),
    /// `bind`: bind an address.
    "bind" => Bind(BindStep<S>),
    /// `listen`.
    "listen" => Listen(ListenStep<S>),
    /// `connect`: from a local socket or a remote peer.
    "connect" => Connect(ConnectStep<S>),
    /// `accept`: take a pending connection.
    "accept" => Accept(AcceptStep<S>),
    /// `close` (`closesocket`).
    "close" => Close(IdStep<S>),
    /// `shutdown` (SD_SEND).
    "shutdown" => Shutdown(IdStep<S>),
    /// `abort`: an abortive close (SO_LINGER on, 0 seconds).
    "abort" => Abort(IdStep<S>),
    /// `send`: one UDP datagram.
    "send" => Send(SendStep<S>),
    /// `join`: a multicast group.
    "join" => Join(JoinStep<S>),
    /// `reserve`: keep a port range from programs.
    "reserve" => Reserve(ReserveStep),
    /// `request`: one request on a connection, stating the connection's identity.
    "request" => Request(RequestStep<S>),
}

/// One step of a scenario: the call, and the outcome it expects (`ok`, `error`, an error name or
/// number). In a file the two are one object: `{"op": "bind", "id": "srv", "addr": "0.0.0.0:80",
/// "expect": "ok"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(
    serialize = "S: Serialize, U: Serialize + Default + PartialEq",
    deserialize = "S: Deserialize<'de>, U: Deserialize<'de> + Default"
))]
pub struct Step<S = String, U = Option<String>> {
    /// The call.
    #[serde(flatten)]
    pub op: Op<S, U>,
    /// The expected outcome of the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
}

impl<S, U> From<Op<S, U>> for Step<S, U> {
    fn from(op: Op<S, U>) -> Self {
        Self { op, expect: None }
    }
}

/// How a step uses a socket name, for the checks made before a scenario runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    /// The call acts on the socket (`id`).
    Acts,
    /// The call creates it (`socket`'s `id`, `accept`'s `as`).
    Creates,
    /// An expectation names it (`expect_accepted_by`, `expect_receivers` ...).
    Expects,
}

/// Turns the names of one step into handles (see [`Op::resolve`]).
pub(super) trait Resolver<S, U> {
    /// The socket handle type.
    type Socket;
    /// The owner handle type.
    type User;
    /// The socket named in `field`, used as `how`.
    fn socket(&mut self, field: &'static str, how: Use, name: &S) -> Result<Self::Socket, ScenarioError>;
    /// The owner of a new socket.
    fn user(&mut self, user: &U) -> Result<Self::User, ScenarioError>;
    /// A saved port (`$NAME`) used in `field`: an earlier step must have saved it.
    fn port_use(&mut self, field: &'static str, name: Option<&str>) -> Result<(), ScenarioError>;
    /// A port saved by `save_port`: never saved before.
    fn port_save(&mut self, name: Option<&str>) -> Result<(), ScenarioError>;
    /// An error of this step in `field`.
    fn error(&self, field: &'static str, message: String) -> ScenarioError;
}

impl<S, U> Op<S, U> {
    /// The same op with every socket and user name turned into a handle, in the order the call
    /// uses them (an `accept` uses its listener before it creates `as`).
    pub(super) fn resolve<R: Resolver<S, U>>(&self, r: &mut R) -> Result<Op<R::Socket, R::User>, ScenarioError> {
        // A connect's or send's destination uses a saved port; its `save_port` saves the port of
        // its own socket, so a remote peer (no `id`) has none to save.
        let saving = |r: &mut R, to: &Address, save: Option<&str>, has_socket: bool| {
            r.port_use("to", to.saved())?;
            if save.is_some() && !has_socket {
                return Err(r.error(
                    "save_port",
                    "a remote peer's port is not saved: give the step an `id` (a socket of the scenario)".to_owned(),
                ));
            }
            r.port_save(save)?;
            Ok(to.clone())
        };
        let opt = |r: &mut R, field, how, name: &Option<S>| name.as_ref().map(|n| r.socket(field, how, n)).transpose();
        let list = |r: &mut R, field, names: &Option<Vec<S>>| {
            names.as_ref().map(|v| v.iter().map(|n| r.socket(field, Use::Expects, n)).collect()).transpose()
        };
        Ok(match self {
            Self::Socket(x) => Op::Socket(SocketStep {
                id: r.socket("id", Use::Creates, &x.id)?,
                family: x.family,
                proto: x.proto,
                user: r.user(&x.user)?,
                host: x.host.clone(),
            }),
            Self::Setsockopt(x) => Op::Setsockopt(SetsockoptStep {
                id: r.socket("id", Use::Acts, &x.id)?,
                option: x.option,
                value: x.value,
            }),
            Self::Getsockopt(x) => Op::Getsockopt(GetsockoptStep {
                id: r.socket("id", Use::Acts, &x.id)?,
                option: x.option,
                expect_value: x.expect_value,
            }),
            Self::Bind(x) => {
                let id = r.socket("id", Use::Acts, &x.id)?;
                r.port_use("addr", x.addr.saved())?;
                r.port_use("expect_port", x.expect_port.as_ref().and_then(ExpectPort::saved))?;
                r.port_save(x.save_port.as_deref())?;
                Op::Bind(BindStep {
                    id,
                    addr: x.addr.clone(),
                    expect_port: x.expect_port.clone(),
                    save_port: x.save_port.clone(),
                })
            }
            Self::Listen(x) => {
                let id = r.socket("id", Use::Acts, &x.id)?;
                r.port_save(x.save_port.as_deref())?;
                Op::Listen(ListenStep { id, save_port: x.save_port.clone() })
            }
            Self::Close(x) => Op::Close(IdStep { id: r.socket("id", Use::Acts, &x.id)? }),
            Self::Shutdown(x) => Op::Shutdown(IdStep { id: r.socket("id", Use::Acts, &x.id)? }),
            Self::Abort(x) => Op::Abort(IdStep { id: r.socket("id", Use::Acts, &x.id)? }),
            Self::Connect(x) => Op::Connect(ConnectStep {
                id: opt(r, "id", Use::Acts, &x.id)?,
                from: x.from.clone(),
                to: saving(r, &x.to, x.save_port.as_deref(), x.id.is_some())?,
                save_port: x.save_port.clone(),
                expect_client: x.expect_client,
                expect_accepted_by: match &x.expect_accepted_by {
                    Some(l) => Some(opt(r, "expect_accepted_by", Use::Expects, l)?),
                    None => None,
                },
                expect_undetermined: list(r, "expect_undetermined", &x.expect_undetermined)?,
            }),
            Self::Accept(x) => Op::Accept(AcceptStep {
                id: r.socket("id", Use::Acts, &x.id)?,
                as_id: r.socket("as", Use::Creates, &x.as_id)?,
            }),
            Self::Send(x) => Op::Send(SendStep {
                id: opt(r, "id", Use::Acts, &x.id)?,
                from: x.from.clone(),
                to: saving(r, &x.to, x.save_port.as_deref(), x.id.is_some())?,
                save_port: x.save_port.clone(),
                expect_receivers: list(r, "expect_receivers", &x.expect_receivers)?,
                expect_undetermined: list(r, "expect_undetermined", &x.expect_undetermined)?,
            }),
            Self::Join(x) => {
                Op::Join(JoinStep { id: r.socket("id", Use::Acts, &x.id)?, group: x.group, iface: x.iface })
            }
            Self::Reserve(x) => Op::Reserve(*x),
            Self::Request(x) => Op::Request(RequestStep {
                id: r.socket("id", Use::Acts, &x.id)?,
                label: x.label.clone(),
                expect_client: x.expect_client,
                expect_server_host: x.expect_server_host.clone(),
                expect_same_connection_as: x.expect_same_connection_as.clone(),
                expect_other_connection_than: x.expect_other_connection_than.clone(),
            }),
        })
    }
}

impl<S, U> Op<S, U> {
    /// The socket the call acts on: `id` (an `accept`'s listener); `None` for a remote peer's
    /// `connect` or `send`, and for `reserve`.
    pub fn socket(&self) -> Option<&S> {
        match self {
            Self::Socket(x) => Some(&x.id),
            Self::Setsockopt(x) => Some(&x.id),
            Self::Getsockopt(x) => Some(&x.id),
            Self::Bind(x) => Some(&x.id),
            Self::Listen(x) => Some(&x.id),
            Self::Close(x) | Self::Shutdown(x) | Self::Abort(x) => Some(&x.id),
            Self::Connect(x) => x.id.as_ref(),
            Self::Accept(x) => Some(&x.id),
            Self::Send(x) => x.id.as_ref(),
            Self::Join(x) => Some(&x.id),
            Self::Reserve(_) => None,
            Self::Request(x) => Some(&x.id),
        }
    }

    /// The name under which the step saves its socket's port (`save_port`), if it does.
    pub fn save_port(&self) -> Option<&str> {
        match self {
            Self::Bind(BindStep { save_port, .. })
            | Self::Listen(ListenStep { save_port, .. })
            | Self::Connect(ConnectStep { save_port, .. })
            | Self::Send(SendStep { save_port, .. }) => save_port.as_deref(),
            Self::Socket(_)
            | Self::Setsockopt(_)
            | Self::Getsockopt(_)
            | Self::Accept(_)
            | Self::Close(_)
            | Self::Shutdown(_)
            | Self::Abort(_)
            | Self::Join(_)
            | Self::Reserve(_)
            | Self::Request(_) => None,
        }
    }

    /// The call in a few words, without socket names: `bind 0.0.0.0:80`, `setsockopt
    /// SO_REUSEADDR on`, `connect to 10.0.0.1:80`.
    pub fn brief(&self) -> Brief<'_, S, U> {
        Brief(self)
    }
}

/// [`Op::brief`].
#[derive(Debug)]
pub struct Brief<'a, S, U>(&'a Op<S, U>);

impl<S, U> fmt::Display for Brief<'_, S, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Op::Socket(x) => write!(f, "socket {} {}", x.family, x.proto),
            Op::Setsockopt(x) => match x.value {
                OptionValue::Bool(true) => write!(f, "setsockopt {} on", x.option),
                OptionValue::Bool(false) => write!(f, "setsockopt {} off", x.option),
                v @ (OptionValue::Int(_) | OptionValue::Linger(_)) => write!(f, "setsockopt {} {v}", x.option),
            },
            Op::Getsockopt(x) => write!(f, "getsockopt {}", x.option),
            Op::Bind(x) => write!(f, "bind {}", x.addr),
            Op::Connect(x) => write!(f, "connect to {}", x.to),
            Op::Send(x) => write!(f, "send to {}", x.to),
            Op::Join(x) => write!(f, "join {} on {}", x.group, x.iface),
            Op::Reserve(x) => write!(f, "reserve {} {}", x.ports, x.kind),
            Op::Request(x) => match &x.label {
                Some(l) => write!(f, "request {}", Escaped(l)),
                None => f.write_str("request"),
            },
            op @ (Op::Listen(_) | Op::Accept(_) | Op::Close(_) | Op::Shutdown(_) | Op::Abort(_)) => {
                f.write_str(op.name())
            }
        }
    }
}

/// Whether a value is its type's default (serde's `skip_serializing_if` for generic fields).
fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

/// `socket`: create a socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(
    serialize = "S: Serialize, U: Serialize + Default + PartialEq",
    deserialize = "S: Deserialize<'de>, U: Deserialize<'de> + Default"
))]
pub struct SocketStep<S = String, U = Option<String>> {
    /// The name the other steps use for it.
    pub id: S,
    /// `v4` or `v6`.
    pub family: Family,
    /// `tcp` (default) or `udp`.
    #[serde(default = "tcp")]
    pub proto: Proto,
    /// The owning user (may be omitted when the scenario has one user).
    #[serde(default, skip_serializing_if = "is_default")]
    pub user: U,
    /// The host it is created on, by name, in a scenario with `hosts` (may be omitted when
    /// there is one host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
}

fn tcp() -> Proto {
    Proto::Tcp
}

/// A `setsockopt` value: a boolean, an integer (non-zero is on), or a `LINGER` for SO_LINGER.
/// An integer must fit the C `int` that `setsockopt` takes: 4294967296 is refused, not read as
/// a value that is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged, try_from = "RawOptionValue")]
pub enum OptionValue {
    /// `true` / `false`.
    Bool(bool),
    /// An integer; non-zero is on.
    Int(i64),
    /// SO_LINGER's structure.
    Linger(LingerValue),
}

/// [`OptionValue`] as written, before the integer's range is checked.
#[derive(Deserialize)]
#[serde(untagged, expecting = "expected true, false, an integer, or { \"onoff\": bool, \"seconds\": n } for SO_LINGER")]
enum RawOptionValue {
    Bool(bool),
    Int(i64),
    Big(u64),
    Linger(LingerValue),
}

fn not_an_int(n: impl fmt::Display) -> String {
    format!("{n} does not fit the C int that setsockopt takes ({} to {})", i32::MIN, i32::MAX)
}

impl TryFrom<RawOptionValue> for OptionValue {
    type Error = String;
    fn try_from(raw: RawOptionValue) -> Result<Self, String> {
        match raw {
            RawOptionValue::Bool(b) => Ok(Self::Bool(b)),
            RawOptionValue::Int(i) if i32::try_from(i).is_ok() => Ok(Self::Int(i)),
            RawOptionValue::Int(i) => Err(not_an_int(i)),
            RawOptionValue::Big(u) => Err(not_an_int(u)),
            RawOptionValue::Linger(l) => Ok(Self::Linger(l)),
        }
    }
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

impl fmt::Display for OptionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bool(b) => write!(f, "{b}"),
            Self::Int(i) => write!(f, "{i}"),
            Self::Linger(l) => write!(f, "{{ onoff: {}, seconds: {} }}", l.onoff, l.seconds),
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
pub struct SetsockoptStep<S = String> {
    /// The socket.
    pub id: S,
    /// The option, by its Windows name.
    pub option: SocketOption,
    /// The value.
    pub value: OptionValue,
}

/// `getsockopt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetsockoptStep<S = String> {
    /// The socket.
    pub id: S,
    /// The option.
    pub option: SocketOption,
    /// The value expected back (`true`/`false` read as 1/0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_value: Option<OptionValue>,
}

/// `bind`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BindStep<S = String> {
    /// The socket.
    pub id: S,
    /// `ip:port` or `[v6]:port`; port 0 picks an ephemeral port; `ip:$NAME` a saved port.
    pub addr: Address,
    /// The port the socket is expected to get: for port 0, the ephemeral port picked. A number,
    /// a range (`"32768-60999"`) or a saved port (`"$p"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_port: Option<ExpectPort>,
    /// Saves the port the socket has after the call under this name, for later steps' `$NAME`.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "save_name")]
    pub save_port: Option<String>,
}

/// `listen`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListenStep<S = String> {
    /// The socket.
    pub id: S,
    /// Saves the port the socket has after the call (an unbound socket's implicit bind picks
    /// one) under this name.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "save_name")]
    pub save_port: Option<String>,
}

/// `close`, `shutdown`, `abort`: a socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdStep<S = String> {
    /// The socket.
    pub id: S,
}

/// `connect`: from a local socket, or (no `id`) from a remote peer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "S: Deserialize<'de>"))]
pub struct ConnectStep<S = String> {
    /// The connecting socket; absent for a remote peer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<S>,
    /// The host it connects from, in a scenario with `hosts`: the host of `id`, or without
    /// `id` a new socket of that host (a client program's connection). Absent with no `id`: an
    /// anonymous peer outside every host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The destination; `ip:$NAME` for a saved port.
    pub to: Address,
    /// Saves the port of `id` after the call (an unbound socket's implicit bind picks one).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "save_name")]
    pub save_port: Option<String>,
    /// The client address and port the server is expected to see (the connection's identity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_client: Option<SocketAddr>,
    /// The listener expected to receive it; `null` for refused.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub expect_accepted_by: Option<Option<S>>,
    /// The listeners one of which receives it, where the documents leave it undetermined
    /// (rule R4; the model queues it on the observed receiver so the run can go on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_undetermined: Option<Vec<S>>,
}

/// `accept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptStep<S = String> {
    /// The listener.
    pub id: S,
    /// The name of the accepted socket.
    #[serde(rename = "as")]
    pub as_id: S,
}

/// `send`: one UDP datagram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "S: Deserialize<'de>"))]
pub struct SendStep<S = String> {
    /// The sending socket; absent for a remote peer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<S>,
    /// The host it is sent from, in a scenario with `hosts`: the host of `id`, or a program
    /// of that host. Absent with no `id`: an anonymous peer outside every host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The destination; `ip:$NAME` for a saved port.
    pub to: Address,
    /// Saves the port of `id` after the call (an unbound socket's implicit bind picks one).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "save_name")]
    pub save_port: Option<String>,
    /// Every socket expected to get the datagram (`[]` for none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_receivers: Option<Vec<S>>,
    /// The sockets one of which gets it (undetermined).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_undetermined: Option<Vec<S>>,
}

/// `request`: one request (an HTTP request, an authentication message) sent on the
/// connection of a connected TCP socket, either end. It changes nothing; it states the
/// connection's identity: the client's address and port and the server's host. Two requests
/// on one connection have one identity; a new connection gets a new ephemeral port.
/// Connection-bound authentication such as NTLM is this expectation: every message of one
/// exchange on one connection (`expect_same_connection_as`), not a model of NTLM.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestStep<S = String> {
    /// The connected socket it is sent on.
    pub id: S,
    /// A name for this request, for later `expect_same_connection_as` and
    /// `expect_other_connection_than`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The client address and port expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_client: Option<SocketAddr>,
    /// The host expected to serve it (the server end's host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_server_host: Option<String>,
    /// An earlier request (by label) expected on the same connection: same client address
    /// and port, same server host and address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_same_connection_as: Option<String>,
    /// An earlier request (by label) expected on another connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect_other_connection_than: Option<String>,
}

/// `join`: a multicast group on a local interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinStep<S = String> {
    /// The UDP socket.
    pub id: S,
    /// The group address.
    pub group: IpAddr,
    /// The local interface address.
    pub iface: IpAddr,
}

/// `reserve`: a port range kept from programs: `excluded` (binds fail with WSAEACCES; Vista and
/// later; per protocol, as `netsh int ipv4 show excludedportrange tcp` and `... udp` list them)
/// or `reserved` (the ReservedPorts registry value: out of the ephemeral pool only; before Vista;
/// TCP and UDP alike).
///
/// `proto` (`tcp` or `udp`) says which protocol an excluded range is for; without it the range
/// is excluded for both, as a range added once for each protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReserveStep {
    /// `"1645-1646"`, `"1645"` or `1645`.
    pub ports: PortRange,
    /// `excluded` or `reserved`.
    pub kind: PortKind,
    /// `tcp` or `udp` for an excluded range; both when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proto: Option<Proto>,
}

impl ReserveStep {
    /// The protocols the range applies to.
    pub fn protos(&self) -> &'static [Proto] {
        match self.proto {
            Some(Proto::Tcp) => &[Proto::Tcp],
            Some(Proto::Udp) => &[Proto::Udp],
            None => &[Proto::Tcp, Proto::Udp],
        }
    }
}

/// Distinguishes an absent key (`None`) from `null` (`Some(None)`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// The names of a derived struct's fields, as serde knows them (the struct is asked to
/// deserialize itself from a reader that only records them).
pub(super) fn fields_of<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Fields<'a>(&'a mut &'static [&'static str]);
    impl<'de> Deserializer<'de> for Fields<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("fields recorded"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
            unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Fields(&mut fields));
    fields
}
/// An expected outcome: `ok`, `error` (any error), an error name or its number: a Winsock
/// name (`WSAEACCES`, `10013`) in a Windows scenario, a Linux errno (`EACCES`, `13`) in a Linux
/// one, or a short word both share (`access`, `inuse`, `inval` ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// The call succeeds.
    Ok,
    /// The call fails, with any error.
    AnyError,
    /// The call fails with this Winsock error.
    Error(WsaError),
    /// The call fails with this Linux errno.
    Linux(LinuxError),
    /// A short word both systems share (`inuse`, `access` ...): the Winsock error in a Windows
    /// scenario, its Linux counterpart ([`linux_counterpart`]) in a Linux one. Checking a
    /// scenario turns it into [`Error`](Self::Error) or [`Linux`](Self::Linux).
    Word(WsaError),
}

/// The Linux errno that means what a Winsock error means, where there is one (WSAENOTSOCK is
/// EBADF, WSAEWOULDBLOCK is EAGAIN; WSAENOBUFS has none here).
///
/// ```
/// use winsock_bind::rules::linux::LinuxError;
/// use winsock_bind::scenario::linux_counterpart;
/// use winsock_bind::WsaError;
/// assert_eq!(linux_counterpart(WsaError::AddrInUse), Some(LinuxError::AddrInUse));
/// assert_eq!(linux_counterpart(WsaError::NoBufs), None);
/// ```
pub fn linux_counterpart(e: WsaError) -> Option<LinuxError> {
    Some(match e {
        WsaError::Access => LinuxError::Access,
        WsaError::Inval => LinuxError::Inval,
        WsaError::NotSock => LinuxError::BadF,
        WsaError::WouldBlock => LinuxError::Again,
        WsaError::NoProtoOpt => LinuxError::NoProtoOpt,
        WsaError::OpNotSupp => LinuxError::OpNotSupp,
        WsaError::AfNoSupport => LinuxError::AfNoSupport,
        WsaError::AddrInUse => LinuxError::AddrInUse,
        WsaError::AddrNotAvail => LinuxError::AddrNotAvail,
        WsaError::NoBufs => return None,
        WsaError::IsConn => LinuxError::IsConn,
        WsaError::NotConn => LinuxError::NotConn,
        WsaError::ConnRefused => LinuxError::ConnRefused,
        // The Linux model is one machine: no route to a host is ever in question there.
        WsaError::HostUnreach => return None,
    })
}

impl Expect {
    /// Whether a Windows outcome meets the expectation. A Linux errno (a Linux scenario
    /// replayed on Windows) is read as its Winsock counterpart.
    pub fn holds(self, got: Result<(), WsaError>) -> bool {
        match (self, got) {
            (Self::Ok, Ok(())) | (Self::AnyError, Err(_)) => true,
            (Self::Error(want) | Self::Word(want), Err(e)) => want == e,
            (Self::Linux(want), Err(e)) => linux_counterpart(e) == Some(want),
            (Self::Ok, Err(_)) | (Self::AnyError | Self::Error(_) | Self::Word(_) | Self::Linux(_), Ok(())) => false,
        }
    }

    /// Whether a Linux outcome meets the expectation. A Winsock error (a Windows scenario
    /// replayed on Linux) is read as its Linux counterpart.
    pub fn holds_linux(self, got: Result<(), LinuxError>) -> bool {
        match (self, got) {
            (Self::Ok, Ok(())) | (Self::AnyError, Err(_)) => true,
            (Self::Linux(want), Err(e)) => want == e,
            (Self::Word(w) | Self::Error(w), Err(e)) => linux_counterpart(w) == Some(e),
            (Self::Ok, Err(_)) | (Self::AnyError | Self::Linux(_) | Self::Word(_) | Self::Error(_), Ok(())) => false,
        }
    }

    /// The expectation for a scenario of `os`: a short word becomes that system's error, and an
    /// error of the other system is refused with the name to use instead.
    pub(super) fn for_os(self, linux: bool) -> Result<Self, String> {
        match (self, linux) {
            (Self::Ok | Self::AnyError, _) | (Self::Error(_), false) | (Self::Linux(_), true) => Ok(self),
            (Self::Word(w), false) => Ok(Self::Error(w)),
            (Self::Word(w), true) => linux_counterpart(w).map(Self::Linux).ok_or_else(|| {
                format!("`{}` has no Linux counterpart; expect `error` or a Linux errno name", w.short())
            }),
            (Self::Error(w), true) => Err(match linux_counterpart(w) {
                Some(l) => format!(
                    "{} is a Winsock error; this is a Linux scenario: write {} (or `{}`)",
                    w.name(),
                    l.name(),
                    w.short()
                ),
                None => format!("{} is a Winsock error with no Linux counterpart; this is a Linux scenario", w.name()),
            }),
            (Self::Linux(l), false) => {
                let windows = WsaError::ALL.iter().copied().find(|w| linux_counterpart(*w) == Some(l));
                Err(match windows {
                    Some(w) => format!(
                        "{} is a Linux errno; this is a Windows scenario: write {} (or `{}`)",
                        l.name(),
                        w.name(),
                        w.short()
                    ),
                    None => {
                        format!("{} is a Linux errno with no Winsock counterpart; this is a Windows scenario", l.name())
                    }
                })
            }
        }
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ok => f.write_str("ok"),
            Self::AnyError => f.write_str("an error"),
            Self::Error(e) | Self::Word(e) => e.fmt(f),
            Self::Linux(e) => e.fmt(f),
        }
    }
}

impl std::str::FromStr for Expect {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        match t.to_ascii_lowercase().as_str() {
            "ok" | "success" => return Ok(Self::Ok),
            "error" => return Ok(Self::AnyError),
            _ => {}
        }
        // Winsock numbers start at 10000; smaller numbers are Linux errnos.
        if let Ok(n) = t.parse::<u32>() {
            return if n >= 10000 { t.parse().map(Self::Error) } else { t.parse().map(Self::Linux) };
        }
        if let Some(w) = WsaError::ALL.iter().copied().find(|w| w.short().eq_ignore_ascii_case(t)) {
            return Ok(Self::Word(w));
        }
        if t.len() > 3 && t[..3].eq_ignore_ascii_case("wsa") {
            return t.parse().map(Self::Error);
        }
        t.parse::<LinuxError>().map(Self::Linux).map_err(|_| {
            InputError::unknown(
                "expected outcome",
                s,
                "ok, error, a short word (inuse, access, inval ...), a Winsock name (WSAEADDRINUSE) or a Linux errno (EADDRINUSE), or a number",
            )
        })
    }
}

impl Serialize for Expect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Ok => s.serialize_str("ok"),
            Self::AnyError => s.serialize_str("error"),
            Self::Error(e) => s.serialize_str(e.name()),
            Self::Word(e) => s.serialize_str(e.short()),
            Self::Linux(e) => s.serialize_str(e.name()),
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
        match Raw::deserialize(d).map_err(|_| de::Error::custom("expected ok, error, an error name or number"))? {
            Raw::Text(t) => t.parse().map_err(de::Error::custom),
            Raw::Number(n) if n >= 10000 => WsaError::from_code(n)
                .map(Self::Error)
                .ok_or_else(|| de::Error::custom(format!("unknown Winsock error number {n}"))),
            Raw::Number(n) => {
                i32::try_from(n).ok().and_then(LinuxError::from_errno).map(Self::Linux).ok_or_else(|| {
                    de::Error::custom(format!(
                        "unknown error number {n} (neither Winsock nor a Linux errno the model knows)"
                    ))
                })
            }
        }
    }
}
