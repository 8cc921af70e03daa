//! What every language's reader shares: the tree-sitter parser, small questions about a syntax
//! node (its text, line, string or number value), and the [`Tracker`] that follows each socket
//! from its creation to its bind within one function.

use std::collections::BTreeMap;
use std::net::IpAddr;

use tree_sitter::{Node, Parser, Tree};

use super::site::{Language, OptKind, Setup, Site, Unrecognised};

/// A parser for `language`.
pub(crate) fn parser(language: Language) -> Parser {
    let lang: tree_sitter::Language = match language {
        Language::C => tree_sitter_c::LANGUAGE.into(),
        Language::Cpp => tree_sitter_cpp::LANGUAGE.into(),
        Language::CSharp => tree_sitter_c_sharp::LANGUAGE.into(),
        Language::Go => tree_sitter_go::LANGUAGE.into(),
        Language::Python => tree_sitter_python::LANGUAGE.into(),
        Language::Java => tree_sitter_java::LANGUAGE.into(),
        Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
        Language::Rust => tree_sitter_rust::LANGUAGE.into(),
    };
    let mut p = Parser::new();
    // The grammars are built against the tree-sitter-language ABI this crate's tree-sitter
    // reads; a mismatch would be a build error of ours, caught by every scan test.
    p.set_language(&lang).expect("grammar ABI matches tree-sitter");
    p
}

/// The parsed file and its text.
pub(crate) struct Source<'a> {
    pub(crate) text: &'a str,
    pub(crate) tree: Tree,
}

impl<'a> Source<'a> {
    pub(crate) fn parse(parser: &mut Parser, text: &'a str) -> Option<Self> {
        parser.parse(text, None).map(|tree| Self { text, tree })
    }

    /// The node's text.
    pub(crate) fn text(&self, n: Node<'_>) -> &'a str {
        &self.text[n.byte_range()]
    }

    /// The node's text without spaces, for comparing names like `syscall . SO_REUSEADDR`.
    pub(crate) fn squashed(&self, n: Node<'_>) -> String {
        self.text(n).chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// The text of the child in `field`.
    pub(crate) fn field(&self, n: Node<'_>, field: &str) -> Option<&'a str> {
        n.child_by_field_name(field).map(|c| self.text(c))
    }
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

pub(crate) fn pos(n: Node<'_>) -> Pos {
    let p = n.start_position();
    Pos { line: p.row + 1, column: p.column + 1 }
}

/// The named children of a node.
pub(crate) fn children(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c).collect()
}

/// Every node of the tree in source order (preorder), comments included.
pub(crate) fn preorder(root: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut cursor = root.walk();
    loop {
        out.push(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
        }
    }
}

/// The nearest ancestor (or the node itself) whose kind is one of `kinds`.
pub(crate) fn ancestor<'t>(n: Node<'t>, kinds: &[&str]) -> Option<Node<'t>> {
    let mut cur = Some(n);
    while let Some(c) = cur {
        if kinds.contains(&c.kind()) {
            return Some(c);
        }
        cur = c.parent();
    }
    None
}

/// The first node of `kind` at or below `n`, in source order.
pub(crate) fn ancestor_down<'t>(n: Node<'t>, kind: &str) -> Option<Node<'t>> {
    preorder(n).into_iter().find(|c| c.kind() == kind)
}

/// The value of a string literal: quotes and prefixes (`r`, `b`, `@`, `L`, `u8`) removed;
/// `None` for interpolated strings (`f"..."`, `$"..."`, `` `${x}` ``) and anything else.
pub(crate) fn literal_string(text: &str) -> Option<String> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    if lower.starts_with('f') || t.starts_with('$') {
        return None;
    }
    let body = t.trim_start_matches(['r', 'R', 'b', 'B', 'u', 'U', 'L', '8', '@']);
    let body = body.trim_start_matches('#').trim_end_matches('#');
    for q in ["\"\"\"", "'''", "\"", "'", "`"] {
        if body.len() >= 2 * q.len() && body.starts_with(q) && body.ends_with(q) {
            let inner = &body[q.len()..body.len() - q.len()];
            if q == "`" && inner.contains("${") {
                return None;
            }
            return Some(inner.to_owned());
        }
    }
    None
}

