//! # The manual: why the model says what it says
//!
//! Documentation only (as rustls's `manual`): the rules with their sources and evidence, the
//! places where sources disagree or are silent and how we read them, and what is not modelled.
//! The code cites the same sources next to each rule; this page is the overview. Every source is
//! public and listed, with its link, in [Sources](#sources) below (`docs/sources.md`).
//!
//! ## Evidence
//!
//! Every answer says what it rests on ([`Evidence`](crate::Evidence), printed by `explain`,
//! carried by every table format and by [`Decision`](crate::Decision)):
//!
//! - **documented**: Microsoft's documentation states it (Tables 1-4 of "Using SO_REUSEADDR and
//!   SO_EXCLUSIVEADDRUSE", the Winsock function reference);
//! - **observed**: a public test suite saw it on real Windows (Wine's conformance tests, runtime
//!   test suites) though no document states it;
//! - **extrapolated**: our own reading where no source speaks (listed below).
//!
//! A rule has an evidence of its own ([`Reason::evidence`](crate::Reason::evidence)); an answer
//! is never better founded than the weakest thing it uses: a documented rule applied through an
//! IPv4-mapped address (observed to behave as its IPv4 address) is observed, and through the
//! dual-stack principle where nothing was observed, extrapolated.
//!
//! ## The bind rules
//!
//! A bind is decided pairwise against every binding already on its port and protocol
//! ([`rules::decide`](crate::rules::decide)). The pair's verdict depends on how the addresses
//! overlap (identical, disjoint, covers, covered by), both sockets' reuse modes, same or
//! different account, and the era. `explain`, `table`, [`second_bind`](crate::second_bind), the
//! [`Host`](crate::Host) and the audit all reach it through the same calls
//! ([`play`](crate::play) plays a two-bind question on a two-socket Host).
//!
//! | id | when | result | evidence | documented cells decided (of 108) |
//! | --- | --- | --- | --- | --- |
//! | B1 | nothing on the port overlaps | success | documented | 0 |
//! | L1 | before Server 2003: SO_REUSEADDR over an exclusive holder | WSAEACCES | documented | 4 |
//! | L2 | before Server 2003: SO_REUSEADDR over anything else | success (shared, or stolen) | documented | 8 |
//! | L3 | before Server 2003: no SO_REUSEADDR | WSAEADDRINUSE | documented | 24 |
//! | E1 | exclusive wildcard over a specific binding | WSAEADDRINUSE | documented | 6 |
//! | E2 | non-exclusive wildcard over a specific binding | success (gets the other interfaces) | documented | 12 |
//! | E3 | anything beneath an exclusive wildcard | WSAEACCES | documented | 6 |
//! | E4 | same account beneath its own non-exclusive wildcard | success | documented | 6 |
//! | E5 | another account beneath a wildcard, not both SO_REUSEADDR | WSAEACCES | documented | 5 |
//! | E6 | both SO_REUSEADDR | success (shared) | documented | 5 |
//! | E7 | identical address, only the newcomer set SO_REUSEADDR | WSAEACCES | documented | 8 |
//! | E8 | identical address, newcomer did not ask to share | WSAEADDRINUSE | documented | 24 |
//! | O1 | SO_EXCLUSIVEADDRUSE does not exist (9x, NT 4.0 before SP4) | WSAENOPROTOOPT | documented | 0 |
//! | O2 | SO_EXCLUSIVEADDRUSE by a non-administrator before XP SP2 | WSAEACCES | documented | 0 |
//! | O3 | one reuse option on while the other is on | WSAEINVAL | observed | 0 |
//! | O4 | IPV6_V6ONLY changed after bind | WSAEINVAL | observed | 0 |
//! | O5 | IPV6_V6ONLY before Vista; setting SO_ACCEPTCONN | WSAENOPROTOOPT | documented | 0 |
//! | T1 | a closed exclusive socket's connections are active (documented) | WSAEADDRINUSE | documented | 0 |
//! | T2 | the same, observed on current Windows | success | observed | 0 |
//! | S1-S12 | socket state and call checks (not a socket, already bound, not local, family ...) | WSAENOTSOCK, WSAEINVAL, WSAEADDRNOTAVAIL, WSAEAFNOSUPPORT ... | documented | 0 |
//! | P1 | port 0 finds no free port of the dynamic range | WSAENOBUFS | documented | 0 |
//! | P2 | the port is inside an excluded port range | WSAEACCES | observed | 0 |
//!
//! Over the 108 documented cells: L1 4, L2 8, L3 24, E1 6, E2 12, E3 6, E4 6, E5 5, E6 5,
//! E7 8, E8 24 (a test keeps these honest: every rule decides at least one cell).
//!
//! Option rules O1-O5, socket-state rules S1-S13, port rules P1-P2 and delivery rules R1-R8 are
//! listed with their sources on [`Reason`](crate::Reason) and in
//! [`rules::delivery`](crate::rules::delivery).
//!
//! ## Dual-stack from one principle
//!
//! A dual-stack `[::]` (IPV6_V6ONLY off, Vista on) has no rules of its own. The addresses of a
//! port are ordered IPv4 specific < `0.0.0.0` < dual-stack `[::]`, each covering the ones before
//! it (an IPv4-mapped address counts as its IPv4 address), and the one-stack rules above decide
//! the pair ([`rules::dual_stack`](crate::rules::dual_stack)). This reproduces every case Wine's
//! `test_reuseaddr` saw on Windows (same account): `[::]` and `0.0.0.0` coexist in either order
//! when neither is exclusive (E4, E2); an exclusive `[::]` refuses a later `0.0.0.0` or
//! `127.0.0.1` (E3, WSAEACCES); a later exclusive `[::]` fails over `127.0.0.1` (E1,
//! WSAEADDRINUSE); a plain `[::]` then an exclusive `0.0.0.0` succeeds (E4). Everything else it
//! decides is labelled extrapolated.
//!
//! ## Several sockets on one port
//!
//! When several existing bindings refuse one bind, the answer does not depend on the order they
//! were bound in: WSAEACCES before WSAEADDRINUSE before another error, then the rule with the
//! smallest id, then the better-founded evidence; the socket named is the oldest with that
//! verdict. No source says which conflict Windows reports, so where the refusing bindings
//! disagree on the error the answer is labelled extrapolated.
//!
//! ## Documented and observed behaviour
//!
//! Where current Windows does something other than the documents say (the closed exclusive
//! socket's connections, who receives a connection), the model knows both. Eras up to `vista`
//! answer as documented; later eras answer as observed unless the documented answer is asked for
//! (`--documented`, `"behaviour": "documented"`); wherever the two differ, output gives both,
//! labelled.
//!
//! ## Extrapolations: what the model answers where no source speaks
//!
//! Answers labelled `extrapolated`:
//!
//! - a dual-stack `[::]` meeting an IPv4 binding of **another account** (in either order): the
//!   one-stack rules of Table 4, e.g. another account's `10.0.0.1` beneath a plain `[::]` gets
//!   WSAEACCES (E5) as beneath `0.0.0.0`;
//! - a dual-stack `[::]` meeting an IPv4 binding with options Wine did not try (an exclusive
//!   specific address beneath `[::]`, an exclusive `0.0.0.0` before a `[::]`, an SO_REUSEADDR
//!   `[::]` before an exclusive `0.0.0.0` ...): the one-stack rules of Table 3 on the principle's
//!   order;
//! - the precedence among several refusing sockets that disagree on the error.
//!
//! Readings of the sources (answers keep the evidence of their rule):
//!
//! - **Table 2's era.** It names none; it needs SO_EXCLUSIVEADDRUSE and predates enhanced
//!   security, so it holds for NT 4.0 SP4 to XP SP2/SP3. Before XP SP2 the tables are drawn for
//!   administrators, who alone may set the option (`tables/README.md`).
//! - **IPv6 tables.** The documents' tables name no family; we apply them to IPv6 sockets on one
//!   stack as to IPv4.
//! - **IPv6 before Server 2003.** XP has a separate IPv6 stack as Server 2003 does; earlier
//!   releases have none (WSAEAFNOSUPPORT). IPV6_V6ONLY exists from Vista on only: before, reading
//!   and writing it both fail with WSAENOPROTOOPT.
//! - **IPv4 wildcard versus dual-stack `[::]` for IPv4 traffic.** Both reach it; we give it to the
//!   native IPv4 wildcard (rule R2), the dual-stack half being the weaker binding (they coexist).
//! - **The exclusive caveat's scope.** "All binds to this port will fail", taken literally: every
//!   address of the port on each stack the closed socket held (both for a dual-stack `[::]`),
//!   with WSAEADDRINUSE, which the documentation does not name. The observed answer (T2) exists
//!   from Windows 7 on only.
//! - **Multicast arrival.** A datagram to a group reaches the sockets that joined it on the
//!   interface it arrives on and whose bound address covers that interface; without a named
//!   interface it arrives on every interface where the group is joined (the model has no links).
//! - **Observed lifetimes.** A new *exclusive* listener can bind while the old one's accepted
//!   connection is open; we read it as: such connections block no bind (T2).
//! - **Remote peers** answer our FIN at once (the well-behaved client the document tells servers
//!   to wait for), so a graceful close of an accepted connection ends in TIME_WAIT within the call.
//!   FIN_WAIT_1, LAST_ACK and CLOSING are passed through within a call and show in transitions.
//! - **Options after bind.** SO_REUSEADDR / SO_EXCLUSIVEADDRUSE set after bind are stored and read
//!   back but do not change the binding; IPV6_V6ONLY after bind is WSAEINVAL (O4).
//! - **Addresses a bind can never use.** A multicast group or `255.255.255.255` is not a local
//!   address: WSAEADDRNOTAVAIL (S4).
//! - **Wine.** Wine 8 answers WSAEACCES where Table 3 says WSAEADDRINUSE for a wildcard bind over
//!   an exclusive wildcard; listed in `probe/wine-known-differences.toml`, not followed.
//!
//! ## Not modelled
//!
//! - Time: TIME_WAIT lasts for ever (it blocks nothing, so this changes no answer); no timers.
//! - UDP `connect`, TCP data transfer, zero-window peers that never close.
//! - SO_LINGER with a non-zero timeout behaves as a graceful close.
//! - Multicast beyond group membership per interface (no TTL, loopback, source filters).
//! - Networks ([`Network`](crate::Network)): one link, no routers, subnets, firewalls or NAT;
//!   every host reaches every address of another (rules N2-N4 are extrapolated). Closing one
//!   end of a connection between two hosts puts the other in CLOSE_WAIT (a reset: CLOSED) at
//!   once, while the closing end goes on as with any remote peer (to TIME_WAIT); multicast
//!   does not cross hosts. A load balancer is a pattern of steps (a listener, and backend
//!   connections opened per client connection or per request), not a modelled program; NTLM is
//!   an expectation on connection identity, not a model of its messages.
//!
//! <a id="sources"></a>
#![doc = include_str!("../../docs/sources.md")]
