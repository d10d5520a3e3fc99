## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.
## Polish: $area and $areas are nominative, so they follow a colon or "obszar".

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Zgłoszone drętwienie, mrowienie, obrzęk lub ból, który ogranicza twój dzień – obszar: { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Ból oceniony na { $score } z 10 – obszar: { $area }.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Dwa razy w tym tygodniu ćwiczenie pogorszyło samopoczucie – obszar: { $area }.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Przerwij każdą formę samodzielnej terapii, która pogarsza stan. Dopóki ocena samopoczucia nie pokaże, że ten obszar ({ $area }) znów jest w porządku, knotless nie zaproponuje niczego, co go porusza, rozciąga, uciska, ogrzewa lub chłodzi, i będzie o niego pytać przy każdej ocenie. Koniecznie pokaż to lekarzowi lub fizjoterapeucie.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Według twojej oceny ćwiczenie { $title } pogorszyło stan. Na razie przerwij tego rodzaju samodzielną terapię w tych obszarach ({ $areas }): dopóki ocena samopoczucia nie pokaże, że znów są w porządku, knotless nie zaproponuje niczego, co je porusza, rozciąga, uciska, ogrzewa lub chłodzi, ani przez dwa miesiące ćwiczenia { $title }. Jeśli nadal jest gorzej albo pojawi się drętwienie lub mrowienie, zasięgnij porady lekarza lub fizjoterapeuty.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Od dwóch tygodni ocen samopoczucia nie ma poprawy – obszar: { $area }. Fizjoterapeuta może ustalić przyczynę i pokazać, co pomaga. (`knotless report` drukuje podsumowanie.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Od dwóch tygodni ocen samopoczucia nie ma poprawy – obszar: { $area }. Fizjoterapeuta może ustalić przyczynę i pokazać, co pomaga. Na wizytę warto wziąć listę wypróbowanych ćwiczeń: { $tried }. (`knotless report` drukuje podsumowanie.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Przed automasażem, ciepłem lub zimnem: jeśli masz problemy z krążeniem, schorzenia nerwów lub poważny uraz, najpierw porozmawiaj z lekarzem. Naciskaj delikatnie, stosuj umiarkowane ciepło lub zimno, nigdy aż do bólu, i przerwij, jeśli poczujesz drętwienie lub mrowienie.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Podaj liczbę całkowitą od { $min } do { $max }
# A checkbox.
advice-bool = Zaznacz lub odznacz
advice-time-of-day = Wpisz godzinę, np. 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Wpisz godziny, np. 09:00-17:30, lub off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Odznacz „{ $name }”: knotless tego nie zna
advice-names = Wybierz z listy
advice-ids = Wybierz ćwiczenia z listy
advice-choice = Wybierz jedną pozycję z listy
advice-text = Wpisz zwykły tekst
advice-sources = Podaj każdy kalendarz jako pełną ścieżkę do pliku .ics lub adres https://
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Wpisz czas, np. { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Podaj czas nie krótszy niż { $min }, np. { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Podaj czas nie dłuższy niż { $max }, np. { $like }
# $min and $max in words.
advice-duration-range = Podaj czas w zakresie: { $min } – { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Dodaj jednostkę: { $number }m to minuty, { $number }s to sekundy
# Something that is no duration; $like: an example.
advice-duration-unreadable = Wpisz czas, np. { $like }, 1h30m lub 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck"). Nominative.
advice-unit-days = { $n ->
        [one] { $n } dzień
       *[other] { $n } dni
    }
advice-unit-hours = { $n ->
        [one] { $n } godzina
        [few] { $n } godziny
       *[other] { $n } godzin
    }
advice-unit-minutes = { $n ->
        [one] { $n } minuta
        [few] { $n } minuty
       *[other] { $n } minut
    }
advice-unit-seconds = { $n ->
        [one] { $n } sekunda
        [few] { $n } sekundy
       *[other] { $n } sekund
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Krócej
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Krócej: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Dłużej
advice-control-longer-named = Dłużej: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Szukaj ćwiczenia po nazwie
# The same field, as a screen reader names it.
advice-control-find-name = Szukaj ćwiczenia do pominięcia
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Zaznaczone ćwiczenia nigdy nie są proponowane. Żadne nie jest pominięte.
        [one] { $count } ćwiczenie jest pominięte.
        [few] { $count } ćwiczenia są pominięte.
       *[other] { $count } ćwiczeń jest pominiętych.
    }
