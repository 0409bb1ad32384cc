# mOTP Token: tutte le frasi delle app, in italiano (del tu). Se qui manca un messaggio, si
# mostra quello inglese. `$detail` cita una frase del motore (motp-core), che resta in inglese.

## Busy
busy-starting = Apertura…
busy-creating = Creazione della cassaforte…
busy-unlocking = Sblocco…
busy-saving = Salvataggio…
busy-exporting = Creazione dell'esportazione…
busy-reading-file = Lettura del file…
busy-checking-password = Verifica della password…
busy-clock = Interrogazione di un server dell'ora…
busy-scanning = Ricerca di un codice QR…

## Fields
field-password = Password
field-password-confirmation = Ripeti la password

## First run
first-run-title = Proteggi i tuoi token
first-run-explanation = I tuoi token sono conservati cifrati su questo dispositivo. Scegli una password per sbloccarli: ti servirà se la chiave del dispositivo dovesse andare persa.
first-run-device-key = Sblocca anche con { $label }
first-run-create = Crea
strength-empty = Scegli una password di almeno 8 caratteri.
strength-weak = Debole: usa almeno 8 caratteri.
strength-fair = Discreta: più lunga, o con cifre e simboli, è meglio.
strength-strong = Forte.

## Unlock
unlock-title = Sblocca i tuoi token
unlock-button = Sblocca
unlock-invalidated-hint = La chiave di questo dispositivo non è più valida (le impronte o il volto registrati sono cambiati). Sblocca con la password; poi potrai riattivare la chiave del dispositivo nelle Impostazioni.
device-key-unlock-title = Sblocca mOTP Token
device-key-unlock-reason = Sblocca i tuoi token
device-key-use-password = Usa la password
device-key-enrol-title = Attiva lo sblocco con { $label }
device-key-enrol-reason = Conferma per sbloccare d'ora in poi i tuoi token con questo dispositivo

## The list
list-title = I tuoi token
list-empty = Ancora nessun token. Aggiungine uno con il pulsante +.
list-no-match = Nessun token corrisponde alla ricerca.
list-enter-pin = Inserisci il PIN
list-copy-label = Copia il codice di { $name }
list-copied = Codice copiato
list-use-within = Usalo entro { $seconds } s
list-wait-next = Attendi il codice successivo
list-upcoming-code = Prossimo: { $code }
list-seconds-left = { $seconds ->
    [one] Manca { $seconds } secondo
   *[other] Mancano { $seconds } secondi
}
list-typo-warning = Questo PIN non corrisponde a quello impostato per questo token. Controllalo prima di accedere: un codice sbagliato conta come accesso non riuscito.
list-offer-reenrol = La chiave del dispositivo è stata disattivata perché non è più valida. Riattivala nelle Impostazioni.
list-next-code = Codice successivo
list-kind-unsupported = Questo token { $kind } richiede una versione più recente dell'app.
kind-totp = TOTP, { $digits } cifre ogni { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } cifre, uno per tocco ({ $algorithm })
kind-steam = Steam Guard, 5 caratteri ogni 30 s

## Adding a token
add-title = Aggiungi un token
add-warning-pin-in-uri = Il codice QR contiene anche un PIN. Conservalo solo se vuoi che il PIN venga salvato su questo dispositivo.
add-generated-instructions = Inserisci questo segreto sul router o sul server VPN esattamente come appare, oppure fai scansionare il codice QR all'amministratore.
add-duplicate-same-secret = Stesso segreto di “{ $name }”
add-duplicate-same-name = Stesso emittente e stesso account di “{ $name }”
add-anyway = Aggiungi comunque
add-export-progress = { $scanned } di { $total } codici QR dell'esportazione scansionati: mostra il prossimo alla fotocamera, in qualsiasi ordine.
add-export-other = Questo codice QR appartiene a un'altra esportazione. Completa questa o importa i codici scansionati finora.
add-export-import = Importa i codici scansionati
pin-policy-ask = Chiedi il PIN ogni volta
pin-policy-ask-guard = Chiedi ogni volta e segnala gli errori di battitura
pin-policy-remember = Ricorda il PIN su questo dispositivo

## Secret warnings
secret-warning-not-hex = Il segreto non è esadecimale (0-9, a-f). Confrontalo con la copia del server.
secret-warning-uppercase = Il segreto contiene lettere maiuscole. mOTP distingue maiuscole e minuscole: deve corrispondere lettera per lettera alla copia del server.
secret-warning-unusual-length = Il segreto è lungo { $length } caratteri; i segreti mOTP ne hanno di solito 16 o 32. Verifica che non ne manchi né ne avanzi nessuno.
secret-warning-short = Il segreto è lungo solo { $length } caratteri, meno del consigliato: 16 caratteri esadecimali per mOTP, 26 caratteri Base32 (128 bit) per TOTP e HOTP.

## Detail
detail-confirm-delete = Eliminare “{ $name }”? Senza un backup non potrai più accedere con questo token.

## Notices
notice-vault-created = La tua cassaforte è pronta.
notice-recovered-from-previous = Il file della cassaforte era danneggiato, quindi è stata aperta la copia precedente. L'ultima modifica potrebbe mancare: controlla i tuoi token.
notice-token-added = Token aggiunto
notice-token-deleted = Token eliminato
notice-saved = Salvato
notice-exported = Esportazione salvata

