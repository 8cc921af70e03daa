//! A throwaway third system, to show what one costs: its rules, its [`System`], and a scenario
//! run on it through the runner the Windows and Linux scenarios use. The toy shares a port
//! only between sockets of one owner that both set SO_REUSEPORT, and a connection left in
//! TIME_WAIT never blocks a bind. Everything else (sockets by handle, accounts, addresses, the
//! clock, the call flow of bind, listen, accept, shutdown and close, connections and their TCP
//! life cycle, backlogs; the scenario's loading, checks, transcript and tally) is shared.
//!
//! Its cost: this file, and the line `mod toy;` in `scenario/mod.rs`.

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr};

use serde::ser::SerializeMap;
use serde::Serializer;

use super::check::{Check, CheckKey, Expected, Got, SystemError};
use super::render::{ChecksJson, Scene, StepView};
use super::run::{stream_text, Stepper};
use super::step::{Expect, Op, Step};
use super::text::Escaped;
use super::transcript::{SocketNames, Verdicts};
use super::{Checked, SocketRef, UserRef};
use crate::endpoint::{Family, Proto};
use crate::host::{ConnId, Core, End, Listen, Machine, Refused, System, TcpState, Transition};
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::rules::delivery::Receivers;
use crate::rules::options::Privilege;

/// The toy's rules: pure, as every system's are.
mod rules {
    use crate::id::UserId;

    /// What a toy bind reads of a socket already on the port.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) struct Claim {
        pub(super) owner: UserId,
        pub(super) reuseport: bool,
    }

    /// The toy's rules, by id.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Rule {
        /// T1: a free port binds.
        Free,
        /// T2: sockets of one owner that all set SO_REUSEPORT share.
        Shared,
        /// T3: anything else on the port refuses.
        Taken,
    }

    impl Rule {
        /// The rule's id and sentence.
        pub(super) const fn text(self) -> (&'static str, &'static str) {
            match self {
                Self::Free => ("T1", "A free port binds."),
                Self::Shared => ("T2", "Sockets of one owner that all set SO_REUSEPORT share the port."),
                Self::Taken => ("T3", "Anything else on the port refuses the bind."),
            }
        }
    }

    /// Decides a bind of `attempt` against the claims on its port.
    pub(super) fn decide(attempt: Claim, existing: &[Claim]) -> Rule {
        if existing.is_empty() {
            Rule::Free
        } else if existing.iter().all(|c| c.reuseport && attempt.reuseport && c.owner == attempt.owner) {
            Rule::Shared
        } else {
            Rule::Taken
        }
    }
}

/// The toy's errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ToyError {
    NoSocket,
    Busy,
    Invalid,
    Empty,
    /// A call the toy does not have.
    Unsupported,
}

impl ToyError {
    const fn name(self) -> &'static str {
        match self {
            Self::NoSocket => "TNOSOCK",
            Self::Busy => "TBUSY",
            Self::Invalid => "TINVAL",
            Self::Empty => "TEMPTY",
            Self::Unsupported => "TNOCALL",
        }
    }
}

impl fmt::Display for ToyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl SystemError for ToyError {
    fn name(self) -> &'static str {
        Self::name(self)
    }
}

#[derive(Debug, Clone)]
struct ToySocket {
    owner: UserId,
    reuseport: bool,
    port: Option<u16>,
    listening: bool,
    abortive: bool,
    closed: bool,
}

/// The toy system: no value inside (a real one carries its version or its policy).
#[derive(Debug, Clone)]
struct Toy;

