//! The audit configuration reader: any bytes as a JSON or TOML `audit --config` file (by the
//! first byte), then the target it describes. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winsock_bind::audit::Config;
use winsock_bind::scenario::Format;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let format = if first & 1 == 0 { Format::Json } else { Format::Toml };
    if let Ok(config) = Config::from_str(text, format) {
        let _ = config.target().map(|t| format!("{t:?}"));
    }
});
