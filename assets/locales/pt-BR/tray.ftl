# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = Fazer uma pausa agora
# A submenu: pause reminders for one of the times below.
tray-pause = Pausar
tray-pause-30-min = 30 minutos
tray-pause-1-hour = 1 hora
tray-pause-2-hours = 2 horas
tray-pause-until-tomorrow = Até amanhã
tray-resume = Retomar
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = Em pé
tray-settings = Configurações
tray-statistics = Estatísticas
# Opens the body check-in window.
tray-checkin = Autoavaliação
tray-quit = Sair

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless: { $status }
# While a movement break is due.
tray-attention = knotless: hora de se mexer

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = o host da bandeja sumiu (o StatusNotifierWatcher saiu do barramento de sessão), então não há ícone na bandeja até ele voltar
tray-missing-no-panel = um StatusNotifierWatcher está em execução, mas nenhum painel mostra os ícones dele, então não há ícone na bandeja
tray-missing-dropped = o host da bandeja removeu o ícone do knotless, então não há ícone na bandeja
