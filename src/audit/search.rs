//! The shortest attack: a breadth-first search over attacker calls on the [`Host`].
//!
//! A node is a whole simulated machine (the Host is cheap to clone) plus what the search needs
//! to know about it: the server's state, the attacker's socket, the calls spent and the path.
//! Nodes are processed in buckets by the number of attacker calls spent, so the first bucket in
//! which a threat holds gives its shortest attack; the server's own events (start, stop, restart)
//! cost nothing and stay in the bucket they happen in. The threats are predicates asked of the
//! Host at every node: who would receive a connection to each of the server's addresses
//! ([`Host::delivery`]), and whether the server's last bind failed and against whom.
//!
//! Every call goes through the functions below with a [`Recorder`]: the search passes [`Quiet`],
//! the replay (`replay.rs`) a recorder that writes the scenario, so the replayed attack runs
//! exactly the calls the search ran.

use std::collections::{BTreeMap, VecDeque};
use std::net::{IpAddr, SocketAddr};

use super::{Attacker, AuditError, ServerSocket, Start, Target, Threat, MAX_CALLS};
use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::{Behaviour, Ipv6};
use crate::host::Host;
use crate::id::{SocketId, UserId};
use crate::options::{ReuseMode, SocketOption};
use crate::rules::delivery::{Delivery, Receivers};
use crate::rules::options::Privilege;
use crate::rules::{self, Binding, Refusal};
use crate::scenario::{
    AcceptStep, BindStep, ConnectStep, IdStep, ListenStep, Op, OptionValue, SetsockoptStep, SocketStep,
};

/// Who makes a call, for the attack's transcript.
pub(crate) use super::replay::Actor;

/// Receives every call the search functions make; the search itself records nothing.
pub(crate) trait Recorder {
    /// Whether the recorder wants steps; when `false`, no step is even built.
    const ON: bool;
    /// One call, as a scenario step (without `expect`), and what it did: a note on success
    /// (the rule that allowed a bind, who got a connection), or the refusal.
    fn call(&mut self, actor: Actor, step: Op, result: Result<Option<String>, Refusal>);
    /// The name a created socket goes by.
    fn name(&mut self, id: SocketId, name: &str);
    /// What the answer of the last call rests on (a bind's rule, a delivery's rule).
    fn evidence(&mut self, _evidence: crate::evidence::Evidence) {}
}

/// The recorder of the search: records nothing.
pub(crate) struct Quiet;

impl Recorder for Quiet {
    const ON: bool = false;
    fn call(&mut self, _: Actor, _: Op, _: Result<Option<String>, Refusal>) {}
    fn name(&mut self, _: SocketId, _: &str) {}
}

/// How the attacker sets up its socket: created, options set, bound. One *plan* is 2 to 4
/// calls; it is applied as one move because nothing else can happen usefully in between
/// (an unbound socket and its options affect no one until bind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Plan {
    pub(crate) family: Family,
    pub(crate) mode: ReuseMode,
    /// IPV6_V6ONLY turned off (only on the IPv6 wildcard of a dual-stack era).
    pub(crate) dual: bool,
    pub(crate) endpoint: Endpoint,
}

impl Plan {
    /// socket, [setsockopt reuse/exclusive], [setsockopt IPV6_V6ONLY off], bind.
    pub(crate) fn calls(&self) -> u8 {
        2 + u8::from(self.mode != ReuseMode::Default) + u8::from(self.dual)
    }
}

/// One move of the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Action {
    /// The attacker creates, configures and binds its socket.
    Plan(Plan),
    /// The attacker's TCP socket listens.
    Listen,
    /// A client connects to the server's destination with this index; the server accepts.
    Connect(usize),
    /// The server starts (binds every socket, and listens).
    Start,
    /// The server stops: it closes its listening sockets; connections it accepted stay open
    /// (a graceful restart keeps serving them).
    Stop,
}

impl Action {
    /// Attacker calls this move costs; the server's own events cost nothing.
    pub(crate) fn calls(&self) -> u8 {
        match self {
            Self::Plan(p) => p.calls(),
            Self::Listen | Self::Connect(_) => 1,
            Self::Start | Self::Stop => 0,
        }
    }
}

/// A server address whose traffic the server receives when nobody interferes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dest {
    pub(crate) to: SocketAddr,
    /// The index of the server socket that receives it.
    pub(crate) socket: usize,
    /// An address the server's clients mean but the server does not bind: `[::1]:P` for a
    /// server on `127.0.0.1:P`, since Windows resolves `localhost` to `::1` first. Whoever
    /// receives there shadows the server.
    pub(crate) alias: bool,
}

