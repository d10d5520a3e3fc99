# As linhas de segurança, palavra por palavra em cada idioma. Um exercício cujo aviso em inglês
# contém uma delas traz a linha deste idioma no mesmo aviso, palavra por palavra
# (`knotless exercises check` as compara). Mantenha exatamente o sentido de cada linha; na
# dúvida, escolha a formulação mais segura.

# Toda automassagem: pressão leve, nunca até doer; parar se houver dormência ou formigamento.
safety-massage = Só pressão leve: nunca force a ponto de doer. Pare se sentir dormência ou formigamento.
# Toda automassagem: a primeira precaução dos artigos de referência.
safety-provider = Se você tem problemas circulatórios, problemas nos nervos ou uma lesão grave, fale com um profissional de saúde antes de fazer automassagem.
# Todo alongamento ou exercício para o pescoço: quando parar.
safety-neck = Pare se sentir tontura ou formigamento em um braço.
# Todo alongamento: suave, nunca forçado nem com balanço.
safety-stretch = Um alongamento deve ser suave. Nunca force nem faça movimentos de balanço.
