## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Przerwy na ruch
config-group-micro-pauses = Mikroprzerwy
config-group-water = Woda
config-group-working-hours = Godziny pracy
config-group-sound = Dźwięk
config-group-login = Uruchamianie po zalogowaniu
config-group-language = Język
config-group-focus = Obszary priorytetowe
config-group-at-hand = Co masz pod ręką
config-group-snoozing = Odkładanie i przegapione przypomnienia
config-group-busy = Gdy nie można przeszkadzać
config-group-away = Nieobecność i wstrzymywanie
config-group-days = Dni i godziny pracy
config-group-desk = Biurko regulowane
config-group-check-ins = Oceny samopoczucia
config-group-voice = Czytanie na głos
config-group-suggestions = Jakie ćwiczenia proponować

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Przypominaj o ruchu po
config-movement-length = Długość przerwy
config-movement-snooze = Odłóż przerwę o
config-movement-max_snoozes = Dozwolone odłożenia jednej przerwy
config-movement-heads_up = Dyskretna zapowiedź przed przerwą (0s: brak)
config-movement-insist = Gdy nie odpowiadam na przypomnienie

# [micro_pause]
config-micro_pause-enabled = Mikroprzerwy (postawa i oczy)
config-micro_pause-every = Mikroprzerwa co

# [hydration]
config-hydration-enabled = Przypomnienia o piciu wody
config-hydration-every = Przypomnienie o wodzie co

# [checkin]
config-checkin-enabled = Pytaj po przerwie o samopoczucie
config-checkin-every = Pytaj najwyżej raz na

# [sound]
config-sound-cues = Sygnały dźwiękowe podczas przerwy
config-sound-volume = Głośność sygnałów
config-sound-voice = Czytaj każdy krok na głos

# [presence]
config-presence-natural_break_after = Licz nieobecność po braku aktywności przez

# [standing]
config-standing-enabled = Mam biurko do pracy na stojąco
config-standing-every = Proponuj wstanie po siedzeniu przez
config-standing-for = Stój przez około
config-standing-max = Proponuj zmianę pozycji po staniu przez

# [schedule]
config-schedule-merge_within = Pokazuj przypomnienia razem, gdy wypadają w odstępie
config-schedule-answer_within = Uznaj przypomnienie za przegapione po
config-schedule-morning = „Wstrzymaj do jutra” kończy się o

# [context]
config-context-max_sitting = Mimo zajęć przypomnij delikatnie po siedzeniu przez
config-context-grace = Gdy zajęcie się skończy, odczekaj
config-context-do_not_disturb = Czekaj, gdy powiadomienia są wyciszone
config-context-fullscreen = Czekaj, gdy okno jest na pełnym ekranie
config-context-inhibitors = Czekaj, gdy wideo lub rozmowa nie pozwala wygasić ekranu
config-context-camera = Czekaj, gdy kamera jest w użyciu

# [calendar]
config-calendar-sources = Kalendarze z moimi spotkaniami
config-calendar-before = Proponuj przerwę przed spotkaniem, jeśli wypada w ciągu
config-calendar-me = Mój adres w zaproszeniach

# [working_hours]
config-working_hours-enabled = Przypominaj tylko w godzinach pracy
config-working_hours-monday = Poniedziałek
config-working_hours-tuesday = Wtorek
config-working_hours-wednesday = Środa
config-working_hours-thursday = Czwartek
config-working_hours-friday = Piątek
config-working_hours-saturday = Sobota
config-working_hours-sunday = Niedziela

# [startup]
config-startup-autostart = Uruchamiaj knotless po zalogowaniu

# [ui]
config-ui-language = Język

# [suggestions]
config-suggestions-focus = Obszary priorytetowe
config-suggestions-equipment = Co masz pod ręką
config-suggestions-positions = Pozycje, które ci odpowiadają
config-suggestions-exclude = Ćwiczenia do pominięcia

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = czas od { $min } do { $max }
# $min, $max: whole numbers.
config-allowed-count = liczba całkowita od { $min } do { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true lub false
config-allowed-time-of-day = godzina, np. "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = lista z: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = lista identyfikatorów ćwiczeń (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = jedno z: { $names }
config-allowed-text = tekst w cudzysłowie lub ""
config-allowed-sources = lista plików .ics (pełna ścieżka lub ścieżka w ~/) i adresów https://
# "off" is the file's word: keep it.
config-allowed-hours = zakres, np. "09:00-17:30" ("22:00-06:00" trwa po północy) lub "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = to nie jest czas ({ $reason }); zapisz go np. jako "45m", "1h30m" lub "20s"
config-value-no-unit = czas wymaga jednostki, np. "45m" lub "20s"; dozwolone: { $allowed }
config-value-not-a-list = oczekiwano listy w nawiasach kwadratowych, np. ["a", "b"]; dozwolone: { $allowed }
config-value-expected = oczekiwano: { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" nie należy do dozwolonych; dozwolone: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" nie należy do dozwolonych (może chodzi o "{ $suggestion }"?); dozwolone: { $allowed }
config-value-out-of-range = poza zakresem; dozwolone: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = nie można odczytać { $path }: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = niepoprawny TOML: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` musi być sekcją, zapisaną jako [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = nieznana sekcja [{ $name }]; dostępne sekcje: { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = nieznana sekcja [{ $name }]; może chodzi o [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` musi być wewnątrz sekcji
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` musi być wewnątrz sekcji; może chodzi o `{ $name }` w [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = nieznany klucz; [{ $section }] ma klucze: { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = nieznany klucz; może chodzi o `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (nie ma tam jeszcze pliku: knotless używa ustawień domyślnych; `knotless config default > "{ $path }"` go tworzy)
config-check-no-file = brak pliku konfiguracyjnego w { $path }
config-check-defaults = { $path }: brak pliku konfiguracyjnego; knotless używa ustawień domyślnych
# $reason: the system's reason.
config-check-unreadable = nie można odczytać { $path }: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } problem w { $path }; te klucze zachowują wartości domyślne do czasu poprawienia
    [few] { $count } problemy w { $path }; te klucze zachowują wartości domyślne do czasu poprawienia
   *[other] { $count } problemów w { $path }; te klucze zachowują wartości domyślne do czasu poprawienia
}
