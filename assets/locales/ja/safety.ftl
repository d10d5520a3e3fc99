# The safety lines, word for word in every language. An exercise whose English caution holds
# one of these carries this language's line in the same caution, word for word
# (`knotless exercises check` compares them). Keep each line's meaning exactly; where unsure,
# choose the safer wording.

# Every self-massage: gentle pressure, never into pain, stop on numbness or tingling.
safety-massage = 押す力はやさしく。痛いところまで押さないでください。しびれやピリピリ感があれば中止してください。
# Every self-massage: the seeds' first precaution.
safety-provider = 血行障害や神経の障害、重いけががある場合は、セルフマッサージの前に医師に相談してください。
# Every stretch or drill for the neck: when to stop.
safety-neck = めまいがしたり、腕にしびれやピリピリ感が出たりしたら中止してください。
# Every stretch: gentle, never forced or bounced.
safety-stretch = ストレッチは心地よく伸びる程度にとどめてください。無理に伸ばしたり、反動をつけたりしないでください。
