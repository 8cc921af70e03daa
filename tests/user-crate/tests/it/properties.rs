//! Properties of the server's configuration over eras and attackers, with the library's
//! proptest strategies.

use proptest::prelude::*;
use winsock_bind::prelude::*;
use winsock_bind::Privilege;
use winsock_bind::{audit, strategies, Overlap};
use winsock_bind_user_tests::socket_config;

proptest! {
    /// For every era from Windows 7 on, no other program's bind (of any account, ours included,
    /// any option, any address, administrator or not) that overlaps the server's address
    /// succeeds. Without SO_EXCLUSIVEADDRUSE our own account could bind beneath it (rule E4).
    #[test]
    fn from_win7_on_no_program_binds_beneath_our_config(
        era in strategies::era_from(Era::Win7),
        attacker in strategies::bind_spec(8080),
        same_account in any::<bool>(),
    ) {
        let config = socket_config();
        let mut host = Host::new(era);
        let service = host.add_user("service", Privilege::User);
        let other = if same_account { service } else { host.add_user("other", Privilege::from(attacker.admin)) };
        config.listen_on(&mut host, service).unwrap();
        let second = SocketConfig { mode: attacker.mode, only_v6: attacker.v6only, ..SocketConfig::new(attacker.endpoint)? };
        let attempt = second.attempt_on(&mut host, other).unwrap();
        if attacker.endpoint.overlap(&config.address) != Overlap::Disjoint {
            prop_assert!(!attempt.decision.is_ok(), "{}: {}", era, attempt.decision);
        }
    }

    /// Any configuration the strategies make survives serde, as a configuration file would.
    #[test]
    fn every_config_round_trips_through_toml(config in strategies::socket_config(8080)) {
        let text = toml::to_string(&config).unwrap();
        prop_assert_eq!(toml::from_str::<SocketConfig>(&text).unwrap(), config);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]
    /// The audit agrees: from Windows 7 on, our exclusive wildcard cannot be shadowed.
    #[test]
    fn from_win7_on_the_audit_finds_no_shadow(era in strategies::era_from(Era::Win7)) {
        let report = audit::audit(&socket_config().audit_target(era)).unwrap();
        prop_assert!(report.findings.iter().all(|f| f.threat != audit::Threat::Shadow), "{}", era);
    }
}
