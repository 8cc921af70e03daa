//! `audit --format sarif`: the configuration audit's [`Report`] and a machine audit's live
//! conflicts as SARIF 2.1.0 logs, built from the typed [`crate::sarif`] module.
//!
//! One rule per kind of threat, tagged CWE-605 ("Multiple Binds to the Same Port",
//! <https://cwe.mitre.org/data/definitions/605.html>) where another socket shares or sits beneath
//! the server's address; each result's level comes from its severity (the one table of
//! [`Severity::of`]); fingerprints are built from what identifies the finding, never its wording.

use crate::sarif::{self, Level, Rule};

use super::linux::LinuxReport;
use super::machine::{LiveKind, MachineReport};
use super::{RangeKind, Report, Severity, Threat};

/// The SARIF level of a severity: high is an error, medium a warning, low a note.
pub fn level(severity: Severity) -> Level {
    match severity {
        Severity::High => Level::Error,
        Severity::Medium => Level::Warning,
        Severity::Low => Level::Note,
    }
}

/// The rule of a threat (shared with `scan`'s SARIF).
pub(crate) fn threat_rule(threat: Threat) -> Rule {
    let (text, cwe) = match threat {
        Threat::Steal => ("Another socket can bind the server's own address and receive its traffic", true),
        Threat::Shadow => ("Another socket can bind beneath the server's wildcard and take an address's traffic", true),
        Threat::Block => ("Another socket can make the server's bind fail", false),
        Threat::Linger => ("The port stays unusable after the server stops", false),
    };
    // The rule's default level is the worst a finding of it can reach (another account, documented).
    let worst = Severity::of(threat, super::Attacker::OtherAccount, crate::Evidence::Documented);
    let rule = Rule::new(&threat.to_string(), text).with_level(level(worst));
    if cwe {
        rule.with_cwe(605)
    } else {
        rule
    }
}

/// The rule of a port range (shared with `scan`'s SARIF).
pub(crate) fn range_rule(kind: RangeKind) -> Rule {
    match kind {
        RangeKind::ExcludedRange => {
            Rule::new("excluded-range", "The server's port lies inside an excluded port range").with_level(Level::Error)
        }
        RangeKind::DynamicRange => Rule::new("dynamic-range", "The server's port lies inside the dynamic port range")
            .with_level(Level::Warning),
    }
}

fn range_id(kind: RangeKind) -> &'static str {
    match kind {
        RangeKind::ExcludedRange => "excluded-range",
        RangeKind::DynamicRange => "dynamic-range",
    }
}

impl Report {
    /// The report as a SARIF 2.1.0 log: one rule per threat and range kind, one result per
    /// finding (those of the other behaviour are left out, as `--fail-on` leaves them out).
    ///
    /// ```
    /// use winsock_bind::audit::{self, Preset};
    /// use winsock_bind::Era;
    /// let report = audit::audit(&Preset::Node.target(Era::Win11, 3000))?;
    /// let json = serde_json::to_value(report.to_sarif()).unwrap();
    /// assert_eq!(json["runs"][0]["results"][0]["ruleId"], "shadow");
    /// assert_eq!(json["runs"][0]["results"][0]["level"], "warning");
    /// # Ok::<(), winsock_bind::audit::AuditError>(())
    /// ```
    pub fn to_sarif(&self) -> sarif::Log {
        let mut rules: Vec<Rule> = Threat::ALL.into_iter().map(threat_rule).collect();
        rules.extend([RangeKind::ExcludedRange, RangeKind::DynamicRange].map(range_rule));
        let mut run = sarif::Run::new(rules);
        let proto = self.target.proto.to_string();
        for f in &self.findings {
            let socket = f.socket.to_string();
            let threat = f.threat.to_string();
            let mut r = sarif::Result::new(&threat, level(f.severity), &f.summary)
                .with_location(&format!("server/{proto}/{socket}"), &format!("{} {socket}", proto.to_uppercase()))
                .with_fingerprint(&["audit", &threat, &proto, &socket])
                .with_property("severity", f.severity)
                .with_property("evidence", f.evidence)
                .with_property("attacker", f.attacker)
                .with_property("attackers", &f.attackers)
                .with_property("behaviour", f.behaviour);
            if let Some(fix) = &f.fix {
                r = r.with_property("fix", fix);
            }
            if let Some(m) = &f.mitigation {
                r = r.with_property("mitigation", m);
            }
            run.push(r);
        }
        for p in &self.port_findings {
            let socket = p.socket.to_string();
            let id = range_id(p.kind);
            run.push(
                sarif::Result::new(id, level(p.severity), &p.summary)
                    .with_location(&format!("server/{proto}/{socket}"), &format!("{} {socket}", proto.to_uppercase()))
                    .with_fingerprint(&["audit", id, &proto, &socket])
                    .with_property("severity", p.severity)
                    .with_property("evidence", p.evidence)
                    .with_property("range", p.range.to_string()),
            );
        }
        run.properties.extra.insert("era".to_owned(), serde_json::Value::String(self.target.era.to_string()));
        sarif::Log::new(vec![run])
    }
}

