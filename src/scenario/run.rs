//! Running a checked scenario on a [`Host`], and the transcript of what happened.
//!
//! Results are typed: each step keeps the Host's answer (`Result<Outcome, Refusal>`, with the
//! rule, the socket collided with and the evidence) and each expectation its typed values. Text
//! is made only when a transcript is printed, naming sockets through the handles the Host
//! returned; nothing here reads a rule's sentence. [`Checked::run_text`] and
//! [`Checked::run_json`] write each step as it runs, so a long scenario never sits in memory.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;
use std::net::SocketAddr;

use super::check::{common_checks, delivered, Check, CheckKey, Expected, Got};
use super::render::{Call, IoFmt, Scene, StepJson, StepView, View};
use super::step::{ConnectStep, Op, RequestStep, Step};
use super::transcript::{Outcome, Run, SocketNames, StepResult, Tally, Transcript, Verdicts};
use super::{Checked, SocketRef, UserRef};
use crate::endpoint::Family;
use crate::endpoint::Proto;
use crate::era::{Behaviour, Era};
use crate::host::{Host, HostRef, Identity, Linger, Network, Windows};
use crate::id::{SocketId, UserId};
use crate::options::SocketOption;
use crate::os::Os;
use crate::ports::{Exclusion, PortKind};
use crate::rules::options::Privilege;
use crate::rules::Refusal;

use super::step::OptionValue;

struct Runner {
    /// The machines: one, or the scenario's `hosts`.
    net: Network,
    /// The era of a host `hosts` gives none.
    era: Era,
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
            Some(s) => Call { checked: self, step: s, ports: None }.to_string(),
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
        match self.os {
            Os::Windows(era) => stream_text(self, Runner::new(self, era), out),
            Os::Linux(policy) => stream_text(self, super::linux::Runner::new(self, policy), out),
        }
    }

    /// Runs the scenario and writes its transcript as one JSON object to `out`, each step as it
    /// runs (the shape of [`Transcript`]'s `Serialize`).
    ///
    /// # Errors
    /// The writer's.
    pub fn run_json(&self, out: &mut dyn io::Write) -> io::Result<Tally> {
        match self.os {
            Os::Windows(era) => stream_json(self, Runner::new(self, era), out),
            Os::Linux(policy) => stream_json(self, super::linux::Runner::new(self, policy), out),
        }
    }
}

/// One system's runner, as the streaming writers drive it: each step run, then shown.
pub(super) trait Stepper {
    /// The system's step result.
    type Step: Verdicts;
    /// The system's view of the run so far.
    type View<'a>: StepView<Step = Self::Step>
    where
        Self: 'a;
    /// Runs step `n` (1-based).
    fn step(&mut self, n: usize, step: &Step<SocketRef, UserRef>) -> Self::Step;
    /// The names of the run so far, to show a step.
    fn view<'a>(&'a self, checked: &'a Checked) -> Self::View<'a>;
    /// The JSON entries after `name` that say which system ran: `"era":...,"behaviour":...`, or
    /// `"os":...`, each with its leading comma.
    fn system_json(&self, out: &mut dyn io::Write) -> io::Result<()>;
}

/// [`Checked::run_text`] on either system: one line per step as it runs.
pub(super) fn stream_text<R: Stepper>(checked: &Checked, mut runner: R, out: &mut dyn io::Write) -> io::Result<Tally> {
    let mut tally = Tally::default();
    let mut w = IoFmt { out, error: None };
    let run = (|| {
        runner.view(checked).header(&mut w)?;
        for (i, s) in checked.steps.iter().enumerate() {
            let r = runner.step(i + 1, s);
            tally.add(&r);
            runner.view(checked).step(&mut w, &r)?;
        }
        writeln!(w, "{tally}")
    })();
    match (run, w.error) {
        (Ok(()), _) => Ok(tally),
        (Err(_), Some(e)) => Err(e),
        (Err(_), None) => Err(io::Error::other("formatting failed")),
    }
}

/// [`Checked::run_json`] on either system: one JSON object, each step written as it runs.
fn stream_json<R: Stepper>(checked: &Checked, mut runner: R, out: &mut dyn io::Write) -> io::Result<Tally> {
    let mut tally = Tally::default();
    write!(out, "{{\"name\":")?;
    serde_json::to_writer(&mut *out, &checked.scenario.name)?;
    runner.system_json(out)?;
    write!(out, ",\"steps\":[")?;
    for (i, s) in checked.steps.iter().enumerate() {
        let r = runner.step(i + 1, s);
        tally.add(&r);
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, &StepJson(&runner.view(checked), &r))?;
    }
    write!(out, "],\"passed\":{},\"held\":{},\"expectations\":{}}}", tally.passed(), tally.held, tally.expectations)?;
    Ok(tally)
}

