//! The dynamic port range reader: any bytes, decoded as a snapshot file is, read as `netsh int ipv4 show dynamicport` output. Never a panic; what is
//! read is deterministic (reading twice gives the same snapshot) and a socket it lists loads
//! into a host or is refused with a located error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::snapshot::{Kind, Snapshot};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut a = Snapshot::default();
    let first = a.add_text_as("fuzz.txt", &text, Kind::DynamicPorts).map_err(|e| e.to_string());
    let mut b = Snapshot::default();
    let second = b.add_text_as("fuzz.txt", &text, Kind::DynamicPorts).map_err(|e| e.to_string());
    assert_eq!(first, second, "deterministic");
    assert_eq!(a, b, "deterministic");
    if first.is_ok() {
        let _ = a.host(winsock_bind::Era::Win11, |l| winsock_bind::snapshot::Assume::default_for(l.pid));
    }
});
