//! [`Source`]: the public documents and test suites the rules rest on, which any reader can open.
//!
//! `docs/sources.md` is generated from this list ([`page`]) and a test keeps it current; each
//! rule's [`Reason::source`](super::Reason::source) names one of these and its anchor there.

use std::fmt::Write as _;

/// A public source the model cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE".
    MsReuseAddr,
    /// Microsoft Learn, "Dual-Stack Sockets for IPv6 Winsock Applications".
    MsDualStack,
    /// Microsoft Learn, "SOL_SOCKET socket options".
    MsSolSocket,
    /// Microsoft Learn, "IPPROTO_IPV6 socket options".
    MsIpv6Options,
    /// Microsoft Learn, the Winsock function reference (bind, listen, connect, accept ...).
    MsWinsockFunctions,
    /// Wine's Winsock conformance tests, which pass on real Windows.
    WineSock,
    /// Test suites of language runtimes that run on Windows.
    RuntimeTests,
    /// KB 812873, ReservedPorts.
    Kb812873,
    /// KB 929851, the dynamic port range from Vista on.
    Kb929851,
    /// `netsh int ipv4 show excludedportrange`.
    NetshExcluded,
    /// KB 3039044: a second SO_REUSEADDR bind inside an administered exclusion fails.
    Kb3039044,
    /// A user report on Stack Overflow: administered exclusions do not refuse an explicit bind.
    SoAdministeredExclusions,
    /// Microsoft Learn, "Strong and Weak Host Models" (The Cable Guy, TechNet Magazine).
    MsHostModel,
    /// RFC 1122, Requirements for Internet Hosts (Communication Layers).
    Rfc1122,
    /// RFC 5227, IPv4 Address Conflict Detection.
    Rfc5227,
    /// RFC 6724, Default Address Selection for IPv6.
    Rfc6724,
}

impl Source {
    /// Every source, in the order of the page.
    pub const ALL: [Self; 16] = [
        Self::MsReuseAddr,
        Self::MsDualStack,
        Self::MsSolSocket,
        Self::MsIpv6Options,
        Self::MsWinsockFunctions,
        Self::WineSock,
        Self::RuntimeTests,
        Self::Kb812873,
        Self::Kb929851,
        Self::NetshExcluded,
        Self::Kb3039044,
        Self::SoAdministeredExclusions,
        Self::MsHostModel,
        Self::Rfc1122,
        Self::Rfc5227,
        Self::Rfc6724,
    ];

