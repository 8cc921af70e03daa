//! [`assert_bind!`](crate::assert_bind): a bind assertion whose failure message says why.
//!
//! On failure it prints what was expected and what the model answered, the rule that fired with
//! its sentence, the socket it collided with, the evidence the rule rests on
//! ([`Decision::evidence`]), and, where the documents and current Windows differ, the other
//! behaviour's answer.

use std::fmt::Write as _;

use crate::error::{InputError, WsaError};
use crate::explain::SecondBindError;
use crate::host::{Attempt, CallError};
use crate::id::UserId;
use crate::options::ReuseMode;
use crate::rules::{Decision, Refusal};

/// Something whose bind decision an assertion can read: a [`Decision`], [`Host::bind`]'s
/// `Result<Decision, Refusal>`, an [`Attempt`] of the builder, or those wrapped in the
/// `Result` of a call that parses input.
///
/// [`Host::bind`]: crate::Host::bind
pub trait BindOutcome {
    /// The decision, or why there is none (the input did not parse, no socket was created).
    ///
    /// # Errors
    /// The [`CallError`] of a call that never reached `bind`.
    fn decision(self) -> Result<Decision, CallError>;
}

impl BindOutcome for Decision {
    fn decision(self) -> Result<Decision, CallError> {
        Ok(self)
    }
}

impl BindOutcome for Attempt {
    fn decision(self) -> Result<Decision, CallError> {
        Ok(self.decision)
    }
}

impl BindOutcome for Result<Decision, Refusal> {
    fn decision(self) -> Result<Decision, CallError> {
        Ok(self.unwrap_or_else(|r| *r.decision()))
    }
}

impl<T: BindOutcome> BindOutcome for Result<T, InputError> {
    fn decision(self) -> Result<Decision, CallError> {
        self?.decision()
    }
}

/// A call before the second bind that failed is no decision of the second bind: the check fails
/// with that refusal as "no decision".
impl BindOutcome for Result<Decision, SecondBindError> {
    fn decision(self) -> Result<Decision, CallError> {
        match self {
            Ok(d) => Ok(d),
            Err(SecondBindError::Input(e)) => Err(e.into()),
            Err(SecondBindError::EarlierCall(a)) => Err(match Refusal::from_decision(a.decision) {
                Some(r) => r.into(),
                None => InputError::value("second bind", &a.to_string(), "an earlier call gave no decision").into(),
            }),
        }
    }
}

impl<T: BindOutcome> BindOutcome for Result<T, CallError> {
    fn decision(self) -> Result<Decision, CallError> {
        self?.decision()
    }
}

/// The checking half of [`assert_bind!`](crate::assert_bind): `Ok(decision)` when `outcome`
/// matches `expected`, else the failure message.
///
/// # Errors
/// The message `assert_bind!` panics with: expected and got, the rule, the colliding socket,
/// the evidence and the other behaviour's answer.
///
/// ```
/// use winsock_bind::{check_bind, rules::Users, second_bind, Era};
/// let d = second_bind(Era::Win11, Users::Same, "default 0.0.0.0:80", "default 0.0.0.0:80");
/// let message = check_bind(d, Ok(()), "second bind").unwrap_err();
/// assert!(message.contains("expected: success"));
/// assert!(message.contains("got:      WSAEADDRINUSE (10048)"));
/// assert!(message.contains("rule:     E8 identical-in-use"));
/// assert!(message.contains("against:  socket #1 (user 1) on 0.0.0.0:80, no options"));
/// assert!(message.contains("evidence: documented"));
/// ```
pub fn check_bind(outcome: impl BindOutcome, expected: Result<(), WsaError>, what: &str) -> Result<Decision, String> {
    match outcome.decision() {
        Ok(d) => check_decision(d, expected, what, |_| None),
        Err(e) => Err(no_decision(expected, what, &e)),
    }
}

