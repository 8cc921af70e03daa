//! The test API answers for the Windows program the user ships, not for the Linux socket it read
//! (issue 23): one test per point, in the issue's order.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};
use winsock_bind::Privilege;

use winsock_bind::from_socket::{self, Translation};
use winsock_bind::prelude::*;
use winsock_bind::{rules::delivery::Receivers, Call, SecondBindError, Turn};

/// A host of `era` with the accounts `service` and `other`.
fn host(era: Era) -> (Host, UserId, UserId) {
    let mut host = Host::new(era);
    let service = host.add_user("service", Privilege::User);
    let other = host.add_user("other", Privilege::User);
    (host, service, other)
}

// ---- 1. Runtime defaults are not the user's calls ---------------------------------------------

/// std sets SO_REUSEADDR on its Unix listeners by itself and sets nothing on Windows: read on
/// Linux, the listener still answers as the `rust-std` preset does on Windows.
#[test]
fn p1_a_std_listener_answers_as_std_binds_on_windows() -> Result<(), CallError> {
    let listener = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    let real = from_socket::read_listener(&listener).unwrap();
    assert_eq!((real.config.mode, real.config.runtime), (ReuseMode::Default, Some(Runtime::RustStd)));
    if cfg!(unix) {
        assert!(real.translations.contains(&Translation::RuntimeReuseAddress { runtime: Runtime::RustStd }));
    }
    let preset = SocketConfig::mimic(Runtime::RustStd, real.config.address)?;
    for era in [Era::Server2003, Era::Win10] {
        let (mut host, service, other) = host(era);
        real.open_on(&mut host, service)?;
        let steal = assert_bind!(host.tcp(other).reuse_address(true), real.config.address, Err(WsaError::Access));
        assert_eq!(steal.decision.reason, Reason::ReuseNotGranted, "{era}");
        let (mut host, service, other) = self::host(era);
        preset.listen_on(&mut host, service)?;
        let same = host.tcp(other).reuse_address(true).attempt(real.config.address)?;
        assert_eq!(same.decision, steal.decision, "{era}: the reader and the preset agree");
    }
    Ok(())
}

/// mio (and tokio's `TcpListener::bind`, which is mio's) do the same as std.
#[test]
fn p1_a_mio_listener_is_translated_like_std() {
    let listener = mio::net::TcpListener::bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let real = from_socket::read_listener(&listener).unwrap();
    assert!(real.bound && real.listening);
    assert_eq!((real.config.mode, real.config.runtime), (ReuseMode::Default, Some(Runtime::RustStd)));
}

/// tokio's listener, registered with a runtime as a service runs it: the same as std.
#[test]
fn p1_a_tokio_listener_is_translated_like_std() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let real = from_socket::read_listener(&listener).unwrap();
    assert!(real.bound && real.listening);
    assert_eq!((real.config.mode, real.config.runtime), (ReuseMode::Default, Some(Runtime::RustStd)));
}

/// A raw socket2 socket reports what was set; the caller states what the code does on Windows
/// where the reader cannot know, and the translation goes.
#[test]
fn p1_a_raw_socket_reports_what_was_set_and_the_caller_states_the_rest() {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_reuse_address(true).unwrap();
    let real = from_socket::read_listener(&socket).unwrap();
    assert_eq!((real.config.mode, real.config.runtime), (ReuseMode::ReuseAddr, None));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let stated = from_socket::read_listener(&listener).unwrap().reuse_address(true);
    assert_eq!(stated.config.mode, ReuseMode::ReuseAddr);
    assert!(!stated.translations.iter().any(|t| matches!(t, Translation::RuntimeReuseAddress { .. })));
}

// ---- 2. IPv6 defaults ----------------------------------------------------------------------

