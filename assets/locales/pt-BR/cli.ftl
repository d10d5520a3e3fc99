# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plano para { $days ->
        [0] { $days } dias simulados
        [one] { $days } dia simulado
       *[other] { $days } dias simulados
    } de { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Pausa para se mexer a cada { $every } na cadeira ({ $length } de duração, adiar { $snooze } até { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , aviso { $heads_up } antes
    }; sem resposta: { $unanswered }); micropausa { $micro_pause }; hidratação { $hydration }; ausência após { $away } sem uso.
cli-plan-every = a cada { $every }
cli-plan-off = desativada
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = perdida na hora
cli-plan-insist-gentle = pergunta mais uma vez
cli-plan-insist-firm = pergunta mais uma vez, depois na janela de pausa
# With a sit-stand desk.
cli-plan-standing = Mesa de altura regulável: ficar em pé por { $stand_for } após { $every } na cadeira; mudar de posição após { $max } em pé.
cli-plan-standing-script = Mesa de altura regulável (ativada neste plano: o roteiro inclui tempo em pé): ficar em pé por { $stand_for } após { $every } na cadeira; mudar de posição após { $max } em pé.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [0] { $count } reuniões
        [one] { $count } reunião
       *[other] { $count } reuniões
    } do calendário: nenhum lembrete durante as reuniões; uma pausa prevista para menos de { $before } antes de uma reunião é oferecida antes dela.
# The totals after several days.
cli-plan-totals = Em { $days } dias: { $sitting } na cadeira (cerca de { $per_day } por dia), maior período seguido { $longest }, pausas feitas: { $taken }, puladas: { $skipped }, perdidas: { $missed }.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = pausa para se mexer prevista ({ $sitting } na cadeira)
cli-plan-stand = ficar em pé um pouco? ({ $sitting } na cadeira)
cli-plan-change_position = mudar de posição: ficar um pouco na cadeira ou caminhar
cli-plan-micro_pause = micropausa: conferir a postura, descansar os olhos
cli-plan-hydration = hidratação: um copo de água
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } de novo
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } de novo (sem resposta { $times ->
        [1] uma vez
        [2] duas vezes
       *[other] { $times } vezes
    })
