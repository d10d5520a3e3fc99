## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Your last day
       *[other] Your last { $days } days
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Last 7 days: sitting { $sitting }, { $taken ->
        [one] { $taken } break
       *[other] { $taken } breaks
    } taken, longest stretch { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Last 7 days: sitting { $sitting }, standing { $standing }, { $taken ->
        [one] { $taken } break
       *[other] { $taken } breaks
    } taken, longest stretch { $longest }.

## The window with no history yet.

stats-empty-title = Nothing to show yet
stats-empty-first-day = Your first day appears here after your first movement break, or after you step away from the desk for a while.
stats-empty-then = Then, day by day: how long you sat, the breaks you took or skipped, the body regions your breaks moved, and how your focus areas felt at check-ins.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Today
stats-sitting-title = Sitting time per day (hours)
# With a sit-stand desk.
stats-sitting-standing-title = Sitting and standing per day (hours)
stats-legend-sitting = sitting
stats-legend-standing = standing
stats-legend-longest = longest stretch
stats-breaks-title = Breaks by outcome per day
# What became of each break (legend names).
stats-outcome-done = done
stats-outcome-natural = natural
stats-outcome-snoozed = snoozed
stats-outcome-skipped = skipped
stats-outcome-missed = missed
stats-discomfort-title = Discomfort from your check-ins (0 fine, 10 a lot)
stats-discomfort-none = No check-ins in these days. Now and then, after a break, knotless asks how your areas feel; the answers show here.

## Body regions moved: a bar per region.

stats-regions-title = Body regions moved this week
stats-regions-none = No completed breaks this week yet.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } break
       *[other] { $count } breaks
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Day by day
stats-column-day = Day
stats-column-sitting = Sitting
stats-column-standing = Standing
stats-column-longest = Longest
stats-column-done = Done
stats-column-natural = Natural
stats-column-snoozed = Snoozed
stats-column-skipped = Skipped
stats-column-missed = Missed

## The report section (the report itself is in report.ftl).

stats-report-title = Report for a physical therapist
stats-report-intro = The last 30 days, to print or take along.
stats-report-save = Save report

## The footer.

stats-close = Close
stats-export = Export CSV
    .tooltip = The whole history as a spreadsheet file
# After Export CSV or Save report. $path: the file written.
stats-saved = Saved { $path }
# $reason: the CSV writer's reason (English).
stats-error-csv = cannot make the CSV: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = cannot write { $path }: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  sitting { $sitting } · longest { $longest } · breaks { $taken } taken ({ $done } done, { $natural } natural) · { $snoozed } snoozed · { $skipped } skipped · { $missed } missed
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  sitting { $sitting } · standing { $standing } · longest { $longest } · breaks { $taken } taken ({ $done } done, { $natural } natural) · { $snoozed } snoozed · { $skipped } skipped · { $missed } missed
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = No history in the last { $days } days yet.
