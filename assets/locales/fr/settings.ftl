## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Paramètres
# The two tabs: the common choices, and everything else.
settings-page-common = Général
settings-page-more = Plus

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Régler jours et horaires
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Signaux pendant une pause
# Before the volume slider in the "Sound" row.
settings-volume = Volume
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = toutes les
# On the More page, above the working days while working hours are off.
settings-days-unused = Utilisés quand les horaires de travail sont activés, sur la page Général.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Aucun jour de travail défini
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Horaires variables

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = par exemple 09:00-17:30, ou off
settings-sources-hint = un par ligne : un fichier .ics ou une adresse https://

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Le compter comme manqué
settings-insist-gentle = Redemander une fois
settings-insist-firm = Redemander une fois, puis dans une fenêtre

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Comme le bureau

## The footer.

settings-save = Enregistrer
settings-close = Fermer
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Enregistrement impossible : vérifiez « { $label } »{ $place ->
        [common] { " " }sur la page Général
        [more] { " " }sous Plus
       *[here] { "" }
    }{ $others ->
        [0] { "" }
        [one] { " " }et { $others } autre champ
       *[other] { " " }et { $others } autres champs
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Vérifiez d’abord « { $label } »
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Rien à enregistrer : aucune modification.
        [one] { $count } modification enregistrée.
       *[other] { $count } modifications enregistrées.
    }
# After Close with changes not saved.
settings-unsaved = Modifications non enregistrées : refermez pour les abandonner
# While something is changed and not saved.
settings-not-saved-yet = Non enregistré

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = impossible de lire { $path } : { $reason }
# $label: a field's label.
settings-error-invalid = « { $label } » doit être corrigé avant l’enregistrement
settings-error-not-toml = le fichier n’est pas du TOML valide, il n’est donc pas modifié (corrigez-le à la main) : { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] n’est pas une table dans le fichier
settings-error-write = impossible d’écrire { $path } : { $reason }