    /// The anchor of the source on `docs/sources.md`, e.g. `ms-reuseaddr`.
    pub const fn anchor(self) -> &'static str {
        match self {
            Self::MsReuseAddr => "ms-reuseaddr",
            Self::MsDualStack => "ms-dual-stack",
            Self::MsSolSocket => "ms-sol-socket",
            Self::MsIpv6Options => "ms-ipv6-options",
            Self::MsWinsockFunctions => "ms-winsock-functions",
            Self::WineSock => "wine-sock",
            Self::RuntimeTests => "runtime-tests",
            Self::Kb812873 => "kb-812873",
            Self::Kb929851 => "kb-929851",
            Self::NetshExcluded => "netsh-excluded",
            Self::Kb3039044 => "kb-3039044",
            Self::SoAdministeredExclusions => "so-administered-exclusions",
            Self::MsHostModel => "ms-host-model",
            Self::Rfc1122 => "rfc-1122",
            Self::Rfc5227 => "rfc-5227",
            Self::Rfc6724 => "rfc-6724",
        }
    }

    /// The title as cited, e.g. `Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE`.
    pub const fn title(self) -> &'static str {
        match self {
            Self::MsReuseAddr => "Microsoft Learn, Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE",
            Self::MsDualStack => "Microsoft Learn, Dual-Stack Sockets for IPv6 Winsock Applications",
            Self::MsSolSocket => "Microsoft Learn, SOL_SOCKET socket options",
            Self::MsIpv6Options => "Microsoft Learn, IPPROTO_IPV6 socket options",
            Self::MsWinsockFunctions => "Microsoft Learn, Winsock functions",
            Self::WineSock => "Wine's Winsock conformance tests",
            Self::RuntimeTests => "Runtime test suites",
            Self::Kb812873 => "Microsoft KB 812873",
            Self::Kb929851 => "Microsoft KB 929851",
            Self::NetshExcluded => "netsh int ipv4 show excludedportrange",
            Self::Kb3039044 => "Microsoft KB 3039044",
            Self::SoAdministeredExclusions => "Stack Overflow, \"What is Administered port exclusions in windows 10?\"",
            Self::MsHostModel => "Microsoft Learn, Strong and Weak Host Models",
            Self::Rfc1122 => "RFC 1122, Requirements for Internet Hosts",
            Self::Rfc5227 => "RFC 5227, IPv4 Address Conflict Detection",
            Self::Rfc6724 => "RFC 6724, Default Address Selection for IPv6",
        }
    }

    /// Where to open it: its URLs (none for a command the reader runs).
    pub const fn urls(self) -> &'static [&'static str] {
        match self {
            Self::MsReuseAddr => {
                &["https://learn.microsoft.com/en-us/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse"]
            }
            Self::MsDualStack => &["https://learn.microsoft.com/en-us/windows/win32/winsock/dual-stack-sockets"],
            Self::MsSolSocket => &["https://learn.microsoft.com/en-us/windows/win32/winsock/sol-socket-socket-options"],
            Self::MsIpv6Options => {
                &["https://learn.microsoft.com/en-us/windows/win32/winsock/ipproto-ipv6-socket-options"]
            }
            Self::MsWinsockFunctions => &[
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-bind",
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-listen",
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-connect",
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-accept",
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-setsockopt",
                "https://learn.microsoft.com/en-us/windows/win32/api/winsock/nf-winsock-shutdown",
                "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2",
            ],
            Self::WineSock => &["https://gitlab.winehq.org/wine/wine/-/blob/master/dlls/ws2_32/tests/sock.c"],
            Self::RuntimeTests => &[
                "https://github.com/dotnet/runtime",
                "https://github.com/golang/go",
                "https://github.com/libuv/libuv",
                "https://github.com/nodejs/node",
                "https://github.com/python-trio/trio",
            ],
            Self::Kb812873 => &["https://support.microsoft.com/kb/812873"],
            Self::Kb929851 => &["https://support.microsoft.com/kb/929851"],
            Self::NetshExcluded => &[],
            Self::Kb3039044 => &["https://support.microsoft.com/kb/3039044"],
            Self::SoAdministeredExclusions => {
                &["https://stackoverflow.com/search?q=%22What+is+Administered+port+exclusions+in+windows+10%22"]
            }
            Self::MsHostModel => {
                &["https://learn.microsoft.com/en-us/previous-versions/technet-magazine/cc137807(v=msdn.10)"]
            }
            Self::Rfc1122 => &["https://www.rfc-editor.org/rfc/rfc1122"],
            Self::Rfc5227 => &["https://www.rfc-editor.org/rfc/rfc5227"],
            Self::Rfc6724 => &["https://www.rfc-editor.org/rfc/rfc6724"],
        }
    }

    /// What the model takes from it.
    pub const fn covers(self) -> &'static str {
        match self {
            Self::MsReuseAddr => {
                "Table 1 (which Windows has SO_EXCLUSIVEADDRUSE and enhanced socket security), Tables 2-4 \
                 (the second bind's outcome before and after Windows Server 2003, same and different \
                 users), the caveat that a closed exclusive socket's active connections keep its port, \
                 and that the receiver among sockets sharing an address is undetermined. Rules B1, \
                 L1-L3, E1-E8, O1, O2, T1. The oracles in tables/ are its Tables 2-4."
            }
            Self::MsDualStack => {
                "A socket of AF_INET6 with IPV6_V6ONLY off receives IPv4 as well (Windows Vista on); \
                 IPv4-mapped addresses. The dual-stack principle starts from it."
            }
            Self::MsSolSocket => "SO_REUSEADDR, SO_EXCLUSIVEADDRUSE, SO_LINGER, SO_ACCEPTCONN (read-only). Rule O5.",
            Self::MsIpv6Options => "IPV6_V6ONLY and its default (on). Rule O5.",
            Self::MsWinsockFunctions => {
                "bind, listen, connect, accept, setsockopt, shutdown and the Windows Sockets error codes: \
                 the errors of rules S1-S12 and WSAENOBUFS (P1)."
            }
            Self::WineSock => {
                "dlls/ws2_32/tests/sock.c, test_reuseaddr and test_ipv6only, which pass on real Windows: \
                 the dual-stack cases, IPV6_V6ONLY on IPv4 sockets and after bind, the two reuse options \
                 together. Rules O3, O4 and every answer labelled observed through a dual-stack or \
                 IPv4-mapped address."
            }
            Self::RuntimeTests => {
                "Tests of .NET, Go, libuv, Node.js and trio that run on Windows: a new exclusive listener \
                 binds while the old one's accepted connection is open (T2), which listener receives \
                 connections (delivery rules)."
            }
            Self::Kb812873 => {
                "ReservedPorts (before Vista): ports kept out of the ephemeral pool; explicit binds still work."
            }
            Self::Kb929851 => "The dynamic port range: 1025-5000 before Vista, 49152-65535 from Vista on; rule P1.",
            Self::NetshExcluded => {
                "The command that lists excluded port ranges (Hyper-V, WinNAT, Docker, administrators; \
                 `*` marks those an administrator added); a bind inside a range the system took fails \
                 with WSAEACCES whatever its options, as observed on Windows. Rule P2."
            }
            Self::Kb3039044 => {
                "Documented: on Windows Server 2008 R2, 2012 and 2012 R2 (not 2008 or 2003), a second \
                 SO_REUSEADDR bind of a port inside an administered exclusion fails with WSAEACCES (the \
                 reserved flag overwrote the reuse flag in tcpip.sys). Rule P3."
            }
            Self::SoAdministeredExclusions => {
                "Observed (a user report): Go's net.Listen fails with 10013 in every excluded range \
                 except the administered one, so an administered exclusion keeps WinNAT, Hyper-V and \
                 port 0 off a port without refusing a program's explicit bind. Rule P2's exception."
            }
            Self::MsHostModel => {
                "How Windows (Vista on: the strong host model) treats its own addresses: traffic to any \
                 of them stays on the machine. With a reported incident of two servers sharing a \
                 link-local address, rule N1 of a network of hosts (observed)."
            }
            Self::Rfc1122 => {
                "A host reaches another host's address over the link (ARP, section 2.3.2); rules N2 and \
                 N4 of a network of hosts, extrapolated to one link without routers or firewalls."
            }
            Self::Rfc5227 => {
                "Two hosts carrying one IPv4 address disrupt each other's traffic: whichever answers ARP \
                 receives. Rule N3 (extrapolated: undetermined)."
            }
            Self::Rfc6724 => {
                "Source address selection, rule 8 (longest matching prefix), which the model applies to \
                 the client address of a connection to another host, IPv4 as well (extrapolated)."
            }
        }
    }
}

