//! The HTTP.sys IP listen list reader: any bytes (as UTF-8, invalid bytes replaced) read as `netsh http show iplisten` output.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::read_as(&String::from_utf8_lossy(data), winsock_bind::snapshot::Kind::HttpIplisten);
});
