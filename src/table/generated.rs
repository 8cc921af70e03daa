//! The committed tables of `tables/generated/`: which combinations, their file names, and the
//! index that says what each one means.
//!
//! [`generated_set`] is pure: a test writes nothing unless asked to, and fails when a committed
//! file differs from what the model generates now ([`REGENERATE_COMMAND`] rewrites them).

use std::fmt::Write as _;

use super::{generate, render_with, CompareSpec, FirstState, Format, LinuxSpec, RenderOptions, Spec, TableFamily};
use crate::endpoint::Proto;
use crate::era::{Era, Exclusive, Ipv6};
use crate::rules::Users;

/// The one command that rewrites `tables/generated/` (and README's Table 4) from the model.
pub const REGENERATE_COMMAND: &str = "WINSOCK_BIND_REGENERATE=1 cargo test --test generated_tables";

/// The eras of `tables/generated/`: one without SO_EXCLUSIVEADDRUSE or IPv6, the last era
/// without enhanced security, the first with it, and a modern dual-stack one.
const ERAS: [Era; 4] = [Era::Win98, Era::XpSp2, Era::Server2003, Era::Win10];

/// The families of `tables/generated/`; `dual` (two dual-stack sockets) gives the same cells as
/// `v6` and is left to the command line and the HTML page.
const FAMILIES: [TableFamily; 3] = [TableFamily::V4, TableFamily::V6, TableFamily::Mixed];

const PROTOS: [Proto; 2] = [Proto::Tcp, Proto::Udp];

/// Every table the model can draw: each era with each family its stack supports, both user
/// settings and both protocols (the HTML page offers all of them).
pub(super) fn specs() -> Vec<Spec> {
    let mut out = Vec::new();
    for era in Era::ALL {
        for users in [Users::Same, Users::Different] {
            for family in TableFamily::ALL.into_iter().filter(|f| f.available_in(era)) {
                for proto in PROTOS {
                    out.push(Spec { era, users, family, proto });
                }
            }
        }
    }
    out
}

/// The specs of `tables/generated/`: users only where they matter (enhanced security).
fn generated_specs() -> Vec<Spec> {
    let mut out = Vec::new();
    for era in ERAS {
        let users: &[Users] =
            if era.profile().enhanced_security { &[Users::Same, Users::Different] } else { &[Users::Same] };
        for &users in users {
            for family in FAMILIES.into_iter().filter(|f| f.available_in(era)) {
                for proto in PROTOS {
                    out.push(Spec { era, users, family, proto });
                }
            }
        }
    }
    out
}

/// The file name of a table, without extension: `server2003-different-v4-tcp`; eras without
/// enhanced security leave out the users (`xpsp2-v4-tcp`).
fn stem(spec: &Spec) -> String {
    if spec.users_matter() {
        format!("{}-{}-{}-{}", spec.era, spec.users, spec.family, spec.proto)
    } else {
        format!("{}-{}-{}", spec.era, spec.family, spec.proto)
    }
}

/// The command that prints a table, in the given format.
fn command(spec: &Spec, format: &str, explain: bool) -> String {
    let users = if spec.users_matter() { format!(" --users {}", spec.users) } else { String::new() };
    let explain = if explain { " --explain" } else { "" };
    format!(
        "winsock-bind table --era {}{users} --family {} --proto {} --format {format}{explain}",
        spec.era, spec.family, spec.proto
    )
}

/// Every file of `tables/generated/` as (path relative to that directory, contents): for each
/// table, Markdown with `--explain` (`.md`) and CSV (`.csv`), then `index.md`.
///
/// ```
/// let files = winsock_bind::table::generated_set();
/// assert!(files.iter().any(|(path, _)| path == "server2003-different-v4-tcp.csv"));
/// assert_eq!(files.last().map(|(path, _)| path.as_str()), Some("index.md"));
/// ```
pub fn generated_set() -> Vec<(String, String)> {
    let specs = generated_specs();
    let mut files = Vec::new();
    for spec in &specs {
        let table = generate(spec);
        let stem = stem(spec);
        files.push((
            format!("{stem}.md"),
            render_with(&table, Format::Markdown, RenderOptions { explain: true, documented: false }),
        ));
        files.push((format!("{stem}.csv"), render_with(&table, Format::Csv, RenderOptions::default())));
    }
    for spec in LinuxSpec::all() {
        files.push((format!("{}.md", spec.stem()), spec.markdown()));
        files.push((format!("{}.csv", spec.stem()), spec.csv(false)));
    }
    for spec in compare_specs() {
        files.push((format!("{}.md", compare_stem(&spec)), spec.generate().markdown()));
    }
    files.push(("index.md".to_owned(), index(&specs)));
    files
}

