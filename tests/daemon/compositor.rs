//! A tiny Wayland compositor for the tests: one seat and the ext-idle-notify-v1 global. Like a
//! real one, it sends "idled" once the seat has had no input for the client's timeout, and
//! "resumed" at the next input; the test makes the input.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};
use wayland_protocols::ext::idle_notify::v1::server::{
    ext_idle_notification_v1::{self, ExtIdleNotificationV1},
    ext_idle_notifier_v1::{self, ExtIdleNotifierV1},
};
use wayland_server::backend::{ClientData, ClientId, DisconnectReason};
use wayland_server::protocol::wl_seat::{self, WlSeat};
use wayland_server::{
    Client, DataInit, Dispatch, Display, DisplayHandle, GlobalDispatch, ListeningSocket, New,
};

struct Watch {
    notification: ExtIdleNotificationV1,
    timeout: Duration,
    idle_sent: bool,
}

struct State {
    watches: Vec<Watch>,
    last_input: Instant,
}

struct NoData;

impl ClientData for NoData {
    fn initialized(&self, _: ClientId) {}
    fn disconnected(&self, _: ClientId, _: DisconnectReason) {}
}

impl GlobalDispatch<WlSeat, ()> for State {
    fn bind(
        _: &mut Self,
        _: &DisplayHandle,
        _: &Client,
        resource: New<WlSeat>,
        _: &(),
        init: &mut DataInit<'_, Self>,
    ) {
        init.init(resource, ());
    }
}

impl Dispatch<WlSeat, ()> for State {
    fn request(
        _: &mut Self,
        _: &Client,
        _: &WlSeat,
        _: wl_seat::Request,
        _: &(),
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
    }
}

impl GlobalDispatch<ExtIdleNotifierV1, ()> for State {
    fn bind(
        _: &mut Self,
        _: &DisplayHandle,
        _: &Client,
        resource: New<ExtIdleNotifierV1>,
        _: &(),
        init: &mut DataInit<'_, Self>,
    ) {
        init.init(resource, ());
    }
}

impl Dispatch<ExtIdleNotifierV1, ()> for State {
    fn request(
        state: &mut Self,
        _: &Client,
        _: &ExtIdleNotifierV1,
        request: ext_idle_notifier_v1::Request,
        _: &(),
        _: &DisplayHandle,
        init: &mut DataInit<'_, Self>,
    ) {
        if let ext_idle_notifier_v1::Request::GetIdleNotification { id, timeout, .. } = request {
            state.watches.push(Watch {
                notification: init.init(id, ()),
                timeout: Duration::from_millis(timeout.into()),
                idle_sent: false,
            });
        }
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for State {
    fn request(
        _: &mut Self,
        _: &Client,
        _: &ExtIdleNotificationV1,
        _: ext_idle_notification_v1::Request,
        _: &(),
        _: &DisplayHandle,
        _: &mut DataInit<'_, Self>,
    ) {
    }
}

struct Input;

/// The compositor, serving on its own thread until dropped.
pub struct Compositor {
    input: Sender<Input>,
}

impl Compositor {
    /// Listens at `socket` (a path in the test's `XDG_RUNTIME_DIR`).
    pub fn start(socket: &Path) -> Compositor {
        let listener = ListeningSocket::bind_absolute(socket.to_path_buf()).unwrap();
        let (input, rx) = channel();
        std::thread::spawn(move || {
            let mut display = Display::<State>::new().unwrap();
            let dh = display.handle();
            dh.create_global::<State, WlSeat, ()>(1, ());
            dh.create_global::<State, ExtIdleNotifierV1, ()>(1, ());
            let mut state = State {
                watches: Vec::new(),
                last_input: Instant::now(),
            };
            loop {
                if let Some(stream) = listener.accept().unwrap() {
                    display
                        .handle()
                        .insert_client(stream, Arc::new(NoData))
                        .unwrap();
                }
                display.dispatch_clients(&mut state).unwrap();
                loop {
                    match rx.try_recv() {
                        Ok(Input) => {
                            state.last_input = Instant::now();
                            for w in &mut state.watches {
                                if w.idle_sent {
                                    w.notification.resumed();
                                    w.idle_sent = false;
                                }
                            }
                        }
                        Err(std::sync::mpsc::TryRecvError::Empty) => break,
                        Err(std::sync::mpsc::TryRecvError::Disconnected) => return,
                    }
                }
                let idle = state.last_input.elapsed();
                for w in &mut state.watches {
                    if !w.idle_sent && idle >= w.timeout {
                        w.notification.idled();
                        w.idle_sent = true;
                    }
                }
                let _ = display.flush_clients();
                std::thread::sleep(Duration::from_millis(10));
            }
        });
        Compositor { input }
    }

    /// A key press on the seat.
    pub fn input(&self) {
        self.input.send(Input).unwrap();
    }
}
