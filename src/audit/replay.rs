//! Proof by replay: the attack the search found is run again on a fresh Host, recorded as a
//! scenario with an expectation on every step, and that scenario is run by the scenario runner.
//! A finding is reported only when every expectation holds.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use serde::Serialize;

use super::search::{self, Action, Ctx, Hit, Node, Recorder};
use super::{Attacker, OtherAnswer, Start, Threat};
use crate::endpoint::{Endpoint, Proto};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::id::SocketId;
use crate::rules::delivery::{Delivery, DeliveryRule, Receivers};
use crate::rules::Refusal;
use crate::scenario::{ConnectStep, Expect, HostSpec, Op, Scenario, SendStep, Step, UserSpec};

/// Who makes a call in an attack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Actor {
    /// The audited server.
    Server,
    /// The attacker's program on the machine.
    Attacker,
    /// A client connecting from outside.
    Client,
}

impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Server => "server",
            Self::Attacker => "attacker",
            Self::Client => "client",
        })
    }
}

/// One line of an attack: who, which call, and what it did (with the rule that decided).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttackStep {
    /// Who calls.
    pub actor: Actor,
    /// The call, e.g. `bind 10.0.0.1:80`; a server event is one line (`starts: ...`).
    pub call: String,
    /// `ok`, or the error, with the rule: `WSAEACCES (10013) by rule E5 under-foreign-wildcard`.
    pub outcome: String,
    /// Which of the attacker's calls this is (1, 2 ...); `None` for the server's events and the
    /// final probes showing who receives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u8>,
}

/// A recorder that keeps the first failed call: why a configuration cannot start.
#[derive(Debug, Default)]
pub(crate) struct FirstFailure(Option<(String, Refusal)>);

impl FirstFailure {
    pub(crate) fn into_parts(self) -> Option<(String, Refusal)> {
        self.0
    }
}

impl Recorder for FirstFailure {
    const ON: bool = true;
    fn call(&mut self, _: Actor, step: Op, result: Result<Option<String>, Refusal>) {
        if let (None, Err(r)) = (&self.0, result) {
            self.0 = Some((call_text(&step), r));
        }
    }
    fn name(&mut self, _: SocketId, _: &str) {}
}

/// The recorder of a replay: scenario steps with their expectations, and the attack's lines.
#[derive(Debug)]
struct Script {
    steps: Vec<Step>,
    lines: Vec<AttackStep>,
    names: BTreeMap<SocketId, String>,
    /// The rule that allowed the attacker's bind.
    attacker_bind: Option<String>,
    /// The socket each line is about (parallel to `lines`).
    ids: Vec<String>,
    /// Name the socket in server lines (several server sockets).
    several: bool,
    /// The weakest evidence of the answers so far.
    evidence: Evidence,
}

impl Recorder for Script {
    const ON: bool = true;
    fn call(&mut self, actor: Actor, step: Op, result: Result<Option<String>, Refusal>) {
        let outcome = match &result {
            Ok(None) => "ok".to_owned(),
            Ok(Some(note)) if note.starts_with("by rule") => format!("ok {note}"),
            Ok(Some(note)) => note.clone(),
            Err(r) => format!("{} by rule {}", r.error(), r.reason()),
        };
        if let (Actor::Attacker, Op::Bind(_), Ok(note)) = (actor, &step, &result) {
            self.attacker_bind = note.clone();
        }
        self.ids.push(step_id(&step).to_owned());
        self.lines.push(AttackStep { actor, call: call_text(&step), outcome, number: None });
        let expect = match result {
            Ok(_) => Expect::Ok,
            Err(r) => Expect::Error(r.error()),
        };
        self.steps.push(with_expect(step, expect));
    }
    fn evidence(&mut self, evidence: Evidence) {
        self.evidence = self.evidence.max(evidence);
    }
    fn name(&mut self, id: SocketId, name: &str) {
        self.names.insert(id, name.to_owned());
    }
}

