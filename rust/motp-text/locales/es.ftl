# mOTP Token: todas las frases de las apps, en español (tuteo). Si aquí falta un mensaje, se
# muestra el inglés. `$detail` cita una frase del motor (motp-core), que sigue en inglés.

## Busy
busy-starting = Abriendo…
busy-creating = Creando tu bóveda…
busy-unlocking = Desbloqueando…
busy-saving = Guardando…
busy-exporting = Creando la exportación…
busy-reading-file = Leyendo el archivo…
busy-checking-password = Comprobando tu contraseña…
busy-clock = Consultando un servidor de hora…
busy-scanning = Buscando un código QR…

## Fields
field-password = Contraseña
field-password-confirmation = Repite la contraseña

## First run
first-run-title = Protege tus tokens
first-run-explanation = Tus tokens se guardan cifrados en este dispositivo. Elige una contraseña para desbloquearlos; la necesitarás si alguna vez se pierde la clave del dispositivo.
first-run-device-key = Desbloquear también con { $label }
first-run-create = Crear
strength-empty = Elige una contraseña de al menos 8 caracteres.
strength-weak = Débil: usa al menos 8 caracteres.
strength-fair = Aceptable: mejor si es más larga o tiene números y símbolos.
strength-strong = Segura.

## Unlock
unlock-title = Desbloquea tus tokens
unlock-button = Desbloquear
unlock-invalidated-hint = La clave de este dispositivo ya no es válida (sus huellas o su cara registradas han cambiado). Desbloquea con tu contraseña; después podrás volver a activar la clave del dispositivo en Ajustes.
device-key-unlock-title = Desbloquear mOTP Token
device-key-unlock-reason = Desbloquea tus tokens
device-key-use-password = Usar contraseña
device-key-enrol-title = Activar el desbloqueo con { $label }
device-key-enrol-reason = Confirma para desbloquear tus tokens con este dispositivo a partir de ahora

## The list
list-title = Tokens
list-empty = Aún no hay tokens. Añade uno con el botón +.
list-no-match = Ningún token coincide con tu búsqueda.
list-enter-pin = Introduce el PIN
list-copy-label = Copiar el código de { $name }
list-copied = Código copiado
list-use-within = Úsalo en { $seconds } s
list-wait-next = Espera al siguiente código
list-upcoming-code = Siguiente: { $code }
list-seconds-left = { $seconds ->
    [one] Queda { $seconds } segundo
   *[other] Quedan { $seconds } segundos
}
list-typo-warning = Este PIN no coincide con el configurado para este token. Compruébalo antes de iniciar sesión: un código erróneo cuenta como un intento fallido.
list-offer-reenrol = La clave del dispositivo se ha desactivado porque ya no es válida. Vuelve a activarla en Ajustes.
list-next-code = Siguiente código
list-kind-unsupported = Este token { $kind } necesita una versión más reciente de la app.
kind-totp = TOTP, { $digits } dígitos cada { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } dígitos, uno por toque ({ $algorithm })
kind-steam = Steam Guard, 5 caracteres cada 30 s

## Adding a token
add-title = Añadir un token
add-warning-pin-in-uri = El código QR también contiene un PIN. Consérvalo solo si quieres que el PIN se guarde en este dispositivo.
add-generated-instructions = Introduce este secreto en el router o servidor VPN exactamente como aparece, o deja que el administrador escanee el código QR.
add-duplicate-same-secret = Mismo secreto que «{ $name }»
add-duplicate-same-name = Mismo emisor y misma cuenta que «{ $name }»
add-anyway = Añadir de todos modos
add-export-progress = { $scanned } de { $total } códigos QR de la exportación escaneados: muestra el siguiente a la cámara, en cualquier orden.
add-export-other = Este código QR pertenece a otra exportación. Termina esta o importa los códigos escaneados hasta ahora.
add-export-import = Importar los códigos escaneados
pin-policy-ask = Pedir el PIN cada vez
pin-policy-ask-guard = Pedirlo cada vez y avisar de erratas
pin-policy-remember = Recordar el PIN en este dispositivo

## Secret warnings
secret-warning-not-hex = El secreto no es hexadecimal (0-9, a-f). Compáralo con la copia del servidor.
secret-warning-uppercase = El secreto tiene mayúsculas. mOTP distingue mayúsculas de minúsculas: debe coincidir letra por letra con la copia del servidor.
secret-warning-unusual-length = El secreto tiene { $length } caracteres; los secretos mOTP suelen tener 16 o 32. Comprueba que no falte ni sobre ninguno.
secret-warning-short = El secreto solo tiene { $length } caracteres, menos de lo recomendado: 16 caracteres hexadecimales para mOTP, 26 caracteres Base32 (128 bits) para TOTP y HOTP.

## Detail
detail-confirm-delete = ¿Eliminar «{ $name }»? Sin una copia de seguridad, ya no podrás iniciar sesión con él.

## Notices
notice-vault-created = Tu bóveda está lista.
notice-recovered-from-previous = El archivo de la bóveda estaba dañado, así que se ha abierto su copia anterior. Puede que falte tu último cambio: revisa tus tokens.
notice-token-added = Token añadido
notice-token-deleted = Token eliminado
notice-saved = Guardado
notice-exported = Exportación guardada

