# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Nur sanfter Druck: Drück nie bis in den Schmerz. Hör auf, wenn du Taubheit oder Kribbeln spürst.
# Every self-massage: the seeds' first precaution.
safety-provider = Bei Durchblutungsstörungen, Nervenproblemen oder einer ernsthaften Verletzung sprich vor einer Selbstmassage mit medizinischem Fachpersonal.
# Every stretch or drill for the neck: when to stop.
safety-neck = Hör auf, wenn dir schwindlig wird oder ein Arm kribbelt.
# Every stretch: gentle, never forced or bounced.
safety-stretch = Eine Dehnung soll sich sanft anfühlen. Erzwinge sie nie und wippe nicht.
