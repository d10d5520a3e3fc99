## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Ustawienia
# The two tabs: the common choices, and everything else.
settings-page-common = Podstawowe
settings-page-more = Więcej

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Ustaw dni i godziny
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Sygnały podczas przerwy
# Before the volume slider in the "Sound" row.
settings-volume = Głośność
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = co
# On the More page, above the working days while working hours are off.
settings-days-unused = Używane, gdy godziny pracy są włączone na stronie Podstawowe.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Nie ustawiono dni roboczych
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Godziny zależą od dnia

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = np. 09:00-17:30 lub off
settings-sources-hint = jeden na wiersz: plik .ics lub adres https://

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Licz jako przegapione
settings-insist-gentle = Zapytaj jeszcze raz
settings-insist-firm = Zapytaj jeszcze raz, potem w oknie

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Jak w systemie

## The footer.

settings-save = Zapisz
settings-close = Zamknij
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Nie można zapisać: sprawdź „{ $label }”{ $place ->
        [common] { " " }na stronie Podstawowe
        [more] { " " }w sekcji Więcej
       *[here] { "" }
    }{ $others ->
        [0] { "" }
        [one] { " " }i jeszcze { $others } pole
        [few] { " " }i jeszcze { $others } pola
       *[other] { " " }i jeszcze { $others } pól
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Najpierw sprawdź „{ $label }”
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Nic do zapisania: brak zmian.
        [one] Zapisano { $count } zmianę.
        [few] Zapisano { $count } zmiany.
        [many] Zapisano { $count } zmian.
       *[other] Zapisano { $count } zmian.
    }
# After Close with changes not saved.
settings-unsaved = Zmiany nie zostały zapisane: kliknij Zamknij jeszcze raz, aby je porzucić
# While something is changed and not saved.
settings-not-saved-yet = Jeszcze nie zapisano

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = nie można odczytać { $path }: { $reason }
# $label: a field's label.
settings-error-invalid = „{ $label }” wymaga zmiany przed zapisaniem
settings-error-not-toml = plik nie jest poprawnym plikiem TOML, więc pozostaje nietknięty (popraw go ręcznie): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] nie jest tabelą w pliku
settings-error-write = nie można zapisać { $path }: { $reason }