## Backups
backups-title = Copias de seguridad
backups-none = Aún no hay ninguna copia de seguridad.
backups-last = { $days ->
    [0] Última copia: hoy.
    [one] Última copia: ayer.
   *[other] Última copia: hace { $days } días.
}
backups-reminder = Has cambiado tus tokens desde la última copia de seguridad. Exporta una copia o elige una carpeta para las copias automáticas.
backups-reminder-auto-failed = Tus últimos cambios aún no están en la carpeta de copias. Comprueba que la carpeta sigue disponible.
export-motp = Copia de seguridad cifrada (mOTP Token)
export-aegis = Bóveda de Aegis
export-uris = Lista de enlaces motp://
export-uris-warning = Este archivo no está cifrado: cualquiera que lo lea puede generar tus códigos. Elimínalo cuando hayas trasladado los tokens.
export-google = Google Authenticator (códigos QR)
export-google-warning = Los códigos QR muestran cada secreto: muéstralos solo donde nadie más pueda ver tu pantalla.
export-google-progress = Código QR { $page } de { $pages }
export-google-instructions = En Google Authenticator, elige Transferir cuentas, luego Importar cuentas, y escanea cada código.
export-google-left-out = No están en estos códigos, porque Google Authenticator no puede guardarlos: { $names }
export-google-nothing = Ninguno de tus tokens puede ir a Google Authenticator: no admite tokens mOTP ni Steam, códigos de 7 dígitos ni periodos distintos de 30 segundos.
export-google-next = Siguiente código
export-google-previous = Código anterior
export-google-done = Listo
import-reading = Leyendo el archivo…
import-needs-password = Esta copia de seguridad está cifrada. Introduce su contraseña.
import-preview-count = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
import-preview-pins = { $count } con PIN
import-preview-duplicates = { $count } ya presentes
import-preview-skipped = { $count } no se pueden importar
import-status-new = Nuevo
import-status-duplicate = Ya presente
import-status-skipped = No se puede importar
import-duplicate-of = Ya presente como «{ $name }»
import-skip-unsupported = { $kind ->
    [yandex] Los tokens de Yandex no son compatibles: mOTP Token admite tokens mOTP, TOTP, HOTP y Steam.
   *[unknown] El tipo «{ $name }» no es compatible: mOTP Token admite tokens mOTP, TOTP, HOTP y Steam.
}
import-skip-not-an-object = Esta entrada no es un registro de token.
import-skip-field = { $fault ->
    [missing] A la entrada le falta el campo «{ $field }».
    [whole] El campo «{ $field }» de la entrada no es un número entero.
    [negative] El campo «{ $field }» de la entrada es negativo.
   *[type] El campo «{ $field }» de la entrada tiene un tipo incorrecto.
}
import-skip-digits = Los códigos de { $digits ->
    [one] { $digits } dígito
   *[other] { $digits } dígitos
} no son compatibles: los códigos TOTP y HOTP tienen de 6 a 8.
import-skip-counter-missing = Este token HOTP no tiene contador.
import-skip-counter-negative = El contador de este token HOTP es negativo.
import-skip-algorithm = El algoritmo «{ $name }» no es compatible: TOTP y HOTP usan SHA-1, SHA-256 o SHA-512.
import-skip-period = Un periodo de { $seconds } s no es compatible: un periodo TOTP dura de 1 a { $max } segundos (casi siempre 30).
import-skip-secret-not-base32 = El secreto no es Base32 válido.
import-skip-base32-too-long = El secreto tiene más de { $max } caracteres.
import-skip-base32-character = El carácter { $position } del secreto no es una letra (A-Z) ni un dígito (2-7) de Base32.
import-skip-base32-digit = { $digit ->
    [0] El carácter { $position } del secreto es un 0, que Base32 no usa: probablemente sea la letra O.
    [1] El carácter { $position } del secreto es un 1, que Base32 no usa: probablemente sea la letra I o L.
    [8] El carácter { $position } del secreto es un 8, que Base32 no usa: probablemente sea la letra B.
   *[9] El carácter { $position } del secreto es un 9, que Base32 no usa.
}
import-skip-base32-partial = Los { $length } caracteres del secreto no forman bytes completos: falta o sobra un carácter.
import-skip-secret-empty = El secreto está vacío.
import-skip-secret-not-printable = El carácter { $position } del secreto no es una letra, un dígito ni un símbolo ASCII imprimible.
import-skip-secret-too-long = El secreto tiene { $length } caracteres, más de los { $max } que usa cualquier servidor mOTP.
import-skip-secret-not-text = El secreto no es texto.
import-skip-secret-not-base64 = El secreto no es Base64 válido.
import-skip-vault-full = La bóveda ya contiene { $max } tokens, el máximo posible.
import-skip-batch-part-missing = El código QR { $part } de { $parts } de esta exportación no está en el archivo: añádelo (escanéalo de nuevo) para importar sus cuentas.
import-duplicate-same = Mismo secreto, emisor y cuenta que «{ $name }».
import-duplicate-other-issuer = Mismo secreto y cuenta que «{ $name }» (solo cambia el emisor).
import-report = { $imported ->
    [one] { $imported } token importado
   *[other] { $imported } tokens importados
}, { $skipped } omitidos.

