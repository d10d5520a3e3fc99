//! `--help` in the user's language. Clap derives the help from the doc comments, in English;
//! here each command's and argument's text is replaced by its message (`cli-help-PATH`, an
//! attribute per argument: `.arg-ID`) and the headings by theirs. Clap's own words stay
//! English: its error messages (its formatter writes every error kind's sentence itself)
//! and the `[OPTIONS]`, `[possible values: …]` and `[default: …]` it adds.

use clap::{Arg, ArgAction, Command};
use knotless_i18n::{has_message, t, tr_in};

/// The command line's definition, its help in the active language.
pub fn command() -> Command {
    translate(<super::Cli as clap::CommandFactory>::command(), "knotless")
}

/// The message of `member` of the `cli-help` family, if English has it.
fn text(member: &str) -> Option<String> {
    has_message(&format!("cli-help-{member}")).then(|| tr_in("cli-help", member))
}

fn translate(mut command: Command, path: &str) -> Command {
    if let Some(about) = text(path) {
        command = command.about(about);
    }
    if let Some(long) = text(&format!("{path}.long")) {
        command = command.long_about(long);
    }
    if let Some(after) = text(&format!("{path}.after")) {
        command = command.after_help(after);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = text(&format!("{path}.arg-{id}"));
        let long = text(&format!("{path}.arg-{id}-long"));
        command = command.mut_arg(&id, |mut arg| {
            let heading = if arg.is_positional() {
                t!("cli-help-heading-arguments")
            } else {
                t!("cli-help-heading-options")
            };
            if let Some(help) = help {
                arg = arg.help(help);
            }
            if let Some(long) = long {
                arg = arg.long_help(long);
            }
            arg.help_heading(heading)
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub = if path == "knotless" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |s| translate(s, &sub));
    }
    frame(command)
}

/// The words clap adds around a command's help: the usage heading, the heading of the
/// verbs, and the `-h`/`-V` flags (added by hand: clap's own carry English help).
fn frame(command: Command) -> Command {
    // Plain, as clap writes it without its `color` feature.
    let usage = t!("cli-help-heading-usage");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let version = command.get_version().is_some();
    // As clap words its own -h: pointing to --help when that says more.
    // (clap's own test, `Command::long_help_exists_`, which is private).
    let says_more = |a: &Arg| {
        !a.is_hide_set()
            && (a.get_long_help().is_some()
                || a.is_hide_long_help_set()
                || a.is_hide_short_help_set()
                || (!a.is_hide_possible_values_set()
                    && a.get_possible_values()
                        .iter()
                        .any(|v| v.get_help().is_some() && !v.is_hide_set())))
    };
    let long = command.get_long_about().is_some()
        || command.get_before_long_help().is_some()
        || command.get_after_long_help().is_some()
        || command.get_arguments().any(says_more);
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(t!("cli-help-heading-options"));
    let help = if long {
        help.help(t!("cli-help-flag-help-more"))
            .long_help(t!("cli-help-flag-help-summary"))
    } else {
        help.help(t!("cli-help-flag-help"))
    };
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(t!("cli-help-heading-commands"))
        .disable_help_flag(true)
        .arg(help);
    if version {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-help-flag-version"))
                .help_heading(t!("cli-help-heading-options")),
        );
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of `command` and its verbs, short and long, by path.
    fn helps(command: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((format!("{path} -h"), command.render_help().to_string()));
        out.push((
            format!("{path} --help"),
            command.render_long_help().to_string(),
        ));
        let names: Vec<String> = command
            .get_subcommands()
            .map(|s| s.get_name().to_owned())
            .collect();
        for name in names {
            if let Some(sub) = command.find_subcommand_mut(&name) {
                helps(sub, &format!("{path} {name}"), out);
            }
        }
    }

    fn all_helps(mut command: Command) -> Vec<(String, String)> {
        command.build();
        let mut out = Vec::new();
        helps(&mut command, "knotless", &mut out);
        out
    }

    /// Every text of the derived command, with the id `translate` reads it by.
    fn texts(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let mut push = |id: String, text: Option<&clap::builder::StyledStr>| {
            if let Some(text) = text {
                out.push((id, text.to_string()));
            }
        };
        push(format!("cli-help-{path}"), command.get_about());
        push(format!("cli-help-{path}.long"), command.get_long_about());
        push(format!("cli-help-{path}.after"), command.get_after_help());
        for arg in command.get_arguments() {
            let id = arg.get_id();
            push(format!("cli-help-{path}.arg-{id}"), arg.get_help());
            push(
                format!("cli-help-{path}.arg-{id}-long"),
                arg.get_long_help(),
            );
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            let sub_path = if path == "knotless" {
                name.to_owned()
            } else {
                format!("{path}-{name}")
            };
            texts(sub, &sub_path, out);
        }
    }

    #[test]
    fn every_help_text_has_its_message() {
        let mut wanted = Vec::new();
        texts(
            &<super::super::Cli as clap::CommandFactory>::command(),
            "knotless",
            &mut wanted,
        );
        let missing: Vec<&String> = wanted
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !has_message(id))
            .collect();
        assert!(
            missing.is_empty(),
            "cli.ftl lacks {missing:?} (a doc comment of src/cli.rs is new: run \
             `english_as_fluent`, see below)"
        );
    }

    #[test]
    fn in_english_the_help_is_the_one_clap_derives() {
        let derived = all_helps(<super::super::Cli as clap::CommandFactory>::command());
        let ours = knotless_i18n::with_language("en", || all_helps(command()));
        assert_eq!(derived.len(), ours.len());
        for ((path, want), (_, got)) in derived.iter().zip(&ours) {
            assert_eq!(got, want, "{path}");
        }
    }

    #[test]
    fn under_the_pseudo_language_only_clap_s_own_words_stay_english() {
        let ours = knotless_i18n::with_language(knotless_i18n::PSEUDO, || all_helps(command()));
        // Clap's own `help` verb (made as the command is built) keeps clap's words.
        for (path, text) in ours
            .iter()
            .filter(|(p, _)| !p.split(' ').any(|w| w == "help"))
        {
            let usage = text
                .lines()
                .find(|l| l.contains("knotless"))
                .unwrap_or_default();
            assert!(!usage.contains("Usage"), "{path}: {usage}");
            for heading in ["Commands:", "Options:", "Arguments:", "Print help"] {
                assert!(!text.contains(heading), "{path}: {heading}\n{text}");
            }
        }
        let root = &ours[1].1;
        let about = root.lines().next().unwrap_or_default();
        assert!(!about.contains("move often"), "{about}");
        assert!(root.contains("ḿooṽee"), "{root}");
    }

    /// The texts clap derives from the doc comments, as Fluent: `cargo test --lib
    /// cli::help::tests::english_as_fluent -- --ignored --nocapture` writes what
    /// `assets/locales/en/cli.ftl` holds after a doc comment changed.
    #[test]
    #[ignore = "prints the English messages; run by hand"]
    fn english_as_fluent() {
        /// A text as a Fluent pattern: braces and the characters a line may not start with
        /// as literals, each line indented by `indent`.
        fn fluent(text: &str, indent: &str) -> String {
            let text: String = text
                .chars()
                .map(|c| match c {
                    '{' => "{\"{\"}".to_owned(),
                    '}' => "{\"}\"}".to_owned(),
                    c => c.to_string(),
                })
                .collect();
            text.lines()
                .map(|l| match l.chars().next() {
                    None => "\n".to_owned(),
                    Some(c @ ('[' | '*' | '.')) => format!("\n{indent}{{\"{c}\"}}{}", &l[1..]),
                    Some(_) => format!("\n{indent}{l}"),
                })
                .collect()
        }
        let mut all = Vec::new();
        let cli = <super::super::Cli as clap::CommandFactory>::command();
        texts(&cli, "knotless", &mut all);
        for (id, text) in all {
            match id.split_once('.') {
                Some((_, attribute)) => println!("    .{attribute} ={}", fluent(&text, "        ")),
                None => println!("{id} ={}", fluent(&text, "    ")),
            }
        }
    }
}
