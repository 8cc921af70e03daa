//! The HTTP.sys certificate binding reader: any bytes (as UTF-8, invalid bytes replaced) read as `netsh http show sslcert` output.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::read_as(&String::from_utf8_lossy(data), winsock_bind::snapshot::Kind::HttpSslcert);
});
