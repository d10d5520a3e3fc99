# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Naciskaj tylko delikatnie, nigdy aż do bólu. Przerwij, jeśli poczujesz drętwienie lub mrowienie.
# Every self-massage: the seeds' first precaution.
safety-provider = Jeśli masz problemy z krążeniem, schorzenia nerwów lub poważny uraz, przed automasażem porozmawiaj z lekarzem.
# Every stretch or drill for the neck: when to stop.
safety-neck = Przerwij, jeśli zakręci ci się w głowie lub poczujesz mrowienie w ręce.
# Every stretch: gentle, never forced or bounced.
safety-stretch = Rozciąganie ma być łagodne. Nigdy nie rozciągaj na siłę ani nie sprężynuj.
