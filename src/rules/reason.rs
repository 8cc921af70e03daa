//! [`Reason`]: which rule fired; [`Decision`]: the outcome of one bind attempt and why.

use std::fmt;

use serde::Serialize;

use super::delivery::Sharing;
use super::{Binding, Source};
use crate::endpoint::Endpoint;
use crate::era::Behaviour;
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::ports::PortRange;

/// Defines [`Reason`] from rows of `Variant = "id", "slug", Evidence, Source "anchor", "source";`,
/// like `WsaError`.
macro_rules! reasons {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $slug:literal, $evidence:ident, $cites:ident $anchor:literal, $source:literal; )*) => {
        /// The named rule that decided an outcome.
        ///
        /// Each rule has a short stable id (`E3`), a slug (`under-exclusive-wildcard`), the public
        /// source it comes from ([`Source`], listed on `docs/sources.md`), its evidence, and
        /// explains itself in one sentence through [`Decision`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Reason {
            $( $(#[$doc])* $variant, )*
        }

        impl Reason {
            /// Every rule, in id order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The short stable id, e.g. `E3`.
            pub const fn rule_id(self) -> &'static str {
                match self { $(Self::$variant => $id,)* }
            }

            /// The rule's name in kebab case, e.g. `under-exclusive-wildcard`.
            pub const fn slug(self) -> &'static str {
                match self { $(Self::$variant => $slug,)* }
            }

            /// Where the rule comes from, as a citation a reader can follow: the public source,
            /// the place in it, and its anchor on `docs/sources.md`.
            ///
            /// ```
            /// use winsock_bind::Reason;
            /// assert_eq!(
            ///     Reason::UnderForeignWildcard.source(),
            ///     "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 4 (docs/sources.md#ms-reuseaddr)"
            /// );
            /// ```
            pub const fn source(self) -> &'static str {
                match self { $(Self::$variant => concat!($source, " (docs/sources.md#", $anchor, ")"),)* }
            }

            /// The public source the rule rests on.
            pub const fn cites(self) -> Source {
                match self { $(Self::$variant => Source::$cites,)* }
            }

            /// What the rule rests on: documented, observed on real Windows, or extrapolated.
            pub const fn evidence(self) -> Evidence {
                match self { $(Self::$variant => Evidence::$evidence,)* }
            }
        }
    };
}

