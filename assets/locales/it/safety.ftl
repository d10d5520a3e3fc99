# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = Gentle pressure only: don't push into pain. Stop if you feel numbness or tingling.
# Every self-massage: the seeds' first precaution.
safety-provider = With circulatory issues, nerve problems or a serious injury, talk to a healthcare provider before self-massage.
# Every stretch or drill for the neck: when to stop.
safety-neck = Stop if you feel dizzy or an arm tingles.
# Every stretch: gentle, never forced or bounced.
safety-stretch = A stretch should feel mild. Never force it or bounce.