/// The compare tables of `tables/generated/`: Linux against win10, a TCP server listening,
/// for one user and for two.
fn compare_specs() -> Vec<CompareSpec> {
    [Users::Same, Users::Different]
        .into_iter()
        .map(|users| CompareSpec { era: Era::Win10, users, proto: Proto::Tcp, first_state: FirstState::Listening })
        .collect()
}

/// `compare-linux-win10-same-tcp-listening`.
fn compare_stem(spec: &CompareSpec) -> String {
    format!("compare-linux-{}-{}-{}-{}", spec.era, spec.users, spec.proto, spec.first_state)
}

/// The index section of the Linux tables and the compare tables.
fn linux_index(out: &mut String) {
    out.push_str(
        "\n## linux (for contrast)\n\n\
         The same question on Linux, from the Linux rules (X1-X10) that `tests/linux_kernel.rs` checks against a \
         real kernel: a first IPv4 socket, bound or listening, on `0.0.0.0:8080` (Wildcard) or `127.0.0.1:8080` \
         (Specific), then a second bind to the port. Options: Default, SO_REUSEADDR, SO_REUSEPORT, Both. The \
         `.csv` files are the same bytes as `tables/linux/*.csv`; cells: `Success`, `EADDRINUSE` (98), \
         `EACCES` (13).\n\n",
    );
    out.push_str("| table | what it shows | Markdown | CSV | command |\n|---|---|---|---|---|\n");
    for spec in LinuxSpec::all() {
        let stem = spec.stem();
        let _ = writeln!(
            out,
            "| {stem} | {} | [{stem}.md]({stem}.md) | [{stem}.csv]({stem}.csv) | `{}` |",
            spec.title(),
            spec.command("csv")
        );
    }
    out.push_str(
        "\nLinux and Windows side by side (`--compare`): both outcomes per cell, the cells where they differ marked \
         and explained in one sentence from the two rules.\n\n| table | what it shows | Markdown | command |\n|---|---|---|---|\n",
    );
    for spec in compare_specs() {
        let stem = compare_stem(&spec);
        let _ = writeln!(
            out,
            "| {stem} | {}, a TCP server listening; {} cells differ | [{stem}.md]({stem}.md) | \
             `winsock-bind table --compare linux,{} --users {} --proto {} --first-state {} --format markdown` |",
            match spec.users {
                Users::Same => "same user",
                Users::Different => "different users",
            },
            spec.generate().differing().count(),
            spec.era,
            spec.users,
            spec.proto,
            spec.first_state
        );
    }
}

fn index(specs: &[Spec]) -> String {
    let mut out = String::from(
        "# Generated outcome tables\n\n\
         Every file here is generated from the model (`winsock_bind::table::generated_set()`); do not edit them.\n\
         `cargo test` fails when one of them differs from what the model answers now, and\n",
    );
    let _ = write!(out, "`{REGENERATE_COMMAND}` rewrites them.\n\n");
    out.push_str(
        "Each table answers one question: a first socket is bound, then a second socket binds the same port;\n\
         what does the second `bind()` return? Rows are the first caller, columns the second, each by the\n\
         option it set (Default: neither, SO_REUSEADDR, SO_EXCLUSIVEADDRUSE) and the address it binds\n\
         (Wildcard, or one Specific address, the same for both callers). Cells: `Success`,\n\
         `INUSE` = WSAEADDRINUSE (10048), `ACCESS` = WSAEACCES (10013), `NOPROTOOPT` = WSAENOPROTOOPT (10042):\n\
         the caller could not even set SO_EXCLUSIVEADDRUSE.\n\n\
         The `.md` files give each cell's rule and, below the grid, one line per rule with its reason and source\n\
         (`--explain`); cells marked † rest on observation of current Windows only. The `.csv` files use the\n\
         format of the documented oracles in `tables/` (`mixed` tables add socket and basis columns; see\n\
         README, \"Tables\").\n\n\
         Families: `v4` is two IPv4 sockets (`0.0.0.0`, `10.0.0.1`); `v6` two IPv6 sockets with IPV6_V6ONLY on,\n\
         Windows' default (`[::]`, `[2001:db8::1]`); `mixed` a dual-stack socket (`[::]` or `[::ffff:10.0.0.1]`,\n\
         IPV6_V6ONLY off) against an IPv4 socket, in both orders: what a server listening dual-stack (as Node.js,\n\
         Go, .NET and Java do) meets when another program binds the same port over IPv4. UDP tables have the\n\
         same cells as TCP ones: the bind rules do not depend on the protocol, but UDP and TCP ports are\n\
         separate, so each has its own table.\n",
    );
    let mut era = None;
    for spec in specs {
        if era != Some(spec.era) {
            era = Some(spec.era);
            let p = spec.era.profile();
            let _ = write!(out, "\n## {} ({})\n\n{}\n\n", p.id, p.releases, era_summary(spec.era));
            out.push_str("| table | what it shows | Markdown | CSV | command |\n|---|---|---|---|---|\n");
        }
        let stem = stem(spec);
        let _ = writeln!(
            out,
            "| {stem} | {} | [{stem}.md]({stem}.md) | [{stem}.csv]({stem}.csv) | `{}` |",
            meaning(spec, &generate(spec)),
            command(spec, "csv", false)
        );
    }
    linux_index(&mut out);
    out
}

