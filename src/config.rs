//! [`SocketConfig`]: one definition of a server socket that production code creates its real
//! socket from (with the `socket2` feature) and tests hand to the model, so the two cannot drift.
//!
//! A test on Linux cannot see a `#[cfg(windows)]` branch of the production code, so options that
//! only exist on Windows (SO_EXCLUSIVEADDRUSE) belong in the config: the production code applies
//! them on Windows through [`SocketConfig::socket`], and the test reads them from the same value.
//!
//! ```
//! use winsock_bind::prelude::*;
//!
//! // Shared by the server and its tests, e.g. read from the server's TOML configuration:
//! let config: SocketConfig = toml::from_str(r#"
//!     address = "0.0.0.0:8080"
//!     exclusive_address_use = true
//! "#).unwrap();
//!
//! let mut host = Host::new(Era::Win11);
//! let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
//! config.listen_on(&mut host, service)?;
//! assert_bind!(host.tcp(other).reuse_address(true), "127.0.0.1:8080", Err(WsaError::Access));
//! # Ok::<(), CallError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::audit::{Preset, ServerSocket, Target};
use crate::endpoint::{Endpoint, Family, LocalAddr, Proto};
use crate::era::Era;
use crate::error::InputError;
use crate::explain::BindSpec;
use crate::host::{Attempt, CallError, Host, SocketBuilder};
use crate::id::{SocketId, UserId};
use crate::options::ReuseMode;

/// The runtime a configuration mimics: the popular runtimes' default binds on Windows, the
/// audit's presets (`rust-std`, `tokio-reuseaddr`, `dotnet`, `node`, `go`, `java`, ...).
pub type Runtime = Preset;

/// A server socket's configuration: address, family, protocol, options, and the runtime whose
/// defaults it mimics. Plain data, serde-able (JSON, TOML), with a builder.
///
/// Options follow Windows' meaning (what the model answers for). A config holds at most one of
/// SO_REUSEADDR and SO_EXCLUSIVEADDRUSE, as Windows refuses a socket both (rule O3): the later
/// setter wins. IPV6_V6ONLY is always explicit, on by default as on Windows; [`socket`](Self::socket)
/// sets it on every OS, so the real socket is dual-stack exactly when the model's is (Linux's
/// default is off).
///
/// In a file the keys are the field names: `address`, `proto` (`tcp`), `mode` (`default`,
/// `reuseaddr` or `SO_REUSEADDR`, `exclusive` or `SO_EXCLUSIVEADDRUSE`; `reuse` is accepted for
/// it), `only_v6`, `runtime`; `reuse_address` and `exclusive_address_use` are boolean shorthands
/// for `mode`, as the builder names them. A `runtime` applies that runtime's Windows defaults, as
/// [`mimic`](Self::mimic) does, and the keys given override them. `{:?}` prints the one-line
/// `Display` form; `{:#?}` the fields.
///
/// ```
/// use winsock_bind::{audit::Preset, Family, Proto, ReuseMode, SocketConfig};
/// let config = SocketConfig::new("[::]:3000")?.only_v6(false).reuse_address(true);
/// assert_eq!((config.family(), config.proto, config.mode), (Family::V6, Proto::Tcp, ReuseMode::ReuseAddr));
/// assert_eq!(serde_json::to_string(&config).unwrap(),
///            r#"{"address":"[::]:3000","proto":"tcp","mode":"reuseaddr","only_v6":false}"#);
/// let node: SocketConfig = toml::from_str("address = \"[::]:3000\"\nruntime = \"node\"").unwrap();
/// assert_eq!(node, SocketConfig::mimic(Preset::Node, "[::]:3000")?);
/// assert_eq!(format!("{node:?}"), "tcp [::]:3000 (dual-stack) as node");
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Raw", into = "Raw")]
pub struct SocketConfig {
    /// The address and port it binds.
    pub address: Endpoint,
    /// TCP or UDP.
    pub proto: Proto,
    /// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither, set before bind.
    pub mode: ReuseMode,
    /// IPV6_V6ONLY for an IPv6 socket (Windows' default: on). Ignored for IPv4 sockets.
    pub only_v6: bool,
    /// The runtime whose defaults it took, if any.
    pub runtime: Option<Runtime>,
}

/// The serde form: the keys a file gives, `None` for a key left to the runtime's (or Windows')
/// default.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    address: Endpoint,
    #[serde(default = "tcp")]
    proto: Proto,
    /// `reuse` was the key before it agreed with the field.
    #[serde(default, alias = "reuse", skip_serializing_if = "Option::is_none")]
    mode: Option<ReuseMode>,
    /// Shorthands for `mode`, as the builder and socket2 name them.
    #[serde(default, skip_serializing)]
    reuse_address: Option<bool>,
    #[serde(default, skip_serializing)]
    exclusive_address_use: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    only_v6: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_runtime",
        deserialize_with = "de_runtime"
    )]
    runtime: Option<Runtime>,
}

