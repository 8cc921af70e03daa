//! [`Reason`]: which rule fired; [`Decision`]: the outcome of one bind attempt and why.

use std::fmt;

use serde::Serialize;

use super::Binding;
use crate::endpoint::Endpoint;
use crate::error::WsaError;

/// Defines [`Reason`] from rows of `Variant = "id", "slug", "source";`, like `WsaError`.
macro_rules! reasons {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $slug:literal, $source:literal; )*) => {
        /// The named rule that decided an outcome.
        ///
        /// Each rule has a short stable id (`E3`), a slug (`under-exclusive-wildcard`), the source
        /// it comes from, and explains itself in one sentence through [`Decision`].
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

            /// Where the rule comes from (a seed, `domain.md`, or the Winsock documentation).
            pub const fn source(self) -> &'static str {
                match self { $(Self::$variant => $source,)* }
            }
        }
    };
}

reasons! {
    /// No bound socket on the port overlaps the attempted address.
    NoOverlap = "B1", "no-overlap", "seed 002: different explicit interfaces never conflict";
    /// Before enhanced security: SO_REUSEADDR may not share a port held with SO_EXCLUSIVEADDRUSE.
    LegacyExclusiveHolder = "L1", "legacy-exclusive-holder", "seed 002, Table 2";
    /// Before enhanced security: SO_REUSEADDR alone is enough to share (hijack) a port.
    LegacyReuseShares = "L2", "legacy-reuse-shares", "seed 002, Table 2 and \"Using SO_REUSEADDR\"";
    /// Before enhanced security: without SO_REUSEADDR an overlapping bind is in use.
    LegacyInUse = "L3", "legacy-in-use", "seed 002, Table 2";
    /// An exclusive wildcard bind needs every address of the port free.
    ExclusiveWildcardOverSpecific = "E1", "exclusive-wildcard-over-specific", "seed 002, Tables 3-4 and \"Application Strategies\"";
    /// A non-exclusive wildcard bind goes around an existing specific binding.
    WildcardAroundSpecific = "E2", "wildcard-around-specific", "seed 002, Tables 3-4 (\"the second caller is bound to all interfaces except\")";
    /// Nothing may bind beneath an exclusive wildcard.
    UnderExclusiveWildcard = "E3", "under-exclusive-wildcard", "seed 002, Tables 3-4 (\"there is nothing the second caller can do\")";
    /// The same user may bind a specific address beneath their own non-exclusive wildcard.
    UnderOwnWildcard = "E4", "under-own-wildcard", "seed 002, Table 3 (same user: behaviour as before, for compatibility)";
    /// Another user may not bind beneath a wildcard unless both sockets set SO_REUSEADDR.
    UnderForeignWildcard = "E5", "under-foreign-wildcard", "seed 002, Table 4";
    /// Both sockets set SO_REUSEADDR: they share the port.
    SharedByMutualReuse = "E6", "shared-by-mutual-reuse", "seed 002, Tables 3-4 (\"the first caller should set SO_REUSEADDR\")";
    /// SO_REUSEADDR on the second socket only: enhanced security refuses to share.
    ReuseNotGranted = "E7", "reuse-not-granted", "seed 002, Tables 3-4 (\"sockets are not in a shareable state\")";
    /// The identical address is taken and the second socket did not ask to share.
    IdenticalInUse = "E8", "identical-in-use", "seed 002, Tables 3-4";
    /// An exclusive socket holds the IPv4 side of a dual-stack overlap.
    ExclusiveAcrossStacks = "D1", "exclusive-across-stacks", "domain.md, dual-stack (observed)";
    /// An exclusive bind needs the port in both stacks but the other stack is taken.
    ExclusiveNeedsBothStacks = "D2", "exclusive-needs-both-stacks", "domain.md, dual-stack (observed)";
    /// A dual-stack `[::]` and an IPv4 binding coexist when neither is exclusive.
    DualStackCoexists = "D3", "dual-stack-coexists", "domain.md, dual-stack (observed)";
    /// SO_EXCLUSIVEADDRUSE does not exist in this era.
    ExclusiveUnavailable = "O1", "exclusive-unavailable", "seed 002, Table 1; domain.md, Eras";
    /// SO_EXCLUSIVEADDRUSE needs an administrator in this era.
    ExclusiveNeedsAdmin = "O2", "exclusive-needs-admin", "seed 002 (\"in the past only applications running with Administrator privileges\")";
    /// SO_REUSEADDR and SO_EXCLUSIVEADDRUSE cannot both be on.
    ReuseOptionsConflict = "O3", "reuse-options-conflict", "domain.md, Options";
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// `Ok(())` when the bind succeeds, else the Winsock error it fails with.
    #[serde(serialize_with = "ser_result")]
    pub result: Result<(), WsaError>,
    /// The rule that decided it.
    pub reason: Reason,
    /// The endpoint that was asked for, when the decision is about a bind.
    pub attempt: Option<Endpoint>,
    /// The existing binding the rule compared against, if any.
    #[serde(serialize_with = "ser_against")]
    pub against: Option<Binding>,
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
        Self { result, reason, attempt: None, against: None }
    }

    /// The error, if the attempt failed.
    pub fn error(&self) -> Option<WsaError> {
        self.result.err()
    }

    /// Whether the attempt succeeded.
    pub fn is_ok(&self) -> bool {
        self.result.is_ok()
    }

    /// The one-sentence explanation, naming the addresses and the socket involved.
    pub fn sentence(&self) -> String {
        let a = self.attempt.map_or_else(|| "the address".to_owned(), |e| e.to_string());
        let (who, theirs) = match &self.against {
            Some(b) => (format!("socket {}", b.socket), b.endpoint.to_string()),
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
            Reason::LegacyInUse => format!("{who} already holds {theirs}, which overlaps {a}, and this socket did not set SO_REUSEADDR"),
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
                format!("this socket and {who} on {theirs} both set SO_REUSEADDR, so they share the port and who receives is undetermined")
            }
            Reason::ReuseNotGranted => format!(
                "this socket set SO_REUSEADDR but {who}, which holds {theirs}, did not, so enhanced socket security refuses to share it"
            ),
            Reason::IdenticalInUse => format!("{who} already holds {theirs} and this socket did not set SO_REUSEADDR"),
            Reason::ExclusiveAcrossStacks => format!(
                "{who} holds {theirs} with SO_EXCLUSIVEADDRUSE and, through dual-stack, the IPv4 side of the port, so {a} is refused"
            ),
            Reason::ExclusiveNeedsBothStacks => format!(
                "an SO_EXCLUSIVEADDRUSE bind to {a} needs the port in both IPv4 and IPv6, but {who} already holds {theirs}"
            ),
            Reason::DualStackCoexists => {
                format!("{a} and {who} on {theirs} meet only through dual-stack and neither set SO_EXCLUSIVEADDRUSE, so they coexist")
            }
            Reason::ExclusiveUnavailable => "SO_EXCLUSIVEADDRUSE does not exist in this Windows release".to_owned(),
            Reason::ExclusiveNeedsAdmin => {
                "before Windows XP SP2 only an administrator may set SO_EXCLUSIVEADDRUSE".to_owned()
            }
            Reason::ReuseOptionsConflict => {
                "SO_REUSEADDR and SO_EXCLUSIVEADDRUSE cannot both be on; turn the other one off first".to_owned()
            }
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.result {
            Ok(()) => f.write_str("success")?,
            Err(e) => write!(f, "{e}")?,
        }
        write!(f, " by rule {}: {}", self.reason, self.sentence())
    }
}