/// The server's state in a node.
#[derive(Debug, Clone)]
pub(crate) enum Server {
    /// Not started yet, or stopped.
    Down,
    /// Every socket bound (and listening): its ids, in configuration order.
    Running(Vec<SocketId>),
    /// Its last start failed: which socket, and the refusal.
    Blocked { socket: usize, refusal: Refusal },
}

/// The attacker's socket once bound.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AttackerSocket {
    pub(crate) id: SocketId,
    pub(crate) endpoint: Endpoint,
    pub(crate) listening: bool,
}

/// One state of the search.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) host: Host,
    pub(crate) server: Server,
    pub(crate) attacker: Option<AttackerSocket>,
    /// Connections the server accepted.
    pub(crate) accepted: u8,
    pub(crate) starts: u8,
    pub(crate) stops: u8,
    /// Attacker calls spent.
    pub(crate) calls: u8,
    pub(crate) path: Vec<Action>,
}

/// A threat that holds in a node against one server socket, and how.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) threat: Threat,
    /// The server socket (index into the target's sockets) the threat is against.
    pub(crate) socket: usize,
    pub(crate) path: Vec<Action>,
    /// Indexes into [`Ctx::dests`] of the addresses whose traffic the attacker gets.
    pub(crate) dests: Vec<usize>,
    /// The failed server bind (block, linger).
    pub(crate) refusal: Option<(usize, Refusal)>,
}

impl Hit {
    /// Among attacks of equal length: more addresses taken, then fewer moves, wins.
    fn better_than(&self, other: &Self) -> bool {
        (self.dests.len(), std::cmp::Reverse(self.path.len()))
            > (other.dests.len(), std::cmp::Reverse(other.path.len()))
    }
}

/// Everything the search derives once from a target: the machine before anyone acts, the
/// accounts, the attacker's possible plans, and the server's destinations.
#[derive(Debug)]
pub(crate) struct Ctx<'t> {
    pub(crate) target: &'t Target,
    pub(crate) behaviour: Behaviour,
    template: Host,
    pub(crate) service: UserId,
    other: UserId,
    admin: UserId,
    /// Plans per attacker (the options an account may set differ by era and privilege).
    plans: BTreeMap<Attacker, Vec<Plan>>,
    pub(crate) dests: Vec<Dest>,
}

impl<'t> Ctx<'t> {
    /// Builds the context and checks that the server starts on its own.
    pub(crate) fn new(target: &'t Target, behaviour: Behaviour) -> Result<Self, AuditError> {
        let mut template = Host::new(target.era);
        template.set_behaviour(behaviour);
        for ip in &target.addresses {
            template.add_address(*ip);
        }
        for s in &target.sockets {
            if let (_, Some(ip)) = s.endpoint.addr.stack() {
                template.add_address(ip);
            }
        }
        let service = template.add_user(&target.account.name, Privilege::from(target.account.admin));
        let other = template.add_user("attacker", Privilege::User);
        let admin = template.add_user("administrator", Privilege::Admin);
        let mut ctx =
            Self { target, behaviour, template, service, other, admin, plans: BTreeMap::new(), dests: Vec::new() };

        let mut baseline = ctx.fresh();
        let mut first_failure = super::replay::FirstFailure::default();
        start(&ctx, &mut baseline, &mut first_failure);
        let ids = match &baseline.server {
            Server::Running(ids) => ids.clone(),
            Server::Blocked { socket, refusal } => {
                let call = first_failure.into_parts().map_or_else(|| "bind".to_owned(), |(call, _)| call);
                let endpoint = target.sockets.get(*socket).map(|s| s.endpoint.to_string()).unwrap_or_default();
                let call = format!("{call} (server socket {endpoint})");
                return Err(AuditError::CannotStart { era: target.era, call, refusal: *refusal });
            }
            // `start` leaves the server running or blocked, never down.
            Server::Down => Vec::new(),
        };
        ctx.dests = ctx.destinations(&baseline.host, &ids);
        for attacker in Attacker::ALL {
            let plans = ctx.plans_for(attacker);
            ctx.plans.insert(attacker, plans);
        }
        Ok(ctx)
    }

    /// Every address of the host, sorted.
    pub(crate) fn addresses(&self) -> Vec<IpAddr> {
        self.template.addresses().collect()
    }

    /// The account an attacker's sockets belong to; a remote client has none.
    pub(crate) fn user(&self, attacker: Attacker) -> Option<UserId> {
        match attacker {
            Attacker::RemoteClient => None,
            Attacker::OtherAccount => Some(self.other),
            Attacker::SameAccount => Some(self.service),
            Attacker::Administrator => Some(self.admin),
        }
    }

