# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Planning voor { $days ->
        [one] { $days } gesimuleerde dag
       *[other] { $days } gesimuleerde dagen
    } van { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Bewegingspauze na elke { $every } zitten ({ $length } lang, { $snooze } uitstellen, hoogstens { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , vooraankondiging { $heads_up } vooraf
    }; onbeantwoord: { $unanswered }); micropauze { $micro_pause }; drinken { $hydration }; afwezig na { $away } zonder invoer.
cli-plan-every = elke { $every }
cli-plan-off = uit
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = meteen gemist
cli-plan-insist-gentle = nog één keer gevraagd
cli-plan-insist-firm = nog één keer gevraagd, dan in het pauzevenster
# With a sit-stand desk.
cli-plan-standing = Zit-sta-bureau: { $stand_for } staan na { $every } zitten; van houding wisselen na { $max } staan.
cli-plan-standing-script = Zit-sta-bureau (aan voor deze planning: in het script wordt gestaan): { $stand_for } staan na { $every } zitten; van houding wisselen na { $max } staan.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } vergadering
       *[other] { $count } vergaderingen
    } uit de agenda: geen herinnering tijdens een vergadering; een pauze die binnen { $before } ervoor valt, wordt ervoor aangeboden.
# The totals after several days.
cli-plan-totals = Over { $days } dagen: { $sitting } gezeten (ongeveer { $per_day } per dag), langste zitperiode { $longest }, { $taken } pauzes genomen, { $skipped } overgeslagen, { $missed } gemist.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = bewegingspauze (na { $sitting } zitten)
cli-plan-stand = even staan? (na { $sitting } zitten)
cli-plan-change_position = van houding wisselen: even zitten of wandelen
cli-plan-micro_pause = micropauze: houding controleren, ogen laten rusten
cli-plan-hydration = drinken: een glas water
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } opnieuw
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } opnieuw ({ $times ->
        [1] één keer
        [2] twee keer
       *[other] { $times } keer
    } onbeantwoord)
