# mOTP Token: todas as frases dos apps em português do Brasil (você). Usado para todo locale
# `pt` (pt-BR e pt-PT). Se faltar uma mensagem aqui, aparece a inglesa. `$detail` cita uma
# frase do motor (motp-core), que continua em inglês.

## Busy
busy-starting = Abrindo…
busy-creating = Criando seu cofre…
busy-unlocking = Desbloqueando…
busy-saving = Salvando…
busy-exporting = Criando a exportação…
busy-reading-file = Lendo o arquivo…
busy-checking-password = Verificando sua senha…
busy-clock = Consultando um servidor de horário…
busy-scanning = Procurando um código QR…

## Fields
field-password = Senha
field-password-confirmation = Repita a senha

## First run
first-run-title = Proteja seus tokens
first-run-explanation = Seus tokens ficam criptografados neste dispositivo. Escolha uma senha para desbloqueá-los; você vai precisar dela se a chave do dispositivo for perdida.
first-run-device-key = Desbloquear também com { $label }
first-run-create = Criar
strength-empty = Escolha uma senha com pelo menos 8 caracteres.
strength-weak = Fraca: use pelo menos 8 caracteres.
strength-fair = Razoável: mais longa, ou com números e símbolos, é melhor.
strength-strong = Forte.

## Unlock
unlock-title = Desbloqueie seus tokens
unlock-button = Desbloquear
unlock-invalidated-hint = A chave deste dispositivo não é mais válida (as digitais ou o rosto cadastrados mudaram). Desbloqueie com sua senha; depois você pode reativar a chave do dispositivo em Configurações.
device-key-unlock-title = Desbloquear o mOTP Token
device-key-unlock-reason = Desbloqueie seus tokens
device-key-use-password = Usar senha
device-key-enrol-title = Ativar o desbloqueio com { $label }
device-key-enrol-reason = Confirme para desbloquear seus tokens com este dispositivo a partir de agora

## The list
list-title = Seus tokens
list-empty = Nenhum token ainda. Adicione um com o botão +.
list-no-match = Nenhum token corresponde à sua pesquisa.
list-enter-pin = Digite o PIN
list-copy-label = Copiar o código de { $name }
list-copied = Código copiado
list-use-within = Use em até { $seconds } s
list-wait-next = Aguarde o próximo código
list-upcoming-code = Próximo: { $code }
list-seconds-left = { $seconds ->
    [one] Falta { $seconds } segundo
   *[other] Faltam { $seconds } segundos
}
list-typo-warning = Este PIN não confere com o configurado para este token. Verifique antes de entrar: um código errado conta como tentativa de login malsucedida.
list-offer-reenrol = A chave do dispositivo foi desativada porque não é mais válida. Ative-a novamente em Configurações.
list-next-code = Próximo código
list-kind-unsupported = Este token { $kind } precisa de uma versão mais recente do app.
kind-totp = TOTP, { $digits } dígitos a cada { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } dígitos, um por toque ({ $algorithm })
kind-steam = Steam Guard, 5 caracteres a cada 30 s

## Adding a token
add-title = Adicionar um token
add-warning-pin-in-uri = O código QR também contém um PIN. Mantenha-o somente se quiser que o PIN fique salvo neste dispositivo.
add-generated-instructions = Digite este segredo no roteador ou servidor VPN exatamente como aparece, ou deixe o administrador escanear o código QR.
add-duplicate-same-secret = Mesmo segredo que “{ $name }”
add-duplicate-same-name = Mesmo emissor e mesma conta que “{ $name }”
add-anyway = Adicionar mesmo assim
add-export-progress = { $scanned } de { $total } códigos QR da exportação escaneados: mostre o próximo à câmera, em qualquer ordem.
add-export-other = Este código QR pertence a outra exportação. Termine esta ou importe os códigos escaneados até agora.
add-export-import = Importar os códigos escaneados
pin-policy-ask = Pedir o PIN toda vez
pin-policy-ask-guard = Pedir toda vez e avisar sobre erros de digitação
pin-policy-remember = Lembrar o PIN neste dispositivo

## Secret warnings
secret-warning-not-hex = O segredo não é hexadecimal (0-9, a-f). Compare-o com a cópia do servidor.
secret-warning-uppercase = O segredo tem letras maiúsculas. O mOTP diferencia maiúsculas de minúsculas: ele precisa ser idêntico à cópia do servidor, letra por letra.
secret-warning-unusual-length = O segredo tem { $length } caracteres; segredos mOTP costumam ter 16 ou 32. Verifique se nenhum foi perdido ou acrescentado.
secret-warning-short = O segredo tem apenas { $length } caracteres, menos que o recomendado: 16 caracteres hexadecimais para mOTP, 26 caracteres Base32 (128 bits) para TOTP e HOTP.

## Detail
detail-confirm-delete = Excluir “{ $name }”? Sem um backup, você não poderá mais entrar com ele.

## Notices
notice-vault-created = Seu cofre está pronto.
notice-recovered-from-previous = O arquivo do cofre estava danificado, então a cópia anterior foi aberta. Sua alteração mais recente pode estar faltando: confira seus tokens.
notice-token-added = Token adicionado
notice-token-deleted = Token excluído
notice-saved = Salvo
notice-exported = Exportação salva

