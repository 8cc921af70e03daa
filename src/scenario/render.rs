//! A transcript as text and as JSON, made only at the edge: sockets named by the scenario's
//! names through the ids the Host returned, each answer with its rule and evidence.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::io;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::address::Address;
use super::check::{Check, CheckKey, Expected, Got, Reach, ReceiverSet, SystemError};
use super::step::{Op, Step};
use super::text::Escaped;
use super::transcript::{Name, Outcome, SocketNames, StepResult, Tally, Verdicts};
use super::{Checked, SocketRef};
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::host::Identity;
use crate::id::SocketId;
use crate::ports::PortKind;
use crate::rules::delivery::{Delivery, Receivers};
use crate::rules::route::{Route, Target};
use crate::rules::{Decision, Reason, Refusal};

use super::step::Expect;

/// Receiver sets larger than this are printed as their count and their first and last names.
const LISTED: usize = 8;

/// One step of a transcript as printed, for the Windows and the Linux views alike: its mark
/// (`pass`, `FAIL`, or blank without expectations), number, call, outcome word and detail, then
/// a line for each expectation that did not hold.
pub(super) struct StepLine<C, W> {
    pub(super) step: usize,
    pub(super) call: C,
    pub(super) word: W,
    /// Whether the step has expectations.
    pub(super) checked: bool,
}

impl<C: fmt::Display, W: fmt::Display> StepLine<C, W> {
    pub(super) fn write(
        &self,
        f: &mut dyn fmt::Write,
        detail: &str,
        failed: impl Iterator<Item = (CheckKey, String, String)>,
    ) -> fmt::Result {
        let mut failed = failed.peekable();
        let mark = match (self.checked, failed.peek().is_some()) {
            (_, true) => "FAIL",
            (false, false) => "    ",
            (true, false) => "pass",
        };
        write!(f, "{mark} {:>3} {} -> {}", self.step, self.call, self.word)?;
        if !detail.is_empty() {
            write!(f, ": {detail}")?;
        }
        writeln!(f)?;
        for (key, expected, got) in failed {
            writeln!(f, "           {} expected {expected}, got {got}", key.name())?;
        }
        Ok(())
    }
}

// ---- shared by both systems' views -----------------------------------------------------------

/// What both systems' views name things by: the scenario as written and the ids its sockets got.
#[derive(Clone, Copy)]
pub(super) struct Scene<'a> {
    pub(super) checked: &'a Checked,
    pub(super) names: &'a SocketNames,
}

