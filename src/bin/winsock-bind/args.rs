//! Command-line arguments (clap derive). No semantics here: values parse through the library's
//! `FromStr` implementations, so the CLI accepts exactly what the library does.

use clap::{Parser, Subcommand};
use winsock_bind::rules::Users;
use winsock_bind::table::{Format, TableFamily};
use winsock_bind::{Era, Proto};

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
    /// Print the outcome table of a second bind after a first one.
    Table {
        /// The Windows era, e.g. server2003, xpsp2, win11 (see `winsock-bind eras`).
        #[arg(long)]
        era: Era,
        /// Whether both callers are the same account or different ones.
        #[arg(long, default_value = "same")]
        users: Users,
        /// The address family: v4, v6 (IPV6_V6ONLY on) or dual (IPV6_V6ONLY off).
        #[arg(long, default_value = "v4")]
        family: TableFamily,
        /// The protocol: tcp or udp.
        #[arg(long, default_value = "tcp")]
        proto: Proto,
        /// Output format: csv or markdown.
        #[arg(long, default_value = "markdown")]
        format: Format,
    },
    /// Run scenario files (JSON or TOML) and check their expectations.
    Run {
        /// The scenario files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Output format: text (one line per step) or json (the step results).
        #[arg(long, default_value = "text")]
        format: RunFormat,
    },
    /// Explain the outcome of one bind after another.
    Explain {
        /// The Windows era.
        #[arg(long)]
        era: Era,
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
        excluded: Vec<std::path::PathBuf>,
        /// The protocol of both binds, for --excluded: tcp or udp.
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
        excluded: Vec<std::path::PathBuf>,
        /// A file with the output of `netsh int ipv4 show dynamicport tcp` (or udp). May be
        /// repeated.
        #[arg(long, value_name = "FILE")]
        dynamic: Vec<std::path::PathBuf>,
    },
}

/// How `run` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum RunFormat {
    /// One line per step and a summary.
    Text,
    /// An array of transcripts.
    Json,
}