fn tcp() -> Proto {
    Proto::Tcp
}

fn ser_runtime<S: Serializer>(r: &Option<Runtime>, s: S) -> Result<S::Ok, S::Error> {
    match r {
        Some(r) => s.serialize_str(r.name()),
        None => s.serialize_none(),
    }
}

fn de_runtime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Runtime>, D::Error> {
    let s = String::deserialize(d)?;
    Runtime::from_str(&s).map(Some).map_err(serde::de::Error::custom)
}

/// The option and IPV6_V6ONLY a config has unless it says otherwise: the runtime's Windows
/// defaults, or Windows' own (no option, V6-only).
fn defaults(runtime: Option<Runtime>) -> (ReuseMode, bool) {
    runtime.map_or((ReuseMode::Default, true), |r| (r.mode(), !r.dual_stack()))
}

impl From<Raw> for SocketConfig {
    fn from(r: Raw) -> Self {
        let (mode, only_v6) = defaults(r.runtime);
        let config = Self {
            address: r.address,
            proto: r.proto,
            mode: r.mode.unwrap_or(mode),
            only_v6: r.only_v6.unwrap_or(only_v6),
            runtime: r.runtime,
        };
        // The booleans are shorthands, applied after `mode` in the struct order, as the
        // builder's setters would be: on replaces, off clears only its own option.
        let config = r.reuse_address.map_or(config, |on| config.reuse_address(on));
        r.exclusive_address_use.map_or(config, |on| config.exclusive_address_use(on))
    }
}

impl From<SocketConfig> for Raw {
    fn from(c: SocketConfig) -> Self {
        // Only what differs from the defaults is written, so that reading it back applies the
        // same defaults and gives the same config.
        let (mode, only_v6) = defaults(c.runtime);
        Self {
            address: c.address,
            proto: c.proto,
            mode: (c.mode != mode).then_some(c.mode),
            reuse_address: None,
            exclusive_address_use: None,
            only_v6: (c.only_v6 != only_v6).then_some(c.only_v6),
            runtime: c.runtime,
        }
    }
}

impl SocketConfig {
    /// A TCP socket on `address` with no options (Windows' defaults: IPV6_V6ONLY on).
    ///
    /// # Errors
    /// [`InputError`] when `address` does not parse.
    pub fn new(address: impl crate::ToEndpoint) -> Result<Self, InputError> {
        Ok(Self {
            address: address.to_endpoint()?,
            proto: Proto::Tcp,
            mode: ReuseMode::Default,
            only_v6: true,
            runtime: None,
        })
    }

    /// What `runtime` does by default on Windows when it binds `address`: its option and, for an
    /// IPv6 address, whether its socket is dual-stack (e.g. Node.js and Go: `[::]` dual-stack).
    ///
    /// ```
    /// use winsock_bind::{audit::Preset, ReuseMode, SocketConfig};
    /// let node = SocketConfig::mimic(Preset::Node, "[::]:3000")?;
    /// assert!(!node.only_v6);
    /// assert_eq!(SocketConfig::mimic(Preset::Java, "[::]:8080")?.mode, ReuseMode::Exclusive);
    /// # Ok::<(), winsock_bind::InputError>(())
    /// ```
    ///
    /// # Errors
    /// [`InputError`] when `address` does not parse.
    pub fn mimic(runtime: Runtime, address: impl crate::ToEndpoint) -> Result<Self, InputError> {
        let (mode, only_v6) = defaults(Some(runtime));
        Ok(Self { mode, only_v6, runtime: Some(runtime), ..Self::new(address)? })
    }

    /// UDP instead of TCP.
    #[must_use]
    pub fn udp(self) -> Self {
        Self { proto: Proto::Udp, ..self }
    }

    /// SO_REUSEADDR on (replacing SO_EXCLUSIVEADDRUSE) or off.
    #[must_use]
    pub fn reuse_address(self, on: bool) -> Self {
        self.set_mode(ReuseMode::ReuseAddr, on)
    }

    /// SO_EXCLUSIVEADDRUSE on (replacing SO_REUSEADDR) or off.
    #[must_use]
    pub fn exclusive_address_use(self, on: bool) -> Self {
        self.set_mode(ReuseMode::Exclusive, on)
    }

    /// IPV6_V6ONLY; `false` makes an IPv6 socket dual-stack.
    #[must_use]
    pub fn only_v6(self, on: bool) -> Self {
        Self { only_v6: on, ..self }
    }

