//! The PowerShell CSV reader: any bytes not starting as JSON, read as Get-NetTCPConnection or,
//! by the first byte's lowest bit, Get-NetUDPEndpoint output piped to Export-Csv.
#![no_main]

#[path = "common.rs"]
mod common;

use winsock_bind::snapshot::Kind;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    if !text.trim_start().starts_with(['[', '{']) {
        common::read_as(&text, if first & 1 == 0 { Kind::PsTcp } else { Kind::PsUdp });
    }
});