/// What the toy supplies to the shared call flow: its socket, its errors, its bind rule.
impl System for Toy {
    type Socket = ToySocket;
    type End = End<()>;
    type Refusal = ToyError;
    type Own = ();
    type Addr = u16;
    type Bound = u16;
    type Answer = rules::Rule;
    type Checked = ();
    fn not_a_socket() -> ToyError {
        ToyError::NoSocket
    }
    fn is_closed(socket: &ToySocket) -> bool {
        socket.closed
    }
    fn place(_: &ToyHost, id: SocketId) -> Option<usize> {
        usize::try_from(id.0).ok()?.checked_sub(1)
    }
    fn refusal(why: Refused) -> ToyError {
        match why {
            Refused::UnknownUser => ToyError::Invalid,
            Refused::NotListening => ToyError::Invalid,
            Refused::NothingPending => ToyError::Empty,
        }
    }
    /// The toy's defaults: no SO_REUSEPORT; it has one family and one protocol.
    fn new_socket(m: &mut ToyHost, _: Family, _: Proto, owner: UserId) -> Result<(SocketId, ToySocket), ToyError> {
        let id = SocketId(u32::try_from(m.core.sockets.made() + 1).expect("few sockets"));
        Ok((id, ToySocket { owner, reuseport: false, port: None, listening: false, abortive: false, closed: false }))
    }
    fn port(addr: u16) -> u16 {
        addr
    }
    fn bound(_: u16, port: u16) -> u16 {
        port
    }
    fn bind_checks(m: &ToyHost, id: SocketId, _: u16) -> Result<(), ToyError> {
        match m.live(id)?.port {
            Some(_) => Err(ToyError::Invalid),
            None => Ok(()),
        }
    }
    fn ephemeral(m: &mut ToyHost, _: SocketId, (): &(), _: u16) -> Result<u16, ToyError> {
        (40000..=40999).find(|&p| m.claims(p).is_empty()).ok_or(ToyError::Busy)
    }
    fn decide_bind(m: &ToyHost, id: SocketId, (): &(), _: u16, port: u16) -> Result<rules::Rule, ToyError> {
        let s = m.live(id)?;
        match rules::decide(rules::Claim { owner: s.owner, reuseport: s.reuseport }, &m.claims(port)) {
            rules::Rule::Taken => Err(ToyError::Busy),
            rule @ (rules::Rule::Free | rules::Rule::Shared) => Ok(rule),
        }
    }
    fn record_bind(m: &mut ToyHost, id: SocketId, (): (), port: u16, _: u64) -> Result<(), ToyError> {
        m.live_mut(id)?.port = Some(port);
        Ok(())
    }
    fn implicit_address(s: &ToySocket) -> Option<u16> {
        s.port.is_none().then_some(0)
    }
    fn listen_from(s: &ToySocket) -> Result<Listen, ToyError> {
        match (s.listening, s.port) {
            (true, _) => Ok(Listen::Already),
            (false, Some(_)) => Ok(Listen::Start),
            (false, None) => Err(ToyError::Invalid),
        }
    }
    fn start_listening(m: &mut ToyHost, id: SocketId) -> Result<(), ToyError> {
        m.live_mut(id)?.listening = true;
        Ok(())
    }
    fn is_listening(s: &ToySocket) -> bool {
        s.listening
    }
    fn accepted(m: &mut ToyHost, listener: SocketId, _: ConnId) -> Result<SocketId, ToyError> {
        let owner = m.live(listener)?.owner;
        m.socket_flow(Family::V4, Proto::Tcp, owner)
    }
    fn sends_fin(m: &ToyHost, id: SocketId) -> Result<bool, ToyError> {
        m.live(id).map(|_| true)
    }
    fn is_abortive(s: &ToySocket) -> bool {
        s.abortive
    }
    fn set_abortive(s: &mut ToySocket) {
        s.abortive = true;
    }
    fn closed(m: &mut ToyHost, id: SocketId, _: usize, _: &[Transition]) -> Result<(), ToyError> {
        m.live_mut(id)?.closed = true;
        Ok(())
    }
}

/// The toy machine: the shared machine with the toy inside.
type ToyHost = Machine<Toy>;

/// The toy's calls: the shared flow, and what the flow does not have (a machine, a connection
/// arriving from a remote peer).
impl ToyHost {
    fn new() -> Self {
        Self { system: Toy, core: Core::new([IpAddr::V4(Ipv4Addr::LOCALHOST)]), own: () }
    }

