//! The integration tests, as modules of one test binary: one compilation and one link instead of
//! one per file. Each module reads as the file it was; run one with `cargo test --test it audit::`.
//!
//! Files that stay binaries of their own, in `tests/`: `memory.rs` (its counting global allocator
//! would count every other test's allocations), `linux_kernel.rs` (real sockets, and it runs its
//! own binary again as another user), and the three whose names are in a documented command,
//! `WINSOCK_BIND_REGENERATE=1 cargo test --test NAME` (`generated_tables.rs`, `sources.rs`,
//! `linux_tables.rs`). A new test file can be a module here or a file of its own in `tests/`.
//!
//! insta names a snapshot after the module path: `tests/it/snapshots/it__audit__NAME.snap`.

#[path = "../common/mod.rs"]
mod common;

mod audit;
mod audit_linux;
mod bad_input;
mod cli;
mod conformance;
mod doctor;
mod doctor_bad_input;
mod examples;
mod host_properties;
mod hostile_input;
mod layers;
mod linux_check;
mod linux_host;
mod machine_audit;
mod network;
mod one_path;
mod portability;
mod ports;
mod properties;
mod sarif;
mod scan_cli;
mod scan_corpus;
mod scenario_input;
mod scenario_vocabulary;
mod snapshots;
mod table_cli;
mod table_snapshots;
