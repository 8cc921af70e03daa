//! Rust: `TcpListener::bind` / `UdpSocket::bind` of std, tokio and mio; tokio's `TcpSocket`
//! (`new_v4`/`new_v6`, `set_reuseaddr`, `bind`, `listen`); socket2's `Socket` (`new`,
//! `set_reuse_address`, `set_only_v6`, `bind`, `listen`).
//!
//! The address is read from a string literal (`"0.0.0.0:8080"`, also through `let addr =
//! "...".parse()?`), a `(host, port)` tuple, `SocketAddr::from(([0, 0, 0, 0], 8080))` or
//! `SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8080)`. None of these runtimes sets an option
//! on Windows; IPv6 sockets keep IPV6_V6ONLY on.
//!
//! Sources: <https://doc.rust-lang.org/std/net/struct.TcpListener.html>,
//! <https://docs.rs/tokio/latest/tokio/net/struct.TcpSocket.html>,
//! <https://docs.rs/socket2/latest/socket2/struct.Socket.html>.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, OptKind, Runtime, Setup};
use crate::scan::syntax::{self, pos, Source};

pub(crate) struct Rust;

impl Reader for Rust {
    const FUNCTIONS: &'static [&'static str] = &["function_item", "closure_expression"];
    const RUNTIME: Runtime = Runtime::RustStd;
    const CLASSES: &'static [&'static str] = &["impl_item"];

    fn binding<'t>(src: &Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        let (name, value) = match n.kind() {
            "let_declaration" => (n.child_by_field_name("pattern")?, n.child_by_field_name("value")?),
            "const_item" | "static_item" => (n.child_by_field_name("name")?, n.child_by_field_name("value")?),
            _ => return None,
        };
        // `"...".parse()?` / `.parse::<SocketAddr>().unwrap()`: the string is the value.
        let value = if value.kind() != "string_literal" && src.text(value).contains(".parse") {
            syntax::ancestor_down(value, "string_literal").unwrap_or(value)
        } else {
            value
        };
        Some((name, value))
    }

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        if n.kind() == "call_expression" {
            call(cx, n);
        }
    }
}

/// Whether `n` is inside a `#[test]` function or a `#[cfg(test)]` module: an attribute naming
/// `test` just before an enclosing item.
fn in_test(cx: &Ctx<'_, '_>, n: Node<'_>) -> bool {
    let mut cur = n.parent();
    while let Some(item) = cur {
        if matches!(item.kind(), "function_item" | "mod_item") {
            let mut prev = item.prev_named_sibling();
            while let Some(a) = prev.filter(|a| a.kind() == "attribute_item") {
                let text = cx.squashed(a);
                if text == "#[test]" || text.ends_with("::test]") || text.contains("cfg(test)") {
                    return true;
                }
                prev = a.prev_named_sibling();
            }
        }
        cur = item.parent();
    }
    false
}

/// The runtime a `TcpListener` / `UdpSocket` path names: by its own path, else by the file's
/// `use` declarations.
fn runtime_of(cx: &Ctx<'_, '_>, path: &str) -> Runtime {
    let uses = |krate: &str| {
        path.starts_with(&format!("{krate}::"))
            || syntax::children(cx.src.tree.root_node())
                .iter()
                .any(|u| u.kind() == "use_declaration" && cx.squashed(*u).contains(&format!("{krate}::net")))
    };
    if path.starts_with("std::") {
        Runtime::RustStd
    } else if uses("tokio") {
        Runtime::Tokio
    } else if uses("mio") {
        Runtime::Mio
    } else {
        Runtime::RustStd
    }
}

