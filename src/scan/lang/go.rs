//! Go: `net.Listen`, `net.ListenPacket`, `net.ListenTCP` / `ListenUDP`, `http.ListenAndServe`,
//! `http.Server{Addr}.ListenAndServe`, and `net.ListenConfig{Control: ...}.Listen` whose Control
//! sets options through `syscall` or `golang.org/x/sys/windows` (`SetsockoptInt`).
//!
//! On Windows, Go binds a wildcard (`":8080"`, `"0.0.0.0:8080"`, `"[::]:8080"`) of network `tcp` /
//! `udp` as one `[::]` dual-stack socket, `tcp4` as `0.0.0.0`, `tcp6` as `[::]` with
//! IPV6_V6ONLY on, and sets no sharing option.
//!
//! Source: Go's `net` package, `favoriteAddrFamily` (a wildcard listen is one AF_INET6 socket
//! with IPV6_V6ONLY off where the system maps IPv4),
//! <https://github.com/golang/go/blob/master/src/net/ipsock_posix.go>.

use std::net::IpAddr;

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, Opt, OptKind, Runtime, Setup, ANY4, ANY6};
use crate::scan::syntax::{self, pos, Source};

pub(crate) struct Go;

impl Reader for Go {
    const FUNCTIONS: &'static [&'static str] = &["function_declaration", "method_declaration", "func_literal"];
    const RUNTIME: Runtime = Runtime::Go;
    const CLASSES: &'static [&'static str] = &[];

    fn binding<'t>(_src: &Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        match n.kind() {
            "const_spec" | "var_spec" => Some((n.child_by_field_name("name")?, first(n.child_by_field_name("value")?))),
            "short_var_declaration" | "assignment_statement" => {
                Some((first(n.child_by_field_name("left")?), first(n.child_by_field_name("right")?)))
            }
            _ => None,
        }
    }

    fn function(src: &Source<'_>, n: Node<'_>) -> Option<(String, Vec<String>)> {
        (n.kind() == "function_declaration").then(|| (src.field(n, "name").unwrap_or_default().to_owned(), Vec::new()))
    }

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        match n.kind() {
            "composite_literal" => composite(cx, n),
            "call_expression" => call(cx, n),
            _ => {}
        }
    }
}

