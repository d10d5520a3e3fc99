## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Configuración
# The two tabs: the common choices, and everything else.
settings-page-common = Básico
settings-page-more = Más

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Definir días y horas
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Sonidos durante la pausa
# Before the volume slider in the "Sound" row.
settings-volume = Volumen
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micropausas: [x] cada [20m]".
settings-every = cada
# On the More page, above the working days while working hours are off.
settings-days-unused = Se usan cuando el horario laboral está activado, en la pestaña Básico.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Sin días laborables
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Horario distinto cada día

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = p. ej., 09:00-17:30 u off
settings-sources-hint = uno por línea: un archivo .ics o una dirección https://

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Contarlo como perdido
settings-insist-gentle = Preguntar otra vez
settings-insist-firm = Preguntar otra vez y luego en una ventana

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = El mismo que el escritorio

## The footer.

settings-save = Guardar
settings-close = Cerrar
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = No se puede guardar: revisa “{ $label }”{ $place ->
        [common] { " " }en la pestaña Básico
        [more] { " " }en la pestaña Más
       *[here] { "" }
    }{ $others ->
        [0] { "" }
       *[other] { " " }y { $others } más
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Revisa primero “{ $label }”
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Nada que guardar: no hay cambios.
        [one] { $count } cambio guardado.
       *[other] { $count } cambios guardados.
    }
# After Close with changes not saved.
settings-unsaved = Cambios sin guardar: pulsa Cerrar otra vez para descartarlos
# While something is changed and not saved.
settings-not-saved-yet = Aún sin guardar

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = no se puede leer { $path }: { $reason }
# $label: a field's label.
settings-error-invalid = hay que corregir “{ $label }” antes de guardar
settings-error-not-toml = el archivo no es TOML válido, así que no se modifica (corrígelo a mano): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] no es una tabla en el archivo
settings-error-write = no se puede escribir { $path }: { $reason }
