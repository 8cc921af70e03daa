//! Running a checked scenario on a [`LinuxHost`], and the transcript of what happened: the
//! Linux counterpart of `run.rs`, printed in the same style (`scenario: NAME (linux)`,
//! `by rule X6 (documented): ...`) and serialized to the same shape.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::io;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::check::{common_checks, delivered, Check, CheckKey, Expected, Got};
use super::render::{self, ChecksJson, ReceiversJson, Scene, StepView, Steps};
use super::run::Stepper;
use super::step::{Op, OptionValue, Step};
use super::text::Escaped;
use super::transcript::{shared_transcript, shared_transcript_impls, SocketNames, Tally, Verdicts};
use super::{Checked, SocketRef, UserRef};
use crate::evidence::Evidence;
use crate::host::{Holder, Linux, LinuxAnswer, LinuxConnect, LinuxHost, LinuxRefusal, Transition};
use crate::id::{SocketId, UserId};
use crate::os::Os;
use crate::rules::linux::{LinuxError, PortPolicy};
use crate::rules::linux_calls::{LinuxDelivered, LinuxReason, LinuxReceivers};
use crate::rules::options::Privilege;

/// What a successful call did on Linux.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinuxOutcome {
    /// `socket`, `accept`: the new socket.
    Created(SocketId),
    /// `setsockopt`, `join`: done.
    Done,
    /// `listen`: done; the answer of the implicit bind of an unbound socket, if any.
    Listened(Option<LinuxAnswer>),
    /// `getsockopt`: the value read back.
    Value(i64),
    /// `bind`: the rule that allowed it and the socket it shares with, if any.
    Bound(LinuxAnswer),
    /// `connect`: who accepted, by which rule.
    Connected(LinuxConnect),
    /// `send`: who received, by which rule.
    Delivered(LinuxDelivered),
    /// `close`, `shutdown`, `abort`: the connections' state changes.
    Closed(Vec<Transition>),
    /// `reserve` or `request` (a Windows scenario replayed on Linux): Linux has no such port
    /// ranges, and the Linux model no network whose connection identity a request states, so
    /// nothing happens.
    WindowsOnly,
}

impl LinuxOutcome {
    fn delivery(&self) -> Option<&LinuxDelivered> {
        match self {
            // A UDP connect only names the peer: nobody receives anything.
            Self::Connected(c) => c.listener.map(|_| &c.delivery),
            Self::Delivered(d) => Some(d),
            Self::Created(_)
            | Self::Done
            | Self::Listened(_)
            | Self::Value(_)
            | Self::Bound(_)
            | Self::Closed(_)
            | Self::WindowsOnly => None,
        }
    }
}

/// What happened on Linux, for a check (never an `Identity`: that is Windows networks').
pub type LinuxGot = Got<LinuxError, LinuxReceivers>;

/// One expectation and its verdict, on Linux.
pub type LinuxCheck = Check<LinuxGot>;

/// What one step did on Linux, and whether its expectations held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinuxStepResult {
    /// 1-based step number.
    pub step: usize,
    /// The op.
    pub op: &'static str,
    /// The host's answer: what the call did, or its refusal (errno, rule, what it collided with).
    pub result: Result<LinuxOutcome, LinuxRefusal>,
    /// Each expectation of the step and whether it held.
    pub checks: Vec<LinuxCheck>,
    /// The receivers of a `connect` or `send`, as the scenario's sockets.
    receivers: Option<Vec<SocketRef>>,
}

impl LinuxStepResult {
    /// The errno, when the call failed.
    pub fn error(&self) -> Option<LinuxError> {
        self.result.as_ref().err().map(|r| r.error)
    }

    /// The value `getsockopt` read.
    pub fn value(&self) -> Option<i64> {
        match &self.result {
            Ok(LinuxOutcome::Value(v)) => Some(*v),
            Ok(_) | Err(_) => None,
        }
    }

    /// Who received, for `connect` and `send`.
    pub fn receivers(&self) -> Option<&LinuxReceivers> {
        self.result.as_ref().ok().and_then(LinuxOutcome::delivery).map(|d| &d.receivers)
    }

    /// The receivers of a `connect` or `send` as the scenario's sockets (all of a spread group,
    /// every one of a multicast).
    pub fn receiver_refs(&self) -> Option<&[SocketRef]> {
        self.receivers.as_deref()
    }