impl<'a> Scene<'a> {
    pub(super) fn name(&self, id: SocketId) -> Name<'a> {
        self.names.name(self.checked, id)
    }

    pub(super) fn handle(&self, s: SocketRef) -> Escaped<'a> {
        Escaped(self.checked.name_of(s))
    }

    /// The call as written in the file.
    pub(super) fn call(&self, step: usize) -> Call<'a> {
        Call { checked: self.checked, step: &self.checked.scenario.steps[step - 1], ports: Some(&self.names.ports) }
    }

    /// A host's name, by its place in `hosts`.
    pub(super) fn host_name(&self, h: usize) -> Escaped<'a> {
        Escaped(self.checked.scenario.hosts.get(h).map_or("host", |x| x.name.as_str()))
    }

    /// `[a, b]`, or for a large set its count and first and last names.
    pub(super) fn list(&self, v: &[SocketId]) -> String {
        match v {
            [first, .., last] if v.len() > LISTED => {
                format!("{} sockets [{}, ..., {}]", v.len(), self.name(*first), self.name(*last))
            }
            _ => format!("[{}]", v.iter().map(|s| self.name(*s).to_string()).collect::<Vec<_>>().join(", ")),
        }
    }

    fn handles(&self, v: &[SocketRef]) -> String {
        match v {
            [first, .., last] if v.len() > LISTED => {
                format!("{} sockets [{}, ..., {}]", v.len(), self.handle(*first), self.handle(*last))
            }
            _ => format!("[{}]", v.iter().map(|s| self.handle(*s).to_string()).collect::<Vec<_>>().join(", ")),
        }
    }

    pub(super) fn expected(&self, e: &Expected) -> String {
        match e {
            Expected::Outcome(x) => x.to_string(),
            Expected::Value(v) => v.to_string(),
            Expected::Port(p) => p.to_string(),
            Expected::PortRange(r) => format!("a port of {r}"),
            Expected::Listener(Some(s)) => self.handle(*s).to_string(),
            Expected::Listener(None) => "refused".to_owned(),
            Expected::Sockets(v) => self.handles(v),
            Expected::Client(c) => c.to_string(),
            Expected::Host(h) => self.host_name(*h).to_string(),
            Expected::Connection(l) => format!("the connection of request `{}`", Escaped(l)),
        }
    }

    /// `198.51.100.10:49152 on lb`, or `203.0.113.1:50000 (remote peer)`.
    fn client(&self, i: &Identity) -> String {
        match i.client_host {
            Some(h) if !self.checked.scenario.hosts.is_empty() => {
                format!("{} on {}", i.client, self.host_name(h.index()))
            }
            Some(_) => i.client.to_string(),
            None => format!("{} (remote peer)", i.client),
        }
    }

    /// `198.51.100.10:49152 on lb -> 198.51.100.21:80 on srv1`.
    pub(super) fn identity(&self, i: &Identity) -> String {
        if self.checked.scenario.hosts.is_empty() {
            format!("{} -> {}", self.client(i), i.server)
        } else {
            format!("{} -> {} on {}", self.client(i), i.server, self.host_name(i.server_host.index()))
        }
    }

    /// `a`, `one of [a, b] (undetermined)`, `every one of [a, b]`, `nobody`.
    pub(super) fn receivers<R: ReceiverSet>(&self, r: &R) -> String {
        match r.reach() {
            (Reach::One, [s]) => self.name(*s).to_string(),
            (Reach::OneOf, v) => format!("one of {} ({})", self.list(v), R::ONE_OF.0),
            (Reach::Every, v) => format!("every one of {}", self.list(v)),
            (Reach::Nobody | Reach::One, _) => "nobody".to_owned(),
        }
    }

    /// What happened, for a check.
    pub(super) fn got<E: SystemError, R: ReceiverSet>(&self, g: &Got<E, R>) -> String {
        match g {
            Got::Outcome(Ok(())) => "ok".to_owned(),
            Got::Outcome(Err(e)) | Got::Value(Err(e)) => e.to_string(),
            Got::Value(Ok(v)) => v.to_string(),
            Got::Port(p) => p.map_or_else(|| "unbound".to_owned(), |p| p.to_string()),
            Got::Receivers(r) => self.receivers(r),
            Got::Failed(e) => format!("refused ({e})"),
            Got::Identity(Some(i)) => self.identity(i),
            Got::Identity(None) => "no connection".to_owned(),
        }
    }

    /// What a check got, as JSON.
    pub(super) fn got_json<E: SystemError, R: ReceiverSet>(&self, g: &Got<E, R>) -> serde_json::Value {
        use serde_json::Value;
        match g {
            Got::Outcome(Ok(())) => "ok".into(),
            Got::Outcome(Err(e)) | Got::Value(Err(e)) => e.name().into(),
            Got::Value(Ok(v)) => (*v).into(),
            Got::Port(p) => p.map_or(Value::Null, Value::from),
            Got::Receivers(r) => serde_json::to_value(ReceiversJson(*self, r)).unwrap_or(Value::Null),
            Got::Failed(e) => serde_json::json!({ "refused": e.name() }),
            Got::Identity(i) => i.map_or(Value::Null, |i| self.identity_json(&i)),
        }
    }

    /// A connection's identity as JSON, hosts by name.
    fn identity_json(&self, i: &Identity) -> serde_json::Value {
        serde_json::json!({
            "client_host": i.client_host.map(|h| self.host_name(h.index()).to_string()),
            "client": i.client.to_string(),
            "server_host": self.host_name(i.server_host.index()).to_string(),
            "server": i.server.to_string(),
        })
    }

    /// A check's expectation as JSON: numbers as numbers, sockets by name.
    pub(super) fn expected_json(&self, e: &Expected) -> serde_json::Value {
        use serde_json::Value;
        let handles = |v: &[SocketRef]| Value::from(v.iter().map(|s| self.checked.name_of(*s)).collect::<Vec<_>>());
        match e {
            Expected::Outcome(Expect::Ok) => "ok".into(),
            Expected::Outcome(Expect::AnyError) => "error".into(),
            Expected::Outcome(Expect::Error(e) | Expect::Word(e)) => e.name().into(),
            Expected::Outcome(Expect::Linux(e)) => e.name().into(),
            Expected::Value(v) => (*v).into(),
            Expected::Port(p) => (*p).into(),
            Expected::PortRange(r) => r.to_string().into(),
            Expected::Listener(l) => l.map_or(Value::Null, |s| self.checked.name_of(s).into()),
            Expected::Sockets(v) => handles(v),
            Expected::Client(c) => c.to_string().into(),
            Expected::Host(h) => self.host_name(*h).to_string().into(),
            Expected::Connection(l) => l.as_str().into(),
        }
    }
}

