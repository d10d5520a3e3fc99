## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Instellingen
# The two tabs: the common choices, and everything else.
settings-page-common = Algemeen
settings-page-more = Meer

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Dagen en uren instellen
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Signalen tijdens een pauze
# Before the volume slider in the "Sound" row.
settings-volume = Volume
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = elke
# On the More page, above the working days while working hours are off.
settings-days-unused = Gebruikt als werktijden aan staan, op de pagina Algemeen.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Geen werkdagen ingesteld
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Uren verschillen per dag

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = zoals 09:00-17:30, of off
settings-sources-hint = één per regel: een .ics-bestand of een https://-adres

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Als gemist tellen
settings-insist-gentle = Nog één keer vragen
settings-insist-firm = Nog één keer vragen, dan in een venster

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Zelfde als het bureaublad

## The footer.

settings-save = Opslaan
settings-close = Sluiten
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Kan niet opslaan: controleer ‘{ $label }’{ $place ->
        [common] { " " }op de pagina Algemeen
        [more] { " " }onder Meer
       *[here] { "" }
    }{ $others ->
        [0] { "" }
       *[other] { " " }en nog { $others }
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Controleer eerst ‘{ $label }’
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Niets op te slaan: geen wijzigingen.
        [one] { $count } wijziging opgeslagen.
       *[other] { $count } wijzigingen opgeslagen.
    }
# After Close with changes not saved.
settings-unsaved = Wijzigingen niet opgeslagen: klik nogmaals op Sluiten om ze te verwerpen
# While something is changed and not saved.
settings-not-saved-yet = Nog niet opgeslagen

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = kan { $path } niet lezen: { $reason }
# $label: a field's label.
settings-error-invalid = ‘{ $label }’ moet worden aangepast voordat je opslaat
settings-error-not-toml = het bestand is geen geldige TOML en blijft dus ongewijzigd (herstel het met de hand): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] is geen tabel in het bestand
settings-error-write = kan { $path } niet schrijven: { $reason }
