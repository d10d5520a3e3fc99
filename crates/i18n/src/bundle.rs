//! The parsed languages: one Fluent bundle per file of a language (`daemon.ftl`,
//! `break.ftl`, …), made the first time one of its messages is asked for and kept for the
//! life of the process. A daemon that shows only the tray, notifications and `status` never
//! parses the windows' files: measured, parsing all of English's files costs the daemon's
//! idle footprint about a megabyte (docs/performance.md).

use crate::{ENGLISH, LOCALES, PSEUDO, language};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// One slot per file of each embedded language, then the pseudo-language's (English's files).
fn slots() -> &'static [Vec<OnceLock<Bundle>>] {
    static SLOTS: OnceLock<Vec<Vec<OnceLock<Bundle>>>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(_, files)| files.len())
            .chain(std::iter::once(files(PSEUDO).len()))
            .map(|n| (0..n).map(|_| OnceLock::new()).collect())
            .collect()
    })
}

/// The files of a language (the pseudo-language reads English's).
fn files(lang: &str) -> &'static [(&'static str, &'static str)] {
    let lang = if lang == PSEUDO { ENGLISH } else { lang };
    LOCALES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, files)| files)
}

/// Whether a file's text defines message `name` (a line `name = …`), found without parsing.
fn defines(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let starts_line = at == 0 || text[..at].ends_with('\n');
        let rest = text[at + name.len()..].trim_start_matches([' ', '\t']);
        starts_line && rest.starts_with('=')
    })
}

/// The bundle of `lang` that has message `name`: one parsed already, else the file that
/// defines it, parsed now.
fn bundle_with(lang: &'static str, name: &str) -> Option<&'static Bundle> {
    let slot = if lang == PSEUDO {
        LOCALES.len()
    } else {
        LOCALES.iter().position(|(l, _)| *l == lang)?
    };
    let slots = &slots()[slot];
    if let Some(parsed) = slots
        .iter()
        .filter_map(OnceLock::get)
        .find(|b| b.has_message(name))
    {
        return Some(parsed);
    }
    let files = files(lang);
    let file = files.iter().position(|(_, text)| defines(text, name))?;
    Some(slots[file].get_or_init(|| parse(lang, files[file].1)))
}

/// Whether English has message `id` (or `id.attribute`): looked up in the one file that
/// defines it, parsed once, as the texts themselves are (the windows ask this as they draw).
pub fn has_message(id: &str) -> bool {
    let (name, attribute) = id.split_once('.').map_or((id, None), |(n, a)| (n, Some(a)));
    bundle_with(ENGLISH, name)
        .and_then(|bundle| bundle.get_message(name))
        .is_some_and(|message| attribute.is_none_or(|a| message.get_attribute(a).is_some()))
}

/// The files of `lang` parsed so far in this process (what the tests watch).
pub fn parsed_files(lang: &str) -> Vec<&'static str> {
    let Some(slot) = LOCALES.iter().position(|(l, _)| *l == lang) else {
        return Vec::new();
    };
    slots()[slot]
        .iter()
        .zip(files(lang))
        .filter(|(parsed, _)| parsed.get().is_some())
        .map(|(_, (name, _))| *name)
        .collect()
}

fn parse(lang: &'static str, text: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: egui draws them as boxes, and no
    // language we ship is right-to-left.
    bundle.set_use_isolating(false);
    if lang == PSEUDO {
        bundle.set_transform(Some(pseudo_transform));
    }
    // A file with a syntax error still gives its good messages; the tests name the error
    // (`every_file_parses`).
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
    bundle
}

fn pseudo_transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(crate::pseudo(text))
}

/// The text of message `id` (or `id.attribute`) in the active language, with `args`; from
/// English when the language lacks it; the id itself when English lacks it too (the tests
/// make sure no id the code names is missing).
pub fn tr(id: &str, args: Option<&FluentArgs>) -> String {
    let lang = language();
    format_in(lang, id, args)
        .or_else(|| (lang != ENGLISH).then(|| format_in(ENGLISH, id, args))?)
        .unwrap_or_else(|| id.to_owned())
}

fn format_in(lang: &'static str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let bundle = bundle_with(lang, name)?;
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// One message as a translator sees it: its id, attributes and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageShape {
    pub id: String,
    pub has_value: bool,
    pub attributes: Vec<String>,
    pub variables: Vec<String>,
}

/// Every message of a language's files, with the file it is in; syntax errors as
/// `Err((file, error))`.
pub fn message_ids(lang: &str) -> Result<Vec<(String, MessageShape)>, (String, String)> {
    let mut found = Vec::new();
    for (file, text) in files(lang) {
        let resource = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errors)| ((*file).to_owned(), format!("{errors:?}")))?;
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                found.push(((*file).to_owned(), shape(message)));
            }
        }
    }
    Ok(found)
}

/// English's messages: what every language must have.
pub fn english_messages() -> Vec<(String, MessageShape)> {
    message_ids(ENGLISH).unwrap_or_default()
}

fn shape(message: &ast::Message<&str>) -> MessageShape {
    let mut variables = Vec::new();
    if let Some(value) = &message.value {
        variables_of(value, &mut variables);
    }
    for attribute in &message.attributes {
        variables_of(&attribute.value, &mut variables);
    }
    variables.sort();
    variables.dedup();
    MessageShape {
        id: message.id.name.to_owned(),
        has_value: message.value.is_some(),
        attributes: message
            .attributes
            .iter()
            .map(|a| a.id.name.to_owned())
            .collect(),
        variables,
    }
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
