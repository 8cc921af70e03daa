//! The scan report as text for people and as SARIF 2.1.0 for code scanning (a result at each
//! finding's source line and column). JSON comes from serde ([`ScanReport::to_json`]).

use std::fmt;

use super::ScanReport;
use crate::audit::render::wrap;
use crate::audit::sarif::{level, range_rule, threat_rule};
use crate::audit::{RangeKind, Severity, Threat};
use crate::sarif::{self, Level, Rule};

/// Paragraphs wrap at this width.
const WIDTH: usize = 100;

impl fmt::Display for ScanReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let skipped: usize = self.skipped.values().sum();
        let why: Vec<String> = self.skipped.iter().map(|(k, n)| format!("{n} {}", k.name())).collect();
        write!(f, "scan of {} file{} on {}", self.files, if self.files == 1 { "" } else { "s" }, self.era)?;
        if skipped > 0 {
            write!(f, " ({skipped} skipped: {})", why.join(", "))?;
        }
        writeln!(f)?;
        for site in &self.sites {
            writeln!(f)?;
            writeln!(
                f,
                "{}:{}:{}  {} {}  {}",
                site.file,
                site.line,
                site.column,
                site.language,
                site.runtime,
                site.describe()
            )?;
            let mine = self.findings.iter().filter(|x| x.file == site.file && x.line == site.line);
            let mut any = false;
            for x in mine {
                any = true;
                writeln!(
                    f,
                    "  {} {} by {}; evidence: {}",
                    x.severity.to_string().to_uppercase(),
                    x.rule,
                    x.attacker.label(),
                    x.evidence
                )?;
                for line in wrap(&x.summary, WIDTH - 4) {
                    writeln!(f, "    {line}")?;
                }
                if let Some(fix) = &x.fix {
                    let verified = if fix.verified { "verified" } else { "partial" };
                    writeln!(f, "    fix ({verified}): {}", fix.change)?;
                    if let Some(code) = &fix.code {
                        writeln!(f, "    in {}:", code.runtime)?;
                        for line in code.text.lines() {
                            writeln!(f, "      {line}")?;
                        }
                    }
                }
                if let Some(m) = &x.mitigation {
                    for line in wrap(m, WIDTH - 4) {
                        writeln!(f, "    {line}")?;
                    }
                }
            }
            for e in self.errors.iter().filter(|e| e.file == site.file && e.line == site.line) {
                any = true;
                writeln!(f, "  not audited: {}", e.message)?;
            }
            if !any {
                writeln!(f, "  no finding")?;
            }
        }
        if !self.unrecognised.is_empty() {
            writeln!(f)?;
            writeln!(f, "unrecognised (not followed, not guessed):")?;
            for u in &self.unrecognised {
                writeln!(f, "  {}:{}  {}", u.file, u.line, u.what)?;
            }
        }
        writeln!(f)?;
        let count = |s: Severity| self.findings.iter().filter(|x| x.severity == s).count();
        writeln!(
            f,
            "{} site{}, {} finding{} ({} high, {} medium, {} low), {} unrecognised.",
            self.sites.len(),
            if self.sites.len() == 1 { "" } else { "s" },
            self.findings.len(),
            if self.findings.len() == 1 { "" } else { "s" },
            count(Severity::High),
            count(Severity::Medium),
            count(Severity::Low),
            self.unrecognised.len()
        )
    }
}

/// The rule id of constructs the scan sees and cannot follow.
const UNRECOGNISED: &str = "unrecognised";

impl ScanReport {
    /// The report as a SARIF 2.1.0 log: the audit's rules (one per threat and port range) and
    /// `unrecognised`; one result per finding and per unrecognised construct, each at its file,
    /// line and column, so code scanning annotates the line that binds.
    ///
    /// ```
    /// use winsock_bind::scan::{self, Language};
    /// let found = scan::scan_source("srv.go", Language::Go, "package main\nimport \"net\"\nfunc main() { net.Listen(\"tcp\", \":8080\") }\n");
    /// let log = scan::audit_found(found, winsock_bind::Era::Win11).to_sarif();
    /// let json = serde_json::to_value(log).unwrap();
    /// let region = &json["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    /// assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(3), Some(15)));
    /// ```
    pub fn to_sarif(&self) -> sarif::Log {
        let mut rules: Vec<Rule> = Threat::ALL.into_iter().map(threat_rule).collect();
        rules.extend([RangeKind::ExcludedRange, RangeKind::DynamicRange].map(range_rule));
        rules.push(
            Rule::new(UNRECOGNISED, "A socket set-up the scan sees but cannot follow; review it by hand")
                .with_level(Level::Note),
        );
        let mut run = sarif::Run::new(rules);
        for x in &self.findings {
            let site = self.sites.iter().find(|s| s.file == x.file && s.line == x.line);
            let describe = site.map(super::Site::describe).unwrap_or_default();
            let mut r = sarif::Result::new(&x.rule, level(x.severity), &x.summary)
                .with_region(&x.file, x.line, x.column)
                .with_fingerprint(&["scan", &x.rule, &x.file, &describe])
                .with_property("severity", x.severity)
                .with_property("evidence", x.evidence)
                .with_property("attacker", x.attacker)
                .with_property("site", &describe);
            if let Some(fix) = &x.fix {
                r = r.with_property("fix", fix);
            }
            if let Some(m) = &x.mitigation {
                r = r.with_property("mitigation", m);
            }
            if !x.holds_if.is_empty() {
                r = r.with_property("holdsIf", &x.holds_if);
            }
            run.push(r);
        }
        for u in &self.unrecognised {
            run.push(
                sarif::Result::new(UNRECOGNISED, Level::Note, &format!("Not followed by the scan: {}", u.what))
                    .with_file(&u.file, u.line)
                    .with_fingerprint(&["scan", UNRECOGNISED, &u.file, &u.what])
                    .with_property("evidence", crate::Evidence::Extrapolated),
            );
        }
        run.properties.extra.insert("era".to_owned(), serde_json::Value::String(self.era.to_string()));
        sarif::Log::new(vec![run])
    }
}
