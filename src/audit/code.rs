//! A fix written in the server's own runtime: the audit's presets name how a runtime binds, so a
//! fix can name the call that changes it. Where a runtime has no way to make the change, the
//! text says so and gives the workaround.
//!
//! Sources: Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"
//! (<https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse>);
//! each runtime's reference for the call named.

use serde::Serialize;

use super::{FixKind, Preset, ServerSocket};
use crate::endpoint::{Family, LocalAddr};

/// A fix in one runtime's API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuntimeCode {
    /// The runtime, e.g. `Go` or `.NET`.
    pub runtime: &'static str,
    /// Code (or, where the runtime has no such call, what to do instead), several lines.
    pub text: String,
}

/// The change of `kind`, giving socket `after`, in `preset`'s runtime; `None` where the change is
/// not about a call (another release) or the runtime needs nothing new.
pub(crate) fn for_fix(preset: Preset, kind: FixKind, after: &ServerSocket) -> Option<RuntimeCode> {
    let ep = after.endpoint;
    let port = ep.port;
    let addr = ep.addr.ip();
    let v6 = ep.addr.family() == Family::V6;
    let (runtime, text) = match (preset, kind) {
        (_, FixKind::StartFirst | FixKind::UpgradeEra) => return None,
        (Preset::RustStd | Preset::TokioReuseaddr, FixKind::SetExclusive) => (
            "Rust",
            format!(
                "// Neither std nor socket2 has a setter for SO_EXCLUSIVEADDRUSE: create the socket\n\
                 // unbound with socket2, set the option through windows-sys on its raw handle, then bind.\n\
                 use std::os::windows::io::AsRawSocket;\n\
                 use socket2::{{Domain, Socket, Type}};\n\
                 use windows_sys::Win32::Networking::WinSock::{{setsockopt, SOCKET, SOL_SOCKET, SO_EXCLUSIVEADDRUSE}};\n\
                 let socket = Socket::new(Domain::{}, Type::STREAM, None)?;{}\n\
                 let on: i32 = 1;\n\
                 // SAFETY: a valid socket handle, and a pointer to 4 bytes that live across the call.\n\
                 let rc = unsafe {{\n    setsockopt(socket.as_raw_socket() as SOCKET, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (&on as *const i32).cast(), 4)\n}};\n\
                 if rc != 0 {{ return Err(std::io::Error::last_os_error()); }}\n\
                 socket.bind(&\"{ep}\".parse::<std::net::SocketAddr>().unwrap().into())?;\n\
                 socket.listen(1024)?;\n\
                 let listener: std::net::TcpListener = socket.into();",
                if v6 { "IPV6" } else { "IPV4" },
                if after.dual_stack() { "\nsocket.set_only_v6(false)?;" } else { "" }
            ),
        ),
        (Preset::RustStd | Preset::TokioReuseaddr, FixKind::DropReuseAddr) => {
            ("Rust", "// Remove the call that sets SO_REUSEADDR before bind:\n// socket.set_reuseaddr(true)?;".to_owned())
        }
        (Preset::RustStd | Preset::TokioReuseaddr, FixKind::BindSpecific) => {
            ("Rust", format!("let listener = std::net::TcpListener::bind(\"{ep}\")?;"))
        }
        (Preset::RustStd | Preset::TokioReuseaddr, FixKind::SetV6Only) => {
            ("Rust", "// std keeps IPV6_V6ONLY on; with socket2, do not call set_only_v6(false).".to_owned())
        }
        (Preset::Dotnet, FixKind::SetExclusive) => (
            ".NET",
            format!(
                "var listener = new TcpListener({}, {port});\n\
                 listener.ExclusiveAddressUse = true; // before Start()\n\
                 listener.Start();",
                dotnet_addr(&ep.addr)
            ),
        ),
        (Preset::Dotnet, FixKind::DropReuseAddr) => (
            ".NET",
            "// Remove: socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);"
                .to_owned(),
        ),
        (Preset::Dotnet, FixKind::BindSpecific) => {
            (".NET", format!("var listener = new TcpListener(IPAddress.Parse(\"{addr}\"), {port});"))
        }
        (Preset::Dotnet, FixKind::SetV6Only) => {
            (".NET", "listener.Server.DualMode = false; // before Start(): IPv6 only".to_owned())
        }
        (Preset::Go, FixKind::SetExclusive) => (
            "Go",
            format!(
                "// The syscall package names no SO_EXCLUSIVEADDRUSE; Winsock defines it as ~SO_REUSEADDR.\n\
                 const soExclusiveAddrUse = ^syscall.SO_REUSEADDR\n\
                 lc := net.ListenConfig{{Control: func(network, address string, c syscall.RawConn) error {{\n\
                 \tvar serr error\n\
                 \tif err := c.Control(func(fd uintptr) {{\n\
                 \t\tserr = syscall.SetsockoptInt(syscall.Handle(fd), syscall.SOL_SOCKET, soExclusiveAddrUse, 1)\n\
                 \t}}); err != nil {{\n\t\treturn err\n\t}}\n\
                 \treturn serr\n\
                 }}}}\n\
                 ln, err := lc.Listen(context.Background(), \"tcp\", \"{}\")",
                go_addr(after)
            ),
        ),
        (Preset::Go, FixKind::DropReuseAddr) => {
            ("Go", "// Remove the ListenConfig.Control that sets SO_REUSEADDR.".to_owned())
        }
        (Preset::Go, FixKind::BindSpecific) => ("Go", format!("ln, err := net.Listen(\"tcp\", \"{ep}\")")),
        (Preset::Go, FixKind::SetV6Only) => {
            ("Go", format!("ln, err := net.Listen(\"tcp6\", \"[::]:{port}\") // \"tcp6\" sets IPV6_V6ONLY"))
        }
        (Preset::Node, FixKind::SetExclusive) => (
            "Node.js",
            format!(
                "// Node.js has no option for SO_EXCLUSIVEADDRUSE (the `exclusive` option of\n\
                 // server.listen() is about cluster workers, not this socket option), so this fix\n\
                 // cannot be written in Node. Workaround: listen on the one address clients use,\n\
                 // IPv6 only where IPv4 is not needed, or put a server that sets it in front.\n\
                 server.listen({{ port: {port}, host: '{}', ipv6Only: {v6} }});",
                if ep.addr.stack().1.is_some() { addr.to_string() } else { "ADDRESS".to_owned() }
            ),
        ),
        (Preset::Node, FixKind::DropReuseAddr) => return None,
        (Preset::Node, FixKind::BindSpecific) => ("Node.js", format!("server.listen({{ port: {port}, host: '{addr}' }});")),
        (Preset::Node, FixKind::SetV6Only) => ("Node.js", format!("server.listen({{ port: {port}, ipv6Only: true }});")),
        (Preset::PythonHttpServer, FixKind::SetExclusive) => (
            "Python",
            format!(
                "class Server(http.server.ThreadingHTTPServer):\n\
                 \x20   allow_reuse_address = False  # SO_REUSEADDR and SO_EXCLUSIVEADDRUSE exclude each other\n\
                 \x20   def server_bind(self):\n\
                 \x20       self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)\n\
                 \x20       super().server_bind()\n\
                 Server((\"{}\", {port}), handler).serve_forever()",
                py_host(&ep.addr)
            ),
        ),
        (Preset::PythonHttpServer, FixKind::DropReuseAddr) => (
            "Python",
            "class Server(http.server.ThreadingHTTPServer):\n    allow_reuse_address = False".to_owned(),
        ),
        (Preset::PythonAsyncio, FixKind::SetExclusive) => (
            "Python",
            format!(
                "sock = socket.socket(socket.{}, socket.SOCK_STREAM)\n\
                 sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # before bind\n\
                 sock.bind((\"{}\", {port}))\n\
                 server = await loop.create_server(factory, sock=sock)",
                if v6 { "AF_INET6" } else { "AF_INET" },
                py_host(&ep.addr)
            ),
        ),
        (Preset::PythonHttpServer | Preset::PythonAsyncio, FixKind::BindSpecific) => {
            ("Python", format!("# bind (\"{addr}\", {port}) instead of the wildcard"))
        }
        (Preset::PythonHttpServer | Preset::PythonAsyncio, FixKind::SetV6Only) => {
            ("Python", "sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)  # before bind".to_owned())
        }
        (Preset::PythonAsyncio, FixKind::DropReuseAddr) => {
            ("Python", "await loop.create_server(factory, host, port, reuse_address=False)".to_owned())
        }
        (Preset::Java, FixKind::SetExclusive | FixKind::DropReuseAddr) => (
            "Java",
            "// Do not call serverSocket.setReuseAddress(true): Java (7u25 and later) then sets\n\
             // SO_EXCLUSIVEADDRUSE on Windows itself."
                .to_owned(),
        ),
        (Preset::Java, FixKind::BindSpecific) => {
            ("Java", format!("serverSocket.bind(new InetSocketAddress(\"{addr}\", {port}));"))
        }
        (Preset::Java, FixKind::SetV6Only) => (
            "Java",
            "// Java has no per-socket IPV6_V6ONLY; -Djava.net.preferIPv4Stack=true gives IPv4-only sockets."
                .to_owned(),
        ),
        (Preset::Nginx, FixKind::SetExclusive | FixKind::DropReuseAddr) => (
            "nginx",
            format!(
                "# nginx sets SO_REUSEADDR on its listening sockets and has no directive for\n\
                 # SO_EXCLUSIVEADDRUSE, so this fix cannot be made in nginx.conf. Workaround: listen on\n\
                 # the one address clients use:\n\
                 listen {}:{port};",
                if ep.addr.stack().1.is_some() { addr.to_string() } else { "ADDRESS".to_owned() }
            ),
        ),
        (Preset::Nginx, FixKind::BindSpecific) => ("nginx", format!("listen {ep};")),
        (Preset::Nginx, FixKind::SetV6Only) => ("nginx", format!("listen [::]:{port} ipv6only=on;")),
    };
    Some(RuntimeCode { runtime, text })
}

