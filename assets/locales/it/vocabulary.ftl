## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.
## Italian: bare noun phrases without article; the sentences that use them put them after a
## colon or after "per", so no article or gendered adjective is needed.

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = collo
region-shoulders = spalle
region-upper_back = parte alta della schiena
region-lower_back = zona lombare
region-chest = petto
region-hips = anche
region-wrists = polsi e avambracci
region-legs = gambe
region-eyes = occhi
region-whole_body = tutto il corpo

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = allungamento
kind-mobility = mobilità
kind-self_massage = automassaggio
kind-posture = postura
kind-breathing = respirazione
kind-walk = camminata
kind-hydration = idratazione
kind-eyes = occhi

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = sulla sedia
position-standing = in piedi
position-wall = al muro
position-floor = a terra

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = pallina
equipment-foam_roller = rullo massaggiante
equipment-wall = muro
equipment-chair = sedia
equipment-strap = cinghia
equipment-heat_pack = impacco caldo
equipment-cold_pack = impacco freddo
equipment-water = acqua

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } e { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