## Backups
backups-title = Backup
backups-none = Nenhum backup ainda.
backups-last = { $days ->
    [0] Último backup: hoje.
    [one] Último backup: ontem.
   *[other] Último backup: há { $days } dias.
}
backups-reminder = Você alterou seus tokens desde o último backup. Exporte um backup ou escolha uma pasta para backups automáticos.
backups-reminder-auto-failed = Suas alterações mais recentes ainda não estão na pasta de backup. Verifique se a pasta ainda está disponível.
export-motp = Backup criptografado (mOTP Token)
export-aegis = Cofre do Aegis
export-uris = Lista de links motp://
export-uris-warning = Este arquivo não é criptografado: qualquer pessoa que o leia pode gerar seus códigos. Exclua-o depois de transferir os tokens.
export-google = Google Authenticator (códigos QR)
export-google-warning = Os códigos QR mostram cada segredo: mostre-os só onde ninguém mais possa ver sua tela.
export-google-progress = Código QR { $page } de { $pages }
export-google-instructions = No Google Authenticator, escolha Transferir contas, depois Importar contas, e escaneie cada código.
export-google-left-out = Não estão nestes códigos, porque o Google Authenticator não pode guardá-los: { $names }
export-google-nothing = Nenhum dos seus tokens pode ir para o Google Authenticator: ele não aceita tokens mOTP nem Steam, códigos de 7 dígitos nem períodos diferentes de 30 segundos.
export-google-next = Próximo código
export-google-previous = Código anterior
export-google-done = Concluído
import-reading = Lendo o arquivo…
import-needs-password = Este backup é criptografado. Digite a senha dele.
import-preview-count = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
import-preview-pins = { $count } com PIN
import-preview-duplicates = { $count } já existentes
import-preview-skipped = { $count } não podem ser importados
import-status-new = Novo
import-status-duplicate = Já existe
import-status-skipped = Não pode ser importado
import-duplicate-of = Já existe como “{ $name }”
import-skip-unsupported = { $kind ->
    [yandex] Tokens Yandex não são compatíveis: o mOTP Token guarda tokens mOTP, TOTP, HOTP e Steam.
   *[unknown] O tipo “{ $name }” não é compatível: o mOTP Token guarda tokens mOTP, TOTP, HOTP e Steam.
}
import-skip-not-an-object = Esta entrada não é um registro de token.
import-skip-field = { $fault ->
    [missing] A entrada não tem o campo “{ $field }”.
    [whole] O campo “{ $field }” da entrada não é um número inteiro.
    [negative] O campo “{ $field }” da entrada é negativo.
   *[type] O campo “{ $field }” da entrada tem o tipo errado.
}
import-skip-digits = Códigos de { $digits ->
    [one] { $digits } dígito
   *[other] { $digits } dígitos
} não são compatíveis: códigos TOTP e HOTP têm de 6 a 8.
import-skip-counter-missing = Este token HOTP não tem contador.
import-skip-counter-negative = O contador deste token HOTP é negativo.
import-skip-algorithm = O algoritmo “{ $name }” não é compatível: TOTP e HOTP usam SHA-1, SHA-256 ou SHA-512.
import-skip-period = Um período de { $seconds } s não é compatível: um período TOTP vai de 1 a { $max } segundos (quase sempre 30).
import-skip-secret-not-base32 = O segredo não é Base32 válido.
import-skip-base32-too-long = O segredo tem mais de { $max } caracteres.
import-skip-base32-character = O caractere { $position } do segredo não é uma letra (A-Z) nem um dígito (2-7) de Base32.
import-skip-base32-digit = { $digit ->
    [0] O caractere { $position } do segredo é 0, que o Base32 não usa: provavelmente é a letra O.
    [1] O caractere { $position } do segredo é 1, que o Base32 não usa: provavelmente é a letra I ou L.
    [8] O caractere { $position } do segredo é 8, que o Base32 não usa: provavelmente é a letra B.
   *[9] O caractere { $position } do segredo é 9, que o Base32 não usa.
}
import-skip-base32-partial = Os { $length } caracteres do segredo não formam bytes inteiros: falta um caractere ou há um a mais.
import-skip-secret-empty = O segredo está vazio.
import-skip-secret-not-printable = O caractere { $position } do segredo não é uma letra, um dígito ou um símbolo ASCII imprimível.
import-skip-secret-too-long = O segredo tem { $length } caracteres, mais do que os { $max } usados por qualquer servidor mOTP.
import-skip-secret-not-text = O segredo não é texto.
import-skip-secret-not-base64 = O segredo não é Base64 válido.
import-skip-vault-full = O cofre já contém { $max } tokens, o máximo possível.
import-skip-batch-part-missing = O código QR { $part } de { $parts } desta exportação não está no arquivo: adicione-o (escaneie de novo) para importar as contas dele.
import-duplicate-same = Mesmo segredo, emissor e conta que “{ $name }”.
import-duplicate-other-issuer = Mesmo segredo e conta que “{ $name }” (só o emissor é diferente).
import-report = { $imported ->
    [one] { $imported } token importado
   *[other] { $imported } tokens importados
}, { $skipped } ignorados.

