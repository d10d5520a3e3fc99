# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Solo una pressione delicata: non spingere fino al dolore. Fermati se senti intorpidimento o formicolio.
# Every self-massage: the seeds' first precaution.
safety-provider = In caso di problemi circolatori, problemi ai nervi o una lesione grave, consulta un professionista sanitario prima di fare l'automassaggio.
# Every stretch or drill for the neck: when to stop.
safety-neck = Fermati se ti gira la testa o senti formicolio a un braccio.
# Every stretch: gentle, never forced or bounced.
safety-stretch = L'allungamento deve essere lieve. Non forzare mai e non molleggiare.