/// One system's view of its run: what the shared printing, streaming and JSON need of it.
pub(super) trait StepView {
    /// The system's step result.
    type Step: Verdicts;
    /// The names.
    fn scene(&self) -> Scene<'_>;
    /// The transcript's first lines: the scenario and the system it ran on.
    fn header(&self, f: &mut dyn fmt::Write) -> fmt::Result;
    /// The JSON entries that say which system ran: `era` and `behaviour`, or `os`.
    fn system<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error>;
    /// The outcome word of a step: `ok` or the error's name and number.
    fn word(&self, s: &Self::Step) -> String;
    /// What a step did and why, after the outcome word.
    fn detail(&self, s: &Self::Step) -> String;
    /// A step as JSON.
    fn step_json<S: Serializer>(&self, r: &Self::Step, s: S) -> Result<S::Ok, S::Error>;

    /// A step's line, and a line for each expectation that did not hold.
    fn step(&self, f: &mut dyn fmt::Write, s: &Self::Step) -> fmt::Result {
        let scene = self.scene();
        let checks = s.checks();
        let line = StepLine {
            step: s.number(),
            call: scene.call(s.number()),
            word: self.word(s),
            checked: !checks.is_empty(),
        };
        let failed = checks.iter().filter(|c| !c.held).map(|c| (c.key, scene.expected(&c.expected), scene.got(&c.got)));
        line.write(f, &self.detail(s), failed)
    }
}

/// A whole transcript as text: header, a line per step, the tally.
pub(super) fn write_run<V: StepView>(v: &V, steps: &[V::Step], f: &mut dyn fmt::Write) -> fmt::Result {
    v.header(f)?;
    for s in steps {
        v.step(f, s)?;
    }
    writeln!(f, "{}", Tally::of(steps))
}

/// The first expectation that failed: the step's call, what was expected and what happened.
pub(super) fn first_failure<V: StepView>(v: &V, steps: &[V::Step]) -> Option<String> {
    let scene = v.scene();
    steps.iter().find_map(|s| {
        s.checks().iter().find(|c| !c.held).map(|c| {
            format!("{}: {} instead of {}", scene.call(s.number()), scene.got(&c.got), scene.expected(&c.expected))
        })
    })
}

/// The steps of a transcript as a JSON list.
pub(super) struct Steps<'a, V: StepView>(pub(super) &'a V, pub(super) &'a [V::Step]);

