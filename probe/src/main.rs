//! winsock-bind-probe: runs a bind scenario on the real sockets of the
//! platform it runs on and prints one result line per step.
//!
//! Input (stdin): the steps of `script.rs`, one per line.
//! Output (stdout): `STEPNO ok [...]`, `STEPNO err CODE NAME` or
//! `STEPNO skip REASON`, exactly one line per step, in order.
//! Notes (port mapping, platform defaults) go to stderr.
//! Exit status: 0 after a run, 2 on an input error (nothing is run then),
//! 1 when stdin cannot be read or stdout cannot be written.

mod ports;
mod run;
mod script;
mod sys;

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: winsock-bind-probe < steps.txt\n\
Runs the steps on real sockets; prints one line per step on stdout.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(a) = args.first() {
        if a == "-h" || a == "--help" {
            println!("{}", USAGE);
            return ExitCode::SUCCESS;
        }
        eprintln!("error: unexpected argument `{}`\n{}", a, USAGE);
        return ExitCode::from(2);
    }

    let mut bytes = Vec::new();
    if let Err(e) = io::stdin().read_to_end(&mut bytes) {
        eprintln!("error: cannot read stdin: {}", e);
        return ExitCode::from(1);
    }
    // Bytes that are not UTF-8 become U+FFFD and fail to parse, with their line.
    let input = String::from_utf8_lossy(&bytes);
    let script::Script { netns, mut steps } = match script::parse(&input) {
        Ok(script) => script,
        Err(e) => {
            eprintln!("error: line {}: {}", e.line_no, e.what);
            return ExitCode::from(2);
        }
    };

    eprintln!("probe: platform {}, {} step(s)", sys::PLATFORM, steps.len());
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if let Some((low, high)) = netns {
        // A namespace of its own: the sysctl changes nothing outside it, and every port is free
        // there, so the scenario's ports are used as written.
        if let Err(why) = sys::enter_netns(low, high) {
            eprintln!("probe: cannot set ip_local_port_range: {}", why);
            for i in 0..steps.len() {
                if writeln!(out, "{} skip no network namespace: {}", i + 1, why).is_err() {
                    return ExitCode::from(1);
                }
            }
            return ExitCode::SUCCESS;
        }
        eprintln!("probe: in a network namespace of its own, ip_local_port_range {} {}", low, high);
    }
    let map = if netns.is_some() {
        Vec::new()
    } else {
        match ports::map_ports(&mut steps) {
            Ok(map) => map,
            Err(e) => {
                eprintln!("error: cannot find free ports: {}", e);
                return ExitCode::from(1);
            }
        }
    };
    for (from, to) in &map {
        eprintln!("probe: port {} -> {}", from, to);
    }

    let mut runner = run::Runner::new();
    for (i, step) in steps.iter().enumerate() {
        let result = runner.step(i + 1, step);
        if writeln!(out, "{} {}", i + 1, result).and_then(|_| out.flush()).is_err() {
            eprintln!("error: cannot write stdout");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
