//! HTML: one self-contained page (no external scripts, fonts or styles) with selectors for era,
//! users, family and protocol, coloured cells, and each cell's reason on hover and on click.
//!
//! The page carries every table the model can draw as JSON generated here (deduplicated: cell
//! grids and sentences are stored once), in a `<script type="application/json">` block. The
//! selected table is also written out as HTML by this hand-written writer, so the page reads
//! without scripts; the script (`html.js`) redraws the grid when a selector changes, with the
//! same markup. Every text goes through [`escape`]; the JSON through [`script_json`].

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::generated::specs;
use super::linux::{address_label, cell_word, distinct_rules as linux_rules, option_label};
use super::render::{basis_label, caller_label, document_word, evidence_mark, observed_note, title, EXTRAPOLATED_NOTE};
use super::{
    generate, AddrKind, Cell, LinuxSpec, RenderOptions, Section, SocketKind, Spec, Table, TableFamily, CALLERS,
};
use crate::era::{Behaviour, Era};
use crate::error::WsaError;
use crate::evidence::Evidence;
use crate::rules::linux::{TableAddress as LinuxAddress, TableOption as LinuxOption};

const STYLE: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON that is safe inside a `<script>` element: `<`, `>` and `&` only occur inside JSON
/// strings, where their `\u` escapes mean the same, so `</script>` can never appear.
fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("the page data holds only strings, numbers and bools");
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The colour class of an outcome: `success`, `inuse`, `access` or `other`.
fn class(result: Result<(), WsaError>) -> &'static str {
    match result {
        Ok(()) => "success",
        Err(WsaError::AddrInUse) => "inuse",
        Err(WsaError::Access) => "access",
        Err(_) => "other",
    }
}

fn outcome_word(result: Result<(), WsaError>) -> &'static str {
    match result {
        Ok(()) => "success",
        Err(e) => e.short(),
    }
}

