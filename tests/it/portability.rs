//! `winsock-bind port-check`: the portability examples of `examples/portability/`, each a
//! difference between Linux and Windows that bites real servers, run side by side.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use winsock_bind::audit::Preset;
use winsock_bind::portability::{compare, program_scenario, Difference};
use winsock_bind::rules::linux::PortPolicy;
use winsock_bind::scenario::{self, Format};
use winsock_bind::Era;

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run winsock-bind")
}

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/portability");
    scenario::expand(&[dir]).expect("examples/portability")
}

#[test]
fn there_are_at_least_six_portability_examples_and_each_passes_on_its_own_era() {
    let files = examples();
    assert!(files.len() >= 6, "{files:?}");
    for f in &files {
        let run = scenario::from_path(f).expect("loads").run();
        assert!(run.passed(), "{}: {}", f.display(), run.first_failure().unwrap_or_default());
    }
}

#[test]
fn every_portability_example_shows_a_difference_with_a_reason_from_both_systems() {
    for f in examples() {
        let s = scenario::from_path(&f).expect("loads");
        let era = s.os().era().expect("the portability examples are written for a Windows era");
        let view = compare(&s, PortPolicy::default(), era);
        let differing: Vec<_> = view.differences().collect();
        assert!(!differing.is_empty(), "{}: no difference", f.display());
        for d in differing {
            let why = view.why(d).expect("a differing step has a why");
            assert!(why.starts_with("on linux, ") && why.contains(&format!("; on {era}, ")), "{why}");
        }
    }
}

#[test]
fn port_check_text_of_every_portability_example() {
    insta::glob!("../../examples/portability", "*.json", |path| {
        let out = winsock_bind(&["port-check", path.to_str().expect("utf-8 path")]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        insta::assert_snapshot!(String::from_utf8(out.stdout).expect("utf-8"));
    });
}

#[test]
fn the_restart_habit_differs_where_the_second_bind_and_the_loopback_connection_are() {
    let s = scenario::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/portability/reuseaddr-restart-habit-lets-a-second-server-beneath.json"),
    )
    .expect("loads");
    let view = compare(&s, PortPolicy::default(), Era::Win10);
    let differing: Vec<(usize, Vec<Difference>)> =
        view.differences().map(|p| (p.step, p.differences.clone())).collect();
    assert_eq!(differing, [(7, vec![Difference::Outcome]), (9, vec![Difference::Receiver])]);
    // On an XP machine the same second bind is a steal, not a shadow: still a difference.
    let xp = compare(&s, PortPolicy::default(), Era::Xp);
    assert!(xp.differences().any(|p| p.step == 7));
}

#[test]
fn a_scenario_that_behaves_alike_says_so() {
    let s = scenario::from_str(
        r#"{"name": "plain", "era": "win10", "steps": [
            {"op": "socket", "id": "a", "family": "v4"},
            {"op": "bind", "id": "a", "addr": "0.0.0.0:8080"},
            {"op": "socket", "id": "b", "family": "v4"},
            {"op": "bind", "id": "b", "addr": "0.0.0.0:8080"}
        ]}"#,
        Format::Json,
    )
    .expect("loads");
    let view = compare(&s, PortPolicy::default(), Era::Win10);
    assert_eq!(view.differences().count(), 0, "{view}");
    assert!(view.to_string().contains("no difference: 4 steps behave alike on linux and win10"), "{view}");
}

#[test]
fn a_privileged_port_differs_only_for_an_unprivileged_linux_process() {
    let s = program_scenario(Preset::RustStd, 80).expect("builds");
    let bind = |policy| {
        let view = compare(&s, policy, Era::Win10);
        view.steps.iter().find(|p| p.step == 2).map(|p| (p.linux, p.differs())).expect("step 2 is the bind")
    };
    let (linux, differs) = bind(PortPolicy::unprivileged());
    assert_eq!(linux, Err(winsock_bind::rules::linux::LinuxError::Access));
    assert!(differs, "Windows has no privileged ports");
    let (linux, differs) = bind(PortPolicy::privileged());
    assert_eq!(linux, Ok(()));
    assert!(!differs);
}

#[test]
fn port_check_of_a_program_preset() {
    let out = winsock_bind(&["port-check", "--program", "nginx", "--port", "8080"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    insta::assert_snapshot!(String::from_utf8(out.stdout).expect("utf-8"));
}

#[test]
fn port_check_json_names_the_differences() {
    let out = winsock_bind(&["port-check", "--program", "nginx", "--port", "8080", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let first = &v[0];
    assert_eq!(first["schema_version"], 1);
    assert_eq!(first["windows"], "win10");
    let steps = first["steps"].as_array().expect("steps");
    let diff: Vec<_> = steps.iter().filter(|s| !s["differences"].as_array().expect("list").is_empty()).collect();
    assert_eq!(first["differing_steps"], diff.len());
    assert!(diff.iter().any(|s| s["linux"]["error"] == "EADDRINUSE" && s["windows"]["error"].is_null()));
}

#[test]
fn deny_differences_fails_only_when_a_step_differs() {
    let out = winsock_bind(&["port-check", "--deny-differences", "--program", "nginx", "--port", "8080"]);
    assert_eq!(out.status.code(), Some(1));
    let dir = std::env::temp_dir().join(format!("wb-portability-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let alike = dir.join("alike.json");
    std::fs::write(
        &alike,
        r#"{"name": "alike", "era": "win10", "steps": [{"op": "socket", "id": "a", "family": "v4"}]}"#,
    )
    .expect("write");
    let out = winsock_bind(&["port-check", "--deny-differences", alike.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_port_check_arguments_exit_2_with_a_message() {
    for args in [
        &["port-check"][..],
        &["port-check", "--program", "nginx"],
        &["port-check", "--port", "80"],
        &["port-check", "--program", "nope", "--port", "80"],
        &["port-check", "--program", "nginx", "--port", "70000"],
        &["port-check", "no-such-file.json"],
        &["port-check", "--era", "win99", "examples/portability"],
    ] {
        let out = winsock_bind(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_udp_connect_on_windows_keeps_the_binding_and_says_that_is_extrapolated() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/portability/udp-connect-keeps-the-wildcard-on-windows.json");
    let run = scenario::from_path(&path).expect("loads").run();
    let windows = run.as_windows().expect("a Windows scenario");
    let connect = windows.steps.iter().find(|s| s.op == "connect").expect("a connect step");
    assert_eq!(connect.evidence(), Some(winsock_bind::Evidence::Extrapolated));
    let local = match &connect.result {
        Ok(scenario::Outcome::Aimed(local)) => *local,
        other => panic!("a UDP connect answers Aimed, got {other:?}"),
    };
    assert_eq!(local, "0.0.0.0:5000".parse().unwrap());
}
