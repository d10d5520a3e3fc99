## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences. Spanish: plain noun phrases
## without article or possessive ("cuello", "hombros"); the sentences that use them are
## written so that they fit without "tu/tus" (e.g. "esta zona: { $area }").
## The ids' last part is the name in the config file and history: never translated.

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = cuello
region-shoulders = hombros
region-upper_back = parte alta de la espalda
region-lower_back = zona lumbar
region-chest = pecho
region-hips = caderas
region-wrists = muñecas y antebrazos
region-legs = piernas
region-eyes = ojos
region-whole_body = todo el cuerpo

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = estiramiento
kind-mobility = movilidad
kind-self_massage = automasaje
kind-posture = postura
kind-breathing = respiración
kind-walk = caminar
kind-hydration = hidratación
kind-eyes = ojos

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = en la silla
position-standing = de pie
position-wall = en la pared
position-floor = en el suelo

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = pelota
equipment-foam_roller = rodillo de espuma
equipment-wall = pared
equipment-chair = silla
equipment-strap = cinta
equipment-heat_pack = compresa tibia
equipment-cold_pack = compresa fría
equipment-water = agua

# A list of several body parts: "cuello, hombros y pecho". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } y { $last }
# Between the names of $first above (a comma and a space).
vocabulary-list-separator = {", "}
