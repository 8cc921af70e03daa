//! Fixes for each cause, narrowest blast radius first, each checked by replaying the bind on the
//! snapshot as the fix would leave it.

use std::fmt;

use serde::Serialize;

use super::{focus, outcomes, Cause, CauseKind, Request};
use crate::endpoint::{Family, LocalAddr, Proto};
use crate::era::Era;
use crate::options::ReuseMode;
use crate::ports::PortKind;
use crate::program::Preset;
use crate::rules::{Decision, Reason};
use crate::snapshot::{Listener, Snapshot, KERNEL_PID};

/// How much a fix changes, ordered by blast radius: the program's own settings, then one other
/// program or service, then the whole machine (whose fixes name what else they affect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Invasiveness {
    /// The program's own socket options.
    ProgramOption,
    /// The program's port.
    ProgramPort,
    /// Restarting one other program or service.
    RestartService,
    /// Stopping one other program or service (or several that all hold the port) for good.
    StopService,
    /// A machine setting (iplisten, port ranges, registry, certificate bindings): every
    /// program on the machine sees it.
    MachineConfig,
    /// Restarting or stopping a service the whole machine uses (HTTP.sys, WinNAT).
    MachineService,
}

/// Whether a fix was checked by replaying the bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The replay on the fixed snapshot succeeds (what was replayed).
    Works(String),
    /// The replay still fails (how).
    DoesNotHelp(String),
    /// The fix cannot be replayed (why).
    Unchecked(String),
}

impl Check {
    fn status(&self) -> &'static str {
        match self {
            Self::Works(_) => "works",
            Self::DoesNotHelp(_) => "does-not-help",
            Self::Unchecked(_) => "unchecked",
        }
    }

    fn detail(&self) -> &str {
        match self {
            Self::Works(s) | Self::DoesNotHelp(s) | Self::Unchecked(s) => s,
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status(), self.detail())
    }
}

impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Check", 2)?;
        st.serialize_field("status", self.status())?;
        st.serialize_field("detail", self.detail())?;
        st.end()
    }
}

/// One fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// How much it changes.
    pub invasiveness: Invasiveness,
    /// What to do, in words.
    pub text: String,
    /// The exact commands, in order.
    pub commands: Vec<String>,
    /// Whether a replay showed that it works.
    pub check: Check,
}

/// The outcome of a replay in words, for a fix that does not help.
fn replay_check(full: &Snapshot, req: &Request, what: &str) -> Check {
    check_with(full, req, what, false)
}

/// As [`replay_check`]; `strict` also asks that no other socket take any of the traffic.
fn check_with(full: &Snapshot, req: &Request, what: &str, strict: bool) -> Check {
    let f = focus(full, req);
    // The first refusal decides: the worlds after it are not replayed.
    let mut all = Vec::new();
    for w in super::each_world(&f, req).flatten() {
        let refused = w.outcome.refusal.is_some();
        all.push(w.outcome);
        if refused {
            break;
        }
    }
    if all.is_empty() {
        return Check::Unchecked("the fixed snapshot is not consistent under any assumption".to_owned());
    }
    match all.iter().find_map(|o| o.refusal) {
        None if all.iter().all(|o| o.shadows.is_empty()) => {
            Check::Works(format!("replayed: {what}, the bind succeeds"))
        }
        None if strict => Check::DoesNotHelp(format!(
            "replayed: {what}, the bind succeeds but another socket still takes some traffic"
        )),
        None => Check::Works(format!(
            "replayed: {what}, the bind succeeds (another socket keeps a more specific address of the port)"
        )),
        Some(d) => Check::DoesNotHelp(format!(
            "replayed: {what}, the bind still fails: {}",
            d.error().map_or("?", crate::WsaError::name)
        )),
    }
}

/// The nearest port to the program's (above first, at equal distance) that nothing holds: no
/// listener of either protocol, no registered HTTP.sys URL, outside the excluded ranges and the
/// dynamic range.
fn free_port(full: &Snapshot, req: &Request) -> Option<u16> {
    let dynamic = super::dynamic_range(full, req.era, req.proto);
    let free = |p: u16| {
        p != 0
            && !full.listeners.iter().any(|l| l.endpoint.port == p)
            && full.http_urls_on(p).next().is_none()
            && !full.excluded.iter().flat_map(|s| &s.ranges).any(|e| e.range.contains(p))
            && !dynamic.contains(p)
    };
    let port = req.port();
    (1..=u16::MAX).find_map(|d| {
        let up = port.checked_add(d).filter(|&p| free(p));
        up.or_else(|| port.checked_sub(d).filter(|&p| free(p)))
    })
}

