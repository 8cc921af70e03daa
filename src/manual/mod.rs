//! # The manual: why the model says what it says
//!
//! Documentation only (as rustls's `manual`): the rules with their sources, the places where
//! sources disagree or are silent and how we read them, and what is not modelled. The code cites
//! the same sources next to each rule; this page is the overview.
//!
//! ## Sources
//!
//! - **Seed 002** ("Socket security", Anthony Jones): Table 1 (platforms), Tables 2 to 4 (bind
//!   outcomes), the SO_EXCLUSIVEADDRUSE caveat on active connections, SO_LINGER, the enhanced
//!   security of Server 2003. Its tables are the oracles in `tables/`.
//! - **`domain.md`**: facts observed on real Windows by public test suites (Wine's conformance
//!   tests run on Windows, .NET, Go, libuv, Node, trio): eras, dynamic ports, dual-stack rules,
//!   option rules, lifetimes, delivery, how runtimes bind.
//! - **The real-socket check** (`winsock-bind check`): Wine here, Windows Server 2022 in CI.
//!
//! ## The bind rules
//!
//! A bind is decided pairwise against every binding already on its port and protocol, in bind
//! order; the first refusal wins ([`rules::decide`](crate::rules::decide)). The pair's verdict
//! depends on how the addresses overlap (identical, disjoint, covers, covered by), both
//! sockets' reuse modes, same or different account, and the era.
//!
//! | id | when | result | source |
//! | --- | --- | --- | --- |
//! | B1 | nothing on the port overlaps | success | seed 002 (different interfaces never conflict) |
//! | L1 | before Server 2003: SO_REUSEADDR over an exclusive holder | WSAEACCES | Table 2 |
//! | L2 | before Server 2003: SO_REUSEADDR over anything else | success (shared, or stolen) | Table 2 |
//! | L3 | before Server 2003: no SO_REUSEADDR | WSAEADDRINUSE | Table 2 |
//! | E1 | exclusive wildcard over a specific binding | WSAEADDRINUSE | Tables 3-4, "Application Strategies" |
//! | E2 | non-exclusive wildcard over a specific binding | success (gets the other interfaces) | Tables 3-4 |
//! | E3 | anything beneath an exclusive wildcard | WSAEACCES | Tables 3-4 |
//! | E4 | same account beneath its own non-exclusive wildcard | success | Table 3 |
//! | E5 | another account beneath a wildcard, not both SO_REUSEADDR | WSAEACCES | Table 4 |
//! | E6 | both SO_REUSEADDR | success (shared) | Tables 3-4 |
//! | E7 | identical address, only the newcomer set SO_REUSEADDR | WSAEACCES | Tables 3-4 |
//! | E8 | identical address, newcomer did not ask to share | WSAEADDRINUSE | Tables 3-4 |
//! | D1 | an exclusive holder meets the other stack through dual-stack | WSAEACCES | domain.md (observed) |
//! | D2 | an exclusive newcomer needs both stacks, the other is taken | WSAEADDRINUSE | domain.md (observed) |
//! | D3 | dual-stack and IPv4 meet, neither exclusive | success | domain.md (observed) |
//! | T1 | a closed exclusive socket's connections are active (documented) | WSAEADDRINUSE | seed 002 caveat |
//! | T2 | the same, observed on current Windows | success | domain.md, Lifetimes |
//!
//! Over the 108 documented cells: L1 4, L2 8, L3 24, E1 6, E2 12, E3 6, E4 6, E5 5, E6 5,
//! E7 8, E8 24 (a test keeps these honest: every rule decides at least one cell).
//!
//! Option rules O1-O5, socket-state rules S1-S13, port rules P1-P2 and delivery rules R1-R6 are
//! listed with their sources on [`Reason`](crate::Reason) and in
//! [`rules::delivery`](crate::rules::delivery).
//!
//! ## Readings where the sources are silent or disagree
//!
//! - **Table 2's era.** It names none; it needs SO_EXCLUSIVEADDRUSE and predates enhanced
//!   security, so it holds for NT 4.0 SP4 to XP SP2/SP3. Before XP SP2 the tables are drawn for
//!   administrators, who alone may set the option (`tables/README.md`).
//! - **Dual-stack across users and exclusivity.** `domain.md` gives the dual-stack rules without
//!   accounts; we apply them to any account (so another account's specific IPv4 bind beneath a
//!   plain dual-stack `[::]` succeeds, D3, where beneath `0.0.0.0` it would be WSAEACCES, E5).
//!   It says an exclusive dual-stack `[::]` blocks later IPv4 binds and that a later exclusive
//!   `[::]` fails over IPv4; we extend them by analogy with one stack: an exclusive IPv4 holder
//!   refuses a dual-stack socket over its address (D1) unless a non-exclusive wildcard goes
//!   around its specific address (as E2); an exclusive *wildcard* newcomer needs every address
//!   (D2, as E1); an exclusive *specific* newcomer beneath a dual-stack `[::]` coexists (D3).
//! - **IPv4 wildcard versus dual-stack `[::]` for IPv4 traffic.** Both reach it; we give it to the
//!   native IPv4 wildcard (rule R2), the dual-stack half being the weaker binding (they coexist).
//! - **The exclusive caveat's scope.** Seed 002 says "all binds to this port will fail"; we apply
//!   it to binds overlapping the closed socket's address (two different specific addresses never
//!   conflict), with WSAEADDRINUSE, which the seed does not name.
//! - **Observed lifetimes.** `domain.md` says a new *exclusive* listener can bind while the old
//!   one's accepted connection is open; we read it as: such connections block no bind (T2).
//! - **Remote peers** answer our FIN at once (the well-behaved client seed 002 tells servers to
//!   wait for), so a graceful close of an accepted connection ends in TIME_WAIT within the call.
//!   FIN_WAIT_1, LAST_ACK and CLOSING are passed through within a call and show in transitions.
//! - **Options after bind.** SO_REUSEADDR / SO_EXCLUSIVEADDRUSE set after bind are stored and read
//!   back but do not change the binding; IPV6_V6ONLY after bind is WSAEINVAL (domain.md).
//! - **IPv6 before Server 2003.** Not in the sources: XP has a separate IPv6 stack as Server 2003
//!   does; earlier releases have none (WSAEAFNOSUPPORT).
//! - **Wine.** Wine 8 answers WSAEACCES where Table 3 says WSAEADDRINUSE for a wildcard bind over
//!   an exclusive wildcard; listed in `probe/wine-known-differences.toml`, not followed.
//!
//! ## Not modelled
//!
//! - Time: TIME_WAIT lasts for ever (it blocks nothing, so this changes no answer); no timers.
//! - UDP `connect`, TCP data transfer, zero-window peers that never close.
//! - SO_LINGER with a non-zero timeout behaves as a graceful close.
//! - Multicast beyond group membership on a port (no TTL, loopback, source filters).