impl Script {
    /// Folds the lines of a server event (start, stop) into one line.
    fn fold(&mut self, from: usize, what: &str) {
        if self.lines.len() <= from {
            return;
        }
        let folded: Vec<AttackStep> = self.lines.drain(from..).collect();
        let ids: Vec<String> = self.ids.drain(from..).collect();
        let outcome = folded.last().map(|l| l.outcome.clone()).unwrap_or_default();
        // One group per socket: `server1: socket v4 tcp, bind 0.0.0.0:80, listen; server2: ...`.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for (line, id) in folded.into_iter().zip(ids) {
            match groups.last_mut() {
                Some((last, calls)) if *last == id => calls.push(line.call),
                Some(_) | None => groups.push((id, vec![line.call])),
            }
        }
        let groups: Vec<String> = groups
            .into_iter()
            .map(|(id, calls)| if self.several { format!("{id}: {}", calls.join(", ")) } else { calls.join(", ") })
            .collect();
        let call = format!("{what}: {}", groups.join("; "));
        self.ids.push(String::new());
        self.lines.push(AttackStep { actor: Actor::Server, call, outcome, number: None });
    }

    fn named(&self, r: &Receivers) -> String {
        let name = |id: &SocketId| self.names.get(id).cloned().unwrap_or_else(|| id.to_string());
        let list = |v: &[SocketId]| v.iter().map(name).collect::<Vec<_>>().join(", ");
        match r {
            Receivers::One(id) => name(id),
            Receivers::Undetermined(v) => format!("one of [{}] (undetermined)", list(v)),
            Receivers::Every(v) => format!("every one of [{}]", list(v)),
            Receivers::Nobody => "nobody".to_owned(),
        }
    }

    fn names_of(&self, v: &[SocketId]) -> Vec<String> {
        v.iter().map(|id| self.names.get(id).cloned().unwrap_or_else(|| id.to_string())).collect()
    }
}

/// The id a step acts on.
fn step_id(step: &Op) -> &str {
    step.socket().map_or("", String::as_str)
}

/// A call in a few words, without the socket's name.
fn call_text(step: &Op) -> String {
    step.brief().to_string()
}

fn with_expect(op: Op, expect: Expect) -> Step {
    Step { op, expect: Some(expect) }
}

/// A finding's evidence: the replayed attack and its scenario, which passed.
#[derive(Debug)]
pub(crate) struct Proof {
    pub(crate) summary: String,
    pub(crate) destinations: Vec<SocketAddr>,
    pub(crate) error: Option<WsaError>,
    pub(crate) calls: u8,
    pub(crate) attack: Vec<AttackStep>,
    pub(crate) scenario: Scenario,
    /// The weakest evidence among the answers the attack uses.
    pub(crate) evidence: Evidence,
    /// Whether the attack takes `[::1]:P` from a server on `127.0.0.1:P` (localhost squatting).
    pub(crate) alias: bool,
    /// The search's moves.
    pub(crate) path: Vec<Action>,
}

/// Replays `hit` for `attacker` on a fresh Host, records it as a scenario with an expectation on
/// every step plus probes showing who receives, and runs that scenario. `None` if the threat
/// does not hold on replay or the scenario does not pass.
pub(crate) fn prove(ctx: &Ctx<'_>, attacker: Attacker, hit: &Hit) -> Option<Proof> {
    let mut script = Script {
        steps: Vec::new(),
        lines: Vec::new(),
        names: BTreeMap::new(),
        attacker_bind: None,
        ids: Vec::new(),
        several: ctx.target.sockets.len() > 1,
        evidence: Evidence::Documented,
    };
    let mut node = ctx.root(&mut script);
    script.fold(0, "starts");
    let mut counted = 0;
    for &action in &hit.path {
        let from = script.lines.len();
        if !search::apply(ctx, attacker, &mut node, action, &mut script) {
            return None;
        }
        node.calls += action.calls();
        node.path.push(action);
        match action {
            Action::Start if node.starts > 1 => script.fold(from, "restarts"),
            Action::Start => script.fold(from, "starts"),
            Action::Stop => script.fold(from, "stops"),
            Action::Plan(_) | Action::Listen | Action::Connect(_) => {
                for line in script.lines[from..].iter_mut().filter(|l| l.actor != Actor::Server) {
                    counted += 1;
                    line.number = Some(counted);
                }
            }
        }
    }
    let replayed =
        search::evaluate(ctx, &node).into_iter().find(|h| h.threat == hit.threat && h.socket == hit.socket)?;
    let alias = replayed.dests.iter().any(|i| ctx.dests.get(*i).is_some_and(|d| d.alias));
    let mut destinations = Vec::new();
    let mut shared = false;
    for &i in &replayed.dests {
        let to = ctx.dests.get(i)?.to;
        destinations.push(to);
        shared |= probe(ctx, &mut node, &mut script, to);
    }
    let error = replayed.refusal.map(|(_, r)| r.error());
    let summary = summary(ctx, attacker, &node, &replayed, &script, shared);
    let scenario = scenario(ctx, attacker, hit.threat, script.steps, &summary);
    if !scenario.check().is_ok_and(|c| c.run().passed()) {
        return None;
    }
    Some(Proof {
        summary,
        destinations,
        error,
        calls: node.calls,
        attack: script.lines,
        scenario,
        evidence: script.evidence,
        alias,
        path: hit.path.clone(),
    })
}

