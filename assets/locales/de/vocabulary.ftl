## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.
## German: the names stand without an article (nominative); the sentences that use them
## are built so that they need no inflection ("im Bereich oberer Rücken", "…: Nacken").

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = Nacken
region-shoulders = Schultern
region-upper_back = oberer Rücken
region-lower_back = unterer Rücken
region-chest = Brust
region-hips = Hüften
region-wrists = Handgelenke und Unterarme
region-legs = Beine
region-eyes = Augen
region-whole_body = ganzer Körper

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = Dehnung
kind-mobility = Mobilisation
kind-self_massage = Selbstmassage
kind-posture = Haltung
kind-breathing = Atmung
kind-walk = Gehen
kind-hydration = Trinken
kind-eyes = Augen

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = im Sitzen
position-standing = im Stehen
position-wall = an der Wand
position-floor = am Boden

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = Ball
equipment-foam_roller = Faszienrolle
equipment-wall = Wand
equipment-chair = Stuhl
equipment-strap = Gurt
equipment-heat_pack = Wärmekissen
equipment-cold_pack = Kühlpack
equipment-water = Wasser

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } und { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
