# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Fai una pausa ora
# A submenu: pause reminders for one of the times below.
tray-pause = Sospendi
tray-pause-30-min = 30 minuti
tray-pause-1-hour = 1 ora
tray-pause-2-hours = 2 ore
tray-pause-until-tomorrow = Fino a domani
tray-resume = Riprendi
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = In piedi
tray-settings = Impostazioni
tray-statistics = Statistiche
# Opens the body check-in window.
tray-checkin = Autovalutazione ora
tray-quit = Esci

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: è ora di muoversi

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = l'host dell'area di notifica non c'è più (il suo StatusNotifierWatcher ha lasciato il bus di sessione), quindi non c'è l'icona nell'area di notifica finché non torna
tray-missing-no-panel = uno StatusNotifierWatcher è attivo ma nessun pannello ne mostra le icone, quindi non c'è l'icona nell'area di notifica
tray-missing-dropped = l'host dell'area di notifica ha rimosso l'icona di knotless, quindi non c'è l'icona nell'area di notifica
