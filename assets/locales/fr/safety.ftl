# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Pression douce uniquement : n’allez pas jusqu’à la douleur. Arrêtez si vous ressentez un engourdissement ou des fourmillements.
# Every self-massage: the seeds' first precaution.
safety-provider = En cas de troubles circulatoires, de problèmes nerveux ou de blessure grave, parlez-en à un professionnel de santé avant tout automassage.
# Every stretch or drill for the neck: when to stop.
safety-neck = Arrêtez si vous avez des vertiges ou des fourmillements dans un bras.
# Every stretch: gentle, never forced or bounced.
safety-stretch = Un étirement doit rester doux. Ne forcez jamais et ne faites pas de rebonds.