## Troubleshooting
trouble-title = Solução de problemas
duration = { $minutes } min { $seconds } s
clock-on-time = O relógio deste dispositivo está certo.
clock-behind = O relógio deste dispositivo está { $offset } atrasado em relação à hora certa.
clock-ahead = O relógio deste dispositivo está { $offset } adiantado em relação à hora certa.
clock-advice-fine = O relógio não é o motivo das falhas de login.
clock-advice-corrected = A correção salva compensa o relógio deste dispositivo: os códigos estão certos.
clock-advice-drifting = Os códigos ainda funcionam, com menos margem. Ajuste o relógio automaticamente ou aplique a correção.
clock-advice-fail = O servidor vai rejeitar os códigos gerados com este relógio. Ajuste o relógio automaticamente ou aplique a correção.
clock-correction-stored = Os códigos são calculados com uma correção de { $offset }.
check-code-instructions = Leia este código de verificação para o seu administrador. Ele mostra se o seu segredo confere com o do servidor, sem revelá-lo.
doctor-step-clock = Relógio
doctor-step-secret = Segredo
doctor-step-pin = PIN e nome de usuário
doctor-step-code = O código
doctor-clock-ok = O relógio está certo.
doctor-clock-warning = O relógio está desajustado, mas os códigos ainda funcionam.
doctor-clock-problem = O relógio está tão desajustado que o servidor rejeita os códigos.
doctor-clock-skipped = O relógio não foi verificado. Faça primeiro a verificação do relógio.
doctor-secret-ok = O segredo confere com a cópia do servidor.
doctor-secret-ok-unproven = Nada parece errado no segredo, mas ele não foi comparado com a cópia do servidor.
doctor-secret-warning = Há algo incomum no segredo.
doctor-secret-problem = O segredo é diferente da cópia do servidor.
doctor-secret-skipped = O segredo não foi comparado. Peça ao seu administrador o código de verificação do servidor.
doctor-pin-ok = O PIN parece certo.
doctor-pin-warning = Verifique o PIN e o nome de usuário.
doctor-pin-problem = O PIN não é o configurado para este token.
doctor-pin-skipped = O PIN não foi verificado.
doctor-code-ok = O código está certo para este instante.
doctor-code-warning = O código foi gerado em outro momento ou com outro segredo.
doctor-code-problem = O código não vem deste token.
doctor-code-skipped = Nenhum código foi informado para verificar.
doctor-cause-none = Nenhuma causa foi encontrada nas quatro etapas.
doctor-cause-clock = O problema é o relógio.
doctor-cause-secret = O problema é o segredo.
doctor-cause-pin = O problema é o PIN ou o nome de usuário.
doctor-cause-code = O problema é o próprio código.

## O diagnóstico em detalhe: as constatações do motp-core (motp_core::finding) com seus números.
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } min
           *[other] { $minutes } min { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds },{ $tenths } s
