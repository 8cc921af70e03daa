//! C#: `Socket` (`ExclusiveAddressUse`, `DualMode`, `SetSocketOption(SocketOptionLevel.Socket,
//! SocketOptionName.ReuseAddress / ExclusiveAddressUse, ...)`, `Bind`), `TcpListener` (bound at
//! `Start`), `TcpListener.Create`, `UdpClient`, `HttpListener` (HTTP.sys, bound at `Start` on
//! its prefixes' port) and Kestrel's `Listen`, `ListenAnyIP`, `ListenLocalhost`.
//!
//! On Windows, .NET sets no sharing option unless asked (`ExclusiveAddressUse` is opt-in); an
//! IPv6 socket is dual-stack only with `DualMode = true`, `TcpListener.Create` and the
//! two-argument `Socket` constructor (both dual-mode); Kestrel's `ListenAnyIP` binds `[::]`
//! dual-stack.
//!
//! Sources: Microsoft Learn, `Socket(SocketType, ProtocolType)` ("creates a dual-mode socket"),
//! <https://learn.microsoft.com/en-us/dotnet/api/system.net.sockets.socket.-ctor>;
//! `TcpListener.Create`, <https://learn.microsoft.com/en-us/dotnet/api/system.net.sockets.tcplistener.create>;
//! Kestrel endpoints, <https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints>;
//! `netsh http` (`iplisten`), <https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-http>.

use std::net::{IpAddr, Ipv6Addr};

use tree_sitter::Node;

use super::{assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, Opt, OptKind, Runtime, Setup, ANY4, ANY6};
use crate::scan::syntax::{self, pos, Source};

pub(crate) struct CSharp;

impl Reader for CSharp {
    const FUNCTIONS: &'static [&'static str] =
        &["method_declaration", "constructor_declaration", "lambda_expression", "local_function_statement"];
    const RUNTIME: Runtime = Runtime::Dotnet;
    const CLASSES: &'static [&'static str] = &["class_declaration"];

    fn binding<'t>(_src: &Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        match n.kind() {
            "variable_declarator" => {
                let c = syntax::children(n);
                (c.len() >= 2).then(|| (c[0], c[c.len() - 1]))
            }
            "assignment_expression" => Some((n.child_by_field_name("left")?, n.child_by_field_name("right")?)),
            _ => None,
        }
    }

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        match n.kind() {
            "object_creation_expression" => creation(cx, n),
            "invocation_expression" => invocation(cx, n),
            "assignment_expression" => property(cx, n),
            _ => {}
        }
    }
}

/// The expressions of an argument list (named arguments by their value).
fn arguments<'t>(n: Node<'t>) -> Vec<Node<'t>> {
    let Some(list) = n.child_by_field_name("arguments") else { return Vec::new() };
    syntax::children(list)
        .into_iter()
        .filter(|a| a.kind() == "argument")
        .filter_map(|a| syntax::children(a).last().copied())
        .collect()
}

/// The socket a member is used on: `l` in `l.Start()`, `l.Server.DualMode`, `u.Client.Bind(..)`.
fn owner(text: &str) -> String {
    let t = text.strip_suffix(".Server").or_else(|| text.strip_suffix(".Client")).unwrap_or(text);
    t.to_owned()
}

