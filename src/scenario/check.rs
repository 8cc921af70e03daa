//! What a scenario expected of a step, what happened, and the verdict: the typed checks a
//! transcript keeps for each expectation.

use std::net::SocketAddr;

use serde::Serialize;

use super::step::Expect;
use super::SocketRef;
use crate::error::WsaError;
use crate::host::Identity;
use crate::rules::delivery::Receivers;

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

/// What happened, for a check.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Got {
    /// The call's outcome.
    Outcome(Result<(), WsaError>),
    /// The value read back, or the error reading it.
    Value(Result<i64, WsaError>),
    /// The socket's port (`None`: unbound).
    Port(Option<u16>),
    /// Who received.
    Receivers(Receivers),
    /// The connection was refused, or the send failed: nothing was delivered.
    Failed(WsaError),
    /// The connection's identity (`None`: the call failed).
    Identity(Option<Identity>),
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