count-periods = { $count ->
    [one] { $count } período
   *[other] { $count } períodos
}
doctor-offset = { $direction ->
    [behind] está { $size } atrasado em relação à hora certa
    [ahead] está { $size } adiantado em relação à hora certa
   *[none] está exatamente na hora certa
}
doctor-offset-clause = { $direction ->
    [behind] está { $size } atrasado
    [ahead] está { $size } adiantado
   *[none] está exatamente na hora certa
}
doctor-case = { $case ->
    [uppercase] maiúsculas
   *[lowercase] minúsculas
}
doctor-server-at = { $server } no endereço { $address }
doctor-found-clock-not-checked = O relógio do dispositivo não foi verificado.
doctor-found-clock-measured = O relógio deste dispositivo { $offset } (±{ $uncertainty } ms, medido com { $server }).
doctor-found-clock-corrected = Com a correção de relógio do token de { $correction }, os códigos dele são gerados como por um relógio que { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] O código a diagnosticar foi gerado para um momento { $span } depois do horário de referência
    [before] O código a diagnosticar foi gerado para um momento { $span } antes do horário de referência
   *[at] O código a diagnosticar foi gerado para o horário de referência
}: o relógio do dispositivo que o gerou está desajustado além da janela do servidor.
doctor-found-hotp-no-clock = Códigos HOTP seguem um contador, não o relógio: o relógio do dispositivo não importa.
doctor-found-totp-code-off = O código a diagnosticar foi gerado para um momento com { $span } de diferença.
doctor-found-totp-tolerance = Um servidor TOTP aceita códigos com cerca de ±{ $tolerance } s de tolerância (±{ $window } de { $period } s), bem menos que os ±3 minutos do mOTP: um relógio bom o bastante para o mOTP pode falhar no TOTP.
doctor-found-check-codes = O código de verificação do token é { $token } e o do servidor é { $server }: { $result ->
    [exact] é o mesmo segredo
    [lowercase] o servidor tem este segredo em minúsculas
    [uppercase] o servidor tem este segredo em maiúsculas
   *[different] os segredos são diferentes
}.
doctor-found-code-other-case = O código a diagnosticar foi gerado com este segredo escrito em { $case }: o token e o outro lado diferem em maiúsculas e minúsculas (código de verificação aqui: { $check_code }).
doctor-found-secret-proven = O segredo gerou o código a diagnosticar, então está certo (código de verificação { $check_code }).
doctor-found-secret-normal = O segredo parece um segredo mOTP normal ({ $length ->
    [one] { $length } caractere hexadecimal
   *[other] { $length } caracteres hexadecimais
}); o código de verificação dele é { $check_code }.
doctor-found-secret-unusual = O segredo (código de verificação { $check_code }) é incomum. { $warnings }
doctor-found-key-short = A chave tem apenas { $bits } bits (a RFC 4226 pede pelo menos 128): pode estar faltando um caractere, ou o serviço usa uma chave fraca. Código de verificação { $check_code }.
doctor-found-key-ok = O segredo é uma chave de { $bits } bits em Base32; o código de verificação dele é { $check_code }.
doctor-found-pin-mismatch = O PIN digitado não é o usado na configuração deste token (a proteção contra erros de digitação detectou); um PIN errado não gera nenhum erro, só códigos que o servidor rejeita.
doctor-found-pin-matches = O PIN digitado passa pela proteção contra erros de digitação.
doctor-found-pin-not-typed = Nenhum PIN foi digitado, então a proteção contra erros de digitação do token não pôde verificá-lo; um PIN errado não gera nenhum erro, só códigos que o servidor rejeita.
doctor-found-pin-proven = O PIN gerou o código a diagnosticar, então está certo.
doctor-found-pin-uncheckable = Não é possível verificar o PIN aqui (este token não tem proteção contra erros de digitação); um PIN errado não gera nenhum erro, só códigos que o servidor rejeita.
doctor-found-no-pin = Tokens TOTP e HOTP não têm PIN: o código sozinho é o segundo fator.
doctor-found-username-missing = Nenhum nome de usuário está salvo com este token.
doctor-found-username-spaces = O nome de usuário “{ $account }” tem espaços no início ou no fim, que um servidor VPN não ignora.
doctor-found-username-exact = Entre exatamente como “{ $account }”: nomes de usuário diferenciam maiúsculas de minúsculas.
doctor-found-no-code = Nenhum código foi informado para diagnosticar.
doctor-found-code-not-diagnosed = Não foi possível diagnosticar o código.
doctor-found-code-failed-for-cause-above = O código em si foi digitado corretamente; ele falhou pela causa encontrada acima.
doctor-found-parameters-differ = O código não confere com os parâmetros do token, mas confere com { $alternative }: o token foi configurado com parâmetros diferentes dos do servidor.
doctor-found-digits-differ = O código tem { $code_digits } dígitos, e os do token, { $token_digits }: a quantidade de dígitos configurada é diferente da do servidor.
doctor-found-before-start = O código foi mostrado em { $at } s, antes do horário de início do token T0 = { $t0 } s, quando o token ainda não tem nenhum código: o T0 dele está errado (os serviços quase sempre usam 0).
doctor-alternative-totp = { $algorithm }, { $digits } dígitos e período de { $period } s (o token tem { $token_algorithm }, { $token_digits } dígitos, { $token_period } s)
doctor-alternative-hotp = { $algorithm } e { $digits } dígitos (o token tem { $token_algorithm }, { $token_digits } dígitos)
diagnosed-match = { $direction ->
    [ahead] O código está certo para este segredo e este PIN (gerado para um momento { $span } à frente deste relógio, dentro da janela do servidor).
    [behind] O código está certo para este segredo e este PIN (gerado para um momento { $span } atrás deste relógio, dentro da janela do servidor).
   *[none] O código está certo para este segredo e este PIN.
} Se o servidor ainda assim o rejeitar, verifique o nome de usuário (ele diferencia maiúsculas de minúsculas), se o código já não foi usado e se a conta não está bloqueada após tentativas malsucedidas.
diagnosed-clock-drift = { $direction ->
    [ahead] O código está certo para um momento { $span } à frente deste relógio: o relógio do token está { $span } adiantado.
   *[behind] O código está certo para um momento { $span } atrás deste relógio: o relógio do token está { $span } atrasado.
} Ajuste a data e a hora do celular para automáticas (hora da rede) e verifique as configurações de NTP do roteador, ou aplique ao token uma correção de relógio de { $correction }.
diagnosed-secret-case = O código foi gerado com o segredo escrito em { $case }. O mOTP diferencia maiúsculas de minúsculas: digite o segredo em { $case } no token ou altere a cópia do servidor, para que fiquem idênticos letra por letra.
diagnosed-secret-case-clock = { $direction ->
    [ahead] O relógio dele também está { $span } adiantado: ajuste a data e a hora para automáticas.
   *[behind] O relógio dele também está { $span } atrasado: ajuste a data e a hora para automáticas.
}
diagnosed-no-match = Nenhum momento dentro de ±{ $span } gera este código: o segredo ou o PIN são diferentes, ou o código foi digitado errado. Compare o código de verificação do segredo com o do administrador, digite o PIN novamente e digite o código outra vez (6 caracteres, 0-9 e a-f).
diagnosed-totp-match-now = O código está certo para este momento: o segredo e os parâmetros conferem.
diagnosed-totp-match-off = { $direction ->
    [after] O código está certo, { $periods } ({ $seconds } s) depois do horário de referência, dentro da janela do servidor de ±{ $window }.
   *[before] O código está certo, { $periods } ({ $seconds } s) antes do horário de referência, dentro da janela do servidor de ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] O código foi gerado para um momento { $span } depois do horário de referência: o relógio do dispositivo que o gerou está adiantado mais ou menos isso,
   *[before] O código foi gerado para um momento { $span } antes do horário de referência: o relógio do dispositivo que o gerou está atrasado mais ou menos isso,
} mais que os ±{ $tolerance } s do servidor (±{ $window } de { $period } s). Ajuste o relógio do dispositivo pela rede (ou salve uma correção de relógio) e depois use um código novo. O TOTP tolera bem menos que os ±3 minutos do mOTP.
diagnosed-totp-no-match = Nenhum código dentro de ±{ $span } confere: o segredo ou os parâmetros (algoritmo, dígitos, período) são diferentes dos do servidor, ou o código foi digitado errado. Compare o segredo e execute o diagnóstico, que testa as alternativas mais comuns.
diagnosed-hotp-match = O código está certo: é o código do contador { $counter }, adiantado { $ahead } em relação ao contador do servidor ({ $server }), dentro da janela de antecipação dele, de { $look_ahead }. Em seguida, o servidor espera { $next }.
diagnosed-hotp-ahead = O código é do contador { $counter }, adiantado { $ahead } em relação ao contador do servidor ({ $server }): mais do que a janela de antecipação dele, de { $look_ahead } (o token foi acionado muitas vezes sem login). Ressincronize o servidor: ajuste o contador dele para { $next } (a maioria dos servidores faz isso a partir de dois códigos consecutivos).
diagnosed-hotp-behind = O código é do contador { $counter }, atrasado { $behind } em relação ao contador do servidor ({ $server }): ele já foi usado (os servidores aceitam cada código uma única vez) ou o token foi redefinido. Use o próximo código do token; se continuar atrás, ajuste o contador do token para { $server } ou cadastre-o novamente.
diagnosed-hotp-no-match = Nenhum código dentro de { $search ->
    [one] { $search } valor de contador
   *[other] { $search } valores de contador
} a partir do contador do servidor ({ $server }) confere: o segredo ou os parâmetros (algoritmo, dígitos) são diferentes, ou o código foi digitado errado. Compare o segredo e execute o diagnóstico, que testa as alternativas mais comuns.
doctor-fix-run-clock-check = Faça a verificação do relógio: um relógio desajustado além da janela do servidor (±3 min na maioria dos servidores) faz todos os códigos falharem.
doctor-fix-retry-clock-check = Repita a verificação do relógio em uma rede que funcione, ou compare o relógio do dispositivo com um relógio confiável, ao segundo.
doctor-fix-run-clock-check-briefly = Faça a verificação do relógio.
doctor-fix-retry-clock-check-briefly = Repita a verificação do relógio em uma rede que funcione.
doctor-fix-clock-fine = O relógio deste dispositivo está bom: não é por isso que os códigos são rejeitados. Se os códigos ainda falharem no horário certo, verifique o relógio do roteador ou servidor VPN (as configurações de NTP dele), que também precisa estar certo.
doctor-fix-clock-drifting = O relógio deste dispositivo { $offset }. Os códigos ainda ficam dentro da janela de ±{ $window } do servidor, mas com menos folga para a digitação e para o erro do próprio relógio do servidor. Ajuste a data e a hora deste dispositivo para automáticas (hora da rede) ou aplique ao token uma correção de relógio de { $correction }.
doctor-fix-clock-fail = O relógio deste dispositivo { $offset }, mais que a janela de ±{ $window } do servidor: o servidor vai rejeitar os códigos deste token. Ajuste a data e a hora deste dispositivo para automáticas (hora da rede) ou aplique ao token uma correção de relógio de { $correction }.
doctor-fix-totp-clock = Ajuste o relógio do dispositivo pela rede ou salve a correção sugerida de { $correction }: códigos TOTP precisam de um relógio com erro de no máximo ±{ $tolerance } s.
doctor-fix-check-codes = { $result ->
    [exact] Os códigos de verificação conferem: o token e o servidor têm o mesmo segredo.
    [lowercase] O outro código de verificação é deste mesmo segredo escrito em minúsculas: as duas cópias diferem só em maiúsculas e minúsculas. O mOTP diferencia maiúsculas de minúsculas: escreva a cópia do token e a do servidor da mesma forma, letra por letra (o comum é em minúsculas).
    [uppercase] O outro código de verificação é deste mesmo segredo escrito em maiúsculas: as duas cópias diferem só em maiúsculas e minúsculas. O mOTP diferencia maiúsculas de minúsculas: escreva a cópia do token e a do servidor da mesma forma, letra por letra.
   *[different] Os códigos de verificação são diferentes: o token e o servidor têm segredos diferentes (ou um código de verificação foi lido errado). Digite novamente o segredo no token a partir da cópia do servidor, comparando grupo por grupo, ou defina um segredo novo nos dois.
}
doctor-fix-compare-check-codes = Compare os códigos de verificação com o administrador: o do token é { $check_code } (ele não revela nada que permita gerar códigos).
doctor-fix-reenter-base32 = Digite novamente o segredo a partir da página de cadastro do serviço (ou escaneie o código QR dele de novo); o Base32 não tem 0, 1, 8 nem 9, então um O lido como 0 ou um I lido como 1 é um erro comum.
doctor-fix-compare-with-enrolment = Compare o segredo com a página de cadastro do serviço.
doctor-fix-compare-base32-check-codes = Se os códigos falharem, compare os códigos de verificação com o administrador (o do token é { $check_code }, calculado a partir do segredo em Base32 maiúsculo sem preenchimento).
doctor-fix-type-pin-again = Digite o PIN de novo com cuidado. Se o PIN foi alterado no servidor, defina o mesmo PIN novo no token.
doctor-fix-type-pin-for-guard = Verifique de novo digitando o PIN: a proteção contra erros de digitação detecta 15 de cada 16.
doctor-fix-save-username = Salve o nome de usuário da VPN com o token para tê-lo sempre à mão.
doctor-fix-username-without-spaces = Entre como “{ $account }”, sem os espaços, e corrija o nome no token.
doctor-fix-type-code = Digite o código como aparece (6 caracteres, 0-9 e a-f) antes do fim da contagem regressiva; se restarem só alguns segundos, aguarde o próximo código.
doctor-fix-diagnose-rejected-code = Se um código for rejeitado, diagnostique-o com o horário em que foi digitado.
doctor-fix-give-enrolment-code = Informe o código que a página de cadastro do serviço (ou o registro dele) mostra, com o horário em que apareceu: assim o diagnóstico encontra diferenças de relógio, contador e parâmetros.
doctor-fix-add-again-with = Adicione o token de novo com { $alternative } (pelo código QR ou link do serviço, que os contém).
doctor-fix-add-again-from-link = Adicione o token de novo pelo código QR ou link do serviço.
doctor-fix-ask-administrator = Se o login continuar falhando, peça ao administrador que verifique o lado do servidor: o relógio do roteador, uma conta bloqueada após tentativas malsucedidas e um código usado duas vezes (aguarde o próximo código).
doctor-step-name = { $step ->
    [clock] relógio
    [secret] segredo
    [pin] PIN
   *[code] código
}
doctor-verdict-problem = A causa mais provável é { $cause ->
    [clock] o relógio
    [secret] o segredo
    [pin] o PIN ou o nome de usuário
   *[code] o código
}: { $detail }
doctor-verdict-warning = Nenhuma causa definida foi encontrada; o primeiro aviso, na ordem do guia: { $detail }
doctor-verdict-skipped = Nada do que foi verificado está errado, mas algumas etapas foram puladas ({ $steps }).
doctor-verdict-in-order = Tudo o que foi verificado está em ordem.

