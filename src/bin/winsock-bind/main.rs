//! `winsock-bind`: a thin shell over the library. Parses, calls one library function per
//! subcommand, prints, and exits 0 (success), 1 (a check failed) or 2 (bad input).

mod args;
mod live;
mod out;

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;
use winsock_bind::table::{self, RenderOptions, Spec};

use args::{AuditArgs, AuditFormat, Cli, Command, DoctorArgs, DoctorFormat, RunFormat, ScanArgs};
use winsock_bind::probe::{self, Known};
use winsock_bind::rules::linux::PortPolicy;
use winsock_bind::text::escape_lines;
use winsock_bind::{audit, portability, scenario, Era};

/// Prints a line on stdout; when stdout is closed (`winsock-bind ... | head`), stops quietly with
/// status 0 instead of panicking as `println!` would. Every control character and bidirectional
/// override that input may have carried into the text is escaped on the way out
/// ([`escape_lines`]); JSON is escaped by [`json`] first.
macro_rules! outln {
    ($($arg:tt)*) => {
        if writeln!(std::io::stdout(), "{}", escape_lines(&format!($($arg)*))).is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    };
}

/// As [`outln!`], without the newline.
macro_rules! out {
    ($($arg:tt)*) => {
        if write!(std::io::stdout(), "{}", escape_lines(&format!($($arg)*))).is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    };
}

/// JSON output with the characters [`escape_lines`] would escape written as `\uXXXX` escapes,
/// which mean the same in a JSON string (the only place they can be).
fn json(made: Result<String, serde_json::Error>) -> Result<String, String> {
    made.map(|j| winsock_bind::text::escape_json(&j).into_owned()).map_err(|e| e.to_string())
}

/// A writer of JSON that escapes as [`json`] does, on the way to `out`: a large report is
/// written as it is serialized, never held whole as text (the JSON of a machine audit of 100,000
/// listeners is about 250 MB, its SARIF about 500 MB, and each was held three times).
struct EscapedJson<W: std::io::Write> {
    out: W,
    /// The end of a UTF-8 character cut between two writes.
    pending: Vec<u8>,
}

impl<W: std::io::Write> std::io::Write for EscapedJson<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
        };
        let text = std::str::from_utf8(&self.pending[..valid]).unwrap_or_default();
        self.out.write_all(winsock_bind::text::escape_json(text).as_bytes())?;
        self.pending.drain(..valid);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Prints `value` as pretty JSON and a newline, escaped as [`json`] does, as it is serialized.