/// The failure message of a call that never reached a decision.
pub(crate) fn no_decision(expected: Result<(), WsaError>, what: &str, e: &CallError) -> String {
    format!("bind assertion failed: {what}\n  expected: {}\n  got:      no decision: {e}", result_text(expected))
}

/// [`check_bind`] of a decision, naming the accounts by `name` where it knows them.
pub(crate) fn check_decision(
    decision: Decision,
    expected: Result<(), WsaError>,
    what: &str,
    name: impl Fn(UserId) -> Option<String>,
) -> Result<Decision, String> {
    if decision.result == expected {
        return Ok(decision);
    }
    Err(failure(&decision, expected, what, name))
}

fn result_text(r: Result<(), WsaError>) -> String {
    match r {
        Ok(()) => "success".to_owned(),
        Err(e) => e.to_string(),
    }
}

fn failure(
    d: &Decision,
    expected: Result<(), WsaError>,
    what: &str,
    name: impl Fn(UserId) -> Option<String>,
) -> String {
    let mut m = format!("bind assertion failed: {what}\n");
    // `write!` to a String cannot fail.
    let _ = writeln!(m, "  expected: {}", result_text(expected));
    let _ = writeln!(m, "  got:      {}", result_text(d.result));
    let _ = writeln!(m, "  rule:     {}: {}", d.reason, d.sentence());
    match d.against {
        Some(b) => {
            let options = match b.mode {
                ReuseMode::Default => "no options",
                ReuseMode::ReuseAddr => "SO_REUSEADDR",
                ReuseMode::Exclusive => "SO_EXCLUSIVEADDRUSE",
            };
            let closed = if b.lingering { " (closed, held by its connections)" } else { "" };
            let owner = name(b.owner).unwrap_or_else(|| b.owner.to_string());
            let _ = writeln!(m, "  against:  socket {} ({owner}) on {}, {options}{closed}", b.socket, b.endpoint);
        }
        None => m.push_str("  against:  no other socket\n"),
    }
    let _ = writeln!(m, "  evidence: {}", d.evidence());
    match d.alternative {
        Some(alt) => {
            let _ = write!(
                m,
                "  {} answer: {} by rule {} (evidence: {})",
                alt.behaviour,
                result_text(alt.result),
                alt.reason,
                alt.reason.evidence()
            );
        }
        None => m.push_str("  documented and observed behaviour agree here"),
    }
    m
}

