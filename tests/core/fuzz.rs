//! Fuzzing with proptest (cargo-fuzz needs a nightly toolchain, which this project does not
//! use): the config parser, the exercise-file parser and the socket protocol take inputs
//! made by mutating the seed corpus in `tests/corpus/` (byte flips, cut lines, spliced
//! lines, random junk), and must answer every one with a value or a located problem, never
//! a panic. `PROPTEST_CASES` raises the count; `scripts/fuzz.sh SECONDS` runs them for a
//! bounded time.

use proptest::prelude::*;

fn corpus(kind: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let seeds: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

/// One edit of a text.
#[derive(Debug, Clone)]
enum Edit {
    /// Replace the byte at this fraction of the text.
    Flip(f64, u8),
    /// Drop the line at this fraction.
    CutLine(f64),
    /// Insert a copy of one line before another.
    Splice(f64, f64),
    /// Insert junk at this fraction.
    Junk(f64, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0, any::<u8>()).prop_map(|(at, b)| Edit::Flip(at, b)),
        (0.0..1.0).prop_map(Edit::CutLine),
        (0.0..1.0, 0.0..1.0).prop_map(|(a, b)| Edit::Splice(a, b)),
        (
            0.0..1.0,
            "[\\[\\]{}=\",.#\\\\a-z0-9 \\n\\t\u{80}-\u{10ffff}]{0,24}"
        )
            .prop_map(|(at, junk)| Edit::Junk(at, junk)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let index = |f: f64, len: usize| ((f * len as f64) as usize).min(len.saturating_sub(1));
    for e in edits {
        match e {
            Edit::Flip(at, b) if !bytes.is_empty() => {
                let i = index(*at, bytes.len());
                bytes[i] = *b;
            }
            Edit::CutLine(at) | Edit::Splice(at, _) => {
                let mut lines: Vec<Vec<u8>> =
                    bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let i = index(*at, lines.len());
                match e {
                    Edit::Splice(_, to) => {
                        let line = lines[i].clone();
                        let j = index(*to, lines.len());
                        lines.insert(j, line);
                    }
                    _ => {
                        lines.remove(i);
                    }
                }
                bytes = lines.join(&b'\n');
            }
            Edit::Junk(at, junk) => {
                let i = index(*at, bytes.len() + 1).min(bytes.len());
                bytes.splice(i..i, junk.bytes());
            }
            Edit::Flip(..) => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A seed of `kind` with up to 8 edits.
fn mutated(kind: &'static str) -> impl Strategy<Value = String> {
    let seeds = corpus(kind);
    (0..seeds.len(), prop::collection::vec(edit(), 0..8))
        .prop_map(move |(i, edits)| apply(&seeds[i], &edits))
}

proptest! {
    // 300 inputs a target in `cargo test`; `PROPTEST_CASES` (scripts/fuzz.sh) raises it.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_config_text_gives_settings_and_problems_with_a_place(text in mutated("config")) {
        let loaded = knotless::config::parse_str(&text);
        let lines = text.lines().count().max(1);
        for p in &loaded.problems {
            prop_assert!(p.line >= 1 && p.line <= lines + 1, "{p:?} in {lines} lines");
            prop_assert!(p.column >= 1, "{p:?}");
            prop_assert!(!p.message.is_empty());
        }
        // Whatever was wrong, the settings in force are valid ones: every key in range.
        for key in knotless::config::schema::KEYS {
            let value = (key.get)(&loaded.settings);
            prop_assert!(knotless::config::schema::check(key, value).is_ok(), "{}", key.path());
        }
    }

    #[test]
    fn any_exercise_file_is_an_exercise_or_problems_naming_the_file(text in mutated("exercise")) {
        match knotless_exercises::library::parse("mine.toml", &text) {
            Ok(exercise) => prop_assert!(!exercise.steps.is_empty()),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert_eq!(&p.file, "mine.toml");
                    prop_assert!(p.line.is_none_or(|l| l >= 1));
                }
            }
        }
    }

    #[test]
    fn any_socket_line_is_a_request_or_an_error_code(text in mutated("ipc")) {
        for line in text.lines() {
            match knotless::ipc::parse_request(line) {
                Ok(request) => {
                    // What parses, round-trips (in the versioned envelope clients send).
                    let mut again = serde_json::to_value(&request).unwrap();
                    again["v"] = 1.into();
                    let again = again.to_string();
                    prop_assert_eq!(knotless::ipc::parse_request(&again).ok(), Some(request), "{}", again);
                }
                Err(bad) => prop_assert!(!bad.message.is_empty()),
            }
        }
    }

    #[test]
    fn raw_bytes_on_the_socket_never_panic_the_reader(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let mut reader = std::io::BufReader::new(&bytes[..]);
        let mut lines = 0;
        while let Some(line) = knotless::ipc::read_line(&mut reader).unwrap() {
            if let Ok(line) = line {
                let _ = knotless::ipc::parse_request(&line);
            }
            lines += 1;
            prop_assert!(lines <= bytes.len() + 1);
        }
    }
}