/// A socket that never set IPV6_V6ONLY is V6-only on Windows: another account's `0.0.0.0` bind
/// succeeds there and takes all the IPv4 traffic.
#[test]
fn p2_an_ipv6_socket_that_never_set_v6only_is_v6_only_as_on_windows() -> Result<(), CallError> {
    let Ok(socket) = socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::STREAM, None) else { return Ok(()) };
    let real = from_socket::read(&socket).unwrap();
    assert!(real.config.only_v6);
    if cfg!(unix) {
        assert!(real.translations.contains(&Translation::OnlyV6Default));
    }
    let (mut host, service, other) = host(Era::Win11);
    real.config_at("[::]:3000")?.listen_on(&mut host, service)?;
    let v4 = assert_bind!(host.tcp(other), "0.0.0.0:3000", Ok(()));
    host.listen(v4.socket)?;
    assert_eq!(host.connect_from_remote("127.0.0.1:3000")?.listener, Some(v4.socket));

    // The caller states that the code turns it off: dual-stack, and the translation goes.
    let stated = real.only_v6(false);
    assert!(!stated.translations.contains(&Translation::OnlyV6Default));
    let (mut host, service, other) = self::host(Era::Win11);
    stated.config_at("[::]:3000")?.listen_on(&mut host, service)?;
    assert_bind!(host.tcp(other), "0.0.0.0:3000", Err(WsaError::Access));
    Ok(())
}

/// tokio's `TcpSocket::new_v6` cannot set IPV6_V6ONLY: the same code is V6-only on Windows.
#[test]
fn p2_a_tokio_v6_socket_reads_as_v6_only() {
    let Ok(socket) = tokio::net::TcpSocket::new_v6() else { return };
    let real = from_socket::read(&socket).unwrap();
    assert!(real.config.only_v6);
    assert!(!real.config_at("[::]:3000").unwrap().dual_stack());
}

// ---- 3. An undetermined receiver is not one socket ------------------------------------------

#[test]
fn p3_an_undetermined_receiver_names_no_listener() -> Result<(), CallError> {
    // On XP two SO_REUSEADDR listeners share the port and the documents do not say which one
    // gets a connection.
    let (mut host, service, other) = host(Era::Xp);
    let first = host.tcp(service).reuse_address(true).listen("0.0.0.0:80")?;
    let second = host.tcp(other).reuse_address(true).listen("0.0.0.0:80")?;
    let c = host.connect_from_remote("127.0.0.1:80")?;
    assert_eq!(c.listener, None);
    assert_eq!(c.delivery.receivers, Receivers::Undetermined(vec![first, second]));
    // On Windows 10 the listener listening longest gets it (observed).
    let (mut host, service, other) = self::host(Era::Win10);
    let first = host.tcp(service).reuse_address(true).listen("0.0.0.0:80")?;
    host.tcp(other).reuse_address(true).listen("0.0.0.0:80")?;
    assert_eq!(host.connect_from_remote("127.0.0.1:80")?.listener, Some(first));
    Ok(())
}

// ---- 4. second_bind reports whose call failed -----------------------------------------------

#[test]
fn p4_a_failed_earlier_call_is_an_error_naming_the_caller_and_the_call() {
    let err = second_bind(Era::Xp, Users::Different, "exclusive 0.0.0.0:8443", "default 0.0.0.0:8443").unwrap_err();
    let SecondBindError::EarlierCall(answer) = &err else { panic!("{err}") };
    assert_eq!((answer.turn, answer.call), (Turn::First, Call::Setsockopt(SocketOption::ExclusiveAddressUse)));
    assert_eq!(answer.decision.error(), Some(WsaError::Access));
    assert!(
        err.to_string().starts_with("the first caller's setsockopt(SO_EXCLUSIVEADDRUSE) fails: WSAEACCES"),
        "{err}"
    );
    // The second bind's own refusal is still a decision.
    let d = second_bind(Era::Xp, Users::Different, "admin exclusive 0.0.0.0:8443", "default 0.0.0.0:8443").unwrap();
    assert!(!d.is_ok(), "{d}");
}