    /// The attacker whose search answers for `attacker`: an administrator whose possible moves
    /// are exactly another account's (every era in which SO_EXCLUSIVEADDRUSE needs no
    /// administrator) is, to the Host, just another account, so its search is that one.
    pub(crate) fn stand_in(&self, attacker: Attacker) -> Attacker {
        match attacker {
            Attacker::Administrator
                if self.plans.get(&Attacker::Administrator) == self.plans.get(&Attacker::OtherAccount) =>
            {
                Attacker::OtherAccount
            }
            Attacker::Administrator | Attacker::RemoteClient | Attacker::OtherAccount | Attacker::SameAccount => {
                attacker
            }
        }
    }

    /// The account's name, as the scenario's `users` list has it.
    pub(crate) fn user_name(&self, user: UserId) -> &str {
        self.template.user(user).map_or("user", |u| u.name.as_str())
    }

    /// The machine before anyone acts.
    fn fresh(&self) -> Node {
        Node {
            host: self.template.clone(),
            server: Server::Down,
            attacker: None,
            accepted: 0,
            starts: 0,
            stops: 0,
            calls: 0,
            path: Vec::new(),
        }
    }

    /// The search's first node: the server already running unless it starts late.
    pub(crate) fn root<R: Recorder>(&self, rec: &mut R) -> Node {
        let mut n = self.fresh();
        match self.target.start {
            Start::First | Start::Restarts => start(self, &mut n, rec),
            Start::Late => {}
        }
        n
    }

    /// The addresses each server socket reaches, kept where the server (and only it) gets the
    /// traffic when nobody else is on the port.
    fn destinations(&self, host: &Host, ids: &[SocketId]) -> Vec<Dest> {
        let port_of = |i: usize| self.target.sockets[i].endpoint.port;
        let mut out: Vec<Dest> = Vec::new();
        // Interfaces before loopback, IPv4 before IPv6: a remote client's view first.
        for (i, s) in self.target.sockets.iter().enumerate() {
            let (stack, specific) = s.endpoint.addr.stack();
            let mut ips: Vec<IpAddr> = match specific {
                Some(ip) => vec![ip],
                None => host.addresses().filter(|ip| family_of(*ip) == stack).collect(),
            };
            if s.dual_stack() && self.target.era.profile().ipv6 == Ipv6::DualStack {
                ips.extend(host.addresses().filter(|ip| ip.is_ipv4()));
            }
            for ip in ips {
                let to = SocketAddr::new(ip, port_of(i));
                if out.iter().any(|d| d.to == to) {
                    continue;
                }
                if let Receivers::One(id) = host.delivery(self.target.proto, to).receivers {
                    if let Some(socket) = ids.iter().position(|x| *x == id) {
                        out.push(Dest { to, socket, alias: false });
                    }
                }
            }
        }
        // IPv6 loopback squatting: clients that resolve `localhost` try `::1` first (Windows
        // does, RFC 6724's default policy), so a server on 127.0.0.1:P that nobody serves on
        // [::1]:P loses them to whoever binds there.
        if self.target.era.profile().ipv6 != Ipv6::None {
            for (i, s) in self.target.sockets.iter().enumerate() {
                if s.endpoint.addr.stack().1 != Some(IpAddr::from([127, 0, 0, 1])) {
                    continue;
                }
                let to = SocketAddr::new(IpAddr::from(std::net::Ipv6Addr::LOCALHOST), port_of(i));
                let unserved = matches!(host.delivery(self.target.proto, to).receivers, Receivers::Nobody);
                if unserved && !out.iter().any(|d| d.to == to) {
                    out.push(Dest { to, socket: i, alias: true });
                }
            }
        }
        out.sort_by_key(|d| (d.alias, d.to.ip().is_loopback(), d.to.is_ipv6(), d.to.ip()));
        out
    }

