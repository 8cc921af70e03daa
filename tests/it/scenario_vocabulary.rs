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

// ---- point 4: saved ports ---------------------------------------------------------------------

const SAVED_LINUX: &str = r#"{"name":"t","os":"linux","steps":[
    {"op":"socket","id":"srv","family":"v4"},
    {"op":"bind","id":"srv","addr":"127.0.0.1:0","save_port":"p","expect_port":"32768-60999","expect":"ok"},
    {"op":"listen","id":"srv","expect":"ok"},
    {"op":"connect","to":"127.0.0.1:$p","expect_accepted_by":"srv"},
    {"op":"socket","id":"other","family":"v4"},
    {"op":"bind","id":"other","addr":"127.0.0.1:$p","expect":"EADDRINUSE"},
    {"op":"socket","id":"l","family":"v6"},
    {"op":"listen","id":"l","save_port":"q","expect":"ok"},
    {"op":"connect","to":"[::1]:$q","expect_accepted_by":"l"},
    {"op":"socket","id":"c","family":"v4","proto":"udp"},
    {"op":"send","id":"c","to":"127.0.0.1:9","save_port":"c"},
    {"op":"socket","id":"back","family":"v4","proto":"udp"},
    {"op":"bind","id":"back","addr":"0.0.0.0:$c","expect":"EADDRINUSE"},
    {"op":"close","id":"srv"},
    {"op":"bind","id":"other","addr":"127.0.0.1:$p","expect":"ok","expect_port":"$p"}
]}"#;

#[test]
fn a_port_saved_by_one_step_is_the_port_later_steps_use() {
    let t = load(SAVED_LINUX).unwrap().run();
    assert!(t.passed(), "{t}");
    // The model picks in order, so the ports are known here; the kernel picks at random.
    let text = t.to_string();
    assert!(text.contains("bind srv 127.0.0.1:0 save_port p (32768)"), "{text}");
    assert!(text.contains("connect (remote peer) -> 127.0.0.1:$p (32768)"), "{text}");
}

#[test]
fn a_windows_scenario_saves_ports_too() {
    let text = r#"{"name":"t","era":"win11","steps":[
        {"op":"socket","id":"srv","family":"v4"},
        {"op":"bind","id":"srv","addr":"0.0.0.0:0","save_port":"p","expect_port":"49152-65535"},
        {"op":"listen","id":"srv"},
        {"op":"socket","id":"c","family":"v4"},
        {"op":"connect","id":"c","to":"127.0.0.1:$p","save_port":"client","expect_accepted_by":"srv"},
        {"op":"socket","id":"x","family":"v4"},
        {"op":"bind","id":"x","addr":"0.0.0.0:$client","expect":"WSAEADDRINUSE"},
        {"op":"bind","id":"x","addr":"0.0.0.0:0","expect_port":49154}
    ]}"#;
    let t = load(text).unwrap().run();
    assert!(t.passed(), "{t}");
}

#[test]
fn an_expect_port_range_fails_outside_it() {
    let text = r#"{"name":"t","os":"linux","steps":[
        {"op":"socket","id":"a","family":"v4"},
        {"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":"40000-40009"}]}"#;
    let t = load(text).unwrap().run();
    assert!(!t.passed());
    assert!(t.to_string().contains("expect_port expected a port of 40000-40009, got 32768"), "{t}");
}

