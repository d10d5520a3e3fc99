//! Light or dark from the desktop portal, against portals written for the test on a private
//! bus: the current `ReadOne`, the older `Read` (a variant inside a variant), and none.

use super::support::Bus;
use knotless::platform::appearance::{Scheme, color_scheme_on};
use zbus::{OwnedVariant as OwnedValue, Variant as Value};

/// A portal's Settings interface; `nested` answers only the old `Read`.
struct Portal {
    scheme: u32,
    nested: bool,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read_one(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        if self.nested {
            return Err(zbus::fdo::Error::UnknownMethod("no ReadOne here".into()));
        }
        self.value(namespace, key)
    }

    fn read(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        let inner = self.value(namespace, key)?;
        Ok(Value::Variant(Box::new(inner.into())).try_into().unwrap())
    }
}

impl Portal {
    fn value(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        if (namespace, key) != ("org.freedesktop.appearance", "color-scheme") {
            return Err(zbus::fdo::Error::Failed("no such setting".into()));
        }
        Ok(OwnedValue::from(self.scheme))
    }
}

fn ask(bus: &Bus, portal: Option<Portal>) -> Option<Scheme> {
    zbus::block_on(async {
        let _service = match portal {
            Some(portal) => Some(
                zbus::connection::Builder::address(bus.address.as_str())
                    .name("org.freedesktop.portal.Desktop")
                    .serve_at("/org/freedesktop/portal/desktop", portal)
                    .build()
                    .await
                    .unwrap(),
            ),
            None => None,
        };
        let conn = zbus::connection::Builder::address(bus.address.as_str())
            .build()
            .await
            .unwrap();
        color_scheme_on(&conn).await
    })
}

#[test]
fn the_windows_follow_the_portals_color_scheme() {
    let bus = Bus::start();
    let dark = Portal {
        scheme: 1,
        nested: false,
    };
    assert_eq!(ask(&bus, Some(dark)), Some(Scheme::Dark));
    let bus = Bus::start();
    let old_light = Portal {
        scheme: 2,
        nested: true,
    };
    assert_eq!(ask(&bus, Some(old_light)), Some(Scheme::Light));
    let bus = Bus::start();
    let no_preference = Portal {
        scheme: 0,
        nested: false,
    };
    assert_eq!(
        ask(&bus, Some(no_preference)),
        Some(Scheme::Light),
        "no preference is what a stock light GNOME answers"
    );
    let bus = Bus::start();
    assert_eq!(ask(&bus, None), None, "no portal: egui's own default");
}