fn another_port(full: &Snapshot, req: &Request, strict: bool) -> Option<Fix> {
    let p = free_port(full, req)?;
    let moved = req.with_port(p);
    let command = match req.program {
        Some(Preset::Nginx) => format!("listen {p};   (nginx.conf)"),
        Some(preset) => format!("bind port {p} in the {} program's configuration", preset.name()),
        None => format!("bind port {p} instead of {}", req.port()),
    };
    Some(Fix {
        invasiveness: Invasiveness::ProgramPort,
        text: format!(
            "use port {p}: the nearest port to {} that no listener or HTTP.sys URL holds, outside the excluded ranges and the dynamic range",
            req.port()
        ),
        commands: vec![command],
        check: check_with(full, &moved, &format!("with port {p}"), strict),
    })
}

/// How a runtime sets an option, in its own API.
fn option_api(program: Option<Preset>, mode: ReuseMode) -> String {
    match (mode, program) {
        (ReuseMode::Default, Some(p)) => format!("stop the {} program from setting SO_REUSEADDR or SO_EXCLUSIVEADDRUSE", p.name()),
        (ReuseMode::Default, None) => "remove the setsockopt call for SO_REUSEADDR or SO_EXCLUSIVEADDRUSE before bind".to_owned(),
        (ReuseMode::ReuseAddr, _) => "setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) before bind".to_owned(),
        (ReuseMode::Exclusive, Some(Preset::Dotnet)) => "socket.ExclusiveAddressUse = true (or TcpListener.ExclusiveAddressUse) before Start/Bind".to_owned(),
        (ReuseMode::Exclusive, Some(Preset::PythonHttpServer | Preset::PythonAsyncio)) => {
            "sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1) before bind (and allow_reuse_address = False)".to_owned()
        }
        (ReuseMode::Exclusive, Some(Preset::Go)) => "net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error { return c.Control(func(fd uintptr) { windows.SetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, windows.SO_EXCLUSIVEADDRUSE, 1) }) }}".to_owned(),
        (ReuseMode::Exclusive, Some(Preset::Node)) => "Node.js has no SO_EXCLUSIVEADDRUSE option: listen through a front end that sets it, or bind a specific address".to_owned(),
        (ReuseMode::Exclusive, Some(Preset::RustStd | Preset::TokioReuseaddr)) => "neither std nor socket2 sets SO_EXCLUSIVEADDRUSE: call windows_sys::Win32::Networking::WinSock::setsockopt(raw_socket, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, ...) on the socket's raw handle before bind".to_owned(),
        (ReuseMode::Exclusive, Some(_) | None) => "setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, &one, sizeof one) before bind".to_owned(),
    }
}

/// Other options for the program, where one makes the bind succeed without sharing the port.
fn option_fixes(full: &Snapshot, req: &Request) -> Vec<Fix> {
    let mut out = Vec::new();
    for mode in ReuseMode::ALL {
        if req.sockets.iter().all(|s| s.mode == mode) {
            continue;
        }
        let mut changed = req.clone();
        for s in &mut changed.sockets {
            s.mode = mode;
        }
        let f = focus(full, req);
        let all = outcomes(&f, &changed);
        // Sharing with the holder (both SO_REUSEADDR) is the hijack risk itself, not a fix.
        let fine = !all.is_empty() && all.iter().all(|o| o.refusal.is_none() && o.shadows.is_empty());
        if fine {
            let name = mode.option().map_or("no option", crate::SocketOption::name);
            out.push(Fix {
                invasiveness: Invasiveness::ProgramOption,
                text: format!("bind with {name}"),
                commands: vec![option_api(req.program, mode)],
                check: Check::Works(format!(
                    "replayed with {name}: the bind succeeds and no other socket takes its traffic"
                )),
            });
        }
    }
    out
}

/// The services to stop for a process: `tasklist /svc`'s, or IIS's for its worker process.
fn services_of(full: &Snapshot, pid: u32) -> Vec<String> {
    match full.processes.get(&pid) {
        Some(p) if !p.services.is_empty() => p.services.clone(),
        // IIS's worker processes run no service; the World Wide Web Publishing Service owns them.
        Some(p) if p.image.eq_ignore_ascii_case("w3wp.exe") => vec!["W3SVC".to_owned()],
        Some(_) | None => Vec::new(),
    }
}

