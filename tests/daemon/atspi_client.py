#!/usr/bin/python3
"""A screen reader's view of knotless's break window, for tests/daemon/screen_reader.rs.

Turns accessibility on for the session (as a screen reader does, through the AT-SPI bus's
org.a11y.Status), waits for the knotless application to show push buttons, prints every
node as one JSON line {"role", "name", "depth"}, then invokes the push button named by the
first argument through its AT-SPI Action interface and prints {"invoked": NAME}. With a
third argument, it first waits until a node of that name shows (the window's state, such as
"Step 2 of 3", as a screen reader reads it).

Usage: atspi_client.py BUTTON [SECONDS [NODE_NAME]]
"""
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402


def enable_accessibility():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
            None,
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )


def walk(node, depth, out):
    out.append((node.get_role_name(), node.get_name() or "", depth, node))
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def knotless_nodes():
    desktop = Atspi.get_desktop(0)
    nodes = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "knotless":
            nodes += walk(app, 0, [])
    return nodes


def main():
    button = sys.argv[1]
    deadline = time.time() + float(sys.argv[2] if len(sys.argv) > 2 else 30)
    wanted = sys.argv[3] if len(sys.argv) > 3 else None
    # The AT-SPI bus is started on demand by D-Bus; on a busy machine that takes a moment.
    while True:
        try:
            enable_accessibility()
            break
        except GLib.Error as e:
            if time.time() > deadline:
                print(json.dumps({"error": f"cannot turn accessibility on: {e.message}"}))
                sys.exit(1)
            time.sleep(0.5)
    nodes = []
    while time.time() < deadline:
        try:
            nodes = knotless_nodes()
        except GLib.Error:
            nodes = []
        if any(role == "push button" for role, *_ in nodes) and (
            wanted is None or any(name == wanted for _, name, *_ in nodes)
        ):
            break
        time.sleep(0.25)
    else:
        names = sorted({name for _, name, *_ in nodes})
        print(json.dumps({"error": "no knotless window with buttons on the AT-SPI bus"
                          if wanted is None else f"no node {wanted!r} among {names}"}))
        sys.exit(1)
    for role, name, depth, _ in nodes:
        print(json.dumps({"role": role, "name": name, "depth": depth}), flush=True)
    target = [n for role, name, _, n in nodes if role == "push button" and name == button]
    if not target:
        print(json.dumps({"error": f"no push button {button!r}"}))
        sys.exit(1)
    node = target[0]
    names = [node.get_action_name(i) for i in range(node.get_n_actions())]
    node.do_action(0)
    print(json.dumps({"invoked": button, "actions": names}), flush=True)


if __name__ == "__main__":
    main()
