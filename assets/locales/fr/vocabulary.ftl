## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = nuque
region-shoulders = épaules
region-upper_back = haut du dos
region-lower_back = bas du dos
region-chest = poitrine
region-hips = hanches
region-wrists = poignets et avant-bras
region-legs = jambes
region-eyes = yeux
region-whole_body = corps entier

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = étirement
kind-mobility = mobilité
kind-self_massage = automassage
kind-posture = posture
kind-breathing = respiration
kind-walk = marche
kind-hydration = hydratation
kind-eyes = yeux

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = assis
position-standing = debout
position-wall = contre le mur
position-floor = au sol

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = balle
equipment-foam_roller = rouleau de massage
equipment-wall = mur
equipment-chair = chaise
equipment-strap = sangle
equipment-heat_pack = compresse chaude
equipment-cold_pack = compresse froide
equipment-water = eau

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } et { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
