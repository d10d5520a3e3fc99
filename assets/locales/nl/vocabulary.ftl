## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.
## Dutch: nouns without article, so they fit after "je" ("je nek").

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = nek
region-shoulders = schouders
region-upper_back = bovenrug
region-lower_back = onderrug
region-chest = borst
region-hips = heupen
region-wrists = polsen en onderarmen
region-legs = benen
region-eyes = ogen
region-whole_body = hele lichaam

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = rekoefening
kind-mobility = mobiliteit
kind-self_massage = zelfmassage
kind-posture = houding
kind-breathing = ademhaling
kind-walk = wandelen
kind-hydration = drinken
kind-eyes = ogen

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = zittend
position-standing = staand
position-wall = tegen de muur
position-floor = op de vloer

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = bal
equipment-foam_roller = foamroller
equipment-wall = muur
equipment-chair = stoel
equipment-strap = band
equipment-heat_pack = warmtekompres
equipment-cold_pack = koudekompres
equipment-water = water

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } en { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