impl<V: StepView> Serialize for Steps<'_, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.1.len()))?;
        for r in self.1 {
            seq.serialize_element(&StepJson(self.0, r))?;
        }
        seq.end()
    }
}

/// One step as JSON, as its system's view writes it.
pub(super) struct StepJson<'a, V: StepView>(pub(super) &'a V, pub(super) &'a V::Step);

impl<V: StepView> Serialize for StepJson<'_, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.step_json(self.1, s)
    }
}

// ---- text, at the edge ----------------------------------------------------------------------

/// What rendering needs: the scenario (its names as written) and the Host's ids of its sockets.
pub(super) struct View<'a> {
    pub(super) scene: Scene<'a>,
    pub(super) behaviour: Behaviour,
    pub(super) era: Era,
}

impl<'a> std::ops::Deref for View<'a> {
    type Target = Scene<'a>;
    fn deref(&self) -> &Scene<'a> {
        &self.scene
    }
}

impl StepView for View<'_> {
    type Step = StepResult;

    fn scene(&self) -> Scene<'_> {
        self.scene
    }

    fn header(&self, f: &mut dyn fmt::Write) -> fmt::Result {
        let era = self.era;
        writeln!(f, "scenario: {} ({era}, {} behaviour)", Escaped(&self.checked.scenario.name), self.behaviour)?;
        for h in &self.checked.scenario.hosts {
            let addresses: Vec<String> = h.addresses.iter().map(ToString::to_string).collect();
            let era = h.era.unwrap_or(era);
            writeln!(f, "host {} ({era}): {}", Escaped(&h.name), addresses.join(", "))?;
        }
        Ok(())
    }

    fn system<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("era", &self.era)?;
        m.serialize_entry("behaviour", &self.behaviour)
    }

    fn word(&self, s: &StepResult) -> String {
        Word(&s.result).to_string()
    }

    fn detail(&self, s: &StepResult) -> String {
        self.detail_of(&s.result)
    }

    fn step_json<S: Serializer>(&self, r: &StepResult, s: S) -> Result<S::Ok, S::Error> {
        let v = self;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("step", &r.step)?;
        m.serialize_entry("op", r.op)?;
        m.serialize_entry("call", &v.call(r.step).to_string())?;
        m.serialize_entry("outcome", &Word(&r.result).to_string())?;
        m.serialize_entry("error", &r.error().map(ErrorJson))?;
        if let Some(d) = r.decision() {
            m.serialize_entry("rule", d.reason.rule_id())?;
            m.serialize_entry("against", &d.against.map(|b| v.name(b.socket).to_string()))?;
            if let Some(alt) = d.alternative {
                m.serialize_entry(
                    "alternative",
                    &AlternativeJson {
                        behaviour: alt.behaviour,
                        outcome: alt.result.map_or_else(|e| e.name(), |()| "ok"),
                        rule: alt.reason.rule_id(),
                        evidence: alt.reason.evidence(),
                    },
                )?;
            }
        }
        if let Some(d) = r.result.as_ref().ok().and_then(Outcome::delivery) {
            m.serialize_entry("rule", d.rule.rule_id())?;
            m.serialize_entry("receivers", &ReceiversJson(v.scene, &d.receivers))?;
            if let Some((b, other)) = &d.alternative {
                m.serialize_entry(
                    "alternative",
                    &DeliveryAltJson { behaviour: *b, receivers: ReceiversJson(v.scene, other) },
                )?;
            }
        }
        if let Some(route) = r.result.as_ref().ok().and_then(Outcome::route) {
            let hosts: Vec<String> = match &route.target {
                Target::Local(h) | Target::Remote(h) => vec![v.host_name(*h).to_string()],
                Target::Undetermined(hs) => hs.iter().map(|h| v.host_name(*h).to_string()).collect(),
                Target::Unreachable => Vec::new(),
            };
            m.serialize_entry(
                "route",
                &serde_json::json!({
                    "rule": route.rule.rule_id(),
                    "evidence": route.evidence(),
                    "hosts": hosts,
                    "undetermined": matches!(route.target, Target::Undetermined(_)),
                }),
            )?;
        }
        match &r.result {
            Ok(Outcome::Routed(c)) => m.serialize_entry("identity", &v.identity_json(&c.identity))?,
            Ok(Outcome::Request(i)) => m.serialize_entry("identity", &v.identity_json(i))?,
            Ok(_) | Err(_) => {}
        }
        if let Ok(Outcome::Closed { held: true, .. }) = &r.result {
            m.serialize_entry("rule", Reason::HeldByActiveConnections.rule_id())?;
        }
        m.serialize_entry("evidence", &r.evidence())?;
        if let Some(value) = r.value() {
            m.serialize_entry("value", &value)?;
        }
        if let Ok(Outcome::Created(id)) = &r.result {
            m.serialize_entry("created", &id.0)?;
        }
        m.serialize_entry("detail", &v.detail_of(&r.result))?;
        m.serialize_entry("checks", &ChecksJson(v.scene, &r.checks))?;
        m.end()
    }
}

