//! `audit --format sarif`: the configuration audit's [`Report`] and a machine audit's live
//! conflicts as SARIF 2.1.0 logs, built from the typed [`crate::sarif`] module.
//!
//! One rule per kind of threat, tagged CWE-605 ("Multiple Binds to the Same Port",
//! <https://cwe.mitre.org/data/definitions/605.html>) where another socket shares or sits beneath
//! the server's address; each result's level comes from its severity (the one table of
//! [`Severity::of`]); fingerprints are built from what identifies the finding, never its wording.

use crate::era::Era;
use crate::sarif::{self, Level, Rule};

use super::linux::LinuxReport;
use super::machine::{LiveFinding, LiveKind};
use super::{RangeKind, Report, Severity, Threat};

/// The SARIF level of a severity: high is an error, medium a warning, low a note.
pub fn level(severity: Severity) -> Level {
    match severity {
        Severity::High => Level::Error,
        Severity::Medium => Level::Warning,
        Severity::Low => Level::Note,
    }
}

fn threat_rule(threat: Threat) -> Rule {
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

fn range_rule(kind: RangeKind) -> Rule {
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
    };
    let rule = Rule::new(kind.name(), text).with_level(level(kind.severity()));
    if cwe {
        rule.with_cwe(605)
    } else {
        rule
    }
}

/// A machine audit's live conflicts as a SARIF 2.1.0 log: one rule per [`LiveKind`], one
/// result per finding. The fingerprint is the kind, protocol, socket and holder's PID: two
/// processes sharing one socket give one finding each, and only the PID tells them apart.
///
/// ```
/// use winsock_bind::audit::machine::live_conflicts;
/// use winsock_bind::audit::sarif::machine_sarif;
/// use winsock_bind::snapshot::Snapshot;
/// let mut s = Snapshot::default();
/// s.add_text("netstat.txt", "  Proto  Local Address  Foreign Address  State  PID\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  14\n  TCP    0.0.0.0:9000  0.0.0.0:0  LISTENING  15\n").unwrap();
/// let era = winsock_bind::Era::Win11;
/// let json = serde_json::to_value(machine_sarif(era, &live_conflicts(era, &s))).unwrap();
/// assert_eq!(json["runs"][0]["results"][0]["ruleId"], "shared-address");
/// assert_eq!(json["runs"][0]["results"][0]["level"], "error");
/// ```
pub fn machine_sarif(era: Era, found: &[LiveFinding]) -> sarif::Log {
    let mut run = sarif::Run::new(LiveKind::ALL.into_iter().map(live_rule).collect());
    for f in found {
        let proto = f.proto.to_string();
        let socket = f.socket.to_string();
        let (threat, attacker, evidence) = f.kind.reading();
        let pid = f.pid.to_string();
        run.push(
            sarif::Result::new(f.kind.name(), level(f.severity), &f.summary)
                .with_location(
                    &format!("host/{proto}/{socket}/pid/{pid}"),
                    &format!("{} {socket} (PID {pid})", proto.to_uppercase()),
                )
                .with_fingerprint(&["machine", f.kind.name(), &proto, &socket, &pid])
                .with_property("severity", f.severity)
                .with_property("evidence", evidence)
                .with_property("threat", threat)
                .with_property("attacker", attacker)
                .with_property("pid", f.pid)
                .with_property("others", &f.others),
        );
    }
    run.properties.extra.insert("era".to_owned(), serde_json::Value::String(era.to_string()));
    sarif::Log::new(vec![run])
}
