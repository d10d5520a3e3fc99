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
    pub urgency: Option<u8>,
    pub category: Option<String>,
    /// The `desktop-entry` hint: which installed desktop file the notification belongs to.
    pub desktop_entry: Option<String>,
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
    inhibited: Arc<std::sync::atomic::AtomicBool>,
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
        let desktop_entry = hints
            .get("desktop-entry")
            .and_then(|v| <&str>::try_from(v).ok().map(str::to_owned));
        record.sent.push(Sent {
            id,
            at: Instant::now(),
            app_name,
            icon: app_icon,
            summary,
            body,
            actions,
            urgency,
            category,
            desktop_entry,
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

    /// KDE's do-not-disturb flag.
    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.inhibited.load(std::sync::atomic::Ordering::SeqCst)
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
    inhibited: Arc<std::sync::atomic::AtomicBool>,
    conn: zbus::Connection,
}

impl NotificationServer {
    pub fn start(bus: &super::support::Bus) -> NotificationServer {
        let record = Arc::new(Mutex::new(Record::default()));
        let inhibited = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let server = Notifications {
            record: Arc::clone(&record),
            inhibited: Arc::clone(&inhibited),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.freedesktop.Notifications")
                .serve_at("/org/freedesktop/Notifications", server)
                .build()
                .await
        })
        .expect("the test notification server starts");
        NotificationServer {
            record,
            inhibited,
            conn,
        }
    }

    /// Turns do-not-disturb on or off (read through the `Inhibited` property).
    pub fn set_inhibited(&self, on: bool) {
        self.inhibited
            .store(on, std::sync::atomic::Ordering::SeqCst);
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

struct Watcher {
    items: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(
        &self,
        service: String,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) {
        // Items register either their bus name or just an object path.
        let name = if service.starts_with('/') {
            header.sender().map(|s| s.to_string()).unwrap_or_default()
        } else {
            service
        };
        self.items.lock().unwrap().push(name);
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// One item of a tray menu, as a tray host reads it.
#[derive(Debug, Clone)]
pub struct MenuEntry {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
    /// A check item's state (`toggle-type` "checkmark"); `None` for a plain entry.
    pub checked: Option<bool>,
}

/// A tray host: the StatusNotifierWatcher items register with, which can read and click
/// their menus (com.canonical.dbusmenu) like a panel does.
pub struct TrayHost {
    items: Arc<Mutex<Vec<String>>>,
    conn: zbus::Connection,
}

impl TrayHost {
    pub fn start(bus: &super::support::Bus) -> TrayHost {
        let items = Arc::new(Mutex::new(Vec::new()));
        let watcher = Watcher {
            items: Arc::clone(&items),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.kde.StatusNotifierWatcher")
                .serve_at("/StatusNotifierWatcher", watcher)
                .build()
                .await
        })
        .expect("the test tray host starts");
        TrayHost { items, conn }
    }

    pub fn items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }

    /// Every entry of the item's menu that a panel shows (`visible` is not false).
    pub fn menu(&self, item: &str) -> Vec<MenuEntry> {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetGroupProperties",
            &(
                Vec::<i32>::new(),
                vec!["label", "enabled", "visible", "toggle-type", "toggle-state"],
            ),
        ))
        .unwrap();
        let entries: Vec<(i32, HashMap<String, OwnedVariant>)> =
            reply.body().deserialize().unwrap();
        entries
            .into_iter()
            .filter(|(_, props)| visible(props))
            .filter_map(|(id, props)| {
                let label = <&str>::try_from(props.get("label")?).ok()?.to_owned();
                let enabled = props
                    .get("enabled")
                    .and_then(|v| bool::try_from(v).ok())
                    .unwrap_or(true);
                let checked = props
                    .get("toggle-type")
                    .and_then(|v| <&str>::try_from(v).ok())
                    .filter(|t| *t == "checkmark")
                    .map(|_| {
                        props
                            .get("toggle-state")
                            .and_then(|v| i32::try_from(v).ok())
                            == Some(1)
                    });
                Some(MenuEntry {
                    id,
                    label,
                    enabled,
                    checked,
                })
            })
            .collect()
    }

    /// Clicks the entry labelled `label`. (Quit may end the item before it replies.)
    pub fn click(&self, item: &str, label: &str) -> zbus::Result<()> {
        let entry = self
            .menu(item)
            .into_iter()
            .find(|e| e.label == label)
            .unwrap_or_else(|| panic!("no menu entry {label:?}"));
        zbus::block_on(self.conn.call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "Event",
            &(entry.id, "clicked", zbus::Variant::from(0i32), 0u32),
        ))
        .map(drop)
    }

    /// The item's title property.
    pub fn title(&self, item: &str) -> String {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/StatusNotifierItem",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &("org.kde.StatusNotifierItem", "Title"),
        ))
        .unwrap();
        let value: OwnedVariant = reply.body().deserialize().unwrap();
        <&str>::try_from(&value).unwrap().to_owned()
    }
}

