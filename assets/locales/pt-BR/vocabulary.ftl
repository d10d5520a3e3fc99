## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.
## (Portuguese: no article or possessive fits every name, so the sentences put the name after
## a colon or in parentheses: "Esta área esteve tensa nesta semana: pescoço.")

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = pescoço
region-shoulders = ombros
region-upper_back = parte superior das costas
region-lower_back = região lombar
region-chest = peito
region-hips = quadris
region-wrists = punhos e antebraços
region-legs = pernas
region-eyes = olhos
region-whole_body = corpo inteiro

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = alongamento
kind-mobility = mobilidade
kind-self_massage = automassagem
kind-posture = postura
kind-breathing = respiração
kind-walk = caminhada
kind-hydration = hidratação
kind-eyes = olhos

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = na cadeira
position-standing = em pé
position-wall = na parede
position-floor = no chão

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = bola
equipment-foam_roller = rolo de espuma
equipment-wall = parede
equipment-chair = cadeira
equipment-strap = faixa
equipment-heat_pack = compressa morna
equipment-cold_pack = compressa fria
equipment-water = água

# A list of several body parts: "neck, shoulders and chest". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first } e { $last }
# Between the names of $first above (a comma and a space in English).
vocabulary-list-separator = {", "}