    /// The attacker's plans: each family, option and address on the server's ports, kept when
    /// the attacker's account may set the options at all (asked of the Host, on a scratch
    /// socket). Ordered wildcard first, then other interfaces, then loopback, then IPv4-mapped.
    ///
    /// Symmetry: specific addresses that no server socket binds are interchangeable (the rules
    /// compare only how addresses overlap, and delivery only which address a binding names), so
    /// one of them stands for all, an interface before loopback. Addresses a server socket binds
    /// are each kept.
    fn plans_for(&self, attacker: Attacker) -> Vec<Plan> {
        let Some(user) = self.user(attacker) else { return Vec::new() };
        let mut ports: Vec<u16> = self.target.sockets.iter().map(|s| s.endpoint.port).collect();
        ports.sort_unstable();
        ports.dedup();
        let profile = self.target.era.profile();
        let families: &[Family] = if profile.ipv6 == Ipv6::None { &[Family::V4] } else { &[Family::V4, Family::V6] };
        let mut named: Vec<IpAddr> = self.target.sockets.iter().filter_map(|s| s.endpoint.addr.stack().1).collect();
        named.extend(self.dests.iter().filter(|d| d.alias).map(|d| d.to.ip()));
        let representatives = |family: Family| -> Vec<IpAddr> {
            let mut all: Vec<IpAddr> = self.template.addresses().filter(|ip| family_of(*ip) == family).collect();
            all.sort_by_key(|ip| (ip.is_loopback(), *ip));
            let unnamed = all.iter().copied().find(|ip| !named.contains(ip));
            all.into_iter().filter(|ip| named.contains(ip) || Some(*ip) == unnamed).collect()
        };
        let mut allowed: BTreeMap<(Family, ReuseMode, bool), bool> = BTreeMap::new();
        let mut plans = Vec::new();
        for &port in &ports {
            for &family in families {
                let mut addrs: Vec<(LocalAddr, bool)> = vec![(LocalAddr::Wildcard(family), false)];
                if family == Family::V6 && profile.ipv6 == Ipv6::DualStack {
                    addrs.push((LocalAddr::Wildcard(Family::V6), true));
                }
                addrs.extend(representatives(family).into_iter().map(|ip| (LocalAddr::Specific(ip), false)));
                if family == Family::V6 && profile.ipv6 == Ipv6::DualStack {
                    addrs.push((LocalAddr::Specific(mapped(IpAddr::from([0, 0, 0, 0]))), false));
                    addrs.extend(
                        representatives(Family::V4).into_iter().map(|ip| (LocalAddr::Specific(mapped(ip)), false)),
                    );
                }
                for (addr, dual) in addrs {
                    for mode in ReuseMode::ALL {
                        let plan = Plan { family, mode, dual, endpoint: Endpoint { addr, port } };
                        let ok =
                            *allowed.entry((family, mode, dual)).or_insert_with(|| self.options_allowed(plan, user));
                        if plan.calls() <= MAX_CALLS && ok {
                            plans.push(plan);
                        }
                    }
                }
            }
        }
        plans
    }

    /// Whether `user` may create the plan's socket and set its options in this era.
    fn options_allowed(&self, plan: Plan, user: UserId) -> bool {
        let mut host = self.template.clone();
        let Ok(id) = host.socket(plan.family, self.target.proto, user) else { return false };
        let mode_ok = plan.mode.option().is_none_or(|o| host.set_option(id, o, 1).is_ok());
        mode_ok && (!plan.dual || host.set_option(id, SocketOption::V6Only, 0).is_ok())
    }

    /// The scenario name of server socket `i` in its `start`-th start.
    pub(crate) fn server_name(&self, i: usize, start: u8) -> String {
        let base = if self.target.sockets.len() == 1 { "server".to_owned() } else { format!("server{}", i + 1) };
        if start > 1 {
            base + "-restarted"
        } else {
            base
        }
    }
}

fn family_of(ip: IpAddr) -> Family {
    if ip.is_ipv4() {
        Family::V4
    } else {
        Family::V6
    }
}

fn mapped(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V6(v4.to_ipv6_mapped()),
        IpAddr::V6(_) => ip,
    }
}

/// Whether a threat can appear at all given who attacks and when the server binds. This reads
/// only which moves exist, never the bind rules.
fn possible(ctx: &Ctx<'_>, attacker: Attacker, threat: Threat) -> bool {
    let local = attacker != Attacker::RemoteClient;
    let rebinds = ctx.target.start != Start::First;
    match threat {
        Threat::Steal | Threat::Shadow => local,
        Threat::Block => local && rebinds,
        Threat::Linger => rebinds && ctx.target.proto == Proto::Tcp,
    }
}

/// The most states one search explores. Each state is a copy of a small machine (the sockets
/// of one port), so this bounds the search's memory and time whatever the configuration; a
/// search that reaches it stops and says so ([`Searched::truncated`]).
pub(crate) const MAX_STATES: usize = 5_000;

/// What one search found, and how much it explored.
#[derive(Debug, Clone, Default)]
pub(crate) struct Searched {
    /// The shortest attack per threat and server socket.
    pub(crate) hits: Vec<Hit>,
    /// Distinct states explored.
    pub(crate) states: usize,
    /// Whether the search stopped at [`MAX_STATES`] before exhausting its moves.
    pub(crate) truncated: bool,
}

/// A state's identity: its moves without connections, and each connection by server run.
type StateKey = (Vec<Action>, Vec<(u8, usize)>);