/// The value of an integer literal (`8080`, `8_080`, `0x1F90`, `8080u16`, `8080L`).
pub(crate) fn literal_int(text: &str) -> Option<i64> {
    let t: String = text.trim().chars().filter(|c| *c != '_').collect();
    let (neg, t) = t.strip_prefix('-').map_or((false, t.as_str()), |r| (true, r));
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic() && !c.is_ascii_hexdigit() || c == 'L');
    let t = ["u16", "u32", "u64", "i32", "i64", "usize", "u8"].iter().fold(t, |t, s| t.strip_suffix(s).unwrap_or(t));
    let v = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => t.parse().ok()?,
    };
    Some(if neg { -v } else { v })
}

/// A port from a literal: 0-65535 (0 asks for an ephemeral port: not a server's).
pub(crate) fn port_of(v: i64) -> Option<u16> {
    u16::try_from(v).ok()
}

/// `"host:port"`, `"[v6]:port"`, `":port"`, `"port"`: the address (`None` for a missing host)
/// and port. `""`, `"*"` and `"+"` hosts are `None` (the runtime's wildcard).
pub(crate) fn split_host_port(s: &str) -> Option<(Option<IpAddr>, u16)> {
    let s = s.trim();
    if let Ok(p) = s.parse::<u16>() {
        return Some((None, p));
    }
    let (host, port) = s.rsplit_once(':')?;
    let port: u16 = port.parse().ok()?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || host == "*" || host == "+" {
        return Some((None, port));
    }
    Some((Some(host_ip(host)?), port))
}

/// An address from a host string: an IP literal, `localhost` (127.0.0.1), `""` is `None`.
pub(crate) fn host_ip(host: &str) -> Option<IpAddr> {
    let h = host.trim().trim_start_matches('[').trim_end_matches(']');
    if h.eq_ignore_ascii_case("localhost") {
        return Some(IpAddr::from([127, 0, 0, 1]));
    }
    h.parse().ok()
}

/// Where a socket lives: the function (or class, for `self.x` / `this.x`) node's id.
pub(crate) type Scope = usize;

/// One socket followed through a function.
#[derive(Debug, Clone)]
pub(crate) struct Sock {
    pub(crate) setup: Setup,
    /// Where it binds (or, for runtimes that bind on creation, where it is created).
    pub(crate) bind: Option<Pos>,
    pub(crate) listen: Option<Pos>,
    pub(crate) connect: bool,
    /// Options set on it, in order, for helpers that take a socket parameter.
    pub(crate) effects: Vec<(OptKind, Option<bool>)>,
    /// A parameter of the function, not created there.
    pub(crate) param: Option<usize>,
}

/// Follows sockets by (scope, name) and collects sites and unrecognised constructs.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    socks: BTreeMap<(Scope, String), Sock>,
    done: Vec<Sock>,
    pub(crate) unrecognised: Vec<(Pos, String)>,
    /// Helpers of the file: function name -> (parameter index, option set) in order.
    pub(crate) helpers: BTreeMap<String, Vec<(usize, OptKind, Option<bool>)>>,
}

impl Tracker {
    /// A new socket named `name` in `scope` (replacing an older one of that name).
    pub(crate) fn create(&mut self, scope: Scope, name: &str, setup: Setup) {
        let sock = Sock { setup, bind: None, listen: None, connect: false, effects: Vec::new(), param: None };
        if let Some(old) = self.socks.insert((scope, name.to_owned()), sock) {
            self.done.push(old);
        }
    }

    /// A socket bound where it is created, with no name to follow it by.
    pub(crate) fn bound_now(&mut self, setup: Setup, at: Pos) {
        self.done.push(Sock { setup, bind: Some(at), listen: None, connect: false, effects: Vec::new(), param: None });
    }

    /// A parameter that a helper may set options on.
    pub(crate) fn param(&mut self, scope: Scope, name: &str, index: usize, setup: Setup) {
        self.create(scope, name, setup);
        if let Some(s) = self.socks.get_mut(&(scope, name.to_owned())) {
            s.param = Some(index);
        }
    }

    pub(crate) fn get(&mut self, scope: Scope, name: &str) -> Option<&mut Sock> {
        self.socks.get_mut(&(scope, name.to_owned()))
    }