fn era_summary(era: Era) -> String {
    let p = era.profile();
    let exclusive = match p.exclusive {
        Exclusive::Unavailable => "SO_EXCLUSIVEADDRUSE does not exist (setting it fails with WSAENOPROTOOPT)",
        Exclusive::AdminOnly => "only administrators may set SO_EXCLUSIVEADDRUSE (the tables assume they do)",
        Exclusive::Anyone => "anyone may set SO_EXCLUSIVEADDRUSE",
    };
    let security = if p.enhanced_security {
        "enhanced socket security is on: a port is shared only when both sockets set SO_REUSEADDR, so same and different users get separate tables"
    } else {
        "no enhanced socket security: SO_REUSEADDR alone shares (or steals) a port, whoever owns it, so one table serves any users"
    };
    let ipv6 = match p.ipv6 {
        Ipv6::None => "no IPv6",
        Ipv6::SeparateStack => "an IPv6 stack separate from IPv4 (no dual-stack sockets)",
        Ipv6::DualStack => "one dual-stack TCP/IP stack",
    };
    format!("{}: {exclusive}; {security}; {ipv6}.", capitalise(p.releases))
}

fn meaning(spec: &Spec, table: &super::Table) -> String {
    let users = if spec.users_matter() {
        match spec.users {
            Users::Same => "same user, ",
            Users::Different => "different users, ",
        }
    } else {
        ""
    };
    let family = match spec.family {
        TableFamily::V4 => "IPv4",
        TableFamily::V6 => "IPv6 (IPV6_V6ONLY on)",
        TableFamily::Dual => "dual-stack IPv6 (IPV6_V6ONLY off)",
        TableFamily::Mixed => "dual-stack socket and IPv4 socket, both orders",
    };
    let undocumented = table.cells.iter().filter(|c| c.basis() != crate::Evidence::Documented).count();
    if undocumented == table.cells.len() {
        return format!(
            "{users}{family}, {}; no document covers it: every cell rests on observation (†) or extrapolation (‡)",
            spec.proto.to_string().to_uppercase()
        );
    }
    let tcp = generate(&Spec { proto: Proto::Tcp, ..*spec });
    let results = |t: &super::Table| t.cells.iter().map(|c| c.decision.result).collect::<Vec<_>>();
    if spec.proto == Proto::Udp && results(&tcp) == results(table) {
        return format!("{users}{family}, UDP; the same cells as the TCP table");
    }
    let documented = match (spec.family, spec.proto, spec.era.profile().enhanced_security, spec.users) {
        (TableFamily::V4, Proto::Tcp, false, _) if spec.era.profile().exclusive != Exclusive::Unavailable => {
            "; the documents' Table 2 (`tables/pre2003.csv`)"
        }
        (TableFamily::V4, Proto::Tcp, true, Users::Same) => {
            "; the documents' Table 3 (`tables/enhanced-same-user.csv`)"
        }
        (TableFamily::V4, Proto::Tcp, true, Users::Different) => {
            "; the documents' Table 4 (`tables/enhanced-different-users.csv`)"
        }
        _ if undocumented > 0 => "; never published, partly observed (†) or extrapolated (‡) only",
        _ => "; never published",
    };
    format!("{users}{family}, {}{documented}", spec.proto.to_string().to_uppercase())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
