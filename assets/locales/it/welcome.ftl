## The first-run welcome window.

welcome-title = knotless ti dà il benvenuto
welcome-intro = Conta il tempo che passi sulla sedia e ogni tanto ti suggerisce un breve movimento.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Pause di movimento
welcome-movement-text = Dopo { $every } sulla sedia: un allungamento o movimento breve e sempre diverso.
welcome-micro-pauses = Micropause
welcome-micro-pauses-text = Ogni { $every }: un avviso discreto per controllare la postura e riposare gli occhi.
welcome-water = Acqua
welcome-water-text = Ogni { $every }: un promemoria per bere un po' d'acqua.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Qualche scelta
welcome-focus = Zone mirate
welcome-at-hand = Cosa hai a portata di mano
welcome-insist = Se continuo a lavorare ignorando un promemoria
welcome-desk = Scrivania regolabile
welcome-login = Avvia all'accesso
# Under the sit-stand desk checkbox.
welcome-desk-note = Indica a knotless quando sei in piedi, dall'area di notifica o dalla finestra della pausa.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Solo una pressione delicata, mai fino al dolore. Fermati se senti intorpidimento o formicolio, e rivolgiti a un fisioterapista se la situazione non migliora entro una o due settimane.

## The footer.

welcome-start = Avvia knotless
welcome-not-now = Non ora
# Beside the buttons, before and after saving.
welcome-later = Puoi cambiare tutto questo più tardi nelle Impostazioni.
welcome-close = Chiudi

## After "Start knotless".

welcome-running = knotless è in esecuzione
welcome-tray = Si trova nell'area di notifica, la fila di piccole icone al bordo dello schermo: fai clic sulla sua icona per una pausa immediata, per sospendere, per le Impostazioni o le Statistiche.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = La prima pausa di movimento arriva dopo { $after } sulla sedia: verso le { $at } se continui a lavorare.
# $after: a duration in words ("40 minutes").
welcome-first-break = La prima pausa di movimento arriva dopo { $after } sulla sedia.
welcome-first-break-unknown = La prima pausa di movimento arriva dopo un po' di tempo sulla sedia.
welcome-away = Il tempo lontano dalla scrivania conta come pausa, quindi il conteggio riparte da zero.
