//! One reader per language. Each walks the syntax tree in source order and tells the
//! [`Tracker`] what it sees: a socket created (and under which name), an option set, a bind, a
//! listen, a connect, a call of a helper. Comments and string literals are nodes of their own,
//! never calls, so commented-out code and code in strings produce nothing.
//!
//! Every file is walked twice: the first walk records which options each function of the file
//! sets on its parameters (a helper such as `set_exclusive(SOCKET s)`), the second follows the
//! sockets and applies those helpers where they are called with a followed socket.

mod c;
mod csharp;
mod go;
mod java;
mod js;
mod python;
mod rust;

use std::collections::BTreeMap;

use tree_sitter::Node;

use super::site::{Language, Runtime, Setup, Site, Unrecognised};
use super::syntax::{self, Scope, Source, Tracker};
use crate::endpoint::Proto;

/// The longest value read as a constant, in bytes.
const MAX_CONSTANT_BYTES: usize = 256;

/// What the reader of one language provides.
pub(crate) trait Reader {
    /// Node kinds that open a scope (functions, methods, lambdas).
    const FUNCTIONS: &'static [&'static str];
    /// Node kinds whose `self.x` / `this.x` names share one scope (classes).
    const CLASSES: &'static [&'static str];
    /// The runtime of a socket parameter of a helper.
    const RUNTIME: Runtime;
    /// A declaration or assignment of a name to a value: (name, value).
    fn binding<'t>(src: &Source<'_>, n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        let _ = src;
        declarator(n)
    }
    /// A function definition whose socket parameters a helper may set options on: its name and
    /// its parameters' names, in order (none where the reader follows no helpers).
    fn function(src: &Source<'_>, n: Node<'_>) -> Option<(String, Vec<String>)> {
        let _ = (src, n);
        None
    }
    /// Looks at one node.
    fn visit(cx: &mut Ctx<'_, '_>, n: Node<'_>);
}

/// `T name = value` (a `variable_declarator` with name and value) and `left = right`.
pub(crate) fn declarator<'t>(n: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    match n.kind() {
        "variable_declarator" => Some((n.child_by_field_name("name")?, n.child_by_field_name("value")?)),
        "assignment_expression" => Some((n.child_by_field_name("left")?, n.child_by_field_name("right")?)),
        _ => None,
    }
}

/// What a reader works with: the source, the tracker, the file's constants.
pub(crate) struct Ctx<'s, 'a> {
    pub(crate) src: &'s Source<'a>,
    pub(crate) t: Tracker,
    /// Names bound once in the file to a literal (a constant, `#define`, a local set once):
    /// name -> the literal's text; `None` where the name is bound more than once.
    consts: BTreeMap<String, Option<String>>,
    /// Names bound once in the file to any expression: name -> its text (`^syscall.SO_REUSEADDR`).
    exprs: BTreeMap<String, Option<String>>,
    functions: &'static [&'static str],
    classes: &'static [&'static str],
    /// The names of the classes the file defines (Python's `class_definition`).
    pub(crate) classes_defined: std::collections::BTreeSet<String>,
}

impl<'a> Ctx<'_, 'a> {
    /// The scope of a name used at `n`: the enclosing class for `self.x` / `this.x`, else the
    /// enclosing function (or the file).
    pub(crate) fn scope(&self, n: Node<'_>, name: &str) -> Scope {
        let member = ["self.", "this.", "this->", "cls."].iter().any(|p| name.starts_with(p));
        let kinds = if member { self.classes } else { self.functions };
        syntax::ancestor(n, kinds).map_or(0, |a| a.id())
    }

    /// The literal a name (or a literal itself) stands for, as text.
    pub(crate) fn literal(&self, n: Node<'_>) -> String {
        let text = self.src.squashed(n);
        match self.consts.get(&text) {
            Some(Some(v)) => v.clone(),
            _ => text,
        }
    }

    /// The expression a name is bound to once in the file, as text; else the name itself.
    pub(crate) fn expression(&self, n: Node<'_>) -> String {
        let text = self.src.squashed(n);
        match self.exprs.get(&text) {
            Some(Some(v)) => v.clone(),
            _ => text,
        }
    }

    /// A string value: a literal, or a name bound once to one.
    pub(crate) fn string(&self, n: Node<'_>) -> Option<String> {
        syntax::literal_string(&self.literal(n))
    }

    /// An integer value: a literal, or a name bound once to one.
    pub(crate) fn int(&self, n: Node<'_>) -> Option<i64> {
        syntax::literal_int(&self.literal(n))
    }

    /// A boolean value: `true`/`false`/`True`/`TRUE`, or an integer (non-zero is on).
    pub(crate) fn boolean(&self, n: Node<'_>) -> Option<bool> {
        let lit = self.literal(n);
        match lit.to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => syntax::literal_int(&lit).map(|v| v != 0),
        }
    }

    /// A port value.
    pub(crate) fn port(&self, n: Node<'_>) -> Option<u16> {
        self.int(n).and_then(syntax::port_of)
    }

    pub(crate) fn text(&self, n: Node<'_>) -> &'a str {
        self.src.text(n)
    }

    pub(crate) fn squashed(&self, n: Node<'_>) -> String {
        self.src.squashed(n)
    }
}