/// The identity of a state: the moves that led to it, with moves that commute put in one
/// order. A client's connection changes no binding and is accepted only by the server, so
/// where it falls among the attacker's calls of the same server run does not matter; it is
/// keyed by the server run (the number of starts before it) instead of by its position.
fn state_key(path: &[Action]) -> StateKey {
    let mut starts = 0u8;
    let mut moves = Vec::with_capacity(path.len());
    let mut connects = Vec::new();
    for a in path {
        match a {
            Action::Connect(d) => connects.push((starts, *d)),
            Action::Start => {
                starts += 1;
                moves.push(*a);
            }
            Action::Plan(_) | Action::Listen | Action::Stop => moves.push(*a),
        }
    }
    connects.sort_unstable();
    (moves, connects)
}

/// The shortest attack for each wanted threat and each server socket that `attacker` can carry
/// out, at most [`MAX_CALLS`] calls long, exploring each distinct state once and at most
/// [`MAX_STATES`] of them. With `first_only`, returns at the first attack found (to check a
/// fix, where any attack is enough to reject it); with `socket`, only attacks on that server
/// socket count.
pub(crate) fn search(
    ctx: &Ctx<'_>,
    attacker: Attacker,
    wanted: &[Threat],
    first_only: bool,
    socket: Option<usize>,
) -> Searched {
    let wanted: Vec<Threat> = wanted.iter().copied().filter(|t| possible(ctx, attacker, *t)).collect();
    if wanted.is_empty() {
        return Searched::default();
    }
    let sockets: Vec<usize> = match socket {
        Some(i) => vec![i],
        None => (0..ctx.target.sockets.len()).collect(),
    };
    let goals = wanted.len() * sockets.len();
    // Visited nodes; a move waiting in a bucket names its parent here and is made (the machine
    // copied) only when its turn comes, so moves left when the search stops cost nothing.
    let mut visited: Vec<Node> = Vec::new();
    let mut seen: std::collections::BTreeSet<StateKey> = std::collections::BTreeSet::new();
    let mut buckets: Vec<VecDeque<(usize, Action)>> = (0..=MAX_CALLS).map(|_| VecDeque::new()).collect();
    let mut found: BTreeMap<(Threat, usize), Hit> = BTreeMap::new();
    let mut root = Some(ctx.root(&mut Quiet));
    let mut truncated = false;
    'levels: for cost in 0..=MAX_CALLS {
        let mut level: BTreeMap<(Threat, usize), Hit> = BTreeMap::new();
        loop {
            let node = match root.take() {
                Some(node) => node,
                None => {
                    let Some((parent, action)) = buckets[usize::from(cost)].pop_front() else { break };
                    let mut path = visited[parent].path.clone();
                    path.push(action);
                    // Only moves that commute can reach one state twice, and only a connection
                    // commutes (every other path is made once, from its one parent).
                    let key = path.iter().any(|a| matches!(a, Action::Connect(_))).then(|| state_key(&path));
                    if key.as_ref().is_some_and(|k| seen.contains(k)) {
                        continue;
                    }
                    if visited.len() >= MAX_STATES {
                        truncated = true;
                        found.extend(level);
                        break 'levels;
                    }
                    let mut child = visited[parent].clone();
                    if !apply(ctx, attacker, &mut child, action, &mut Quiet) {
                        continue;
                    }
                    // Marked only once made: a move that fails in one order may succeed in the
                    // other (a connection the attacker would have taken).
                    if let Some(key) = key {
                        seen.insert(key);
                    }
                    child.calls += action.calls();
                    child.path = path;
                    child
                }
            };
            for hit in evaluate(ctx, &node) {
                let key = (hit.threat, hit.socket);
                if !wanted.contains(&hit.threat) || !sockets.contains(&hit.socket) || found.contains_key(&key) {
                    continue;
                }
                if first_only {
                    return Searched { hits: vec![hit], states: visited.len() + 1, truncated: false };
                }
                match level.get(&key) {
                    Some(best) if !hit.better_than(best) => {}
                    Some(_) | None => {
                        level.insert(key, hit);
                    }
                }
            }
            let open: Vec<Threat> =
                wanted.iter().copied().filter(|t| sockets.iter().any(|s| !found.contains_key(&(*t, *s)))).collect();
            let index = visited.len();
            for action in moves(ctx, attacker, &node, &open) {
                buckets[usize::from(node.calls + action.calls())].push_back((index, action));
            }
            visited.push(node);
        }
        found.extend(level);
        if found.len() == goals {
            break;
        }
    }
    Searched { hits: found.into_values().collect(), states: visited.len(), truncated }
}