/// The first expression of an expression list.
fn first(n: Node<'_>) -> Node<'_> {
    if n.kind() == "expression_list" {
        n.named_child(0).unwrap_or(n)
    } else {
        n
    }
}

/// `net.ListenConfig{Control: ...}` and `http.Server{Addr: ...}` stored in a name: followed as
/// a socket whose bind is the later `Listen` / `ListenAndServe`.
fn composite(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let ty = cx.src.field(n, "type").unwrap_or_default();
    let Some(body) = n.child_by_field_name("body") else { return };
    let field = |name: &str| {
        syntax::children(body).into_iter().find_map(|kv| {
            let key = kv.named_child(0)?;
            (cx.squashed(key) == name).then(|| kv.named_child(1)).flatten().map(first_inner)
        })
    };
    let mut setup = Setup::new(Runtime::Go, Proto::Tcp);
    if ty.ends_with("ListenConfig") {
        if let Some(control) = field("Control") {
            control_options(cx, control, &mut setup);
        }
    } else if ty.ends_with("http.Server") || ty == "Server" {
        let addr = field("Addr")
            .and_then(|a| cx.string(a))
            .or_else(|| Some(":80".to_owned()).filter(|_| field("Addr").is_none()));
        apply_address(&mut setup, "tcp", addr.as_deref());
    } else {
        return;
    }
    // `&net.ListenConfig{...}`: the value is the unary expression around the literal.
    let holder = match n.parent() {
        Some(p) if p.kind() == "unary_expression" => p,
        _ => n,
    };
    if let Some(name) = assigned_name(cx, holder) {
        let scope = cx.scope(n, &name);
        cx.t.create(scope, &name, setup);
    }
}

/// A keyed element's value node (the grammar wraps it in `literal_element`).
fn first_inner(n: Node<'_>) -> Node<'_> {
    if n.kind() == "literal_element" {
        n.named_child(0).unwrap_or(n)
    } else {
        n
    }
}

/// The options a Control function sets: a function literal, or a function of the file by name.
fn control_options(cx: &Ctx<'_, '_>, control: Node<'_>, setup: &mut Setup) {
    let body = if control.kind() == "func_literal" {
        Some(control)
    } else {
        let name = cx.squashed(control);
        let root = cx.src.tree.root_node();
        syntax::children(root)
            .into_iter()
            .find(|f| f.kind() == "function_declaration" && cx.src.field(*f, "name") == Some(name.as_str()))
    };
    let Some(body) = body else { return };
    for c in syntax::preorder(body) {
        if c.kind() != "call_expression" {
            continue;
        }
        let callee = c.child_by_field_name("function").map(|f| cx.squashed(f)).unwrap_or_default();
        if !callee.ends_with("SetsockoptInt") {
            continue;
        }
        let a = args(c, "arguments");
        let Some(opt) = a.get(2).map(|x| cx.expression(*x)) else { continue };
        let kind = if opt.starts_with('^') && opt.ends_with("SO_REUSEADDR") || opt.ends_with("SO_EXCLUSIVEADDRUSE") {
            OptKind::Exclusive
        } else if opt.ends_with("SO_REUSEADDR") {
            OptKind::ReuseAddr
        } else if opt.ends_with("IPV6_V6ONLY") {
            OptKind::V6Only
        } else {
            continue;
        };
        setup.set(kind, a.get(3).and_then(|v| cx.boolean(*v)));
    }
}

/// Fills the address the way Go binds `address` on `network` on Windows.
fn apply_address(setup: &mut Setup, network: &str, address: Option<&str>) {
    setup.proto = if network.starts_with("udp") { Proto::Udp } else { Proto::Tcp };
    let Some((host, port)) = address.and_then(syntax::split_host_port) else {
        setup.addrs = Addrs::Unknown;
        setup.port = None;
        // "tcp" / "udp": dual-stack for a wildcard, not for a specific address.
        if !network.ends_with(['4', '6']) && matches!(setup.v6only, Opt::Default(_)) {
            setup.v6only = Opt::Unknown;
        }
        return;
    };
    setup.port = Some(port);
    let wildcard = host.is_none_or(|h| h.is_unspecified());
    let (ip, v6only) = match (network.chars().last(), host) {
        (Some('4'), h) => (h.unwrap_or(ANY4), None),
        (Some('6'), h) => (h.unwrap_or(ANY6), Some(true)),
        // "tcp" / "udp": a wildcard is one dual-stack [::] socket.
        (_, _) if wildcard => (ANY6, Some(false)),
        (_, Some(h)) => (h, if h.is_ipv6() { Some(false) } else { None }),
        (_, None) => (ANY6, Some(false)),
    };
    setup.family = Some(if ip.is_ipv6() { Family::V6 } else { Family::V4 });
    setup.addrs = Addrs::Known(vec![ip]);
    if let Some(v) = v6only {
        if matches!(setup.v6only, Opt::Default(_)) {
            setup.v6only = Opt::Default(v);
        }
    }
}

/// `&net.TCPAddr{IP: net.IPv4zero, Port: 8080}`: the address string Go would print for it.
fn tcp_addr(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<String> {
    let lit = syntax::ancestor_down(n, "composite_literal")?;
    let body = lit.child_by_field_name("body")?;
    let mut ip: Option<IpAddr> = None;
    let mut port = 0u16;
    for kv in syntax::children(body) {
        let (Some(k), Some(v)) = (kv.named_child(0), kv.named_child(1)) else { continue };
        let v = first_inner(v);
        match cx.squashed(k).as_str() {
            "Port" => port = cx.port(v)?,
            "IP" => {
                ip = Some(match cx.squashed(v).as_str() {
                    "net.IPv4zero" => ANY4,
                    "net.IPv6zero" | "net.IPv6unspecified" => ANY6,
                    "net.IPv6loopback" => IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
                    _ => {
                        let call = syntax::ancestor_down(v, "call_expression")?;
                        args(call, "arguments").first().and_then(|s| cx.string(*s)).and_then(|s| syntax::host_ip(&s))?
                    }
                });
            }
            _ => {}
        }
    }
    Some(match ip {
        Some(ip) => std::net::SocketAddr::new(ip, port).to_string(),
        None => format!(":{port}"),
    })
}

fn call(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let Some(f) = n.child_by_field_name("function") else { return };
    if f.kind() != "selector_expression"
        || !cx.src.field(f, "field").is_some_and(|m| {
            matches!(m, "Listen" | "ListenPacket" | "ListenTCP" | "ListenUDP" | "ListenAndServe" | "ListenAndServeTLS")
        })
    {
        return;
    }
    let a = args(n, "arguments");
    let (receiver, method) = match f.kind() {
        "selector_expression" => (f.child_by_field_name("operand"), cx.src.field(f, "field").unwrap_or_default()),
        _ => (None, cx.text(f)),
    };
    let receiver_text = receiver.map(|r| cx.squashed(r)).unwrap_or_default();
    let at = pos(n);
    let strings: Vec<Option<String>> = a.iter().map(|x| cx.string(*x)).collect();
    let string = |i: usize| strings.get(i).cloned().flatten();
    match (receiver_text.as_str(), method) {
        ("net", "Listen" | "ListenPacket") => {
            let network = string(0).unwrap_or_else(|| "tcp".to_owned());
            let mut setup = Setup::new(Runtime::Go, Proto::Tcp);
            apply_address(&mut setup, &network, string(1).as_deref());
            cx.t.bound_now(setup, at);
        }
        ("net", "ListenTCP" | "ListenUDP") => {
            let network = string(0).unwrap_or_else(|| "tcp".to_owned());
            let mut setup = Setup::new(Runtime::Go, Proto::Tcp);
            let addr = a.get(1).and_then(|x| tcp_addr(cx, *x));
            apply_address(&mut setup, &network, addr.as_deref());
            cx.t.bound_now(setup, at);
        }
        ("http", "ListenAndServe" | "ListenAndServeTLS") => {
            let mut setup = Setup::new(Runtime::Go, Proto::Tcp);
            let addr = string(0).map(|s| if s.is_empty() { ":80".to_owned() } else { s });
            apply_address(&mut setup, "tcp", addr.as_deref());
            cx.t.bound_now(setup, at);
        }
        (_, "Listen" | "ListenPacket") if receiver.is_some() => {
            // A ListenConfig: a name, or the literal itself (`(&net.ListenConfig{...}).Listen`).
            let mut setup = Setup::new(Runtime::Go, Proto::Tcp);
            let literal = receiver.and_then(|r| syntax::ancestor_down(r, "composite_literal"));
            if let Some(lit) = literal.filter(|l| cx.src.field(*l, "type").is_some_and(|t| t.ends_with("ListenConfig")))
            {
                if let Some(control) = lit.child_by_field_name("body").and_then(|b| {
                    syntax::children(b).into_iter().find_map(|kv| {
                        (kv.named_child(0).map(|k| cx.squashed(k)).as_deref() == Some("Control"))
                            .then(|| kv.named_child(1).map(first_inner))
                            .flatten()
                    })
                }) {
                    control_options(cx, control, &mut setup);
                }
            } else {
                let scope = cx.scope(n, &receiver_text);
                match cx.t.get(scope, &receiver_text) {
                    Some(s) => setup = s.setup.clone(),
                    None => {
                        cx.t.unrecognised(at, format!("{method} on a value the scan cannot follow ({receiver_text})"));
                        return;
                    }
                }
            }
            let network = string(1).unwrap_or_else(|| "tcp".to_owned());
            apply_address(&mut setup, &network, string(2).as_deref());
            cx.t.bound_now(setup, at);
        }
        (_, "ListenAndServe" | "ListenAndServeTLS") if receiver.is_some() => {
            let scope = cx.scope(n, &receiver_text);
            if !cx.t.bind(scope, &receiver_text, at, |_| {}) {
                cx.t.unrecognised(at, format!("{method} on a server the scan cannot follow ({receiver_text})"));
            }
        }
        _ => {}
    }
}
