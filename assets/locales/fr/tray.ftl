# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Faire une pause
# A submenu: pause reminders for one of the times below.
tray-pause = Suspendre
tray-pause-30-min = 30 minutes
tray-pause-1-hour = 1 heure
tray-pause-2-hours = 2 heures
tray-pause-until-tomorrow = Jusqu’à demain
tray-resume = Reprendre
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Debout
tray-settings = Paramètres
tray-statistics = Statistiques
# Opens the body check-in window.
tray-checkin = Faire le bilan
tray-quit = Quitter

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless : { $status }
# While a movement break is due.
tray-attention = knotless : l’heure de bouger

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = l’hôte de la zone de notification a disparu (son StatusNotifierWatcher a quitté le bus de session) : pas d’icône jusqu’à son retour
tray-missing-no-panel = un StatusNotifierWatcher tourne mais aucun panneau n’affiche ses icônes : pas d’icône dans la zone de notification
tray-missing-dropped = l’hôte de la zone de notification a retiré l’icône de knotless : pas d’icône dans la zone de notification