/// The name a creating call's value is stored under: `s` in `SOCKET s = socket(...)`, `let s =
/// ...?`, `s := ...`, `self.s = ...`; `None` where the value is not stored in a name.
pub(crate) fn assigned_name(cx: &Ctx<'_, '_>, call: Node<'_>) -> Option<String> {
    let mut cur = call;
    loop {
        let parent = cur.parent()?;
        let name = match parent.kind() {
            // Wrappers that pass the value through: `(...)`, `...?`, `await ...`, a cast, `a, b`.
            "parenthesized_expression"
            | "try_expression"
            | "await_expression"
            | "await"
            | "cast_expression"
            | "expression_list" => {
                cur = parent;
                continue;
            }
            // `.unwrap()` / `.expect(..)` around the value: step out to that call.
            "field_expression" if matches!(cx.src.field(parent, "field"), Some("unwrap" | "expect")) => {
                cur = parent.parent()?;
                continue;
            }
            "init_declarator" | "variable_declarator" | "let_declaration" => parent
                .child_by_field_name("declarator")
                .or_else(|| parent.child_by_field_name("name"))
                .or_else(|| parent.child_by_field_name("pattern"))
                .or_else(|| parent.named_child(0)),
            "assignment_expression" | "assignment" | "assignment_statement" | "short_var_declaration" => {
                parent.child_by_field_name("left")
            }
            _ => None,
        }?;
        // Go's `ln, err :=`: the first name; C's `*p`, Rust's `mut s`, `s: T`: the name.
        let text = cx.squashed(name);
        let text = text.split(',').next().unwrap_or_default();
        let text = text.trim_start_matches(['*', '&', '(']);
        let text = text.strip_prefix("mut").filter(|_| name.kind() == "mut_pattern").unwrap_or(text);
        let text = text.split(':').next().unwrap_or_default();
        return (!text.is_empty()).then(|| text.to_owned());
    }
}

/// Reads one file: the sites and the constructs not recognised.
pub(crate) fn read(language: Language, src: &Source<'_>, file: &str) -> (Vec<Site>, Vec<Unrecognised>) {
    match language {
        Language::C | Language::Cpp => read_with::<c::C>(language, src, file),
        Language::CSharp => read_with::<csharp::CSharp>(language, src, file),
        Language::Go => read_with::<go::Go>(language, src, file),
        Language::Python => read_with::<python::Python>(language, src, file),
        Language::Java => read_with::<java::Java>(language, src, file),
        Language::JavaScript => read_with::<js::Js>(language, src, file),
        Language::Rust => read_with::<rust::Rust>(language, src, file),
    }
}

fn read_with<R: Reader>(language: Language, src: &Source<'_>, file: &str) -> (Vec<Site>, Vec<Unrecognised>) {
    let nodes = syntax::preorder(src.tree.root_node());
    // Names bound once to a literal; bound twice, or to anything else, they are not constants.
    let mut consts: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut exprs: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut classes_defined = std::collections::BTreeSet::new();
    for n in &nodes {
        if n.kind() == "class_definition" {
            classes_defined.extend(src.field(*n, "name").map(str::to_owned));
        }
        if let Some((name, value)) = R::binding(src, *n) {
            // A constant is short; a long value (a closure, a match) is no constant to read.
            if value.byte_range().len() > MAX_CONSTANT_BYTES {
                exprs.insert(src.squashed(name), None);
                consts.insert(src.squashed(name), None);
                continue;
            }
            let value = src.squashed(value);
            exprs.entry(src.squashed(name)).and_modify(|v| *v = None).or_insert(Some(value.clone()));
            let literal = syntax::literal_int(&value).is_some()
                || syntax::literal_string(&value).is_some()
                || ["true", "false"].contains(&value.to_ascii_lowercase().as_str());
            consts.entry(src.squashed(name)).and_modify(|v| *v = None).or_insert(literal.then_some(value));
        }
    }

    // First walk: the options each function sets on its parameters.
    let mut cx = Ctx {
        src,
        t: Tracker::default(),
        consts,
        exprs,
        functions: R::FUNCTIONS,
        classes: R::CLASSES,
        classes_defined,
    };
    let mut names: BTreeMap<Scope, String> = BTreeMap::new();
    for n in &nodes {
        if let Some((name, params)) = R::function(src, *n) {
            for (i, p) in params.iter().enumerate() {
                cx.t.param(n.id(), p, i, Setup::new(R::RUNTIME, Proto::Tcp));
            }
            if !params.is_empty() {
                names.insert(n.id(), name);
            }
        }
    }
    if !names.is_empty() {
        for n in &nodes {
            R::visit(&mut cx, *n);
        }
    }
    let helpers: BTreeMap<String, _> =
        cx.t.helper_effects()
            .into_iter()
            .filter(|(_, effects)| !effects.is_empty())
            .filter_map(|(scope, effects)| names.get(&scope).map(|n| (n.clone(), effects)))
            .collect();

    // Second walk: the sockets.
    cx.t = Tracker::default();
    cx.t.helpers = helpers;
    for n in &nodes {
        R::visit(&mut cx, *n);
    }
    cx.t.sites(file, language)
}

/// The arguments of a call, comments left out.
pub(crate) fn args<'t>(call: Node<'t>, field: &str) -> Vec<Node<'t>> {
    call.child_by_field_name(field)
        .map(|a| syntax::children(a).into_iter().filter(|c| !c.kind().contains("comment")).collect())
        .unwrap_or_default()
}
