//! The diagnosis as text, JSON and SARIF.

use std::fmt;

use super::{CauseKind, Diagnosis, Verdict};
use crate::sarif::{self, Level, Rule};
use crate::text::escape_lines;

/// The text a user reads. Names the snapshot carried (processes, services, URLs) can hold
/// control characters and bidirectional overrides; they are escaped here, so that a caller who
/// prints the diagnosis sends none of them to a terminal raw ([`escape_lines`]).
impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        self.write_text(&mut text)?;
        f.write_str(&escape_lines(&text))
    }
}

impl Diagnosis {
    /// The text before escaping.
    fn write_text(&self, f: &mut String) -> fmt::Result {
        use fmt::Write as _;
        writeln!(f, "doctor: {} on {}", self.bind, self.era)?;
        // The holder of the headline's refusal, when it is a process.
        let from = match self.causes.first() {
            Some(c) if c.assumption.is_none() && c.error.is_some() => match (c.pid, &c.process) {
                (Some(pid), Some(name)) => format!(" from PID {pid} ({name})"),
                (Some(pid), None) => format!(" from PID {pid}"),
                (None, _) => String::new(),
            },
            Some(_) | None => String::new(),
        };
        match self.verdict {
            Verdict::Error(e) => writeln!(f, "verdict: the bind fails with {e}{from}")?,
            // Causes that need an unusual setting are not warnings about the headline.
            Verdict::Success if self.causes.iter().all(|c| c.assumption.is_some()) => {
                writeln!(f, "verdict: the bind succeeds")?;
            }
            Verdict::Success => writeln!(f, "verdict: the bind succeeds, with warnings")?,
            Verdict::Depends => writeln!(f, "verdict: depends on what the snapshot cannot show")?,
        }
        for a in &self.unless {
            let then = match a.verdict {
                Verdict::Error(e) => format!("it fails with {e} (rule {})", a.rule),
                Verdict::Success => "it succeeds".to_owned(),
                Verdict::Depends => "it depends".to_owned(),
            };
            writeln!(f, "  unless {}: then {then}", a.assumption)?;
        }
        for a in &self.alternatives {
            let verdict = match a.verdict {
                Verdict::Error(e) => e.to_string(),
                Verdict::Success | Verdict::Depends => a.verdict.to_string(),
            };
            writeln!(f, "  - {verdict} (rule {}) when {}", a.rule, a.assumption)?;
        }
        for (n, c) in self.causes.iter().enumerate() {
            writeln!(f)?;
            let holder = match (c.pid, &c.process) {
                (Some(pid), Some(name)) => format!("PID {pid} ({name})"),
                (Some(pid), None) => format!("PID {pid} (process name unknown: add tasklist /svc)"),
                (None, _) => "no process".to_owned(),
            };
            let services =
                if c.services.is_empty() { String::new() } else { format!(", services {}", c.services.join(", ")) };
            let error = c.error.as_deref().map_or_else(|| "warning".to_owned(), |e| e.to_owned());
            writeln!(
                f,
                "{}. [{}] {error}: {holder}{services} at {}{}",
                n + 1,
                c.kind.name(),
                c.address.as_deref().unwrap_or("-"),
                c.origin.as_deref().map_or_else(String::new, |o| format!(" ({o})"))
            )?;
            writeln!(f, "   rule {} ({})", c.rule, c.evidence)?;
            if let Some(a) = &c.assumption {
                writeln!(f, "   assuming {a}")?;
            }
            writeln!(f, "   {}", c.explanation)?;
            if c.fixes.is_empty() {
                writeln!(f, "   fixes: none found that a replay confirms")?;
            } else {
                writeln!(f, "   fixes, narrowest first (the program, then one other program or service, then the whole machine):")?;
            }
            for fix in &c.fixes {
                writeln!(f, "   - {} [{}]", fix.text, fix.check)?;
                for cmd in &fix.commands {
                    writeln!(f, "       {cmd}")?;
                }
            }
        }
        if !self.reductions.is_empty() {
            writeln!(f)?;
        }
        for r in &self.reductions {
            writeln!(
                f,
                "reduced: {} {}; PIDs {} were replayed, and the {} others (PIDs {}) meet the bind as the last of \
                 these does, so their causes are not listed",
                r.listeners,
                r.facts,
                pid_list(&r.replayed, usize::MAX),
                r.omitted.len(),
                pid_list(&r.omitted, 8)
            )?;
        }
        if !self.unknowns.is_empty() {
            writeln!(f)?;
            for u in &self.unknowns {
                writeln!(f, "unknown: {u}")?;
            }
        }
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        Ok(())
    }
}

