//! The tray against a real tray host from Debian: `status-notifier-watcher` (the watcher
//! items register with) and `gtk-sni-tray-standalone` (a GTK panel on Xvfb that shows their
//! icons and menus through libdbusmenu). A zbus client in the test hears what knotless
//! tells hosts (`ItemsPropertiesUpdated`, `LayoutUpdated`) and reads what a host reads
//! (`GetAll`, `GetLayout`); `status --json` says whether a host shows the icon. Needs
//! haskell-status-notifier-item-utils and haskell-gtk-sni-tray-utils (`scripts/test`).

use super::support::{Bus, Display, Guard, Home, wait_until};
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use zbus::OwnedVariant;

const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// Every StatusNotifierItem property GNOME's AppIndicator host reads when an item registers
/// (its interface file); one missing is `null` to it, and the item is dropped.
const READ_BY_HOSTS: &[&str] = &[
    "Category",
    "Id",
    "Title",
    "Status",
    "WindowId",
    "IconThemePath",
    "Menu",
    "ItemIsMenu",
    "IconName",
    "IconPixmap",
    "IconAccessibleDesc",
    "OverlayIconName",
    "OverlayIconPixmap",
    "AttentionIconName",
    "AttentionIconPixmap",
    "AttentionMovieName",
    "AttentionAccessibleDesc",
    "ToolTip",
    "XAyatanaLabel",
    "XAyatanaLabelGuide",
    "XAyatanaOrderingIndex",
];

fn start(program: &str, args: &[&str], bus: &Bus, display: &Display) -> Guard {
    Guard(
        Command::new(program)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DISPLAY", &display.name)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program} (scripts/test installs it): {e}")),
    )
}

/// A signal of the item's menu as a host hears it.
#[derive(Debug, Clone)]
enum Heard {
    Properties(Vec<(i32, HashMap<String, OwnedVariant>)>),
    Layout(u32),
}

/// A client on the bus: reads properties and hears com.canonical.dbusmenu signals.
struct Client {
    conn: zbus::Connection,
    heard: Arc<Mutex<Vec<Heard>>>,
}

impl Client {
    fn start(bus: &Bus) -> Client {
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .build()
                .await
        })
        .unwrap();
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface("com.canonical.dbusmenu")
            .build()
            .unwrap();
        let mut messages =
            zbus::block_on(zbus::MessageStream::for_match_rule(rule, &conn, None)).unwrap();
        let heard = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&heard);
        std::thread::spawn(move || {
            use futures_lite::StreamExt;
            while let Some(Ok(message)) = zbus::block_on(messages.next()) {
                let member = message.header().member().map(|m| m.to_string());
                let body = message.body();
                let signal = match member.as_deref() {
                    Some("ItemsPropertiesUpdated") => body
                        .deserialize::<(
                            Vec<(i32, HashMap<String, OwnedVariant>)>,
                            Vec<(i32, Vec<String>)>,
                        )>()
                        .ok()
                        .map(|(updated, _)| Heard::Properties(updated)),
                    Some("LayoutUpdated") => body
                        .deserialize::<(u32, i32)>()
                        .ok()
                        .map(|(revision, _)| Heard::Layout(revision)),
                    _ => None,
                };
                sink.lock().unwrap().extend(signal);
            }
        });
        Client { conn, heard }
    }

    fn watcher_property(&self, name: &str) -> OwnedVariant {
        let reply = zbus::block_on(self.conn.call_method(
            Some(WATCHER),
            "/StatusNotifierWatcher",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(WATCHER, name),
        ))
        .unwrap();
        reply.body().deserialize().unwrap()
    }

    /// The items the watcher holds.
    fn items(&self) -> Vec<String> {
        let value = match zbus::block_on(self.conn.call_method(
            Some(WATCHER),
            "/StatusNotifierWatcher",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(WATCHER, "RegisteredStatusNotifierItems"),
        )) {
            Ok(reply) => reply.body().deserialize::<OwnedVariant>().unwrap(),
            Err(_) => return Vec::new(),
        };
        Vec::<String>::try_from(value).unwrap()
    }

    fn item_properties(&self, item: &str) -> HashMap<String, OwnedVariant> {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/StatusNotifierItem",
            Some("org.freedesktop.DBus.Properties"),
            "GetAll",
            &("org.kde.StatusNotifierItem",),
        ))
        .unwrap();
        reply.body().deserialize().unwrap()
    }

    /// The menu's entries: id to label.
    fn labels(&self, item: &str) -> HashMap<i32, String> {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetGroupProperties",
            &(Vec::<i32>::new(), vec!["label"]),
        ))
        .unwrap();
        let entries: Vec<(i32, HashMap<String, OwnedVariant>)> =
            reply.body().deserialize().unwrap();
        entries
            .into_iter()
            .filter_map(|(id, props)| {
                Some((id, <&str>::try_from(props.get("label")?).ok()?.to_owned()))
            })
            .collect()
    }

    fn layout_revision(&self, item: &str) -> u32 {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetLayout",
            &(0i32, 0i32, Vec::<String>::new()),
        ))
        .unwrap();
        type Node = (i32, HashMap<String, OwnedVariant>, Vec<OwnedVariant>);
        let (revision, _): (u32, Node) = reply.body().deserialize().unwrap();
        revision
    }

    /// Waits for an `ItemsPropertiesUpdated` that gives the entry with `id` the value
    /// `check` accepts for `property`, and the layout revision signalled after it.
    fn wait_property(
        &self,
        what: &str,
        id: i32,
        property: &str,
        check: impl Fn(&OwnedVariant) -> bool,
    ) -> u32 {
        wait_until(what, Duration::from_secs(10), || {
            let heard = self.heard.lock().unwrap();
            let seen = heard.iter().position(|h| match h {
                Heard::Properties(updated) => updated
                    .iter()
                    .any(|(i, props)| *i == id && props.get(property).is_some_and(&check)),
                Heard::Layout(_) => false,
            })?;
            // The change's own LayoutUpdated follows its ItemsPropertiesUpdated: wait for it,
            // not an earlier one still newest when the properties arrive.
            heard[seen..].iter().rev().find_map(|h| match h {
                Heard::Layout(r) => Some(*r),
                Heard::Properties(_) => None,
            })
        })
    }
}

