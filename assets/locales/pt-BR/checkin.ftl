## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Uma autoavaliação rápida
checkin-question = Como está cada área agora? 0 é tudo bem, 10 é muito desconforto.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Alguma dormência, formigamento, inchaço ou dor que limite suas atividades diárias?
# The answers to checkin-warning-question.
checkin-no = Não
checkin-yes = Sim
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Onde? Marque cada área afetada e clique em Salvar.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Esc ou "Agora não" sai da autoavaliação sem salvar.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Bom saber
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = O knotless dá sugestões gerais; ele não faz diagnósticos. Se a dor piorar, ou se surgir dormência ou formigamento, pare e procure orientação profissional.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } de 10: { $what }
checkin-outcome-lifted = bem de novo: não está mais em repouso
checkin-outcome-noted = registrado
checkin-outcome-held-warning = em repouso: nada que trabalhe essa área será sugerido até que uma autoavaliação indique que ela está bem de novo
checkin-outcome-held-severe = em repouso: dor forte; nada que trabalhe essa área será sugerido até que uma autoavaliação indique que ela está bem de novo
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = ainda em repouso: uma autoavaliação com nota { $fine_up_to } ou menos, sem sinal de alerta, tira a área do repouso
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area }: em repouso desde { $since } ({ $why }).
checkin-held-warning = um sinal de alerta: dormência, formigamento, inchaço ou dor que limita o seu dia
# $score: the score given (9 or 10).
checkin-held-severe = dor com nota { $score } de 10
# $title: an exercise's title.
checkin-held-worse = você disse que “{ $title }” piorou o problema
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Dê a cada área uma nota de 0 (tudo bem) a 10 e adicione --warning AREA em caso de dormência, formigamento, inchaço ou dor que limita o seu dia:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = a janela de autoavaliação abre onde o knotless roda (Linux, BSDs, Windows); responda aqui mesmo, como `knotless checkin neck=2`
checkin-warning-needs-score = dê uma nota para { $area } também, como `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } tem duas respostas
checkin-warning-without-score = --warning { $area }: dê uma nota para { $area } também, como `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = não foi possível gravar o histórico: { $reason }
