//! JavaScript on Node.js: servers of `net`, `http`, `https`, `tls`, `http2` and `express()`
//! with `.listen(port, host)` / `.listen({port, host, exclusive, ipv6Only})`, and `dgram`
//! sockets (`createSocket('udp4' | 'udp6' | {type, reuseAddr, ipv6Only})` then `.bind`).
//!
//! On Windows, Node.js (libuv) binds a listen with no host as one `[::]` dual-stack socket, sets
//! SO_REUSEADDR only for `dgram`'s `reuseAddr`, and has no option for SO_EXCLUSIVEADDRUSE
//! (`exclusive` is about cluster workers, not a socket option).
//!
//! Sources: <https://nodejs.org/api/net.html> (`server.listen`: "the server will accept
//! connections on the unspecified IPv6 address (::) when IPv6 is available", `ipv6Only`),
//! <https://nodejs.org/api/dgram.html> (`reuseAddr`, `ipv6Only`).

use std::collections::BTreeMap;

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, Opt, OptKind, Runtime, Setup, ANY4, ANY6};
use crate::scan::syntax::{self, pos};

pub(crate) struct Js;

impl Reader for Js {
    const FUNCTIONS: &'static [&'static str] =
        &["function_declaration", "function_expression", "arrow_function", "method_definition", "function"];
    const RUNTIME: Runtime = Runtime::Node;
    const CLASSES: &'static [&'static str] = &["class_declaration", "class"];

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        if n.kind() == "call_expression" {
            call(cx, n);
        }
    }
}

/// Whether a call creates a server whose `.listen` binds.
fn creates_server(cx: &Ctx<'_, '_>, n: Node<'_>) -> bool {
    if n.kind() != "call_expression" && n.kind() != "new_expression" {
        return false;
    }
    let callee = n
        .child_by_field_name("function")
        .or_else(|| n.child_by_field_name("constructor"))
        .map(|f| cx.squashed(f))
        .unwrap_or_default();
    callee.ends_with("createServer")
        || callee.ends_with("createSecureServer")
        || matches!(callee.as_str(), "express" | "Koa" | "http.Server" | "net.Server" | "fastify")
}

/// An object literal's properties by name.
fn props<'t>(cx: &Ctx<'_, '_>, n: Node<'t>) -> BTreeMap<String, Node<'t>> {
    let mut out = BTreeMap::new();
    if n.kind() != "object" {
        return out;
    }
    for p in syntax::children(n) {
        match p.kind() {
            "pair" => {
                if let (Some(k), Some(v)) = (p.child_by_field_name("key"), p.child_by_field_name("value")) {
                    let key = cx.string(k).unwrap_or_else(|| cx.text(k).to_owned());
                    out.insert(key, v);
                }
            }
            // `{ port }`: the name's own value.
            "shorthand_property_identifier" => {
                out.insert(cx.text(p).to_owned(), p);
            }
            _ => {}
        }
    }
    out
}

/// A host argument: `undefined`/absent is `None`; else the address or unknown.
fn host_addrs(cx: &Ctx<'_, '_>, host: Option<Node<'_>>, family: Family) -> Option<Addrs> {
    let h = host?;
    if matches!(cx.text(h), "undefined" | "null") {
        return None;
    }
    Some(match cx.string(h) {
        Some(s) if s.is_empty() => Addrs::Known(vec![if family == Family::V6 { ANY6 } else { ANY4 }]),
        Some(s) => syntax::host_ip(&s).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])),
        None => Addrs::Unknown,
    })
}