    /// A socket of `owner`, with SO_REUSEPORT as given.
    fn socket(&mut self, owner: UserId, reuseport: bool) -> Result<SocketId, ToyError> {
        let id = self.socket_flow(Family::V4, Proto::Tcp, owner)?;
        self.live_mut(id)?.reuseport = reuseport;
        Ok(id)
    }

    /// The claims on a port: open bound sockets, and established connections (of anyone).
    fn claims(&self, port: u16) -> Vec<rules::Claim> {
        let open = self.core.sockets.iter().filter(|o| !o.closed && o.port == Some(port));
        let ends = self.core.conns.values().filter(|e| e.port == port && e.state == TcpState::Established);
        open.map(|o| rules::Claim { owner: o.owner, reuseport: o.reuseport })
            .chain(ends.map(|_| rules::Claim { owner: UserId(0), reuseport: false }))
            .collect()
    }

    /// A remote peer connects to a listening port: the connection waits in the backlog.
    fn arrive(&mut self, port: u16) -> Option<ConnId> {
        let listener = (1..=self.core.sockets.made())
            .map(|n| SocketId(u32::try_from(n).expect("few")))
            .find(|&id| self.live(id).is_ok_and(|s| s.listening && s.port == Some(port)))?;
        let conn = ConnId(u32::try_from(self.core.conns.len() + 1).expect("few"));
        let end = End {
            id: conn,
            socket: None,
            origin: listener,
            claim: (),
            port,
            peer: None,
            state: TcpState::Established,
            since: 0,
        };
        self.core.conns.insert(conn, end);
        self.core.conns.queue(listener, conn);
        Some(conn)
    }
}

#[test]
fn a_toy_system_runs_on_the_shared_machine() {
    let mut host = ToyHost::new();
    let (web, other) = (UserId(1), UserId(2));
    host.core.add_user(web, "web", Privilege::User);
    host.core.add_user(other, "other", Privilege::User);

    let a = host.socket(web, true).unwrap();
    let b = host.socket(web, true).unwrap();
    let c = host.socket(other, true).unwrap();
    assert_eq!(host.socket(UserId(9), true), Err(ToyError::Invalid), "not an account of the machine");
    assert_eq!(host.bind_flow(a, 80), Ok(rules::Rule::Free));
    assert_eq!(host.bind_flow(b, 80), Ok(rules::Rule::Shared), "T2: one owner, both SO_REUSEPORT");
    assert_eq!(host.bind_flow(c, 80), Err(ToyError::Busy), "T3: another owner");

    // The shared TCP life cycle: accepted, then closed by our side first, it waits in TIME_WAIT.
    host.listen_flow(a).unwrap();
    let conn = host.arrive(80).expect("a listens on 80");
    let served = host.accept_flow(a).expect("pending");
    let transitions = host.close_flow(served).unwrap();
    assert_eq!(transitions.len(), 1);
    assert_eq!(transitions[0].conn, conn);
    assert_eq!(
        transitions[0].states,
        [TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait]
    );
    host.close_flow(a).unwrap();
    host.close_flow(b).unwrap();
    assert_eq!(host.close_flow(a), Err(ToyError::NoSocket), "a closed socket is the system's no-socket error");
    assert_eq!(host.bind_flow(c, 80), Ok(rules::Rule::Free), "TIME_WAIT does not block a toy bind");
}

// ---- the toy in the scenario runner -----------------------------------------------------------

/// What a toy call did.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ToyOutcome {
    Created(SocketId),
    Done,
    Bound(rules::Rule),
    Closed(Vec<Transition>),
}

/// One step of a toy run.
#[derive(Debug)]
struct ToyStep {
    step: usize,
    result: Result<ToyOutcome, ToyError>,
    checks: Vec<Check<Got<ToyError, Receivers>>>,
}

impl Verdicts for ToyStep {
    type Error = ToyError;
    type Receivers = Receivers;
    fn number(&self) -> usize {
        self.step
    }
    fn checks(&self) -> &[Check<Got<ToyError, Receivers>>] {
        &self.checks
    }
}

/// A run on a toy machine: the machine, its users, and which toy socket each scenario socket is.
struct ToyRunner {
    host: ToyHost,
    users: Vec<UserId>,
    names: SocketNames,
}

