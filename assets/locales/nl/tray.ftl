# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Nu pauze nemen
# A submenu: pause reminders for one of the times below.
tray-pause = Pauzeren
tray-pause-30-min = 30 minuten
tray-pause-1-hour = 1 uur
tray-pause-2-hours = 2 uur
tray-pause-until-tomorrow = Tot morgen
tray-resume = Hervatten
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Staand
tray-settings = Instellingen
tray-statistics = Statistieken
# Opens the body check-in window.
tray-checkin = Nu zelfcheck doen
tray-quit = Afsluiten

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: tijd om te bewegen

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = de systeemvakhost is verdwenen (zijn StatusNotifierWatcher heeft de sessiebus verlaten), dus er is geen systeemvakpictogram tot hij terugkomt
tray-missing-no-panel = er draait een StatusNotifierWatcher, maar geen paneel toont zijn pictogrammen, dus er is geen systeemvakpictogram
tray-missing-dropped = de systeemvakhost heeft het pictogram van knotless laten vallen, dus er is geen systeemvakpictogram