fn call(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let Some(f) = n.child_by_field_name("function") else { return };
    let last = if f.kind() == "member_expression" { cx.src.field(f, "property") } else { Some(cx.text(f)) };
    let wanted = last.is_some_and(|l| {
        matches!(
            l,
            "listen"
                | "bind"
                | "connect"
                | "createSocket"
                | "createServer"
                | "createSecureServer"
                | "express"
                | "fastify"
        )
    });
    if !wanted {
        return;
    }
    let a = args(n, "arguments");
    let at = pos(n);
    let callee = cx.squashed(f);
    if callee.ends_with("createSocket") && (callee == "createSocket" || callee.starts_with("dgram")) {
        let Some(first) = a.first() else { return };
        let options = props(cx, *first);
        let kind = options.get("type").map_or_else(|| cx.string(*first), |t| cx.string(*t)).unwrap_or_default();
        let mut setup = Setup::new(Runtime::Node, Proto::Udp);
        setup.family = Some(if kind == "udp6" { Family::V6 } else { Family::V4 });
        if setup.family == Some(Family::V6) {
            setup.v6only = Opt::Default(false);
        }
        if let Some(r) = options.get("reuseAddr") {
            setup.set(OptKind::ReuseAddr, cx.boolean(*r));
        }
        if let Some(v) = options.get("ipv6Only") {
            setup.set(OptKind::V6Only, cx.boolean(*v));
        }
        if let Some(name) = assigned_name(cx, n) {
            let scope = cx.scope(n, &name);
            cx.t.create(scope, &name, setup);
        }
        return;
    }
    if creates_server(cx, n) {
        if let Some(name) = assigned_name(cx, n) {
            let scope = cx.scope(n, &name);
            cx.t.create(scope, &name, Setup::new(Runtime::Node, Proto::Tcp));
        }
        return;
    }
    if f.kind() != "member_expression" {
        return;
    }
    let Some(object) = f.child_by_field_name("object") else { return };
    let method = cx.src.field(f, "property").unwrap_or_default();
    let recv = cx.squashed(object);
    let scope = cx.scope(n, &recv);
    match method {
        "listen" => {
            let chained = creates_server(cx, object);
            let followed = cx.t.get(scope, &recv).is_some();
            if !chained && !followed {
                if a.first().is_some_and(|p| cx.port(*p).is_some() || props(cx, *p).contains_key("port")) {
                    cx.t.unrecognised(at, format!("listen on a server the scan cannot follow ({recv})"));
                }
                return;
            }
            let mut setup = Setup::new(Runtime::Node, Proto::Tcp);
            let first = a.first().copied();
            let options = first.map(|o| props(cx, o)).unwrap_or_default();
            let (port, host, ipv6_only) = if options.is_empty() {
                let host =
                    a.get(1).filter(|h| !matches!(h.kind(), "arrow_function" | "function_expression" | "number"));
                (first, host.copied(), None)
            } else {
                (options.get("port").copied(), options.get("host").copied(), options.get("ipv6Only").copied())
            };
            // A pipe or socket path is not a port.
            if port.is_some_and(|p| cx.string(p).is_some()) {
                return;
            }
            setup.port = port.and_then(|p| cx.port(p));
            setup.addrs = host_addrs(cx, host, Family::V4).unwrap_or_else(|| {
                setup.v6only = Opt::Default(false);
                Addrs::Known(vec![ANY6])
            });
            if let Addrs::Known(ips) = &setup.addrs {
                if ips == &[ANY6] {
                    setup.v6only = Opt::Default(false);
                }
            }
            if let Some(v) = ipv6_only {
                setup.set(OptKind::V6Only, cx.boolean(v));
            }
            if chained {
                cx.t.bound_now(setup, at);
            } else {
                cx.t.bind(scope, &recv, at, |s| *s = setup);
            }
        }
        "bind" => {
            let Some(sock) = cx.t.get(scope, &recv) else { return };
            let family = sock.setup.family.unwrap_or(Family::V4);
            let first = a.first().copied();
            let options = first.map(|o| props(cx, o)).unwrap_or_default();
            let (port, host) = if options.is_empty() {
                (first.filter(|p| p.kind() != "arrow_function"), a.get(1).copied().filter(|h| h.kind() == "string"))
            } else {
                (options.get("port").copied(), options.get("address").copied())
            };
            // `bind()` with no port: an ephemeral port, a client.
            let Some(port) = port else { return };
            let addrs = host_addrs(cx, host, family)
                .unwrap_or_else(|| Addrs::Known(vec![if family == Family::V6 { ANY6 } else { ANY4 }]));
            let port = cx.port(port);
            cx.t.bind(scope, &recv, at, |s| {
                s.addrs = addrs;
                s.port = port;
            });
        }
        "connect" => {
            if let Some(s) = cx.t.get(scope, &recv) {
                s.connect = true;
            }
        }
        _ => {}
    }
}