/// An `IPAddress` expression.
fn ip_address(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<IpAddr> {
    let text = cx.squashed(n);
    let text = text.trim_start_matches("System.Net.");
    Some(match text {
        "IPAddress.Any" => ANY4,
        "IPAddress.IPv6Any" => ANY6,
        "IPAddress.Loopback" => IpAddr::from([127, 0, 0, 1]),
        "IPAddress.IPv6Loopback" => IpAddr::V6(Ipv6Addr::LOCALHOST),
        _ if text.starts_with("IPAddress.Parse(") => {
            let arg = arguments(n).first().copied()?;
            syntax::host_ip(&cx.string(arg)?)?
        }
        _ => return None,
    })
}

/// `new IPEndPoint(ADDRESS, PORT)`: its address and port.
fn end_point(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<(Addrs, Option<u16>)> {
    if n.kind() != "object_creation_expression" || !cx.src.field(n, "type")?.ends_with("IPEndPoint") {
        return None;
    }
    let a = arguments(n);
    let ip = a.first().and_then(|x| ip_address(cx, *x));
    Some((ip.map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), a.get(1).and_then(|p| cx.port(*p))))
}

fn family_of(ips: &Addrs) -> Option<Family> {
    match ips {
        Addrs::Known(v) => v.first().map(|ip| if ip.is_ipv6() { Family::V6 } else { Family::V4 }),
        Addrs::Unknown => None,
    }
}

fn creation(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let ty = cx.src.field(n, "type").unwrap_or_default();
    let ty = ty.rsplit('.').next().unwrap_or(ty);
    let a = arguments(n);
    let at = pos(n);
    let store = |cx: &mut Ctx<'_, '_>, setup: Setup| {
        if let Some(name) = assigned_name(cx, n) {
            let scope = cx.scope(n, &name);
            cx.t.create(scope, &name, setup);
        }
    };
    match ty {
        "TcpListener" => {
            let mut setup = Setup::new(Runtime::Dotnet, Proto::Tcp);
            let (addrs, port) = match a.as_slice() {
                [ep] => end_point(cx, *ep).unwrap_or_else(|| (Addrs::Known(vec![ANY4]), cx.port(*ep))),
                [ip, port] => (ip_address(cx, *ip).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), cx.port(*port)),
                _ => (Addrs::Unknown, None),
            };
            setup.family = family_of(&addrs);
            setup.addrs = addrs;
            setup.port = port;
            store(cx, setup);
        }
        "Socket" => {
            let mut setup = Setup::new(Runtime::Dotnet, Proto::Tcp);
            let texts: Vec<String> = a.iter().map(|x| cx.squashed(*x)).collect();
            if texts.iter().any(|t| t.ends_with("SocketType.Dgram")) {
                setup.proto = Proto::Udp;
            }
            match texts.first().map(String::as_str) {
                Some(t) if t.ends_with("InterNetworkV6") => setup.family = Some(Family::V6),
                Some(t) if t.ends_with("InterNetwork") => setup.family = Some(Family::V4),
                Some(t) if t.contains(".AddressFamily") => {}
                // `new Socket(SocketType.Stream, ProtocolType.Tcp)`: a dual-mode IPv6 socket.
                _ => {
                    setup.family = Some(Family::V6);
                    setup.v6only = Opt::Default(false);
                }
            }
            store(cx, setup);
        }
        "UdpClient" => {
            let mut setup = Setup::new(Runtime::Dotnet, Proto::Udp);
            match a.as_slice() {
                // `new UdpClient()` / `new UdpClient(AddressFamily...)`: unbound until `Client.Bind`.
                [] => store(cx, setup),
                [x] if cx.squashed(*x).contains("AddressFamily") => {
                    if cx.squashed(*x).ends_with("V6") {
                        setup.family = Some(Family::V6);
                    }
                    store(cx, setup);
                }
                // `new UdpClient("host", 53)`: connected to a server, a client.
                [host, _] if cx.string(*host).is_some() => {}
                [ep] if end_point(cx, *ep).is_some() => {
                    let (addrs, port) = end_point(cx, *ep).unwrap_or((Addrs::Unknown, None));
                    setup.addrs = addrs;
                    setup.port = port;
                    cx.t.bound_now(setup, at);
                }
                [port, rest @ ..] => {
                    let v6 = rest.first().is_some_and(|f| cx.squashed(*f).ends_with("InterNetworkV6"));
                    setup.addrs = Addrs::Known(vec![if v6 { ANY6 } else { ANY4 }]);
                    setup.port = cx.port(*port);
                    cx.t.bound_now(setup, at);
                }
            }
        }
        "HttpListener" => {
            let mut setup = Setup::new(Runtime::HttpSys, Proto::Tcp);
            setup.addrs = Addrs::Known(vec![ANY4, ANY6]);
            store(cx, setup);
        }
        _ => {}
    }
}

