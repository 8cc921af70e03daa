//! `doctor --format sarif` writes SARIF 2.1.0 that validates against the OASIS JSON schema
//! (committed in tests/fixtures/sarif/), for every story and every kind of cause.

use std::process::Command;

mod common;
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