#[derive(Serialize)]
struct Data {
    initial: String,
    documented: bool,
    callers: Vec<CallerView>,
    outcomes: Vec<OutcomeView>,
    rules: Vec<RuleView>,
    texts: Vec<String>,
    eras: Vec<EraView>,
    sockets: BTreeMap<&'static str, SocketView>,
    families: BTreeMap<String, Vec<[&'static str; 2]>>,
    grids: Vec<Vec<[usize; 4]>>,
    tables: BTreeMap<String, TableView>,
    notes: Notes,
}

#[derive(Serialize)]
struct CallerView {
    option: String,
    address: String,
    label: String,
    mode_label: &'static str,
    addr_label: &'static str,
}

#[derive(Serialize, PartialEq)]
struct OutcomeView {
    word: &'static str,
    label: String,
    error: Option<String>,
    class: &'static str,
}

#[derive(Serialize, PartialEq)]
struct RuleView {
    id: &'static str,
    slug: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct EraView {
    id: &'static str,
    releases: &'static str,
    users_matter: bool,
    families: Vec<String>,
    behaviour: Behaviour,
    note: String,
}

#[derive(Serialize)]
struct SocketView {
    word: &'static str,
    label: &'static str,
    wildcard: String,
    specific: String,
}

#[derive(Serialize)]
struct TableView {
    title: String,
    grid: usize,
}

#[derive(Serialize)]
struct Notes {
    observed: &'static str,
    documented: &'static str,
    extrapolated: &'static str,
}

/// A cell's evidence in the page data: 0 documented, 1 observed, 2 extrapolated.
fn evidence_index(evidence: Evidence) -> usize {
    match evidence {
        Evidence::Documented => 0,
        Evidence::Observed => 1,
        Evidence::Extrapolated => 2,
    }
}

/// The key of a table in the page data and of the selectors: `era/users/family/proto`.
fn key(spec: &Spec) -> String {
    format!("{}/{}/{}/{}", spec.era, spec.users, spec.family, spec.proto)
}

/// The key of a socket kind in the page data (`dual-mapped` apart from `dual`: other addresses).
fn socket_key(kind: SocketKind) -> &'static str {
    match kind {
        SocketKind::V4 => "v4",
        SocketKind::V6 => "v6",
        SocketKind::Dual => "dual",
        SocketKind::DualMapped => "dual-mapped",
    }
}

/// Index of `item` in `list`, appending it first if it is new.
fn intern<T: PartialEq>(list: &mut Vec<T>, item: T) -> usize {
    if let Some(i) = list.iter().position(|x| *x == item) {
        return i;
    }
    list.push(item);
    list.len() - 1
}

fn era_note(era: Era) -> String {
    let p = era.profile();
    let users = if p.enhanced_security {
        ""
    } else {
        "No enhanced socket security: same and different users get the same table. "
    };
    let families: Vec<String> =
        TableFamily::ALL.iter().filter(|f| f.available_in(era)).map(ToString::to_string).collect();
    let lacking = match p.ipv6 {
        crate::era::Ipv6::None => "no IPv6 stack",
        crate::era::Ipv6::SeparateStack => "no dual-stack sockets",
        crate::era::Ipv6::DualStack => "",
    };
    if lacking.is_empty() {
        return users.trim_end().to_owned();
    }
    format!("{users}{} has {lacking}: families {}.", p.id, families.join(", "))
}

fn data(initial: &Spec, documented: bool) -> Data {
    let mut outcomes: Vec<OutcomeView> = Vec::new();
    let mut rules: Vec<RuleView> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let mut grids: Vec<Vec<[usize; 4]>> = Vec::new();
    let mut tables = BTreeMap::new();
    for spec in specs() {
        let table = generate(&spec);
        let grid: Vec<[usize; 4]> = table
            .cells
            .iter()
            .map(|c| {
                let r = c.decision.result;
                let outcome = intern(
                    &mut outcomes,
                    OutcomeView {
                        word: outcome_word(r),
                        label: document_word(r),
                        error: r.err().map(|e| e.to_string()),
                        class: class(r),
                    },
                );
                let reason = c.decision.reason;
                let rule =
                    intern(&mut rules, RuleView { id: reason.rule_id(), slug: reason.slug(), source: reason.source() });
                let text = intern(&mut texts, c.decision.to_string());
                [outcome, rule, text, evidence_index(c.basis())]
            })
            .collect();
        let grid = intern(&mut grids, grid);
        tables.insert(key(&spec), TableView { title: title(&table), grid });
    }
    let kinds = [SocketKind::V4, SocketKind::V6, SocketKind::Dual, SocketKind::DualMapped];
    Data {
        initial: key(initial),
        documented,
        callers: CALLERS
            .iter()
            .map(|c| CallerView {
                option: c.mode.to_string(),
                address: c.addr.to_string(),
                label: caller_label(*c),
                mode_label: c.mode.document_label(),
                addr_label: c.addr.document_label(),
            })
            .collect(),
        outcomes,
        rules,
        texts,
        eras: Era::ALL
            .iter()
            .map(|&era| {
                let p = era.profile();
                EraView {
                    id: p.id,
                    releases: p.releases,
                    users_matter: p.enhanced_security,
                    families: TableFamily::ALL
                        .iter()
                        .filter(|f| f.available_in(era))
                        .map(ToString::to_string)
                        .collect(),
                    behaviour: p.behaviour,
                    note: era_note(era),
                }
            })
            .collect(),
        sockets: kinds
            .iter()
            .map(|&k| {
                (
                    socket_key(k),
                    SocketView {
                        word: k.word(),
                        label: k.label(),
                        wildcard: k.endpoint(AddrKind::Wildcard).to_string(),
                        specific: k.endpoint(AddrKind::Specific).to_string(),
                    },
                )
            })
            .collect(),
        families: TableFamily::ALL
            .iter()
            .map(|f| {
                (f.to_string(), f.sections().iter().map(|s| [socket_key(s.first), socket_key(s.second)]).collect())
            })
            .collect(),
        grids,
        tables,
        notes: Notes {
            observed: observed_note(Behaviour::Observed),
            documented: observed_note(Behaviour::Documented),
            extrapolated: EXTRAPOLATED_NOTE,
        },
    }
}

/// A `<select>` with a label; `options` are (value, text, enabled).
fn select(out: &mut String, id: &str, label: &str, options: &[(String, String, bool)], selected: &str, enabled: bool) {
    let dis = if enabled { "" } else { " disabled" };
    let _ = write!(out, "<label for=\"{id}\">{}</label> <select id=\"{id}\" name=\"{id}\"{dis}>", escape(label));
    for (value, text, enabled) in options {
        let sel = if value == selected { " selected" } else { "" };
        let dis = if *enabled { "" } else { " disabled" };
        let _ = write!(out, "<option value=\"{}\"{sel}{dis}>{}</option>", escape(value), escape(text));
    }
    out.push_str("</select>\n");
}

/// The caption of a section: which socket binds first and which second, with their addresses.
fn section_caption(section: Section) -> String {
    let side = |k: SocketKind| {
        format!("{}, binding {} or {}", k.label(), k.endpoint(AddrKind::Wildcard), k.endpoint(AddrKind::Specific))
    };
    format!("Rows: first socket, {}. Columns: second socket, {}.", side(section.first), side(section.second))
}

/// The tooltip of a cell: the decision in one sentence, and its evidence.
fn cell_title(c: &Cell, behaviour: Behaviour) -> String {
    format!("{} [{}]", c.decision, basis_label(c.basis(), behaviour))
}

fn grid(out: &mut String, offset: usize, section: Section, cells: &[Cell], behaviour: Behaviour) {
    let _ = write!(out, "<table class=\"grid\">\n<caption>{}</caption>\n", escape(&section_caption(section)));
    out.push_str("<thead><tr><th scope=\"col\" colspan=\"2\">First caller \\ second caller</th>");
    for c in CALLERS {
        let _ = write!(
            out,
            "<th scope=\"col\">{}<br>{}</th>",
            escape(c.mode.document_label()),
            escape(c.addr.document_label())
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (r, row) in cells.chunks(CALLERS.len()).enumerate() {
        let first = row[0].first;
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><th scope=\"row\">{}</th>",
            escape(first.mode.document_label()),
            escape(first.addr.document_label())
        );
        for (col, c) in row.iter().enumerate() {
            let index = offset + r * CALLERS.len() + col;
            let _ = write!(
                out,
                "<td class=\"cell {}\" tabindex=\"0\" title=\"{}\" data-first-socket=\"{}\" data-first-option=\"{}\" \
                 data-first-address=\"{}\" data-second-socket=\"{}\" data-second-option=\"{}\" data-second-address=\"{}\" \
                 data-outcome=\"{}\" data-rule=\"{}\" data-basis=\"{}\" data-index=\"{index}\">{}{}<small>{}</small></td>",
                class(c.decision.result),
                escape(&cell_title(c, behaviour)),
                c.section.first.word(),
                c.first.mode,
                c.first.addr,
                c.section.second.word(),
                c.second.mode,
                c.second.addr,
                outcome_word(c.decision.result),
                escape(c.decision.reason.rule_id()),
                c.basis(),
                escape(&document_word(c.decision.result)),
                match evidence_mark(c.basis()) {
                    "" => String::new(),
                    mark => format!("<sup>{mark}</sup>"),
                },
                escape(c.decision.reason.rule_id()),
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

pub(super) fn render(table: &Table, options: RenderOptions) -> String {
    render_page(table, options, None)
}

/// The page with `linux` (if any) open in the Linux section: the Windows part shows `table`.
pub(super) fn render_page(table: &Table, options: RenderOptions, linux: Option<&LinuxSpec>) -> String {
    let spec = &table.spec;
    let behaviour = options.behaviour(table);
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <title>winsock-bind: bind outcome tables</title>\n<style>\n",
    );
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>What does the second <code>bind()</code> return?</h1>\n");
    out.push_str(
        "<p>A first socket is bound, then a second socket binds the same port. Rows are the first caller, columns \
         the second, each by the option it set and the address it binds. Generated by winsock-bind from its rules; \
         hover over a cell for its reason, or click it for the details. The Linux tables \
         follow the Windows ones, for contrast.</p>\n</header>\n",
    );
    out.push_str("<form id=\"selectors\">\n");
    let eras: Vec<(String, String, bool)> = Era::ALL
        .iter()
        .map(|e| (e.id().to_owned(), format!("{} \u{2014} {}", e.id(), e.profile().releases), true))
        .collect();
    select(&mut out, "era", "Windows era", &eras, spec.era.id(), true);
    let users = [
        ("same".to_owned(), "same user".to_owned(), true),
        ("different".to_owned(), "different users".to_owned(), true),
    ];
    select(&mut out, "users", "Accounts", &users, &spec.users.to_string(), spec.users_matter());
    let families: Vec<(String, String, bool)> = TableFamily::ALL
        .iter()
        .map(|f| {
            let text = match f {
                TableFamily::V4 => "v4: IPv4",
                TableFamily::V6 => "v6: IPv6, IPV6_V6ONLY on",
                TableFamily::Dual => "dual: IPv6, IPV6_V6ONLY off",
                TableFamily::Mixed => "mixed: dual-stack and IPv4",
            };
            (f.to_string(), text.to_owned(), f.available_in(spec.era))
        })
        .collect();
    select(&mut out, "family", "Family", &families, &spec.family.to_string(), true);
    let protos = [("tcp".to_owned(), "TCP".to_owned(), true), ("udp".to_owned(), "UDP".to_owned(), true)];
    select(&mut out, "proto", "Protocol", &protos, &spec.proto.to_string(), true);
    out.push_str("</form>\n");
    let _ = writeln!(out, "<p id=\"era-note\" class=\"note\">{}</p>", escape(&era_note(spec.era)));
    out.push_str(
        "<p class=\"legend\"><span class=\"cell success\">Success</span> \
         <span class=\"cell inuse\">INUSE: WSAEADDRINUSE (10048)</span> \
         <span class=\"cell access\">ACCESS: WSAEACCES (10013)</span> \
         <span class=\"cell other\">other error, e.g. NOPROTOOPT: WSAENOPROTOOPT (10042)</span> \
         <span>small print: the rule; \u{2020}: observed only; \u{2021}: extrapolated</span></p>\n",
    );
    let _ = write!(out, "<main id=\"tables\">\n<h2 id=\"table-title\">{}</h2>\n", escape(&title(table)));
    for (i, (section, cells)) in table.sections().enumerate() {
        grid(&mut out, i * cells.len(), section, cells, behaviour);
    }
    let hidden = |e| if table.has_cells(e) { "" } else { " hidden" };
    let _ = write!(
        out,
        "<p id=\"observed-note\" class=\"note\"{}>\u{2020} {}.</p>\n\
         <p id=\"extrapolated-note\" class=\"note\"{}>\u{2021} {}.</p>\n</main>\n",
        hidden(Evidence::Observed),
        escape(observed_note(behaviour)),
        hidden(Evidence::Extrapolated),
        escape(&capitalised(EXTRAPOLATED_NOTE)),
    );
    out.push_str(
        "<section id=\"detail\" aria-live=\"polite\">\n<h2>Details</h2>\n<p id=\"detail-body\">Click a cell to see \
         why the second bind gets that answer.</p>\n</section>\n",
    );
    linux_section(&mut out, linux);
    let _ = write!(
        out,
        "<script type=\"application/json\" id=\"table-data\">{}</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        script_json(&data(spec, options.documented))
    );
    out
}

/// The Linux tables, each in a `<details>` (the one asked for open), drawn statically: their
/// cells use the class `lcell`, not `cell`, so the Windows selectors and script never touch them.
fn linux_section(out: &mut String, open: Option<&LinuxSpec>) {
    out.push_str(
        "<section id=\"linux\">\n<h2>Linux, for contrast</h2>\n<p class=\"note\">The same question on Linux: \
         a first IPv4 socket bound or listening on <code>0.0.0.0:8080</code> or <code>127.0.0.1:8080</code>, then \
         a second bind to the port. SO_REUSEADDR there only lets a TCP server restart past TIME_WAIT (or share a \
         port no socket listens on); SO_REUSEPORT shares a port among sockets of one effective uid. Every cell is \
         checked against a real Linux kernel. Hover over a cell for its rule. Sources: the socket(7), ip(7) and ipv6(7) \
         man pages, and the kernel's inet_bind_conflict (net/ipv4/inet_connection_sock.c).</p>\n",
    );
    for spec in LinuxSpec::all() {
        let cells = spec.cells();
        let is_open = if open == Some(&spec) { " open" } else { "" };
        let _ = write!(
            out,
            "<details id=\"{}\"{is_open}>\n<summary>{}</summary>\n<table class=\"grid linux\">\n\
             <thead><tr><th scope=\"col\" colspan=\"2\">First socket \\ second socket</th>",
            escape(&spec.stem()),
            escape(&spec.title())
        );
        for o in LinuxOption::ALL {
            for a in LinuxAddress::ALL {
                let _ =
                    write!(out, "<th scope=\"col\">{}<br>{}</th>", escape(option_label(o)), escape(address_label(a)));
            }
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in cells.chunks(LinuxOption::ALL.len() * LinuxAddress::ALL.len()) {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><th scope=\"row\">{}</th>",
                escape(option_label(row[0].first_option)),
                escape(address_label(row[0].first_address))
            );
            for c in row {
                let class = match c.decision.outcome {
                    Ok(()) => "success",
                    Err(crate::rules::linux::LinuxError::AddrInUse) => "inuse",
                    Err(crate::rules::linux::LinuxError::Access) => "access",
                    // A bind in the table grid only meets the first two; the rest of the
                    // errno vocabulary belongs to other calls.
                    Err(
                        crate::rules::linux::LinuxError::Inval
                        | crate::rules::linux::LinuxError::AddrNotAvail
                        | crate::rules::linux::LinuxError::ConnRefused
                        | crate::rules::linux::LinuxError::NoProtoOpt
                        | crate::rules::linux::LinuxError::OpNotSupp
                        | crate::rules::linux::LinuxError::AfNoSupport
                        | crate::rules::linux::LinuxError::IsConn
                        | crate::rules::linux::LinuxError::NotConn
                        | crate::rules::linux::LinuxError::Again
                        | crate::rules::linux::LinuxError::BadF
                        | crate::rules::linux::LinuxError::Proto
                        | crate::rules::linux::LinuxError::NoDev,
                    ) => "other",
                };
                let rule = c.decision.rule;
                let mark = match evidence_mark(c.decision.evidence()) {
                    "" => String::new(),
                    mark => format!("<sup>{mark}</sup>"),
                };
                let _ = write!(
                    out,
                    "<td class=\"lcell {class}\" title=\"{}: {} [{}]\" data-first-option=\"{}\" data-first-address=\"{}\" \
                     data-second-option=\"{}\" data-second-address=\"{}\" data-result=\"{}\" data-rule=\"{}\">{}{mark}\
                     <small>{}</small></td>",
                    escape(rule.id()),
                    escape(rule.explanation()),
                    rule.evidence(),
                    c.first_option.name(),
                    c.first_address.name(),
                    c.second_option.name(),
                    c.second_address.name(),
                    c.outcome(),
                    escape(rule.id()),
                    escape(cell_word(c)),
                    escape(rule.id()),
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n<ul class=\"rules\">\n");
        for rule in linux_rules(&cells) {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> ({}): {}</li>",
                escape(rule.id()),
                rule.evidence(),
                escape(rule.explanation())
            );
        }
        out.push_str("</ul>\n</details>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"note\">{} the rule rests on the kernel's code as measured on a real kernel; no man page states it.</p>\n</section>",
        evidence_mark(Evidence::Observed)
    );
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_every_character_that_can_break_out_of_text_or_attributes() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("[::ffff:10.0.0.1]:5150 #1"), "[::ffff:10.0.0.1]:5150 #1");
    }

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let s = script_json(&vec!["</script><b>&"]);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: Vec<String> = serde_json::from_str(&s).unwrap();
        assert_eq!(back, ["</script><b>&"]);
    }
}