## Settings
settings-title = Configurações
settings-lock-background = Bloquear após estes minutos em segundo plano
settings-lock-inactivity = Bloquear após estes minutos sem toque
settings-clipboard = Apagar códigos copiados após estes segundos
settings-device-key = Desbloquear com a chave do dispositivo
settings-change-password = Alterar a senha

## Controls (buttons, fields, menus: AppView.labels)
label-back = Voltar
label-cancel = Cancelar
label-close = Fechar
label-dismiss = Dispensar
label-next = Continuar
label-save = Salvar
label-delete = Excluir
label-add-token = Adicionar um token
label-lock = Bloquear
label-search = Pesquisar
label-all-groups = Todos os grupos
label-show-code = Mostrar o código
label-scan-qr = Escanear um código QR
label-scanning-hint = Aponte a câmera para o código QR.
label-stop-scanning = Parar de escanear
label-choose-picture = Importar de uma imagem
label-uri = Link (otpauth:// ou motp://)
label-add-from-uri = Adicionar por este link
label-issuer = Emissor (empresa ou servidor)
label-account = Conta (nome de usuário)
label-secret = Segredo
label-add-typed-secret = Adicionar este segredo
label-generate-secret = Gerar um segredo novo
label-pin = PIN
label-confirm-add = Adicionar
label-note = Nota
label-group = Grupo
label-favourite = Favorito
label-tolerance = Tolerância do servidor (segundos)
label-reveal-secret = Mostrar o segredo e o código QR dele
label-hide-secret = Ocultar o segredo
label-check-code = Código de verificação
label-export-password = Senha do backup
label-import-file = Importar um backup…
label-import-password = A senha do backup
label-open-import = Abrir
label-confirm-import = Importar
label-keep-pins = Manter os PINs salvos no backup
label-choose-backup-folder = Escolher uma pasta para backups automáticos
label-check-clock = Verificar o relógio
label-apply-correction = Aplicar a correção
label-clear-correction = Remover a correção
label-doctor-token = Token
label-doctor-pin = PIN, como você digita ao entrar
label-doctor-code = Um código que o servidor rejeitou
label-doctor-admin-check-code = O código de verificação do servidor (do seu administrador)
label-run-doctor = Encontrar a causa
label-show-check-code = Mostrar o código de verificação
label-current-password = Senha atual
label-new-password = Nova senha
label-new-password-confirmation = Repita a nova senha
device-key-locked-out = muitas tentativas sem sucesso; desbloqueie primeiro o celular com o código dele
device-key-not-interactive = o app não estava na tela quando pediu
device-key-not-available = o desbloqueio biométrico está desativado para este app ou indisponível agora

## Errors (by code)
error-locked = O cofre está bloqueado. Desbloqueie-o primeiro.
error-busy = Aguarde até que a tarefa atual termine.
error-not-available = Isto não está disponível nesta tela.
error-unknown-token = Este token não está mais no cofre.
error-wrong-password = Senha incorreta. Verifique-a e tente novamente.
error-password-empty = Digite uma senha.
error-passwords-differ = As duas senhas são diferentes. Digite a mesma senha duas vezes.
error-device-key-cancelled = O desbloqueio com a chave do dispositivo foi cancelado. Use sua senha ou tente novamente.
error-device-key-invalidated = A chave deste dispositivo não é mais válida. Desbloqueie com sua senha.
error-device-key-failed = Não foi possível usar a chave do dispositivo ({ $detail }). Desbloqueie com sua senha.
error-no-device-key = Este cofre não tem chave para este dispositivo. Desbloqueie com sua senha.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Este segredo não pode ser usado: { $detail }.
}
error-pin-invalid = Este PIN não pode ser usado: { $detail }.
error-pin-required = Digite o PIN primeiro.
error-uri-invalid = Este não é um link de token que possamos ler: { $detail }.
error-uri-not-motp = Este código QR ou link contém um token que este app não pode usar: { $detail }.
error-name-invalid = Verifique o nome: { $detail }.
error-note-invalid = Verifique a nota: { $detail }.
error-qr-invalid = Não foi possível ler a imagem: { $detail }.
error-duplicate = Este token já está no cofre.
error-import-password-required = Este backup é criptografado. Digite a senha dele.
error-import-wrong-password = Senha incorreta para este backup. Use a senha escolhida quando o backup foi criado, não um PIN.
error-import-unreadable = Este arquivo não pode ser importado: { $detail }.
error-export-failed = Não foi possível criar a exportação: { $detail }.
error-vault-changed-elsewhere = O cofre foi alterado em outro lugar (outra janela ou outro dispositivo). Bloqueie e desbloqueie, depois tente novamente.
error-vault-busy = Outro programa está salvando o cofre. Tente novamente em instantes.
error-vault-io = Não foi possível ler ou gravar o cofre: { $detail }.
error-vault-damaged = O arquivo do cofre está danificado: { $detail }.
error-vault-newer-version = Este cofre foi criado por uma versão mais recente do mOTP Token. Atualize o app.
error-vault-not-found = Não há nenhum cofre aqui.
error-vault-exists = Já existe um cofre aqui.
error-last-slot = Este é o último acesso ao cofre e não pode ser removido. Adicione antes uma senha ou uma chave de dispositivo.
error-clock-failed = { $reason ->
    [not-found] Não foi possível verificar o relógio: o servidor de horário { $server } não foi encontrado. Verifique se o celular está conectado.
    [timeout] Não foi possível verificar o relógio: o servidor de horário { $server } não respondeu a tempo. Verifique se o celular está conectado (algumas redes Wi-Fi bloqueiam servidores de horário; tente os dados móveis) e tente novamente.
    [unreachable] Não foi possível verificar o relógio: o servidor de horário { $server } está inacessível. Verifique se o celular está conectado e tente novamente.
    [refused] Não foi possível verificar o relógio: o servidor de horário { $server } se recusou a responder. Tente novamente mais tarde.
    [unsynchronized] Não foi possível verificar o relógio: o próprio servidor de horário { $server } não sabe a hora certa. Tente novamente mais tarde.
   *[bad-reply] Não foi possível verificar o relógio: o servidor de horário { $server } enviou uma resposta inválida. Tente novamente mais tarde.
}
error-clock-server-invalid = Este servidor de horário não pode ser usado: { $detail }.
error-check-code-invalid = Um código de verificação tem 6 caracteres, 0-9 e a-f, como a1b 2c3.
error-code-invalid = Um código tem 6 caracteres, 0-9 e a-f, como 6ed 4e4.
error-file-failed = Não foi possível salvar ou abrir o arquivo: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] O app não tem permissão para usar a câmera. Permita nas configurações do sistema, ou cole o link ou digite o segredo.
    [missing] Este dispositivo não tem uma câmera que o app possa usar. Cole o link ou digite o segredo.
   *[failed] A câmera não iniciou (talvez outro app esteja usando). Tente novamente, ou cole o link ou digite o segredo.
}
error-setting-invalid = Este valor é grande demais; o máximo é { $max }.
error-other = Algo deu errado: { $detail }.

