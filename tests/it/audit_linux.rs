//! `winsock-bind audit --os linux`: the Linux audit of presets and configurations through the
//! binary, its "Linux vs Windows" contrast as snapshots, its JSON and SARIF shapes, `--fail-on`,
//! and the flags that make no sense on one system refused with exit status 2.

use std::process::{Command, Output};

use crate::common;

use serde_json::Value;
use winsock_bind::audit::{self, Config, Preset, Threat};
use winsock_bind::scenario::Format;

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run winsock-bind")
}

fn stdout(args: &[&str]) -> String {
    let out = winsock_bind(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The example of issue 15: a Rust server setting SO_REUSEADDR "to restart fast". On Linux that
/// is all it does; on win10 a program of the same account binds 127.0.0.1:8080 beneath it.
#[test]
fn reuseaddr_restart_fast_contrast_snapshot() {
    let text = stdout(&["audit", "--os", "linux", "--era", "win10", "--preset", "tokio-reuseaddr", "--bind", "8080"]);
    assert!(text.contains(
        "A program of the server's account binding 127.0.0.1:8080 beneath 0.0.0.0:8080 with the options it sets on \
         each system: on Linux it fails with EADDRINUSE (X6: SO_REUSEADDR never shares a port with a listening socket \
         (it only allows a restart past TIME_WAIT)); on win10 it succeeds (E4:"
    ));
    insta::assert_snapshot!(text);
}

/// Node.js on 3000: `[::]` dual-stack on both, SO_REUSEADDR on Linux (libuv), no option on
/// Windows, where the same account shadows it.
#[test]
fn node_contrast_snapshot() {
    insta::assert_snapshot!(stdout(&["audit", "--os", "linux", "--preset", "node", "--bind", "3000"]));
}

#[test]
fn every_preset_has_a_contrast_and_those_that_differ_say_so_in_sentences() {
    let mut differing = 0;
    for preset in Preset::ALL {
        let c = Config::from_str(&format!("os = 'linux'\npreset = '{preset}'\nbind = 8080\n"), Format::Toml).unwrap();
        let report = audit::linux::audit(&c).unwrap();
        assert!(report.target.sockets.iter().all(|s| s.reuseaddr && !s.reuseport), "{preset}: SO_REUSEADDR on Linux");
        let contrast = report.contrast.as_ref().unwrap_or_else(|| panic!("{preset}: {:?}", report.no_contrast));
        assert_eq!(contrast.binds.len(), 4, "{preset}: same address and loopback beneath, two accounts");
        for b in &contrast.binds {
            assert!(
                b.sentence.ends_with('.') && b.sentence.contains("on Linux it") && b.sentence.contains("on win10 it")
            );
        }
        if contrast.binds.iter().any(|b| b.differs) || !contrast.differences.is_empty() {
            differing += 1;
        }
    }
    // Every Windows preset without SO_EXCLUSIVEADDRUSE lets the same account bind beneath it
    // (E4) or share (E6); on Linux the listening SO_REUSEADDR socket refuses both.
    assert!(differing >= 7, "{differing}");
}

#[test]
fn json_keeps_the_audit_schema_version_and_says_os_linux() {
    let json: Value = serde_json::from_str(&stdout(&[
        "audit",
        "--os",
        "linux",
        "--bind",
        "0.0.0.0:8080",
        "--reuseport",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["schema_version"], audit::SCHEMA_VERSION);
    assert_eq!(json["os"], "linux");
    let findings = json["findings"].as_array().unwrap();
    let steal = findings.iter().find(|f| f["threat"] == "steal").expect("a steal");
    assert_eq!((steal["rule"].as_str(), steal["attacker"].as_str()), (Some("X4"), Some("same-account")));
    // Another uid cannot join a SO_REUSEPORT group (X7).
    assert!(!steal["attackers"].as_array().unwrap().contains(&Value::from("other-account")));
    // An IPv4-only server leaves [::1]:8080, the other `localhost`, to anyone.
    let shadow = findings.iter().find(|f| f["threat"] == "shadow").expect("a shadow");
    assert_eq!(
        (shadow["attacker"].as_str(), shadow["destinations"][0].as_str()),
        (Some("other-account"), Some("[::1]:8080"))
    );
    assert!(json["no_contrast"].as_str().unwrap().contains("Windows has no SO_REUSEPORT"));
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let v = common::schema();
    for args in [
        &["audit", "--os", "linux", "--bind", "0.0.0.0:8080", "--reuseport", "--format", "sarif"][..],
        &["audit", "--os", "linux", "--preset", "go", "--bind", "8080", "--start", "restarts", "--format", "sarif"],
    ] {
        let log: Value = serde_json::from_str(&stdout(args)).unwrap();
        let errors: Vec<String> = v.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert!(!results.is_empty());
        assert!(results.iter().all(|r| r["properties"]["rule"].as_str().is_some_and(|x| x.starts_with('X'))));
    }
}

#[test]
fn fail_on_counts_linux_findings() {
    let args = ["audit", "--os", "linux", "--bind", "0.0.0.0:8080", "--reuseport", "--fail-on", "medium"];
    assert_eq!(winsock_bind(&args).status.code(), Some(1), "the same uid shares a SO_REUSEPORT group: medium");
    let args = ["audit", "--os", "linux", "--bind", "127.0.0.1:8080", "--reuseport", "--fail-on", "high"];
    // Loopback only: another uid takes [::1]:8080, the `localhost` alias.
    assert_eq!(winsock_bind(&args).status.code(), Some(1));
    let c = Config::from_str("os = 'linux'\nbind = '[::]:8080'\nreuseaddr = true\n", Format::Toml).unwrap();
    let r = audit::linux::audit(&c).unwrap();
    assert!(r.findings.iter().all(|f| !matches!(f.threat, Threat::Steal | Threat::Shadow)), "{r}");
    let args = ["audit", "--os", "linux", "--bind", "[::]:8080", "--reuseaddr", "--fail-on", "low"];
    assert_eq!(winsock_bind(&args).status.code(), Some(0));
}

#[test]
fn flags_of_the_other_system_exit_2_naming_them() {
    let dir = std::env::temp_dir().join(format!("winsock-bind-audit-linux-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("linux.toml");
    std::fs::write(&config, "os = 'linux'\nbind = 8080\ndocumented = true\n").unwrap();
    let config = config.to_str().unwrap();
    let cases: [(&[&str], &str); 7] = [
        (&["audit", "--os", "linux", "netstat.txt"], "snapshot files are what a Windows machine prints"),
        (&["audit", "--os", "linux", "--bind", "8080", "--exclusive"], "Linux has no SO_EXCLUSIVEADDRUSE"),
        (&["audit", "--era", "win10", "--bind", "8080", "--reuseport"], "Windows has no SO_REUSEPORT"),
        (&["audit", "--os", "linux", "--bind", "8080", "--emit-attack", "x"], "--emit-attack"),
        (&["audit", "--config", config], "field `documented`"),
        (&["audit", "--os", "beos", "--bind", "8080"], "unknown os `beos`"),
        (&["audit", "--os", "win10", "--era", "win11", "--bind", "8080"], "win10 and era win11 disagree"),
    ];
    for (args, message) in cases {
        let out = winsock_bind(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
