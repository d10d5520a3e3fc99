# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Alleen zachte druk: druk niet door tot het pijn doet. Stop als je een doof gevoel of tintelingen voelt.
# Every self-massage: the seeds' first precaution.
safety-provider = Bij problemen met de bloedsomloop, zenuwproblemen of ernstig letsel: overleg met een zorgverlener voordat je aan zelfmassage begint.
# Every stretch or drill for the neck: when to stop.
safety-neck = Stop als je duizelig wordt of een arm gaat tintelen.
# Every stretch: gentle, never forced or bounced.
safety-stretch = Rekken moet licht aanvoelen. Forceer nooit en ga niet veren.