impl View<'_> {
    /// What happened and why: the rule and its evidence, the sockets named.
    pub(super) fn detail_of(&self, result: &Result<Outcome, Refusal>) -> String {
        match result {
            Err(r) => self.decision(r.decision()),
            Ok(Outcome::Created(id)) => format!("created {id}"),
            Ok(Outcome::Done) => String::new(),
            Ok(Outcome::Value(v)) => format!("value {v}"),
            Ok(Outcome::Bound(d)) => self.decision(d),
            Ok(Outcome::Connected(c)) => {
                let mut text = format!(
                    "accepted by {}; connection {} waits in {}'s backlog",
                    self.delivery(&c.delivery),
                    c.queued,
                    self.name(c.queued_on)
                );
                if let Some(mine) = c.conn {
                    let _ = write!(text, ", {mine} is the connecting end");
                }
                text
            }
            Ok(Outcome::Delivered(d)) => format!("received by {}", self.delivery(d)),
            Ok(Outcome::Aimed(local)) => {
                format!("UDP: the default destination is set; the socket keeps {local} (extrapolated)")
            }
            Ok(Outcome::Routed(c)) => {
                let mut text = format!("{}; accepted by {}", self.route(&c.route), self.delivery(&c.delivery));
                let _ = write!(
                    text,
                    "; connection {} waits in {}'s backlog on {}, from client {}",
                    c.connect.queued,
                    self.name(c.connect.queued_on),
                    self.host_name(c.server.index()),
                    self.client(&c.identity)
                );
                text
            }
            Ok(Outcome::RoutedDatagram(d)) => {
                format!("{}; received by {}", self.route(&d.route), self.delivery(&d.delivery))
            }
            Ok(Outcome::Request(i)) => format!("on the connection {}", self.identity(i)),
            Ok(Outcome::Closed { transitions, held }) => {
                let mut text = transitions.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
                if *held {
                    // An observed answer exists only from Windows 7 on (rules::lifetime::effective).
                    let era = self.era;
                    let observed = crate::rules::lifetime::effective(era, Behaviour::Observed) == Behaviour::Observed;
                    let note = match self.behaviour {
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
                    if !text.is_empty() {
                        text.push_str("; ");
                    }
                    text.push_str(note);
                }
                text
            }
            Ok(Outcome::Reserved(x)) => {
                let protos = x.protos().iter().map(ToString::to_string).collect::<Vec<_>>().join(" and ");
                match x.kind {
                    PortKind::Excluded => {
                        format!("{protos} ports {} are excluded: every bind to them fails with WSAEACCES", x.ports)
                    }
                    PortKind::Reserved => format!(
                        "ports {} are in ReservedPorts: port 0 no longer picks them, explicit binds still succeed",
                        x.ports
                    ),
                }
            }
        }
    }

    /// `by rule E3 under-exclusive-wildcard (documented): ...`, the socket collided with named
    /// from [`Decision::against`].
    fn decision(&self, d: &Decision) -> String {
        let mut text = format!(
            "by rule {} ({}): {}",
            d.reason,
            d.evidence(),
            sentence(d, &|id| format!("socket `{}`", self.name(id)))
        );
        if let Some(alt) = d.alternative {
            let result = match alt.result {
                Ok(()) => "success".to_owned(),
                Err(e) => e.to_string(),
            };
            let _ = write!(
                text,
                " [{} answer: {result} by rule {} ({})]",
                alt.behaviour,
                alt.reason,
                alt.reason.evidence()
            );
        }
        text
    }

    fn delivery(&self, d: &Delivery) -> String {
        let mut text = format!(
            "{} (rule {}, {}: {})",
            self.receivers(&d.receivers),
            d.rule.rule_id(),
            d.rule.evidence(),
            delivery_sentence(d)
        );
        if let Some((b, other)) = &d.alternative {
            let _ = write!(text, " [{b} answer: {}]", self.receivers(other));
        }
        text
    }

    /// `routed to srv2 by rule N2 only-host (extrapolated): ...`.
    fn route(&self, r: &Route) -> String {
        let hosts = |v: &[usize]| v.iter().map(|h| self.host_name(*h).to_string()).collect::<Vec<_>>().join(", ");
        let target = match &r.target {
            Target::Local(h) => format!("stays on {}", self.host_name(*h)),
            Target::Remote(h) => format!("routed to {}", self.host_name(*h)),
            Target::Undetermined(v) => format!(
                "routed to one of [{}] (undetermined; the model goes on with {})",
                hosts(v),
                r.chosen().map_or_else(String::new, |h| self.host_name(h).to_string())
            ),
            Target::Unreachable => "reaches no host".to_owned(),
        };
        format!("{target} by rule {} ({}: {})", r.rule, r.evidence(), route_sentence(r))
    }
}