/// Whether a panel shows a menu entry: `visible` absent or true.
fn visible(props: &HashMap<String, OwnedVariant>) -> bool {
    props
        .get("visible")
        .and_then(|v| bool::try_from(v).ok())
        .unwrap_or(true)
}

/// Broadcasts a signal on the bus, as a desktop service would.
pub fn emit(
    bus: &super::support::Bus,
    path: &str,
    interface: &str,
    member: &str,
    body: &(impl serde::Serialize + zbus::DynamicType),
) {
    zbus::block_on(async {
        let conn = zbus::connection::Builder::address(bus.address.as_str())
            .build()
            .await?;
        conn.emit_signal(None::<&str>, path, interface, member, body)
            .await
    })
    .unwrap();
}

impl TrayHost {
    /// The menu tree as `GetLayout` gives it (what most panels read): each top-level entry's
    /// label (or "-" for a separator) with the labels of its children.
    pub fn layout(&self, item: &str) -> Vec<(String, Vec<String>)> {
        let reply = zbus::block_on(self.conn.call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        ))
        .unwrap();
        type Node = (i32, HashMap<String, OwnedVariant>, Vec<OwnedVariant>);
        let (_revision, root): (u32, Node) = reply.body().deserialize().unwrap();
        fn label(props: &HashMap<String, OwnedVariant>) -> String {
            props
                .get("label")
                .and_then(|v| <&str>::try_from(v).ok())
                .unwrap_or("-")
                .to_owned()
        }
        fn node(v: &OwnedVariant) -> (HashMap<String, OwnedVariant>, Vec<OwnedVariant>) {
            let s = zbus::Structure::try_from(v.try_clone().unwrap()).unwrap();
            let fields = s.into_fields();
            let props = HashMap::<String, OwnedVariant>::try_from(
                OwnedVariant::try_from(fields[1].try_clone().unwrap()).unwrap(),
            )
            .unwrap();
            let children = Vec::<OwnedVariant>::try_from(
                OwnedVariant::try_from(fields[2].try_clone().unwrap()).unwrap(),
            )
            .unwrap();
            (props, children)
        }
        root.2
            .iter()
            .map(node)
            .filter(|(props, _)| visible(props))
            .map(|(props, grandchildren)| {
                let labels = grandchildren.iter().map(|g| label(&node(g).0)).collect();
                (label(&props), labels)
            })
            .collect()
    }
}

struct ScreenSaver {
    last_input: Arc<Mutex<Instant>>,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaver {
    fn get_session_idle_time(&self) -> u32 {
        let elapsed = self.last_input.lock().unwrap().elapsed();
        u32::try_from(elapsed.as_millis()).unwrap()
    }
}

/// KDE's `org.freedesktop.ScreenSaver` with `GetSessionIdleTime`, idle since the last
/// [`KdeIdle::input`].
pub struct KdeIdle {
    last_input: Arc<Mutex<Instant>>,
    _conn: zbus::Connection,
}

impl KdeIdle {
    pub fn start(bus: &super::support::Bus) -> KdeIdle {
        let last_input = Arc::new(Mutex::new(Instant::now()));
        let saver = ScreenSaver {
            last_input: Arc::clone(&last_input),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.freedesktop.ScreenSaver")
                .serve_at("/org/freedesktop/ScreenSaver", saver)
                .build()
                .await
        })
        .expect("the test screensaver starts");
        KdeIdle {
            last_input,
            _conn: conn,
        }
    }

    pub fn input(&self) {
        *self.last_input.lock().unwrap() = Instant::now();
    }
}

struct PowerInhibit {
    held: Arc<std::sync::atomic::AtomicBool>,
}

