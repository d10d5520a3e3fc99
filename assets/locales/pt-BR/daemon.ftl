# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 h 05 min"
daemon-short-hours-min = { $hours } h { $min } min

## An exercise's length to the second: "45 s", "2 min", "1 min 30 s".

daemon-length-secs = { $secs } s
daemon-length-min = { $min } min
daemon-length-min-secs = { $min } min { $secs } s

## The tray's tooltip (and the status line at the top of its menu): where you are, then
## what comes next, e.g. "sitting 23 min · next move in 17 min".
## $sitting, $standing, $left: short durations ("23 min"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = ausente
daemon-tooltip-standing = em pé há { $standing } (antes, { $sitting } na cadeira)
daemon-tooltip-sitting = { $sitting } na cadeira
daemon-tooltip-paused-until = lembretes pausados até { $time }
daemon-tooltip-paused = lembretes pausados
daemon-tooltip-due = hora de se mexer
daemon-tooltip-on-break = fazendo uma pausa
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = próxima pausa após mais { $left } na cadeira
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = próxima pausa às { $time }
daemon-tooltip-next-in = próxima pausa em { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = em reunião até { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = pausado
daemon-format-now = agora

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = em atividade
daemon-presence-passive = presente, sem digitar
daemon-presence-away = ausente
# The first line; $presence is one of the three above.
daemon-status-sitting = Na cadeira há { $sitting } · { $presence }
daemon-status-sitting-since = Na cadeira há { $sitting }, desde { $time } · { $presence }
daemon-status-standing = Em pé há { $standing }: o relógio do tempo sentado fica parado (`knotless sit` quando voltar para a cadeira)
daemon-status-paused-until = Lembretes pausados até { $time } (`knotless resume` para encerrar a pausa)
daemon-status-paused = Lembretes pausados até você retomar (`knotless resume`)
daemon-status-due = Pausa para se mexer: agora (adie, pule ou comece)
daemon-status-running = Pausa para se mexer: em andamento
daemon-status-snoozed = Pausa para se mexer: adiada, volta em { $left }
daemon-status-held = Próxima pausa para se mexer às { $time } (em espera: os lembretes ficam separados por `[schedule] merge_within`)
daemon-status-next = Próxima pausa para se mexer em { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } às { $time } (em espera)
daemon-status-other-in = { $kind } em { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Depois: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Adiamentos restantes: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Lembretes em espera: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = não perturbe
daemon-busy-fullscreen = tela cheia
# Windows' presentation mode.
daemon-busy-presentation = apresentação
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = um app pediu para não interromper
daemon-busy-camera = câmera
daemon-busy-outside-hours = fora do horário de trabalho
daemon-status-autostart = Inicia com a sessão
# $problem: what is wrong with one calendar.
daemon-status-calendar = Calendário: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Limitações: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = sem fonte de inatividade, então o tempo sentado é contado só pelo relógio
daemon-limited-notifications = sem servidor de notificações, então os lembretes não podem aparecer
daemon-limited-tray = sem host da bandeja, então não há ícone na bandeja
daemon-limited-sound = sem servidor de som, então as pausas acontecem sem os sinais sonoros
daemon-limited-calendar = um calendário não pode ser lido, então podem faltar reuniões ou elas podem estar desatualizadas

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = pausa para se mexer
daemon-reminder-stand = ficar em pé um pouco
daemon-reminder-change_position = mudar de posição
daemon-reminder-micro_pause = micropausa
daemon-reminder-hydration = hidratação

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless em execução (pid { $pid })
daemon-reply-resumed = Os lembretes voltaram.
daemon-reply-skipped = Esta pausa para se mexer foi pulada.
daemon-reply-feedback = Obrigado: anotado.
daemon-reply-checkin = Autoavaliação salva.
# A piece of advice was shown and recorded.
daemon-reply-advised = Anotado.
daemon-reply-done = Pausa concluída. Muito bem.
daemon-reply-quit = knotless encerrado.
daemon-reply-paused-until = Lembretes pausados até { $time }.
daemon-reply-paused = Lembretes pausados até você retomar.
daemon-reply-snoozed = Adiada; a pausa volta em { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Agora: { $title }
daemon-reply-standing = Em pé. O relógio do tempo sentado fica parado em { $sitting } até você voltar para a cadeira (`knotless sit`).
daemon-reply-sitting = Na cadeira, depois de { $stood } em pé. O relógio do tempo sentado continua a partir de { $sitting }.
daemon-reply-settings-opened = A janela de configurações foi aberta.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pausa iniciada: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Ainda não está no histórico: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = nenhuma pausa para se mexer está sendo mostrada, então não há nada para adiar
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = esta pausa já foi adiada { $times ->
        [0] { $times } vezes
        [one] uma vez
       *[other] { $times } vezes
    }, o máximo permitido (movement.max_snoozes)
daemon-refused-no-break-running = nenhuma pausa em andamento
daemon-refused-already-on-break = já há uma pausa em andamento
daemon-refused-not-paused = os lembretes não estão pausados
daemon-refused-pause-in-past = uma pausa precisa terminar no futuro
daemon-refused-standing-off = o modo em pé está desativado; ative-o com `enabled = true` em [standing] na configuração
daemon-refused-already-standing = você já está em pé
daemon-refused-already-sitting = você já está na cadeira
daemon-refused-not-a-nudge = só um lembrete de ficar em pé ou de mudar de posição pode ser deixado para mais tarde
daemon-refused-answered-already = esta pausa para se mexer já foi respondida
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = nenhum exercício se chama { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = não foi possível ler o histórico: { $error }
daemon-stats-none = Ainda não há dias completos na última semana.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Agora: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = não foi possível gravar o histórico ({ $error }); { $count ->
        [0] { $count } eventos estão guardados e serão gravados assim que possível
        [one] { $count } evento está guardado e será gravado assim que possível
       *[other] { $count } eventos estão guardados e serão gravados assim que possível
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } pertence a outro usuário (uid { $uid }); o knotless se recusa a usá-lo
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = outro knotless mantém { $lock }, mas não responde em { $address }
