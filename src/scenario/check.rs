//! What a scenario expected of a step, what happened, and the verdict: the typed checks a
//! transcript keeps for each expectation.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;

use serde::Serialize;

use super::address::ExpectPort;
use super::step::{BindStep, ConnectStep, Expect, GetsockoptStep, Op, SendStep};
use super::transcript::SocketNames;
use super::{SocketRef, UserRef};
use crate::error::WsaError;
use crate::host::Identity;
use crate::id::SocketId;
use crate::options::SocketOption;
use crate::ports::PortRange;
use crate::rules::delivery::Receivers;
use crate::rules::linux::LinuxError;
use crate::rules::linux_calls::LinuxReceivers;

/// Which expectation of a step a [`Check`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKey {
    /// `expect`: the call's outcome.
    Expect,
    /// `expect_value`: what getsockopt reads.
    ExpectValue,
    /// `expect_port`: the port bind gave.
    ExpectPort,
    /// `expect_accepted_by`: the listener that gets a connection.
    ExpectAcceptedBy,
    /// `expect_receivers`: every socket that gets a datagram.
    ExpectReceivers,
    /// `expect_undetermined`: the sockets one of which gets it.
    ExpectUndetermined,
    /// `expect_client`: the client address and port of a connection.
    ExpectClient,
    /// `expect_server_host`: the host serving a request.
    ExpectServerHost,
    /// `expect_same_connection_as`: an earlier request on the same connection.
    ExpectSameConnectionAs,
    /// `expect_other_connection_than`: an earlier request on another connection.
    ExpectOtherConnectionThan,
}

impl CheckKey {
    /// The key as written in a scenario.
    pub fn name(self) -> &'static str {
        match self {
            Self::Expect => "expect",
            Self::ExpectValue => "expect_value",
            Self::ExpectPort => "expect_port",
            Self::ExpectAcceptedBy => "expect_accepted_by",
            Self::ExpectReceivers => "expect_receivers",
            Self::ExpectUndetermined => "expect_undetermined",
            Self::ExpectClient => "expect_client",
            Self::ExpectServerHost => "expect_server_host",
            Self::ExpectSameConnectionAs => "expect_same_connection_as",
            Self::ExpectOtherConnectionThan => "expect_other_connection_than",
        }
    }
}

/// What a scenario expected.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// An outcome.
    Outcome(Expect),
    /// A number.
    Value(i64),
    /// A port.
    Port(u16),
    /// A port of this range.
    PortRange(PortRange),
    /// The one listener (`None`: refused).
    Listener(Option<SocketRef>),
    /// A set of sockets.
    Sockets(Vec<SocketRef>),
    /// A client address and port.
    Client(SocketAddr),
    /// A host, by its place in `hosts`.
    Host(usize),
    /// The connection of an earlier request, by its label (`expect_same_connection_as`,
    /// `expect_other_connection_than`).
    Connection(String),
}

/// What happened, for a check: on Windows with [`WsaError`] and [`Receivers`]; on Linux
/// ([`LinuxGot`](super::LinuxGot)) with [`LinuxError`] and [`LinuxReceivers`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Got<E = WsaError, R = Receivers> {
    /// The call's outcome.
    Outcome(Result<(), E>),
    /// The value read back, or the error reading it.
    Value(Result<i64, E>),
    /// The socket's port (`None`: unbound).
    Port(Option<u16>),
    /// Who received.
    Receivers(R),
    /// The connection was refused, or the send failed: nothing was delivered.
    Failed(E),
    /// The connection's identity (`None`: the call failed); Windows networks only.
    Identity(Option<Identity>),
}

/// A system's error, as a check and its printing read it.
pub(super) trait SystemError: Copy + PartialEq + fmt::Display {
    /// Its name: `WSAEACCES`, `EADDRINUSE`.
    fn name(self) -> &'static str;
}

impl SystemError for WsaError {
    fn name(self) -> &'static str {
        Self::name(self)
    }
}

impl SystemError for LinuxError {
    fn name(self) -> &'static str {
        Self::name(self)
    }
}

/// How many of a set of sockets receive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reach {
    Nobody,
    One,
    /// One of them, which the system does not say (Windows: undetermined; Linux: by a hash).
    OneOf,
    Every,
}

