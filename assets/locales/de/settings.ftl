## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Einstellungen
# The two tabs: the common choices, and everything else.
settings-page-common = Allgemein
settings-page-more = Mehr

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Tage und Zeiten festlegen
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Töne während der Pause
# Before the volume slider in the "Sound" row.
settings-volume = Lautstärke
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = alle
# On the More page, above the working days while working hours are off.
settings-days-unused = Gilt, wenn Arbeitszeiten auf der Seite „Allgemein“ eingeschaltet sind.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Keine Arbeitstage festgelegt
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Zeiten je nach Tag verschieden

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = etwa 09:00-17:30 oder off
settings-sources-hint = eine pro Zeile: eine .ics-Datei oder eine https://-Adresse

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Als verpasst zählen
settings-insist-gentle = Noch einmal fragen
settings-insist-firm = Noch einmal fragen, dann im Fenster

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Systemsprache

## The footer.

settings-save = Speichern
settings-close = Schließen
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Speichern nicht möglich: Prüfe „{ $label }“{ $place ->
        [common] { " " }auf der Seite „Allgemein“
        [more] { " " }unter „Mehr“
       *[here] { "" }
    }{ $others ->
        [0] { "" }
        [one] { " " }und ein weiteres Feld
       *[other] { " " }und { $others } weitere Felder
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Prüfe zuerst „{ $label }“
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Nichts zu speichern: keine Änderungen.
        [one] { $count } Änderung gespeichert.
       *[other] { $count } Änderungen gespeichert.
    }
# After Close with changes not saved.
settings-unsaved = Änderungen nicht gespeichert: Erneut „Schließen“ verwirft sie
# While something is changed and not saved.
settings-not-saved-yet = Noch nicht gespeichert

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = { $path } kann nicht gelesen werden: { $reason }
# $label: a field's label.
settings-error-invalid = „{ $label }“ muss vor dem Speichern geändert werden
settings-error-not-toml = die Datei ist kein gültiges TOML und bleibt daher unverändert (bitte von Hand korrigieren): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] ist in der Datei keine Tabelle
settings-error-write = { $path } kann nicht geschrieben werden: { $reason }