fn invocation(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let Some(f) = n.child_by_field_name("function") else { return };
    if f.kind() != "member_access_expression" {
        return;
    }
    let method = cx.src.field(f, "name").unwrap_or_default();
    let wanted = [
        "Create",
        "Add",
        "SetSocketOption",
        "Bind",
        "Start",
        "Listen",
        "Connect",
        "ConnectAsync",
        "ListenAnyIP",
        "ListenLocalhost",
    ];
    if !wanted.contains(&method) {
        return;
    }
    let a = arguments(n);
    let at = pos(n);
    let text = cx.squashed(f);
    let object = f.child_by_field_name("expression").map(|o| cx.squashed(o)).unwrap_or_default();
    if text.ends_with("TcpListener.Create") {
        let mut setup = Setup::new(Runtime::Dotnet, Proto::Tcp);
        setup.addrs = Addrs::Known(vec![ANY6]);
        setup.family = Some(Family::V6);
        setup.v6only = Opt::Default(false);
        setup.port = a.first().and_then(|p| cx.port(*p));
        if let Some(name) = assigned_name(cx, n) {
            let scope = cx.scope(n, &name);
            cx.t.create(scope, &name, setup);
        }
        return;
    }
    // `listener.Prefixes.Add("http://+:8080/")`.
    if let Some(l) = object.strip_suffix(".Prefixes").filter(|_| method == "Add") {
        let port = a.first().and_then(|p| cx.string(*p)).and_then(|url| prefix_port(&url));
        let scope = cx.scope(n, l);
        if let Some(s) = cx.t.get(scope, l) {
            if s.setup.port.is_none() {
                s.setup.port = port;
            }
        }
        return;
    }
    let sock = owner(&object);
    let scope = cx.scope(n, &sock);
    let followed = cx.t.get(scope, &sock).is_some();
    match method {
        "SetSocketOption" if followed => {
            let level = a.first().map(|x| cx.squashed(*x)).unwrap_or_default();
            let name = a.get(1).map(|x| cx.squashed(*x)).unwrap_or_default();
            let kind = match (level.rsplit('.').next(), name.rsplit('.').next()) {
                (Some("Socket"), Some("ReuseAddress")) => OptKind::ReuseAddr,
                (Some("Socket"), Some("ExclusiveAddressUse")) => OptKind::Exclusive,
                (Some("IPv6"), Some("IPv6Only")) => OptKind::V6Only,
                _ => return,
            };
            let v = a.get(2).and_then(|x| cx.boolean(*x));
            cx.t.set(scope, &sock, kind, v);
        }
        "Bind" => {
            let (addrs, port) = a.first().and_then(|x| end_point(cx, *x)).unwrap_or((Addrs::Unknown, None));
            let bound = cx.t.bind(scope, &sock, at, |s| {
                if s.family.is_none() {
                    s.family = family_of(&addrs);
                }
                s.addrs = addrs;
                s.port = port;
            });
            if !bound {
                cx.t.unrecognised(at, format!("Bind on a socket created elsewhere ({sock})"));
            }
        }
        "Start" if followed => {
            cx.t.bind(scope, &sock, at, |_| {});
        }
        "Listen" if followed => {
            if let Some(s) = cx.t.get(scope, &sock) {
                s.listen = Some(at);
            }
        }
        "Connect" | "ConnectAsync" if followed => {
            if let Some(s) = cx.t.get(scope, &sock) {
                s.connect = true;
            }
        }
        // Kestrel: `options.Listen(IPAddress.Any, 5000)`, `ListenAnyIP(5000)`, `ListenLocalhost(5000)`.
        "Listen" | "ListenAnyIP" | "ListenLocalhost" => {
            let mut setup = Setup::new(Runtime::Kestrel, Proto::Tcp);
            let (addrs, port) = match method {
                "ListenAnyIP" => {
                    setup.v6only = Opt::Default(false);
                    (Addrs::Known(vec![ANY6]), a.first().and_then(|p| cx.port(*p)))
                }
                "ListenLocalhost" => (
                    Addrs::Known(vec![IpAddr::from([127, 0, 0, 1]), IpAddr::V6(Ipv6Addr::LOCALHOST)]),
                    a.first().and_then(|p| cx.port(*p)),
                ),
                _ => match a.as_slice() {
                    [ep, ..] if end_point(cx, *ep).is_some() => end_point(cx, *ep).unwrap_or((Addrs::Unknown, None)),
                    [ip, port, ..] if ip_address(cx, *ip).is_some() => {
                        (ip_address(cx, *ip).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), cx.port(*port))
                    }
                    // A `Listen(backlog)` on a socket the scan does not follow.
                    [_] => return,
                    _ => (Addrs::Unknown, None),
                },
            };
            setup.addrs = addrs;
            setup.port = port;
            cx.t.bound_now(setup, at);
        }
        _ => {}
    }
}

/// `listener.ExclusiveAddressUse = true;`, `socket.DualMode = true;`.
fn property(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let (Some(left), Some(right)) = (n.child_by_field_name("left"), n.child_by_field_name("right")) else { return };
    if left.kind() != "member_access_expression" {
        return;
    }
    let name = cx.src.field(left, "name").unwrap_or_default();
    let object = left.child_by_field_name("expression").map(|o| cx.squashed(o)).unwrap_or_default();
    let sock = owner(&object);
    let scope = cx.scope(n, &sock);
    let v = cx.boolean(right);
    match name {
        "ExclusiveAddressUse" => {
            cx.t.set(scope, &sock, OptKind::Exclusive, v);
        }
        "DualMode" => {
            cx.t.set(scope, &sock, OptKind::V6Only, v.map(|d| !d));
        }
        _ => {}
    }
}

/// The port of an HTTP.sys URL prefix: `http://+:8080/` is 8080, `https://*/` is 443.
fn prefix_port(url: &str) -> Option<u16> {
    let (scheme, rest) = url.split_once("://")?;
    let host_port = rest.split('/').next()?;
    match host_port.rsplit_once(':') {
        Some((_, port)) if !port.contains(']') => port.parse().ok(),
        _ => match scheme {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        },
    }
}
