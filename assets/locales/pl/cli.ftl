# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plan na { $days ->
        [one] { $days } symulowany dzień
       *[other] { $days } symulowanych dni
    }: { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Przerwa na ruch co { $every } siedzenia (długość { $length }, odłożenie o { $snooze } najwyżej { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , zapowiedź { $heads_up } wcześniej
    }; bez odpowiedzi: { $unanswered }); mikroprzerwa { $micro_pause }; nawodnienie { $hydration }; nieobecność po { $away } bez aktywności.
cli-plan-every = co { $every }
cli-plan-off = wyłączone
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = od razu przegapiona
cli-plan-insist-gentle = pytanie jeszcze raz
cli-plan-insist-firm = pytanie jeszcze raz, potem w oknie przerwy
# With a sit-stand desk.
cli-plan-standing = Biurko do pracy na stojąco: stanie przez { $stand_for } po { $every } siedzenia; zmiana pozycji po { $max } stania.
cli-plan-standing-script = Biurko do pracy na stojąco (włączone dla tego planu: w skrypcie jest stanie): stanie przez { $stand_for } po { $every } siedzenia; zmiana pozycji po { $max } stania.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[other] { $count } spotkań
    } z kalendarza: żadnych przypomnień w ich trakcie; przerwa przypadająca w ciągu { $before } przed spotkaniem jest proponowana przed nim.
# The totals after several days.
cli-plan-totals = W ciągu { $days } dni: siedzenie { $sitting } (około { $per_day } dziennie), najdłuższy ciąg { $longest }, przerwy odbyte: { $taken }, pominięte: { $skipped }, przegapione: { $missed }.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = pora na przerwę na ruch (siedzenie { $sitting })
cli-plan-stand = chwila na stojąco? (siedzenie { $sitting })
cli-plan-change_position = zmiana pozycji: chwila siedzenia albo spacer
cli-plan-micro_pause = mikroprzerwa: sprawdzenie postawy, odpoczynek dla oczu
cli-plan-hydration = nawodnienie: szklanka wody
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } ponownie
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } ponownie (bez odpowiedzi { $times ->
        [1] raz
        [2] dwa razy
       *[other] { $times } razy
    })