/// Asserts how a bind ends, and on failure prints the rule, the socket it collided with, the
/// evidence and the other behaviour's answer instead of a struct dump.
///
/// Two forms:
/// - `assert_bind!(builder, address, expected)`: runs [`SocketBuilder::attempt`] and evaluates to
///   the [`Attempt`]: the socket (it exists either way, as after a real `socket` call) and the
///   decision; the failure names the accounts as the Host knows them;
/// - `assert_bind!(outcome, expected)`: any [`BindOutcome`] (a [`Decision`], what
///   [`Host::bind`] or [`second_bind`](crate::second_bind) returned); evaluates to the decision.
///   A decision alone knows accounts by number only (`user 1`).
///
/// `expected` is `Ok(())` or `Err(WsaError::...)`.
///
/// ```
/// use winsock_bind::{Privilege, assert_bind, Era, Host, WsaError};
/// let mut host = Host::new(Era::Win11);
/// let (me, other) = (host.add_user("me", Privilege::User), host.add_user("other", Privilege::User));
/// let server = assert_bind!(host.tcp(me).exclusive_address_use(true), "0.0.0.0:8080", Ok(())).socket;
/// host.listen(server)?;
/// assert_bind!(host.tcp(other).reuse_address(true), "127.0.0.1:8080", Err(WsaError::Access));
/// # Ok::<(), winsock_bind::Refusal>(())
/// ```
///
/// A failing assertion panics with:
///
/// ```text
/// bind assertion failed: host.tcp(other).reuse_address(true) binding "127.0.0.1:8080"
///   expected: success
///   got:      WSAEACCES (10013)
///   rule:     E3 under-exclusive-wildcard: socket #1 holds the wildcard 0.0.0.0:8080 with SO_EXCLUSIVEADDRUSE, so no socket may bind 127.0.0.1:8080 beneath it
///   against:  socket #1 (me) on 0.0.0.0:8080, SO_EXCLUSIVEADDRUSE
///   evidence: documented
///   documented and observed behaviour agree here
/// ```
///
/// [`SocketBuilder::attempt`]: crate::SocketBuilder::attempt
/// [`Host::bind`]: crate::Host::bind
#[macro_export]
macro_rules! assert_bind {
    ($builder:expr, $addr:expr, $expected:expr $(,)?) => {{
        let what = ::std::format!("{} binding {}", ::std::stringify!($builder), ::std::stringify!($addr));
        match $builder.attempt_expecting($addr, $expected, &what) {
            ::std::result::Result::Ok(attempt) => attempt,
            ::std::result::Result::Err(message) => ::std::panic!("{}", message),
        }
    }};
    ($outcome:expr, $expected:expr $(,)?) => {{
        match $crate::check_bind($outcome, $expected, ::std::stringify!($outcome)) {
            ::std::result::Result::Ok(decision) => decision,
            ::std::result::Result::Err(message) => ::std::panic!("{}", message),
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::era::Era;
    use crate::host::Host;
    use crate::rules::options::Privilege;
    use crate::rules::Users;

    #[test]
    fn a_failure_names_rule_socket_evidence_and_the_other_behaviour() {
        // Rule T1/T2: on Windows 11 the observed answer differs from the documented one.
        let mut host = Host::new(Era::Win11);
        let me = host.add_user("me", Privilege::User);
        let srv = host.tcp(me).exclusive_address_use(true).listen("0.0.0.0:80").unwrap();
        host.connect_from_remote("127.0.0.1:80").unwrap();
        host.accept(srv).unwrap();
        host.close(srv).unwrap();
        let attempt = host.tcp(me).attempt("0.0.0.0:80").unwrap();
        let message = check_bind(attempt, Err(WsaError::AddrInUse), "rebind").unwrap_err();
        assert!(message.contains("expected: WSAEADDRINUSE (10048)\n  got:      success\n"), "{message}");
        assert!(message.contains("rule:     T2 active-connections-ignored"), "{message}");
        assert!(message.contains("(closed, held by its connections)"), "{message}");
        assert!(message.contains("evidence: observed"), "{message}");
        assert!(message.contains("documented answer: WSAEADDRINUSE (10048) by rule T1"), "{message}");
    }

    #[test]
    fn a_match_returns_the_decision_and_bad_input_is_a_failure_not_a_panic() {
        let d = second_bind_pair("exclusive 0.0.0.0", "reuseaddr 10.0.0.1");
        assert_eq!(check_bind(d, Err(WsaError::Access), "x").map(|d| d.reason.rule_id()), Ok("E3"));
        let mut host = Host::new(Era::Win11);
        let me = host.add_user("me", Privilege::User);
        let bad = host.tcp(me).attempt("10.0.0.1:99999");
        let message = check_bind(bad, Ok(()), "typo").unwrap_err();
        assert!(message.contains("no decision: bad address `10.0.0.1:99999`"), "{message}");
    }

    fn second_bind_pair(a: &str, b: &str) -> Result<Decision, SecondBindError> {
        crate::second_bind(Era::Server2003, Users::Different, a, b)
    }

    #[test]
    #[should_panic(expected = "rule:     E8 identical-in-use")]
    fn the_macro_panics_with_the_explanation() {
        let mut host = Host::new(Era::Win10);
        let me = host.add_user("me", Privilege::User);
        host.tcp(me).bind("0.0.0.0:80").unwrap();
        crate::assert_bind!(host.tcp(me), "0.0.0.0:80", Ok(()));
    }
}