/// An address expression: (addresses, port).
fn address(cx: &Ctx<'_, '_>, n: Node<'_>) -> (Addrs, Option<u16>) {
    // `&addr.into()`, `addr.into()`, `&addr`: the name inside.
    let mut n = n;
    loop {
        match n.kind() {
            "reference_expression" => n = n.child_by_field_name("value").unwrap_or(n),
            "call_expression"
                if n.child_by_field_name("function")
                    .is_some_and(|f| f.kind() == "field_expression" && cx.src.field(f, "field") == Some("into")) =>
            {
                n = n.child_by_field_name("function").and_then(|f| f.child_by_field_name("value")).unwrap_or(n);
            }
            _ => break,
        }
    }
    // `"...".parse().unwrap()`: the string.
    if n.kind() != "string_literal" && cx.text(n).contains(".parse") {
        n = syntax::ancestor_down(n, "string_literal").unwrap_or(n);
    }
    // A name bound once in the function to an address expression: that expression.
    if n.kind() == "identifier" && cx.string(n).is_none() {
        if let Some(value) = let_value(cx, n) {
            return address(cx, value);
        }
    }
    if let Some(s) = cx.string(n) {
        return match syntax::split_host_port(&s) {
            Some((Some(ip), port)) => (Addrs::Known(vec![ip]), Some(port)),
            _ => (Addrs::Unknown, None),
        };
    }
    let text = cx.squashed(n);
    let tuple = if n.kind() == "tuple_expression" {
        Some(n)
    } else if text.starts_with("SocketAddr::from(") || text.starts_with("SocketAddrV4::from(") {
        args(n, "arguments").first().copied().filter(|t| t.kind() == "tuple_expression")
    } else if text.starts_with("SocketAddr::new(")
        || text.starts_with("SocketAddrV4::new(")
        || text.starts_with("SocketAddrV6::new(")
    {
        let a = args(n, "arguments");
        return (
            a.first().and_then(|ip| ip_expr(cx, *ip)).map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])),
            a.get(1).and_then(|p| cx.port(*p)),
        );
    } else {
        None
    };
    let Some(t) = tuple else { return (Addrs::Unknown, None) };
    let parts = syntax::children(t);
    let ip = parts.first().and_then(|ip| ip_expr(cx, *ip));
    (ip.map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), parts.get(1).and_then(|p| cx.port(*p)))
}

/// The value of `let NAME = VALUE;` in the function around `name`, where it is bound once.
fn let_value<'t>(cx: &Ctx<'_, '_>, name: Node<'t>) -> Option<Node<'t>> {
    let function = syntax::ancestor(name, Rust::FUNCTIONS)?;
    let wanted = cx.text(name);
    let mut values = syntax::preorder(function).into_iter().filter(|n| n.kind() == "let_declaration").filter_map(|l| {
        (l.child_by_field_name("pattern").map(|p| cx.text(p)) == Some(wanted))
            .then(|| l.child_by_field_name("value"))
            .flatten()
    });
    let value = values.next().filter(|v| v.kind() != "identifier")?;
    values.next().is_none().then_some(value)
}

/// `Ipv4Addr::UNSPECIFIED`, `[0, 0, 0, 0]`, `"0.0.0.0"`, `IpAddr::V6(Ipv6Addr::LOCALHOST)` ...
fn ip_expr(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<IpAddr> {
    if let Some(s) = cx.string(n) {
        return syntax::host_ip(&s);
    }
    let text = cx.squashed(n);
    let text = text.trim_end_matches(".into()");
    let inner = text
        .strip_prefix("IpAddr::V4(")
        .or_else(|| text.strip_prefix("IpAddr::V6("))
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text);
    let inner = inner.trim_start_matches("std::net::");
    Some(match inner {
        "Ipv4Addr::UNSPECIFIED" => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        "Ipv4Addr::LOCALHOST" => IpAddr::V4(Ipv4Addr::LOCALHOST),
        "Ipv6Addr::UNSPECIFIED" => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        "Ipv6Addr::LOCALHOST" => IpAddr::V6(Ipv6Addr::LOCALHOST),
        _ if inner.starts_with('[') && inner.ends_with(']') => {
            let octets: Vec<u8> =
                inner[1..inner.len() - 1].split(',').map(|o| o.parse().ok()).collect::<Option<_>>()?;
            let v4: [u8; 4] = octets.try_into().ok()?;
            IpAddr::from(v4)
        }
        _ => return None,
    })
}

