//! Java: `ServerSocket`, `ServerSocketChannel`, `AsynchronousServerSocketChannel`,
//! `DatagramSocket`, `DatagramChannel`, `MulticastSocket`, with `setReuseAddress` and
//! `setOption(StandardSocketOptions.SO_REUSEADDR, ...)`.
//!
//! On Windows (Java 7u25 and later) the runtime sets SO_EXCLUSIVEADDRUSE on every socket it
//! binds unless SO_REUSEADDR is asked for, and binds a wildcard as one `[::]` dual-stack socket;
//! `MulticastSocket` sets SO_REUSEADDR.
//!
//! Sources: Java SE 7u25 release notes (`sun.net.useExclusiveBind`, on by default on Windows),
//! <https://www.oracle.com/java/technologies/javase/7u25-relnotes.html>; `MulticastSocket`,
//! <https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/MulticastSocket.html>.

use std::net::IpAddr;

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::Proto;
use crate::scan::site::{Addrs, Opt, OptKind, Runtime, Setup, ANY6};
use crate::scan::syntax::{self, pos};

pub(crate) struct Java;

impl Reader for Java {
    const FUNCTIONS: &'static [&'static str] = &["method_declaration", "constructor_declaration", "lambda_expression"];
    const RUNTIME: Runtime = Runtime::Java;
    const CLASSES: &'static [&'static str] = &["class_declaration"];

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        match n.kind() {
            "object_creation_expression" => creation(cx, n),
            "method_invocation" => invocation(cx, n),
            _ => {}
        }
    }
}

/// A Java socket before the code's options: SO_EXCLUSIVEADDRUSE, dual-stack.
fn java(proto: Proto) -> Setup {
    let mut s = Setup::new(Runtime::Java, proto);
    s.exclusive = Opt::Default(true);
    s.v6only = Opt::Default(false);
    s
}

/// An `InetAddress` expression: `InetAddress.getByName("...")`, `getLoopbackAddress()`,
/// `null` (the wildcard).
fn inet_address(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<IpAddr> {
    let text = cx.squashed(n);
    if text == "null" {
        return Some(ANY6);
    }
    if text.ends_with("getLoopbackAddress()") {
        return Some(IpAddr::from([127, 0, 0, 1]));
    }
    if n.kind() == "method_invocation" {
        return args(n, "arguments").first().and_then(|a| cx.string(*a)).and_then(|s| host(&s));
    }
    cx.string(n).and_then(|s| host(&s))
}

/// A host string; the wildcards bind Java's dual-stack `[::]`.
fn host(s: &str) -> Option<IpAddr> {
    syntax::host_ip(s).map(|ip| if ip.is_unspecified() { ANY6 } else { ip })
}

/// `new InetSocketAddress(port)`, `new InetSocketAddress("host", port)`,
/// `new InetSocketAddress(InetAddress..., port)`.
fn socket_address(cx: &Ctx<'_, '_>, n: Node<'_>) -> (Addrs, Option<u16>) {
    if n.kind() != "object_creation_expression"
        || !cx.src.field(n, "type").is_some_and(|t| t.ends_with("InetSocketAddress"))
    {
        return (Addrs::Unknown, None);
    }
    let a = args(n, "arguments");
    match a.as_slice() {
        [port] => (Addrs::Known(vec![ANY6]), cx.port(*port)),
        [host, port] => (inet_address(cx, *host).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), cx.port(*port)),
        _ => (Addrs::Unknown, None),
    }
}

