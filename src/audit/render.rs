//! The report as text for humans: a header saying what was audited and searched, then one block
//! per finding (severity, who, one paragraph, the attack steps, the fix), worst first. JSON comes
//! from serde (`Report::to_json`).

use std::fmt::{self, Write as _};

use super::{Differs, Finding, Report, Severity, Start};
use crate::era::Behaviour;
use crate::evidence::Evidence;

/// Paragraphs wrap at this width.
const WIDTH: usize = 100;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.target;
        writeln!(f, "audit of {}", t.describe())?;
        let admin = if t.account.admin { " (an administrator)" } else { "" };
        writeln!(f, "  account: {}{admin}; start: {}: {}", t.account.name, t.start, start_text(t.start))?;
        let addrs: Vec<String> = self.host_addresses.iter().map(ToString::to_string).collect();
        writeln!(f, "  host addresses: {}", addrs.join(", "))?;
        let who: Vec<&str> = self.attackers.iter().map(|a| a.label()).collect();
        writeln!(f, "  searched: attacks of up to {} calls by {}", self.max_calls, who.join(", "))?;
        for finding in &self.findings {
            writeln!(f)?;
            finding_block(f, finding)?;
        }
        for p in &self.port_findings {
            writeln!(f)?;
            writeln!(
                f,
                "{} {} ({}): port range; evidence: {}",
                p.severity.to_string().to_uppercase(),
                p.id,
                p.socket,
                p.evidence
            )?;
            for line in wrap(&p.summary, WIDTH - 2) {
                writeln!(f, "  {line}")?;
            }
        }
        if self.findings.is_empty() {
            writeln!(f)?;
            writeln!(f, "No finding: no attack of up to {} calls steals, shadows, blocks or lingers.", self.max_calls)?;
        }
        if let Some(d) = &self.other_behaviour {
            differs_block(f, d, t.behaviour)?;
        }
        writeln!(f)?;
        let count = |s: Severity| {
            self.findings.iter().filter(|x| x.severity == s).count()
                + self.port_findings.iter().filter(|x| x.severity == s).count()
        };
        let n = self.findings.len() + self.port_findings.len();
        write!(
            f,
            "{n} finding{}: {} high, {} medium, {} low.",
            if n == 1 { "" } else { "s" },
            count(Severity::High),
            count(Severity::Medium),
            count(Severity::Low)
        )?;
        let shown = n + self.other_behaviour.as_ref().map_or(0, |d| d.findings.len());
        if shown > 0 {
            write!(f, " Each attack shown replays as a scenario whose every expectation holds (--emit-attack DIR).")?;
        }
        writeln!(f)
    }
}

fn start_text(s: Start) -> &'static str {
    match s {
        Start::First => "binds before other programs and is not restarted while they run",
        Start::Restarts => "binds first but is restarted while other programs run",
        Start::Late => "other programs may run (and bind) before it, and it may restart",
    }
}

fn differs_block(f: &mut fmt::Formatter<'_>, d: &Differs, given: Behaviour) -> fmt::Result {
    writeln!(f)?;
    let note = match d.behaviour {
        Behaviour::Documented => "what Microsoft's documents predict and current Windows does not do",
        Behaviour::Observed => "what current Windows does and the documents do not say",
    };
    if d.findings.is_empty() {
        return writeln!(f, "Under {} behaviour ({note}): no other finding.", d.behaviour);
    }
    writeln!(
        f,
        "Only under {} behaviour ({note}; not counted by --fail-on, the answer given is {given}):",
        d.behaviour
    )?;
    for finding in &d.findings {
        writeln!(f)?;
        finding_block(f, finding)?;
    }
    Ok(())
}

