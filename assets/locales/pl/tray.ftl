# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Zrób przerwę teraz
# A submenu: pause reminders for one of the times below.
tray-pause = Wstrzymaj
tray-pause-30-min = 30 minut
tray-pause-1-hour = 1 godzina
tray-pause-2-hours = 2 godziny
tray-pause-until-tomorrow = Do jutra
tray-resume = Wznów
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Na stojąco
tray-settings = Ustawienia
tray-statistics = Statystyki
# Opens the body check-in window.
tray-checkin = Oceń samopoczucie
tray-quit = Zakończ

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: czas się poruszać

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = host zasobnika zniknął (jego StatusNotifierWatcher opuścił magistralę sesji), więc nie ma ikony w zasobniku, dopóki nie wróci
tray-missing-no-panel = StatusNotifierWatcher działa, ale żaden panel nie pokazuje jego ikon, więc nie ma ikony w zasobniku
tray-missing-dropped = host zasobnika usunął ikonę knotless, więc nie ma ikony w zasobniku
