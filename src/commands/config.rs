//! `knotless config path|check|default`.

use super::{Context, Failure};
use crate::cli::ConfigCommand;
use crate::config::{DEFAULT_TOML, load_file};
use knotless_i18n::t;
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
                    "{}",
                    t!("config-path-none", path = path.display().to_string())
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
                    return Err(Failure::Usage(t!(
                        "config-check-no-file",
                        path = path.display().to_string()
                    )));
                }
                Ok(None) => {
                    writeln!(
                        out,
                        "{}",
                        t!("config-check-defaults", path = path.display().to_string())
                    )?;
                    return Ok(());
                }
                Err(e) => {
                    return Err(Failure::Usage(t!(
                        "config-check-unreadable",
                        path = path.display().to_string(),
                        reason = e.to_string()
                    )));
                }
            };
            if loaded.problems.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t!("config-check-ok", path = path.display().to_string())
                )?;
                return Ok(());
            }
            // file:line:column: key = value: message, as compilers write it.
            for problem in &loaded.problems {
                eprintln!("{}:{problem}", path.display());
            }
            Err(Failure::Usage(t!(
                "config-check-problems",
                count = loaded.problems.len(),
                path = path.display().to_string()
            )))
        }
    }
}
