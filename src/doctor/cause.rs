//! The causes of a refusal, a shadow and a certificate mismatch, each with the rule, the holder
//! and the fixes the replay checked.

use super::*;

/// The causes of a refusal: the one the replay met, then those met after removing it.
pub(super) fn refusal_causes(full: &Snapshot, f: &Snapshot, req: &Request, w: &World) -> Vec<Cause> {
    let mut out = Vec::new();
    let mut snap = f.clone();
    let mut outcome = w.outcome.clone();
    // Removing a holder and replaying finds the next one; a few rounds cover real machines.
    // Each cause's fixes are checked on the whole machine (`full`), not on the snapshot with
    // the causes before it removed: a fix must work by itself.
    for _ in 0..4 {
        let Some(d) = outcome.refusal else { break };
        let cause = refusal_cause(full, &snap, req, &d, outcome.holder);
        let Some(cause) = cause else { break };
        out.push(cause);
        match outcome.holder {
            Some(i) => {
                let pid = snap.listeners[i].pid;
                snap.listeners.retain(|l| l.pid != pid);
            }
            None if matches!(d.reason, Reason::ExcludedPortRange | Reason::AdministeredExclusionReuse) => {
                for s in &mut snap.excluded {
                    s.ranges.retain(|r| !r.range.contains(req.port()));
                }
            }
            None => break,
        }
        let assumed: Vec<(usize, Assume)> = Vec::new();
        outcome = match snap.host(req.era, assume_for(&assumed, &snap)) {
            Ok(mut sh) => replay(&mut sh, req),
            Err(_) => break,
        };
    }
    out
}

fn refusal_cause(
    full: &Snapshot,
    snap: &Snapshot,
    req: &Request,
    d: &Decision,
    holder: Option<usize>,
) -> Option<Cause> {
    let error = d.error()?;
    let port = req.port();
    let attempt = d.attempt.unwrap_or_else(|| req.sockets[0].endpoint);
    let (kind, pid, l) = match holder {
        Some(i) => {
            let l = &snap.listeners[i];
            let kind = if l.pid == KERNEL_PID {
                if snap.http_urls_on(port).next().is_some() {
                    CauseKind::HttpSys
                } else {
                    CauseKind::System
                }
            } else if dynamic_range(snap, req.era, req.proto).contains(port) && l.state != ListenState::Listen {
                CauseKind::Ephemeral
            } else {
                CauseKind::Listener
            };
            (kind, Some(l.pid), Some(l))
        }
        None => match d.reason {
            Reason::ExcludedPortRange | Reason::AdministeredExclusionReuse => (CauseKind::ExcludedRange, None, None),
            _ => (CauseKind::Option, None, None),
        },
    };
    let names: Vec<(SocketId, String)> = match (d.against, l) {
        (Some(b), Some(l)) => vec![(b.socket, holder_name(snap, l))],
        (Some(_) | None, _) => Vec::new(),
    };
    let rule_sentence = explain(d, &names);
    let explanation = match kind {
        CauseKind::HttpSys => {
            let urls: Vec<&str> = snap.http_urls_on(port).map(|u| u.url.as_str()).collect();
            format!(
                "HTTP.sys, in the kernel (PID 4, SYSTEM, no socket options), listens on {} because {} {} registered \
                 on port {port}. {}.",
                l.map_or_else(String::new, |l| l.endpoint.to_string()),
                urls.join(", "),
                if urls.len() == 1 { "is" } else { "are" },
                capitalise(&rule_sentence)
            )
        }
        CauseKind::System => format!(
            "PID 4 is the kernel: HTTP.sys (ports with registered URLs) or SMB (445, 139) listen there, as SYSTEM with \
             no socket options. {}.",
            capitalise(&rule_sentence)
        ),
        CauseKind::Listener => format!("{}.", capitalise(&rule_sentence)),
        CauseKind::Ephemeral => format!(
            "{}. Port {port} lies in the dynamic port range, which the holder's bind to port 0 (or a program that picks \
             random ports itself, as the DNS server does since MS08-037) can take before the program starts.",
            capitalise(&rule_sentence)
        ),
        CauseKind::ExcludedRange => format!(
            "{}. Nothing listens on port {port}: the range is reserved ({}).",
            capitalise(&rule_sentence),
            match d.ports.and_then(|r| excluded_admin(snap, r)) {
                Some(true) => "an administrator added it with netsh int ipv4 add excludedportrange",
                Some(false) | None => "by the system: Hyper-V, WSL2, Docker Desktop or WinNAT reserve such blocks at boot",
            }
        ),
        CauseKind::Option => format!("{}.", capitalise(&rule_sentence)),
        CauseKind::Shadow | CauseKind::CertificateMismatch => String::new(),
    };
    let mut cause = Cause {
        kind,
        pid,
        process: pid.and_then(|p| snap.process_name(p)).map(str::to_owned),
        services: pid.and_then(|p| snap.processes.get(&p)).map(|p| p.services.clone()).unwrap_or_default(),
        address: Some(l.map_or(attempt, |l| l.endpoint).to_string()),
        origin: match (l, kind) {
            (Some(l), _) => Some(l.origin.to_string()).filter(|o| !o.starts_with(':')),
            // No socket holds the port: the excluded ranges' listing shows why.
            (None, CauseKind::ExcludedRange) => full
                .files
                .iter()
                .find(|(_, k)| *k == crate::snapshot::Kind::ExcludedPorts)
                .map(|(name, _)| format!("{name}:1")),
            (None, _) => None,
        },
        error: Some(error.name().to_owned()),
        rule: rule_name(d.reason),
        evidence: d.evidence(),
        explanation,
        assumption: None,
        fixes: Vec::new(),
    };
    cause.fixes = fix::fixes(full, req, &cause, d);
    Some(cause)
}