/// The threats that hold in a node, one hit per threat and server socket.
pub(crate) fn evaluate(ctx: &Ctx<'_>, n: &Node) -> Vec<Hit> {
    let hit = |threat, socket, dests, refusal| Hit { threat, socket, path: n.path.clone(), dests, refusal };
    match (&n.server, n.attacker) {
        (Server::Running(ids), Some(a)) if a.listening || ctx.target.proto == Proto::Udp => {
            debug_assert!(ids.len() == ctx.target.sockets.len());
            // (threat, socket) -> destinations taken, in socket order.
            let mut taken: BTreeMap<(usize, Threat), Vec<usize>> = BTreeMap::new();
            for (i, d) in ctx.dests.iter().enumerate() {
                if !receives(&n.host.delivery(ctx.target.proto, d.to), a.id) {
                    continue;
                }
                let server = ctx.target.sockets[d.socket].endpoint;
                // Shadow: the attacker's address is beneath the server's (more specific, or IPv4
                // under a dual-stack socket), or is the localhost the server's clients mean. A
                // wildcard is never beneath a specific address: where it still gets some of that
                // address's traffic (before enhanced security, undetermined), it shares the
                // server's port, a steal.
                use crate::endpoint::Overlap;
                let threat = match (d.alias, a.endpoint.overlap(&server)) {
                    (true, _) => Threat::Shadow,
                    (false, Overlap::Identical | Overlap::Covers) => Threat::Steal,
                    (false, Overlap::CoveredBy | Overlap::Disjoint) => Threat::Shadow,
                };
                taken.entry((d.socket, threat)).or_default().push(i);
            }
            taken.into_iter().map(|((socket, threat), dests)| hit(threat, socket, dests, None)).collect()
        }
        (Server::Blocked { socket, refusal }, attacker) => match refusal.decision().against {
            Some(b) if b.lingering => vec![hit(Threat::Linger, *socket, Vec::new(), Some((*socket, *refusal)))],
            Some(b) if attacker.is_some_and(|a| a.id == b.socket) => {
                vec![hit(Threat::Block, *socket, Vec::new(), Some((*socket, *refusal)))]
            }
            Some(_) | None => Vec::new(),
        },
        (Server::Running(_) | Server::Down, _) => Vec::new(),
    }
}

/// Whether `id` gets the connection or datagram, alone or as one of several.
pub(crate) fn receives(d: &Delivery, id: SocketId) -> bool {
    match &d.receivers {
        Receivers::One(s) => *s == id,
        Receivers::Undetermined(v) | Receivers::Every(v) => v.contains(&id),
        Receivers::Nobody => false,
    }
}

/// Every move from a node that can matter for a threat still sought, within the bound on
/// calls. Whether a move succeeds is the Host's to say when it is made.
///
/// Which moves matter for which threat follows from the threats' definitions, not from the
/// bind rules: a client's connection changes no one's delivery and no bind but through a
/// lingering port (linger); the attacker's socket is what receives (steal, shadow) or stands in
/// the server's way (block).
fn moves(ctx: &Ctx<'_>, attacker: Attacker, n: &Node, open: &[Threat]) -> Vec<Action> {
    let mut out = Vec::new();
    if matches!(n.server, Server::Blocked { .. }) {
        return out;
    }
    let wants_socket = open.iter().any(|t| matches!(t, Threat::Steal | Threat::Shadow | Threat::Block));
    let wants_connection = open.contains(&Threat::Linger);
    let mut push = |action: Action| {
        if n.calls + action.calls() <= MAX_CALLS {
            out.push(action);
        }
    };
    // The attacker's own calls.
    if let (Some(user), true) = (ctx.user(attacker), wants_socket) {
        match n.attacker {
            None => {
                for plan in ctx.plans.get(&attacker).map_or(&[][..], Vec::as_slice) {
                    if n.calls + plan.calls() <= MAX_CALLS && !refused_by_rules(ctx, &n.host, *plan, user) {
                        push(Action::Plan(*plan));
                    }
                }
            }
            // Listen and the server's stop commute (different sockets; closing does not move the
            // clock), so listening right after a stop repeats a state already reached.
            Some(a) if !a.listening && ctx.target.proto == Proto::Tcp && n.path.last() != Some(&Action::Stop) => {
                push(Action::Listen);
            }
            Some(_) => {}
        }
        // Hook: excluded ports. An administrator could exclude the server's port
        // (`netsh int ipv4 add excludedportrange`), which blocks any server's bind with
        // WSAEACCES; that move would call `Host::exclude_ports` here.
    }
    // A client connection the server accepts: what keeps an exclusive port held (linger).
    let running = matches!(n.server, Server::Running(_));
    let rebinds = ctx.target.start != Start::First;
    if wants_connection && running && rebinds && ctx.target.proto == Proto::Tcp && n.accepted == 0 {
        for socket in 0..ctx.target.sockets.len() {
            if let Some(d) = ctx.dests.iter().position(|d| d.socket == socket) {
                push(Action::Connect(d));
            }
        }
    }
    // The server's own events.
    let idle_restart = n.path.last() == Some(&Action::Stop) && n.path.iter().all(|a| a.calls() == 0);
    match (&n.server, ctx.target.start) {
        (Server::Down, Start::Restarts | Start::Late) if n.starts < 2 && !idle_restart => push(Action::Start),
        (Server::Running(_), Start::Restarts | Start::Late) if n.stops == 0 => push(Action::Stop),
        (Server::Down | Server::Running(_) | Server::Blocked { .. }, Start::First | Start::Restarts | Start::Late) => {}
    }
    out
}

