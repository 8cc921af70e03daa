//! Running a checked scenario on a [`Host`], and the transcript of what happened.
//!
//! Results are typed: each step keeps the Host's answer (`Result<Outcome, Refusal>`, with the
//! rule, the socket collided with and the evidence) and each expectation its typed values. Text
//! is made only when a transcript is printed, naming sockets through the handles the Host
//! returned; nothing here reads a rule's sentence. [`Checked::run_text`] and
//! [`Checked::run_json`] write each step as it runs, so a long scenario never sits in memory.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::io;
use std::net::SocketAddr;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::check::{Check, CheckKey, Expected, Got};
use super::transcript::{Name, Outcome, Run, SocketNames, StepLine, StepResult, Tally, Transcript};
use super::step::{ConnectStep, GetsockoptStep, Op, RequestStep, SendStep, Step};
use super::text::Escaped;
use super::{Checked, SocketRef, UserRef};
use crate::endpoint::Family;
use crate::endpoint::Proto;
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::host::{Host, HostRef, Identity, Linger, Network};
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::os::Os;
use crate::ports::{Exclusion, PortKind};
use crate::rules::delivery::{Delivery, Receivers};
use crate::rules::options::Privilege;
use crate::rules::route::{Route, Target};
use crate::rules::{Decision, Reason, Refusal};

use super::step::{Expect, OptionValue};

/// Receiver sets larger than this are printed as their count and their first and last names.
const LISTED: usize = 8;

struct Runner {
    /// The machines: one, or the scenario's `hosts`.
    net: Network,
    /// Whether the scenario lists `hosts`: connections and datagrams are routed.
    routed: bool,
    users: Vec<UserId>,
    names: SocketNames,
    /// The host of each socket, by handle.
    socket_hosts: Vec<HostRef>,
    /// The host each step names, by step.
    step_hosts: Vec<Option<HostRef>>,
    /// The identity of each labelled request.
    labels: BTreeMap<String, Identity>,
}

impl Checked {
    /// The call of step `n` (1-based) as written, e.g. `bind evil 10.0.0.1:5150`; `op` when
    /// there is no such step.
    pub(super) fn call_text(&self, n: usize, op: &str) -> String {
        match self.scenario.steps.get(n.wrapping_sub(1)) {
            Some(s) => Call { checked: self, step: s }.to_string(),
            None => op.to_owned(),
        }
    }

    /// Runs the scenario on a fresh machine of its operating system (a [`Host`] in its era, or
    /// a [`LinuxHost`](crate::LinuxHost)) and returns what every step did.
    pub fn run(&self) -> Run {
        self.run_on(self.os)
    }

    /// Runs the scenario on a fresh machine of `os`, whatever the scenario names: a Windows
    /// scenario replayed on Linux (or the reverse) to see where the two differ. Expectations
    /// written for the other system are read through [`linux_counterpart`](super::linux_counterpart);
    /// `reserve` steps do nothing on Linux.
    ///
    /// This is the one place that chooses the machine by the operating system.
    pub fn run_on(&self, os: Os) -> Run {
        match os {
            Os::Windows(era) => Run::Windows(self.run_windows(era)),
            Os::Linux(policy) => Run::Linux(super::linux::run(self, policy)),
        }
    }

    /// Runs on a Windows [`Host`] of `era`.
    pub(crate) fn run_windows(&self, era: Era) -> Transcript {
        let mut runner = Runner::new(self, era);
        let steps = self.steps.iter().enumerate().map(|(i, s)| runner.step(i + 1, s)).collect();
        Transcript {
            name: self.scenario.name.clone(),
            era,
            behaviour: runner.behaviour(),
            steps,
            checked: self.clone(),
            names: runner.names,
        }
    }

