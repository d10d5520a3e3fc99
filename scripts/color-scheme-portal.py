#!/usr/bin/python3
"""A stand-in XDG desktop portal for screenshots: answers `color-scheme` with the number
given (0 no preference, 1 dark, 2 light), as GNOME and KDE do, on the session bus.

Usage: color-scheme-portal.py VALUE   (runs until killed)
"""
import sys

from gi.repository import Gio, GLib

value = int(sys.argv[1])
xml = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="v" direction="out"/></method></interface></node>"""


def call(conn, sender, path, iface, method, args, invocation):
    invocation.return_value(GLib.Variant("(v)", (GLib.Variant("u", value),)))


bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
bus.register_object("/org/freedesktop/portal/desktop",
                    Gio.DBusNodeInfo.new_for_xml(xml).interfaces[0], call, None, None)
Gio.bus_own_name_on_connection(bus, "org.freedesktop.portal.Desktop", 0, None, None)
GLib.MainLoop().run()
