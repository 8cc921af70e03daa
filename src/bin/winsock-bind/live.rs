//! `--live`: run the Windows commands that print a machine's sockets and read their output with
//! the same readers as files. Only on Windows; elsewhere it is a clear error.

use std::path::Path;

use winsock_bind::snapshot::Snapshot;

/// The commands, each with the file name its output gets: the netstat listing, the netsh port
/// ranges and HTTP.sys views, the process list, and the PowerShell cmdlets where present.
#[cfg(windows)]
const COMMANDS: &[(&str, &[&str], bool)] = &[
    ("netstat-ano.txt", &["netstat", "-ano"], true),
    ("netsh-excludedportrange-tcp.txt", &["netsh", "int", "ipv4", "show", "excludedportrange", "protocol=tcp"], true),
    ("netsh-excludedportrange-udp.txt", &["netsh", "int", "ipv4", "show", "excludedportrange", "protocol=udp"], true),
    ("netsh-dynamicport-tcp.txt", &["netsh", "int", "ipv4", "show", "dynamicport", "tcp"], true),
    ("netsh-dynamicport-udp.txt", &["netsh", "int", "ipv4", "show", "dynamicport", "udp"], true),
    ("netsh-http-show-iplisten.txt", &["netsh", "http", "show", "iplisten"], true),
    ("netsh-http-show-servicestate.txt", &["netsh", "http", "show", "servicestate"], true),
    ("netsh-http-show-sslcert.txt", &["netsh", "http", "show", "sslcert"], true),
    ("tasklist-svc.txt", &["tasklist", "/svc"], true),
    (
        "get-nettcpconnection.json",
        &["powershell", "-NoProfile", "-Command", "Get-NetTCPConnection | Select-Object LocalAddress,LocalPort,RemoteAddress,RemotePort,State,OwningProcess,CreationTime | ConvertTo-Json"],
        false,
    ),
    (
        "get-netudpendpoint.json",
        &["powershell", "-NoProfile", "-Command", "Get-NetUDPEndpoint | Select-Object LocalAddress,LocalPort,OwningProcess,CreationTime | ConvertTo-Json"],
        false,
    ),
];

/// Runs the commands, keeps their raw output in `keep` if given, and reads each.
#[cfg(windows)]
pub(crate) fn snapshot(keep: Option<&Path>, force: bool) -> Result<Snapshot, String> {
    use std::process::Command;
    let keep = keep.map(|dir| crate::out::prepare_dir("--keep", dir)).transpose()?;
    let keep = keep.as_deref();
    let mut snap = Snapshot::default();
    for (name, argv, required) in COMMANDS {
        let output = match Command::new(argv[0]).args(&argv[1..]).output() {
            Ok(o) => o,
            Err(e) if !required => {
                eprintln!("winsock-bind: note: {} not run ({e}); going on without it", argv.join(" "));
                continue;
            }
            Err(e) => return Err(format!("{}: {e}", argv.join(" "))),
        };
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        // An empty result (no UDP endpoints, a cmdlet missing) says nothing to read, nor does
        // the output of an optional command that failed.
        let failed = !output.status.success() && !required;
        let read = !text.trim().is_empty() && !failed;
        if let Some(dir) = keep {
            // What is not read is still kept, under a name that reading the directory again
            // (`DIR/*.txt DIR/*.json`) leaves out.
            let file = if read { (*name).to_owned() } else { format!("{name}.unread") };
            crate::out::write_new(dir, &file, &output.stdout, force)?;
        }
        if failed {
            eprintln!("winsock-bind: note: {} failed; going on without it", argv.join(" "));
        }
        if !read {
            continue;
        }
        snap.add_text(&format!("live:{name}"), &text).map_err(|e| e.to_string())?;
    }
    Ok(snap)
}

/// Elsewhere there is nothing to run.
#[cfg(not(windows))]
pub(crate) fn snapshot(_keep: Option<&Path>, _force: bool) -> Result<Snapshot, String> {
    Err("--live runs netstat, netsh and tasklist, which only Windows has; on this system pass the files they printed on the Windows machine".to_owned())
}
