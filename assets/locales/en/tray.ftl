# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Take a break now
# A submenu: pause reminders for one of the times below.
tray-pause = Pause
tray-pause-30-min = 30 minutes
tray-pause-1-hour = 1 hour
tray-pause-2-hours = 2 hours
tray-pause-until-tomorrow = Until tomorrow
tray-resume = Resume
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Standing
tray-settings = Settings
tray-statistics = Statistics
# Opens the body check-in window.
tray-checkin = Check in now
tray-quit = Quit

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: time to move

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = the tray host went away (its StatusNotifierWatcher left the session bus), so there is no tray icon until it comes back
tray-missing-no-panel = a StatusNotifierWatcher runs but no panel shows its icons, so there is no tray icon
tray-missing-dropped = the tray host dropped knotless's icon, so there is no tray icon