/// A client connects (TCP) or sends a datagram (UDP) to `to`, expecting what the Host says now;
/// returns whether the receiver is undetermined among several.
fn probe(ctx: &Ctx<'_>, node: &mut Node, script: &mut Script, to: SocketAddr) -> bool {
    let delivery: Delivery = node.host.delivery(ctx.target.proto, to);
    script.evidence(delivery.rule.evidence());
    let (one, several) = match &delivery.receivers {
        Receivers::One(id) => (Some(script.names_of(&[*id]).remove(0)), None),
        Receivers::Undetermined(v) | Receivers::Every(v) => (None, Some(script.names_of(v))),
        Receivers::Nobody => (None, None),
    };
    let endpoint = Endpoint::new(to.ip(), to.port());
    let (step, result) = match ctx.target.proto {
        Proto::Tcp => {
            let step = Op::Connect(ConnectStep {
                id: None,
                from: None,
                to: endpoint.into(),
                save_port: None,
                expect_client: None,
                expect_accepted_by: one.map(Some),
                expect_undetermined: several,
            });
            (step, node.host.connect(None, to).map(|_| ()))
        }
        Proto::Udp => {
            let step = Op::Send(SendStep {
                id: None,
                from: None,
                to: endpoint.into(),
                save_port: None,
                expect_receivers: one.map(|o| vec![o]),
                expect_undetermined: several,
            });
            (step, node.host.send(None, to).map(|_| ()))
        }
    };
    let verb = match ctx.target.proto {
        Proto::Tcp => "accepted by",
        Proto::Udp => "received by",
    };
    let mut note = format!("{verb} {} by rule {}", script.named(&delivery.receivers), delivery.rule.rule_id());
    if let Some((b, other)) = &delivery.alternative {
        note += &format!(" [{b} answer: {}]", script.named(other));
    }
    script.call(Actor::Client, step, result.map(|()| None));
    if let Some(last) = script.lines.last_mut() {
        last.outcome = note;
    }
    matches!(delivery.rule, DeliveryRule::Undetermined)
}

/// The scenario: the machine, the accounts involved, and every step with its expectation.
fn scenario(ctx: &Ctx<'_>, attacker: Attacker, threat: Threat, steps: Vec<Step>, summary: &str) -> Scenario {
    let t = ctx.target;
    let mut users = vec![UserSpec { name: t.account.name.clone(), admin: t.account.admin, uid: None }];
    match attacker {
        Attacker::OtherAccount => users.push(UserSpec { name: "attacker".to_owned(), admin: false, uid: None }),
        Attacker::Administrator => users.push(UserSpec { name: "administrator".to_owned(), admin: true, uid: None }),
        Attacker::RemoteClient | Attacker::SameAccount => {}
    }
    let addresses = ctx.addresses().into_iter().filter(|ip| !ip.is_loopback()).collect();
    let servers: Vec<String> = t.sockets.iter().map(|s| s.endpoint.to_string()).collect();
    Scenario {
        name: format!("audit: {threat} of {} {} on {} by {}", t.proto, servers.join(" and "), t.era, attacker.label()),
        description: Some(summary.to_owned()),
        era: Some(t.era),
        os: None,
        behaviour: Some(ctx.behaviour),
        host: HostSpec { addresses, ..HostSpec::default() },
        hosts: Vec::new(),
        users,
        steps,
    }
}

