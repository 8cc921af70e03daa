//! `winsock-bind table`: families, formats, `--explain` and `--documented`, through the binary.

use std::process::{Command, Output};

use serde_json::Value;
use winsock_bind::rules::Users;
use winsock_bind::table::{self, Format, Spec, TableFamily};
use winsock_bind::{Era, Proto};

fn winsock_bind(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsock-bind")).args(args).output().expect("run winsock-bind")
}

fn stdout(args: &[&str]) -> String {
    let out = winsock_bind(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn csv_explain_adds_basis_and_rule_columns_and_keeps_the_oracle_columns() {
    let plain = stdout(&["table", "--era", "server2003", "--users", "different", "--format", "csv"]);
    let explained = stdout(&["table", "--era", "server2003", "--users", "different", "--format", "csv", "--explain"]);
    assert_eq!(
        explained.lines().next(),
        Some("first_option,first_address,second_option,second_address,outcome,basis,rule")
    );
    for (p, e) in plain.lines().zip(explained.lines()).skip(1) {
        let (prefix, rule) = e.rsplit_once(',').expect("a rule column");
        // Table 4 is documented throughout.
        assert_eq!(prefix, format!("{p},documented"));
        assert!(rule.starts_with('E') || rule == "B1", "{e}");
    }
}

#[test]
fn mixed_csv_names_both_sockets_and_the_basis_in_both_orders() {
    let csv = stdout(&["table", "--era", "win10", "--users", "different", "--family", "mixed", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "first_socket,first_option,first_address,second_socket,second_option,second_address,outcome,basis"
    );
    assert_eq!(lines.len(), 1 + 72);
    assert!(lines[1..37].iter().all(|l| l.starts_with("dual,") && l.contains(",v4,")));
    assert!(lines[37..].iter().all(|l| l.starts_with("v4,") && l.contains(",dual,")));
    // An exclusive dual-stack [::] refuses an IPv4 0.0.0.0 bind: observed for one account, the
    // dual-stack principle's extrapolation for two.
    assert!(lines.contains(&"dual,exclusive,wildcard,v4,default,wildcard,access,extrapolated"));
    let same = stdout(&["table", "--era", "win10", "--users", "same", "--family", "mixed", "--format", "csv"]);
    assert!(same.lines().any(|l| l == "dual,exclusive,wildcard,v4,default,wildcard,access,observed"));
    // An IPv4-mapped address is its IPv4 address: observed, for any account.
    assert!(lines.contains(&"v4,default,specific,dual,default,specific,inuse,observed"));
}

/// `table --era win10 --users different --family mixed --format json --explain`, parsed.
fn win10_mixed_json() -> Value {
    let args =
        ["table", "--era", "win10", "--users", "different", "--family", "mixed", "--format", "json", "--explain"];
    serde_json::from_str(&stdout(&args)).expect("valid JSON")
}

#[test]
fn json_follows_schema_version_2() {
    let doc: Value = win10_mixed_json();
    assert_eq!(doc["schema_version"], 2);
    assert_eq!(doc["family"], "mixed");
    assert_eq!(doc["behaviour"], "observed");
    let sections = doc["sections"].as_array().expect("sections");
    assert_eq!(sections.len(), 2);
    assert_eq!((&sections[0]["first"]["socket"], &sections[0]["second"]["socket"]), (&"dual".into(), &"v4".into()));
    assert_eq!(sections[1]["first"]["v6only"], Value::Null);
    for s in sections {
        let cells = s["cells"].as_array().expect("cells");
        assert_eq!(cells.len(), 36);
        for c in cells {
            assert!(c["rule"].is_string() && c["sentence"].is_string() && c["source"].is_string(), "{c}");
            assert_eq!(c["error"].is_null(), c["outcome"] == "success", "{c}");
            assert!(["observed", "extrapolated"].contains(&c["basis"].as_str().unwrap_or("")), "{c}");
        }
    }
    // Without --explain, no cell carries a rule.
    let plain: Value =
        serde_json::from_str(&stdout(&["table", "--era", "xpsp2", "--format", "json"])).expect("valid JSON");
    assert!(plain["sections"][0]["cells"].as_array().expect("cells").iter().all(|c| c.get("rule").is_none()));
    assert_eq!(plain["users_matter"], false);
}

/// The JSON example in README is an excerpt of real output: its top-level fields and its one
/// cell are what the command prints.
#[test]
fn readme_json_example_is_real_output() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    // The table schema's example is the JSON block that carries `schema_version`.
    let block = readme
        .split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|b| b.contains("\"schema_version\""))
        .expect("a JSON table example in README");
    let example: Value = serde_json::from_str(block).expect("README's JSON example parses");
    let real: Value = win10_mixed_json();
    for (k, v) in example.as_object().expect("an object") {
        if k != "sections" {
            assert_eq!(&real[k], v, "README field {k}");
        }
    }
    let ex_section = &example["sections"][0];
    assert_eq!(ex_section["first"], real["sections"][0]["first"]);
    assert_eq!(ex_section["second"], real["sections"][0]["second"]);
    let ex_cell = &ex_section["cells"][0];
    let real_cells = real["sections"][0]["cells"].as_array().expect("cells");
    assert!(real_cells.contains(ex_cell), "README's example cell is not in the output: {ex_cell}");
}

#[test]
fn documented_labels_observed_cells_without_changing_any_answer() {
    let args = ["table", "--era", "win10", "--users", "different", "--family", "mixed", "--format", "markdown"];
    let observed = stdout(&args);
    let documented = stdout(&[&args[..], &["--documented"]].concat());
    assert!(observed.contains("† Observed on current Windows"), "{observed}");
    assert!(documented.contains("† Not documented: no Microsoft document gives this answer"), "{documented}");
    let grid = |s: &str| s.lines().filter(|l| l.starts_with("| ")).map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(grid(&observed), grid(&documented));
    // Vista answers as documented by default: same label without the flag.
    let vista = stdout(&["table", "--era", "vista", "--family", "mixed"]);
    assert!(vista.contains("† Not documented"), "{vista}");
    // Documented tables have nothing to label.
    let v4 = stdout(&["table", "--era", "win10", "--users", "different", "--documented"]);
    assert!(!v4.contains('†'), "{v4}");
    let json: Value = serde_json::from_str(&stdout(&[
        "table",
        "--era",
        "win10",
        "--family",
        "mixed",
        "--format",
        "json",
        "--documented",
    ]))
    .expect("valid JSON");
    assert_eq!(json["behaviour"], "documented");
    assert_eq!(json["sections"][0]["cells"][0]["basis"], "observed");
}

#[test]
fn markdown_explain_gives_each_distinct_rule_once_with_its_source() {
    let md = stdout(&["table", "--era", "server2003", "--users", "different", "--explain"]);
    assert!(md.contains("| Default | Wildcard | INUSE (E8) | ACCESS (E5) |"), "{md}");
    for id in ["E1", "E2", "E3", "E5", "E6", "E7", "E8"] {
        let lines: Vec<&str> = md.lines().filter(|l| l.starts_with(&format!("- **{id}**"))).collect();
        assert_eq!(lines.len(), 1, "{id}: {lines:?}");
        assert!(
            lines[0].contains("Source: Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"),
            "{}",
            lines[0]
        );
        assert!(lines[0].contains("(docs/sources.md#ms-reuseaddr)"), "{}", lines[0]);
    }
}

/// The page data as the script reads it: the outcome word, rule id and sentence of every cell of
/// a table, by its key `era/users/family/proto`.
fn page_cells(data: &Value, key: &str) -> Vec<(String, String, String)> {
    let grid = data["tables"][key]["grid"].as_u64().unwrap_or_else(|| panic!("no table {key} in the page"));
    let cells = data["grids"][grid as usize].as_array().expect("grid");
    cells
        .iter()
        .map(|c| {
            let i = |n: usize| c[n].as_u64().expect("an index") as usize;
            (
                data["outcomes"][i(0)]["word"].as_str().expect("word").to_owned(),
                data["rules"][i(1)]["id"].as_str().expect("id").to_owned(),
                data["texts"][i(2)].as_str().expect("text").to_owned(),
            )
        })
        .collect()
}

#[test]
fn html_page_is_self_contained_and_carries_every_table_the_model_draws() {
    let page = stdout(&["table", "--era", "server2003", "--users", "different", "--format", "html"]);
    for banned in ["src=", "href=", "http://", "https://", "@import", "url(", "<link", "@font-face"] {
        assert!(!page.contains(banned), "the page refers to something outside itself: {banned}");
    }
    let start = page.find("<script type=\"application/json\" id=\"table-data\">").expect("embedded data");
    let json = &page[start..];
    let json = &json[json.find('>').expect(">") + 1..json.find("</script>").expect("</script>")];
    let data: Value = serde_json::from_str(json).expect("the embedded data is JSON");
    assert_eq!(data["initial"], "server2003/different/v4/tcp");
    let mut count = 0;
    for era in Era::ALL {
        for users in [Users::Same, Users::Different] {
            for family in TableFamily::ALL {
                for proto in [Proto::Tcp, Proto::Udp] {
                    let spec = Spec { era, users, family, proto };
                    let key = format!("{era}/{users}/{family}/{proto}");
                    if spec.validate().is_err() {
                        assert!(data["tables"].get(&key).is_none(), "{key} cannot be drawn but is in the page");
                        continue;
                    }
                    count += 1;
                    let t = table::generate(&spec);
                    let expected: Vec<(String, String, String)> = t
                        .cells
                        .iter()
                        .map(|c| {
                            let word = c.decision.error().map_or("success", |e| e.short());
                            (word.to_owned(), c.decision.reason.rule_id().to_owned(), c.decision.to_string())
                        })
                        .collect();
                    assert_eq!(page_cells(&data, &key), expected, "{key}");
                }
            }
        }
    }
    assert_eq!(data["tables"].as_object().expect("tables").len(), count);
    // The table asked for is also written out as HTML, for readers without scripts.
    let csv = table::render(&table::generate(&Spec::new(Era::Server2003, Users::Different)), Format::Csv);
    let shown: Vec<&str> = page
        .match_indices("data-outcome=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            &rest[..rest.find('"').expect("closing quote")]
        })
        .collect();
    let oracle: Vec<&str> = csv.lines().skip(1).map(|l| l.rsplit(',').next().expect("outcome")).collect();
    assert_eq!(shown, oracle);
}