## A linha de comando (motp-cli): a moldura em torno das constatações do diagnóstico
cli-doctor-title = diagnóstico de { $name } (entre como “{ $account }”)
cli-doctor-fix = solução: { $fix }
cli-doctor-verdict = veredito:    { $verdict }
cli-doctor-what-to-do = o que fazer: { $fix }
cli-doctor-check-code = código de verificação: { $code } (compare-o com o do administrador; ele não revela nada que permita gerar códigos)

## A lista: ordenação, códigos ocultos, lixeira

sort-manual = Manual
sort-name = Por nome
sort-issuer = Por emissor
sort-last-used = Usados recentemente
list-undo-deleted = { $name } foi para a lixeira
list-trash-link = Lixeira ({ $count })
notice-token-restored = Token restaurado
trash-title = Lixeira
trash-explanation = Os tokens excluídos ficam aqui por { $days } dias e depois são excluídos definitivamente.
trash-purge-in = { $days ->
    [one] Excluído definitivamente em { $days } dia
   *[other] Excluído definitivamente em { $days } dias
}
trash-empty = A lixeira está vazia.
label-sort-by = Ordenar por
label-undo = Desfazer
label-restore = Restaurar
label-delete-for-good = Excluir definitivamente
label-hide-codes = Ocultar os códigos até você tocar
label-reveal-code = Toque para mostrar
label-reorder = Arraste para reordenar
# ---- icon packs ----
label-import-icon-pack = Importar pacote de ícones…
busy-icon-pack = Importando o pacote de ícones…
settings-icon-pack = Pacote de ícones: { $name }, versão { $version }, { $count ->
    [one] { $count } ícone
   *[other] { $count } ícones
}
settings-no-icon-pack = Nenhum pacote de ícones: importe um pacote de ícones do Aegis (um arquivo .zip) para mostrar ícones ao lado dos seus tokens.
notice-icon-pack-imported = Pacote de ícones importado: { $count ->
    [one] { $count } ícone
   *[other] { $count } ícones
}
error-icon-pack = { $problem ->
    [not-zip] Este arquivo não é um pacote de ícones: não é um arquivo ZIP, ou está danificado.
    [too-large] Este pacote de ícones é grande demais: no máximo { $mib } MiB.
    [too-many-files] Este pacote de ícones contém arquivos demais: no máximo { $max }.
    [no-pack-json] Este não é um pacote de ícones do Aegis: não tem pack.json no nível principal.
    [pack-json-too-large] O pack.json deste pacote de ícones é grande demais: no máximo { $mib } MiB.
    [pack-json-invalid] Não foi possível ler o pack.json deste pacote de ícones: { $detail }.
    [no-icons] Este pacote de ícones não contém nenhum ícone.
    [too-many-icons] Este pacote de ícones contém ícones demais: no máximo { $max }.
    [unsafe-name] Este pacote de ícones foi recusado: o nome “{ $name }” aponta para fora do pacote.
    [missing-icon] Este pacote de ícones está incompleto: falta “{ $name }”.
    [not-a-picture] Este pacote de ícones foi recusado: “{ $name }” não é uma imagem SVG, PNG ou JPEG.
    [icon-too-large] Este pacote de ícones foi recusado: “{ $name }” tem mais de { $mib } MiB.
    [total-too-large] Este pacote de ícones foi recusado: seus ícones ocupam mais de { $mib } MiB descompactados.
    [unreadable] Este pacote de ícones está danificado: não foi possível descompactar “{ $name }”.
   *[other] Não foi possível salvar o pacote de ícones: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = A sincronizar…
sync-title = Sincronização
sync-explanation = Mantenha este cofre igual em todos os seus dispositivos através de um servidor WebDAV que já usa (Nextcloud, ownCloud, um NAS). O cofre continua cifrado: o servidor nunca vê nenhum segredo.
sync-url-label = Endereço do ficheiro do cofre no servidor
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Nome de utilizador
sync-password-label = Palavra-passe do servidor (no Nextcloud, uma palavra-passe de aplicação)
sync-set-up = Configurar a sincronização
sync-now = Sincronizar agora
sync-turn-off = Desativar a sincronização
sync-never = Ainda não sincronizado.
sync-last-ok = { $minutes ->
    [0] Sincronizado agora mesmo.
   *[other] Sincronizado há { $minutes } min.
}
sync-last-failed = { $minutes ->
    [0] A última sincronização, agora mesmo, falhou: { $reason }
   *[other] A última sincronização, há { $minutes } min, falhou: { $reason }
}
sync-password-changed = A palavra-passe do cofre foi alterada noutro dispositivo. Introduza a nova palavra-passe uma vez para a usar também aqui; até lá este dispositivo abre com a antiga.
sync-new-password-label = A nova palavra-passe do cofre
sync-adopt-password = Usar a nova palavra-passe
list-password-changed-elsewhere = A palavra-passe do cofre foi alterada noutro dispositivo: introduza-a nas Definições.
notice-synced = Sincronizado com os seus outros dispositivos: { $added } adicionados, { $changed } alterados, { $removed } removidos.
notice-sync-up-to-date = Sincronizado: está tudo atualizado.
notice-sync-password-changed = A palavra-passe do cofre foi alterada noutro dispositivo. Introduza-a uma vez nas Definições.
error-sync-failed = { $problem ->
    [address] Este endereço de sincronização não pode ser usado: { $detail }.
    [not-set-up] Este cofre não está ligado a nenhum servidor de sincronização. Configure um nas Definições.
    [refused] O servidor recusou o nome de utilizador ou a palavra-passe. Verifique-os; no Nextcloud, use uma palavra-passe de aplicação.
    [server] O servidor respondeu com um erro (HTTP { $status }). As suas alterações estão guardadas neste dispositivo; sincronize mais tarde.
    [no-etag] Este servidor não consegue manter os dispositivos iguais com segurança (não fornece ETag). Use um servidor WebDAV como o Nextcloud ou o ownCloud.
    [other-vault] O ficheiro nesse endereço é outro cofre, por isso não foi fundido nem substituído. Escolha outro endereço.
    [race] Outros dispositivos escreviam o cofre ao mesmo tempo. As suas alterações estão guardadas e fundidas; sincronize de novo dentro de momentos.
    [unreachable] Não é possível chegar ao servidor. Verifique a rede e o endereço; as suas alterações estão guardadas neste dispositivo e serão sincronizadas mais tarde.
    [certificate] O certificado do servidor não é de confiança, por isso nada foi enviado. Corrija o certificado do servidor ou instale a sua autoridade neste dispositivo.
    [timed-out] O servidor não respondeu a tempo. As suas alterações estão guardadas neste dispositivo; sincronize mais tarde.
    [too-large] O servidor enviou um ficheiro demasiado grande para ser um cofre. Verifique o endereço.
    [no-vault] Ainda não há nenhum cofre neste endereço. Configure primeiro a sincronização no dispositivo que tem os seus tokens e depois use aqui o mesmo endereço.
   *[transport] A sincronização não chegou ao servidor: { $detail }. As suas alterações estão guardadas neste dispositivo.
}
join-title = Já usa o mOTP Token noutro dispositivo?
join-explanation = Use o cofre que ele guarda no seu servidor de sincronização: este dispositivo recebe os mesmos tokens e mantém-se igual aos outros.
join-vault-password-label = A palavra-passe do cofre (a definida no outro dispositivo)
join-button = Usar este cofre
notice-joined = Este dispositivo usa agora o cofre do seu servidor de sincronização.
history-part = { $part ->
    [issuer] emissor
    [account] conta
    [note] nota
    [group] grupo
    [favourite] favorito
    [icon] ícone
    [tolerance] «usar em» (segundos)
   *[other] valor
}
detail-history-version = { $origin ->
    [other] Também alterado noutro dispositivo (manteve-se a alteração deste). Lá, { $part }: { $value }
   *[here] Alterado noutro dispositivo. Antes, { $part }: { $value }
}
detail-history-restore = Restaurar
history-value-empty = (vazio)
history-value-yes = sim
history-value-no = não
backup-versions-show = Restaurar uma cópia automática
backup-version = { $time }: { $tokens }
backup-version-reading = a ler…
backup-version-tokens = { $count ->
    [one] 1 token
   *[other] { $count } tokens
}
backup-version-unreadable = ilegível (danificada ou de outro cofre)
backup-version-merge = Fundir
backup-version-restore = Restaurar como estava
backup-version-confirm-restore = Repor o cofre como esta cópia o tinha? Os tokens adicionados depois vão para o lixo (30 dias), os eliminados voltam e os nomes são repostos, em cada dispositivo sincronizado.
notice-backup-taken = Cópia restaurada: { $added } adicionados, { $changed } alterados, { $removed } para o lixo.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Escanear a tela
label-paste-picture = Colar uma imagem
label-this-computer = o chaveiro deste computador
label-screen-capture-failed = Não foi possível capturar a tela.
label-long-secret = 32 caracteres (DrayTek, privacyIDEA)
