//! The doctor on small snapshots: unknowns, shadows, options, and what it must never say.

use super::*;

fn snap(netstat_rows: &str) -> Snapshot {
    let mut s = Snapshot::default();
    let text = format!("  Proto  Local Address  Foreign Address  State  PID\n{netstat_rows}");
    s.add_text("netstat.txt", &text).unwrap();
    s
}

fn bind(era: Era, proto: Proto, spec: &str) -> Request {
    Request::from_spec(era, proto, &spec.parse().unwrap())
}

#[test]
fn unknown_options_give_each_answer_with_its_assumption() {
    let s = snap("  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   900\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "reuseaddr 0.0.0.0:8080")).unwrap();
    assert_eq!(d.verdict, Verdict::Depends);
    // The defaults first: the holder set nothing, so SO_REUSEADDR is refused.
    assert_eq!(d.alternatives[0].verdict, Verdict::Error(WsaError::Access));
    assert!(d.alternatives[0].assumption.contains("(the defaults)"));
    let shared = d.alternatives.iter().find(|a| a.verdict == Verdict::Success).expect("a success");
    assert!(shared.assumption.contains("sets SO_REUSEADDR"), "{}", shared.assumption);
    assert!(d.unknowns[0].contains("PID 900"));
    assert!(d.causes[0].assumption.is_some());
}

#[test]
fn a_plain_bind_on_a_held_address_fails_whatever_the_holder_set() {
    let s = snap("  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   900\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:8080")).unwrap();
    assert!(matches!(d.verdict, Verdict::Error(_) | Verdict::Depends));
    assert_eq!(d.causes[0].kind, CauseKind::Listener);
    assert_eq!(d.causes[0].pid, Some(900));
}

#[test]
fn a_specific_listener_beneath_the_wildcard_is_a_shadow_warning() {
    let s = snap("  TCP    10.0.0.5:8080   0.0.0.0:0   LISTENING   900\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:8080")).unwrap();
    let shadow = d.causes.iter().find(|c| c.kind == CauseKind::Shadow).expect("a shadow cause");
    assert_eq!(
        (shadow.pid, shadow.address.as_deref(), shadow.error.as_deref()),
        (Some(900), Some("10.0.0.5:8080"), None)
    );
    assert!(shadow.fixes.iter().all(|f| !matches!(f.check, Check::DoesNotHelp(_))));
}

#[test]
fn two_processes_on_one_address_must_both_share() {
    let s = snap("  UDP    0.0.0.0:5353   *:*   2416\n  UDP    0.0.0.0:5353   *:*   3000\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Udp, "reuseaddr 0.0.0.0:5353")).unwrap();
    // Only worlds where both holders set SO_REUSEADDR are consistent with the snapshot; there
    // a third SO_REUSEADDR socket shares the port, and the warning says who else receives.
    assert_eq!(d.verdict, Verdict::Success);
    assert!(d.causes.iter().any(|c| c.kind == CauseKind::Shadow), "{d}");
}

#[test]
fn an_option_the_era_lacks_is_its_own_cause() {
    let s = snap("  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1004\n");
    let d = diagnose(&s, &bind(Era::Win98, Proto::Tcp, "exclusive 0.0.0.0:8080")).unwrap();
    assert_eq!(d.verdict, Verdict::Error(WsaError::NoProtoOpt));
    assert_eq!(d.causes[0].kind, CauseKind::Option);
    assert_eq!(d.causes[0].fixes[0].invasiveness, Invasiveness::ProgramOption);
}

#[test]
fn never_the_privileged_port_myth() {
    let s = snap("  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1004\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:80")).unwrap();
    assert_eq!(d.verdict, Verdict::Success);
    let text = d.to_string().to_lowercase();
    assert!(!text.contains("administrator") && !text.contains("privileged"), "{text}");
}

