//! Command-line arguments (clap derive). No semantics here: values parse through the library's
//! `FromStr` implementations, so the CLI accepts exactly what the library does.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use winsock_bind::audit::{Bind, Preset, Severity, Start};
use winsock_bind::rules::Users;
use winsock_bind::table::{FirstState, Format, TableFamily};
use winsock_bind::{Era, Os, Proto};

/// Predict, explain and audit what Windows does when a program binds a socket.
#[derive(Debug, Parser)]
#[command(name = "winsock-bind", version, about)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the Windows eras and their socket rules.
    Eras,
    /// Print the outcome table of a second bind after a first one: for a Windows era (--era), for
    /// Linux (--os linux), or Linux and a Windows era side by side (--compare linux,ERA).
    #[command(group = clap::ArgGroup::new("system").required(true).args(["era", "os", "compare"]))]
    Table {
        /// The Windows era, e.g. server2003, xpsp2, win11 (see `winsock-bind eras`).
        #[arg(long, conflicts_with = "os")]
        era: Option<Era>,
        /// The operating system: linux, or a Windows era (the same as --era).
        #[arg(long)]
        os: Option<Os>,
        /// Linux and one Windows era side by side, e.g. linux,win10: both outcomes per cell, the
        /// differing cells marked and explained (markdown, csv or json).
        #[arg(long, value_name = "linux,ERA", value_delimiter = ',', num_args = 1,
              conflicts_with_all = ["era", "os", "family", "explain", "documented"])]
        compare: Vec<Os>,
        /// Whether both callers are the same account (Linux: effective uid) or different ones.
        #[arg(long, default_value = "same")]
        users: Users,
        /// The address family (Windows only): v4, v6 (IPV6_V6ONLY on), dual (IPV6_V6ONLY off) or
        /// mixed (a dual-stack socket and an IPv4 socket, in both orders). Default v4.
        #[arg(long)]
        family: Option<TableFamily>,
        /// The protocol: tcp or udp.
        #[arg(long, default_value = "tcp")]
        proto: Proto,
        /// Linux only: the first socket is bound or listening (TCP; UDP is always bound). Default:
        /// listening for TCP, bound for UDP.
        #[arg(long, value_name = "bound|listening")]
        first_state: Option<FirstState>,
        /// Output format: markdown, csv, json, or html (one self-contained page with every table).
        #[arg(long, default_value = "markdown")]
        format: Format,
        /// Show each cell's rule (Markdown: footnotes with reasons; JSON: rule and sentence; CSV: a
        /// rule column).
        #[arg(long)]
        explain: bool,
        /// Ask for the documents' answers; cells only observation covers are labelled so
        /// (Windows only).
        #[arg(long)]
        documented: bool,
    },
    /// Run scenario files (JSON or TOML) and check their expectations.
    Run {
        /// The scenario files (a directory stands for its .json and .toml files).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format: text (one line per step) or json (the step results).
        #[arg(long, default_value = "text")]
        format: RunFormat,
    },
    /// Run a scenario on Linux and on a Windows era side by side: every step whose outcome,
    /// value or receiver differs is marked DIFF with one sentence from both systems' rules.
    ///
    /// The same calls run on both systems (a scenario written for either works; `reserve` does
    /// nothing on Linux), so each difference is the systems', not the program's. With
    /// --program and --port, the scenario is the runtime's server as it is configured on
    /// Windows, a second instance of it, and another program of the same account binding
    /// 127.0.0.1 with SO_REUSEADDR. Exit status: 0, or 1 with --deny-differences when a step
    /// differs, 2 on bad input.
    PortCheck {
        /// Scenario files (a directory stands for its .json and .toml files).
        #[arg(required_unless_present = "program", conflicts_with_all = ["program", "port"])]
        files: Vec<PathBuf>,
        /// A runtime preset instead of a scenario (see `audit --help`), with --port.
        #[arg(long, requires = "port")]
        program: Option<Preset>,
        /// The port the preset serves.
        #[arg(long, requires = "program")]
        port: Option<u16>,
        /// The Windows era to compare with (default: the scenario's own era, else win10).
        #[arg(long)]
        era: Option<Era>,
        /// The Linux process holds CAP_NET_BIND_SERVICE (root), so ports below 1024 bind.
        #[arg(long)]
        privileged: bool,
        /// Output format: text (the side-by-side table) or json.
        #[arg(long, default_value = "text")]
        format: RunFormat,
        /// Exit with status 1 when any step differs (for CI).
        #[arg(long)]
        deny_differences: bool,
    },
    /// Compare the model with a real socket stack: the same-user table cells and scenarios,
    /// run by the `winsock-bind-probe` program (see probe/README.md). With `--os linux`, every
    /// scenario (Windows ones replayed on Linux) runs on the Linux model and on the native
    /// probe, and any difference fails.
    Check {
        /// The probe program (e.g. probe/target/release/winsock-bind-probe, or .ci/probe-wine.sh).
        #[arg(long)]
        probe: PathBuf,
        /// The era of the Windows machine the probe runs on (Wine reports itself as win10).
        #[arg(long, required_unless_present = "os")]
        era: Option<Era>,
        /// `linux`: compare with the Linux model on this Linux machine (the native probe).
        #[arg(long, conflicts_with_all = ["era", "known"])]
        os: Option<Os>,
        /// A TOML file of known differences (for stacks that are not Windows, such as Wine).
        #[arg(long)]
        known: Option<PathBuf>,
        /// A name for the real stack in the summaries, e.g. Wine.
        #[arg(long, default_value = "the real stack")]
        label: String,
        /// Scenario files to run on both (a directory stands for its .json and .toml files).
        scenarios: Vec<PathBuf>,
    },
    /// Explain the outcome of one bind after another.
    ///
    /// On Linux (`--os linux`) the words are default, reuseaddr, reuseport, both, v6only and
    /// bound (the first TCP caller listens unless `bound`), e.g. `explain --os linux --first
    /// "reuseaddr 0.0.0.0:8080" --second "reuseaddr 127.0.0.1:8080"`.
    Explain {
        /// The Windows era.
        #[arg(long, required_unless_present = "os")]
        era: Option<Era>,
        /// The operating system instead of --era: `linux` (or an era name).
        #[arg(long, conflicts_with_all = ["era", "excluded"])]
        os: Option<Os>,
        /// Whether both callers are the same account or different ones.
        #[arg(long, default_value = "same")]
        users: Users,
        /// The first bind, e.g. "exclusive 0.0.0.0" or "reuseaddr 10.0.0.1:80"; without it the
        /// second bind is alone on its port.
        #[arg(long)]
        first: Option<String>,
        /// The second bind, in the same form.
        #[arg(long)]
        second: String,
        /// A file with the output of `netsh interface ipv4 show excludedportrange protocol=tcp`
        /// (or udp); binds inside those ranges fail with WSAEACCES. May be repeated.
        #[arg(long, value_name = "FILE")]
        excluded: Vec<PathBuf>,
        /// The protocol of both sockets: tcp or udp. With --excluded, the files must list ranges
        /// for it.
        #[arg(long, default_value = "tcp")]
        proto: Proto,
    },
    /// Print a host's port map: dynamic port range, excluded ranges, reservations.
    Ports {
        /// The Windows era.
        #[arg(long)]
        era: Era,
        /// A file with the output of `netsh interface ipv4 show excludedportrange protocol=tcp`
        /// (or udp). May be repeated.
        #[arg(long, value_name = "FILE")]
        excluded: Vec<PathBuf>,
        /// A file with the output of `netsh int ipv4 show dynamicport tcp` (or udp). May be
        /// repeated.
        #[arg(long, value_name = "FILE")]
        dynamic: Vec<PathBuf>,
    },
    /// Audit a server's bind configuration: who can steal, shadow or block its port, the
    /// shortest attack and the smallest verified fix.
    ///
    /// A Node.js server on port 3000 on Windows 11: `winsock-bind audit --era win11 --preset node --bind 3000`.
    #[command(after_long_help = AUDIT_HELP)]
    Audit(AuditArgs),
    /// Explain why a bind fails (or would fail) on a real machine, from what its tools print:
    /// `netstat -ano`, `Get-NetTCPConnection`/`Get-NetUDPEndpoint` (JSON or CSV), `netsh int ipv4
    /// show excludedportrange|dynamicport`, `netsh http show iplisten|servicestate|sslcert`,
    /// `tasklist /svc` (each file recognised from its content). Prints the verdict, then each
    /// cause (the holder's PID and process, the rule, the evidence) with fixes, narrowest blast
    /// radius first (the program, one other program or service, the whole machine), each checked
    /// by replaying the bind on the fixed snapshot. When one answer holds under every usual
    /// setting of the other programs' sockets, the verdict gives it and names the unusual
    /// setting that would change it (a dual-stack `[::]` socket); `depends` is for a real split.
    ///
    /// JSON: {"schema_version": 1, "era", "bind", "verdict": "WSAEACCES" | "WSAEADDRINUSE" | ... |
    /// "success" | "depends", "basis": "every-assumption" | "usual-settings" | "split", "unless":
    /// [{"verdict", "rule", "pid", "assumption"}] (with "usual-settings"), "causes": [{"kind": "http.sys" | "system" | "listener" |
    /// "excluded-range" | "ephemeral" | "shadow" | "option" | "certificate-mismatch", "pid",
    /// "process", "services", "address", "origin", "error", "rule", "evidence", "explanation",
    /// "assumption", "fixes": [{"invasiveness", "text", "commands", "check": {"status": "works" |
    /// "unchecked", "detail"}}]}], "alternatives": [{"verdict", "rule", "pid", "assumption"}],
    /// "unknowns", "notes", "reductions": [{"facts", "listeners", "replayed", "omitted"}] (a port
    /// with many equivalent listeners, replayed in part)}.
    ///
    /// Exit status: 0 when the bind succeeds, 1 when it fails or the answer depends on what the
    /// snapshot cannot show, 2 for bad input.
    Doctor(DoctorArgs),
    /// Find server socket set-ups in source code (C, C++, C#, Go, Python, Java, JavaScript,
    /// Rust) and audit each one at the line that binds it.
    ///
    /// Each site (the runtime's own options plus the code's, its address and port) is audited
    /// as `audit` does; what the code leaves unknown is audited under every possibility and the
    /// finding says under which it holds. Commented-out code, strings and client sockets give
    /// nothing; a bind on a socket the scan cannot follow is listed as unrecognised.
    ///
    /// JSON: {"schema_version": 1, "era", "files", "skipped": {"not-source" | "too-large" |
    /// "not-text": N}, "sites": [{"file", "line", "column", "language", "runtime", "proto",
    /// "address", "port", "options": ["SO_REUSEADDR" | "SO_EXCLUSIVEADDRUSE" | "IPV6_V6ONLY=0|1"],
    /// "unknown": [...]}], "unrecognised": [{"file", "line", "what"}], "findings": [{"file",
    /// "line", "column", "rule", "threat", "severity", "attacker", "evidence", "summary", "fix",
    /// "mitigation"?, "holds_if"?}], "errors"?: [{"file", "line", "message"}]}.
    ///
    /// Exit status: 0 when no finding reaches --fail-on, 1 when one does (counting the findings
    /// that hold whatever the unknowns are), 2 for a path that cannot be read.
    Scan(ScanArgs),
}

