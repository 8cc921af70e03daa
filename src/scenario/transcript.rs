//! The record of a run: what each step did ([`Outcome`], [`StepResult`]), the tally of its
//! expectations, and the transcript of a whole run on either system ([`Transcript`], [`Run`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::check::{Check, Got, ReceiverSet, SystemError};
use super::render::{self, Scene, StepView, Steps, View};
use super::text::Escaped;
use super::{Checked, LinuxTranscript, ReserveStep, SocketRef};
use crate::endpoint::Endpoint;
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::host::{Connect, Identity, NetConnect, NetDelivery, System, Transition};
use crate::id::SocketId;
use crate::rules::delivery::{Delivery, Receivers};
use crate::rules::route::Route;
use crate::rules::{Decision, Reason, Refusal};

/// What a successful call did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// `socket`, `accept`: the new socket.
    Created(SocketId),
    /// `setsockopt`, `listen`, `join`: done.
    Done,
    /// `getsockopt`: the value read back.
    Value(i64),
    /// `bind`: the rule that allowed it and the socket it overlapped, if any.
    Bound(Decision),
    /// `connect`: who accepted, by which rule, and the connection ends.
    Connected(Connect),
    /// `connect` on a UDP socket: the default destination is set; the socket's local endpoint
    /// (Windows keeps the binding as it was).
    Aimed(Endpoint),
    /// `send`: who received, by which rule.
    Delivered(Delivery),
    /// `close`, `shutdown`, `abort`: the connections' state changes, and whether the closed
    /// exclusive socket still holds its port through active connections (rule T1).
    Closed {
        /// The state changes.
        transitions: Vec<Transition>,
        /// The port stays held (documented, T1; current Windows lets binds through, T2).
        held: bool,
    },
    /// `reserve`: the range as applied.
    Reserved(ReserveStep),
    /// `connect` in a scenario with `hosts`: the route, who accepted, the identity (boxed: the
    /// largest outcome by far).
    Routed(Box<NetConnect>),
    /// `send` in a scenario with `hosts`: the route and who received.
    RoutedDatagram(NetDelivery),
    /// `request`: the identity of the connection it went on.
    Request(Identity),
}

impl Outcome {
    /// The value `getsockopt` read.
    pub fn value(&self) -> Option<i64> {
        match self {
            Self::Value(v) => Some(*v),
            Self::Created(_)
            | Self::Done
            | Self::Bound(_)
            | Self::Connected(_)
            | Self::Delivered(_)
            | Self::Closed { .. }
            | Self::Reserved(_)
            | Self::Routed(_)
            | Self::RoutedDatagram(_)
            | Self::Aimed(_)
            | Self::Request(_) => None,
        }
    }

    /// Who received and by which rule, for `connect` and `send`.
    pub fn delivery(&self) -> Option<&Delivery> {
        match self {
            Self::Connected(c) => Some(&c.delivery),
            Self::Delivered(d) => Some(d),
            Self::Routed(c) => Some(&c.delivery),
            Self::RoutedDatagram(d) => Some(&d.delivery),
            Self::Created(_)
            | Self::Done
            | Self::Value(_)
            | Self::Bound(_)
            | Self::Closed { .. }
            | Self::Reserved(_)
            | Self::Aimed(_)
            | Self::Request(_) => None,
        }
    }

    /// The bind decision, for `bind`.
    pub fn decision(&self) -> Option<&Decision> {
        match self {
            Self::Bound(d) => Some(d),
            Self::Created(_)
            | Self::Done
            | Self::Value(_)
            | Self::Connected(_)
            | Self::Delivered(_)
            | Self::Closed { .. }
            | Self::Reserved(_)
            | Self::Routed(_)
            | Self::RoutedDatagram(_)
            | Self::Aimed(_)
            | Self::Request(_) => None,
        }
    }

    /// Which host a connection or datagram reached, by which rule, in a scenario with `hosts`.
    pub fn route(&self) -> Option<&Route> {
        match self {
            Self::Routed(c) => Some(&c.route),
            Self::RoutedDatagram(d) => Some(&d.route),
            Self::Created(_)
            | Self::Done
            | Self::Value(_)
            | Self::Bound(_)
            | Self::Connected(_)
            | Self::Delivered(_)
            | Self::Closed { .. }
            | Self::Reserved(_)
            | Self::Aimed(_)
            | Self::Request(_) => None,
        }
    }
}

