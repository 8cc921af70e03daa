//! `doctor` end to end: the bytes are one or more snapshot files (split on NUL, each recognised
//! as `doctor FILES...` does) and the diagnosis of `default 0.0.0.0:80` (or, by the first byte,
//! `reuseaddr [::]:80` or `exclusive [fe80::1%12]:80`) is computed and rendered. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::doctor::{diagnose, Request};
use winsock_bind::snapshot::Snapshot;
use winsock_bind::{BindSpec, Era, Proto};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let mut snap = Snapshot::default();
    for (i, file) in rest.split(|&b| b == 0).enumerate() {
        if snap.add_bytes(&format!("f{i}"), file).is_err() {
            return;
        }
    }
    let spec = ["default 0.0.0.0:80", "reuseaddr [::]:80", "exclusive [fe80::1%12]:80"][usize::from(first % 3)];
    let spec: BindSpec = spec.parse().expect("a valid bind");
    let proto = if first & 4 == 0 { Proto::Tcp } else { Proto::Udp };
    if let Ok(d) = diagnose(&snap, &Request::from_spec(Era::Win11, proto, &spec)) {
        let _ = d.to_string();
        let _ = d.to_json();
    }
});