/// `winsock-bind scan`.
#[derive(Debug, clap::Args)]
pub(crate) struct ScanArgs {
    /// Source files or directories (walked in name order; hidden directories are left out).
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// The Windows era the code runs on.
    #[arg(long, default_value = "win11")]
    pub(crate) era: Era,
    /// Output format: text, json or sarif (SARIF 2.1.0, a result at each site's line).
    #[arg(long, default_value = "text")]
    pub(crate) format: AuditFormat,
    /// Exit with status 1 when a finding at or above this severity holds: low, medium, high.
    #[arg(long, value_name = "SEVERITY")]
    pub(crate) fail_on: Option<Severity>,
}

/// `winsock-bind doctor`.
#[derive(Debug, clap::Args)]
pub(crate) struct DoctorArgs {
    /// The Windows era of the machine, e.g. win11, server2003 (see `winsock-bind eras`).
    #[arg(long)]
    pub(crate) era: Era,
    /// The protocol of the bind: tcp or udp.
    #[arg(long, default_value = "tcp")]
    pub(crate) proto: Proto,
    /// The bind, as `explain` writes it, with its port: "reuseaddr 0.0.0.0:80".
    #[arg(long, value_name = "SPEC", conflicts_with_all = ["program", "port"], required_unless_present = "program")]
    pub(crate) bind: Option<String>,
    /// A runtime preset (as in `audit`): rust-std, tokio-reuseaddr, dotnet, python-http-server,
    /// python-asyncio, node, go, java, nginx.
    #[arg(long, value_name = "PRESET", requires = "port")]
    pub(crate) program: Option<Preset>,
    /// The port the preset serves.
    #[arg(long, requires = "program")]
    pub(crate) port: Option<u16>,
    /// Run the commands on this machine (Windows only) instead of reading files.
    #[arg(long)]
    pub(crate) live: bool,
    /// With --live: write each command's raw output into this directory.
    #[arg(long, value_name = "DIR", requires = "live")]
    pub(crate) keep: Option<PathBuf>,
    /// Replace files that --keep or --emit-attack would write where a file already is.
    #[arg(long)]
    pub(crate) force: bool,
    /// Output format: text, json or sarif (SARIF 2.1.0).
    #[arg(long, default_value = "text")]
    pub(crate) format: DoctorFormat,
    /// The files the machine's tools printed.
    #[arg(required_unless_present = "live")]
    pub(crate) files: Vec<PathBuf>,
}

