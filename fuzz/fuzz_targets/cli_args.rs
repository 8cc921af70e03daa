//! Command-line arguments and the address parsers behind them: never a panic. The first byte
//! picks a parser; the rest is split into arguments on NUL (for clap) or used whole.
#![no_main]

#[path = "../../src/bin/winsock-bind/args.rs"]
#[allow(dead_code, unreachable_pub)]
mod args;

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use winsock_bind::rules::Users;
use winsock_bind::{BindSpec, Endpoint, Era, ReuseMode, SocketOption, WsaError};

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    match which % 8 {
        0 => {
            let argv = std::iter::once("winsock-bind").chain(text.split('\0'));
            if let Ok(cli) = args::Cli::try_parse_from(argv) {
                let _ = format!("{cli:?}");
            }
        }
        1 => {
            if let Ok(e) = text.parse::<Endpoint>() {
                assert_eq!(e.to_string().parse::<Endpoint>().ok(), Some(e), "display round-trips");
            }
        }
        2 => drop(text.parse::<BindSpec>()),
        3 => drop(text.parse::<Era>()),
        4 => drop(text.parse::<WsaError>()),
        5 => drop((text.parse::<ReuseMode>(), text.parse::<SocketOption>(), text.parse::<Users>())),
        6 => {
            let mut parts = text.splitn(2, '\0');
            let (first, second) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if let Ok(d) = winsock_bind::second_bind(Era::Win11, Users::Different, first, second) {
                let _ = d.to_string();
            }
        }
        _ => drop(winsock_bind::probe::parse(text)),
    }
});
