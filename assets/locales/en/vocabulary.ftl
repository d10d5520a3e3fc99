## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = neck
region-shoulders = shoulders
region-upper_back = upper back
region-lower_back = lower back
region-chest = chest
region-hips = hips
region-wrists = wrists and forearms
region-legs = legs
region-eyes = eyes
region-whole_body = whole body

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = stretch
kind-mobility = mobility
kind-self_massage = self-massage
kind-posture = posture
kind-breathing = breathing
kind-walk = walk
kind-hydration = hydration
kind-eyes = eyes

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = seated
position-standing = standing
position-wall = wall
position-floor = floor

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = ball
equipment-foam_roller = foam roller
equipment-wall = wall
equipment-chair = chair
equipment-strap = strap
equipment-heat_pack = heat pack
equipment-cold_pack = cold pack
equipment-water = water

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } and { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