/// `Ok(false)` when stdout was closed: the caller stops quietly with status 0, as [`outln!`]
/// does.
fn print_json<T: serde::Serialize>(value: &T) -> Result<bool, String> {
    let mut w = EscapedJson { out: std::io::BufWriter::new(std::io::stdout().lock()), pending: Vec::new() };
    match serde_json::to_writer_pretty(&mut w, value) {
        Ok(()) => Ok(w.write_all(b"\n").and_then(|()| w.flush()).is_ok()),
        Err(e) if e.is_io() => Ok(false),
        Err(e) => Err(e.to_string()),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap quotes the arguments it refuses: escaped like everything else printed.
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                write!(std::io::stderr(), "{}", escape_lines(&text))
            } else {
                write!(std::io::stdout(), "{}", escape_lines(&text))
            };
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("winsock-bind: {}", escape_lines(&message));
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Eras => out!("{}", winsock_bind::eras_table()),
        Command::Table { era, os, compare, users, family, proto, first_state, format, explain, documented } => {
            out!(
                "{}",
                table_text(TableArgs {
                    era,
                    os,
                    compare,
                    users,
                    family,
                    proto,
                    first_state,
                    format,
                    explain,
                    documented
                })?
            );
        }
        Command::Run { files, format } => {
            let files = scenario::expand(&files).map_err(|e| e.to_string())?;
            let loaded: Vec<_> = files.iter().map(scenario::from_path).collect();
            let errors: Vec<String> = loaded.iter().filter_map(|r| r.as_ref().err().map(ToString::to_string)).collect();
            if !errors.is_empty() {
                return Err(errors.join("\nwinsock-bind: "));
            }
            // Each transcript is written step by step as it runs, never held in memory whole.
            // JSON goes through the escaping writer: serde_json leaves DEL, C1 and the
            // bidirectional overrides raw, and a scenario's names can carry them.
            let stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let mut out: Box<dyn std::io::Write> = match format {
                RunFormat::Text => Box::new(stdout),
                RunFormat::Json => Box::new(EscapedJson { out: stdout, pending: Vec::new() }),
            };
            let mut failed = false;
            let written = (|| -> std::io::Result<()> {
                if format == RunFormat::Json {
                    out.write_all(b"[")?;
                }
                for (i, s) in loaded.into_iter().flatten().enumerate() {
                    let tally = match format {
                        RunFormat::Text => {
                            let t = s.run_text(&mut out)?;
                            writeln!(out)?;
                            t
                        }
                        RunFormat::Json => {
                            if i > 0 {
                                out.write_all(b",\n")?;
                            }
                            s.run_json(&mut out)?
                        }
                    };
                    failed |= !tally.passed();
                }
                if format == RunFormat::Json {
                    out.write_all(b"]\n")?;
                }
                out.flush()
            })();
            match written {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
                Err(e) => return Err(format!("writing the transcript: {e}")),
            }
            if failed {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Check { probe, era, os, known, label, scenarios } => {
            if let Some(os) = os {
                return check_linux(os, &probe, &label, &scenarios);
            }
            let era = era.ok_or("give --era ERA (the Windows probe's machine) or --os linux")?;
            let known = match known {
                Some(path) => Known::load(&path).map_err(|e| e.to_string())?,
                None => Known::none(),
            };
            let loaded = scenario::expand(&scenarios)
                .map_err(|e| e.to_string())?
                .iter()
                .map(|p| scenario::from_path(p).map(|s| (p.display().to_string(), s)))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            let mut comparisons = vec![probe::compare_table(&probe, era, &known).map_err(|e| e.to_string())?];
            for (name, s) in &loaded {
                comparisons
                    .push(probe::compare_scenario(&probe, name, s.scenario(), era, &known).map_err(|e| e.to_string())?);
            }
            for c in &comparisons {
                outln!("{c}");
            }
            for c in &comparisons {
                outln!("{}", c.summary(&label));
            }
            let unused = known.unused();
            if !unused.is_empty() {
                outln!("note: {} known difference(s) did not occur in this run:", unused.len());
                for d in unused {
                    outln!("  {} (model {}, real {})", d.key, d.model, d.real);
                }
            }
            let new = comparisons.iter().map(|c| c.counts().2).sum::<usize>();
            if new > 0 {
                eprintln!(
                    "winsock-bind: {new} new difference(s) between the model and {}",
                    winsock_bind::Escaped(&label)
                );
                return Ok(ExitCode::from(1));
            }
        }
        Command::Audit(a) => return audit(a),
        Command::PortCheck { files, program, port, era, privileged, format, deny_differences } => {
            let checked = match (program, port) {
                (Some(p), Some(port)) => vec![portability::program_scenario(p, port).map_err(|e| e.to_string())?],
                (_, _) => {
                    let files = scenario::expand(&files).map_err(|e| e.to_string())?;
                    files.iter().map(scenario::from_path).collect::<Result<Vec<_>, _>>().map_err(|e| e.to_string())?
                }
            };
            if let Some(c) = checked.iter().find(|c| !c.scenario().hosts.is_empty()) {
                return Err(format!(
                    "port-check compares one machine on two systems; `{}` is a network of several hosts",
                    c.scenario().name
                ));
            }
            let policy = if privileged { PortPolicy::privileged() } else { PortPolicy::unprivileged() };
            let views: Vec<_> = checked
                .iter()
                .map(|c| portability::compare(c, policy, era.or(c.os().era()).unwrap_or(Era::Win10)))
                .collect();
            match format {
                RunFormat::Text => {
                    for v in &views {
                        outln!("{v}");
                    }
                }
                RunFormat::Json => {
                    let json = json(serde_json::to_string_pretty(&views))?;
                    outln!("{json}");
                }
            }
            if deny_differences && views.iter().any(|v| v.differences().next().is_some()) {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Doctor(a) => return doctor(a),
        Command::Scan(a) => return scan(&a),
        Command::Explain { era, os, users, first, second, excluded, proto } => {
            let era = match (os, era) {
                (Some(winsock_bind::Os::Linux(policy)), _) => {
                    let answer = winsock_bind::linux_second_bind(policy, users, proto, first.as_deref(), &second)
                        .map_err(|e| e.to_string())?;
                    let reason = match answer.deciding() {
                        Ok(a) => a.reason,
                        Err(r) => r.answer.reason,
                    };
                    outln!("{answer}");
                    outln!("evidence: {}", reason.evidence());
                    outln!("source: {}", reason.source());
                    return Ok(ExitCode::SUCCESS);
                }
                (Some(winsock_bind::Os::Windows(era)), _) | (None, Some(era)) => era,
                (None, None) => return Err("give --era ERA or --os linux".to_owned()),
            };
            let exclusions = winsock_bind::exclusions_from_netsh(era, proto, &excluded).map_err(|e| e.to_string())?;
            let answer = winsock_bind::bind_with_exclusions(era, users, proto, first.as_deref(), &second, &exclusions)
                .map_err(|e| e.to_string())?;
            outln!("{answer}");
            let evidence = answer.decision.evidence();
            match evidence {
                winsock_bind::Evidence::Documented => outln!("evidence: {evidence}"),
                winsock_bind::Evidence::Observed => {
                    outln!("evidence: {evidence} (seen on real Windows; no Microsoft document states it)");
                }
                winsock_bind::Evidence::Extrapolated => outln!(
                    "evidence: {evidence} (no document or observation covers this case: the model's own reading, \
                     docs/sources.md#extrapolated)"
                ),
            }
            outln!("source: {}", answer.decision.reason.source());
        }
        Command::Ports { era, excluded, dynamic } => {
            let host = winsock_bind::host_from_netsh(era, &excluded, &dynamic).map_err(|e| e.to_string())?;
            out!("{}", host.port_map());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `scan PATH...`: the sites in the source, each audited; exit 1 when a finding reaches --fail-on.
fn scan(a: &ScanArgs) -> Result<ExitCode, String> {
    let report = winsock_bind::scan::scan(&a.paths, a.era).map_err(|e| e.to_string())?;
    match a.format {
        AuditFormat::Text => out!("{report}"),
        AuditFormat::Json => outln!("{}", json(report.to_json())?),
        AuditFormat::Sarif => outln!("{}", json(report.to_sarif().to_json())?),
    }
    if a.fail_on.is_some_and(|t| report.fails(t)) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The arguments of `table`, as parsed.
struct TableArgs {
    era: Option<Era>,
    os: Option<winsock_bind::Os>,
    compare: Vec<winsock_bind::Os>,
    users: winsock_bind::rules::Users,
    family: Option<table::TableFamily>,
    proto: winsock_bind::Proto,
    first_state: Option<table::FirstState>,
    format: table::Format,
    explain: bool,
    documented: bool,
}

/// `table`: one Windows table, one Linux table, or the two side by side; the combinations that
/// make no sense are refused naming the flags.
fn table_text(a: TableArgs) -> Result<String, String> {
    use winsock_bind::table::{CompareSpec, FirstState, LinuxSpec, TableFamily};
    use winsock_bind::{Os, Proto};
    let default_state = match a.proto {
        Proto::Tcp => FirstState::Listening,
        Proto::Udp => FirstState::Bound,
    };
    if !a.compare.is_empty() {
        let pair: [Os; 2] = a.compare.as_slice().try_into().map_err(|_| {
            format!("--compare takes two systems, linux and a Windows era (e.g. linux,win10), not {}", a.compare.len())
        })?;
        let spec = CompareSpec::from_pair(pair, a.users, a.proto, a.first_state.unwrap_or(default_state))
            .map_err(|e| format!("--compare: {e}"))?;
        return spec.generate().render(a.format).map_err(|e| e.to_string());
    }
    let os = match (a.os, a.era) {
        (Some(os), None) => os,
        (None, Some(era)) => Os::Windows(era),
        (None, None) => return Err("give --era ERA (e.g. --era win10), --os linux, or --compare linux,ERA".to_owned()),
        (Some(_), Some(_)) => return Err("give --os or --era, not both".to_owned()),
    };
    match os {
        Os::Windows(era) => {
            if let Some(state) = a.first_state {
                return Err(format!(
                    "--first-state {state} is for Linux tables (--os linux): the Windows bind rules do not depend on \
                     whether the first socket listens"
                ));
            }
            let spec = Spec { era, users: a.users, family: a.family.unwrap_or(TableFamily::V4), proto: a.proto };
            spec.validate().map_err(|e| e.to_string())?;
            let options = RenderOptions { explain: a.explain, documented: a.documented };
            Ok(table::render_with(&table::generate(&spec), a.format, options))
        }
        Os::Linux(_) => {
            if let Some(family) = a.family {
                return Err(format!(
                    "--family {family} is for Windows tables: the Linux tables bind IPv4 (0.0.0.0, 127.0.0.1)"
                ));
            }
            if a.documented {
                return Err(
                    "--documented is for Windows tables: the Linux cells are checked against the kernel".to_owned()
                );
            }
            let spec =
                LinuxSpec { users: a.users, proto: a.proto, first_state: a.first_state.unwrap_or(default_state) };
            spec.validate().map_err(|e| format!("--first-state: {e}"))?;
            Ok(spec.render(a.format, a.explain))
        }
    }
}

/// `check --os linux`: every scenario on the Linux model and on the native probe; any
/// difference fails (there is no list of known differences for Linux).
fn check_linux(
    os: winsock_bind::Os,
    program: &std::path::Path,
    label: &str,
    scenarios: &[std::path::PathBuf],
) -> Result<ExitCode, String> {
    if !os.is_linux() {
        return Err(format!("--os {os}: only `linux` is checked on this machine; use --era for a Windows probe"));
    }
    let machine = probe::LinuxMachine::this();
    let label = if label == "the real stack" { "the Linux kernel" } else { label };
    let loaded = scenario::expand(scenarios)
        .map_err(|e| e.to_string())?
        .iter()
        .map(|p| scenario::from_path(p).map(|s| (p.display().to_string(), s)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    if !machine.root {
        outln!("skipped: not root, so every scenario's users run as one user (the different-user steps are compared as same-user ones)");
    }
    let mut comparisons = Vec::new();
    for (name, s) in &loaded {
        comparisons
            .push(probe::compare_linux_scenario(program, name, s.scenario(), machine).map_err(|e| e.to_string())?);
    }
    for c in &comparisons {
        outln!("{c}");
    }
    for c in &comparisons {
        outln!("{}", c.summary(label));
    }
    let (agree, differ, compared) = comparisons.iter().fold((0, 0, 0), |(a, d, n), c| {
        let (agree, _, differ, compared) = c.counts();
        (a + agree, d + differ, n + compared)
    });
    outln!(
        "Linux model against {label}: {} scenarios, {compared} steps compared, {agree} agree, {differ} differ ({})",
        comparisons.len(),
        if machine.root { "users as distinct uids" } else { "users merged: not root" }
    );
    if differ > 0 {
        eprintln!("winsock-bind: {differ} difference(s) between the Linux model and {}", winsock_bind::Escaped(label));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `audit --era ERA FILES...` (or `--live`): the live conflicts among a machine snapshot's
/// listeners, and what each listener's unknown options would expose.
fn machine_audit(a: &AuditArgs) -> Result<ExitCode, String> {
    if a.os.is_some() {
        return Err("snapshot files are what a Windows machine prints: give --era ERA, not --os".to_owned());
    }
    let era = a.era.ok_or("--era is required with snapshot files or --live (e.g. --era win11)")?;
    // Flags that describe one server's configuration mean nothing for a whole machine: refuse
    // them rather than ignore them.
    let configuration_only = [
        ("--reuseaddr", a.reuseaddr),
        ("--exclusive", a.exclusive),
        ("--v6only", a.v6only.is_some()),
        ("--start", a.start.is_some()),
        ("--account", a.account.is_some()),
        ("--admin", a.admin),
        ("--address", !a.addresses.is_empty()),
        ("--documented", a.documented),
        ("--excluded", !a.excluded.is_empty()),
        ("--dynamic", !a.dynamic.is_empty()),
        ("--emit-attack", a.emit_attack.is_some()),
    ];
    if let Some((flag, _)) = configuration_only.iter().find(|(_, given)| *given) {
        return Err(format!(
            "{flag} describes one server's configuration; a machine audit reads the machine's files (pass netsh output as FILES)"
        ));
    }
    let snap = if a.live {
        if !a.files.is_empty() {
            return Err("--live reads this machine; give no files with it".to_owned());
        }
        live::snapshot(a.keep.as_deref(), a.force)?
    } else {
        winsock_bind::snapshot::Snapshot::read(&a.files).map_err(|e| e.to_string())?
    };
    let report = audit::machine::machine_audit(era, &snap);
    match a.format {
        AuditFormat::Text => {
            for f in &report.live {
                outln!("{} {} ({}, {}, PID {}): {}", f.proto, f.socket, f.kind.name(), f.severity, f.pid, f.summary);
            }
            for e in &report.exposures {
                outln!(
                    "{} {} (exposure: {}, {}, PID {}): {}",
                    e.proto,
                    e.socket,
                    e.threat,
                    e.severity,
                    e.pid,
                    e.summary
                );
                outln!("    fix: {}", e.fix);
            }
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            outln!(
                "{} live conflict{} and {} exposure{} among {} listeners.",
                report.live.len(),
                plural(report.live.len()),
                report.exposures.len(),
                plural(report.exposures.len()),
                snap.listeners.len()
            );
            if report.search.truncated {
                outln!("note: an attack search stopped at its bound on states; a longer attack may exist.");
            }
            for (proto, port) in &report.search.unchecked_ports {
                outln!("note: {proto} port {port}: which options its listeners can have was not checked; every setting counts as possible.");
            }
        }
        AuditFormat::Json | AuditFormat::Sarif => {
            let printed = match a.format {
                AuditFormat::Sarif => print_json(&report.to_sarif_streamed())?,
                AuditFormat::Json | AuditFormat::Text => print_json(&report)?,
            };
            if !printed {
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let failed = a.fail_on.is_some_and(|threshold| report.fails(threshold));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `audit`: a config file (if any) overlaid with the flags, audited, printed; attacks written on
/// request; exit 1 when `--fail-on` is reached.
fn audit(a: AuditArgs) -> Result<ExitCode, String> {
    if !a.files.is_empty() || a.live {
        return machine_audit(&a);
    }
    let flags = audit::Config {
        os: a.os,
        era: a.era,
        preset: a.preset,
        bind: a.bind,
        proto: a.proto,
        reuseaddr: a.reuseaddr.then_some(true),
        exclusive: a.exclusive.then_some(true),
        reuseport: a.reuseport.then_some(true),
        v6only: a.v6only,
        start: a.start,
        account: a.account,
        admin: a.admin.then_some(true),
        addresses: (!a.addresses.is_empty()).then_some(a.addresses),
        documented: a.documented.then_some(true),
        excluded: a.excluded,
        dynamic: a.dynamic,
    };
    let config = match &a.config {
        Some(path) => audit::Config::from_path(path).map_err(|e| e.to_string())?.merge(flags),
        None => flags,
    };
    if config.os.is_some_and(winsock_bind::Os::is_linux) {
        return linux_audit(a.emit_attack.is_some(), a.format, a.fail_on, &config);
    }
    // The directory is checked before the audit runs, every file before anything is printed.
    let emit_dir = a.emit_attack.as_deref().map(|d| out::prepare_dir("--emit-attack", d)).transpose()?;
    let target = config.target().map_err(|e| e.to_string())?;
    let report = audit::audit(&target).map_err(|e| e.to_string())?;
    let attacks = match &emit_dir {
        Some(dir) => {
            let files = report.attack_files().map_err(|e| e.to_string())?;
            for (name, _) in &files {
                out::check_free(dir, name, a.force)?;
            }
            files
        }
        None => Vec::new(),
    };
    match a.format {
        AuditFormat::Text => out!("{report}"),
        AuditFormat::Json => outln!("{}", json(report.to_json())?),
        AuditFormat::Sarif => {
            let mut log = report.to_sarif();
            // Code scanning shows a result at a file and line: the configuration's bind.
            if let Some(path) = &a.config {
                log.locate_in(&path.display().to_string(), bind_line(path));
            }
            outln!("{}", json(log.to_json())?);
        }
    }
    if let Some(dir) = &emit_dir {
        for (name, json) in &attacks {
            out::write_new(dir, name, json.as_bytes(), a.force)?;
        }
    }
    Ok(if a.fail_on.is_some_and(|s| report.fails(s)) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The line of a configuration file that sets `bind` (TOML `bind = ...`, JSON `"bind": ...`);
/// 1 when none does (the bind came from a flag or a preset).
fn bind_line(path: &std::path::Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with("bind ") || l.starts_with("bind=") || l.contains("\"bind\"")
        })
        .map_or(1, |i| i + 1)
}

/// `audit --os linux`: the Linux audit and its contrast with a Windows era.
fn linux_audit(
    emit_attack: bool,
    format: AuditFormat,
    fail_on: Option<audit::Severity>,
    config: &audit::Config,
) -> Result<ExitCode, String> {
    if emit_attack {
        return Err("--emit-attack writes Windows scenarios; it does not apply to --os linux".to_owned());
    }
    let report = audit::linux::audit(config).map_err(|e| e.to_string())?;
    match format {
        AuditFormat::Text => out!("{report}"),
        AuditFormat::Json => outln!("{}", json(report.to_json())?),
        AuditFormat::Sarif => outln!("{}", json(report.to_sarif().to_json())?),
    }
    Ok(if fail_on.is_some_and(|s| report.fails(s)) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `doctor`: read the snapshot (files or `--live`), diagnose, print; exit 1 unless the bind
/// succeeds.
fn doctor(a: DoctorArgs) -> Result<ExitCode, String> {
    use winsock_bind::doctor::{self, Request, Verdict};
    let request = match (&a.bind, a.program, a.port) {
        (Some(spec), _, _) => {
            let spec: winsock_bind::BindSpec = spec.parse().map_err(|e| format!("--bind: {e}"))?;
            if !spec.port_given {
                return Err(format!(
                    "--bind: `{}` has no port; write ADDRESS:PORT, e.g. 0.0.0.0:80",
                    spec.endpoint.addr
                ));
            }
            Request::from_spec(a.era, a.proto, &spec)
        }
        (None, Some(preset), Some(port)) => Request::from_preset(a.era, a.proto, preset, port),
        (None, _, _) => return Err("give --bind SPEC, or --program PRESET with --port N".to_owned()),
    };
    let snapshot = if a.live {
        if !a.files.is_empty() {
            return Err("--live reads this machine; give no files with it".to_owned());
        }
        live::snapshot(a.keep.as_deref(), a.force)?
    } else {
        winsock_bind::snapshot::Snapshot::read(&a.files).map_err(|e| e.to_string())?
    };
    let d = doctor::diagnose(&snapshot, &request).map_err(|e| e.to_string())?;
    match a.format {
        DoctorFormat::Text => out!("{d}"),
        DoctorFormat::Json => outln!("{}", json(d.to_json())?),
        DoctorFormat::Sarif => outln!("{}", json(d.to_sarif().to_json())?),
    }
    Ok(match d.verdict {
        Verdict::Success => ExitCode::SUCCESS,
        Verdict::Error(_) | Verdict::Depends => ExitCode::from(1),
    })
}

#[cfg(test)]
mod tests {
    use super::EscapedJson;
    use std::io::Write as _;

    /// The streamed JSON is what `json` makes of the whole text, also when a write ends inside
    /// a UTF-8 character.
    #[test]
    fn streamed_json_is_escaped_as_the_whole_text_is() {
        let text = "{\"process\": \"caf\u{e9}\u{1b}]0;x\u{7}.exe\u{202e}\"}\n";
        let mut w = EscapedJson { out: Vec::new(), pending: Vec::new() };
        for byte in text.as_bytes() {
            w.write_all(std::slice::from_ref(byte)).unwrap();
        }
        assert!(w.pending.is_empty());
        assert_eq!(String::from_utf8(w.out).unwrap(), super::json(Ok(text.to_owned())).unwrap());
    }
}