fn excluded_admin(snap: &Snapshot, r: crate::ports::PortRange) -> Option<bool> {
    snap.excluded.iter().flat_map(|s| &s.ranges).find(|e| e.range == r).map(|e| e.administered)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

pub(super) fn shadow_cause(
    full: &Snapshot,
    snap: &Snapshot,
    req: &Request,
    l: &Listener,
    to: SocketAddr,
    receivers: &Receivers,
) -> Cause {
    let who = holder_name(snap, l);
    let (rule, evidence, how) = match receivers {
        Receivers::Undetermined(_) => (
            "R4 undetermined".to_owned(),
            crate::rules::delivery::DeliveryRule::Undetermined.evidence(),
            format!("shares {to} with the program: which socket receives is undetermined"),
        ),
        Receivers::One(_) | Receivers::Every(_) | Receivers::Nobody => (
            "R2 most-specific".to_owned(),
            crate::rules::delivery::DeliveryRule::MostSpecific.evidence(),
            format!("listens on {} beneath the program's wildcard and receives what is sent to {to}", l.endpoint),
        ),
    };
    let mut cause = Cause {
        kind: CauseKind::Shadow,
        pid: Some(l.pid),
        process: snap.process_name(l.pid).map(str::to_owned),
        services: snap.processes.get(&l.pid).map(|p| p.services.clone()).unwrap_or_default(),
        address: Some(l.endpoint.to_string()),
        origin: Some(l.origin.to_string()).filter(|o| !o.starts_with(':')),
        error: None,
        rule,
        evidence,
        explanation: format!(
            "The bind succeeds, but {who} {how}; clients of that address reach it, not the program. Bind that address \
             too, or make sure the other program is meant to serve it."
        ),
        assumption: None,
        fixes: Vec::new(),
    };
    cause.fixes = fix::shadow_fixes(full, req, l);
    cause
}

/// SSTP and other HTTPS listeners on both stacks: `0.0.0.0:P` and `[::]:P` bindings with
/// different certificates (RasSstp logs event 24 and clients fail with 0x800704D4).
pub(super) fn certificate_causes(snap: &Snapshot, req: &Request) -> Vec<Cause> {
    use crate::snapshot::SslKey;
    let port = req.port();
    let find = |v6: bool| {
        snap.http.sslcert.iter().find(|b| match &b.key {
            SslKey::Ip(ep) => {
                ep.port == port && ep.addr == LocalAddr::Wildcard(if v6 { Family::V6 } else { Family::V4 })
            }
            SslKey::Hostname(..) | SslKey::Other(_) => false,
        })
    };
    let (Some(v4), Some(v6)) = (find(false), find(true)) else { return Vec::new() };
    if v4.hash == v6.hash || req.proto != Proto::Tcp {
        return Vec::new();
    }
    let file = snap.files.iter().find(|(_, k)| *k == crate::snapshot::Kind::HttpSslcert).map(|(n, _)| n.clone());
    let app = if v4.app_id.is_empty() { "{APPID}".to_owned() } else { v4.app_id.clone() };
    let command = format!("netsh http delete sslcert ipport=[::]:{port}");
    let add = format!("netsh http add sslcert ipport=[::]:{port} certhash={} appid={app}", v4.hash);
    let mut fixed = snap.clone();
    for b in &mut fixed.http.sslcert {
        if b.key == v6.key {
            b.hash.clone_from(&v4.hash);
        }
    }
    let still = certificate_causes_plain(&fixed, port);
    vec![Cause {
        kind: CauseKind::CertificateMismatch,
        pid: Some(KERNEL_PID),
        process: Some("System".to_owned()),
        services: Vec::new(),
        address: Some(format!("0.0.0.0:{port} and [::]:{port}")),
        origin: file.map(|f| format!("{f}:{}", v6.line)),
        error: None,
        rule: "HTTPS bindings are per IP:port".to_owned(),
        evidence: Evidence::Documented,
        explanation: format!(
            "HTTP.sys's HTTPS bindings are per IP:port: 0.0.0.0:{port} carries certificate {} and [::]:{port} carries {}. \
             SSTP needs the same certificate on both, else it logs System event 24 (RasSstp, \"The certificates bound to \
             the HTTPS listener for IPv4 and IPv6 do not match\") and clients fail with 0x800704D4 \
             (ERROR_CONNECTION_ABORTED); other HTTPS services present a different certificate to IPv6 clients.",
            v4.hash, v6.hash
        ),
        assumption: None,
        fixes: vec![Fix {
            invasiveness: Invasiveness::MachineConfig,
            text: format!("bind the IPv4 certificate to [::]:{port} as well (as administrator), then restart the SSTP service (net stop SstpSvc /y, net start SstpSvc, which restarts Routing and Remote Access)"),
            commands: vec![command, add, "net stop SstpSvc /y".to_owned(), "net start SstpSvc".to_owned(), "net start RemoteAccess".to_owned()],
            check: if still { Check::DoesNotHelp("the bindings still differ".to_owned()) } else { Check::Works("replayed: both bindings then carry the same certificate".to_owned()) },
        }],
    }]
}

fn certificate_causes_plain(snap: &Snapshot, port: u16) -> bool {
    use crate::snapshot::SslKey;
    let hashes: BTreeSet<&str> = snap
        .http
        .sslcert
        .iter()
        .filter(|b| matches!(&b.key, SslKey::Ip(ep) if ep.port == port && ep.addr.is_wildcard()))
        .map(|b| b.hash.as_str())
        .collect();
    hashes.len() > 1
}