/// `1, 2 and 3`, or the first `max` and how many more.
fn pid_list(pids: &[u32], max: usize) -> String {
    let words: Vec<String> = pids.iter().take(max).map(ToString::to_string).collect();
    match pids.len().checked_sub(max) {
        Some(more) if more > 0 => format!("{} and {more} more", words.join(", ")),
        Some(_) | None => match words.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            Some(_) | None => words.concat(),
        },
    }
}

impl Diagnosis {
    /// The diagnosis as pretty JSON: `{"schema_version": 1, "verdict": ..., "causes": [...],
    /// "alternatives": [...], ...}`.
    ///
    /// # Errors
    /// Only if serde_json fails, which a diagnosis (strings, numbers, lists) does not make it do.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// The diagnosis as a SARIF 2.1.0 log: one rule per kind of cause, one result per cause.
    pub fn to_sarif(&self) -> sarif::Log {
        let mut run = sarif::Run::new(rules());
        for c in &self.causes {
            let level = match c.kind {
                CauseKind::Shadow | CauseKind::CertificateMismatch => Level::Warning,
                CauseKind::HttpSys
                | CauseKind::System
                | CauseKind::Listener
                | CauseKind::ExcludedRange
                | CauseKind::Ephemeral
                | CauseKind::Option => Level::Error,
            };
            let level = if c.assumption.is_some() && level == Level::Error { Level::Warning } else { level };
            let address = c.address.clone().unwrap_or_default();
            let holder = c.process.clone().unwrap_or_default();
            let text = format!(
                "{}{}: {}",
                c.error.as_deref().map_or_else(String::new, |e| format!("{e} for {}. ", self.bind)),
                c.kind.name(),
                c.explanation
            );
            let mut r = sarif::Result::new(c.kind.name(), level, &text)
                .with_location(&format!("host/{}", address), &address)
                // The process id changes across boots; the image name and address do not.
                .with_fingerprint(&[c.kind.name(), &self.bind, &address, &holder, &c.rule])
                .with_property("evidence", c.evidence)
                .with_property("rule", &c.rule)
                .with_property("pid", c.pid)
                .with_property("fixes", &c.fixes);
            if let Some(origin) = &c.origin {
                if let Some((file, line)) = origin.rsplit_once(':') {
                    r = r.with_file(file, line.parse().unwrap_or(1));
                }
            }
            if let Some(a) = &c.assumption {
                r = r.with_property("assumption", a);
            }
            run.push(r);
        }
        run.properties.extra.insert("era".to_owned(), serde_json::Value::String(self.era.to_string()));
        run.properties.extra.insert("verdict".to_owned(), serde_json::Value::String(self.verdict.to_string()));
        sarif::Log::new(vec![run])
    }
}

/// One SARIF rule per kind of cause; CWE-605 (Multiple Binds to the Same Port) where another
/// socket shares or sits beneath the program's address.
fn rules() -> Vec<Rule> {
    let kinds = [
        (CauseKind::HttpSys, "HTTP.sys (the kernel, PID 4) holds the port for a registered URL", None, Level::Error),
        (CauseKind::System, "A kernel socket (PID 4) holds the port", None, Level::Error),
        (CauseKind::Listener, "Another process's socket holds the port", Some(605), Level::Error),
        (CauseKind::ExcludedRange, "The port is inside an excluded port range", None, Level::Error),
        (CauseKind::Ephemeral, "Another process holds a port of the dynamic range", None, Level::Error),
        (
            CauseKind::Shadow,
            "Another socket takes some of the traffic for the program's address",
            Some(605),
            Level::Warning,
        ),
        (CauseKind::Option, "The program's socket option cannot be set on this Windows", None, Level::Error),
        (
            CauseKind::CertificateMismatch,
            "HTTPS bindings for 0.0.0.0 and [::] carry different certificates",
            None,
            Level::Warning,
        ),
    ];
    kinds
        .into_iter()
        .map(|(kind, text, cwe, level)| {
            let rule = Rule::new(kind.name(), text).with_level(level);
            match cwe {
                Some(n) => rule.with_cwe(n),
                None => rule,
            }
        })
        .collect()
}