    /// Runs the scenario and writes its transcript as text to `out`, one line per step as the
    /// step runs; nothing of the run is kept but the tally.
    ///
    /// ```
    /// let s = winsock_bind::scenario::from_str(r#"{"name": "t", "era": "win11",
    ///     "steps": [{"op": "socket", "id": "a", "family": "v4", "expect": "ok"}]}"#,
    ///     winsock_bind::scenario::Format::Json)?;
    /// let mut out = Vec::new();
    /// assert!(s.run_text(&mut out)?.passed());
    /// assert!(String::from_utf8(out).unwrap().starts_with("scenario: t (win11, observed behaviour)"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// The writer's.
    pub fn run_text(&self, out: &mut dyn io::Write) -> io::Result<Tally> {
        let era = match self.os {
            Os::Windows(era) => era,
            Os::Linux(policy) => return super::linux::run_text(self, policy, out),
        };
        let mut runner = Runner::new(self, era);
        let mut tally = Tally::default();
        let mut w = IoFmt { out, error: None };
        let behaviour = runner.behaviour();
        let run = (|| {
            View { checked: self, names: &runner.names, behaviour, era }.header(&mut w, era)?;
            for (i, s) in self.steps.iter().enumerate() {
                let r = runner.step(i + 1, s);
                tally.add(&r);
                View { checked: self, names: &runner.names, behaviour, era }.step(&mut w, &r)?;
            }
            View { checked: self, names: &runner.names, behaviour, era }.footer(&mut w, &tally)
        })();
        match (run, w.error) {
            (Ok(()), _) => Ok(tally),
            (Err(_), Some(e)) => Err(e),
            (Err(_), None) => Err(io::Error::other("formatting failed")),
        }
    }

    /// Runs the scenario and writes its transcript as one JSON object to `out`, each step as it
    /// runs (the shape of [`Transcript`]'s `Serialize`).
    ///
    /// # Errors
    /// The writer's.
    pub fn run_json(&self, out: &mut dyn io::Write) -> io::Result<Tally> {
        let era = match self.os {
            Os::Windows(era) => era,
            Os::Linux(policy) => return super::linux::run_json(self, policy, out),
        };
        let mut runner = Runner::new(self, era);
        let behaviour = runner.behaviour();
        let mut tally = Tally::default();
        write!(out, "{{\"name\":")?;
        serde_json::to_writer(&mut *out, &self.scenario.name)?;
        write!(out, ",\"era\":")?;
        serde_json::to_writer(&mut *out, &era)?;
        write!(out, ",\"behaviour\":")?;
        serde_json::to_writer(&mut *out, &behaviour)?;
        write!(out, ",\"steps\":[")?;
        for (i, s) in self.steps.iter().enumerate() {
            let r = runner.step(i + 1, s);
            tally.add(&r);
            if i > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(
                &mut *out,
                &StepJson(&View { checked: self, names: &runner.names, behaviour, era }, &r),
            )?;
        }
        write!(
            out,
            "],\"passed\":{},\"held\":{},\"expectations\":{}}}",
            tally.passed(),
            tally.held,
            tally.expectations
        )?;
        Ok(tally)
    }
}

