//! The excluded port range reader: any bytes (as UTF-8, invalid bytes replaced) read as `netsh int ipv4 show excludedportrange` output.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::read_as(&String::from_utf8_lossy(data), winsock_bind::snapshot::Kind::ExcludedPorts);
});