/// The methods and associated functions a Rust socket set-up calls.
const NAMES: [&str; 10] = [
    "bind",
    "new_v4",
    "new_v6",
    "new",
    "new_raw",
    "set_reuseaddr",
    "set_reuse_address",
    "set_only_v6",
    "listen",
    "connect",
];

fn call(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
    let Some(f) = n.child_by_field_name("function") else { return };
    // The last name (`bind` in `TcpListener::bind`, `s.bind`) decides before any allocation.
    let last = match f.kind() {
        "scoped_identifier" => cx.src.field(f, "name"),
        "field_expression" => cx.src.field(f, "field"),
        _ => None,
    };
    if !last.is_some_and(|l| NAMES.contains(&l)) || in_test(cx, n) {
        return;
    }
    let a = args(n, "arguments");
    let at = pos(n);
    let path = cx.squashed(f);
    // `TcpListener::bind(..)`, `UdpSocket::bind(..)` with any path prefix.
    let base = path.rsplit("::").nth(1).unwrap_or_default();
    if f.kind() == "scoped_identifier" {
        let method = path.rsplit("::").next().unwrap_or_default();
        match (base, method) {
            ("TcpListener" | "UdpSocket", "bind") => {
                let proto = if base == "UdpSocket" { Proto::Udp } else { Proto::Tcp };
                let mut setup = Setup::new(runtime_of(cx, &path), proto);
                let (addrs, port) = a.first().map_or((Addrs::Unknown, None), |x| address(cx, *x));
                setup.addrs = addrs;
                setup.port = port;
                cx.t.bound_now(setup, at);
            }
            ("TcpSocket", "new_v4" | "new_v6") => {
                let Some(name) = assigned_name(cx, n) else { return };
                let mut setup = Setup::new(Runtime::Tokio, Proto::Tcp);
                setup.family = Some(if method == "new_v6" { Family::V6 } else { Family::V4 });
                let scope = cx.scope(n, &name);
                cx.t.create(scope, &name, setup);
            }
            ("Socket", "new" | "new_raw") => {
                let Some(name) = assigned_name(cx, n) else { return };
                let domain = a.first().map(|x| cx.squashed(*x)).unwrap_or_default();
                let ty = a.get(1).map(|x| cx.squashed(*x)).unwrap_or_default();
                let proto = if ty.ends_with("DGRAM") { Proto::Udp } else { Proto::Tcp };
                let mut setup = Setup::new(Runtime::Socket2, proto);
                setup.family = if domain.ends_with("IPV6") {
                    Some(Family::V6)
                } else if domain.ends_with("IPV4") {
                    Some(Family::V4)
                } else {
                    None
                };
                let scope = cx.scope(n, &name);
                cx.t.create(scope, &name, setup);
            }
            _ => {}
        }
        return;
    }
    if f.kind() != "field_expression" {
        return;
    }
    let Some(value) = f.child_by_field_name("value") else { return };
    let recv = cx.squashed(value);
    let method = cx.src.field(f, "field").unwrap_or_default();
    let scope = cx.scope(n, &recv);
    match method {
        "set_reuseaddr" | "set_reuse_address" => {
            let v = a.first().and_then(|x| cx.boolean(*x));
            cx.t.set(scope, &recv, OptKind::ReuseAddr, v);
        }
        "set_only_v6" => {
            let v = a.first().and_then(|x| cx.boolean(*x));
            cx.t.set(scope, &recv, OptKind::V6Only, v);
        }
        "bind" => {
            let (addrs, port) = a.first().map_or((Addrs::Unknown, None), |x| address(cx, *x));
            let followed = cx.t.bind(scope, &recv, at, |s| {
                s.addrs = addrs;
                s.port = port;
            });
            if !followed && cx.t.get(scope, &recv).is_none() && recv.to_ascii_lowercase().contains("sock") {
                cx.t.unrecognised(at, format!("bind on a socket created elsewhere ({recv})"));
            }
        }
        "listen" => {
            if let Some(s) = cx.t.get(scope, &recv) {
                s.listen = Some(at);
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
