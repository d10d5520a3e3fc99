# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Piano per { $days ->
        [one] { $days } giorno simulato
       *[other] { $days } giorni simulati
    } di { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Pausa di movimento ogni { $every } sulla sedia (durata { $length }, posticipo di { $snooze } fino a { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , preavviso { $heads_up } prima
    }; senza risposta: { $unanswered }); micropausa { $micro_pause }; idratazione { $hydration }; assenza dopo { $away } senza input.
cli-plan-every = ogni { $every }
cli-plan-off = disattivata
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = mancata subito
cli-plan-insist-gentle = richiesta ancora una volta
cli-plan-insist-firm = richiesta ancora una volta, poi nella finestra della pausa
# With a sit-stand desk.
cli-plan-standing = Scrivania regolabile: in piedi per { $stand_for } dopo { $every } sulla sedia; cambio di posizione dopo { $max } in piedi.
cli-plan-standing-script = Scrivania regolabile (attiva per questo piano: nello script ci si alza): in piedi per { $stand_for } dopo { $every } sulla sedia; cambio di posizione dopo { $max } in piedi.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } riunione
       *[other] { $count } riunioni
    } dal calendario: nessun promemoria durante le riunioni; una pausa prevista entro { $before } da una riunione viene proposta prima.
# The totals after several days.
cli-plan-totals = In { $days } giorni: sulla sedia { $sitting } (circa { $per_day } al giorno), periodo più lungo { $longest }, pause: { $taken } fatte, { $skipped } saltate, { $missed } mancate.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = pausa di movimento prevista (sulla sedia da { $sitting })
cli-plan-stand = un po' in piedi? (sulla sedia da { $sitting })
cli-plan-change_position = cambia posizione: siediti per un po' o cammina
cli-plan-micro_pause = micropausa: controllo della postura, riposo per gli occhi
cli-plan-hydration = idratazione: un bicchiere d'acqua
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } di nuovo
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } di nuovo (senza risposta { $times ->
        [1] una volta
        [2] due volte
       *[other] { $times } volte
    })
