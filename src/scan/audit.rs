//! Each site becomes one or more configurations of the existing audit ([`crate::audit::audit`]):
//! the runtime's options plus the code's, on the site's address and port. `scan` adds no rule
//! of its own: the findings, their severity, evidence and verified fixes are the audit's.
//!
//! What the code leaves unknown is audited under every possibility: an unknown address as the
//! wildcard and a specific address of each family it may have, an unknown option value as on
//! and off. A finding then says under which possibilities it holds (`holds_if`); one that holds
//! under all of them has an empty `holds_if`. An unknown port is audited on a stand-in port
//! ([`STAND_IN_PORT`]): the threats do not depend on the port number, only the port-range
//! findings do, and those need the real port.

use std::collections::HashMap;
use std::net::IpAddr;

use serde::Serialize;

use super::site::{Addrs, Opt, Setup, Site, ANY4, ANY6};
use crate::audit::{self, Account, Attacker, AuditError, Fix, Report, Severity, Target, Threat};
use crate::endpoint::{Endpoint, Family};
use crate::era::Era;
use crate::evidence::Evidence;
use crate::options::ReuseMode;
use crate::program::ServerSocket;

/// The port an unknown port is audited on.
pub const STAND_IN_PORT: u16 = 5150;

/// What to do about a finding on an HTTP.sys endpoint, whose socket the program does not own.
const HTTP_SYS: &str = "HTTP.sys owns this socket (the kernel, as SYSTEM), so no socket option is the program's to set: `netsh http add iplisten ipaddress=ADDRESS` limits HTTP.sys to the addresses clients use, and `netsh http show servicestate` lists what is registered on the port.";

/// A finding of the audit, at the line of the site it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanFinding {
    /// The file.
    pub file: String,
    /// The site's line.
    pub line: usize,
    /// The site's column.
    pub column: usize,
    /// The rule: the threat (`steal`, `shadow`, `block`, `linger`) or the port range
    /// (`dynamic-range`, `excluded-range`).
    pub rule: String,
    /// The threat.
    pub threat: Threat,
    /// How bad it is (the audit's one table).
    pub severity: Severity,
    /// The most worrying attacker that can do it.
    pub attacker: Attacker,
    /// What the answer rests on.
    pub evidence: Evidence,
    /// One paragraph: the audit's, and under which possibilities it holds where the code
    /// leaves something unknown.
    pub summary: String,
    /// The smallest verified fix, written in the file's runtime where the audit knows its API.
    pub fix: Option<Fix>,
    /// Where no socket option removes it: what to do instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mitigation: Option<String>,
    /// The possibilities (of what the code leaves unknown) under which it holds; empty: it
    /// holds whatever they are.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holds_if: Vec<String>,
}

/// A site the audit cannot examine (e.g. SO_EXCLUSIVEADDRUSE on an era without it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteError {
    /// The file.
    pub file: String,
    /// The site's line.
    pub line: usize,
    /// Why, in the audit's words.
    pub message: String,
}

/// One configuration to audit and the possibilities it stands for (empty: nothing unknown).
struct Possibility {
    words: Vec<String>,
    target: Target,
    port_known: bool,
}

fn values(opt: Opt) -> Vec<(bool, Option<&'static str>)> {
    match opt {
        Opt::Default(v) | Opt::Set(v) => vec![(v, None)],
        Opt::Unknown => vec![(false, Some("off")), (true, Some("on"))],
    }
}

/// Every configuration the site may be.
fn possibilities(setup: &Setup, era: Era) -> Vec<Possibility> {
    let addr_sets: Vec<(Vec<IpAddr>, Option<String>)> = match &setup.addrs {
        Addrs::Known(ips) => vec![(ips.clone(), None)],
        Addrs::Unknown => {
            let v4 = [ANY4, IpAddr::from([10, 0, 0, 1])];
            let v6 = [ANY6, IpAddr::from([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])];
            let ips: Vec<IpAddr> = match setup.family {
                Some(Family::V4) => v4.to_vec(),
                Some(Family::V6) => v6.to_vec(),
                None => v4.iter().chain(v6.iter()).copied().collect(),
            };
            ips.into_iter().map(|ip| (vec![ip], Some(format!("address {ip}")))).collect()
        }
    };
    let port = setup.port.unwrap_or(STAND_IN_PORT);
    let mut out = Vec::new();
    for (ips, addr_word) in &addr_sets {
        for (reuse, reuse_word) in values(setup.reuse) {
            for (exclusive, excl_word) in values(setup.exclusive) {
                // Both on cannot be: the second setsockopt fails.
                if reuse && exclusive {
                    continue;
                }
                let v6_matters = ips.iter().any(IpAddr::is_ipv6);
                let v6_values = if v6_matters { values(setup.v6only) } else { vec![(true, None)] };
                for (v6only, v6_word) in v6_values {
                    let mode = if exclusive {
                        ReuseMode::Exclusive
                    } else if reuse {
                        ReuseMode::ReuseAddr
                    } else {
                        ReuseMode::Default
                    };
                    let sockets = ips
                        .iter()
                        .map(|ip| ServerSocket { endpoint: Endpoint::new(*ip, port), mode, v6only })
                        .collect();
                    let mut words: Vec<String> = addr_word.iter().cloned().collect();
                    words.extend(reuse_word.map(|w| format!("SO_REUSEADDR {w}")));
                    words.extend(excl_word.map(|w| format!("SO_EXCLUSIVEADDRUSE {w}")));
                    words.extend(v6_word.map(|w| format!("IPV6_V6ONLY {w}")));
                    let kernel = setup.runtime == super::site::Runtime::HttpSys;
                    let target = Target {
                        proto: setup.proto,
                        sockets,
                        account: if kernel {
                            Account { name: "SYSTEM".to_owned(), admin: true }
                        } else {
                            Account { name: audit::DEFAULT_ACCOUNT.to_owned(), admin: false }
                        },
                        preset: setup.runtime.preset(),
                        ..Target::new(era, Endpoint::new(ANY4, port))
                    };
                    out.push(Possibility { words, target, port_known: setup.port.is_some() });
                }
            }
        }
    }
    out
}

