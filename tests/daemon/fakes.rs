//! Small D-Bus services written for the tests: a notification server that records what it
//! was sent and can "click" buttons, and GNOME's idle monitor with an idle time the test sets.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use zbus::OwnedVariant;

/// One `Notify` call as the server received it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: u32,
    pub at: Instant,
    pub app_name: String,
    pub icon: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub hints: Vec<String>,
    pub urgency: Option<u8>,
    pub category: Option<String>,
    pub expire_timeout: i32,
}

impl Sent {
    /// Action keys, without their labels.
    pub fn action_keys(&self) -> Vec<&str> {
        self.actions.iter().step_by(2).map(String::as_str).collect()
    }

    /// Action labels, without their keys.
    pub fn action_labels(&self) -> Vec<&str> {
        self.actions
            .iter()
            .skip(1)
            .step_by(2)
            .map(String::as_str)
            .collect()
    }
}

#[derive(Default)]
pub struct Record {
    pub sent: Vec<Sent>,
    pub closed: Vec<u32>,
}

struct Notifications {
    record: Arc<Mutex<Record>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedVariant>,
        expire_timeout: i32,
    ) -> u32 {
        let mut record = self.record.lock().unwrap();
        let id = u32::try_from(record.sent.len()).unwrap() + 1;
        let urgency = hints.get("urgency").and_then(|v| u8::try_from(v).ok());
        let category = hints
            .get("category")
            .and_then(|v| <&str>::try_from(v).ok().map(str::to_owned));
        let mut names: Vec<String> = hints.into_keys().collect();
        names.sort();
        record.sent.push(Sent {
            id,
            at: Instant::now(),
            app_name,
            icon: app_icon,
            summary,
            body,
            actions,
            hints: names,
            urgency,
            category,
            expire_timeout,
        });
        id
    }

    fn close_notification(&mut self, id: u32) {
        self.record.lock().unwrap().closed.push(id);
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "knotless-test-server".into(),
            "knotless".into(),
            "1.0".into(),
            "1.2".into(),
        )
    }
}

/// A notification server on the test's private bus.
pub struct NotificationServer {
    pub record: Arc<Mutex<Record>>,
    conn: zbus::Connection,
}

impl NotificationServer {
    pub fn start(bus: &super::support::Bus) -> NotificationServer {
        let record = Arc::new(Mutex::new(Record::default()));
        let server = Notifications {
            record: Arc::clone(&record),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.freedesktop.Notifications")
                .serve_at("/org/freedesktop/Notifications", server)
                .build()
                .await
        })
        .expect("the test notification server starts");
        NotificationServer { record, conn }
    }

    pub fn sent(&self) -> Vec<Sent> {
        self.record.lock().unwrap().sent.clone()
    }

    pub fn closed(&self) -> Vec<u32> {
        self.record.lock().unwrap().closed.clone()
    }

    /// Clicks the button `action` of notification `id`, as a user would.
    pub fn click(&self, id: u32, action: &str) {
        zbus::block_on(self.conn.emit_signal(
            None::<&str>,
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "ActionInvoked",
            &(id, action),
        ))
        .unwrap();
    }
}

struct IdleMonitor {
    last_input: Arc<Mutex<Instant>>,
}

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl IdleMonitor {
    fn get_idletime(&self) -> u64 {
        let elapsed = self.last_input.lock().unwrap().elapsed();
        u64::try_from(elapsed.as_millis()).unwrap()
    }
}

/// GNOME's idle monitor: idle time runs from the last [`GnomeIdle::input`], like Mutter's.
pub struct GnomeIdle {
    last_input: Arc<Mutex<Instant>>,
    _conn: zbus::Connection,
}

impl GnomeIdle {
    pub fn start(bus: &super::support::Bus) -> GnomeIdle {
        let last_input = Arc::new(Mutex::new(Instant::now()));
        let monitor = IdleMonitor {
            last_input: Arc::clone(&last_input),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.gnome.Mutter.IdleMonitor")
                .serve_at("/org/gnome/Mutter/IdleMonitor/Core", monitor)
                .build()
                .await
        })
        .expect("the test idle monitor starts");
        GnomeIdle {
            last_input,
            _conn: conn,
        }
    }

    /// The user touched the keyboard.
    pub fn input(&self) {
        *self.last_input.lock().unwrap() = Instant::now();
    }
}
