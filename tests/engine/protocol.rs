//! Today's wire protocol, replayed: `tests/corpus/ipc/replies-v1.jsonl` holds request lines
//! and the replies a knotless daemon gave them before the engine was split (recorded with
//! `scripts/record-protocol.py` against the released daemon, one connection a line). The
//! engine must answer each the same: the same `ok`, error code and message (numbers, times
//! and picked exercises aside) and a status with the same fields.

use super::story::{QUIET, Story};
use knotless::ipc::{self, Reply};
use serde_json::Value;

/// The parts of a reply that do not depend on the clock, the pid or the seeded pick.
fn shape(reply: &Value) -> (bool, Value, String, Vec<String>) {
    let mut message = reply["message"].as_str().unwrap_or_default().to_owned();
    if let Some(rest) = message.strip_prefix("Break started: ") {
        message = format!("Break started: {}", rest.lines().count());
    }
    // Every run of digits reads as one `#`.
    let mut masked = String::new();
    for c in message.chars() {
        if !c.is_ascii_digit() {
            masked.push(c);
        } else if !masked.ends_with('#') {
            masked.push('#');
        }
    }
    let message = masked;
    let message = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Dec"]
        .iter()
        .fold(message, |m, day| m.replace(day, "~"));
    let mut fields: Vec<String> = reply["status"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    fields.sort();
    (
        reply["ok"].as_bool().unwrap(),
        reply["error"].clone(),
        message,
        fields,
    )
}

/// Commands added after the recording.
const ADDED_COMMANDS: &[&str] = &["stand", "sit", "answer"];
/// Status fields added after the recording, all additive.
const ADDED_SINCE_V1: &[&str] = &["posture", "standing_desk", "standing_secs"];

#[test]
fn todays_request_lines_get_todays_answers() {
    let recorded = include_str!("../corpus/ipc/replies-v1.jsonl");
    let mut day = Story::new(QUIET);
    let mut compared = 0;
    for line in recorded.lines() {
        let entry: Value = serde_json::from_str(line).unwrap();
        let request = entry["request"].as_str().unwrap();
        let reply: Reply = match ipc::read_line(&mut request.as_bytes().to_vec().as_slice())
            .unwrap()
            .unwrap()
            .and_then(|l| ipc::parse_request(&l))
        {
            Ok(request) => day.request(request),
            Err(bad) => bad.into(),
        };
        let mut now = shape(&serde_json::to_value(&reply).unwrap());
        let mut then = shape(&entry["reply"]);
        // Commands added since (a sit-stand desk) extend the list an unknown one gets.
        if then.2.contains("expected one of") {
            for command in ADDED_COMMANDS {
                now.2 = now.2.replace(&format!("`{command}`, "), "");
            }
        }
        // Fields added since (a sit-stand desk) extend the status; none went or changed.
        if !then.3.is_empty() {
            then.3
                .extend(ADDED_SINCE_V1.iter().map(|f| (*f).to_owned()));
            then.3.sort();
        }
        // A "Break started" lists the picked exercise's steps; how many differs by pick.
        if then.2.starts_with("Break started: ") {
            then.2.truncate("Break started: ".len());
            now.2.truncate("Break started: ".len());
        }
        assert_eq!(now, then, "for {request}");
        compared += 1;
    }
    assert_eq!(compared, 40);
}