    /// The rule behind the answer: a refusal's, a bind's (or a listen's implicit bind), or the
    /// delivery's.
    pub fn reason(&self) -> Option<LinuxReason> {
        match &self.result {
            Err(r) => Some(r.answer.reason),
            Ok(LinuxOutcome::Bound(a) | LinuxOutcome::Listened(Some(a))) => Some(a.reason),
            Ok(o) => o.delivery().map(|d| LinuxReason::Delivery(d.rule)),
        }
    }

    /// What the socket or connection the rule is about (a conflict, or the first sharer).
    pub fn against(&self) -> Option<Holder> {
        match &self.result {
            Err(r) => r.answer.against,
            Ok(LinuxOutcome::Bound(a) | LinuxOutcome::Listened(Some(a))) => a.against,
            Ok(_) => None,
        }
    }

    /// What the answer rests on: its rule's evidence.
    pub fn evidence(&self) -> Option<Evidence> {
        self.reason().map(LinuxReason::evidence)
    }

    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.held)
    }
}

impl Verdicts for LinuxStepResult {
    type Error = LinuxError;
    type Receivers = LinuxReceivers;
    fn number(&self) -> usize {
        self.step
    }
    fn checks(&self) -> &[LinuxCheck] {
        &self.checks
    }
}

/// The record of a run on a [`LinuxHost`].
#[derive(Debug, Clone, PartialEq)]
pub struct LinuxTranscript {
    /// The scenario's name.
    pub name: String,
    /// The privileged-port policy it ran under.
    pub policy: PortPolicy,
    /// One result per step.
    pub steps: Vec<LinuxStepResult>,
    checked: Checked,
    names: SocketNames,
}

impl LinuxTranscript {
    shared_transcript!(LinuxStepResult);

    fn view(&self) -> View<'_> {
        View { scene: Scene { checked: &self.checked, names: &self.names }, policy: self.policy }
    }
}

shared_transcript_impls!(LinuxTranscript);

// ---- running ---------------------------------------------------------------------------------

/// Runs `checked` on a fresh [`LinuxHost`] under `policy`.
pub(crate) fn run(checked: &Checked, policy: PortPolicy) -> LinuxTranscript {
    let mut runner = Runner::new(checked, policy);
    let steps = checked.steps.iter().enumerate().map(|(i, s)| runner.step(i + 1, s)).collect();
    LinuxTranscript {
        name: checked.scenario.name.clone(),
        policy,
        steps,
        checked: checked.clone(),
        names: runner.names,
    }
}

/// A run on a [`LinuxHost`]: the machine and which host socket each scenario socket became.
pub(super) struct Runner {
    host: LinuxHost,
    policy: PortPolicy,
    users: Vec<UserId>,
    names: SocketNames,
}

impl Runner {
    pub(super) fn new(checked: &Checked, policy: PortPolicy) -> Self {
        let s = &checked.scenario;
        let mut host = LinuxHost::new(policy);
        for a in &s.host.addresses {
            host.add_address(*a);
        }
        if let Some(range) = s.host.ip_local_port_range {
            host.set_local_port_range(range);
        }
        // An administrator of a Windows scenario is a process with CAP_NET_BIND_SERVICE here.
        // Users listed with one uid are one user; uid 0 is root, which holds the capability.
        let mut by_uid = BTreeMap::new();
        let users = s
            .users
            .iter()
            .map(|u| match u.uid {
                Some(uid) => {
                    *by_uid.entry(uid).or_insert_with(|| host.add_user(&u.name, Privilege::from(u.admin || uid == 0)))
                }
                None => host.add_user(&u.name, Privilege::from(u.admin)),
            })
            .collect();
        let names = SocketNames::new(checked);
        Self { host, policy, users, names }
    }

    fn id(&self, s: SocketRef) -> Result<SocketId, LinuxRefusal> {
        self.names.id::<Linux>(s)
    }

    fn created(&mut self, s: SocketRef, id: SocketId) -> LinuxOutcome {
        self.names.created(s, id);
        LinuxOutcome::Created(id)
    }

