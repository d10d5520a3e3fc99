## The first-run welcome window.

welcome-title = Boas-vindas ao knotless
welcome-intro = O knotless conta quanto tempo você fica na cadeira e, de vez em quando, sugere um movimento curto.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Pausas para se mexer
welcome-movement-text = Depois de { $every } na cadeira: um alongamento ou movimento curto e variado.
welcome-micro-pauses = Micropausas
welcome-micro-pauses-text = A cada { $every }: um aviso discreto para conferir a postura e descansar os olhos.
welcome-water = Água
welcome-water-text = A cada { $every }: um lembrete para beber água.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Algumas escolhas
welcome-focus = Áreas de foco
welcome-at-hand = O que você tem à mão
welcome-insist = Se eu ignorar um lembrete e continuar trabalhando
welcome-desk = Mesa regulável
welcome-login = Iniciar com a sessão
# Under the sit-stand desk checkbox.
welcome-desk-note = Avise o knotless quando ficar em pé, pela bandeja ou pela janela de pausa.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Só pressão leve, nunca force a ponto de doer. Pare se sentir dormência ou formigamento, e procure um fisioterapeuta se não houver melhora em uma ou duas semanas.

## The footer.

welcome-start = Iniciar o knotless
welcome-not-now = Agora não
# Beside the buttons, before and after saving.
welcome-later = Você pode mudar tudo isso depois em Configurações.
welcome-close = Fechar

## After "Start knotless".

welcome-running = O knotless está em execução
welcome-tray = Ele fica na bandeja, a fileira de ícones pequenos na borda da tela: clique no ícone para fazer uma pausa agora, pausar, abrir Configurações ou Estatísticas.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Sua primeira pausa para se mexer vem depois de { $after } na cadeira: por volta das { $at }, se você continuar trabalhando.
# $after: a duration in words ("40 minutes").
welcome-first-break = Sua primeira pausa para se mexer vem depois de { $after } na cadeira.
welcome-first-break-unknown = Sua primeira pausa para se mexer vem depois de um tempo na cadeira.
welcome-away = O tempo longe da mesa conta como pausa, então a contagem recomeça.