cli-plan-again-in-window = { $reminder } ponownie w oknie przerwy (bez odpowiedzi { $times ->
        [1] raz
        [2] dwa razy
       *[other] { $times } razy
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = spotkanie do { $time }
cli-plan-meeting-named = spotkanie do { $time }: { $summary }
cli-plan-meeting-held = spotkanie: przerwa wstrzymana (siedzenie { $sitting })
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, przed spotkaniem o { $time }
# $left: snoozes left.
cli-plan-snoozed = odłożona o { $length } (pozostałe odłożenia: { $left })
cli-plan-break-asked = przerwa rozpoczęta na żądanie
cli-plan-break-started = przerwa rozpoczęta
cli-plan-break-done = przerwa zakończona po { $length }
cli-plan-break-done-away = przerwa zakończona: z dala od komputera ({ $length })
cli-plan-skipped = pominięta
cli-plan-abandoned = przerwa przerwana
cli-plan-missed = przegapiona: brak odpowiedzi
cli-plan-ignored = brak odpowiedzi: ponowne pytanie po czasie odłożenia
cli-plan-heads-up = zapowiedź: przerwa za { $left }
cli-plan-natural-break = powrót po { $away } nieobecności: naturalna przerwa
cli-plan-sat = · siedzenie { $length } bez przerwy
cli-plan-paused-for = wstrzymane na { $length }
cli-plan-paused = wstrzymane
cli-plan-resumed = wznowione
cli-plan-stood-up = wstanie
cli-plan-stand-ended = koniec stania po { $length }
cli-plan-sat-down = siadanie po { $length } stania
cli-plan-later = później: za { $length }
cli-plan-busy = zajęcie: przerwa wstrzymana (siedzenie { $sitting })

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = ostrzeżenie: kalendarz { $problem }
cli-error-idle-script = nie można odczytać skryptu bezczynności { $path }: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless nie działa (nic nie odpowiada pod { $address }); uruchom go poleceniem `knotless`
cli-error-no-status = demon nie przesłał stanu
# $error: what the system said.
cli-error-history-write = nie można zapisać historii: { $error }
cli-error-write = nie można zapisać { $path }: { $error }
cli-error-read = nie można odczytać { $path }: { $error }
cli-error-no-config = brak pliku konfiguracyjnego w { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = przypominanie w tle działa na razie w systemach Linux, BSD i Windows; `knotless plan` pokazuje, jak przypomnienia rozłożyłyby się w twoim dniu
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = ostrzeżenie: { $path }:{ $problem } (używana jest wartość domyślna)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = ostrzeżenie: { $path }:{ $line }: pominięto urwany ostatni wiersz (ucięty przez awarię?): { $reason }
cli-warning-history-unreadable = ostrzeżenie: { $path }:{ $line }: pominięto nieczytelny wiersz: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless nie działa, więc ta przerwa nie jest liczona
cli-break-nothing-waiting = Żadna przerwa na ruch nie czeka na odpowiedź.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = Powitanie to okno, a tutaj nie ma pulpitu. Te same wybory to [suggestions] focus i equipment oraz [startup] autostart w twojej konfiguracji: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = RODZAJ
cli-exercises-column-where = GDZIE
cli-exercises-column-time = CZAS
cli-exercises-column-title = TYTUŁ
# After an exercise of the user's own.
cli-exercises-yours = (własne)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = Ćwiczenia: { $count } (własne: { $yours }, z { $dir }). `knotless exercises show ID` pokazuje kroki.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = brak ćwiczenia `{ $id }` (`knotless exercises list` pokazuje wszystkie)
cli-exercises-unknown-did-you-mean = brak ćwiczenia `{ $id }`; może chodzi o `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = własne, { $path }
cli-exercises-origin-built-in = wbudowane
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Obszary: { $regions } · { $kind } · { $position } · potrzebne: { $needs } · { $length }
cli-exercises-needs-nothing = nic
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = ostrzeżenie: { $problem } (ten plik jest pomijany)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; zapisz to np. jako "30m" lub "1h30m"
cli-error-duration-short = musi to być co najmniej 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = nic nie odpowiada pod { $address }
cli-error-call-io = komunikacja z knotless pod { $address }: { $error }
cli-error-call-garbled = knotless pod { $address } odpowiedział czymś nieczytelnym: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = nie można zapisać historii { $path }: { $error }
cli-error-history-file-read = nie można odczytać historii { $path }: { $error }
cli-error-create = nie można utworzyć { $path }: { $error }
cli-error-no-home = nie można znaleźć katalogu domowego (czy $HOME jest ustawione?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: jeszcze nie pobrano (działający knotless pobiera go podczas twojej obecności przy komputerze)
cli-error-fetch-no-curl = { $url }: nie można uruchomić curl, by go pobrać: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: to nie jest kalendarz: { $reason }
cli-error-fetch-cache = { $url }: nie można zachować kopii w { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = Otwarto { $path }: każdy klucz jest tam objaśniony, a działający knotless stosuje zmiany zaraz po zapisaniu (sprawdź je poleceniem `knotless config check`).
cli-settings-edit = Edytuj { $path }: każdy klucz jest tam objaśniony, a działający knotless stosuje zmiany zaraz po zapisaniu (sprawdź je poleceniem `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Użycie:
cli-help-heading-commands = Polecenia
cli-help-heading-options = Opcje
cli-help-heading-arguments = Argumenty
# The -h and -V options.
cli-help-flag-help = Wyświetl pomoc
# -h when --help says more, and --help then.
cli-help-flag-help-more = Wyświetl pomoc (więcej przez '--help')
cli-help-flag-help-summary = Wyświetl pomoc (podsumowanie przez '-h')
cli-help-flag-version = Wyświetl wersję

cli-help-knotless =
    knotless: ruszaj się często i różnorodnie. Lekka aplikacja przypominająca o przerwach, która liczy czas siedzenia
    .after =
        Uruchom go raz (na przykład przy logowaniu) i zapomnij o nim: `knotless` mieszka w zasobniku, liczy,
        jak długo siedzisz, i we właściwych chwilach proponuje jedną krótką, urozmaiconą przerwę
        na ruch. Wszystko inne komunikuje się z tą działającą kopią.

        Pliki:
          konfiguracja   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          historia       $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Kody wyjścia: 0 ok, 1 błąd, 2 złe użycie lub złe dane wejściowe, 3 knotless nie działa.
cli-help-run =
    Uruchom przypominanie w tle (zasobnik + powiadomienia); domyślne. Jeśli już działa, przekazuje mu sterowanie i kończy działanie
cli-help-status =
    Pokaż czas siedzenia, obecność, następne przypomnienia, stan wstrzymania i brakujące kanały
    .arg-json =
        Jeden obiekt JSON (stałe nazwy pól, dla skryptów i pasków stanu)
    .arg-format =
        Jeden wiersz według szablonu, dla pasków stanu: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Symbole zastępcze: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` i `{"}"}{"}"}` dla nawiasów klamrowych
cli-help-break =
    Rozpocznij teraz mikroprzerwę z następną propozycją, prowadzoną w oknie przerwy (bez pulpitu kroki są wypisywane)
    .arg-now =
        Rozpocznij od razu, nawet jeśli żadna przerwa nie przypada (to i tak robi `break`; zachowane dla skryptów)
    .arg-prompt =
        Najpierw zapytaj: okno pokazuje bieżące przypomnienie z przyciskami Rozpocznij przerwę / Przypomnij później / Pomiń. Działający knotless otwiera je tak, gdy nie ma serwera powiadomień
cli-help-pause =
    Wstrzymaj przypomnienia na jakiś czas: `pause 30m`, `pause 2h`, `pause --until-tomorrow` lub samo `pause` do `knotless resume`
    .arg-secs =
        Na jak długo, np. "30m" lub "1h30m"
    .arg-until_tomorrow =
        Do jutra rana (`schedule.morning` w konfiguracji, domyślnie 08:00)
cli-help-resume =
    Znów przypominaj po wstrzymaniu
cli-help-snooze =
    Odłóż wyświetlaną przerwę na ruch (o `movement.snooze`, jeśli nie podano inaczej)
    .arg-secs =
        Na jak długo, np. "5m"
cli-help-skip =
    Pomiń wyświetlaną przerwę na ruch albo następną
cli-help-stand =
    Wstajesz przy biurku do pracy na stojąco: czas stania nie liczy się jako siedzenie, więc przerwa na ruch przesuwa się o czas stania (wymaga `[standing] enabled`)
cli-help-sit =
    Siadasz z powrotem: zegar siedzenia rusza od miejsca, w którym się zatrzymał
cli-help-quit =
    Zatrzymaj przypominanie w tle
cli-help-settings =
    Otwórz okno ustawień (bez pulpitu: plik konfiguracyjny w edytorze, utworzony z objaśnieniem każdego klucza, jeśli go nie ma); działający knotless od razu stosuje to, co zapiszesz
cli-help-welcome =
    Ponownie pokaż powitanie: co robią przypomnienia, obszary priorytetowe, co masz pod ręką i czy uruchamiać po zalogowaniu (zapisywane w pliku konfiguracyjnym)
cli-help-stats =
    Twoje ostatnie dni: czas siedzenia, najdłuższy ciąg, przerwy według wyniku i ruszane części ciała, w oknie statystyk (tabela z `--text` lub bez pulpitu)
    .arg-text =
        Wypisz tabelę zamiast otwierać okno (dla skryptów i terminali)
    .arg-days =
        Ile dni pokazać
cli-help-checkin =
    Oceń, jak teraz czuje się twoje ciało: każdy obszar od 0 (dobrze) do 10, oraz sygnały ostrzegawcze
    .long =
        Oceń, jak teraz czuje się twoje ciało: każdy obszar od 0 (dobrze) do 10, oraz sygnały ostrzegawcze.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Obszar z sygnałem ostrzegawczym lub bólem ocenionym na 9 lub więcej zostaje wstrzymany: nic, co go obciąża, nie jest proponowane, dopóki ocena samopoczucia nie da mu 3 lub mniej bez sygnału ostrzegawczego. Bez odpowiedzi: obszary do oceny teraz, najpierw wstrzymane, i powód wstrzymania każdego z nich.
    .arg-answers =
        AREA=SCORE dla każdego obszaru, np. `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; od 0 (dobrze) do 10
    .arg-warning =
        Drętwienie, mrowienie, obrzęk lub ból, który ogranicza twój dzień, w AREA (powtórz dla kolejnych)
    .arg-window =
        Odpowiedz zamiast tego w oknie (to, co otwiera „Oceń samopoczucie” w zasobniku)
cli-help-report =
    Podsumowanie w zwykłym tekście do pokazania fizjoterapeucie: jak czuł się każdy obszar w czasie (z ocen samopoczucia), sygnały ostrzegawcze, co było wypróbowane i co pomogło
    .arg-days =
        Ile dni wstecz
cli-help-plan =
    Przeprowadź próbny przebieg harmonogramu na twojej konfiguracji przez symulowane dni pracy i wypisz oś czasu
    .long =
        Przeprowadź próbny przebieg harmonogramu na twojej konfiguracji przez symulowane dni pracy i wypisz oś czasu.

        Bez skryptu każdy dzień to równomierne pisanie od 09:00 z 45-minutową przerwą na lunch w połowie. Z `--idle-script FILE` każdy dzień przebiega według pliku: jeden wiersz na zmianę, np. `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` rozpoczyna komentarz; `passive 3m` oznacza jedno wejście co 3 minuty).
    .arg-hours =
        Godziny przy komputerze w symulowanym dniu (bez skryptu)
    .arg-idle_script =
        Odtwórz dzień ze skryptu zamiast domyślnego: wiersz na zmianę, np. `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting`, a na końcu `17:30 end`
    .arg-days =
        Ile dni symulować (więcej niż jeden wypisuje wiersz na dzień; zob. --timeline)
    .arg-start =
        Pierwszy symulowany dzień, YYYY-MM-DD (domyślnie: dziś)
    .arg-respond =
        Jak symulowany użytkownik odpowiada na przypomnienia o ruchu
    .arg-timeline =
        Wypisz każde zdarzenie nawet dla wielu dni
    .arg-config =
        Użyj tego pliku konfiguracyjnego zamiast twojego
    .arg-calendar =
        Planuj z uwzględnieniem spotkań z tego pliku .ics (można podać wielokrotnie) oraz z kalendarzy w konfiguracji
cli-help-config =
    Gdzie jest plik konfiguracyjny, sprawdzenie go lub wypisanie udokumentowanych ustawień domyślnych
cli-help-config-path =
    Wypisz ścieżkę pliku konfiguracyjnego
cli-help-config-check =
    Sprawdź plik konfiguracyjny (twój, chyba że podano FILE); kod wyjścia 2, jeśli coś jest nie tak
cli-help-config-default =
    Wypisz domyślną konfigurację z objaśnieniem każdego klucza
cli-help-exercises =
    Biblioteka ćwiczeń: lista, pokazanie jednego lub sprawdzenie własnego pliku
cli-help-exercises-list =
    Wypisz wszystkie ćwiczenia (wbudowane i własne)
cli-help-exercises-show =
    Pokaż jedno ćwiczenie z krokami i ostrzeżeniami
cli-help-exercises-check =
    Sprawdź własny plik ćwiczenia; kod wyjścia 2, jeśli coś jest nie tak
cli-help-exercises-render =
    Narysuj figurę ćwiczenia, jeden SVG na klatkę kluczową, do pisania własnych i do przeglądu: `knotless exercises render calf-raises --out /tmp/fig` (lub własny FILE). `--all` rysuje każde ćwiczenie i arkusz zbiorczy wszystkich
    .arg-target =
        Identyfikator ćwiczenia lub ścieżka pliku ćwiczenia
    .arg-out =
        Katalog do zapisu (tworzony, jeśli go nie ma)
    .arg-all =
        Każde ćwiczenie z biblioteki oraz `contact-sheet.svg`
    .arg-size =
        Rozmiar każdego rysunku w pikselach (kwadrat)
cli-help-history =
    Twoja historia przerw
cli-help-history-export =
    Wypisz całą historię w innym formacie (na stdout, chyba że podano --output)
    .arg-output =
        Zapisz do tego pliku zamiast na stdout
cli-help-manpages =
    Zapisz strony podręcznika man (knotless.1 i po jednej stronie na polecenie) w DIR; dla twórców pakietów (robi to `make install`)
cli-help-completions =
    Wypisz skrypt uzupełniania dla powłoki, np. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