impl LinuxReport {
    /// The Linux report as a SARIF 2.1.0 log: the same rules as the Windows report's threats,
    /// one result per finding, each with its Linux rule id.
    ///
    /// ```
    /// use winsock_bind::audit::{linux, Config};
    /// use winsock_bind::scenario::Format;
    /// let c = Config::from_str("os = 'linux'\nbind = '[::]:8080'\nreuseport = true\n", Format::Toml).unwrap();
    /// let json = serde_json::to_value(linux::audit(&c).unwrap().to_sarif()).unwrap();
    /// // Only the server's own uid can join its SO_REUSEPORT group (X4), to share the port or
    /// // to take 127.0.0.1 beneath it.
    /// let results = json["runs"][0]["results"].as_array().unwrap();
    /// assert!(results.iter().all(|r| r["properties"]["rule"] == "X4" && r["properties"]["attacker"] == "same-account"));
    /// assert!(results.iter().any(|r| r["ruleId"] == "steal"));
    /// ```
    pub fn to_sarif(&self) -> sarif::Log {
        let rules: Vec<Rule> = Threat::ALL.into_iter().map(threat_rule).collect();
        let mut run = sarif::Run::new(rules);
        let proto = self.target.proto.to_string();
        for f in &self.findings {
            let socket = f.socket.to_string();
            let threat = f.threat.to_string();
            run.push(
                sarif::Result::new(&threat, level(f.severity), &f.summary)
                    .with_location(&format!("server/{proto}/{socket}"), &format!("{} {socket}", proto.to_uppercase()))
                    .with_fingerprint(&["audit", "linux", &threat, &proto, &socket])
                    .with_property("severity", f.severity)
                    .with_property("evidence", f.evidence)
                    .with_property("attacker", f.attacker)
                    .with_property("attackers", &f.attackers)
                    .with_property("rule", f.rule.id()),
            );
        }
        run.properties.extra.insert("os".to_owned(), serde_json::Value::String("linux".to_owned()));
        sarif::Log::new(vec![run])
    }
}

fn live_rule(kind: LiveKind) -> Rule {
    let (text, cwe) = match kind {
        LiveKind::SharedAddress => ("Two processes listen on the identical address and port", true),
        LiveKind::Beneath => ("A specific-address listener sits beneath another process's wildcard", true),
        LiveKind::DynamicRange => ("A listener's port lies inside the dynamic port range", false),
        LiveKind::HttpSysEverywhere => ("HTTP.sys listens on every address where iplisten could narrow it", false),
        LiveKind::StackSplit => ("Two processes hold one port, one on IPv4 and one on IPv6", true),
        LiveKind::ClientPort => {
            ("A UDP or bound socket inside the dynamic port range: a client's source port or a server", false)
        }
    };
    let rule = Rule::new(kind.name(), text).with_level(level(kind.severity()));
    if cwe {
        rule.with_cwe(605)
    } else {
        rule
    }
}