fn without_pid(full: &Snapshot, pid: u32) -> Snapshot {
    without_pids(full, &[pid])
}

fn without_pids(full: &Snapshot, pids: &[u32]) -> Snapshot {
    let mut s = full.clone();
    s.listeners.retain(|l| !pids.contains(&l.pid));
    s
}

/// The processes that must all let go of the port for the bind to succeed, `pid` first:
/// removing them and replaying meets the next holder, until the bind succeeds under every
/// assumption. `None` when stopping processes cannot make it succeed (the kernel or an
/// excluded range still refuses it).
fn holders_to_stop(full: &Snapshot, req: &Request, pid: u32) -> Option<Vec<u32>> {
    let mut pids = vec![pid];
    loop {
        let f = focus(&without_pids(full, &pids), req);
        // The first refusing world names the next holder: the worlds after it are not replayed.
        let mut consistent = false;
        let mut refusal = None;
        for w in super::each_world(&f, req).flatten() {
            consistent = true;
            if w.outcome.refusal.is_some() {
                refusal = Some(w.outcome.holder);
                break;
            }
        }
        if !consistent {
            return None;
        }
        let Some(holder) = refusal else {
            pids.sort_unstable();
            return Some(pids);
        };
        let next = holder.map(|i| f.listeners[i].pid)?;
        if next == KERNEL_PID || pids.contains(&next) {
            return None;
        }
        pids.push(next);
    }
}

/// Stops (or, with `restart`, restarts) the process `pid` and every other process the bind
/// would still meet on the port: one change, checked as one on the whole machine.
fn stop_holder(full: &Snapshot, req: &Request, pid: u32, restart: bool) -> Fix {
    let pids = holders_to_stop(full, req, pid).unwrap_or_else(|| vec![pid]);
    let mut commands = Vec::new();
    for &p in &pids {
        let services = services_of(full, p);
        if services.is_empty() {
            commands.push(format!("taskkill /PID {p}"));
        } else {
            commands.extend(services.iter().map(|s| format!("net stop {s}")));
            if !restart {
                // Stopped for good: it would take the port again at the next boot.
                commands.extend(services.iter().map(|s| format!("sc config {s} start= disabled")));
            }
        }
    }
    if restart {
        commands.extend(pids.iter().flat_map(|&p| services_of(full, p)).map(|s| format!("net start {s}")));
    }
    let who = |p: u32| {
        let name = full.process_name(p).map_or_else(|| format!("PID {p}"), |n| format!("PID {p} ({n})"));
        match services_of(full, p).as_slice() {
            [] => name,
            services => format!("the service {} of {name}", services.join(", ")),
        }
    };
    let port = req.port();
    let text = match (restart, pids.as_slice()) {
        (true, [p]) => format!(
            "restart {} after the change above, so it lets go of port {port} and does not take it again",
            full.process_name(*p).map_or_else(|| format!("PID {p}"), |n| format!("PID {p} ({n})"))
        ),
        (false, [p]) => format!("stop {}, which holds port {port}", who(*p)),
        (true, _) => format!(
            "restart {} after the change above: each holds port {port}, and the bind succeeds only when all of them let go",
            and_list(&pids.iter().map(|&p| who(p)).collect::<Vec<_>>())
        ),
        (false, _) => format!(
            "stop {}: each holds port {port}, and the bind succeeds only when all of them are gone",
            and_list(&pids.iter().map(|&p| who(p)).collect::<Vec<_>>())
        ),
    };
    let text = text + &service_notes(full, &pids);
    let what = match pids.as_slice() {
        [p] => format!("without PID {p}'s sockets"),
        _ => format!(
            "without the sockets of PIDs {}",
            and_list(&pids.iter().map(ToString::to_string).collect::<Vec<_>>())
        ),
    };
    Fix {
        invasiveness: if restart { Invasiveness::RestartService } else { Invasiveness::StopService },
        text,
        commands,
        check: replay_check(&without_pids(full, &pids), req, &what),
    }
}

/// What stopping the services of `pids` means beyond the port: a process that hosts several
/// services is not killed by PID (that would end them all), and a built-in Windows service's
/// feature stops with it.
fn service_notes(full: &Snapshot, pids: &[u32]) -> String {
    let mut notes = String::new();
    for &p in pids {
        let Some(process) = full.processes.get(&p) else { continue };
        if process.services.len() > 1 {
            notes += &format!(
                " (taskkill /PID {p} would end every service in it ({}): stop only the one that holds the port, by name)",
                process.services.join(", ")
            );
        }
        notes += &builtin_notes(&process.services);
    }
    notes
}