cli-plan-again-in-window = { $reminder } opnieuw in het pauzevenster ({ $times ->
        [1] één keer
        [2] twee keer
       *[other] { $times } keer
    } onbeantwoord)
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = vergadering tot { $time }
cli-plan-meeting-named = vergadering tot { $time }: { $summary }
cli-plan-meeting-held = in vergadering: pauze wacht ({ $sitting } gezeten)
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, voor de vergadering van { $time }
# $left: snoozes left.
cli-plan-snoozed = { $length } uitgesteld (nog { $left } keer uitstellen mogelijk)
cli-plan-break-asked = pauze gestart op verzoek
cli-plan-break-started = pauze gestart
cli-plan-break-done = pauze klaar na { $length }
cli-plan-break-done-away = pauze klaar: weg van de computer ({ $length })
cli-plan-skipped = overgeslagen
cli-plan-abandoned = pauze afgebroken
cli-plan-missed = gemist: geen antwoord
cli-plan-ignored = geen antwoord: opnieuw gevraagd na de duur van een uitstel
cli-plan-heads-up = vooraankondiging: pauze over { $left }
cli-plan-natural-break = terug na { $away } afwezig: natuurlijke pauze
cli-plan-sat = · { $length } aaneen gezeten
cli-plan-paused-for = gepauzeerd voor { $length }
cli-plan-paused = gepauzeerd
cli-plan-resumed = hervat
cli-plan-stood-up = opgestaan
cli-plan-stand-ended = staan beëindigd na { $length }
cli-plan-sat-down = gaan zitten na { $length } staan
cli-plan-later = later: over { $length }
cli-plan-busy = bezig: pauze wacht ({ $sitting } gezeten)

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = waarschuwing: agenda { $problem }
cli-error-idle-script = kan inactiviteitsscript { $path } niet lezen: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless draait niet (niets antwoordt op { $address }); start het met `knotless`
cli-error-no-status = de daemon stuurde geen status
# $error: what the system said.
cli-error-history-write = kan de geschiedenis niet schrijven: { $error }
cli-error-write = kan { $path } niet schrijven: { $error }
cli-error-read = kan { $path } niet lezen: { $error }
cli-error-no-config = geen configuratiebestand op { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = de herinnering op de achtergrond draait voorlopig op Linux, de BSD's en Windows; `knotless plan` laat zien hoe herinneringen op je dag zouden vallen
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = waarschuwing: { $path }:{ $problem } (de standaardwaarde wordt gebruikt)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = waarschuwing: { $path }:{ $line }: afgebroken laatste regel overgeslagen (afgekapt door een crash?): { $reason }
cli-warning-history-unreadable = waarschuwing: { $path }:{ $line }: onleesbare regel overgeslagen: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless draait niet, dus deze pauze wordt niet geteld
cli-break-nothing-waiting = Er wacht geen bewegingspauze op antwoord.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = Het welkomstscherm is een venster, en hier is geen bureaublad. Dezelfde keuzes zijn [suggestions] focus en equipment, en [startup] autostart, in je configuratie: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = SOORT
cli-exercises-column-where = WAAR
cli-exercises-column-time = TIJD
cli-exercises-column-title = TITEL
# After an exercise of the user's own.
cli-exercises-yours = (eigen)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } oefeningen ({ $yours } eigen, uit { $dir }). `knotless exercises show ID` voor de stappen.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = geen oefening `{ $id }` (`knotless exercises list` toont ze allemaal)
cli-exercises-unknown-did-you-mean = geen oefening `{ $id }`; bedoelde je `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = eigen, { $path }
cli-exercises-origin-built-in = ingebouwd
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Werkt op: { $regions } · { $kind } · { $position } · nodig: { $needs } · { $length }
cli-exercises-needs-nothing = niets
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = waarschuwing: { $problem } (dit bestand wordt overgeslagen)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; schrijf het zoals "30m" of "1h30m"
cli-error-duration-short = het moet minstens 10s zijn
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = niets antwoordt op { $address }
cli-error-call-io = bij het praten met knotless op { $address }: { $error }
cli-error-call-garbled = knotless op { $address } gaf een onleesbaar antwoord: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = kan geschiedenis { $path } niet schrijven: { $error }
cli-error-history-file-read = kan geschiedenis { $path } niet lezen: { $error }
cli-error-create = kan { $path } niet aanmaken: { $error }
cli-error-no-home = kan je thuismap niet vinden (is $HOME ingesteld?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: nog niet opgehaald (de draaiende knotless haalt hem op terwijl je aanwezig bent)
cli-error-fetch-no-curl = { $url }: kan curl niet uitvoeren om hem op te halen: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: geen agenda: { $reason }
cli-error-fetch-cache = { $url }: kan geen kopie bewaren in { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = { $path } geopend: elke sleutel wordt daar uitgelegd, en een draaiende knotless past je wijzigingen toe zodra je opslaat (controleer ze met `knotless config check`).
cli-settings-edit = Bewerk { $path }: elke sleutel wordt daar uitgelegd, en een draaiende knotless past je wijzigingen toe zodra je opslaat (controleer ze met `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Gebruik:
cli-help-heading-commands = Opdrachten
cli-help-heading-options = Opties
cli-help-heading-arguments = Argumenten
# The -h and -V options.
cli-help-flag-help = Hulp tonen
# -h when --help says more, and --help then.
cli-help-flag-help-more = Hulp tonen (meer met '--help')
cli-help-flag-help-summary = Hulp tonen (een samenvatting met '-h')
cli-help-flag-version = Versie tonen

cli-help-knotless =
    knotless: beweeg vaak, beweeg gevarieerd. Een lichte pauzeherinnering die je zittijd bijhoudt
    .after =
        Start het één keer (bijvoorbeeld bij het inloggen) en vergeet het: `knotless` zit in het systeemvak, telt hoe
        lang je al zit en stelt op de juiste momenten één korte, afwisselende bewegingspauze
        voor. Al het andere praat met die draaiende kopie.

        Bestanden:
          configuratie   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          geschiedenis   $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Afsluitcodes: 0 ok, 1 mislukt, 2 verkeerd gebruik of verkeerde invoer, 3 knotless draait niet.