/// `table --os linux --format csv` prints the bytes of `tables/linux/*.csv`, which
/// `tests/linux_kernel.rs` checks against the kernel, for every combination.
#[test]
fn linux_csv_is_the_committed_kernel_checked_table() {
    for (name, users, proto, state) in winsock_bind::rules::linux::table_files() {
        let committed = std::fs::read_to_string(format!("{}/tables/linux/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let args = [
            "table",
            "--os",
            "linux",
            "--users",
            &users.to_string(),
            "--proto",
            &proto.to_string(),
            "--first-state",
            state.name(),
            "--format",
            "csv",
        ];
        assert_eq!(stdout(&args), committed, "{name}");
    }
}

#[test]
fn linux_json_has_a_schema_version_and_rule_per_cell() {
    let json: Value =
        serde_json::from_str(&stdout(&["table", "--os", "linux", "--users", "different", "--format", "json"])).unwrap();
    assert_eq!(json["schema_version"], table::LINUX_SCHEMA_VERSION);
    assert_eq!(json["os"], "linux");
    assert_eq!(json["first_state"], "listening", "TCP defaults to a listening first socket");
    let cells = json["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 64);
    let reuseport = cells
        .iter()
        .find(|c| {
            c["first_option"] == "reuseport"
                && c["second_option"] == "reuseport"
                && c["first_address"] == "wildcard"
                && c["second_address"] == "wildcard"
        })
        .unwrap();
    assert_eq!((reuseport["outcome"].as_str(), reuseport["rule"].as_str()), (Some("inuse"), Some("X7")));
    assert_eq!(reuseport["errno"], 98);
}

#[test]
fn html_page_has_the_linux_tables_apart_from_the_windows_cells() {
    let page = stdout(&["table", "--os", "linux", "--users", "different", "--proto", "udp", "--format", "html"]);
    assert!(page.contains("<details id=\"linux-different-udp-bound\" open>"));
    assert_eq!(page.matches("<details id=\"linux-").count(), 6);
    assert_eq!(page.matches(" open>").count(), 1);
    assert_eq!(page.matches("<td class=\"lcell ").count(), 6 * 64);
    // The Windows part keeps its own cells (the browser test reads `td.cell`).
    assert_eq!(page.matches("<td class=\"cell ").count(), 36);
}

#[test]
fn compare_marks_differing_cells_and_says_what_each_system_lacks() {
    let csv = stdout(&["table", "--compare", "linux,win10", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "first_option,first_address,second_option,second_address,linux,win10,differs,why");
    assert_eq!(lines.len(), 1 + 100);
    let row = |label: &str| *lines.iter().find(|l| l.starts_with(&format!("{label},"))).unwrap();
    let r = row("reuseaddr,wildcard,reuseaddr,specific");
    assert!(
        r.starts_with("reuseaddr,wildcard,reuseaddr,specific,inuse,success,true,\"on Linux EADDRINUSE (X6)"),
        "{r}"
    );
    assert_eq!(
        row("reuseport,wildcard,reuseport,wildcard"),
        "reuseport,wildcard,reuseport,wildcard,success,unavailable,false,"
    );
    assert_eq!(
        row("exclusive,wildcard,default,specific"),
        "exclusive,wildcard,default,specific,unavailable,access,false,"
    );
    // Either order names the same pair; JSON says why a side has no answer.
    let json: Value =
        serde_json::from_str(&stdout(&["table", "--compare", "win10,linux", "--format", "json"])).unwrap();
    assert_eq!(json["schema_version"], table::COMPARE_SCHEMA_VERSION);
    let cells = json["cells"].as_array().unwrap();
    let lacks = cells.iter().find(|c| c["first_option"] == "exclusive").unwrap();
    assert_eq!(lacks["linux"]["unavailable"], "Linux has no SO_EXCLUSIVEADDRUSE");
    assert_eq!(json["differing"], cells.iter().filter(|c| c["differs"] == true).count());
}

#[test]
fn bad_linux_and_compare_combinations_exit_2_naming_the_flags() {
    let cases: [(&[&str], &str); 7] = [
        (&["table", "--os", "linux", "--era", "win10"], "--era"),
        (&["table", "--os", "linux", "--proto", "udp", "--first-state", "listening"], "UDP sockets do not listen"),
        (&["table", "--era", "win10", "--first-state", "bound"], "--first-state bound is for Linux tables"),
        (&["table", "--os", "linux", "--family", "mixed"], "--family mixed is for Windows tables"),
        (&["table", "--compare", "linux,linux"], "compare Linux with one Windows era"),
        (&["table", "--compare", "linux,win10", "--format", "html"], "markdown, csv or json"),
        (&["table", "--users", "same"], "<--era <ERA>|--os <OS>|--compare <linux,ERA>>"),
    ];
    for (args, message) in cases {
        let out = winsock_bind(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