    /// Sets an option on a followed socket; an option set after bind does not change that bind.
    /// Returns whether the socket is followed.
    pub(crate) fn set(&mut self, scope: Scope, name: &str, kind: OptKind, value: Option<bool>) -> bool {
        let Some(s) = self.get(scope, name) else { return false };
        s.effects.push((kind, value));
        if s.bind.is_none() {
            s.setup.set(kind, value);
        }
        true
    }

    /// Binds a followed socket at `at`, filling in what `f` knows of the address.
    pub(crate) fn bind(&mut self, scope: Scope, name: &str, at: Pos, f: impl FnOnce(&mut Setup)) -> bool {
        let Some(s) = self.get(scope, name) else { return false };
        if s.bind.is_none() {
            s.bind = Some(at);
            f(&mut s.setup);
        }
        true
    }

    /// A call of a helper of this file with these arguments (socket names where they are plain
    /// names): the options the helper sets on its parameters are set on the arguments.
    pub(crate) fn helper_call(&mut self, scope: Scope, callee: &str, args: &[Option<String>]) {
        let Some(effects) = self.helpers.get(callee).cloned() else { return };
        for (index, kind, value) in effects {
            if let Some(Some(name)) = args.get(index) {
                self.set(scope, name, kind, value);
            }
        }
    }

    pub(crate) fn unrecognised(&mut self, at: Pos, what: String) {
        self.unrecognised.push((at, what));
    }

    /// The options each helper (a function with socket parameters) sets on them.
    pub(crate) fn helper_effects(&self) -> BTreeMap<usize, Vec<(usize, OptKind, Option<bool>)>> {
        let mut out: BTreeMap<usize, Vec<(usize, OptKind, Option<bool>)>> = BTreeMap::new();
        for ((scope, _), s) in &self.socks {
            if let Some(i) = s.param {
                out.entry(*scope).or_default().extend(s.effects.iter().map(|(k, v)| (i, *k, *v)));
            }
        }
        out
    }

    /// The sites: each socket that binds or listens and is not a client (a TCP socket that
    /// connects and never listens, or a socket bound to port 0, an ephemeral port as tests and
    /// clients use), in source order.
    pub(crate) fn sites(self, file: &str, language: Language) -> (Vec<Site>, Vec<Unrecognised>) {
        let mut all: Vec<Sock> = self.done;
        all.extend(self.socks.into_values());
        let mut sites: Vec<Site> = all
            .into_iter()
            .filter(|s| s.param.is_none())
            .filter(|s| !(s.connect && s.listen.is_none()))
            .filter(|s| s.setup.port != Some(0))
            .filter_map(|s| {
                let at = s.bind.or(s.listen)?;
                Some(s.setup.site(file, language, at.line, at.column))
            })
            .collect();
        sites.sort_by_key(|s| (s.line, s.column));
        sites.dedup();
        let mut unrecognised: Vec<Unrecognised> = self
            .unrecognised
            .into_iter()
            .map(|(at, what)| Unrecognised { file: file.to_owned(), line: at.line, what })
            .collect();
        unrecognised.sort_by(|a, b| (a.line, &a.what).cmp(&(b.line, &b.what)));
        unrecognised.dedup();
        (sites, unrecognised)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_read_and_interpolations_are_not() {
        assert_eq!(literal_string("\"0.0.0.0\"").as_deref(), Some("0.0.0.0"));
        assert_eq!(literal_string("r#\"::\"#").as_deref(), Some("::"));
        assert_eq!(literal_string("@\"http://+:80/\"").as_deref(), Some("http://+:80/"));
        assert_eq!(literal_string("f\"{host}\""), None);
        assert_eq!(literal_string("$\"{host}\""), None);
        assert_eq!(literal_string("`${host}`"), None);
        assert_eq!(literal_int("0x1F90"), Some(8080));
        assert_eq!(literal_int("8_080u16"), Some(8080));
        assert_eq!(literal_int("port"), None);
    }

    #[test]
    fn host_and_port_strings() {
        assert_eq!(split_host_port(":8080"), Some((None, 8080)));
        assert_eq!(split_host_port("[::]:443"), Some((Some("::".parse().unwrap()), 443)));
        assert_eq!(split_host_port("0.0.0.0:53"), Some((Some("0.0.0.0".parse().unwrap()), 53)));
        assert_eq!(split_host_port("example.com:80"), None);
    }
}
