//! C and C++ with Winsock: `socket` / `WSASocket`, `setsockopt`, `bind`, `listen`, `connect`.
//!
//! The address of a `bind` is read from the `sockaddr_in` / `sockaddr_in6` variable it is given:
//! the assignments to its `sin_addr` / `sin6_addr` and `sin_port` / `sin6_port` in the same
//! function (`htonl(INADDR_ANY)`, `in6addr_any`, `inet_addr("...")`, `inet_pton(AF_INET, "...",
//! &a.sin_addr)`, `htons(8080)`), or the zeroed structure's wildcard where the code zeroes it and
//! sets no address. An address from `getaddrinfo` is `unknown`.

use std::net::IpAddr;

use tree_sitter::Node;

use super::{args, assigned_name, Ctx, Reader};
use crate::endpoint::{Family, Proto};
use crate::scan::site::{Addrs, OptKind, Runtime, Setup, ANY4, ANY6};
use crate::scan::syntax::{self, pos};

pub(crate) struct C;

impl Reader for C {
    const FUNCTIONS: &'static [&'static str] = &["function_definition", "lambda_expression"];
    const RUNTIME: Runtime = Runtime::Winsock;
    const CLASSES: &'static [&'static str] = &["class_specifier", "struct_specifier"];

    fn binding<'t>(src: &syntax::Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        match n.kind() {
            "preproc_def" => Some((n.child_by_field_name("name")?, n.child_by_field_name("value")?)),
            "init_declarator" => Some((n.child_by_field_name("declarator")?, n.child_by_field_name("value")?)),
            "assignment_expression" if src.field(n, "operator").is_none_or(|o| o == "=") => {
                Some((n.child_by_field_name("left")?, n.child_by_field_name("right")?))
            }
            _ => None,
        }
    }

    fn function(src: &syntax::Source<'_>, n: Node<'_>) -> Option<(String, Vec<String>)> {
        if n.kind() != "function_definition" {
            return None;
        }
        let decl = n.child_by_field_name("declarator")?;
        let decl = syntax::ancestor_down(decl, "function_declarator")?;
        let name = src.squashed(decl.child_by_field_name("declarator")?);
        let params = syntax::children(decl.child_by_field_name("parameters")?)
            .into_iter()
            .filter_map(|p| p.child_by_field_name("declarator").map(|d| src.squashed(d)))
            .map(|d| d.trim_start_matches(['*', '&']).to_owned())
            .collect();
        Some((name, params))
    }

    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>) {
        if n.kind() != "call_expression" {
            return;
        }
        let Some(f) = n.child_by_field_name("function") else { return };
        let callee = cx.squashed(f);
        let callee = callee.trim_start_matches("::");
        let known = matches!(
            callee,
            "socket"
                | "WSASocket"
                | "WSASocketW"
                | "WSASocketA"
                | "setsockopt"
                | "bind"
                | "listen"
                | "connect"
                | "WSAConnect"
        );
        if !known && !cx.t.helpers.contains_key(callee) {
            return;
        }
        let a = args(n, "arguments");
        let sock = |i: usize| a.get(i).map(|x| cx.squashed(*x));
        match callee {
            "socket" | "WSASocket" | "WSASocketW" | "WSASocketA" => {
                let Some(name) = assigned_name(cx, n) else { return };
                let family = match a.first().map(|x| cx.squashed(*x)).as_deref() {
                    Some("AF_INET") => Some(Family::V4),
                    Some("AF_INET6") => Some(Family::V6),
                    _ => None,
                };
                let kind = a.get(1).map(|x| cx.squashed(*x)).unwrap_or_default();
                let proto = if kind.contains("SOCK_DGRAM") {
                    Proto::Udp
                } else if kind.contains("SOCK_STREAM") {
                    Proto::Tcp
                } else {
                    cx.t.unrecognised(pos(n), format!("{callee} of a type the scan cannot read ({kind})"));
                    return;
                };
                let mut setup = Setup::new(Runtime::Winsock, proto);
                setup.family = family;
                let scope = cx.scope(n, &name);
                cx.t.create(scope, &name, setup);
            }
            "setsockopt" => {
                let Some(name) = sock(0) else { return };
                let kind = match a.get(2).map(|x| cx.squashed(*x)).as_deref() {
                    Some("SO_REUSEADDR") => OptKind::ReuseAddr,
                    Some("SO_EXCLUSIVEADDRUSE") => OptKind::Exclusive,
                    Some("IPV6_V6ONLY") => OptKind::V6Only,
                    _ => return,
                };
                let value = a.get(3).and_then(|v| option_value(cx, *v));
                let scope = cx.scope(n, &name);
                cx.t.set(scope, &name, kind, value);
            }
            "bind" => {
                let Some(name) = sock(0) else { return };
                let scope = cx.scope(n, &name);
                let function = syntax::ancestor(n, Self::FUNCTIONS);
                let (addrs, port) = a
                    .get(1)
                    .and_then(|x| sockaddr_var(cx, *x))
                    .and_then(|var| function.map(|f| read_sockaddr(cx, f, &var)))
                    .unwrap_or((Addrs::Unknown, None));
                let followed = cx.t.bind(scope, &name, pos(n), |s| {
                    s.addrs = addrs;
                    s.port = port;
                });
                if !followed {
                    cx.t.unrecognised(pos(n), format!("bind on a socket created elsewhere ({name})"));
                }
            }
            "listen" => {
                let Some(name) = sock(0) else { return };
                let scope = cx.scope(n, &name);
                match cx.t.get(scope, &name) {
                    Some(s) if s.param.is_none() => s.listen = Some(pos(n)),
                    _ => cx.t.unrecognised(pos(n), format!("listen on a socket created elsewhere ({name})")),
                }
            }
            "connect" | "WSAConnect" => {
                if let Some(name) = sock(0) {
                    let scope = cx.scope(n, &name);
                    if let Some(s) = cx.t.get(scope, &name) {
                        s.connect = true;
                    }
                }
            }
            _ if cx.t.helpers.contains_key(callee) => {
                let names: Vec<Option<String>> = a.iter().map(|x| Some(cx.squashed(*x))).collect();
                let scope = syntax::ancestor(n, Self::FUNCTIONS).map_or(0, |f| f.id());
                cx.t.helper_call(scope, callee, &names);
            }
            _ => {}
        }
    }
}

