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
        /// The address family: v4, v6 (IPV6_V6ONLY on), dual (IPV6_V6ONLY off) or mixed (a
        /// dual-stack socket and an IPv4 socket, in both orders).
        #[arg(long, default_value = "v4")]
        family: TableFamily,
        /// The protocol: tcp or udp.
        #[arg(long, default_value = "tcp")]
        proto: Proto,
        /// Output format: markdown, csv, json, or html (one self-contained page with every table).
        #[arg(long, default_value = "markdown")]
        format: Format,
        /// Show each cell's rule (Markdown: footnotes with reasons; JSON: rule and sentence; CSV: a
        /// rule column).
        #[arg(long)]
        explain: bool,
        /// Ask for the documents' answers; cells only observation covers are labelled so.
        #[arg(long)]
        documented: bool,
    },
    /// Explain the outcome of one bind after another.
    Explain {
        /// The Windows era.
        #[arg(long)]
        era: Era,
        /// Whether both callers are the same account or different ones.
        #[arg(long, default_value = "same")]
        users: Users,
        /// The first bind, e.g. "exclusive 0.0.0.0" or "reuseaddr 10.0.0.1:80".
        #[arg(long)]
        first: String,
        /// The second bind, in the same form.
        #[arg(long)]
        second: String,
    },
}
