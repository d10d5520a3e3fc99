# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plan für { $days ->
        [one] { $days } simulierten Tag
       *[other] { $days } simulierte Tage
    }: { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Bewegungspause nach je { $every } Sitzen ({ $length } lang, aufschieben um { $snooze } bis zu { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , Vorwarnung { $heads_up } vorher
    }; unbeantwortet: { $unanswered }); Mikropause { $micro_pause }; Trinken { $hydration }; abwesend nach { $away } ohne Eingabe.
cli-plan-every = alle { $every }
cli-plan-off = aus
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = sofort verpasst
cli-plan-insist-gentle = noch einmal gefragt
cli-plan-insist-firm = noch einmal gefragt, dann im Pausenfenster
# With a sit-stand desk.
cli-plan-standing = Sitz-Steh-Tisch: { $stand_for } stehen nach { $every } Sitzen; Positionswechsel nach { $max } Stehen.
cli-plan-standing-script = Sitz-Steh-Tisch (für diesen Plan an: das Skript steht): { $stand_for } stehen nach { $every } Sitzen; Positionswechsel nach { $max } Stehen.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } Termin
       *[other] { $count } Termine
    } aus dem Kalender: keine Erinnerung währenddessen; eine Pause, die innerhalb von { $before } vor einem Termin fällig ist, wird davor angeboten.
# The totals after several days.
cli-plan-totals = Über { $days } Tage: { $sitting } gesessen (etwa { $per_day } pro Tag), längste Sitzphase { $longest }, { $taken } Pausen gemacht, { $skipped } übersprungen, { $missed } verpasst.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = Bewegungspause fällig ({ $sitting } gesessen)
cli-plan-stand = eine Weile stehen? ({ $sitting } gesessen)
cli-plan-change_position = Positionswechsel: eine Weile sitzen oder gehen
cli-plan-micro_pause = Mikropause: Haltung prüfen, Augen ausruhen
cli-plan-hydration = Trinken: ein Glas Wasser
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder }, erneut
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder }, erneut ({ $times ->
        [1] einmal
        [2] zweimal
       *[other] { $times }-mal
    } unbeantwortet)
cli-plan-again-in-window = { $reminder }, erneut im Pausenfenster ({ $times ->
        [1] einmal
        [2] zweimal
       *[other] { $times }-mal
    } unbeantwortet)
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = Termin bis { $time }
cli-plan-meeting-named = Termin bis { $time }: { $summary }
cli-plan-meeting-held = im Termin: Pause zurückgehalten ({ $sitting } gesessen)
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, vor dem Termin um { $time }
# $left: snoozes left.
cli-plan-snoozed = um { $length } aufgeschoben (noch { $left ->
        [one] { $left } Aufschub
       *[other] { $left } Aufschübe
    })
