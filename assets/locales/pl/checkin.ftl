## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Szybka ocena samopoczucia
checkin-question = Jak teraz czujesz każdy obszar? 0 to dobrze, 10 to duży dyskomfort.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Czy masz drętwienie, mrowienie, obrzęk lub ból, który ogranicza twoje codzienne czynności?
# The answers to checkin-warning-question.
checkin-no = Nie
checkin-yes = Tak
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Gdzie? Zaznacz każdy obszar, którego to dotyczy, a potem kliknij Zapisz.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Escape lub „Nie teraz” zamyka ocenę samopoczucia bez zapisywania.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Warto wiedzieć
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless daje ogólne wskazówki; nie stawia diagnozy. Jeśli ból się nasila albo pojawia się drętwienie lub mrowienie, przerwij i zasięgnij porady specjalisty.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } na 10: { $what }
checkin-outcome-lifted = znów dobrze: wstrzymanie zniesione
checkin-outcome-noted = zapisano
checkin-outcome-held-warning = wstrzymane: nic, co obciąża ten obszar, nie będzie proponowane, dopóki ocena samopoczucia nie pokaże, że znów jest dobrze
checkin-outcome-held-severe = wstrzymane: silny ból; nic, co obciąża ten obszar, nie będzie proponowane, dopóki ocena samopoczucia nie pokaże, że znów jest dobrze
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = nadal wstrzymane: znosi to ocena { $fine_up_to } lub mniej, bez sygnału ostrzegawczego
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area }: wstrzymane od { $since }: { $why }.
checkin-held-warning = sygnał ostrzegawczy (drętwienie, mrowienie, obrzęk lub ból, który ogranicza twój dzień)
# $score: the score given (9 or 10).
checkin-held-severe = ból oceniony na { $score } z 10
# $title: an exercise's title.
checkin-held-worse = według twojej oceny ćwiczenie { $title } pogorszyło stan
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Oceń każdy obszar od 0 (dobrze) do 10 i dodaj --warning AREA przy drętwieniu, mrowieniu, obrzęku lub bólu, który ogranicza twój dzień:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = okno oceny samopoczucia otwiera się tam, gdzie działa knotless (Linux, systemy BSD, Windows); odpowiedz tutaj, np. `knotless checkin neck=2`
checkin-warning-needs-score = podaj też ocenę dla { $area }, np. `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } ma dwie odpowiedzi
checkin-warning-without-score = --warning { $area }: podaj też ocenę dla { $area }, np. `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = nie można zapisać historii: { $reason }