#[test]
fn http_sys_from_servicestate_alone_holds_its_port() {
    let mut s = Snapshot::default();
    s.add_text("ss.txt", "Snapshot of HTTP service state (Server Session View):\n---\n    Registered URLs:\n        HTTP://+:5985/WSMAN/\n").unwrap();
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:5985")).unwrap();
    assert_eq!(d.verdict, Verdict::Error(WsaError::AddrInUse));
    assert_eq!((d.causes[0].kind, d.causes[0].pid), (CauseKind::HttpSys, Some(KERNEL_PID)));
    assert!(d.notes.iter().any(|n| n.contains("no socket listing")));
    // Narrowed by iplisten to loopback, HTTP.sys leaves the other addresses free.
    s.add_text("ip.txt", "IP addresses present in the IP listen list:\n---\n    127.0.0.1\n").unwrap();
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 10.0.0.5:5985")).unwrap();
    assert_eq!(d.verdict, Verdict::Success, "{d}");
}

/// Issue 22, point 1: "works" means the bind succeeds on the whole machine after the fix. Two
/// processes share UDP 0.0.0.0:53; stopping one of them leaves the other on the port, so only
/// stopping both is a fix, and it is offered and checked as one change.
#[test]
fn a_stop_fix_that_works_frees_the_port_of_every_holder() {
    let s = snap("  UDP    0.0.0.0:53   *:*   2000\n  UDP    0.0.0.0:53   *:*   3000\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Udp, "default 0.0.0.0:53")).unwrap();
    assert_eq!(d.verdict, Verdict::Error(WsaError::AddrInUse), "{d}");
    let stops: Vec<&Fix> =
        d.causes.iter().flat_map(|c| &c.fixes).filter(|f| f.invasiveness == Invasiveness::StopService).collect();
    assert!(!stops.is_empty(), "a stop fix is offered: {d}");
    for f in stops {
        assert!(matches!(f.check, Check::Works(_)), "{f:?}");
        for pid in [2000, 3000] {
            assert!(f.commands.iter().any(|c| c == &format!("taskkill /PID {pid}")), "{f:?}");
        }
        assert!(f.text.contains("PID 2000") && f.text.contains("PID 3000"), "{}", f.text);
    }
}

/// Issue 22, point 9: the sockets of one process run under one account; no replayed world
/// (and so no alternative or cause) assumes otherwise.
#[test]
fn the_sockets_of_one_process_share_one_account_in_every_world() {
    let s =
        snap("  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   900\n  TCP    [::]:8080   [::]:0   LISTENING   900\n");
    let f = focus_all(&s, Proto::Tcp, 8080);
    let (all, _) = assumptions(&f);
    assert!(all.len() > 1);
    for world in &all {
        let accounts: BTreeSet<&str> = world.iter().map(|(_, a)| a.account.as_str()).collect();
        assert_eq!(accounts.len(), 1, "{world:?}");
    }
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "reuseaddr 0.0.0.0:8080")).unwrap();
    for text in d
        .alternatives
        .iter()
        .map(|a| a.assumption.as_str())
        .chain(d.causes.iter().filter_map(|c| c.assumption.as_deref()))
    {
        assert!(
            !(text.contains("runs as another account") && text.contains("runs as the program's own account")),
            "{text}"
        );
    }
}

const TASKLIST: &str = "Image Name                     PID Services\n========================= ======== ============================================\nsvchost.exe                   2416 Dnscache\nsvchost.exe                   1004 RpcEptMapper, RpcSs\n";

/// Issue 22, point 2: a holder that hosts services is stopped by service name, kept from
/// starting at boot, and a built-in Windows service is marked as such; a shared service host is
/// never killed by PID, which would end every service in it.
#[test]
fn services_are_stopped_by_name_and_built_in_ones_are_marked() {
    let mut s = snap("  UDP    0.0.0.0:5353   *:*   2416\n  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1004\n");
    s.add_text("tasklist.txt", TASKLIST).unwrap();
    let stop = |d: &Diagnosis| -> Fix {
        d.causes[0].fixes.iter().find(|f| f.invasiveness == Invasiveness::StopService).cloned().expect("a stop fix")
    };
    let d = diagnose(&s, &bind(Era::Win11, Proto::Udp, "default 0.0.0.0:5353")).unwrap();
    let dns = stop(&d);
    assert_eq!(dns.commands, ["net stop Dnscache", "sc config Dnscache start= disabled"]);
    assert!(dns.text.contains("built-in Windows service") && dns.text.contains("DNS Client"), "{}", dns.text);
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:135")).unwrap();
    let rpc = stop(&d);
    assert!(rpc.commands.iter().all(|c| !c.starts_with("taskkill")), "{:?}", rpc.commands);
    assert!(
        rpc.text.contains("taskkill /PID 1004 would end every service in it (RpcEptMapper, RpcSs)"),
        "{}",
        rpc.text
    );
    for f in d.causes.iter().flat_map(|c| &c.fixes) {
        assert!(!f.text.contains("svchost") || !f.text.contains("SO_EXCLUSIVEADDRUSE"), "{}", f.text);
    }
}

