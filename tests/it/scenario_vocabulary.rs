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

// ---- point 6: users as uids -------------------------------------------------------------------

/// Two users each binding 0.0.0.0:5000 with SO_REUSEPORT; `users` is the users' list.
fn reuseport_pair(users: &str, second: &str) -> String {
    format!(
        r#"{{"name":"t","os":"linux","users":{users},
            "steps":[{{"op":"socket","id":"a","family":"v4","user":"a"}},
                     {{"op":"setsockopt","id":"a","option":"SO_REUSEPORT","value":true}},
                     {{"op":"bind","id":"a","addr":"0.0.0.0:5000","expect":"ok"}},
                     {{"op":"socket","id":"b","family":"v4","user":"b"}},
                     {{"op":"setsockopt","id":"b","option":"SO_REUSEPORT","value":true}},
                     {{"op":"bind","id":"b","addr":"0.0.0.0:5000","expect":"{second}"}}]}}"#
    )
}

#[test]
fn users_of_one_uid_share_a_reuseport_port_and_users_of_two_do_not() {
    let same = load(&reuseport_pair(r#"[{"name":"a","uid":1000},{"name":"b","uid":1000}]"#, "ok")).unwrap();
    let t = same.run();
    assert!(t.passed(), "{t}");
    let two = load(&reuseport_pair(r#"[{"name":"a","uid":1000},{"name":"b","uid":1001}]"#, "EADDRINUSE")).unwrap();
    let t = two.run();
    assert!(t.passed(), "{t}");
    // Without uids, two users are two uids, as before.
    let t = load(&reuseport_pair(r#"[{"name":"a"},{"name":"b"}]"#, "EADDRINUSE")).unwrap().run();
    assert!(t.passed(), "{t}");
}

#[test]
fn root_binds_a_privileged_port_and_another_uid_does_not() {
    let text = r#"{"name":"t","os":"linux","users":[{"name":"root","uid":0},{"name":"www","uid":33}],
        "steps":[{"op":"socket","id":"r","family":"v4","user":"root"},
                 {"op":"bind","id":"r","addr":"0.0.0.0:80","expect":"ok"},
                 {"op":"socket","id":"w","family":"v4","user":"www"},
                 {"op":"bind","id":"w","addr":"0.0.0.0:443","expect":"EACCES"}]}"#;
    let t = load(text).unwrap().run();
    assert!(t.passed(), "{t}");
}

#[test]
fn bad_uids_are_load_errors_naming_the_user() {
    let cases = [
        (r#"{"name":"t","era":"win10","users":[{"name":"a","uid":1000}],"steps":[]}"#, "users[0].uid", "Linux"),
        (r#"{"name":"t","os":"linux","users":[{"name":"a","uid":-1}],"steps":[]}"#, "users[0].uid", "0 to 4294967294"),
        (
            r#"{"name":"t","os":"linux","users":[{"name":"a","uid":4294967295}],"steps":[]}"#,
            "users[0].uid",
            "0 to 4294967294",
        ),
        (
            r#"{"name":"t","os":"linux","users":[{"name":"a","uid":7},{"name":"b","uid":7,"admin":true}],"steps":[]}"#,
            "users[1].admin",
            "same uid",
        ),
    ];
    for (text, field, words) in cases {
        let err = load(text).unwrap_err();
        assert_eq!(err.field.as_deref(), Some(field), "{err}");
        assert!(err.to_string().contains(words), "{err}");
    }
}

#[test]
fn the_kernel_check_as_root_creates_each_users_sockets_under_its_uid() {
    use winsock_bind::probe::{prepare_linux, LinuxMachine};
    let s = load(&reuseport_pair(r#"[{"name":"a","uid":0},{"name":"b","uid":1000}]"#, "EADDRINUSE")).unwrap();
    let root = LinuxMachine { root: true, unprivileged_port_start: 1024 };
    let script = prepare_linux(s.scenario(), root).unwrap().script();
    assert!(script.starts_with("socket a v4 tcp user=0\n"), "{script}");
    assert!(script.contains("socket b v4 tcp user=1000\n"), "{script}");
    // A user without a uid beside users with one gets a uid none of them has.
    let s = load(&reuseport_pair(r#"[{"name":"a"},{"name":"b","uid":60000}]"#, "EADDRINUSE")).unwrap();
    let script = prepare_linux(s.scenario(), root).unwrap().script();
    assert!(script.starts_with("socket a v4 tcp user=60001\n"), "{script}");
    assert!(script.contains("socket b v4 tcp user=60000\n"), "{script}");
    // Not root: one user, whatever the uids.
    let user = LinuxMachine { root: false, ..root };
    let script = prepare_linux(s.scenario(), user).unwrap().script();
    assert!(!script.contains("user="), "{script}");
}
