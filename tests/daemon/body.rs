//! The weekly desk check through the running daemon and a real notification server: it
//! comes with one micro-pause, not with the next. (What a warning sign does to the
//! suggestions is an engine story: `tests/engine`.)

use super::fakes::NotificationServer;
use super::support::{Bus, Home, wait_until};
use std::time::Duration;

#[test]
fn the_weekly_desk_check_rides_with_one_micro_pause() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(
        "[movement]\nevery = \"8h\"\n[micro_pause]\nevery = \"10s\"\n[hydration]\nenabled = false\n\
         [schedule]\nmerge_within = \"0s\"\n",
    );
    let _daemon = home.daemon();
    let sent = wait_until("two micro-pauses", Duration::from_secs(40), || {
        let sent = server.sent();
        (sent.len() >= 2).then_some(sent)
    });
    assert!(
        sent[0].body.contains("Weekly desk check:\n• Chair height"),
        "{}",
        sent[0].body
    );
    assert!(
        !sent[1].body.contains("Weekly desk check"),
        "{}",
        sent[1].body
    );
    assert!(
        home.events()
            .iter()
            .any(|e| e["event"] == "advised" && e["kind"] == "desk-setup-check")
    );
}