/// `ok` or the error, as the transcript prints a step's outcome.
struct Word<'a>(&'a Result<Outcome, Refusal>);

impl fmt::Display for Word<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Ok(_) => f.write_str("ok"),
            Err(r) => r.error().fmt(f),
        }
    }
}

/// A step's call as text: `bind evil 10.0.0.1:5150`.
pub(super) struct Call<'a> {
    pub(super) checked: &'a Checked,
    pub(super) step: &'a Step,
    /// The ports a run saved, shown beside their names; `None` outside a run.
    pub(super) ports: Option<&'a BTreeMap<String, u16>>,
}

/// An address as written, and the port a run saved for its `$NAME`: `127.0.0.1:$p (32768)`.
struct Shown<'a>(&'a Address, Option<&'a BTreeMap<String, u16>>);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)?;
        match self.0.saved().and_then(|name| self.1?.get(name)) {
            Some(port) => write!(f, " ({port})"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Call<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.call(f)?;
        match self.step.op.save_port() {
            Some(name) => match self.ports.and_then(|p| p.get(name)) {
                Some(port) => write!(f, " save_port {} ({port})", Escaped(name)),
                None => write!(f, " save_port {}", Escaped(name)),
            },
            None => Ok(()),
        }
    }
}

impl Call<'_> {
    fn call(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peer = |id: &Option<String>| id.as_deref().map_or("(remote peer)".to_owned(), |i| Escaped(i).to_string());
        let shown = |a| Shown(a, self.ports);
        match &self.step.op {
            Op::Socket(x) => {
                let users = &self.checked.scenario.users;
                let user = x.user.as_deref().or_else(|| users.first().map(|u| u.name.as_str())).unwrap_or("user");
                match &x.host {
                    Some(h) => write!(
                        f,
                        "socket {} {} {} ({} on {})",
                        Escaped(&x.id),
                        x.family,
                        x.proto,
                        Escaped(user),
                        Escaped(h)
                    ),
                    None => write!(f, "socket {} {} {} ({})", Escaped(&x.id), x.family, x.proto, Escaped(user)),
                }
            }
            Op::Setsockopt(x) => write!(f, "setsockopt {} {} {}", Escaped(&x.id), x.option, x.value),
            Op::Getsockopt(x) => write!(f, "getsockopt {} {}", Escaped(&x.id), x.option),
            Op::Bind(x) => write!(f, "bind {} {}", Escaped(&x.id), shown(&x.addr)),
            Op::Listen(x) => write!(f, "listen {}", Escaped(&x.id)),
            Op::Connect(x) => match (&x.id, &x.from) {
                (Some(id), Some(h)) => write!(f, "connect {} on {} -> {}", Escaped(id), Escaped(h), shown(&x.to)),
                (None, Some(h)) => write!(f, "connect (a new socket on {}) -> {}", Escaped(h), shown(&x.to)),
                (_, None) => write!(f, "connect {} -> {}", peer(&x.id), shown(&x.to)),
            },
            Op::Accept(x) => write!(f, "accept {} as {}", Escaped(&x.id), Escaped(&x.as_id)),
            Op::Close(x) => write!(f, "close {}", Escaped(&x.id)),
            Op::Shutdown(x) => write!(f, "shutdown {}", Escaped(&x.id)),
            Op::Abort(x) => write!(f, "abort {}", Escaped(&x.id)),
            Op::Send(x) => match (&x.id, &x.from) {
                (Some(id), Some(h)) => write!(f, "send {} on {} -> {}", Escaped(id), Escaped(h), shown(&x.to)),
                (None, Some(h)) => write!(f, "send (a program on {}) -> {}", Escaped(h), shown(&x.to)),
                (_, None) => write!(f, "send {} -> {}", peer(&x.id), shown(&x.to)),
            },
            Op::Join(x) => write!(f, "join {} {} on {}", Escaped(&x.id), x.group, x.iface),
            Op::Reserve(x) => match x.proto {
                Some(p) => write!(f, "reserve {} {} {p}", x.ports, x.kind),
                None => write!(f, "reserve {} {}", x.ports, x.kind),
            },
            Op::Request(x) => match &x.label {
                Some(l) => write!(f, "request {} on {}", Escaped(l), Escaped(&x.id)),
                None => write!(f, "request on {}", Escaped(&x.id)),
            },
        }
    }
}