cli-plan-again-in-window = { $reminder } de novo na janela de pausa (sem resposta { $times ->
        [1] uma vez
        [2] duas vezes
       *[other] { $times } vezes
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = reunião até { $time }
cli-plan-meeting-named = reunião até { $time }: { $summary }
cli-plan-meeting-held = em reunião: pausa em espera ({ $sitting } na cadeira)
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, antes da reunião das { $time }
# $left: snoozes left.
cli-plan-snoozed = adiada por { $length } ({ $left ->
        [0] { $left } adiamentos restantes
        [one] { $left } adiamento restante
       *[other] { $left } adiamentos restantes
    })
cli-plan-break-asked = pausa iniciada a pedido
cli-plan-break-started = pausa iniciada
cli-plan-break-done = pausa concluída após { $length }
cli-plan-break-done-away = pausa concluída: longe do computador ({ $length })
cli-plan-skipped = pulada
cli-plan-abandoned = pausa abandonada
cli-plan-missed = perdida: sem resposta
cli-plan-ignored = sem resposta: pergunta de novo após o tempo de um adiamento
cli-plan-heads-up = aviso: pausa em { $left }
cli-plan-natural-break = de volta após { $away } de ausência: pausa natural
cli-plan-sat = · { $length } seguidos na cadeira
cli-plan-paused-for = lembretes pausados por { $length }
cli-plan-paused = lembretes pausados
cli-plan-resumed = lembretes retomados
cli-plan-stood-up = levantou-se
cli-plan-stand-ended = fim do tempo em pé após { $length }
cli-plan-sat-down = voltou para a cadeira após { $length } em pé
cli-plan-later = mais tarde: em { $length }
cli-plan-busy = em atividade: pausa em espera ({ $sitting } na cadeira)

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = aviso: calendário { $problem }
cli-error-idle-script = não foi possível ler o roteiro de inatividade { $path }: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = o knotless não está em execução (nada responde em { $address }); inicie-o com `knotless`
cli-error-no-status = o processo em segundo plano não enviou o status
# $error: what the system said.
cli-error-history-write = não foi possível gravar o histórico: { $error }
cli-error-write = não foi possível gravar { $path }: { $error }
cli-error-read = não foi possível ler { $path }: { $error }
cli-error-no-config = nenhum arquivo de configuração em { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = por enquanto, o lembrete em segundo plano roda no Linux, nos BSDs e no Windows; `knotless plan` mostra como os lembretes se encaixariam no seu dia
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = aviso: { $path }:{ $problem } (usando o padrão para isso)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = aviso: { $path }:{ $line }: última linha incompleta ignorada (cortada por uma falha?): { $reason }
cli-warning-history-unreadable = aviso: { $path }:{ $line }: linha ilegível ignorada: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = o knotless não está em execução, então esta pausa não é contada
cli-break-nothing-waiting = Nenhuma pausa para se mexer está esperando resposta.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = As boas-vindas são uma janela, e aqui não há ambiente gráfico. As mesmas escolhas estão em [suggestions] focus e equipment, e em [startup] autostart, na sua configuração: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = TIPO
cli-exercises-column-where = ONDE
cli-exercises-column-time = TEMPO
cli-exercises-column-title = TÍTULO
# After an exercise of the user's own.
cli-exercises-yours = (seu)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } exercícios ({ $yours } seus, de { $dir }). `knotless exercises show ID` mostra os passos.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = não há exercício `{ $id }` (`knotless exercises list` mostra todos)
cli-exercises-unknown-did-you-mean = não há exercício `{ $id }`; você quis dizer `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = seu, { $path }
cli-exercises-origin-built-in = incluído
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Trabalha: { $regions } · { $kind } · { $position } · precisa de: { $needs } · { $length }
cli-exercises-needs-nothing = nada
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = aviso: { $problem } (este arquivo foi ignorado)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; escreva como "30m" ou "1h30m"
cli-error-duration-short = precisa ser de pelo menos 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = nada responde em { $address }
cli-error-call-io = ao falar com o knotless em { $address }: { $error }
cli-error-call-garbled = o knotless em { $address } respondeu algo ilegível: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = não foi possível gravar o histórico { $path }: { $error }
cli-error-history-file-read = não foi possível ler o histórico { $path }: { $error }
cli-error-create = não foi possível criar { $path }: { $error }
cli-error-no-home = não foi possível encontrar sua pasta pessoal ($HOME está definida?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: ainda não baixado (o knotless em execução o baixa enquanto você está presente)
cli-error-fetch-no-curl = { $url }: não foi possível executar o curl para baixá-lo: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: não é um calendário: { $reason }
cli-error-fetch-cache = { $url }: não foi possível guardar uma cópia em { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = { $path } foi aberto: cada chave é explicada ali, e um knotless em execução aplica suas mudanças assim que você salva (confira-as com `knotless config check`).
cli-settings-edit = Edite { $path }: cada chave é explicada ali, e um knotless em execução aplica suas mudanças assim que você salva (confira-as com `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Uso:
cli-help-heading-commands = Comandos
cli-help-heading-options = Opções
cli-help-heading-arguments = Argumentos
# The -h and -V options.
cli-help-flag-help = Mostrar a ajuda
# -h when --help says more, and --help then.
cli-help-flag-help-more = Mostrar a ajuda (veja mais com '--help')
cli-help-flag-help-summary = Mostrar a ajuda (veja um resumo com '-h')
cli-help-flag-version = Mostrar a versão

cli-help-knotless =
    knotless: mexa-se com frequência e de formas variadas. Um lembrete de pausas leve que acompanha o tempo sentado
    .after =
        Inicie-o uma vez (por exemplo, ao entrar na sessão) e esqueça: o `knotless` fica na bandeja, conta
        há quanto tempo você está na cadeira e, nos momentos certos, sugere uma pausa curta e variada
        para se mexer. Todo o resto conversa com essa cópia em execução.

        Arquivos:
          config   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          history  $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Códigos de saída: 0 ok, 1 falha, 2 uso ou entrada inválidos, 3 o knotless não está em execução.
cli-help-run =
    Iniciar o lembrete em segundo plano (bandeja + notificações); o padrão. Se ele já estiver em execução, passa a vez para ele e sai
cli-help-status =
    Mostrar o tempo sentado, a presença, os próximos lembretes, o estado da pausa e os canais ausentes
    .arg-json =
        Um objeto JSON (nomes de campos estáveis, para scripts e barras de status)
    .arg-format =
        Uma linha a partir de um modelo, para barras de status: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Marcadores: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` e `{"}"}{"}"}` para chaves
cli-help-break =
    Começar agora uma pausa curta com a próxima sugestão, guiada na janela de pausa (onde não há ambiente gráfico, os passos são impressos)
    .arg-now =
        Começar imediatamente, mesmo sem pausa prevista (o que `break` faz de qualquer forma; mantido para scripts)
    .arg-prompt =
        Perguntar antes: a janela mostra o lembrete pendente com Começar pausa / Adiar / Pular. O knotless em execução a abre assim quando não há servidor de notificações
cli-help-pause =
    Parar os lembretes por um tempo: `pause 30m`, `pause 2h`, `pause --until-tomorrow`, ou só `pause` até `knotless resume`
    .arg-secs =
        Por quanto tempo, como "30m" ou "1h30m"
    .arg-until_tomorrow =
        Até amanhã de manhã (`schedule.morning` na configuração, 08:00 por padrão)
cli-help-resume =
    Voltar a lembrar depois de uma pausa
cli-help-snooze =
    Adiar a pausa para se mexer que está sendo mostrada (por `movement.snooze`, se não for informado)
    .arg-secs =
        Por quanto tempo, como "5m"
cli-help-skip =
    Pular a pausa para se mexer que está sendo mostrada, ou a próxima
cli-help-stand =
    Você ficou em pé numa mesa de altura regulável: o tempo em pé não conta como tempo sentado, então a pausa para se mexer vem mais tarde pelo tempo que você ficar em pé (requer `[standing] enabled`)
cli-help-sit =
    Você voltou para a cadeira: o relógio do tempo sentado continua de onde parou
cli-help-quit =
    Encerrar o lembrete em segundo plano
cli-help-settings =
    Abrir a janela de configurações (sem ambiente gráfico: seu arquivo de configuração no seu editor, criado com cada chave explicada se não existir); um knotless em execução aplica na hora o que você salvar
cli-help-welcome =
    As boas-vindas da primeira execução de novo: o que os lembretes fazem, suas áreas de foco, o que você tem à mão e se o knotless deve iniciar com a sessão (salvo no seu arquivo de configuração)
cli-help-stats =
    Seus últimos dias: tempo sentado, maior período seguido, pausas por resultado e as regiões do corpo que você movimentou, na janela de estatísticas (uma tabela com `--text` ou sem ambiente gráfico)
    .arg-text =
        Imprimir uma tabela em vez de abrir a janela (para scripts e terminais)
    .arg-days =
        Quantos dias mostrar
cli-help-checkin =
    Dizer como seu corpo está agora: cada área de 0 (tudo bem) a 10, e qualquer sinal de alerta
    .long =
        Dizer como seu corpo está agora: cada área de 0 (tudo bem) a 10, e qualquer sinal de alerta.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Uma área com sinal de alerta ou dor de 9 ou mais fica em repouso: nada que a trabalhe é sugerido até que uma autoavaliação lhe dê nota 3 ou menos, sem sinal de alerta. Sem respostas: as áreas a responder agora, primeiro as que estão em repouso, e o motivo de cada repouso.
    .arg-answers =
        AREA=SCORE para cada área, como `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; de 0 (tudo bem) a 10
    .arg-warning =
        Dormência, formigamento, inchaço ou dor que limita o seu dia em AREA (repita para mais áreas)
    .arg-window =
        Responder numa janela (o que "Autoavaliação" da bandeja abre)
cli-help-report =
    Um resumo em texto simples para levar a um fisioterapeuta: como cada área esteve ao longo do tempo (pelas suas autoavaliações), sinais de alerta, o que você tentou e o que ajudou
    .arg-days =
        Quantos dias para trás
cli-help-plan =
    Simular o agendador com sua configuração em dias de trabalho simulados e imprimir a linha do tempo
    .long =
        Simular o agendador com sua configuração em dias de trabalho simulados e imprimir a linha do tempo.

        Sem roteiro, cada dia é digitação contínua a partir das 09:00, com 45 minutos de almoço fora no meio do dia. Com `--idle-script FILE`, cada dia segue o arquivo: uma linha por mudança, como `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` inicia um comentário; `passive 3m` significa uma entrada a cada 3 minutos).
    .arg-hours =
        Horas no computador por dia simulado (sem roteiro)
    .arg-idle_script =
        Reproduzir um dia com roteiro em vez do padrão: uma linha por mudança, como `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting` e, por último, `17:30 end`
    .arg-days =
        Quantos dias simular (mais de um imprime uma linha por dia; veja --timeline)
    .arg-start =
        Primeiro dia simulado, YYYY-MM-DD (padrão: hoje)
    .arg-respond =
        Como a versão simulada de você responde aos lembretes de pausa
    .arg-timeline =
        Imprimir todos os eventos mesmo com muitos dias
    .arg-config =
        Usar este arquivo de configuração em vez do seu
    .arg-calendar =
        Planejar em torno das reuniões deste arquivo .ics (pode ser dado mais de uma vez), além das dos calendários da configuração
cli-help-config =
    Onde está o arquivo de configuração, verificá-lo ou imprimir os padrões documentados
cli-help-config-path =
    Imprimir o caminho do seu arquivo de configuração
cli-help-config-check =
    Verificar um arquivo de configuração (o seu, se FILE não for dado); sai com 2 se algo estiver errado
cli-help-config-default =
    Imprimir a configuração padrão, com cada chave documentada
cli-help-exercises =
    A biblioteca de exercícios: listar, mostrar um ou verificar um arquivo seu
cli-help-exercises-list =
    Listar todos os exercícios (incluídos e seus)
cli-help-exercises-show =
    Mostrar um exercício com seus passos e precauções
cli-help-exercises-check =
    Verificar um arquivo de exercício seu; sai com 2 se algo estiver errado
cli-help-exercises-render =
    Desenhar a figura de um exercício, um SVG por quadro-chave, para criar os seus e para revisão: `knotless exercises render calf-raises --out /tmp/fig` (ou um FILE seu). `--all` desenha todos os exercícios e uma folha de contatos com todos eles
    .arg-target =
        O id de um exercício, ou o caminho de um arquivo de exercício
    .arg-out =
        A pasta onde gravar (criada se não existir)
    .arg-all =
        Todos os exercícios da biblioteca, e `contact-sheet.svg`
    .arg-size =
        Tamanho em pixels (quadrado) de cada desenho
cli-help-history =
    Seu histórico de pausas
cli-help-history-export =
    Imprimir todo o seu histórico em outro formato (na saída padrão, a menos que haja --output)
    .arg-output =
        Gravar neste arquivo em vez da saída padrão
cli-help-manpages =
    Gravar as páginas de manual (knotless.1 e uma página por verbo) em DIR; para empacotadores (`make install` faz isso)
cli-help-completions =
    Imprimir um script de autocompletar para o shell, por exemplo `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
