//! `winsock-bind scan`: the text, JSON and SARIF it prints (snapshots), SARIF that validates
//! against the 2.1.0 schema with a result at each site's line, `--fail-on`, skipped files, and
//! bad paths (exit 2 naming the path).
#![cfg(feature = "scan")]

use std::process::{Command, Output};

use crate::common;

fn scan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("scan")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let o = scan(args);
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)))
}

#[test]
fn text_names_each_site_with_its_findings_and_fix() {
    let o = scan(&["examples/scan/python/file_server.py"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("scan_text_python_file_server", stdout(&o));
}

#[test]
fn json_has_the_sites_unrecognised_and_findings() {
    let o = scan(&["--format", "json", "examples/scan/go/reuse_control.go"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    insta::assert_snapshot!("scan_json_go_reuse_control", stdout(&o));
}

#[test]
fn sarif_puts_each_finding_at_the_line_that_binds() {
    let o = scan(&["--format", "sarif", "examples/scan/c/echo_server.c"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let region = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(35), Some(9)));
    let text = stdout(&o).replace(&format!("\"{}\"", env!("CARGO_PKG_VERSION")), "\"[version]\"");
    insta::assert_snapshot!("scan_sarif_c_echo_server", text);
}

#[test]
fn sarif_of_the_whole_corpus_validates_and_every_result_is_at_a_site_or_unrecognised_line() {
    let sites = json(&["--format", "json", "examples/scan"]);
    let log = json(&["--format", "sarif", "examples/scan"]);
    let errors: Vec<String> =
        common::schema().iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() > 20, "{}", results.len());
    let at = |list: &serde_json::Value, file: &str, line: u64| {
        list.as_array().unwrap().iter().any(|s| s["file"] == file && s["line"] == line)
    };
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        let file = loc["artifactLocation"]["uri"].as_str().unwrap();
        let line = loc["region"]["startLine"].as_u64().unwrap();
        let list = if r["ruleId"] == "unrecognised" { &sites["unrecognised"] } else { &sites["sites"] };
        assert!(at(list, file, line), "{file}:{line} {}", r["ruleId"]);
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(log["runs"][0]["tool"]["driver"]["rules"][index]["id"], r["ruleId"]);
    }
}

#[test]
fn fail_on_exits_1_only_for_a_finding_that_holds_whatever_the_unknowns() {
    // SO_REUSEADDR on 0.0.0.0:7007: another account can steal and shadow it (high).
    assert_eq!(scan(&["--fail-on", "high", "examples/scan/c/echo_server.c"]).status.code(), Some(1));
    assert_eq!(scan(&["examples/scan/c/echo_server.c"]).status.code(), Some(0));
    // A management port on an address read from a config (unknown): the shadow found holds only
    // if that address is 0.0.0.0, so it is reported and not counted, even at --fail-on low.
    let v = json(&["--format", "json", "examples/scan/cpp/service_host.cpp"]);
    let at_28: Vec<&serde_json::Value> = v["findings"].as_array().unwrap().iter().filter(|f| f["line"] == 28).collect();
    assert!(!at_28.is_empty());
    assert!(at_28.iter().all(|f| f["holds_if"] == serde_json::json!(["address 0.0.0.0"])), "{at_28:#?}");
    assert_eq!(scan(&["--fail-on", "low", "examples/scan/cpp/service_host.cpp"]).status.code(), Some(0));
}

#[test]
fn an_unknown_address_is_audited_under_every_possibility_and_the_finding_says_so() {
    let v = json(&["--format", "json", "examples/scan/cpp/service_host.cpp"]);
    let f = v["findings"].as_array().unwrap().iter().find(|f| f["line"] == 28).expect("a finding at line 28");
    let summary = f["summary"].as_str().unwrap();
    assert!(summary.contains("audited under each possibility"), "{summary}");
    assert!(summary.contains("address 0.0.0.0") && summary.contains("address 10.0.0.1"), "{summary}");
}

#[test]
fn files_that_are_not_source_too_large_not_text_or_tests_are_skipped_and_counted() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-scan-skip-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("notes.md"), "s.bind(('', 80))\n").unwrap();
    std::fs::write(dir.join("huge.py"), "x = 1\n".repeat(200_000)).unwrap();
    std::fs::write(dir.join("latin1.py"), b"# caf\xe9\nimport socket\n").unwrap();
    std::fs::write(dir.join(".git").join("hook.py"), "import socket\n").unwrap();
    let listen = "package main\nimport \"net\"\nfunc main() { net.Listen(\"tcp\", \":80\") }\n";
    std::fs::write(dir.join("server_test.go"), listen).unwrap();
    std::fs::write(dir.join("ok.go"), "package main\nimport \"net\"\nfunc main() { net.Listen(\"tcp\", \":80\") }\n")
        .unwrap();
    let v = json(&["--format", "json", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(v["files"], 1);
    assert_eq!(v["skipped"], serde_json::json!({"not-source": 1, "too-large": 1, "not-text": 1, "test": 1}));
    assert_eq!(v["sites"].as_array().unwrap().len(), 1);
}

#[test]
fn a_path_that_does_not_exist_exits_2_naming_it() {
    let o = scan(&["examples/scan/c", "no/such/dir"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("no/such/dir"), "{err}");
    assert!(o.stdout.is_empty());
    // No path at all is a usage error.
    assert_eq!(scan(&[]).status.code(), Some(2));
}

#[test]
fn the_library_without_its_default_features_depends_on_no_grammar() {
    let tree = |features: &[&str]| {
        let o = Command::new(env!("CARGO"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["tree", "--offline", "-p", "winsock-bind", "-e", "normal", "--prefix", "none"])
            .args(features)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    assert!(!tree(&["--no-default-features"]).contains("tree-sitter"));
    // The check can fail: with the scan feature the grammars are there.
    assert!(tree(&["--no-default-features", "--features", "scan"]).contains("tree-sitter-c-sharp"));
}
