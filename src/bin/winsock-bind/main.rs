//! `winsock-bind`: a thin shell over the library. Parses, calls one library function per
//! subcommand, prints, and exits 0 (success), 1 (a check failed) or 2 (bad input).

mod args;

use std::process::ExitCode;

use clap::Parser;
use winsock_bind::table::{self, RenderOptions, Spec};

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("winsock-bind: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Eras => print!("{}", winsock_bind::eras_table()),
        Command::Table { era, users, family, proto, format, explain, documented } => {
            let spec = Spec { era, users, family, proto };
            spec.validate().map_err(|e| e.to_string())?;
            let options = RenderOptions { explain, documented };
            print!("{}", table::render_with(&table::generate(&spec), format, options));
        }
        Command::Explain { era, users, first, second } => {
            let d = winsock_bind::second_bind(era, users, &first, &second).map_err(|e| e.to_string())?;
            println!("{d}");
            println!("source: {}", d.reason.source());
        }
    }
    Ok(ExitCode::SUCCESS)
}