impl Stepper for Runner {
    type Step = StepResult;
    type View<'a> = View<'a>;

    fn step(&mut self, n: usize, step: &Step<SocketRef, UserRef>) -> StepResult {
        let result = self.call(n, &step.op);
        // A socket's host: socket ids are unique across the hosts of a network.
        let net = &self.net;
        self.names
            .save(&step.op, |id| net.hosts().find_map(|h| net.host(h).get(id)).and_then(|s| s.local()).map(|e| e.port));
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

    fn view<'a>(&'a self, checked: &'a Checked) -> View<'a> {
        View { scene: Scene { checked, names: &self.names }, behaviour: self.behaviour(), era: self.era }
    }

    fn system_json(&self, out: &mut dyn io::Write) -> io::Result<()> {
        write!(out, ",\"era\":")?;
        serde_json::to_writer(&mut *out, &self.era)?;
        write!(out, ",\"behaviour\":")?;
        serde_json::to_writer(&mut *out, &self.behaviour())?;
        Ok(())
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
        let names = SocketNames::new(checked);
        Self { net, era, routed, users, names, socket_hosts, step_hosts, labels: BTreeMap::new() }
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
        self.names.id::<Windows>(s)
    }

    fn created(&mut self, s: SocketRef, id: SocketId) -> Outcome {
        self.names.created(s, id);
        Outcome::Created(id)
    }

    fn user(&self, u: UserRef) -> UserId {
        self.users[u.0]
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
                let addr = self.names.endpoint(&x.addr);
                Ok(Outcome::Bound(self.host(x.id).bind(id, addr)?))
            }
            Op::Listen(x) => {
                let id = self.id(x.id)?;
                self.host(x.id).listen(id)?;
                Ok(Outcome::Done)
            }
            Op::Connect(x) if self.routed => self.routed_connect(n, x),
            Op::Connect(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                let to = self.names.endpoint(&x.to).socket_addr();
                let host = self.only();
                match from.and_then(|id| host.get(id).map(|s| (id, s.proto()))) {
                    Some((id, Proto::Udp)) => Ok(Outcome::Aimed(host.connect_datagram(id, to)?)),
                    Some((_, Proto::Tcp)) | None => Ok(Outcome::Connected(host.connect(from, to)?)),
                }
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
                let to = self.names.endpoint(&x.to).socket_addr();
                Ok(Outcome::RoutedDatagram(self.net.send(from, socket, to)?))
            }
            Op::Send(x) => {
                let from = x.id.map(|s| self.id(s)).transpose()?;
                let to = self.names.endpoint(&x.to).socket_addr();
                Ok(Outcome::Delivered(self.only().send(from, to)?))
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
        let to = self.names.endpoint(&x.to).socket_addr();
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
            | Outcome::Aimed(_)
            | Outcome::RoutedDatagram(_) => None,
        }
    }

    /// The checks beyond `expect`: values read back and who received.
    fn extra_checks(&self, op: &Op<SocketRef, UserRef>, result: &Result<Outcome, Refusal>, checks: &mut Vec<Check>) {
        let delivered =
            || delivered(result.as_ref().map(|o| o.delivery().map(|d| &d.receivers)).map_err(Refusal::error));
        // `expect_client` first: a connect's checks come in the order of its keys.
        if let Op::Connect(ConnectStep { expect_client: Some(want), .. }) = op {
            checks.push(self.client_check(*want, result));
        }
        let value = |id: SocketRef, option| {
            self.id(id).and_then(|s| self.net.host(self.socket_hosts[id.0]).option(s, option)).map_err(|r| r.error())
        };
        let port = |id: SocketRef| {
            let host = self.net.host(self.socket_hosts[id.0]);
            self.id(id).ok().and_then(|s| host.get(s)).and_then(|s| s.local()).map(|e| e.port)
        };
        common_checks(op, &self.names, delivered, value, port, checks);
        match op {
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
            | Op::Getsockopt(_)
            | Op::Bind(_)
            | Op::Listen(_)
            | Op::Connect(_)
            | Op::Accept(_)
            | Op::Close(_)
            | Op::Shutdown(_)
            | Op::Abort(_)
            | Op::Send(_)
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
}