cli-help-run =
    De herinnering op de achtergrond starten (systeemvak + meldingen); de standaard. Draait hij al, dan wordt aan hem overgedragen en gestopt
cli-help-status =
    Zittijd, aanwezigheid, de volgende herinneringen, pauzestatus en ontbrekende kanalen tonen
    .arg-json =
        Eén JSON-object (vaste veldnamen, voor scripts en statusbalken)
    .arg-format =
        Eén regel volgens een sjabloon, voor statusbalken: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Plaatshouders: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` en `{"}"}{"}"}` voor accolades
cli-help-break =
    Nu een micropauze starten met de volgende suggestie, begeleid in het pauzevenster (zonder bureaublad worden de stappen afgedrukt)
    .arg-now =
        Meteen starten, ook als er geen pauze aan de beurt is (wat `break` toch al doet; bewaard voor scripts)
    .arg-prompt =
        Eerst vragen: het venster toont de herinnering met Pauze starten / Uitstellen / Overslaan. De draaiende knotless opent het zo als er geen meldingsserver is
cli-help-pause =
    Herinneringen een tijdje stoppen: `pause 30m`, `pause 2h`, `pause --until-tomorrow`, of alleen `pause` tot `knotless resume`
    .arg-secs =
        Hoe lang, zoals "30m" of "1h30m"
    .arg-until_tomorrow =
        Tot morgenochtend (`schedule.morning` in de configuratie, standaard 08:00)
cli-help-resume =
    Weer herinneren na een pauze
cli-help-snooze =
    De getoonde bewegingspauze uitstellen (met `movement.snooze`, tenzij opgegeven)
    .arg-secs =
        Hoe lang, zoals "5m"
cli-help-skip =
    De getoonde bewegingspauze overslaan, of de volgende
cli-help-stand =
    Je bent gaan staan aan een zit-sta-bureau: staan telt niet als zitten, dus de bewegingspauze komt later met de tijd dat je staat (vereist `[standing] enabled`)
cli-help-sit =
    Je zit weer: de zitklok loopt verder waar hij stopte
cli-help-quit =
    De herinnering op de achtergrond stoppen
cli-help-settings =
    Het instellingenvenster openen (zonder bureaublad: je configuratiebestand in je editor, aangemaakt met uitleg bij elke sleutel als het ontbreekt); een draaiende knotless past wat je opslaat meteen toe
cli-help-welcome =
    Het welkomstscherm opnieuw: wat de herinneringen doen, je aandachtsgebieden, wat je bij de hand hebt en of knotless bij het inloggen start (opgeslagen in je configuratiebestand)
cli-help-stats =
    Je afgelopen dagen: zittijd, langste zitperiode, pauzes per uitkomst en de lichaamsdelen die je bewoog, in het statistiekvenster (een tabel met `--text` of zonder bureaublad)
    .arg-text =
        Een tabel afdrukken in plaats van het venster te openen (voor scripts en terminals)
    .arg-days =
        Hoeveel dagen tonen
cli-help-checkin =
    Zeggen hoe je lichaam nu voelt: elk gebied van 0 (goed) tot 10, en elk waarschuwingsteken
    .long =
        Zeggen hoe je lichaam nu voelt: elk gebied van 0 (goed) tot 10, en elk waarschuwingsteken.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Een gebied met een waarschuwingsteken of met pijn van 9 of meer wordt ontzien: niets wat het belast wordt voorgesteld tot een zelfcheck het 3 of minder geeft zonder waarschuwingsteken. Zonder antwoorden: de gebieden om nu te beantwoorden, de ontziene eerst, en waarom elk wordt ontzien.
    .arg-answers =
        AREA=SCORE voor elk gebied, zoals `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; 0 (goed) tot 10
    .arg-warning =
        Een doof gevoel, tintelingen, zwelling of pijn die je dag beperkt in AREA (herhaal voor meer)
    .arg-window =
        In plaats daarvan in een venster antwoorden (wat ‘Nu zelfcheck doen’ in het systeemvak opent)
