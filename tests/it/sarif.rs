//! `doctor --format sarif` writes SARIF 2.1.0 that validates against the OASIS JSON schema
//! (committed in tests/fixtures/sarif/), for every story and every kind of cause.

use std::process::Command;

use crate::common;
use common::schema;

fn sarif(story: &str) -> serde_json::Value {
    let dir = common::stories().join(story);
    let (args, files) = common::story(story);
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(&dir)
        .arg("doctor")
        .args(&args)
        .args(["--format", "sarif"])
        .args(&files)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("SARIF is JSON")
}

#[test]
fn every_story_validates_against_the_sarif_2_1_0_schema() {
    let v = schema();
    let stories = common::story_names();
    assert!(stories.len() >= 5, "{stories:?}");
    for story in &stories {
        let log = sarif(story);
        let errors: Vec<String> = v.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{story}: {errors:#?}");
        let driver = &log["runs"][0]["tool"]["driver"];
        assert_eq!(driver["name"], "winsock-bind");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert!(!results.is_empty(), "{story}");
        for r in results {
            assert!(r["partialFingerprints"]["winsockBind/v1"].is_string(), "{story}");
            assert!(r["properties"]["evidence"].is_string(), "{story}");
            let index = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(driver["rules"][index]["id"], r["ruleId"]);
        }
    }
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    // A check that cannot fail proves nothing: a wrong level and a missing message must fail.
    let v = schema();
    let mut log = sarif("nginx-reuseaddr-http-sys");
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!v.is_valid(&log));
    let mut log = sarif("nginx-reuseaddr-http-sys");
    log["runs"][0]["results"][0].as_object_mut().unwrap().remove("message");
    assert!(!v.is_valid(&log));
}

#[test]
fn one_rule_per_kind_and_cwe_605_where_ports_are_shared() {
    let log = sarif("nginx-reuseaddr-http-sys");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    let cwe = |id: &str| {
        rules.iter().find(|r| r["id"] == id).unwrap()["properties"]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "external/cwe/cwe-605")
    };
    assert!(cwe("shadow") && cwe("listener"));
    assert!(!cwe("excluded-range"));
}

#[test]
fn fingerprints_are_stable_across_runs() {
    let a = sarif("ias-dns-udp-1645");
    let b = sarif("ias-dns-udp-1645");
    assert_eq!(a["runs"][0]["results"][0]["partialFingerprints"], b["runs"][0]["results"][0]["partialFingerprints"]);
}

/// Issue 22, point 12: what GitHub code scanning needs to show a result. Every rule has a
/// full description, help in text and markdown, and a numeric `security-severity` with a
/// `precision`; every result's first location is a physical one (the snapshot file and line
/// that shows it), for every story.
#[test]
fn every_rule_has_help_and_severity_and_every_result_a_file_and_line() {
    for story in &common::story_names() {
        let log = sarif(story);
        check_code_scanning(story, &log);
    }
}

pub(crate) fn check_code_scanning(what: &str, log: &serde_json::Value) {
    for rule in log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules") {
        assert!(rule["fullDescription"]["text"].is_string(), "{what}: {rule}");
        assert!(rule["help"]["text"].is_string() && rule["help"]["markdown"].is_string(), "{what}: {rule}");
        let severity: f64 =
            rule["properties"]["security-severity"].as_str().expect("security-severity").parse().expect("a number");
        assert!((0.0..=10.0).contains(&severity), "{what}: {rule}");
        assert!(rule["properties"]["precision"].is_string(), "{what}: {rule}");
    }
    for r in log["runs"][0]["results"].as_array().expect("results") {
        let physical = &r["locations"][0]["physicalLocation"];
        assert!(physical["artifactLocation"]["uri"].as_str().is_some_and(|u| !u.is_empty()), "{what}: {r}");
        assert!(physical["region"]["startLine"].as_u64().is_some_and(|l| l >= 1), "{what}: {r}");
    }
}

/// The machine audit's results point at the netstat line of their listener.
#[test]
fn machine_audit_results_point_at_the_listener_s_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(&dir)
        .args(["audit", "--era", "win11", "--format", "sarif", "machine/netstat-ano.txt", "machine/tasklist-svc.txt"])
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    check_code_scanning("machine", &log);
    let errors: Vec<String> = schema().iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let shared =
        log["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "shared-address").expect("shared");
    assert_eq!(shared["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "machine/netstat-ano.txt");
    let line = shared["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().unwrap();
    assert!([7, 8].contains(&line), "{shared}");
}

/// A configuration audit's results point at the configuration file and the line of its bind.
#[test]
fn configuration_audit_results_point_at_the_bind_line() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-sarif-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let config = dir.join("server.toml");
    std::fs::write(&config, "# a server\nera = 'win11'\nreuseaddr = true\nbind = '0.0.0.0:8080'\n").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .args(["audit", "--config", &config.display().to_string(), "--format", "sarif"])
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    check_code_scanning("config", &log);
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        assert_eq!(r["locations"][0]["physicalLocation"]["region"]["startLine"], 4, "{r}");
    }
}
