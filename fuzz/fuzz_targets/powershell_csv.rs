//! The PowerShell CSV reader (Get-NetTCPConnection or Get-NetUDPEndpoint, by the first byte's
//! lowest bit): any bytes, decoded as a snapshot file is. Never a panic; reading is
//! deterministic, and what is read loads into a host or is refused with a located error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::snapshot::{Kind, Snapshot};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let kind = if first & 1 == 0 { Kind::PsTcp } else { Kind::PsUdp };
    let text = String::from_utf8_lossy(rest);
    if text.trim_start().starts_with(['[', '{']) { return; }
    let mut a = Snapshot::default();
    let once = a.add_text_as("fuzz", &text, kind).map_err(|e| e.to_string());
    let mut b = Snapshot::default();
    let twice = b.add_text_as("fuzz", &text, kind).map_err(|e| e.to_string());
    assert_eq!(once, twice, "deterministic");
    assert_eq!(a, b, "deterministic");
    if once.is_ok() {
        let _ = a.host(winsock_bind::Era::Win11, |l| winsock_bind::snapshot::Assume::default_for(l.pid));
    }
});
