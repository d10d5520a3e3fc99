//! `status --format` templates: literal text and `{placeholder}`s naming status fields.
//! Parsing is pure; the daemon's text module fills the placeholders in.

/// A checked `status --format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(pub Vec<Piece>);

/// Literal text or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Field(String),
}

/// The placeholders `status --format` knows.
pub const FIELDS: &[&str] = &[
    "sitting",
    "sitting_secs",
    "next",
    "next_secs",
    "presence",
    "phase",
    "paused",
    "snoozes_left",
    "posture",
    "standing",
    "standing_secs",
    "tooltip",
];

/// Reads a template; the error names the placeholder it does not know.
pub fn parse_template(text: &str) -> Result<Template, TemplateError> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                if !FIELDS.contains(&name.as_str()) {
                    return Err(TemplateError::UnknownPlaceholder(name));
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field(name));
            }
            '}' => return Err(TemplateError::LoneBrace),
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(Template(pieces))
}

/// Why a template cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown placeholder {{{0}}}; known: {known}", known = known_fields())]
    UnknownPlaceholder(String),
    #[error("a lone `}}`; write `}}}}` for a brace")]
    LoneBrace,
}

fn known_fields() -> String {
    FIELDS
        .iter()
        .map(|f| format!("{{{f}}}"))
        .collect::<Vec<_>>()
        .join(" ")
}
