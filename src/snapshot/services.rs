//! Services that ship with Windows: their sockets' options are Microsoft's, not the user's to
//! change, and stopping one stops a Windows feature.

/// Built-in Windows services, by service name (as `tasklist /svc` prints it), and the feature
/// each serves.
const BUILTIN: [(&str, &str); 24] = [
    ("BFE", "Base Filtering Engine"),
    ("CDPSvc", "Connected Devices Platform"),
    ("Dhcp", "DHCP Client"),
    ("DNS", "DNS Server role"),
    ("Dnscache", "DNS Client"),
    ("EventLog", "Windows Event Log"),
    ("FDResPub", "Function Discovery Resource Publication"),
    ("HTTP", "HTTP.sys, the kernel HTTP server"),
    ("IAS", "Network Policy Server"),
    ("iphlpsvc", "IP Helper"),
    ("LanmanServer", "SMB file sharing"),
    ("mpssvc", "Windows Defender Firewall"),
    ("NlaSvc", "Network Location Awareness"),
    ("RemoteAccess", "Routing and Remote Access"),
    ("RpcEptMapper", "RPC Endpoint Mapper"),
    ("RpcSs", "Remote Procedure Call"),
    ("SSDPSRV", "SSDP Discovery"),
    ("SstpSvc", "Secure Socket Tunneling Protocol"),
    ("TermService", "Remote Desktop Services"),
    ("upnphost", "UPnP Device Host"),
    ("W32Time", "Windows Time"),
    ("W3SVC", "IIS World Wide Web Publishing"),
    ("WAS", "IIS Windows Process Activation"),
    ("WinRM", "Windows Remote Management"),
];

/// The feature a built-in Windows service serves, if `name` is one (any case).
///
/// ```
/// use winsock_bind::snapshot::builtin_service;
/// assert_eq!(builtin_service("termservice"), Some("Remote Desktop Services"));
/// assert_eq!(builtin_service("Tomcat9"), None);
/// ```
pub fn builtin_service(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, feature)| *feature)
}