/// Whether the pure bind rules refuse the plan's bind against the bindings now on its port: a
/// filter that spares copying the machine for a move the Host would refuse anyway (every move
/// kept is still made, and decided, by the Host).
fn refused_by_rules(ctx: &Ctx<'_>, host: &Host, plan: Plan, user: UserId) -> bool {
    let attempt = Binding::new(SocketId(u32::MAX), user, plan.endpoint, plan.mode, !plan.dual);
    let existing = host.bindings_on_port(ctx.target.proto, plan.endpoint.port);
    rules::decide_as(ctx.target.era, host.behaviour(), &attempt, &existing).result.is_err()
}

/// Applies one move; `false` if a call failed (the server's failed start is not a failure: it
/// is what a block looks like).
pub(crate) fn apply<R: Recorder>(ctx: &Ctx<'_>, attacker: Attacker, n: &mut Node, action: Action, rec: &mut R) -> bool {
    match action {
        Action::Start => {
            start(ctx, n, rec);
            true
        }
        Action::Stop => stop(ctx, n, rec),
        Action::Plan(plan) => ctx.user(attacker).is_some_and(|user| attack_socket(ctx, n, plan, user, rec)),
        Action::Listen => listen(ctx, n, rec),
        Action::Connect(d) => connect(ctx, n, d, rec),
    }
}

fn bool_step(id: &str, option: SocketOption, on: bool) -> Op {
    Op::Setsockopt(SetsockoptStep { id: id.to_owned(), option, value: OptionValue::Bool(on) })
}

/// Creates, configures and binds one socket, recording each call; the socket's id on success.
fn open_socket<R: Recorder>(
    ctx: &Ctx<'_>,
    host: &mut Host,
    actor: Actor,
    name: &str,
    user: UserId,
    s: ServerSocket,
    rec: &mut R,
) -> Result<SocketId, Refusal> {
    let family = s.endpoint.addr.family();
    let proto = ctx.target.proto;
    let created = host.socket(family, proto, user);
    if R::ON {
        let user = Some(ctx.user_name(user).to_owned());
        rec.call(
            actor,
            Op::Socket(SocketStep { id: name.to_owned(), family, proto, user, host: None }),
            created.map(|_| None),
        );
    }
    let id = created?;
    rec.name(id, name);
    let mut set = |host: &mut Host, option: SocketOption, on: bool| {
        let r = host.set_option(id, option, i64::from(on));
        if R::ON {
            rec.call(actor, bool_step(name, option, on), r.map(|()| None));
        }
        r
    };
    if let Some(option) = s.mode.option() {
        set(host, option, true)?;
    }
    if s.dual_stack() {
        set(host, SocketOption::V6Only, false)?;
    }
    let bound = host.bind(id, s.endpoint);
    if R::ON {
        rec.evidence(match &bound {
            Ok(d) => d.evidence(),
            Err(r) => r.decision().evidence(),
        });
        let note = bound.as_ref().ok().map(|d| d.reason).filter(|r| *r != rules::Reason::NoOverlap);
        let step =
            Op::Bind(BindStep { id: name.to_owned(), addr: s.endpoint.into(), expect_port: None, save_port: None });
        rec.call(actor, step, bound.map(|_| note.map(|r| format!("by rule {r}"))));
    }
    bound?;
    Ok(id)
}