## Backups
backups-title = Backup
backups-none = Ancora nessun backup.
backups-last = { $days ->
    [0] Ultimo backup: oggi.
    [one] Ultimo backup: ieri.
   *[other] Ultimo backup: { $days } giorni fa.
}
backups-reminder = Hai modificato i tuoi token dopo l'ultimo backup. Esporta un backup o scegli una cartella per i backup automatici.
backups-reminder-auto-failed = Le ultime modifiche non sono ancora nella cartella dei backup. Controlla che la cartella sia ancora disponibile.
export-motp = Backup cifrato (mOTP Token)
export-aegis = Cassaforte di Aegis
export-uris = Elenco di link motp://
export-uris-warning = Questo file non è cifrato: chiunque lo legga può generare i tuoi codici. Eliminalo dopo aver trasferito i token.
export-google = Google Authenticator (codici QR)
export-google-warning = I codici QR mostrano ogni segreto: mostrali solo dove nessun altro può vedere il tuo schermo.
export-google-progress = Codice QR { $page } di { $pages }
export-google-instructions = In Google Authenticator, scegli Trasferisci account, poi Importa account, e scansiona ogni codice.
export-google-left-out = Non sono in questi codici, perché Google Authenticator non può contenerli: { $names }
export-google-nothing = Nessuno dei tuoi token può andare in Google Authenticator: non gestisce token mOTP o Steam, codici a 7 cifre né periodi diversi da 30 secondi.
export-google-next = Codice successivo
export-google-previous = Codice precedente
export-google-done = Fatto
import-reading = Lettura del file…
import-needs-password = Questo backup è cifrato. Inserisci la sua password.
import-preview-count = { $count ->
    [one] { $count } token
   *[other] { $count } token
}
import-preview-pins = { $count } con PIN
import-preview-duplicates = { $count } già presenti
import-preview-skipped = { $count } non importabili
import-status-new = Nuovo
import-status-duplicate = Già presente
import-status-skipped = Non importabile
import-duplicate-of = Già presente come “{ $name }”
import-skip-unsupported = { $kind ->
    [yandex] I token Yandex non sono supportati: mOTP Token gestisce token mOTP, TOTP, HOTP e Steam.
   *[unknown] Il tipo “{ $name }” non è supportato: mOTP Token gestisce token mOTP, TOTP, HOTP e Steam.
}
import-skip-not-an-object = Questa voce non è un record di token.
import-skip-field = { $fault ->
    [missing] Nella voce manca il campo “{ $field }”.
    [whole] Il campo “{ $field }” della voce non è un numero intero.
    [negative] Il campo “{ $field }” della voce è negativo.
   *[type] Il campo “{ $field }” della voce ha un tipo errato.
}
import-skip-digits = I codici di { $digits ->
    [one] { $digits } cifra
   *[other] { $digits } cifre
} non sono supportati: i codici TOTP e HOTP ne hanno da 6 a 8.
import-skip-counter-missing = Questo token HOTP non ha un contatore.
import-skip-counter-negative = Il contatore di questo token HOTP è negativo.
import-skip-algorithm = L'algoritmo “{ $name }” non è supportato: TOTP e HOTP usano SHA-1, SHA-256 o SHA-512.
import-skip-period = Un periodo di { $seconds } s non è supportato: un periodo TOTP va da 1 a { $max } secondi (quasi sempre 30).
import-skip-secret-not-base32 = Il segreto non è in Base32 valido.
import-skip-base32-too-long = Il segreto supera i { $max } caratteri.
import-skip-base32-character = Il carattere { $position } del segreto non è una lettera (A-Z) né una cifra (2-7) del Base32.
import-skip-base32-digit = { $digit ->
    [0] Il carattere { $position } del segreto è uno 0, che il Base32 non usa: probabilmente è la lettera O.
    [1] Il carattere { $position } del segreto è un 1, che il Base32 non usa: probabilmente è la lettera I o L.
    [8] Il carattere { $position } del segreto è un 8, che il Base32 non usa: probabilmente è la lettera B.
   *[9] Il carattere { $position } del segreto è un 9, che il Base32 non usa.
}
import-skip-base32-partial = I { $length } caratteri del segreto non formano byte interi: manca un carattere o ce n'è uno di troppo.
import-skip-secret-empty = Il segreto è vuoto.
import-skip-secret-not-printable = Il carattere { $position } del segreto non è una lettera, una cifra o un simbolo ASCII stampabile.
import-skip-secret-too-long = Il segreto è lungo { $length } caratteri, più dei { $max } usati da qualsiasi server mOTP.
import-skip-secret-not-text = Il segreto non è testo.
import-skip-secret-not-base64 = Il segreto non è in Base64 valido.
import-skip-vault-full = La cassaforte contiene già { $max } token, il massimo possibile.
import-skip-batch-part-missing = Il codice QR { $part } di { $parts } di questa esportazione non è nel file: aggiungilo (scansionalo di nuovo) per importarne gli account.
import-duplicate-same = Stesso segreto, emittente e account di “{ $name }”.
import-duplicate-other-issuer = Stesso segreto e account di “{ $name }” (cambia solo l'emittente).
import-report = { $imported ->
    [one] { $imported } token importato
   *[other] { $imported } token importati
}, { $skipped } saltati.

## Troubleshooting
trouble-title = Risoluzione dei problemi
duration = { $minutes } min { $seconds } s
clock-on-time = L'orologio di questo dispositivo è in orario.
clock-behind = L'orologio di questo dispositivo è indietro di { $offset } rispetto all'ora esatta.
clock-ahead = L'orologio di questo dispositivo è avanti di { $offset } rispetto all'ora esatta.
clock-advice-fine = L'orologio non è il motivo degli accessi non riusciti.
clock-advice-corrected = La correzione salvata compensa l'orologio di questo dispositivo: i codici sono giusti.
clock-advice-drifting = I codici funzionano ancora, con meno margine. Imposta l'ora automatica o applica la correzione.
clock-advice-fail = Il server rifiuterà i codici generati con questo orologio. Imposta l'ora automatica o applica la correzione.
clock-correction-stored = I codici vengono calcolati con una correzione di { $offset }.
check-code-instructions = Leggi questo codice di controllo al tuo amministratore. Mostra se il tuo segreto corrisponde a quello del server senza rivelarlo.
doctor-step-clock = Orologio
doctor-step-secret = Segreto
doctor-step-pin = PIN e nome utente
doctor-step-code = Il codice
doctor-clock-ok = L'orologio è giusto.
doctor-clock-warning = L'orologio è sfasato, ma i codici funzionano ancora.
doctor-clock-problem = L'orologio è così sfasato che il server rifiuta i codici.
doctor-clock-skipped = L'orologio non è stato verificato. Esegui prima la verifica dell'orologio.
doctor-secret-ok = Il segreto corrisponde alla copia del server.
doctor-secret-ok-unproven = Il segreto non sembra avere problemi, ma non è stato confrontato con la copia del server.
doctor-secret-warning = Il segreto ha qualcosa di insolito.
doctor-secret-problem = Il segreto è diverso dalla copia del server.
doctor-secret-skipped = Il segreto non è stato confrontato. Chiedi al tuo amministratore il codice di controllo del server.
doctor-pin-ok = Il PIN sembra giusto.
doctor-pin-warning = Controlla il PIN e il nome utente.
doctor-pin-problem = Il PIN non è quello impostato per questo token.
doctor-pin-skipped = Il PIN non è stato verificato.
doctor-code-ok = Il codice è giusto per questo istante.
doctor-code-warning = Il codice è stato generato in un altro momento o con un altro segreto.
doctor-code-problem = Il codice non proviene da questo token.
doctor-code-skipped = Non è stato fornito nessun codice da verificare.
doctor-cause-none = Nei quattro passaggi non è stata trovata nessuna causa.
doctor-cause-clock = Il problema è l'orologio.
doctor-cause-secret = Il problema è il segreto.
doctor-cause-pin = Il problema è il PIN o il nome utente.
doctor-cause-code = Il problema è il codice stesso.

## La diagnosi nel dettaglio: i risultati di motp-core (motp_core::finding) con i loro numeri.
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
   *[other] { $count } periodi
}
doctor-offset = { $direction ->
    [behind] è indietro di { $size } rispetto all'ora esatta
    [ahead] è avanti di { $size } rispetto all'ora esatta
   *[none] è perfettamente in orario
}
doctor-offset-clause = { $direction ->
    [behind] è indietro di { $size }
    [ahead] è avanti di { $size }
   *[none] è perfettamente in orario
}
doctor-case = { $case ->
    [uppercase] maiuscolo
   *[lowercase] minuscolo
}
doctor-server-at = { $server } all'indirizzo { $address }
doctor-found-clock-not-checked = L'orologio del dispositivo non è stato verificato.
doctor-found-clock-measured = L'orologio di questo dispositivo { $offset } (±{ $uncertainty } ms, misurato con { $server }).
doctor-found-clock-corrected = Con la correzione dell'orologio del token di { $correction }, i suoi codici vengono generati come da un orologio che { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] Il codice da diagnosticare è stato generato per un istante { $span } dopo l'ora di riferimento
    [before] Il codice da diagnosticare è stato generato per un istante { $span } prima dell'ora di riferimento
   *[at] Il codice da diagnosticare è stato generato per l'ora di riferimento
}: l'orologio del dispositivo che l'ha generato è sfasato più della finestra del server.
doctor-found-hotp-no-clock = I codici HOTP seguono un contatore, non l'orologio: l'orologio del dispositivo non conta.
doctor-found-totp-code-off = Il codice da diagnosticare è stato generato per un istante sfasato di { $span }.
doctor-found-totp-tolerance = Un server TOTP accetta i codici con uno scarto di circa ±{ $tolerance } s (±{ $window } da { $period } s), molto meno dei ±3 minuti di mOTP: un orologio che va bene per mOTP può non andare bene per TOTP.
doctor-found-check-codes = Il codice di controllo del token è { $token }, quello del server { $server }: { $result ->
    [exact] è lo stesso segreto
    [lowercase] il server ha questo segreto in minuscolo
    [uppercase] il server ha questo segreto in maiuscolo
   *[different] i segreti sono diversi
}.
doctor-found-code-other-case = Il codice da diagnosticare è stato generato con questo segreto scritto in { $case }: il token e l'altra parte differiscono per maiuscole e minuscole (codice di controllo qui: { $check_code }).
doctor-found-secret-proven = Il segreto ha generato il codice da diagnosticare, quindi è giusto (codice di controllo { $check_code }).
doctor-found-secret-normal = Il segreto sembra un normale segreto mOTP ({ $length ->
    [one] { $length } carattere esadecimale
   *[other] { $length } caratteri esadecimali
}); il suo codice di controllo è { $check_code }.
doctor-found-secret-unusual = Il segreto (codice di controllo { $check_code }) è insolito. { $warnings }
doctor-found-key-short = La chiave ha solo { $bits } bit (la RFC 4226 ne richiede almeno 128): forse manca un carattere, o il servizio usa una chiave debole. Codice di controllo { $check_code }.
doctor-found-key-ok = Il segreto è una chiave di { $bits } bit in Base32; il suo codice di controllo è { $check_code }.
doctor-found-pin-mismatch = Il PIN digitato non è quello con cui è stato impostato questo token (lo ha rilevato la protezione dagli errori di battitura); un PIN sbagliato non dà alcun errore, solo codici che il server rifiuta.
doctor-found-pin-matches = Il PIN digitato supera la protezione dagli errori di battitura.
doctor-found-pin-not-typed = Non è stato digitato nessun PIN, quindi la protezione dagli errori di battitura del token non ha potuto verificarlo; un PIN sbagliato non dà alcun errore, solo codici che il server rifiuta.
doctor-found-pin-proven = Il PIN ha generato il codice da diagnosticare, quindi è giusto.
doctor-found-pin-uncheckable = Qui non è possibile verificare il PIN (questo token non ha la protezione dagli errori di battitura); un PIN sbagliato non dà alcun errore, solo codici che il server rifiuta.
doctor-found-no-pin = I token TOTP e HOTP non hanno un PIN: il codice da solo è il secondo fattore.
doctor-found-username-missing = Con questo token non è salvato nessun nome utente.
doctor-found-username-spaces = Il nome utente “{ $account }” ha degli spazi all'inizio o alla fine, che un server VPN non ignora.
doctor-found-username-exact = Accedi esattamente come “{ $account }”: i nomi utente distinguono maiuscole e minuscole.
doctor-found-no-code = Non è stato fornito nessun codice da diagnosticare.
doctor-found-code-not-diagnosed = Non è stato possibile diagnosticare il codice.
doctor-found-code-failed-for-cause-above = Il codice in sé è stato digitato correttamente; non ha funzionato per la causa trovata sopra.
doctor-found-parameters-differ = Il codice non corrisponde ai parametri del token, ma corrisponde a { $alternative }: il token è stato impostato con parametri diversi da quelli del server.
doctor-found-digits-differ = Il codice ha { $code_digits } cifre, i codici del token { $token_digits }: il numero di cifre impostato è diverso da quello del server.
doctor-found-before-start = Il codice è stato mostrato a { $at } s, prima dell'ora di inizio del token T0 = { $t0 } s, quando il token non ha ancora alcun codice: il suo T0 è sbagliato (i servizi usano quasi sempre 0).
doctor-alternative-totp = { $algorithm }, { $digits } cifre, periodo di { $period } s (il token ha { $token_algorithm }, { $token_digits } cifre, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } cifre (il token ha { $token_algorithm }, { $token_digits } cifre)
diagnosed-match = { $direction ->
    [ahead] Il codice è giusto per questo segreto e questo PIN (generato per un istante { $span } avanti rispetto a questo orologio, entro la finestra del server).
    [behind] Il codice è giusto per questo segreto e questo PIN (generato per un istante { $span } indietro rispetto a questo orologio, entro la finestra del server).
   *[none] Il codice è giusto per questo segreto e questo PIN.
} Se il server lo rifiuta comunque, controlla il nome utente (distingue maiuscole e minuscole), che il codice non sia già stato usato e che l'account non sia bloccato dopo tentativi non riusciti.
diagnosed-clock-drift = { $direction ->
    [ahead] Il codice è giusto per un istante { $span } avanti rispetto a questo orologio: l'orologio del token è avanti di { $span }.
   *[behind] Il codice è giusto per un istante { $span } indietro rispetto a questo orologio: l'orologio del token è indietro di { $span }.
} Imposta data e ora del telefono su automatiche (ora di rete) e controlla le impostazioni NTP del router, oppure applica al token una correzione dell'orologio di { $correction }.
diagnosed-secret-case = Il codice è stato generato con il segreto scritto in { $case }. mOTP distingue maiuscole e minuscole: inserisci il segreto in { $case } nel token, oppure modifica la copia del server, in modo che corrispondano lettera per lettera.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Inoltre il suo orologio è avanti di { $span }: imposta data e ora su automatiche.
   *[behind] Inoltre il suo orologio è indietro di { $span }: imposta data e ora su automatiche.
}
diagnosed-no-match = Nessun istante entro ±{ $span } dà questo codice: il segreto o il PIN sono diversi, oppure il codice è stato digitato male. Confronta il codice di controllo del segreto con quello dell'amministratore, digita di nuovo il PIN e poi di nuovo il codice (6 caratteri, 0-9 e a-f).
diagnosed-totp-match-now = Il codice è giusto per questo istante: il segreto e i parametri corrispondono.
diagnosed-totp-match-off = { $direction ->
    [after] Il codice è giusto, { $periods } ({ $seconds } s) dopo l'ora di riferimento, entro la finestra del server di ±{ $window }.
   *[before] Il codice è giusto, { $periods } ({ $seconds } s) prima dell'ora di riferimento, entro la finestra del server di ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] Il codice è stato generato per un istante { $span } dopo l'ora di riferimento: l'orologio del dispositivo che l'ha generato è avanti più o meno di tanto,
   *[before] Il codice è stato generato per un istante { $span } prima dell'ora di riferimento: l'orologio del dispositivo che l'ha generato è indietro più o meno di tanto,
} più dei ±{ $tolerance } s del server (±{ $window } da { $period } s). Regola l'orologio del dispositivo dalla rete (o salva una correzione dell'orologio), poi usa un codice nuovo. TOTP tollera molto meno dei ±3 minuti di mOTP.
diagnosed-totp-no-match = Nessun codice entro ±{ $span } corrisponde: il segreto o i parametri (algoritmo, cifre, periodo) sono diversi da quelli del server, oppure il codice è stato digitato male. Confronta il segreto ed esegui la diagnosi, che prova le alternative più comuni.
diagnosed-hotp-match = Il codice è giusto: è il codice del contatore { $counter }, avanti di { $ahead } rispetto a quello del server ({ $server }), entro la sua finestra di anticipo di { $look_ahead }. Il server si aspetta poi { $next }.
diagnosed-hotp-ahead = Il codice è del contatore { $counter }, avanti di { $ahead } rispetto a quello del server ({ $server }): più della sua finestra di anticipo di { $look_ahead } (il token è stato premuto molte volte senza accedere). Risincronizza il server: imposta il suo contatore a { $next } (la maggior parte dei server lo fa a partire da due codici consecutivi).
diagnosed-hotp-behind = Il codice è del contatore { $counter }, indietro di { $behind } rispetto a quello del server ({ $server }): è già stato usato (i server accettano ogni codice una sola volta), oppure il token è stato reimpostato. Usa il codice successivo del token; se resta indietro, imposta il contatore del token a { $server } o registralo di nuovo.
diagnosed-hotp-no-match = Nessun codice entro { $search ->
    [one] { $search } valore del contatore
   *[other] { $search } valori del contatore
} da quello del server ({ $server }) corrisponde: il segreto o i parametri (algoritmo, cifre) sono diversi, oppure il codice è stato digitato male. Confronta il segreto ed esegui la diagnosi, che prova le alternative più comuni.
doctor-fix-run-clock-check = Esegui la verifica dell'orologio: un orologio sfasato più della finestra del server (±3 min per la maggior parte dei server) fa fallire ogni codice.
doctor-fix-retry-clock-check = Ripeti la verifica dell'orologio con una rete funzionante, oppure confronta l'orologio del dispositivo con un orologio affidabile, al secondo.
doctor-fix-run-clock-check-briefly = Esegui la verifica dell'orologio.
doctor-fix-retry-clock-check-briefly = Ripeti la verifica dell'orologio con una rete funzionante.
doctor-fix-clock-fine = L'orologio di questo dispositivo va bene: non è il motivo per cui i codici vengono rifiutati. Se i codici non funzionano anche all'ora giusta, controlla l'orologio del router o del server VPN (le sue impostazioni NTP), che deve essere giusto anch'esso.
doctor-fix-clock-drifting = L'orologio di questo dispositivo { $offset }. I codici rientrano ancora nella finestra di ±{ $window } del server, ma con meno margine per la digitazione e per l'errore dell'orologio del server stesso. Imposta data e ora di questo dispositivo su automatiche (ora di rete), oppure applica al token una correzione dell'orologio di { $correction }.
doctor-fix-clock-fail = L'orologio di questo dispositivo { $offset }, più della finestra di ±{ $window } del server: il server rifiuterà i codici di questo token. Imposta data e ora di questo dispositivo su automatiche (ora di rete), oppure applica al token una correzione dell'orologio di { $correction }.
doctor-fix-totp-clock = Regola l'orologio del dispositivo dalla rete, oppure salva la correzione suggerita di { $correction }: i codici TOTP richiedono un orologio preciso entro ±{ $tolerance } s.
doctor-fix-check-codes = { $result ->
    [exact] I codici di controllo corrispondono: il token e il server hanno lo stesso segreto.
    [lowercase] L'altro codice di controllo è di questo stesso segreto scritto in minuscolo: le due copie differiscono solo per maiuscole e minuscole. mOTP le distingue: scrivi la copia del token e quella del server allo stesso modo, lettera per lettera (di solito in minuscolo).
    [uppercase] L'altro codice di controllo è di questo stesso segreto scritto in maiuscolo: le due copie differiscono solo per maiuscole e minuscole. mOTP le distingue: scrivi la copia del token e quella del server allo stesso modo, lettera per lettera.
   *[different] I codici di controllo sono diversi: il token e il server hanno segreti diversi (o un codice di controllo è stato letto male). Inserisci di nuovo il segreto nel token partendo dalla copia del server, confrontandolo gruppo per gruppo, oppure imposta un nuovo segreto su entrambi.
}
doctor-fix-compare-check-codes = Confronta i codici di controllo con l'amministratore: quello del token è { $check_code } (non rivela nulla che permetta di generare codici).
doctor-fix-reenter-base32 = Inserisci di nuovo il segreto dalla pagina di attivazione del servizio (o scansiona di nuovo il suo codice QR); il Base32 non ha 0, 1, 8 né 9, quindi una O letta come 0 o una I letta come 1 è un errore frequente.
doctor-fix-compare-with-enrolment = Confronta il segreto con la pagina di attivazione del servizio.
doctor-fix-compare-base32-check-codes = Se i codici non funzionano, confronta i codici di controllo con l'amministratore (quello del token è { $check_code }, calcolato dal segreto in Base32 maiuscolo senza riempimento).
doctor-fix-type-pin-again = Digita di nuovo il PIN con attenzione. Se il PIN è stato cambiato sul server, imposta lo stesso nuovo PIN nel token.
doctor-fix-type-pin-for-guard = Ripeti la verifica digitando il PIN: la protezione dagli errori di battitura ne rileva 15 su 16.
doctor-fix-save-username = Salva il nome utente della VPN con il token, per averlo sempre a portata di mano.
doctor-fix-username-without-spaces = Accedi come “{ $account }”, senza gli spazi, e correggi il nome nel token.
doctor-fix-type-code = Digita il codice così come appare (6 caratteri, 0-9 e a-f) prima della fine del conto alla rovescia; se restano pochi secondi, attendi il codice successivo.
doctor-fix-diagnose-rejected-code = Se un codice viene rifiutato, diagnosticalo con l'ora in cui è stato digitato.
doctor-fix-give-enrolment-code = Indica il codice mostrato dalla pagina di attivazione del servizio (o dal suo registro), con l'ora in cui è apparso: la diagnosi trova così le differenze di orologio, contatore e parametri.
doctor-fix-add-again-with = Aggiungi di nuovo il token con { $alternative } (dal codice QR o dal link del servizio, che li contiene).
doctor-fix-add-again-from-link = Aggiungi di nuovo il token dal codice QR o dal link del servizio.
doctor-fix-ask-administrator = Se gli accessi continuano a non riuscire, chiedi all'amministratore di controllare il lato server: l'orologio del router, un account bloccato dopo tentativi non riusciti e un codice usato due volte (attendi il codice successivo).
doctor-step-name = { $step ->
    [clock] orologio
    [secret] segreto
    [pin] PIN
   *[code] codice
}
doctor-verdict-problem = La causa più probabile è { $cause ->
    [clock] l'orologio
    [secret] il segreto
    [pin] il PIN o il nome utente
   *[code] il codice
}: { $detail }
doctor-verdict-warning = Nessuna causa certa trovata; il primo avviso, nell'ordine della guida: { $detail }
doctor-verdict-skipped = Niente di quanto verificato è sbagliato, ma alcuni passaggi sono stati saltati ({ $steps }).
doctor-verdict-in-order = Tutto ciò che è stato verificato è in ordine.