reasons! {
    /// No bound socket on the port overlaps the attempted address.
    NoOverlap = "B1", "no-overlap", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE (different explicit interfaces never conflict)";
    /// Before enhanced security: SO_REUSEADDR may not share a port held with SO_EXCLUSIVEADDRUSE.
    LegacyExclusiveHolder = "L1", "legacy-exclusive-holder", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 2";
    /// Before enhanced security: SO_REUSEADDR alone is enough to share (hijack) a port.
    LegacyReuseShares = "L2", "legacy-reuse-shares", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 2 (\"a malicious program could forcefully bind\")";
    /// Before enhanced security: without SO_REUSEADDR an overlapping bind is in use.
    LegacyInUse = "L3", "legacy-in-use", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 2";
    /// An exclusive wildcard bind needs every address of the port free.
    ExclusiveWildcardOverSpecific = "E1", "exclusive-wildcard-over-specific", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4 and \"Application Strategies\"";
    /// A non-exclusive wildcard bind goes around an existing specific binding.
    WildcardAroundSpecific = "E2", "wildcard-around-specific", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4 (\"the second caller is bound to all interfaces except\")";
    /// Nothing may bind beneath an exclusive wildcard.
    UnderExclusiveWildcard = "E3", "under-exclusive-wildcard", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4 (\"there is nothing the second caller can do\")";
    /// The same user may bind a specific address beneath their own non-exclusive wildcard.
    UnderOwnWildcard = "E4", "under-own-wildcard", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 3 (same user: the behavior is like it was before)";
    /// Another user may not bind beneath a wildcard unless both sockets set SO_REUSEADDR.
    UnderForeignWildcard = "E5", "under-foreign-wildcard", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 4";
    /// Both sockets set SO_REUSEADDR: they share the port.
    SharedByMutualReuse = "E6", "shared-by-mutual-reuse", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4 (\"the first caller should set SO_REUSEADDR\")";
    /// SO_REUSEADDR on the second socket only: enhanced security refuses to share.
    ReuseNotGranted = "E7", "reuse-not-granted", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4 (\"sockets are not in a shareable state\")";
    /// The identical address is taken and the second socket did not ask to share.
    IdenticalInUse = "E8", "identical-in-use", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Tables 3-4";
    /// SO_EXCLUSIVEADDRUSE does not exist in this era.
    ExclusiveUnavailable = "O1", "exclusive-unavailable", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, Table 1";
    /// SO_EXCLUSIVEADDRUSE needs an administrator in this era.
    ExclusiveNeedsAdmin = "O2", "exclusive-needs-admin", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE (\"in the past only applications running with Administrator privileges\")";
    /// SO_REUSEADDR and SO_EXCLUSIVEADDRUSE cannot both be on.
    ReuseOptionsConflict = "O3", "reuse-options-conflict", Observed, WineSock "wine-sock", "Wine's Winsock conformance tests, test_reuseaddr";
    /// IPV6_V6ONLY cannot change once the socket is bound.
    V6OnlyFrozen = "O4", "v6only-frozen", Observed, WineSock "wine-sock", "Wine's Winsock conformance tests, test_ipv6only";
    /// The option does not exist in this era (IPV6_V6ONLY before Vista), or cannot be set (SO_ACCEPTCONN is read-only).
    OptionNotApplicable = "O5", "option-not-applicable", Documented, MsIpv6Options "ms-ipv6-options", "Microsoft Learn, IPPROTO_IPV6 socket options (IPV6_V6ONLY from Windows Vista on) and SOL_SOCKET socket options (SO_ACCEPTCONN: get only)";
    /// A closed SO_EXCLUSIVEADDRUSE socket still holds its port through active connections.
    HeldByActiveConnections = "T1", "held-by-active-connections", Documented, MsReuseAddr "ms-reuseaddr", "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE (\"there is an important caveat\")";
    /// Current Windows lets a new bind through although the closed exclusive socket's connections are active.
    ActiveConnectionsIgnored = "T2", "active-connections-ignored", Observed, RuntimeTests "runtime-tests", "Runtime test suites on current Windows (a new exclusive listener binds while the old one's connection is open)";
    /// The id names no socket, or a closed one.
    NotASocket = "S1", "not-a-socket", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, Windows Sockets error codes (WSAENOTSOCK)";
    /// The socket is already bound.
    AlreadyBound = "S2", "already-bound", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, bind (WSAEINVAL: the socket is already bound)";
    /// listen on a socket that is not bound.
    NotBound = "S3", "not-bound", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, listen (WSAEINVAL: the socket has not been bound)";
    /// The address is not one of the host's (or is a multicast or broadcast address).
    AddressNotLocal = "S4", "address-not-local", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, bind (WSAEADDRNOTAVAIL: not a valid local IP address on this computer)";
    /// The address family does not match the socket, or the era has no such family.
    FamilyMismatch = "S5", "family-mismatch", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, socket and bind (WSAEAFNOSUPPORT)";
    /// A TCP call on a UDP socket or a datagram from a TCP socket.
    WrongProtocol = "S6", "wrong-protocol", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, listen (WSAEOPNOTSUPP); a UDP socket connects through Host::connect_datagram";
    /// The socket is already connected or listening.
    AlreadyConnected = "S7", "already-connected", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, connect (WSAEISCONN)";
    /// The socket is not connected.
    NotConnected = "S8", "not-connected", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, shutdown (WSAENOTCONN)";
    /// Nobody listens on the destination.
    NothingListening = "S9", "nothing-listening", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, connect (WSAECONNREFUSED)";
    /// accept found no pending connection.
    NoPendingConnection = "S10", "no-pending-connection", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, accept (non-blocking: WSAEWOULDBLOCK)";
    /// accept on a socket that is not listening.
    NotListening = "S11", "not-listening", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, accept (WSAEINVAL)";
    /// join with an address that is not a multicast group.
    NotMulticast = "S12", "not-multicast", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, setsockopt IP_ADD_MEMBERSHIP (WSAEINVAL)";
    /// The account was never added to this host (a `UserId` not made by its `add_user`).
    UnknownUser = "S13", "unknown-user", Documented, MsWinsockFunctions "ms-winsock-functions", "Microsoft Learn, Winsock functions, Windows Sockets error codes (WSAEINVAL); the model's own handles: an account exists once Host::add_user made it";
    /// No ephemeral port is free.
    EphemeralExhausted = "P1", "ephemeral-exhausted", Documented, Kb929851 "kb-929851", "Microsoft KB 929851 (the dynamic port range) and Winsock functions, bind (WSAENOBUFS)";
    /// The port is inside an excluded port range.
    ExcludedPortRange = "P2", "excluded-port-range", Observed, NetshExcluded "netsh-excluded", "netsh int ipv4 show excludedportrange (a bind inside a range the system excluded fails with WSAEACCES; an administered one refuses no explicit bind, Stack Overflow report)";
    /// A second SO_REUSEADDR bind inside an administered exclusion (Server 2008 R2, 2012).
    AdministeredExclusionReuse = "P3", "administered-exclusion-reuse", Documented, Kb3039044 "kb-3039044", "Microsoft KB 3039044 (a second SO_REUSEADDR bind inside an administered exclusion fails with WSAEACCES on Server 2008 R2, 2012 and 2012 R2)";
    /// No host of the network has the destination address (the routing rule N4).
    NoHostHasAddress = "N4", "no-host", Extrapolated, Rfc1122 "rfc-1122", "RFC 1122, Requirements for Internet Hosts (no host answers for the address; the model's one-link network)";
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.rule_id(), self.slug())
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.rule_id())
    }
}

/// The outcome of one bind attempt (or option change): success or a [`WsaError`], the rule that
/// fired, and the existing binding it collided with.
///
/// ```
/// use winsock_bind::{rules, Era, Reason, WsaError};
/// let d = winsock_bind::second_bind(Era::Server2003, rules::Users::Different,
///     "exclusive 0.0.0.0:5150", "reuseaddr 10.0.0.1:5150").unwrap();
/// assert_eq!(d.result, Err(WsaError::Access));
/// assert_eq!(d.reason, Reason::UnderExclusiveWildcard);
/// assert_eq!(d.to_string(), "WSAEACCES (10013) by rule E3 under-exclusive-wildcard: \
///     socket #1 holds the wildcard 0.0.0.0:5150 with SO_EXCLUSIVEADDRUSE, \
///     so no socket may bind 10.0.0.1:5150 beneath it");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// `Ok(())` when the bind succeeds, else the Winsock error it fails with.
    #[serde(serialize_with = "ser_result")]
    pub result: Result<(), WsaError>,
    /// The rule that decided it.
    pub reason: Reason,
    /// What the answer rests on: the rule's evidence, weakened where the rule was applied
    /// through a relation that is only observed (an IPv4-mapped address, a dual-stack pair seen
    /// on Windows) or extrapolated (the dual-stack principle where nothing was observed, the
    /// precedence among several refusing sockets).
    pub evidence: Evidence,
    /// The endpoint that was asked for, when the decision is about a bind.
    pub attempt: Option<Endpoint>,
    /// The existing binding the rule compared against, if any.
    #[serde(serialize_with = "ser_against")]
    pub against: Option<Binding>,
    /// Where the documented and the observed behaviour differ: the answer not given.
    pub alternative: Option<Alternative>,
    /// The port range a port rule (P1, P2) is about: the dynamic range that is exhausted, or
    /// the excluded range that holds the port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ports: Option<PortRange>,
    /// Where sockets now share an address (rule E6): who receives among them, as delivery
    /// answers it in the era and behaviour decided in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
}

/// The answer of the other behaviour, where documents and current Windows differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// Which behaviour this answer belongs to.
    pub behaviour: Behaviour,
    /// Its result.
    #[serde(serialize_with = "ser_result")]
    pub result: Result<(), WsaError>,
    /// Its rule.
    pub reason: Reason,
    /// What it rests on.
    pub evidence: Evidence,
}

fn ser_result<S: serde::Serializer>(r: &Result<(), WsaError>, s: S) -> Result<S::Ok, S::Error> {
    match r {
        Ok(()) => s.serialize_str("ok"),
        Err(e) => s.serialize_str(e.name()),
    }
}

fn ser_against<S: serde::Serializer>(b: &Option<Binding>, s: S) -> Result<S::Ok, S::Error> {
    match b {
        Some(b) => s.serialize_u32(b.socket.0),
        None => s.serialize_none(),
    }
}

impl Decision {
    /// A decision that involves no bound socket (an option rule, or a free port).
    pub fn new(result: Result<(), WsaError>, reason: Reason) -> Self {
        Self {
            result,
            reason,
            evidence: reason.evidence(),
            attempt: None,
            against: None,
            alternative: None,
            ports: None,
            sharing: None,
        }
    }

    /// The error, if the attempt failed.
    pub fn error(&self) -> Option<WsaError> {
        self.result.err()
    }

    /// Whether the attempt succeeded.
    pub fn is_ok(&self) -> bool {
        self.result.is_ok()
    }

    /// What the answer rests on: the evidence of the rule that decided it, or weaker where the
    /// rule was applied through an observed or extrapolated relation ([`Decision::evidence`]
    /// field).
    pub fn evidence(&self) -> Evidence {
        self.evidence
    }

    /// The one-sentence explanation, naming the addresses and the socket involved.
    pub fn sentence(&self) -> String {
        self.sentence_naming(&|id| format!("socket {id}"))
    }

    /// [`sentence`](Self::sentence), with the socket collided with called `name(id)` (e.g. by
    /// the name a scenario gave it) instead of `socket #N`.
    ///
    /// ```
    /// use winsock_bind::{rules, Era};
    /// let d = winsock_bind::second_bind(Era::Server2003, rules::Users::Different,
    ///     "exclusive 0.0.0.0:5150", "reuseaddr 10.0.0.1:5150").unwrap();
    /// assert!(d.sentence_naming(&|_| "the server".to_owned()).starts_with("the server holds"));
    /// ```
    pub fn sentence_naming(&self, name: &dyn Fn(crate::id::SocketId) -> String) -> String {
        let a = self.attempt.map_or_else(|| "the address".to_owned(), |e| e.to_string());
        let beneath = match (self.attempt, &self.against) {
            (Some(mine), Some(b)) if mine.overlap(&b.endpoint) != crate::endpoint::Overlap::Identical => {
                format!(", which overlaps {a}")
            }
            (Some(_) | None, Some(_) | None) => String::new(),
        };
        let (who, theirs) = match &self.against {
            Some(b) => (name(b.socket), b.endpoint.to_string()),
            None => ("another socket".to_owned(), "the port".to_owned()),
        };
        match self.reason {
            Reason::NoOverlap => format!("no socket bound to that port overlaps {a}"),
            Reason::LegacyExclusiveHolder => {
                format!("{who} holds {theirs} with SO_EXCLUSIVEADDRUSE, which refuses even an SO_REUSEADDR bind to {a}")
            }
            Reason::LegacyReuseShares => format!(
                "without enhanced socket security SO_REUSEADDR is enough to share {theirs} with {who}, whatever it set"
            ),
            Reason::LegacyInUse => format!("{who} already holds {theirs}{beneath}, and this socket did not set SO_REUSEADDR"),
            Reason::ExclusiveWildcardOverSpecific => {
                format!("an SO_EXCLUSIVEADDRUSE wildcard bind needs every address of the port, but {who} already holds {theirs}")
            }
            Reason::WildcardAroundSpecific => {
                format!("a wildcard bind goes around {who} on {theirs}: it gets every address of the port but that one")
            }
            Reason::UnderExclusiveWildcard => {
                format!("{who} holds the wildcard {theirs} with SO_EXCLUSIVEADDRUSE, so no socket may bind {a} beneath it")
            }
            Reason::UnderOwnWildcard => format!(
                "{who} holds the wildcard {theirs} for the same user without SO_EXCLUSIVEADDRUSE, so {a} may be bound beneath it and takes that address's traffic"
            ),
            Reason::UnderForeignWildcard => format!(
                "{who} holds the wildcard {theirs} for another user, and binding {a} beneath it needs both sockets to set SO_REUSEADDR"
            ),
            Reason::SharedByMutualReuse => {
                let receives = self.sharing.map_or_else(|| "which one receives is undetermined".to_owned(), |s| s.clause());
                format!("this socket and {who} on {theirs} both set SO_REUSEADDR, so they share the port: {receives}")
            }
            Reason::ReuseNotGranted => format!(
                "this socket set SO_REUSEADDR but {who}, which holds {theirs}, did not, so enhanced socket security refuses to share it"
            ),
            Reason::IdenticalInUse => format!(
                "{who} already holds {theirs}, and only SO_REUSEADDR on both sockets lets a second socket share it"
            ),
            Reason::ExclusiveUnavailable => "SO_EXCLUSIVEADDRUSE does not exist in this Windows release".to_owned(),
            Reason::ExclusiveNeedsAdmin => {
                "before Windows XP SP2 only an administrator may set SO_EXCLUSIVEADDRUSE".to_owned()
            }
            Reason::ReuseOptionsConflict => {
                "SO_REUSEADDR and SO_EXCLUSIVEADDRUSE cannot both be on; turn the other one off first".to_owned()
            }
            Reason::V6OnlyFrozen => "IPV6_V6ONLY cannot be changed once the socket is bound".to_owned(),
            Reason::OptionNotApplicable => "that option does not apply to this socket in this Windows release".to_owned(),
            Reason::HeldByActiveConnections => format!(
                "{who} on {theirs} was closed but had SO_EXCLUSIVEADDRUSE, and a connection it accepted or made is still active, so the port stays unavailable"
            ),
            Reason::ActiveConnectionsIgnored => format!(
                "{who} on {theirs} was closed; current Windows lets {a} bind although that socket's connections are still active"
            ),
            Reason::NotASocket => "that socket does not exist or is closed".to_owned(),
            Reason::AlreadyBound => "the socket is already bound; a socket binds once".to_owned(),
            Reason::NotBound => "the socket must be bound before it can listen".to_owned(),
            Reason::AddressNotLocal => format!("{a} is not an address of this host"),
            Reason::FamilyMismatch => match self.attempt {
                Some(_) => format!("{a} is not of the socket's address family, or this Windows release lacks it"),
                None => "this Windows release has no IPv6 stack, so it cannot create an IPv6 socket".to_owned(),
            },
            Reason::WrongProtocol => {
                "listen and accept need a TCP socket, Host::connect a TCP socket (Host::connect_datagram a UDP one) and send a UDP socket in this model".to_owned()
            }
            Reason::NotListening => "accept needs a listening socket".to_owned(),
            Reason::NotMulticast => "that address is not a multicast group".to_owned(),
            Reason::UnknownUser => "that account was never added to this host (Host::add_user makes accounts)".to_owned(),
            Reason::AlreadyConnected => "the socket is already connected or listening".to_owned(),
            Reason::NotConnected => "the socket is not connected".to_owned(),
            Reason::NothingListening => format!("no socket listens on {a}, so the connection is refused"),
            Reason::NoPendingConnection => "no connection is waiting to be accepted".to_owned(),
            Reason::EphemeralExhausted => match self.ports {
                Some(r) => format!("no port of the dynamic range {r} is free: each is bound, excluded or reserved"),
                None => "no port of the dynamic range is free: each is bound, excluded or reserved".to_owned(),
            },
            Reason::NoHostHasAddress => format!("no host of the network has {a}, so nothing answers"),
            Reason::ExcludedPortRange => {
                let port = self.attempt.map_or_else(|| "the port".to_owned(), |e| format!("port {}", e.port));
                let range = self.ports.map_or_else(|| "an excluded port range".to_owned(), |r| format!("the excluded port range {r}"));
                format!(
                    "{port} is inside {range} (netsh int ipv4 show excludedportrange), so no socket may bind it, whatever its options"
                )
            }
            Reason::AdministeredExclusionReuse => {
                let port = self.attempt.map_or_else(|| "the port".to_owned(), |e| format!("port {}", e.port));
                let range = self.ports.map_or_else(|| "an administered exclusion".to_owned(), |r| format!("the administered exclusion {r}"));
                format!(
                    "{port} is inside {range}, where this Windows refuses a second SO_REUSEADDR bind (KB 3039044: the reserved flag overwrites the reuse flag)"
                )
            }
        }
    }
}

impl Decision {
    /// The rule and its sentence, with the other behaviour's answer where it differs:
    /// `by rule E3 under-exclusive-wildcard: ...`.
    pub fn explanation(&self) -> String {
        let mut text = format!("by rule {}: {}", self.reason, self.sentence());
        if let Some(alt) = self.alternative {
            let result = match alt.result {
                Ok(()) => "success".to_owned(),
                Err(e) => e.to_string(),
            };
            text += &format!(" [{} answer: {result} by rule {}]", alt.behaviour, alt.reason);
        }
        text
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.result {
            Ok(()) => f.write_str("success")?,
            Err(e) => write!(f, "{e}")?,
        }
        write!(f, " {}", self.explanation())
    }
}

/// A failed operation: a [`Decision`] whose result is an error. The error type of every
/// [`Host`](crate::Host) operation, so a refusal always carries its rule.
///
/// `Display` reads like the decision: `WSAEACCES (10013) by rule E3 ...: ...`.
#[derive(Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Refusal {
    error: WsaError,
    decision: Decision,
}