// ---- 5. Asking without binding --------------------------------------------------------------

#[test]
fn p5_predict_asks_without_binding() -> Result<(), CallError> {
    let (mut host, service, other) = host(Era::Win11);
    let server = host.tcp(service).listen("0.0.0.0:8080")?;
    let sockets = host.sockets().count();
    // A loop of what-if questions: none of them changes the host, so each sees the same machine.
    for _ in 0..3 {
        let d = host.tcp(other).reuse_address(true).predict("0.0.0.0:8080")?;
        assert_eq!(d.error(), Some(WsaError::Access));
        assert!(host.tcp(service).predict("127.0.0.1:8080")?.is_ok());
    }
    assert_eq!(host.sockets().count(), sockets);
    assert_eq!(host.connect_from_remote("127.0.0.1:8080")?.listener, Some(server));
    Ok(())
}

// ---- 6. No silent port 0 --------------------------------------------------------------------

#[test]
fn p6_a_config_without_a_port_is_refused_naming_config_at() {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    let real = from_socket::read(&socket).unwrap();
    assert_eq!(real.config.address.port, 0);
    let (mut host, service, _) = host(Era::Win11);
    for err in [
        real.config.listen_on(&mut host, service).unwrap_err(),
        real.config.bind_on(&mut host, service).unwrap_err(),
        real.config.attempt_on(&mut host, service).unwrap_err(),
    ] {
        assert!(matches!(err, CallError::Input(_)), "{err}");
        assert!(err.to_string().contains("config_at"), "{err}");
    }
    assert_eq!(host.sockets().count(), 0, "nothing was created, nothing bound");
    // Port 0 when the caller asks for it.
    let id = real.config.socket_on(&mut host, service).bind("0.0.0.0:0").unwrap();
    assert_ne!(host.get(id).and_then(|s| s.local()).map(|e| e.port), Some(0));
}

// ---- 7. `runtime` in a config file applies the runtime --------------------------------------