cli-plan-break-asked = Pause auf Wunsch gestartet
cli-plan-break-started = Pause gestartet
cli-plan-break-done = Pause erledigt nach { $length }
cli-plan-break-done-away = Pause erledigt: weg vom Computer ({ $length })
cli-plan-skipped = übersprungen
cli-plan-abandoned = Pause abgebrochen
cli-plan-missed = verpasst: keine Antwort
cli-plan-ignored = keine Antwort: nach der Aufschubdauer erneut gefragt
cli-plan-heads-up = Vorwarnung: Pause in { $left }
cli-plan-natural-break = zurück nach { $away } Abwesenheit: natürliche Pause
cli-plan-sat = · { $length } am Stück gesessen
cli-plan-paused-for = pausiert für { $length }
cli-plan-paused = pausiert
cli-plan-resumed = fortgesetzt
cli-plan-stood-up = aufgestanden
cli-plan-stand-ended = Stehen beendet nach { $length }
cli-plan-sat-down = hingesetzt nach { $length } Stehen
cli-plan-later = später: in { $length }
cli-plan-busy = beschäftigt: Pause zurückgehalten ({ $sitting } gesessen)

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = Warnung: Kalender { $problem }
cli-error-idle-script = Leerlauf-Skript { $path } kann nicht gelesen werden: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless läuft nicht (unter { $address } antwortet nichts); starte es mit `knotless`
cli-error-no-status = der Hintergrunddienst hat keinen Status gesendet
# $error: what the system said.
cli-error-history-write = Verlauf kann nicht geschrieben werden: { $error }
cli-error-write = { $path } kann nicht geschrieben werden: { $error }
cli-error-read = { $path } kann nicht gelesen werden: { $error }
cli-error-no-config = keine Konfigurationsdatei unter { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = die Erinnerung im Hintergrund läuft vorerst unter Linux, den BSDs und Windows; `knotless plan` zeigt, wie Erinnerungen in deinen Tag fallen würden
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = Warnung: { $path }:{ $problem } (dafür gilt der Standardwert)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = Warnung: { $path }:{ $line }: abgerissene letzte Zeile übersprungen (durch einen Absturz abgeschnitten?): { $reason }
cli-warning-history-unreadable = Warnung: { $path }:{ $line }: unlesbare Zeile übersprungen: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless läuft nicht, daher wird diese Pause nicht gezählt
cli-break-nothing-waiting = Keine Bewegungspause wartet auf eine Antwort.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = Die Begrüßung ist ein Fenster, und hier gibt es keine grafische Oberfläche. Dieselben Einstellungen sind [suggestions] focus und equipment sowie [startup] autostart in deiner Konfiguration: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = ART
cli-exercises-column-where = WO
cli-exercises-column-time = ZEIT
cli-exercises-column-title = TITEL
# After an exercise of the user's own.
cli-exercises-yours = (deine)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } Übungen ({ $yours } eigene, aus { $dir }). `knotless exercises show ID` zeigt die Schritte.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = keine Übung `{ $id }` (`knotless exercises list` zeigt alle)
cli-exercises-unknown-did-you-mean = keine Übung `{ $id }`; meintest du `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = eigene, { $path }
cli-exercises-origin-built-in = eingebaut
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Für: { $regions } · { $kind } · { $position } · braucht: { $needs } · { $length }
cli-exercises-needs-nothing = nichts
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = Warnung: { $problem } (diese Datei wird übersprungen)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; schreib sie wie "30m" oder "1h30m"
cli-error-duration-short = sie muss mindestens 10s lang sein
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = unter { $address } antwortet nichts
cli-error-call-io = Verbindung zu knotless unter { $address }: { $error }
cli-error-call-garbled = knotless unter { $address } hat etwas Unlesbares geantwortet: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = Verlauf { $path } kann nicht geschrieben werden: { $error }
cli-error-history-file-read = Verlauf { $path } kann nicht gelesen werden: { $error }
cli-error-create = { $path } kann nicht angelegt werden: { $error }
cli-error-no-home = dein Home-Ordner ist nicht zu finden (ist $HOME gesetzt?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: noch nicht abgerufen (das laufende knotless ruft ihn ab, während du anwesend bist)
cli-error-fetch-no-curl = { $url }: curl kann zum Abrufen nicht ausgeführt werden: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: kein Kalender: { $reason }
cli-error-fetch-cache = { $url }: keine Kopie in { $path } möglich: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = { $path } geöffnet: Jeder Schlüssel ist dort erklärt, und ein laufendes knotless übernimmt deine Änderungen, sobald du speicherst (prüfe sie mit `knotless config check`).
cli-settings-edit = Bearbeite { $path }: Jeder Schlüssel ist dort erklärt, und ein laufendes knotless übernimmt deine Änderungen, sobald du speicherst (prüfe sie mit `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Aufruf:
cli-help-heading-commands = Befehle
cli-help-heading-options = Optionen
cli-help-heading-arguments = Argumente
# The -h and -V options.
cli-help-flag-help = Hilfe anzeigen
# -h when --help says more, and --help then.
cli-help-flag-help-more = Hilfe anzeigen (mehr mit '--help')
cli-help-flag-help-summary = Hilfe anzeigen (Zusammenfassung mit '-h')
cli-help-flag-version = Version anzeigen

cli-help-knotless =
    knotless: oft bewegen, abwechslungsreich bewegen. Eine leichte Pausenerinnerung, die das Sitzen verfolgt
    .after =
        Einmal starten (zum Beispiel bei der Anmeldung) und vergessen: `knotless` wohnt im Tray, zählt,
        wie lange du schon sitzt, und schlägt im richtigen Moment eine kurze, abwechslungsreiche
        Bewegungspause vor. Alles andere spricht mit dieser laufenden Instanz.

        Dateien:
          config   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          history  $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Exit-Codes: 0 ok, 1 Fehler, 2 falscher Aufruf oder falsche Eingabe, 3 knotless läuft nicht.