/// The server starts: every socket in order, bound and (TCP) listening. It gives up at the first
/// failure and closes what it opened, as a server process that exits.
pub(crate) fn start<R: Recorder>(ctx: &Ctx<'_>, n: &mut Node, rec: &mut R) {
    n.starts += 1;
    let mut ids = Vec::new();
    for (i, s) in ctx.target.sockets.iter().enumerate() {
        let name = if R::ON { ctx.server_name(i, n.starts) } else { String::new() };
        let opened = open_socket(ctx, &mut n.host, Actor::Server, &name, ctx.service, *s, rec).and_then(|id| {
            ids.push(id);
            if ctx.target.proto == Proto::Tcp {
                let r = n.host.listen(id);
                if R::ON {
                    rec.call(
                        Actor::Server,
                        Op::Listen(ListenStep { id: name.clone(), save_port: None }),
                        r.map(|()| None),
                    );
                }
                r?;
            }
            Ok(id)
        });
        if let Err(refusal) = opened {
            for id in ids {
                // The server exits; not recorded, as the attack ends with its failed start.
                let _closed = n.host.close(id);
            }
            n.server = Server::Blocked { socket: i, refusal };
            return;
        }
    }
    n.server = Server::Running(ids);
}

/// The server stops: closes its listening sockets (graceful); accepted connections stay open.
fn stop<R: Recorder>(ctx: &Ctx<'_>, n: &mut Node, rec: &mut R) -> bool {
    let Server::Running(ids) = &n.server else { return false };
    for (i, id) in ids.clone().into_iter().enumerate() {
        let r = n.host.close(id);
        if R::ON {
            let step = Op::Close(IdStep { id: ctx.server_name(i, n.starts) });
            rec.call(Actor::Server, step, r.as_ref().map(|_| None).map_err(|e| *e));
        }
        if r.is_err() {
            return false;
        }
    }
    n.stops += 1;
    n.server = Server::Down;
    true
}

/// The attacker's plan: its socket, options and bind.
fn attack_socket<R: Recorder>(ctx: &Ctx<'_>, n: &mut Node, plan: Plan, user: UserId, rec: &mut R) -> bool {
    let s = ServerSocket { endpoint: plan.endpoint, mode: plan.mode, v6only: !plan.dual };
    debug_assert_eq!(plan.family, plan.endpoint.addr.family());
    match open_socket(ctx, &mut n.host, Actor::Attacker, ATTACKER, user, s, rec) {
        Ok(id) => {
            n.attacker = Some(AttackerSocket { id, endpoint: plan.endpoint, listening: false });
            true
        }
        Err(_) => false,
    }
}

/// The attacker's socket name in scenarios.
pub(crate) const ATTACKER: &str = "attacker";

fn listen<R: Recorder>(_ctx: &Ctx<'_>, n: &mut Node, rec: &mut R) -> bool {
    let Some(a) = n.attacker.as_mut() else { return false };
    let r = n.host.listen(a.id);
    if R::ON {
        rec.call(
            Actor::Attacker,
            Op::Listen(ListenStep { id: ATTACKER.to_owned(), save_port: None }),
            r.map(|()| None),
        );
    }
    a.listening = r.is_ok();
    a.listening
}

/// A client connects to destination `d`; when a server socket gets it, the server accepts.
fn connect<R: Recorder>(ctx: &Ctx<'_>, n: &mut Node, d: usize, rec: &mut R) -> bool {
    let Server::Running(ids) = &n.server else { return false };
    let ids = ids.clone();
    let Some(dest) = ctx.dests.get(d) else { return false };
    let to = Endpoint::new(dest.to.ip(), dest.to.port());
    let server = ids.get(dest.socket).copied();
    let connected = n.host.connect(None, dest.to);
    let listener = connected.as_ref().ok().map(|c| c.queued_on);
    if R::ON {
        let name = ctx.server_name(dest.socket, n.starts);
        let step = Op::Connect(ConnectStep {
            id: None,
            from: None,
            to: to.into(),
            save_port: None,
            expect_client: None,
            expect_accepted_by: Some(Some(name.clone())).filter(|_| listener == server),
            expect_undetermined: None,
        });
        if let Ok(c) = &connected {
            rec.evidence(c.delivery.rule.evidence());
        }
        let note = connected.as_ref().ok().map(|c| format!("accepted by {name} by rule {}", c.delivery.rule.rule_id()));
        rec.call(Actor::Client, step, connected.as_ref().map(|_| note).map_err(|e| *e));
    }
    if connected.is_err() || listener != server {
        return false;
    }
    let Some(listener) = listener else { return false };
    let accepted = n.host.accept(listener);
    if R::ON {
        let step = Op::Accept(AcceptStep { id: ctx.server_name(dest.socket, n.starts), as_id: ACCEPTED.to_owned() });
        if let Ok(id) = &accepted {
            rec.name(*id, ACCEPTED);
        }
        rec.call(Actor::Server, step, accepted.map(|_| None));
    }
    n.accepted += 1;
    true
}

/// The scenario name of the connection the server accepted.
pub(crate) const ACCEPTED: &str = "accepted";