/// For each built-in Windows service of `services`: what stopping it stops.
fn builtin_notes(services: &[String]) -> String {
    let mut notes = String::new();
    for service in services {
        if let Some(feature) = crate::snapshot::builtin_service(service) {
            notes += &format!(
                "; {service} is a built-in Windows service ({feature}): stopping it stops that feature, and its socket options are not yours to change"
            );
        }
    }
    notes
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `ipv4` or `ipv6`, for netsh, from the program's first socket.
fn ip_version(req: &Request) -> &'static str {
    match req.sockets.first().map(|s| s.endpoint.addr.family()) {
        Some(Family::V6) => "ipv6",
        Some(Family::V4) | None => "ipv4",
    }
}

fn proto_word(proto: Proto) -> &'static str {
    match proto {
        Proto::Tcp => "tcp",
        Proto::Udp => "udp",
    }
}

/// What else narrowing HTTP.sys to `addr` affects: every other registered URL answers on
/// `addr` only, named with the processes of its request queue.
fn http_sys_affects(full: &Snapshot, port: u16, addr: std::net::IpAddr) -> String {
    let others: Vec<String> = full
        .http
        .urls
        .iter()
        .filter(|u| u.port != port)
        .map(|u| {
            let pids: Vec<String> = u
                .pids
                .iter()
                .map(|&p| {
                    let services = full.processes.get(&p).map(|x| x.services.join(", ")).unwrap_or_default();
                    match (full.process_name(p), services.is_empty()) {
                        (Some(name), true) => format!("PID {p} ({name})"),
                        (Some(name), false) => format!("PID {p} ({name}: {services})"),
                        (None, _) => format!("PID {p}"),
                    }
                })
                .collect();
            if pids.is_empty() {
                u.url.clone()
            } else {
                format!("{} ({})", u.url, pids.join(", "))
            }
        })
        .collect();
    if others.is_empty() {
        String::new()
    } else {
        format!(
            ". It affects the whole machine: {} then answer on {addr} only, so remote clients lose them",
            others.join(", ")
        )
    }
}

fn http_sys_fixes(full: &Snapshot, req: &Request) -> Vec<Fix> {
    let port = req.port();
    let mut out = Vec::new();
    // Narrow HTTP.sys to loopback (or, if the program wants IPv4 loopback itself, to ::1).
    let wants_loopback = req.sockets.iter().any(|s| s.endpoint.addr == LocalAddr::Specific([127, 0, 0, 1].into()));
    let addr: std::net::IpAddr =
        if wants_loopback { std::net::Ipv6Addr::LOCALHOST.into() } else { [127, 0, 0, 1].into() };
    let mut narrowed = full.clone();
    narrowed.listeners.retain(|l| !(l.pid == KERNEL_PID && l.endpoint.port == port));
    let list = narrowed.http.iplisten.get_or_insert_with(Vec::new);
    if !list.contains(&addr) {
        list.push(addr);
    }
    out.push(Fix {
        invasiveness: Invasiveness::MachineService,
        text: format!(
            "restrict HTTP.sys to {addr} (its IP listen list is empty, so it listens on every address), freeing the other \
             addresses on every port it serves; it applies when HTTP.sys restarts (net stop http /y stops the services \
             that use it: start them again) or at reboot{}",
            http_sys_affects(full, port, addr)
        ),
        commands: vec![format!("netsh http add iplisten ipaddress={addr}"), "net stop http /y".to_owned(), "net start http".to_owned()],
        check: replay_check(&narrowed, req, &format!("with HTTP.sys on {addr} only")),
    });
    // Stop whoever registered the URLs on the port.
    let urls: Vec<&crate::snapshot::HttpUrl> = full.http_urls_on(port).collect();
    let pids: Vec<u32> = urls.iter().flat_map(|u| u.pids.iter().copied()).collect();
    let services: Vec<String> = {
        let mut v: Vec<String> = pids.iter().flat_map(|&p| services_of(full, p)).collect();
        v.sort();
        v.dedup();
        v
    };
    let unowned: Vec<&str> = urls
        .iter()
        .filter(|u| u.pids.iter().all(|&p| services_of(full, p).is_empty()))
        .map(|u| u.url.as_str())
        .collect();
    if services.is_empty() || !unowned.is_empty() {
        out.push(Fix {
            invasiveness: Invasiveness::StopService,
            text: format!(
                "stop the service that registered {} (netsh http show servicestate view=requestq names its request \
                 queue's processes; tasklist /svc names their services)",
                if unowned.is_empty() {
                    urls.iter().map(|u| u.url.as_str()).collect::<Vec<_>>().join(", ")
                } else {
                    unowned.join(", ")
                }
            ),
            commands: Vec::new(),
            check: Check::Unchecked(
                "the snapshot does not say which service registered every URL on the port".to_owned(),
            ),
        });
    } else {
        let mut stopped = full.clone();
        stopped.http.urls.retain(|u| u.port != port);
        stopped.listeners.retain(|l| !(l.pid == KERNEL_PID && l.endpoint.port == port));
        out.push(Fix {
            invasiveness: Invasiveness::StopService,
            text: format!(
                "stop {} (its request queue holds {}, every URL registered on port {port}){}",
                services.join(", "),
                urls.iter().map(|u| u.url.as_str()).collect::<Vec<_>>().join(", "),
                builtin_notes(&services)
            ),
            commands: services
                .iter()
                .map(|s| format!("net stop {s}"))
                .chain(services.iter().map(|s| format!("sc config {s} start= disabled")))
                .collect(),
            check: replay_check(&stopped, req, &format!("without the URLs on port {port}")),
        });
    }
    out
}

