## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.
## Polish: nominative; sentences that take $area are built so the nominative fits
## ("obszar: szyja", "okolica: …").

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = szyja
region-shoulders = barki
region-upper_back = górna część pleców
region-lower_back = dolna część pleców
region-chest = klatka piersiowa
region-hips = biodra
region-wrists = nadgarstki i przedramiona
region-legs = nogi
region-eyes = oczy
region-whole_body = całe ciało

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = rozciąganie
kind-mobility = ruch
kind-self_massage = automasaż
kind-posture = postawa
kind-breathing = oddychanie
kind-walk = spacer
kind-hydration = nawodnienie
kind-eyes = oczy

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = na siedząco
position-standing = na stojąco
position-wall = przy ścianie
position-floor = na podłodze

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = piłka
equipment-foam_roller = wałek piankowy
equipment-wall = ściana
equipment-chair = krzesło
equipment-strap = pasek
equipment-heat_pack = ciepły okład
equipment-cold_pack = chłodny okład
equipment-water = woda

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } i { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
