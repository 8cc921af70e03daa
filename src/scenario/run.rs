//! Running a scenario on a [`Host`] and the transcript of what happened.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::step::*;
use super::Scenario;
use crate::endpoint::Proto;
use crate::era::Behaviour;
use crate::error::WsaError;
use crate::host::{Host, Linger};
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::ports::{Exclusion, PortKind};
use crate::rules::delivery::{Delivery, Receivers};
use crate::rules::Refusal;

/// What one step did, and whether its expectations held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepResult {
    /// 1-based step number.
    pub step: usize,
    /// The op.
    pub op: &'static str,
    /// The call, e.g. `bind evil 10.0.0.1:5150`.
    pub call: String,
    /// `ok` or the error name.
    pub outcome: String,
    /// What happened and why, in a sentence (the rule that fired, the socket collided with).
    pub detail: String,
    /// Each expectation of the step and whether it held.
    pub checks: Vec<Check>,
    /// The error, when the call failed.
    pub error: Option<WsaError>,
    /// The value read back by `getsockopt`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// Who received, for `connect` and `send`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receivers: Option<Received>,
}

/// Who received a connection or datagram, by the scenario's socket names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "sockets")]
pub enum Received {
    /// This one socket.
    One(String),
    /// One of these, undetermined.
    Undetermined(Vec<String>),
    /// Every one of these.
    Every(Vec<String>),
    /// Nobody.
    Nobody,
}

/// One expectation and its verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Which key: `expect`, `expect_value`, `expect_accepted_by` ...
    pub key: &'static str,
    /// What the scenario expected.
    pub expected: String,
    /// What happened.
    pub got: String,
    /// Whether it held.
    pub held: bool,
}

/// The record of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transcript {
    /// The scenario's name.
    pub name: String,
    /// The era and behaviour it ran with, e.g. `win11, observed`.
    pub setting: String,
    /// One result per step.
    pub steps: Vec<StepResult>,
}

impl Transcript {
    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.steps.iter().all(|s| s.checks.iter().all(|c| c.held))
    }

    /// (expectations held, expectations in all).
    pub fn tally(&self) -> (usize, usize) {
        let all = self.steps.iter().flat_map(|s| &s.checks);
        let total = all.clone().count();
        (all.filter(|c| c.held).count(), total)
    }
}

impl fmt::Display for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "scenario: {} ({})", self.name, self.setting)?;
        for s in &self.steps {
            let mark = if s.checks.iter().any(|c| !c.held) {
                "FAIL"
            } else if s.checks.is_empty() {
                "    "
            } else {
                "pass"
            };
            write!(f, "{mark} {:>3} {} -> {}", s.step, s.call, s.outcome)?;
            if !s.detail.is_empty() {
                write!(f, ": {}", s.detail)?;
            }
            writeln!(f)?;
            for c in s.checks.iter().filter(|c| !c.held) {
                writeln!(f, "           {} expected {}, got {}", c.key, c.expected, c.got)?;
            }
        }
        let (held, total) = self.tally();
        let verdict = if self.passed() { "passed" } else { "FAILED" };
        writeln!(f, "{verdict}: {} steps, {held} of {total} expectations held", self.steps.len())
    }
}

struct Runner<'a> {
    host: Host,
    users: BTreeMap<&'a str, UserId>,
    ids: BTreeMap<String, SocketId>,
    names: BTreeMap<SocketId, String>,
    /// Who received the last connection or datagram, for `expect_accepted_by` and friends.
    last_delivery: Option<Delivery>,
}

pub(super) fn run(s: &Scenario) -> Transcript {
    let mut host = Host::new(s.era);
    if let Some(b) = s.behaviour {
        host.set_behaviour(b);
    }
    for a in &s.host.addresses {
        host.add_address(*a);
    }
    for (proto, range) in [(Proto::Tcp, s.host.dynamic_ports.tcp), (Proto::Udp, s.host.dynamic_ports.udp)] {
        if let Some(range) = range {
            host.set_dynamic_range(proto, range);
        }
    }
    if let Some(order) = s.host.ephemeral {
        host.set_ephemeral_order(order);
    }
    let users = s.users.iter().map(|u| (u.name.as_str(), host.add_user(&u.name, u.admin))).collect();
    let setting = format!("{}, {} behaviour", s.era, host.behaviour());
    let mut r = Runner { host, users, ids: BTreeMap::new(), names: BTreeMap::new(), last_delivery: None };
    let steps = s.steps.iter().enumerate().map(|(i, step)| r.step(i + 1, step, s)).collect();
    Transcript { name: s.name.clone(), setting, steps }
}

