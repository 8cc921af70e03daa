//! proptest strategies (feature `proptest`) for the model's inputs: eras, options, addresses,
//! bind descriptions and whole server configurations, so a property can say "for every era from
//! Windows 7 on, my config cannot be shadowed by another account".
//!
//! ```
//! use proptest::prelude::*;
//! use winsock_bind::{Privilege, strategies, Era, Host, SocketConfig};
//!
//! // For every era from Windows 7 on and every option, another account cannot bind 0.0.0.0 or
//! // 127.0.0.1 on the port of an exclusive wildcard listener (rules E3, E8 and O-rules aside).
//! proptest!(|(era in strategies::era_from(Era::Win7),
//!             mode in strategies::reuse_mode(),
//!             ip in prop::sample::select(vec!["0.0.0.0", "127.0.0.1"]))| {
//!     let mut host = Host::new(era);
//!     let (me, other) = (host.add_user("me", Privilege::User), host.add_user("other", Privilege::User));
//!     host.tcp(me).exclusive_address_use(true).listen("0.0.0.0:8080").unwrap();
//!     let second = SocketConfig { mode, ..SocketConfig::new(format!("{ip}:8080")).unwrap() };
//!     let attempt = second.attempt_on(&mut host, other).unwrap();
//!     prop_assert!(!attempt.decision.is_ok(), "{:?}", attempt.decision);
//! });
//! ```

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use proptest::prelude::*;
use proptest::sample::select;

use crate::audit::Preset;
use crate::config::SocketConfig;
use crate::endpoint::{Endpoint, Family, Proto};
use crate::era::Era;
use crate::explain::BindSpec;
use crate::options::ReuseMode;

/// Any era, win95 to server2025.
pub fn era() -> impl Strategy<Value = Era> {
    select(Era::ALL.to_vec())
}

/// Every era from `first` on (`era_from(Era::Win7)`: Windows 7 to Server 2025).
///
/// # Panics
/// Never: `first` is itself one of [`Era::ALL`].
pub fn era_from(first: Era) -> impl Strategy<Value = Era> {
    select(Era::ALL.iter().copied().filter(|e| *e >= first).collect::<Vec<_>>())
}

/// SO_REUSEADDR, SO_EXCLUSIVEADDRUSE or neither.
pub fn reuse_mode() -> impl Strategy<Value = ReuseMode> {
    select(ReuseMode::ALL.to_vec())
}

/// IPv4 or IPv6.
pub fn family() -> impl Strategy<Value = Family> {
    select(vec![Family::V4, Family::V6])
}

/// TCP or UDP.
pub fn proto() -> impl Strategy<Value = Proto> {
    select(vec![Proto::Tcp, Proto::Udp])
}

/// A local address a server binds: the wildcards, loopback, `10.0.0.1`, `2001:db8::1` and the
/// IPv4-mapped forms, the addresses where the bind rules differ.
pub fn address() -> impl Strategy<Value = IpAddr> {
    select(vec![
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)),
        IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        IpAddr::V6(Ipv6Addr::LOCALHOST),
        IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
        IpAddr::V6(Ipv4Addr::LOCALHOST.to_ipv6_mapped()),
        IpAddr::V6(Ipv4Addr::new(10, 0, 0, 1).to_ipv6_mapped()),
    ])
}

/// An endpoint of [`address`] on `port`.
pub fn endpoint(port: u16) -> impl Strategy<Value = Endpoint> {
    address().prop_map(move |ip| Endpoint::new(ip, port))
}

/// A bind description on `port`: an option, an address, IPV6_V6ONLY, administrator or not.
pub fn bind_spec(port: u16) -> impl Strategy<Value = BindSpec> {
    (reuse_mode(), endpoint(port), any::<bool>(), any::<bool>()).prop_map(|(mode, endpoint, v6only, admin)| BindSpec {
        mode,
        endpoint,
        port_given: true,
        v6only,
        admin,
    })
}

/// A runtime preset (the audit's: rust-std, tokio-reuseaddr, dotnet, node, go, java, ...).
pub fn runtime() -> impl Strategy<Value = Preset> {
    select(Preset::ALL.to_vec())
}

/// A whole server configuration on `port`: protocol, address, option, IPV6_V6ONLY, and sometimes
/// the runtime it mimics (then its option and dual-stack come from the runtime).
pub fn socket_config(port: u16) -> impl Strategy<Value = SocketConfig> {
    let plain = (proto(), endpoint(port), reuse_mode(), any::<bool>())
        .prop_map(|(proto, address, mode, only_v6)| SocketConfig { address, proto, mode, only_v6, runtime: None });
    let mimic = (runtime(), endpoint(port)).prop_map(|(runtime, address)| SocketConfig {
        mode: runtime.mode(),
        only_v6: !runtime.dual_stack(),
        runtime: Some(runtime),
        address,
        proto: Proto::Tcp,
    });
    prop_oneof![3 => plain, 1 => mimic]
}