/// How `doctor` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum DoctorFormat {
    /// Paragraphs for people.
    Text,
    /// The JSON shape in `--help`.
    Json,
    /// A SARIF 2.1.0 log.
    Sarif,
}

/// `winsock-bind audit`: each flag has a key of the same name in a `--config` file; flags win.
#[derive(Debug, clap::Args)]
pub(crate) struct AuditArgs {
    /// The Windows era, e.g. win11, server2003, xpsp2 (see `winsock-bind eras`). With --os
    /// linux: the Windows era of the "Linux vs Windows" contrast (default win10).
    #[arg(long)]
    pub(crate) era: Option<Era>,
    /// The operating system: linux (the Linux rules, with its contrast to --era), or a Windows
    /// era (the same as --era).
    #[arg(long)]
    pub(crate) os: Option<Os>,
    /// A server socket: PORT (the preset's addresses, else 0.0.0.0) or ADDR:PORT; repeat for
    /// several sockets.
    #[arg(long, value_name = "[ADDR:]PORT")]
    pub(crate) bind: Vec<Bind>,
    /// How a runtime binds by default: rust-std, tokio-reuseaddr, dotnet, python-http-server,
    /// python-asyncio, node, go, java, nginx.
    #[arg(long)]
    pub(crate) preset: Option<Preset>,
    /// The protocol: tcp or udp.
    #[arg(long)]
    pub(crate) proto: Option<Proto>,
    /// The server sets SO_REUSEADDR (overrides a config file's `exclusive`).
    #[arg(long, conflicts_with = "exclusive")]
    pub(crate) reuseaddr: bool,
    /// The server sets SO_EXCLUSIVEADDRUSE (overrides a config file's `reuseaddr`).
    #[arg(long)]
    pub(crate) exclusive: bool,
    /// The server sets SO_REUSEPORT (Linux only: --os linux).
    #[arg(long)]
    pub(crate) reuseport: bool,
    /// IPV6_V6ONLY on IPv6 wildcard sockets; false makes them dual-stack.
    #[arg(long, value_name = "true|false")]
    pub(crate) v6only: Option<bool>,
    /// When it binds: first (before other programs, never restarted while they run),
    /// restarts (restarted while they run), late (after them).
    #[arg(long)]
    pub(crate) start: Option<Start>,
    /// The account it runs as (default: service).
    #[arg(long)]
    pub(crate) account: Option<String>,
    /// The account is an administrator.
    #[arg(long)]
    pub(crate) admin: bool,
    /// A host address besides loopback (repeat; default 10.0.0.1 and 2001:db8::1).
    #[arg(long = "address", value_name = "IP")]
    pub(crate) addresses: Vec<IpAddr>,
    /// Answer as the documents say where current Windows differs.
    #[arg(long)]
    pub(crate) documented: bool,
    /// A file with the output of `netsh int ipv4 show excludedportrange protocol=tcp` (or udp):
    /// a server port inside a range is a finding. May be repeated.
    #[arg(long, value_name = "FILE")]
    pub(crate) excluded: Vec<PathBuf>,
    /// A file with the output of `netsh int ipv4 show dynamicport tcp` (or udp), instead of the
    /// era's default dynamic range: a server port inside it is a finding.
    #[arg(long, value_name = "FILE")]
    pub(crate) dynamic: Vec<PathBuf>,
    /// A configuration file (JSON or TOML) with the same keys as these flags; a flag given on
    /// the command line overrides the file's key.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Output format: text, json or sarif (SARIF 2.1.0).
    #[arg(long, default_value = "text")]
    pub(crate) format: AuditFormat,
    /// Exit with status 1 when a finding at or above this severity exists: low, medium, high.
    #[arg(long, value_name = "SEVERITY")]
    pub(crate) fail_on: Option<Severity>,
    /// Write each finding's attack as a scenario file (JSON) into this directory.
    #[arg(long, value_name = "DIR")]
    pub(crate) emit_attack: Option<PathBuf>,
    /// Run `netstat -ano`, the netsh views, `tasklist /svc` and the PowerShell cmdlets on this
    /// machine (Windows only) and audit its listeners, instead of reading files.
    #[arg(long, conflicts_with_all = ["bind", "preset", "config"])]
    pub(crate) live: bool,
    /// With --live: write each command's raw output into this directory.
    #[arg(long, value_name = "DIR", requires = "live")]
    pub(crate) keep: Option<PathBuf>,
    /// Replace files that --keep or --emit-attack would write where a file already is.
    #[arg(long)]
    pub(crate) force: bool,
    /// Machine snapshot files (`netstat -ano`, `netsh http show servicestate` ...): audit the
    /// live listeners of that machine instead of a configuration.
    #[arg(value_name = "FILES", conflicts_with_all = ["bind", "preset", "config"])]
    pub(crate) files: Vec<PathBuf>,
}