## Troubleshooting
trouble-title = Solución de problemas
duration = { $minutes } min { $seconds } s
clock-on-time = El reloj de este dispositivo está en hora.
clock-behind = El reloj de este dispositivo va { $offset } atrasado respecto a la hora real.
clock-ahead = El reloj de este dispositivo va { $offset } adelantado respecto a la hora real.
clock-advice-fine = El reloj no es la causa de los inicios de sesión fallidos.
clock-advice-corrected = La corrección guardada compensa el reloj de este dispositivo: los códigos son correctos.
clock-advice-drifting = Los códigos siguen funcionando, con menos margen. Pon el reloj en hora automática o aplica la corrección.
clock-advice-fail = El servidor rechazará los códigos generados con este reloj. Pon el reloj en hora automática o aplica la corrección.
clock-correction-stored = Los códigos se calculan con una corrección de { $offset }.
check-code-instructions = Lee este código de verificación a tu administrador. Muestra si tu secreto coincide con el del servidor sin revelarlo.
doctor-step-clock = Reloj
doctor-step-secret = Secreto
doctor-step-pin = PIN y nombre de usuario
doctor-step-code = El código
doctor-clock-ok = El reloj está en hora.
doctor-clock-warning = El reloj va desajustado, pero los códigos siguen funcionando.
doctor-clock-problem = El reloj va tan desajustado que el servidor rechaza los códigos.
doctor-clock-skipped = No se ha comprobado el reloj. Haz primero la comprobación del reloj.
doctor-secret-ok = El secreto coincide con la copia del servidor.
doctor-secret-ok-unproven = No se ve nada raro en el secreto, pero no se ha comparado con la copia del servidor.
doctor-secret-warning = Hay algo inusual en el secreto.
doctor-secret-problem = El secreto es distinto de la copia del servidor.
doctor-secret-skipped = No se ha comparado el secreto. Pide a tu administrador el código de verificación del servidor.
doctor-pin-ok = El PIN parece correcto.
doctor-pin-warning = Comprueba el PIN y el nombre de usuario.
doctor-pin-problem = El PIN no es el configurado para este token.
doctor-pin-skipped = No se ha comprobado el PIN.
doctor-code-ok = El código es correcto para este instante.
doctor-code-warning = El código se generó en otro momento o con otro secreto.
doctor-code-problem = El código no procede de este token.
doctor-code-skipped = No se ha indicado ningún código que comprobar.
doctor-cause-none = No se ha encontrado ninguna causa en los cuatro pasos.
doctor-cause-clock = El problema es el reloj.
doctor-cause-secret = El problema es el secreto.
doctor-cause-pin = El problema es el PIN o el nombre de usuario.
doctor-cause-code = El problema es el propio código.

