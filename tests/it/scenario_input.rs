//! Bad scenario input is normal: every malformed file gets a message naming the step and the
//! field, and the CLI exits with status 2. Nothing is silently ignored.

use winsock_bind::scenario::{self, Format};

const SOCKET: &str = r#"{"op":"socket","id":"a","family":"v4"}"#;

/// A scenario on win10 whose second step is `step`.
fn with_step(step: &str) -> String {
    format!(r#"{{"name":"t","era":"win10","steps":[{SOCKET},{step}]}}"#)
}

fn error(text: &str, format: Format) -> String {
    match scenario::from_str(text, format) {
        Ok(_) => panic!("accepted a malformed scenario: {text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn malformed_steps_are_located_by_step_op_and_field() {
    let cases = [
        (r#"{"op":"frob","id":"a"}"#, "step 2: field `op`: unknown op `frob` (one of: socket, setsockopt, getsockopt, bind, listen, connect, accept, close, shutdown, abort, send, join, reserve, request)"),
        (r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","colour":"red"}"#, "step 2 (bind): field `colour`: unknown field `colour`, expected one of `id`, `addr`, `expect_port`, `save_port`, `expect`"),
        (r#"{"op":"bind","id":"b","addr":"0.0.0.0:80"}"#, "step 2 (bind): field `id`: unknown socket id `b` (no earlier socket or accept step creates it)"),
        (r#"{"op":"bind","id":"a","addr":"256.0.0.1:80"}"#, "step 2 (bind): field `addr`: bad address `256.0.0.1:80`: `256.0.0.1` is not an IPv4 address (four numbers 0-255)"),
        (r#"{"op":"bind","id":"a","addr":"0.0.0.0:70000"}"#, "step 2 (bind): field `addr`: bad address `0.0.0.0:70000`: port 70000 is out of range (0 to 65535)"),
        (r#"{"op":"bind","id":"a","addr":"[::1]"}"#, "step 2 (bind): field `addr`: bad address `[::1]`: missing port (write ip:port, or [ipv6]:port)"),
        (r#"{"op":"bind","id":"a","addr":"::1:80"}"#, "step 2 (bind): field `addr`: bad address `::1:80`: missing port; an IPv6 address with a port needs brackets, e.g. [::1]:80"),
        (r#"{"op":"bind","id":"a","addr":5}"#, "step 2 (bind): field `addr`: invalid type: integer `5`, expected a string"),
        (r#"{"op":"setsockopt","id":"a","option":"SO_REUSEADDR","value":"yes"}"#, "step 2 (setsockopt): field `value`: expected true, false, an integer, or { \"onoff\": bool, \"seconds\": n } for SO_LINGER"),
        (r#"{"op":"setsockopt","id":"a","option":"SO_BROADCAST","value":1}"#, "step 2 (setsockopt): field `option`: unknown variant `SO_BROADCAST`, expected one of `SO_REUSEADDR`, `SO_EXCLUSIVEADDRUSE`, `IPV6_V6ONLY`, `SO_LINGER`, `SO_ACCEPTCONN`"),
        (r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":"WSAEFOO"}"#, "step 2 (bind): field `expect`: unknown Winsock error `WSAEFOO`"),
        (r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":99999}"#, "step 2 (bind): field `expect`: unknown Winsock error number 99999"),
        (r#"{"op":"socket","id":"a","family":"v4"}"#, "step 2 (socket): field `id`: socket id `a` is already used by an earlier step"),
        (r#"{"op":"connect","to":"127.0.0.1:80","expect_accepted_by":"ghost"}"#, "step 2 (connect): field `expect_accepted_by`: unknown socket id `ghost`"),
        (r#"{"op":"send","to":"127.0.0.1:80","expect_receivers":["ghost"]}"#, "step 2 (send): field `expect_receivers`: unknown socket id `ghost`"),
        (r#"{"id":"a"}"#, "step 2: missing `op`"),
        (r#""bind""#, "step 2: a step is an object with an `op`"),
        (r#"{"op":"accept","id":"a","as":"a"}"#, "step 2 (accept): field `as`: socket id `a` is already used"),
        (r#"{"op":"socket","id":"b","family":"v5"}"#, "step 2 (socket): field `family`: unknown variant `v5`, expected `v4` or `v6`"),
        (r#"{"op":"socket","id":"b","family":"v4","user":"mallory"}"#, "step 2 (socket): field `user`: unknown user `mallory`"),
        (r#"{"op":"join","id":"a","group":"239.1.1.1"}"#, "step 2 (join): missing field `iface`"),
    ];
    for (step, expected) in cases {
        let got = error(&with_step(step), Format::Json);
        assert!(got.starts_with(expected), "{step}\n  expected: {expected}\n  got:      {got}");
    }
}

#[test]
fn malformed_documents_are_located_by_field() {
    let cases = [
        (r#"{"name":"t","era":"win31","steps":[]}"#, "field `era`: unknown era `win31` (expected one of: win95"),
        (r#"{"name":"t","era":"win10","colour":1,"steps":[]}"#, "field `colour`: unknown field `colour`"),
        (r#"{"name":"t","era":"win10","steps":["#, "not valid JSON: EOF while parsing a list at line 1 column 35"),
        (r#"{"name":"t","era":"win10"}"#, "missing field `steps`"),
        (r#"{"name":"t","era":"win10","steps":{}}"#, "field `steps`: expected a list of steps"),
        (r#"{"era":"win10","steps":[]}"#, "missing field `name`"),
        (r#"[1,2]"#, "a scenario is an object with name, era, steps"),
        (
            r#"{"name":"t","era":"win10","host":{"addresses":["10.0.0.300"]},"steps":[]}"#,
            "field `host.addresses`: `10.0.0.300` is not an IP address",
        ),
        (
            r#"{"name":"t","era":"win10","users":[{"name":"a"},{"name":"a"}],"steps":[]}"#,
            "field `users[1].name`: user `a` is listed twice",
        ),
        (
            r#"{"name":"t","era":"win10","users":[{"name":"a"},{"name":"b"}],"steps":[{"op":"socket","id":"s","family":"v4"}]}"#,
            "step 1 (socket): field `user`: missing: the scenario has several users",
        ),
        (
            r#"{"name":"t","era":"win10","behaviour":"guessed","steps":[]}"#,
            "field `behaviour`: unknown variant `guessed`",
        ),
    ];
    for (text, expected) in cases {
        let got = error(text, Format::Json);
        assert!(got.starts_with(expected), "{text}\n  expected: {expected}\n  got:      {got}");
    }
}

#[test]
fn toml_errors_are_located_the_same_way() {
    let typo = "name = \"t\"\nera = \"win10\"\n[[steps]]\nop = \"socket\"\nid = \"a\"\nfamily = \"v4\"\n[[steps]]\nop = \"bind\"\nid = \"a\"\naddr = \"0.0.0.0:80\"\nexpct = \"ok\"\n";
    assert!(error(typo, Format::Toml).starts_with("step 2 (bind): field `expct`: unknown field `expct`"));
    assert!(error("name = ", Format::Toml).starts_with("not valid TOML"));
}

#[test]
fn a_scenario_round_trips_through_its_json_form() {
    let text = r#"{"name":"round trip","era":"win11","behaviour":"documented","host":{"addresses":["10.0.0.1"]},
        "users":[{"name":"a","admin":true},{"name":"b"}],
        "steps":[{"op":"socket","id":"s","family":"v4","proto":"udp","user":"a"},
                 {"op":"setsockopt","id":"s","option":"SO_LINGER","value":{"onoff":true,"seconds":0}},
                 {"op":"bind","id":"s","addr":"10.0.0.1:53","expect":10048},
                 {"op":"connect","to":"10.0.0.1:80","expect_accepted_by":null},
                 {"op":"connect","to":"10.0.0.1:80"},
                 {"op":"send","to":"10.0.0.1:53","expect_receivers":[],"expect_undetermined":["s"]},
                 {"op":"join","id":"s","group":"239.0.0.1","iface":"10.0.0.1","expect":"error"}]}"#;
    let parsed = scenario::from_str(text, Format::Json).expect("valid scenario");
    let again = scenario::from_str(&serde_json::to_string(parsed.scenario()).expect("serialize"), Format::Json)
        .expect("reparse");
    assert_eq!(parsed, again);
    assert_eq!(parsed.run(), again.run());
}

#[test]
fn connect_can_expect_an_undetermined_receiver() {
    let text = |expected: &str| {
        format!(
            r#"{{"name":"t","era":"xp","users":[{{"name":"a"}},{{"name":"b"}}],"steps":[
            {{"op":"socket","id":"x","family":"v4","user":"a"}},
            {{"op":"bind","id":"x","addr":"0.0.0.0:80"}},
            {{"op":"listen","id":"x"}},
            {{"op":"socket","id":"y","family":"v4","user":"b"}},
            {{"op":"setsockopt","id":"y","option":"SO_REUSEADDR","value":true}},
            {{"op":"bind","id":"y","addr":"0.0.0.0:80","expect":"ok"}},
            {{"op":"listen","id":"y"}},
            {{"op":"connect","to":"127.0.0.1:80","expect_undetermined":{expected}}}]}}"#
        )
    };
    let run = |expected: &str| scenario::from_str(&text(expected), Format::Json).expect("valid").run();
    assert!(run(r#"["y","x"]"#).passed(), "{}", run(r#"["y","x"]"#));
    assert!(!run(r#"["x"]"#).passed());
    assert!(error(&text(r#"["ghost"]"#), Format::Json)
        .starts_with("step 8 (connect): field `expect_undetermined`: unknown socket id `ghost`"));
}

/// The scenario files of `examples/`.
fn examples() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    scenario::expand(&[dir]).expect("examples/")
}

#[test]
fn every_example_round_trips_through_serialize_and_the_derived_deserialize() {
    for path in examples() {
        let loaded = scenario::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        let json = serde_json::to_string(loaded.scenario()).expect("serialize");
        // The loader (located errors) and serde's derived Deserialize read the same scenario.
        let derived: scenario::Scenario = serde_json::from_str(&json).expect("derived deserialize");
        assert_eq!(&derived, loaded.scenario(), "{}", path.display());
        let again = scenario::from_str(&json, Format::Json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(again, loaded, "{}", path.display());
        assert_eq!(again.run(), loaded.run(), "{}", path.display());
    }
}

#[test]
fn a_key_given_twice_is_an_error_naming_the_key_and_the_step() {
    let got =
        error(&with_step(r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":"ok","expect":"error"}"#), Format::Json);
    assert_eq!(got, "step 2: field `expect`: duplicate key `expect`: give each key once");
    let got = error(
        r#"{"name":"t","era":"win10","users":[{"name":"a","admin":true,"admin":false}],"steps":[]}"#,
        Format::Json,
    );
    assert_eq!(got, "field `users[0].admin`: duplicate key `admin`: give each key once");
    // TOML refuses a repeated key itself.
    let toml = "name = \"t\"\nera = \"win10\"\nera = \"xp\"\nsteps = []\n";
    assert!(error(toml, Format::Toml).starts_with("not valid TOML"), "{}", error(toml, Format::Toml));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let json = format!("\u{feff}{}", with_step(r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","expect":"ok"}"#));
    assert!(scenario::from_str(&json, Format::Json).expect("BOM then JSON").run().passed());
    let toml = "\u{feff}name = \"t\"\nera = \"win10\"\nsteps = []\n";
    assert!(scenario::from_str(toml, Format::Toml).is_ok());
}

#[test]
fn an_error_quotes_only_an_excerpt_of_an_over_long_line() {
    let long = "9".repeat(100_000);
    let got = error(&with_step(&format!(r#"{{"op":"bind","id":"a","addr":"{long}"}}"#)), Format::Json);
    assert!(got.starts_with("step 2 (bind): field `addr`: bad address `999"), "{got}");
    assert!(got.len() < 400, "{} characters", got.len());
    assert!(got.ends_with("more characters)"), "{got}");
    let toml = format!("name = \"t\"\nera = \"win10\"\nsteps = [{long}\n");
    let got = error(&toml, Format::Toml);
    assert!(got.lines().all(|l| l.len() < 400), "{got}");
}

#[test]
fn control_characters_in_names_are_escaped_when_printed() {
    let text = r#"{"name":"t\u001b[2J","era":"win10","users":[{"name":"u\r"}],"steps":[
        {"op":"socket","id":"a\nFAIL 99 forged","family":"v4","proto":"udp"},
        {"op":"bind","id":"a\nFAIL 99 forged","addr":"0.0.0.0:53","expect":"ok"},
        {"op":"send","to":"127.0.0.1:53","expect_receivers":["a\nFAIL 99 forged"]}]}"#;
    let t = scenario::from_str(text, Format::Json).expect("valid").run();
    assert!(t.passed(), "{t}");
    let printed = t.to_string();
    assert_eq!(printed.lines().count(), 5, "{printed}");
    assert!(!printed.chars().any(|c| c.is_control() && c != '\n'), "{printed:?}");
    assert!(printed.contains(r"received by a\nFAIL 99 forged"), "{printed}");
    assert!(printed.starts_with(r"scenario: t\u{1b}[2J"), "{printed}");
}

#[test]
fn reserve_excludes_a_range_for_one_protocol_or_both() {
    let text = |proto: &str| {
        format!(
            r#"{{"name":"t","era":"win11","steps":[{{"op":"reserve","ports":"5000-5001","kind":"excluded"{proto}}},
            {{"op":"socket","id":"t","family":"v4"}},{{"op":"bind","id":"t","addr":"0.0.0.0:5000"}},
            {{"op":"socket","id":"u","family":"v4","proto":"udp"}},{{"op":"bind","id":"u","addr":"0.0.0.0:5000"}}]}}"#
        )
    };
    let errors = |proto: &str| -> Vec<Option<winsock_bind::WsaError>> {
        let t = scenario::from_str(&text(proto), Format::Json).expect("valid").run().into_windows().expect("Windows");
        [2, 4].iter().map(|i| t.steps[*i].error()).collect()
    };
    let access = Some(winsock_bind::WsaError::Access);
    assert_eq!(errors(""), [access, access], "both protocols by default");
    assert_eq!(errors(r#","proto":"tcp""#), [access, None]);
    assert_eq!(errors(r#","proto":"udp""#), [None, access]);
}

#[test]
fn run_json_carries_every_answer_s_rule_and_evidence() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/win11-oldest-listener-gets-connections.json");
    let checked = scenario::from_path(path).expect("valid");
    let mut out = Vec::new();
    let tally = checked.run_json(&mut out).expect("written");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("one JSON object");
    assert_eq!(json, serde_json::to_value(checked.run()).expect("serialize"), "streamed and collected agree");
    assert_eq!(json["passed"], true);
    assert_eq!(json["held"], tally.held);
    let steps = json["steps"].as_array().expect("steps");
    for s in steps {
        let ruled = matches!(s["op"].as_str(), Some("bind" | "connect" | "send")) || !s["error"].is_null();
        assert_eq!(s["evidence"].is_string(), ruled, "{s}");
        assert_eq!(s["rule"].is_string(), ruled, "{s}");
    }
    // Step 12: R3, observed, with the documented answer.
    assert_eq!(steps[11]["rule"], "R3");
    assert_eq!(steps[11]["evidence"], "observed");
    assert_eq!(steps[11]["receivers"]["sockets"], serde_json::json!(["early"]));
    assert_eq!(steps[11]["alternative"]["receivers"]["kind"], "undetermined");
    // Step 6: E6 against `late`, documented.
    assert_eq!((steps[5]["rule"].as_str(), steps[5]["against"].as_str()), (Some("E6"), Some("late")));
    assert_eq!(steps[5]["evidence"], "documented");
}

#[test]
fn a_large_receiver_set_is_summarised_in_the_transcript() {
    let n = 20;
    let mut steps = Vec::new();
    for i in 0..n {
        steps.push(format!(r#"{{"op":"socket","id":"s{i}","family":"v4","proto":"udp"}}"#));
        steps.push(format!(r#"{{"op":"setsockopt","id":"s{i}","option":"SO_REUSEADDR","value":true}}"#));
        steps.push(format!(r#"{{"op":"bind","id":"s{i}","addr":"0.0.0.0:5000"}}"#));
        steps.push(format!(r#"{{"op":"join","id":"s{i}","group":"239.1.1.1","iface":"127.0.0.1"}}"#));
    }
    let all: Vec<String> = (0..n).map(|i| format!("\"s{i}\"")).collect();
    steps.push(format!(r#"{{"op":"send","to":"239.1.1.1:5000","expect_receivers":[{}]}}"#, all.join(",")));
    let text = format!(r#"{{"name":"t","era":"win10","steps":[{}]}}"#, steps.join(","));
    let t = scenario::from_str(&text, Format::Json).expect("valid").run();
    assert!(t.passed(), "{t}");
    let printed = t.to_string();
    let send = printed.lines().find(|l| l.contains("send")).expect("the send line");
    assert!(send.contains("every one of 20 sockets [s0, ..., s19]"), "{send}");
}