cli-help-run =
    Die Erinnerung im Hintergrund starten (Tray + Benachrichtigungen); der Standard. Läuft sie schon, wird an sie übergeben und beendet
cli-help-status =
    Sitzzeit, Anwesenheit, die nächsten Erinnerungen, Pausierung und fehlende Kanäle anzeigen
    .arg-json =
        Ein JSON-Objekt (stabile Feldnamen, für Skripte und Statusleisten)
    .arg-format =
        Eine Zeile nach einer Vorlage, für Statusleisten: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Platzhalter: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` und `{"}"}{"}"}` für geschweifte Klammern
cli-help-break =
    Jetzt eine Kurzpause mit dem nächsten Vorschlag starten, angeleitet im Pausenfenster (ohne grafische Oberfläche werden ihre Schritte stattdessen ausgegeben)
    .arg-now =
        Sofort starten, auch wenn keine Pause fällig ist (was `break` ohnehin tut; für Skripte beibehalten)
    .arg-prompt =
        Erst fragen: Das Fenster zeigt die fällige Erinnerung mit Pause starten / Aufschieben / Überspringen. Das laufende knotless öffnet es so, wenn es keinen Benachrichtigungsserver gibt
cli-help-pause =
    Erinnerungen eine Weile anhalten: `pause 30m`, `pause 2h`, `pause --until-tomorrow` oder nur `pause` bis `knotless resume`
    .arg-secs =
        Wie lange, etwa "30m" oder "1h30m"
    .arg-until_tomorrow =
        Bis morgen früh (`schedule.morning` in der Konfiguration, standardmäßig 08:00)
cli-help-resume =
    Nach dem Pausieren wieder erinnern
cli-help-snooze =
    Die angezeigte Bewegungspause aufschieben (um `movement.snooze`, wenn nicht angegeben)
    .arg-secs =
        Wie lange, etwa "5m"
cli-help-skip =
    Die angezeigte oder die nächste Bewegungspause überspringen
cli-help-stand =
    Du bist am Sitz-Steh-Tisch aufgestanden: Stehen zählt nicht als Sitzen, daher kommt die Bewegungspause um die Zeit im Stehen später (braucht `[standing] enabled`)
cli-help-sit =
    Du hast dich wieder gesetzt: Die Sitzzeit läuft dort weiter, wo sie angehalten hat
cli-help-quit =
    Die Erinnerung im Hintergrund beenden
cli-help-settings =
    Das Einstellungsfenster öffnen (ohne grafische Oberfläche: deine Konfigurationsdatei im Editor, falls sie fehlt mit jedem Schlüssel erklärt angelegt); ein laufendes knotless übernimmt Gespeichertes sofort
cli-help-welcome =
    Die Begrüßung vom ersten Start noch einmal: was die Erinnerungen tun, deine Schwerpunkte, was du zur Hand hast und ob knotless bei der Anmeldung startet (in deiner Konfigurationsdatei gespeichert)
cli-help-stats =
    Deine letzten Tage: Sitzzeit, längste Sitzphase, Pausen nach Ergebnis und die bewegten Körperbereiche, im Statistikfenster (eine Tabelle mit `--text` oder ohne grafische Oberfläche)
    .arg-text =
        Eine Tabelle ausgeben, statt das Fenster zu öffnen (für Skripte und Terminals)
    .arg-days =
        Wie viele Tage angezeigt werden
cli-help-checkin =
    Sagen, wie sich dein Körper gerade anfühlt: jeder Bereich von 0 (gut) bis 10, und jedes Warnzeichen
    .long =
        Sagen, wie sich dein Körper gerade anfühlt: jeder Bereich von 0 (gut) bis 10, und jedes Warnzeichen.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Ein Bereich mit einem Warnzeichen oder Schmerzen von 9 oder mehr wird geschont: Nichts, was ihn belastet, wird vorgeschlagen, bis ein Körpercheck ihn mit 3 oder weniger ohne Warnzeichen bewertet. Ohne Antworten: die jetzt zu beantwortenden Bereiche, die geschonten zuerst, und warum jeder geschont wird.
    .arg-answers =
        AREA=SCORE für jeden Bereich, etwa `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; 0 (gut) bis 10
    .arg-warning =
        Taubheit, Kribbeln, Schwellung oder Schmerzen, die dich im Alltag einschränken, in AREA (für weitere wiederholen)
    .arg-window =
        Stattdessen in einem Fenster antworten (was „Körpercheck jetzt“ im Tray öffnet)