/// Issue 22, point 4: a range an administrator excluded (`*`) keeps WinNAT and port 0 off the
/// port but does not refuse an explicit bind (observed); the ranges the system took do.
#[test]
fn an_administered_exclusion_does_not_refuse_an_explicit_bind() {
    let mut s = snap("  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1004\n");
    s.add_text(
        "excluded.txt",
        "\nProtocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n     50000       50059\n     50100       50100     *\n\n* - Administered port exclusions.\n",
    )
    .unwrap();
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:50000")).unwrap();
    assert_eq!((d.verdict, d.causes[0].kind), (Verdict::Error(WsaError::Access), CauseKind::ExcludedRange));
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:50100")).unwrap();
    assert_eq!(d.verdict, Verdict::Success, "{d}");
    // The reservation the doctor recommends against WinNAT is checked by a replay.
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:50001")).unwrap();
    let reserve = d.causes[0]
        .fixes
        .iter()
        .find(|f| f.commands.iter().any(|c| c.contains("add excludedportrange")))
        .expect("reservation");
    assert!(matches!(reserve.check, Check::Works(_)), "{reserve:?}");
}

/// `n` TCP listeners on port 8080 on IPv4 addresses of their own (`10.0.0.1`...) and `n` on
/// IPv6 ones (`2001:db8::1`...), each by a process of its own.
fn crowded(n: u32) -> Snapshot {
    let mut rows = String::new();
    for i in 1..=n {
        rows += &format!("  TCP    10.0.0.{i}:8080   0.0.0.0:0   LISTENING   {}\n", 2000 + i);
        rows += &format!("  TCP    [2001:db8::{i}]:8080   [::]:0   LISTENING   {}\n", 3000 + i);
    }
    snap(&rows)
}

fn diagnose_exactly(s: &Snapshot, req: &Request) -> Diagnosis {
    EXACT_UP_TO_IN_TEST.with(|t| t.set(usize::MAX));
    let d = diagnose(s, req);
    EXACT_UP_TO_IN_TEST.with(|t| t.set(EXACT_UP_TO));
    d.unwrap()
}

/// Issue 22, point 13: beyond a small search, classes of equivalent listeners are replayed in
/// part, and the answer is the exact one: the same verdict, alternatives and unknowns, and the
/// same causes (fixes and their checks included) for every listener it replayed; where the exact
/// search lists a cause for an omitted listener, it is the last replayed one's with its own PID
/// and address. The diagnosis says what it reduced.
#[test]
fn a_reduced_search_answers_as_the_exact_one_and_says_so() {
    let s = crowded(10);
    let mut compared = 0;
    for spec in ["default 0.0.0.0:8080", "exclusive 0.0.0.0:8080", "reuseaddr 10.0.0.3:8080", "default [::]:8080"] {
        let req = bind(Era::Win11, Proto::Tcp, spec);
        let exact = diagnose_exactly(&s, &req);
        let reduced = diagnose(&s, &req).unwrap();
        assert!(exact.reductions.is_empty(), "{spec}");
        assert!(!reduced.reductions.is_empty(), "{spec}: 20 listeners are reduced");
        assert!(reduced.to_string().contains("reduced: 10 TCP listening sockets"), "{spec}:\n{reduced}");
        assert_eq!(
            (&reduced.verdict, &reduced.alternatives, &reduced.unknowns, &reduced.notes),
            (&exact.verdict, &exact.alternatives, &exact.unknowns, &exact.notes),
            "{spec}"
        );
        let omitted: BTreeSet<u32> = reduced.reductions.iter().flat_map(|r| r.omitted.iter().copied()).collect();
        let kept: Vec<&Cause> = exact.causes.iter().filter(|c| !c.pid.is_some_and(|p| omitted.contains(&p))).collect();
        assert_eq!(reduced.causes.iter().collect::<Vec<_>>(), kept, "{spec}");
        for r in &reduced.reductions {
            let last = r.replayed.last().copied();
            let like = |c: &Cause| (c.kind, c.error.clone(), c.rule.clone(), c.fixes.len());
            let model = exact.causes.iter().find(|c| c.pid == last).map(like);
            // The exact search lists the causes a few rounds deep: an omitted listener has none
            // there, or the last replayed one's.
            for pid in &r.omitted {
                if let Some(c) = exact.causes.iter().find(|c| c.pid == Some(*pid)) {
                    assert_eq!(Some(like(c)), model, "{spec}: PID {pid}");
                    compared += 1;
                }
            }
        }
    }
    assert!(compared >= 6, "the shadows of the omitted listeners were compared");
}

