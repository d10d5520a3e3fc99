## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Bewegungspausen
config-group-micro-pauses = Mikropausen
config-group-water = Wasser
config-group-working-hours = Arbeitszeiten
config-group-sound = Ton
config-group-login = Bei Anmeldung starten
config-group-language = Sprache
config-group-focus = Schwerpunkte
config-group-at-hand = Was du zur Hand hast
config-group-snoozing = Aufschieben und verpasste Erinnerungen
config-group-busy = Wenn du beschäftigt bist
config-group-away = Abwesenheit und Pausieren
config-group-days = Arbeitstage und -zeiten
config-group-desk = Sitz-Steh-Tisch
config-group-check-ins = Körperchecks
config-group-voice = Vorlesen
config-group-suggestions = Welche Übungen vorgeschlagen werden

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = An Bewegung erinnern nach
config-movement-length = Länge der Pause
config-movement-snooze = Aufschieben um
config-movement-max_snoozes = Aufschübe pro Pause
config-movement-heads_up = Leise Vorwarnung vor einer Pause (0s: keine)
config-movement-insist = Wenn ich nicht auf eine Erinnerung reagiere

# [micro_pause]
config-micro_pause-enabled = Mikropausen (Haltung und Augen)
config-micro_pause-every = Mikropause alle

# [hydration]
config-hydration-enabled = Erinnerungen zum Wassertrinken
config-hydration-every = Wassererinnerung alle

# [checkin]
config-checkin-enabled = Nach Pausen fragen, wie sich mein Körper anfühlt
config-checkin-every = Höchstens einmal fragen alle

# [sound]
config-sound-cues = Tonsignale während einer Pause
config-sound-volume = Lautstärke der Signale
config-sound-voice = Jeden Schritt vorlesen

# [presence]
config-presence-natural_break_after = Als abwesend zählen nach Inaktivität von

# [standing]
config-standing-enabled = Ich habe einen Sitz-Steh-Tisch
config-standing-every = Stehen vorschlagen nach Sitzen von
config-standing-for = Stehen für etwa
config-standing-max = Positionswechsel vorschlagen nach Stehen von

# [schedule]
config-schedule-merge_within = Erinnerungen zusammenfassen, wenn fällig innerhalb von
config-schedule-answer_within = Erinnerung als verpasst zählen nach
config-schedule-morning = „Bis morgen pausieren“ endet um

# [context]
config-context-max_sitting = Auch wenn ich beschäftigt bin, sanft erinnern nach Sitzen von
config-context-grace = Wenn ich wieder frei bin, warten
config-context-do_not_disturb = Warten, solange Benachrichtigungen stumm sind
config-context-fullscreen = Warten, solange ein Fenster im Vollbild ist
config-context-inhibitors = Warten, solange ein Video oder Anruf den Bildschirm aktiv hält
config-context-camera = Warten, solange die Kamera benutzt wird

# [calendar]
config-calendar-sources = Kalender mit meinen Terminen
config-calendar-before = Pause vor Termin anbieten, wenn fällig innerhalb von
config-calendar-me = Meine Adresse in Einladungen

# [working_hours]
config-working_hours-enabled = Nur während der Arbeitszeit erinnern
config-working_hours-monday = Montag
config-working_hours-tuesday = Dienstag
config-working_hours-wednesday = Mittwoch
config-working_hours-thursday = Donnerstag
config-working_hours-friday = Freitag
config-working_hours-saturday = Samstag
config-working_hours-sunday = Sonntag

# [startup]
config-startup-autostart = knotless bei der Anmeldung starten

# [ui]
config-ui-language = Sprache

# [suggestions]
config-suggestions-focus = Schwerpunkte
config-suggestions-equipment = Was du zur Hand hast
config-suggestions-positions = Positionen, die für dich passen
config-suggestions-exclude = Auszulassende Übungen

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = eine Dauer von { $min } bis { $max }
# $min, $max: whole numbers.
config-allowed-count = eine ganze Zahl von { $min } bis { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true oder false
config-allowed-time-of-day = eine Uhrzeit wie "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = eine Liste aus: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = eine Liste von Übungs-IDs (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = einer der Werte: { $names }
config-allowed-text = Text in Anführungszeichen oder ""
config-allowed-sources = eine Liste von .ics-Dateien (vollständiger Pfad oder unter ~/) und https://-Adressen
# "off" is the file's word: keep it.
config-allowed-hours = ein Zeitraum wie "09:00-17:30" ("22:00-06:00" geht über Mitternacht) oder "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = keine Dauer ({ $reason }); schreib sie wie "45m", "1h30m" oder "20s"
config-value-no-unit = eine Dauer braucht eine Einheit, wie "45m" oder "20s"; erlaubt: { $allowed }
config-value-not-a-list = Liste in eckigen Klammern erwartet, wie ["a", "b"]; erlaubt: { $allowed }
config-value-expected = erwartet: { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" ist keiner davon; erlaubt: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" ist keiner davon (meintest du "{ $suggestion }"?); erlaubt: { $allowed }
config-value-out-of-range = außerhalb des Bereichs; erlaubt: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = { $path } kann nicht gelesen werden: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = kein gültiges TOML: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` muss ein Abschnitt sein, geschrieben [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = unbekannter Abschnitt [{ $name }]; es gibt die Abschnitte { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = unbekannter Abschnitt [{ $name }]; meintest du [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` muss in einem Abschnitt stehen
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` muss in einem Abschnitt stehen; meintest du `{ $name }` unter [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = unbekannter Schlüssel; [{ $section }] hat { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = unbekannter Schlüssel; meintest du `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (dort gibt es noch keine Datei: knotless nutzt die Standardwerte; `knotless config default > "{ $path }"` legt eine an)
config-check-no-file = keine Konfigurationsdatei unter { $path }
config-check-defaults = { $path }: keine Konfigurationsdatei; knotless nutzt die Standardwerte
# $reason: the system's reason.
config-check-unreadable = { $path } kann nicht gelesen werden: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } Problem in { $path }; diese Schlüssel behalten ihre Standardwerte, bis es behoben ist
   *[other] { $count } Probleme in { $path }; diese Schlüssel behalten ihre Standardwerte, bis sie behoben sind
}