/// What one step did, and whether its expectations held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepResult {
    /// 1-based step number.
    pub step: usize,
    /// The op.
    pub op: &'static str,
    /// The Host's answer: what the call did, or its refusal (error, rule, socket collided with).
    pub result: Result<Outcome, Refusal>,
    /// Each expectation of the step and whether it held.
    pub checks: Vec<Check>,
}

impl StepResult {
    /// The error, when the call failed.
    pub fn error(&self) -> Option<WsaError> {
        self.result.as_ref().err().map(Refusal::error)
    }

    /// The value `getsockopt` read.
    pub fn value(&self) -> Option<i64> {
        self.result.as_ref().ok().and_then(Outcome::value)
    }

    /// Who received, for `connect` and `send`.
    pub fn receivers(&self) -> Option<&Receivers> {
        self.result.as_ref().ok().and_then(Outcome::delivery).map(|d| &d.receivers)
    }

    /// The decision of the rules: a `bind`'s, or any refusal's.
    pub fn decision(&self) -> Option<&Decision> {
        match &self.result {
            Ok(o) => o.decision(),
            Err(r) => Some(r.decision()),
        }
    }

    /// What the answer rests on: the evidence of the rule that decided it, for the steps a rule
    /// decides (bind, a refusal, delivery, a port held after close).
    pub fn evidence(&self) -> Option<Evidence> {
        match &self.result {
            Err(r) => Some(r.decision().evidence()),
            Ok(Outcome::Bound(d)) => Some(d.evidence()),
            Ok(Outcome::Connected(c)) => Some(c.delivery.rule.evidence()),
            Ok(Outcome::Delivered(d)) => Some(d.rule.evidence()),
            Ok(Outcome::Routed(c)) => Some(c.evidence()),
            Ok(Outcome::RoutedDatagram(d)) => Some(d.evidence()),
            Ok(Outcome::Closed { held: true, .. }) => Some(Reason::HeldByActiveConnections.evidence()),
            // The default destination is documented; that the binding stays is the model's reading.
            Ok(Outcome::Aimed(_)) => Some(Evidence::Extrapolated),
            Ok(
                Outcome::Created(_) | Outcome::Done | Outcome::Value(_) | Outcome::Reserved(_) | Outcome::Request(_),
            )
            | Ok(Outcome::Closed { held: false, .. }) => None,
        }
    }

    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.held)
    }
}

/// A step result of either system, as the tally, the transcript and the views read it: its
/// number and its checks.
pub(super) trait Verdicts {
    /// The system's error.
    type Error: SystemError;
    /// The system's receivers.
    type Receivers: ReceiverSet;
    /// The 1-based step number.
    fn number(&self) -> usize;
    /// Each expectation and whether it held.
    fn checks(&self) -> &[Check<Got<Self::Error, Self::Receivers>>];
}

impl Verdicts for StepResult {
    type Error = WsaError;
    type Receivers = Receivers;
    fn number(&self) -> usize {
        self.step
    }
    fn checks(&self) -> &[Check] {
        &self.checks
    }
}

/// Expectations held and expectations in all, over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Steps run.
    pub steps: usize,
    /// Expectations that held.
    pub held: usize,
    /// Expectations in all.
    pub expectations: usize,
}

/// The transcript's last line: `passed: 9 steps, 5 of 5 expectations held`.
impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = if self.passed() { "passed" } else { "FAILED" };
        write!(f, "{verdict}: {} steps, {} of {} expectations held", self.steps, self.held, self.expectations)
    }
}

impl Tally {
    pub(super) fn add<R: Verdicts>(&mut self, r: &R) {
        self.count(r.checks().iter().map(|c| c.held));
    }

    /// The tally of a whole run.
    pub(super) fn of<R: Verdicts>(steps: &[R]) -> Self {
        let mut t = Self::default();
        for s in steps {
            t.add(s);
        }
        t
    }

    /// Counts one step with the verdicts of its checks.
    pub(super) fn count(&mut self, held: impl Iterator<Item = bool>) {
        self.steps += 1;
        for h in held {
            self.held += usize::from(h);
            self.expectations += 1;
        }
    }

    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.held == self.expectations
    }
}