    fn set_mode(self, mode: ReuseMode, on: bool) -> Self {
        match (on, self.mode == mode) {
            (true, _) => Self { mode, ..self },
            (false, true) => Self { mode: ReuseMode::Default, ..self },
            (false, false) => self,
        }
    }

    /// The socket's address family: the address's (IPv6 for an IPv4-mapped address).
    pub fn family(&self) -> Family {
        self.address.addr.family()
    }

    /// Whether the socket is a dual-stack `[::]` (IPV6_V6ONLY off on the IPv6 wildcard).
    pub fn dual_stack(&self) -> bool {
        self.address.addr == LocalAddr::Wildcard(Family::V6) && !self.only_v6
    }

    /// The model's bind description (for [`second_bind`](crate::second_bind)-style checks).
    pub fn bind_spec(&self) -> BindSpec {
        BindSpec { mode: self.mode, endpoint: self.address, port_given: true, v6only: self.only_v6, admin: false }
    }

    /// A [`SocketBuilder`] on `host` for `owner` with this config's family, protocol and options,
    /// ready for `bind`, `listen` or `attempt` (and [`assert_bind!`](crate::assert_bind)).
    pub fn socket_on<'h>(&self, host: &'h mut Host, owner: UserId) -> SocketBuilder<'h> {
        let builder = match self.proto {
            Proto::Tcp => host.tcp(owner),
            Proto::Udp => host.udp(owner),
        };
        let builder = builder.family(self.family());
        let builder = match self.mode {
            ReuseMode::Default => builder,
            ReuseMode::ReuseAddr => builder.reuse_address(true),
            ReuseMode::Exclusive => builder.exclusive_address_use(true),
        };
        match (self.family(), self.only_v6) {
            // Windows' default is on: only a change is a `setsockopt` call.
            (Family::V6, false) => builder.only_v6(false),
            (Family::V6, true) | (Family::V4, _) => builder,
        }
    }

    /// Creates, configures and binds the socket on `host` for `owner`.
    ///
    /// # Errors
    /// [`CallError::Input`] when the address has port 0 (see [`listen_on`](Self::listen_on));
    /// the first refusal of `socket`, `setsockopt` or `bind`.
    pub fn bind_on(&self, host: &mut Host, owner: UserId) -> Result<SocketId, CallError> {
        let address = self.port_given()?;
        self.socket_on(host, owner).bind(address)
    }

    /// [`bind_on`](Self::bind_on), then `listen` for TCP.
    ///
    /// A config with port 0 (as read from a socket before its `bind`) is refused before any call,
    /// rather than binding an ephemeral port and leaving the real port free for every later
    /// question: give it its port with [`RealSocket::config_at`](crate::from_socket::RealSocket::config_at)
    /// (feature `socket2`) or a struct update, or ask for an ephemeral port explicitly with
    /// [`socket_on`](Self::socket_on) and `bind("0.0.0.0:0")`.
    ///
    /// ```
    /// use winsock_bind::prelude::*;
    /// let mut host = Host::new(Era::Win11);
    /// let me = host.add_user("me", Privilege::User);
    /// let unbound = SocketConfig::new("0.0.0.0:0")?;
    /// let err = unbound.listen_on(&mut host, me).unwrap_err();
    /// assert!(err.to_string().contains("config_at"));
    /// assert_eq!(host.sockets().count(), 0);
    /// # Ok::<(), CallError>(())
    /// ```
    ///
    /// # Errors
    /// As [`bind_on`](Self::bind_on).
    pub fn listen_on(&self, host: &mut Host, owner: UserId) -> Result<SocketId, CallError> {
        let address = self.port_given()?;
        match self.proto {
            Proto::Tcp => self.socket_on(host, owner).listen(address),
            Proto::Udp => self.bind_on(host, owner),
        }
    }

    /// Tries the bind on `host` for `owner` and returns the socket and the decision.
    ///
    /// # Errors
    /// [`CallError::Input`] when the address has port 0 (see [`listen_on`](Self::listen_on));
    /// otherwise as [`SocketBuilder::attempt`].
    pub fn attempt_on(&self, host: &mut Host, owner: UserId) -> Result<Attempt, CallError> {
        let address = self.port_given()?;
        self.socket_on(host, owner).attempt(address)
    }

    /// The address, unless its port is 0: a config's port 0 is a port nobody gave.
    fn port_given(&self) -> Result<Endpoint, InputError> {
        if self.address.port == 0 {
            return Err(InputError::value(
                "SocketConfig address",
                &self.address.to_string(),
                "port 0 would bind an ephemeral port and leave the server's port free for every later question; \
                 give the port it binds (`RealSocket::config_at` for a socket read before bind), or ask for an \
                 ephemeral port explicitly: `config.socket_on(host, user).bind(\"0.0.0.0:0\")`",
            ));
        }
        Ok(self.address)
    }

    /// The audit's description of this server on a machine of `era`: who can steal, shadow or
    /// block it ([`audit::audit`](crate::audit::audit)).
    ///
    /// ```
    /// use winsock_bind::{audit, Era, SocketConfig};
    /// let hardened = SocketConfig::new("0.0.0.0:8080")?.exclusive_address_use(true);
    /// let report = audit::audit(&hardened.audit_target(Era::Win11)).unwrap();
    /// assert!(report.findings.iter().all(|f| f.threat != audit::Threat::Steal));
    /// # Ok::<(), winsock_bind::InputError>(())
    /// ```
    pub fn audit_target(&self, era: Era) -> Target {
        let socket = ServerSocket { endpoint: self.address, mode: self.mode, v6only: self.only_v6 };
        Target { proto: self.proto, sockets: vec![socket], ..Target::new(era, self.address) }
    }
}