## El diagnóstico en detalle: los hallazgos de motp-core (motp_core::finding) con sus números.
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
    [one] { $count } periodo
   *[other] { $count } periodos
}
doctor-offset = { $direction ->
    [behind] va { $size } atrasado respecto a la hora real
    [ahead] va { $size } adelantado respecto a la hora real
   *[none] está exactamente en hora
}
doctor-offset-clause = { $direction ->
    [behind] va { $size } atrasado
    [ahead] va { $size } adelantado
   *[none] está exactamente en hora
}
doctor-case = { $case ->
    [uppercase] mayúsculas
   *[lowercase] minúsculas
}
doctor-server-at = { $server } en { $address }
doctor-found-clock-not-checked = No se ha comprobado el reloj del dispositivo.
doctor-found-clock-measured = El reloj de este dispositivo { $offset } (±{ $uncertainty } ms, medido con { $server }).
doctor-found-clock-corrected = Con la corrección de reloj del token de { $correction }, sus códigos se generan como con un reloj que { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] El código que se diagnostica se generó para un momento { $span } posterior a la hora de referencia
    [before] El código que se diagnostica se generó para un momento { $span } anterior a la hora de referencia
   *[at] El código que se diagnostica se generó para la hora de referencia
}: el reloj del dispositivo que lo generó se desvía más que el margen del servidor.
doctor-found-hotp-no-clock = Los códigos HOTP siguen un contador, no el reloj: el reloj del dispositivo no importa.
doctor-found-totp-code-off = El código que se diagnostica se generó para un momento desviado { $span }.
doctor-found-totp-tolerance = Un servidor TOTP acepta códigos con un margen de unos ±{ $tolerance } s (±{ $window } de { $period } s), mucho menos que los ±3 minutos de mOTP, así que un reloj válido para mOTP puede fallar con TOTP.
doctor-found-check-codes = El código de verificación del token es { $token } y el del servidor, { $server }: { $result ->
    [exact] es el mismo secreto
    [lowercase] el servidor tiene este secreto en minúsculas
    [uppercase] el servidor tiene este secreto en mayúsculas
   *[different] los secretos son distintos
}.
doctor-found-code-other-case = El código que se diagnostica se generó con este secreto escrito en { $case }: el token y la otra parte difieren en mayúsculas y minúsculas (código de verificación aquí: { $check_code }).
doctor-found-secret-proven = El secreto generó el código que se diagnostica, así que es correcto (código de verificación { $check_code }).
doctor-found-secret-normal = El secreto parece un secreto mOTP normal ({ $length ->
    [one] { $length } carácter hexadecimal
   *[other] { $length } caracteres hexadecimales
}); su código de verificación es { $check_code }.
doctor-found-secret-unusual = El secreto (código de verificación { $check_code }) es inusual. { $warnings }
doctor-found-key-short = La clave solo tiene { $bits } bits (la RFC 4226 pide al menos 128): puede que falte un carácter o que el servicio use una clave débil. Código de verificación { $check_code }.
doctor-found-key-ok = El secreto es una clave de { $bits } bits en Base32; su código de verificación es { $check_code }.
doctor-found-pin-mismatch = El PIN introducido no es el que se configuró para este token (lo ha detectado la protección contra erratas); un PIN erróneo no da ningún error, solo códigos que el servidor rechaza.
doctor-found-pin-matches = El PIN introducido supera la protección contra erratas.
doctor-found-pin-not-typed = No se ha introducido ningún PIN, así que la protección contra erratas del token no ha podido comprobarlo; un PIN erróneo no da ningún error, solo códigos que el servidor rechaza.
doctor-found-pin-proven = El PIN generó el código que se diagnostica, así que es correcto.
doctor-found-pin-uncheckable = Aquí no se puede comprobar el PIN (este token no tiene protección contra erratas); un PIN erróneo no da ningún error, solo códigos que el servidor rechaza.
doctor-found-no-pin = Los tokens TOTP y HOTP no tienen PIN: el código por sí solo es el segundo factor.
doctor-found-username-missing = No hay ningún nombre de usuario guardado con este token.
doctor-found-username-spaces = El nombre de usuario «{ $account }» tiene espacios al principio o al final, que un servidor VPN no ignora.
doctor-found-username-exact = Inicia sesión exactamente como «{ $account }»: los nombres de usuario distinguen mayúsculas de minúsculas.
doctor-found-no-code = No se ha indicado ningún código que diagnosticar.
doctor-found-code-not-diagnosed = No se ha podido diagnosticar el código.
doctor-found-code-failed-for-cause-above = El código en sí se escribió bien; falló por la causa encontrada arriba.
doctor-found-parameters-differ = El código no coincide con los parámetros del token, pero sí con { $alternative }: el token se configuró con parámetros distintos de los del servidor.
doctor-found-digits-differ = El código tiene { $code_digits } dígitos y los del token, { $token_digits }: el número de dígitos configurado es distinto del del servidor.
doctor-found-before-start = El código se mostró a los { $at } s, antes de la hora de inicio del token T0 = { $t0 } s, cuando el token aún no tiene ningún código: su T0 es incorrecto (los servicios casi siempre usan 0).
doctor-alternative-totp = { $algorithm }, { $digits } dígitos y un periodo de { $period } s (el token tiene { $token_algorithm }, { $token_digits } dígitos, { $token_period } s)
doctor-alternative-hotp = { $algorithm } y { $digits } dígitos (el token tiene { $token_algorithm }, { $token_digits } dígitos)
diagnosed-match = { $direction ->
    [ahead] El código es correcto para este secreto y este PIN (generado para un momento { $span } por delante de este reloj, dentro del margen del servidor).
    [behind] El código es correcto para este secreto y este PIN (generado para un momento { $span } por detrás de este reloj, dentro del margen del servidor).
   *[none] El código es correcto para este secreto y este PIN.
} Si el servidor aun así lo rechaza, comprueba el nombre de usuario (distingue mayúsculas de minúsculas), que el código no se haya usado antes y que la cuenta no esté bloqueada tras intentos fallidos.
diagnosed-clock-drift = { $direction ->
    [ahead] El código es correcto para un momento { $span } por delante de este reloj: el reloj del token va { $span } adelantado.
   *[behind] El código es correcto para un momento { $span } por detrás de este reloj: el reloj del token va { $span } atrasado.
} Pon la fecha y hora del teléfono en automático (hora de la red) y revisa los ajustes NTP del router, o aplica al token una corrección de reloj de { $correction }.
diagnosed-secret-case = El código se generó con el secreto escrito en { $case }. mOTP distingue mayúsculas de minúsculas: introduce el secreto en { $case } en el token o cambia la copia del servidor, para que coincidan letra por letra.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Además, su reloj va { $span } adelantado: pon la fecha y hora en automático.
   *[behind] Además, su reloj va { $span } atrasado: pon la fecha y hora en automático.
}
diagnosed-no-match = Ningún momento dentro de ±{ $span } da este código: el secreto o el PIN son distintos, o el código se escribió mal. Compara el código de verificación del secreto con el del administrador, vuelve a escribir el PIN y escribe otra vez el código (6 caracteres, 0-9 y a-f).
diagnosed-totp-match-now = El código es correcto para este momento: el secreto y los parámetros coinciden.
diagnosed-totp-match-off = { $direction ->
    [after] El código es correcto, { $periods } ({ $seconds } s) después de la hora de referencia, dentro del margen del servidor de ±{ $window }.
   *[before] El código es correcto, { $periods } ({ $seconds } s) antes de la hora de referencia, dentro del margen del servidor de ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] El código se generó para un momento { $span } posterior a la hora de referencia: el reloj del dispositivo que lo generó va adelantado más o menos eso,
   *[before] El código se generó para un momento { $span } anterior a la hora de referencia: el reloj del dispositivo que lo generó va atrasado más o menos eso,
} más que los ±{ $tolerance } s del servidor (±{ $window } de { $period } s). Pon en hora el reloj del dispositivo desde la red (o guarda una corrección de reloj) y luego usa un código nuevo. TOTP tolera mucho menos que los ±3 minutos de mOTP.
diagnosed-totp-no-match = Ningún código dentro de ±{ $span } coincide: el secreto o los parámetros (algoritmo, dígitos, periodo) son distintos de los del servidor, o el código se escribió mal. Compara el secreto y ejecuta el diagnóstico, que prueba las alternativas habituales.
diagnosed-hotp-match = El código es correcto: es el del contador { $counter }, adelantado { $ahead } respecto al del servidor ({ $server }), dentro de su margen de avance de { $look_ahead }. El servidor esperará después el { $next }.
diagnosed-hotp-ahead = El código es del contador { $counter }, adelantado { $ahead } respecto al del servidor ({ $server }): más que su margen de avance de { $look_ahead } (se pulsó el token muchas veces sin iniciar sesión). Resincroniza el servidor: pon su contador en { $next } (la mayoría de los servidores lo hacen a partir de dos códigos consecutivos).
diagnosed-hotp-behind = El código es del contador { $counter }, atrasado { $behind } respecto al del servidor ({ $server }): ya se usó (los servidores aceptan cada código una sola vez) o se restableció el token. Usa el siguiente código del token; si sigue por detrás, pon el contador del token en { $server } o vuelve a registrarlo.
diagnosed-hotp-no-match = Ningún código dentro de { $search ->
    [one] { $search } valor de contador
   *[other] { $search } valores de contador
} alrededor del contador del servidor ({ $server }) coincide: el secreto o los parámetros (algoritmo, dígitos) son distintos, o el código se escribió mal. Compara el secreto y ejecuta el diagnóstico, que prueba las alternativas habituales.
doctor-fix-run-clock-check = Haz la comprobación del reloj: un reloj desviado más que el margen del servidor (±3 min en la mayoría) hace fallar todos los códigos.
doctor-fix-retry-clock-check = Repite la comprobación del reloj con una red que funcione, o compara el reloj del dispositivo con un reloj fiable, al segundo.
doctor-fix-run-clock-check-briefly = Haz la comprobación del reloj.
doctor-fix-retry-clock-check-briefly = Repite la comprobación del reloj con una red que funcione.
doctor-fix-clock-fine = El reloj de este dispositivo está bien: no es la razón por la que se rechazan los códigos. Si los códigos siguen fallando a la hora correcta, revisa el reloj del router o servidor VPN (sus ajustes NTP), que también debe estar en hora.
doctor-fix-clock-drifting = El reloj de este dispositivo { $offset }. Los códigos aún entran en el margen de ±{ $window } del servidor, pero con menos holgura para escribirlos y para el error del propio reloj del servidor. Pon la fecha y hora de este dispositivo en automático (hora de la red) o aplica al token una corrección de reloj de { $correction }.
doctor-fix-clock-fail = El reloj de este dispositivo { $offset }, más que el margen de ±{ $window } del servidor: el servidor rechazará los códigos de este token. Pon la fecha y hora de este dispositivo en automático (hora de la red) o aplica al token una corrección de reloj de { $correction }.
doctor-fix-totp-clock = Pon en hora el reloj del dispositivo desde la red o guarda la corrección sugerida de { $correction }: los códigos TOTP necesitan un reloj con un error de ±{ $tolerance } s como máximo.
doctor-fix-check-codes = { $result ->
    [exact] Los códigos de verificación coinciden: el token y el servidor tienen el mismo secreto.
    [lowercase] El otro código de verificación es de este mismo secreto escrito en minúsculas: las dos copias solo difieren en mayúsculas y minúsculas. mOTP las distingue: escribe la copia del token y la del servidor igual, letra por letra (lo habitual es en minúsculas).
    [uppercase] El otro código de verificación es de este mismo secreto escrito en mayúsculas: las dos copias solo difieren en mayúsculas y minúsculas. mOTP las distingue: escribe la copia del token y la del servidor igual, letra por letra.
   *[different] Los códigos de verificación son distintos: el token y el servidor tienen secretos diferentes (o se leyó mal un código de verificación). Vuelve a introducir el secreto en el token a partir de la copia del servidor, comparándolo grupo por grupo, o pon un secreto nuevo en ambos.
}
doctor-fix-compare-check-codes = Compara los códigos de verificación con el administrador: el del token es { $check_code } (no revela nada que permita generar códigos).
doctor-fix-reenter-base32 = Vuelve a introducir el secreto desde la página de registro del servicio (o escanea otra vez su código QR); Base32 no tiene 0, 1, 8 ni 9, así que leer una O como 0 o una I como 1 es un error frecuente.
doctor-fix-compare-with-enrolment = Compara el secreto con la página de registro del servicio.
doctor-fix-compare-base32-check-codes = Si los códigos fallan, compara los códigos de verificación con el administrador (el del token es { $check_code }, calculado a partir del secreto en Base32 en mayúsculas y sin relleno).
doctor-fix-type-pin-again = Vuelve a escribir el PIN con cuidado. Si el PIN se cambió en el servidor, pon el mismo PIN nuevo en el token.
doctor-fix-type-pin-for-guard = Vuelve a comprobarlo escribiendo el PIN: la protección contra erratas detecta 15 de cada 16.
doctor-fix-save-username = Guarda el nombre de usuario de la VPN con el token para tenerlo siempre a mano.
doctor-fix-username-without-spaces = Inicia sesión como «{ $account }», sin los espacios, y corrige el nombre en el token.
doctor-fix-type-code = Escribe el código tal como aparece (6 caracteres, 0-9 y a-f) antes de que acabe la cuenta atrás; si solo quedan unos segundos, espera al siguiente código.
doctor-fix-diagnose-rejected-code = Si se rechaza un código, diagnostícalo con la hora a la que se escribió.
doctor-fix-give-enrolment-code = Indica el código que muestra la página de registro del servicio (o su registro de actividad), con la hora a la que apareció: así el diagnóstico encuentra desajustes de reloj, contador y parámetros.
doctor-fix-add-again-with = Vuelve a añadir el token con { $alternative } (desde el código QR o el enlace del servicio, que los incluye).
doctor-fix-add-again-from-link = Vuelve a añadir el token desde el código QR o el enlace del servicio.
doctor-fix-ask-administrator = Si los inicios de sesión siguen fallando, pide al administrador que revise el lado del servidor: el reloj del router, una cuenta bloqueada tras intentos fallidos y un código usado dos veces (espera al siguiente código).
doctor-step-name = { $step ->
    [clock] reloj
    [secret] secreto
    [pin] PIN
   *[code] código
}
doctor-verdict-problem = La causa más probable es { $cause ->
    [clock] el reloj
    [secret] el secreto
    [pin] el PIN o el nombre de usuario
   *[code] el código
}: { $detail }
doctor-verdict-warning = No se ha encontrado una causa clara; el primer aviso, en el orden de la guía: { $detail }
doctor-verdict-skipped = Nada de lo comprobado es incorrecto, pero se han omitido algunos pasos ({ $steps }).
doctor-verdict-in-order = Todo lo comprobado está en orden.

