# O nome do idioma no próprio idioma (na lista de idiomas das configurações).
language-name = Português (Brasil)

## Como o idioma escreve datas, horas e números. Os padrões são o strftime do chrono
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M é 24 horas, %I:%M %p
## 12 horas, %-d um dia sem zero à esquerda. %a %A %b %B são substituídos pelos nomes abaixo.
## O português do Brasil usa o relógio de 24 horas e datas no formato dia/mês/ano.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d/%m
locale-day-long = %A, %d de %B de %Y
locale-date = %d/%m/%Y
# Começando na segunda-feira, separados por vírgulas.
locale-weekdays = segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo
locale-weekdays-short = seg, ter, qua, qui, sex, sáb, dom
locale-months = janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro
locale-months-short = jan, fev, mar, abr, mai, jun, jul, ago, set, out, nov, dez
# O separador decimal: 1,5 hora.
locale-decimal = ,

## Uma duração para pessoas lerem: "1h 30min", "45s". $n é um número inteiro.
locale-hours = { $n }h
locale-minutes = { $n }min
locale-seconds = { $n }s
# Entre as partes (um espaço; pode ser vazio, como em japonês).
locale-duration-joiner = { " " }