impl Runner<'_> {
    /// The socket id of a name. Validation guarantees the name was created earlier; a name that
    /// is not there maps to an id that was never issued, which the Host reports as WSAENOTSOCK.
    fn id(&self, name: &str) -> SocketId {
        self.ids.get(name).copied().unwrap_or(SocketId(0))
    }

    fn name(&self, id: SocketId) -> String {
        self.names.get(&id).cloned().unwrap_or_else(|| id.to_string())
    }

    /// Replaces `socket #N` in a sentence with the scenario's name for it (one pass over the
    /// text, whatever the number of sockets).
    fn named(&self, text: String) -> String {
        const MARK: &str = "socket #";
        if !text.contains(MARK) {
            return text;
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text.as_str();
        while let Some(i) = rest.find(MARK) {
            out.push_str(&rest[..i]);
            let after = &rest[i + MARK.len()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            match after[..digits].parse().ok().and_then(|n| self.names.get(&SocketId(n))) {
                Some(name) => {
                    out.push_str("socket `");
                    out.push_str(name);
                    out.push('`');
                }
                None => out.push_str(&rest[i..i + MARK.len() + digits]),
            }
            rest = &after[digits..];
        }
        out.push_str(rest);
        out
    }

    fn receivers(&self, r: &Receivers) -> String {
        let list = |v: &[SocketId]| format!("[{}]", v.iter().map(|s| self.name(*s)).collect::<Vec<_>>().join(", "));
        match r {
            Receivers::One(s) => self.name(*s),
            Receivers::Undetermined(v) => format!("one of {} (undetermined)", list(v)),
            Receivers::Every(v) => format!("every one of {}", list(v)),
            Receivers::Nobody => "nobody".to_owned(),
        }
    }

    fn received(&self, r: &Receivers) -> Received {
        let names = |v: &[SocketId]| v.iter().map(|s| self.name(*s)).collect();
        match r {
            Receivers::One(s) => Received::One(self.name(*s)),
            Receivers::Undetermined(v) => Received::Undetermined(names(v)),
            Receivers::Every(v) => Received::Every(names(v)),
            Receivers::Nobody => Received::Nobody,
        }
    }

    fn delivery(&self, d: &Delivery) -> String {
        let mut text = format!("{} (rule {}: {})", self.receivers(&d.receivers), d.rule.rule_id(), d.rule.sentence());
        if let Some((b, other)) = &d.alternative {
            text += &format!(" [{b} answer: {}]", self.receivers(other));
        }
        text
    }

    /// Adds, after closing an exclusive socket whose connections are still active, that its
    /// port stays held (rule T1) and what the other behaviour says.
    fn held(&self, id: SocketId, text: String) -> String {
        if !self.host.holds_port_after_close(id) {
            return text;
        }
        // An observed answer exists only from Windows 7 on (rules::lifetime::effective).
        let observed = crate::rules::lifetime::effective(self.host.era(), Behaviour::Observed) == Behaviour::Observed;
        let note = match self.host.behaviour() {
            Behaviour::Documented | Behaviour::Observed if !observed => {
                "its port stays held while its connections are active (rule T1, documented)"
            }
            Behaviour::Documented => {
                "its port stays held while its connections are active (rule T1, documented; observed: current Windows lets new binds through, T2)"
            }
            Behaviour::Observed => {
                "its connections are still active: the documents say the port stays held (T1); current Windows lets new binds through (T2, observed)"
            }
        };
        if text.is_empty() {
            note.to_owned()
        } else {
            format!("{text}; {note}")
        }
    }

    fn step(&mut self, n: usize, step: &Step, s: &Scenario) -> StepResult {
        self.last_delivery = None;
        let (call, result) = self.call(step, s);
        let mut checks = Vec::new();
        let (outcome, detail, got_err) = match &result {
            Ok(detail) => ("ok".to_owned(), detail.clone(), Ok(())),
            Err(refusal) => {
                (refusal.error().to_string(), self.named(refusal.decision().explanation()), Err(refusal.error()))
            }
        };
        if let Some(want) = step.expect() {
            checks.push(Check {
                key: "expect",
                expected: want.to_string(),
                got: outcome.clone(),
                held: want.holds(got_err),
            });
        }
        let value = match (step, got_err) {
            (Step::Getsockopt(x), Ok(())) => self.host.option(self.id(&x.id), x.option).ok(),
            _ => None,
        };
        let receivers = self.last_delivery.as_ref().map(|d| self.received(&d.receivers));
        checks.extend(self.extra_checks(step, got_err));
        StepResult { step: n, op: step.op(), call, outcome, detail, checks, error: got_err.err(), value, receivers }
    }

    /// Compares who received with an expected list: every receiver (`undetermined` false) or
    /// the set one of which receives (`undetermined` true).
    fn receivers_check(
        &self,
        key: &'static str,
        want: &[String],
        undetermined: bool,
        got: Option<&Receivers>,
    ) -> Check {
        let got_ids: Option<Vec<SocketId>> = match (got, undetermined) {
            (Some(Receivers::One(s)), false) => Some(vec![*s]),
            (Some(Receivers::Every(v)), false) | (Some(Receivers::Undetermined(v)), true) => Some(v.clone()),
            (Some(Receivers::Nobody), false) => Some(Vec::new()),
            (Some(Receivers::One(_) | Receivers::Every(_) | Receivers::Nobody), true)
            | (Some(Receivers::Undetermined(_)), false)
            | (None, _) => None,
        };
        let mut want_ids: Vec<SocketId> = want.iter().map(|w| self.id(w)).collect();
        want_ids.sort();
        let held = got_ids.is_some_and(|mut g| {
            g.sort();
            g == want_ids
        });
        let got = got.map_or_else(|| "no delivery".to_owned(), |r| self.receivers(r));
        Check { key, expected: format!("[{}]", want.join(", ")), got, held }
    }

    /// Performs the call; `Ok` carries what to report about it.
    fn call(&mut self, step: &Step, s: &Scenario) -> (String, Result<String, Refusal>) {
        match step {
            Step::Socket(x) => {
                let user = x.user.as_deref().or_else(|| s.users.first().map(|u| u.name.as_str())).unwrap_or("user");
                let owner = self.users.get(user).copied().unwrap_or(UserId(0));
                let call = format!("socket {} {} {} ({user})", x.id, x.family, x.proto);
                let r = self.host.socket(x.family, x.proto, owner).map(|id| {
                    self.ids.insert(x.id.clone(), id);
                    self.names.insert(id, x.id.clone());
                    format!("created {id}")
                });
                (call, r)
            }
            Step::Setsockopt(x) => {
                let id = self.id(&x.id);
                let call = format!("setsockopt {} {} {}", x.id, x.option, value_text(x.value));
                let r = match (x.option, x.value) {
                    (SocketOption::Linger, OptionValue::Linger(l)) => {
                        self.host.set_linger(id, Linger { onoff: l.onoff, seconds: l.seconds })
                    }
                    (_, v) => self.host.set_option(id, x.option, v.as_int()),
                };
                (call, r.map(|()| String::new()))
            }
            Step::Getsockopt(x) => {
                let call = format!("getsockopt {} {}", x.id, x.option);
                (call, self.host.option(self.id(&x.id), x.option).map(|v| format!("value {v}")))
            }
            Step::Bind(x) => {
                let call = format!("bind {} {}", x.id, x.addr);
                (call, self.host.bind(self.id(&x.id), x.addr).map(|d| self.named(d.explanation())))
            }
            Step::Listen(x) => (format!("listen {}", x.id), self.host.listen(self.id(&x.id)).map(|()| String::new())),
            Step::Connect(x) => {
                let from = x.id.as_deref().map(|i| self.id(i));
                let call = format!("connect {} -> {}", x.id.as_deref().unwrap_or("(remote peer)"), x.to);
                let r = self.host.connect(from, x.to.socket_addr()).map(|c| {
                    let mut text = format!(
                        "accepted by {}; connection {} waits in {}'s backlog",
                        self.delivery(&c.delivery),
                        c.queued,
                        self.name(c.listener)
                    );
                    if let Some(mine) = c.conn {
                        text += &format!(", {mine} is the connecting end");
                    }
                    self.last_delivery = Some(c.delivery);
                    text
                });
                (call, r)
            }
            Step::Accept(x) => {
                let call = format!("accept {} as {}", x.id, x.as_id);
                let r = self.host.accept(self.id(&x.id)).map(|id| {
                    self.ids.insert(x.as_id.clone(), id);
                    self.names.insert(id, x.as_id.clone());
                    format!("created {id}")
                });
                (call, r)
            }
            Step::Close(x) => {
                let id = self.id(&x.id);
                let r = transitions(self.host.close(id)).map(|t| self.held(id, t));
                (format!("close {}", x.id), r)
            }
            Step::Shutdown(x) => (format!("shutdown {}", x.id), transitions(self.host.shutdown(self.id(&x.id)))),
            Step::Abort(x) => {
                let id = self.id(&x.id);
                let r = transitions(self.host.abort(id)).map(|t| self.held(id, t));
                (format!("abort {}", x.id), r)
            }
            Step::Send(x) => {
                let from = x.id.as_deref().map(|i| self.id(i));
                let call = format!("send {} -> {}", x.id.as_deref().unwrap_or("(remote peer)"), x.to);
                let r = self.host.send(from, x.to.socket_addr()).map(|d| {
                    let text = format!("received by {}", self.delivery(&d));
                    self.last_delivery = Some(d);
                    text
                });
                (call, r)
            }
            Step::Join(x) => {
                let call = format!("join {} {} on {}", x.id, x.group, x.iface);
                (call, self.host.join(self.id(&x.id), x.group, x.iface).map(|()| String::new()))
            }
            Step::Reserve(x) => {
                let call = format!("reserve {} {}", x.ports, x.kind);
                let detail = match x.kind {
                    PortKind::Excluded => {
                        for proto in [Proto::Tcp, Proto::Udp] {
                            self.host.exclude_ports(proto, Exclusion { range: x.ports, administered: true });
                        }
                        format!("tcp and udp ports {} are excluded: every bind to them fails with WSAEACCES", x.ports)
                    }
                    PortKind::Reserved => {
                        self.host.reserve_ports(x.ports);
                        format!(
                            "ports {} are in ReservedPorts: port 0 no longer picks them, explicit binds still succeed",
                            x.ports
                        )
                    }
                };
                (call, Ok(detail))
            }
        }
    }

    /// The checks beyond `expect`: values read back and who received.
    fn extra_checks(&mut self, step: &Step, got: Result<(), WsaError>) -> Vec<Check> {
        let mut checks = Vec::new();
        match step {
            Step::Getsockopt(GetsockoptStep { id, option, expect_value: Some(want), .. }) => {
                let got =
                    self.host.option(self.id(id), *option).map_or_else(|r| r.error().to_string(), |v| v.to_string());
                let expected = want.as_int().to_string();
                checks.push(Check { key: "expect_value", held: got == expected, expected, got });
            }
            Step::Connect(ConnectStep { expect_accepted_by, expect_undetermined, .. }) => {
                let receivers = self.last_delivery.take().map(|d| d.receivers);
                if let Some(want) = expect_accepted_by {
                    let got_text = match (&receivers, got) {
                        (Some(r), _) => self.receivers(r),
                        (None, Err(e)) => format!("refused ({e})"),
                        (None, Ok(())) => "nobody".to_owned(),
                    };
                    let held = match want {
                        None => got.is_err(),
                        Some(w) => receivers == Some(Receivers::One(self.id(w))),
                    };
                    let expected = want.clone().unwrap_or_else(|| "refused".to_owned());
                    checks.push(Check { key: "expect_accepted_by", expected, got: got_text, held });
                }
                if let Some(set) = expect_undetermined {
                    checks.push(self.receivers_check("expect_undetermined", set, true, receivers.as_ref()));
                }
            }
            Step::Send(SendStep { expect_receivers, expect_undetermined, .. }) => {
                let receivers = self.last_delivery.take().map(|d| d.receivers);
                for (key, want, undetermined) in
                    [("expect_receivers", expect_receivers, false), ("expect_undetermined", expect_undetermined, true)]
                {
                    if let Some(want) = want {
                        checks.push(self.receivers_check(key, want, undetermined, receivers.as_ref()));
                    }
                }
            }
            Step::Bind(BindStep { id, expect_port: Some(want), .. }) => {
                let got = self.host.get(self.id(id)).and_then(|s| s.local()).map(|e| e.port);
                checks.push(Check {
                    key: "expect_port",
                    expected: want.to_string(),
                    got: got.map_or_else(|| "unbound".to_owned(), |p| p.to_string()),
                    held: got == Some(*want),
                });
            }
            Step::Socket(_)
            | Step::Setsockopt(_)
            | Step::Getsockopt(GetsockoptStep { expect_value: None, .. })
            | Step::Bind(BindStep { expect_port: None, .. })
            | Step::Listen(_)
            | Step::Accept(_)
            | Step::Close(_)
            | Step::Shutdown(_)
            | Step::Abort(_)
            | Step::Join(_)
            | Step::Reserve(_) => {}
        }
        checks
    }
}

fn value_text(v: OptionValue) -> String {
    match v {
        OptionValue::Bool(b) => b.to_string(),
        OptionValue::Int(i) => i.to_string(),
        OptionValue::Linger(l) => format!("{{ onoff: {}, seconds: {} }}", l.onoff, l.seconds),
    }
}

fn transitions(r: Result<Vec<crate::host::Transition>, Refusal>) -> Result<String, Refusal> {
    r.map(|t| t.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
}