    fn call(&mut self, op: &Op<SocketRef, UserRef>) -> Result<LinuxOutcome, LinuxRefusal> {
        match op {
            Op::Socket(x) => {
                let id = self.host.socket(x.family, x.proto, self.users[x.user.0])?;
                Ok(self.created(x.id, id))
            }
            Op::Setsockopt(x) => {
                let id = self.id(x.id)?;
                let value = match x.value {
                    OptionValue::Linger(l) => i64::from(l.onoff && l.seconds == 0),
                    v @ (OptionValue::Bool(_) | OptionValue::Int(_)) => v.as_int(),
                };
                self.host.set_option(id, x.option, value)?;
                Ok(LinuxOutcome::Done)
            }
            Op::Getsockopt(x) => Ok(LinuxOutcome::Value(self.host.option(self.id(x.id)?, x.option)?)),
            Op::Bind(x) => Ok(LinuxOutcome::Bound(self.host.bind(self.id(x.id)?, self.names.endpoint(&x.addr))?)),
            Op::Listen(x) => Ok(LinuxOutcome::Listened(self.host.listen(self.id(x.id)?)?)),
            Op::Connect(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                Ok(LinuxOutcome::Connected(self.host.connect(from, self.names.endpoint(&x.to).socket_addr())?))
            }
            Op::Accept(x) => {
                let id = self.host.accept(self.id(x.id)?)?;
                Ok(self.created(x.as_id, id))
            }
            Op::Close(x) => Ok(LinuxOutcome::Closed(self.host.close(self.id(x.id)?)?)),
            Op::Shutdown(x) => Ok(LinuxOutcome::Closed(self.host.shutdown(self.id(x.id)?)?)),
            Op::Abort(x) => Ok(LinuxOutcome::Closed(self.host.abort(self.id(x.id)?)?)),
            Op::Send(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                Ok(LinuxOutcome::Delivered(self.host.send(from, self.names.endpoint(&x.to).socket_addr())?))
            }
            Op::Join(x) => {
                self.host.join(self.id(x.id)?, x.group, x.iface)?;
                Ok(LinuxOutcome::Done)
            }
            Op::Reserve(_) | Op::Request(_) => Ok(LinuxOutcome::WindowsOnly),
        }
    }

    /// The checks beyond `expect`: values read back and who received. `expect_undetermined`
    /// names a SO_REUSEPORT group, one of which gets each connection or datagram.
    fn extra_checks(
        &self,
        op: &Op<SocketRef, UserRef>,
        result: &Result<LinuxOutcome, LinuxRefusal>,
        checks: &mut Vec<LinuxCheck>,
    ) {
        let delivered = || delivered(result.as_ref().map(|o| o.delivery().map(|d| &d.receivers)).map_err(|r| r.error));
        let value = |id, option| self.id(id).and_then(|id| self.host.option(id, option)).map_err(|r| r.error);
        let port = |id| self.id(id).ok().and_then(|id| self.host.get(id)).and_then(|s| s.local).map(|a| a.port());
        common_checks(op, &self.names, delivered, value, port, checks);
    }
}

impl Stepper for Runner {
    type Step = LinuxStepResult;
    type View<'a> = View<'a>;

    fn step(&mut self, n: usize, step: &Step<SocketRef, UserRef>) -> LinuxStepResult {
        let result = self.call(&step.op);
        let host = &self.host;
        self.names.save(&step.op, |id| host.get(id).and_then(|s| s.local).map(|a| a.port()));
        let mut checks = Vec::new();
        let got = result.as_ref().map(|_| ()).map_err(|r| r.error);
        if let Some(want) = step.expect {
            checks.push(LinuxCheck {
                key: CheckKey::Expect,
                expected: Expected::Outcome(want),
                got: LinuxGot::Outcome(got),
                held: want.holds_linux(got),
            });
        }
        self.extra_checks(&step.op, &result, &mut checks);
        let receivers = result
            .as_ref()
            .ok()
            .and_then(LinuxOutcome::delivery)
            .map(|d| d.receivers.sockets().iter().filter_map(|id| self.names.handles.get(id).copied()).collect());
        LinuxStepResult { step: n, op: step.op.name(), result, checks, receivers }
    }

    fn view<'a>(&'a self, checked: &'a Checked) -> View<'a> {
        View { scene: Scene { checked, names: &self.names }, policy: self.policy }
    }

    fn system_json(&self, out: &mut dyn io::Write) -> io::Result<()> {
        write!(out, ",\"os\":")?;
        serde_json::to_writer(&mut *out, &Os::Linux(self.policy))?;
        Ok(())
    }
}

// ---- text, at the edge ----------------------------------------------------------------------

/// What rendering a Linux run needs: the names, and the port policy it ran under.
pub(super) struct View<'a> {
    scene: Scene<'a>,
    policy: PortPolicy,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = Scene<'a>;
    fn deref(&self) -> &Scene<'a> {
        &self.scene
    }
}