/// `audit --help`: the severity table (the one `Severity::of` applies; a test checks they
/// agree) and the JSON shape.
pub(crate) const AUDIT_HELP: &str = "\
Severity (one model for every finding: threat x attacker x evidence, capped by what the attack needs):
threat  attacker        documented/observed  extrapolated
steal   remote-client   high                 medium
steal   other-account   high                 medium
steal   same-account    medium               low
steal   administrator   low                  low
shadow  remote-client   high                 medium
shadow  other-account   high                 medium
shadow  same-account    medium               low
shadow  administrator   low                  low
block   remote-client   medium               low
block   other-account   medium               low
block   same-account    low                  low
block   administrator   low                  low
linger  remote-client   medium               low
linger  other-account   medium               low
linger  same-account    low                  low
linger  administrator   low                  low
capped by what the attack needs:
nothing         at most high
victim-restart  at most medium
boot-race       at most medium
server-unknown  at most low
(victim-restart: the attack works only while the server is down; boot-race: the attacker must
bind before the server first starts; server-unknown: the socket may be a client's source port.)
A server port inside an excluded range is high (its bind fails now); inside the dynamic range
it is a block by another account (medium).
Live conflicts of a machine snapshot (audit --era ERA FILES...), read as rows of that table
(a snapshot shows no accounts: another process counts as another account):
shared-address       steal by other-account, needs nothing         high
beneath              shadow by other-account, needs nothing        high
stack-split          shadow by other-account, needs nothing        high
dynamic-range        block by other-account, needs victim-restart  medium
client-port          block by other-account, needs server-unknown  low
http-sys-everywhere  block by administrator, needs nothing         low
Each listener's unknown options (a snapshot cannot show SO_REUSEADDR or SO_EXCLUSIVEADDRUSE) are
searched like a configuration: every setting the snapshot leaves possible, one exposure per
listener and threat (steal, shadow, block), with the table's severity under the worst of those
settings. --fail-on counts live conflicts and the exposures that hold whatever the listener set;
an exposure that rests on an assumption (\"if PID 1234 did not set SO_EXCLUSIVEADDRUSE\") is
reported, not counted.

JSON (--format json), schema_version 2:
{ \"schema_version\": 2,
  \"target\": { era, behaviour, proto, sockets: [{endpoint, mode, v6only}], account: {name, admin},
              start, addresses, preset?, dynamic?, excluded? },
  \"host_addresses\": [...], \"attackers\": [...], \"max_calls\": 4,
  \"search\": { states, max_states, truncated },
  \"findings\": [ { id, threat, socket, severity, evidence, attacker, needs, attackers, behaviour,
                   other_behaviour?: {behaviour, holds, answer?, evidence?}, summary,
                   destinations?, error?, calls, attack: [{actor, call, outcome, number?}],
                   fix: null | {kind, change, verified, remaining?, introduces?, code?: {runtime, text}},
                   fixes_tried: [...], mitigation? } ],
  \"port_findings\": [ { id, kind: \"excluded-range\" | \"dynamic-range\", socket, range, severity,
                        evidence, summary } ],
  \"other_behaviour\"?: { behaviour, findings: [...] } }
