## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Configurações
# The two tabs: the common choices, and everything else.
settings-page-common = Principais
settings-page-more = Mais

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Definir dias e horários
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Sinais durante a pausa
# Before the volume slider in the "Sound" row.
settings-volume = Volume
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = a cada
# On the More page, above the working days while working hours are off.
settings-days-unused = Usados quando o horário de trabalho está ativado, na aba Principais.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = Nenhum dia definido
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Horários diferentes por dia

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = como 09:00-17:30, ou off
settings-sources-hint = um por linha: um arquivo .ics ou um endereço https://

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Considerar como perdido
settings-insist-gentle = Perguntar de novo
settings-insist-firm = Perguntar de novo, depois numa janela

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = O mesmo do sistema

## The footer.

settings-save = Salvar
settings-close = Fechar
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Não é possível salvar: confira “{ $label }”{ $place ->
        [common] { " " }na aba Principais
        [more] { " " }na aba Mais
       *[here] { "" }
    }{ $others ->
        [0] { "" }
        [one] { " " }e em mais um campo
       *[other] { " " }e em mais { $others } campos
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Confira “{ $label }” primeiro
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Nada para salvar: nenhuma alteração.
        [one] { $count } alteração salva.
       *[other] { $count } alterações salvas.
    }
# After Close with changes not saved.
settings-unsaved = Não salvo: clique em Fechar de novo para descartar
# While something is changed and not saved.
settings-not-saved-yet = Ainda não salvo

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = não foi possível ler { $path }: { $reason }
# $label: a field's label.
settings-error-invalid = “{ $label }” precisa de uma alteração antes de salvar
settings-error-not-toml = o arquivo não é TOML válido, então não será modificado (corrija à mão): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] não é uma tabela no arquivo
settings-error-write = não foi possível gravar { $path }: { $reason }