/// A system's receivers, as a check and its printing read them.
pub(super) trait ReceiverSet: Clone {
    /// Nobody received.
    const NOBODY: Self;
    /// How the one-of set is written: in a transcript (`undetermined`, `by hash`) and in JSON.
    const ONE_OF: (&'static str, &'static str);
    /// How many receive, and the sockets named.
    fn reach(&self) -> (Reach, &[SocketId]);
}

impl ReceiverSet for Receivers {
    const NOBODY: Self = Self::Nobody;
    const ONE_OF: (&'static str, &'static str) = ("undetermined", "undetermined");
    fn reach(&self) -> (Reach, &[SocketId]) {
        match self {
            Self::Nobody => (Reach::Nobody, &[]),
            Self::One(s) => (Reach::One, std::slice::from_ref(s)),
            Self::Undetermined(v) => (Reach::OneOf, v),
            Self::Every(v) => (Reach::Every, v),
        }
    }
}

impl ReceiverSet for LinuxReceivers {
    const NOBODY: Self = Self::Nobody;
    const ONE_OF: (&'static str, &'static str) = ("by hash", "spread_by_hash");
    fn reach(&self) -> (Reach, &[SocketId]) {
        match self {
            Self::Nobody => (Reach::Nobody, &[]),
            Self::One(s) => (Reach::One, std::slice::from_ref(s)),
            Self::SpreadByHash(v) => (Reach::OneOf, v),
            Self::Every(v) => (Reach::Every, v),
        }
    }
}

/// One expectation and its verdict: on Windows what happened is a [`Got`], on Linux a
/// [`LinuxGot`](super::LinuxGot) ([`LinuxCheck`](super::LinuxCheck)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check<G = Got> {
    /// Which key.
    pub key: CheckKey,
    /// What the scenario expected.
    pub expected: Expected,
    /// What happened.
    pub got: G,
    /// Whether it held.
    pub held: bool,
}

/// `expect_value`: the value read back, or the error reading it.
pub(super) fn value_check<E: SystemError, R: ReceiverSet>(want: i64, got: Result<i64, E>) -> Check<Got<E, R>> {
    Check { key: CheckKey::ExpectValue, expected: Expected::Value(want), held: got == Ok(want), got: Got::Value(got) }
}

/// `expect_port`: the port the socket is bound to, or the range it lies in; a saved port is
/// looked up in `saved`.
pub(super) fn port_check<E: SystemError, R: ReceiverSet>(
    want: &ExpectPort,
    saved: &BTreeMap<String, u16>,
    got: Option<u16>,
) -> Check<Got<E, R>> {
    let (expected, held) = match want {
        ExpectPort::Port(p) => (Expected::Port(*p), got == Some(*p)),
        ExpectPort::Saved(name) => {
            let p = saved.get(name).copied().unwrap_or(0);
            (Expected::Port(p), got == Some(p))
        }
        ExpectPort::Range(r) => (Expected::PortRange(*r), got.is_some_and(|p| r.contains(p))),
    };
    Check { key: CheckKey::ExpectPort, expected, got: Got::Port(got), held }
}

/// `expect_accepted_by`: the one listener that accepted (`None`: refused).
pub(super) fn accepted_by_check<E: SystemError, R: ReceiverSet>(
    want: Option<SocketRef>,
    ids: &[Option<SocketId>],
    got: Got<E, R>,
) -> Check<Got<E, R>> {
    let held = match (want, &got) {
        (None, Got::Failed(_)) => true,
        (Some(w), Got::Receivers(r)) => match r.reach() {
            (Reach::One, [s]) => ids[w.0] == Some(*s),
            _ => false,
        },
        (None | Some(_), Got::Receivers(_) | Got::Failed(_))
        | (_, Got::Outcome(_) | Got::Value(_) | Got::Port(_) | Got::Identity(_)) => false,
    };
    Check { key: CheckKey::ExpectAcceptedBy, expected: Expected::Listener(want), got, held }
}

