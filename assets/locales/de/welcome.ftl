## The first-run welcome window.

welcome-title = Willkommen bei knotless
welcome-intro = knotless zählt, wie lange du sitzt, und schlägt ab und zu eine kurze Bewegung vor.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Bewegungspausen
welcome-movement-text = Nach { $every } Sitzen: eine kurze, abwechslungsreiche Dehnung oder Bewegung.
welcome-micro-pauses = Mikropausen
welcome-micro-pauses-text = Nach jeweils { $every }: ein leiser Hinweis, deine Haltung zu prüfen und die Augen auszuruhen.
welcome-water = Wasser
welcome-water-text = Nach jeweils { $every }: eine Erinnerung, etwas Wasser zu trinken.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Ein paar Einstellungen
welcome-focus = Schwerpunkte
welcome-at-hand = Was du zur Hand hast
welcome-insist = Wenn du eine Erinnerung übergehst
welcome-desk = Sitz-Steh-Tisch
welcome-login = Bei Anmeldung starten
# Under the sit-stand desk checkbox.
welcome-desk-note = Sag knotless über das Tray-Symbol oder das Pausenfenster, wann du stehst.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Nur sanfter Druck, nie bis in den Schmerz. Hör auf, wenn du Taubheit oder Kribbeln spürst, und lass dich physiotherapeutisch beraten, wenn die Beschwerden nach ein bis zwei Wochen nicht besser sind.

## The footer.

welcome-start = knotless starten
welcome-not-now = Nicht jetzt
# Beside the buttons, before and after saving.
welcome-later = All das kannst du später in den Einstellungen ändern.
welcome-close = Schließen

## After "Start knotless".

welcome-running = knotless läuft
welcome-tray = knotless wohnt im Tray, der Reihe kleiner Symbole am Bildschirmrand: Klick auf das Symbol für eine sofortige Pause, zum Pausieren, für die Einstellungen oder die Statistik.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Deine erste Bewegungspause kommt nach { $after } Sitzen: gegen { $at }, wenn du weiterarbeitest.
# $after: a duration in words ("40 minutes").
welcome-first-break = Deine erste Bewegungspause kommt nach { $after } Sitzen.
welcome-first-break-unknown = Deine erste Bewegungspause kommt, nachdem du eine Weile gesessen hast.
welcome-away = Zeit weg vom Schreibtisch zählt als Pause, also beginnt die Zählung von vorn.