fn exposure_rule(threat: Threat) -> Rule {
    let (text, cwe) = match threat {
        Threat::Steal => {
            ("A listener's unknown option would let another socket bind its address and receive its traffic", true)
        }
        Threat::Shadow => {
            ("A listener's unknown option would let another socket bind beneath it and take an address's traffic", true)
        }
        Threat::Block | Threat::Linger => {
            ("A listener's unknown option would let another socket take its port while it restarts", false)
        }
    };
    let worst = Severity::of(threat, super::Attacker::OtherAccount, crate::Evidence::Documented);
    let rule = Rule::new(&exposure_id(threat), text).with_level(level(worst));
    if cwe {
        rule.with_cwe(605)
    } else {
        rule
    }
}

/// The rule id of an exposure: `exposure-steal` ...
fn exposure_id(threat: Threat) -> String {
    format!("exposure-{threat}")
}

/// Makes fingerprints that would repeat unique by numbering the repeats in output order: two
/// processes whose name the snapshot does not give, on one address, are told apart that way.
fn numbered(prints: Vec<Vec<String>>) -> Vec<Vec<String>> {
    // Counted by reference: a machine of 100,000 listeners has as many prints, and a clone of
    // each as a key was a good part of the SARIF's peak memory.
    let mut seen: std::collections::BTreeMap<&[String], usize> = std::collections::BTreeMap::new();
    let nth: Vec<usize> = prints
        .iter()
        .map(|p| {
            let n = seen.entry(p.as_slice()).or_default();
            *n += 1;
            *n
        })
        .collect();
    drop(seen);
    prints
        .into_iter()
        .zip(nth)
        .map(|(mut p, n)| {
            if n > 1 {
                p.push(format!("#{n}"));
            }
            p
        })
        .collect()
}

impl MachineReport {
    /// The machine audit as a SARIF 2.1.0 log: one rule per [`LiveKind`] and per exposed threat
    /// (`exposure-steal` ...), one result per finding.
    ///
    /// Fingerprints name the finding's kind, protocol, address and port and the process by name
    /// (`nginx.exe`, `System`), never its PID: PIDs change at every boot, and a code-scanning
    /// service would then see every finding as new. Where the snapshot names no process (no
    /// `tasklist /svc` output), findings that would share a fingerprint are numbered.
    ///
    /// ```
    /// use winsock_bind::audit::machine::machine_audit;
    /// use winsock_bind::snapshot::Snapshot;
    /// let mut s = Snapshot::default();
    /// s.add_text("netstat.txt", "  Proto  Local Address  Foreign Address  State  PID\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n").unwrap();
    /// let report = machine_audit(winsock_bind::Era::Win11, &s);
    /// let json = serde_json::to_value(report.to_sarif()).unwrap();
    /// assert_eq!(json["runs"][0]["results"][0]["ruleId"], "shared-address");
    /// assert_eq!(json["runs"][0]["results"][0]["level"], "error");
    /// ```
    pub fn to_sarif(&self) -> sarif::Log {
        let (mut run, results) = self.sarif_parts();
        results.for_each(|r| run.push(r));
        sarif::Log::new(vec![run])
    }