fn excluded_fixes(full: &Snapshot, req: &Request, d: &Decision) -> Vec<Fix> {
    let port = req.port();
    let proto = proto_word(req.proto);
    let ip = ip_version(req);
    let Some(range) = d.ports else { return Vec::new() };
    let administered = full.excluded.iter().flat_map(|s| &s.ranges).any(|e| e.range == range && e.administered);
    let mut out = Vec::new();
    if administered {
        let mut s = full.clone();
        for sec in &mut s.excluded {
            sec.ranges.retain(|e| e.range != range);
        }
        out.push(Fix {
            invasiveness: Invasiveness::MachineConfig,
            text: format!(
                "an administrator excluded {range}: delete that exclusion (as administrator) if nothing else needs it"
            ),
            commands: vec![format!(
                "netsh int {ip} delete excludedportrange protocol={proto} startport={} numberofports={}",
                range.first(),
                range.len()
            )],
            check: replay_check(&s, req, &format!("without the range {range}")),
        });
    } else {
        let mut s = full.clone();
        for sec in &mut s.excluded {
            sec.ranges.retain(|e| e.administered);
        }
        out.push(Fix {
            invasiveness: Invasiveness::MachineService,
            text: format!(
                "stop WinNAT (as administrator), which releases the ranges it and Hyper-V reserved; start the program so \
                 it binds port {port}; start WinNAT again, which reserves its ranges around the ports in use"
            ),
            commands: vec!["net stop winnat".to_owned(), "net start winnat".to_owned()],
            check: replay_check(&s, req, "with only the administered ranges left"),
        });
        let mut reserved = s.clone();
        if let (Ok(one), Some(section)) =
            (crate::ports::PortRange::new(port, port), reserved.excluded.iter_mut().find(|sec| sec.proto == req.proto))
        {
            section.ranges.push(crate::ports::Exclusion { range: one, administered: true });
        }
        out.push(Fix {
            invasiveness: Invasiveness::MachineService,
            text: format!(
                "to keep port {port} out of WinNAT's ranges after reboots: while WinNAT is stopped, reserve it (as \
                 administrator), then start WinNAT"
            ),
            commands: vec![
                "net stop winnat".to_owned(),
                format!("netsh int {ip} add excludedportrange protocol={proto} startport={port} numberofports=1"),
                "net start winnat".to_owned(),
            ],
            // An administered exclusion refuses no explicit bind (observed), so the program can
            // bind its own reserved port.
            check: replay_check(
                &reserved,
                req,
                &format!("with port {port} an administered exclusion and WinNAT's ranges gone"),
            ),
        });
    }
    out
}