impl ToyRunner {
    fn new(checked: &Checked) -> Self {
        let mut host = ToyHost::new();
        let users = (0..checked.scenario.users.len())
            .map(|i| {
                let id = UserId(u32::try_from(i + 1).expect("few users"));
                host.core.add_user(id, &checked.scenario.users[i].name, Privilege::User)
            })
            .collect();
        let names = SocketNames::new(checked);
        Self { host, users, names }
    }

    fn id(&self, s: SocketRef) -> Result<SocketId, ToyError> {
        self.names.id::<Toy>(s)
    }

    fn created(&mut self, s: SocketRef, id: SocketId) -> ToyOutcome {
        self.names.created(s, id);
        ToyOutcome::Created(id)
    }

    fn call(&mut self, op: &Op<SocketRef, UserRef>) -> Result<ToyOutcome, ToyError> {
        match op {
            Op::Socket(x) => {
                let id = self.host.socket_flow(x.family, x.proto, self.users[x.user.0])?;
                Ok(self.created(x.id, id))
            }
            Op::Setsockopt(x) if x.option == SocketOption::ReusePort => {
                self.host.live_mut(self.id(x.id)?)?.reuseport = x.value.as_int() != 0;
                Ok(ToyOutcome::Done)
            }
            Op::Bind(x) => {
                Ok(ToyOutcome::Bound(self.host.bind_flow(self.id(x.id)?, self.names.endpoint(&x.addr).port)?))
            }
            Op::Listen(x) => self.host.listen_flow(self.id(x.id)?).map(|_| ToyOutcome::Done),
            Op::Connect(x) if x.id.is_none() => {
                self.host.arrive(self.names.endpoint(&x.to).port).map(|_| ToyOutcome::Done).ok_or(ToyError::Empty)
            }
            Op::Accept(x) => {
                let id = self.host.accept_flow(self.id(x.id)?)?;
                Ok(self.created(x.as_id, id))
            }
            Op::Close(x) => Ok(ToyOutcome::Closed(self.host.close_flow(self.id(x.id)?)?)),
            Op::Shutdown(x) => Ok(ToyOutcome::Closed(self.host.shutdown_flow(self.id(x.id)?)?)),
            Op::Abort(x) => Ok(ToyOutcome::Closed(self.host.abort_flow(self.id(x.id)?)?)),
            Op::Setsockopt(_)
            | Op::Getsockopt(_)
            | Op::Connect(_)
            | Op::Send(_)
            | Op::Join(_)
            | Op::Reserve(_)
            | Op::Request(_) => Err(ToyError::Unsupported),
        }
    }
}

impl Stepper for ToyRunner {
    type Step = ToyStep;
    type View<'a> = ToyView<'a>;

    fn step(&mut self, n: usize, step: &Step<SocketRef, UserRef>) -> ToyStep {
        let result = self.call(&step.op);
        let got = result.as_ref().map(|_| ()).map_err(|e| *e);
        // The toy has no errors of its own in the scenario vocabulary: `ok` and `error` only.
        let checks = step
            .expect
            .map(|want| Check {
                key: CheckKey::Expect,
                expected: Expected::Outcome(want),
                got: Got::Outcome(got),
                held: match want {
                    Expect::Ok => got.is_ok(),
                    Expect::AnyError => got.is_err(),
                    Expect::Error(_) | Expect::Linux(_) | Expect::Word(_) => false,
                },
            })
            .into_iter()
            .collect();
        ToyStep { step: n, result, checks }
    }

    fn view<'a>(&'a self, checked: &'a Checked) -> ToyView<'a> {
        ToyView { scene: Scene { checked, names: &self.names } }
    }

    fn system_json(&self, out: &mut dyn io::Write) -> io::Result<()> {
        write!(out, ",\"os\":\"toy\"")
    }
}

/// How a toy run is shown.
struct ToyView<'a> {
    scene: Scene<'a>,
}