## Settings
settings-title = Ajustes
settings-lock-background = Bloquear tras estos minutos en segundo plano
settings-lock-inactivity = Bloquear tras estos minutos sin tocar la pantalla
settings-clipboard = Borrar los códigos copiados tras estos segundos
settings-device-key = Desbloquear con la clave del dispositivo
settings-change-password = Cambiar la contraseña

## Controls (buttons, fields, menus: AppView.labels)
label-back = Atrás
label-cancel = Cancelar
label-close = Cerrar
label-dismiss = Descartar
label-next = Continuar
label-save = Guardar
label-delete = Eliminar
label-add-token = Añadir un token
label-lock = Bloquear
label-search = Buscar
label-all-groups = Todos los grupos
label-show-code = Mostrar el código
label-scan-qr = Escanear un código QR
label-scanning-hint = Apunta la cámara al código QR.
label-stop-scanning = Dejar de escanear
label-choose-picture = Importar desde una imagen
label-uri = Enlace (otpauth:// o motp://)
label-add-from-uri = Añadir desde este enlace
label-issuer = Emisor (empresa o servidor)
label-account = Cuenta (nombre de usuario)
label-secret = Secreto
label-add-typed-secret = Añadir este secreto
label-generate-secret = Generar un secreto nuevo
label-pin = PIN
label-confirm-add = Añadir
label-note = Nota
label-group = Grupo
label-favourite = Favorito
label-tolerance = Tolerancia del servidor (segundos)
label-reveal-secret = Mostrar el secreto y su código QR
label-hide-secret = Ocultar el secreto
label-check-code = Código de verificación
label-export-password = Contraseña de la copia de seguridad
label-import-file = Importar una copia de seguridad…
label-import-password = La contraseña de la copia de seguridad
label-open-import = Abrir
label-confirm-import = Importar
label-keep-pins = Conservar los PIN guardados en la copia de seguridad
label-choose-backup-folder = Elegir una carpeta para las copias automáticas
label-check-clock = Comprobar el reloj
label-apply-correction = Aplicar la corrección
label-clear-correction = Quitar la corrección
label-doctor-token = Token
label-doctor-pin = PIN, tal como lo escribes al iniciar sesión
label-doctor-code = Un código que el servidor rechazó
label-doctor-admin-check-code = El código de verificación del servidor (de tu administrador)
label-run-doctor = Buscar la causa
label-show-check-code = Mostrar el código de verificación
label-current-password = Contraseña actual
label-new-password = Contraseña nueva
label-new-password-confirmation = Repite la contraseña nueva
device-key-locked-out = demasiados intentos fallidos; desbloquea primero el teléfono con su código
device-key-not-interactive = la aplicación no estaba en pantalla cuando lo pidió
device-key-not-available = el desbloqueo biométrico está desactivado para esta aplicación o no está disponible ahora

## Errors (by code)
error-locked = La bóveda está bloqueada. Desbloquéala primero.
error-busy = Espera a que termine la tarea en curso.
error-not-available = Esto no está disponible en esta pantalla.
error-unknown-token = Este token ya no está en la bóveda.
error-wrong-password = Contraseña incorrecta. Compruébala y vuelve a intentarlo.
error-password-empty = Introduce una contraseña.
error-passwords-differ = Las dos contraseñas no coinciden. Escribe la misma contraseña dos veces.
error-device-key-cancelled = Se ha cancelado el desbloqueo con la clave del dispositivo. Usa tu contraseña o vuelve a intentarlo.
error-device-key-invalidated = La clave de este dispositivo ya no es válida. Desbloquea con tu contraseña.
error-device-key-failed = No se ha podido usar la clave del dispositivo ({ $detail }). Desbloquea con tu contraseña.
error-no-device-key = Esta bóveda no tiene clave para este dispositivo. Desbloquea con tu contraseña.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Este secreto no se puede usar: { $detail }.
}
error-pin-invalid = Este PIN no se puede usar: { $detail }.
error-pin-required = Introduce primero el PIN.
error-uri-invalid = Este no es un enlace de token que podamos leer: { $detail }.
error-uri-not-motp = Este código QR o enlace contiene un token que esta app no puede usar: { $detail }.
error-name-invalid = Revisa el nombre: { $detail }.
error-note-invalid = Revisa la nota: { $detail }.
error-qr-invalid = No se ha podido leer la imagen: { $detail }.
error-duplicate = Este token ya está en la bóveda.
error-import-password-required = Esta copia de seguridad está cifrada. Introduce su contraseña.
error-import-wrong-password = Contraseña incorrecta para esta copia de seguridad. Usa la contraseña que elegiste al crearla, no un PIN.
error-import-unreadable = Este archivo no se puede importar: { $detail }.
error-export-failed = No se ha podido crear la exportación: { $detail }.
error-vault-changed-elsewhere = La bóveda se ha modificado en otro lugar (otra ventana u otro dispositivo). Bloquéala y desbloquéala, y vuelve a intentarlo.
error-vault-busy = Otro programa está guardando la bóveda. Vuelve a intentarlo en un momento.
error-vault-io = No se ha podido leer o escribir la bóveda: { $detail }.
error-vault-damaged = El archivo de la bóveda está dañado: { $detail }.
error-vault-newer-version = Esta bóveda se creó con una versión más reciente de mOTP Token. Actualiza la app.
error-vault-not-found = Aquí no hay ninguna bóveda.
error-vault-exists = Aquí ya existe una bóveda.
error-last-slot = Es el último acceso a la bóveda y no se puede quitar. Añade antes una contraseña o una clave de dispositivo.
error-clock-failed = { $reason ->
    [not-found] No se ha podido comprobar el reloj: no se ha encontrado el servidor de hora { $server }. Comprueba que el teléfono tiene conexión.
    [timeout] No se ha podido comprobar el reloj: el servidor de hora { $server } no ha respondido a tiempo. Comprueba que el teléfono tiene conexión (algunas redes wifi bloquean los servidores de hora; prueba con datos móviles) y vuelve a intentarlo.
    [unreachable] No se ha podido comprobar el reloj: no se puede acceder al servidor de hora { $server }. Comprueba que el teléfono tiene conexión y vuelve a intentarlo.
    [refused] No se ha podido comprobar el reloj: el servidor de hora { $server } se ha negado a responder. Vuelve a intentarlo más tarde.
    [unsynchronized] No se ha podido comprobar el reloj: el servidor de hora { $server } no sabe la hora. Vuelve a intentarlo más tarde.
   *[bad-reply] No se ha podido comprobar el reloj: el servidor de hora { $server } ha enviado una respuesta no válida. Vuelve a intentarlo más tarde.
}
error-clock-server-invalid = Este servidor de hora no se puede usar: { $detail }.
error-check-code-invalid = Un código de verificación tiene 6 caracteres, 0-9 y a-f, como a1b 2c3.
error-code-invalid = Un código tiene 6 caracteres, 0-9 y a-f, como 6ed 4e4.
error-file-failed = No se ha podido guardar ni abrir el archivo: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] La app no tiene permiso para usar la cámara. Permítelo en los ajustes del sistema, o pega el enlace o escribe el secreto.
    [missing] Este dispositivo no tiene ninguna cámara que la app pueda usar. Pega el enlace o escribe el secreto.
   *[failed] La cámara no se ha iniciado (puede que otra app la esté usando). Vuelve a intentarlo, o pega el enlace o escribe el secreto.
}
error-setting-invalid = Este valor es demasiado grande; el máximo es { $max }.
error-other = Algo ha fallado: { $detail }.