/// Audits each site; reports of equal configurations are shared.
pub(crate) fn audit_sites(sites: &[Site], era: Era) -> (Vec<ScanFinding>, Vec<SiteError>) {
    let mut memo: HashMap<Target, Result<Report, AuditError>> = HashMap::new();
    let mut findings = Vec::new();
    let mut errors = Vec::new();
    for site in sites {
        let all = possibilities(&site.setup, era);
        let several = all.len() > 1;
        // (rule) -> the worst finding and the possibilities it holds under.
        let mut merged: Vec<(ScanFinding, Vec<String>)> = Vec::new();
        for p in &all {
            let report = memo.entry(p.target.clone()).or_insert_with(|| audit::audit(&p.target));
            let report = match report {
                Ok(r) => r,
                Err(e) => {
                    let message =
                        if p.words.is_empty() { e.to_string() } else { format!("{} ({})", e, p.words.join(", ")) };
                    errors.push(SiteError { file: site.file.clone(), line: site.line, message });
                    continue;
                }
            };
            let winsock = site.setup.runtime == super::site::Runtime::Winsock;
            let mut found: Vec<ScanFinding> = report
                .findings
                .iter()
                .map(|f| ScanFinding {
                    file: site.file.clone(),
                    line: site.line,
                    column: site.column,
                    rule: f.threat.to_string(),
                    threat: f.threat,
                    severity: f.severity,
                    attacker: f.attacker,
                    evidence: f.evidence,
                    summary: f.summary.clone(),
                    // Winsock is no preset: its code comes from the audit's Winsock wording.
                    fix: f.fix.clone().map(|mut fix| {
                        if winsock && fix.code.is_none() {
                            fix.code = audit::winsock_fix_code(fix.kind, f.socket.addr.family());
                        }
                        fix
                    }),
                    mitigation: if site.setup.runtime == super::site::Runtime::HttpSys {
                        Some(HTTP_SYS.to_owned())
                    } else {
                        f.mitigation.clone()
                    },
                    holds_if: Vec::new(),
                })
                .collect();
            if p.port_known {
                found.extend(report.port_findings.iter().map(|f| ScanFinding {
                    file: site.file.clone(),
                    line: site.line,
                    column: site.column,
                    rule: f.id.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('-').to_owned(),
                    threat: Threat::Block,
                    severity: f.severity,
                    attacker: Attacker::OtherAccount,
                    evidence: f.evidence,
                    summary: f.summary.clone(),
                    fix: None,
                    mitigation: None,
                    holds_if: Vec::new(),
                }));
            }
            for f in found {
                let label = p.words.join(", ");
                match merged.iter_mut().find(|(m, _)| m.rule == f.rule) {
                    Some((m, labels)) => {
                        labels.push(label);
                        if f.severity > m.severity {
                            *m = f;
                        }
                    }
                    None => merged.push((f, vec![label])),
                }
            }
        }
        for (mut f, labels) in merged {
            if several && labels.len() < all.len() {
                f.holds_if = labels;
            }
            if several {
                let under: Vec<String> = all.iter().map(|p| p.words.join(", ")).collect();
                let holds = if f.holds_if.is_empty() {
                    "under every one".to_owned()
                } else {
                    format!("only with {}", f.holds_if.join("; "))
                };
                let port = if site.port.is_none() {
                    format!(" on port {STAND_IN_PORT} (the threats do not depend on the port number)")
                } else {
                    String::new()
                };
                f.summary = format!(
                    "The code leaves {} unknown; audited under each possibility ({}){port}, this holds {holds}. {}",
                    unknown_words(site),
                    under.join("; "),
                    f.summary
                );
            } else if site.port.is_none() {
                f.summary = format!(
                    "The port is unknown; audited on port {STAND_IN_PORT} (the threats do not depend on the port number). {}",
                    f.summary
                );
            }
            findings.push(f);
        }
    }
    findings.sort_by(|a, b| {
        (a.file.as_str(), a.line, std::cmp::Reverse(a.severity), a.rule.as_str()).cmp(&(
            b.file.as_str(),
            b.line,
            std::cmp::Reverse(b.severity),
            b.rule.as_str(),
        ))
    });
    (findings, errors)
}

fn unknown_words(site: &Site) -> String {
    let words: Vec<&str> = site.unknown.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => format!("the {one}"),
        [init @ .., last] => format!("the {} and {last}", init.join(", ")),
    }
}