impl Runner {
    fn new(checked: &Checked, era: Era) -> Self {
        let s = &checked.scenario;
        let routed = !s.hosts.is_empty();
        let machines: Vec<(String, Era)> = if routed {
            s.hosts.iter().map(|h| (h.name.clone(), h.era.unwrap_or(era))).collect()
        } else {
            vec![("host".to_owned(), era)]
        };
        let mut net = Network::new(machines).expect("checked: host names are unique");
        let all: Vec<HostRef> = net.hosts().collect();
        let mut users = Vec::new();
        for (i, &h) in all.iter().enumerate() {
            let host = net.host_mut(h);
            if let Some(b) = s.behaviour {
                host.set_behaviour(b);
            }
            let addresses = if routed { &s.hosts[i].addresses } else { &s.host.addresses };
            for a in addresses {
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
            // Every host has the scenario's accounts; they get the same ids on each.
            users = s.users.iter().map(|u| host.add_user(&u.name, Privilege::from(u.admin))).collect();
        }
        let at = |i: usize| net.at(i).expect("checked: a host of the scenario");
        let socket_hosts = checked.socket_hosts.iter().map(|&i| at(i)).collect();
        let step_hosts = checked.step_hosts.iter().map(|h| h.map(at)).collect();
        let names = SocketNames { ids: vec![None; checked.sockets.len()], handles: BTreeMap::new() };
        Self { net, routed, users, names, socket_hosts, step_hosts, labels: BTreeMap::new() }
    }

    /// The behaviour the run answers with (every host has the scenario's).
    fn behaviour(&self) -> Behaviour {
        self.net.hosts().next().map_or(Behaviour::Observed, |h| self.net.host(h).behaviour())
    }

    /// The host of a socket.
    fn host(&mut self, s: SocketRef) -> &mut Host {
        let h = self.socket_hosts[s.0];
        self.net.host_mut(h)
    }

    /// The one host of a scenario without `hosts`.
    fn only(&mut self) -> &mut Host {
        let h = self.net.hosts().next().expect("a network has a host");
        self.net.host_mut(h)
    }

    /// The Host socket of a handle; a socket whose `socket` step failed was never created, so
    /// using it fails as using an invalid handle does on Windows.
    fn id(&self, s: SocketRef) -> Result<SocketId, Refusal> {
        self.names.ids[s.0].ok_or_else(|| Refusal::new(WsaError::NotSock, Reason::NotASocket))
    }

    fn created(&mut self, s: SocketRef, id: SocketId) -> Outcome {
        self.names.ids[s.0] = Some(id);
        self.names.handles.insert(id, s);
        Outcome::Created(id)
    }

    fn user(&self, u: UserRef) -> UserId {
        self.users[u.0]
    }

    fn step(&mut self, n: usize, step: &Step<SocketRef, UserRef>) -> StepResult {
        let result = self.call(n, &step.op);
        let mut checks = Vec::new();
        let got = result.as_ref().map(|_| ()).map_err(Refusal::error);
        if let Some(want) = step.expect {
            checks.push(Check {
                key: CheckKey::Expect,
                expected: Expected::Outcome(want),
                got: Got::Outcome(got),
                held: want.holds(got),
            });
        }
        self.extra_checks(&step.op, &result, &mut checks);
        StepResult { step: n, op: step.op.name(), result, checks }
    }

    /// Performs the call.
    fn call(&mut self, n: usize, op: &Op<SocketRef, UserRef>) -> Result<Outcome, Refusal> {
        match op {
            Op::Socket(x) => {
                let user = self.user(x.user);
                let id = self.host(x.id).socket(x.family, x.proto, user)?;
                Ok(self.created(x.id, id))
            }
            Op::Setsockopt(x) => {
                let id = self.id(x.id)?;
                match (x.option, x.value) {
                    (SocketOption::Linger, OptionValue::Linger(l)) => {
                        self.host(x.id).set_linger(id, Linger { onoff: l.onoff, seconds: l.seconds })?;
                    }
                    (_, v) => self.host(x.id).set_option(id, x.option, v.as_int())?,
                }
                Ok(Outcome::Done)
            }
            Op::Getsockopt(x) => {
                let id = self.id(x.id)?;
                Ok(Outcome::Value(self.host(x.id).option(id, x.option)?))
            }
            Op::Bind(x) => {
                let id = self.id(x.id)?;
                Ok(Outcome::Bound(self.host(x.id).bind(id, x.addr)?))
            }
            Op::Listen(x) => {
                let id = self.id(x.id)?;
                self.host(x.id).listen(id)?;
                Ok(Outcome::Done)
            }
            Op::Connect(x) if self.routed => self.routed_connect(n, x),
            Op::Connect(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                Ok(Outcome::Connected(self.only().connect(from, x.to.socket_addr())?))
            }
            Op::Accept(x) => {
                let listener = self.id(x.id)?;
                let id = self.host(x.id).accept(listener)?;
                Ok(self.created(x.as_id, id))
            }
            Op::Close(x) => {
                let id = self.id(x.id)?;
                let transitions = self.net.close(self.socket_hosts[x.id.0], id)?;
                Ok(Outcome::Closed { transitions, held: self.host(x.id).holds_port_after_close(id) })
            }
            Op::Shutdown(x) => {
                let id = self.id(x.id)?;
                Ok(Outcome::Closed { transitions: self.net.shutdown(self.socket_hosts[x.id.0], id)?, held: false })
            }
            Op::Abort(x) => {
                let id = self.id(x.id)?;
                let transitions = self.net.abort(self.socket_hosts[x.id.0], id)?;
                Ok(Outcome::Closed { transitions, held: self.host(x.id).holds_port_after_close(id) })
            }
            Op::Send(x) if self.routed => {
                let socket = x.id.map(|s| self.id(s)).transpose()?;
                let from = x.id.map(|s| self.socket_hosts[s.0]).or(self.step_hosts[n - 1]);
                Ok(Outcome::RoutedDatagram(self.net.send(from, socket, x.to.socket_addr())?))
            }
            Op::Send(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                Ok(Outcome::Delivered(self.only().send(from, x.to.socket_addr())?))
            }
            Op::Join(x) => {
                let id = self.id(x.id)?;
                self.host(x.id).join(id, x.group, x.iface)?;
                Ok(Outcome::Done)
            }
            Op::Reserve(x) => {
                // A reservation is the machine's: in a network, every host's.
                let hosts: Vec<HostRef> = self.net.hosts().collect();
                for h in hosts {
                    let host = self.net.host_mut(h);
                    match x.kind {
                        PortKind::Excluded => {
                            for proto in x.protos() {
                                // As the system takes a range (Hyper-V, WinNAT): a bind inside it
                                // fails. An administered exclusion refuses no explicit bind.
                                host.exclude_ports(*proto, Exclusion { range: x.ports, administered: false });
                            }
                        }
                        PortKind::Reserved => host.reserve_ports(x.ports),
                    }
                }
                Ok(Outcome::Reserved(*x))
            }
            Op::Request(x) => {
                let id = self.id(x.id)?;
                let identity = self.net.identity(self.socket_hosts[x.id.0], id)?;
                if let Some(l) = &x.label {
                    self.labels.insert(l.clone(), identity);
                }
                Ok(Outcome::Request(identity))
            }
        }
    }

    /// A `connect` of a scenario with `hosts`: from a socket, from a new socket of the `from`
    /// host (a client program), or from an anonymous peer outside every host.
    fn routed_connect(&mut self, n: usize, x: &ConnectStep<SocketRef>) -> Result<Outcome, Refusal> {
        let to = x.to.socket_addr();
        let connected = match (x.id, self.step_hosts[n - 1]) {
            (Some(s), _) => {
                let id = self.id(s)?;
                self.net.connect(self.socket_hosts[s.0], id, to)?
            }
            (None, Some(h)) => {
                let family = if to.is_ipv4() { Family::V4 } else { Family::V6 };
                let user = self.users.first().copied().expect("a scenario has a user");
                let id = self.net.host_mut(h).socket(family, Proto::Tcp, user)?;
                self.net.connect(h, id, to)?
            }
            (None, None) => self.net.connect_from_outside(to)?,
        };
        Ok(Outcome::Routed(Box::new(connected)))
    }

    /// The identity of a step's connection, for `expect_client`.
    fn identity(&self, result: &Result<Outcome, Refusal>) -> Option<Identity> {
        match result.as_ref().ok()? {
            Outcome::Routed(c) => Some(c.identity),
            Outcome::Request(i) => Some(*i),
            Outcome::Connected(c) => {
                let h = self.net.hosts().next()?;
                self.net.identity_of(h, c.conn.unwrap_or(c.queued))
            }
            Outcome::Created(_)
            | Outcome::Done
            | Outcome::Value(_)
            | Outcome::Bound(_)
            | Outcome::Delivered(_)
            | Outcome::Closed { .. }
            | Outcome::Reserved(_)
            | Outcome::RoutedDatagram(_) => None,
        }
    }

    /// Whether the receivers are the expected set: every receiver (`undetermined` false) or the
    /// set one of which receives (`undetermined` true).
    fn same_set(&self, want: &[SocketRef], undetermined: bool, got: &Receivers) -> bool {
        let got: &[SocketId] = match (got, undetermined) {
            (Receivers::One(s), false) => std::slice::from_ref(s),
            (Receivers::Every(v), false) | (Receivers::Undetermined(v), true) => v,
            (Receivers::Nobody, false) => &[],
            (Receivers::One(_) | Receivers::Every(_) | Receivers::Nobody, true)
            | (Receivers::Undetermined(_), false) => return false,
        };
        if got.len() != want.len() {
            return false;
        }
        let mut want: Vec<Option<SocketId>> = want.iter().map(|w| self.names.ids[w.0]).collect();
        let mut got: Vec<Option<SocketId>> = got.iter().copied().map(Some).collect();
        want.sort_unstable();
        got.sort_unstable();
        want == got
    }

    /// The checks beyond `expect`: values read back and who received.
    fn extra_checks(&self, op: &Op<SocketRef, UserRef>, result: &Result<Outcome, Refusal>, checks: &mut Vec<Check>) {
        let delivered = || match result {
            Ok(o) => Got::Receivers(o.delivery().map_or(Receivers::Nobody, |d| d.receivers.clone())),
            Err(r) => Got::Failed(r.error()),
        };
        match op {
            Op::Getsockopt(GetsockoptStep { id, option, expect_value: Some(want) }) => {
                let got = self
                    .id(*id)
                    .and_then(|s| self.net.host(self.socket_hosts[id.0]).option(s, *option))
                    .map_err(|r| r.error());
                let want = want.as_int();
                checks.push(Check {
                    key: CheckKey::ExpectValue,
                    expected: Expected::Value(want),
                    held: got == Ok(want),
                    got: Got::Value(got),
                });
            }
            Op::Connect(ConnectStep { expect_accepted_by, expect_undetermined, expect_client, .. }) => {
                if let Some(want) = expect_client {
                    checks.push(self.client_check(*want, result));
                }
                if let Some(want) = expect_accepted_by {
                    let got = delivered();
                    let held = match (want, &got) {
                        (None, Got::Failed(_)) => true,
                        (Some(w), Got::Receivers(Receivers::One(s))) => self.names.ids[w.0] == Some(*s),
                        (None | Some(_), Got::Receivers(_) | Got::Failed(_))
                        | (_, Got::Outcome(_) | Got::Value(_) | Got::Port(_) | Got::Identity(_)) => false,
                    };
                    checks.push(Check {
                        key: CheckKey::ExpectAcceptedBy,
                        expected: Expected::Listener(*want),
                        got,
                        held,
                    });
                }
                if let Some(want) = expect_undetermined {
                    checks.push(self.set_check(CheckKey::ExpectUndetermined, want, true, delivered()));
                }
            }
            Op::Send(SendStep { expect_receivers, expect_undetermined, .. }) => {
                if let Some(want) = expect_receivers {
                    checks.push(self.set_check(CheckKey::ExpectReceivers, want, false, delivered()));
                }
                if let Some(want) = expect_undetermined {
                    checks.push(self.set_check(CheckKey::ExpectUndetermined, want, true, delivered()));
                }
            }
            Op::Bind(x) => {
                if let Some(want) = x.expect_port {
                    let host = self.net.host(self.socket_hosts[x.id.0]);
                    let got = self.id(x.id).ok().and_then(|id| host.get(id)).and_then(|s| s.local()).map(|e| e.port);
                    checks.push(Check {
                        key: CheckKey::ExpectPort,
                        expected: Expected::Port(want),
                        got: Got::Port(got),
                        held: got == Some(want),
                    });
                }
            }
            Op::Request(RequestStep {
                expect_client,
                expect_server_host,
                expect_same_connection_as,
                expect_other_connection_than,
                ..
            }) => {
                let identity = self.identity(result);
                if let Some(want) = expect_client {
                    checks.push(self.client_check(*want, result));
                }
                if let Some(want) = expect_server_host {
                    let h = self.net.find(want);
                    let held = h.is_some() && identity.map(|i| i.server_host) == h;
                    let at = h.map_or(0, HostRef::index);
                    checks.push(Check {
                        key: CheckKey::ExpectServerHost,
                        expected: Expected::Host(at),
                        got: Got::Identity(identity),
                        held,
                    });
                }
                for (key, label, same) in [
                    (CheckKey::ExpectSameConnectionAs, expect_same_connection_as, true),
                    (CheckKey::ExpectOtherConnectionThan, expect_other_connection_than, false),
                ] {
                    if let Some(l) = label {
                        let earlier = self.labels.get(l);
                        let held = match (identity, earlier) {
                            (Some(now), Some(then)) => (now == *then) == same,
                            (Some(_) | None, None) | (None, Some(_)) => false,
                        };
                        checks.push(Check {
                            key,
                            expected: Expected::Connection(l.clone()),
                            got: Got::Identity(identity),
                            held,
                        });
                    }
                }
            }
            Op::Socket(_)
            | Op::Setsockopt(_)
            | Op::Getsockopt(GetsockoptStep { expect_value: None, .. })
            | Op::Listen(_)
            | Op::Accept(_)
            | Op::Close(_)
            | Op::Shutdown(_)
            | Op::Abort(_)
            | Op::Join(_)
            | Op::Reserve(_) => {}
        }
    }

    fn client_check(&self, want: SocketAddr, result: &Result<Outcome, Refusal>) -> Check {
        let identity = self.identity(result);
        Check {
            key: CheckKey::ExpectClient,
            expected: Expected::Client(want),
            held: identity.is_some_and(|i| i.client == want),
            got: Got::Identity(identity),
        }
    }

    fn set_check(&self, key: CheckKey, want: &[SocketRef], undetermined: bool, got: Got) -> Check {
        let held = match &got {
            Got::Receivers(r) => self.same_set(want, undetermined, r),
            Got::Failed(_) | Got::Outcome(_) | Got::Value(_) | Got::Port(_) | Got::Identity(_) => false,
        };
        Check { key, expected: Expected::Sockets(want.to_vec()), got, held }
    }
}

// ---- text, at the edge ----------------------------------------------------------------------

/// What rendering needs: the scenario (its names as written) and the Host's ids of its sockets.
pub(super) struct View<'a> {
    pub(super) checked: &'a Checked,
    pub(super) names: &'a SocketNames,
    pub(super) behaviour: Behaviour,
    pub(super) era: Era,
}