impl fmt::Debug for SocketConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        let Self { address, proto, mode, only_v6, runtime } = self;
        f.debug_struct("SocketConfig")
            .field("address", address)
            .field("proto", proto)
            .field("mode", mode)
            .field("only_v6", only_v6)
            .field("runtime", runtime)
            .finish()
    }
}

impl fmt::Display for SocketConfig {
    /// `tcp [::]:3000 (dual-stack, SO_REUSEADDR)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.proto, self.address)?;
        let mut words = Vec::new();
        if self.dual_stack() {
            words.push("dual-stack");
        }
        match self.mode {
            ReuseMode::Default => {}
            ReuseMode::ReuseAddr => words.push("SO_REUSEADDR"),
            ReuseMode::Exclusive => words.push("SO_EXCLUSIVEADDRUSE"),
        }
        if !words.is_empty() {
            write!(f, " ({})", words.join(", "))?;
        }
        if let Some(r) = self.runtime {
            write!(f, " as {r}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::options::Privilege;

    #[test]
    fn boolean_shorthands_and_the_reuse_word_read_the_same() {
        let cases = [
            (r#"address = "0.0.0.0:80""#, ReuseMode::Default),
            ("address = \"0.0.0.0:80\"\nreuse = \"exclusive\"", ReuseMode::Exclusive),
            ("address = \"0.0.0.0:80\"\nexclusive_address_use = true", ReuseMode::Exclusive),
            ("address = \"0.0.0.0:80\"\nreuse_address = true", ReuseMode::ReuseAddr),
        ];
        for (text, mode) in cases {
            let c: SocketConfig = toml::from_str(text).unwrap();
            assert_eq!(c.mode, mode, "{text}");
            let back: SocketConfig = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
            assert_eq!(back, c, "{text}");
        }
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_naming_them() {
        let e = toml::from_str::<SocketConfig>("address = \"0.0.0.0:80\"\nreuseaddr = true").unwrap_err();
        assert!(e.to_string().contains("reuseaddr"), "{e}");
        let e = toml::from_str::<SocketConfig>("address = \"0.0.0.0:80\"\nruntime = \"rust\"").unwrap_err();
        assert!(e.to_string().contains("unknown preset `rust`"), "{e}");
        let e = toml::from_str::<SocketConfig>("address = \"0.0.0.0\"").unwrap_err();
        assert!(e.to_string().contains("missing port"), "{e}");
    }

    #[test]
    fn the_later_option_setter_wins_and_off_only_clears_its_own() {
        let c = SocketConfig::new("0.0.0.0:80").unwrap();
        assert_eq!(c.reuse_address(true).exclusive_address_use(true).mode, ReuseMode::Exclusive);
        assert_eq!(c.exclusive_address_use(true).reuse_address(false).mode, ReuseMode::Exclusive);
        assert_eq!(c.exclusive_address_use(true).exclusive_address_use(false).mode, ReuseMode::Default);
    }

    #[test]
    fn a_dual_stack_node_config_keeps_another_accounts_ipv4_wildcard_out() {
        // The covering principle: 0.0.0.0 lies beneath a dual-stack [::], and another account
        // may not bind beneath a plain wildcard (E5, Table 4), an extrapolated answer.
        let node = SocketConfig::mimic(Preset::Node, "[::]:3000").unwrap();
        let mut host = Host::new(Era::Win11);
        let (service, other) = (host.add_user("service", Privilege::User), host.add_user("other", Privilege::User));
        node.listen_on(&mut host, service).unwrap();
        let attempt = host.tcp(other).attempt("0.0.0.0:3000").unwrap();
        assert_eq!(attempt.decision.reason, crate::Reason::UnderForeignWildcard);
        assert_eq!(attempt.decision.evidence, crate::Evidence::Extrapolated);
        assert_eq!(node.to_string(), "tcp [::]:3000 (dual-stack) as node");
    }
}
