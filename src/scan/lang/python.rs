//! Python: `socket.socket` with `setsockopt` / `bind` / `listen`, `socket.create_server`,
//! `socketserver` and `http.server` servers (`allow_reuse_address`, on the class, a subclass or
//! the instance before `server_bind`), and asyncio's `create_server` / `start_server` /
//! `create_datagram_endpoint` (`reuse_address`; `reuse_port` has no Windows socket option).
//!
//! On Windows, asyncio with no host binds one socket per family (`0.0.0.0`, and `::` with
//! IPV6_V6ONLY on) and sets no option unless `reuse_address=True`; `socket.create_server` sets
//! none either; `socketserver.TCPServer` sets SO_REUSEADDR where `allow_reuse_address` is true
//! (`http.server.HTTPServer` sets it).
//!
//! Sources: <https://docs.python.org/3/library/socketserver.html> (`allow_reuse_address`),
//! <https://docs.python.org/3/library/asyncio-eventloop.html> (`create_server`: `reuse_address`
//! "defaults to True on Unix", one socket per family),
//! <https://docs.python.org/3/library/socket.html> (`create_server`, `dualstack_ipv6`).

use std::collections::BTreeMap;
use std::net::IpAddr;

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, OptKind, Runtime, Setup, ANY4, ANY6};
use crate::scan::syntax::{self, pos, Source};

pub(crate) struct Python;

/// The standard server classes: (name, protocol, SO_REUSEADDR by default).
const SERVERS: [(&str, Proto, bool); 8] = [
    ("TCPServer", Proto::Tcp, false),
    ("ThreadingTCPServer", Proto::Tcp, false),
    ("ForkingTCPServer", Proto::Tcp, false),
    ("UDPServer", Proto::Udp, false),
    ("ThreadingUDPServer", Proto::Udp, false),
    ("ForkingUDPServer", Proto::Udp, false),
    ("HTTPServer", Proto::Tcp, true),
    ("ThreadingHTTPServer", Proto::Tcp, true),
];

impl Reader for Python {
    const FUNCTIONS: &'static [&'static str] = &["function_definition", "lambda"];
    const RUNTIME: Runtime = Runtime::Python;
    const CLASSES: &'static [&'static str] = &["class_definition"];

    fn binding<'t>(_src: &Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        (n.kind() == "assignment").then(|| Some((n.child_by_field_name("left")?, n.child_by_field_name("right")?)))?
    }

    fn function(src: &Source<'_>, n: Node<'_>) -> Option<(String, Vec<String>)> {
        if n.kind() != "function_definition" {
            return None;
        }
        let params = syntax::children(n.child_by_field_name("parameters")?)
            .into_iter()
            .filter(|p| p.kind() == "identifier")
            .map(|p| src.text(p).to_owned())
            .collect();
        Some((src.field(n, "name")?.to_owned(), params))
    }

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        if n.kind() == "call" {
            call(cx, n);
        }
    }
}

/// A call's positional arguments and keyword arguments.
fn split_args<'t>(cx: &Ctx<'_, '_>, n: Node<'t>) -> (Vec<Node<'t>>, BTreeMap<String, Node<'t>>) {
    let mut positional = Vec::new();
    let mut keywords = BTreeMap::new();
    for a in args(n, "arguments") {
        if a.kind() == "keyword_argument" {
            if let (Some(k), Some(v)) = (a.child_by_field_name("name"), a.child_by_field_name("value")) {
                keywords.insert(cx.text(k).to_owned(), v);
            }
        } else {
            positional.push(a);
        }
    }
    (positional, keywords)
}

/// `(host, port)`: the host's address (`""` is the family's wildcard) and the port.
fn address_tuple(cx: &Ctx<'_, '_>, n: Node<'_>, family: Family) -> (Addrs, Option<u16>) {
    let parts = if n.kind() == "tuple" { syntax::children(n) } else { Vec::new() };
    let host = parts.first().and_then(|h| cx.string(*h)).and_then(|h| host_addr(&h, family));
    let port = parts.get(1).and_then(|p| cx.port(*p));
    (host.map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), port)
}

fn host_addr(host: &str, family: Family) -> Option<IpAddr> {
    if host.is_empty() {
        return Some(match family {
            Family::V4 => ANY4,
            Family::V6 => ANY6,
        });
    }
    syntax::host_ip(host)
}

fn family_of(cx: &Ctx<'_, '_>, n: Option<Node<'_>>) -> Family {
    match n.map(|x| cx.squashed(x)) {
        Some(t) if t.ends_with("AF_INET6") => Family::V6,
        _ => Family::V4,
    }
}