/// `expect_receivers` (`one_of` false: every receiver) or `expect_undetermined` (`one_of`
/// true: the set one of which receives).
pub(super) fn set_check<E: SystemError, R: ReceiverSet>(
    key: CheckKey,
    want: &[SocketRef],
    one_of: bool,
    ids: &[Option<SocketId>],
    got: Got<E, R>,
) -> Check<Got<E, R>> {
    let held = match &got {
        Got::Receivers(r) => same_set(want, one_of, ids, r),
        Got::Failed(_) | Got::Outcome(_) | Got::Value(_) | Got::Port(_) | Got::Identity(_) => false,
    };
    Check { key, expected: Expected::Sockets(want.to_vec()), got, held }
}

/// What a `connect` or `send` delivered, for its checks: who received (nobody, for a step that
/// delivered nothing) or the error.
pub(super) fn delivered<E: SystemError, R: ReceiverSet>(result: Result<Option<&R>, E>) -> Got<E, R> {
    match result {
        Ok(r) => Got::Receivers(r.cloned().unwrap_or(R::NOBODY)),
        Err(e) => Got::Failed(e),
    }
}

/// Whether the receivers are the expected set: every receiver (`one_of` false) or the set one
/// of which receives (`one_of` true). `ids` are the host sockets of the scenario's, by handle.
fn same_set<R: ReceiverSet>(want: &[SocketRef], one_of: bool, ids: &[Option<SocketId>], got: &R) -> bool {
    let got: &[SocketId] = match (got.reach(), one_of) {
        ((Reach::One | Reach::Every | Reach::Nobody, v), false) | ((Reach::OneOf, v), true) => v,
        ((Reach::One | Reach::Every | Reach::Nobody, _), true) | ((Reach::OneOf, _), false) => return false,
    };
    if got.len() != want.len() {
        return false;
    }
    let mut want: Vec<Option<SocketId>> = want.iter().map(|w| ids[w.0]).collect();
    let mut got: Vec<Option<SocketId>> = got.iter().copied().map(Some).collect();
    want.sort_unstable();
    got.sort_unstable();
    want == got
}

/// The checks beyond `expect` that both systems make: the value `getsockopt` reads back (read
/// by `value`), the port `bind` gave (read by `port`), and who received a `connect` or a `send`
/// (`delivered`: what the step delivered, or its error).
pub(super) fn common_checks<E: SystemError, R: ReceiverSet>(
    op: &Op<SocketRef, UserRef>,
    names: &SocketNames,
    delivered: impl Fn() -> Got<E, R>,
    value: impl Fn(SocketRef, SocketOption) -> Result<i64, E>,
    port: impl Fn(SocketRef) -> Option<u16>,
    checks: &mut Vec<Check<Got<E, R>>>,
) {
    let ids = &names.ids;
    let (one, every, one_of) = match op {
        Op::Connect(ConnectStep { expect_accepted_by, expect_undetermined, .. }) => {
            (expect_accepted_by.as_ref(), None, expect_undetermined)
        }
        Op::Send(SendStep { expect_receivers, expect_undetermined, .. }) => {
            (None, expect_receivers.as_ref(), expect_undetermined)
        }
        Op::Getsockopt(GetsockoptStep { id, option, expect_value: Some(want) }) => {
            checks.push(value_check(want.as_int(), value(*id, *option)));
            return;
        }
        Op::Bind(BindStep { id, expect_port: Some(want), .. }) => {
            checks.push(port_check(want, &names.ports, port(*id)));
            return;
        }
        Op::Socket(_)
        | Op::Setsockopt(_)
        | Op::Getsockopt(GetsockoptStep { expect_value: None, .. })
        | Op::Bind(BindStep { expect_port: None, .. })
        | Op::Listen(_)
        | Op::Accept(_)
        | Op::Close(_)
        | Op::Shutdown(_)
        | Op::Abort(_)
        | Op::Join(_)
        | Op::Reserve(_)
        | Op::Request(_) => return,
    };
    if let Some(want) = one {
        checks.push(accepted_by_check(*want, ids, delivered()));
    }
    if let Some(want) = every {
        checks.push(set_check(CheckKey::ExpectReceivers, want, false, ids, delivered()));
    }
    if let Some(want) = one_of {
        checks.push(set_check(CheckKey::ExpectUndetermined, want, true, ids, delivered()));
    }
}
