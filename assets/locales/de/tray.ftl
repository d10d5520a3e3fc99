# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Jetzt Pause machen
# A submenu: pause reminders for one of the times below.
tray-pause = Pausieren
tray-pause-30-min = 30 Minuten
tray-pause-1-hour = 1 Stunde
tray-pause-2-hours = 2 Stunden
tray-pause-until-tomorrow = Bis morgen
tray-resume = Fortsetzen
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Ich stehe
tray-settings = Einstellungen
tray-statistics = Statistik
# Opens the body check-in window.
tray-checkin = Körpercheck jetzt
tray-quit = Beenden

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: Zeit für Bewegung

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = der Tray-Host ist weg (sein StatusNotifierWatcher hat den Session-Bus verlassen), daher gibt es kein Tray-Symbol, bis er zurückkommt
tray-missing-no-panel = ein StatusNotifierWatcher läuft, aber keine Leiste zeigt seine Symbole, daher gibt es kein Tray-Symbol
tray-missing-dropped = der Tray-Host hat das Symbol von knotless entfernt, daher gibt es kein Tray-Symbol