cli-help-report =
    Een samenvatting in platte tekst om mee te nemen naar een fysiotherapeut: hoe elk gebied in de loop van de tijd aanvoelde (uit je zelfchecks), waarschuwingstekens, wat je hebt geprobeerd en wat hielp
    .arg-days =
        Hoeveel dagen terug
cli-help-plan =
    De planner proefdraaien op je configuratie over gesimuleerde werkdagen en de tijdlijn afdrukken
    .long =
        De planner proefdraaien op je configuratie over gesimuleerde werkdagen en de tijdlijn afdrukken.

        Zonder script is elke dag gelijkmatig typen vanaf 09:00, met halverwege 45 minuten lunch weg. Met `--idle-script FILE` volgt elke dag het bestand: één regel per verandering, zoals `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` begint een opmerking; `passive 3m` betekent één invoer per 3 minuten).
    .arg-hours =
        Uren achter de computer per gesimuleerde dag (zonder script)
    .arg-idle_script =
        Een gescripte dag afspelen in plaats van de standaarddag: een regel per verandering, zoals `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting`, en als laatste `17:30 end`
    .arg-days =
        Hoeveel dagen simuleren (meer dan één drukt een regel per dag af; zie --timeline)
    .arg-start =
        Eerste gesimuleerde dag, YYYY-MM-DD (standaard: vandaag)
    .arg-respond =
        Hoe de gesimuleerde jij op bewegingsherinneringen reageert
    .arg-timeline =
        Elke gebeurtenis afdrukken, ook bij veel dagen
    .arg-config =
        Dit configuratiebestand gebruiken in plaats van het jouwe
    .arg-calendar =
        Plannen rond de vergaderingen in dit .ics-bestand (mag vaker worden opgegeven), naast die van de agenda's in de configuratie
cli-help-config =
    Waar het configuratiebestand staat, het controleren, of de gedocumenteerde standaardwaarden afdrukken
cli-help-config-path =
    Het pad van je configuratiebestand afdrukken
cli-help-config-check =
    Een configuratiebestand controleren (het jouwe, tenzij FILE is opgegeven); afsluitcode 2 als er iets mis is
cli-help-config-default =
    De standaardconfiguratie afdrukken, met uitleg bij elke sleutel
cli-help-exercises =
    De oefeningenbibliotheek: opsommen, er één tonen, of een eigen bestand controleren
cli-help-exercises-list =
    Alle oefeningen opsommen (ingebouwd en eigen)
cli-help-exercises-show =
    Eén oefening tonen met haar stappen en waarschuwingen
cli-help-exercises-check =
    Een eigen oefeningbestand controleren; afsluitcode 2 als er iets mis is
cli-help-exercises-render =
    De figuur van een oefening tekenen, één SVG per keyframe, om je eigen oefeningen te schrijven en te controleren: `knotless exercises render calf-raises --out /tmp/fig` (of een eigen FILE). `--all` tekent elke oefening en een contactblad met ze allemaal
    .arg-target =
        Een oefening-id, of het pad van een oefeningbestand
    .arg-out =
        De map om in te schrijven (aangemaakt als hij ontbreekt)
    .arg-all =
        Elke oefening in de bibliotheek, en `contact-sheet.svg`
    .arg-size =
        Pixels in het vierkant per tekening
cli-help-history =
    Je pauzegeschiedenis
cli-help-history-export =
    Je hele geschiedenis in een ander formaat afdrukken (naar stdout, tenzij --output)
    .arg-output =
        Naar dit bestand schrijven in plaats van naar stdout
cli-help-manpages =
    De man-pagina's (knotless.1 en één pagina per opdracht) in DIR schrijven; voor pakketbouwers (`make install` doet het)
cli-help-completions =
    Een shell-aanvullingsscript afdrukken, bijv. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