#[test]
fn saved_port_mistakes_are_load_errors_naming_the_step() {
    let socket = r#"{"op":"socket","id":"a","family":"v4"}"#;
    let cases = [
        (
            r#"{"op":"bind","id":"a","addr":"127.0.0.1:$p"}"#.to_owned(),
            "step 2 (bind): field `addr`: port `$p` is not saved by an earlier step",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"0.0.0.0:0","save_port":"p"},{"op":"listen","id":"a","save_port":"p"}"#
                .to_owned(),
            "step 3 (listen): field `save_port`: port `$p` is already saved by step 2",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":"$p","save_port":"p"}"#.to_owned(),
            "step 2 (bind): field `expect_port`: port `$p` is not saved by an earlier step",
        ),
        (
            r#"{"op":"connect","to":"127.0.0.1:80","save_port":"p"}"#.to_owned(),
            "step 2 (connect): field `save_port`: a remote peer's port is not saved",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"127.0.0.1:$9p"}"#.to_owned(),
            "step 2 (bind): field `addr`: bad address `127.0.0.1:$9p`: `9p` is not a port name",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"0.0.0.0:0","save_port":"$p"}"#.to_owned(),
            "step 2 (bind): field `save_port`: write the name without `$`",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":"60999-32768"}"#.to_owned(),
            "step 2 (bind): field `expect_port`: bad port range `60999-32768`",
        ),
        (
            r#"{"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":70000}"#.to_owned(),
            "step 2 (bind): field `expect_port`: 70000 is not a port",
        ),
    ];
    for (steps, want) in cases {
        let text = format!(r#"{{"name":"t","os":"linux","steps":[{socket},{steps}]}}"#);
        let err = load(&text).unwrap_err().to_string();
        assert!(err.starts_with(want), "{err}\nwanted: {want}");
    }
}

#[test]
fn the_kernel_check_saves_the_real_port_and_uses_it() {
    use winsock_bind::probe::{prepare_linux, LinuxMachine};
    let s = load(SAVED_LINUX).unwrap();
    let machine = LinuxMachine { root: false, unprivileged_port_start: 1024 };
    let script = prepare_linux(s.scenario(), machine).unwrap().script();
    assert!(script.contains("bind srv 127.0.0.1:0 save=p\n"), "{script}");
    assert!(script.contains("connect - 127.0.0.1:$p\n"), "{script}");
    assert!(script.contains("listen l save=q\nconnect - [::1]:$q\n"), "{script}");
    assert!(script.contains("send c 127.0.0.1:9 save=c\n"), "{script}");
}

// ---- point 5: Linux's ip_local_port_range -----------------------------------------------------

/// Four ports, each taken by a wildcard bind to port 0, then every way to ask for a fifth.
const EXHAUSTED: &str = r#"{"name":"t","os":"linux","host":{"ip_local_port_range":"40000-40003"},"steps":[
    {"op":"socket","id":"a","family":"v4"},
    {"op":"bind","id":"a","addr":"0.0.0.0:0","expect_port":"40000-40003"},
    {"op":"socket","id":"b","family":"v4"},
    {"op":"bind","id":"b","addr":"0.0.0.0:0","expect_port":"40000-40003"},
    {"op":"socket","id":"c","family":"v4"},
    {"op":"bind","id":"c","addr":"0.0.0.0:0","expect_port":"40000-40003"},
    {"op":"socket","id":"d","family":"v4"},
    {"op":"bind","id":"d","addr":"0.0.0.0:0","expect_port":"40000-40003"},
    {"op":"socket","id":"e","family":"v4"},
    {"op":"bind","id":"e","addr":"0.0.0.0:0","expect":"EADDRINUSE"},
    {"op":"listen","id":"e","expect":"EADDRINUSE"},
    {"op":"socket","id":"srv","family":"v4"},
    {"op":"bind","id":"srv","addr":"127.0.0.1:5000"},
    {"op":"listen","id":"srv"},
    {"op":"socket","id":"f","family":"v4"},
    {"op":"connect","id":"f","to":"127.0.0.1:5000","expect":"EADDRNOTAVAIL"},
    {"op":"close","id":"a"},
    {"op":"connect","id":"f","to":"127.0.0.1:5000","expect":"ok","save_port":"f"},
    {"op":"socket","id":"g","family":"v4"},
    {"op":"bind","id":"g","addr":"0.0.0.0:$f","expect":"EADDRINUSE"}
]}"#;

#[test]
fn an_exhausted_port_range_refuses_bind_listen_and_connect_as_the_kernel_does() {
    let t = load(EXHAUSTED).unwrap().run();
    assert!(t.passed(), "{t}");
    let text = t.to_string();
    assert!(text.contains("EADDRNOTAVAIL (99): by rule L19"), "{text}");
}

