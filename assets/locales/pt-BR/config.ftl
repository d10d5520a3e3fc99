## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Pausas para se mexer
config-group-micro-pauses = Micropausas
config-group-water = Água
config-group-working-hours = Horário de trabalho
config-group-sound = Som
config-group-login = Iniciar com a sessão
config-group-language = Idioma
config-group-focus = Áreas de foco
config-group-at-hand = O que você tem à mão
config-group-snoozing = Adiamentos e lembretes perdidos
config-group-busy = Em atividade
config-group-away = Ausência e pausas
config-group-days = Dias e horário de trabalho
config-group-desk = Mesa regulável
config-group-check-ins = Autoavaliações
config-group-voice = Leitura em voz alta
config-group-suggestions = Quais exercícios sugerir

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Lembrar de me mexer após
config-movement-length = Duração da pausa
config-movement-snooze = Adiar por
config-movement-max_snoozes = Adiamentos permitidos por pausa
config-movement-heads_up = Aviso discreto antes da pausa (0s: nenhum)
config-movement-insist = Quando eu não respondo a um lembrete

# [micro_pause]
config-micro_pause-enabled = Micropausas (postura e olhos)
config-micro_pause-every = Micropausa a cada

# [hydration]
config-hydration-enabled = Lembretes para beber água
config-hydration-every = Lembrete de água a cada

# [checkin]
config-checkin-enabled = Perguntar como está meu corpo após uma pausa
config-checkin-every = Perguntar no máximo a cada

# [sound]
config-sound-cues = Sinais sonoros durante a pausa
config-sound-volume = Volume dos sinais
config-sound-voice = Ler cada passo em voz alta

# [presence]
config-presence-natural_break_after = Considerar ausência sem uso do computador por

# [standing]
config-standing-enabled = Tenho uma mesa de altura regulável
config-standing-every = Sugerir ficar em pé após um tempo sentado de
config-standing-for = Em pé por cerca de
config-standing-max = Sugerir mudar de posição após um tempo em pé de

# [schedule]
config-schedule-merge_within = Juntar lembretes que vencem dentro de
config-schedule-answer_within = Considerar lembrete perdido após
config-schedule-morning = "Pausar até amanhã" termina às

# [context]
config-context-max_sitting = Mesmo em atividade, lembrar de leve após um tempo sentado de
config-context-grace = Ao ficar livre, esperar
config-context-do_not_disturb = Esperar enquanto as notificações estão silenciadas
config-context-fullscreen = Esperar enquanto uma janela está em tela cheia
config-context-inhibitors = Esperar enquanto um vídeo ou chamada mantém a tela ligada
config-context-camera = Esperar enquanto a câmera está em uso

# [calendar]
config-calendar-sources = Calendários com minhas reuniões
config-calendar-before = Oferecer pausa antes de reunião que começa em até
config-calendar-me = Meu endereço nos convites

# [working_hours]
config-working_hours-enabled = Lembrar só durante o horário de trabalho
config-working_hours-monday = Segunda-feira
config-working_hours-tuesday = Terça-feira
config-working_hours-wednesday = Quarta-feira
config-working_hours-thursday = Quinta-feira
config-working_hours-friday = Sexta-feira
config-working_hours-saturday = Sábado
config-working_hours-sunday = Domingo

# [startup]
config-startup-autostart = Iniciar o knotless ao entrar na sessão

# [ui]
config-ui-language = Idioma

# [suggestions]
config-suggestions-focus = Áreas de foco
config-suggestions-equipment = O que você tem à mão
config-suggestions-positions = Posições que você aceita fazer
config-suggestions-exclude = Exercícios a deixar de fora

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = uma duração de { $min } a { $max }
# $min, $max: whole numbers.
config-allowed-count = um número inteiro de { $min } a { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true ou false
config-allowed-time-of-day = um horário como "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = uma lista de: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = uma lista de ids de exercícios (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = um destes: { $names }
config-allowed-text = texto entre aspas, ou ""
config-allowed-sources = uma lista de arquivos .ics (caminho completo, ou dentro de ~/) e endereços https://
# "off" is the file's word: keep it.
config-allowed-hours = um intervalo como "09:00-17:30" ("22:00-06:00" passa da meia-noite) ou "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = não é uma duração ({ $reason }); escreva como "45m", "1h30m" ou "20s"
config-value-no-unit = uma duração precisa de unidade, como "45m" ou "20s"; permitido: { $allowed }
config-value-not-a-list = esperava uma lista entre colchetes, como ["a", "b"]; permitido: { $allowed }
config-value-expected = esperava { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" não é um deles; permitido: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" não é um deles (você quis dizer "{ $suggestion }"?); permitido: { $allowed }
config-value-out-of-range = fora do intervalo; permitido: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = não foi possível ler { $path }: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = TOML inválido: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` deve ser uma seção, escrita como [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = seção desconhecida [{ $name }]; as seções são { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = seção desconhecida [{ $name }]; você quis dizer [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` deve ficar dentro de uma seção
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` deve ficar dentro de uma seção; você quis dizer `{ $name }` em [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = chave desconhecida; [{ $section }] tem { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = chave desconhecida; você quis dizer `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (ainda não há arquivo aí: o knotless usa os padrões; `knotless config default > "{ $path }"` cria um)
config-check-no-file = nenhum arquivo de configuração em { $path }
config-check-defaults = { $path }: nenhum arquivo de configuração; o knotless usa os padrões
# $reason: the system's reason.
config-check-unreadable = não foi possível ler { $path }: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [0] { $count } problemas em { $path }; essas chaves mantêm os padrões até serem corrigidas
    [one] { $count } problema em { $path }; essas chaves mantêm os padrões até serem corrigidas
   *[other] { $count } problemas em { $path }; essas chaves mantêm os padrões até serem corrigidas
}