/// The server class `name` names: a standard one, or a subclass in this file (with its
/// `allow_reuse_address` and `address_family`).
fn server_class(cx: &Ctx<'_, '_>, name: &str, depth: u8) -> Option<(Proto, Option<bool>, Family)> {
    let short = name.rsplit('.').next().unwrap_or(name);
    if let Some((_, proto, reuse)) = SERVERS.iter().find(|(n, _, _)| *n == short) {
        // `socketserver.TCPServer.allow_reuse_address = True` anywhere in the file.
        let class_flag = cx.consts.get(&format!("{name}.allow_reuse_address")).cloned().flatten();
        let reuse = class_flag.map_or(Some(*reuse), |v| bool_text(&v));
        return Some((*proto, reuse, Family::V4));
    }
    // Only a class of this file can be one.
    if depth > 3 || !cx.classes_defined.contains(short) {
        return None;
    }
    let root = cx.src.tree.root_node();
    let class = syntax::preorder(root)
        .into_iter()
        .find(|c| c.kind() == "class_definition" && cx.src.field(*c, "name") == Some(short))?;
    let bases = class.child_by_field_name("superclasses").map(syntax::children).unwrap_or_default();
    let (proto, mut reuse, mut family) = bases.iter().find_map(|b| server_class(cx, &cx.squashed(*b), depth + 1))?;
    let body = class.child_by_field_name("body")?;
    for stmt in syntax::children(body) {
        let Some(assign) = stmt.named_child(0).filter(|a| a.kind() == "assignment") else { continue };
        let (Some(l), Some(r)) = (assign.child_by_field_name("left"), assign.child_by_field_name("right")) else {
            continue;
        };
        match cx.text(l) {
            "allow_reuse_address" => reuse = bool_text(&cx.squashed(r)),
            "address_family" => family = family_of(cx, Some(r)),
            _ => {}
        }
    }
    Some((proto, reuse, family))
}

fn bool_text(t: &str) -> Option<bool> {
    match t {
        "True" => Some(true),
        "False" | "None" => Some(false),
        _ => syntax::literal_int(t).map(|v| v != 0),
    }
}

