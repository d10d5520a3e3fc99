//! `knotless config path|check|default`.

use super::{Context, Failure};
use crate::cli::ConfigCommand;
use crate::config::{DEFAULT_TOML, load_file};
use std::io::Write;

pub(super) fn run(
    command: ConfigCommand,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match command {
        ConfigCommand::Path => {
            let path = cx.paths.config_file();
            writeln!(out, "{}", path.display())?;
            if !path.exists() {
                eprintln!(
                    "(no file there yet: knotless uses the defaults; `knotless config default > \"{}\"` starts one)",
                    path.display()
                );
            }
            Ok(())
        }
        ConfigCommand::Default => Ok(out.write_all(DEFAULT_TOML.as_bytes())?),
        ConfigCommand::Check { file } => {
            let explicit = file.is_some();
            let path = file.unwrap_or_else(|| cx.paths.config_file());
            let loaded = match load_file(&path) {
                Ok(Some(loaded)) => loaded,
                Ok(None) if explicit => {
                    return Err(Failure::Usage(format!(
                        "no config file at {}",
                        path.display()
                    )));
                }
                Ok(None) => {
                    writeln!(
                        out,
                        "{}: no config file; knotless uses the defaults",
                        path.display()
                    )?;
                    return Ok(());
                }
                Err(e) => {
                    return Err(Failure::Usage(format!(
                        "cannot read {}: {e}",
                        path.display()
                    )));
                }
            };
            if loaded.problems.is_empty() {
                writeln!(out, "{}: ok", path.display())?;
                return Ok(());
            }
            for problem in &loaded.problems {
                eprintln!("{}:{problem}", path.display());
            }
            let count = loaded.problems.len();
            Err(Failure::Usage(format!(
                "{count} problem{} in {}; those keys keep their defaults until fixed",
                if count == 1 { "" } else { "s" },
                path.display()
            )))
        }
    }
}