/// What both systems' transcripts ([`Transcript`], [`LinuxTranscript`](super::LinuxTranscript))
/// do alike, written once: each keeps its name and its own public fields (`era` and `behaviour`,
/// or `policy`), so they share these methods by this macro rather than by a generic type. It
/// needs `steps`, `checked`, `names` and a `view()` whose [`StepView`] prints a step.
macro_rules! shared_transcript {
    ($step:ty) => {
        /// Whether every expectation held.
        pub fn passed(&self) -> bool {
            self.steps.iter().all(<$step>::passed)
        }

        /// (expectations held, expectations in all).
        pub fn tally(&self) -> (usize, usize) {
            let t = Tally::of(&self.steps);
            (t.held, t.expectations)
        }

        /// The scenario's name for a socket of the run (`#N` for one it did not name).
        pub fn socket_name(&self, id: SocketId) -> String {
            self.names.name(&self.checked, id).to_string()
        }

        /// The scenario socket a host socket of the run is (to set it beside the other system's
        /// run).
        pub fn socket_ref(&self, id: SocketId) -> Option<SocketRef> {
            self.names.handles.get(&id).copied()
        }

        /// The call of a step of this transcript as text, e.g. `bind evil 10.0.0.1:5150`.
        pub fn call(&self, step: &$step) -> String {
            self.checked.call_text(step.step, step.op)
        }

        /// The first expectation that failed: the step's call, what was expected and what
        /// happened.
        pub fn first_failure(&self) -> Option<String> {
            render::first_failure(&self.view(), &self.steps)
        }

        /// What a step did and why, as its transcript line says after the outcome word (`by
        /// rule E4 under-own-wildcard (documented): ...`), for views that set two runs side by
        /// side.
        pub(crate) fn detail_of(&self, step: &$step) -> String {
            self.view().detail_of(&step.result)
        }
    };
}

/// The printing and the JSON of both systems' transcripts (see [`shared_transcript`]).
macro_rules! shared_transcript_impls {
    ($transcript:ty) => {
        impl fmt::Display for $transcript {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                render::write_run(&self.view(), &self.steps, f)
            }
        }

        impl Serialize for $transcript {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let v = self.view();
                let t = Tally::of(&self.steps);
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("name", &self.name)?;
                v.system(&mut m)?;
                m.serialize_entry("steps", &Steps(&v, &self.steps))?;
                m.serialize_entry("passed", &t.passed())?;
                m.serialize_entry("held", &t.held)?;
                m.serialize_entry("expectations", &t.expectations)?;
                m.end()
            }
        }
    };
}

pub(super) use {shared_transcript, shared_transcript_impls};

/// The record of a run, kept in memory (see [`Checked::run_text`] to stream instead).
#[derive(Debug, Clone, PartialEq)]
pub struct Transcript {
    /// The scenario's name.
    pub name: String,
    /// The era it ran in.
    pub era: Era,
    /// The behaviour it ran with.
    pub behaviour: Behaviour,
    /// One result per step.
    pub steps: Vec<StepResult>,
    /// The scenario, for the names it gives.
    pub(super) checked: Checked,
    pub(super) names: SocketNames,
}

impl Transcript {
    shared_transcript!(StepResult);

    fn view(&self) -> View<'_> {
        View { scene: self.scene(), behaviour: self.behaviour, era: self.era }
    }

    fn scene(&self) -> Scene<'_> {
        Scene { checked: &self.checked, names: &self.names }
    }

    /// The scenario this transcript ran.
    pub(crate) fn checked(&self) -> &Checked {
        &self.checked
    }

    /// The receivers of a `connect` or `send` step as the scenario's sockets, in the order the
    /// Host gave them.
    pub(crate) fn receiver_refs(&self, step: &StepResult) -> Option<Vec<SocketRef>> {
        let r = step.receivers()?;
        let ids: &[SocketId] = match r {
            Receivers::One(id) => std::slice::from_ref(id),
            Receivers::Undetermined(v) | Receivers::Every(v) => v,
            Receivers::Nobody => &[],
        };
        Some(ids.iter().filter_map(|id| self.names.handles.get(id).copied()).collect())
    }
}

shared_transcript_impls!(Transcript);

/// Which Host socket each scenario socket became, and back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct SocketNames {
    /// By handle; `None` until its `socket` or `accept` step succeeds.
    pub(super) ids: Vec<Option<SocketId>>,
    pub(super) handles: BTreeMap<SocketId, SocketRef>,
    /// The ports saved so far (`save_port`), by name.
    pub(super) ports: BTreeMap<String, u16>,
}