/// A finding's attack under the other behaviour (`ctx`): its scenario run there, and the
/// evidence of the answers the same moves get there (so that "the same answer" is said only
/// with what it rests on).
pub(crate) fn other_answer(ctx: &Ctx<'_>, f: &super::Finding) -> OtherAnswer {
    let other = Scenario { behaviour: Some(ctx.behaviour), ..f.scenario.clone() };
    let (holds, answer) = match other.check() {
        Ok(checked) => {
            let t = checked.run();
            (t.passed(), t.first_failure())
        }
        Err(e) => (false, Some(e.to_string())),
    };
    let evidence = holds.then(|| replay_evidence(ctx, f.attacker, &f.path, &f.destinations)).flatten();
    OtherAnswer { behaviour: ctx.behaviour, holds, answer, evidence }
}

/// The weakest evidence of the answers `path` gets on `ctx`'s machine, with the probes of
/// `destinations`; `None` if a move fails there.
fn replay_evidence(
    ctx: &Ctx<'_>,
    attacker: Attacker,
    path: &[Action],
    destinations: &[SocketAddr],
) -> Option<Evidence> {
    #[derive(Default)]
    struct Weakest(Option<Evidence>);
    impl Recorder for Weakest {
        const ON: bool = true;
        fn call(&mut self, _: Actor, _: Op, _: Result<Option<String>, Refusal>) {}
        fn name(&mut self, _: SocketId, _: &str) {}
        fn evidence(&mut self, e: Evidence) {
            self.0 = Some(self.0.map_or(e, |w| w.max(e)));
        }
    }
    let mut rec = Weakest::default();
    let mut node = ctx.root(&mut rec);
    for &action in path {
        if !search::apply(ctx, attacker, &mut node, action, &mut rec) {
            return None;
        }
        node.path.push(action);
    }
    for to in destinations {
        rec.evidence(node.host.delivery(ctx.target.proto, *to).rule.evidence());
    }
    Some(rec.0.unwrap_or(Evidence::Documented))
}

