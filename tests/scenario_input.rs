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
        (r#"{"op":"frob","id":"a"}"#, "step 2: field `op`: unknown op `frob` (one of: socket, setsockopt, getsockopt, bind, listen, connect, accept, close, shutdown, abort, send, join, reserve)"),
        (r#"{"op":"bind","id":"a","addr":"0.0.0.0:80","colour":"red"}"#, "step 2 (bind): field `colour`: unknown field `colour`, expected one of `id`, `addr`, `expect`"),
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
    let again = scenario::from_str(&serde_json::to_string(&parsed).expect("serialize"), Format::Json).expect("reparse");
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
