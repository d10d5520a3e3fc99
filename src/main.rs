//! The `knotless` binary: parse the command line, run the verb, map failures to exit codes.

use clap::FromArgMatches;
use knotless::cli::Cli;
use knotless::commands::{self, Context, Failure};
use knotless::platform::clock::SystemClock;
use knotless::platform::paths::Paths;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The desktop's language first, so the command line's own errors (a duration that
    // cannot be read) are in it; `[ui] language` wins once the config is found.
    knotless::platform::language::apply("auto");
    let matches = knotless::cli::help::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let paths = match Paths::from_env() {
        Ok(paths) => paths,
        Err(e) => {
            eprintln!("knotless: {e}");
            return ExitCode::from(1);
        }
    };
    knotless::platform::language::apply_from_config(&paths);
    let cx = Context {
        paths,
        clock: &SystemClock,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result =
        commands::run(cli, &cx, &mut out).and_then(|()| out.flush().map_err(Failure::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`knotless plan --days 365 | head`): not an error.
        Err(Failure::Runtime(e))
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("knotless: {failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}