evidence is documented, observed or extrapolated: the weakest answer the attack rests on.
Machine snapshot JSON (audit --era ERA FILES... or --live), schema_version 2:
{ \"schema_version\": 2, \"era\": ...,
  \"live\": [ { kind (shared-address, beneath, stack-split, dynamic-range, client-port,
             http-sys-everywhere), proto, socket, pid, process?, others, severity, summary } ],
  \"exposures\": [ { threat, proto, socket, pid, process?, others, exposed_if, safe_if, ruled_out,
                   attacker, evidence, needs, severity, assumption, fix_mode?, fix, summary } ],
  \"search\": { searches, states, truncated, unchecked_ports: [[proto, port]] } }

With --os linux (the Linux rules X1-X10; every preset sets SO_REUSEADDR there), the same
schema_version with \"os\": \"linux\":
{ \"schema_version\": 2, \"os\": \"linux\",
  \"target\": { proto, sockets: [{endpoint, reuseaddr, reuseport, v6only}], start, account, privileged,
              addresses, preset? },
  \"host_addresses\": [...], \"attackers\": [...],
  \"findings\": [ { id, threat, socket, severity, evidence, attacker, attackers, rule (X1-X10),
                   summary, destinations?, error? (EADDRINUSE ...), attack: [{actor, call, outcome, number?}],
                   fix?: the first option or address change after which no such finding remains } ],
  \"notes\"?: [...],
  \"contrast\"?: { era, windows_target, differences: [{threat, linux, windows, sentence}] },
  \"no_contrast\"?: why there is none (e.g. SO_REUSEPORT, which Windows lacks) }";

/// How `audit` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum AuditFormat {
    /// One paragraph per finding.
    Text,
    /// The report (schema_version 2), or `{schema_version, era, live, exposures, search}` for a
    /// machine snapshot.
    Json,
    /// A SARIF 2.1.0 log.
    Sarif,
}

/// How `run` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum RunFormat {
    /// One line per step and a summary.
    Text,
    /// An array of transcripts.
    Json,
}