    /// The same log as [`to_sarif`](Self::to_sarif), with each result made as it is written:
    /// a machine of 100,000 listeners is written without holding every result at once.
    ///
    /// ```
    /// use winsock_bind::audit::machine::machine_audit;
    /// use winsock_bind::snapshot::Snapshot;
    /// let mut s = Snapshot::default();
    /// s.add_text("netstat.txt", "  Proto  Local Address  Foreign Address  State  PID\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n").unwrap();
    /// let report = machine_audit(winsock_bind::Era::Win11, &s);
    /// let streamed = serde_json::to_string_pretty(&report.to_sarif_streamed()).unwrap();
    /// assert_eq!(streamed, report.to_sarif().to_json().unwrap());
    /// ```
    pub fn to_sarif_streamed(&self) -> sarif::StreamedLog<impl Iterator<Item = sarif::Result> + '_> {
        let (run, results) = self.sarif_parts();
        sarif::StreamedLog::new(run, results)
    }

    /// The run without results, and the results in order: the live conflicts, then the exposures.
    fn sarif_parts(&self) -> (sarif::Run, impl Iterator<Item = sarif::Result> + '_) {
        let mut rules: Vec<Rule> = LiveKind::ALL.into_iter().map(live_rule).collect();
        rules.extend(super::machine::EXPOSED_THREATS.into_iter().map(exposure_rule));
        let mut run = sarif::Run::new(rules);
        run.properties.extra.insert("era".to_owned(), serde_json::Value::String(self.era.to_string()));
        let unnamed = || "unnamed process".to_owned();
        let mut prints = Vec::new();
        for f in &self.live {
            let process = f.process.clone().unwrap_or_else(unnamed);
            prints.push(vec![
                "machine".to_owned(),
                f.kind.name().to_owned(),
                f.proto.to_string(),
                f.socket.to_string(),
                process,
            ]);
        }
        for e in &self.exposures {
            let process = e.process.clone().unwrap_or_else(unnamed);
            prints.push(vec![
                "machine".to_owned(),
                exposure_id(e.threat),
                e.proto.to_string(),
                e.socket.to_string(),
                process,
            ]);
        }
        let mut live_prints = numbered(prints);
        let exposure_prints = live_prints.split_off(self.live.len());
        let location = |proto: &str, socket: &str, pid: u32| {
            (format!("host/{proto}/{socket}/pid/{pid}"), format!("{} {socket} (PID {pid})", proto.to_uppercase()))
        };
        let live = self.live.iter().zip(live_prints).map(move |(f, print)| {
            let proto = f.proto.to_string();
            let socket = f.socket.to_string();
            let (threat, attacker, evidence) = f.kind.reading();
            let (uri, text) = location(&proto, &socket, f.pid);
            let mut r = sarif::Result::new(f.kind.name(), level(f.severity), &f.summary)
                .with_location(&uri, &text)
                .with_file(&f.origin.file, f.origin.line)
                .with_fingerprint(&print.iter().map(String::as_str).collect::<Vec<_>>())
                .with_property("severity", f.severity)
                .with_property("evidence", evidence)
                .with_property("threat", threat)
                .with_property("attacker", attacker)
                .with_property("pid", f.pid)
                .with_property("others", &f.others);
            if let Some(p) = &f.process {
                r = r.with_property("process", p);
            }
            r
        });
        let exposures = self.exposures.iter().zip(exposure_prints).map(move |(e, print)| {
            let proto = e.proto.to_string();
            let socket = e.socket.to_string();
            let (uri, text) = location(&proto, &socket, e.pid);
            let mut r = sarif::Result::new(&exposure_id(e.threat), level(e.severity), &e.summary)
                .with_location(&uri, &text)
                .with_file(&e.origin.file, e.origin.line)
                .with_fingerprint(&print.iter().map(String::as_str).collect::<Vec<_>>())
                .with_property("severity", e.severity)
                .with_property("evidence", e.evidence)
                .with_property("threat", e.threat)
                .with_property("attacker", e.attacker)
                .with_property("pid", e.pid)
                .with_property("exposedIf", &e.exposed_if)
                .with_property("safeIf", &e.safe_if)
                .with_property("assumption", &e.assumption)
                .with_property("fix", &e.fix);
            if let Some(p) = &e.process {
                r = r.with_property("process", p);
            }
            r
        });
        (run, live.chain(exposures))
    }
}