/// A decision's sentence with sockets named by `name`. In tests it can be replaced, to show that
/// nothing but the printed text depends on a rule's wording.
fn sentence(d: &Decision, name: &dyn Fn(SocketId) -> String) -> String {
    #[cfg(test)]
    if let Some(replaced) = tests::RENAMED.with(|r| r.get()) {
        return replaced.to_owned();
    }
    d.sentence_naming(name)
}

/// A routing rule's sentence (replaceable in tests, as [`sentence`]).
fn route_sentence(r: &Route) -> &'static str {
    #[cfg(test)]
    if let Some(replaced) = tests::RENAMED.with(|r| r.get()) {
        return replaced;
    }
    r.rule.sentence()
}

/// A delivery rule's sentence (replaceable in tests, as [`sentence`]).
fn delivery_sentence(d: &Delivery) -> &'static str {
    #[cfg(test)]
    if let Some(replaced) = tests::RENAMED.with(|r| r.get()) {
        return replaced;
    }
    d.rule.sentence()
}

// ---- JSON, at the edge ----------------------------------------------------------------------

struct ErrorJson(WsaError);

impl Serialize for ErrorJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("name", self.0.name())?;
        m.serialize_entry("code", &self.0.code())?;
        m.end()
    }
}

#[derive(Serialize)]
struct AlternativeJson {
    behaviour: Behaviour,
    outcome: &'static str,
    rule: &'static str,
    evidence: Evidence,
}