/// Up to the threshold the search is exact and says nothing of a reduction.
#[test]
fn a_small_port_is_searched_exactly() {
    let s = crowded(8);
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:8080")).unwrap();
    assert!(d.reductions.is_empty());
    assert!(!d.to_string().contains("reduced:"));
    assert_eq!(d.causes.iter().filter(|c| c.kind == CauseKind::Shadow).count(), 8);
}

/// Issue 22, point 11: when every usual setting gives one answer, the verdict gives it and
/// names the unusual setting under which it would differ; the JSON keeps `verdict` and adds the
/// basis and the exceptions.
#[test]
fn one_answer_under_usual_settings_is_the_headline_with_its_exception() {
    let s = snap("  TCP    [::]:80   [::]:0   LISTENING   3120\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:80")).unwrap();
    // IPv6-only (Windows' default), PID 3120's socket leaves IPv4 alone; dual-stack, it holds
    // 0.0.0.0:80 too.
    assert_eq!((d.verdict, d.basis), (Verdict::Success, Basis::UsualSettings), "{d}");
    assert!(d.alternatives.is_empty());
    assert!(!d.unless.is_empty());
    for a in &d.unless {
        assert!(matches!(a.verdict, Verdict::Error(_)), "{a:?}");
        assert!(a.assumption.starts_with("PID 3120's [::]:80 socket is dual-stack"), "{}", a.assumption);
    }
    let text = d.to_string();
    assert!(text.contains("verdict: the bind succeeds\n  unless PID 3120's [::]:80 socket is dual-stack"), "{text}");
    assert!(text.contains("which is unusual (IPV6_V6ONLY is on by default on Windows)"), "{text}");
    assert!(text.contains(": then it fails with WSAE"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&d.to_json().unwrap()).unwrap();
    assert_eq!((json["verdict"].as_str(), json["basis"].as_str()), (Some("success"), Some("usual-settings")));
    assert_eq!(json["unless"][0]["pid"], 3120);
}

/// A split among usual settings (does the holder share the port?) stays `depends`, and a
/// refusal under every assumption names its holder in the verdict.
#[test]
fn a_real_split_depends_and_a_refusal_names_its_holder() {
    let s = snap("  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   900\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "reuseaddr 0.0.0.0:8080")).unwrap();
    assert_eq!((d.verdict, d.basis), (Verdict::Depends, Basis::Split));
    assert!(d.unless.is_empty());
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:8080")).unwrap();
    assert_eq!(d.basis, Basis::EveryAssumption);
    assert!(d.to_string().starts_with("doctor: tcp 0.0.0.0:8080 (no options) on win11\nverdict: the bind fails with WSAEADDRINUSE (10048) from PID 900\n"), "{d}");
}

#[test]
fn the_library_text_escapes_what_the_snapshot_carried() {
    // A process name as netstat -b prints it, with an escape sequence, a C1 control and a
    // bidirectional override: a caller printing the diagnosis must not send them raw.
    let s = snap("  TCP    0.0.0.0:8080   0.0.0.0:0   LISTENING   900\n [ev\u{1b}]0;x\u{7}\u{9b}il\u{202e}.exe]\n");
    let d = diagnose(&s, &bind(Era::Win11, Proto::Tcp, "default 0.0.0.0:8080")).unwrap();
    let text = d.to_string();
    assert!(text.contains("ev\\u{1b}]0;x\\u{7}\\u{9b}il\\u{202e}.exe"), "{text}");
    assert!(!text.chars().any(|c| c != '\n' && crate::text::is_unsafe(c)), "{text}");
}