fn dotnet_addr(a: &LocalAddr) -> String {
    match a {
        LocalAddr::Wildcard(Family::V4) => "IPAddress.Any".to_owned(),
        LocalAddr::Wildcard(Family::V6) => "IPAddress.IPv6Any".to_owned(),
        LocalAddr::Specific(_) | LocalAddr::Scoped(..) => format!("IPAddress.Parse(\"{a}\")"),
    }
}

fn go_addr(s: &ServerSocket) -> String {
    match s.endpoint.addr {
        LocalAddr::Wildcard(_) => format!(":{}", s.endpoint.port),
        LocalAddr::Specific(_) | LocalAddr::Scoped(..) => s.endpoint.to_string(),
    }
}

fn py_host(a: &LocalAddr) -> String {
    match a {
        LocalAddr::Wildcard(Family::V4) => String::new(),
        LocalAddr::Wildcard(Family::V6) => "::".to_owned(),
        LocalAddr::Specific(_) | LocalAddr::Scoped(..) => a.to_string(),
    }
}

/// The change of `kind` on a socket of `family` written in Winsock C, for servers that call
/// Winsock directly (`scan` of C and C++ code), which no preset describes; `None` where the
/// change is not about a call.
#[cfg(feature = "scan")]
pub(crate) fn winsock(kind: FixKind, family: Family) -> Option<RuntimeCode> {
    let text = match kind {
        FixKind::StartFirst | FixKind::UpgradeEra => return None,
        FixKind::SetExclusive => "BOOL on = TRUE; /* before bind(), and no SO_REUSEADDR on this socket */\n\
             setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (const char *)&on, sizeof on);"
            .to_owned(),
        FixKind::DropReuseAddr => "/* Remove the call that sets SO_REUSEADDR before bind(): */\n\
             /* setsockopt(s, SOL_SOCKET, SO_REUSEADDR, (const char *)&on, sizeof on); */"
            .to_owned(),
        FixKind::BindSpecific => match family {
            Family::V4 => "/* The one address clients use, instead of INADDR_ANY: */\n\
                 inet_pton(AF_INET, \"ADDRESS\", &addr.sin_addr);"
                .to_owned(),
            Family::V6 => "/* The one address clients use, instead of in6addr_any: */\n\
                 inet_pton(AF_INET6, \"ADDRESS\", &addr.sin6_addr);"
                .to_owned(),
        },
        FixKind::SetV6Only => "DWORD on = 1; /* before bind(): IPv6 only */\n\
             setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, (const char *)&on, sizeof on);"
            .to_owned(),
    };
    Some(RuntimeCode { runtime: "Winsock (C/C++)", text })
}