fn ephemeral_fixes(full: &Snapshot, req: &Request, holder: &Listener) -> Vec<Fix> {
    let port = req.port();
    let proto = proto_word(req.proto);
    let mut out = Vec::new();
    let restart = stop_holder(full, req, holder.pid, true);
    if PortKind::Reserved.check_era(req.era).is_ok() {
        let key = r"HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters";
        let mut commands = vec![format!("reg add {key} /v ReservedPorts /t REG_MULTI_SZ /d \"{port}-{port}\" /f")];
        commands.extend(restart.commands.iter().cloned());
        out.push(Fix {
            invasiveness: Invasiveness::MachineConfig,
            text: format!(
                "reserve port {port} in the ReservedPorts registry value (KB 812873; append to the ranges already there), \
                 which keeps it out of the ephemeral pool, then restart {}",
                full.process_name(holder.pid).map_or_else(|| format!("PID {}", holder.pid), str::to_owned)
            ),
            commands,
            check: restart.check.clone(),
        });
    } else if req.era >= Era::Vista && port < 49152 {
        let ip = ip_version(req);
        let mut moved = without_pid(full, holder.pid);
        if let Ok(range) = crate::ports::PortRange::new(49152, 65535) {
            moved.dynamic.retain(|d| d.proto != req.proto);
            moved.dynamic.push(crate::ports::DynamicPorts { proto: req.proto, range });
        }
        let mut commands = vec![format!("netsh int {ip} set dynamicport {proto} start=49152 num=16384")];
        commands.extend(restart.commands.iter().cloned());
        out.push(Fix {
            invasiveness: Invasiveness::MachineConfig,
            text: format!(
                "move the dynamic port range above port {port} (KB 929851: 49152-65535 is the default from Vista on), \
                 then restart the holder"
            ),
            commands,
            check: replay_check(&moved, req, "with the range 49152-65535 and the holder restarted"),
        });
    }
    out.push(stop_holder(full, req, holder.pid, false));
    out
}

/// The fixes for a refusal cause, narrowest blast radius first.
pub(super) fn fixes(full: &Snapshot, req: &Request, cause: &Cause, d: &Decision) -> Vec<Fix> {
    let mut out = Vec::new();
    let holder =
        cause.pid.and_then(|pid| full.listeners.iter().find(|l| l.pid == pid && l.endpoint.port == req.port()));
    match cause.kind {
        CauseKind::Option => {
            out.extend(option_fixes(full, req));
        }
        CauseKind::HttpSys => {
            out.extend(option_fixes(full, req));
            out.extend(another_port(full, req, false));
            out.extend(http_sys_fixes(full, req));
        }
        CauseKind::System => {
            out.extend(another_port(full, req, false));
            out.push(Fix {
                invasiveness: Invasiveness::StopService,
                text: format!(
                    "find what the kernel serves on port {} (netsh http show servicestate for HTTP.sys URLs; 445 and 139 are SMB) and stop it if it is not needed",
                    req.port()
                ),
                commands: Vec::new(),
                check: Check::Unchecked("the snapshot does not say which kernel service holds the port".to_owned()),
            });
        }
        CauseKind::Listener => {
            out.extend(option_fixes(full, req));
            out.extend(another_port(full, req, false));
            if let Some(h) = holder {
                out.push(stop_holder(full, req, h.pid, false));
            }
        }
        CauseKind::Ephemeral => {
            out.extend(another_port(full, req, false));
            if let Some(h) = holder {
                out.extend(ephemeral_fixes(full, req, h));
            }
        }
        CauseKind::ExcludedRange => {
            if d.reason == Reason::AdministeredExclusionReuse {
                out.extend(option_fixes(full, req));
            }
            out.extend(another_port(full, req, false));
            out.extend(excluded_fixes(full, req, d));
        }
        CauseKind::Shadow | CauseKind::CertificateMismatch => {}
    }
    if matches!(d.reason, Reason::ExcludedPortRange | Reason::AdministeredExclusionReuse)
        && cause.kind != CauseKind::ExcludedRange
    {
        out.extend(excluded_fixes(full, req, d));
    }
    out.retain(|f| !matches!(f.check, Check::DoesNotHelp(_)));
    out.sort_by_key(|f| f.invasiveness);
    out
}

/// The fixes for a listener that takes some of the program's traffic.
pub(super) fn shadow_fixes(full: &Snapshot, req: &Request, holder: &Listener) -> Vec<Fix> {
    let mut out: Vec<Fix> = another_port(full, req, true).into_iter().collect();
    if holder.pid != KERNEL_PID {
        let mut stop = stop_holder(full, req, holder.pid, false);
        stop.check =
            check_with(&without_pid(full, holder.pid), req, &format!("without PID {}'s sockets", holder.pid), true);
        out.push(stop);
    }
    out.retain(|f| !matches!(f.check, Check::DoesNotHelp(_)));
    out.sort_by_key(|f| f.invasiveness);
    out
}
