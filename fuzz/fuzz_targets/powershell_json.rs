//! The PowerShell JSON reader: any bytes (a leading `[` added when missing) read as
//! Get-NetTCPConnection or, by the first byte's lowest bit, Get-NetUDPEndpoint output.
#![no_main]

#[path = "common.rs"]
mod common;

use winsock_bind::snapshot::Kind;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let json = if text.trim_start().starts_with(['[', '{']) { text.into_owned() } else { format!("[{text}") };
    common::read_as(&json, if first & 1 == 0 { Kind::PsTcp } else { Kind::PsUdp });
});