fn call(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let Some(f) = n.child_by_field_name("function") else { return };
    let callee = cx.squashed(f);
    let (receiver, method) = match f.kind() {
        "attribute" => (
            f.child_by_field_name("object").map(|o| cx.squashed(o)).unwrap_or_default(),
            cx.src.field(f, "attribute").unwrap_or_default().to_owned(),
        ),
        _ => (String::new(), callee.clone()),
    };
    let (pos_args, kw) = split_args(cx, n);
    let arg = |i: usize, name: &str| kw.get(name).copied().or_else(|| pos_args.get(i).copied());
    let at = pos(n);
    // `socket.socket(...)` / `socket(...)` after `from socket import *`.
    if callee == "socket.socket" || callee == "socket" {
        let Some(name) = with_or_assigned(cx, n) else { return };
        let family = family_of(cx, arg(0, "family"));
        let proto = match arg(1, "type").map(|t| cx.squashed(t)) {
            Some(t) if t.ends_with("SOCK_DGRAM") => Proto::Udp,
            _ => Proto::Tcp,
        };
        let mut setup = Setup::new(Runtime::Python, proto);
        setup.family = Some(family);
        let scope = cx.scope(n, &name);
        cx.t.create(scope, &name, setup);
        return;
    }
    if callee == "socket.create_server" || callee == "create_server" && receiver.is_empty() {
        let family = family_of(cx, kw.get("family").copied());
        let mut setup = Setup::new(Runtime::Python, Proto::Tcp);
        setup.family = Some(family);
        let (addrs, port) = arg(0, "address").map_or((Addrs::Unknown, None), |a| address_tuple(cx, a, family));
        setup.addrs = addrs;
        setup.port = port;
        if kw.get("dualstack_ipv6").is_some_and(|v| cx.boolean(*v) == Some(true)) {
            setup.set(OptKind::V6Only, Some(false));
        }
        cx.t.bound_now(setup, at);
        return;
    }
    if let Some((proto, reuse, family)) = server_class(cx, &callee, 0) {
        if kw.get("bind_and_activate").is_some_and(|v| cx.boolean(*v) == Some(false)) {
            cx.t.unrecognised(at, format!("{callee} with bind_and_activate=False (bound later by server_bind)"));
            return;
        }
        let mut setup = Setup::new(Runtime::PythonSocketserver, proto);
        setup.family = Some(family);
        let (addrs, port) = arg(0, "server_address").map_or((Addrs::Unknown, None), |a| address_tuple(cx, a, family));
        setup.addrs = addrs;
        setup.port = port;
        match reuse {
            Some(true) => setup.set(OptKind::ReuseAddr, Some(true)),
            Some(false) => {}
            None => setup.set(OptKind::ReuseAddr, None),
        }
        cx.t.bound_now(setup, at);
        return;
    }
    match method.as_str() {
        "create_server" | "start_server" if !receiver.is_empty() => {
            if kw.contains_key("sock") {
                return;
            }
            let host = arg(1, "host");
            let port = arg(2, "port");
            let mut setup = Setup::new(Runtime::PythonAsyncio, Proto::Tcp);
            setup.addrs = match host {
                None => Addrs::Known(vec![ANY4, ANY6]),
                Some(h) if cx.squashed(h) == "None" => Addrs::Known(vec![ANY4, ANY6]),
                Some(h) => match cx.string(h) {
                    Some(s) if s.is_empty() => Addrs::Known(vec![ANY4, ANY6]),
                    Some(s) => syntax::host_ip(&s).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])),
                    None => Addrs::Unknown,
                },
            };
            setup.port = port.and_then(|p| cx.port(p));
            if let Some(r) = kw.get("reuse_address") {
                match cx.squashed(*r).as_str() {
                    "None" => {}
                    _ => setup.set(OptKind::ReuseAddr, cx.boolean(*r)),
                }
            }
            cx.t.bound_now(setup, at);
        }
        "create_datagram_endpoint" if !receiver.is_empty() => {
            let Some(local) = kw.get("local_addr").copied() else { return };
            let family = family_of(cx, kw.get("family").copied());
            let mut setup = Setup::new(Runtime::PythonAsyncio, Proto::Udp);
            let (addrs, port) = address_tuple(cx, local, family);
            setup.addrs = addrs;
            setup.port = port;
            cx.t.bound_now(setup, at);
        }
        "setsockopt" if !receiver.is_empty() => {
            let opt = pos_args.get(1).map(|o| cx.squashed(*o)).unwrap_or_default();
            let kind = match opt.rsplit('.').next() {
                Some("SO_REUSEADDR") => OptKind::ReuseAddr,
                Some("SO_EXCLUSIVEADDRUSE") => OptKind::Exclusive,
                Some("IPV6_V6ONLY") => OptKind::V6Only,
                _ => return,
            };
            let value = pos_args.get(2).and_then(|v| cx.boolean(*v));
            let scope = cx.scope(n, &receiver);
            cx.t.set(scope, &receiver, kind, value);
        }
        "bind" if !receiver.is_empty() => {
            let scope = cx.scope(n, &receiver);
            let family = cx.t.get(scope, &receiver).and_then(|s| s.setup.family).unwrap_or(Family::V4);
            let (addrs, port) = pos_args.first().map_or((Addrs::Unknown, None), |a| address_tuple(cx, *a, family));
            let followed = cx.t.get(scope, &receiver).is_some_and(|s| s.param.is_none())
                && cx.t.bind(scope, &receiver, at, |s| {
                    s.addrs = addrs;
                    s.port = port;
                });
            let pair = pos_args.first().is_some_and(|a| a.kind() == "tuple" && syntax::children(*a).len() == 2);
            if !followed && (pair || looks_like_socket(&receiver)) {
                cx.t.unrecognised(at, format!("bind on a socket created elsewhere ({receiver})"));
            }
        }
        "listen" if !receiver.is_empty() => {
            let scope = cx.scope(n, &receiver);
            if let Some(s) = cx.t.get(scope, &receiver) {
                s.listen = Some(at);
            }
        }
        "connect" | "connect_ex" if !receiver.is_empty() => {
            let scope = cx.scope(n, &receiver);
            if let Some(s) = cx.t.get(scope, &receiver) {
                s.connect = true;
            }
        }
        _ if receiver.is_empty() => {
            let names: Vec<Option<String>> = pos_args.iter().map(|x| Some(cx.squashed(*x))).collect();
            let scope = syntax::ancestor(n, Python::FUNCTIONS).map_or(0, |f| f.id());
            cx.t.helper_call(scope, &callee, &names);
        }
        _ => {}
    }
}

/// Whether `bind` is called on something named like a socket (not `functools.partial.bind` or
/// an ORM's `session.bind`).
fn looks_like_socket(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    ["sock", "socket", "s", "srv", "server", "listener", "udp", "tcp"]
        .iter()
        .any(|w| last == *w || last.contains("sock"))
}

/// The name of `with socket.socket(...) as s:` or `s = socket.socket(...)`.
fn with_or_assigned(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<String> {
    if let Some(p) = n.parent().filter(|p| p.kind() == "as_pattern") {
        let alias = p.child_by_field_name("alias")?;
        return Some(cx.squashed(alias));
    }
    assigned_name(cx, n)
}