impl View<'_> {
    fn name(&self, id: SocketId) -> Name<'_> {
        self.names.name(self.checked, id)
    }

    fn handle(&self, s: SocketRef) -> Escaped<'_> {
        Escaped(self.checked.name_of(s))
    }

    pub(super) fn header(&self, f: &mut dyn fmt::Write, era: Era) -> fmt::Result {
        writeln!(f, "scenario: {} ({era}, {} behaviour)", Escaped(&self.checked.scenario.name), self.behaviour)?;
        for h in &self.checked.scenario.hosts {
            let addresses: Vec<String> = h.addresses.iter().map(ToString::to_string).collect();
            let era = h.era.unwrap_or(era);
            writeln!(f, "host {} ({era}): {}", Escaped(&h.name), addresses.join(", "))?;
        }
        Ok(())
    }

    pub(super) fn footer(&self, f: &mut dyn fmt::Write, t: &Tally) -> fmt::Result {
        writeln!(f, "{t}")
    }

    pub(super) fn step(&self, f: &mut dyn fmt::Write, s: &StepResult) -> fmt::Result {
        let line =
            StepLine { step: s.step, call: self.call(s.step), word: Word(&s.result), checked: !s.checks.is_empty() };
        let failed = s.checks.iter().filter(|c| !c.held).map(|c| (c.key, self.expected(&c.expected), self.got(&c.got)));
        line.write(f, &self.detail(&s.result), failed)
    }

    /// The call as written in the file.
    pub(super) fn call(&self, step: usize) -> Call<'_> {
        Call { checked: self.checked, step: &self.checked.scenario.steps[step - 1] }
    }

    /// What happened and why: the rule and its evidence, the sockets named.
    pub(super) fn detail(&self, result: &Result<Outcome, Refusal>) -> String {
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

    /// A host's name, by its place in `hosts`.
    fn host_name(&self, h: usize) -> Escaped<'_> {
        Escaped(self.checked.scenario.hosts.get(h).map_or("host", |x| x.name.as_str()))
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
    fn identity(&self, i: &Identity) -> String {
        if self.checked.scenario.hosts.is_empty() {
            format!("{} -> {}", self.client(i), i.server)
        } else {
            format!("{} -> {} on {}", self.client(i), i.server, self.host_name(i.server_host.index()))
        }
    }

    fn receivers(&self, r: &Receivers) -> String {
        match r {
            Receivers::One(s) => self.name(*s).to_string(),
            Receivers::Undetermined(v) => format!("one of {} (undetermined)", self.list(v)),
            Receivers::Every(v) => format!("every one of {}", self.list(v)),
            Receivers::Nobody => "nobody".to_owned(),
        }
    }

    /// `[a, b]`, or for a large set its count and first and last names.
    fn list(&self, v: &[SocketId]) -> String {
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
            Expected::Listener(Some(s)) => self.handle(*s).to_string(),
            Expected::Listener(None) => "refused".to_owned(),
            Expected::Sockets(v) => self.handles(v),
            Expected::Client(c) => c.to_string(),
            Expected::Host(h) => self.host_name(*h).to_string(),
            Expected::Connection(l) => format!("the connection of request `{}`", Escaped(l)),
        }
    }

    pub(super) fn got(&self, g: &Got) -> String {
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

    /// A check's expectation as JSON: numbers as numbers, sockets by name.
    fn expected_json(&self, e: &Expected) -> serde_json::Value {
        use serde_json::Value;
        let handles = |v: &[SocketRef]| Value::from(v.iter().map(|s| self.checked.name_of(*s)).collect::<Vec<_>>());
        match e {
            Expected::Outcome(Expect::Ok) => "ok".into(),
            Expected::Outcome(Expect::AnyError) => "error".into(),
            Expected::Outcome(Expect::Error(e) | Expect::Word(e)) => e.name().into(),
            Expected::Outcome(Expect::Linux(e)) => e.name().into(),
            Expected::Value(v) => (*v).into(),
            Expected::Port(p) => (*p).into(),
            Expected::Listener(l) => l.map_or(Value::Null, |s| self.checked.name_of(s).into()),
            Expected::Sockets(v) => handles(v),
            Expected::Client(c) => c.to_string().into(),
            Expected::Host(h) => self.host_name(*h).to_string().into(),
            Expected::Connection(l) => l.as_str().into(),
        }
    }

    /// What a check got, as JSON.
    fn got_json(&self, g: &Got) -> serde_json::Value {
        use serde_json::Value;
        match g {
            Got::Outcome(Ok(())) => "ok".into(),
            Got::Outcome(Err(e)) | Got::Value(Err(e)) => e.name().into(),
            Got::Value(Ok(v)) => (*v).into(),
            Got::Port(p) => p.map_or(Value::Null, Value::from),
            Got::Receivers(r) => serde_json::to_value(ReceiversJson(self, r)).unwrap_or(Value::Null),
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
}

impl fmt::Display for Call<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peer = |id: &Option<String>| id.as_deref().map_or("(remote peer)".to_owned(), |i| Escaped(i).to_string());
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
            Op::Bind(x) => write!(f, "bind {} {}", Escaped(&x.id), x.addr),
            Op::Listen(x) => write!(f, "listen {}", Escaped(&x.id)),
            Op::Connect(x) => match (&x.id, &x.from) {
                (Some(id), Some(h)) => write!(f, "connect {} on {} -> {}", Escaped(id), Escaped(h), x.to),
                (None, Some(h)) => write!(f, "connect (a new socket on {}) -> {}", Escaped(h), x.to),
                (_, None) => write!(f, "connect {} -> {}", peer(&x.id), x.to),
            },
            Op::Accept(x) => write!(f, "accept {} as {}", Escaped(&x.id), Escaped(&x.as_id)),
            Op::Close(x) => write!(f, "close {}", Escaped(&x.id)),
            Op::Shutdown(x) => write!(f, "shutdown {}", Escaped(&x.id)),
            Op::Abort(x) => write!(f, "abort {}", Escaped(&x.id)),
            Op::Send(x) => match (&x.id, &x.from) {
                (Some(id), Some(h)) => write!(f, "send {} on {} -> {}", Escaped(id), Escaped(h), x.to),
                (None, Some(h)) => write!(f, "send (a program on {}) -> {}", Escaped(h), x.to),
                (_, None) => write!(f, "send {} -> {}", peer(&x.id), x.to),
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

/// A step result as JSON: typed fields (numbers as numbers, sockets by name) and the text.
pub(super) struct StepJson<'a>(pub(super) &'a View<'a>, pub(super) &'a StepResult);

impl Serialize for StepJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (v, r) = (self.0, self.1);
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
            m.serialize_entry("receivers", &ReceiversJson(v, &d.receivers))?;
            if let Some((b, other)) = &d.alternative {
                m.serialize_entry(
                    "alternative",
                    &DeliveryAltJson { behaviour: *b, receivers: ReceiversJson(v, other) },
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
        m.serialize_entry("detail", &v.detail(&r.result))?;
        m.serialize_entry("checks", &ChecksJson(v, &r.checks))?;
        m.end()
    }
}

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
    receivers: ReceiversJson<'a>,
}

struct ReceiversJson<'a>(&'a View<'a>, &'a Receivers);

impl Serialize for ReceiversJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (kind, ids): (&str, &[SocketId]) = match self.1 {
            Receivers::One(id) => ("one", std::slice::from_ref(id)),
            Receivers::Undetermined(v) => ("undetermined", v),
            Receivers::Every(v) => ("every", v),
            Receivers::Nobody => ("nobody", &[]),
        };
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("kind", kind)?;
        m.serialize_entry("count", &ids.len())?;
        m.serialize_entry("sockets", &Names(self.0, ids))?;
        m.end()
    }
}

struct Names<'a>(&'a View<'a>, &'a [SocketId]);

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|id| match self.0.names.handles.get(id) {
            Some(h) => self.0.checked.name_of(*h).to_owned(),
            None => id.to_string(),
        }))
    }
}

struct ChecksJson<'a>(&'a View<'a>, &'a [Check]);

impl Serialize for ChecksJson<'_> {
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