## Settings
settings-title = Impostazioni
settings-lock-background = Blocca dopo questi minuti in background
settings-lock-inactivity = Blocca dopo questi minuti senza tocchi
settings-clipboard = Cancella i codici copiati dopo questi secondi
settings-device-key = Sblocca con la chiave del dispositivo
settings-change-password = Cambia la password

## Controls (buttons, fields, menus: AppView.labels)
label-back = Indietro
label-cancel = Annulla
label-close = Chiudi
label-dismiss = Ignora
label-next = Continua
label-save = Salva
label-delete = Elimina
label-add-token = Aggiungi un token
label-lock = Blocca
label-search = Cerca
label-all-groups = Tutti i gruppi
label-show-code = Mostra il codice
label-scan-qr = Scansiona un codice QR
label-scanning-hint = Inquadra il codice QR con la fotocamera.
label-stop-scanning = Interrompi la scansione
label-choose-picture = Importa da un'immagine
label-uri = Link (otpauth:// o motp://)
label-add-from-uri = Aggiungi da questo link
label-issuer = Emittente (azienda o server)
label-account = Account (nome utente)
label-secret = Segreto
label-add-typed-secret = Aggiungi questo segreto
label-generate-secret = Genera un nuovo segreto
label-pin = PIN
label-confirm-add = Aggiungi
label-note = Nota
label-group = Gruppo
label-favourite = Preferito
label-tolerance = Tolleranza del server (secondi)
label-reveal-secret = Mostra il segreto e il suo codice QR
label-hide-secret = Nascondi il segreto
label-check-code = Codice di controllo
label-export-password = Password del backup
label-import-file = Importa un backup…
label-import-password = La password del backup
label-open-import = Apri
label-confirm-import = Importa
label-keep-pins = Mantieni i PIN salvati nel backup
label-choose-backup-folder = Scegli una cartella per i backup automatici
label-check-clock = Verifica l'orologio
label-apply-correction = Applica la correzione
label-clear-correction = Rimuovi la correzione
label-doctor-token = Token
label-doctor-pin = PIN, come lo digiti all'accesso
label-doctor-code = Un codice rifiutato dal server
label-doctor-admin-check-code = Il codice di controllo del server (dal tuo amministratore)
label-run-doctor = Trova la causa
label-show-check-code = Mostra il codice di controllo
label-current-password = Password attuale
label-new-password = Nuova password
label-new-password-confirmation = Ripeti la nuova password
device-key-locked-out = troppi tentativi non riusciti; sblocca prima il telefono con il suo codice
device-key-not-interactive = l'app non era sullo schermo quando l'ha chiesto
device-key-not-available = lo sblocco biometrico è disattivato per questa app o non è disponibile ora

## Errors (by code)
error-locked = La cassaforte è bloccata. Sbloccala prima.
error-busy = Attendi che l'operazione in corso sia terminata.
error-not-available = Questa funzione non è disponibile in questa schermata.
error-unknown-token = Questo token non è più nella cassaforte.
error-wrong-password = Password errata. Controllala e riprova.
error-password-empty = Inserisci una password.
error-passwords-differ = Le due password sono diverse. Digita due volte la stessa password.
error-device-key-cancelled = Lo sblocco con la chiave del dispositivo è stato annullato. Usa la password o riprova.
error-device-key-invalidated = La chiave di questo dispositivo non è più valida. Sblocca con la password.
error-device-key-failed = Non è stato possibile usare la chiave del dispositivo ({ $detail }). Sblocca con la password.
error-no-device-key = Questa cassaforte non ha una chiave per questo dispositivo. Sblocca con la password.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Questo segreto non si può usare: { $detail }.
}
error-pin-invalid = Questo PIN non si può usare: { $detail }.
error-pin-required = Inserisci prima il PIN.
error-uri-invalid = Questo non è un link di token leggibile: { $detail }.
error-uri-not-motp = Questo codice QR o link contiene un token che questa app non può usare: { $detail }.
error-name-invalid = Controlla il nome: { $detail }.
error-note-invalid = Controlla la nota: { $detail }.
error-qr-invalid = Non è stato possibile leggere l'immagine: { $detail }.
error-duplicate = Questo token è già nella cassaforte.
error-import-password-required = Questo backup è cifrato. Inserisci la sua password.
error-import-wrong-password = Password errata per questo backup. Usa la password scelta quando è stato creato il backup, non un PIN.
error-import-unreadable = Questo file non può essere importato: { $detail }.
error-export-failed = Non è stato possibile creare l'esportazione: { $detail }.
error-vault-changed-elsewhere = La cassaforte è stata modificata altrove (un'altra finestra o un altro dispositivo). Bloccala e sbloccala, poi riprova.
error-vault-busy = Un altro programma sta salvando la cassaforte. Riprova tra un attimo.
error-vault-io = Non è stato possibile leggere o scrivere la cassaforte: { $detail }.
error-vault-damaged = Il file della cassaforte è danneggiato: { $detail }.
error-vault-newer-version = Questa cassaforte è stata creata da una versione più recente di mOTP Token. Aggiorna l'app.
error-vault-not-found = Qui non c'è nessuna cassaforte.
error-vault-exists = Qui esiste già una cassaforte.
error-last-slot = È l'ultimo accesso alla cassaforte e non può essere rimosso. Aggiungi prima una password o una chiave del dispositivo.
error-clock-failed = { $reason ->
    [not-found] Non è stato possibile verificare l'orologio: il server dell'ora { $server } non è stato trovato. Controlla che il telefono sia connesso.
    [timeout] Non è stato possibile verificare l'orologio: il server dell'ora { $server } non ha risposto in tempo. Controlla che il telefono sia connesso (alcune reti Wi-Fi bloccano i server dell'ora; prova con i dati mobili) e riprova.
    [unreachable] Non è stato possibile verificare l'orologio: il server dell'ora { $server } non è raggiungibile. Controlla che il telefono sia connesso e riprova.
    [refused] Non è stato possibile verificare l'orologio: il server dell'ora { $server } si è rifiutato di rispondere. Riprova più tardi.
    [unsynchronized] Non è stato possibile verificare l'orologio: il server dell'ora { $server } non conosce l'ora esatta. Riprova più tardi.
   *[bad-reply] Non è stato possibile verificare l'orologio: il server dell'ora { $server } ha inviato una risposta non valida. Riprova più tardi.
}
error-clock-server-invalid = Questo server dell'ora non si può usare: { $detail }.
error-check-code-invalid = Un codice di controllo ha 6 caratteri, 0-9 e a-f, per esempio a1b 2c3.
error-code-invalid = Un codice ha 6 caratteri, 0-9 e a-f, per esempio 6ed 4e4.
error-file-failed = Non è stato possibile salvare o aprire il file: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] L'app non ha il permesso di usare la fotocamera. Consentilo nelle impostazioni di sistema, oppure incolla il link o digita il segreto.
    [missing] Questo dispositivo non ha una fotocamera utilizzabile dall'app. Incolla il link o digita il segreto.
   *[failed] La fotocamera non si è avviata (forse la sta usando un'altra app). Riprova, oppure incolla il link o digita il segreto.
}
error-setting-invalid = Questo valore è troppo grande; il massimo è { $max }.
error-other = Si è verificato un errore: { $detail }.

## La riga di comando (motp-cli): la cornice attorno ai risultati della diagnosi
cli-doctor-title = diagnosi per { $name } (accesso come “{ $account }”)
cli-doctor-fix = rimedio: { $fix }
cli-doctor-verdict = esito:      { $verdict }
cli-doctor-what-to-do = cosa fare:  { $fix }
cli-doctor-check-code = codice di controllo: { $code } (confrontalo con quello dell'amministratore; non rivela nulla che permetta di generare codici)

## L'elenco: ordinamento, codici nascosti, cestino

sort-manual = A mano
sort-name = Per nome
sort-issuer = Per emittente
sort-last-used = Usati di recente
list-undo-deleted = { $name } spostato nel cestino
list-trash-link = Cestino ({ $count })
notice-token-restored = Token ripristinato
trash-title = Cestino
trash-explanation = I token eliminati restano qui per { $days } giorni, poi vengono eliminati definitivamente.
trash-purge-in = { $days ->
    [one] Eliminato definitivamente tra { $days } giorno
   *[other] Eliminato definitivamente tra { $days } giorni
}
trash-empty = Il cestino è vuoto.
label-sort-by = Ordina per
label-undo = Annulla eliminazione
label-restore = Ripristina
label-delete-for-good = Elimina definitivamente
label-hide-codes = Nascondi i codici finché non tocchi
label-reveal-code = Tocca per mostrare
label-reorder = Trascina per riordinare
# ---- icon packs ----
label-import-icon-pack = Importa pacchetto di icone…
busy-icon-pack = Importazione del pacchetto di icone…
settings-icon-pack = Pacchetto di icone: { $name }, versione { $version }, { $count ->
    [one] { $count } icona
   *[other] { $count } icone
}
settings-no-icon-pack = Nessun pacchetto di icone: importa un pacchetto di icone di Aegis (un file .zip) per vedere le icone accanto ai tuoi token.
notice-icon-pack-imported = Pacchetto di icone importato: { $count ->
    [one] { $count } icona
   *[other] { $count } icone
}
error-icon-pack = { $problem ->
    [not-zip] Questo file non è un pacchetto di icone: non è un archivio ZIP, oppure è danneggiato.
    [too-large] Questo pacchetto di icone è troppo grande: al massimo { $mib } MiB.
    [too-many-files] Questo pacchetto di icone contiene troppi file: al massimo { $max }.
    [no-pack-json] Questo non è un pacchetto di icone di Aegis: non ha un pack.json al livello principale.
    [pack-json-too-large] Il pack.json di questo pacchetto di icone è troppo grande: al massimo { $mib } MiB.
    [pack-json-invalid] Impossibile leggere il pack.json di questo pacchetto di icone: { $detail }.
    [no-icons] Questo pacchetto di icone non contiene icone.
    [too-many-icons] Questo pacchetto di icone contiene troppe icone: al massimo { $max }.
    [unsafe-name] Questo pacchetto di icone è stato rifiutato: il nome “{ $name }” punta fuori dal pacchetto.
    [missing-icon] Questo pacchetto di icone è incompleto: manca “{ $name }”.
    [not-a-picture] Questo pacchetto di icone è stato rifiutato: “{ $name }” non è un'immagine SVG, PNG o JPEG.
    [icon-too-large] Questo pacchetto di icone è stato rifiutato: “{ $name }” supera { $mib } MiB.
    [total-too-large] Questo pacchetto di icone è stato rifiutato: le sue icone superano { $mib } MiB una volta estratte.
    [unreadable] Questo pacchetto di icone è danneggiato: impossibile estrarre “{ $name }”.
   *[other] Impossibile salvare il pacchetto di icone: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Sincronizzazione…
sync-title = Sincronizzazione
sync-explanation = Mantieni questa cassaforte uguale su tutti i tuoi dispositivi tramite un server WebDAV che usi già (Nextcloud, ownCloud, un NAS). La cassaforte resta cifrata: il server non vede mai alcun segreto.
sync-url-label = Indirizzo del file della cassaforte sul server
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Nome utente
sync-password-label = Password del server (per Nextcloud, una password per app)
sync-set-up = Configura la sincronizzazione
sync-now = Sincronizza ora
sync-turn-off = Disattiva la sincronizzazione
sync-never = Non ancora sincronizzata.
sync-last-ok = { $minutes ->
    [0] Sincronizzata proprio ora.
   *[other] Sincronizzata { $minutes } min fa.
}
sync-last-failed = { $minutes ->
    [0] L’ultima sincronizzazione, proprio ora, non è riuscita: { $reason }
   *[other] L’ultima sincronizzazione, { $minutes } min fa, non è riuscita: { $reason }
}
sync-password-changed = La password della cassaforte è stata cambiata su un altro dispositivo. Inserisci una volta la nuova password per usarla anche qui; fino ad allora questo dispositivo si apre con quella vecchia.
sync-new-password-label = La nuova password della cassaforte
sync-adopt-password = Usa la nuova password
list-password-changed-elsewhere = La password della cassaforte è stata cambiata su un altro dispositivo: inseriscila nelle Impostazioni.
notice-synced = Sincronizzata con gli altri dispositivi: { $added } aggiunti, { $changed } modificati, { $removed } rimossi.
notice-sync-up-to-date = Sincronizzata: tutto è aggiornato.
notice-sync-password-changed = La password della cassaforte è stata cambiata su un altro dispositivo. Inseriscila una volta nelle Impostazioni.
error-sync-failed = { $problem ->
    [address] Questo indirizzo di sincronizzazione non si può usare: { $detail }.
    [not-set-up] Questa cassaforte non è collegata a nessun server di sincronizzazione. Configurane uno nelle Impostazioni.
    [refused] Il server ha rifiutato nome utente o password. Controllali; per Nextcloud usa una password per app.
    [server] Il server ha risposto con un errore (HTTP { $status }). Le tue modifiche sono salvate su questo dispositivo; sincronizza più tardi.
    [no-etag] Questo server non può tenere allineati i dispositivi in modo sicuro (non fornisce ETag). Usa un server WebDAV come Nextcloud o ownCloud.
    [other-vault] Il file a quell’indirizzo è un’altra cassaforte: non è stato né unito né sovrascritto. Scegli un altro indirizzo.
    [race] Altri dispositivi scrivevano la cassaforte nello stesso momento. Le tue modifiche sono salvate e unite; sincronizza di nuovo tra poco.
    [unreachable] Il server non è raggiungibile. Controlla la rete e l’indirizzo; le tue modifiche sono salvate su questo dispositivo e verranno sincronizzate più tardi.
    [certificate] Il certificato del server non è attendibile, quindi non è stato inviato nulla. Correggi il certificato del server o installa la sua autorità su questo dispositivo.
    [timed-out] Il server non ha risposto in tempo. Le tue modifiche sono salvate su questo dispositivo; sincronizza più tardi.
    [too-large] Il server ha inviato un file troppo grande per essere una cassaforte. Controlla l’indirizzo.
    [no-vault] A questo indirizzo non c’è ancora una cassaforte. Configura prima la sincronizzazione sul dispositivo che ha i tuoi token, poi usa qui lo stesso indirizzo.
   *[transport] La sincronizzazione non ha raggiunto il server: { $detail }. Le tue modifiche sono salvate su questo dispositivo.
}
join-title = Usi già mOTP Token su un altro dispositivo?
join-explanation = Usa la cassaforte che tiene sul tuo server di sincronizzazione: questo dispositivo riceve gli stessi token e resta allineato agli altri.
join-vault-password-label = La password della cassaforte (quella dell’altro dispositivo)
join-button = Usa questa cassaforte
notice-joined = Questo dispositivo ora usa la cassaforte del tuo server di sincronizzazione.
history-part = { $part ->
    [issuer] emittente
    [account] account
    [note] nota
    [group] gruppo
    [favourite] preferito
    [icon] icona
    [tolerance] «usa entro» (secondi)
   *[other] valore
}
detail-history-version = { $origin ->
    [other] Modificato anche su un altro dispositivo (è stata mantenuta la modifica di questo). Lì, { $part }: { $value }
   *[here] Modificato su un altro dispositivo. Prima, { $part }: { $value }
}
detail-history-restore = Ripristina
history-value-empty = (vuoto)
history-value-yes = sì
history-value-no = no
backup-versions-show = Ripristina un backup automatico
backup-version = { $time }: { $tokens }
backup-version-reading = lettura…
backup-version-tokens = { $count ->
    [one] 1 token
   *[other] { $count } token
}
backup-version-unreadable = illeggibile (danneggiato o di un’altra cassaforte)
backup-version-merge = Unisci
backup-version-restore = Ripristina com’era
backup-version-confirm-restore = Riportare la cassaforte a com’era in questo backup? I token aggiunti dopo vanno nel cestino (30 giorni), quelli eliminati tornano e i nomi vengono ripristinati, su ogni dispositivo sincronizzato.
notice-backup-taken = Backup ripristinato: { $added } aggiunti, { $changed } modificati, { $removed } nel cestino.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Scansiona lo schermo
label-paste-picture = Incolla un'immagine
label-this-computer = il portachiavi di questo computer
label-screen-capture-failed = Non è stato possibile catturare lo schermo.
label-long-secret = 32 caratteri (DrayTek, privacyIDEA)
