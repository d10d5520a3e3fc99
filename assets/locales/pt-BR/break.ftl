## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Hora de se mexer
break-title-checkin = knotless · Autoavaliação
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Hora de se mexer
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Começar
break-snooze = Adiar
break-skip = Pular
# Shows another exercise instead of this one.
break-another = Outra sugestão
# A menu of every exercise allowed for this break.
break-choose = Escolher…
break-pause = Pausar
break-resume = Retomar
break-next = Próximo
break-done = Concluído
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Terminar antes
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Sim, terminar
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Continuar
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Autoavaliação
# Leaves the check-in without saving it.
break-not-now = Agora não
# Saves the check-in with every area at 0.
break-all-fine = Tudo bem
break-save = Salvar
# The end screen's button when nothing follows.
break-close = Fechar
# The end screen's button when a check-in or advice follows.
break-continue = Continuar
# After reading advice.
break-understood = Entendi

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Passo { $step } de { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = passo { $step } de { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = faltam { $time }
break-paused = Em pausa
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Ler os passos em voz alta
# A checkbox for people with a sit-stand desk.
break-standing = Estou em pé (mesa de altura regulável)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Terminar antes? Você fez { $step } de { $n } passos. "Sim, terminar" conta a pausa.
# The last step's time is over. "Done" is break-done.
break-last-step-over = Esse foi o último passo. Muito bem: clique em Concluído.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Agora o outro lado. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Agora o outro lado: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = esquerdo direito esquerda direita esquerdos direitos esquerdas direitas Esquerdo Direito Esquerda Direita Esquerdos Direitos Esquerdas Direitas
# Said aloud when the last step's time is up.
break-said-done = Concluído.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Ilustração: { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Outro lado
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Li este aviso

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = Esta área esteve tensa nesta semana: { $area }.
break-reason-helped = Você disse que este exercício ajudou antes.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Você pediu mais atenção para esta área: { $area }.
break-reason-skipped = Algumas pausas seguidas foram puladas: uma de respiração calma.
break-reason-standing = Você está em pé: um exercício feito em pé.
break-reason-standing-wall = Você está em pé: um exercício feito em pé, na parede.
break-reason-after-standing = Depois de muito tempo em pé: um exercício na cadeira ou no chão, para variar a posição.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Não é possível ler em voz alta: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Não é mais possível ler em voz alta: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = nenhum serviço de fala: instale o speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) ou o espeak-ng
break-voice-unbuilt = A leitura em voz alta ainda não está disponível para este sistema.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Concluído: { $length } para { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Concluído: { $length } para você
break-how-did-it-feel = Como você se sentiu?
# The three answers to break-how-did-it-feel.
break-feel-better = Melhor
break-feel-same = Igual
break-feel-worse = Pior
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Se doeu, ficou dormente ou formigou, responda Pior e pare: o knotless então deixa essa área em repouso. Se continuar, procure um médico ou um fisioterapeuta.
# The window after the break, in the moment before it closes.
break-closed = Muito bem. Até a próxima pausa.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Algumas respirações lentas
break-fallback-summary = Sente-se bem no fundo da cadeira e respire devagar por um minuto.
break-fallback-step = Sente-se bem no fundo da cadeira, deixe os ombros descansarem e respire devagar, inspirando pelo nariz e expirando um pouco mais longamente, por um minuto.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Configurações
break-title-statistics = knotless · Estatísticas
break-title-welcome = Boas-vindas ao knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = não foi possível abrir a janela “{ $title }”: { $reason }