#[test]
fn p7_a_runtime_in_a_file_answers_as_mimic() {
    let node: SocketConfig = toml::from_str("address = \"[::]:3000\"\nruntime = \"node\"").unwrap();
    assert_eq!(node, SocketConfig::mimic(Runtime::Node, "[::]:3000").unwrap());
    assert!(node.dual_stack());
    let java: SocketConfig = serde_json::from_str(r#"{"address":"[::]:8080","runtime":"java"}"#).unwrap();
    assert_eq!(java.mode, ReuseMode::Exclusive);
    // Explicit fields override the runtime's defaults, and survive a round trip.
    let pinned: SocketConfig = toml::from_str("address = \"[::]:3000\"\nruntime = \"node\"\nonly_v6 = true").unwrap();
    assert!(pinned.only_v6);
    assert_eq!(toml::from_str::<SocketConfig>(&toml::to_string(&pinned).unwrap()).unwrap(), pinned);
    let reuse: SocketConfig =
        toml::from_str("address = \"[::]:8080\"\nruntime = \"java\"\nmode = \"reuseaddr\"").unwrap();
    assert_eq!(reuse.mode, ReuseMode::ReuseAddr);
}

// ---- 8. One vocabulary ----------------------------------------------------------------------

#[test]
fn p8_the_field_and_the_key_agree_and_the_windows_names_are_accepted() {
    let c: SocketConfig = toml::from_str("address = \"0.0.0.0:80\"\nmode = \"exclusive\"").unwrap();
    assert_eq!(c.mode, ReuseMode::Exclusive);
    assert!(toml::to_string(&c).unwrap().contains("mode = \"exclusive\""));
    for (word, mode) in [("SO_EXCLUSIVEADDRUSE", ReuseMode::Exclusive), ("SO_REUSEADDR", ReuseMode::ReuseAddr)] {
        let c: SocketConfig = toml::from_str(&format!("address = \"0.0.0.0:80\"\nmode = \"{word}\"")).unwrap();
        assert_eq!(c.mode, mode);
        let spec: BindSpec = format!("{word} 0.0.0.0:80").parse().unwrap();
        assert_eq!(spec.mode, mode);
    }
    // One spelling of exclusive-address-use: the option, the builder, the file.
    assert_eq!(SocketOption::ExclusiveAddressUse.name(), "SO_EXCLUSIVEADDRUSE");
    let c: SocketConfig = toml::from_str("address = \"0.0.0.0:80\"\nexclusive_address_use = true").unwrap();
    assert_eq!(c, SocketConfig::new("0.0.0.0:80").unwrap().exclusive_address_use(true));
    // A typed privilege.
    let mut host = Host::new(Era::Xp);
    let admin = host.add_user("admin", Privilege::Admin);
    assert!(host.user(admin).is_some_and(|u| u.admin));
}

// ---- 9. Debug reads like Display ------------------------------------------------------------

#[test]
fn p9_debug_reads_like_display_and_alternate_keeps_the_fields() {
    let e: Endpoint = "0.0.0.0:8080".parse().unwrap();
    assert_eq!(format!("{e:?}"), "0.0.0.0:8080");
    assert!(format!("{e:#?}").contains("port: 8080"));
    assert_eq!(format!("{:?}", SocketId(1)), "#1");
    assert!(format!("{:#?}", SocketId(1)).contains("SocketId"));
    let c = SocketConfig::new("[::]:3000").unwrap().only_v6(false);
    assert_eq!(format!("{c:?}"), c.to_string());
    assert!(format!("{c:#?}").contains("only_v6: false"));
    let err = winsock_bind::scenario::from_str(r#"{"steps":[{"op":"bind"}]}"#, winsock_bind::scenario::Format::Json)
        .unwrap_err();
    assert_eq!(format!("{err:?}"), err.to_string());
    assert!(format!("{err:#?}").contains("message:"));
}

#[test]
fn p9_a_failing_assertion_names_the_accounts() {
    let (mut host, service, other) = host(Era::Win11);
    host.tcp(service).exclusive_address_use(true).listen("0.0.0.0:8080").unwrap();
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_bind!(host.tcp(other), "127.0.0.1:8080", Ok(()));
    }))
    .unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert!(message.contains("against:  socket #1 (service) on 0.0.0.0:8080, SO_EXCLUSIVEADDRUSE"), "{message}");
}

// ---- 10. Conversions users reach for --------------------------------------------------------

#[test]
fn p10_std_address_types_are_endpoints_and_the_host_takes_them() -> Result<(), CallError> {
    let v4: Endpoint = "127.0.0.1:80".parse().unwrap();
    let v6: Endpoint = "[::1]:80".parse().unwrap();
    assert_eq!((Ipv4Addr::LOCALHOST, 80).to_endpoint()?, v4);
    assert_eq!(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 80).to_endpoint()?, v4);
    assert_eq!((Ipv6Addr::LOCALHOST, 80).to_endpoint()?, v6);
    assert_eq!(SocketAddrV6::new(Ipv6Addr::LOCALHOST, 80, 0, 0).to_endpoint()?, v6);

    let (mut host, service, _) = host(Era::Win11);
    let server = host.socket(Family::V4, Proto::Tcp, service)?;
    host.bind(server, (Ipv4Addr::UNSPECIFIED, 80))?;
    host.listen(server)?;
    let typo = host.socket(Family::V4, Proto::Tcp, service)?;
    assert!(matches!(host.bind(typo, "0.0.0.0:99999"), Err(CallError::Input(_))));
    assert_eq!(host.connect(None, "127.0.0.1:80")?.listener, Some(server));
    assert_eq!(host.connect(None, SocketAddrV4::new(Ipv4Addr::LOCALHOST, 80))?.listener, Some(server));
    Ok(())
}
