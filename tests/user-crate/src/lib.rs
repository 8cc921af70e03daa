//! The "production" side of a small server: its socket is defined once, as a [`SocketConfig`]
//! read from the server's configuration file, and created from it. The tests hand the same value
//! to the model, so they check the socket the server really opens, including the Windows-only
//! SO_EXCLUSIVEADDRUSE that a `#[cfg(windows)]` branch would hide from a Linux test.

use std::io;
use std::net::TcpListener;

use winsock_bind::SocketConfig;

/// The server's configuration file, as deployed.
pub const CONFIG: &str = r#"
address = "0.0.0.0:8080"
exclusive_address_use = true
"#;

/// The listening socket's configuration.
///
/// # Panics
/// When [`CONFIG`] does not parse (a test below checks that it does).
pub fn socket_config() -> SocketConfig {
    toml::from_str(CONFIG).expect("the built-in configuration parses")
}

/// Opens the server's listener as configured.
///
/// # Errors
/// The OS error of `socket`, `setsockopt`, `bind` or `listen`.
pub fn listen(config: &SocketConfig) -> io::Result<TcpListener> {
    config.tcp_listener()
}