/// `docs/sources.md`: every source with its anchor, URL and what the model takes from it, then
/// what rests on no source at all.
pub fn page() -> String {
    let mut out = String::from(
        "# Sources\n\n\
         Every rule of winsock-bind names the source it rests on (`winsock-bind explain` prints it as\n\
         `source:`, `table --explain` lists it). Each is public; this page says where to open it.\n\
         Generated from `winsock_bind::rules::Source`; `cargo test --test sources` keeps it current.\n\n\
         Every answer also says what it rests on: `documented` (a Microsoft document states it),\n\
         `observed` (a public test suite saw it on real Windows) or `extrapolated` (the model's own\n\
         reading where no source speaks; see [the last section](#extrapolated)).\n",
    );
    for s in Source::ALL {
        let _ = write!(out, "\n## {}\n\n<a id=\"{}\"></a>\n\n", s.title(), s.anchor());
        for url in s.urls() {
            let _ = writeln!(out, "- <{url}>");
        }
        let _ = writeln!(out, "\n{}", s.covers());
    }
    out.push_str(
        "\n## What no source covers\n\n<a id=\"extrapolated\"></a>\n\n\
         These answers say `extrapolated`:\n\n\
         - a dual-stack `[::]` meeting an IPv4 binding of another account, in either order: the model\n  \
         orders a port's addresses IPv4 specific < `0.0.0.0` < dual-stack `[::]` and applies Table 4\n  \
         (so another account's `10.0.0.1` beneath a plain `[::]` gets WSAEACCES, as beneath `0.0.0.0`);\n\
         - a dual-stack `[::]` meeting an IPv4 binding of the same account with options Wine's\n  \
         `test_reuseaddr` did not try (an exclusive specific address beneath `[::]`, an exclusive\n  \
         `0.0.0.0` before `[::]` ...): the same order, and Table 3;\n\
         - which error a bind gets when several sockets on its port refuse it with different errors:\n  \
         WSAEACCES before WSAEADDRINUSE before any other, then the smallest rule id;\n\
         - the binding of a UDP socket after `connect`: the model keeps it as bind made it (connect on a\n  \
         datagram socket is \"merely\" a default destination, Microsoft Learn's connect page), where\n  \
         Linux narrows a wildcard to the route's source address;\n\
         - which socket gets a connected UDP socket's peer's datagrams when other sockets share its\n  \
         port: the model ranks the connected socket by its binding like any other, and such a ranking\n  \
         says rule R8; the page documents only that datagrams from other senders are discarded.\n\n\
         The manual (`cargo doc`, module `manual`, \"Extrapolations\") also lists how the model reads\n\
         the sources where they are silent.\n",
    );
    out
}
