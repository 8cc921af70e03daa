//! Scenario text (JSON or TOML) in, a transcript out: loading and running must never panic,
//! whatever the bytes, and an accepted scenario must run and render.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::scenario::{self, Format};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for format in [Format::Json, Format::Toml] {
        if let Ok(s) = scenario::from_str(text, format) {
            let t = s.run();
            let _ = t.to_string();
            let _ = t.passed();
        }
    }
});