fn finding_block(f: &mut fmt::Formatter<'_>, x: &Finding) -> fmt::Result {
    let others: Vec<&str> = x.attackers.iter().filter(|a| **a != x.attacker).map(|a| a.label()).collect();
    let also = if others.is_empty() { String::new() } else { format!(" (also {})", others.join(", ")) };
    let evidence = match x.evidence {
        Evidence::Documented | Evidence::Observed => x.evidence.to_string(),
        Evidence::Extrapolated => "EXTRAPOLATED, no public source confirms every step".to_owned(),
    };
    writeln!(
        f,
        "{} {} ({}): by {}{also}; evidence: {evidence}",
        x.severity.to_string().to_uppercase(),
        x.id,
        x.socket,
        x.attacker.label()
    )?;
    let mut paragraph = x.summary.clone();
    let _ = write!(paragraph, " {}", behaviour_sentence(x));
    for line in wrap(&paragraph, WIDTH - 2) {
        writeln!(f, "  {line}")?;
    }
    writeln!(f, "  attack ({} call{} by the attacker):", x.calls, if x.calls == 1 { "" } else { "s" })?;
    for step in &x.attack {
        let label = step.number.map_or_else(|| "    ".to_owned(), |n| format!("{n:>4}"));
        writeln!(f, "  {label}  {:<8}  {} -> {}", step.actor.to_string(), step.call, step.outcome)?;
    }
    match &x.fix {
        Some(fix) if fix.verified => writeln!(f, "  fix: {} -- fixed: verified", fix.change)?,
        Some(fix) => {
            let still: Vec<&str> = fix.remaining.iter().map(|a| a.label()).collect();
            let gone: Vec<&str> =
                x.attackers.iter().filter(|a| !fix.remaining.contains(a)).map(|a| a.label()).collect();
            writeln!(f, "  fix: no single-change fix found")?;
            let text = format!(
                "partial: {}. Verified: after it {} can no longer do this; {} still can.",
                fix.change,
                and_list(&gone),
                and_list(&still)
            );
            for line in wrap(&text, WIDTH - 4) {
                writeln!(f, "    {line}")?;
            }
        }
        None if x.mitigation.is_some() => {}
        None => writeln!(f, "  fix: no single-change fix found")?,
    }
    if let Some(m) = &x.mitigation {
        for (i, line) in wrap(&format!("fix: {m}."), WIDTH - 4).into_iter().enumerate() {
            writeln!(f, "  {}{line}", if i == 0 { "" } else { "  " })?;
        }
    }
    if let Some(code) = x.fix.as_ref().and_then(|f| f.code.as_ref()) {
        writeln!(f, "  in {}:", code.runtime)?;
        for line in code.text.lines() {
            writeln!(f, "    {line}")?;
        }
    }
    if let Some(fix) = x.fix.as_ref().filter(|f| !f.introduces.is_empty()) {
        let t: Vec<String> = fix.introduces.iter().map(ToString::to_string).collect();
        writeln!(f, "  note: after that change the search finds {} (a side effect)", t.join(", "))?;
    }
    if !x.fixes_tried.is_empty() {
        writeln!(f, "  tried, attack remains:")?;
        for change in &x.fixes_tried {
            writeln!(f, "    - {change}")?;
        }
    }
    Ok(())
}

fn behaviour_sentence(x: &Finding) -> String {
    let rests = match x.behaviour {
        Behaviour::Documented => "Answered as Microsoft documents it",
        Behaviour::Observed => "Answered as current Windows behaves",
    };
    match &x.other_behaviour {
        None => format!("{rests}."),
        // "The same answer" only where the other behaviour's answer rests on what that
        // behaviour claims: a documented answer decided by an extrapolated rule is our reading.
        Some(o) if o.holds => match (o.evidence, o.behaviour) {
            (Some(Evidence::Documented) | None, _) | (Some(Evidence::Observed), Behaviour::Observed) => {
                format!("{rests}; {} behaviour gives the same answer.", o.behaviour)
            }
            (Some(e @ (Evidence::Observed | Evidence::Extrapolated)), _) => format!(
                "{rests}; the same attack also works under {} behaviour, but there it rests on an {e} answer, not on a document.",
                o.behaviour
            ),
        },
        Some(o) => match &o.answer {
            Some(a) => format!("{rests}; {} behaviour differs: {a}.", o.behaviour),
            None => format!("{rests}; {} behaviour differs.", o.behaviour),
        },
    }
}

/// Greedy word wrap; words longer than the width stand alone.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
