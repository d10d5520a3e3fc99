//! Check-ins through the running daemon: a warning sign recorded over the socket stops
//! self-massage suggestions for that area at once, and the weekly desk check comes with one
//! micro-pause, not with the next.

use super::fakes::NotificationServer;
use super::support::{Bus, Home, wait_until};
use knotless::core::exercise::{Kind, Region};
use knotless::core::history::AreaCheck;
use knotless::ipc::{self, Request};
use std::time::Duration;

#[test]
fn a_warning_sign_stops_self_massage_for_that_area_in_the_next_suggestions() {
    let home = Home::new();
    home.config(
        "[movement]\nevery = \"1h\"\n[suggestions]\nfocus = [\"upper_back\"]\n\
         equipment = [\"ball\", \"wall\", \"chair\", \"foam_roller\"]\n\
         positions = [\"seated\", \"standing\", \"wall\", \"floor\"]\n",
    );
    let _daemon = home.daemon();
    let reply = ipc::call(
        &home.socket(),
        &Request::Checkin {
            areas: vec![AreaCheck {
                region: Region::UpperBack,
                score: 7,
                red_flag: true,
            }],
        },
    )
    .unwrap();
    assert!(reply.ok, "{}", reply.message);
    let checkin = home
        .events()
        .into_iter()
        .find(|e| e["event"] == "checkin")
        .unwrap();
    assert_eq!(checkin["areas"][0]["region"], "upper_back");
    assert_eq!(checkin["areas"][0]["red_flag"], true);

    let library = knotless::store::exercises::Library::builtin();
    let mut seen = Vec::new();
    for _ in 0..12 {
        // Without a desktop, `break` starts one and prints it; skip ends it.
        let out = home.run(&["break"]);
        assert_eq!(out.status.code(), Some(0));
        let exercise = home.status().exercise.expect("a break runs");
        let e = library.get(&exercise).unwrap();
        assert!(
            !(e.kind == Kind::SelfMassage && e.regions.contains(&Region::UpperBack)),
            "{exercise} suggested after a warning sign for the upper back"
        );
        seen.push(exercise);
        assert_eq!(home.run(&["skip"]).status.code(), Some(0));
    }
    // The focus still pulls towards the upper back, by other means than a ball.
    assert!(
        seen.iter().any(|id| library
            .get(id)
            .unwrap()
            .regions
            .contains(&Region::UpperBack)),
        "{seen:?}"
    );
}

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