fn enabled(value: &OwnedVariant) -> Option<bool> {
    bool::try_from(value).ok()
}

#[test]
fn a_real_tray_host_hears_the_menu_follow_pause_and_is_missed_when_it_goes() {
    let bus = Bus::start();
    let display = Display::start();
    let mut watcher = start("status-notifier-watcher", &[], &bus, &display);
    let client = Client::start(&bus);
    wait_until("the watcher is on the bus", Duration::from_secs(10), || {
        let reply = zbus::block_on(client.conn.call_method(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            Some("org.freedesktop.DBus"),
            "NameHasOwner",
            &(WATCHER,),
        ));
        reply
            .ok()
            .and_then(|r| r.body().deserialize::<bool>().ok())
            .filter(|owned| *owned)
    });
    let panel = start("gtk-sni-tray-standalone", &["--bottom"], &bus, &display);
    wait_until(
        "the panel registers as a host",
        Duration::from_secs(10),
        || {
            bool::try_from(client.watcher_property("IsStatusNotifierHostRegistered"))
                .ok()
                .filter(|on| *on)
        },
    );

    let mut home = Home::new();
    home.with_bus(&bus);
    home.config("[movement]\nevery = \"1h\"\n");
    let daemon = home.daemon();
    let ours = format!("org.kde.StatusNotifierItem-{}-1", daemon.child.0.id());
    wait_until(
        "the watcher holds the item",
        Duration::from_secs(10),
        || {
            client
                .items()
                .iter()
                .any(|i| i.contains(&ours))
                .then_some(())
        },
    );
    home.wait_degraded("tray", false, Duration::from_secs(5));

    // Every property a host reads is there, with a value.
    let props = client.item_properties(&ours);
    for name in READ_BY_HOSTS {
        assert!(props.contains_key(*name), "{name} is not served: {props:?}");
    }
    let described = <&str>::try_from(&props["IconAccessibleDesc"])
        .unwrap()
        .to_owned();
    assert!(described.starts_with("knotless: sitting "), "{described}");

    let labels = client.labels(&ours);
    let id = |label: &str| *labels.iter().find(|(_, l)| *l == label).unwrap().0;
    let (pause, resume) = (id("Pause"), id("Resume"));
    let before = client.layout_revision(&ours);

    let out = home.run(&["pause", "30m"]);
    assert!(out.status.success(), "{out:?}");
    let revision = client.wait_property("Resume is enabled", resume, "enabled", |v| {
        enabled(v) == Some(true)
    });
    client.wait_property("Pause is greyed out", pause, "enabled", |v| {
        enabled(v) == Some(false)
    });
    // The first line (the status entry, the first one) says paused.
    client.wait_property("the first line says paused", 1, "label", |v| {
        <&str>::try_from(v).is_ok_and(|l| l.contains("paused until"))
    });
    assert!(
        revision > before,
        "layout revision {revision} after {before}"
    );
    assert_eq!(client.layout_revision(&ours), revision);

    let out = home.run(&["resume"]);
    assert!(out.status.success(), "{out:?}");
    client.wait_property("Pause is enabled again", pause, "enabled", |v| {
        enabled(v) == Some(true)
    });

    // The host goes away: `status` says so, and why.
    let _ = watcher.0.kill();
    let _ = watcher.0.wait();
    let status = home.wait_degraded("tray", true, Duration::from_secs(5));
    let why = &status.degraded_why["tray"];
    assert!(why.starts_with("the tray host went away"), "{why}");
    let text = super::support::stdout(&home.run(&["status"]));
    assert!(text.contains("the tray host went away"), "{text}");

    // It comes back: the item registers again. The old panel does not register with the
    // new watcher, and `status` says that no panel shows the icon...
    let _watcher = start("status-notifier-watcher", &[], &bus, &display);
    wait_until("the item registers again", Duration::from_secs(10), || {
        client
            .items()
            .iter()
            .any(|i| i.contains(&ours))
            .then_some(())
    });
    wait_until("no panel is reported", Duration::from_secs(5), || {
        home.status()
            .degraded_why
            .get("tray")
            .filter(|why| why.starts_with("a StatusNotifierWatcher runs but no panel"))
            .cloned()
    });
    // ...until a panel starts again.
    drop(panel);
    let _panel = start("gtk-sni-tray-standalone", &["--bottom"], &bus, &display);
    home.wait_degraded("tray", false, Duration::from_secs(10));
}
