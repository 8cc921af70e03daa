//! The machine audit end to end: the bytes are one or more snapshot files (split on NUL, as
//! `audit --era ERA FILES...` reads them), audited and rendered. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::audit::machine::machine_audit;
use winsock_bind::snapshot::Snapshot;
use winsock_bind::Era;

fuzz_target!(|data: &[u8]| {
    let mut snap = Snapshot::default();
    for (i, file) in data.split(|&b| b == 0).enumerate() {
        if snap.add_bytes(&format!("f{i}"), file).is_err() {
            return;
        }
    }
    // Each listener costs an attack search: keep one input's work bounded.
    if snap.listeners.len() > 16 {
        return;
    }
    let report = machine_audit(Era::Win11, &snap);
    let _ = serde_json::to_string(&report);
    let _ = report.to_sarif().to_json();
});