/// The finding in one paragraph.
fn summary(ctx: &Ctx<'_>, attacker: Attacker, node: &Node, hit: &Hit, script: &Script, shared: bool) -> String {
    let t = ctx.target;
    let who = match attacker {
        Attacker::RemoteClient => "Any client that can connect (no account on this machine is needed)".to_owned(),
        Attacker::OtherAccount => "A program running as another account".to_owned(),
        Attacker::SameAccount => format!("Another program running as the server's own account `{}`", t.account.name),
        Attacker::Administrator => "A program running as an administrator".to_owned(),
    };
    let restarted = node.starts > 1;
    let late_first = t.start == Start::Late && hit.path.iter().position(|a| *a == Action::Start) > Some(0);
    let when = if restarted {
        " once the server restarts"
    } else if late_first {
        " by binding before the server starts"
    } else {
        ""
    };
    let traffic = match t.proto {
        Proto::Tcp => "connections",
        Proto::Udp => "datagrams",
    };
    let attacker_ep = node.attacker.map(|a| a.endpoint);
    let plan = hit.path.iter().find_map(|a| match a {
        Action::Plan(p) => Some(*p),
        Action::Listen | Action::Connect(_) | Action::Start | Action::Stop => None,
    });
    let attacker_desc = plan.map_or_else(String::new, |p| {
        short(&super::ServerSocket { endpoint: p.endpoint, mode: p.mode, v6only: !p.dual })
    });
    let allowed = script.attacker_bind.as_deref().map_or_else(String::new, |r| format!(" (allowed {r})"));
    let dests: Vec<String> = hit.dests.iter().filter_map(|i| ctx.dests.get(*i)).map(|d| d.to.to_string()).collect();
    let dests = and_list(&dests);
    let server_of = |i: usize| t.sockets.get(i).map(short).unwrap_or_default();
    let first_server =
        hit.dests.first().and_then(|i| ctx.dests.get(*i)).map(|d| server_of(d.socket)).unwrap_or_default();
    match hit.threat {
        Threat::Steal => {
            let how = if shared {
                "the port is then shared, and which socket receives is undetermined (rule R4)"
            } else if restarted {
                "of the sockets listening on one address, the one listening longest gets new connections (rule R3), and the attacker's now predates the server's"
            } else {
                "the attacker's socket is the one that receives (see the last steps)"
            };
            let share = if shared { "some" } else { "all" };
            let server = hit.dests.first().and_then(|i| ctx.dests.get(*i)).map(|d| t.sockets[d.socket].endpoint);
            let whose = match (attacker_ep, server) {
                (Some(a), Some(s)) if a.overlap(&s) == crate::endpoint::Overlap::Covers => {
                    format!(", the wildcard over the server's {s}")
                }
                _ => ", the server's own address".to_owned(),
            };
            format!(
                "{who} can bind {attacker_desc}{allowed}{whose}, and receive {share} of the {traffic} to {dests}{when}: {how}."
            )
        }
        Threat::Shadow if hit.dests.iter().any(|i| ctx.dests.get(*i).is_some_and(|d| d.alias)) => format!(
            "{who} can bind {attacker_desc}{allowed} and receive the {traffic} to {dests}{when}: clients that resolve `localhost` try ::1 first (Windows does), and the server, on {first_server}, does not serve ::1, so they reach the attacker instead."
        ),
        Threat::Shadow => {
            let v4_under_dual = t.sockets.iter().any(super::ServerSocket::dual_stack)
                && attacker_ep.is_some_and(|e| e.addr.stack().0 == crate::endpoint::Family::V4);
            if shared {
                // Before enhanced security a hijack beneath a wildcard leaves the receiver
                // undetermined ("Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE", after Table 2): the attacker gets some, not all.
                return format!(
                    "{who} can bind {attacker_desc}{allowed} beneath the server's {first_server} and receive some of the {traffic} to {dests}{when}: the two sockets then share the address, and which one receives is undetermined (rule R4)."
                );
            }
            let why = if v4_under_dual {
                "an IPv4 binding beats a dual-stack socket's IPv4 half"
            } else {
                "a more specific binding beats a wildcard"
            };
            format!(
                "{who} can bind {attacker_desc}{allowed} beneath the server's {first_server} and receive the {traffic} to {dests}{when}: {why} (rule R2), whichever socket bound first."
            )
        }
        Threat::Block => {
            let (socket, refusal) = hit.refusal.map_or((0, None), |(s, r)| (s, Some(r)));
            let at = if restarted { "when it restarts" } else { "when it starts" };
            let why = refusal.map_or_else(String::new, |r| format!("{} by rule {}", r.error(), r.reason()));
            format!(
                "{who} can make the server's bind of {} fail {at}: the attacker binds {attacker_desc} first{allowed}, and the server's bind then fails with {why}. The server stays down while the attacker holds the port.",
                server_of(socket)
            )
        }
        Threat::Linger => {
            let (socket, refusal) = hit.refusal.map_or((0, None), |(s, r)| (s, Some(r)));
            let why = refusal.map_or_else(String::new, |r| format!("{} by rule {}", r.error(), r.reason()));
            format!(
                "After the server closes its listening socket, its port stays unusable while a connection it accepted on an SO_EXCLUSIVEADDRUSE socket is still active: {} connects and keeps the connection open, and the server's restart bind of {} fails with {why}. Microsoft's \"Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE\" advises a graceful shutdown of every connection (shutdown, then recv until 0) before closing.",
                match attacker {
                    Attacker::RemoteClient => "any client (no account on this machine is needed)".to_owned(),
                    Attacker::OtherAccount => "a program running as another account".to_owned(),
                    Attacker::SameAccount => format!("another program of the server's own account `{}`", t.account.name),
                    Attacker::Administrator => "an administrator".to_owned(),
                },
                server_of(socket)
            )
        }
    }
}

/// A socket in a few words: `dual-stack [::]:3000`, `0.0.0.0:80 with SO_REUSEADDR`.
fn short(s: &super::ServerSocket) -> String {
    let dual = if s.dual_stack() { "dual-stack " } else { "" };
    let option = s.mode.option().map_or_else(String::new, |o| format!(" with {o}"));
    format!("{dual}{}{option}", s.endpoint)
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