cli-help-report =
    Eine Zusammenfassung als Text zum Mitnehmen in die Physiotherapie: wie sich jeder Bereich mit der Zeit angefühlt hat (aus deinen Körperchecks), Warnzeichen, was du ausprobiert hast und was geholfen hat
    .arg-days =
        Wie viele Tage zurück
cli-help-plan =
    Den Zeitplaner mit deiner Konfiguration über simulierte Arbeitstage probelaufen lassen und die Zeitleiste ausgeben
    .long =
        Den Zeitplaner mit deiner Konfiguration über simulierte Arbeitstage probelaufen lassen und die Zeitleiste ausgeben.

        Ohne Skript ist jeder Tag gleichmäßiges Tippen ab 09:00 mit 45 Minuten Mittagspause in der Mitte. Mit `--idle-script FILE` folgt jeder Tag der Datei: eine Zeile pro Wechsel, etwa `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` beginnt einen Kommentar; `passive 3m` heißt eine Eingabe alle 3 Minuten).
    .arg-hours =
        Stunden am Computer pro simuliertem Tag (ohne Skript)
    .arg-idle_script =
        Einen geskripteten Tag statt des Standardtags abspielen: eine Zeile pro Wechsel, etwa `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting` und zuletzt `17:30 end`
    .arg-days =
        Wie viele Tage simuliert werden (bei mehr als einem eine Zeile pro Tag; siehe --timeline)
    .arg-start =
        Erster simulierter Tag, YYYY-MM-DD (Standard: heute)
    .arg-respond =
        Wie das simulierte Du auf Bewegungserinnerungen antwortet
    .arg-timeline =
        Jedes Ereignis ausgeben, auch bei vielen Tagen
    .arg-config =
        Diese Konfigurationsdatei statt deiner verwenden
    .arg-calendar =
        Um die Termine in dieser .ics-Datei herum planen (mehrfach möglich), zusätzlich zu denen der Kalender in der Konfiguration
cli-help-config =
    Wo die Konfigurationsdatei liegt, sie prüfen oder die dokumentierten Standardwerte ausgeben
cli-help-config-path =
    Den Pfad deiner Konfigurationsdatei ausgeben
cli-help-config-check =
    Eine Konfigurationsdatei prüfen (deine, wenn kein FILE angegeben ist); Exit-Code 2, wenn etwas nicht stimmt
cli-help-config-default =
    Die Standardkonfiguration ausgeben, jeder Schlüssel dokumentiert
cli-help-exercises =
    Die Übungsbibliothek: auflisten, eine anzeigen oder eine eigene Datei prüfen
cli-help-exercises-list =
    Alle Übungen auflisten (eingebaute und eigene)
cli-help-exercises-show =
    Eine Übung mit ihren Schritten und Hinweisen anzeigen
cli-help-exercises-check =
    Eine eigene Übungsdatei prüfen; Exit-Code 2, wenn etwas nicht stimmt
cli-help-exercises-render =
    Die Abbildung einer Übung zeichnen, ein SVG pro Keyframe, zum Schreiben eigener Übungen und zur Durchsicht: `knotless exercises render calf-raises --out /tmp/fig` (oder eine eigene FILE). `--all` zeichnet jede Übung und eine Übersicht aller
    .arg-target =
        Eine Übungs-ID oder der Pfad einer Übungsdatei
    .arg-out =
        Der Ordner, in den geschrieben wird (wird angelegt, falls er fehlt)
    .arg-all =
        Jede Übung der Bibliothek und `contact-sheet.svg`
    .arg-size =
        Kantenlänge jeder Zeichnung in Pixeln
cli-help-history =
    Dein Pausenverlauf
cli-help-history-export =
    Deinen ganzen Verlauf in einem anderen Format ausgeben (auf stdout, außer mit --output)
    .arg-output =
        In diese Datei statt auf stdout schreiben
cli-help-manpages =
    Die Manpages (knotless.1 und eine Seite pro Befehl) nach DIR schreiben; für Paketbauer (`make install` tut das)
cli-help-completions =
    Ein Skript zur Shell-Vervollständigung ausgeben, z. B. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
