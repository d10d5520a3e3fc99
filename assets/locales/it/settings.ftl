## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Impostazioni
# The two tabs: the common choices, and everything else.
settings-page-common = Generale
settings-page-more = Altro

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Imposta giorni e orari
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Segnali durante la pausa
# Before the volume slider in the "Sound" row.
settings-volume = Volume
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = ogni
# On the More page, above the working days while working hours are off.
settings-days-unused = Usati quando l'orario di lavoro è attivo, nella pagina Generale.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Nessun giorno impostato
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Orari diversi per giorno

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = ad es. 09:00-17:30, oppure off
settings-sources-hint = uno per riga: un file .ics o un indirizzo https://

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Consideralo mancato
settings-insist-gentle = Chiedi di nuovo
settings-insist-firm = Chiedi di nuovo, poi in una finestra

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Come il desktop

## The footer.

settings-save = Salva
settings-close = Chiudi
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Impossibile salvare: controlla «{ $label }»{ $place ->
        [common] { " " }nella pagina Generale
        [more] { " " }in Altro
       *[here] { "" }
    }{ $others ->
        [0] { "" }
        [one] { " " }e un altro campo
       *[other] { " " }e altri { $others } campi
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Prima controlla «{ $label }»
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Niente da salvare: nessuna modifica.
        [one] { $count } modifica salvata.
       *[other] { $count } modifiche salvate.
    }
# After Close with changes not saved.
settings-unsaved = Modifiche non salvate: premi ancora Chiudi per scartarle
# While something is changed and not saved.
settings-not-saved-yet = Non ancora salvato

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = impossibile leggere { $path }: { $reason }
# $label: a field's label.
settings-error-invalid = il campo «{ $label }» va corretto prima di salvare
settings-error-not-toml = il file non è un TOML valido, quindi non viene modificato (correggilo a mano): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] non è una tabella nel file
settings-error-write = impossibile scrivere { $path }: { $reason }
