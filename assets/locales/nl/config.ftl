## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Bewegingspauzes
config-group-micro-pauses = Micropauzes
config-group-water = Water
config-group-working-hours = Werktijden
config-group-sound = Geluid
config-group-login = Starten bij inloggen
config-group-language = Taal
config-group-focus = Aandachtsgebieden
config-group-at-hand = Wat je bij de hand hebt
config-group-snoozing = Uitstellen en gemiste herinneringen
config-group-busy = Terwijl je bezig bent
config-group-away = Afwezig zijn en pauzeren
config-group-days = Werkdagen en -uren
config-group-desk = Zit-sta-bureau
config-group-check-ins = Zelfchecks
config-group-voice = Voorlezen
config-group-suggestions = Welke oefeningen voorstellen

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Herinner me aan bewegen na
config-movement-length = Duur van de pauze
config-movement-snooze = Uitstellen met
config-movement-max_snoozes = Keren uitstellen per pauze
config-movement-heads_up = Rustige vooraankondiging voor een pauze (0s: geen)
config-movement-insist = Als ik niet op een herinnering reageer

# [micro_pause]
config-micro_pause-enabled = Micropauzes (houding en ogen)
config-micro_pause-every = Micropauze elke

# [hydration]
config-hydration-enabled = Herinneringen om water te drinken
config-hydration-every = Waterherinnering elke

# [checkin]
config-checkin-enabled = Na een pauze vragen hoe mijn lichaam voelt
config-checkin-every = Hoogstens één keer vragen per

# [sound]
config-sound-cues = Geluidssignalen tijdens een pauze
config-sound-volume = Volume van de signalen
config-sound-voice = Elke stap voorlezen

# [presence]
config-presence-natural_break_after = Als afwezig tellen zonder invoer gedurende

# [standing]
config-standing-enabled = Ik heb een zit-sta-bureau
config-standing-every = Staan voorstellen na zitten van
config-standing-for = Staan gedurende ongeveer
config-standing-max = Andere houding voorstellen na staan van

# [schedule]
config-schedule-merge_within = Herinneringen samen tonen als ze vallen binnen
config-schedule-answer_within = Herinnering als gemist tellen na
config-schedule-morning = ‘Pauzeren tot morgen’ eindigt om

# [context]
config-context-max_sitting = Ook als ik bezig ben, zacht herinneren na zitten van
config-context-grace = Als ik weer vrij ben, wachten
config-context-do_not_disturb = Wachten zolang meldingen gedempt zijn
config-context-fullscreen = Wachten zolang een venster schermvullend is
config-context-inhibitors = Wachten zolang een video of gesprek het scherm aan houdt
config-context-camera = Wachten zolang de camera in gebruik is

# [calendar]
config-calendar-sources = Agenda's met mijn vergaderingen
config-calendar-before = Pauze aanbieden voor een vergadering binnen
config-calendar-me = Mijn adres in uitnodigingen

# [working_hours]
config-working_hours-enabled = Alleen herinneren tijdens werktijden
config-working_hours-monday = Maandag
config-working_hours-tuesday = Dinsdag
config-working_hours-wednesday = Woensdag
config-working_hours-thursday = Donderdag
config-working_hours-friday = Vrijdag
config-working_hours-saturday = Zaterdag
config-working_hours-sunday = Zondag

# [startup]
config-startup-autostart = knotless starten als je inlogt

# [ui]
config-ui-language = Taal

# [suggestions]
config-suggestions-focus = Aandachtsgebieden
config-suggestions-equipment = Wat je bij de hand hebt
config-suggestions-positions = Houdingen die je wilt aannemen
config-suggestions-exclude = Oefeningen om weg te laten

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = een duur van { $min } tot { $max }
# $min, $max: whole numbers.
config-allowed-count = een geheel getal van { $min } tot { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true of false
config-allowed-time-of-day = een tijdstip zoals "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = een lijst van: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = een lijst met oefening-id's (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = een van: { $names }
config-allowed-text = tekst tussen aanhalingstekens, of ""
config-allowed-sources = een lijst met .ics-bestanden (een volledig pad, of een onder ~/) en https://-adressen
# "off" is the file's word: keep it.
config-allowed-hours = een bereik zoals "09:00-17:30" ("22:00-06:00" loopt door na middernacht) of "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = geen duur ({ $reason }); schrijf het zoals "45m", "1h30m" of "20s"
config-value-no-unit = een duur heeft een eenheid nodig, zoals "45m" of "20s"; toegestaan: { $allowed }
config-value-not-a-list = lijst tussen vierkante haken verwacht, zoals ["a", "b"]; toegestaan: { $allowed }
config-value-expected = verwacht: { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" hoort daar niet bij; toegestaan: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" hoort daar niet bij (bedoelde je "{ $suggestion }"?); toegestaan: { $allowed }
config-value-out-of-range = buiten bereik; toegestaan: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = kan { $path } niet lezen: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = geen geldige TOML: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` moet een sectie zijn, geschreven als [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = onbekende sectie [{ $name }]; de secties zijn { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = onbekende sectie [{ $name }]; bedoelde je [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` moet binnen een sectie staan
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` moet binnen een sectie staan; bedoelde je `{ $name }` onder [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = onbekende sleutel; [{ $section }] heeft { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = onbekende sleutel; bedoelde je `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (daar is nog geen bestand: knotless gebruikt de standaardwaarden; `knotless config default > "{ $path }"` maakt er een aan)
config-check-no-file = geen configuratiebestand op { $path }
config-check-defaults = { $path }: geen configuratiebestand; knotless gebruikt de standaardwaarden
# $reason: the system's reason.
config-check-unreadable = kan { $path } niet lezen: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } probleem in { $path }; die sleutels houden hun standaardwaarde tot het is opgelost
   *[other] { $count } problemen in { $path }; die sleutels houden hun standaardwaarde tot ze zijn opgelost
}
