## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Pause di movimento
config-group-micro-pauses = Micropause
config-group-water = Acqua
config-group-working-hours = Orario di lavoro
config-group-sound = Suono
config-group-login = Avvio all'accesso
config-group-language = Lingua
config-group-focus = Zone mirate
config-group-at-hand = A portata di mano
config-group-snoozing = Posticipi e promemoria mancati
config-group-busy = Quando hai da fare
config-group-away = Assenze e sospensioni
config-group-days = Giorni e orari di lavoro
config-group-desk = Scrivania regolabile
config-group-check-ins = Autovalutazioni
config-group-voice = Lettura ad alta voce
config-group-suggestions = Esercizi da suggerire

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Ricordami di muovermi dopo
config-movement-length = Durata della pausa
config-movement-snooze = Posticipa di
config-movement-max_snoozes = Posticipi ammessi per pausa
config-movement-heads_up = Preavviso discreto prima della pausa (0s: nessuno)
config-movement-insist = Se non rispondo a un promemoria

# [micro_pause]
config-micro_pause-enabled = Micropause (postura e occhi)
config-micro_pause-every = Micropausa ogni

# [hydration]
config-hydration-enabled = Promemoria per bere acqua
config-hydration-every = Promemoria acqua ogni

# [checkin]
config-checkin-enabled = Chiedimi come sta il corpo dopo una pausa
config-checkin-every = Chiedi al massimo una volta ogni

# [sound]
config-sound-cues = Segnali acustici durante la pausa
config-sound-volume = Volume dei segnali
config-sound-voice = Leggi i passaggi a voce alta

# [presence]
config-presence-natural_break_after = Considerami assente dopo un'inattività di

# [standing]
config-standing-enabled = Ho una scrivania regolabile
config-standing-every = Suggerisci di alzarmi dopo una seduta di
config-standing-for = In piedi per circa
config-standing-max = Suggerisci di cambiare posizione dopo un tempo in piedi di

# [schedule]
config-schedule-merge_within = Unisci i promemoria in scadenza entro
config-schedule-answer_within = Considera mancato un promemoria dopo
config-schedule-morning = «Sospendi fino a domani» termina alle

# [context]
config-context-max_sitting = Se ho da fare, avvisami con discrezione dopo una seduta di
config-context-grace = Quando non ho più da fare, aspetta
config-context-do_not_disturb = Aspetta mentre le notifiche sono silenziate
config-context-fullscreen = Aspetta mentre una finestra è a schermo intero
config-context-inhibitors = Aspetta mentre un video o una chiamata tiene lo schermo acceso
config-context-camera = Aspetta mentre la fotocamera è in uso

# [calendar]
config-calendar-sources = Calendari con le mie riunioni
config-calendar-before = Proponi una pausa prima di una riunione che inizia entro
config-calendar-me = Il mio indirizzo negli inviti

# [working_hours]
config-working_hours-enabled = Ricordami solo durante l'orario di lavoro
config-working_hours-monday = Lunedì
config-working_hours-tuesday = Martedì
config-working_hours-wednesday = Mercoledì
config-working_hours-thursday = Giovedì
config-working_hours-friday = Venerdì
config-working_hours-saturday = Sabato
config-working_hours-sunday = Domenica

# [startup]
config-startup-autostart = Avvia knotless all'accesso

# [ui]
config-ui-language = Lingua

# [suggestions]
config-suggestions-focus = Zone mirate
config-suggestions-equipment = Cosa hai a portata di mano
config-suggestions-positions = Posizioni che ti vanno bene
config-suggestions-exclude = Esercizi da escludere

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = una durata da { $min } a { $max }
# $min, $max: whole numbers.
config-allowed-count = un numero intero da { $min } a { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true o false
config-allowed-time-of-day = un orario come "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = un elenco di: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = un elenco di id di esercizi (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = uno tra: { $names }
config-allowed-text = testo tra virgolette, oppure ""
config-allowed-sources = un elenco di file .ics (un percorso completo, o uno sotto ~/) e indirizzi https://
# "off" is the file's word: keep it.
config-allowed-hours = un intervallo come "09:00-17:30" ("22:00-06:00" va oltre la mezzanotte) oppure "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = non è una durata ({ $reason }); scrivila come "45m", "1h30m" o "20s"
config-value-no-unit = una durata richiede un'unità, come "45m" o "20s"; valori ammessi: { $allowed }
config-value-not-a-list = atteso un elenco tra parentesi quadre, come ["a", "b"]; valori ammessi: { $allowed }
config-value-expected = atteso { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" non è tra i valori ammessi; valori ammessi: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" non è tra i valori ammessi (forse intendevi "{ $suggestion }"?); valori ammessi: { $allowed }
config-value-out-of-range = fuori intervallo; valori ammessi: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = impossibile leggere { $path }: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = TOML non valido: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` deve essere una sezione, scritta [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = sezione sconosciuta [{ $name }]; le sezioni sono { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = sezione sconosciuta [{ $name }]; forse intendevi [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` deve stare dentro una sezione
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` deve stare dentro una sezione; forse intendevi `{ $name }` in [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = chiave sconosciuta; [{ $section }] ha { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = chiave sconosciuta; forse intendevi `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (ancora nessun file: knotless usa i valori predefiniti; `knotless config default > "{ $path }"` ne crea uno)
config-check-no-file = nessun file di configurazione in { $path }
config-check-defaults = { $path }: nessun file di configurazione; knotless usa i valori predefiniti
# $reason: the system's reason.
config-check-unreadable = impossibile leggere { $path }: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } problema in { $path }; quella chiave mantiene il valore predefinito finché non viene corretta
   *[other] { $count } problemi in { $path }; quelle chiavi mantengono il valore predefinito finché non vengono corrette
}