/// The option value behind `(char *)&on` or `(const char*)&v6only`: the variable's literal.
fn option_value(cx: &Ctx<'_, '_>, v: Node<'_>) -> Option<bool> {
    let text = cx.squashed(v);
    let var = text.rsplit('&').next()?.trim_end_matches(')');
    let lit = cx.consts.get(var).cloned().flatten()?;
    match lit.to_ascii_uppercase().as_str() {
        "TRUE" => Some(true),
        "FALSE" => Some(false),
        other => syntax::literal_int(other).map(|i| i != 0),
    }
}

/// The variable a `bind` address argument names: `addr` in `(SOCKADDR *)&addr`, `(struct
/// sockaddr*)&a`, `&addr`; `None` for `res->ai_addr` and other expressions.
fn sockaddr_var(cx: &Ctx<'_, '_>, x: Node<'_>) -> Option<String> {
    let text = cx.squashed(x);
    let (_, var) = text.rsplit_once('&')?;
    let var = var.trim_end_matches(')');
    (var.chars().all(|c| c.is_alphanumeric() || c == '_') && !var.is_empty()).then(|| var.to_owned())
}

/// What the function sets on the sockaddr variable `var`: its address and port.
fn read_sockaddr(cx: &Ctx<'_, '_>, function: Node<'_>, var: &str) -> (Addrs, Option<u16>) {
    let mut family = None;
    let mut ip: Option<Option<IpAddr>> = None;
    let mut port = None;
    let mut zeroed = false;
    for n in syntax::preorder(function) {
        match n.kind() {
            "declaration" => {
                let text = cx.squashed(n);
                let declares = syntax::children(n).iter().any(|d| {
                    let d = d.child_by_field_name("declarator").unwrap_or(*d);
                    cx.squashed(d) == var
                });
                if declares {
                    if text.contains("sockaddr_in6") || text.contains("SOCKADDR_IN6") {
                        family = Some(Family::V6);
                    } else if text.contains("sockaddr_in") || text.contains("SOCKADDR_IN") {
                        family = Some(Family::V4);
                    }
                    // `= {0}`, `= {}`, `{}`: an initializer list zeroes what it does not name.
                    zeroed |= text.contains('{');
                }
            }
            "assignment_expression" => {
                let (Some(left), Some(right)) = (n.child_by_field_name("left"), n.child_by_field_name("right")) else {
                    continue;
                };
                let left = cx.squashed(left);
                let Some(field) = left.strip_prefix(&format!("{var}.")) else { continue };
                let right_text = cx.squashed(right);
                if field.starts_with("sin_port") || field.starts_with("sin6_port") {
                    port = inner_arg(cx, right).and_then(|v| cx.port(v)).or_else(|| cx.port(right));
                } else if field.starts_with("sin_family") || field.starts_with("sin6_family") {
                    family = match right_text.as_str() {
                        "AF_INET" => Some(Family::V4),
                        "AF_INET6" => Some(Family::V6),
                        _ => family,
                    };
                } else if field.starts_with("sin_addr") {
                    ip = Some(v4_value(cx, right));
                } else if field.starts_with("sin6_addr") {
                    ip = Some(match right_text.as_str() {
                        "in6addr_any" => Some(ANY6),
                        "in6addr_loopback" => Some(IpAddr::from(std::net::Ipv6Addr::LOCALHOST)),
                        _ => None,
                    });
                }
            }
            "call_expression" => {
                let callee = n.child_by_field_name("function").map(|f| cx.squashed(f)).unwrap_or_default();
                let a = args(n, "arguments");
                let first = a.first().map(|x| cx.squashed(*x)).unwrap_or_default();
                match callee.as_str() {
                    "memset" | "ZeroMemory" | "RtlZeroMemory" | "SecureZeroMemory" if first == format!("&{var}") => {
                        zeroed = true;
                    }
                    "inet_pton" | "InetPton" | "InetPtonA" | "InetPtonW"
                        if a.get(2).is_some_and(|x| cx.squashed(*x).starts_with(&format!("&{var}."))) =>
                    {
                        ip = Some(a.get(1).and_then(|x| cx.string(*x)).and_then(|s| syntax::host_ip(&s)));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let ip = match ip {
        Some(ip) => ip,
        // Zeroed and no address set: the wildcard of its family.
        None if zeroed => match family {
            Some(Family::V4) => Some(ANY4),
            Some(Family::V6) => Some(ANY6),
            None => None,
        },
        None => None,
    };
    (ip.map_or(Addrs::Unknown, |ip| Addrs::Known(vec![ip])), port)
}

/// The one argument of `htons(x)` / `htonl(x)`.
fn inner_arg<'t>(cx: &Ctx<'_, '_>, n: Node<'t>) -> Option<Node<'t>> {
    if n.kind() != "call_expression" {
        return None;
    }
    let callee = n.child_by_field_name("function").map(|f| cx.squashed(f))?;
    matches!(callee.as_str(), "htons" | "htonl").then(|| args(n, "arguments").first().copied()).flatten()
}

/// An IPv4 address expression: `INADDR_ANY`, `htonl(INADDR_LOOPBACK)`, `inet_addr("...")`.
fn v4_value(cx: &Ctx<'_, '_>, n: Node<'_>) -> Option<IpAddr> {
    let inner = inner_arg(cx, n).unwrap_or(n);
    match cx.squashed(inner).as_str() {
        "INADDR_ANY" | "0" => return Some(ANY4),
        "INADDR_LOOPBACK" => return Some(IpAddr::from([127, 0, 0, 1])),
        _ => {}
    }
    if inner.kind() == "call_expression" {
        let callee = inner.child_by_field_name("function").map(|f| cx.squashed(f))?;
        if callee == "inet_addr" {
            return args(inner, "arguments").first().and_then(|x| cx.string(*x)).and_then(|s| syntax::host_ip(&s));
        }
    }
    None
}