cli-plan-again-in-window = { $reminder } di nuovo nella finestra della pausa (senza risposta { $times ->
        [1] una volta
        [2] due volte
       *[other] { $times } volte
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = riunione fino alle { $time }
cli-plan-meeting-named = riunione fino alle { $time }: { $summary }
cli-plan-meeting-held = in riunione: pausa rimandata (sulla sedia da { $sitting })
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, prima della riunione delle { $time }
# $left: snoozes left.
cli-plan-snoozed = posticipata di { $length } ({ $left ->
        [one] { $left } posticipo rimasto
       *[other] { $left } posticipi rimasti
    })
cli-plan-break-asked = pausa iniziata su richiesta
cli-plan-break-started = pausa iniziata
cli-plan-break-done = pausa completata dopo { $length }
cli-plan-break-done-away = pausa completata: lontano dal computer ({ $length })
cli-plan-skipped = saltata
cli-plan-abandoned = pausa abbandonata
cli-plan-missed = mancata: nessuna risposta
cli-plan-ignored = nessuna risposta: richiesta di nuovo dopo la durata di un posticipo
cli-plan-heads-up = preavviso: pausa tra { $left }
cli-plan-natural-break = di ritorno dopo { $away } di assenza: pausa naturale
cli-plan-sat = · { $length } di fila sulla sedia
cli-plan-paused-for = sospensione per { $length }
cli-plan-paused = sospensione
cli-plan-resumed = ripresa
cli-plan-stood-up = in piedi
cli-plan-stand-ended = fine del tempo in piedi dopo { $length }
cli-plan-sat-down = di nuovo sulla sedia dopo { $length } in piedi
cli-plan-later = più tardi: tra { $length }
cli-plan-busy = occupazione in corso: pausa rimandata (sulla sedia da { $sitting })

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = avviso: calendario { $problem }
cli-error-idle-script = impossibile leggere lo script di inattività { $path }: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless non è in esecuzione (nessuna risposta su { $address }); avvialo con `knotless`
cli-error-no-status = il demone non ha inviato lo stato
# $error: what the system said.
cli-error-history-write = impossibile scrivere la cronologia: { $error }
cli-error-write = impossibile scrivere { $path }: { $error }
cli-error-read = impossibile leggere { $path }: { $error }
cli-error-no-config = nessun file di configurazione in { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = per ora i promemoria in background funzionano su Linux, BSD e Windows; `knotless plan` mostra come cadrebbero i promemoria nella tua giornata
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = avviso: { $path }:{ $problem } (viene usato il valore predefinito)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = avviso: { $path }:{ $line }: ultima riga troncata ignorata (interrotta da un arresto anomalo?): { $reason }
cli-warning-history-unreadable = avviso: { $path }:{ $line }: riga illeggibile ignorata: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless non è in esecuzione, quindi questa pausa non viene conteggiata
cli-break-nothing-waiting = Nessuna pausa di movimento in attesa di risposta.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = Il benvenuto è una finestra, e qui non c'è un desktop. Le stesse scelte sono [suggestions] focus ed equipment, e [startup] autostart, nella tua configurazione: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = TIPO
cli-exercises-column-where = DOVE
cli-exercises-column-time = DURATA
cli-exercises-column-title = TITOLO
# After an exercise of the user's own.
cli-exercises-yours = (tuo)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } esercizi ({ $yours } tuoi, da { $dir }). `knotless exercises show ID` per i passaggi.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = nessun esercizio `{ $id }` (`knotless exercises list` li mostra tutti)
cli-exercises-unknown-did-you-mean = nessun esercizio `{ $id }`; forse intendevi `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = tuo, { $path }
cli-exercises-origin-built-in = incluso
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Lavora su: { $regions } · { $kind } · { $position } · serve: { $needs } · { $length }
cli-exercises-needs-nothing = niente
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = avviso: { $problem } (questo file viene ignorato)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; scrivila come "30m" o "1h30m"
cli-error-duration-short = deve essere di almeno 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = nessuna risposta su { $address }
cli-error-call-io = comunicazione con knotless su { $address }: { $error }
cli-error-call-garbled = knotless su { $address } ha dato una risposta illeggibile: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = impossibile scrivere la cronologia { $path }: { $error }
cli-error-history-file-read = impossibile leggere la cronologia { $path }: { $error }
cli-error-create = impossibile creare { $path }: { $error }
cli-error-no-home = impossibile trovare la tua cartella home ($HOME è impostata?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: non ancora scaricato (knotless in esecuzione lo scarica mentre sei presente)
cli-error-fetch-no-curl = { $url }: impossibile eseguire curl per scaricarlo: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: non è un calendario: { $reason }
cli-error-fetch-cache = { $url }: impossibile conservarne una copia in { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = Aperto { $path }: ogni chiave vi è spiegata, e knotless in esecuzione applica le modifiche appena salvi (controllale con `knotless config check`).
cli-settings-edit = Modifica { $path }: ogni chiave vi è spiegata, e knotless in esecuzione applica le modifiche appena salvi (controllale con `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Uso:
cli-help-heading-commands = Comandi
cli-help-heading-options = Opzioni
cli-help-heading-arguments = Argomenti
# The -h and -V options.
cli-help-flag-help = Mostra l'aiuto
# -h when --help says more, and --help then.
cli-help-flag-help-more = Mostra l'aiuto (più dettagli con '--help')
cli-help-flag-help-summary = Mostra l'aiuto (un riepilogo con '-h')
cli-help-flag-version = Mostra la versione

cli-help-knotless =
    knotless: muoviti spesso, muoviti in modi diversi. Un promemoria leggero per le pause che tiene conto del tempo sulla sedia
    .after =
        Avvialo una volta (ad esempio all'accesso) e dimenticatene: `knotless` vive nell'area di notifica,
        conta da quanto tempo sei sulla sedia e, al momento giusto, suggerisce una breve pausa di
        movimento, sempre diversa. Tutto il resto comunica con quella copia in esecuzione.

        File:
          configurazione  $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          cronologia      $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Codici di uscita: 0 ok, 1 errore, 2 uso o input non validi, 3 knotless non è in esecuzione.
cli-help-run =
    Avvia i promemoria in background (area di notifica + notifiche); è l'azione predefinita. Se è già in esecuzione, passa il controllo a quella copia ed esce
cli-help-status =
    Mostra il tempo sulla sedia, la presenza, i prossimi promemoria, lo stato di sospensione e i canali mancanti
    .arg-json =
        Un oggetto JSON (nomi dei campi stabili, per script e barre di stato)
    .arg-format =
        Una riga da un modello, per barre di stato: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Segnaposto: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` e `{"}"}{"}"}` per le parentesi graffe
cli-help-break =
    Avvia subito una micropausa con il prossimo suggerimento, guidata nella finestra della pausa (dove non c'è un desktop ne vengono stampati i passaggi)
    .arg-now =
        Avviala subito, anche se non è prevista nessuna pausa (è ciò che `break` fa comunque; mantenuto per gli script)
    .arg-prompt =
        Chiedi prima: la finestra mostra il promemoria previsto con Inizia la pausa / Posticipa / Salta. knotless in esecuzione la apre così quando non c'è un server di notifiche
cli-help-pause =
    Sospendi i promemoria per un po': `pause 30m`, `pause 2h`, `pause --until-tomorrow`, oppure solo `pause` fino a `knotless resume`
    .arg-secs =
        Per quanto tempo, ad esempio "30m" o "1h30m"
    .arg-until_tomorrow =
        Fino a domattina (`schedule.morning` nella configurazione, 08:00 come predefinito)
cli-help-resume =
    Riprendi i promemoria dopo una sospensione
cli-help-snooze =
    Posticipa la pausa di movimento visualizzata (di `movement.snooze` se non indicato)
    .arg-secs =
        Di quanto, ad esempio "5m"
cli-help-skip =
    Salta la pausa di movimento visualizzata, o la prossima
cli-help-stand =
    In piedi alla scrivania regolabile: il tempo in piedi non conta come tempo sulla sedia, quindi la pausa di movimento arriva più tardi di quanto resti in piedi (richiede `[standing] enabled`)
cli-help-sit =
    Di nuovo sulla sedia: il conteggio del tempo sulla sedia riprende da dove si era fermato
cli-help-quit =
    Chiudi i promemoria in background
cli-help-settings =
    Apri la finestra delle impostazioni (senza desktop: il file di configurazione nel tuo editor, creato con ogni chiave spiegata se manca); knotless in esecuzione applica subito ciò che salvi
cli-help-welcome =
    Di nuovo il benvenuto del primo avvio: cosa fanno i promemoria, le zone mirate, cosa hai a portata di mano e se avviare all'accesso (salvato nel file di configurazione)
cli-help-stats =
    I tuoi ultimi giorni: tempo sulla sedia, periodo più lungo, pause per esito e zone del corpo mosse, nella finestra delle statistiche (una tabella con `--text` o senza desktop)
    .arg-text =
        Stampa una tabella invece di aprire la finestra (per script e terminali)
    .arg-days =
        Quanti giorni mostrare
cli-help-checkin =
    Indica come senti il corpo adesso: ogni zona da 0 (tutto bene) a 10, ed eventuali segnali d'allarme
    .long =
        Indica come senti il corpo adesso: ogni zona da 0 (tutto bene) a 10, ed eventuali segnali d'allarme.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Una zona con un segnale d'allarme o un dolore da 9 in su va a riposo: non viene suggerito nulla che la solleciti finché un'autovalutazione non le dà 3 o meno senza segnali d'allarme. Senza risposte: le zone da valutare ora, prima quelle a riposo, e il motivo di ciascun riposo.
    .arg-answers =
        AREA=PUNTEGGIO per ogni zona, ad esempio `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; da 0 (tutto bene) a 10
    .arg-warning =
        Intorpidimento, formicolio, gonfiore o dolore che limita la tua giornata in AREA (ripetilo per altre zone)
    .arg-window =
        Rispondi invece in una finestra (quella che apre «Autovalutazione ora» nell'area di notifica)
cli-help-report =
    Un riepilogo in testo semplice da portare a un fisioterapista: come si è sentita ogni zona nel tempo (dalle tue autovalutazioni), segnali d'allarme, cosa hai provato e cosa ha aiutato
    .arg-days =
        Quanti giorni indietro
cli-help-plan =
    Simula il programma con la tua configurazione su giornate di lavoro simulate e stampa la sequenza temporale
    .long =
        Simula il programma con la tua configurazione su giornate di lavoro simulate e stampa la sequenza temporale.

        Senza script, ogni giornata è digitazione costante dalle 09:00 con 45 minuti di pausa pranzo lontano dal computer a metà. Con `--idle-script FILE`, ogni giornata segue il file: una riga per cambiamento, ad esempio `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` inizia un commento; `passive 3m` significa un input ogni 3 minuti).
    .arg-hours =
        Ore al computer per giornata simulata (senza script)
    .arg-idle_script =
        Riproduci una giornata da script invece di quella predefinita: una riga per cambiamento, ad esempio `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting` e infine `17:30 end`
    .arg-days =
        Quanti giorni simulare (con più di uno stampa una riga per giorno; vedi --timeline)
    .arg-start =
        Primo giorno simulato, YYYY-MM-DD (predefinito: oggi)
    .arg-respond =
        Come risponde la simulazione ai promemoria di movimento
    .arg-timeline =
        Stampa ogni evento anche per molti giorni
    .arg-config =
        Usa questo file di configurazione invece del tuo
    .arg-calendar =
        Pianifica tenendo conto delle riunioni in questo file .ics (può essere indicato più volte), oltre a quelle dei calendari nella configurazione
cli-help-config =
    Dove si trova il file di configurazione, controllarlo o stampare i valori predefiniti documentati
cli-help-config-path =
    Stampa il percorso del tuo file di configurazione
cli-help-config-check =
    Controlla un file di configurazione (il tuo se FILE non è indicato); esce con 2 se c'è qualcosa che non va
cli-help-config-default =
    Stampa la configurazione predefinita, con ogni chiave documentata
cli-help-exercises =
    La raccolta di esercizi: elencali, mostrane uno o controlla un tuo file
cli-help-exercises-list =
    Elenca tutti gli esercizi (inclusi e tuoi)
cli-help-exercises-show =
    Mostra un esercizio con i suoi passaggi e le avvertenze
cli-help-exercises-check =
    Controlla un tuo file di esercizio; esce con 2 se c'è qualcosa che non va
cli-help-exercises-render =
    Disegna la figura di un esercizio, un SVG per fotogramma chiave, per scrivere i tuoi e per la revisione: `knotless exercises render calf-raises --out /tmp/fig` (o un tuo FILE). `--all` disegna ogni esercizio e un provino di tutti
    .arg-target =
        L'id di un esercizio, o il percorso di un file di esercizio
    .arg-out =
        La cartella in cui scrivere (creata se manca)
    .arg-all =
        Ogni esercizio della raccolta, e `contact-sheet.svg`
    .arg-size =
        Lato in pixel di ogni disegno
cli-help-history =
    La cronologia delle pause
cli-help-history-export =
    Stampa tutta la cronologia in un altro formato (su stdout se non c'è --output)
    .arg-output =
        Scrivi in questo file invece che su stdout
cli-help-manpages =
    Scrivi le pagine man (knotless.1 e una pagina per comando) in DIR; per chi crea pacchetti (lo fa `make install`)
cli-help-completions =
    Stampa uno script di completamento per la shell, ad esempio `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
