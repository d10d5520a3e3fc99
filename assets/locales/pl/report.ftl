## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = Raport knotless: { $first } – { $last } ({ $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    })
report-intro = Twoje własne oceny samopoczucia i przerwy, do pokazania fizjoterapeucie. knotless daje ogólne wskazówki; nie stawia diagnozy.
# The last line of the report.
report-closing = Węzły mięśniowe mogą nie zniknąć z dnia na dzień. Jeśli masz do nich skłonność, wizyta u fizjoterapeuty od czasu do czasu pomaga wychwycić, co sprawia, że wracają.

# When no check-in falls in the report's days.
report-no-checkins = Brak ocen samopoczucia w tym okresie.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Samopoczucie w obszarach (dyskomfort 0-10, { $count ->
        [one] { $count } ocena
        [few] { $count } oceny
       *[other] { $count } ocen
    }; pierwszy tydzień -> ostatni tydzień, trend z ostatnich dwóch tygodni):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = poprawa
report-trend-flat = bez zmian
report-trend-worse = pogorszenie
report-trend-unknown = za mało ocen
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: warto pójść do fizjoterapeuty

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Zgłoszone sygnały ostrzegawcze (od tej chwili knotless nie proponował niczego, co obciąża dany obszar, dopóki ocena samopoczucia nie pokazała, że znów jest w porządku):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = ból oceniony na { $score } z 10
report-sign-warning = drętwienie, mrowienie, obrzęk lub ograniczający ból

# When no break was completed in the report's days.
report-no-breaks = Brak ukończonych przerw w tym okresie.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = Wykonane ćwiczenia (ukończone przerwy i samopoczucie po nich):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = lepiej { $better } · bez zmian { $same } · gorzej { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Najbardziej pomogło: { $title } ({ $better } z { $answered } odpowiedzi: lepiej).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Częściej gorzej niż lepiej: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Przerwy: ukończone { $completed }, naturalne { $natural }, pominięte { $skipped }, przegapione { $missed }. Siedzenie łącznie { $sitting }, najdłuższy ciąg { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Praca na stojąco przy biurku: łącznie { $standing }. Dziennie:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = siedzenie { $sitting } · stanie { $standing }
