# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Hacer una pausa ahora
# A submenu: pause reminders for one of the times below.
tray-pause = Pausar
tray-pause-30-min = 30 minutos
tray-pause-1-hour = 1 hora
tray-pause-2-hours = 2 horas
tray-pause-until-tomorrow = Hasta mañana
tray-resume = Reanudar
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = De pie
tray-settings = Configuración
tray-statistics = Estadísticas
# Opens the body check-in window.
tray-checkin = Hacer un chequeo
tray-quit = Salir

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: hora de moverte

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = el anfitrión de la bandeja del sistema ha desaparecido (su StatusNotifierWatcher salió del bus de sesión), así que no hay icono en la bandeja hasta que vuelva
tray-missing-no-panel = hay un StatusNotifierWatcher en marcha, pero ningún panel muestra sus iconos, así que no hay icono en la bandeja
tray-missing-dropped = el anfitrión de la bandeja del sistema descartó el icono de knotless, así que no hay icono en la bandeja
