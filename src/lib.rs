//! # winsock-bind
//!
//! Predicts, explains and audits what Windows does when a program binds a socket: whether
//! `bind()` succeeds or fails with WSAEADDRINUSE or WSAEACCES, depending on SO_REUSEADDR and
//! SO_EXCLUSIVEADDRUSE on both sockets, wildcard or specific addresses, same or different
//! accounts, and the Windows release. Pure Rust, deterministic, no real sockets.
//!
//! A second server started by another account, binding a specific address beneath an exclusive
//! wildcard on Windows Server 2003, fails with WSAEACCES; on Windows XP, SO_REUSEADDR would have
//! stolen a plain wildcard:
//!
//! ```
//! use winsock_bind::{second_bind, rules::Users, Era, Reason, WsaError};
//!
//! let d = second_bind(Era::Server2003, Users::Different, "exclusive 0.0.0.0:5150", "reuseaddr 10.0.0.1:5150")?;
//! assert_eq!(d.error(), Some(WsaError::Access));
//! assert_eq!(d.reason, Reason::UnderExclusiveWildcard);
//! println!("{d}"); // WSAEACCES (10013) by rule E3 under-exclusive-wildcard: socket #1 holds ...
//!
//! assert!(second_bind(Era::Xp, Users::Different, "default 0.0.0.0:80", "reuseaddr 0.0.0.0:80")?.is_ok());
//! # Ok::<(), winsock_bind::SecondBindError>(())
//! ```
//!
//! ## Map
//!
//! - [`Era`]: Windows releases and their socket rules, as data.
//! - [`Endpoint`]: addresses, ports, and how two of them [`Overlap`].
//! - [`rules`]: the pure decision of one bind against the bindings on its port ([`rules::decide`]),
//!   with the [`Reason`] (rule) that fired; the option rules.
//! - [`Host`]: a stateful simulated Windows machine: sockets, options, binds, connections,
//!   delivery; every call returns `Result<_, Refusal>` like a real one, with its rule.
//!   [`LinuxHost`] is its Linux counterpart (errnos, rules X1-X10, L1-L19, XR1-XR8), checked
//!   against the running kernel.
//! - [`Network`]: several named Hosts on one link, possibly sharing addresses: which host a
//!   connection reaches ([`rules::route`], N1-N4) and its identity (client address and
//!   ephemeral port).
//! - `probe` (feature `probe`, on with the CLI): the thin real-world layer: scenarios and table
//!   cells run on real sockets through the `winsock-bind-probe` program, compared step by step
//!   with the model. It starts processes, so the pure library (`default-features = false`)
//!   leaves it out.
//! - [`scenario`]: scenario files (JSON, TOML) that read like tests, run on a `Host`.
//! - [`table`]: outcome tables generated from the rules (the documents' three and the ones they
//!   never had: IPv6, dual-stack against IPv4, UDP), as Markdown, CSV, JSON or one HTML page.
//! - [`ports`]: the port space as plain data (dynamic range, excluded ranges, ReservedPorts,
//!   the port map); [`ports::netsh`] reads `netsh` output into it.
//! - [`snapshot`]: what Windows tools print about a machine's sockets (`netstat -ano`,
//!   PowerShell, `netsh`, `tasklist /svc`), read into a [`Host`].
//! - [`doctor`]: why a bind fails on a real machine (a [`snapshot`]), with checked fixes.
//! - [`sarif`]: SARIF 2.1.0 types for code-scanning output.
//! - [`audit`]: who can steal, shadow or block a server's port, the shortest attack (proven by
//!   replay) and the smallest verified fix.
//! - [`second_bind`], [`bind_with_exclusions`], [`host_from_netsh`]: one bind answered and
//!   explained, and a Host built from a machine's `netsh` output (the `explain` and `ports`
//!   commands).
//! - [`SocketId`], [`UserId`]: handles the Host hands out and checks on every call.
//! - [`WsaError`]: Winsock errors by name and number; [`InputError`]: bad input.
//! - Testing your own server: [`prelude`], the terse [`SocketBuilder`] (`host.tcp(user)...`),
//!   [`assert_bind!`] with failures that explain themselves, the shared [`SocketConfig`];
//!   `from_socket` reads a real socket as the same code binds on Windows (feature `socket2`;
//!   `tokio` and `mio` for those runtimes' listeners), `strategies` are proptest strategies
//!   (feature `proptest`).
//! - `scan` (feature `scan`, on with the CLI): finds server socket set-ups in C, C++, C#, Go,
//!   Python, Java, JavaScript and Rust source (tree-sitter grammars) and audits each at the line
//!   that binds it.
//! - [`manual`]: why the model says what it says: rules, sources, readings, what is not modelled.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]
#![doc(test(attr(deny(warnings))))]

mod assert;
pub mod audit;
mod config;
pub mod doctor;
mod endpoint;
mod era;
mod error;
mod evidence;
mod explain;
mod explain_linux;
#[cfg(feature = "socket2")]
pub mod from_socket;
mod host;
mod id;
pub mod manual;
mod options;
mod os;
pub mod portability;
pub mod ports;
pub mod prelude;
#[cfg(feature = "probe")]
pub mod probe;
pub mod program;
pub mod rules;
pub mod sarif;
#[cfg(feature = "scan")]
pub mod scan;
pub mod scenario;
pub mod snapshot;
#[cfg(feature = "proptest")]
pub mod strategies;
pub mod table;
pub mod text;

pub use assert::{check_bind, BindOutcome};
pub use config::{Runtime, SocketConfig};
pub use endpoint::{Endpoint, Family, LocalAddr, Overlap, Proto};
pub use era::{eras_table, Behaviour, Era, EraProfile, Exclusive, Ipv6, PROFILES};
pub use error::{InputError, WsaError};
pub use evidence::Evidence;
pub use explain::{
    bind_with_exclusions, exclusions_from_netsh, host_from_netsh, play, second_bind, Answer, BindSpec, Call,
    SecondBindError, Turn, DEFAULT_PORT,
};
pub use explain_linux::{linux_second_bind, LinuxBindSpec, LinuxExplained, LINUX_DEFAULT_PORT};
pub use host::{Attempt, CallError, SocketBuilder, ToEndpoint};
pub use host::{ConnId, Connect, Connection, Host, Linger, Peer, Socket, SocketState, TcpState, Transition, User};
pub use host::{Holder, LinuxAnswer, LinuxConnect, LinuxHost, LinuxHostSocket, LinuxRefusal, LinuxSocketState};
pub use host::{HostRef, Identity, NetConnect, NetDelivery, Network, NetworkError};
pub use host::{Linux, Machine, Windows};
pub use id::{SocketId, UserId};
pub use options::{ReuseMode, SocketOption};
pub use os::Os;
pub use rules::options::Privilege;
pub use rules::{Decision, Reason, Refusal};
pub use text::Escaped;

/// The README's examples run as doc tests, so the README cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
