//! Snapshot auto-detection: any bytes as a file of unknown kind (UTF-16 with a byte-order mark
//! or UTF-8), recognised and read. Never a panic; a file is recognised as at most one kind, and
//! reading it is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::snapshot::Snapshot;

fuzz_target!(|data: &[u8]| {
    let mut a = Snapshot::default();
    let once = a.add_bytes("fuzz", data).map_err(|e| e.to_string());
    let mut b = Snapshot::default();
    let twice = b.add_bytes("fuzz", data).map_err(|e| e.to_string());
    assert_eq!(once, twice, "deterministic");
    assert_eq!(a, b, "deterministic");
});