impl StepView for ToyView<'_> {
    type Step = ToyStep;

    fn scene(&self) -> Scene<'_> {
        self.scene
    }

    fn header(&self, f: &mut dyn fmt::Write) -> fmt::Result {
        writeln!(f, "scenario: {} (toy)", Escaped(&self.scene.checked.scenario.name))
    }

    fn system<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("os", "toy")
    }

    fn word(&self, s: &ToyStep) -> String {
        s.result.as_ref().err().map_or("ok", |e| e.name()).to_owned()
    }

    fn detail(&self, s: &ToyStep) -> String {
        match &s.result {
            Ok(ToyOutcome::Bound(rule)) => {
                let (id, sentence) = rule.text();
                format!("by rule {id}: {sentence}")
            }
            Ok(ToyOutcome::Created(id)) => format!("socket {}", id.0),
            Ok(ToyOutcome::Closed(t)) => t.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            Ok(ToyOutcome::Done) | Err(_) => String::new(),
        }
    }

    fn step_json<S: Serializer>(&self, r: &ToyStep, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("step", &r.step)?;
        m.serialize_entry("outcome", &self.word(r))?;
        m.serialize_entry("detail", &self.detail(r))?;
        m.serialize_entry("checks", &ChecksJson(self.scene, &r.checks))?;
        m.end()
    }
}

/// A scenario written for Linux, run on the toy through the shared runner: the loader, the
/// handles, the checks, the transcript and the tally are the ones every system uses.
#[test]
fn a_toy_system_runs_a_scenario_through_the_shared_runner() {
    let text = r#"
        name = "toy: one owner shares a port, another is refused, TIME_WAIT does not block"
        os = "linux"
        users = [{ name = "web" }, { name = "other" }]
        steps = [
            { op = "socket", id = "a", family = "v4", user = "web" },
            { op = "setsockopt", id = "a", option = "SO_REUSEPORT", value = true, expect = "ok" },
            { op = "socket", id = "b", family = "v4", user = "web" },
            { op = "setsockopt", id = "b", option = "SO_REUSEPORT", value = true },
            { op = "socket", id = "c", family = "v4", user = "other" },
            { op = "setsockopt", id = "c", option = "SO_REUSEPORT", value = true },
            { op = "bind", id = "a", addr = "0.0.0.0:80", expect = "ok" },
            { op = "bind", id = "b", addr = "0.0.0.0:80", expect = "ok" },
            { op = "bind", id = "c", addr = "0.0.0.0:80", expect = "error" },
            { op = "listen", id = "a", expect = "ok" },
            { op = "connect", to = "127.0.0.1:80", expect = "ok" },
            { op = "accept", id = "a", as = "served", expect = "ok" },
            { op = "close", id = "served", expect = "ok" },
            { op = "close", id = "a" },
            { op = "close", id = "b" },
            { op = "close", id = "a", expect = "error" },
            { op = "bind", id = "c", addr = "0.0.0.0:80", expect = "ok" },
            { op = "send", to = "127.0.0.1:80", expect = "error" },
        ]
    "#;
    let checked = super::from_str(text, super::Format::Toml).expect("a valid scenario");
    let mut out = Vec::new();
    let tally = stream_text(&checked, ToyRunner::new(&checked), &mut out).expect("written to memory");
    let transcript = String::from_utf8(out).expect("UTF-8");
    assert!(tally.passed(), "{transcript}");
    assert_eq!((tally.steps, tally.expectations), (18, 11), "{transcript}");
    let lines: Vec<&str> = transcript.lines().collect();
    assert_eq!(lines[0], "scenario: toy: one owner shares a port, another is refused, TIME_WAIT does not block (toy)");
    let line = |call: &str| lines.iter().find(|l| l.contains(call)).copied().unwrap_or_default();
    assert!(line("bind b 0.0.0.0:80").contains("by rule T2"), "{transcript}");
    assert!(line("bind c 0.0.0.0:80").contains("TBUSY"), "{transcript}");
    assert!(line("close served").contains("ESTABLISHED -> FIN_WAIT_1 -> FIN_WAIT_2 -> TIME_WAIT"), "{transcript}");
    assert!(line("send").contains("TNOCALL"), "{transcript}");
}