impl StepView for View<'_> {
    type Step = LinuxStepResult;

    fn scene(&self) -> Scene<'_> {
        self.scene
    }

    fn header(&self, f: &mut dyn fmt::Write) -> fmt::Result {
        writeln!(f, "scenario: {} (linux)", Escaped(&self.checked.scenario.name))
    }

    fn system<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("os", &Os::Linux(self.policy))
    }

    fn word(&self, s: &LinuxStepResult) -> String {
        match &s.result {
            Ok(_) => "ok".to_owned(),
            Err(r) => r.error.to_string(),
        }
    }

    fn detail(&self, s: &LinuxStepResult) -> String {
        self.detail_of(&s.result)
    }

    fn step_json<S: Serializer>(&self, r: &LinuxStepResult, s: S) -> Result<S::Ok, S::Error> {
        let v = self;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("step", &r.step)?;
        m.serialize_entry("op", r.op)?;
        m.serialize_entry("call", &v.call(r.step).to_string())?;
        m.serialize_entry("outcome", r.error().map_or("ok", LinuxError::name))?;
        m.serialize_entry("error", &r.error().map(|e| serde_json::json!({ "name": e.name(), "errno": e.errno() })))?;
        if let Some(reason) = r.reason() {
            m.serialize_entry("rule", reason.id())?;
        }
        if let Some(h) = r.against() {
            m.serialize_entry("against", &v.holder(h))?;
        }
        if let Some(d) = r.result.as_ref().ok().and_then(LinuxOutcome::delivery) {
            m.serialize_entry("receivers", &ReceiversJson(v.scene, &d.receivers))?;
        }
        m.serialize_entry("evidence", &r.evidence())?;
        if let Some(value) = r.value() {
            m.serialize_entry("value", &value)?;
        }
        if let Ok(LinuxOutcome::Created(id)) = &r.result {
            m.serialize_entry("created", &id.0)?;
        }
        m.serialize_entry("detail", &v.detail_of(&r.result))?;
        m.serialize_entry("checks", &ChecksJson(v.scene, &r.checks))?;
        m.end()
    }
}

impl View<'_> {
    /// `by rule X6 (documented): ...; socket `srv` holds the port`.
    fn answer(&self, a: &LinuxAnswer) -> String {
        let mut text = format!("by rule {} ({}): {}", a.reason.id(), a.evidence(), a.reason.explanation());
        if let Some(h) = a.against {
            let _ = write!(text, " [{}]", self.holder(h));
        }
        text
    }

    fn holder(&self, h: Holder) -> String {
        match h {
            Holder::Socket(s) => format!("socket `{}`", self.name(s)),
            Holder::Connection { conn, of, state } => {
                format!("connection {conn} of socket `{}`, {state}", self.name(of))
            }
        }
    }

    fn detail_of(&self, result: &Result<LinuxOutcome, LinuxRefusal>) -> String {
        match result {
            Err(r) => self.answer(&r.answer),
            Ok(LinuxOutcome::Created(id)) => format!("created {id}"),
            Ok(LinuxOutcome::Done | LinuxOutcome::Listened(None)) => String::new(),
            Ok(LinuxOutcome::Listened(Some(a))) => format!("bound to an ephemeral port first, {}", self.answer(a)),
            Ok(LinuxOutcome::Value(v)) => format!("value {v}"),
            Ok(LinuxOutcome::Bound(a)) => self.answer(a),
            Ok(LinuxOutcome::Connected(c)) => match (c.listener, c.queued) {
                (Some(l), Some(q)) => {
                    let mut text = format!(
                        "accepted by {}; connection {q} waits in {}'s backlog",
                        self.delivery(&c.delivery),
                        self.name(l)
                    );
                    if let Some(mine) = c.conn {
                        let _ = write!(text, ", {mine} is the connecting end");
                    }
                    text
                }
                (None, _) | (_, None) => match c.local {
                    Some(local) => format!("UDP: the default destination is set; the socket holds {local}"),
                    None => "UDP: the default destination is set".to_owned(),
                },
            },
            Ok(LinuxOutcome::Delivered(d)) => format!("received by {}", self.delivery(d)),
            Ok(LinuxOutcome::Closed(t)) => t.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            Ok(LinuxOutcome::WindowsOnly) => {
                "nothing: a Windows step (excluded port ranges, ReservedPorts, a network's connection identity) the Linux model has no counterpart for".to_owned()
            }
        }
    }

    fn delivery(&self, d: &LinuxDelivered) -> String {
        format!(
            "{} (rule {}, {}: {})",
            self.receivers(&d.receivers),
            d.rule.id(),
            d.rule.evidence(),
            d.rule.explanation()
        )
    }
}