impl Refusal {
    /// A refusal with no bound socket involved.
    pub fn new(error: WsaError, reason: Reason) -> Self {
        Self { error, decision: Decision::new(Err(error), reason) }
    }

    /// A refusal naming the endpoint that was asked for.
    pub(crate) fn at(error: WsaError, reason: Reason, attempt: Endpoint) -> Self {
        Self { error, decision: Decision { attempt: Some(attempt), ..Decision::new(Err(error), reason) } }
    }

    /// The refusal of a failed decision; `None` if the decision succeeded.
    #[inline]
    pub fn from_decision(d: Decision) -> Option<Self> {
        d.result.err().map(|error| Self { error, decision: d })
    }

    /// The Winsock error.
    pub fn error(&self) -> WsaError {
        self.error
    }

    /// The rule that refused.
    pub fn reason(&self) -> Reason {
        self.decision.reason
    }

    /// The whole decision: rule, attempt, the socket collided with, the other behaviour's answer.
    pub fn decision(&self) -> &Decision {
        &self.decision
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.decision.fmt(f)
    }
}

impl std::error::Error for Refusal {}

impl From<Refusal> for WsaError {
    fn from(r: Refusal) -> Self {
        r.error()
    }
}

// `Debug` is what `unwrap()`, `?` in tests and `assert_eq!` print: the one-line explanation, so
// a failing test reads "WSAEADDRINUSE (10048) by rule E8 ..." instead of a wall of fields. The
// field dump stays available with `{:#?}`.