#[zbus::interface(name = "org.freedesktop.PowerManagement.Inhibit")]
impl PowerInhibit {
    fn has_inhibit(&self) -> bool {
        self.held.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// `org.freedesktop.PowerManagement.Inhibit`, as KDE serves it: whether some application (a
/// video player, a call) keeps the screen awake.
pub struct Inhibitors {
    held: Arc<std::sync::atomic::AtomicBool>,
    _conn: zbus::Connection,
}

impl Inhibitors {
    pub fn start(bus: &super::support::Bus) -> Inhibitors {
        let held = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let service = PowerInhibit {
            held: Arc::clone(&held),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.freedesktop.PowerManagement")
                .serve_at("/org/freedesktop/PowerManagement/Inhibit", service)
                .build()
                .await
        })
        .expect("the test inhibitor service starts");
        Inhibitors { held, _conn: conn }
    }

    pub fn hold(&self, on: bool) {
        self.held.store(on, std::sync::atomic::Ordering::SeqCst);
    }
}

/// An X11 window made the active one and marked fullscreen, as a window manager would.
pub struct FullscreenWindow {
    conn: x11rb::rust_connection::RustConnection,
    root: u32,
    window: u32,
    active: u32,
    state: u32,
    fullscreen: u32,
}

impl FullscreenWindow {
    pub fn open(display: &super::support::Display) -> FullscreenWindow {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{ConnectionExt as _, CreateWindowAux, WindowClass};
        let (conn, screen) = x11rb::connect(Some(&display.name)).unwrap();
        let root = conn.setup().roots[screen].root;
        let window = conn.generate_id().unwrap();
        conn.create_window(
            x11rb::COPY_DEPTH_FROM_PARENT,
            window,
            root,
            0,
            0,
            640,
            480,
            0,
            WindowClass::INPUT_OUTPUT,
            0,
            &CreateWindowAux::new(),
        )
        .unwrap();
        let atom = |name: &str| {
            conn.intern_atom(false, name.as_bytes())
                .unwrap()
                .reply()
                .unwrap()
                .atom
        };
        let (active, state, fullscreen) = (
            atom("_NET_ACTIVE_WINDOW"),
            atom("_NET_WM_STATE"),
            atom("_NET_WM_STATE_FULLSCREEN"),
        );
        let w = FullscreenWindow {
            conn,
            root,
            window,
            active,
            state,
            fullscreen,
        };
        w.set(true);
        w
    }

    /// Fullscreen and active, or neither.
    pub fn set(&self, on: bool) {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{AtomEnum, PropMode};
        use x11rb::wrapper::ConnectionExt as _;
        let active: &[u32] = if on { &[self.window] } else { &[0] };
        let states: &[u32] = if on { &[self.fullscreen] } else { &[] };
        self.conn
            .change_property32(
                PropMode::REPLACE,
                self.root,
                self.active,
                AtomEnum::WINDOW,
                active,
            )
            .unwrap();
        self.conn
            .change_property32(
                PropMode::REPLACE,
                self.window,
                self.state,
                AtomEnum::ATOM,
                states,
            )
            .unwrap();
        self.conn.flush().unwrap();
        self.conn.sync().unwrap();
    }
}

struct SessionManager {
    held: Arc<std::sync::atomic::AtomicBool>,
}

#[zbus::interface(name = "org.gnome.SessionManager")]
impl SessionManager {
    fn is_inhibited(&self, flags: u32) -> bool {
        flags & 8 != 0 && self.held.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// GNOME's session manager, with an idle inhibitor the test holds or releases.
pub struct GnomeInhibitors {
    held: Arc<std::sync::atomic::AtomicBool>,
    _conn: zbus::Connection,
}

impl GnomeInhibitors {
    pub fn start(bus: &super::support::Bus) -> GnomeInhibitors {
        let held = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let service = SessionManager {
            held: Arc::clone(&held),
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(bus.address.as_str())
                .name("org.gnome.SessionManager")
                .serve_at("/org/gnome/SessionManager", service)
                .build()
                .await
        })
        .expect("the test session manager starts");
        GnomeInhibitors { held, _conn: conn }
    }

    pub fn hold(&self, on: bool) {
        self.held.store(on, std::sync::atomic::Ordering::SeqCst);
    }
}
