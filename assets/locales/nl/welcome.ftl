## The first-run welcome window.

welcome-title = Welkom bij knotless
welcome-intro = Het telt hoe lang je zit en stelt af en toe een korte beweging voor.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Bewegingspauzes
welcome-movement-text = Na { $every } zitten: één korte, afwisselende rekoefening of beweging.
welcome-micro-pauses = Micropauzes
welcome-micro-pauses-text = Elke { $every }: een rustige melding om je houding te controleren en je ogen rust te geven.
welcome-water = Water
welcome-water-text = Elke { $every }: een herinnering om wat water te drinken.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Een paar keuzes
welcome-focus = Aandachtsgebieden
welcome-at-hand = Wat je bij de hand hebt
welcome-insist = Als ik doorwerk na een herinnering
welcome-desk = Zit-sta-bureau
welcome-login = Starten bij inloggen
# Under the sit-stand desk checkbox.
welcome-desk-note = Laat knotless weten wanneer je staat, via het systeemvak of het pauzevenster.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Alleen zachte druk, nooit tot het pijn doet. Stop als je een doof gevoel of tintelingen voelt, en ga naar een fysiotherapeut als het binnen een week of twee niet beter wordt.

## The footer.

welcome-start = knotless starten
welcome-not-now = Niet nu
# Beside the buttons, before and after saving.
welcome-later = Je kunt dit later allemaal wijzigen in Instellingen.
welcome-close = Sluiten

## After "Start knotless".

welcome-running = knotless draait
welcome-tray = Het zit in het systeemvak, de rij kleine pictogrammen aan de rand van je scherm: klik op het pictogram voor een pauze nu, pauzeren, Instellingen of Statistieken.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Je eerste bewegingspauze komt na { $after } zitten: rond { $at } als je doorwerkt.
# $after: a duration in words ("40 minutes").
welcome-first-break = Je eerste bewegingspauze komt na { $after } zitten.
welcome-first-break-unknown = Je eerste bewegingspauze komt nadat je een tijdje hebt gezeten.
welcome-away = Tijd weg van je bureau telt als pauze, dus de telling begint opnieuw.