/// `{:?}` prints the one-line explanation (as `Display`); `{:#?}` prints every field.
///
/// ```
/// use winsock_bind::{rules::Users, second_bind, Era};
/// let d = second_bind(Era::Win11, Users::Same, "default 0.0.0.0:80", "default 0.0.0.0:80")?;
/// assert!(format!("{d:?}").starts_with("WSAEADDRINUSE (10048) by rule E8 identical-in-use: "));
/// assert!(format!("{d:#?}").starts_with("Decision {"));
/// # Ok::<(), winsock_bind::SecondBindError>(())
/// ```
impl fmt::Debug for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        let Self { result, reason, evidence, attempt, against, alternative, ports, sharing } = self;
        f.debug_struct("Decision")
            .field("result", result)
            .field("reason", reason)
            .field("evidence", evidence)
            .field("attempt", attempt)
            .field("against", against)
            .field("alternative", alternative)
            .field("ports", ports)
            .field("sharing", sharing)
            .finish()
    }
}

/// `{:?}` prints the one-line explanation (as `Display`); `{:#?}` prints every field.
///
/// ```
/// use winsock_bind::{Privilege, Era, Family, Host, Proto};
/// let mut host = Host::new(Era::Win11);
/// let me = host.add_user("me", Privilege::User);
/// let a = host.socket(Family::V4, Proto::Tcp, me)?;
/// host.bind(a, (std::net::Ipv4Addr::UNSPECIFIED, 80))?;
/// let b = host.socket(Family::V4, Proto::Tcp, me)?;
/// let refusal = host.bind(b, (std::net::Ipv4Addr::UNSPECIFIED, 80)).unwrap_err();
/// let line = format!("{refusal:?}");
/// assert!(line.contains("WSAEADDRINUSE") && line.contains("rule E8") && !line.contains("Decision {"));
/// # Ok::<(), winsock_bind::Refusal>(())
/// ```
impl fmt::Debug for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        f.debug_struct("Refusal").field("error", &self.error).field("decision", &self.decision).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_cites_its_source_by_title_and_anchor() {
        for r in Reason::ALL {
            let s = r.cites();
            assert!(r.source().starts_with(s.title()), "{r}: {}", r.source());
            assert!(r.source().ends_with(&format!(" (docs/sources.md#{})", s.anchor())), "{r}: {}", r.source());
        }
    }
}
