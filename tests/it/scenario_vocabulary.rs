//! The scenario vocabulary a kernel run needs (issue 26, points 4-7): ports saved by one step
//! and used by later ones (`save_port`, `$NAME`, `expect_port` ranges), Linux's
//! `ip_local_port_range`, users with uids, and network hosts that name their own eras.

use winsock_bind::scenario::{self, Format};
use winsock_bind::Era;

fn load(text: &str) -> Result<scenario::Checked, scenario::ScenarioError> {
    scenario::from_str(text, Format::Json)
}

// ---- point 7: hosts name their eras ----------------------------------------------------------

/// Two hosts, each naming its era; `top` is the top-level `era` entry, if any.
fn two_hosts(top: &str) -> String {
    format!(
        r#"{{"name":"t",{top}"users":[{{"name":"u"}}],
            "hosts":[{{"name":"old","era":"win98","addresses":["192.0.2.1"]}},
                     {{"name":"new","era":"win11","addresses":["192.0.2.2"]}}],
            "steps":[{{"op":"socket","id":"a","family":"v4","host":"old","expect":"ok"}},
                     {{"op":"setsockopt","id":"a","option":"SO_EXCLUSIVEADDRUSE","value":true,"expect":"WSAENOPROTOOPT"}},
                     {{"op":"socket","id":"b","family":"v4","host":"new","expect":"ok"}},
                     {{"op":"setsockopt","id":"b","option":"SO_EXCLUSIVEADDRUSE","value":true,"expect":"ok"}}]}}"#
    )
}

#[test]
fn a_network_whose_every_host_names_its_era_needs_no_top_level_era() {
    let checked = load(&two_hosts("")).expect("every host names its era");
    // The scenario reports the first host's era; each host answers in its own.
    assert_eq!(checked.os(), winsock_bind::Os::Windows(Era::Win98));
    let t = checked.run();
    assert!(t.passed(), "{t}");
}

#[test]
fn a_top_level_era_beside_hosts_that_all_name_theirs_is_what_the_scenario_reports() {
    let checked = load(&two_hosts(r#""era":"win10","#)).expect("both given");
    assert_eq!(checked.os(), winsock_bind::Os::Windows(Era::Win10));
    // ... and no host answers in it: Windows 98 still has no SO_EXCLUSIVEADDRUSE.
    let t = checked.run();
    assert!(t.passed(), "{t}");
}

#[test]
fn a_host_without_an_era_still_needs_the_top_level_one() {
    let text = r#"{"name":"t","hosts":[{"name":"a","era":"win11"},{"name":"b"}],"steps":[]}"#;
    let err = load(text).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("hosts[1].era"), "{err}");
    assert!(err.to_string().contains("missing field `era`"), "{err}");
}