#[test]
fn an_exhausted_range_gives_eagain_to_a_udp_socket_bound_by_send_or_connect() {
    let text = r#"{"name":"t","os":"linux","host":{"ip_local_port_range":"40000-40001"},"steps":[
        {"op":"socket","id":"a","family":"v4","proto":"udp"},
        {"op":"bind","id":"a","addr":"0.0.0.0:0"},
        {"op":"socket","id":"b","family":"v4","proto":"udp"},
        {"op":"send","id":"b","to":"127.0.0.1:9","expect":"ok"},
        {"op":"socket","id":"c","family":"v4","proto":"udp"},
        {"op":"send","id":"c","to":"127.0.0.1:9","expect":"EAGAIN"},
        {"op":"connect","id":"c","to":"127.0.0.1:9","expect":"EAGAIN"},
        {"op":"bind","id":"c","addr":"0.0.0.0:0","expect":"EADDRINUSE"},
        {"op":"socket","id":"t","family":"v4"},
        {"op":"bind","id":"t","addr":"0.0.0.0:0","expect_port":40000}
    ]}"#;
    let t = load(text).unwrap().run();
    assert!(t.passed(), "{t}");
}

#[test]
fn bad_port_ranges_are_load_errors_naming_the_field() {
    let cases = [
        (
            r#"{"name":"t","era":"win10","host":{"ip_local_port_range":"40000-40009"},"steps":[]}"#,
            "field `host.ip_local_port_range`: Linux's",
        ),
        (
            r#"{"name":"t","os":"linux","host":{"ip_local_port_range":"40009-40000"},"steps":[]}"#,
            "field `host.ip_local_port_range`: bad port range `40009-40000`",
        ),
        (
            r#"{"name":"t","os":"linux","host":{"ip_local_port_range":"80-90"},"steps":[]}"#,
            "field `host.ip_local_port_range`: the kernel refuses a range that starts below",
        ),
    ];
    for (text, want) in cases {
        let err = load(text).unwrap_err().to_string();
        assert!(err.starts_with(want), "{err}\nwanted: {want}");
    }
}

#[test]
fn the_kernel_check_sets_the_range_in_a_network_namespace_of_its_own() {
    use winsock_bind::probe::{prepare_linux, LinuxMachine};
    let s = load(EXHAUSTED).unwrap();
    let root = LinuxMachine { root: true, unprivileged_port_start: 1024 };
    let script = prepare_linux(s.scenario(), root).unwrap().script();
    assert!(script.starts_with("netns ip_local_port_range 40000 40003\n"), "{script}");
}

#[test]
fn without_root_the_kernel_check_says_it_cannot_compare_a_port_range() {
    use winsock_bind::probe::{compare_linux_scenario, LinuxMachine};
    let s = load(EXHAUSTED).unwrap();
    let user = LinuxMachine { root: false, unprivileged_port_start: 1024 };
    // The probe is never started: nothing outside a namespace of its own may change the sysctl.
    let c = compare_linux_scenario(std::path::Path::new("/nonexistent/probe"), "x.json", s.scenario(), user).unwrap();
    let why = c.not_comparable.expect("not comparable");
    assert!(why.starts_with("without root (") && why.contains("network namespace"), "{why}");
    assert!(c.rows.is_empty());
}

#[cfg(unix)]
#[test]
fn a_probe_that_cannot_make_its_namespace_makes_the_scenario_not_comparable() {
    use std::os::unix::fs::PermissionsExt;
    use winsock_bind::probe::{compare_linux_scenario, LinuxMachine};
    // A stand-in for the probe where unshare fails: it skips every step, saying why.
    let dir = std::env::temp_dir().join(format!("winsock-bind-netns-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let probe = dir.join("probe.sh");
    std::fs::write(
        &probe,
        "#!/bin/sh\nn=0\nwhile read -r line; do case \"$line\" in netns*) ;; *) n=$((n+1)); echo \"$n skip no network namespace: unshare(CLONE_NEWNET): Operation not permitted\";; esac; done\n",
    )
    .unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o755)).unwrap();
    let s = load(EXHAUSTED).unwrap();
    let root = LinuxMachine { root: true, unprivileged_port_start: 1024 };
    let c = compare_linux_scenario(&probe, "x.json", s.scenario(), root).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let why = c.not_comparable.expect("not comparable");
    assert!(why.starts_with("here (the probe could not set ip_local_port_range: no network namespace"), "{why}");
}