impl SocketNames {
    /// Names for the sockets of `checked`, none created yet, no port saved.
    pub(super) fn new(checked: &Checked) -> Self {
        Self { ids: vec![None; checked.sockets.len()], handles: BTreeMap::new(), ports: BTreeMap::new() }
    }

    /// An address of a step with its saved port looked up.
    pub(super) fn endpoint(&self, a: &super::Address) -> Endpoint {
        a.resolve(|name| self.ports.get(name).copied())
    }

    /// For a step with `save_port`, saves the port of its socket that `local` reads (0: the
    /// socket has none, as `getsockname` reads an unbound socket).
    pub(super) fn save(&mut self, op: &super::Op<SocketRef, super::UserRef>, local: impl Fn(SocketId) -> Option<u16>) {
        if let Some(name) = op.save_port() {
            let port = op.socket().and_then(|s| self.ids[s.0]).and_then(local).unwrap_or(0);
            self.ports.insert(name.to_owned(), port);
        }
    }

    /// The host's socket of the scenario's socket `s`; a socket not made yet is the system's
    /// refusal of an unknown socket (WSAENOTSOCK, EBADF).
    pub(super) fn id<S: System>(&self, s: SocketRef) -> Result<SocketId, S::Refusal> {
        self.ids[s.0].ok_or_else(S::not_a_socket)
    }

    /// The scenario's socket `s` is the host's socket `id` from now on.
    pub(super) fn created(&mut self, s: SocketRef, id: SocketId) {
        self.ids[s.0] = Some(id);
        self.handles.insert(id, s);
    }

    pub(super) fn name<'a>(&self, checked: &'a Checked, id: SocketId) -> Name<'a> {
        match self.handles.get(&id) {
            Some(h) => Name::Named(checked.name_of(*h)),
            None => Name::Unnamed(id),
        }
    }
}

/// A socket as printed: the scenario's name for it, escaped, or the Host's `#N`.
pub(super) enum Name<'a> {
    Named(&'a str),
    Unnamed(SocketId),
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Named(n) => Escaped(n).fmt(f),
            Self::Unnamed(id) => id.fmt(f),
        }
    }
}

/// The record of a run on the scenario's operating system: a Windows [`Transcript`] or a
/// [`LinuxTranscript`]. Both print in the same style and serialize to the same shape.
#[derive(Debug, Clone, PartialEq)]
pub enum Run {
    /// A run on a Windows [`Host`](crate::Host).
    Windows(Transcript),
    /// A run on a [`LinuxHost`](crate::LinuxHost).
    Linux(LinuxTranscript),
}

impl Run {
    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        match self {
            Self::Windows(t) => t.passed(),
            Self::Linux(t) => t.passed(),
        }
    }

    /// (expectations held, expectations in all).
    pub fn tally(&self) -> (usize, usize) {
        match self {
            Self::Windows(t) => t.tally(),
            Self::Linux(t) => t.tally(),
        }
    }

    /// The first expectation that failed: the step's call, what was expected and what happened.
    pub fn first_failure(&self) -> Option<String> {
        match self {
            Self::Windows(t) => t.first_failure(),
            Self::Linux(t) => t.first_failure(),
        }
    }

    /// The Windows transcript, if the run was on Windows.
    pub fn as_windows(&self) -> Option<&Transcript> {
        match self {
            Self::Windows(t) => Some(t),
            Self::Linux(_) => None,
        }
    }

    /// The Windows transcript, if the run was on Windows.
    pub fn into_windows(self) -> Option<Transcript> {
        match self {
            Self::Windows(t) => Some(t),
            Self::Linux(_) => None,
        }
    }

    /// The Linux transcript, if the run was on Linux.
    pub fn as_linux(&self) -> Option<&LinuxTranscript> {
        match self {
            Self::Windows(_) => None,
            Self::Linux(t) => Some(t),
        }
    }
}

impl fmt::Display for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Windows(t) => t.fmt(f),
            Self::Linux(t) => t.fmt(f),
        }
    }
}

impl Serialize for Run {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Windows(t) => t.serialize(s),
            Self::Linux(t) => t.serialize(s),
        }
    }
}
