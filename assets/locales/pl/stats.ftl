## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Twój ostatni dzień
       *[other] Twoje ostatnie { $days } dni
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Ostatnie 7 dni: siedzenie { $sitting }, przerwy odbyte: { $taken }, najdłuższy ciąg siedzenia { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Ostatnie 7 dni: siedzenie { $sitting }, stanie { $standing }, przerwy odbyte: { $taken }, najdłuższy ciąg siedzenia { $longest }.

## The window with no history yet.

stats-empty-title = Na razie nic do pokazania
stats-empty-first-day = Twój pierwszy dzień pojawi się tu po pierwszej przerwie na ruch albo gdy na jakiś czas odejdziesz od biurka.
stats-empty-then = Potem, dzień po dniu: jak długo trwało siedzenie, które przerwy zostały odbyte lub pominięte, jakie części ciała były ruszane podczas przerw i jak oceny samopoczucia wypadały w obszarach priorytetowych.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Dziś
stats-sitting-title = Czas siedzenia dziennie (godziny)
# With a sit-stand desk.
stats-sitting-standing-title = Siedzenie i stanie dziennie (godziny)
stats-legend-sitting = siedzenie
stats-legend-standing = stanie
stats-legend-longest = najdłuższy ciąg
stats-breaks-title = Przerwy według wyniku, dziennie
# What became of each break (legend names).
stats-outcome-done = wykonane
stats-outcome-natural = naturalne
stats-outcome-snoozed = odłożone
stats-outcome-skipped = pominięte
stats-outcome-missed = przegapione
stats-discomfort-title = Dyskomfort według ocen samopoczucia (0 dobrze, 10 bardzo)
stats-discomfort-none = Brak ocen samopoczucia w tych dniach. Od czasu do czasu, po przerwie, knotless pyta, jak się czujesz w poszczególnych obszarach; odpowiedzi pojawiają się tutaj.

## Body regions moved: a bar per region.

stats-regions-title = Części ciała ruszane w tym tygodniu
stats-regions-none = W tym tygodniu nie ma jeszcze ukończonych przerw.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } przerwa
        [few] { $count } przerwy
       *[other] { $count } przerw
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Dzień po dniu
stats-column-day = Dzień
stats-column-sitting = Siedzenie
stats-column-standing = Stanie
stats-column-longest = Najdłużej
stats-column-done = Wykonane
stats-column-natural = Naturalne
stats-column-snoozed = Odłożone
stats-column-skipped = Pominięte
stats-column-missed = Przegapione

## The report section (the report itself is in report.ftl).

stats-report-title = Raport dla fizjoterapeuty
stats-report-intro = Ostatnie 30 dni, do wydruku lub do zabrania ze sobą.
stats-report-save = Zapisz raport

## The footer.

stats-close = Zamknij
stats-export = Eksportuj CSV
    .tooltip = Cała historia jako plik arkusza kalkulacyjnego
# After Export CSV or Save report. $path: the file written.
stats-saved = Zapisano { $path }
# $reason: the CSV writer's reason (English).
stats-error-csv = nie można utworzyć pliku CSV: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = nie można zapisać { $path }: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  siedzenie { $sitting } · najdłużej { $longest } · przerwy odbyte { $taken } (wykonane { $done }, naturalne { $natural }) · odłożone { $snoozed } · pominięte { $skipped } · przegapione { $missed }
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  siedzenie { $sitting } · stanie { $standing } · najdłużej { $longest } · przerwy odbyte { $taken } (wykonane { $done }, naturalne { $natural }) · odłożone { $snoozed } · pominięte { $skipped } · przegapione { $missed }
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Brak historii z ostatnich { $days } dni.
