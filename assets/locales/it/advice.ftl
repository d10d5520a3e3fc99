## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Hai segnalato intorpidimento, formicolio, gonfiore o dolore che limita la tua giornata in questa zona: { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Hai valutato { $score } su 10 il dolore in questa zona: { $area }.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Due volte questa settimana un esercizio ti ha fatto stare peggio in questa zona: { $area }.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Interrompi qualsiasi cura fai da te che peggiori la situazione. Finché un'autovalutazione non indica che questa zona ({ $area }) va di nuovo bene, knotless non suggerisce nulla che muova, allunghi, prema, scaldi o raffreddi quella zona, e ti chiede come va a ogni autovalutazione. Fatti visitare da un medico o da un fisioterapista.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Hai detto che «{ $title }» ti ha fatto stare peggio. Per ora interrompi questo tipo di cura fai da te per { $areas }: finché un'autovalutazione non indica che tutto va di nuovo bene, knotless non suggerisce nulla che muova, allunghi, prema, scaldi o raffreddi queste zone, né «{ $title }» per due mesi. Se resta peggio, o noti intorpidimento o formicolio, rivolgiti a un medico o a un fisioterapista.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Nessun miglioramento in due settimane di autovalutazioni in questa zona: { $area }. Un fisioterapista può capirne il motivo e mostrarti cosa aiuta. (`knotless report` stampa un riepilogo.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Nessun miglioramento in due settimane di autovalutazioni in questa zona: { $area }. Un fisioterapista può capirne il motivo e mostrarti cosa aiuta. Da portare con te, cosa hai provato: { $tried }. (`knotless report` stampa un riepilogo.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Prima di automassaggio, impacchi caldi o freddi: in caso di problemi circolatori, problemi ai nervi o una lesione grave, consulta prima un professionista sanitario. Usa una pressione delicata e un calore o un freddo moderati, mai fino al dolore, e fermati in caso di intorpidimento o formicolio.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Usa un numero intero da { $min } a { $max }
# A checkbox.
advice-bool = Seleziona o deseleziona
advice-time-of-day = Scrivi un orario come 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Scrivi l'orario come 09:00-17:30, oppure off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Deseleziona «{ $name }»: knotless non lo conosce
advice-names = Scegli dall'elenco
advice-ids = Scegli gli esercizi dall'elenco
advice-choice = Scegline uno dall'elenco
advice-text = Scrivilo come testo semplice
advice-sources = Indica ogni calendario con il percorso completo di un file .ics o con un indirizzo https://
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Scrivi una durata, come { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Usa una durata di almeno { $min }, come { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Usa una durata di al massimo { $max }, come { $like }
# $min and $max in words.
advice-duration-range = Usa una durata da { $min } a { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Aggiungi un'unità: { $number }m per i minuti, { $number }s per i secondi
# Something that is no duration; $like: an example.
advice-duration-unreadable = Scrivi una durata come { $like }, 1h30m o 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
advice-unit-days = { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
    }
advice-unit-hours = { $n ->
        [one] { $n } ora
       *[other] { $n } ore
    }
advice-unit-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minuti
    }
advice-unit-seconds = { $n ->
        [one] { $n } secondo
       *[other] { $n } secondi
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Più breve
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Più breve: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Più lunga
advice-control-longer-named = Più lunga: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Cerca un esercizio per nome
# The same field, as a screen reader names it.
advice-control-find-name = Cerca un esercizio da escludere
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Gli esercizi selezionati non vengono mai suggeriti. Nessuno è escluso.
        [one] { $count } esercizio escluso.
       *[other] { $count } esercizi esclusi.
    }