fn creation(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let ty = cx.src.field(n, "type").unwrap_or_default();
    let ty = ty.rsplit('.').next().unwrap_or(ty);
    let a = args(n, "arguments");
    let at = pos(n);
    let (proto, multicast) = match ty {
        "ServerSocket" => (Proto::Tcp, false),
        "DatagramSocket" => (Proto::Udp, false),
        "MulticastSocket" => (Proto::Udp, true),
        _ => return,
    };
    let mut setup = java(proto);
    if multicast {
        setup.set(OptKind::ReuseAddr, Some(true));
    }
    let first = a.first().map(|x| cx.squashed(*x));
    match (ty, a.as_slice()) {
        // Unbound: `new ServerSocket()`, `new DatagramSocket(null)`, `new MulticastSocket(null)`.
        (_, []) if ty == "ServerSocket" => {}
        (_, [_]) if first.as_deref() == Some("null") => {}
        // `new DatagramSocket()`: an ephemeral port, a client.
        (_, []) => return,
        (_, [addr]) if addr.kind() == "object_creation_expression" => {
            let (addrs, port) = socket_address(cx, *addr);
            setup.addrs = addrs;
            setup.port = port;
            cx.t.bound_now(setup, at);
            return;
        }
        (_, [port, rest @ ..]) => {
            setup.port = cx.port(*port);
            setup.addrs = match (ty, rest) {
                ("ServerSocket", [_, addr]) | ("DatagramSocket", [addr]) => {
                    inet_address(cx, *addr).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip]))
                }
                _ => Addrs::Known(vec![ANY6]),
            };
            if setup.port.is_none() && cx.squashed(*port) == "0" {
                return;
            }
            cx.t.bound_now(setup, at);
            return;
        }
    }
    if let Some(name) = assigned_name(cx, n) {
        let scope = cx.scope(n, &name);
        cx.t.create(scope, &name, setup);
    }
}

/// The socket a method is called on: `ss` in `ss.bind(...)`, `ch.socket().bind(...)`.
fn receiver(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<String> {
    let o = cx.squashed(n.child_by_field_name("object")?);
    Some(o.strip_suffix(".socket()").unwrap_or(&o).to_owned())
}

fn invocation(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let method = cx.src.field(n, "name").unwrap_or_default();
    let a = args(n, "arguments");
    let at = pos(n);
    let object = cx.src.field(n, "object").unwrap_or_default();
    // `ServerSocketChannel.open()`, `DatagramChannel.open()`.
    if method == "open" {
        let proto = match object.rsplit('.').next() {
            Some("ServerSocketChannel" | "AsynchronousServerSocketChannel") => Proto::Tcp,
            Some("DatagramChannel") => Proto::Udp,
            _ => return,
        };
        if let Some(name) = assigned_name(cx, n) {
            let scope = cx.scope(n, &name);
            cx.t.create(scope, &name, java(proto));
        }
        return;
    }
    if !matches!(method, "setReuseAddress" | "setOption" | "bind" | "connect") {
        return;
    }
    let Some(recv) = receiver(cx, n) else { return };
    let scope = cx.scope(n, &recv);
    match method {
        "setReuseAddress" => {
            let v = a.first().and_then(|x| cx.boolean(*x));
            cx.t.set(scope, &recv, OptKind::ReuseAddr, v);
        }
        "setOption" => {
            let opt = a.first().map(|x| cx.squashed(*x)).unwrap_or_default();
            let kind = match opt.rsplit('.').next() {
                Some("SO_REUSEADDR") => OptKind::ReuseAddr,
                _ => return,
            };
            let v = a.get(1).and_then(|x| cx.boolean(*x));
            cx.t.set(scope, &recv, kind, v);
        }
        "bind" => {
            let (addrs, port) = a.first().map_or((Addrs::Unknown, None), |x| socket_address(cx, *x));
            // `ch.bind(null)`: an ephemeral port on the wildcard, not a server's port.
            if a.first().is_some_and(|x| cx.squashed(*x) == "null") {
                return;
            }
            let followed = cx.t.bind(scope, &recv, at, |s| {
                s.addrs = addrs;
                s.port = port;
            });
            let address_like = a.first().is_some_and(|x| {
                let t = cx.squashed(*x).to_ascii_lowercase();
                t.contains("socketaddress") || t.contains("addr") || t.contains("port") || cx.int(*x).is_some()
            });
            if !followed && address_like {
                cx.t.unrecognised(at, format!("bind on a socket created elsewhere ({recv})"));
            }
        }
        "connect" => {
            if let Some(s) = cx.t.get(scope, &recv) {
                s.connect = true;
            }
        }
        _ => {}
    }
}