## La línea de comandos (motp-cli): el marco de los hallazgos del diagnóstico
cli-doctor-title = diagnóstico de { $name } (inicia sesión como «{ $account }»)
cli-doctor-fix = solución: { $fix }
cli-doctor-verdict = veredicto:  { $verdict }
cli-doctor-what-to-do = qué hacer: { $fix }
cli-doctor-check-code = código de verificación: { $code } (compáralo con el del administrador; no revela nada que permita generar códigos)

## La lista: orden, códigos ocultos, papelera

sort-manual = A mano
sort-name = Por nombre
sort-issuer = Por emisor
sort-last-used = Usados recientemente
list-undo-deleted = { $name } se movió a la papelera
list-trash-link = Papelera ({ $count })
notice-token-restored = Token restaurado
trash-title = Papelera
trash-explanation = Los tokens eliminados se guardan aquí { $days } días y luego se eliminan para siempre.
trash-purge-in = { $days ->
    [one] Se eliminará para siempre en { $days } día
   *[other] Se eliminará para siempre en { $days } días
}
trash-empty = La papelera está vacía.
label-sort-by = Ordenar por
label-undo = Deshacer
label-restore = Restaurar
label-delete-for-good = Eliminar para siempre
label-hide-codes = Ocultar los códigos hasta que toques
label-reveal-code = Toca para mostrar
label-reorder = Arrastra para reordenar
# ---- icon packs ----
label-import-icon-pack = Importar paquete de iconos…
busy-icon-pack = Importando el paquete de iconos…
settings-icon-pack = Paquete de iconos: { $name }, versión { $version }, { $count ->
    [one] { $count } icono
   *[other] { $count } iconos
}
settings-no-icon-pack = Sin paquete de iconos: importa un paquete de iconos de Aegis (un archivo .zip) para ver iconos junto a tus tokens.
notice-icon-pack-imported = Paquete de iconos importado: { $count ->
    [one] { $count } icono
   *[other] { $count } iconos
}
error-icon-pack = { $problem ->
    [not-zip] Este archivo no es un paquete de iconos: no es un archivo ZIP o está dañado.
    [too-large] Este paquete de iconos es demasiado grande: como máximo { $mib } MiB.
    [too-many-files] Este paquete de iconos contiene demasiados archivos: como máximo { $max }.
    [no-pack-json] Este no es un paquete de iconos de Aegis: no tiene pack.json en su nivel superior.
    [pack-json-too-large] El pack.json de este paquete de iconos es demasiado grande: como máximo { $mib } MiB.
    [pack-json-invalid] No se puede leer el pack.json de este paquete de iconos: { $detail }.
    [no-icons] Este paquete de iconos no contiene ningún icono.
    [too-many-icons] Este paquete de iconos contiene demasiados iconos: como máximo { $max }.
    [unsafe-name] Se ha rechazado este paquete de iconos: el nombre «{ $name }» apunta fuera del paquete.
    [missing-icon] Este paquete de iconos está incompleto: falta «{ $name }».
    [not-a-picture] Se ha rechazado este paquete de iconos: «{ $name }» no es una imagen SVG, PNG ni JPEG.
    [icon-too-large] Se ha rechazado este paquete de iconos: «{ $name }» ocupa más de { $mib } MiB.
    [total-too-large] Se ha rechazado este paquete de iconos: sus iconos ocupan más de { $mib } MiB descomprimidos.
    [unreadable] Este paquete de iconos está dañado: no se puede descomprimir «{ $name }».
   *[other] No se ha podido guardar el paquete de iconos: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Sincronizando…
sync-title = Sincronización
sync-explanation = Mantenga esta bóveda igual en todos sus dispositivos mediante un servidor WebDAV que ya use (Nextcloud, ownCloud, un NAS). La bóveda sigue cifrada: el servidor nunca ve ningún secreto.
sync-url-label = Dirección del archivo de la bóveda en el servidor
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Nombre de usuario
sync-password-label = Contraseña del servidor (en Nextcloud, una contraseña de aplicación)
sync-set-up = Configurar la sincronización
sync-now = Sincronizar ahora
sync-turn-off = Desactivar la sincronización
sync-never = Aún no sincronizada.
sync-last-ok = { $minutes ->
    [0] Sincronizada hace un momento.
   *[other] Sincronizada hace { $minutes } min.
}
sync-last-failed = { $minutes ->
    [0] La última sincronización, hace un momento, falló: { $reason }
   *[other] La última sincronización, hace { $minutes } min, falló: { $reason }
}
sync-password-changed = La contraseña de la bóveda se cambió en otro dispositivo. Escriba la nueva contraseña una vez para usarla también aquí; hasta entonces este dispositivo se abre con la antigua.
sync-new-password-label = La nueva contraseña de la bóveda
sync-adopt-password = Usar la nueva contraseña
list-password-changed-elsewhere = La contraseña de la bóveda se cambió en otro dispositivo: escríbala en Ajustes.
notice-synced = Sincronizada con sus otros dispositivos: { $added } añadidos, { $changed } cambiados, { $removed } eliminados.
notice-sync-up-to-date = Sincronizada: todo está al día.
notice-sync-password-changed = La contraseña de la bóveda se cambió en otro dispositivo. Escríbala una vez en Ajustes.
error-sync-failed = { $problem ->
    [address] Esta dirección de sincronización no se puede usar: { $detail }.
    [not-set-up] Esta bóveda no está vinculada a ningún servidor de sincronización. Configure uno en Ajustes.
    [refused] El servidor rechazó el nombre de usuario o la contraseña. Compruébelos; en Nextcloud, use una contraseña de aplicación.
    [server] El servidor respondió con un error (HTTP { $status }). Sus cambios están guardados en este dispositivo; sincronice más tarde.
    [no-etag] Este servidor no puede mantener los dispositivos iguales con seguridad (no da ETag). Use un servidor WebDAV como Nextcloud u ownCloud.
    [other-vault] El archivo en esa dirección es otra bóveda, así que no se fusionó ni se sobrescribió. Elija otra dirección.
    [race] Otros dispositivos escribían la bóveda a la vez. Sus cambios están guardados y fusionados; sincronice de nuevo en un momento.
    [unreachable] No se puede llegar al servidor. Compruebe la red y la dirección; sus cambios están guardados en este dispositivo y se sincronizarán más tarde.
    [certificate] El certificado del servidor no es de confianza, así que no se envió nada. Corrija el certificado del servidor o instale su autoridad en este dispositivo.
    [timed-out] El servidor no respondió a tiempo. Sus cambios están guardados en este dispositivo; sincronice más tarde.
    [too-large] El servidor envió un archivo demasiado grande para ser una bóveda. Compruebe la dirección.
    [no-vault] Aún no hay ninguna bóveda en esta dirección. Configure primero la sincronización en el dispositivo que tiene sus tokens y luego use aquí la misma dirección.
   *[transport] La sincronización no llegó al servidor: { $detail }. Sus cambios están guardados en este dispositivo.
}
join-title = ¿Ya usa mOTP Token en otro dispositivo?
join-explanation = Use la bóveda que guarda en su servidor de sincronización: este dispositivo recibe los mismos tokens y se mantiene igual que los demás.
join-vault-password-label = La contraseña de la bóveda (la de su otro dispositivo)
join-button = Usar esta bóveda
notice-joined = Este dispositivo usa ahora la bóveda de su servidor de sincronización.
history-part = { $part ->
    [issuer] emisor
    [account] cuenta
    [note] nota
    [group] grupo
    [favourite] favorito
    [icon] icono
    [tolerance] «usar en» (segundos)
   *[other] valor
}
detail-history-version = { $origin ->
    [other] También cambiado en otro dispositivo (se mantuvo el cambio de este). Allí, { $part }: { $value }
   *[here] Cambiado en otro dispositivo. Antes, { $part }: { $value }
}
detail-history-restore = Restaurar
history-value-empty = (vacío)
history-value-yes = sí
history-value-no = no
backup-versions-show = Restaurar una copia automática
backup-version = { $time }: { $tokens }
backup-version-reading = leyendo…
backup-version-tokens = { $count ->
    [one] 1 token
   *[other] { $count } tokens
}
backup-version-unreadable = no se puede leer (dañada o de otra bóveda)
backup-version-merge = Fusionar
backup-version-restore = Restaurar tal como estaba
backup-version-confirm-restore = ¿Devolver la bóveda a como la tenía esta copia? Los tokens añadidos después van a la papelera (30 días), los eliminados vuelven y los nombres se restablecen, en cada dispositivo sincronizado.
notice-backup-taken = Copia restaurada: { $added } añadidos, { $changed } cambiados, { $removed } a la papelera.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Escanear la pantalla
label-paste-picture = Pegar una imagen
label-this-computer = el llavero de este ordenador
label-screen-capture-failed = No se pudo capturar la pantalla.
label-long-secret = 32 caracteres (DrayTek, privacyIDEA)