#[derive(Serialize)]
struct DeliveryAltJson<'a> {
    behaviour: Behaviour,
    receivers: ReceiversJson<'a, Receivers>,
}

/// Who received, as JSON: `{"kind": "one", "count": 1, "sockets": ["a"]}`.
pub(super) struct ReceiversJson<'a, R>(pub(super) Scene<'a>, pub(super) &'a R);

impl<R: ReceiverSet> Serialize for ReceiversJson<'_, R> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (reach, ids) = self.1.reach();
        let kind = match reach {
            Reach::Nobody => "nobody",
            Reach::One => "one",
            Reach::OneOf => R::ONE_OF.1,
            Reach::Every => "every",
        };
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("kind", kind)?;
        m.serialize_entry("count", &ids.len())?;
        m.serialize_entry("sockets", &Names(self.0, ids))?;
        m.end()
    }
}

struct Names<'a>(Scene<'a>, &'a [SocketId]);

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|id| self.0.name(*id).to_string()))
    }
}

/// A step's checks as JSON.
pub(super) struct ChecksJson<'a, G>(pub(super) Scene<'a>, pub(super) &'a [Check<G>]);

impl<E: SystemError, R: ReceiverSet> Serialize for ChecksJson<'_, Got<E, R>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        let mut seq = s.serialize_seq(Some(self.1.len()))?;
        for c in self.1 {
            seq.serialize_element(&CheckJson {
                key: c.key,
                expected: v.expected_json(&c.expected),
                got: v.got_json(&c.got),
                held: c.held,
            })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct CheckJson {
    key: CheckKey,
    expected: serde_json::Value,
    got: serde_json::Value,
    held: bool,
}

/// `fmt::Write` onto an `io::Write`, keeping the first I/O error.
pub(super) struct IoFmt<'a> {
    pub(super) out: &'a mut dyn io::Write,
    pub(super) error: Option<io::Error>,
}

impl fmt::Write for IoFmt<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.out.write_all(s.as_bytes()).map_err(|e| {
            self.error.get_or_insert(e);
            fmt::Error
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use std::cell::Cell;

    use crate::scenario::{self, Checked};

    thread_local! {
        /// When set, every rule sentence the runner prints is this text.
        pub(in crate::scenario) static RENAMED: Cell<Option<&'static str>> = const { Cell::new(None) };
    }

    fn examples() -> Vec<Checked> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let files = scenario::expand(&[dir]).expect("examples/");
        files.iter().map(|f| scenario::from_path(f).expect("a valid example")).collect()
    }

    /// The JSON of a run without its sentences (`detail`).
    fn typed_json(c: &Checked) -> serde_json::Value {
        let mut v = serde_json::to_value(c.run()).expect("serialize");
        for step in v["steps"].as_array_mut().expect("steps") {
            step.as_object_mut().expect("a step").remove("detail");
        }
        v
    }

    #[test]
    fn renaming_every_rule_sentence_changes_only_the_printed_sentences() {
        let examples = examples();
        let before: Vec<_> = examples.iter().map(|c| (c.run(), typed_json(c), c.run().to_string())).collect();
        RENAMED.with(|r| r.set(Some("RENAMED SENTENCE")));
        for (c, (run, json, text)) in examples.iter().zip(&before) {
            let renamed = c.run();
            assert!(renamed.passed(), "{renamed}");
            assert_eq!(&renamed, run, "typed results do not depend on sentences");
            assert_eq!(&typed_json(c), json, "the JSON but `detail` does not depend on sentences");
            let printed = renamed.to_string();
            assert!(printed == *text || printed.contains("RENAMED SENTENCE"), "{printed}");
        }
        RENAMED.with(|r| r.set(None));
    }
}
